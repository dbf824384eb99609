package server

import (
	"context"
	"fmt"
	"testing"

	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/server/api"
)

// countingIndex counts the searches run on a real index.
type countingIndex struct {
	*bleveindex.Index
	searches int
}

func (c *countingIndex) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	c.searches++
	return c.Index.Search(ctx, q)
}

// TestPrefixSearchedOnce: a query being typed is read in the language of
// its completion before it is searched, so it is searched once even when
// the half-typed word reads as another language than the whole one; a
// misspelled query whose correction reads otherwise is searched again.
func TestPrefixSearchedOnce(t *testing.T) {
	idx, err := bleveindex.Open(t.TempDir()+"/index", bleveindex.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	var docs []corpus.Document
	for i := range 20 {
		docs = append(docs,
			corpus.Document{ID: fmt.Sprint("fr-", i), Lang: "fr", Body: fmt.Sprintf("Le gouvernement a présenté au parlement la réforme des retraites, un texte du ministère de l'économie (%d).", i)},
			corpus.Document{ID: fmt.Sprint("en-", i), Lang: "en", Body: fmt.Sprintf("The government told parliament that quarterly earnings of the railway were strong (%d).", i)})
	}
	if _, err := idx.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	an := analysistest.Analyzer(t)
	tr := analysistest.Translator(t)
	tests := []struct {
		q           string
		prefix      bool
		maxSearches int
	}{
		{"réforme des retrai", true, 1},
		{"quarterly earni", true, 1},
		{"gouvernem", true, 1},
		{"parlem", true, 1},
		{"ministère de l'éco", true, 1},
		{"railwa", true, 1},
		{"quarterly earnigns", false, 2},
	}
	changed := 0
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			c := &countingIndex{Index: idx}
			b := &Backend{Index: c, Analyzer: an, Translator: tr}
			res, err := runSearch(context.Background(), b, api.SearchParams{Q: &tt.q, Prefix: &tt.prefix})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total == 0 {
				t.Errorf("no hits")
			}
			if c.searches > tt.maxSearches {
				t.Errorf("searched %d times, want at most %d", c.searches, tt.maxSearches)
			}
			if !tt.prefix {
				return
			}
			rewritten, err := idx.Rewrite(context.Background(), index.Query{Text: tt.q, Prefix: true, Typos: true})
			if err != nil {
				t.Fatal(err)
			}
			if rewritten == "" || rewritten == tt.q {
				t.Errorf("rewritten as %q, want a completion", rewritten)
			}
			if a, b := an.Detect(tt.q), an.Detect(rewritten); a.Lang != b.Lang || a.Reliable != b.Reliable {
				changed++
			}
		})
	}
	// The test means something only when completing changes the reading
	// of some query.
	if changed == 0 {
		t.Errorf("no completion changes the reading of its query")
	}
}
