package bleveindex

import (
	"encoding/binary"
	"slices"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveapi "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// segmentOrds are the entity ordinals of every document of one segment,
// decoded. Counting the entities facet from doc values decompresses and
// decodes the ordinals of every chunk of documents a search hits, at every
// search: on the 39k-article news corpus, a search with a few thousand
// hits spent a third of its time there (snappy alone a tenth). Segments
// never change once written, so their ordinals are decoded once, when a
// search first counts them, and kept while the segment is searched.
type segmentOrds struct {
	start []uint32 // document → its first ordinal in ords; one more than documents
	ords  []uint32
}

func (s *segmentOrds) of(local uint64) []uint32 {
	if local+1 >= uint64(len(s.start)) {
		return nil
	}
	return s.ords[s.start[local]:s.start[local+1]]
}

// ordCache holds the decoded ordinals of the segments searched lately.
type ordCache struct {
	mu    sync.Mutex
	segs  map[segment.Segment]*cachedOrds
	clock uint64
	total int // ordinals held
}

type cachedOrds struct {
	ords *segmentOrds
	used uint64
}

// Bounds of the cache: segments of indexes no longer searched (a merged
// segment, a closed index) are dropped, least recently used first, when
// it holds more than maxCachedSegments, or more ordinals than
// maxCachedOrds (4 bytes each; the 39k corpus has 1.2 million).
const (
	maxCachedSegments = 256
	maxCachedOrds     = 64 << 20
)

var decodedOrds = &ordCache{segs: map[segment.Segment]*cachedOrds{}}

// snapshotOrds finds the decoded ordinals of every segment of a reader:
// ok is false when the reader is not a scorch snapshot or a segment cannot
// be decoded, and the ordinals are then read from doc values.
type snapshotOrds struct {
	offsets []uint64 // first global document number of each segment
	segs    []*segmentOrds
}

func (c *ordCache) forReader(r bleveapi.IndexReader) (*snapshotOrds, bool) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false
	}
	ss := snap.Segments()
	out := &snapshotOrds{offsets: make([]uint64, len(ss)), segs: make([]*segmentOrds, len(ss))}
	var running uint64
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, s := range ss {
		seg := s.Segment()
		out.offsets[i] = running
		running += seg.Count()
		c.clock++
		if e, ok := c.segs[seg]; ok {
			e.used = c.clock
			out.segs[i] = e.ords
			continue
		}
		dec, ok := decodeSegmentOrds(seg)
		if !ok {
			return nil, false
		}
		c.segs[seg] = &cachedOrds{ords: dec, used: c.clock}
		c.total += len(dec.ords)
		out.segs[i] = dec
	}
	c.evict(ss)
	return out, true
}

// evict drops the least recently used segments other than keep's while
// the cache is over its bounds.
func (c *ordCache) evict(keep []*scorch.SegmentSnapshot) {
	if len(c.segs) <= maxCachedSegments && c.total <= maxCachedOrds {
		return
	}
	kept := map[segment.Segment]bool{}
	for _, s := range keep {
		kept[s.Segment()] = true
	}
	type aged struct {
		seg  segment.Segment
		used uint64
	}
	var old []aged
	for seg, e := range c.segs {
		if !kept[seg] {
			old = append(old, aged{seg, e.used})
		}
	}
	slices.SortFunc(old, func(a, b aged) int { return int(a.used) - int(b.used) })
	for _, o := range old {
		if len(c.segs) <= maxCachedSegments && c.total <= maxCachedOrds {
			return
		}
		c.total -= len(c.segs[o.seg].ords.ords)
		delete(c.segs, o.seg)
	}
}

func decodeSegmentOrds(seg segment.Segment) (*segmentOrds, bool) {
	dv, ok := seg.(segment.DocValueVisitable)
	if !ok {
		return nil, false
	}
	n := seg.Count()
	out := &segmentOrds{start: make([]uint32, 0, n+1)}
	fields := []string{fieldEntityOrds}
	var state segment.DocVisitState
	var err error
	for local := range n {
		out.start = append(out.start, uint32(len(out.ords)))
		state, err = dv.VisitDocValues(local, fields, func(_ string, term []byte) {
			if id, ok := decodeOrdinal(term); ok {
				out.ords = append(out.ords, id)
			}
		}, state)
		if err != nil {
			return nil, false
		}
	}
	out.start = append(out.start, uint32(len(out.ords)))
	return out, true
}

// of returns the ordinals of the document with internal id.
func (s *snapshotOrds) of(id bleveapi.IndexInternalID) []uint32 {
	if len(id) != 8 {
		return nil
	}
	n := binary.BigEndian.Uint64(id)
	// The last segment starting at or before n: an empty segment starts
	// where the next one does.
	i := sort.Search(len(s.offsets), func(k int) bool { return s.offsets[k] > n }) - 1
	if i < 0 {
		return nil
	}
	return s.segs[i].of(n - s.offsets[i])
}
