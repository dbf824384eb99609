package translate

import (
	"sort"
	"strings"
	"unicode"

	"github.com/recherche/recherche/analysis/terms"
)

// Weights of what is not a lexicon's translation, measured on the tuning
// half of Tatoeba (docs/quality.md, "Cross-lingual search").
const (
	borrowedWeight = 0.2 // the word as typed, beside its translations: French IT prose borrows English words
	cognateWeight  = 0.8 // a cognate rule's guess, for a word no lexicon has
	maxGroupTerms  = 6   // translations searched per query word (each with its forms)
	minTermWeight  = 0.08
)

// Term is one target-language term searched for a query word.
type Term struct {
	Term    string // as the target language's analyzer indexes it
	Display string // a word to show
	Weight  float64
	// Part is the place of Term in a phrase's translation of several words
	// ("interest rate": taux 0, intérêt 1): each place is searched as a
	// word of its own, so a document needs them all to match the phrase.
	Part int
}

// Group is one query word (or known phrase) and the terms it is searched as.
type Group struct {
	Source string
	Start  int // byte offsets of Source in the text
	End    int
	Terms  []Term
}

// Translator translates query text with a Lexicon. It is safe for
// concurrent use.
type Translator struct {
	lex *Lexicon
}

// New returns a Translator over lex (nil: cognates and names only).
func New(lex *Lexicon) *Translator { return &Translator{lex: lex} }

// Lexicon returns the lexicon it translates with.
func (t *Translator) Lexicon() *Lexicon { return t.lex }

// Supports reports whether the translator knows the from→to direction.
func Supports(from, to string) bool {
	return (from == "en" && to == "fr") || (from == "fr" && to == "en")
}

type token struct {
	term       string
	surface    string
	pos        int
	start, end int
}

// Translate returns one group per word of text (phrases the lexicon knows
// as one group), each holding the target terms that vocab says the index
// has (vocab(term) > 0). Words that no lexicon translates are tried with
// cognate rules and as written, so names and numbers pass through. A word
// with no term in the target vocabulary yields no group.
func (t *Translator) Translate(text, from, to string, vocab func(string) int) []Group {
	if !Supports(from, to) {
		return nil
	}
	stream := terms.Analyzer(from).Analyze([]byte(text))
	toks := make([]token, 0, len(stream))
	for _, tk := range stream {
		toks = append(toks, token{term: string(tk.Term), surface: text[tk.Start:tk.End], pos: tk.Position, start: tk.Start, end: tk.End})
	}
	var out []Group
	seen := map[string]bool{}
	for i := 0; i < len(toks); {
		n, g := t.longest(toks[i:], from, to, vocab)
		i += n
		if len(g.Terms) == 0 || seen[g.Source] {
			continue
		}
		seen[g.Source] = true
		out = append(out, g)
	}
	return out
}

// longest finds the longest run of tokens from the start of toks that the
// lexicon translates into words the target vocabulary has, up to
// maxKeyWords tokens with at most one removed stop word between
// neighbours, and returns its length and group; a single word is always
// given its group, translated or not.
func (t *Translator) longest(toks []token, from, to string, vocab func(string) int) (int, Group) {
	for n := min(maxKeyWords, len(toks)); n >= 2; n-- {
		if toks[n-1].pos-toks[0].pos > 2*(n-1) {
			continue
		}
		keys := make([]string, n)
		surfaces := make([]string, n)
		for i := range n {
			keys[i], surfaces[i] = toks[i].term, toks[i].surface
		}
		cands := t.lex.Lookup(from, strings.Join(keys, " "))
		if len(cands) == 0 {
			continue
		}
		g := t.group(strings.Join(surfaces, " "), cands, false, from, to, vocab)
		if g.translated {
			g.Start, g.End = toks[0].start, toks[n-1].end
			return n, g.Group
		}
	}
	cands := t.lex.Lookup(from, toks[0].term)
	// An inflected form: its base form's translations first (said → say:
	// dire), then what the lexicon has for the form itself.
	if base := t.lex.base(from, toks[0].term); base != "" {
		cands = append(append([]Candidate(nil), t.lex.Lookup(from, base)...), cands...)
	}
	g := t.group(toks[0].surface, cands, true, from, to, vocab)
	g.Start, g.End = toks[0].start, toks[0].end
	return 1, g.Group
}

type built struct {
	Group
	translated bool // holds a lexicon's translation, not only the word as written
}

func (t *Translator) group(surface string, cands []Candidate, single bool, from, to string, vocab func(string) int) built {
	g := built{Group: Group{Source: surface}}
	add := func(term, display string, w float64, part int) {
		for i := range g.Terms {
			if g.Terms[i].Term == term {
				g.Terms[i].Weight = max(g.Terms[i].Weight, w)
				return
			}
		}
		g.Terms = append(g.Terms, Term{Term: term, Display: display, Weight: w, Part: part})
	}
	for _, c := range cands {
		keys := strings.Fields(c.Key)
		ok := true
		for _, k := range keys {
			if vocab(k) == 0 && !t.lex.anyForm(to, k, vocab) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if single && len(keys) > 1 {
			// One word translated by several ("trust": faire confiance):
			// the light verb would match half the documents; the rarest
			// words carry the meaning.
			keys = rarest(keys, vocab)
		}
		for part, k := range keys {
			if single {
				// One word translated by several stays one word: the
				// document need not say them all.
				part = 0
			}
			if vocab(k) > 0 {
				add(k, c.Display, float64(c.Weight), part)
			}
			if len(keys) > 1 {
				continue
			}
			// The other forms of the word: a verb's conjugations.
			for _, f := range t.lex.formsOf(to, k) {
				if vocab(f) > 0 {
					add(f, c.Display, float64(c.Weight), part)
				}
			}
		}
	}
	g.translated = len(g.Terms) > 0
	if !g.translated && single {
		for _, cog := range Cognates(surface, from, to) {
			for _, k := range terms.Terms(cog, to) {
				if vocab(k) > 0 {
					add(k, cog, cognateWeight, 0)
				}
			}
		}
	}
	// The word as written: a name, a number, a borrowed word. Next to real
	// translations it counts for little, unless it is capitalized as a
	// name is (Tom, not tomcat); alone it is all there is.
	asIs := 1.0
	if g.translated && !capitalized(surface) {
		asIs = borrowedWeight
	}
	for part, k := range terms.Terms(surface, to) {
		if vocab(k) > 0 {
			add(k, strings.ToLower(surface), asIs, part)
		}
	}
	if len(g.Terms) == 0 {
		return g
	}
	sort.SliceStable(g.Terms, func(i, j int) bool { return g.Terms[i].Weight > g.Terms[j].Weight })
	best := g.Terms[0].Weight
	kept := g.Terms[:0]
	shown := map[string]bool{}
	for _, tm := range g.Terms {
		tm.Weight /= best
		// The limit counts translations, not the forms of each.
		if tm.Weight < minTermWeight || (!shown[tm.Display] && len(shown) == maxGroupTerms) {
			continue
		}
		shown[tm.Display] = true
		kept = append(kept, tm)
	}
	g.Terms = kept
	return g
}

func capitalized(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// Known returns the share of the words of text, as lang's analyzer cuts
// them, that lang's lexicon has as words of its own: a hint of the
// language of a query too short for the detector to be sure ("trade
// union" is English by both its words, French by one).
func (t *Translator) Known(text, lang string) float64 {
	ts := terms.Terms(text, lang)
	if len(ts) == 0 || t.lex == nil {
		return 0
	}
	n := 0
	for _, k := range ts {
		if len(t.lex.Lookup(lang, k)) > 0 || t.lex.base(lang, k) != "" {
			n++
		}
	}
	return float64(n) / float64(len(ts))
}

// rarest keeps the words of a translation that are at most three times as
// frequent in the index as its rarest one.
func rarest(keys []string, vocab func(string) int) []string {
	least := 0
	for _, k := range keys {
		if n := vocab(k); n > 0 && (least == 0 || n < least) {
			least = n
		}
	}
	var out []string
	for _, k := range keys {
		if n := vocab(k); n > 0 && n <= 3*least {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return keys
	}
	return out
}
