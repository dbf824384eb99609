package terms

import (
	"fmt"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/recherche/recherche/analysis/terms/termstest"
	"github.com/recherche/recherche/corpus"

	"github.com/recherche/recherche/internal/golden"
)

// wordTexts are the edge cases of testdata/edges.txt (elisions,
// possessives, ligatures, accents, stop words only, numbers, sentences
// glued to each other, combining marks, invalid UTF-8) and the lines of
// the analyzers' golden input.
func wordTexts(tb testing.TB) map[string]string {
	tb.Helper()
	texts := termstest.Edges(tb)
	for i, in := range readInputs(tb, filepath.Join("testdata", "input.txt")) {
		texts[fmt.Sprintf("fr-input%d", i)] = in
	}
	return texts
}

func langOf(name string) string { return name[:2] }

// checkCut holds the cutter to the segmenter run over the whole text, and
// the tokenizer built on it to Bleve's Unicode tokenizer, which it
// replaces in the analyzers: same words, offsets, types and positions.
func checkCut(tb testing.TB, text string) {
	tb.Helper()
	got := cut([]byte(text), nil)
	want := segmentWords([]byte(text), 0, nil)
	if len(got) != len(want) {
		tb.Fatalf("cut(%q): %d words %v, want %d %v", text, len(got), got, len(want), want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if string(g.text) != string(w.text) || g.start != w.start || g.end != w.end || g.typ != w.typ {
			tb.Fatalf("cut(%q) word %d: %q [%d,%d) type %d, want %q [%d,%d) type %d",
				text, i, g.text, g.start, g.end, g.typ, w.text, w.start, w.end, w.typ)
		}
	}
	gotToks := wordTokenizer{}.Tokenize([]byte(text))
	wantToks := unicodetok.NewUnicodeTokenizer().Tokenize([]byte(text))
	if len(gotToks) != len(wantToks) {
		tb.Fatalf("Tokenize(%q): %d tokens, want %d", text, len(gotToks), len(wantToks))
	}
	for i := range wantToks {
		if !reflect.DeepEqual(*gotToks[i], *wantToks[i]) {
			tb.Fatalf("Tokenize(%q) token %d = %+v, want %+v", text, i, *gotToks[i], *wantToks[i])
		}
	}
}

// TestCutASCII: on every string of up to five characters drawn from the
// classes that matter to word boundaries, the ASCII cutter agrees with
// the segmenter.
func TestCutASCII(t *testing.T) {
	alphabet := []byte("aZ1_:.',;\"- \t\n\r")
	var rec func(prefix []byte, n int)
	rec = func(prefix []byte, n int) {
		checkCut(t, string(prefix))
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			rec(append(prefix, c), n-1)
		}
	}
	rec(nil, 5)
}

func TestCutTexts(t *testing.T) {
	for name, text := range wordTexts(t) {
		t.Run(name, func(t *testing.T) { checkCut(t, text) })
	}
}

func FuzzCut(f *testing.F) {
	for _, text := range wordTexts(f) {
		f.Add(text)
	}
	for _, s := range []string{"a\u0301b c", " \u0301abc", "l’homme 3,5\u00a0%", "x\xffy z", "e\u200bmail  U.S.", "1.a a.1 _1_ a_.b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkCut(t, text)
	})
}

// analyzerTerms is the reference Tokens must match: the analyzer itself.
func analyzerTerms(text, lang string) []corpus.Term {
	stream := Analyzer(lang).Analyze([]byte(text))
	out := make([]corpus.Term, len(stream))
	for i, t := range stream {
		out[i] = corpus.Term{Term: string(t.Term), Start: t.Start, End: t.End, Position: t.Position}
	}
	return out
}

func checkTokens(tb testing.TB, text, lang string) {
	tb.Helper()
	want := analyzerTerms(text, lang)
	// Twice: the first pass may learn the words, the second reads them back.
	for _, pass := range []string{"first", "remembered"} {
		if got := Tokens(text, lang); len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			tb.Fatalf("%s pass: Tokens(%q, %s) = %v, want %v", pass, text, lang, got, want)
		}
	}
}

// TestTokensMatchAnalyzer: looking words up in the shared memory gives
// what the analyzer gives, the first time and once remembered.
func TestTokensMatchAnalyzer(t *testing.T) {
	for name, text := range wordTexts(t) {
		t.Run(name, func(t *testing.T) { checkTokens(t, text, langOf(name)) })
	}
}

func FuzzTokens(f *testing.F) {
	for name, text := range wordTexts(f) {
		f.Add(text, langOf(name))
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkTokens(t, text, lang)
	})
}

// TestTokensForget: past memoMax words the memory forgets everything and
// starts over, and stays right.
func TestTokensForget(t *testing.T) {
	if testing.Short() {
		t.Skip("learns 400k words")
	}
	c := chainNamed(English)
	var b strings.Builder
	for i := range memoMax + memoMax/2 {
		fmt.Fprintf(&b, "word%dx ", i)
		if i%1000 == 999 {
			text := b.String() + "the government said markets"
			if got, want := Tokens(text, "en"), analyzerTerms(text, "en"); !reflect.DeepEqual(got, want) {
				t.Fatalf("after %d words: Tokens(%.40q…) differs from the analyzer", i+1, text)
			}
			b.Reset()
		}
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	if len(c.seen) > memoMax {
		t.Errorf("remembers %d words, want at most %d", len(c.seen), memoMax)
	}
	if _, ok := c.seen["word0x"]; ok {
		t.Error("word0x, seen once at the start, is still remembered")
	}
}

// TestWordsGolden writes, for every edge case of termstest, the words the
// cutter cuts (offsets, type) and the index terms Tokens makes of them in
// the text's language, and compares with testdata/words.golden: review a
// diff of it like code, it is how every consumer of the text layer reads.
func TestWordsGolden(t *testing.T) {
	edges := termstest.Edges(t)
	names := slices.Sorted(maps.Keys(edges))
	var b strings.Builder
	types := map[analysis.TokenType]string{analysis.AlphaNumeric: "word", analysis.Numeric: "number", analysis.Ideographic: "ideo"}
	for _, name := range names {
		text := edges[name]
		fmt.Fprintf(&b, "## %s %q\n", name, text)
		for _, w := range cut([]byte(text), nil) {
			fmt.Fprintf(&b, "%d-%d %s %q\n", w.start, w.end, types[w.typ], w.text)
		}
		var terms []string
		for _, t := range Tokens(text, langOf(name)) {
			terms = append(terms, fmt.Sprintf("%d:%s", t.Position, t.Term))
		}
		fmt.Fprintf(&b, "terms(%s): %s\n\n", langOf(name), strings.Join(terms, " "))
	}
	golden.Check(t, filepath.Join("testdata", "words.golden"), b.String(), *update)
}
