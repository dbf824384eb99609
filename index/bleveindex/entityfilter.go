package bleveindex

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveapi "github.com/blevesearch/bleve_index_api"
)

// ordinalsFunc finds the entity ordinals of the index a reader reads.
type ordinalsFunc func(bleveapi.IndexReader) (*ordinals, error)

// entityQuery matches the documents that name an entity, by its folded
// name (EntityKey), through the ordinals of its group: the same field the
// facets count, so a filter finds exactly the documents its facet value
// counted, and no second copy of every name has to be indexed for it
// (that copy cost a good share of indexing CPU: docs/benchmarks.md, "Third
// round: entity fields trimmed, memoized analyzers"). Ordinals are
// numbered per shard, so they are looked up for each reader the query
// runs on.
type entityQuery struct {
	key  string
	ords ordinalsFunc
}

func (q *entityQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	o, err := q.ords(r)
	if err != nil {
		return nil, err
	}
	ids := o.membersOf(q.key)
	if len(ids) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	var anyOf []query.Query
	for _, id := range ids {
		anyOf = append(anyOf, term(fieldEntityOrds, encodeOrdinal(id)))
	}
	var match query.Query = anyOf[0]
	if len(anyOf) > 1 {
		match = bleve.NewDisjunctionQuery(anyOf...)
	}
	return match.Searcher(ctx, r, m, options)
}
