package langid

import (
	"strings"
	"unicode"
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
var functionWords = map[string]string{
	"fr": "le les des est une dans pour qui sur pas avec sont cette aux du au été mais ont ses leur leurs nous vous elle être fait plus ces ils était aussi entre après selon",
	"en": "the and of to is that for with was it are this be by from have has which were at an not said will would its their been after about who they",
	"de": "der die das und ist nicht mit ein eine zu von den sich auf für dem auch es im wird werden sind wie bei nach aus noch oder einen hat wurde",
	"es": "el los las y del por para lo su más pero este está fue han sus entre sobre al desde ha muy cuando también años hasta",
	"it": "il che di della per non sono gli delle dei nel alla anche più è essere questo sia stato dalla degli nella ad ai hanno",
	"pt": "os não uma com do da em são ao dos das mais pelo pela foi seu sua também isso já ainda quando muito nos como",
	"nl": "het een van niet dat op te zijn met voor ook maar aan bij wordt werd om uit naar deze worden hij heeft door er nog",
}

var functionWordLang = func() map[string]string {
	out := map[string]string{}
	dup := map[string]bool{}
	for lang, words := range functionWords {
		for _, w := range strings.Fields(words) {
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
	start := -1
	count := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(text[start:end])
		start = -1
		if l, ok := functionWordLang[w]; ok {
			counts[l]++
		}
	}
	for i, r := range text {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		count(i)
	}
	count(len(text))
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
