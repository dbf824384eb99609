package summary

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/terms"
)

// analyzerTerms is the reference termsOf must match: the analyzer itself.
func analyzerTerms(text, lang string) []token {
	stream := terms.Analyzer(lang).Analyze([]byte(text))
	out := make([]token, len(stream))
	for i, t := range stream {
		out[i] = token{term: string(t.Term), start: t.Start, end: t.End, pos: t.Position, typ: t.Type}
	}
	return out
}

// tokenTexts are the golden articles plus edge cases for the word
// segmenter and the filters: elisions, possessives, ligatures, accents,
// stop words only, numbers, sentences glued to each other.
func tokenTexts(tb testing.TB) map[string]string {
	tb.Helper()
	texts := map[string]string{
		"fr-edges": "L'Œuvre d'aujourd'hui : « cœur » et coeur, À L'ÉTÉ. Le 1er janvier, 46,3 % du CAC 40.Et ensuite ?!\n\nIntertitre\n- un point\nM. Dupont l’a dit.",
		"en-edges": "Bobby's U.S. firm's $3.36bn.It said: \"I'm here.\" Œdipus encyclopædia ﬁnance … The the THE.\n\n2.5 days\tlater — e-mail (e.g. foo@bar.com).",
		"fr-stop":  "le la les de du des. et ou où. a.",
		"de-other": "Die Straße ist schön. Übermorgen kommt der Bus.",
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no inputs: %v", err)
	}
	for _, path := range paths {
		title, body, _ := article(tb, path)
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		texts[name] = body
		texts[name+"-title"] = title
	}
	return texts
}

func langOf(name string) string { return name[:2] }

// TestTermsOfMatchesAnalyzer: remembering what the filters make of a token
// gives what the analyzer gives, the first time and once remembered.
func TestTermsOfMatchesAnalyzer(t *testing.T) {
	eachText(t, func(tb testing.TB, text, lang string) {
		want := analyzerTerms(text, lang)
		for _, pass := range []string{"first", "remembered"} {
			if got := termsOf(text, lang); !reflect.DeepEqual(got, want) {
				tb.Errorf("%s pass: termsOf = %v, want %v", pass, got, want)
			}
		}
	})
}

// TestSentenceTermsMatchPerSentence: slicing one analysis of the body into
// sentences gives what analyzing each sentence on its own gives.
func TestSentenceTermsMatchPerSentence(t *testing.T) {
	eachText(t, checkSentenceTerms)
}

// eachText runs check on every text of tokenTexts, a subtest each.
func eachText(t *testing.T, check func(tb testing.TB, text, lang string)) {
	for name, text := range tokenTexts(t) {
		t.Run(name, func(t *testing.T) { check(t, text, langOf(name)) })
	}
}

func checkSentenceTerms(tb testing.TB, body, lang string) {
	tb.Helper()
	spans := sentences.Split(body, lang)
	got, all := sentenceTerms(body, spans, lang)
	if all != nil {
		if want := analyzerTerms(body, lang); len(want)+len(all) > 0 && !reflect.DeepEqual(all, want) {
			tb.Fatalf("whole body: terms %v, want %v", all, want)
		}
	}
	if len(got) != len(spans) {
		tb.Fatalf("%d sentences of terms for %d sentences", len(got), len(spans))
	}
	for i, sp := range spans {
		want := withoutPositions(analyzerTerms(sp.Text, lang))
		if len(want) == 0 && len(got[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(got[i], want) {
			tb.Fatalf("sentence %d %q: terms %v, want %v", i, sp.Text, got[i], want)
		}
	}
}

// TestIndexTerms: the terms an article hands to the index are the ones the
// index's analyzer makes of the body, positions and types included.
func TestIndexTerms(t *testing.T) {
	eachText(t, checkIndexTerms)
}

func checkIndexTerms(tb testing.TB, body, lang string) {
	tb.Helper()
	p := NewArticle("Un titre", body, lang).IndexTerms()
	if p == nil {
		if utf8.ValidString(body) {
			tb.Fatalf("no index terms for a valid body")
		}
		return
	}
	an, ok := p.For(terms.AnalyzerFor(lang), body)
	if !ok {
		tb.Fatalf("prepared terms are not for the body under %s", terms.AnalyzerFor(lang))
	}
	got := an.Analyze([]byte(body))
	want := terms.Analyzer(lang).Analyze([]byte(body))
	if len(got) != len(want) {
		tb.Fatalf("%d tokens, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(*got[i], *want[i]) {
			tb.Fatalf("token %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func FuzzSentenceTerms(f *testing.F) {
	for name, text := range tokenTexts(f) {
		f.Add(text, langOf(name))
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		checkSentenceTerms(t, body, lang)
		checkIndexTerms(t, body, lang)
		if want, got := analyzerTerms(body, lang), termsOf(body, lang); len(want)+len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("termsOf = %v, want %v", got, want)
		}
	})
}

// TestTermsOfForgets: past maxSeen words the chain forgets and starts
// over, and stays right.
func TestTermsOfForgets(t *testing.T) {
	c := chainFor("en")
	var b strings.Builder
	for i := range maxSeen + maxSeen/2 {
		fmt.Fprintf(&b, "word%dx ", i)
		if i%1000 == 999 {
			text := b.String() + "the government said markets"
			if got, want := termsOf(text, "en"), analyzerTerms(text, "en"); !reflect.DeepEqual(got, want) {
				t.Fatalf("after %d words: termsOf(%.40q…) differs from the analyzer", i+1, text)
			}
			b.Reset()
		}
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	if len(c.seen) > maxSeen {
		t.Errorf("remembers %d words, want at most %d", len(c.seen), maxSeen)
	}
	if _, ok := c.seen["word0x"]; ok {
		t.Error("word0x, seen once at the start, is still remembered")
	}
}

// segmented is what the word segmenter alone makes of text: the reference
// tokenize must match.
func segmented(text string) []rawToken {
	return segmentWords([]byte(text), 0, nil)
}

func checkTokenize(tb testing.TB, text string) {
	tb.Helper()
	got := chainFor("fr").tokenize([]byte(text), nil)
	want := segmented(text)
	if len(got) != len(want) {
		tb.Fatalf("tokenize(%q): %d tokens %v, want %d %v", text, len(got), got, len(want), want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if string(g.text) != string(w.text) || g.start != w.start || g.end != w.end || g.typ != w.typ {
			tb.Fatalf("tokenize(%q) token %d: %q [%d,%d) type %d, want %q [%d,%d) type %d",
				text, i, g.text, g.start, g.end, g.typ, w.text, w.start, w.end, w.typ)
		}
	}
}

// TestASCIIWords: on every string of up to five characters drawn from the
// classes that matter to word boundaries, the ASCII cutter agrees with
// the segmenter.
func TestASCIIWords(t *testing.T) {
	alphabet := []byte("aZ1_:.',;\"- \t\n\r")
	var rec func(prefix []byte, n int)
	rec = func(prefix []byte, n int) {
		checkTokenize(t, string(prefix))
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			rec(append(prefix, c), n-1)
		}
	}
	rec(nil, 5)
}

func TestTokenizeTexts(t *testing.T) {
	eachText(t, func(tb testing.TB, text, _ string) { checkTokenize(tb, text) })
}

func FuzzTokenize(f *testing.F) {
	for _, text := range tokenTexts(f) {
		f.Add(text)
	}
	for _, s := range []string{"a\u0301b c", " \u0301abc", "l’homme 3,5\u00a0%", "x\xffy z", "e\u200bmail  U.S.", "1.a a.1 _1_ a_.b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenize(t, text)
	})
}
