package ingest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/ingest"
)

// panicky fails like a buggy analyzer on one text and fills in a language
// on the others.
type panicky struct{}

func (panicky) Analyze(d *corpus.Document) error {
	if d.Body == "boom" {
		var s []int
		_ = s[1]
	}
	d.Lang = "fr"
	return nil
}

func TestAnalyzerPanicFailsOneDocument(t *testing.T) {
	p, idx := setupWith(t, panicky{})
	docs := []corpus.Document{{ID: "a", Body: "un"}, {ID: "b", Body: "boom"}, {ID: "c", Body: "trois"}}
	res, err := p.Batch(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []error{nil, ingest.ErrAnalyzerPanic, nil} {
		if got := res[i].Err; !errors.Is(got, want) {
			t.Errorf("document %d: error %v, want %v", i, got, want)
		}
		if want == nil && res[i].Status != index.Created {
			t.Errorf("document %d: status %q, want created", i, res[i].Status)
		}
	}
	if n, _ := idx.Count(); n != 2 {
		t.Errorf("index holds %d documents, want 2", n)
	}
}
