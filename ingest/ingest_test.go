package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/ingest"
)

// setup returns a pipeline with the real analyzer over a new index.
func setup(t testing.TB) (*ingest.Pipeline, *bleveindex.Index) {
	t.Helper()
	return setupWith(t, analysistest.Analyzer(t))
}

// setupWith returns a pipeline with an over a new index in a temporary
// folder, closed when the test ends.
func setupWith(t testing.TB, an ingest.Analyzer) (*ingest.Pipeline, *bleveindex.Index) {
	t.Helper()
	idx, err := bleveindex.Open(t.TempDir()+"/index", bleveindex.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	return ingest.New(an, idx, 2), idx
}

func items(n int, bad map[int]error) func(func(corpus.Item) error) error {
	return func(fn func(corpus.Item) error) error {
		for i := range n {
			it := corpus.Item{Path: "test.ndjson", Line: i + 1, Doc: corpus.Document{
				ID:   fmt.Sprintf("doc-%03d", i),
				Body: fmt.Sprintf("Article %d : VMware et Microsoft Azure annoncent des machines virtuelles.", i),
			}}
			if err, ok := bad[i]; ok {
				if err == nil {
					it.Doc.Body = "   "
				} else {
					it.Err = err
				}
			}
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestStreamReportsEveryItemInOrder(t *testing.T) {
	p, idx := setup(t)
	load := items(23, map[int]error{4: nil, 11: fmt.Errorf("%w: binary", corpus.ErrSkipped), 20: corpus.ErrInvalidUTF8})
	var lines []int
	var failed, created int
	err := p.Stream(context.Background(), 5, load, func(it corpus.Item, r ingest.Result) {
		lines = append(lines, it.Line)
		switch {
		case r.Err != nil:
			failed++
		case r.Status == index.Created:
			created++
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		if l != i+1 {
			t.Fatalf("reports out of order: %v", lines)
		}
	}
	if len(lines) != 23 || failed != 3 || created != 20 {
		t.Errorf("reported %d, failed %d, created %d", len(lines), failed, created)
	}
	if n, _ := idx.Count(); n != 20 {
		t.Errorf("index holds %d documents, want 20", n)
	}
	// Ingesting the same items again replaces, never duplicates.
	replaced := 0
	if err := p.Stream(context.Background(), 7, items(23, nil), func(_ corpus.Item, r ingest.Result) {
		if r.Status == index.Replaced {
			replaced++
		}
	}); err != nil {
		t.Fatal(err)
	}
	if n, _ := idx.Count(); n != 23 || replaced != 20 {
		t.Errorf("after re-ingest: %d documents, %d replaced", n, replaced)
	}
}

func TestBatchKeepsGoodDocuments(t *testing.T) {
	p, _ := setup(t)
	docs := []corpus.Document{
		{ID: "a", Body: "Docker arrive dans Windows Server."},
		{ID: "b", Body: "", Lang: "fr"},
		{ID: "c", Body: "Kubernetes orchestre les conteneurs.", Lang: "xx"},
		{ID: "a", Body: "Docker arrive dans Windows Server 2016."},
	}
	res, err := p.Batch(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		status index.PutStatus
		err    error
	}{{index.Created, nil}, {"", corpus.ErrEmptyBody}, {"", analysis.ErrUnknownLanguage}, {index.Replaced, nil}}
	for i, r := range res {
		if r.Index != i || r.Status != want[i].status || !errors.Is(r.Err, want[i].err) {
			t.Errorf("result %d = %+v, want %+v", i, r, want[i])
		}
	}
}

func TestStreamStopsOnCancel(t *testing.T) {
	p, _ := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	seen := 0
	err := p.Stream(ctx, 3, items(50, nil), func(corpus.Item, ingest.Result) {
		seen++
		if seen == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || seen >= 50 {
		t.Errorf("err %v after %d reports", err, seen)
	}
}

func TestStreamLongBodies(t *testing.T) {
	p, idx := setup(t)
	long := strings.Repeat("Les machines virtuelles de VMware migrent vers le cloud de Microsoft, qui les accueille dans ses centres de données. ", 1000)
	load := func(fn func(corpus.Item) error) error {
		return fn(corpus.Item{Doc: corpus.Document{ID: "long", Body: long}})
	}
	if err := p.Stream(context.Background(), 10, load, func(_ corpus.Item, r ingest.Result) {
		if r.Err != nil {
			t.Error(r.Err)
		}
	}); err != nil {
		t.Fatal(err)
	}
	d, err := idx.Get(context.Background(), "long")
	if err != nil || d.Lang != "fr" {
		t.Errorf("get long: %v %v", d.Lang, err)
	}
}
