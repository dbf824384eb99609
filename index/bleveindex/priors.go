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
// documents are longer: a French article holds two to three times the
// distinct words of a wire story, so "notamment" outnumbered "note" and
// "justice" "just" by their documents alone (docs/quality.md, round 5 of
// prefixes).
type readingPriors struct {
	mu      sync.Mutex
	docs    uint64             // the index's documents when per was read
	per     map[string]float64 // per body-field suffix: n(lang)/Σdf(lang)
	reading bool               // a refresh runs in the background
	stopped bool               // the index is closing: no refresh starts
	wg      sync.WaitGroup     // the refresh, waited for by Close
}

// staleShare is how far the document count may move before the priors are
// read again: they are a ratio of two sums over the whole index, which a
// few documents more do not change, and reading them walks every body term
// (a third of a second on the 39k news index).
const staleShare = 0.01

// weights returns the prior of each translatable language. The first call
// reads them; later ones return the last reading and, once the index has
// grown or shrunk by more than staleShare, read them again in the
// background with readers of their own (open), so that no keystroke waits
// for the walk while documents stream in.
func (p *readingPriors) weights(ctx context.Context, readers []bleveapi.IndexReader, open func() (*vocabulary, error)) map[string]float64 {
	docs, err := docCount(readers)
	if err != nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.per == nil {
		p.per = readPriors(ctx, readers)
		p.docs = docs
		return p.per
	}
	if !p.reading && !p.stopped && float64(absDiff(docs, p.docs)) > staleShare*float64(p.docs) {
		p.reading = true
		p.wg.Add(1)
		go p.refresh(open)
	}
	return p.per
}

func (p *readingPriors) refresh(open func() (*vocabulary, error)) {
	defer p.wg.Done()
	var (
		per  map[string]float64
		docs uint64
		err  error
	)
	if v, verr := open(); verr == nil {
		docs, err = docCount(v.readers)
		if err == nil {
			per = readPriors(context.Background(), v.readers)
		}
		v.close()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.reading = false
	if per != nil {
		p.per, p.docs = per, docs
	}
}

// stop returns once no refresh runs, and none will start: Close calls it
// before closing the shards a refresh reads.
func (p *readingPriors) stop() {
	p.mu.Lock()
	p.stopped = true
	p.mu.Unlock()
	p.wg.Wait()
}

func docCount(readers []bleveapi.IndexReader) (uint64, error) {
	var docs uint64
	for _, r := range readers {
		n, err := r.DocCount()
		if err != nil {
			return 0, err
		}
		docs += n
	}
	return docs, nil
}

// readPriors counts, per translatable language, its documents (those
// tagged with it) and the sum of its body terms' document counts.
func readPriors(ctx context.Context, readers []bleveapi.IndexReader) map[string]float64 {
	per := make(map[string]float64, len(translatable))
	for _, lang := range translatable {
		var n, sum uint64
		for _, r := range readers {
			tfr, err := r.TermFieldReader(ctx, []byte(lang), fieldLang, false, false, false)
			if err != nil {
				return per
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
	return per
}

func absDiff(a, b uint64) uint64 {
	if a > b {
		return a - b
	}
	return b - a
}
