package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplateMarkers are phrases that only appear in page furniture:
// ads, subscription prompts, sharing and related-article links. The caller
// cleans pages before us, but a marker that slips through must never become
// a summary sentence.
var boilerplateMarkers = []string{
	"publicité", "s'abonner", "s’abonner", "abonnez-vous", "sponsored post", "[related:",
	"lire aussi", "à lire aussi", "read more", "click here", "cliquez ici", "sign up for",
	"inscrivez-vous", "suivez-nous", "follow us", "partager sur", "share this",
	"tous droits réservés", "all rights reserved", "accepter les cookies", "accept cookies",
	"newsletter gratuite", "free newsletter", "://", "window.", "function(", "javascript",
}

// markerPairs and markersByByte index the boilerplate markers by their
// first two bytes, so that one pass over a sentence finds any of them
// (every sentence of every article is checked).
var (
	markerPairs   [256][4]uint64 // bit b of [first] is set when a marker starts with first, b
	markersByByte [256][]string
)

func init() {
	for _, m := range boilerplateMarkers {
		markerPairs[m[0]][m[1]>>6] |= 1 << (m[1] & 63)
		markersByByte[m[0]] = append(markersByByte[m[0]], m)
	}
}

// containsMarker reports whether lower holds a boilerplate marker.
func containsMarker(lower string) bool {
	for i := 0; i+1 < len(lower); i++ {
		if markerPairs[lower[i]][lower[i+1]>>6]&(1<<(lower[i+1]&63)) == 0 {
			continue
		}
		for _, m := range markersByByte[lower[i]] {
			if strings.HasPrefix(lower[i:], m) {
				return true
			}
		}
	}
	return false
}

// endMarkers open the page furniture after an article (subscription and
// follow prompts, then "latest stories" teasers): from the first short span
// holding one in the second half of the page, nothing is the article any
// more. A prompt above the article or a sentence about a newsletter does
// not cut it.
var endMarkers = []string{
	"s'abonner", "s’abonner", "abonnez-vous", "suivez-nous", "inscrivez-vous", "sign up for",
	"follow us", "newsletter",
}

// furnitureFrom returns the index of the first span that opens the page
// furniture after the article, or n if there is none.
func furnitureFrom(n int, text func(int) string) int {
	for i := n / 2; i < n; i++ {
		t := text(i)
		if countWords(t) > 8 {
			continue
		}
		lower := strings.ToLower(t)
		for _, m := range endMarkers {
			if strings.Contains(lower, m) {
				return i
			}
		}
	}
	return n
}

// isBoilerplate reports page furniture and code: a known marker, or text
// that is mostly not letters (scripts, tables of figures, link lists).
func isBoilerplate(text string) bool {
	if containsMarker(strings.ToLower(text)) || strings.ContainsAny(text, "{}") {
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

// countWords counts runs of letters and digits, the unit of "too short".
func countWords(text string) int {
	n := 0
	in := false
	for _, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
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
