package summary

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/analysis/terms/termstest"
)

// analyzerTerms is the reference termsOf must match: the analyzer itself.
func analyzerTerms(text, lang string) []token {
	stream := terms.Analyzer(lang).Analyze([]byte(text))
	out := make([]token, len(stream))
	for i, t := range stream {
		out[i] = token{Term: string(t.Term), Start: t.Start, End: t.End, Position: t.Position}
	}
	return out
}

// tokenTexts are the golden articles plus the text layer's edge cases
// (termstest): elisions, possessives, ligatures, accents, stop words only,
// numbers, sentences glued to each other.
func tokenTexts(tb testing.TB) map[string]string {
	tb.Helper()
	texts := termstest.Edges(tb)
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
	an, ok := terms.Prepared(p, terms.AnalyzerFor(lang), body)
	if !ok {
		tb.Fatalf("prepared terms are not for the body under %s", terms.AnalyzerFor(lang))
	}
	got := an.Analyze([]byte(body))
	want := terms.Analyzer(lang).Analyze([]byte(body))
	if len(got) != len(want) {
		tb.Fatalf("%d tokens, want %d", len(got), len(want))
	}
	// Everything the index reads of a token; Bleve's indexing never
	// reads its type.
	for i := range want {
		g, w := got[i], want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position {
			tb.Fatalf("token %d: %v, want %v", i, g, w)
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
