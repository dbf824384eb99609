package bleveindex

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// TestLangStatsIDF checks that a field's IDF counts the documents of its
// language only: testDocs has two French documents, one English and one
// German (neutral fields), four in all.
func TestLangStatsIDF(t *testing.T) {
	x := openTest(t, 1)
	tests := []struct {
		field, word string
		want        string
	}{
		{bodyField("fr"), "machine", "maxDocs=2"},
		{titleField("fr"), "Azure", "maxDocs=2"},
		{bodyField("en"), "containers", "maxDocs=1"},
		{bodyField("xx"), "Virtualisierung", "maxDocs=1"},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			mq := bleve.NewMatchQuery(tt.word)
			mq.SetField(tt.field)
			req := bleve.NewSearchRequest((&langCounts{}).wrap(mq, tt.field))
			req.Explain = true
			res, err := x.search.SearchInContext(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				t.Fatalf("%s:%s matched nothing", tt.field, tt.word)
			}
			expl, err := json.Marshal(res.Hits[0].Expl)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(expl), tt.want) {
				t.Errorf("explanation %s, want %s", expl, tt.want)
			}
		})
	}
}
