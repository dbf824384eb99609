package summary

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// Keyphrases returns up to n phrases of one to three words that name what
// the article is about, best first, each written exactly as the article most
// often writes it ("machines virtuelles", "hybrid cloud", "VMware").
//
// Candidates are noun-phrase-like: runs of content words, in French with at
// most one inner "de", "du", "des" or "d'" ("système d'exploitation"); verbs,
// adverbs, prepositions, numbers and vague words (lexicon.go) cut a run, so
// they never edge a phrase. A name ("Google Cloud Platform") is never cut in
// two, and in French, where the head noun comes first, a phrase starts where
// its run starts. Phrases are scored with the statistics of Summarize: the
// scores of the sentences they occur in (so the lead, the title and
// headings count most) and the weights of their words. The same stemmed
// words in another order or form are one phrase; a shorter phrase that
// mostly occurs inside a longer one gives way to it, and a phrase whose
// words are all already shown is dropped.
func Keyphrases(title, body, lang string, n int) []string {
	if n <= 0 {
		return nil
	}
	return analyze(title, body, lang, defaults).keyphrases(n)
}

// phraseWord is an index term seen as a possible keyphrase word.
type phraseWord struct {
	start, end int // surface in the sentence, without an elided article or a possessive
	term       string
	word       string // what identifies it in a phrase: see word
	kind       wordKind
	name       bool
	join       joinKind // how it attaches to the word before
}

type joinKind uint8

const (
	joinNone     joinKind = iota
	joinAdjacent          // spaces or a hyphen between
	joinDe                // French "de", "du", "des" or "d'" between
)

// Scoring constants for keyphrases.
const (
	sentenceFloor = 0.2 // weight of an occurrence in a sentence Summarize would never pick
	headingBonus  = 0.5 // a heading names its section
	titleWeight   = 1.0 // weight of an occurrence in the title
	lengthBonus   = 0.3 // per word after the first
	unconfirmed   = 0.5 // seen once, outside title and headings: may be chance
	commonFloor   = 0.4 // a phrase of common words only keeps this much
	absorbRatio   = 2   // a phrase occurring at most this many times per occurrence of a longer one gives way to it
	refineRatio   = 4   // a longer phrase replaces a shown shorter one if it occurs at least 1/refineRatio as often
)

type phrase struct {
	terms   []string // sorted, unique
	count   int      // occurrences, title included
	free    int      // occurrences not right after a French "de"
	whole   int      // occurrences whose complement, if any, is not cut short
	de      bool     // has a French "de" inside
	inTitle bool
	heading bool
	weight  float64 // summed weights of the sentences it occurs in
	forms   []form
	score   float64
	gone    bool // absorbed by a longer phrase
	order   int
	best    string // the chosen form, once counting is over
}

// form is one way the article writes a phrase, and how often.
type form struct {
	text string
	formCount
}

// formCount ranks surface forms: mid-sentence writing is the article's own
// spelling; sentence-initial and title capitals are a fallback.
type formCount struct{ mid, initial, title int }

// standalone reports whether the article writes p as a phrase of its own
// at least once: not only right after a "de" ("exploitation libre" out of
// "système d'exploitation libre") and, with a "de" inside, not only cut
// short ("région de cloud" out of "région de cloud souverain").
func (p *phrase) standalone() bool {
	return (p.free > 0 || len(p.terms) == 1) && (!p.de || p.whole > 0)
}

func (p *phrase) confirmed() bool { return p.count >= 2 || p.inTitle || p.heading }

// refines reports whether p, which contains c, may replace it: p names a
// heading, or it occurs in the body often enough next to c or also in the
// title (an English title capitalizes every word, so the title alone does
// not make "VMware Close" a phrase).
func (p *phrase) refines(c *phrase) bool {
	return p.heading || p.count >= 2 && (p.inTitle || p.count*refineRatio >= c.count)
}

func (d *doc) keyphrases(n int) []string {
	casing := d.casing()
	weight := d.termWeights()
	ct := commonTerms()[d.lang]
	phrases := make(map[string]*phrase, d.tokenCount())
	var order []*phrase
	var terms []string // scratch: the phrase being looked up
	var key []byte     // scratch: its key
	add := func(text string, ws []phraseWord, i, j int, sw float64, title, heading bool) {
		terms = terms[:0]
		for _, w := range ws[i : j+1] {
			terms = append(terms, w.word)
		}
		slices.Sort(terms)
		terms = slices.Compact(terms)
		key = key[:0]
		for k, t := range terms {
			if k > 0 {
				key = append(key, ' ')
			}
			key = append(key, t...)
		}
		p := phrases[string(key)]
		if p == nil {
			p = &phrase{terms: slices.Clone(terms), order: len(order)}
			phrases[string(key)] = p
			order = append(order, p)
		}
		p.count++
		if ws[i].join != joinDe || i > 0 && ct[ws[i-1].term] {
			p.free++ // "possibilités de cloud hybride" is about "cloud hybride"
		}
		for k := i + 1; k <= j; k++ {
			p.de = p.de || ws[k].join == joinDe
		}
		if !p.de || j+1 == len(ws) || ws[j+1].join == joinNone || ws[j+1].kind == breaker {
			p.whole++
		}
		p.weight += sw
		p.inTitle = p.inTitle || title
		p.heading = p.heading || heading
		fc := p.formCount(text[ws[i].start:ws[j].end])
		switch {
		case title:
			fc.title++
		case ws[i].start <= firstWordStart(text)+3:
			fc.initial++
		default:
			fc.mid++
		}
	}
	var ws []phraseWord // one sentence's words at a time
	collect := func(text string, toks []token, sw float64, title, heading bool) {
		ws = d.phraseWords(ws[:0], text, toks, casing, title)
		for _, chunk := range chunks(ws, d.lang) {
			d.candidates(chunk, ct, func(i, j int) { add(text, chunk, i, j, sw, title, heading) })
		}
	}
	collect(d.title.span.Text, d.title.toks, titleWeight, true, false)
	for i, s := range d.sents {
		if s.junk {
			continue
		}
		sw := sentenceFloor + d.score[i]
		heading := !endsLikeSentence(s.span.Text) && s.words <= 15
		if heading {
			sw += headingBonus
		}
		collect(s.span.Text, s.toks, sw, false, heading)
	}

	for _, p := range order {
		var sum float64
		specific := 0
		for _, t := range p.terms {
			sum += weight[stem(t)]
			if !ct[stem(t)] {
				specific++
			}
		}
		mean := sum / float64(len(p.terms))
		p.score = math.Sqrt(p.weight*mean) * (1 + lengthBonus*float64(len(p.terms)-1))
		if !p.confirmed() {
			p.score *= unconfirmed
		}
		p.score *= commonFloor + (1-commonFloor)*min(1, float64(specific)/float64(len(p.terms)))
	}
	absorb(phrases, order, ct)
	for _, p := range order {
		p.best = p.form()
	}

	slices.SortStableFunc(order, func(a, b *phrase) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return a.order - b.order
	})
	var chosen []*phrase
	covered := map[string]bool{}
	refined := map[int]bool{}
	for _, p := range order {
		if p.gone || p.score <= 0 || allIn(p.terms, covered) || !p.standalone() {
			continue
		}
		// A phrase containing a shown one is a near-duplicate, unless it
		// says the same more precisely and is frequent enough, or in the
		// title or a heading ("hybrid cloud" for "cloud"): then it takes
		// its place, once.
		slot := -1
		for i, c := range chosen {
			if containsAll(p.terms, c.terms) {
				slot = i
				break
			}
		}
		switch {
		case slot >= 0 && (refined[slot] || !p.refines(chosen[slot])):
			continue
		case slot < 0 && len(chosen) == n:
			continue
		}
		if p.best == "" || slices.ContainsFunc(chosen, func(c *phrase) bool { return c.best == p.best }) {
			continue
		}
		if slot >= 0 {
			chosen[slot] = p
			refined[slot] = true
		} else {
			chosen = append(chosen, p)
		}
		for _, t := range p.terms {
			covered[t] = true
		}
	}
	out := make([]string, len(chosen))
	for i, c := range chosen {
		out[i] = c.best
	}
	return out
}

// absorb lets a phrase seen at least twice take the place of the shorter phrases that
// mostly occur inside it: "machines" and "virtuelles" give way to "machines
// virtuelles", but "Azure" does not give way to "Microsoft Azure" when the
// article says "Azure" alone five times as often.
func absorb(phrases map[string]*phrase, order []*phrase, ct map[string]bool) {
	for _, long := range order {
		if len(long.terms) < 2 || long.count < 2 || !long.standalone() {
			continue
		}
		for mask := 1; mask < 1<<len(long.terms)-1; mask++ {
			var sub []string
			for i, t := range long.terms {
				if mask&(1<<i) != 0 {
					sub = append(sub, t)
				}
			}
			short := phrases[strings.Join(sub, " ")]
			if short == nil || short.count > absorbRatio*long.count || !addsSpecific(long, sub, ct) {
				continue
			}
			long.score = max(long.score, short.score)
			short.gone = true
		}
	}
}

// addsSpecific reports whether long has a word besides sub that is not a
// common word: "hybrid cloud" does not give way to "hybrid cloud solution".
func addsSpecific(long *phrase, sub []string, ct map[string]bool) bool {
	for _, t := range long.terms {
		if !slices.Contains(sub, t) && !ct[stem(t)] {
			return true
		}
	}
	return false
}

// containsAll reports whether every one of sub is in terms.
func containsAll(terms, sub []string) bool {
	for _, t := range sub {
		if !slices.Contains(terms, t) {
			return false
		}
	}
	return true
}

func allIn(terms []string, set map[string]bool) bool {
	for _, t := range terms {
		if !set[t] {
			return false
		}
	}
	return true
}

// form is the phrase in the word order the article uses most, written as
// the article most often writes it mid-sentence, falling back to
// sentence-initial and title occurrences ("hybrid cloud", not "Hybrid
// Cloud" from the title, nor "cloud hybrid" from "public cloud hybrid
// options").
func (p *phrase) form() string {
	if len(p.forms) == 1 {
		return p.forms[0].text
	}
	lower := make([]string, len(p.forms))
	orders := map[string]int{}
	for i, f := range p.forms {
		lower[i] = strings.ToLower(f.text)
		orders[lower[i]] += f.mid + f.initial + f.title
	}
	best, bestC, bestOrder := "", formCount{}, 0
	for i, f := range p.forms {
		if order := orders[lower[i]]; best == "" || better(order, f.formCount, f.text, bestOrder, bestC, best) {
			best, bestC, bestOrder = f.text, f.formCount, order
		}
	}
	return best
}

// formCount returns the counts of surface form text of p, a new one if need be.
// A phrase has a handful of forms at most, which a slice finds as fast as a
// map and for less.
func (p *phrase) formCount(text string) *formCount {
	for i := range p.forms {
		if p.forms[i].text == text {
			return &p.forms[i].formCount
		}
	}
	p.forms = append(p.forms, form{text: text})
	return &p.forms[len(p.forms)-1].formCount
}

func better(order int, c formCount, f string, bestOrder int, b formCount, best string) bool {
	switch {
	case order != bestOrder:
		return order > bestOrder
	case c.mid != b.mid:
		return c.mid > b.mid
	case c.initial != b.initial:
		return c.initial > b.initial
	case c.title != b.title:
		return c.title > b.title
	}
	return f < best
}

// casing counts how the article writes each word when its case means
// something: capitalized or not, away from the start of a sentence.
func (d *doc) casing() map[string]int {
	c := make(map[string]int, d.tokenCount()) // > 0: mostly capitalized
	for _, s := range d.sents {
		if s.junk {
			continue
		}
		first := firstWordStart(s.span.Text)
		for _, t := range s.toks {
			if t.Start == first {
				continue
			}
			w := s.span.Text[t.Start:t.End]
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				c[strings.ToLower(w)]++
			} else {
				c[strings.ToLower(w)]--
			}
		}
	}
	return c
}

// phraseWords turns a sentence's index terms into keyphrase words, in ws
// (reused from sentence to sentence). In the
// title, capitals say nothing (English titles capitalize every word), so
// names are judged by how the body writes them.
func (d *doc) phraseWords(ws []phraseWord, text string, toks []token, casing map[string]int, title bool) []phraseWord {
	ws = slices.Grow(ws[:0], len(toks))[:len(toks)]
	clear(ws)
	first := firstWordStart(text)
	afterNumber := false
	for i, t := range toks {
		w := &ws[i]
		w.start, w.end, w.term = t.Start, t.End, t.Term
		surface := text[t.Start:t.End]
		elided := ""
		if d.lang == "fr" {
			if k := corpus.IndexElisionApostrophe(surface); k > 0 && k <= 6 {
				elided = strings.ToLower(surface[:k])
				_, size := utf8.DecodeRuneInString(surface[k:])
				w.start += k + size
			}
		}
		possessive := false
		for _, s := range []string{"'s", "’s"} {
			// Judged on what elision left: "Bobby's" in French text is
			// cut as an elision first, and must not be cut twice.
			if rest := text[w.start:w.end]; strings.HasSuffix(rest, s) && len(rest) > len(s) {
				w.end -= len(s)
				possessive = true
			}
		}
		surface = text[w.start:w.end]
		lower := strings.ToLower(surface)
		w.word = word(w.term, lower)
		w.name = isName(surface, lower, title || w.start <= first+3, casing)
		w.kind = classify(lower, d.lang, w.name)
		if afterNumber {
			w.kind = breaker // a unit: "64 bit", "8 coeurs"
		}
		afterNumber = isNumber(surface)
		if i > 0 {
			gap := trimGap(text[toks[i-1].End:t.Start])
			switch {
			case prevPossessive(text, toks[i-1]):
			case gap == "" && elided == "":
				w.join = joinAdjacent
			case gap == "" && elided == "d":
				w.join = joinDe
			case d.lang == "fr" && elided == "" && (gap == "de" || gap == "du" || gap == "des"):
				w.join = joinDe
			}
			if gap != "" || elided != "" {
				afterNumber = afterNumber && gap == ""
			}
		}
		_ = possessive
	}
	return ws
}

// gapSpace is what may stand between two words of a phrase.
const gapSpace = " -\u00a0\n\t\r"

// trimGap is strings.Trim(s, gapSpace) without the slow path Trim takes
// for a cut set that is not all ASCII: the text between two words is
// mostly one space.
func trimGap(s string) string {
	if s == " " {
		return ""
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !strings.ContainsRune(gapSpace, r) {
			break
		}
		s = s[size:]
	}
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(gapSpace, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

func prevPossessive(text string, t token) bool {
	s := text[t.Start:t.End]
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

func isNumber(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isName reports whether the article writes a word as a name: with inner
// capitals (VMware, iSCSI), capitalized mid-sentence, or, where capitals
// are expected (sentence start, title), capitalized as often as not
// elsewhere.
func isName(surface, lower string, initial bool, casing map[string]int) bool {
	for i, r := range surface {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(surface)
	if !unicode.IsUpper(r) && !(initial && r != 0) {
		return false
	}
	if !initial {
		return true
	}
	c, seen := casing[lower]
	return seen && c >= 0 && unicode.IsUpper(r) || seen && c > 0
}

// chunks cuts words into runs that may hold keyphrases: no breaker inside,
// every word joined to the one before. An English "-ed" word after another
// word of the run is a verb ("the chipmaker reported revenue").
func chunks(ws []phraseWord, lang string) [][]phraseWord {
	var out [][]phraseWord
	start := -1
	for i := 0; i <= len(ws); i++ {
		cut := i == len(ws) || ws[i].kind == breaker || ws[i].join == joinNone ||
			lang == "en" && ws[i].kind == tail && start >= 0
		if !cut {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, ws[start:i])
		}
		start = -1
		if i < len(ws) && ws[i].kind != breaker && !(lang == "en" && ws[i].kind == tail && ws[i].join != joinNone) {
			start = i
		} else if i < len(ws) && lang == "en" && ws[i].kind == tail && ws[i].join == joinNone {
			start = i
		}
	}
	return out
}

// candidates calls emit(i, j) for every span chunk[i..j] that may be a
// keyphrase.
func (d *doc) candidates(chunk []phraseWord, ct map[string]bool, emit func(i, j int)) {
	fr := d.lang == "fr"
	for i := range chunk {
		w := chunk[i]
		startOK := w.kind == content || !fr && w.kind == tail
		if i > 0 {
			inName := w.name && chunk[i-1].name && w.join == joinAdjacent
			if fr {
				startOK = startOK && (w.join == joinDe || w.name && !chunk[i-1].name)
			} else {
				startOK = startOK && !inName
			}
		}
		if !startOK {
			continue
		}
		words, des, commons := 0, 0, 0
		sawName := false
		for j := i; j < len(chunk); j++ {
			c := chunk[j]
			if j > i && c.join == joinDe {
				// one specific noun, then its complement: "système
				// d'exploitation", not "formats standards de machine" nor
				// "charge des machines virtuelles"
				des++
				if des > 1 || j-i > 1 || c.name || chunk[j-1].name || ct[chunk[j-1].term] {
					break
				}
			}
			words++
			if words+des > 3 {
				break // "région de cloud souverain" is two phrases
			}
			if fr {
				if c.name {
					// a name may follow one specific noun: "hyperviseur Windows"
					if commons > 1 || commons == 1 && ct[chunk[j-1].term] {
						break
					}
					sawName = true
				} else {
					if sawName {
						break
					}
					commons++
				}
			}
			if j+1 < len(chunk) && c.name && chunk[j+1].name && chunk[j+1].join == joinAdjacent {
				continue // never cut a name
			}
			if c.kind == content || fr && c.kind == tail && j > i {
				if j == i && letterCount(c) < 3 {
					continue
				}
				emit(i, j)
			}
		}
	}
}

// word identifies a phrase word: its index term, told apart from words the
// light stemmer merges with it by the start of its spelling, lower-cased
// (the French stemmer makes "virtualisation" and "virtuelle" one term,
// which a search wants and a keyphrase list does not).
func word(term, lower string) string {
	prefix := strings.TrimRight(lower, "sx") // plurals
	for i := range prefix {
		if i >= 6 {
			prefix = prefix[:i]
			break
		}
	}
	return term + "\x00" + prefix
}

// stem returns the index term of a word made by phraseWord.word.
func stem(word string) string {
	t, _, _ := strings.Cut(word, "\x00")
	return t
}

func letterCount(w phraseWord) int {
	n := 0
	for _, r := range w.term {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// termWeights gives every term the summed score of the sentences it occurs
// in (plus a floor so headings count), and title terms a bonus.
func (d *doc) termWeights() map[string]float64 {
	w := make(map[string]float64, d.tokenCount())
	for i, s := range d.sents {
		if s.junk {
			continue
		}
		sw := sentenceFloor + d.score[i]
		for _, t := range s.toks {
			w[t.Term] += sw
		}
	}
	for _, t := range d.title.toks {
		w[t.Term] += titleWeight
	}
	return w
}

// tokenCount is the number of body tokens: an upper bound on the distinct
// words, to size maps once.
func (d *doc) tokenCount() int {
	n := 0
	for _, s := range d.sents {
		n += len(s.toks)
	}
	return n
}

func firstWordStart(text string) int {
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return -1
}
