package bleveindex

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// batches writes n batches of news sentences, one segment each before
// merges, into x, numbered from the batch first on.
func batches(t *testing.T, x *Index, first, n int) {
	t.Helper()
	for b := first; b < first+n; b++ {
		var docs []corpus.Document
		for i := range 20 {
			lang, body := "en", fmt.Sprintf("The spokesman said profits rose in quarter %d of year %d.", i, b)
			if i%2 == 1 {
				lang, body = "fr", fmt.Sprintf("Le porte-parole a annoncé des bénéfices au trimestre %d de l'année %d.", i, b)
			}
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("d%d-%d", b, i), Lang: lang, Body: body})
		}
		if _, err := x.Put(context.Background(), docs); err != nil {
			t.Fatal(err)
		}
	}
}

// fragmented writes batches of twelve into x until its shards hold more
// segments than shards, and returns how many documents it wrote: Bleve's
// background merger may already have merged one round's segments away
// (on a busy machine it did, for two shards), which would leave a test
// nothing to compact.
func fragmented(t *testing.T, x *Index, shards int) int {
	t.Helper()
	for n := 0; n < 96; {
		batches(t, x, n, 12)
		n += 12
		if s, err := x.Segments(); err != nil {
			t.Fatal(err)
		} else if s > shards {
			return 20 * n
		}
	}
	t.Fatalf("still %d segments or fewer after 96 batches: nothing to compact", shards)
	return 0
}

// scores returns the score of every hit of q: the order of hits that tie
// is the order of documents in the segments, which a merge changes.
func scores(t *testing.T, x *Index, q index.Query) map[string]float64 {
	t.Helper()
	res, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}

// TestCompact: every shard ends in one segment, on disk too, and searches
// find the same documents with the same scores as before.
func TestCompact(t *testing.T) {
	for _, shards := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d shards", shards), func(t *testing.T) {
			x := tempIndex(t, Options{Shards: shards})
			docs := fragmented(t, x, shards)
			before, err := x.Segments()
			if err != nil {
				t.Fatal(err)
			}
			q := index.Query{Text: "+spokesman +3 profits", Size: 100, Typos: true}
			want := scores(t, x, q)
			if len(want) < 2 || len(want) >= q.Size {
				t.Fatalf("%d hits: want a few, all returned", len(want))
			}
			if err := x.Compact(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got, err := x.Segments(); err != nil || got != shards {
				t.Fatalf("segments %d (%v), want %d (one per shard; %d before)", got, err, shards, before)
			}
			if got := scores(t, x, q); !reflect.DeepEqual(got, want) {
				t.Errorf("scores after compaction:\n%v\nwant\n%v", got, want)
			}
			if n, err := x.Count(); err != nil || n != uint64(docs) {
				t.Errorf("count %d (%v), want %d", n, err, docs)
			}
			// On disk too: reopened, the index has its merged segments.
			if err := x.Close(); err != nil {
				t.Fatal(err)
			}
			y, err := Open(x.dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer y.Close()
			if got, err := y.Segments(); err != nil || got != shards {
				t.Errorf("segments %d (%v) once reopened, want %d", got, err, shards)
			}
		})
	}
}

// TestCompactQuiet: once writes have been quiet for CompactIdle, the
// index compacts itself.
func TestCompactQuiet(t *testing.T) {
	x := tempIndex(t, Options{})
	fragmented(t, x, 1)
	done := quietDone(t)
	x.compaction.idle = time.Millisecond
	if err := x.Delete(context.Background(), "d0-0"); err != nil {
		t.Fatal(err)
	}
	waitQuiet(t, done, x)
	if n, err := x.Segments(); err != nil || n != 1 {
		t.Errorf("segments %d (%v), want 1", n, err)
	}
}

// TestCompactOpened: an index opened with many segments compacts itself
// once quiet, with no write.
func TestCompactOpened(t *testing.T) {
	x := tempIndex(t, Options{})
	fragmented(t, x, 1)
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	done := quietDone(t)
	y, err := Open(x.dir, Options{CompactIdle: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	waitQuiet(t, done, y)
	if n, err := y.Segments(); err != nil || n != 1 {
		t.Errorf("segments %d (%v), want 1", n, err)
	}
}

// quietDone reports the indexes' compactions for quiet.
func quietDone(t *testing.T) chan error {
	t.Helper()
	done := make(chan error, 8)
	afterQuiet = func(x *Index, err error) { done <- err }
	t.Cleanup(func() { afterQuiet = nil })
	return done
}

func waitQuiet(t *testing.T, done chan error, x *Index) {
	t.Helper()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("no compaction a minute after the index went quiet")
	}
}
