package index

import "unicode/utf8"

// Typo tolerance follows Meilisearch's defaults, which people already
// expect from a search box: a short word is taken as typed (too many short
// words are one edit apart), a word of MinWordOneTypo letters may hold one
// typo, and one of MinWordTwoTypos letters two.
const (
	MinWordOneTypo  = 5
	MinWordTwoTypos = 9
)

// MaxTypos returns how many edits a query word of that many letters may
// hold.
func MaxTypos(letters int) int {
	switch {
	case letters >= MinWordTwoTypos:
		return 2
	case letters >= MinWordOneTypo:
		return 1
	}
	return 0
}

// TypoDistance counts the edits between a typed word and a word of the
// index, both lowercase and folded: deletions, insertions, substitutions
// and transpositions of two neighbouring letters (optimal string alignment,
// a restricted Damerau–Levenshtein distance: "macorn" is one edit from
// "macron"). A first letter that differs counts one more, as in Meilisearch:
// people seldom get it wrong, and allowing it doubles the words one edit
// away.
func TypoDistance(typed, word string) int {
	a, b := []rune(typed), []rune(word)
	if len(a) == 0 || len(b) == 0 {
		return max(len(a), len(b))
	}
	// Three rows: two back, for transpositions.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
		}
		prev2, prev, cur = prev, cur, prev2
	}
	d := prev[len(b)]
	if a[0] != b[0] {
		d++
	}
	return d
}

// Letters counts the runes of a word.
func Letters(word string) int { return utf8.RuneCountInString(word) }
