package bleveindex

import (
	"context"
	"encoding/binary"
	"slices"
	"testing"
)

// TestSnapshotOrdsOf: a global document number finds its segment's
// ordinals, an empty segment (which starts where the next one does)
// included.
func TestSnapshotOrdsOf(t *testing.T) {
	s := &snapshotOrds{
		offsets: []uint64{0, 2, 2, 5},
		segs: []*segmentOrds{
			{start: []uint32{0, 1, 3}, ords: []uint32{7, 8, 9}},
			{start: []uint32{0}},
			{start: []uint32{0, 0, 2, 3}, ords: []uint32{4, 5, 6}},
			{start: []uint32{0, 1}, ords: []uint32{1}},
		},
	}
	tests := []struct {
		doc  uint64
		want []uint32
	}{
		{0, []uint32{7}},
		{1, []uint32{8, 9}},
		{2, nil},
		{3, []uint32{4, 5}},
		{4, []uint32{6}},
		{5, []uint32{1}},
		{6, nil},
	}
	for _, tt := range tests {
		b := make([]byte, 8)
		binary.BigEndian.PutUint64(b, tt.doc)
		if got := s.of(b); !slices.Equal(got, tt.want) {
			t.Errorf("document %d: %v, want %v", tt.doc, got, tt.want)
		}
	}
}

// TestOrdCacheUsed: a search with the entities facet counts from the
// decoded ordinals of the index's segments (TestFacetsMatchBleve checks
// what they count).
func TestOrdCacheUsed(t *testing.T) {
	x, err := Open(t.TempDir()+"/idx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if _, err := x.Put(context.Background(), facetDocs(200, 1, "v1")); err != nil {
		t.Fatal(err)
	}
	r, err := x.search.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	reader, err := r.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	got, ok := decodedOrds.forReader(reader)
	if !ok || len(got.segs) == 0 {
		t.Fatalf("no decoded ordinals for the index's reader")
	}
	n := 0
	for _, s := range got.segs {
		n += len(s.ords)
	}
	if n == 0 {
		t.Errorf("segments decoded with no ordinals")
	}
}
