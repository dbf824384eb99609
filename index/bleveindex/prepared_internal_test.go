package bleveindex

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/document"

	"github.com/recherche/recherche/analysis/summary"
	"github.com/recherche/recherche/corpus"
)

// TestDocumentReusesBodyTerms: a body handed over with the terms the
// summary made of it is indexed exactly as a body the index analyzes
// itself, and terms made of another text or for another analyzer are not
// used.
func TestDocumentReusesBodyTerms(t *testing.T) {
	x := tempIndex(t, Options{})
	s := x.shards[0]
	docs := []corpus.Document{
		{ID: "fr", Lang: "fr", Title: "Le cœur du réseau", Body: "L'hyperviseur d'aujourd'hui gère 46,3 % des machines virtuelles.\n\nLe CAC 40 a fini en hausse, selon l'AFP."},
		{ID: "en", Lang: "en", Title: "Markets", Body: "The company's shares rose 3.5% on Tuesday. Analysts said the firm's outlook was strong."},
		{ID: "de", Lang: "de", Title: "Straße", Body: "Die Straße ist schön. Übermorgen kommt der Bus um 10 Uhr."},
	}
	for _, d := range docs {
		t.Run(d.ID, func(t *testing.T) {
			prepared := summary.NewArticle(d.Title, d.Body, d.Lang).IndexTerms()
			tests := []struct {
				name      string
				bodyTerms *corpus.Terms
				reused    bool
			}{
				{"own terms", prepared, true},
				{"none", nil, false},
				{"terms of another text", summary.NewArticle("", d.Body+" Encore.", d.Lang).IndexTerms(), false},
				{"terms for another analyzer", summary.NewArticle("", d.Body, otherLang(d.Lang)).IndexTerms(), false},
			}
			plain := d
			want := analyzed(t, s, plain)
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					d := d
					d.BodyTerms = tt.bodyTerms
					got := analyzed(t, s, d)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("indexed fields differ from the index's own analysis:\ngot  %v\nwant %v", got, want)
					}
					if reused := bodyAnalyzer(t, s, d) != bodyAnalyzer(t, s, plain); reused != tt.reused {
						t.Errorf("body terms reused = %v, want %v", reused, tt.reused)
					}
				})
			}
		})
	}
}

func otherLang(lang string) string {
	if lang == "en" {
		return "fr"
	}
	return "en"
}

// fieldTerms is what indexing keeps of one field.
type fieldTerms struct {
	Length int
	Freqs  any
}

// analyzed maps d as Put would and analyzes every field.
func analyzed(t *testing.T, s *shard, d corpus.Document) map[string]fieldTerms {
	t.Helper()
	doc := mapped(t, s, d)
	out := map[string]fieldTerms{}
	for _, f := range doc.Fields {
		f.Analyze()
		out[f.Name()] = fieldTerms{Length: f.AnalyzedLength(), Freqs: f.AnalyzedTokenFrequencies()}
	}
	return out
}

func mapped(t *testing.T, s *shard, d corpus.Document) *document.Document {
	t.Helper()
	fields, err := s.fieldsOf(d)
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := s.document(d, fields)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func bodyAnalyzer(t *testing.T, s *shard, d corpus.Document) any {
	t.Helper()
	for _, f := range mapped(t, s, d).Fields {
		if tf, ok := f.(*document.TextField); ok && tf.Name() == bodyField(suffix(d.Lang)) {
			return tf.Analyzer()
		}
	}
	t.Fatalf("no %s field", bodyField(suffix(d.Lang)))
	return nil
}
