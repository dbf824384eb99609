package bleveindex

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	bleveapi "github.com/blevesearch/bleve_index_api"
)

// TestColumnsMatchDocValues checks that facets really count from the
// columns (a silent fall back to doc values would hide a regression) and
// that every document's column values are its doc values, across segments
// written by several batches, replacements and deletions.
func TestColumnsMatchDocValues(t *testing.T) {
	x := tempIndex(t, Options{})
	ctx := context.Background()
	for seed := uint64(1); seed <= 3; seed++ {
		if _, err := x.Put(ctx, facetDocs(200, seed, fmt.Sprint("v", seed))); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 200; i += 13 {
		if err := x.Delete(ctx, fmt.Sprintf("d%04d", i)); err != nil {
			t.Fatal(err)
		}
	}
	adv, err := x.shards[0].idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cols := columnsOf(r)
	if cols == nil {
		t.Fatal("columnsOf: nil for a scorch snapshot: facets would decode doc values for every hit")
	}
	fields := []string{fieldEntityOrds, fieldLang, fieldSource, fieldEntityTypes}
	dv, err := r.DocValueReader(fields)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := r.DocIDReaderAll()
	if err != nil {
		t.Fatal(err)
	}
	defer ids.Close()
	docs, hint := 0, -1
	for {
		id, err := ids.Next()
		if err != nil {
			t.Fatal(err)
		}
		if id == nil {
			break
		}
		docs++
		want := map[string][]string{}
		if err := dv.VisitDocValues(id, func(field string, term []byte) {
			want[field] = append(want[field], string(term))
		}); err != nil {
			t.Fatal(err)
		}
		seg, local := cols.locate(id.Value(), hint)
		hint = seg
		got := map[string][]string{}
		for _, f := range fields {
			c, err := cols.column(seg, f, x.shards[0].ords.table())
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range c.of(local) {
				if f == fieldEntityOrds {
					got[f] = append(got[f], encodeOrdinal(v))
				} else {
					got[f] = append(got[f], string(c.terms[v]))
				}
			}
		}
		for _, m := range []map[string][]string{want, got} {
			for _, v := range m {
				slices.Sort(v)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("document %x: columns %v, doc values %v", bleveapi.IndexInternalID(id), got, want)
		}
	}
	// Each round replaced the same 200 ids; 16 of them were deleted.
	if docs != 184 {
		t.Fatalf("visited %d documents, want the 184 live ones", docs)
	}
}
