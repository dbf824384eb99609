package analysis_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/corpus"
)

var analyzer = analysistest.Analyzer

func TestAnalyze(t *testing.T) {
	a := analyzer(t)
	body := "Microsoft intègre Docker à Windows Server. Les conteneurs complètent Hyper-V, l'hyperviseur de l'éditeur. Satya Nadella l'a annoncé en septembre.\n\nPublicité\n"
	tests := []struct {
		name     string
		in       corpus.Document
		wantLang string
		wantErr  error
	}{
		{"detected", corpus.Document{Body: body}, "fr", nil},
		{"explicit wins", corpus.Document{Body: body, Lang: "EN"}, "en", nil},
		{"other language", corpus.Document{Body: "Die Virtualisierung mit KVM ist unter Linux sehr verbreitet und schnell."}, "de", nil},
		{"digits only", corpus.Document{Body: "1234 5678 90"}, analysis.Undetermined, nil},
		{"unknown language", corpus.Document{Body: body, Lang: "zz"}, "", analysis.ErrUnknownLanguage},
		{"empty", corpus.Document{Body: " \n Publicité \n"}, "", corpus.ErrEmptyBody},
		{"invalid utf8", corpus.Document{Body: "caf\xe9"}, "", corpus.ErrInvalidUTF8},
		{"nul", corpus.Document{Body: "a\x00b"}, "", corpus.ErrNULByte},
		{"long id", corpus.Document{ID: strings.Repeat("x", 600), Body: body}, "", analysis.ErrInvalidID},
		{"padded id", corpus.Document{ID: " a ", Body: body}, "", analysis.ErrInvalidID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.in
			err := a.Analyze(&d)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				if d.ID != tt.in.ID || d.Lang != tt.in.Lang {
					t.Errorf("failed Analyze changed the document: %+v", d)
				}
				return
			}
			if d.Lang != tt.wantLang {
				t.Errorf("lang %q, want %q", d.Lang, tt.wantLang)
			}
			if d.ID == "" || d.IngestedAt.IsZero() {
				t.Errorf("id %q ingested_at %v", d.ID, d.IngestedAt)
			}
			if strings.Contains(d.Body, "Publicité") {
				t.Errorf("boilerplate kept: %q", d.Body)
			}
		})
	}
}

func TestAnalyzeFillsEverything(t *testing.T) {
	a := analyzer(t)
	d := corpus.Document{Title: "Docker arrive dans Windows Server", Body: "Microsoft intègre Docker à Windows Server et à Azure. Les conteneurs Docker complètent Hyper-V, l'hyperviseur maison de l'éditeur. Satya Nadella l'a annoncé en septembre dernier à San Francisco. Les développeurs pourront déployer les mêmes conteneurs sur les deux plates-formes."}
	if err := a.Analyze(&d); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Microsoft", "Docker", "Hyper-V", "Satya Nadella"} {
		if !names[want] {
			t.Errorf("entity %s missing from %v", want, d.Entities)
		}
	}
	if len(d.Summary) == 0 || len(d.Summary) > analysis.SummarySentences || len(d.Keyphrases) == 0 {
		t.Errorf("summary %v keyphrases %v", d.Summary, d.Keyphrases)
	}
	if d.LangConfidence <= 0.5 {
		t.Errorf("confidence %v", d.LangConfidence)
	}
	// The same text gets the same id: re-posting it never duplicates.
	e := corpus.Document{Title: d.Title, Body: d.Body}
	if err := a.Analyze(&e); err != nil || e.ID != d.ID {
		t.Errorf("content id %q then %q (%v)", d.ID, e.ID, err)
	}
}

func TestCanonicalEntity(t *testing.T) {
	a := analyzer(t)
	for in, want := range map[string]string{"aws": "Amazon Web Services", "VMWare": "VMware", "HyperV": "Hyper-V", " Unknown Co ": "Unknown Co"} {
		if got := a.CanonicalEntity(in); got != want {
			t.Errorf("CanonicalEntity(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	a := analyzer(b)
	body := strings.Repeat("Microsoft intègre Docker à Windows Server et à Azure. Les conteneurs Docker complètent Hyper-V, l'hyperviseur maison de l'éditeur. Satya Nadella l'a annoncé en septembre dernier. ", 10)
	b.ReportAllocs()
	for b.Loop() {
		d := corpus.Document{Title: "Docker arrive dans Windows Server", Body: body}
		if err := a.Analyze(&d); err != nil {
			b.Fatal(err)
		}
	}
}
