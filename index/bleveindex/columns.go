package bleveindex

import (
	"fmt"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveapi "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet columns: the doc values of the facet fields, decoded once per
// segment into flat arrays, the way Lucene keeps its doc values columns in
// memory. Counting the facets of a search with many hits used to decode
// them again for every hit and every search — snappy-compressed chunks,
// uvarints and a fresh buffer for each chunk — which the profiles of the
// corpus-drawn query mix put first (docs/benchmarks.md, "Speed on the
// corpus-drawn mix"). A segment never changes once written (deletions live
// beside it), so its columns stay valid for as long as the segment lives,
// whatever snapshot reads it. They cost four bytes a value and four a
// document, per field counted.

// column is one field of one segment: the values of local document d are
// vals[start[d]:start[d+1]].
type column struct {
	start []uint32
	vals  []uint32 // ordinals (fieldEntityOrds), else positions in terms
	terms [][]byte // the field's distinct terms, for fields counted by name
	// groups, for fieldEntityOrds, is the group of each ordinal of vals,
	// with firstOfGroup set on its first ordinal in the document: the
	// counter then counts a group once per document without looking up
	// the group table or remembering what it saw, two of the four random
	// reads a value cost in arrays larger than the caches.
	groups []uint32
}

const firstOfGroup = 1 << 31

func (c *column) of(doc uint64) []uint32 {
	if doc+1 >= uint64(len(c.start)) {
		return nil
	}
	return c.vals[c.start[doc]:c.start[doc+1]]
}

// segmentColumns are the columns built so far for one segment.
type segmentColumns struct {
	mu     sync.Mutex
	fields map[string]*column
}

// columnCache holds the columns of the segments the indexes' recent
// snapshots read. Segments are keyed by identity: a merge makes a new one.
type columnCache struct {
	mu   sync.Mutex
	segs map[segment.Segment]*segmentColumns
}

var facetColumns = &columnCache{segs: map[segment.Segment]*segmentColumns{}}

// snapshotColumns reads the facet columns of the segments of one snapshot.
type snapshotColumns struct {
	segs    []segment.Segment
	offsets []uint64 // first global document number of each segment
	cols    []*segmentColumns
}

// columnsOf returns the columns of r's segments, or nil when r is not a
// scorch snapshot whose segments have doc values (then the caller reads
// doc values the usual way).
func columnsOf(r bleveapi.IndexReader) *snapshotColumns {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil
	}
	ss := snap.Segments()
	out := &snapshotColumns{segs: make([]segment.Segment, len(ss)), offsets: make([]uint64, len(ss)), cols: make([]*segmentColumns, len(ss))}
	var running uint64
	for i, s := range ss {
		seg := s.Segment()
		if _, ok := seg.(segment.DocValueVisitable); !ok {
			return nil
		}
		out.segs[i], out.offsets[i] = seg, running
		// The snapshot numbers documents this way (scorch's introducer):
		// each segment's count, deleted documents included, after the
		// previous ones.
		running += seg.Count()
	}
	facetColumns.mu.Lock()
	for i, seg := range out.segs {
		c := facetColumns.segs[seg]
		if c == nil {
			c = &segmentColumns{fields: map[string]*column{}}
			facetColumns.segs[seg] = c
		}
		out.cols[i] = c
	}
	// Forget segments merged away, once the cache holds clearly more than
	// the live snapshot: a search still reading an older snapshot rebuilds
	// what it needs.
	if len(facetColumns.segs) > 2*len(out.segs)+16 {
		live := make(map[segment.Segment]bool, len(out.segs))
		for _, seg := range out.segs {
			live[seg] = true
		}
		for seg := range facetColumns.segs {
			if !live[seg] {
				delete(facetColumns.segs, seg)
			}
		}
	}
	facetColumns.mu.Unlock()
	return out
}

// locate returns the segment of a global document number and its local
// number there; hint is the segment of the previous call, since a search
// visits documents in order.
func (s *snapshotColumns) locate(docNum uint64, hint int) (seg int, local uint64) {
	if hint >= 0 && hint < len(s.offsets) && docNum >= s.offsets[hint] &&
		(hint+1 == len(s.offsets) || docNum < s.offsets[hint+1]) {
		return hint, docNum - s.offsets[hint]
	}
	seg = sort.Search(len(s.offsets), func(i int) bool { return s.offsets[i] > docNum }) - 1
	if seg < 0 {
		return -1, 0
	}
	return seg, docNum - s.offsets[seg]
}

// column returns field's column in segment i, building it on first use;
// table is the ordinal table of the segment's index, for fieldEntityOrds.
func (s *snapshotColumns) column(i int, field string, table ordTable) (*column, error) {
	sc := s.cols[i]
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if c := sc.fields[field]; c != nil {
		return c, nil
	}
	c, err := buildColumn(s.segs[i], field)
	if err != nil {
		return nil, err
	}
	if field == fieldEntityOrds && !c.groupBy(table) {
		// An ordinal the table does not know yet: count from this column
		// without keeping it, as the doc values path would skip it.
		return c, nil
	}
	sc.fields[field] = c
	return c, nil
}

// groupBy fills c.groups from table; it reports false, leaving out the
// ordinals it does not know, when table is older than the segment.
func (c *column) groupBy(table ordTable) bool {
	complete := true
	c.groups = make([]uint32, len(c.vals))
	for d := 0; d+1 < len(c.start); d++ {
		lo, hi := c.start[d], c.start[d+1]
		for i := lo; i < hi; i++ {
			o := c.vals[i]
			if int(o) >= len(table.group) {
				complete = false
				c.groups[i] = firstOfGroup - 1 // never counted: see countOrd
				continue
			}
			g := table.group[o]
			first := uint32(firstOfGroup)
			for j := lo; j < i; j++ { // ~30 values a document: a scan is cheapest
				if c.groups[j]&^firstOfGroup == g {
					first = 0
					break
				}
			}
			c.groups[i] = g | first
		}
	}
	return complete
}

func buildColumn(seg segment.Segment, field string) (*column, error) {
	n := seg.Count()
	c := &column{start: make([]uint32, 0, n+1)}
	codes := map[string]uint32{}
	visit := func(f string, term []byte) {
		if f != field {
			return
		}
		if field == fieldEntityOrds {
			if id, ok := decodeOrdinal(term); ok {
				c.vals = append(c.vals, id)
			}
			return
		}
		code, ok := codes[string(term)]
		if !ok {
			code = uint32(len(c.terms))
			codes[string(term)] = code
			c.terms = append(c.terms, append([]byte(nil), term...))
		}
		c.vals = append(c.vals, code)
	}
	dvv := seg.(segment.DocValueVisitable)
	fields := []string{field}
	var state segment.DocVisitState
	var err error
	for d := range n {
		c.start = append(c.start, uint32(len(c.vals)))
		if state, err = dvv.VisitDocValues(d, fields, visit, state); err != nil {
			return nil, fmt.Errorf("facet column %s: %w", field, err)
		}
	}
	c.start = append(c.start, uint32(len(c.vals)))
	return c, nil
}
