package sentences

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recherche/recherche/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func texts(spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []string
	}{
		{"empty", "fr", "", nil},
		{"blank", "en", " \n\t\n ", nil},
		{"french titles", "fr", "M. Dupont et Mme Martin sont là. MM. Durand aussi.",
			[]string{"M. Dupont et Mme Martin sont là.", "MM. Durand aussi."}},
		{"english titles", "en", "Dr. Smith met Mr. Jones. They talked.",
			[]string{"Dr. Smith met Mr. Jones.", "They talked."}},
		{"decimals and amounts", "en", "Revenue was $3.36bn, up 2.5% and 1.000 units. Profit fell.",
			[]string{"Revenue was $3.36bn, up 2.5% and 1.000 units.", "Profit fell."}},
		{"french percent", "fr", "La part atteint 46,3 %. Elle progresse.",
			[]string{"La part atteint 46,3 %.", "Elle progresse."}},
		{"initials", "en", "J. R. R. Tolkien wrote it. He died in 1973.",
			[]string{"J. R. R. Tolkien wrote it.", "He died in 1973."}},
		{"inc then starter", "en", "He joined Apple Inc. The company grew.",
			[]string{"He joined Apple Inc.", "The company grew."}},
		{"inc then name", "en", "Apple Inc. CEO Tim Cook spoke. Fine.",
			[]string{"Apple Inc. CEO Tim Cook spoke.", "Fine."}},
		{"us adjective", "en", "The U.S. President spoke. He left the U.S. The end.",
			[]string{"The U.S. President spoke.", "He left the U.S.", "The end."}},
		{"latin", "fr", "Voir cf. Dupont, p. ex. Microsoft vs. Google. Fin.",
			[]string{"Voir cf. Dupont, p. ex. Microsoft vs. Google.", "Fin."}},
		{"page number", "en", "See no. 3 and p. 12 of the filing. Then stop.",
			[]string{"See no. 3 and p. 12 of the filing.", "Then stop."}},
		{"guillemets", "fr", "Il a dit « c'est fini. » Puis il est parti.",
			[]string{"Il a dit « c'est fini. »", "Puis il est parti."}},
		{"guillemets inside", "fr", "« Pourquoi ? », demande-t-il. Personne ne répond.",
			[]string{"« Pourquoi ? », demande-t-il.", "Personne ne répond."}},
		{"straight quotes", "en", `He said "it is over." Then he left.`,
			[]string{`He said "it is over."`, "Then he left."}},
		{"curly quotes", "en", "She wrote “done.” Next one.",
			[]string{"She wrote “done.”", "Next one."}},
		{"quote opens next", "en", `It fell. "We are sad," he said.`,
			[]string{"It fell.", `"We are sad," he said.`}},
		{"ellipsis capital", "fr", "Il hésite... Puis il part. Il hésite… et puis non.",
			[]string{"Il hésite...", "Puis il part.", "Il hésite… et puis non."}},
		{"ellipsis in brackets", "fr", "La séquence (...) normalise tout. Fin.",
			[]string{"La séquence (...) normalise tout.", "Fin."}},
		{"domain", "fr", "Selon Lemondeinformatique.fr, c'est vrai. Voilà.",
			[]string{"Selon Lemondeinformatique.fr, c'est vrai.", "Voilà."}},
		{"question french spacing", "fr", "Pourquoi ? Parce que ! Et alors ?",
			[]string{"Pourquoi ?", "Parce que !", "Et alors ?"}},
		{"heading line", "fr", "Un intertitre\nLe texte suit. Encore.",
			[]string{"Un intertitre", "Le texte suit.", "Encore."}},
		{"wrapped prose", "en", "This sentence is wrapped\nover two lines. Next.",
			[]string{"This sentence is wrapped\nover two lines.", "Next."}},
		{"blank line", "en", "No final stop\n\nNew paragraph",
			[]string{"No final stop", "New paragraph"}},
		{"list", "fr", "Au programme :\n- un\n- deux\n1. trois",
			[]string{"Au programme :", "- un", "- deux", "1. trois"}},
		{"abbreviation across line", "fr", "Selon M.\nDupont, rien.",
			[]string{"Selon M.\nDupont, rien."}},
		{"lowercase after stop", "en", "Yahoo! users and etc. others agree.",
			[]string{"Yahoo! users and etc. others agree."}},
		{"crlf", "en", "Title\r\n\r\nBody text here.",
			[]string{"Title", "Body text here."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Split(tt.in, tt.lang)
			checkSpans(t, tt.in, spans)
			got := texts(spans)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkSpans asserts the invariants every caller relies on.
func checkSpans(t testing.TB, in string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(in) {
			t.Fatalf("span %d [%d,%d) out of order or empty (prev end %d, len %d)", i, s.Start, s.End, prev, len(in))
		}
		if s.Text != in[s.Start:s.End] {
			t.Fatalf("span %d text %q is not input[%d:%d] %q", i, s.Text, s.Start, s.End, in[s.Start:s.End])
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("span %d text %q is not trimmed", i, s.Text)
		}
		if utf8.ValidString(in) && !utf8.ValidString(s.Text) {
			t.Fatalf("span %d [%d,%d) cuts a rune", i, s.Start, s.End)
		}
		prev = s.End
	}
}

func TestGolden(t *testing.T) {
	golden.Each(t, filepath.Join("testdata", "*.txt"), *update, func(t *testing.T, path, in string) string {
		lang, _, _ := strings.Cut(filepath.Base(path), "-")
		spans := Split(in, lang)
		checkSpans(t, in, spans)
		var b strings.Builder
		for _, s := range spans {
			fmt.Fprintf(&b, "%d:%d %q\n", s.Start, s.End, s.Text)
		}
		return b.String()
	})
}

func FuzzSplit(f *testing.F) {
	f.Add("M. Dupont a dit « non. » Puis… Rien.", "fr")
	f.Add("Apple Inc. The U.S. firm made $3.36bn.\n\nHeading\n- item", "en")
	f.Add("a.b. c... D? \"e.\" “f.” (g.) [h.]", "de")
	f.Fuzz(func(t *testing.T, in, lang string) {
		checkSpans(t, in, Split(in, lang))
	})
}

func BenchmarkSplit(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "fr-news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(in)+"\n\n", 4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text, "fr")
	}
}

func ExampleSplit() {
	for _, s := range Split("M. Dupont a levé 2,5 M€. « C'est fini. » Apple Inc. CEO Tim Cook approuve.", "fr") {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0-27 M. Dupont a levé 2,5 M€.
	// 28-45 « C'est fini. »
	// 46-79 Apple Inc. CEO Tim Cook approuve.
}
