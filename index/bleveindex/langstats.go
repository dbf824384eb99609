package bleveindex

import (
	"context"
	"math"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveapi "github.com/blevesearch/bleve_index_api"
)

// langStatsQuery scores a query on one language's field with IDF over the
// documents of that language. Bleve computes IDF over every document of
// the index, but a French field exists in French documents only: counting
// the English ones as documents without the word lifts the IDF of every
// French word, the common ones most (relatively), and ties French scores
// to how many English documents there are. The document count goes through
// Bleve's BM25 statistics hook (search.BM25StatsKey, the one index aliases
// use to share statistics); the average field length is kept as Bleve
// computes it (docs/quality.md, "Retrieval", says why).
type langStatsQuery struct {
	child  query.Query
	field  string // a title or body field, named <kind>_<suffix>
	counts *langCounts
}

// langCounts counts documents per field suffix once per index reader, for
// all the field queries of one buildQuery.
type langCounts struct {
	mu    sync.Mutex
	r     bleveapi.IndexReader // the reader the counts were read from
	total uint64
	n     map[string]uint64
}

func (c *langCounts) wrap(child query.Query, field string) query.Query {
	return &langStatsQuery{child: child, field: field, counts: c}
}

func (q *langStatsQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	stats, err := q.stats(ctx, r)
	if err != nil {
		return nil, err
	}
	if stats != nil {
		ctx = context.WithValue(ctx, search.BM25StatsKey, stats)
	}
	return q.child.Searcher(ctx, r, m, options)
}

func (q *langStatsQuery) stats(ctx context.Context, r bleveapi.IndexReader) (*search.BM25Stats, error) {
	br, ok := r.(bleveapi.BM25Reader)
	if !ok {
		return nil, nil
	}
	total, n, err := q.counts.get(ctx, r, q.field[strings.LastIndexByte(q.field, '_')+1:])
	if err != nil || n == 0 || total == 0 {
		return nil, err
	}
	card, err := br.FieldCardinality(q.field)
	if err != nil {
		return nil, err
	}
	// Bleve's average length is ceil(cardinality / document count); scaled
	// by n/total it stays what it was over the new document count.
	scaled := int(math.Ceil(float64(card) * float64(n) / float64(total)))
	return &search.BM25Stats{DocCount: float64(n), FieldCardinality: map[string]int{q.field: scaled}}, nil
}

// get returns the number of documents in r and of those whose text is in
// the fields of sfx. They are read once per reader: the searchers of a
// query come from one reader, and a query searched on several (as an index
// alias would) gets each reader's own counts.
func (c *langCounts) get(ctx context.Context, r bleveapi.IndexReader, sfx string) (total, n uint64, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.r != r {
		if err := c.load(ctx, r); err != nil {
			return 0, 0, err
		}
		c.r = r
	}
	return c.total, c.n[sfx], nil
}

// load counts the documents whose text is in the fields of each suffix:
// those tagged fr or en for theirs, every other language for xx.
func (c *langCounts) load(ctx context.Context, r bleveapi.IndexReader) error {
	total, err := r.DocCount()
	if err != nil {
		return err
	}
	c.total, c.n = total, map[string]uint64{}
	for _, lang := range []string{"fr", "en"} {
		tfr, err := r.TermFieldReader(ctx, []byte(lang), fieldLang, false, false, false)
		if err != nil {
			return err
		}
		c.n[lang] = tfr.Count()
		if err := tfr.Close(); err != nil {
			return err
		}
	}
	if known := c.n["fr"] + c.n["en"]; known < total {
		c.n["xx"] = total - known
	}
	return nil
}
