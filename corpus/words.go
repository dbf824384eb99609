package corpus

import (
	"iter"
	"unicode"
)

// Besides the index's words, cut by Unicode's word boundaries
// (analysis/terms), Recherche cuts text into plain runs of characters in
// two ways, both here: it lives in corpus because Clean needs one of them
// and corpus may not import analysis.

// WordRuns yields the runs of letters and digits of s, the words that
// cleaning matches against its vocabulary and that summaries count a
// sentence's length in. Every other character splits, apostrophes and
// hyphens included ("s’abonner" is "s", "abonner"), which is what a
// vocabulary of single words wants.
func WordRuns(s string) iter.Seq[string] {
	return runs(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// LetterRuns yields the runs of letters of s: the words as lingua, the
// language detector, reads them, which is how language detection counts
// and matches words.
func LetterRuns(s string) iter.Seq[string] {
	return runs(s, unicode.IsLetter)
}

func runs(s string, in func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if in(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}
