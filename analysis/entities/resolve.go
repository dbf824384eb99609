package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// mentions resolves spans to canonical names: gazetteer entries by their
// name, discovered names by their most common spelling, short mentions of
// people by the full name the document (or the gazetteer) gives.
func (d *document) mentions() []Mention {
	if len(d.spans) == 0 {
		return nil
	}
	g := d.x.g
	ms := make([]Mention, len(d.spans))
	keys := make([]string, len(d.spans))
	spellings := map[string]map[string]int{}
	types := map[string]typeCounts{}
	surnames := map[string]string{} // last word → full name of a person here
	heads := map[string]string{}    // first word → full name of another name here
	firsts := map[string]string{}   // first name → full name of a person here
	ambiguous := map[string]bool{}
	var groups map[string]bool // "the Beatles", "les Bleus": a group, no person
	for i, s := range d.spans {
		start, end := d.toks[s.from].start, d.toks[s.to].end
		field := d.body
		if d.toks[s.from].inTitle {
			field = d.title
		}
		text := oneSpaced(field[start:end])
		ms[i] = Mention{Text: text, Start: start, End: end, InTitle: d.toks[s.from].inTitle, Type: s.typ}
		if s.entry >= 0 {
			ms[i].Name = g.entries[s.entry].Name
		} else {
			keys[i] = d.spanKey(s)
			if spellings[keys[i]] == nil {
				spellings[keys[i]] = map[string]int{}
			}
			spellings[keys[i]][text]++
			c := types[keys[i]]
			c.add(s.typ)
			types[keys[i]] = c
			if d.pluralAfterArticle(s.from, s.to) {
				if groups == nil {
					groups = map[string]bool{}
				}
				groups[keys[i]] = true
			}
		}
	}
	editions := map[string]int{} // "ve" → the span of "Proxmox VE"
	inner := map[string]bool{}   // the words of the names of several words here
	for _, s := range d.spans {
		if s.to > s.from {
			for k := s.from; k <= s.to; k++ {
				inner[d.toks[k].key] = true
			}
		}
	}
	var bare map[string]string     // "figaro" → "Le Figaro": a name without its article
	var knownHeads map[string]bool // the gazetteer's companies among heads' names
	leads := false                 // heads holds the first words of organizations' names ("+royal bank")
	var own []bool                 // discovered names that are their own, neither known nor another's
	for i, s := range d.spans {
		words := d.wordKeys(s)
		if len(words) < 2 {
			continue
		}
		if lt := d.toks[s.to]; s.entry >= 0 && lt.allCaps && lt.letters <= 3 {
			editions[lt.key] = i
		}
		person := s.entry >= 0 && ms[i].Type == corpus.Person || s.entry < 0 && bestType(types[keys[i]]) == corpus.Person
		switch words[0] {
		case "le", "la", "les", "l'", "the":
			// "Figaro" after "Le Figaro", "Républicains" after "Les
			// Républicains": the name without its article.
			if !person {
				if bare == nil {
					bare = map[string]string{}
				}
				name := ms[i].Name
				if s.entry < 0 {
					name = bestSpelling(spellings[keys[i]])
				}
				key := keys[i]
				if s.entry >= 0 {
					key = d.spanKey(s)
				}
				_, rest, _ := strings.Cut(key, " ")
				if prev, ok := bare[rest]; ok && prev != name {
					ambiguous["&"+rest] = true
				}
				bare[rest] = name
			}
		}
		if !person && len(words) > 2 && (s.entry >= 0 && ms[i].Type == corpus.Organization || s.entry < 0 && bestType(types[keys[i]]) == corpus.Organization) {
			// "Royal Bank" after "Royal Bank of Canada": the name's first
			// words, two or more, are that organization here.
			name := ms[i].Name
			if s.entry < 0 {
				name = bestSpelling(spellings[keys[i]])
			}
			for n := 2; n < len(words); n++ {
				lead := "+" + strings.Join(words[:n], " ")
				if prev, ok := heads[lead]; ok && prev != name {
					ambiguous[lead] = true
				}
				heads[lead] = name
			}
			leads = true
		}
		if !person && s.entry >= 0 && ms[i].Type == corpus.Organization && !d.toks[s.from].allCaps {
			// "Goldman" after "Goldman Sachs": a known company's first
			// word alone is that company.
			if prev, ok := heads[words[0]]; ok && prev != ms[i].Name {
				ambiguous["^"+words[0]] = true
			}
			heads[words[0]] = ms[i].Name
			if knownHeads == nil {
				knownHeads = map[string]bool{}
			}
			knownHeads[ms[i].Name] = true
			continue
		}
		if !person && (s.entry >= 0 || ms[i].Type == corpus.Place) {
			continue
		}
		name := ms[i].Name
		if s.entry < 0 {
			name = bestSpelling(spellings[keys[i]])
		}
		if !person {
			// "Kestrel" after "Kestrel Compute" is the same company.
			if prev, ok := heads[words[0]]; ok && prev != name {
				ambiguous["^"+words[0]] = true
			}
			heads[words[0]] = name
			// "the Office said" after "the Cartel Office": the name's
			// head, not the product a word like "Office" also names,
			// when an article says it is the one just named.
			last := words[len(words)-1]
			if prev, ok := heads["$"+last]; ok && prev != name {
				ambiguous["$"+last] = true
			}
			heads["$"+last] = name
			continue
		}
		last := words[len(words)-1]
		if tail := saintTail(d.x.lex, words); tail != "" {
			// "Saint-Exupéry" after "Antoine de Saint-Exupéry".
			last = tail
		}
		if prev, ok := surnames[last]; ok && prev != name {
			ambiguous[last] = true
		}
		surnames[last] = name
		// "Charles" after "Charles Michel" is him, when no other person
		// here has that first name.
		if d.x.lex.firstName[words[0]] {
			if prev, ok := firsts[words[0]]; ok && prev != name {
				ambiguous["<"+words[0]] = true
			}
			firsts[words[0]] = name
		}
	}
	for i, s := range d.spans {
		if s.entry >= 0 {
			if full, ok := heads["$"+d.toks[s.from].key]; ok && s.from == s.to && g.caseSensitive(s.entry) && !ambiguous["$"+d.toks[s.from].key] &&
				s.from > 0 && d.x.lex.articles[d.toks[s.from-1].key] {
				ms[i].Name, ms[i].Type = full, bestType(types[normKey(full)])
			}
			continue
		}
		words := d.wordKeys(s)
		if a, ok := d.withArticle(s); ok {
			ms[i].Name, ms[i].Type = a.name, a.typ
			continue
		}
		if full, ok := bare[keys[i]]; ok && !ambiguous["&"+keys[i]] {
			ms[i].Name, ms[i].Type = full, bestType(types[normKey(full)])
			continue
		}
		if full := leadOf(heads, ambiguous, words, leads); full != "" {
			if t := bestType(types[keys[i]]); t == corpus.Organization || t == corpus.Other {
				ms[i].Name, ms[i].Type = full, corpus.Organization
				continue
			}
		}
		if len(words) > 1 && d.x.lex.saint[words[0]] && !d.placeNamed(s.from) {
			if key := strings.Join(words, " "); !ambiguous[key] && surnames[key] != "" {
				ms[i].Name, ms[i].Type = surnames[key], corpus.Person
				continue
			}
		}
		if len(words) == 1 && !d.placeNamed(s.from) {
			if full, ok := surnames[words[0]]; ok && !ambiguous[words[0]] {
				ms[i].Name, ms[i].Type = full, corpus.Person
				continue
			}
			if full, ok := firsts[words[0]]; ok && !ambiguous["<"+words[0]] {
				ms[i].Name, ms[i].Type = full, corpus.Person
				continue
			}
		}
		if len(words) == 1 {
			// "Anguilla" after "Anguilla United Front", "Ottawa" after
			// "Ottawa Senators": a known place alone is the place.
			if full, ok := heads[words[0]]; ok && !ambiguous["^"+words[0]] && !d.placeKey(words[0]) {
				ms[i].Name, ms[i].Type = full, bestType(types[normKey(full)])
				if knownHeads[full] {
					ms[i].Type = corpus.Organization
				}
				continue
			}
			if full, ok := heads["$"+words[0]]; ok && !ambiguous["$"+words[0]] && d.ownWord(words[0]) {
				// "Bruins" after "Boston Bruins": the name's own last
				// word, not a head many names share ("House", "Bank").
				ms[i].Name, ms[i].Type = full, bestType(types[normKey(full)])
				continue
			}
			if e, ok := editions[words[0]]; ok {
				// "VE" alone after "Proxmox VE": the product, not a name.
				ms[i].Name, ms[i].Type = ms[e].Name, ms[e].Type
				continue
			}
			if e, ok := g.surnames[words[0]]; ok {
				ms[i].Name, ms[i].Type = g.entries[e].Name, g.entries[e].Type
				continue
			}
		}
		if e, ok := g.lookup[keys[i]]; ok && !s.surname {
			// "LREM" in a shouted headline, where the gazetteer's case
			// rule let it go and discovery found it: still the entry.
			ms[i].Name, ms[i].Type = g.entries[e].Name, g.entries[e].Type
			continue
		}
		ms[i].Name = bestSpelling(spellings[keys[i]])
		ms[i].Type = bestType(types[keys[i]])
		if d.things[keys[i]] {
			ms[i].Type = corpus.Other // a ship or a product in one mention is one in all
		}
		if ms[i].Type == corpus.Person && groups[keys[i]] {
			ms[i].Type = corpus.Organization // "former Beatles, George Harrison, Ringo Starr"
		}
		if d.bareGivenName(s, ms[i].Type) || d.shoutedFragment(s, inner) {
			ms[i].Name = "" // dropped below
		}
		if own == nil {
			own = make([]bool, len(ms))
		}
		own[i] = true
	}
	for i, s := range d.spans {
		if d.amountUnit(s) || opposedSides(ms[i].Text) {
			ms[i].Name = "" // "11 ANS", "DEUX ANS": a shouted unit, not the town of Ans
		}
	}
	d.acronymTypes(ms)
	if own != nil {
		d.gluedKeys(ms, keys, own)
		d.companyTypes(ms, keys, own)
	}
	if v := d.x.votes; v != nil {
		v.settle(d, ms, keys, own) // own nil: only the words of longer names count
	}
	var cut map[string]bool // names dropped as pieces of longer ones
	for i := range ms {
		if own != nil && own[i] && d.glue[keys[i]] {
			if cut == nil {
				cut = map[string]bool{}
			}
			cut[bestSpelling(spellings[keys[i]])] = true
			ms[i].Name = "" // a piece of a longer name in every mention here
		}
	}
	if cut != nil {
		// "HONG KONG BANKS" in the headline was the name cut short too.
		for i := range ms {
			if cut[ms[i].Name] {
				ms[i].Name = ""
			}
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Name == "" })
}

// oneSpaced returns s with its runs of white space made one space and
// none at its ends, as strings.Join(strings.Fields(s), " ") does, and s
// itself when it is so already, as nearly every mention is.
func oneSpaced(s string) string {
	prevSpace := true // a space first is not one-spaced
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			space := c == ' '
			if space && prevSpace || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = space
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
		i += size
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// shoutedFragment reports whether a discovered word of a shouted headline
// is a word of a longer name the story writes in full: "ELECTRIC" of
// "GENERAL ELECTRIC <GE> SEES..." beside "General Electric Co".
func (d *document) shoutedFragment(s span, inner map[string]bool) bool {
	t := &d.toks[s.from]
	return s.from == s.to && t.allCaps && t.noisy && inner[t.key]
}

// nounPrefixes are the French prefixes that make a common noun or an
// adverb of a place's name with a hyphen: "outre-Atlantique" (America),
// "outre-Manche" (Britain), "l'anti-Trump", "la pré-Covid".
var nounPrefixes = map[string]bool{"outre": true, "trans": true, "anti": true, "pro": true, "pré": true, "post": true, "néo": true, "ultra": true}

// prefixedNoun reports whether a mention's text is a lower-case prefix, a
// hyphen and a place's name: "outre-Atlantique" speaks of America, and
// annotated corpora mark it as a place's mention, but it is a common noun
// (an adverb), no name a reader would look for among a facet's values.
func prefixedNoun(text string) bool {
	prefix, rest, ok := strings.Cut(text, "-")
	return ok && rest != "" && nounPrefixes[prefix]
}

// opposite are the points of the compass facing each other.
var opposite = map[string]string{"north": "south", "south": "north", "east": "west", "west": "east", "nord": "sud", "sud": "nord", "est": "ouest", "ouest": "est"}

// opposedSides reports whether a name is two opposite points of the compass
// joined by a hyphen: "East-West relations", "le dialogue Nord-Sud" speak of
// two sides, no one place (unlike "Sud-Ouest", a region).
func opposedSides(text string) bool {
	a, b, ok := strings.Cut(text, "-")
	return ok && len(a) <= 5 && opposite[strings.ToLower(a)] != "" && opposite[strings.ToLower(a)] == strings.ToLower(b)
}

// bareGivenName reports whether a discovered span is a given name alone
// that the document completes nowhere ("Charlotte", "Harry"): it names
// nobody a reader could find again. A title before it, or a place's
// reading ("à Florence"), keeps it.
func (d *document) bareGivenName(s span, typ corpus.EntityType) bool {
	t := &d.toks[s.from]
	if s.from != s.to || typ == corpus.Place || t.allCaps || !d.x.lex.firstName[t.key] || d.x.lex.place[t.key] {
		return false
	}
	if d.cutFromName(s.to) {
		// "spokesman Peter Baron", "John Pope Jr", "John "Bud" Frazier":
		// the rest of the name was cut off as a title or a word; the
		// given name alone is a piece of it, whatever stands before.
		return true
	}
	if d.english {
		return false // English names people by their given name: "Stan", "Hayley"
	}
	p := d.prevWord(s.from)
	return p < 0 || !d.x.lex.honorific[d.toks[p].key] && !d.x.lex.role[d.toks[p].key]
}

// cutFromName reports whether the word after token k goes on with a
// person's name: a capitalized word of the same sentence written right
// after it, or a nickname in quotes then a capital.
func (d *document) cutFromName(k int) bool {
	toks := d.toks
	j := k + 1
	if j >= len(toks) {
		return false
	}
	if q := toks[j].text; toks[j].kind != wordToken && (q == "\"" || q == "“" || q == "«") && j+1 < len(toks) {
		j++
	}
	t := &toks[j]
	if t.kind != wordToken || !t.capital || t.allCaps || t.noisy || t.inTitle != toks[k].inTitle || d.caseBreak(k, j) {
		return false
	}
	if !t.sentHead {
		return true
	}
	field := d.body
	if t.inTitle {
		field = d.title
	}
	between := strings.TrimSpace(field[toks[k].end:t.start])
	return between == "\"" || between == "“" || between == "«"
}

// withArticle finds the name a French contraction or an article in lower
// case left a word of: "au Havre", "du Monde", "aux Echos", "la Croix"
// are Le Havre, Le Monde, Les Echos and La Croix.
func (d *document) withArticle(s span) (articled, bool) {
	p := s.from - 1
	if s.from != s.to || d.english || p < 0 || d.toks[p].kind != wordToken || d.toks[p].allCaps || d.toks[s.from].allCaps {
		return articled{}, false // "Le Havre" first in a sentence left "Havre" too
	}
	switch d.toks[p].key {
	case "le", "la", "les", "l'":
		// "la Garde civile", "le Parti socialiste": an adjective after the
		// word makes it a common noun's head, not "La Garde", a town.
		if n := s.to + 1; d.lowerWord(n) && d.toks[n].spaceBefore && d.adjective(d.toks[n].key) {
			return articled{}, false
		}
		fallthrough
	case "au", "du", "aux", "des":
		a, ok := d.x.lex.articled[d.toks[s.from].key]
		return a, ok
	}
	return articled{}, false
}

// ownWord reports whether a name's last word is its own rather than a
// word that ends many names: "Bruins", "Hopkins", not "House",
// "Department", "Party" or "Street".
func (d *document) ownWord(key string) bool {
	lx := d.x.lex
	return !lx.orgWord[key] && !lx.orgSuffix[key] && !lx.orgPrefix[key] && !lx.nameHead[key] && !lx.placeLast[key] &&
		!lx.generic[key] && !lx.orgName[key] && !lx.placeName[key] && !lx.stop[key] && !lx.rejected[key]
}

// bestSpelling prefers the most frequent spelling, and mixed case over ALL
// CAPS, which is usually a headline's doing.
func bestSpelling(m map[string]int) string {
	best, bestN := "", -1
	for s, n := range m {
		score := n * 2
		if !upperCase(s) {
			score++
		}
		if score > bestN || score == bestN && s < best {
			best, bestN = s, score
		}
	}
	return best
}

// typeCounts counts a name's mentions of each type bestType may give, in
// the order it prefers them on a tie: a value in a map, where a map of
// types for each name cost an allocation and four look-ups.
type typeCounts [4]int

// typeOrder is the order of typeCounts.
var typeOrder = [4]corpus.EntityType{corpus.Person, corpus.Organization, corpus.Place, corpus.Product}

func (c *typeCounts) add(t corpus.EntityType) {
	if n := slices.Index(typeOrder[:], t); n >= 0 {
		c[n]++
	}
}

// bestType is the type most mentions give, the first of typeOrder on a
// tie, or other when none gives one of typeOrder.
func bestType(c typeCounts) corpus.EntityType {
	best, bestN := corpus.Other, 0
	for n, t := range typeOrder {
		if c[n] > bestN {
			best, bestN = t, c[n]
		}
	}
	return best
}

// amountUnit reports whether a span is one word in capitals, an age's or a
// measure's unit, right after an amount: "A 11 ANS", "DEPUIS DEUX ANS" in a
// shouted line are years, whatever town of the lists the word also names.
func (d *document) amountUnit(s span) bool {
	t := &d.toks[s.from]
	if s.from != s.to || !t.allCaps || !d.x.lex.ageUnit[t.key] && !d.x.lex.measure[t.key] {
		return false
	}
	p := d.prevWord(s.from)
	if p < 0 || p != s.from-1 {
		return false
	}
	a := &d.toks[p]
	return a.digit && a.letters == 0 || d.x.lex.countWord[a.key] && a.key != "les" && a.key != "des" && a.key != "aux" && a.key != "ces"
}

// leadOf returns the organization's name whose first words, two or more,
// are words ("Royal Bank" of "Royal Bank of Canada"), or "" when heads
// holds no such words (any is false when it holds none at all) or they
// lead several names.
func leadOf(heads map[string]string, ambiguous map[string]bool, words []string, any bool) string {
	if !any || len(words) < 2 {
		return ""
	}
	lead := "+" + strings.Join(words, " ")
	if ambiguous[lead] {
		return ""
	}
	return heads[lead]
}

// saintTail returns the words of a person's surname that "Saint" opens
// after a nobiliary particle, joined by spaces ("saint exupery" of "Antoine
// de Saint-Exupéry"), or "".
func saintTail(lx *lexicon, words []string) string {
	for p := 1; p+2 < len(words); p++ {
		if lx.particles[words[p]] && lx.saint[words[p+1]] {
			return strings.Join(words[p+1:], " ")
		}
	}
	return ""
}
