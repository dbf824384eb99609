// Package rouge owns the ROUGE scorer Recherche measures its summaries with:
// ROUGE-1, ROUGE-2 and ROUGE-L F1 over lower-cased word tokens (\w+,
// Unicode-aware), without stemming or stop-word removal, so the figures are
// comparable with the plain-scorer reference numbers in the eval data.
//
// It imports the standard library only.
package rouge

import (
	"strings"
	"unicode"
)

// Scores are F1 values in [0, 1].
type Scores struct {
	R1, R2, RL float64
}

// Add returns the component-wise sum, for averaging.
func (s Scores) Add(o Scores) Scores {
	return Scores{s.R1 + o.R1, s.R2 + o.R2, s.RL + o.RL}
}

// Scale multiplies every component by f.
func (s Scores) Scale(f float64) Scores {
	return Scores{s.R1 * f, s.R2 * f, s.RL * f}
}

// Score compares a candidate summary with a reference.
func Score(candidate, reference string) Scores {
	c, r := Tokens(candidate), Tokens(reference)
	return Scores{
		R1: ngramF1(c, r, 1),
		R2: ngramF1(c, r, 2),
		RL: f1(float64(lcs(c, r)), len(c), len(r)),
	}
}

// Tokens returns the lower-cased \w+ tokens of s: runs of letters, digits
// and underscores.
func Tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && !unicode.IsNumber(r)
	})
}

func ngramF1(c, r []string, n int) float64 {
	if len(c) < n || len(r) < n {
		return 0
	}
	ref := map[string]int{}
	for i := 0; i+n <= len(r); i++ {
		ref[strings.Join(r[i:i+n], " ")]++
	}
	overlap := 0
	for i := 0; i+n <= len(c); i++ {
		k := strings.Join(c[i:i+n], " ")
		if ref[k] > 0 {
			ref[k]--
			overlap++
		}
	}
	return f1(float64(overlap), len(c)-n+1, len(r)-n+1)
}

func f1(overlap float64, candidate, reference int) float64 {
	if overlap == 0 || candidate == 0 || reference == 0 {
		return 0
	}
	p, r := overlap/float64(candidate), overlap/float64(reference)
	return 2 * p * r / (p + r)
}

// lcs is the length of the longest common subsequence, in O(len(b)) memory.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
