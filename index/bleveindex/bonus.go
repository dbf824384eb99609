package bleveindex

import (
	"context"
	"math"
	"reflect"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveapi "github.com/blevesearch/bleve_index_api"
)

// bonusQuery matches what must matches and adds, to a document that bonus
// matches too, bonus's score: Bleve's boolean query of one must and one
// should clause, scored as Bleve scores it (the sum, under the query norm
// of both). With required, a document bonus does not match is left out.
//
// Bleve 2.6's boolean searcher loses its should clause's match when it is
// advanced: Advance moves the should searcher to the target even when it
// already stands there, so a document reached by Advance (under a filter,
// or by commonCut) lost its should score — a pair's bonus, or the whole
// text's. This searcher moves the bonus only when it is behind.
type bonusQuery struct {
	must, bonus query.Query
	required    bool
}

func (q bonusQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	must, err := q.must.Searcher(ctx, r, m, options)
	if err != nil {
		return nil, err
	}
	bonus, err := q.bonus.Searcher(ctx, r, m, options)
	if err != nil {
		must.Close()
		return nil, err
	}
	if _, none := bonus.(*searcher.MatchNoneSearcher); none {
		if q.required {
			must.Close()
			return bonus, nil
		}
		bonus.Close()
		return must, nil
	}
	if _, none := must.(*searcher.MatchNoneSearcher); none {
		bonus.Close()
		return must, nil
	}
	s := &bonusSearcher{must: must, bonus: bonus, required: q.required}
	norm := 1 / math.Sqrt(must.Weight()+bonus.Weight())
	must.SetQueryNorm(norm)
	bonus.SetQueryNorm(norm)
	return s, nil
}

type bonusSearcher struct {
	must, bonus search.Searcher
	required    bool
	curr        *search.DocumentMatch // bonus's current match, nil before the first or once done
	started     bool
}

var bonusSearcherSize = int(reflect.TypeOf(bonusSearcher{}).Size())

func (s *bonusSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.must.Next(ctx)
	return s.from(ctx, dm, err)
}

func (s *bonusSearcher) Advance(ctx *search.SearchContext, id bleveapi.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.must.Advance(ctx, id)
	return s.from(ctx, dm, err)
}

// from returns the first match of must from dm on that the bonus allows,
// with the bonus's score added where it matches too.
func (s *bonusSearcher) from(ctx *search.SearchContext, dm *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for ; err == nil && dm != nil; dm, err = s.must.Next(ctx) {
		if err := s.bring(ctx, dm.IndexInternalID); err != nil {
			return nil, err
		}
		if s.curr != nil && s.curr.IndexInternalID.Equals(dm.IndexInternalID) {
			dm.Score += s.curr.Score
			dm.FieldTermLocations = search.MergeFieldTermLocations(dm.FieldTermLocations, []*search.DocumentMatch{s.curr})
			if dm.Expl != nil && s.curr.Expl != nil {
				dm.Expl = &search.Explanation{Value: dm.Score, Message: "sum of:", Children: []*search.Explanation{dm.Expl, s.curr.Expl}}
			}
			return dm, nil
		}
		if !s.required {
			return dm, nil
		}
		ctx.DocumentMatchPool.Put(dm)
	}
	return dm, err
}

// bring moves the bonus to its first match at or after id, unless it is
// there already.
func (s *bonusSearcher) bring(ctx *search.SearchContext, id bleveapi.IndexInternalID) error {
	if s.started && (s.curr == nil || s.curr.IndexInternalID.Compare(id) >= 0) {
		return nil
	}
	if s.curr != nil {
		ctx.DocumentMatchPool.Put(s.curr)
	}
	var err error
	s.curr, err = s.bonus.Advance(ctx, id)
	s.started = true
	return err
}

func (s *bonusSearcher) Close() error {
	err := s.must.Close()
	if e := s.bonus.Close(); err == nil {
		err = e
	}
	return err
}

func (s *bonusSearcher) Weight() float64 { return s.must.Weight() + s.bonus.Weight() }

func (s *bonusSearcher) SetQueryNorm(qnorm float64) {
	s.must.SetQueryNorm(qnorm)
	s.bonus.SetQueryNorm(qnorm)
}

func (s *bonusSearcher) Count() uint64 { return s.must.Count() }

func (s *bonusSearcher) Min() int { return 0 }

func (s *bonusSearcher) Size() int { return bonusSearcherSize + s.must.Size() + s.bonus.Size() }

func (s *bonusSearcher) DocumentMatchPoolSize() int {
	return 3 + s.must.DocumentMatchPoolSize() + s.bonus.DocumentMatchPoolSize()
}
