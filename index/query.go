package index

import (
	"fmt"
	"sort"
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
		if occur == Should {
			plain = append(plain, s[start:i])
			continue
		}
		flush()
		out = append(out, Clause{Text: word, Occur: occur})
	}
	flush()
	return out, nil
}

// Words counts the words of clauses, as ParseQuery cut them.
func Words(clauses []Clause) int {
	n := 0
	for _, c := range clauses {
		n += len(strings.Fields(c.Text))
	}
	return n
}

// Reduce keeps a long query's most informative words, as Elasticsearch's
// more_like_this keeps its top terms, so a pasted paragraph is answered
// rather than refused. Phrases, +required and -excluded words are kept as
// written; of the plain words, those whose weight (weigh: higher is more
// informative, 0 drops the word) times their count ranks in the first
// max-len(kept) stay, in their order. It returns the clauses and how many words it dropped.
func Reduce(clauses []Clause, max int, weigh func(word string) float64) ([]Clause, int) {
	if Words(clauses) <= max {
		return clauses, 0
	}
	type word struct {
		text   string
		clause int
		weight float64
	}
	var plain []word
	budget := max
	for i, c := range clauses {
		if c.Occur == Should && !c.Phrase {
			for _, w := range strings.Fields(c.Text) {
				plain = append(plain, word{text: w, clause: i})
			}
			continue
		}
		budget -= len(strings.Fields(c.Text))
	}
	// A word's weight is its informativeness times how often the query
	// repeats it, as more_like_this weighs tf × idf.
	weights, counts := map[string]float64{}, map[string]int{}
	for _, w := range plain {
		counts[strings.ToLower(w.text)]++
	}
	for i := range plain {
		w, ok := weights[plain[i].text]
		if !ok {
			w = weigh(plain[i].text) * float64(counts[strings.ToLower(plain[i].text)])
			weights[plain[i].text] = w
		}
		plain[i].weight = w
	}
	order := make([]int, len(plain))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return plain[order[a]].weight > plain[order[b]].weight })
	keep := make([]bool, len(plain))
	seen := map[string]bool{}
	for _, i := range order {
		if budget <= 0 || plain[i].weight <= 0 {
			break
		}
		if seen[plain[i].text] {
			continue // a repeated word says nothing new
		}
		seen[plain[i].text] = true
		keep[i] = true
		budget--
	}
	var out []Clause
	dropped := 0
	for i, c := range clauses {
		if c.Occur != Should || c.Phrase {
			out = append(out, c)
			continue
		}
		var kept []string
		for j, w := range plain {
			if w.clause != i {
				continue
			}
			if keep[j] {
				kept = append(kept, w.text)
			} else {
				dropped++
			}
		}
		if len(kept) > 0 {
			out = append(out, Clause{Text: strings.Join(kept, " "), Occur: Should})
		}
	}
	return out, dropped
}

func indexAnyQuote(s string) int {
	return strings.IndexFunc(s, func(r rune) bool { return r == '"' || r == '”' || r == '»' || r == '“' })
}

// hasWord reports whether s has a letter or digit: a clause of punctuation
// alone would match nothing and only confuse the engine.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
