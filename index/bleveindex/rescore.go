package bleveindex

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveapi "github.com/blevesearch/bleve_index_api"

	"github.com/recherche/recherche/analysis/terms"
)

// Proximity, measured with tools/evalsearch (docs/quality.md, "Retrieval").
// A document's score is multiplied by 1 + proximityBoost × p², where p is
// the share of the query's weight (IDF) that its title and its best window
// of proximityWindow body positions hold together. The square makes a
// window with most of the question worth far more than one with a part of
// it: a document that has every word but scattered is no better an answer
// than one that has a few of them together.
const (
	proximityBoost  = 4.0
	proximityWindow = 12 // positions, stop words included: about a sentence
)

// proximityQuery scores the text query as Bleve does, then rescales each
// document's score by how closely it gathers the query's terms: a paragraph
// that has the question's words in one sentence answers it more often than
// one that scatters them. A term found in the title counts as present in
// every window, since the title is what the whole body is about: the
// paragraph of an article that names the rest of the question wins over its
// siblings, which share the title. It runs inside Bleve's collection, on
// every matching document, from the term locations of its title and body
// matches (term vectors are indexed; withVectors reads them): no stored
// field is loaded, and paging stays consistent because every document is
// scored alike.
type proximityQuery struct {
	text  query.Query
	langs []proximityLang
}

// proximityLang holds the query's terms as the fields of one language
// analyze them.
type proximityLang struct {
	body, title string
	terms       []string // distinct, in query order
}

// withProximity wraps the text query of buildQuery; texts are its plain
// (non-phrase, non-excluded) clauses. Proximity is measured in the fields
// of the query's language, or of every language when it is unknown: the
// languages acrossFields searches at full weight and reads term locations
// in. A language whose analyzer leaves fewer than two distinct terms has
// no proximity to measure.
func withProximity(text query.Query, texts []string, textLang string) query.Query {
	pq := &proximityQuery{text: text}
	for _, sfx := range langSuffixes {
		if !fullWeight(sfx, textLang) {
			continue
		}
		lang := sfx
		if sfx == "xx" {
			lang = ""
		}
		var ts []string
		for _, t := range texts {
			for _, term := range terms.Terms(t, lang) {
				if !slices.Contains(ts, term) {
					ts = append(ts, term)
				}
			}
		}
		if len(ts) >= 2 {
			pq.langs = append(pq.langs, proximityLang{body: bodyField(sfx), title: titleField(sfx), terms: ts})
		}
	}
	if len(pq.langs) == 0 {
		return text
	}
	return pq
}

// fullWeight reports whether the fields of sfx count fully for a query in
// textLang ("" when detection was not reliable).
func fullWeight(sfx, textLang string) bool {
	return textLang == "" || sfx == suffix(textLang)
}

func (q *proximityQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	child, err := q.text.Searcher(ctx, r, m, options)
	if err != nil {
		return nil, err
	}
	windows := make([]*window, len(q.langs))
	for i, l := range q.langs {
		weights, err := idfs(ctx, r, l.body, l.terms)
		if err != nil {
			child.Close()
			return nil, err
		}
		windows[i] = newWindow(l, weights)
	}
	// Locations the caller did not ask for (highlighting does) are dropped
	// once scored, so hits carry no more than they would without proximity.
	keep := options.IncludeTermVectors
	score := func(_ context.Context, d *search.DocumentMatch) (float64, error) {
		var p float64
		if w := q.windowFor(windows, d.FieldTermLocations); w != nil {
			p = w.best(d.FieldTermLocations)
		}
		if !keep {
			d.FieldTermLocations = d.FieldTermLocations[:0]
		}
		return d.Score * (1 + proximityBoost*p*p), nil
	}
	// No reader: the callback needs neither doc values nor the external id,
	// which the searcher would otherwise look up for every document.
	return searcher.NewCustomScoreSearcher(ctx, child, score, nil, nil, nil, options.Explain), nil
}

// vectorsQuery reads term locations for its child, a title or body match
// of a full-weight language, so that proximityQuery sees where its terms
// are; the other field queries (other languages, exclusions) skip them.
type vectorsQuery struct{ child query.Query }

func withVectors(child query.Query) query.Query { return vectorsQuery{child} }

func (q vectorsQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	options.IncludeTermVectors = true
	return q.child.Searcher(ctx, r, m, options)
}

// windowFor picks the language of the document by its first matched title
// or body field: a document has one language, so its terms are in the
// fields of that language only.
func (q *proximityQuery) windowFor(windows []*window, locs []search.FieldTermLocation) *window {
	for _, l := range locs {
		for i, lang := range q.langs {
			if l.Field == lang.body || l.Field == lang.title {
				return windows[i]
			}
		}
	}
	return nil
}

// idfs returns the BM25 IDF of each term in field, so a window holding the
// rare words of a question counts more than one holding its common ones.
func idfs(ctx context.Context, r bleveapi.IndexReader, field string, ts []string) ([]float64, error) {
	total, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(ts))
	for i, t := range ts {
		tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
		if err != nil {
			return nil, err
		}
		n := tfr.Count()
		if err := tfr.Close(); err != nil {
			return nil, err
		}
		if n > 0 {
			out[i] = math.Log(1 + (float64(total)-float64(n)+0.5)/(float64(n)+0.5))
		}
	}
	return out, nil
}

// window finds the best window of one document at a time. Its buffers are
// reused from one document to the next: a searcher scores its documents one
// after another.
type window struct {
	lang    proximityLang
	weights []float64
	sum     float64
	hits    []termPos
	count   []int
	inTitle []bool
}

type termPos struct{ pos, term int }

func newWindow(lang proximityLang, weights []float64) *window {
	w := &window{lang: lang, weights: weights, count: make([]int, len(weights)), inTitle: make([]bool, len(weights))}
	for _, v := range weights {
		w.sum += v
	}
	return w
}

// best returns, in [0, 1], the share of the query's weight held by the
// terms of the title and the best window of the body.
func (w *window) best(locs []search.FieldTermLocation) float64 {
	if w.sum == 0 {
		return 0
	}
	clear(w.inTitle)
	var title float64
	for _, l := range locs {
		if l.Field != w.lang.title {
			continue
		}
		if i := slices.Index(w.lang.terms, l.Term); i >= 0 && !w.inTitle[i] {
			w.inTitle[i] = true
			title += w.weights[i]
		}
	}
	w.hits = w.hits[:0]
	for _, l := range locs {
		if l.Field != w.lang.body {
			continue
		}
		if i := slices.Index(w.lang.terms, l.Term); i >= 0 && !w.inTitle[i] {
			w.hits = append(w.hits, termPos{int(l.Location.Pos), i})
		}
	}
	// Each term's locations come in order, so the hits are a few sorted
	// runs: an insertion sort is quick and calls nothing.
	for i := 1; i < len(w.hits); i++ {
		for j := i; j > 0 && w.hits[j].pos < w.hits[j-1].pos; j-- {
			w.hits[j], w.hits[j-1] = w.hits[j-1], w.hits[j]
		}
	}
	clear(w.count)
	var in, best float64
	lo := 0
	for _, h := range w.hits {
		if w.count[h.term] == 0 {
			in += w.weights[h.term]
		}
		w.count[h.term]++
		for w.hits[lo].pos <= h.pos-proximityWindow {
			t := w.hits[lo].term
			if w.count[t]--; w.count[t] == 0 {
				in -= w.weights[t]
			}
			lo++
		}
		best = max(best, in)
	}
	return (title + best) / w.sum
}
