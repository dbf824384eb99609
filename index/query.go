package index

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Occur says how a clause constrains the result.
type Occur int

// Clause occurrences.
const (
	Should  Occur = iota // may match; adds to the score
	Must                 // +word or +"phrase"
	MustNot              // -word or -"phrase"
)

// Clause is one part of a parsed user query.
type Clause struct {
	Text   string
	Phrase bool
	Occur  Occur
}

// ParseQuery splits user text into clauses. The syntax is deliberately
// small — "phrases", +must and -not — and anything else is plain text, so a
// natural-language question with ?, :, ' or commas is never a syntax error.
// An unbalanced quote quotes the rest of the text. Consecutive plain words
// stay together in one Should clause so the analyzer sees them as written.
func ParseQuery(s string) ([]Clause, error) {
	if len(s) > MaxQueryLength {
		return nil, fmt.Errorf("%w: query is %d bytes, the limit is %d", ErrInvalidQuery, len(s), MaxQueryLength)
	}
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("%w: query is not valid UTF-8", ErrInvalidQuery)
	}
	var (
		out   []Clause
		plain []string
	)
	flush := func() {
		if len(plain) > 0 {
			out = append(out, Clause{Text: strings.Join(plain, " "), Occur: Should})
			plain = plain[:0]
		}
	}
	words := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		occur := Should
		start := i
		if (r == '+' || r == '-') && i+1 < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if !unicode.IsSpace(next) && next != '+' && next != '-' {
				if r == '+' {
					occur = Must
				} else {
					occur = MustNot
				}
				i++
			}
		}
		if i < len(s) && (s[i] == '"' || strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "«")) {
			open := 1
			if s[i] != '"' {
				_, open = utf8.DecodeRuneInString(s[i:])
			}
			body := s[i+open:]
			end := indexAnyQuote(body)
			var text string
			if end < 0 {
				text, i = body, len(s)
			} else {
				_, cw := utf8.DecodeRuneInString(body[end:])
				text, i = body[:end], i+open+end+cw
			}
			text = strings.TrimSpace(text)
			if text == "" || !hasWord(text) {
				continue
			}
			flush()
			words += len(strings.Fields(text))
			out = append(out, Clause{Text: text, Phrase: len(strings.Fields(text)) > 1, Occur: occur})
			continue
		}
		end := strings.IndexFunc(s[i:], unicode.IsSpace)
		if end < 0 {
			end = len(s) - i
		}
		word := s[i : i+end]
		i += end
		if !hasWord(word) {
			continue
		}
		words++
		if occur == Should {
			plain = append(plain, s[start:i])
			continue
		}
		flush()
		out = append(out, Clause{Text: word, Occur: occur})
	}
	flush()
	if words > MaxClauses {
		return nil, fmt.Errorf("%w: query has %d words, the limit is %d", ErrInvalidQuery, words, MaxClauses)
	}
	return out, nil
}

func indexAnyQuote(s string) int {
	return strings.IndexFunc(s, func(r rune) bool { return r == '"' || r == '”' || r == '»' || r == '“' })
}

// hasWord reports whether s has a letter or digit: a clause of punctuation
// alone would match nothing and only confuse the engine.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
