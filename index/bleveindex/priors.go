package bleveindex

import (
	"context"
	"sync"

	bleveapi "github.com/blevesearch/bleve_index_api"
)

// readingPriors weigh a completion's documents by its language, so that
// the completions of one typed prefix in two languages compare as the
// words a person most likely means. A person types a language's words as
// often as that language's share of the documents (the corpus is what
// they search), and within it, each word as often as the documents write
// it: a term's chance is n(lang)/Σdf(lang) × df(term), where Σdf is the sum
// of the document counts of the language's body terms, its documents'
// distinct words. Raw document counts would favour the language whose
// documents are longer: a French article holds three times the distinct
// words of a wire story, so "notamment" outnumbered "note" and "justice"
// "just" by their documents alone.
type readingPriors struct {
	mu   sync.Mutex
	docs uint64             // the index's documents when perDF was read
	per  map[string]float64 // per body-field suffix: n(lang)/Σdf(lang)
}

// stale is how far the document count may move before the priors are read
// again: they are a ratio of two sums over the whole index, which a few
// documents more do not change, and reading them walks every body term.
const staleShare = 0.01

// weights returns the prior of each of langs, read again when the index
// has grown or shrunk by more than staleShare since the last reading.
func (p *readingPriors) weights(ctx context.Context, readers []bleveapi.IndexReader, langs []string) map[string]float64 {
	var docs uint64
	for _, r := range readers {
		n, err := r.DocCount()
		if err != nil {
			return nil
		}
		docs += n
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fresh := p.per != nil && float64(absDiff(docs, p.docs)) <= staleShare*float64(p.docs)
	for _, lang := range langs {
		if _, ok := p.per[lang]; !ok {
			fresh = false
		}
	}
	if fresh {
		return p.per
	}
	per := make(map[string]float64, len(langs))
	for _, lang := range langs {
		var n, sum uint64
		for _, r := range readers {
			tfr, err := r.TermFieldReader(ctx, []byte(lang), fieldLang, false, false, false)
			if err != nil {
				return nil
			}
			n += tfr.Count()
			tfr.Close()
			dict, err := r.FieldDict(bodyField(lang))
			eachTerm(dict, err, func(e *bleveapi.DictEntry) { sum += e.Count })
		}
		if sum > 0 {
			per[lang] = float64(n) / float64(sum)
		}
	}
	p.docs, p.per = docs, per
	return per
}

func absDiff(a, b uint64) uint64 {
	if a > b {
		return a - b
	}
	return b - a
}
