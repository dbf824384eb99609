package bleveindex

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveapi "github.com/blevesearch/bleve_index_api"
)

// seen is a match as a collector keeps it: copied out before the match
// goes back to the pool.
type seen struct {
	num   uint64
	score float64
	locs  []search.FieldTermLocation
}

func (s seen) String() string { return fmt.Sprintf("doc %d score %v", s.num, s.score) }

func keep(dm *search.DocumentMatch) seen {
	return seen{num: dm.IndexInternalID.Value(), score: dm.Score, locs: append([]search.FieldTermLocation(nil), dm.FieldTermLocations...)}
}

// TestLazySearchers: sumSearcher and groupSearcher move a child past the
// document they returned only when asked for the next one, and Advance
// then moves it straight to the target. Whatever mix of Next and Advance
// drives them, each match is the one a walk by Next alone gives for that
// document, bit for bit, term locations included; and anyQuery walks
// exactly as Bleve's disjunction does, which it replaces.
func TestLazySearchers(t *testing.T) {
	idx, err := bleve.New(t.TempDir(), Mapping())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	words := strings.Fields("réseau tempête nuit pluie ligne courant vent froid neige route")
	rng := rand.New(rand.NewPCG(7, 11))
	text := func(n int) string {
		var b strings.Builder
		for range n {
			// Skewed, as words are: the first few are in most documents.
			b.WriteString(words[min(rng.IntN(len(words)), rng.IntN(len(words)))] + " ")
		}
		return b.String()
	}
	// Three batches, three segments: Advance crosses them.
	for batch := range 3 {
		b := idx.NewBatch()
		for i := range 120 {
			d := map[string]any{"title_fr": text(1 + rng.IntN(3)), "body_fr": text(rng.IntN(12)), "lang": "fr"}
			if err := b.Index(fmt.Sprintf("d%d-%03d", batch, i), d); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	ii, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := ii.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })

	match := func(word, field string, boost float64) query.Query {
		q := bleve.NewMatchQuery(word)
		q.SetField(field)
		q.SetBoost(boost)
		return withVectors(q)
	}
	group := func(field string, terms ...string) query.Query {
		stats := &conceptStats{}
		c := &concept{members: map[string][]groupMember{}}
		for i, term := range terms {
			c.members[field] = append(c.members[field], groupMember{term: term, weight: 1 / float64(i+1)})
		}
		return withVectors(&groupQuery{field: field, members: c.members[field], boost: 1, stats: stats, concept: stats.add(c), counts: &langCounts{}})
	}
	sum := func(word string) query.Query {
		return sumQuery{children: []query.Query{match(word, "body_fr", 1), match(word, "title_fr", titleBoost)}, scale: 0.5}
	}
	atLeastTwo := anyOf(match("pluie", "body_fr", 1), match("vent", "body_fr", 1), match("neige", "title_fr", 2))
	atLeastTwo.SetMin(2)
	cases := map[string]query.Query{
		"terms":             anyOf(match("réseau", "body_fr", 1), match("neige", "body_fr", 1), match("route", "title_fr", 2)),
		"sums and a group":  anyOf(sum("tempête"), sum("route"), group("body_fr", "vent", "froid", "neige")),
		"group":             group("body_fr", "réseau", "nuit", "route"),
		"sum":               sum("pluie"),
		"at least two":      atLeastTwo,
		"nested":            anyOf(anyOf(sum("ligne"), sum("courant")), group("title_fr", "froid", "neige")),
		"a term found none": anyOf(match("absent", "body_fr", 1), sum("neige")),
	}
	ctx := context.Background()
	open := func(t *testing.T, q query.Query) (search.Searcher, *search.SearchContext) {
		t.Helper()
		s, err := q.Searcher(ctx, r, idx.Mapping(), search.SearcherOptions{IncludeTermVectors: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s, &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	}
	walk := func(t *testing.T, q query.Query) []seen {
		t.Helper()
		s, sctx := open(t, q)
		var out []seen
		for {
			dm, err := s.Next(sctx)
			if err != nil {
				t.Fatal(err)
			}
			if dm == nil {
				return out
			}
			out = append(out, keep(dm))
			sctx.DocumentMatchPool.Put(dm)
		}
	}
	same := func(got, want seen) bool {
		return got.num == want.num && math.Float64bits(got.score) == math.Float64bits(want.score) && reflect.DeepEqual(got.locs, want.locs)
	}
	for name, q := range cases {
		t.Run(name, func(t *testing.T) {
			all := walk(t, q)
			if len(all) == 0 {
				t.Fatal("no match: the case tests nothing")
			}
			if aq, ok := q.(anyQuery); ok {
				want := walk(t, aq.DisjunctionQuery)
				if len(all) != len(want) {
					t.Fatalf("%d matches, Bleve's disjunction %d", len(all), len(want))
				}
				for i := range want {
					if !same(all[i], want[i]) {
						t.Fatalf("match %d: %v, Bleve's disjunction %v", i, all[i], want[i])
					}
				}
			}
			last := all[len(all)-1].num
			for drive := range 40 {
				rng := rand.New(rand.NewPCG(uint64(drive), 3))
				s, sctx := open(t, q)
				pos, started := uint64(0), false
				for step := 0; ; step++ {
					var dm *search.DocumentMatch
					var err error
					from := uint64(0) // the first document the answer may be
					if started {
						from = pos + 1
					}
					advance := rng.IntN(3) > 0
					if advance {
						from += uint64(rng.IntN(12))
						dm, err = s.Advance(sctx, bleveapi.NewIndexInternalID(nil, from))
					} else {
						dm, err = s.Next(sctx)
					}
					if err != nil {
						t.Fatal(err)
					}
					var want *seen
					for i := range all {
						if all[i].num >= from {
							want = &all[i]
							break
						}
					}
					switch {
					case dm == nil && want == nil:
					case dm == nil:
						t.Fatalf("drive %d step %d (advance %v, from %d): nothing, want %v", drive, step, advance, from, *want)
					case want == nil:
						t.Fatalf("drive %d step %d (advance %v, from %d): %v, want nothing", drive, step, advance, from, keep(dm))
					case !same(keep(dm), *want):
						t.Fatalf("drive %d step %d (advance %v, from %d): %v, want %v", drive, step, advance, from, keep(dm), *want)
					}
					if dm == nil {
						break
					}
					pos, started = dm.IndexInternalID.Value(), true
					sctx.DocumentMatchPool.Put(dm)
					if pos > last {
						t.Fatalf("doc %d after the last match %d", pos, last)
					}
				}
			}
		})
	}
}
