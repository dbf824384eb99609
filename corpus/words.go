package corpus

import (
	"iter"
	"unicode"
)

// WordRuns yields the runs of letters and digits of s, the words that
// cleaning matches against its vocabulary and that summaries count a
// sentence's length in. Every other character splits, apostrophes and
// hyphens included ("s’abonner" is "s", "abonner"), which is what a
// vocabulary of single words wants. (The index's words are cut by
// Unicode's word boundaries instead: analysis/terms.) It lives in corpus
// because Clean needs it and corpus may not import analysis.
func WordRuns(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
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
