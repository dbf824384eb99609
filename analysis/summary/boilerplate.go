package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/internal/wordlist"
)

// furniture finds the phrases that only appear in page furniture (ads,
// subscription prompts, sharing and related-article links) and code. The
// caller cleans pages before us, but a phrase that slips through must
// never become a summary sentence.
var furniture = terms.NewPhrases(wordlist.Lines("furniture-phrases.txt"))

// furnitureEnd finds the phrases that open the page furniture after an
// article (subscription and follow prompts, then "latest stories"
// teasers): from the first short span holding one in the second half of
// the page, nothing is the article any more. A prompt above the article or
// a sentence about a newsletter does not cut it.
var furnitureEnd = terms.NewPhrases(wordlist.Lines("furniture-end.txt"))

// furnitureFrom returns the index of the first span that opens the page
// furniture after the article, or n if there is none.
func furnitureFrom(n int, text func(int) string) int {
	for i := n / 2; i < n; i++ {
		t := text(i)
		if countWords(t) > 8 {
			continue
		}
		if furnitureEnd.In(strings.ToLower(t)) {
			return i
		}
	}
	return n
}

// isBoilerplate reports page furniture and code: a known marker, or text
// that is mostly not letters (scripts, tables of figures, link lists).
func isBoilerplate(text string) bool {
	if furniture.In(strings.ToLower(text)) || strings.ContainsAny(text, "{}") {
		return true
	}
	var letters, other int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
		default:
			other++
		}
	}
	return letters < 2*other
}

// countWords counts words as corpus.WordRuns cuts them, the unit of "too
// short".
func countWords(text string) int {
	n := 0
	for range corpus.WordRuns(text) {
		n++
	}
	return n
}

// endsLikeSentence reports final punctuation: a span without it is a
// heading, a caption or a list item, which reads badly in a summary even
// when it is long enough.
func endsLikeSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	switch r {
	case '.', '!', '?', '…', '»', '"', '”', '’', ')':
		return true
	}
	return false
}
