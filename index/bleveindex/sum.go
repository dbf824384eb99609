package bleveindex

import (
	"context"
	"math"
	"reflect"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveapi "github.com/blevesearch/bleve_index_api"
)

// sumQuery matches what any of its children match and scores a document by
// the sum of the scores of the children that match it, times scale. Bleve's
// disjunction multiplies that sum by the share of its children that match,
// which would double the score of every document whose title names the
// query's words too (see acrossFields). A pair of boolean queries, "body
// and maybe title" or "title and not body", avoided that at the price of
// searching each title and body twice; one pass over each took a quarter
// off the slowest searches of the load test's mix.
type sumQuery struct {
	children []query.Query
	scale    float64
}

func (q sumQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	children, err := searchers(ctx, q.children, r, m, options)
	if err != nil {
		return nil, err
	}
	return newSumSearcher(children, q.scale, false, 0, options), nil
}

// anyQuery is Bleve's disjunction, matched and scored exactly as Bleve
// does (the sum times the share of children that match, the children in
// Bleve's order), with sumSearcher's lazy walk: Bleve's searcher reads each
// matching child's next match as soon as it returns one, and a search that
// advances it past that match (the optional words of a document a filter or
// the rare words found, a pair's bonus) read it for nothing, term locations
// included. A disjunction of more children than Bleve's heap takes over at,
// or one that neither scores nor reads locations (Bleve merges its terms
// into one reader), is left to Bleve.
type anyQuery struct {
	*query.DisjunctionQuery
}

func anyOf(qs ...query.Query) anyQuery { return anyQuery{bleve.NewDisjunctionQuery(qs...)} }

func (q anyQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	if len(q.Disjuncts) > searcher.DisjunctionHeapTakeover || (options.Score == "none" && !options.IncludeTermVectors) {
		return q.DisjunctionQuery.Searcher(ctx, r, m, options)
	}
	children, err := searchers(ctx, q.Disjuncts, r, m, options)
	if err != nil {
		return nil, err
	}
	if len(children) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	sort.Sort(searcher.OrderedSearcherList(children))
	return newSumSearcher(children, 1, true, int(q.Min), options), nil
}

func searchers(ctx context.Context, qs []query.Query, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) ([]search.Searcher, error) {
	children := make([]search.Searcher, 0, len(qs))
	for _, c := range qs {
		s, err := c.Searcher(ctx, r, m, options)
		if err != nil {
			closeAll(children)
			return nil, err
		}
		children = append(children, s)
	}
	return children, nil
}

func newSumSearcher(children []search.Searcher, scale float64, coord bool, min int, options search.SearcherOptions) *sumSearcher {
	s := &sumSearcher{
		children: children,
		currs:    make([]*search.DocumentMatch, len(children)),
		moving:   make([]bool, len(children)),
		matching: make([]*search.DocumentMatch, 0, len(children)),
		idxs:     make([]int, 0, len(children)),
		scorer:   scorer.NewDisjunctionQueryScorer(options),
		scale:    scale,
		coord:    coord,
		min:      min,
	}
	// As Bleve's compound searchers do: a query normalizes its terms'
	// weights (boosts included) unless a query around it does.
	if w := s.Weight(); w > 0 {
		s.SetQueryNorm(1 / math.Sqrt(w))
	}
	return s
}

// sumSearcher walks its children in document order, as Bleve's disjunction
// searcher does, and scores with Bleve's disjunction scorer: told that every
// child matched (the sum without the share) unless coord, the children's
// term locations merged in their order. It moves a child past the document
// it returned only when asked for the next one: Advance then moves that
// child straight to the target, and the postings between, which Bleve's
// searcher decodes, are skipped.
type sumSearcher struct {
	children []search.Searcher
	currs    []*search.DocumentMatch // each child's current match, nil once done or moving
	moving   []bool                  // the children whose match was returned: they stand on last
	last     bleveapi.IndexInternalID
	matching []*search.DocumentMatch // the current matches on the lowest document
	idxs     []int                   // their children
	scorer   *scorer.DisjunctionQueryScorer
	scale    float64
	coord    bool // scored as Bleve's disjunction: times the share of children that match
	min      int  // the children that must match a document
	started  bool
}

var sumSearcherSize = int(reflect.TypeOf(sumSearcher{}).Size())

func (s *sumSearcher) start(ctx *search.SearchContext) error {
	for i, c := range s.children {
		var err error
		if s.currs[i], err = c.Next(ctx); err != nil {
			return err
		}
	}
	s.started = true
	return nil
}

// lowest gathers the current matches on the lowest document.
func (s *sumSearcher) lowest() {
	s.matching, s.idxs = s.matching[:0], s.idxs[:0]
	for i, d := range s.currs {
		if d == nil {
			continue
		}
		if len(s.matching) > 0 {
			switch c := d.IndexInternalID.Compare(s.matching[0].IndexInternalID); {
			case c > 0:
				continue
			case c < 0:
				s.matching, s.idxs = s.matching[:0], s.idxs[:0]
			}
		}
		s.matching = append(s.matching, d)
		s.idxs = append(s.idxs, i)
	}
}

// move brings the children that stand on the last document returned to
// their first match after it, or at or after id when id is past it.
func (s *sumSearcher) move(ctx *search.SearchContext, id bleveapi.IndexInternalID) error {
	past := id != nil && id.Compare(s.last) > 0
	for i, m := range s.moving {
		if !m {
			continue
		}
		s.moving[i] = false
		var err error
		if past {
			s.currs[i], err = s.children[i].Advance(ctx, id)
		} else {
			s.currs[i], err = s.children[i].Next(ctx)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *sumSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	if err := s.move(ctx, nil); err != nil {
		return nil, err
	}
	return s.match(ctx)
}

// match returns the lowest document that enough children match, and
// leaves the children that match it standing on it.
func (s *sumSearcher) match(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for s.lowest(); len(s.matching) > 0; s.lowest() {
		if len(s.matching) >= s.min {
			total := len(s.matching)
			if s.coord {
				total = len(s.children)
			}
			rv := s.scorer.Score(ctx, s.matching, len(s.matching), total)
			rv.Score *= s.scale
			s.last = append(s.last[:0], rv.IndexInternalID...)
			for _, i := range s.idxs {
				if s.currs[i] != rv {
					ctx.DocumentMatchPool.Put(s.currs[i])
				}
				s.currs[i], s.moving[i] = nil, true
			}
			return rv, nil
		}
		for _, i := range s.idxs {
			ctx.DocumentMatchPool.Put(s.currs[i])
			var err error
			if s.currs[i], err = s.children[i].Next(ctx); err != nil {
				return nil, err
			}
		}
	}
	return nil, nil
}

func (s *sumSearcher) Advance(ctx *search.SearchContext, id bleveapi.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	if err := s.move(ctx, id); err != nil {
		return nil, err
	}
	for i, c := range s.children {
		if s.currs[i] == nil || s.currs[i].IndexInternalID.Compare(id) >= 0 {
			continue
		}
		ctx.DocumentMatchPool.Put(s.currs[i])
		var err error
		if s.currs[i], err = c.Advance(ctx, id); err != nil {
			return nil, err
		}
	}
	return s.match(ctx)
}

func (s *sumSearcher) Close() error {
	return closeAll(s.children)
}

func (s *sumSearcher) Weight() float64 {
	var w float64
	for _, c := range s.children {
		w += c.Weight()
	}
	return w
}

func (s *sumSearcher) SetQueryNorm(qnorm float64) {
	for _, c := range s.children {
		c.SetQueryNorm(qnorm)
	}
}

func (s *sumSearcher) Count() uint64 {
	var n uint64
	for _, c := range s.children {
		n += c.Count()
	}
	return n
}

func (s *sumSearcher) Min() int { return s.min }

func (s *sumSearcher) Size() int {
	n := sumSearcherSize + s.scorer.Size()
	for _, c := range s.children {
		n += c.Size()
	}
	return n
}

func (s *sumSearcher) DocumentMatchPoolSize() int {
	n := len(s.currs)
	for _, c := range s.children {
		n += c.DocumentMatchPoolSize()
	}
	return n
}
