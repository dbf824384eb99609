package bleveindex

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	bleveapi "github.com/blevesearch/bleve_index_api"

	"github.com/recherche/recherche/index"
)

// facetCounter counts, over every document a search matches, the terms of
// some keyword fields, and answers the most frequent ones.
//
// Bleve's own term facets were the cost of a search with many hits: they
// copy every term of every hit into a new string and, to answer ten
// values, sort every distinct term they saw. On the 39k-article news corpus
// the entities facet took 80 % of a 9,600-hit query (48 of 58 ms), because
// each article names ~30 entities and most names are rare. Entities are
// therefore counted by ordinal (see ordinals) in arrays; the few values of
// the other fields are counted by name without allocating.
//
// Bleve calls the counter through its document match handler hook, once
// per matching document before the top-N collector sees it, so the counts
// are over all hits, as a facet's must be.
type facetCounter struct {
	fields   []string // doc value fields to read
	ordinals func(bleveapi.IndexReader) (*ordinals, error)

	mu          sync.Mutex
	terms       map[string]map[string]int // field → term → documents
	parts       []entityCounts            // one per index searched
	backgrounds []*background
}

// entityCounts are the entity counts of one index.
type entityCounts struct {
	ords          *ordinals
	table         ordTable
	arrays        *countArrays
	touchedOrds   []uint32
	touchedGroups []uint32
}

// countArrays are indexed by ordinal (ords) and by group (groups, seen);
// they are pooled, and zero where nothing was counted.
type countArrays struct {
	ords   []int32  // documents with the ordinal
	groups []int32  // documents with any ordinal of the group
	seen   []uint32 // the last document (by sequence) counted for the group

	// Room for entityCounts' touched lists, kept between searches too: a
	// 10,000-hit search touches some 20,000 ordinals.
	touchedOrds, touchedGroups []uint32
}

var arraysPool = sync.Pool{New: func() any { return new(countArrays) }}

func grow[T int32 | uint32](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// newFacetCounter counts the given fields; fieldEntityOrds is counted by
// ordinal, and ords finds the ordinal table of the index a reader reads.
func newFacetCounter(fields []string, ords func(bleveapi.IndexReader) (*ordinals, error)) *facetCounter {
	fc := &facetCounter{fields: fields, ordinals: ords, terms: map[string]map[string]int{}}
	for _, f := range fields {
		if f != fieldEntityOrds {
			fc.terms[f] = map[string]int{}
		}
	}
	return fc
}

// withCounter returns a context whose searches feed fc.
func withCounter(ctx context.Context, fc *facetCounter) context.Context {
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(fc.handler))
}

// handler is called by each index a search runs on (several, at once, for
// an alias of shards): each counts on its own and merges at the end.
func (fc *facetCounter) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
	if err != nil {
		return nil, false, err
	}
	local := make(map[string]map[string]*int, len(fc.terms))
	for f := range fc.terms {
		local[f] = map[string]*int{}
	}
	var ec entityCounts
	if slices.Contains(fc.fields, fieldEntityOrds) {
		ords, err := fc.ordinals(sctx.IndexReader)
		if err != nil {
			return nil, false, err
		}
		ec.ords, ec.table = ords, ords.table()
		a := arraysPool.Get().(*countArrays)
		a.ords = grow(a.ords, len(ec.table.keys))
		a.groups = grow(a.groups, len(ec.table.groupKey))
		a.seen = grow(a.seen, len(ec.table.groupKey))
		ec.arrays = a
		ec.touchedOrds, ec.touchedGroups = a.touchedOrds[:0], a.touchedGroups[:0]
	}
	var doc uint32 // sequence number of the document being visited
	countTerm := func(field string, term []byte) {
		m := local[field]
		if p := m[string(term)]; p != nil { // no allocation for a known term
			*p++
			return
		}
		n := 1
		m[string(term)] = &n
	}
	// countGrouped counts ordinal id of group g, counting the group when
	// first is set (its first ordinal in the document): the column knows
	// both, so neither the group table nor seen is read.
	countGrouped := func(id, g uint32, first bool) {
		if int(id) >= len(ec.table.keys) || int(g) >= len(ec.table.groupKey) {
			return
		}
		a := ec.arrays
		if a.ords[id] == 0 {
			ec.touchedOrds = append(ec.touchedOrds, id)
		}
		a.ords[id]++
		if first {
			if a.groups[g] == 0 {
				ec.touchedGroups = append(ec.touchedGroups, g)
			}
			a.groups[g]++
		}
	}
	var count func(id bleveapi.IndexInternalID) error
	if cols := columnsOf(sctx.IndexReader); cols != nil {
		count = fc.columnCounter(cols, ec.table, func() { doc++ }, countGrouped, countTerm)
	} else {
		dv, err := sctx.IndexReader.DocValueReader(fc.fields)
		if err != nil {
			return nil, false, err
		}
		visit := func(field string, term []byte) {
			if field != fieldEntityOrds {
				countTerm(field, term)
				return
			}
			id, ok := decodeOrdinal(term)
			if !ok || int(id) >= len(ec.table.keys) {
				return
			}
			// Two spellings of one name in a document count it once.
			g := ec.table.group[id]
			first := ec.arrays.seen[g] != doc
			ec.arrays.seen[g] = doc
			countGrouped(id, g, first)
		}
		count = func(id bleveapi.IndexInternalID) error {
			doc++
			if err := dv.VisitDocValues(id, visit); err != nil {
				return fmt.Errorf("facets: %w", err)
			}
			return nil
		}
	}
	var bg *background
	ref, canShare := sctx.IndexReader.(refCounted)
	pending := make([]byte, 0, countBatch*8)
	return func(d *search.DocumentMatch) error {
		if d == nil {
			if bg != nil {
				if err := bg.finish(pending); err != nil {
					return err
				}
			} else if err := countAll(pending, count); err != nil {
				return err
			}
			fc.merge(local, ec)
			return next(nil)
		}
		if !canShare {
			if err := count(d.IndexInternalID); err != nil {
				return err
			}
			return next(d)
		}
		// Document numbers are copied: Bleve reuses a match once the
		// collector is done with it.
		pending = append(pending, byte(len(d.IndexInternalID)))
		pending = append(pending, d.IndexInternalID...)
		if len(pending) >= countBatch*8 {
			if bg == nil {
				bg = fc.startBackground(ref, count)
			}
			bg.batches <- pending
			pending = make([]byte, 0, countBatch*8)
		}
		return next(d)
	}, loadID, nil
}

// columnCounter counts a document from the facet columns of its segment
// (columns.go) instead of decoding its doc values.
func (fc *facetCounter) columnCounter(cols *snapshotColumns, table ordTable, next func(), countGrouped func(id, g uint32, first bool), countTerm func(string, []byte)) func(bleveapi.IndexInternalID) error {
	seg := -1
	var segCols []*column // fc.fields' columns in segment seg
	return func(id bleveapi.IndexInternalID) error {
		next()
		s, local := cols.locate(id.Value(), seg)
		if s < 0 {
			return nil
		}
		if s != seg {
			seg, segCols = s, segCols[:0]
			for _, f := range fc.fields {
				c, err := cols.column(s, f, table)
				if err != nil {
					return fmt.Errorf("facets: %w", err)
				}
				segCols = append(segCols, c)
			}
		}
		for i, c := range segCols {
			if fc.fields[i] == fieldEntityOrds {
				if local+1 >= uint64(len(c.start)) {
					continue
				}
				lo, hi := c.start[local], c.start[local+1]
				for j, o := range c.vals[lo:hi] {
					g := c.groups[lo+uint32(j)]
					countGrouped(o, g&^firstOfGroup, g&firstOfGroup != 0)
				}
				continue
			}
			for _, code := range c.of(local) {
				countTerm(fc.fields[i], c.terms[code])
			}
		}
		return nil
	}
}

// countBatch is the number of documents a search hands to its counting
// goroutine at once; searches with fewer hits count them all at the end.
const countBatch = 512

// background counts facets on a goroutine of its own, so a search with
// many hits uses a second core: matching and scoring on one, facets on the
// other. On the 39k-article news corpus a 10,000-hit query spent a third of
// its time counting facets.
//
// The goroutine holds a reference on the index snapshot it reads, so the
// snapshot outlives a search that Bleve gives up on (a canceled context
// returns from the collector without its last call), and fc.release stops
// a goroutine such a search left waiting.
type background struct {
	batches chan []byte
	done    chan error
	close   sync.Once
}

// countersRunning is the number of counting goroutines alive, for tests.
var countersRunning atomic.Int64

// refCounted is what Bleve's scorch snapshots offer to keep them open.
type refCounted interface {
	AddRef()
	DecRef() error
}

func (fc *facetCounter) startBackground(ref refCounted, count func(bleveapi.IndexInternalID) error) *background {
	bg := &background{batches: make(chan []byte, 4), done: make(chan error, 1)}
	ref.AddRef()
	countersRunning.Add(1)
	go func() {
		var err error
		for b := range bg.batches {
			if err == nil {
				err = countAll(b, count)
			}
		}
		ref.DecRef()
		countersRunning.Add(-1)
		bg.done <- err
	}()
	fc.mu.Lock()
	fc.backgrounds = append(fc.backgrounds, bg)
	fc.mu.Unlock()
	return bg
}

// finish hands over the last batch and waits for the counting to end.
func (bg *background) finish(last []byte) error {
	bg.batches <- last
	bg.close.Do(func() { close(bg.batches) })
	err := <-bg.done
	bg.done <- err // for stop, which waits too
	return err
}

// stop ends a goroutine whose search did not finish, and waits for it.
func (bg *background) stop() {
	bg.close.Do(func() { close(bg.batches) })
	err := <-bg.done
	bg.done <- err
}

// countAll counts the documents of a batch: length-prefixed document
// numbers, as the handler packs them.
func countAll(b []byte, count func(bleveapi.IndexInternalID) error) error {
	for len(b) > 0 {
		n := int(b[0])
		if err := count(bleveapi.IndexInternalID(b[1 : 1+n])); err != nil {
			return err
		}
		b = b[1+n:]
	}
	return nil
}

func (fc *facetCounter) merge(local map[string]map[string]*int, ec entityCounts) {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	for f, m := range local {
		into := fc.terms[f]
		for t, n := range m {
			into[t] += *n
		}
	}
	if ec.arrays != nil {
		fc.parts = append(fc.parts, ec)
	}
}

// release returns the counting arrays for reuse; fc must not be used after.
func (fc *facetCounter) release() {
	fc.mu.Lock()
	bgs := fc.backgrounds
	fc.mu.Unlock()
	for _, bg := range bgs {
		bg.stop()
	}
	fc.mu.Lock()
	defer fc.mu.Unlock()
	for _, p := range fc.parts {
		for _, o := range p.touchedOrds {
			p.arrays.ords[o] = 0
		}
		for _, g := range p.touchedGroups {
			p.arrays.groups[g], p.arrays.seen[g] = 0, 0
		}
		p.arrays.touchedOrds, p.arrays.touchedGroups = p.touchedOrds[:0], p.touchedGroups[:0]
		arraysPool.Put(p.arrays)
	}
	fc.parts = nil
}

// top returns the size most frequent terms of a field counted by name,
// most frequent first, equal counts in term order.
func (fc *facetCounter) top(field string, size int) []index.FacetValue {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	t := topN{size: size}
	for v, n := range fc.terms[field] {
		t.offer(v, n)
	}
	return t.values()
}

// values returns a facet field's size most frequent values: entities by
// name (see entities), other fields by term (see top).
func (fc *facetCounter) values(field string, size int) []index.FacetValue {
	if field != fieldEntityOrds {
		return fc.top(field, size)
	}
	out := []index.FacetValue{}
	for _, e := range fc.entities(size, "", nil) {
		out = append(out, index.FacetValue{Value: e.name, Count: e.count})
	}
	return out
}

// entityGroup is one entity across the indexes searched: its folded name,
// the number of matching documents that name it, and the spelling and type
// most of them give it.
type entityGroup struct {
	key, name, typ string
	count          int
}

// entities returns the size entities most matching documents name, most
// frequent first, equal counts in folded-name order. With typ, only
// mentions of that type count; keep, when not nil, selects folded names.
func (fc *facetCounter) entities(size int, typ string, keep func(key string) bool) []entityGroup {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	t := topN{size: size}
	if typ == "" && len(fc.parts) == 1 {
		p := fc.parts[0]
		for _, g := range p.touchedGroups {
			// The count first: most groups cannot make the top, and
			// reading their name is a cache miss each, a millisecond for
			// the 20,000 groups a 10,000-hit search touches.
			n := int(p.arrays.groups[g])
			if !t.mayTake(n) {
				continue
			}
			if k := p.table.groupKey[g]; keep == nil || keep(k) {
				t.offer(k, n)
			}
		}
	} else {
		// Shards number entities apart: add up by folded name.
		counts := map[string]int{}
		for _, p := range fc.parts {
			if typ == "" {
				for _, g := range p.touchedGroups {
					counts[p.table.groupKey[g]] += int(p.arrays.groups[g])
				}
				continue
			}
			for _, o := range p.touchedOrds {
				if p.table.typ(o) == typ {
					counts[p.table.groupKey[p.table.group[o]]] += int(p.arrays.ords[o])
				}
			}
		}
		for k, n := range counts {
			if keep == nil || keep(k) {
				t.offer(k, n)
			}
		}
	}
	// Name the chosen few by the spelling and type most documents use,
	// looking at the ordinals of their groups only.
	out := make([]entityGroup, len(t.values()))
	spellings := make([]map[string]int, len(out))
	types := make([]map[string]int, len(out))
	for i, v := range t.values() {
		out[i] = entityGroup{key: v.Value, count: v.Count}
		spellings[i], types[i] = map[string]int{}, map[string]int{}
	}
	for _, p := range fc.parts {
		chosen := make(map[uint32]int, len(out)) // group → position in out
		for i := range out {
			if g, ok := p.ords.groupOf(out[i].key); ok {
				chosen[g] = i
			}
		}
		for _, o := range p.touchedOrds {
			i, ok := chosen[p.table.group[o]]
			if !ok || typ != "" && p.table.typ(o) != typ {
				continue
			}
			n := int(p.arrays.ords[o])
			spellings[i][p.table.name(o)] += n
			types[i][p.table.typ(o)] += n
		}
	}
	for i := range out {
		out[i].name = mostUsed(spellings[i], betterSpelling)
		out[i].typ = mostUsed(types[i], func(a, b string) bool { return a < b })
	}
	return out
}

// mostUsed returns the value with the highest count, ties going to the
// value better prefers.
func mostUsed(counts map[string]int, better func(a, b string) bool) string {
	best, bestN := "", -1
	for v, n := range counts {
		if n > bestN || n == bestN && better(v, best) {
			best, bestN = v, n
		}
	}
	return best
}

// betterSpelling prefers, between two spellings of one name used by as many
// documents, the one with more accented letters ("Élysée" over "Elysée":
// dropping accents is the usual slip), then the first in byte order.
func betterSpelling(a, b string) bool {
	na, nb := len(a)-utf8.RuneCountInString(a), len(b)-utf8.RuneCountInString(b)
	if na != nb {
		return na > nb
	}
	return a < b
}

// topN keeps the size best values offered, in order. Most values offered
// lose to the last one kept, so keeping them is linear in practice.
type topN struct {
	size int
	out  []index.FacetValue
}

// mayTake reports whether a value counted n could be kept, whatever it is.
func (t *topN) mayTake(n int) bool {
	return t.size > 0 && n > 0 && (len(t.out) < t.size || n >= t.out[t.size-1].Count)
}

func (t *topN) offer(v string, n int) {
	if t.size <= 0 || n <= 0 {
		return
	}
	fv := index.FacetValue{Value: v, Count: n}
	if len(t.out) == t.size && !facetBefore(fv, t.out[t.size-1]) {
		return
	}
	i, _ := slices.BinarySearchFunc(t.out, fv, func(a, b index.FacetValue) int {
		if facetBefore(a, b) {
			return -1
		}
		return 1
	})
	if len(t.out) < t.size {
		t.out = append(t.out, index.FacetValue{})
	}
	copy(t.out[i+1:], t.out[i:])
	t.out[i] = fv
}

func (t *topN) values() []index.FacetValue {
	if t.out == nil {
		return []index.FacetValue{}
	}
	return t.out
}

func facetBefore(a, b index.FacetValue) bool {
	return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
}
