package terms

import (
	"testing"

	"github.com/recherche/recherche/corpus"
)

func TestPreparedFor(t *testing.T) {
	text := "Les marchés ont ouvert en hausse."
	p := &corpus.Terms{Analyzer: French, Text: text, List: Tokens(text, "fr")}
	tests := []struct {
		name     string
		p        *corpus.Terms
		analyzer string
		text     string
		ok       bool
	}{
		{"same text and analyzer", p, French, text, true},
		{"same text, a copy", p, French, string([]byte(text)), true},
		{"other analyzer", p, English, text, false},
		{"other text", p, French, text + " Puis en baisse.", false},
		{"nothing prepared", nil, French, text, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := Prepared(tt.p, tt.analyzer, tt.text); ok != tt.ok {
				t.Errorf("Prepared(%s, %.20q…) ok = %v, want %v", tt.analyzer, tt.text, ok, tt.ok)
			}
		})
	}
}

// TestPreparedAnalyze: the prepared analyzer answers with the terms for
// the text they were made of, without analyzing it, and analyzes any other
// input afresh.
func TestPreparedAnalyze(t *testing.T) {
	text := "Les marchés ont ouvert en hausse."
	// Terms the analyzer would not make: proof they were not recomputed.
	list := []corpus.Term{{Term: "marqué", Start: 4, End: 11, Position: 2}}
	an, ok := Prepared(&corpus.Terms{Analyzer: French, Text: text, List: list}, French, text)
	if !ok {
		t.Fatal("Prepared refused its own text")
	}
	got := an.Analyze([]byte(text))
	if len(got) != 1 || string(got[0].Term) != "marqué" || got[0].Start != 4 || got[0].End != 11 || got[0].Position != 2 {
		t.Errorf("Analyze(text) = %v, want the prepared term", got)
	}
	other := "Les banques ont fermé."
	sameStream(t, other, an.Analyze([]byte(other)), Analyzer("fr").Analyze([]byte(other)))
}
