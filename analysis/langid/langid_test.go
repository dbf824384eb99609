package langid

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/recherche/recherche/corpus"
)

// Building a detector decodes ~125 MiB of models; one per test binary keeps
// `go test -race` fast and its memory bounded.
var shared struct {
	once sync.Once
	d    *Detector
	err  error
}

func detector(tb testing.TB) *Detector {
	tb.Helper()
	shared.once.Do(func() { shared.d, shared.err = New(Options{}) })
	if shared.err != nil {
		tb.Fatalf("New(Options{}): %v", shared.err)
	}
	return shared.d
}

const (
	longFR = `Le fournisseur de services cloud a annoncé mardi une panne majeure de son infrastructure de stockage, ` +
		`qui a rendu indisponibles pendant six heures les sauvegardes de milliers d’entreprises européennes.`
	longEN = `The cloud provider disclosed on Tuesday a major outage of its object storage platform, which left ` +
		`backups of thousands of European companies unavailable for almost six hours.`
	longDE = `Der Cloud-Anbieter hat am Dienstag einen schweren Ausfall seiner Speicherinfrastruktur gemeldet, ` +
		`durch den die Sicherungen tausender europäischer Unternehmen fast sechs Stunden lang nicht erreichbar waren.`
	longES = `El proveedor de servicios en la nube anunció el martes una grave caída de su infraestructura de ` +
		`almacenamiento, que dejó inaccesibles durante casi seis horas las copias de seguridad de miles de empresas.`
)

func TestDetect(t *testing.T) {
	d := detector(t)
	tests := []struct {
		name         string
		text         string
		want         string
		wantReliable bool
	}{
		{"long french", longFR, "fr", true},
		{"long english", longEN, "en", true},
		{"long german", longDE, "de", true},
		{"long spanish", longES, "es", true},
		{"french article longer than MaxChars", strings.Repeat(longFR+" ", 20) + longEN, "fr", true},
		{"french query", "machines virtuelles", "fr", false},
		{"english query", "the cloud", "en", false},
		{"french query with accents", "mise à jour de sécurité", "fr", true},
		{"english query", "security update for the kernel", "en", true},
		{"german query", "Sicherheitslücke im Browser", "de", true},
		{"spanish query", "copia de seguridad en la nube", "es", true},
		{"curly apostrophe", "l’ordinateur quantique d’IBM", "fr", true},
		{"modifier letter apostrophe", "lʼordinateur quantique dʼIBM", "fr", true},
		{"empty", "", "", false},
		{"whitespace", " \t\n ", "", false},
		{"digits and punctuation", "2024-06-11 12:30 — 42 % !!!", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // also exercises concurrent use of one Detector
			got := d.Detect(tt.text)
			if got.Lang != tt.want || got.Reliable != tt.wantReliable {
				t.Errorf("Detect(%q) = %s (reliable %t), want %s (reliable %t); candidates %v",
					tt.text, got.Lang, got.Reliable, tt.want, tt.wantReliable, got.Candidates)
			}
			if tt.want == "" {
				if got.Confidence != 0 || len(got.Candidates) != 0 {
					t.Errorf("Detect(%q) = %+v, want no confidence and no candidates", tt.text, got)
				}
				return
			}
			if len(got.Candidates) == 0 || got.Candidates[0].Lang != got.Lang || got.Candidates[0].Confidence != got.Confidence {
				t.Errorf("Detect(%q): candidates %v do not start with the result %s %.2f", tt.text, got.Candidates, got.Lang, got.Confidence)
			}
			for i := 1; i < len(got.Candidates); i++ {
				if got.Candidates[i].Confidence > got.Candidates[i-1].Confidence {
					t.Errorf("Detect(%q): candidates %v not sorted by confidence", tt.text, got.Candidates)
				}
			}
		})
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		wantErr string
		want    []string
	}{
		{"unknown code", Options{Languages: []string{"fr", "xx", "en"}}, `"xx"`, nil},
		{"one language", Options{Languages: []string{"fr", "FR"}}, "at least two", nil},
		{"negative MaxChars", Options{MaxChars: -1}, "negative", nil},
		{"codes normalized and deduplicated", Options{Languages: []string{"FR", " en", "fr"}, LowAccuracy: true}, "", []string{"fr", "en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := New(tt.opts)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("New(%+v) error = %v, want one mentioning %s", tt.opts, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("New(%+v): %v", tt.opts, err)
			}
			if got := d.Languages(); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("Languages() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDefaultLanguages(t *testing.T) {
	if got, want := strings.Join(detector(t).Languages(), ","), "fr,en,de,es,it,pt,nl"; got != want {
		t.Errorf("Languages() = %s, want %s", got, want)
	}
}

func TestSupported(t *testing.T) {
	for code, want := range map[string]bool{"fr": true, "EN": true, "ca": true, "xx": false, "": false, "fra": false} {
		if got := Supported(code); got != want {
			t.Errorf("Supported(%q) = %t, want %t", code, got, want)
		}
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short text", 100, "short text"},
		{"cut inside a word", 13, "cut inside a"},
		{"cut at a space", 10, "cut at a"},
		{"cut before space", 3, "cut"},
		{"nospacesatall", 5, "nospa"},
		{"élégant été", 9, "élégant"},
	}
	for _, tt := range tests {
		if got := prefix(tt.s, tt.n); got != tt.want {
			t.Errorf("prefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	d := detector(b)
	text := strings.Repeat(longFR+" ", 10)
	for _, n := range []int{100, 1000} {
		sample := prefix(text, n)
		b.Run(fmt.Sprintf("%dchars", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.Detect(sample)
			}
		})
	}
}

// IT news is full of product and company names, which lingua takes for
// language evidence: these French sentences came out German before names
// were set aside.
func TestNamesAreNotLanguageEvidence(t *testing.T) {
	d := detector(t)
	for _, tt := range []struct{ text, want string }{
		{"Microsoft intègre Docker à Windows Server et à Azure.", "fr"},
		{"Les machines virtuelles VMware migrent vers Azure.", "fr"},
		{"Satya Nadella annonce Azure Stack", "fr"},
		{"Die Virtualisierung mit KVM ist unter Linux sehr verbreitet.", "de"},
		{"VMware and Microsoft are preparing a partnership on Azure.", "en"},
	} {
		if got := d.Detect(tt.text); got.Lang != tt.want {
			t.Errorf("Detect(%q) = %s (%.2f), want %s", tt.text, got.Lang, got.Confidence, tt.want)
		}
	}
}

func TestWithoutNames(t *testing.T) {
	for in, want := range map[string]string{
		"Microsoft intègre Docker à Windows Server et à Azure.": "Microsoft intègre à et à",
		"VMware":                              "VMware",
		"Microsoft Azure":                     "Microsoft Azure",
		"Le PDG. Satya Nadella parle 3 fois.": "Le Satya parle fois.",
	} {
		if got := withoutNames(in); got != want {
			t.Errorf("withoutNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPrefixBeforeApostrophes: Detect cuts a long text before replacing its
// typographic apostrophes, which must give what replacing first gave.
func TestPrefixBeforeApostrophes(t *testing.T) {
	parts := []string{"l’", "a", " ", "‘", "ʼ", "´", "é", "  ", "d'", "\n"}
	var texts []string
	var build func(s string, depth int)
	build = func(s string, depth int) {
		texts = append(texts, s)
		if depth == 0 {
			return
		}
		for _, p := range parts {
			build(s+p, depth-1)
		}
	}
	build("", 5)
	for _, s := range texts {
		for n := 1; n <= 8; n++ {
			if got, want := corpus.NormalizeApostrophes(prefix(s, n)), prefix(corpus.NormalizeApostrophes(s), n); got != want {
				t.Fatalf("prefix %d of %q: %q, want %q", n, s, got, want)
			}
		}
	}
}
