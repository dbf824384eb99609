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
//
// The memory is the only word cache of Recherche: Tokens, which the
// summaries and keyphrases read their terms from, looks words up in the
// same memoStore as the index's analyzers.
type memoFilter struct {
	filters []analysis.TokenFilter
	*memoStore
}

// memoStore is the memory of one chain, shared by every instance of its
// analyzer (one per Bleve index and one for Analyzer) and by Tokens.
type memoStore struct {
	mu   sync.RWMutex
	seen map[string]memoTerm
}

// memoTerm is what the chain made of one word; a stop word is dropped.
type memoTerm struct {
	term    []byte // shared by every token it is given to: never written
	str     string // term as a string, for Tokens
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
				r.term, r.str = tok.Term, string(tok.Term)
			}
			learned[raw] = r
		}
	}
	m.mu.RUnlock()
	m.learn(learned)
	return out
}

// learn adds what the chain made of new words to the memory.
func (m *memoStore) learn(learned map[string]memoTerm) {
	if len(learned) == 0 {
		return
	}
	m.mu.Lock()
	if len(m.seen)+len(learned) > memoMax {
		m.seen = make(map[string]memoTerm, 1<<12)
	}
	for w, r := range learned {
		m.seen[w] = r
	}
	m.mu.Unlock()
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

// filterOne runs the chain on one word, on a copy of its bytes: some
// filters rewrite a term in place, and w points into the caller's text.
// Unlike the analyzer's own lookups, Tokens remembers words of every type:
// the cutter types a word by its characters alone, so the same text is
// always the same type.
func (m *memoFilter) filterOne(w word) memoTerm {
	tok := &analysis.Token{Term: append([]byte(nil), w.text...), Start: w.start, End: w.end, Position: 1, Type: w.typ}
	stream := m.run(tok)
	if len(stream) == 0 {
		return memoTerm{dropped: true}
	}
	return memoTerm{term: stream[0].Term, str: string(stream[0].Term)}
}

// chainNamed returns the memory and filters of the analyzer registered
// under name.
func chainNamed(name string) *memoFilter {
	return analyzerNamed(name).(*analysis.DefaultAnalyzer).TokenFilters[0].(*memoFilter)
}
