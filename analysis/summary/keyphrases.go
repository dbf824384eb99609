package summary

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Keyphrases returns up to n phrases of one to three words that name what
// the article is about, in the surface form the article uses ("machines
// virtuelles", "cloud hybride"), best first. They come from the same
// statistics as Summarize: a term weighs what the sentences holding it
// score, so words of the lead and the title count most. Phrases never start
// or end with a stop word because candidates are runs of adjacent index
// terms, and stop words are not index terms.
func Keyphrases(title, body, lang string, n int) []string {
	if n <= 0 {
		return nil
	}
	d := analyze(title, body, lang, defaults)
	weight := d.termWeights()
	cands := map[string]*candidate{}
	var order []*candidate // first-seen order keeps ties deterministic
	add := func(text string, toks []token, inTitle bool) {
		for _, run := range adjacentRuns(text, toks) {
			for i := range run {
				for l := 1; l <= 3 && i+l <= len(run); l++ {
					g := run[i : i+l]
					if !goodPhrase(text, g) {
						continue
					}
					key := phraseKey(g)
					c := cands[key]
					if c == nil {
						c = &candidate{terms: termsOf(g), forms: map[string]int{}}
						cands[key] = c
						order = append(order, c)
					}
					surface := surfaceOf(text, g, lang)
					if inTitle {
						c.inTitle = true
						c.titleForm = surface
						continue
					}
					c.freq++
					if i == 0 && g[0].start == firstWordStart(text) {
						// Sentence-initial capitals say nothing about the
						// word; vote with them only if nothing else does.
						c.initialForm = surface
						continue
					}
					c.forms[surface]++
				}
			}
		}
	}
	add(title, d.title.toks, true)
	for _, s := range d.sents {
		if !s.junk {
			add(s.span.Text, s.toks, false)
		}
	}
	for _, c := range order {
		c.score = c.rank(weight)
	}
	slices.SortStableFunc(order, func(a, b *candidate) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	var out []string
	var chosen []*candidate
	for _, c := range order {
		if len(out) == n || c.score <= 0 {
			break
		}
		if slices.ContainsFunc(chosen, c.overlaps) {
			continue
		}
		form := c.form()
		if form == "" || slices.Contains(out, form) {
			continue
		}
		chosen = append(chosen, c)
		out = append(out, form)
	}
	return out
}

// generic words are frequent in any news story, so their weight says
// nothing about its topic: dates, periods, reporting verbs.
var generic = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`lundi mardi mercredi jeudi vendredi samedi dimanche
		janvier février mars avril mai juin juillet août septembre octobre novembre décembre
		an ans année années mois semaine semaines jour jours trimestre fois
		monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		year years month months week weeks day days quarter time times said says`) {
		generic[w] = true
	}
}

// weak words are adverbs and fillers that the analyzers' stop lists keep
// but that never name a topic, so no phrase may start or end with one.
var weak = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`aussi encore déjà très bien plus moins toujours
		ainsi alors donc notamment désormais également surtout
		also still even just well more less very already really`) {
		weak[w] = true
	}
}

type candidate struct {
	terms       []string
	freq        int // occurrences in the body
	inTitle     bool
	forms       map[string]int
	initialForm string
	titleForm   string
	score       float64
}

// rank scores a phrase by the mean weight of its terms. A multi-word
// phrase seen once is as likely a chance juxtaposition as a concept, so it
// needs a second occurrence or the title to beat its own words.
func (c *candidate) rank(weight map[string]float64) float64 {
	if c.freq == 0 && !c.inTitle {
		return 0
	}
	var sum float64
	for _, t := range c.terms {
		sum += weight[t]
	}
	mean := sum / float64(len(c.terms))
	if len(c.terms) == 1 {
		if c.freq < 2 && !c.inTitle || generic[strings.ToLower(c.form())] {
			return mean * 0.5
		}
		return mean
	}
	if c.freq >= 2 || c.inTitle && c.freq >= 1 {
		return mean * (1 + 0.25*float64(len(c.terms)))
	}
	return mean * 0.5
}

// overlaps reports whether one phrase is contained in the other, so that
// "machines virtuelles" and "machines virtuelles VMware" are not both kept.
func (c *candidate) overlaps(o *candidate) bool {
	a, b := c.terms, o.terms
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if slices.Equal(a, b[i:i+len(a)]) {
			return true
		}
	}
	return false
}

// form is the phrase as the article most often writes it mid-sentence,
// falling back to a sentence-initial or title occurrence.
func (c *candidate) form() string {
	best, bestN := "", 0
	for f, n := range c.forms {
		if n > bestN || n == bestN && f < best {
			best, bestN = f, n
		}
	}
	switch {
	case best != "":
		return best
	case c.initialForm != "":
		return lowerInitial(c.initialForm)
	}
	return c.titleForm
}

// lowerInitial lower-cases a capital that is only there because the word
// opens a sentence: "Cloud hybride" becomes "cloud hybride", "VMware" stays.
func lowerInitial(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || size == len(s) {
		return s
	}
	r2, _ := utf8.DecodeRuneInString(s[size:])
	if !unicode.IsLower(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// termWeights gives every term the summed score of the sentences it occurs
// in (plus a floor so headings count), and title terms a bonus.
func (d *doc) termWeights() map[string]float64 {
	w := map[string]float64{}
	for i, s := range d.sents {
		if s.junk {
			continue
		}
		sw := 0.2 + d.score[i]
		for _, t := range s.toks {
			w[t.term] += sw
		}
	}
	for _, t := range d.title.toks {
		w[t.term] += 1
	}
	return w
}

// adjacentRuns cuts a sentence's tokens into runs of words that follow each
// other with nothing but spaces or hyphens between them: no stop word, no
// comma, no full stop.
func adjacentRuns(text string, toks []token) [][]token {
	var runs [][]token
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && toks[i].pos == toks[i-1].pos+1 &&
			strings.Trim(text[toks[i-1].end:toks[i].start], " -\u00a0") == "" {
			continue
		}
		runs = append(runs, toks[start:i])
		start = i
	}
	return runs
}

// goodPhrase rejects numbers, single letters and short acronym debris as
// phrase edges.
func goodPhrase(text string, g []token) bool {
	for _, t := range []token{g[0], g[len(g)-1]} {
		w := text[t.start:t.end]
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 || len(g) == 1 && letters < 3 || weak[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func phraseKey(g []token) string {
	return strings.Join(termsOf(g), " ")
}

func termsOf(g []token) []string {
	out := make([]string, len(g))
	for i, t := range g {
		out[i] = t.term
	}
	return out
}

// surfaceOf returns the words of g as written, without a French elided
// article ("l'hyperviseur" → "hyperviseur") or an English possessive.
func surfaceOf(text string, g []token, lang string) string {
	start, end := g[0].start, g[len(g)-1].end
	s := text[start:end]
	if i := strings.IndexAny(s, "'’"); i > 0 && i <= 3 && lang != "en" {
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
	for _, suffix := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, suffix)
	}
	return s
}

func firstWordStart(text string) int {
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return -1
}
