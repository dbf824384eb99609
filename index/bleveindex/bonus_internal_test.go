package bleveindex

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// harbourIndex holds 30 articles: "said" in 27 of them (common at a floor
// of 4 documents), "minister" in 13 (common too), "spokesman" in 3 (rare),
// "spokesman said" side by side in one.
func harbourIndex(t *testing.T) *Index {
	t.Helper()
	x := tempIndex(t, Options{})
	var docs []corpus.Document
	add := func(id, body string) {
		// Every third article comes from the wire, the one that writes
		// "spokesman said" side by side among them.
		source := "desk"
		if len(docs)%3 == 2 || id == "both-2" {
			source = "wire"
		}
		docs = append(docs, corpus.Document{ID: id, Lang: "en", Title: "Report " + id, Body: body, Source: source})
	}
	for i := range 24 {
		body := fmt.Sprintf("The council said on Tuesday that the harbour works, number %d, would start in spring.", i)
		if i%2 == 0 {
			body += " The minister visited the site."
		}
		add(fmt.Sprintf("said-%02d", i), body)
	}
	add("both-1", "A spokesman for the port said the cranes were ready.")
	add("both-2", "The spokesman said little, and the minister said less.")
	add("spokesman-only", "Nobody answered the spokesman of the shipping company.")
	add("neither-1", "Cranes and ships filled the harbour at dawn.")
	add("neither-2", "The tide was low when the ferry left.")
	add("said-24", "The captain said the ferry would sail at noon.")
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return x
}

// TestFilterKeepsScores: a filter (here the source) narrows a result and
// leaves the scores of what it keeps as they were. The filter's conjunction
// advances the text's searcher past the documents it leaves out, and
// Bleve's boolean searcher dropped its should clause's match when advanced
// (bonusQuery): "spokesman said" side by side lost its pair's bonus.
func TestFilterKeepsScores(t *testing.T) {
	x := harbourIndex(t)
	for _, text := range []string{"spokesman said", "the minister said", "spokesman sai", "harbour works", "+said spokesman", "+minister said port"} {
		t.Run(text, func(t *testing.T) {
			q := index.Query{Text: text, Prefix: true, Typos: true, TextLang: "en", Size: 30}
			all, err := x.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			scores := map[string]float64{}
			for _, h := range all.Hits {
				scores[h.ID] = h.Score
			}
			q.Source = "wire"
			filtered, err := x.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if filtered.Total == 0 || filtered.Total >= all.Total {
				t.Fatalf("total %d filtered, %d not", filtered.Total, all.Total)
			}
			for _, h := range filtered.Hits {
				// The filter's own score is filterBoost's share.
				if a, ok := scores[h.ID]; !ok || math.Abs(h.Score-a) > 1e-3*a+filterBoost {
					t.Errorf("%s: %.6f filtered, %.6f not", h.ID, h.Score, a)
				}
			}
		})
	}
}
