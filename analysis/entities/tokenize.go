package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
)

type tokenKind uint8

const (
	wordToken tokenKind = iota
	punctToken
	breakToken // a line break: ends a sentence and a heading
)

// token is one word or punctuation mark of a field. Offsets are bytes into
// the field's text so mentions can point back at the source.
type token struct {
	start, end  int
	text        string // surface with curly apostrophes straightened
	key         string // folded and lower-cased: what matching compares
	folded      string // folded, case kept: what case-sensitive entries compare
	kind        tokenKind
	spaceBefore bool
	inTitle     bool

	// Shape, filled for words.
	capital  bool // first letter is upper case
	allCaps  bool // at least two letters, all upper case
	camel    bool // upper case after lower case: InMage, iPhone, HDInsight
	digit    bool
	elision  bool // French l', d', qu'…
	letters  int
	sentHead bool // first word of a sentence, a quote or a line
	noisy    bool // in a Title Case or ALL CAPS sentence: case says nothing
}

// isApostrophe covers the straight apostrophe and the typographic ones news
// sites use interchangeably; matching must not care which one was typed.
func isApostrophe(r rune) bool { return corpus.IsApostrophe(r) }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord tells the ASCII letters and digits: most of what the tokenizer
// reads is ASCII, and a table answers before the Unicode tables are asked.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return t
}()

// tokenize splits text into words and punctuation, appending to toks. Words
// keep internal dots, ampersands and underscores ("Node.js", "AT&T") but not
// hyphens: a hyphen is its own token so "Microsoft-VMware" still yields both
// names while the gazetteer can spell "Hyper-V" as three tokens.
func tokenize(toks []token, text string, inTitle bool) []token {
	return tokenizeWrapped(toks, text, inTitle, 0)
}

// tokenizeWrapped is tokenize for a text hard-wrapped at width bytes (0:
// not wrapped), where a line break that only wraps a sentence is a space.
func tokenizeWrapped(toks []token, text string, inTitle bool, width int) []token {
	space := true
	i, line := 0, 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && width > 0 && softBreak(text, line, i, width):
			space = true
			i += size
			line = i
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			line = i + size
			if n := len(toks); n == 0 || toks[n-1].kind != breakToken {
				toks = append(toks, token{start: i, end: i + size, text: "\n", key: "\n", kind: breakToken, inTitle: inTitle})
			}
			space = true
			i += size
		case unicode.IsSpace(r):
			space = true
			i += size
		case isWordRune(r) || (r == '.' && space && startsWord(text[i+size:])):
			end, apostrophe := scanWord(text, i)
			if apostrophe {
				toks, end = splitApostrophe(toks, text, i, end, space, inTitle)
			} else {
				toks = appendWord(toks, text, i, end, space, inTitle)
			}
			space = false
			i = end
		default:
			t := token{start: i, end: i + size, text: text[i : i+size], kind: punctToken, spaceBefore: space, inTitle: inTitle}
			if r == '\u2010' || r == '\u2011' {
				t.text = "-"
			}
			t.key, t.folded = t.text, t.text
			toks = append(toks, t)
			space = false
			i += size
		}
	}
	return toks
}

// wrapWidth returns the width a text is hard-wrapped at, as wire stories
// of the 1980s are ("the Bank\nof England", "New\nZealand"), or 0 when its
// lines are paragraphs: several lines, the longest of a terminal's width,
// and at least half of them close to it, or a quarter of them going on in
// lower case on the next line (a short story of short paragraphs).
func wrapWidth(text string) int {
	lines, width, full, goesOn := 0, 0, 0, 0
	for rest := text; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if n := len(strings.TrimSpace(line)); n > 0 {
			lines++
			width = max(width, n)
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsLower(r) {
				goesOn++
			}
		}
	}
	if lines < 2 || width < 40 || width > 100 {
		return 0
	}
	for rest := text; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if n := len(strings.TrimSpace(line)); n > 0 && n*4 >= width*3 {
			full++
		}
	}
	if full*2 < lines && goesOn*4 < lines {
		return 0
	}
	return width
}

// softBreak reports whether the line break at i, ending the line that
// starts at line, only wraps a sentence of a text wrapped at width: the
// line does not end a sentence, and the next one goes on in lower case, or
// its first word would not have fit on the line. The first line is always
// short, its dateline having been cut. A blank or indented line after it
// is a new paragraph; a short line, a table row or a heading.
func softBreak(text string, line, i, width int) bool {
	prev := strings.TrimSpace(text[line:i])
	if prev == "" || i+1 >= len(text) {
		return false
	}
	switch prev[len(prev)-1] {
	case '.', '!', '?', ':', ';', '-':
		return false
	}
	next := text[i+1:]
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsSpace(r) {
		return false
	}
	if unicode.IsLower(r) {
		return true
	}
	if line == 0 {
		return len(prev) >= 12 && !strings.ContainsAny(prev, "0123456789") // not a table's first row
	}
	word := next
	if k := strings.IndexAny(next, " \n"); k >= 0 {
		word = next[:k]
	}
	// Wire copy wraps a few characters short of its longest line.
	return len(prev)+1+len(word) > width-7
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined through . & _ @ and apostrophes when a letter or digit follows, and
// closed by trailing + or # ("C++", "C#"); and whether it joined through an
// apostrophe, which only a word rune can follow.
func scanWord(text string, i int) (end int, apostrophe bool) {
	j := i
	if text[j] == '.' {
		j++
	}
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '.' || r == '&' || r == '_' || r == '@' || isApostrophe(r) {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if r == '.' && missingSpace(text[i:j], text[j+size:]) {
				break
			}
			if isWordRune(next) {
				apostrophe = apostrophe || isApostrophe(r)
				j += size
				continue
			}
		}
		break
	}
	for j < len(text) && (text[j] == '+' || text[j] == '#') && j-i <= 8 {
		j++
	}
	return j, apostrophe
}

// missingSpace reports whether a dot between before and after ends a
// sentence whose space was lost ("juillet.Mais", "AFP.Le", "FFP2.A",
// "affaire.L'") rather than joining a name ("Node.js", "ASP.NET",
// "Lemondeinformatique.fr", "U.S.A"): a word, then a capital that does
// not start an acronym.
func missingSpace(before, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLower(last) && !unicode.IsDigit(last) && !(unicode.IsUpper(last) && len(before) >= 3) {
		return false
	}
	r, size := utf8.DecodeRuneInString(after)
	if !unicode.IsUpper(r) {
		return false
	}
	if unicode.IsLower(last) && len(before) >= 3 || unicode.IsDigit(last) {
		return true // "jour.BMW", "Covid-19.Le"
	}
	r2, _ := utf8.DecodeRuneInString(after[size:])
	return !unicode.IsUpper(r2) && !unicode.IsDigit(r2) // "Mais", "A ", "L'"
}

// splitApostrophe handles a word containing apostrophes: French elisions
// become their own tokens, an English possessive "'s" is dropped, and
// anything else ("aujourd'hui", "O'Reilly", "don't") stays one word.
func splitApostrophe(toks []token, text string, start, end int, space, inTitle bool) ([]token, int) {
	i := start
	for {
		word := text[i:end]
		k := strings.IndexFunc(word, isApostrophe)
		if k < 0 {
			return appendWord(toks, text, i, end, space, inTitle), end
		}
		_, asize := utf8.DecodeRuneInString(word[k:])
		head, tail := word[:k], word[k+asize:]
		lowerHead := strings.ToLower(head)
		switch {
		case terms.Elided(lowerHead):
			// Kept as a token so "Conseil d'Etat" still reads as one name.
			t := newWord(text, i, i+k+asize, space, inTitle)
			t.text = head + "'"
			t.key, t.folded = lowerHead+"'", head+"'"
			t.elision = true
			toks = append(toks, t)
			space = false
			i += k + asize
		case (tail == "s" || tail == "S") && !strings.ContainsFunc(head, isApostrophe):
			return append(toks, newWord(text, i, i+k, space, inTitle)), end
		default:
			t := newWord(text, i, end, space, inTitle)
			t.text = corpus.StraightenApostrophes(t.text)
			t.key = strings.ToLower(terms.Fold(t.text))
			t.folded = terms.Fold(t.text)
			return append(toks, t), end
		}
	}
}

func newWord(text string, start, end int, space, inTitle bool) token {
	s := text[start:end]
	t := token{start: start, end: end, text: s, kind: wordToken, spaceBefore: space, inTitle: inTitle}
	t.folded = terms.Fold(s)
	t.key = lower(t.folded)
	if t.folded == s && asciiShape(&t) {
		return t
	}
	var upper, lowerSeen, first = 0, false, true
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			if first {
				t.capital = true
			}
			if lowerSeen {
				t.camel = true
			}
			upper++
			t.letters++
			first = false
		case unicode.IsLetter(r):
			lowerSeen = true
			t.letters++
			first = false
		case unicode.IsDigit(r):
			t.digit = true
			first = false
		}
	}
	t.allCaps = t.letters >= 2 && upper == t.letters
	// "HDInsight", "VMware": a run of capitals then lower case is as much a
	// made-up name as "InMage".
	if !t.camel && t.capital && upper >= 2 && upper < t.letters {
		t.camel = true
	}
	if t.camel && !t.capital && ocrCase(s) {
		t.camel = false
	}
	return t
}

// asciiShape fills the shape of an ASCII word as newWord's loop over its
// runes would, and reports false, leaving t as it was, for any other word.
func asciiShape(t *token) bool {
	s := t.text
	var upper, letters int
	capital, camel, lowerSeen, digit, first := false, false, false, false, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false
		case 'A' <= c && c <= 'Z':
			if first {
				capital = true
			}
			if lowerSeen {
				camel = true
			}
			upper++
			letters++
			first = false
		case 'a' <= c && c <= 'z':
			lowerSeen = true
			letters++
			first = false
		case '0' <= c && c <= '9':
			digit = true
			first = false
		}
	}
	t.capital, t.camel, t.digit, t.letters = capital, camel, digit, letters
	t.allCaps = letters >= 2 && upper == letters
	// As in newWord: a run of capitals then lower case is a made-up name.
	if !t.camel && t.capital && upper >= 2 && upper < letters {
		t.camel = true
	}
	if t.camel && !t.capital && ocrCase(s) {
		t.camel = false
	}
	return true
}

// appendWord appends the word text[start:end], or the two words a lost
// line break ran together ("cartonnentPhilippe De Villiers") with a break
// between them: the second starts a line of its own.
func appendWord(toks []token, text string, start, end int, space, inTitle bool) []token {
	toks = append(toks, newWord(text, start, end, space, inTitle))
	if t := &toks[len(toks)-1]; t.capital || t.folded == t.key {
		return toks // no capital inside
	}
	cut := gluedAt(text[start:end])
	if cut == 0 {
		return toks
	}
	return append(toks[:len(toks)-1], newWord(text, start, start+cut, space, inTitle),
		token{start: start + cut, end: start + cut, text: "\n", key: "\n", kind: breakToken, inTitle: inTitle},
		newWord(text, start+cut, end, false, inTitle))
}

// gluedAt returns where a word made of a lower-case word and a
// capitalized one run together starts its second part ("annéeLes",
// "franceinfoEmmanuel"), or 0. Made-up names start their capital sooner
// ("iPhone", "vSphere", "phpMyAdmin") or keep capitals after it
// ("macOS", "openSUSE").
func gluedAt(word string) int {
	lowerRun, cut := 0, 0
	for k, r := range word {
		switch {
		case unicode.IsUpper(r):
			if cut > 0 || lowerRun < 4 {
				return 0
			}
			cut = k
		case unicode.IsLower(r):
			if cut == 0 {
				lowerRun++
			}
		default:
			return 0 // digits, dots: "macbook2.0" is not two words
		}
	}
	if cut == 0 || utf8.RuneCountInString(word[cut:]) < 2 {
		return 0
	}
	return cut
}

// ocrCase reports whether a word starting in lower case has the capitals
// of OCR noise or of two words run together ("cantonaLdes", "dispoSitidn",
// "faquelU", "cartonnentPhilippe"), not those of a made-up name: "iPhone",
// "eBay" and "vSphere" have one letter before their capital, "macOS",
// "openSUSE" and "phpMyAdmin" a capital run or a short prefix.
func ocrCase(s string) bool {
	lowerRun, capitals, afterCap := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			capitals++
			afterCap = 0
		case unicode.IsLetter(r):
			if capitals == 0 {
				lowerRun++
			} else {
				afterCap++
			}
		}
	}
	if capitals == 1 && afterCap == 0 && lowerRun >= 3 {
		return true // "faquelU", "chcY"; not "cdH"
	}
	return lowerRun >= 4 && capitals == 1 && afterCap >= 2
}

// lower avoids an allocation for the common all-lower-case ASCII word.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// tokenKeys is how a name from the gazetteer or from Lookup is compared:
// the same tokenizer as the text, so both sides split the same way.
func tokenKeys(s string) []string {
	toks := spellingTokens(tokenize(nil, s, false))
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.kind == breakToken {
			continue
		}
		keys = append(keys, t.key)
	}
	return keys
}

// spellingTokens drops the final dot of a spelling ("U.S.", "Inc.",
// "Washington D.C."): in text that dot is also the sentence's, and "the
// U.S." ending a sentence, or a wire that never writes it, must still be the
// name. The tokenizer keeps inner dots in the word, so "U.S" is one token
// either way.
func spellingTokens(toks []token) []token {
	for len(toks) > 1 && toks[len(toks)-1].kind == punctToken && (toks[len(toks)-1].text == "." || toks[len(toks)-1].text == "!") {
		toks = toks[:len(toks)-1]
	}
	return toks
}

func normKey(s string) string {
	if s != "" {
		// One word of letters and digits, the most common case (each word
		// of a name, in acronymTypes): the tokens tokenize would make of
		// it, without its slice.
		r, _ := utf8.DecodeRuneInString(s)
		if end, apostrophe := scanWord(s, 0); isWordRune(r) && end == len(s) && !apostrophe {
			var buf [3]token
			toks := appendWord(buf[:0], s, 0, len(s), true, false)
			if len(toks) == 1 {
				return toks[0].key
			}
		}
	}
	return strings.Join(tokenKeys(s), " ")
}
