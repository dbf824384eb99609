package terms

import (
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/token/elision"

	"github.com/recherche/recherche/corpus"

	"github.com/recherche/recherche/internal/golden"
	"github.com/recherche/recherche/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the analyzers")

// TestGolden runs every line of testdata/input.txt through the French,
// English and neutral analyzers and compares the terms with
// testdata/<analyzer>.golden. Review a diff of these files like code: it is
// what the index stores and what queries must match.
func TestGolden(t *testing.T) {
	inputs := readInputs(t, filepath.Join("testdata", "input.txt"))
	for _, lang := range []struct{ name, code string }{{"fr", "fr"}, {"en", "en"}, {"neutral", "de"}} {
		t.Run(lang.name, func(t *testing.T) {
			var b strings.Builder
			for _, in := range inputs {
				b.WriteString(in + " → " + strings.Join(Terms(in, lang.code), " ") + "\n")
			}
			golden.Check(t, filepath.Join("testdata", lang.name+".golden"), b.String(), *update)
		})
	}
}

// readInputs returns the lines of the analyzers' input file, comments aside.
func readInputs(tb testing.TB, path string) []string {
	tb.Helper()
	var out []string
	for _, l := range testutil.ReadDataLines(tb, path) {
		out = append(out, l.Text)
	}
	return out
}

// TestSameTerms pins the equivalences search relies on, whatever the golden
// files say: spellings a reader considers the same word give the same terms.
func TestSameTerms(t *testing.T) {
	tests := []struct {
		lang string
		a, b string
	}{
		{"fr", "éditeur", "editeur"},
		{"fr", "éditeur", "l'éditeur"},
		{"fr", "éditeur", "l’éditeur"},
		{"fr", "éditeur", "L’ÉDITEUR"},
		{"fr", "éditeur", "éditeurs"},
		{"fr", "cœur", "coeur"},
		{"fr", "Œuvre", "oeuvre"},
		{"fr", "machine virtuelle", "machines virtuelles"},
		{"fr", "réseau", "réseaux"},
		{"fr", "hôte", "hote"},
		{"en", "editor", "editor's"},
		{"en", "editor", "editors"},
		{"en", "library", "libraries"},
		{"en", "retrieval", "retrieve"},
		{"en", "café", "cafe"},
		{"de", "Größe", "grosse"},
		{"de", "efﬁcient", "efficient"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.a+"="+tt.b, func(t *testing.T) {
			if a, b := Terms(tt.a, tt.lang), Terms(tt.b, tt.lang); !slices.Equal(a, b) {
				t.Errorf("Terms(%q) = %q, Terms(%q) = %q, want equal", tt.a, a, tt.b, b)
			}
		})
	}
}

// TestStopWords checks that question words leave queries, and that the
// content words around them stay (stemmed: the light French stemmer also
// undoubles letters).
func TestStopWords(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"fr", "Combien de personnes travaillent au ministère ?", []string{"person", "travailent", "minist"}},
		{"fr", "Pourquoi a-t-il démissionné et quand ?", []string{"demision"}},
		{"fr", "En quoi consiste la réforme ?", []string{"consist", "reform"}},
		{"en", "Where is the library?", []string{"librari"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Terms(tt.in, tt.lang); !slices.Equal(got, tt.want) {
				t.Errorf("Terms(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
			}
		})
	}
}

// TestElisionApostrophes: the apostrophes the text layer calls elision
// apostrophes are the ones Bleve's French elision filter strips, so code
// that finds an elided article agrees with the index's terms.
func TestElisionApostrophes(t *testing.T) {
	for _, r := range []rune{elision.Apostrophe, elision.RightSingleQuotationMark} {
		if !corpus.IsElisionApostrophe(r) {
			t.Errorf("Bleve's elision filter strips %q, corpus.IsElisionApostrophe does not take it", r)
		}
	}
	for _, w := range []string{"l", "qu", "jusqu", "puisqu"} {
		if !Elided(w) {
			t.Errorf("Elided(%q) = false", w)
		}
	}
	for _, w := range []string{"", "le", "L", "aujourd"} {
		if Elided(w) {
			t.Errorf("Elided(%q) = true", w)
		}
	}
}
