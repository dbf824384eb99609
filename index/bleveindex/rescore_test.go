package bleveindex

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

func TestWindowBest(t *testing.T) {
	lang := proximityLang{body: "body_fr", title: "title_fr", terms: []string{"a", "b", "c"}}
	at := func(field, term string, pos uint64) search.FieldTermLocation {
		return search.FieldTermLocation{Field: field, Term: term, Location: search.Location{Pos: pos}}
	}
	body := func(term string, pos uint64) search.FieldTermLocation { return at("body_fr", term, pos) }
	tests := []struct {
		name string
		locs []search.FieldTermLocation
		want float64 // share of the weights 1, 1, 3
	}{
		{"nothing", nil, 0},
		{"all in one window", []search.FieldTermLocation{body("a", 1), body("b", 3), body("c", 5)}, 1},
		{"scattered: the heaviest term alone", []search.FieldTermLocation{body("a", 1), body("b", 30), body("c", 60)}, 0.6},
		{"the best of two windows", []search.FieldTermLocation{body("a", 1), body("c", 5), body("b", 40)}, 0.8},
		{"runs of locations merged", []search.FieldTermLocation{body("a", 40), body("a", 2), body("c", 44), body("b", 3)}, 0.8},
		{"a repeated term counts once", []search.FieldTermLocation{body("a", 1), body("a", 2), body("a", 3)}, 0.2},
		{"window edge: 12 positions apart is out", []search.FieldTermLocation{body("a", 1), body("b", 13)}, 0.2},
		{"window edge: 11 positions apart is in", []search.FieldTermLocation{body("a", 1), body("b", 12)}, 0.4},
		{"a title term is in every window", []search.FieldTermLocation{at("title_fr", "c", 1), body("a", 1), body("b", 40)}, 0.8},
		{"a title term is not counted twice", []search.FieldTermLocation{at("title_fr", "c", 1), body("c", 2), body("a", 3)}, 0.8},
		{"other languages' fields are ignored", []search.FieldTermLocation{at("body_en", "a", 1), at("body_en", "b", 2)}, 0},
	}
	w := newWindow(lang, []float64{1, 1, 3})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := w.best(tt.locs); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("best = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithProximity(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		langs int // languages whose analyzer leaves two distinct terms or more
	}{
		{"one word", "docker", 0},
		{"one word after French stop words: English and neutral fields keep them", "où est le docker ?", 2},
		{"a word twice", "docker docker", 0},
		{"two words", "machines virtuelles", 3},
		{"a phrase alone", `"machines virtuelles"`, 0},
		{"an excluded word", "docker -windows", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := buildText(index.Query{Text: tt.text}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			if pq, ok := q.(*proximityQuery); ok {
				got = len(pq.langs)
			}
			if got != tt.langs {
				t.Errorf("%q: %d languages with proximity, want %d", tt.text, got, tt.langs)
			}
		})
	}
}

// TestProximityRanking indexes paragraphs with the same words, as many
// times each and of the same length, so BM25 cannot tell them apart: only
// where the words sit does.
func TestProximityRanking(t *testing.T) {
	filler := func(n int) string { return strings.Repeat("lorem ", n) }
	para := func(id, title, body string) corpus.Document {
		return corpus.Document{ID: id, Lang: "fr", Title: title, Body: body}
	}
	tests := []struct {
		name  string
		docs  []corpus.Document
		query string
		want  string // first hit
	}{
		{
			name: "words of one sentence beat scattered words",
			docs: []corpus.Document{
				para("scattered", "", "Le pasteur "+filler(30)+" arrive à Caen "+filler(5)+"."),
				para("together", "", "Le pasteur "+filler(3)+" arrive à Caen "+filler(32)+"."),
			},
			query: "pasteur Caen",
			want:  "together",
		},
		{
			// The answer names its subject only in the title; the other
			// paragraph has every word of the question, far apart.
			name: "a title word counts in every window",
			docs: []corpus.Document{
				para("scattered", "Histoire de Caen", "Bosc "+filler(14)+" devient pasteur "+filler(14)+" à Caen "+filler(3)+"."),
				para("answers", "Pierre Bosc", "Il devient pasteur "+filler(4)+" à Caen "+filler(28)+"."),
				para("other", "Port de Caen", "Le port de Caen "+filler(34)+"."),
			},
			query: "Bosc devient pasteur à Caen",
			want:  "answers",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := tempIndex(t, Options{})
			if _, err := x.Put(context.Background(), tt.docs); err != nil {
				t.Fatal(err)
			}
			res, err := x.Search(context.Background(), index.Query{Text: tt.query, TextLang: "fr", Size: 10})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(res); len(got) == 0 || got[0] != tt.want {
				t.Fatalf("hits %v, want %s first", got, tt.want)
			}
			// The same query without proximity does not prefer it.
			q, err := buildText(index.Query{Text: tt.query, TextLang: "fr"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := x.search.Search(bleve.NewSearchRequest(q.(*proximityQuery).text))
			if err != nil {
				t.Fatal(err)
			}
			if plain.Hits[0].ID == tt.want && plain.Hits[0].Score > plain.Hits[1].Score {
				t.Errorf("without proximity %s already ranks first (%v > %v): the test shows nothing", tt.want, plain.Hits[0].Score, plain.Hits[1].Score)
			}
		})
	}
}

// buildText parses q's text and builds its query without translation.
func buildText(q index.Query, ords ordinalsFunc) (query.Query, error) {
	clauses, err := index.ParseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	return buildQuery(q, clauses, nil, ords, commonDocs)
}
