package bleveindex

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

func TestPairQueries(t *testing.T) {
	tests := []struct {
		text, sfx string
		want      [][]string
	}{
		{"machines virtuelles", "fr", [][]string{{"machin", "virtuel"}}},
		// "de" and "l'" are removed; their positions stay as gaps.
		{"virtuelles de l'hôte", "fr", [][]string{{"virtuel", "", "hote"}}},
		{"the editor's choice", "en", [][]string{{"editor", "choic"}}},
		{"docker", "fr", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got [][]string
			for _, q := range pairQueries(tt.text, tt.sfx, 1) {
				pq, ok := q.(*query.PhraseQuery)
				if !ok {
					t.Fatalf("got %T, want *query.PhraseQuery", q)
				}
				if pq.FieldVal != bodyField(tt.sfx) {
					t.Errorf("field %s, want %s", pq.FieldVal, bodyField(tt.sfx))
				}
				got = append(got, pq.Terms)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("pairQueries(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
