package corpus

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/internal/wordlist"
)

// Errors a text can be rejected with before it is parsed. Loaders wrap them,
// so callers test with errors.Is.
var (
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrNULByte     = errors.New("NUL byte in text")
	ErrEmptyBody   = errors.New("empty body")
)

// ValidText reports why s cannot be stored as document text: invalid UTF-8
// (we never guess a legacy encoding, the source must be fixed) or a NUL byte
// (a sign of binary data, and something Bleve and most consumers mishandle).
func ValidText(s string) error {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return nil
	}
	for i := 0; i < len(s); {
		if s[i] == 0 {
			return fmt.Errorf("%w at byte %d", ErrNULByte, i)
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, i)
		}
		i += n
	}
	return nil
}

// Clean removes web boilerplate from an article's text and normalizes its
// whitespace. It never rewrites the words of the article: it only drops
// whole lines, and only lines that match one of these rules:
//
//   - call-to-action and navigation lines: short lines made only of
//     advertising, sharing, subscription, cookie-button or navigation words
//     ("Publicité", "Share this", "s'abonner", "Read more"…), and
//     breadcrumbs that start with a home link;
//   - related links: a line in square brackets, or a "label: headline" line,
//     whose label is made of related-reading words ("[Related: …]",
//     "Lire aussi : …"), plus headlines glued under a related-reading line;
//   - cookie notices: short paragraphs about cookies that address the reader;
//   - tag lines: "Tags: a, b, c", "Étiquettes : …" with a short list;
//   - promotions: a short paragraph with both a call to the reader
//     ("Découvrez", "Try") and an offer ("offert", "free trial");
//   - a line identical to the previous kept line (teasers repeat headlines);
//   - a trailing "more articles" block: a section label ("Derniers dossiers",
//     "More from…", "Related articles") followed only by teasers, i.e.
//     headline-like lines and paragraphs cut off with "...";
//   - a sign-off: a last line that is one word, after at least two lines of
//     text ("REUTER", "(AFP)", "MORE" ending a wire story).
//
// Whitespace: \r\n and \r become \n, NBSP and other odd spaces become plain
// spaces, runs of spaces collapse, invisible characters (zero-width space,
// soft hyphen, BOM, control characters) go, lines made only of whitespace
// become empty and runs of empty lines collapse to one, which is the
// paragraph separator. Invalid UTF-8 becomes U+FFFD. Clean is idempotent.
func Clean(text string) string {
	lines := strings.Split(normalizeChars(text), "\n")
	keep := make([]bool, len(lines))
	for i, l := range lines {
		keep[i] = l != "" && !isBoilerplate(l)
	}
	dropGluedRelated(lines, keep)
	dropTrailingTeasers(lines, keep)
	dropSignOff(lines, keep)

	var b strings.Builder
	b.Grow(len(text))
	prev, blank := "", false
	for i, l := range lines {
		if l == "" {
			blank = true
			continue
		}
		if !keep[i] || l == prev {
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l)
		prev, blank = l, false
	}
	return b.String()
}

// CleanBody cleans d's body once: analysis.Analyze calls it for every
// document, whichever door it came in by, and it leaves alone a body its
// parser already cleaned (see markCleaned) rather than clean it a second
// time.
func (d *Document) CleanBody() {
	if d.Body != d.cleaned {
		d.Body = Clean(d.Body)
	}
	d.markCleaned()
}

// markCleaned records that d's body is what Clean returned, for parsers
// that clean a body themselves because they parse cleaned text.
func (d *Document) markCleaned() { d.cleaned = d.Body }

// normalizeChars does Clean's character-level work in one pass: newlines,
// spaces, invisible characters, and trimming every line.
func normalizeChars(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending; written only before the next visible rune
	lineStart := true
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			fallthrough
		case r == '\n', r == '\v', r == '\f', r == 0x85, r == 0x2028, r == 0x2029:
			b.WriteByte('\n')
			space, lineStart = false, true
		case r == ' ', r == '\t', unicode.IsSpace(r):
			space = !lineStart
		case r == 0x200b, r == 0x2060, r == 0xfeff, r == 0xad, r < 0x20, r >= 0x7f && r < 0xa0:
			// Invisible: zero-width space, word joiner, BOM, soft hyphen,
			// C0 and C1 controls. Zero-width joiners stay (emoji, scripts).
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			if r == utf8.RuneError {
				b.WriteRune(utf8.RuneError)
			} else if n == 1 {
				// Printable ASCII: the run of it, single spaces between,
				// written at once, as the cases above would write it.
				j := i
				for j < len(s) {
					if c := s[j]; '!' <= c && c <= '~' {
						j++
					} else if c == ' ' && j+1 < len(s) && '!' <= s[j+1] && s[j+1] <= '~' {
						j += 2
					} else {
						break
					}
				}
				b.WriteString(s[i-1 : j])
				i = j
			} else {
				b.WriteString(s[i-n : i])
			}
			lineStart = false
		}
	}
	return b.String()
}

// Vocabulary of boilerplate lines (corpus/wordlist). A line is
// boilerplate only when every word of it is in these sets and at least one
// is a "strong" word: "aux" or "more" alone prove nothing, but
// "newsletters" among them does. Words are lowercased, with elisions split
// ("s'abonner" is "s" + "abonner").
var (
	navStrong     = wordlist.Set("clean-nav-strong.txt")
	navWeak       = wordlist.Set("clean-nav-weak.txt")
	labelVocab    = wordlist.Set("clean-label.txt")
	labelStrong   = wordlist.Set("clean-label-strong.txt")
	relatedStrong = wordlist.Set("clean-related-strong.txt")
	navVocab      = union(navWeak, labelVocab) // weak words of navigation lines and related labels
	secondPerson  = wordlist.Set("clean-second-person.txt")
	firstPerson   = wordlist.Set("clean-first-person.txt")
	consentWords  = wordlist.Set("clean-consent.txt")
)

func union(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// eachWord calls f with each lowercase word of line (WordRuns), stopping
// when f returns false. Most lines fail the vocabulary tests on their first
// word; stopping there is what keeps Clean fast.
func eachWord(line string, f func(w string) bool) {
	for w := range WordRuns(line) {
		if !f(strings.ToLower(w)) {
			return
		}
	}
}

// vocabLine reports whether line has 1 to max words, all in vocab (or
// numbers, when numbers is set), at least one of them in strong.
func vocabLine(line string, max int, strong, vocab map[string]bool, numbers bool) bool {
	n, ok, hasStrong := 0, true, false
	eachWord(line, func(w string) bool {
		n++
		switch {
		case n > max:
			ok = false
		case strong[w]:
			hasStrong = true
		case vocab[w], numbers && isNumber(w):
		default:
			ok = false
		}
		return ok
	})
	return ok && hasStrong && n > 0
}

// A line longer than this is prose, whatever its words: boilerplate lines
// are short, and the length test keeps the word tests off long paragraphs.
const maxNavLine = 100

// isBoilerplate applies the single-line rules of Clean.
func isBoilerplate(line string) bool {
	if len(line) <= maxNavLine && isNavLine(line) {
		return true
	}
	if isRelatedLink(line) || isBreadcrumb(line) || isTagLine(line) || isPromotion(line) {
		return true
	}
	return isCookieNotice(line)
}

// Vocabulary of promotions: a call to the reader and an offer.
var (
	promoCall  = wordlist.Set("clean-promo-call.txt")
	promoOffer = wordlist.Set("clean-promo-offer.txt")
)

// isPromotion matches a short paragraph selling something to the reader:
// "Besoin d'une base managée ? Découvrez nos offres, premier mois
// offert." It needs both an imperative call and an offer, which article
// prose about offers rarely has in one short paragraph. An imperative
// opens its sentence or clause: "do not know where to start" is no call.
func isPromotion(line string) bool {
	if len(line) > 250 {
		return false
	}
	call, offer := false, false
	// The clauses strings.FieldsFunc(line, clauseMark) gives, read in
	// place until one opens with a call (an empty one has no word).
	for rest := line; !call; {
		i, size := indexClauseMark(rest)
		clause := rest
		if i >= 0 {
			clause = rest[:i]
		}
		eachWord(clause, func(w string) bool {
			call = call || promoCall[w]
			return false // the clause's first word only
		})
		if i < 0 {
			break
		}
		rest = rest[i+size:]
	}
	if !call {
		return false
	}
	// An offer word in a compound is no offer: "pain-free", "sugar-free",
	// "duty-free".
	for _, f := range strings.Fields(line) {
		if strings.Contains(strings.Trim(f, "-"), "-") {
			continue
		}
		eachWord(f, func(w string) bool {
			offer = offer || promoOffer[w]
			return !offer
		})
	}
	return offer
}

// indexClauseMark is strings.IndexFunc(s, clauseMark), with the mark's
// size: ASCII, most of a line, is looked up without decoding.
func indexClauseMark(s string) (int, int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch c {
			case '.', '!', '?', ':', ';', ',', '"', '(':
				return i, 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if clauseMark(r) {
			return i, size
		}
		i += size
	}
	return -1, 0
}

// clauseMark reports whether r ends a sentence or a clause.
func clauseMark(r rune) bool {
	switch r {
	case '.', '!', '?', ':', ';', ',', '—', '–', '«', '"', '“', '(':
		return true
	}
	return false
}

// tagLabels are the labels of the tag lines under articles.
var tagLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range wordlist.Lines("clean-tag-labels.txt") {
		m[l] = true
	}
	return m
}()

// isTagLine matches "Tags: PostgreSQL, Sauvegarde, Bonnes pratiques": a
// tag label, a colon, then a short list of short items.
func isTagLine(line string) bool {
	label, list, ok := strings.Cut(line, ":")
	if !ok || len(line) > 300 || !tagLabels[strings.ToLower(strings.TrimSpace(label))] {
		return false
	}
	items := strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == '·' || r == '|' || r == ';' || r == '•' })
	if len(items) == 0 || len(items) > 12 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// isBreadcrumb matches "Accueil > Cloud > Virtualisation" and "Home | News":
// short items between separators, the first of them a home link.
func isBreadcrumb(line string) bool {
	if len(line) > 200 || !hasFoldPrefix(line, "accueil") && !hasFoldPrefix(line, "home") {
		return false
	}
	items := strings.FieldsFunc(line, func(r rune) bool {
		return r == '|' || r == '>' || r == '›' || r == '»' || r == '/'
	})
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		if len(strings.Fields(it)) > 4 {
			return false
		}
	}
	first := strings.ToLower(strings.TrimSpace(items[0]))
	return first == "accueil" || first == "home"
}

// isNavLine: at most 8 words, all call-to-action or navigation vocabulary
// (numbers allowed: "12 commentaires"), at least one of them strong.
func isNavLine(line string) bool {
	return vocabLine(line, 8, navStrong, navVocab, true)
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isRelatedLink matches "[Related: headline]", "[Lire aussi : headline]" and
// the unbracketed "Lire aussi : headline" — a related-reading label, then a
// headline rather than a sentence. Editorial notes in brackets ("[Mise à
// jour : …]") survive because their label is not related-reading vocabulary.
func isRelatedLink(line string) bool {
	bracketed := strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]")
	if bracketed {
		line = strings.TrimSpace(line[1 : len(line)-1])
	}
	label, rest, ok := strings.Cut(line, ":")
	if !ok {
		return bracketed && isNavLine(line)
	}
	if len(label) > 40 || !isRelatedLabel(label) {
		return false
	}
	return bracketed || isHeadline(strings.TrimSpace(rest))
}

// isRelatedLabel: a short label of reading-suggestion words ("À lire
// aussi", "Related", "See also").
func isRelatedLabel(label string) bool {
	return vocabLine(label, 5, relatedStrong, navVocab, false)
}

// isCookieNotice: a short paragraph about cookies in which the site ("we",
// "notre site") speaks to the reader ("you") about consent. News about
// cookies (a regulator's fine, a browser change) is not written that way.
func isCookieNotice(line string) bool {
	if len(line) > 600 || !strings.Contains(line, "ookie") && !strings.Contains(line, "OOKIE") {
		return false
	}
	we, you, consent := false, false, false
	eachWord(line, func(w string) bool {
		we = we || firstPerson[w]
		you = you || secondPerson[w]
		consent = consent || consentWords[w]
		return true
	})
	return we && you && consent
}

// isSectionLabel matches the label that opens a "more articles" block:
// "Derniers Dossiers", "À lire aussi", "Related articles", "More from CRN".
func isSectionLabel(line string) bool {
	if len(line) > 80 {
		return false
	}
	// "More from <site>", "More on <topic>": the tail is a name.
	n, more := 0, false
	eachWord(line, func(w string) bool {
		n++
		switch n {
		case 1:
			more = w == "more"
		case 2:
			more = more && (w == "from" || w == "on")
		}
		return n <= 5
	})
	if more && n >= 2 && n <= 5 {
		return true
	}
	return vocabLine(line, 8, labelStrong, labelVocab, false)
}

func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isHeadline: a short line that does not end like a sentence. Headlines may
// end with "?" or "!", never with a single full stop.
func isHeadline(line string) bool {
	if line == "" || utf8.RuneCountInString(line) > 160 || len(strings.Fields(line)) > 25 {
		return false
	}
	return !strings.HasSuffix(line, ".") || isTeaser(line)
}

// isTeaser: a paragraph cut off with an ellipsis, as teaser blocks are.
func isTeaser(line string) bool {
	line = strings.TrimRight(line, ")»\"'” ")
	return len(line) <= 2000 && (strings.HasSuffix(line, "...") || strings.HasSuffix(line, "…"))
}

// dropGluedRelated removes headlines written right under a related-reading
// line ("Lire aussi" then one headline per line, no blank line between):
// the label alone was already dropped as navigation, its links were not.
func dropGluedRelated(lines []string, keep []bool) {
	for i := 0; i < len(lines); i++ {
		if keep[i] || lines[i] == "" || !isRelatedLabel(strings.TrimSuffix(lines[i], ":")) {
			continue
		}
		for j := i + 1; j < len(lines) && lines[j] != "" && isHeadline(lines[j]); j++ {
			keep[j] = false
		}
	}
}

// dropTrailingTeasers cuts the "more articles" block at the end of a page:
// from the earliest section label after which every kept line is a label, a
// headline or a teaser. Requiring the whole tail to be teasers is what
// keeps a real closing section ("À lire aussi" followed by prose) intact.
func dropTrailingTeasers(lines []string, keep []bool) {
	cut := -1
	for i := len(lines) - 1; i >= 0; i-- {
		if !keep[i] {
			continue
		}
		l := lines[i]
		if isSectionLabel(l) {
			cut = i
			continue
		}
		if !isHeadline(l) && !isTeaser(l) {
			break
		}
	}
	if cut < 0 {
		return
	}
	// The label must not be the article's first line: a whole document made
	// of short lines is a list, not a teaser block.
	for i := 0; i < cut; i++ {
		if keep[i] {
			for j := cut; j < len(lines); j++ {
				keep[j] = false
			}
			return
		}
	}
}

// dropSignOff removes a wire story's sign-off: its last line when that is a
// single word (letters, in parentheses or not) after at least two lines of
// which the nearer ends a sentence. Such a line is an agency's or desk's
// mark, not part of the story, and left in it would count "REUTER" as an
// entity of 4,500 news articles. After a line that does not end a sentence
// the word may be the last item of a list, which stays; in a letter, a
// text that opens with a greeting ("Hi all,", "Bonjour à tous,"), a first
// name ("Marion") is the writer's signature, and stays.
func dropSignOff(lines []string, keep []bool) {
	last, prev, before := -1, -1, 0
	for i := len(lines) - 1; i >= 0 && before < 2; i-- {
		switch {
		case !keep[i]:
		case last < 0:
			last = i
		default:
			if prev < 0 {
				prev = i
			}
			before++
		}
	}
	if before < 2 || !endsSentence(lines[prev]) {
		return
	}
	word := strings.TrimSuffix(strings.TrimPrefix(lines[last], "("), ")")
	if n := utf8.RuneCountInString(word); n < 2 || n > 12 {
		return
	}
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return
		}
	}
	if word == lines[last] && strings.ToUpper(word) != word && letter(lines, keep) {
		return
	}
	keep[last] = false
}

// letter reports whether the first kept line is a greeting: four words at
// most, ending with a comma ("Hi all,", "Dear members,"), or up to
// maxGreetingWords when its first word greets (greetingWords: "Bonjour
// à toutes et à tous,", a crowdfunding page's letter).
func letter(lines []string, keep []bool) bool {
	for i, l := range lines {
		if keep[i] && strings.TrimSpace(l) != "" {
			f := strings.Fields(l)
			if !strings.HasSuffix(f[len(f)-1], ",") {
				return false
			}
			return len(f) <= 4 || len(f) <= maxGreetingWords && greetingWords[strings.ToLower(f[0])]
		}
	}
	return false
}

func endsSentence(line string) bool {
	line = strings.TrimRight(line, ")»\"'” ")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?")
}

// greetingWords open a letter's greeting ("Bonjour à toutes et à tous,").
var greetingWords = map[string]bool{"dear": true, "hi": true, "hello": true, "bonjour": true, "bonsoir": true, "salut": true,
	"cher": true, "chers": true, "chère": true, "chères": true}

// maxGreetingWords is the most words of a greeting that opens with a
// greeting word (letter).
const maxGreetingWords = 8
