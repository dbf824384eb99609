package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// facetDocs returns n documents whose entities follow a long-tailed
// distribution, as in news: a few names in many documents, most in one.
func facetDocs(n int, seed uint64, version string) []corpus.Document {
	r := rand.New(rand.NewPCG(seed, 7))
	docs := make([]corpus.Document, n)
	for i := range docs {
		seen := map[string]bool{}
		var ents []corpus.Entity
		for range 1 + r.IntN(12) {
			name := fmt.Sprintf("Entity %d", int(r.ExpFloat64()*40))
			if r.IntN(4) == 0 {
				name = fmt.Sprintf([]string{"ENTITY %d", "Éntity %d"}[r.IntN(2)], int(r.ExpFloat64()*40)) // other spellings of the same name
			}
			if r.IntN(5) == 0 {
				name = fmt.Sprintf("Rare %d-%s", r.IntN(100000), version)
			}
			if !seen[name] {
				seen[name] = true
				ents = append(ents, corpus.Entity{Name: name, Type: corpus.Organization, Count: 1})
			}
		}
		lang := []string{"fr", "en", "de"}[r.IntN(3)]
		docs[i] = corpus.Document{
			ID: fmt.Sprintf("d%04d", i), Lang: lang, Title: "t", Body: fmt.Sprintf("cloud %s %d", version, i%7),
			Source: []string{"a", "b"}[i%2], Entities: ents,
		}
	}
	return docs
}

// wantFacet computes what a facet must answer for q independently of the
// counter: Bleve's own term facet for keyword fields, and for entities a
// count over the stored documents that match, by folded name, each
// document once, shown in the spelling most of them use.
func wantFacet(t *testing.T, x *Index, q index.Query, facet string, size int) []index.FacetValue {
	t.Helper()
	bq, err := buildText(q, x.ordinalsOf)
	if err != nil {
		t.Fatal(err)
	}
	req := bleve.NewSearchRequestOptions(bq, 100000, 0, false)
	if facet != index.FacetEntities {
		req.Size = 0
		req.AddFacet("f", bleve.NewFacetRequest(facetFields[facet], 1<<20))
	}
	res, err := x.search.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	top := topN{size: size}
	if facet != index.FacetEntities {
		for _, v := range res.Facets["f"].Terms.Terms() {
			top.offer(v.Term, v.Count)
		}
		return top.values()
	}
	docs := map[string]int{}
	spellings := map[string]map[string]int{}
	for _, h := range res.Hits {
		d, err := x.Get(context.Background(), h.ID)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, e := range d.Entities {
			k := EntityKey(e.Name)
			if spellings[k] == nil {
				spellings[k] = map[string]int{}
			}
			spellings[k][e.Name]++
			if !seen[k] {
				seen[k] = true
				docs[k]++
			}
		}
	}
	for k, n := range docs {
		top.offer(k, n)
	}
	out := top.values()
	for i := range out {
		out[i].Value = mostUsed(spellings[out[i].Value], betterSpelling)
	}
	return out
}

func TestFacetsMatchBleve(t *testing.T) {
	for _, shards := range []int{1, 3} {
		t.Run(fmt.Sprintf("%d shards", shards), func(t *testing.T) { testFacetsMatchBleve(t, shards) })
	}
}

func testFacetsMatchBleve(t *testing.T, shards int) {
	dir := filepath.Join(t.TempDir(), "idx")
	x, err := Open(dir, Options{Shards: shards})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := x.Put(ctx, facetDocs(600, 1, "v1")); err != nil {
		t.Fatal(err)
	}
	// Replace half of them with other entities and delete a few, so stale
	// ordinals exist and must count zero.
	if _, err := x.Put(ctx, facetDocs(300, 2, "v2")); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 600; i += 37 {
		if err := x.Delete(ctx, fmt.Sprintf("d%04d", i)); err != nil {
			t.Fatal(err)
		}
	}
	queries := []index.Query{
		{},
		{Text: "cloud"},
		{Text: "v1"},
		{Text: "cloud 3"},
		{Lang: "fr"},
		{Entities: []string{"Entity 1"}},
		{Text: "nothing-matches-this"},
	}
	check := func(t *testing.T, x *Index) {
		for _, q := range queries {
			for _, size := range []int{1, 10, 1000} {
				q := q
				q.Facets = []string{index.FacetEntities, index.FacetLang, index.FacetSource}
				q.FacetSize = size
				res, err := x.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range q.Facets {
					want := wantFacet(t, x, q, f, size)
					if got := res.Facets[f]; !reflect.DeepEqual(got, want) {
						t.Errorf("query %+v facet %s size %d:\n got %v\nwant %v", q.Text, f, size, got, want)
					}
				}
			}
		}
	}
	t.Run("live", func(t *testing.T) { check(t, x) })

	snap := filepath.Join(t.TempDir(), "snap")
	if err := x.Snapshot(snap); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]string{"reopened": dir, "snapshot": snap} {
		t.Run(name, func(t *testing.T) {
			y, err := Open(d, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer y.Close()
			if y.Shards() != shards {
				t.Fatalf("reopened with %d shards, want %d", y.Shards(), shards)
			}
			check(t, y)
			// New names after a reopen continue the numbering.
			if _, err := y.Put(ctx, facetDocs(50, 3, "v3")); err != nil {
				t.Fatal(err)
			}
			check(t, y)
		})
	}
}

func TestOrdinalEncoding(t *testing.T) {
	for _, id := range []uint32{0, 1, 63, 64, 4095, 4096, 1 << 20, 64*64*64*64*64 - 1} {
		enc := encodeOrdinal(id)
		got, ok := decodeOrdinal([]byte(enc))
		if !ok || got != id {
			t.Errorf("decode(encode(%d) = %q) = %d, %v", id, enc, got, ok)
		}
	}
	for _, bad := range []string{"", "a b", "ABCDEF", "é", "\xff"} {
		if _, ok := decodeOrdinal([]byte(bad)); ok {
			t.Errorf("decodeOrdinal(%q) accepted", bad)
		}
	}
}

func TestTopN(t *testing.T) {
	tests := []struct {
		name string
		size int
		in   map[string]int
		want []index.FacetValue
	}{
		{"empty", 3, nil, []index.FacetValue{}},
		{"zero size", 0, map[string]int{"a": 1}, []index.FacetValue{}},
		{"zero counts left out", 3, map[string]int{"a": 0, "b": 2}, []index.FacetValue{{Value: "b", Count: 2}}},
		{"ties by value", 2, map[string]int{"c": 2, "a": 2, "b": 2}, []index.FacetValue{{Value: "a", Count: 2}, {Value: "b", Count: 2}}},
		{"order", 3, map[string]int{"x": 1, "y": 5, "z": 3, "w": 4}, []index.FacetValue{{Value: "y", Count: 5}, {Value: "w", Count: 4}, {Value: "z", Count: 3}}},
		{"tie with the last kept", 2, map[string]int{"b": 3, "c": 2, "a": 2, "d": 1}, []index.FacetValue{{Value: "b", Count: 3}, {Value: "a", Count: 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// mayTake must never turn away a value offer would keep.
			top, guarded := topN{size: tt.size}, topN{size: tt.size}
			for v, n := range tt.in {
				top.offer(v, n)
				if guarded.mayTake(n) {
					guarded.offer(v, n)
				}
			}
			if got := top.values(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if got := guarded.values(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("offered when mayTake: got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSpellingsAreOneEntity: names that differ only in case or accents are
// one facet value, one listing entry and one filter, shown as most
// documents write them (accents winning a tie).
func TestSpellingsAreOneEntity(t *testing.T) {
	ctx := context.Background()
	x := tempIndex(t, Options{})
	doc := func(id string, ents ...corpus.Entity) corpus.Document {
		return corpus.Document{ID: id, Lang: "fr", Body: "texte " + id, Entities: ents}
	}
	place := func(n string) corpus.Entity { return corpus.Entity{Name: n, Type: corpus.Place, Count: 1} }
	org := func(n string) corpus.Entity { return corpus.Entity{Name: n, Type: corpus.Organization, Count: 1} }
	docs := []corpus.Document{
		doc("a", place("Élysée"), org("Edouard Philippe")),
		doc("b", place("Elysée"), org("Édouard Philippe")),
		doc("c", org("Elysée"), org("Edouard Philippe")),
		doc("d", place("Élysée"), place("ELYSÉE")), // two spellings in one document count once
	}
	if _, err := x.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(ctx, index.Query{Facets: []string{index.FacetEntities}})
	if err != nil {
		t.Fatal(err)
	}
	want := []index.FacetValue{{Value: "Élysée", Count: 4}, {Value: "Edouard Philippe", Count: 3}}
	if got := res.Facets[index.FacetEntities]; !reflect.DeepEqual(got, want) {
		t.Errorf("facet %v, want %v", got, want)
	}
	list, err := x.Entities(ctx, index.EntityFilter{Prefix: "ely"})
	if wantList := []index.EntityCount{{Name: "Élysée", Type: "place", Count: 4}}; err != nil || !reflect.DeepEqual(list, wantList) {
		t.Errorf("listing %v, %v; want %v", list, err, wantList)
	}
	list, err = x.Entities(ctx, index.EntityFilter{Type: "organization"})
	if wantList := []index.EntityCount{{Name: "Edouard Philippe", Type: "organization", Count: 3}, {Name: "Elysée", Type: "organization", Count: 1}}; err != nil || !reflect.DeepEqual(list, wantList) {
		t.Errorf("organizations %v, %v; want %v", list, err, wantList)
	}
	d, err := x.Entity(ctx, "ELYSEE", 5)
	if err != nil || d.Name != "Élysée" || d.Type != "place" || d.Count != 4 || len(d.CoOccurring) != 1 || d.CoOccurring[0].Count != 3 {
		t.Errorf("detail %+v, %v", d, err)
	}
	for _, f := range []string{"elysee", "Élysée", "EDOUARD PHILIPPE"} {
		r, err := x.Search(ctx, index.Query{Entities: []string{f}})
		if err != nil || r.Total == 0 {
			t.Errorf("entity=%s: %v, %v", f, r, err)
		}
	}
}

func TestBetterSpelling(t *testing.T) {
	tests := []struct {
		counts map[string]int
		want   string
	}{
		{map[string]int{"Elysée": 3, "Élysée": 2}, "Elysée"},
		{map[string]int{"Elysée": 2, "Élysée": 2}, "Élysée"},
		{map[string]int{"Edouard": 1, "Édouard": 1, "EDOUARD": 1}, "Édouard"},
		{map[string]int{"VMware": 1, "Vmware": 1}, "VMware"},
	}
	for _, tt := range tests {
		if got := mostUsed(tt.counts, betterSpelling); got != tt.want {
			t.Errorf("mostUsed(%v) = %q, want %q", tt.counts, got, tt.want)
		}
	}
}

// cancelAfter is a context that reports itself canceled from the n-th
// time it is asked, the way a deadline passing in the middle of a search
// does: Bleve's collector then returns without its last handler call.
type cancelAfter struct {
	context.Context
	n, calls int32
	mu       sync.Mutex
	done     chan struct{}
}

func (c *cancelAfter) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.calls++; c.calls == c.n {
		close(c.done)
	}
	return c.done
}

func (c *cancelAfter) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

// TestFacetsCanceledMidway: a search abandoned after its counting goroutine
// started must stop that goroutine and leave the index usable.
func TestFacetsCanceledMidway(t *testing.T) {
	x := tempIndex(t, Options{})
	ctx := context.Background()
	for i := range 4 {
		docs := facetDocs(1000, uint64(i), "v1")
		for k := range docs {
			docs[k].ID = fmt.Sprintf("b%d-%d", i, k)
		}
		if _, err := x.Put(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	q := index.Query{Text: "cloud", Facets: []string{index.FacetEntities, index.FacetLang}}
	// Bleve looks at the context once before collecting, then every
	// 1,024 hits: from the fourth look on, counting has gone to its
	// goroutine (after 512 hits).
	for _, n := range []int32{2, 3, 4, 5} {
		c := &cancelAfter{Context: ctx, n: n, done: make(chan struct{})}
		if _, err := x.Search(c, q); !errors.Is(err, context.Canceled) {
			t.Errorf("canceled at look %d: err %v", n, err)
		}
		if left := countersRunning.Load(); left != 0 {
			t.Errorf("canceled at look %d: %d counting goroutines left running", n, left)
		}
	}
	res, err := x.Search(ctx, q)
	if err != nil || res.Total != 4000 || len(res.Facets[index.FacetEntities]) == 0 {
		t.Fatalf("after canceled searches: %v, %v", res, err)
	}
}
