package summary

import (
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/terms"
)

// Turning text into index terms is most of the cost of a summary, and most
// of that is stemming the same words over and over: every article says
// "gouvernement" or "percent" again. Every filter of Recherche's chains
// (lowercase, elision, possessive, ligatures, folding, stop words, stemmers)
// maps one token to at most one term by looking at that token alone, so what
// a raw token becomes can be remembered. termsOf runs the chain's tokenizer,
// then looks each raw token up and runs the filters only on new ones;
// TestTermsOfMatchesAnalyzer holds it to the analyzer's own output.

// chain is one language's analyzer taken apart, with what its filters made
// of the raw tokens seen so far.
type chain struct {
	tokenizer analysis.Tokenizer
	filters   []analysis.TokenFilter

	mu   sync.RWMutex
	seen map[string]filtered
}

// filtered is what the filters made of one raw token; a stop word is
// dropped.
type filtered struct {
	term    string
	dropped bool
}

// maxSeen bounds a chain's memory (a few megabytes): past it the chain
// forgets and starts over, so a long-running server reading ever new words
// does not grow without end.
const maxSeen = 1 << 17

var (
	chainsMu sync.Mutex
	chains   = map[string]*chain{}
)

// chainFor returns the chain of lang's analyzer, or nil when that analyzer
// is not a plain tokenizer and filters, which termsOf then runs as it is.
func chainFor(lang string) *chain {
	name := terms.AnalyzerFor(lang)
	chainsMu.Lock()
	defer chainsMu.Unlock()
	if c, ok := chains[name]; ok {
		return c
	}
	var c *chain
	if a, ok := terms.Analyzer(lang).(*analysis.DefaultAnalyzer); ok && len(a.CharFilters) == 0 {
		c = &chain{tokenizer: a.Tokenizer, filters: a.TokenFilters, seen: map[string]filtered{}}
	}
	chains[name] = c
	return c
}

// termsOf returns the index terms of text in lang, as terms.Analyzer(lang)
// would, with byte offsets into text.
func termsOf(text, lang string) []token {
	c := chainFor(lang)
	if c == nil {
		stream := terms.Analyzer(lang).Analyze([]byte(text))
		out := make([]token, len(stream))
		for i, t := range stream {
			out[i] = token{term: string(t.Term), start: t.Start, end: t.End}
		}
		return out
	}
	return c.terms(c.tokenizer.Tokenize([]byte(text)))
}

func (c *chain) terms(raw analysis.TokenStream) []token {
	fs := make([]filtered, len(raw))
	var missed []int // tokens not seen before
	c.mu.RLock()
	for i, t := range raw {
		f, ok := c.seen[string(t.Term)]
		if !ok {
			missed = append(missed, i)
		}
		fs[i] = f
	}
	c.mu.RUnlock()
	if len(missed) > 0 {
		keys := make([]string, len(missed))
		for k, i := range missed {
			keys[k] = string(raw[i].Term) // before filter, which may rewrite it
			fs[i] = c.filter(raw[i])
		}
		c.mu.Lock()
		if len(c.seen)+len(keys) > maxSeen {
			clear(c.seen)
		}
		for k, i := range missed {
			c.seen[keys[k]] = fs[i]
		}
		c.mu.Unlock()
	}
	out := make([]token, 0, len(raw))
	for i, t := range raw {
		if !fs[i].dropped {
			out = append(out, token{term: fs[i].term, start: t.Start, end: t.End})
		}
	}
	return out
}

// filter runs the filters on one token, on a copy of its bytes: some
// filters rewrite a term in place.
func (c *chain) filter(t *analysis.Token) filtered {
	tok := *t
	tok.Term = append([]byte(nil), t.Term...)
	stream := analysis.TokenStream{&tok}
	for _, f := range c.filters {
		stream = f.Filter(stream)
	}
	if len(stream) == 0 {
		return filtered{dropped: true}
	}
	return filtered{term: string(stream[0].Term)}
}

// sentenceTerms returns the index terms of each span of body, with byte
// offsets into the span's text: what termsOf(span.Text, lang) returns for
// each, from one pass over body. A sentence that does not stand between
// white space (or the ends of body) is analyzed on its own, because the
// word segmenter looks at the characters around a boundary; so is every
// sentence of a body that is not valid UTF-8, where the segmenter resyncs
// on bytes that a sentence cut in two sees differently.
func sentenceTerms(body string, spans []sentences.Span, lang string) [][]token {
	out := make([][]token, len(spans))
	if !utf8.ValidString(body) {
		for i, sp := range spans {
			out[i] = termsOf(sp.Text, lang)
		}
		return out
	}
	all := termsOf(body, lang)
	k := 0
	for i, sp := range spans {
		if !standsAlone(body, sp) {
			out[i] = termsOf(sp.Text, lang)
			continue
		}
		for k < len(all) && all[k].start < sp.Start {
			k++
		}
		first := k
		for k < len(all) && all[k].end <= sp.End {
			k++
		}
		toks := all[first:k:k]
		for j := range toks {
			toks[j].start -= sp.Start
			toks[j].end -= sp.Start
		}
		out[i] = toks
	}
	return out
}

// standsAlone reports whether sp is cut from body at white space, where a
// word boundary does not depend on what lies beyond it.
func standsAlone(body string, sp sentences.Span) bool {
	return (sp.Start == 0 || isSpace(body[sp.Start-1])) && (sp.End == len(body) || isSpace(body[sp.End]))
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r'
}
