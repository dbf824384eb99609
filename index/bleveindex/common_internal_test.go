package bleveindex

import (
	"context"
	"math"
	"testing"

	"github.com/recherche/recherche/index"
)

// TestCommonCut: a query that has a rare word reads its common words only
// in the documents the rare word finds, with the scores the whole query
// gives them; a query of common words alone, or of words the index does
// not read through concepts, matches as before.
func TestCommonCut(t *testing.T) {
	x := harbourIndex(t)
	search := func(t *testing.T, floor float64, q index.Query) *index.Result {
		t.Helper()
		x.commonDocs = floor
		t.Cleanup(func() { x.commonDocs = commonDocs })
		q.Size = 30
		res, err := x.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	tests := []struct {
		name string
		q    index.Query
		cut  uint64 // total with the cut at a floor of 4 documents
		all  uint64 // total without it
	}{
		{"a rare word and a common one being typed", index.Query{Text: "spokesman said", Prefix: true, Typos: true, TextLang: "en"}, 3, 28},
		// "sai" is read as "said" and searched as that word is, here
		// without concepts (no translator).
		{"a rare word and a common one being typed, no word yet", index.Query{Text: "spokesman sai", Prefix: true, Typos: true, TextLang: "en"}, 28, 28},
		{"a rare word and a common one, one misspelled", index.Query{Text: "spokesman saidd", Typos: true, TextLang: "en"}, 3, 28},
		{"common words alone", index.Query{Text: "minister sai", Prefix: true, Typos: true, TextLang: "en"}, 27, 27},
		{"words read as typed, no concepts", index.Query{Text: "spokesman said", TextLang: "en"}, 28, 28},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cut := search(t, 4, tt.q)
			all := search(t, math.Inf(1), tt.q)
			if cut.Total != tt.cut || all.Total != tt.all {
				t.Fatalf("total %d with the cut, %d without; want %d, %d", cut.Total, all.Total, tt.cut, tt.all)
			}
			// The documents the cut keeps rank and score as without it.
			for i, h := range cut.Hits {
				if a := all.Hits[i]; h.ID != a.ID || math.Abs(h.Score-a.Score) > 1e-12 {
					t.Errorf("hit %d: %s %.6f with the cut, %s %.6f without", i, h.ID, h.Score, a.ID, a.Score)
				}
			}
		})
	}
}
