package bleveindex

import (
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestSumQueryMatchesBooleanPair: sumQuery finds the documents, term
// locations and order that the pair of boolean queries it replaced found,
// with scores in the same proportions, alone and under a filter (which
// drives it by Advance).
func TestSumQueryMatchesBooleanPair(t *testing.T) {
	idx, err := bleve.NewMemOnly(Mapping())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	docs := map[string]map[string]any{
		"both":       {"title_fr": "Le réseau national", "body_fr": "Le réseau électrique tient, dit le réseau.", "lang": "fr"},
		"body":       {"title_fr": "La tempête", "body_fr": "Le réseau a tenu malgré la tempête.", "lang": "fr"},
		"title":      {"title_fr": "Réseau et tempête", "body_fr": "Les lignes ont tenu toute la nuit.", "lang": "fr"},
		"neither":    {"title_fr": "La pluie", "body_fr": "Il a plu toute la nuit.", "lang": "fr"},
		"both-other": {"title_fr": "Tempête sur le réseau", "body_fr": "La tempête a coupé le réseau.", "lang": "fr", "source": "afp"},
		"english":    {"title_en": "Network", "body_en": "The network held.", "lang": "en"},
	}
	for i := range 40 {
		docs[fmt.Sprintf("filler-%02d", i)] = map[string]any{"title_fr": "Divers", "body_fr": fmt.Sprintf("Un réseau de plus, numéro %d, et la tempête.", i), "lang": "fr", "source": "afp"}
	}
	b := idx.NewBatch()
	for id, d := range docs {
		if err := b.Index(id, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	match := func(text, field string, boost float64) query.Query {
		q := bleve.NewMatchQuery(text)
		q.SetField(field)
		q.SetBoost(boost)
		return withVectors(q)
	}
	for _, text := range []string{"réseau", "tempête réseau", "nuit", "network", "absent"} {
		for _, filtered := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/filtered=%v", text, filtered), func(t *testing.T) {
				body, title := match(text, "body_fr", 1), match(text, "title_fr", titleBoost)
				withBody := bleve.NewBooleanQuery()
				withBody.AddMust(body)
				withBody.AddShould(title)
				titleOnly := bleve.NewBooleanQuery()
				titleOnly.AddMust(title)
				titleOnly.AddMustNot(match(text, "body_fr", 1))
				var old, sum query.Query = bleve.NewDisjunctionQuery(withBody, titleOnly), sumQuery{children: []query.Query{body, title}, scale: 0.5}
				if filtered {
					old, sum = bleve.NewConjunctionQuery(old, term(fieldSource, "afp")), bleve.NewConjunctionQuery(sum, term(fieldSource, "afp"))
				}
				want, got := hitsOf(t, idx, old), hitsOf(t, idx, sum)
				if len(got) != len(want) {
					t.Fatalf("%d hits, want %d", len(got), len(want))
				}
				ratio := 0.0
				for i := range want {
					g, w := got[i], want[i]
					if g.ID != w.ID {
						t.Fatalf("hit %d is %s, want %s", i, g.ID, w.ID)
					}
					if !reflect.DeepEqual(g.Locations, w.Locations) {
						t.Errorf("%s: locations %v, want %v", g.ID, g.Locations, w.Locations)
					}
					if i == 0 {
						ratio = g.Score / w.Score
					} else if r := g.Score / w.Score; math.Abs(r-ratio) > 1e-9*ratio {
						t.Errorf("%s: score %g is %g times the old %g; the first hit's ratio was %g", g.ID, g.Score, r, w.Score, ratio)
					}
				}
			})
		}
	}
}

func hitsOf(t *testing.T, idx bleve.Index, q query.Query) []*search.DocumentMatch {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 100, 0, false)
	req.IncludeLocations = true
	req.SortBy([]string{"-_score", "_id"})
	res, err := idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	return res.Hits
}
