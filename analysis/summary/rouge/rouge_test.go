package rouge

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name, cand, ref string
		want            Scores
	}{
		{"identical", "Le chat dort.", "le chat dort", Scores{1, 1, 1}},
		{"disjoint", "a b", "c d", Scores{}},
		{"empty", "", "a b", Scores{}},
		// c: the cat sat on the mat (6), r: the cat lay on the mat (6):
		// 5 unigrams, 3 bigrams (the cat, on the, the mat), LCS 5.
		{"partial", "The cat sat on the mat", "the cat lay on the mat", Scores{5.0 / 6, 3.0 / 5, 5.0 / 6}},
		{"unicode", "L'été à Noël", "l été a noël", Scores{0.75, 1.0 / 3, 0.75}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(tt.cand, tt.ref)
			if math.Abs(got.R1-tt.want.R1) > 1e-9 || math.Abs(got.R2-tt.want.R2) > 1e-9 || math.Abs(got.RL-tt.want.RL) > 1e-9 {
				t.Errorf("Score(%q, %q) = %+v, want %+v", tt.cand, tt.ref, got, tt.want)
			}
		})
	}
}
