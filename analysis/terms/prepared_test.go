package terms

import (
	"reflect"
	"testing"
)

func TestPreparedFor(t *testing.T) {
	text := "Les marchés ont ouvert en hausse."
	tokens := Analyzer("fr").Analyze([]byte(text))
	p := NewPrepared(French, text, tokens)
	tests := []struct {
		name     string
		p        *Prepared
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
			if _, ok := tt.p.For(tt.analyzer, tt.text); ok != tt.ok {
				t.Errorf("For(%s, %.20q…) ok = %v, want %v", tt.analyzer, tt.text, ok, tt.ok)
			}
		})
	}
}

// TestPreparedAnalyze: the prepared analyzer answers with the tokens for
// the text they were made of, and analyzes any other input afresh.
func TestPreparedAnalyze(t *testing.T) {
	text := "Les marchés ont ouvert en hausse."
	tokens := Analyzer("fr").Analyze([]byte(text))
	an, ok := NewPrepared(French, text, tokens).For(French, text)
	if !ok {
		t.Fatal("For refused its own text")
	}
	if got := an.Analyze([]byte(text)); len(got) == 0 || &got[0] != &tokens[0] {
		t.Errorf("Analyze(text) did not return the prepared tokens")
	}
	other := "Les banques ont fermé."
	got, want := an.Analyze([]byte(other)), Analyzer("fr").Analyze([]byte(other))
	if len(got) != len(want) {
		t.Fatalf("Analyze(other) = %d tokens, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(*got[i], *want[i]) {
			t.Errorf("Analyze(other) token %d = %v, want %v", i, got[i], want[i])
		}
	}
}
