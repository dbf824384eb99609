package terms

import (
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/recherche/recherche/corpus"
)

// Prepared returns an analyzer that answers with the terms t holds, when t
// was made of text by the analyzer registered under name; ok is false for
// any other text or analyzer, whose terms t does not hold. The step that
// analyzed a body first (the summary analyzes every body) keeps its terms
// so that the index does not cut and filter the same words a second time:
// that was a fifth of what indexing a body cost.
func Prepared(t *corpus.Terms, name, text string) (a analysis.Analyzer, ok bool) {
	if t == nil || t.Analyzer != name || t.Text != text {
		return nil, false
	}
	return prepared{t}, true
}

type prepared struct{ t *corpus.Terms }

// Analyze returns the prepared terms as tokens for the text they were made
// of. The index hands over a copy of that text; anything else is analyzed
// afresh.
func (a prepared) Analyze(input []byte) analysis.TokenStream {
	if string(input) != a.t.Text {
		return analyzerNamed(a.t.Analyzer).Analyze(input)
	}
	return stream(a.t.List)
}

// stream turns terms into Bleve tokens in three allocations for the whole
// text, where an analyzer makes a token at a time. The tokens carry what
// the index reads of them (term, offsets, position), not their type, which
// Bleve's indexing never looks at.
func stream(list []corpus.Term) analysis.TokenStream {
	size := 0
	for _, t := range list {
		size += len(t.Term)
	}
	arena := make([]byte, 0, size)
	slab := make([]analysis.Token, len(list))
	out := make(analysis.TokenStream, len(list))
	for i, t := range list {
		at := len(arena)
		arena = append(arena, t.Term...)
		slab[i] = analysis.Token{Term: arena[at:len(arena):len(arena)], Start: t.Start, End: t.End, Position: t.Position}
		out[i] = &slab[i]
	}
	return out
}
