package terms

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
)

// memoFilter runs a chain of token filters with a memory of what the chain
// made of each word. Every filter of Recherche's chains (lowercase,
// elision, possessive, ligatures, folding, stop words, stemmers) maps one
// token to at most one term by looking at that token alone, so the result
// for a word can be remembered; news repeats its words, and stemming them
// over and over was half of the cost of analyzing a body for the index.
// Tokens the filters could treat by more than their text (keywords, or
// other types than words) go through the chain as they are.
type memoFilter struct {
	filters []analysis.TokenFilter
	*memoStore
}

// memoStore is the memory of one chain.
type memoStore struct {
	mu   sync.RWMutex
	seen map[string]memoTerm
}

// memoTerm is what the chain made of one word; a stop word is dropped.
type memoTerm struct {
	term    []byte // shared by every token it is given to: never written
	dropped bool
}

// memoMax bounds the memory (some tens of megabytes): past it the filter
// forgets everything and starts over, so a long-running server reading
// ever new words does not grow without end. (The eval news corpus, 39k
// articles, holds about 250k distinct words.)
const memoMax = 1 << 18

func memoizable(tok *analysis.Token) bool {
	return tok.Type == analysis.AlphaNumeric && !tok.KeyWord
}

func (m *memoFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(in))
	var learned map[string]memoTerm
	// Filters run under the read lock too: they do not touch the memory,
	// and other analyses keep reading it meanwhile.
	m.mu.RLock()
	for _, tok := range in {
		if memoizable(tok) {
			if r, ok := m.seen[string(tok.Term)]; ok {
				if !r.dropped {
					tok.Term = r.term
					out = append(out, tok)
				}
				continue
			}
		}
		raw := string(tok.Term)
		res := m.run(tok)
		out = append(out, res...)
		// Remember only what is one word in, at most the same word out.
		if memoizable(tok) && (len(res) == 0 || len(res) == 1 && res[0] == tok) {
			if learned == nil {
				learned = map[string]memoTerm{}
			}
			r := memoTerm{dropped: len(res) == 0}
			if !r.dropped {
				r.term = tok.Term
			}
			learned[raw] = r
		}
	}
	m.mu.RUnlock()
	if len(learned) > 0 {
		m.mu.Lock()
		if len(m.seen)+len(learned) > memoMax {
			m.seen = make(map[string]memoTerm, 1<<12)
		}
		for w, r := range learned {
			m.seen[w] = r
		}
		m.mu.Unlock()
	}
	return out
}

// run passes one token through the chain and returns what comes out of it.
func (m *memoFilter) run(tok *analysis.Token) analysis.TokenStream {
	stream := analysis.TokenStream{tok}
	for _, f := range m.filters {
		if stream = f.Filter(stream); len(stream) == 0 {
			break
		}
	}
	return stream
}
