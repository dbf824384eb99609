package bleveindex

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveapi "github.com/blevesearch/bleve_index_api"

	"github.com/recherche/recherche/index"
)

// A word is common when its concept (the word and its translations) is in
// the bodies of at least commonShare of the documents, and of at least
// commonDocs of them.
//
// Lucene's CommonTermsQuery, and Elasticsearch's cutoff_frequency before
// block-max WAND replaced them, read a query's common words only in the
// documents that hold one of its rarer words: the other documents that
// hold "said" in "spokesman said" (15,000 of the 39k news articles against
// 1,300 for "spokesman") rank below those that hold both anyway, but every
// one of them was scored and counted, and they made the slowest searches.
// Bleve 2.6 has no WAND to skip them. The floor in documents keeps the cut
// to indexes where scoring them costs: a collection of a few thousand
// documents is searched whole, its rankings as they were.
const (
	commonShare = 0.10
	commonDocs  = 5000
)

// commonCut is a query of words alone (no phrase, no required word) that
// matches only documents holding at least one of its words that is not
// common, when it has both kinds; scores are those of text, unchanged.
type commonCut struct {
	text   query.Query
	stats  *conceptStats
	own    [][]string // concept → body fields of the languages the query is read in
	counts *langCounts
	floor  float64 // commonDocs
}

// cutCommon wraps text for the cut when clauses allow it: every positive
// clause a plain word or words, each read through the plan's concepts.
func cutCommon(bq *query.BooleanQuery, clauses []index.Clause, plan *crossPlan, counts *langCounts, commonDocs float64) query.Query {
	// Bleve searches a boolean query of optional clauses alone as their
	// disjunction; anyQuery is that disjunction, walked lazily, which
	// matters here: the rare words advance it over the documents they find.
	var text query.Query = bq
	if should, ok := bq.Should.(*query.DisjunctionQuery); ok && bq.Must == nil && bq.MustNot == nil && bq.Filter == nil {
		text = anyQuery{should}
	}
	if plan == nil || len(plan.stats.concepts) < 2 {
		return text
	}
	own := make([][]string, len(plan.stats.concepts))
	for i, c := range clauses {
		if c.Occur == index.MustNot {
			continue
		}
		cc := plan.clauses[i]
		if c.Phrase || c.Occur == index.Must || cc == nil {
			return text
		}
		for _, id := range cc.ids {
			for _, src := range cc.sources {
				own[id] = append(own[id], bodyField(src))
			}
		}
	}
	return &commonCut{text: text, stats: plan.stats, own: own, counts: counts, floor: commonDocs}
}

func (q *commonCut) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	docs, total, err := q.stats.docsOf(ctx, r)
	if err != nil {
		return nil, err
	}
	floor := max(commonShare*total, q.floor)
	var rare []query.Query
	common := 0
	for i, byField := range docs {
		// A word is as common as it is in the languages the query is
		// read in; its translations are guesses, weighed less, and one
		// of them that is a frequent word must not make it common.
		own := 0.0
		for _, f := range q.own[i] {
			own += byField[f]
		}
		if own >= floor {
			common++
			continue
		}
		for field, ms := range q.stats.concepts[i].members {
			rare = append(rare, &groupQuery{field: field, members: ms, boost: 1, stats: q.stats, concept: i, counts: q.counts})
		}
	}
	if common == 0 || len(rare) == 0 {
		return q.text.Searcher(ctx, r, m, options)
	}
	// The rare words drive the search; a document they find is scored by
	// the query as it was (the filter scores nothing and weighs nothing),
	// and one that only the filter's looser reading finds is left out.
	return bonusQuery{must: matchOnly{bleve.NewDisjunctionQuery(rare...)}, bonus: q.text, required: true}.Searcher(ctx, r, m, options)
}

// matchOnly matches what its query matches, with no score, weight or term
// locations of its own.
type matchOnly struct{ q query.Query }

func (q matchOnly) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	options.Score = "none"
	options.IncludeTermVectors = false
	options.Explain = false
	s, err := q.q.Searcher(ctx, r, m, options)
	if err != nil {
		return nil, err
	}
	return matchOnlySearcher{s}, nil
}

type matchOnlySearcher struct{ search.Searcher }

func (s matchOnlySearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return bare(s.Searcher.Next(ctx))
}

func (s matchOnlySearcher) Advance(ctx *search.SearchContext, id bleveapi.IndexInternalID) (*search.DocumentMatch, error) {
	return bare(s.Searcher.Advance(ctx, id))
}

func (matchOnlySearcher) Weight() float64 { return 0 }

func (matchOnlySearcher) SetQueryNorm(float64) {}

func bare(dm *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if dm != nil {
		dm.Score = 0
		dm.Expl = nil
		dm.FieldTermLocations = dm.FieldTermLocations[:0]
	}
	return dm, err
}
