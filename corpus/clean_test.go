package corpus

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/internal/golden"
	"github.com/recherche/recherche/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"crlf and blank runs", "a\r\nb\r\n\r\n\r\n\r\nc\rd", "a\nb\n\nc\nd"},
		{"odd spaces", "x\u00a0y\u202fz\u2009w\tv", "x y z w v"},
		{"whitespace-only lines", "a\n \u00a0\t\n\n\u3000\nb", "a\n\nb"},
		{"invisible characters", "vir\u00adtua\u200bli\ufeffsation\x01", "virtualisation"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"curly apostrophes kept", "L’éditeur d’Azure", "L’éditeur d’Azure"},
		{"ad line", "Texte.\n\nPublicité\n\nSuite.", "Texte.\n\nSuite."},
		{"advertisement uppercase", "Text.\nADVERTISEMENT\nMore text.", "Text.\nMore text."},
		{"subscribe pair", "Fin.\n\ns’abonner\naux newsletters\n\nsuivez-nous", "Fin."},
		{"sponsored", "A.\n\nSponsored post\n\nB.", "A.\n\nB."},
		{"share and read more", "A.\nShare this\nRead more\nPartager sur LinkedIn", "A."},
		{"comment counter", "A.\n\n12 commentaires", "A."},
		{"related bracket", "A.\n\n[Related: Kubernetes 1.30 Ships Sidecars]\n\nB.", "A.\n\nB."},
		{"lire aussi inline", "A.\n\nLire aussi : VMware change ses licences\n\nB.", "A.\n\nB."},
		{"lire aussi glued headlines", "A.\n\nÀ lire aussi :\nVMware change ses licences\nDocker Desktop devient payant\n\nB.", "A.\n\nB."},
		{"breadcrumb", "Accueil > Cloud > Virtualisation\n\nA.", "A."},
		{"cookie banner", "We use cookies on our site. By continuing to browse you accept them.\n\nA.", "A."},
		{"duplicate headline", "Titre\n\nTitre\n\nCorps.", "Titre\n\nCorps."},
		{"trailing teasers", "Corps de l'article.\n\nDerniers Dossiers\n\nUn titre\n\nUn titre\n\nUne accroche qui s'arrête...\n\nPublicité", "Corps de l'article."},
		{"trailing more from", "Body.\n\nMore from CRN\n\nHeadline One\n\nHeadline Two", "Body."},
		{"wire sign-off", "OIL PRICES RISE\n\nPrices rose.\nTraders said so.\n REUTER\n", "OIL PRICES RISE\n\nPrices rose.\nTraders said so."},
		{"agency sign-off in parentheses", "Titre\n\nLe texte.\n\nLa fin du texte.\n\n(AFP)", "Titre\n\nLe texte.\n\nLa fin du texte."},
		{"letter's signed first name", "Bonjour à tous,\n\nLe texte.\n\nLa fin du texte.\n\nBernadette", "Bonjour à tous,\n\nLe texte.\n\nLa fin du texte.\n\nBernadette"},
		{"letter's signed first name after a longer greeting", "Bonjour à toutes et à tous,\n\nLe texte.\n\nLa fin du texte.\n\nSophie", "Bonjour à toutes et à tous,\n\nLe texte.\n\nLa fin du texte.\n\nSophie"},
		{"wire sign-off after a greeting", "Hi all,\n\nPrices rose.\n\nTraders said so.\n\nREUTER", "Hi all,\n\nPrices rose.\n\nTraders said so."},
		{"tag line", "A.\n\nÉtiquettes : PostgreSQL, Sauvegarde, Bonnes pratiques", "A."},
		{"topics line", "A.\n\nTopics: Edge computing · Retail · Power\n\nB.", "A.\n\nB."},
		{"promotion", "A.\n\nBesoin d'une base managée ? Découvrez nos offres, premier mois offert.", "A."},
		{"free trial", "A.\n\nTry it free for 30 days: start your trial today.\n\nB.", "A.\n\nB."},
		// Real content that looks like boilerplate must stay.
		{"sentence about tags stays", "Tags: the team added labels to every resource, then billed by team.", "Tags: the team added labels to every resource, then billed by team."},
		{"offer news stays", "Le fournisseur propose un mois gratuit aux collectivités.", "Le fournisseur propose un mois gratuit aux collectivités."},
		{"a call inside a clause is no call", "The free survey matters, because many committees do not know where to start.", "The free survey matters, because many committees do not know where to start."},
		{"last list item stays", "Les pays :\nFrance\nBelgique\nSuisse", "Les pays :\nFrance\nBelgique\nSuisse"},
		{"short text ending with a word stays", "Il a dit.\nMerci", "Il a dit.\nMerci"},
		{"last sentence stays", "A.\nB.\nC'est fini.", "A.\nB.\nC'est fini."},
		{"kicker word stays", "Mobilité\n\nTexte.", "Mobilité\n\nTexte."},
		{"subheading stays", "A.\n\nVers de nouvelles possibilités de cloud hybride\n\nB.", "A.\n\nVers de nouvelles possibilités de cloud hybride\n\nB."},
		{"bracketed update stays", "[Mise à jour : Broadcom a répondu.]\n\nA.", "[Mise à jour : Broadcom a répondu.]\n\nA."},
		{"cookie news stays", "La CNIL reproche au site de déposer des cookies sans consentement.", "La CNIL reproche au site de déposer des cookies sans consentement."},
		{"lone cookies heading stays", "Cookies\n\nA.", "Cookies\n\nA."},
		{"read more sentence stays", "Read more: the report found that VMware prices rose.", "Read more: the report found that VMware prices rose."},
		{"label followed by prose stays", "A.\n\nÀ lire aussi\n\nLe régulateur publiera un guide.", "A.\n\nLe régulateur publiera un guide."},
		{"label then real ending stays", "A.\n\nDerniers dossiers\n\nUn titre\n\nUne vraie conclusion.", "A.\n\nDerniers dossiers\n\nUn titre\n\nUne vraie conclusion."},
		{"only short lines", "Derniers articles\n\nUn\n\nDeux", "Derniers articles\n\nUn\n\nDeux"},
		{"ellipsis mid article stays", "Titre\n\nIl hésite...\n\nPuis il signe.", "Titre\n\nIl hésite...\n\nPuis il signe."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q)\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestCleanGolden runs Clean over whole pages written for the test; the
// golden files are the review surface for the rules (go test -update).
func TestCleanGolden(t *testing.T) {
	golden.Each(t, filepath.Join("testdata", "clean", "*.txt"), *update, func(_ *testing.T, _, input string) string {
		return Clean(input) + "\n"
	})
}

// seedBoilerplate says which lines of a seed are boilerplate without
// copying article text: generic marker lines, and everything from the first
// subscription line on (the "more articles" block of a page).
func seedBoilerplate(line string) (boiler, tailStarts bool) {
	l := strings.TrimSpace(NormalizeApostrophes(line))
	switch {
	case l == "s'abonner":
		return true, true
	case l == "aux newsletters", l == "suivez-nous", l == "Publicité", l == "Sponsored post",
		strings.HasPrefix(l, "[Related:"):
		return true, false
	}
	return false, false
}

func readSeeds(tb testing.TB) map[string]string {
	tb.Helper()
	seeds := make(map[string]string)
	for _, f := range testutil.SeedPaths(tb) {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		seeds[filepath.Base(f)] = string(data)
	}
	return seeds
}

func fields(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestCleanSeeds(t *testing.T) {
	for name, text := range readSeeds(t) {
		t.Run(name, func(t *testing.T) {
			got := Clean(text)
			flat := fields(got)
			outLines := make(map[string]bool)
			for _, l := range strings.Split(got, "\n") {
				outLines[l] = true
			}
			inTail := false
			kept, dropped := 0, 0
			for _, line := range strings.Split(text, "\n") {
				if fields(line) == "" {
					continue
				}
				boiler, tail := seedBoilerplate(line)
				inTail = inTail || tail
				if boiler || inTail {
					dropped++
					if outLines[fields(line)] {
						t.Errorf("boilerplate line survived: %q", fields(line))
					}
					continue
				}
				kept++
				if !strings.Contains(flat, fields(line)) {
					t.Errorf("content line lost: %q", fields(line))
				}
			}
			t.Logf("%d content lines kept, %d boilerplate lines dropped", kept, dropped)
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent on %s", name)
			}
		})
	}
}

func TestNormalizeApostrophes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"l’éditeur", "l'éditeur"},
		{"‘quoted’", "'quoted'"},
		{"dʼAzure d´Azure", "d'Azure d'Azure"},
		{"plain 'ascii'", "plain 'ascii'"},
	}
	for _, tt := range tests {
		if got := NormalizeApostrophes(tt.in); got != tt.want {
			t.Errorf("NormalizeApostrophes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestValidText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"ok", "Bonjour l’équipe 🚀 שלום", nil},
		{"invalid UTF-8", "caf\xe9", ErrInvalidUTF8},
		{"truncated rune", "\xe2\x82", ErrInvalidUTF8},
		{"NUL", "a\x00b", ErrNULByte},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidText(tt.in); !errors.Is(got, tt.want) || (got == nil) != (tt.want == nil) {
				t.Errorf("ValidText(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "Publicité\n\nA.", "a\r\n\u00a0\n\nb", "Derniers dossiers\n\nx\n\ny...", "[Related: x]", "\xff\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", s, got)
		}
		if strings.Contains(got, "\n\n\n") || strings.ContainsAny(got, "\r\u00a0\x00") {
			t.Fatalf("Clean(%q) = %q: not normalized", s, got)
		}
		if again := Clean(got); again != got {
			t.Fatalf("Clean not idempotent on %q:\nonce  %q\ntwice %q", s, got, again)
		}
	})
}

func BenchmarkClean(b *testing.B) {
	var sb strings.Builder
	inputs, _ := filepath.Glob("testdata/clean/*.txt")
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(text)
	}
}

// FuzzIsPromotion holds isPromotion's clauses, read in place, to the
// strings.FieldsFunc split it replaces.
func FuzzIsPromotion(f *testing.F) {
	for _, s := range []string{"", "Subscribe now: free trial", "Pain-free living. Join today, get 20% off!", "« Découvrez » l'offre gratuite", "\xff, abonnez-vous : gratuit", "(Shop now) free", "the end."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		want := func() bool {
			if len(line) > 250 {
				return false
			}
			call, offer := false, false
			for _, clause := range strings.FieldsFunc(line, clauseMark) {
				eachWord(clause, func(w string) bool {
					call = call || promoCall[w]
					return false
				})
			}
			if !call {
				return false
			}
			for _, f := range strings.Fields(line) {
				if strings.Contains(strings.Trim(f, "-"), "-") {
					continue
				}
				eachWord(f, func(w string) bool {
					offer = offer || promoOffer[w]
					return !offer
				})
			}
			return offer
		}()
		if got := isPromotion(line); got != want {
			t.Errorf("isPromotion(%q) = %v, want %v", line, got, want)
		}
	})
}

// FuzzNormalizeChars holds normalizeChars's runs of printable ASCII,
// written at once, to the rune-by-rune pass they replace.
func FuzzNormalizeChars(f *testing.F) {
	for _, s := range []string{"", "a b", "a  b", " a", "a \n b", "x\r\ny", "é a b\u00a0c", "\xffab cd", "a\x00b", "a\u200bb", "a \t b ~!", "tail "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		space, lineStart := false, true
		for i := 0; i < len(s); {
			r, n := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			i += n
			switch {
			case r == '\r':
				if i < len(s) && s[i] == '\n' {
					i++
				}
				fallthrough
			case r == '\n', r == '\v', r == '\f', r == 0x85, r == 0x2028, r == 0x2029:
				b.WriteByte('\n')
				space, lineStart = false, true
			case r == ' ', r == '\t', unicode.IsSpace(r):
				space = !lineStart
			case r == 0x200b, r == 0x2060, r == 0xfeff, r == 0xad, r < 0x20, r >= 0x7f && r < 0xa0:
			default:
				if space {
					b.WriteByte(' ')
					space = false
				}
				if r == utf8.RuneError {
					b.WriteRune(utf8.RuneError)
				} else {
					b.WriteString(s[i-n : i])
				}
				lineStart = false
			}
		}
		if got, want := normalizeChars(s), b.String(); got != want {
			t.Errorf("normalizeChars(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzIndexClauseMark holds indexClauseMark to strings.IndexFunc.
func FuzzIndexClauseMark(f *testing.F) {
	for _, s := range []string{"", "a, b", "« a", "x — y", "\xff.", "“q", "abc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		i, size := indexClauseMark(s)
		want := strings.IndexFunc(s, clauseMark)
		wantSize := 0
		if want >= 0 {
			_, wantSize = utf8.DecodeRuneInString(s[want:])
		}
		if i != want || size != wantSize {
			t.Errorf("indexClauseMark(%q) = %d, %d, want %d, %d", s, i, size, want, wantSize)
		}
	})
}
