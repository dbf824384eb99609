package langid

import (
	"strings"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/internal/wordlist"
)

// Function words settle the language of a long text before lingua is asked.
// lingua's confidence computation costs about half a millisecond per text
// whatever its length — for every candidate language it raises a 25-digit
// decimal to the 1000th power — and that was the largest single cost of
// ingesting an article. A news article of a few hundred characters holds a
// dozen or more articles, prepositions and auxiliaries that belong to one
// language only; when they leave no doubt lingua would not either (on the
// eval news corpus the answers agree on every article where this path
// answers, docs/benchmarks.md). Anything short, mixed or unclear — every
// query — still goes to lingua.

// functionWords are frequent words of each language. A word listed for two
// languages is evidence for neither and is dropped at init.
var functionWords = map[string][]string{
	"fr": wordlist.Words("langid-function-fr.txt"),
	"en": wordlist.Words("langid-function-en.txt"),
	"de": wordlist.Words("langid-function-de.txt"),
	"es": wordlist.Words("langid-function-es.txt"),
	"it": wordlist.Words("langid-function-it.txt"),
	"pt": wordlist.Words("langid-function-pt.txt"),
	"nl": wordlist.Words("langid-function-nl.txt"),
}

var functionWordLang = func() map[string]string {
	out := map[string]string{}
	dup := map[string]bool{}
	for lang, words := range functionWords {
		for _, w := range words {
			if other, ok := out[w]; ok && other != lang {
				dup[w] = true
			}
			out[w] = lang
		}
	}
	for w := range dup {
		delete(out, w)
	}
	return out
}()

// Thresholds of the function-word path: the winner needs at least
// minFunctionWords hits and dominance times the runner-up's.
const (
	minFunctionWords = 8
	dominance        = 4
)

// byFunctionWords returns the language of text when its function words
// name one of langs beyond doubt, else "". It only answers when every
// language in langs has a word list, so a language it cannot see is never
// mistaken for one it can.
func byFunctionWords(text string, langs []string) string {
	for _, l := range langs {
		if _, ok := functionWords[l]; !ok {
			return ""
		}
	}
	counts := make(map[string]int, len(langs))
	for w := range corpus.LetterRuns(text) {
		if l, ok := functionWordLang[strings.ToLower(w)]; ok {
			counts[l]++
		}
	}
	best, second := "", 0
	for _, l := range langs {
		switch c := counts[l]; {
		case best == "" || c > counts[best]:
			if best != "" {
				second = max(second, counts[best])
			}
			best = l
		default:
			second = max(second, c)
		}
	}
	if counts[best] < minFunctionWords || counts[best] < dominance*second {
		return ""
	}
	return best
}
