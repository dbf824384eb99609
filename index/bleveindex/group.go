package bleveindex

import (
	"context"
	"math"
	"reflect"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bleveapi "github.com/blevesearch/bleve_index_api"
)

// A concept is one word of a query (or a phrase the lexicon knows) with
// the terms it is searched as in each language's fields: the word itself
// in its own language, its translations in the others. groupQuery scores
// a concept's terms in one field as if they were one term: their
// frequencies add up (each times its weight) and the document frequency is
// that of their union, so a word with eight translations weighs no more
// than one with a single translation.
//
// The IDF of a concept is shared across languages: N is every document of
// the index and df the documents of any language that hold the concept.
// A document's score then does not depend on how many documents of its
// own language the index holds; with IDF per language, the one English
// article of a mostly French index scored its words as if they were
// everywhere (docs/quality.md, "Cross-lingual search", says how this was
// chosen).
type concept struct {
	members map[string][]groupMember // field → terms
}

type groupMember struct {
	term   string
	weight float64
}

// conceptStats computes, once per index reader, the shared IDF of every
// concept of one query, per field kind (title, body).
type conceptStats struct {
	concepts []*concept
	mu       sync.Mutex
	r        bleveapi.IndexReader
	total    float64
	idf      []map[string]float64 // concept → kind → idf
	docs     []map[string]float64 // concept → field → documents holding it there, estimated
}

func (cs *conceptStats) add(c *concept) int {
	cs.concepts = append(cs.concepts, c)
	return len(cs.concepts) - 1
}

func kindOf(field string) string { return field[:strings.IndexByte(field, '_')] }

// idfOf returns concept i's IDF for the kind of field, read from r.
func (cs *conceptStats) idfOf(ctx context.Context, r bleveapi.IndexReader, i int, field string) (float64, error) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if err := cs.loaded(ctx, r); err != nil {
		return 0, err
	}
	return cs.idf[i][kindOf(field)], nil
}

// docsOf returns how many documents hold each concept in each of its
// fields, and how many documents r holds.
func (cs *conceptStats) docsOf(ctx context.Context, r bleveapi.IndexReader) (docs []map[string]float64, total float64, err error) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if err := cs.loaded(ctx, r); err != nil {
		return nil, 0, err
	}
	return cs.docs, cs.total, nil
}

func (cs *conceptStats) loaded(ctx context.Context, r bleveapi.IndexReader) error {
	if cs.r == r {
		return nil
	}
	if err := cs.load(ctx, r); err != nil {
		return err
	}
	cs.r = r
	return nil
}

func (cs *conceptStats) load(ctx context.Context, r bleveapi.IndexReader) error {
	total, err := r.DocCount()
	if err != nil {
		return err
	}
	cs.total = float64(total)
	cs.idf = make([]map[string]float64, len(cs.concepts))
	cs.docs = make([]map[string]float64, len(cs.concepts))
	for i, c := range cs.concepts {
		df := map[string]float64{}
		cs.docs[i] = map[string]float64{}
		for field, ms := range c.members {
			// Documents holding none of the terms: the union's df,
			// estimated as if the terms were independent.
			none := 1.0
			for _, m := range ms {
				tfr, err := r.TermFieldReader(ctx, []byte(m.term), field, false, false, false)
				if err != nil {
					return err
				}
				n := float64(tfr.Count())
				if err := tfr.Close(); err != nil {
					return err
				}
				if total > 0 {
					none *= 1 - min(n/cs.total, 1)
				}
			}
			df[kindOf(field)] += cs.total * (1 - none)
			cs.docs[i][field] = cs.total * (1 - none)
		}
		cs.idf[i] = map[string]float64{}
		for kind, d := range df {
			d = min(d, cs.total)
			cs.idf[i][kind] = math.Log(1 + (cs.total-d+0.5)/(d+0.5))
		}
	}
	return nil
}

// groupQuery searches one concept's terms in one field.
type groupQuery struct {
	field   string
	members []groupMember
	boost   float64
	stats   *conceptStats
	concept int
	counts  *langCounts // documents of the field's language, for its average length
}

func (q *groupQuery) Searcher(ctx context.Context, r bleveapi.IndexReader, _ mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	idf, err := q.stats.idfOf(ctx, r, q.concept, q.field)
	if err != nil {
		return nil, err
	}
	avg := 0.0
	if br, ok := r.(bleveapi.BM25Reader); ok {
		card, err := br.FieldCardinality(q.field)
		if err != nil {
			return nil, err
		}
		_, n, err := q.counts.get(ctx, r, q.field[strings.LastIndexByte(q.field, '_')+1:])
		if err != nil {
			return nil, err
		}
		if n > 0 {
			avg = math.Ceil(float64(card) / float64(n))
		}
	}
	needFreq := options.Score != "none"
	s := &groupSearcher{
		field:   q.field,
		boost:   q.boost,
		idf:     idf,
		avg:     avg,
		options: options,
		qweight: 1,
	}
	for _, m := range q.members {
		if err := search.RecordTermSearcher(ctx); err != nil {
			s.Close()
			return nil, err
		}
		tfr, err := r.TermFieldReader(ctx, []byte(m.term), q.field, needFreq, needFreq, options.IncludeTermVectors)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.readers = append(s.readers, tfr)
		s.weights = append(s.weights, m.weight)
		s.terms = append(s.terms, m.term)
		s.count += tfr.Count()
	}
	s.currs = make([]*bleveapi.TermFieldDoc, len(s.readers))
	return s, nil
}

// groupSearcher walks its terms' postings in document order and scores
// each document with Bleve's BM25 (tf as the square root of the
// frequency, as Bleve's term scorer does) over the weighted sum of the
// terms' frequencies.
type groupSearcher struct {
	field   string
	readers []bleveapi.TermFieldReader
	weights []float64
	terms   []string
	currs   []*bleveapi.TermFieldDoc
	nums    []uint64 // document number of each current posting
	moving  []bool   // the readers of the last document returned, still on it
	last    uint64
	started bool
	boost   float64
	idf     float64
	avg     float64
	qweight float64
	count   uint64
	options search.SearcherOptions
}

var groupSearcherSize = int(reflect.TypeOf(groupSearcher{}).Size())

func (s *groupSearcher) start() error {
	s.nums = make([]uint64, len(s.readers))
	s.moving = make([]bool, len(s.readers))
	for i, r := range s.readers {
		d, err := r.Next(nil)
		if err != nil {
			return err
		}
		s.set(i, d)
	}
	s.started = true
	return nil
}

// set makes d reader i's current posting. Document numbers are kept as
// integers beside the postings, not compared as 8-byte ids for every
// member and every document.
func (s *groupSearcher) set(i int, d *bleveapi.TermFieldDoc) {
	s.currs[i] = d
	if d != nil {
		s.nums[i] = d.ID.Value()
	}
}

func (s *groupSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(); err != nil {
			return nil, err
		}
	}
	if err := s.move(nil); err != nil {
		return nil, err
	}
	return s.match(ctx)
}

// move brings the readers of the last document returned to their first
// posting after it, or at or after id when id is past it. They are moved
// only now, not when the document is returned: a search that advances
// this one past their next posting (the optional words of a document the
// rare ones found) would have decoded it, term locations included, for
// nothing.
func (s *groupSearcher) move(id bleveapi.IndexInternalID) error {
	past := id != nil && id.Value() > s.last
	for i, m := range s.moving {
		if !m {
			continue
		}
		s.moving[i] = false
		var d *bleveapi.TermFieldDoc
		var err error
		if past {
			d, err = s.readers[i].Advance(id, s.currs[i].Reset())
		} else {
			d, err = s.readers[i].Next(s.currs[i].Reset())
		}
		if err != nil {
			return err
		}
		s.set(i, d)
	}
	return nil
}

// match scores the lowest document of the current postings and leaves
// its readers on it.
func (s *groupSearcher) match(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	lowest := -1
	for i, d := range s.currs {
		if d != nil && (lowest < 0 || s.nums[i] < s.nums[lowest]) {
			lowest = i
		}
	}
	if lowest < 0 {
		return nil, nil
	}
	low := s.nums[lowest]
	rv := ctx.DocumentMatchPool.Get()
	rv.IndexInternalID = bleveapi.NewIndexInternalIDFrom(rv.IndexInternalID, s.currs[lowest].ID)
	var freq, norm float64
	for i, d := range s.currs {
		if d == nil || s.nums[i] != low {
			continue
		}
		freq += s.weights[i] * float64(d.Freq)
		norm = d.Norm
		for _, v := range d.Vectors {
			var ap search.ArrayPositions
			if len(v.ArrayPositions) > 0 {
				ap = append(ap, v.ArrayPositions...)
			}
			rv.FieldTermLocations = append(rv.FieldTermLocations, search.FieldTermLocation{
				Field: v.Field, Term: s.terms[i],
				Location: search.Location{Pos: v.Pos, Start: v.Start, End: v.End, ArrayPositions: ap},
			})
		}
		// Each reader's posting is read into the one it returned before
		// (move), as Bleve's term searcher does, rather than into a new
		// one per posting (docs/benchmarks.md, "Speed on the corpus-drawn
		// mix").
		s.moving[i] = true
	}
	s.last = low
	if s.options.Score != "none" {
		rv.Score = s.score(freq, norm)
	}
	return rv, nil
}

func (s *groupSearcher) score(freq, norm float64) float64 {
	tf := math.Sqrt(freq)
	var base float64
	if s.avg > 0 && norm > 0 {
		length := 1 / (norm * norm)
		base = s.idf * (tf * search.BM25_k1) / (tf + search.BM25_k1*(1-search.BM25_b+search.BM25_b*length/s.avg))
	} else {
		base = tf * s.idf
	}
	return base * s.qweight
}

func (s *groupSearcher) Advance(ctx *search.SearchContext, id bleveapi.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(); err != nil {
			return nil, err
		}
	}
	if err := s.move(id); err != nil {
		return nil, err
	}
	target := id.Value()
	for i, r := range s.readers {
		if s.currs[i] == nil || s.nums[i] >= target {
			continue
		}
		d, err := r.Advance(id, s.currs[i].Reset())
		if err != nil {
			return nil, err
		}
		s.set(i, d)
	}
	return s.match(ctx)
}

func (s *groupSearcher) Close() error {
	return closeAll(s.readers)
}

// Weight and SetQueryNorm follow Bleve's term scorer: the query weight is
// boost × idf × the norm of the query around it.
func (s *groupSearcher) Weight() float64 {
	w := s.boost * s.idf
	return w * w
}

func (s *groupSearcher) SetQueryNorm(qnorm float64) { s.qweight = s.boost * s.idf * qnorm }

func (s *groupSearcher) Count() uint64 { return s.count }

func (s *groupSearcher) Min() int { return 0 }

func (s *groupSearcher) Size() int { return groupSearcherSize + len(s.readers)*64 }

func (s *groupSearcher) DocumentMatchPoolSize() int { return 1 }
