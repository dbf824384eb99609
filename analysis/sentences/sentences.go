// Package sentences owns sentence segmentation for French and English news
// text: where one sentence ends and the next begins, as byte spans into the
// input so callers can quote sentences verbatim and point back at them.
//
// Segmentation is rule-based on purpose: news copy is full of abbreviations
// (M., Inc., U.S.), amounts (46,3 %, $3.36bn), initials, domains
// (Lemondeinformatique.fr), quotes that close after the full stop and
// headings without any punctuation, and a small set of explicit rules handles
// them predictably and in microseconds.
//
// It imports corpus (for the one list of apostrophes) and the standard
// library.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// Span is one sentence: Text is input[Start:End], with surrounding white
// space already excluded from the offsets.
type Span struct {
	Text       string
	Start, End int
}

// Split cuts text into sentences. lang is an ISO 639-1 code; French and
// English get their own abbreviation lists, any other language the union of
// both. Spans come in input order, never overlap and are never empty.
func Split(text, lang string) []Span {
	ab := abbreviationsFor(lang)
	var out []Span
	for _, b := range blocks(text) {
		out = splitBlock(text, b[0], b[1], ab, out)
	}
	return out
}

// blocks returns the [start, end) ranges that no sentence may cross: text
// between blank lines, further cut after lines that read as headings or list
// items. A line break inside a block is ordinary white space, which keeps
// hard-wrapped prose together.
func blocks(text string) [][2]int {
	var out [][2]int
	blockStart := -1
	prevEnd := 0   // end of the previous non-blank line, excluding '\n'
	prevLine := "" // trimmed previous non-blank line in the block
	for lineStart := 0; lineStart <= len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		next := 0
		if lineEnd < 0 {
			lineEnd = len(text)
			next = len(text) + 1
		} else {
			lineEnd += lineStart
			next = lineEnd + 1
		}
		line := trim(text[lineStart:lineEnd])
		switch {
		case line == "":
			if blockStart >= 0 {
				out = append(out, [2]int{blockStart, prevEnd})
				blockStart = -1
			}
		case blockStart < 0:
			blockStart = lineStart
		case endsLine(prevLine, line):
			out = append(out, [2]int{blockStart, prevEnd})
			blockStart = lineStart
		}
		if line != "" {
			prevEnd, prevLine = lineEnd, line
		}
		lineStart = next
	}
	if blockStart >= 0 {
		out = append(out, [2]int{blockStart, prevEnd})
	}
	return out
}

// maxHeadingRunes is the longest line that can still be a heading; longer
// lines without final punctuation are taken for hard-wrapped prose.
const maxHeadingRunes = 100

// endsLine reports whether the break between two non-blank lines ends a
// sentence even though prev has no sentence-final punctuation.
func endsLine(prev, next string) bool {
	if isListItem(next) || isListItem(prev) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch last {
	case '.', '!', '?', '…', '»', '"', '”', ')':
		// Ordinary punctuation rules decide, so that "M.\nDupont" stays one.
		return false
	case ',', ';', ':', '-', '–', '(', '«', '“', '/', '&':
		// The sentence obviously continues on the next line.
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return false
	}
	return utf8.RuneCountInString(prev) <= maxHeadingRunes
}

// isListItem reports whether a trimmed line starts with a bullet or a
// number followed by ". " or ") ".
func isListItem(line string) bool {
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '•', '–', '—', '·', '▪', '►', '■', '●':
		rest := line[size:]
		return rest == "" || startsWithSpace(rest)
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(line) {
		return false
	}
	return (line[i] == '.' || line[i] == ')') && startsWithSpace(line[i+1:])
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isSpace(r)
}

// splitBlock appends the sentences of text[start:end] to out.
func splitBlock(text string, start, end int, ab *abbreviations, out []Span) []Span {
	sentStart := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isTerminal(r) {
			i += size
			continue
		}
		runEnd := skipWhile(text, i, end, isTerminal)
		cut := closeQuotes(text, sentStart, i, runEnd, end)
		if cut < end {
			r2, _ := utf8.DecodeRuneInString(text[cut:end])
			if !isSpace(r2) {
				// "2.5", "U.S.-based", "Lemondeinformatique.fr", "(...)".
				i = runEnd
				continue
			}
		}
		nextWord := skipWhile(text, cut, end, isSpace)
		if nextWord < end && !endsSentence(text, sentStart, i, runEnd, nextWord, end, ab) {
			i = runEnd
			continue
		}
		out = appendSpan(out, text, sentStart, cut)
		sentStart, i = cut, cut
	}
	return appendSpan(out, text, sentStart, end)
}

// skipWhile returns the index of the first rune of text[i:end] that is not
// in, or end when they all are.
func skipWhile(text string, i, end int, in func(rune) bool) int {
	for i < end {
		r, s := utf8.DecodeRuneInString(text[i:end])
		if !in(r) {
			break
		}
		i += s
	}
	return i
}

// isLineSpace reports the spaces that may stand before a closing quote:
// a space, a no-break space or a narrow no-break space.
func isLineSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' }

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// closeQuotes returns where a sentence whose final punctuation spans
// [runStart, runEnd) really ends: after the closing quotes and brackets that
// belong to it, French « » with their inner space included.
func closeQuotes(text string, sentStart, runStart, runEnd, end int) int {
	body := text[sentStart:runStart]
	straight := strings.Count(body, `"`)%2 == 1
	parens := strings.Count(body, "(") - strings.Count(body, ")")
	brackets := strings.Count(body, "[") - strings.Count(body, "]")
	cut := runEnd
	for cut < end {
		j := skipWhile(text, cut, end, isLineSpace)
		if j >= end {
			return cut
		}
		r, s := utf8.DecodeRuneInString(text[j:end])
		switch {
		case r == '»' || r == '”' || r == '’' && j == cut:
		case r == '"' && straight && j == cut:
			straight = false
		case r == ')' && parens > 0 && j == cut:
			parens--
		case r == ']' && brackets > 0 && j == cut:
			brackets--
		default:
			return cut
		}
		cut = j + s
	}
	return cut
}

// endsSentence decides whether the punctuation run [runStart, runEnd),
// followed by white space and then text at next, ends a sentence.
func endsSentence(text string, sentStart, runStart, runEnd, next, end int, ab *abbreviations) bool {
	nr, _ := utf8.DecodeRuneInString(text[next:end])
	if unicode.IsLower(nr) {
		// "p. ex.", "Yahoo! users", "etc. et", "… et puis".
		return false
	}
	run := text[runStart:runEnd]
	if run != "." {
		if strings.ContainsAny(run, "!?‼⁇⁈⁉") {
			return true
		}
		// An ellipsis only ends a sentence before a capital or a quote.
		return unicode.IsUpper(nr) || isOpener(nr)
	}
	word := wordBefore(text, sentStart, runStart)
	if word == "" {
		return true
	}
	nextWord := wordAt(text, next, end)
	lower := strings.ToLower(word)
	switch {
	case ab.never[word] || ab.never[lower] && !isCapitalized(word):
		return false
	case isInitial(word):
		// "J. R. R. Tolkien", "M. Dupont"; a digit after an initial is
		// rare enough to be a new sentence.
		return !unicode.IsUpper(nr) && !isOpener(nr)
	case ab.beforeNumber[lower]:
		return !unicode.IsDigit(nr)
	case isListNumber(text, sentStart, runStart, word):
		return false
	case ab.ambiguous[lower] || isAcronym(word):
		// "Apple Inc. The company" ends, "Apple Inc. CEO Tim Cook" and
		// "the U.S. President" do not.
		return ab.starters[nextWord] || isOpener(nr)
	}
	return true
}

// isListNumber reports the "1" of a numbered list item "1. A new GPU".
func isListNumber(text string, sentStart, runStart int, word string) bool {
	if len(word) > 3 || trim(text[sentStart:runStart]) != word {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	return true
}

// wordBefore returns the token that the full stop at runStart closes,
// without leading brackets or quotes: "Inc", "U.S", "J", "46,3".
func wordBefore(text string, sentStart, runStart int) string {
	i := runStart
	for i > sentStart {
		r, s := utf8.DecodeLastRuneInString(text[sentStart:i])
		if isSpace(r) || isOpener(r) || r == '(' || r == '[' || r == '/' {
			break
		}
		i -= s
	}
	return text[i:runStart]
}

// wordAt returns the letters starting at i, plus a French elided article's
// apostrophe ("L'", "D'") so starters can list them.
func wordAt(text string, i, end int) string {
	j := i
	for j < end {
		r, s := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			if corpus.IsElisionApostrophe(r) && j > i {
				j += s
			}
			break
		}
		j += s
	}
	return strings.ReplaceAll(text[i:j], "’", "'")
}

func isOpener(r rune) bool {
	switch r {
	case '«', '"', '“', '‘', '(', '[', '—', '–', '-', '\'', '¿', '¡':
		return true
	}
	return false
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isInitial reports a single capital letter, as in "J. R. R. Tolkien".
func isInitial(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r)
}

// isAcronym reports dotted abbreviations such as "U.S", "e.g", "J.-C":
// letters in groups of at most two, separated by dots.
func isAcronym(word string) bool {
	if !strings.Contains(word, ".") {
		return false
	}
	for part := range strings.SplitSeq(strings.ReplaceAll(word, "-", ""), ".") {
		n := utf8.RuneCountInString(part)
		if n == 0 || n > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func trim(s string) string {
	return strings.TrimFunc(s, isSpace)
}

func appendSpan(out []Span, text string, start, end int) []Span {
	start = skipWhile(text, start, end, isSpace)
	for end > start {
		r, s := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= s
	}
	if start == end {
		return out
	}
	return append(out, Span{Text: text[start:end], Start: start, End: end})
}
