package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDrawCut: each query's last word is cut to 3–8 letters, one short of
// the word at least, and past its light stem when asked; the rest of a
// pair is kept whole, and a query is drawn once.
func TestDrawCut(t *testing.T) {
	words := map[string]int{"parlement": 50, "gouvernement": 40, "épidémie": 30, "président": 20, "macron": 10}
	pairs := map[string]int{"gilets jaunes": 9, "assemblée nationale": 8, "réforme retraites": 7}
	tests := []struct {
		name     string
		m        map[string]int
		pastStem bool
	}{
		{"words", words, false},
		{"words past their stem", cuttable(words, "fr", true), true},
		{"pairs", pairs, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(20) {
				rows := drawCut(newRand(seed), tt.m, 3, "fr", tt.pastStem, map[string]bool{})
				if len(rows) != min(3, len(tt.m)) {
					t.Fatalf("seed %d: %d rows, want %d", seed, len(rows), min(3, len(tt.m)))
				}
				seen := map[string]bool{}
				for _, r := range rows {
					typed, meant := r[0], r[1]
					if seen[meant] {
						t.Errorf("seed %d: %q drawn twice", seed, meant)
					}
					seen[meant] = true
					i := strings.LastIndexByte(meant, ' ') + 1
					if !strings.HasPrefix(typed, meant[:i]) {
						t.Errorf("%q: the words before the last are not kept in %q", meant, typed)
					}
					cut, last := typed[i:], meant[i:]
					n := utf8.RuneCountInString(cut)
					if n < 3 || n > 8 || n >= utf8.RuneCountInString(last) || !strings.HasPrefix(last, cut) {
						t.Errorf("%q cut to %q: want 3–8 letters of it, one short at least", last, cut)
					}
					if tt.pastStem && n <= stemRunes(last, "fr") {
						t.Errorf("%q cut to %q: not past its stem", last, cut)
					}
				}
			}
		})
	}
}

// TestCuttable: words too short to cut, and hyphenated ones, are left out;
// past-stem words are those whose stem is shorter than their longest cut.
func TestCuttable(t *testing.T) {
	got := cuttable(map[string]int{"parlement": 1, "état": 1, "les": 1, "jean-luc": 1, "macron": 1}, "fr", false)
	for w, want := range map[string]bool{"parlement": true, "état": true, "les": false, "jean-luc": false, "macron": true} {
		if _, ok := got[w]; ok != want {
			t.Errorf("cuttable %q = %v, want %v", w, ok, want)
		}
	}
	past := cuttable(map[string]int{"parlement": 1, "macron": 1}, "fr", true)
	if _, ok := past["parlement"]; !ok {
		t.Errorf("parlement (indexed as parl) is not past its stem")
	}
	if _, ok := past["macron"]; ok {
		t.Errorf("macron (indexed as macron) is past its stem")
	}
}
