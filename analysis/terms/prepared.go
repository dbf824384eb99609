package terms

import "github.com/blevesearch/bleve/v2/analysis"

// Prepared is what one of these analyzers made of one text, kept by the
// step that analyzed the text first (the summary analyzes every body) so
// that the index does not cut and filter the same words a second time:
// that was a fifth of what indexing a body cost.
type Prepared struct {
	analyzer string
	text     string
	tokens   analysis.TokenStream
}

// NewPrepared records tokens as what the analyzer registered under name
// makes of text. The tokens are shared, never written, by whoever uses them.
func NewPrepared(name, text string, tokens analysis.TokenStream) *Prepared {
	return &Prepared{analyzer: name, text: text, tokens: tokens}
}

// For returns an analyzer that answers with the prepared tokens, when p was
// made of text by the analyzer registered under name; ok is false for any
// other text or analyzer, whose terms p does not hold.
func (p *Prepared) For(name, text string) (a analysis.Analyzer, ok bool) {
	if p == nil || p.analyzer != name || p.text != text {
		return nil, false
	}
	return prepared{p}, true
}

type prepared struct{ p *Prepared }

// Analyze returns the prepared tokens for the text they were made of. The
// index hands over a copy of that text; anything else is analyzed afresh.
func (a prepared) Analyze(input []byte) analysis.TokenStream {
	if string(input) != a.p.text {
		return analyzerNamed(a.p.analyzer).Analyze(input)
	}
	return a.p.tokens
}
