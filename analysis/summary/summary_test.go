package summary

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"

	"github.com/recherche/recherche/internal/golden"
	"github.com/recherche/recherche/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// article reads a test article: first line the title, then a blank line,
// then the body; the language is the file name's prefix ("fr-cloud.txt").
func article(tb testing.TB, path string) (title, body, lang string) {
	tb.Helper()
	title, body = readArticle(tb, path)
	return title, body, langOfPath(path)
}

// readArticle reads a file whose first line is a title and the rest a body.
func readArticle(tb testing.TB, path string) (title, body string) {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return splitArticle(string(raw))
}

func splitArticle(raw string) (title, body string) {
	title, body, _ = strings.Cut(raw, "\n")
	return strings.TrimSpace(title), body
}

func langOfPath(path string) string {
	lang, _, _ := strings.Cut(filepath.Base(path), "-")
	return lang
}

// checkSummary asserts what every caller of Summarize relies on.
func checkSummary(tb testing.TB, title, body, lang string, got []corpus.Sentence) {
	tb.Helper()
	spans := sentences.Split(body, lang)
	for i, s := range got {
		if s.Position < 0 || s.Position >= len(spans) || spans[s.Position].Text != s.Text {
			tb.Fatalf("sentence %d %q is not sentence %d of the body", i, s.Text, s.Position)
		}
		if !strings.Contains(body, s.Text) {
			tb.Fatalf("sentence %d %q is not verbatim", i, s.Text)
		}
		if i > 0 && got[i-1].Position >= s.Position {
			tb.Fatalf("sentences out of document order or repeated: %d then %d", got[i-1].Position, s.Position)
		}
		if title != "" && strings.TrimSpace(s.Text) == strings.TrimSpace(title) {
			tb.Fatalf("sentence %d repeats the title %q", i, title)
		}
	}
}

var junk = []string{"Publicité", "s'abonner", "Sponsored post", "[Related:"}

func TestGolden(t *testing.T) {
	golden.Each(t, filepath.Join("testdata", "*.txt"), *update, func(t *testing.T, path, input string) string {
		title, body := splitArticle(input)
		lang := langOfPath(path)
		sum := Summarize(title, body, lang, 3)
		checkSummary(t, title, body, lang, sum)
		var b strings.Builder
		b.WriteString("# summary (3 sentences)\n")
		for _, s := range sum {
			fmt.Fprintf(&b, "%d %s\n", s.Position, s.Text)
		}
		b.WriteString("# keyphrases (8)\n")
		kp := Keyphrases(title, body, lang, 8)
		checkKeyphrases(t, title, body, lang, kp)
		for _, k := range kp {
			fmt.Fprintln(&b, k)
		}
		return b.String()
	})
}

func TestSummarize(t *testing.T) {
	title, body, lang := article(t, filepath.Join("testdata", "fr-cloud.txt"))
	tests := []struct {
		name        string
		title, body string
		n, want     int
	}{
		{"zero", title, body, 0, 0},
		{"negative", title, body, -1, 0},
		{"empty body", title, "", 3, 0},
		{"one", title, body, 1, 1},
		{"five", title, body, 5, 5},
		{"more than the body has", title, body, 100, 22},
		{"only headings", "", "Titre\n\nUn intertitre\n\nPublicité", 3, 0},
		{"title only", title, title, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Summarize(tt.title, tt.body, lang, tt.n)
			checkSummary(t, tt.title, tt.body, lang, got)
			if len(got) != tt.want {
				t.Errorf("Summarize(n=%d) returned %d sentences, want %d: %+v", tt.n, len(got), tt.want, got)
			}
			for _, s := range got {
				for _, j := range junk {
					if strings.Contains(s.Text, j) {
						t.Errorf("sentence %q contains boilerplate %q", s.Text, j)
					}
				}
				if countWords(s.Text) < defaults.minWords {
					t.Errorf("sentence %q is a fragment", s.Text)
				}
			}
		})
	}
	first := Summarize(title, body, lang, 3)
	for range 5 {
		if again := Summarize(title, body, lang, 3); !slices.Equal(again, first) {
			t.Fatalf("Summarize is not deterministic: %+v then %+v", first, again)
		}
	}
}

func TestSeeds(t *testing.T) {
	for _, path := range testutil.SeedPaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			title, body, lang := seed(t, path)
			for _, n := range []int{1, 3} {
				got := Summarize(title, body, lang, n)
				checkSummary(t, title, body, lang, got)
				if len(got) != n {
					t.Errorf("n=%d: got %d sentences: %+v", n, len(got), got)
				}
				seen := map[string]bool{}
				for _, s := range got {
					if seen[s.Text] {
						t.Errorf("duplicate sentence %q", s.Text)
					}
					seen[s.Text] = true
					for _, j := range junk {
						if strings.Contains(s.Text, j) {
							t.Errorf("sentence %q contains boilerplate %q", s.Text, j)
						}
					}
				}
			}
			checkKeyphrases(t, title, body, lang, Keyphrases(title, body, lang, 10))
		})
	}
}

// seedKeyphrases are phrases a reader would put on a seed article, compared
// by stemmed words so that "machine virtuelle" counts for "machines
// virtuelles".
var seedKeyphrases = map[string][]string{
	"000": {"machines virtuelles", "cloud hybride", "VMware", "Azure"},
	"001": {"cloud hybride", "virtualisation"},
	"002": {"hybrid cloud", "VMware"},
	"003": {"système d'exploitation", "virtualisation", "machines virtuelles"},
	"004": {"machines virtuelles", "hyperviseur Windows", "Virtual Server", "virtualisation"},
}

func TestSeedKeyphrases(t *testing.T) {
	for _, path := range testutil.SeedPaths(t) {
		want := seedKeyphrases[filepath.Base(path)[:3]]
		if want == nil {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			title, body, lang := seed(t, path)
			got := Keyphrases(title, body, lang, 10)
			for _, w := range want {
				if !slices.ContainsFunc(got, func(k string) bool { return sameTerms(k, w, lang) }) {
					t.Errorf("keyphrases %q lack %q", got, w)
				}
			}
		})
	}
}

// seed reads a seed article: title on the first line, language guessed.
func seed(tb testing.TB, path string) (title, body, lang string) {
	tb.Helper()
	title, body = readArticle(tb, path)
	lang = "fr"
	if strings.Count(body, " the ") > strings.Count(body, " le ") {
		lang = "en"
	}
	return title, body, lang
}

func sameTerms(a, b, lang string) bool {
	ta, tb := terms.Terms(a, lang), terms.Terms(b, lang)
	slices.Sort(ta)
	slices.Sort(tb)
	return slices.Equal(ta, tb)
}

// edgeVerbs are verbs and prepositions that made bad keyphrase edges
// ("Azure va", "migration vers", "Klee said").
var edgeVerbs = map[string]bool{
	"va": true, "vers": true, "permettrait": true, "pourrait": true, "ouvrir": true, "créer": true,
	"supporter": true, "selon": true, "indiquent": true, "said": true, "says": true, "will": true,
	"according": true, "added": true, "told": true, "also": true,
}

// checkKeyphrases asserts what a reader expects of any keyphrase list.
func checkKeyphrases(tb testing.TB, title, body, lang string, got []string) {
	tb.Helper()
	if len(got) == 0 || len(got) > 10 {
		tb.Errorf("got %d keyphrases, want 1 to 10: %q", len(got), got)
	}
	for i, k := range got {
		if !strings.Contains(title+"\n"+body, k) {
			tb.Errorf("keyphrase %q is not verbatim in the article", k)
		}
		words := strings.Fields(k)
		if len(words) > 3 {
			tb.Errorf("keyphrase %q has %d words, want at most 3", k, len(words))
		}
		for _, w := range []string{words[0], words[len(words)-1]} {
			if len(terms.Terms(w, lang)) == 0 || edgeVerbs[strings.ToLower(w)] {
				tb.Errorf("keyphrase %q starts or ends with a stop word or verb %q", k, w)
			}
		}
		for _, o := range got[:i] {
			if sameTerms(k, o, lang) {
				tb.Errorf("keyphrases %q and %q are the same words", o, k)
			}
		}
	}
}

func TestKeyphrases(t *testing.T) {
	title, body, lang := article(t, filepath.Join("testdata", "fr-cloud.txt"))
	got := Keyphrases(title, body, lang, 10)
	checkKeyphrases(t, title, body, lang, got)
	for _, want := range []string{"machines virtuelles", "cloud souverain"} {
		if !slices.Contains(got, want) {
			t.Errorf("keyphrases %q lack %q", got, want)
		}
	}
	if got := Keyphrases(title, body, lang, 0); got != nil {
		t.Errorf("n=0: got %q, want nil", got)
	}
}

func TestResultSet(t *testing.T) {
	docs := []Doc{
		{ID: "a", Lang: "fr", Title: "Faille Apache", Body: "La fondation Apache a corrigé une faille critique dans son serveur web. Le correctif est disponible depuis jeudi pour tous les utilisateurs."},
		{ID: "b", Lang: "fr", Title: "Apache corrige", Body: "Le marché des serveurs évolue vite cette année. La fondation Apache a corrigé une faille critique dans son serveur web jeudi."},
		{ID: "c", Lang: "en", Title: "Apache flaw", Body: "The Apache foundation fixed a critical flaw in its web server. Administrators should update their servers now."},
		{ID: "d", Lang: "fr", Title: "Autre sujet", Body: "Le prix des processeurs graphiques continue de grimper selon les analystes du secteur."},
	}
	got := ResultSet("faille Apache", docs, 4)
	if len(got) == 0 || len(got) > 4 {
		t.Fatalf("got %d sentences, want 1 to 4: %+v", len(got), got)
	}
	if got[0].DocID != "a" || got[0].Position != 0 {
		t.Errorf("first sentence %+v, want doc a sentence 0", got[0])
	}
	for _, s := range got {
		if s.DocID == "b" && strings.Contains(s.Text, "corrigé une faille") {
			t.Errorf("near-duplicate of doc a kept: %+v", s)
		}
	}
	if got := ResultSet("faille", nil, 3); got != nil {
		t.Errorf("no docs: got %+v, want nil", got)
	}
	if got := ResultSet("faille", docs, 0); got != nil {
		t.Errorf("n=0: got %+v, want nil", got)
	}
}

// checkResultSet asserts what GET /v1/search?summary=N relies on.
func checkResultSet(tb testing.TB, query string, docs []Doc, n int, got []SetSentence) {
	tb.Helper()
	if len(got) > n {
		tb.Errorf("got %d sentences, want at most %d", len(got), n)
	}
	byID := map[string]Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	for i, s := range got {
		d, ok := byID[s.DocID]
		spans := sentences.Split(d.Body, d.Lang)
		if !ok || s.Position >= len(spans) || spans[s.Position].Text != s.Text {
			tb.Errorf("sentence %d %q is not sentence %d of doc %q", i, s.Text, s.Position, s.DocID)
			continue
		}
		if isBoilerplate(s.Text) || s.Position >= furnitureFrom(len(spans), func(i int) string { return spans[i].Text }) {
			tb.Errorf("sentence %q is boilerplate", s.Text)
		}
		for _, o := range got[:i] {
			if j := jaccard(termSet(termsOf(s.Text, d.Lang)), termSet(termsOf(o.Text, byID[o.DocID].Lang))); j >= duplicateSet {
				tb.Errorf("near-duplicates (%.2f): %q and %q", j, o.Text, s.Text)
			}
		}
	}
	if again := ResultSet(query, docs, n); !slices.Equal(again, got) {
		tb.Errorf("ResultSet is not deterministic: %+v then %+v", got, again)
	}
}

// TestResultSetSeeds summarizes the seed articles as one page of hits for a
// query most of them answer.
func TestResultSetSeeds(t *testing.T) {
	var docs []Doc
	for _, path := range testutil.SeedPaths(t) {
		title, body, lang := seed(t, path)
		docs = append(docs, Doc{ID: filepath.Base(path)[:3], Lang: lang, Title: title, Body: body})
	}
	const query = "vmware azure"
	for _, n := range []int{1, 3, 5} {
		got := ResultSet(query, docs, n)
		checkResultSet(t, query, docs, n, got)
		if len(got) != n {
			t.Errorf("n=%d: got %d sentences", n, len(got))
		}
		first := termSet(termsOf(got[0].Text, "fr"))
		if !first["vmwar"] || !first["azur"] {
			t.Errorf("first sentence %q does not match the whole query", got[0].Text)
		}
	}
}

// TestResultSetGolden summarizes the golden articles as one page of hits.
func TestResultSetGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	var docs []Doc
	for _, path := range paths {
		title, body, lang := article(t, path)
		docs = append(docs, Doc{ID: strings.TrimSuffix(filepath.Base(path), ".txt"), Lang: lang, Title: title, Body: body})
	}
	const query = "cloud migration"
	got := ResultSet(query, docs, 4)
	checkResultSet(t, query, docs, 4, got)
	var b strings.Builder
	fmt.Fprintf(&b, "# result set for %q (4 sentences)\n", query)
	for _, s := range got {
		fmt.Fprintf(&b, "%s %d %s\n", s.DocID, s.Position, s.Text)
	}
	golden.Check(t, filepath.Join("testdata", "resultset.golden"), b.String(), *update)
}

func FuzzSummarize(f *testing.F) {
	f.Add("Titre", "Une phrase assez longue pour compter ici. Une autre phrase assez longue aussi.\n\nIntertitre\nEncore une phrase qui a cinq mots.", "fr", 2)
	f.Add("", "M. Dupont… « Non. » Apple Inc. The U.S. firm made $3.36bn in 2.5 days, it said.", "en", 1)
	f.Fuzz(func(t *testing.T, title, body, lang string, n int) {
		n = n % 8
		got := Summarize(title, body, lang, n)
		if len(got) > max(n, 0) {
			t.Fatalf("got %d sentences for n=%d", len(got), n)
		}
		checkSummary(t, "", body, lang, got)
		for _, s := range got {
			if utf8.ValidString(body) && !utf8.ValidString(s.Text) {
				t.Fatalf("sentence %q cuts a rune", s.Text)
			}
		}
		for _, k := range Keyphrases(title, body, lang, n) {
			if k == "" {
				t.Fatal("empty keyphrase")
			}
		}
	})
}

func BenchmarkSummarize(b *testing.B) {
	title, body, lang := article(b, filepath.Join("testdata", "fr-cloud.txt"))
	b.ReportAllocs()
	for b.Loop() {
		Summarize(title, body, lang, 3)
	}
}

func BenchmarkKeyphrases(b *testing.B) {
	title, body, lang := article(b, filepath.Join("testdata", "fr-cloud.txt"))
	b.ReportAllocs()
	for b.Loop() {
		Keyphrases(title, body, lang, 8)
	}
}

func ExampleSummarize() {
	body := "Le groupe a annoncé mardi une hausse de 12 % de son chiffre d'affaires. " +
		"Cette hausse du chiffre d'affaires vient surtout du cloud, dont les ventes ont doublé. " +
		"Publicité\n\n" +
		"Le directeur financier prévoit une croissance plus modeste l'an prochain."
	for _, s := range Summarize("Le groupe publie ses résultats", body, "fr", 2) {
		fmt.Println(s.Position, s.Text)
	}
	// Output:
	// 0 Le groupe a annoncé mardi une hausse de 12 % de son chiffre d'affaires.
	// 1 Cette hausse du chiffre d'affaires vient surtout du cloud, dont les ventes ont doublé.
}
