package bleveindex

import (
	"context"
	"math"
	"reflect"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
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
	children := make([]search.Searcher, 0, len(q.children))
	for _, c := range q.children {
		s, err := c.Searcher(ctx, r, m, options)
		if err != nil {
			for _, s := range children {
				s.Close()
			}
			return nil, err
		}
		children = append(children, s)
	}
	s := &sumSearcher{
		children: children,
		currs:    make([]*search.DocumentMatch, len(children)),
		matching: make([]*search.DocumentMatch, 0, len(children)),
		idxs:     make([]int, 0, len(children)),
		scorer:   scorer.NewDisjunctionQueryScorer(options),
		scale:    q.scale,
	}
	// As Bleve's compound searchers do: a query normalizes its terms'
	// weights (boosts included) unless a query around it does.
	if w := s.Weight(); w > 0 {
		s.SetQueryNorm(1 / math.Sqrt(w))
	}
	return s, nil
}

// sumSearcher walks its children in document order, as Bleve's disjunction
// searcher does, and scores with Bleve's disjunction scorer told that every
// child matched: the sum without the share, the children's term locations
// merged in their order.
type sumSearcher struct {
	children []search.Searcher
	currs    []*search.DocumentMatch // each child's current match, nil once done
	matching []*search.DocumentMatch // the current matches on the lowest document
	idxs     []int                   // their children
	scorer   *scorer.DisjunctionQueryScorer
	scale    float64
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
	s.lowest()
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

func (s *sumSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	if len(s.matching) == 0 {
		return nil, nil
	}
	rv := s.scorer.Score(ctx, s.matching, len(s.matching), len(s.matching))
	rv.Score *= s.scale
	for _, i := range s.idxs {
		if s.currs[i] != rv {
			ctx.DocumentMatchPool.Put(s.currs[i])
		}
		var err error
		if s.currs[i], err = s.children[i].Next(ctx); err != nil {
			return nil, err
		}
	}
	s.lowest()
	return rv, nil
}

func (s *sumSearcher) Advance(ctx *search.SearchContext, id bleveapi.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	for i, c := range s.children {
		if s.currs[i] != nil {
			if s.currs[i].IndexInternalID.Compare(id) >= 0 {
				continue
			}
			ctx.DocumentMatchPool.Put(s.currs[i])
		}
		var err error
		if s.currs[i], err = c.Advance(ctx, id); err != nil {
			return nil, err
		}
	}
	s.lowest()
	return s.Next(ctx)
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

// Min is 0: one matching child is enough.
func (s *sumSearcher) Min() int { return 0 }

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
