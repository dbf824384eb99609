package terms

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// plain returns the analyzer name's chain without the memory, as Bleve
// would build it from the same tokenizer and filters.
func plain(t testing.TB, name string) analysis.Analyzer {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(name)
	if err != nil {
		panic(err) // the names are this package's own
	}
	d := a.(*analysis.DefaultAnalyzer)
	return &analysis.DefaultAnalyzer{Tokenizer: d.Tokenizer, TokenFilters: d.TokenFilters[0].(*memoFilter).filters}
}

// sameStream compares everything the index reads of a token.
func sameStream(t testing.TB, text string, got, want analysis.TokenStream) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%q: %d tokens, want %d\n got %v\nwant %v", text, len(got), len(want), got, want)
		return
	}
	for i := range got {
		g, w := *got[i], *want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position ||
			g.Type != w.Type || g.KeyWord != w.KeyWord {
			t.Errorf("%q: token %d = %+v, want %+v", text, i, g, w)
			return
		}
	}
}

func checkMemo(t testing.TB, text string) {
	for _, name := range []string{French, English, Neutral} {
		memo, err := registry.NewCache().AnalyzerNamed(name)
		if err != nil {
			t.Error(err)
			return
		}
		want := plain(t, name).Analyze([]byte(text))
		// Twice: the first pass learns the words, the second reads them back.
		sameStream(t, text, memo.Analyze([]byte(text)), want)
		sameStream(t, text, memo.Analyze([]byte(text)), want)
	}
}

func TestMemoMatchesChain(t *testing.T) {
	input, err := os.ReadFile(filepath.Join("testdata", "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		string(input),
		"",
		"Les machines virtuelles de l’éditeur ; the editor's virtual machines, 2019, 46,3 %, VMware’s cœur.",
		"le le le LE Le l'le", // stop words, elisions and case of one word
		"一个测试 ＡＢＣ emoji 🙂 and Zürich, Ǆ, ﬁnance",
	} {
		checkMemo(t, text)
	}
}

func FuzzMemoMatchesChain(f *testing.F) {
	f.Add("L'éditeur d’Azure a dit qu'il migrera les machines virtuelles.")
	f.Add("The company's 64-bit servers aren't ready.")
	f.Add("ŒUVRES œuvres oeuvres Straße")
	f.Fuzz(func(t *testing.T, text string) {
		checkMemo(t, text)
	})
}

// TestMemoConcurrent: Bleve analyzes a batch's documents on several
// goroutines at once, all sharing one memory (run with -race).
func TestMemoConcurrent(t *testing.T) {
	texts := []string{
		"Les éditeurs migrent leurs machines virtuelles vers le cloud.",
		"Editors migrate their virtual machines to the cloud.",
		"Die Virtualisierung nutzt KVM.",
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				checkMemo(t, texts[(g+i)%len(texts)])
			}
		}()
	}
	wg.Wait()
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Éditée", "Œuvre cœur", "Straße", "Ǆemal Ångström", "e\u0301", "ﬁnance", "naïve façade", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}
