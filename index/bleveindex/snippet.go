package bleveindex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const ellipsis = "…"

// tidySnippet trims the half words Bleve's fragmenter leaves at a cut
// fragment's edges ("…zure (ainsi" becomes "… (ainsi"), so a reader sees
// whole words, and turns the line breaks of the source text into spaces,
// as a result list shows them. A marked word is never trimmed, and nothing
// is trimmed when it would leave too little.
func tidySnippet(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if rest, ok := strings.CutPrefix(s, ellipsis); ok {
		if i := strings.IndexFunc(rest, unicode.IsSpace); i > 0 && i < len(rest)/3 && !strings.Contains(rest[:i], "<") {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
				s = ellipsis + " " + strings.TrimLeftFunc(rest[i:], unicode.IsSpace)
			}
		}
	}
	if rest, ok := strings.CutSuffix(s, ellipsis); ok {
		if i := strings.LastIndexFunc(rest, unicode.IsSpace); i > len(rest)*2/3 && !strings.Contains(rest[i:], ">") {
			if r, _ := utf8.DecodeLastRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
				s = strings.TrimRightFunc(rest[:i], unicode.IsSpace) + " " + ellipsis
			}
		}
	}
	return s
}
