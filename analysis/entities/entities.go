// Package entities owns named-entity extraction for Recherche: the built-in
// gazetteer of the IT domain (gazetteer.json) and user extensions to it, the
// word lists that tell a name from a capitalized word (lexicon/), and the
// Extractor that turns a title and body into the entities a reader facets on.
//
// Extraction is a gazetteer pass (a token trie, leftmost-longest, with case
// rules for names that are also words) followed by discovery of unknown
// names from their shape — capitalized runs, CamelCase, acronyms — minus the
// words that are capitalized only because of where they stand. Later short
// mentions ("Nadella") are counted on the full name ("Satya Nadella").
//
// It imports corpus, analysis/terms (for accent folding) and the standard
// library, plus gopkg.in/yaml.v3 to read user gazetteer files.
package entities

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/recherche/recherche/corpus"
)

// Extractor finds entities in documents. It holds no per-call state, so one
// Extractor serves concurrent callers.
type Extractor struct {
	g   *Gazetteer
	lex *lexicon
	// placeLead holds the first words of the gazetteer's places of several
	// words that are no place alone: "Soviet", "Saudi", "West", "Latin",
	// "United". Alone, or before a demonym ("West German"), they are
	// adjectives.
	placeLead map[string]bool
	// votes, when set, is the corpus's say on the type of the names a
	// document gives no evidence for (WithVotes).
	votes *Votes
}

// NewExtractor returns an extractor over g; a nil g means no known names,
// only discovered ones.
func NewExtractor(g *Gazetteer) *Extractor {
	lx, err := loadLexicon()
	if err != nil {
		// The lexicon is embedded at build time; failing to read it is a
		// broken build, not a runtime condition a caller could handle.
		panic(fmt.Sprintf("entities: %v", err))
	}
	if g == nil {
		g, _ = newGazetteer(nil)
	}
	return &Extractor{g: g, lex: lx, placeLead: placeLeads(g, lx)}
}

func placeLeads(g *Gazetteer, lx *lexicon) map[string]bool {
	out := map[string]bool{}
	for _, e := range g.entries {
		if e.Type != corpus.Place {
			continue
		}
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			keys := tokenKeys(s)
			if len(keys) < 2 {
				continue
			}
			if k := keys[0]; !lx.place[k] && !lx.firstName[k] && !lx.stop[k] {
				if _, known := g.lookup[k]; !known {
					out[k] = true
				}
			}
		}
	}
	return out
}

// Lookup finds a gazetteer entry by its canonical name or any alias,
// ignoring case and accents.
func (x *Extractor) Lookup(name string) (Entry, bool) {
	return x.g.lookupKey(normKey(name))
}

// Mention is one occurrence of an entity: its canonical name and type, the
// text as written, and where it is (byte offsets into the title when
// InTitle, else into the body).
type Mention struct {
	Name    string            `json:"name"`
	Type    corpus.EntityType `json:"type"`
	Text    string            `json:"text"`
	Start   int               `json:"start"`
	End     int               `json:"end"`
	InTitle bool              `json:"in_title,omitempty"`
}

// Extract returns the entities of a document: canonical names, aliases and
// short mentions merged, each counted once per mention in title and body,
// most mentioned first, then by name. A common noun made of a prefix and a
// place ("outre-Atlantique") is a mention, not an entity a reader facets on.
//
// lang is the document's ISO 639-1 code. The French and English word lists
// both apply whatever it says, because French IT news quotes English
// product names and sentences all the time. Only the rules of French word
// order — adjectives and complements after an institution's name, "Conseil
// fédéral", "Cour de cassation" — are off when it says "en".
func (x *Extractor) Extract(title, body, lang string) []corpus.Entity {
	ms := x.Mentions(title, body, lang)
	if len(ms) == 0 {
		return nil
	}
	index := make(map[string]int, len(ms))
	var out []corpus.Entity
	for _, m := range ms {
		if prefixedNoun(m.Text) {
			continue // "outre-Manche": a place's mention, no facet value
		}
		if i, ok := index[m.Name]; ok {
			out[i].Count++
			continue
		}
		index[m.Name] = len(out)
		out = append(out, corpus.Entity{Name: m.Name, Type: m.Type, Count: 1})
	}
	slices.SortFunc(out, func(a, b corpus.Entity) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

// tokenSlices recycles the token slices of Mentions: some 300 tokens of
// 88 bytes for a news article, which were a tenth of what ingesting one
// allocated.
var tokenSlices = sync.Pool{New: func() any { return new([]token) }}

// maxPooledTokens keeps the slice of an exceptionally long document out of
// the pool, so that it does not stay in memory for ever.
const maxPooledTokens = 1 << 14

// Mentions returns every entity mention of a document in text order, with
// canonical names already resolved. Extract is Mentions counted; Mentions
// is what evaluation against span-annotated corpora needs.
func (x *Extractor) Mentions(title, body, lang string) []Mention {
	scratch := tokenSlices.Get().(*[]token)
	toks := slices.Grow((*scratch)[:0], (len(title)+len(body))/5+4)
	defer func() {
		// Mentions keep strings, never the tokens: the slice can serve
		// the next document, emptied of its references into this one.
		clear(toks)
		if cap(toks) <= maxPooledTokens {
			*scratch = toks[:0]
			tokenSlices.Put(scratch)
		}
	}()
	toks = tokenize(toks, title, true)
	if len(toks) > 0 {
		toks = append(toks, token{text: "\n", key: "\n", kind: breakToken, inTitle: true})
	}
	toks = tokenizeWrapped(toks, body, false, wrapWidth(body))
	if len(toks) == 0 {
		return nil
	}
	d := &document{x: x, toks: toks, title: title, body: body, covered: make([]bool, len(toks)), inLongMatch: make([]bool, len(toks)), english: lang == "en"}
	d.markSentences()
	d.matchGazetteer()
	d.markNoisy()
	d.collectReliable()
	d.dropUnsupportedGazetteer()
	d.discover()
	d.surnamesOfKnownNames()
	d.placePhrases()
	d.dropCommonWords()
	d.listConsensus()
	return d.mentions()
}
