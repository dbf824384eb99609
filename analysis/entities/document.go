package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// document is the working state of one Mentions call.
type document struct {
	x           *Extractor
	toks        []token
	title, body string
	covered     []bool // token belongs to a gazetteer match
	inLongMatch []bool // token belongs to a gazetteer match of several words
	spans       []span
	reliable    map[string]bool // keys written capitalized where case means something
	// english is set when the caller says the text is English: rules of
	// French word order (an adjective after its noun) stay off.
	english bool
}

// span is a run of tokens [from, to] (inclusive) naming one entity.
type span struct {
	from, to int
	entry    int // gazetteer entry, or -1 when discovered
	typ      corpus.EntityType
	// needsSupport marks a case-sensitive gazetteer match standing first in
	// its sentence: "Go" or "Word" there may be the ordinary word.
	needsSupport bool
	// surname marks a known place or company read as a person's surname
	// ("le président Hollande"): the entry it matched is not looked up again.
	surname bool
}

var romanNumerals = map[string]bool{
	"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true,
	"xi": true, "xii": true, "xiii": true, "xiv": true, "xv": true, "xvi": true, "xvii": true, "xviii": true,
}

// abbreviations end with a dot that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "m": true, "mm": true, "mme": true,
	"mlle": true, "inc": true, "corp": true, "ltd": true, "co": true, "jr": true, "sr": true, "vs": true,
	"prof": true, "gen": true, "gov": true, "sen": true, "rep": true, "ste": true, "no": true, "av": true,
	"bd": true, "cf": true, "ex": true, "mgr": true, "me": true, "col": true, "lt": true, "capt": true, "mad": true, "pr": true,
	// US states as datelines write them: "Redmond, Wash.".
	"calif": true, "wash": true, "ariz": true, "colo": true, "conn": true, "fla": true, "okla": true,
	"tenn": true, "minn": true, "mich": true, "nev": true, "neb": true, "wis": true, "wyo": true, "penn": true,
}

// markSentences flags the words whose capital letter may only be the
// sentence's: first of a line, after terminal punctuation, after a colon,
// an opening quote or bracket.
func (d *document) markSentences() {
	head := true
	for i := range d.toks {
		t := &d.toks[i]
		switch t.kind {
		case breakToken:
			head = true
		case punctToken:
			switch t.text {
			case ".":
				if d.abbreviationDot(i) {
					continue
				}
				head = true
			// An opening bracket is not here: "(Havas)", "(CRN)" hold names.
			case "!", "?", "…", ":", "«", "“", "‘", "—", "–", "|", "•", "*", "¿", "¡", "‹", "„":
				head = true
			case "\"":
				if i+1 < len(d.toks) && !d.toks[i+1].spaceBefore {
					head = true
				}
			}
		case wordToken:
			t.sentHead = head
			// "L'Oréal", "D'après": the word after a leading elision is
			// just as much at the head of the sentence.
			if !t.elision {
				head = false
			}
		}
	}
}

// abbreviationDot reports whether the dot at i closes an initial or an
// abbreviation ("A. Piguet", "M. Ador") rather than a sentence, or sits
// inside a stock code.
func (d *document) abbreviationDot(i int) bool {
	if i == 0 || d.toks[i-1].kind != wordToken || d.toks[i].spaceBefore {
		return false
	}
	p := &d.toks[i-1]
	// "<DBKG.F>": the dot of a stock code's exchange, in the wire's
	// brackets, ends nothing.
	ticker := i >= 2 && d.toks[i-2].text == "<" && !p.spaceBefore
	return p.letters == 1 && p.capital && !p.digit || abbreviations[p.key] || ticker
}

// sentenceEnd reports whether token i closes a sentence for the purpose of
// judging its casing as a whole.
func (d *document) sentenceEnd(i int) bool {
	t := &d.toks[i]
	if t.kind == breakToken {
		return true
	}
	if t.kind != punctToken {
		return false
	}
	switch t.text {
	case ".":
		return !d.abbreviationDot(i)
	case "!", "?", "…":
		return true
	}
	return false
}

// matchGazetteer finds known names, leftmost-longest. The trie walks token
// keys, so boundaries are word boundaries by construction.
func (d *document) matchGazetteer() {
	root := d.x.g.root
	toks := d.toks
	for i := 0; i < len(toks); {
		if toks[i].kind != wordToken || root.next == nil {
			i++
			continue
		}
		n, best, bestEntry, bestCS := root, -1, -1, false
		for j := i; j < len(toks) && toks[j].kind != breakToken; j++ {
			parent := n
			n = n.next[toks[j].key]
			if n == nil && j > i && j-1 == best {
				// "Windows Vistal": one typo in the last word of a known
				// name is still the name, when the word before matched.
				if e, ok := typo(parent, toks[j]); ok {
					best, bestEntry, bestCS = j, e, false
				}
			}
			if n == nil {
				break
			}
			if len(n.outs) == 0 || toks[j].kind != wordToken {
				continue
			}
			if e, cs, ok := accept(n.outs, toks[i:j+1]); ok {
				best, bestEntry, bestCS = j, e, cs
			}
		}
		if best < 0 {
			i++
			continue
		}
		e := d.x.g.entries[bestEntry]
		d.spans = append(d.spans, span{
			from: i, to: best, entry: bestEntry, typ: e.Type,
			needsSupport: bestCS && best == i && toks[i].sentHead,
		})
		for k := i; k <= best; k++ {
			d.covered[k] = true
			d.inLongMatch[k] = best > i
		}
		i = best + 1
	}
}

// typo finds the one entry under n whose next word is t's word with one
// letter added, dropped or changed. Only long capitalized words qualify,
// and only entries that end there and are not case-sensitive.
func typo(n *trieNode, t token) (int, bool) {
	if t.kind != wordToken || !t.capital || t.letters < 5 || t.digit || len(n.next) > 64 {
		return 0, false
	}
	found, entry := 0, 0
	for k, c := range n.next {
		if len(c.outs) == 0 || !editOne(k, t.key) {
			continue
		}
		for _, o := range c.outs {
			if !o.caseSensitive {
				found++
				entry = o.entry
				break
			}
		}
	}
	return entry, found == 1
}

// editOne reports whether a and b differ by exactly one inserted, deleted
// or substituted byte.
func editOne(a, b string) bool {
	if a == b || len(a) < 4 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// accept applies an entry's case rule to the matched tokens.
func accept(outs []trieOut, seg []token) (entry int, caseSensitive, ok bool) {
	var shaped bool
	for _, t := range seg {
		if t.capital || t.camel || t.allCaps {
			shaped = true
			break
		}
	}
	for _, o := range outs {
		if o.caseSensitive {
			same := len(o.folded) == len(seg)
			for k := 0; same && k < len(seg); k++ {
				same = seg[k].folded == o.folded[k]
			}
			if same {
				return o.entry, true, true
			}
			continue
		}
		if !o.hasUpper || shaped {
			return o.entry, false, true
		}
	}
	return 0, false, false
}

// markNoisy flags sentences whose casing carries no information: Title Case
// headlines ("Close To Revealing Joint Development") and ALL CAPS lines.
// Known names are left out of the count: a list of vendors is not a title.
func (d *document) markNoisy() {
	lx := d.x.lex
	start := 0
	for i := 0; i <= len(d.toks); i++ {
		if i < len(d.toks) && !d.sentenceEnd(i) {
			continue
		}
		heading := i == len(d.toks) || d.toks[i].kind == breakToken
		if heading && i > start {
			last := d.toks[i-1]
			heading = last.kind == wordToken || last.text == ")" || last.text == "]"
		}
		if i > start && d.toks[start].inTitle {
			heading = true
		}
		var n, capN, upperN, commas int
		for k := start; k < i; k++ {
			t := &d.toks[k]
			if t.text == "," || t.text == ";" {
				commas++
			}
			if t.kind != wordToken || t.letters == 0 || t.elision || lx.stop[t.key] || d.compoundPart(k) || d.inTicker(k) {
				continue
			}
			if t.allCaps && t.letters >= 3 {
				upperN++
			}
			if d.covered[k] {
				continue
			}
			n++
			if t.capital || t.allCaps {
				capN++
			}
		}
		allCaps := upperN >= 2 && upperN*5 >= (n+upperN)*3
		titleCase := (n >= 3 && capN*4 >= n*3) || (heading && n >= 2 && capN == n)
		// "MM. Otto de Dardel, Eugène Berger, Oscar Despland": names listed
		// with commas are capitalized each for itself, unlike a headline's
		// words.
		if titleCase && !allCaps && commas >= 2 && commas*3 >= capN {
			titleCase = false
		}
		if allCaps || titleCase {
			for k := start; k < i; k++ {
				d.toks[k].noisy = true
			}
		}
		start = i + 1
	}
}

// compoundPart reports whether word k continues a hyphenated compound
// ("Seine-Saint-Denis", "Val-d'Oise"): the compound is one word of its
// sentence, or a list of départements reads as a headline.
func (d *document) compoundPart(k int) bool {
	p := k - 1
	if p >= 0 && d.toks[p].elision && !d.toks[k].spaceBefore {
		p--
	}
	return p >= 1 && d.toks[p].text == "-" && !d.toks[p].spaceBefore && !d.toks[p+1].spaceBefore
}

// inTicker reports whether word k is inside a stock code's angle
// brackets ("<DBKG.F>"), which a list of companies has one of each.
func (d *document) inTicker(k int) bool {
	return k >= 1 && d.toks[k-1].text == "<" || k >= 3 && d.toks[k-1].text == "." && d.toks[k-3].text == "<"
}

// collectReliable records the words the document writes capitalized where
// case is a choice: mid-sentence, outside headlines. A sentence-initial
// "Klee" is a name if "Klee" appears like that elsewhere.
func (d *document) collectReliable() {
	d.reliable = make(map[string]bool, 16)
	for k := range d.toks {
		t := &d.toks[k]
		// "Virtual" in "Virtual Server" says nothing about "Virtual" alone.
		if t.kind != wordToken || t.noisy || t.letters == 0 || d.inLongMatch[k] {
			continue
		}
		if t.allCaps || ((t.capital || t.camel) && !t.sentHead) {
			d.reliable[t.key] = true
		}
	}
}

// dropUnsupportedGazetteer undoes matches that are probably not the entry:
// a case-sensitive word at a sentence head with no support elsewhere, or a
// one-word match glued to an unknown capitalized word ("Mac" in "Ramsay
// Mac Donald"), which is part of a longer name discovery will find.
func (d *document) dropUnsupportedGazetteer() {
	d.spans = slices.DeleteFunc(d.spans, func(s span) bool {
		// "Howard's Tokyo trip": a possessive ends the name before.
		before := d.gluedName(s.from-1) && !(s.typ == corpus.Place && d.possessive(s.from-1))
		glued := s.from == s.to && !d.toks[s.from].noisy && (before || d.gluedName(s.to+1) ||
			d.x.g.caseSensitive(s.entry) && (d.hyphenName(s.to+1) || d.inLongerName(s.from)))
		// "François Hollande", "Michael Jordan" first in a sentence or a
		// headline: a given name makes the word after it a surname.
		glued = glued || s.from == s.to && s.typ != corpus.Person && d.givenNameBefore(s.from)
		// "New York Stock Exchange", "Hong Kong Telecom": a place of
		// several words opens a longer name as a one-word place does.
		glued = glued || s.from < s.to && s.typ == corpus.Place && !d.toks[s.to].noisy && d.gluedName(s.to+1)
		if !glued && (!s.needsSupport || d.reliable[d.toks[s.from].key]) {
			return false
		}
		for k := s.from; k <= s.to; k++ {
			d.covered[k] = false
		}
		return true
	})
}

// surnamesOfKnownNames turns one-word gazetteer matches into the surnames
// they also are. A title right before one makes it a person's ("le
// président Hollande", "M. Jordan"), and so does, for a place, a noun a
// leader's name completes ("le quinquennat Hollande"). Then, in a
// document that names a person so, or with given names only before it
// ("François Hollande", which discovery found because the given name let
// go of the place, not "Eric Woerthpar Europe", two words run together),
// the place alone is
// that person too, unless the document also writes it as a place ("en
// Hollande", "au sud de Washington"): then the word is both here, and a
// bare mention keeps the gazetteer's reading. A company alone stays the
// company: "Bouygues" after "Martin Bouygues" is as often the group he
// runs.
func (d *document) surnamesOfKnownNames() {
	var buf [8]string
	persons := buf[:0] // surnames of the people named here
	for i := range d.spans {
		s := &d.spans[i]
		if s.entry >= 0 && s.from == s.to && s.typ != corpus.Person &&
			(d.personTitleBefore(s.from) || s.typ == corpus.Place && d.leaderNounBefore(s.from)) {
			s.entry, s.typ, s.needsSupport, s.surname = -1, corpus.Person, false, true
		}
		if s.entry < 0 && s.typ == corpus.Person && (s.surname || s.to > s.from && d.firstNames(s.from, s.to-1)) {
			if key := d.toks[s.to].key; !slices.Contains(persons, key) {
				persons = append(persons, key)
			}
		}
	}
	if len(persons) == 0 {
		return
	}
	var pbuf [8]string
	places := pbuf[:0] // the same words written as places
	for _, s := range d.spans {
		if s.entry >= 0 && s.from == s.to && s.typ == corpus.Place && d.placeMarked(s.from) {
			places = append(places, d.toks[s.from].key)
		}
	}
	for i := range d.spans {
		s := &d.spans[i]
		if s.entry >= 0 && s.from == s.to && s.typ == corpus.Place {
			if key := d.toks[s.from].key; slices.Contains(persons, key) && !slices.Contains(places, key) {
				s.entry, s.typ, s.needsSupport, s.surname = -1, corpus.Person, false, true
			}
		}
	}
}

// leaderNounBefore reports whether token k follows a French noun that a
// leader's name completes without "de": "le quinquennat Hollande", "l'ère
// Hollande", "le couple Hollande-Gayet", "le gouvernement Castex". No
// place stands there: a government, a term or a camp is "de" a country.
func (d *document) leaderNounBefore(k int) bool {
	p := k - 1
	if d.english || p < 0 || !d.toks[k].spaceBefore || !d.lowerWord(p) && !(d.toks[p].sentHead && d.toks[p].capital && !d.toks[p].allCaps) {
		return false // "Quinquennat Hollande :" heads a title too
	}
	switch d.toks[p].key {
	case "quinquennat", "septennat", "mandat", "presidence", "gouvernement", "ere", "annees", "candidat", "candidate",
		"camp", "clan", "couple", "administration", "regime":
		return true
	}
	return false
}

// placeMarked reports whether the words before token k say k is a place:
// a preposition of place ("en Hollande", "à Florence", "in Jordan"), an
// article, which French and English put before a country and never
// before a surname ("la Hollande", "the Netherlands"), the English "of"
// ("King Hussein of Jordan"), or "de" after a point of the compass, a
// place's head or an office ("au sud de Washington", "la ville de
// Florence", "la maire de Washington").
func (d *document) placeMarked(k int) bool {
	lx := d.x.lex
	p := k - 1
	if !d.lowerWord(p) {
		return false
	}
	switch d.toks[p].key {
	case "la", "l'", "the", "of", "aux", "from", "at", "vers", "depuis":
		return true
	case "de", "d'":
		q := p - 1
		return d.lowerWord(q) && (lx.direction[d.toks[q].key] || lx.placeHead[d.toks[q].key] || lx.placeLocal[d.toks[q].key] || lx.rejected[d.toks[q].key])
	}
	// "à Washington" is the city, "face à Hollande" the man: French puts
	// most countries after "en" or "au".
	return lx.placeBefore[strings.ToLower(d.toks[p].text)] && (d.toks[p].text != "à" || !lx.country[d.toks[k].key])
}

// placeNamed reports whether the word at k, a place by the place list or
// the gazetteer, is named as one: "à Florence" after "Florence Parly" is
// the city.
func (d *document) placeNamed(k int) bool {
	key := d.toks[k].key
	if !d.x.lex.place[key] {
		e, ok := d.x.g.lookup[key]
		if !ok || d.x.g.entries[e].Type != corpus.Place {
			return false
		}
	}
	return d.placeMarked(k)
}

// givenNameBefore reports whether the word before token k is a given name
// in mixed case, free for discovery to join to k: "François Hollande"
// even at the head of a sentence, where gluedName does not look; not
// "Howard's Tokyo".
func (d *document) givenNameBefore(k int) bool {
	p := k - 1
	if p < 0 || !d.free(p) || !d.toks[k].spaceBefore || d.possessive(p) {
		return false
	}
	t := &d.toks[p]
	return t.capital && !t.allCaps && d.x.lex.firstName[t.key] && !d.x.lex.stop[t.key] && d.toks[k].capital && !d.toks[k].allCaps
}

// possessive reports whether word k was written with an English "'s",
// which the tokenizer drops.
func (d *document) possessive(k int) bool {
	field := d.body
	if d.toks[k].inTitle {
		field = d.title
	}
	e := d.toks[k].end
	return e < len(field) && (field[e] == '\'' || strings.HasPrefix(field[e:], "\u2019"))
}

// personTitleBefore reports whether a title that announces a person stands
// right before token k: "M. Hollande", "Mr Jordan", "le président
// Hollande", "le général Washington", "l'ancien chef de l'Etat Hollande";
// not "directeur général France", nor the "M" of "L M Ericsson".
func (d *document) personTitleBefore(k int) bool {
	lx := d.x.lex
	p := k - 1
	dot := p >= 0 && d.toks[p].text == "." && !d.toks[p].spaceBefore
	if dot {
		p--
	}
	if p < 0 || d.toks[p].kind != wordToken || !d.toks[k].capital || d.toks[k].allCaps {
		return false // "le sénateur LR": a party's acronym
	}
	t := &d.toks[p]
	if lx.honorific[t.key] && !t.allCaps && !d.possessive(p) {
		switch {
		case abbreviations[t.key]:
			// "M. Hollande", "Mr Jordan", "Dr. Pepper" is the drink's.
			return dot || t.capital && t.letters > 1
		case dot:
			return false // "le Premier ministre. Pékin avait …"
		case t.capital:
			return true // "Président Hollande", "General Washington"
		}
		return d.personTitle(p) || !d.rank(t.key)
	}
	// "chef de l'Etat", "chef d'Etat", "chef du gouvernement".
	if dot {
		return false
	}
	words := func(keys ...string) bool {
		for n, key := range keys {
			if q := p - n; q < 0 || d.toks[q].kind != wordToken || d.toks[q].key != key {
				return false
			}
		}
		return true
	}
	return words("etat", "l'", "de", "chef") || words("etat", "d'", "chef") || words("gouvernement", "du", "chef")
}

// hyphenName reports whether a hyphen at k joins the word before it to a
// capitalized unknown word: "Mac-Mahon" is a surname, not a Mac.
func (d *document) hyphenName(k int) bool {
	return k+1 < len(d.toks) && d.toks[k].text == "-" && !d.toks[k].spaceBefore && !d.toks[k+1].spaceBefore && d.gluedName(k+1)
}

// inLongerName reports whether the word at k, a known name that is also
// an ordinary word ("Office", "Word"), is the head of a longer name:
// after a capitalized word, even a common one ("Foreign Office", "Attorney
// General's Office"), or before "of" and a capital ("the Office of
// Management and Budget").
func (d *document) inLongerName(k int) bool {
	lx := d.x.lex
	if p := k - 1; p >= 0 && d.nameLike(p) && !d.toks[p].noisy && !lx.stop[d.toks[p].key] {
		return true // even first in its sentence: "the U.S. Patent Office"
	}
	n := k + 1
	for c := 0; c < 2 && d.lowerWord(n) && (lx.connectors[d.toks[n].key] || c > 0 && lx.articles[d.toks[n].key]); c++ {
		n++
	}
	return n > k+1 && d.nameLike(n) && !lx.stop[d.toks[n].key]
}

func (d *document) gluedName(k int) bool {
	if k < 0 || k >= len(d.toks) || d.covered[k] || !d.nameLike(k) {
		return false
	}
	t := d.toks[k]
	lx := d.x.lex
	return !t.sentHead && !t.noisy && !t.allCaps && !lx.stop[t.key] && !lx.rejected[t.key] && !lx.generic[t.key]
}

// free reports whether token k is a word discovery may use.
func (d *document) free(k int) bool {
	return k < len(d.toks) && d.toks[k].kind == wordToken && !d.covered[k] && !d.toks[k].elision
}

func (d *document) nameLike(k int) bool {
	if !d.free(k) {
		return false
	}
	t := d.toks[k]
	return t.letters > 0 && (t.capital || t.camel || t.allCaps)
}

// discover finds names the gazetteer does not know from their shape.
func (d *document) discover() {
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if end, ok := d.militaryUnit(i); ok {
			d.spans = append(d.spans, span{from: i, to: end, entry: -1, typ: corpus.Organization})
			i = end
			continue
		}
		if !d.nameLike(i) || t.digit && t.letters < 3 || !d.startable(t) {
			continue
		}
		last := d.extend(i)
		d.accept(i, last)
		i = last
	}
	slices.SortFunc(d.spans, func(a, b span) int { return a.from - b.from })
}

// dropCommonWords undoes discovered names whose words the document also
// writes in lower case ("l'Orchestre ... l'orchestre", "les Marseillais
// ... marseillais"): a capital there is typography, not a name. Evidence
// of a name keeps it: a title or a first name, a place list entry or
// "à"/"en" before it, a shape no common word has.
func (d *document) dropCommonWords() {
	var buf [32]string
	cand := buf[:0] // the words of the spans that may be common, each once
	for _, s := range d.spans {
		if !d.mayBeCommon(s) {
			continue
		}
		for k := s.from; k <= s.to; k++ {
			if key := d.toks[k].key; d.toks[k].kind == wordToken && !slices.Contains(cand, key) {
				cand = append(cand, key)
			}
		}
	}
	if len(cand) == 0 {
		return
	}
	var lower []string // the candidates the text also writes in lower case
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != wordToken || t.capital || t.camel || t.letters < 3 {
			continue
		}
		if slices.Contains(cand, t.key) && !slices.Contains(lower, t.key) {
			lower = append(lower, t.key)
		}
	}
	if len(lower) == 0 {
		return
	}
	d.spans = slices.DeleteFunc(d.spans, func(s span) bool {
		if !d.mayBeCommon(s) {
			return false
		}
		for k := s.from; k <= s.to; k++ {
			if d.toks[k].kind == wordToken && !slices.Contains(lower, d.toks[k].key) {
				return false
			}
		}
		return true
	})
}

// mayBeCommon reports whether a discovered span may be common words: one
// capitalized word without other evidence, or a shouted heading of words
// five letters or longer ("MUSIQUE", "FAITS DIVERS"), which acronyms ("RAID",
// "OPEC") are not.
func (d *document) mayBeCommon(s span) bool {
	if s.entry >= 0 || s.typ == corpus.Person || s.typ == corpus.Place {
		return false
	}
	lx := d.x.lex
	if t := &d.toks[s.from]; s.from == s.to && !t.allCaps {
		return !t.camel && !t.digit && !lx.place[t.key] && !lx.firstName[t.key]
	}
	for k := s.from; k <= s.to; k++ {
		t := &d.toks[k]
		// "ALUMINIUM", and in a shouted headline "TIN" too, with "tin" in
		// the story; not "OPEC" or "RAID" of a sentence in mixed case.
		if t.kind != wordToken || !t.allCaps || t.letters < 5 && !(t.noisy && t.letters >= 3) || t.digit || lx.place[t.key] || lx.firstName[t.key] {
			return false
		}
	}
	return true
}

// startable rejects words that can continue a name but not open one: a
// version ("R2", "SP1") or a digit-led token.
func (d *document) startable(t token) bool {
	if romanNumerals[t.key] {
		return false // "Frédéric III", never "III" alone
	}
	if t.digit {
		r, _ := utf8.DecodeRuneInString(t.text)
		return !(r >= '0' && r <= '9') && !t.allCaps
	}
	return true
}

// extend grows a name from token i: adjacent capitalized words, hyphenated
// parts ("Jean-Pierre", "Hyper-V", not "-based"), initials ("George W.
// Bush") and lower-case connectors between capitals ("Bank of America",
// "Conseil d'Etat").
func (d *document) extend(i int) int {
	lx := d.x.lex
	toks := d.toks
	last, start := i, i
	complements, complementHead := 0, -1
	for {
		k := last + 1
		if k >= len(toks) {
			return last
		}
		t := toks[k]
		if t.kind == wordToken && d.nameLike(k) {
			if d.caseBreak(last, k) {
				start = k // "EELV Julien Bayou sur France Inter": a person starts here
			}
			if d.lowerWord(last) && !toks[last].digit && !toks[last].camel && toks[last].letters >= 3 {
				// "Parlement européen Roberta Metsola", "Chambre des
				// représentants Nancy Pelosi": the lower-case words closed the
				// institution's name; a capital after them opens another.
				return last
			}
			last = k
			continue
		}
		if t.kind == wordToken && d.free(k) && t.digit && t.letters == 0 && toks[last].camel {
			last = k // "Galaxy S10", "Virtual Server 2005" stay whole
			continue
		}
		if t.kind == punctToken && (t.text == "-" || t.text == "&") && !t.spaceBefore && k+1 < len(toks) && !toks[k+1].spaceBefore {
			n := toks[k+1]
			if d.free(k+1) && (n.capital || n.allCaps || n.camel || n.digit || n.letters == 1) {
				last = k + 1
				continue
			}
			if d.free(k+1) && (lx.connectors[n.key] || n.key == "et") && k+3 < len(toks) && toks[k+2].text == "-" && d.nameLike(k+3) {
				last = k + 3 // "Aix-en-Provence"
				continue
			}
			if n.elision && (n.key == "d'" || n.key == "l'") && k+2 < len(toks) && !toks[k+2].spaceBefore && d.nameLike(k+2) {
				last = k + 2 // "Val-d'Oise", "Villeneuve-d'Ascq"
				continue
			}
			return last
		}
		if t.kind == punctToken && t.text == "." && !t.spaceBefore && (toks[last].letters == 1 && toks[last].capital || dottedInitials(toks[last].text) || saintAbbrev(toks[last])) && d.nameLike(k+1) {
			last = k + 1
			continue
		}
		if t.kind == punctToken && t.text == "&" && d.nameLike(k+1) && !d.twoPeople(i, last, k+1) {
			last = k + 1
			continue
		}
		// "Conseil fédéral", "Banque centrale européenne": an institution's
		// head word takes the adjectives that make it a name.
		if t.kind == wordToken && !d.english && d.free(k) && !t.capital && d.institutionBefore(i, k) && adjective(t.key) {
			last = k
			continue
		}
		// "Savings and Loan Association", "American Telephone and Telegraph
		// Co": "and" inside a company's name, when a corporate suffix ends
		// what follows and none ended what came before ("Boeing Co and
		// General Electric Co" are two).
		if end := d.andCompany(i, last, k); end > 0 {
			last = end
			continue
		}
		// "University of Texas", "Bank of Canada", "Banque de France": an
		// organization's head word takes the known place after "of" or
		// "de" into its name.
		if t.kind == wordToken && !t.capital && (t.key == "of" || t.key == "de") && d.orgHeadWord(last) {
			if end, ok := d.absorbPlace(k + 1); ok {
				last = end
				continue
			}
		}
		// Up to two lower-case connectors, then a capital.
		j := k
		for j < len(toks) && j < k+2 && toks[j].kind == wordToken && !toks[j].capital && lx.connectors[toks[j].key] {
			j++
		}
		// Not after a person's name: "Ravi Subramanian of Moor Insights" is
		// two names. Right after a first name, though, a nobiliary particle
		// belongs to the surname: "Otto de Dardel", "Ludwig van Beethoven".
		if j > k && j < len(toks) && d.nameLike(j) && toks[j].capital && !d.rejectedWord(toks[j]) &&
			(!lx.givenName[toks[start].key] || (d.firstNames(start, last) || d.english) && d.particlesBetween(k, j)) {
			// In English text a foreign particle after a full name is
			// still the surname's: "Henrique Lopes de Mendonça".
			last = j
			continue
		}
		// "Commission de régulation de l'énergie": a second complement
		// follows the first.
		head := last
		if complements > 0 {
			head = complementHead
		}
		// "Organisation mondiale de la santé", "Agence régionale de santé":
		// the complement follows the head's adjective.
		for h := head; complements == 0 && h > i && h >= last-1 && d.lowerWord(h) && adjective(toks[h].key); h-- {
			if toks[h-1].capital {
				head = h - 1
			}
		}
		if end := d.institutionComplement(head, k, j); end > 0 && complements < 2 {
			complementHead = head
			complements++
			last = end
			continue
		}
		return last
	}
}

// andCompany returns the end of the company's name that "and" at k
// continues, the run so far being [i, last], or -1. At most three
// capitalized words may follow, the last a corporate suffix or an
// organization's word.
func (d *document) andCompany(i, last, k int) int {
	lx := d.x.lex
	t := &d.toks[k]
	if t.kind != wordToken || t.key != "and" || t.capital || lx.orgSuffix[d.toks[last].key] || d.toks[i].allCaps && i == last {
		return -1
	}
	for e := k + 1; e <= k+3 && d.nameLike(e) && d.toks[e].capital && !d.toks[e].allCaps; e++ {
		if key := d.toks[e].key; e > k+1 && (lx.orgSuffix[key] || lx.orgWord[key]) {
			return e
		}
	}
	return -1
}

// institutionComplement returns the end of the lower-case complement an
// institution's head takes in French ("Conseil de sécurité", "Société des
// nations", "Chambre des lords", "Association des musiciens suisses"), or
// -1: the head is token h, capitalized mid-sentence, the connectors
// [k, j) are "de", "des", "du", "d'", "de la" or "de l'", and the noun
// after them may carry adjectives.
func (d *document) institutionComplement(head, k, j int) int {
	lx := d.x.lex
	h := &d.toks[head]
	if d.english || j == k || h.sentHead || h.noisy || !h.capital || !d.institution(h.key) || !d.lowerWord(j) || !d.free(j) {
		return -1
	}
	switch d.toks[k].key {
	case "des", "du", "d'":
		if j-k != 1 {
			return -1
		}
	case "de":
		if j-k == 2 && d.toks[k+1].key != "la" && d.toks[k+1].key != "l'" {
			return -1
		}
	default:
		return -1
	}
	n := &d.toks[j]
	if n.letters < 3 || n.digit || lx.stop[n.key] || lx.rejected[n.key] || infinitive(n.key) {
		return -1 // "la République d'investir"
	}
	end := j
	for end+1 < len(d.toks) && d.lowerWord(end+1) && d.free(end+1) && !d.toks[end+1].digit && adjective(d.toks[end+1].key) {
		end++
	}
	return end
}

// institutionBefore reports whether the lower-case word k follows an
// institution's head word ("Conseil") within the run starting at i, with
// at most one adjective in between.
func (d *document) institutionBefore(i, k int) bool {
	for h := k - 1; h >= i && h >= k-2; h-- {
		t := d.toks[h]
		if t.capital {
			return d.institution(t.key)
		}
		if !adjective(t.key) {
			return false
		}
	}
	return false
}

// institution reports whether a capitalized word is the head of an
// institution's name that adjectives complete: "Conseil fédéral",
// "Chambres fédérales", and the common nouns French capitalizes to make a
// name of them ("l'Action nationale", "l'Entente cordiale").
func (d *document) institution(key string) bool {
	lx := d.x.lex
	return lx.orgPrefix[key] || lx.nameHead[key] || strings.HasSuffix(key, "s") && lx.orgPrefix[key[:len(key)-1]]
}

// firstNames reports whether the words of [from, to] are all first names:
// "Anne-Françoise".
func (d *document) firstNames(from, to int) bool {
	for k := from; k <= to; k++ {
		if d.toks[k].kind == wordToken && !d.x.lex.firstName[d.toks[k].key] {
			return false
		}
	}
	return true
}

// particlesBetween reports whether tokens [from, to) are all nobiliary
// particles.
func (d *document) particlesBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if !d.x.lex.particles[d.toks[k].key] {
			return false
		}
	}
	return true
}

func (d *document) rejectedWord(t token) bool {
	return d.x.lex.rejected[t.key]
}

// supported reports whether a capitalized word is a name on its own
// evidence, where its position says nothing: it is written capitalized
// mid-sentence elsewhere, or it has a shape no common word has.
func (d *document) supported(t token) bool {
	lx := d.x.lex
	if lx.stop[t.key] || lx.rejected[t.key] || lx.generic[t.key] {
		return false
	}
	if d.reliable[t.key] {
		return true
	}
	if t.camel && t.letters >= 3 {
		return true
	}
	return t.allCaps && !t.noisy
}

// accept splits and trims the candidate run [from, last] into names and
// records the ones that survive.
func (d *document) accept(from, last int) {
	lx := d.x.lex
	var piece []int // word token indices of the current piece
	flush := func() {
		d.keep(piece)
		piece = piece[:0]
	}
	for k := from; k <= last; k++ {
		t := d.toks[k]
		if t.kind != wordToken {
			continue
		}
		capitalized := t.capital || t.allCaps || t.camel
		switch {
		case capitalized && lx.rejected[t.key] && !d.saintCompound(k) && !d.articleSurname(k, piece) && !d.hyphenated(k, piece) && !d.opensCompany(k, last):
			flush()
		case d.honorificDot(k, piece):
			flush() // "Combien M. Ador": the title starts a new name
		case t.noisy && capitalized && !d.supported(t) && !d.personInNoise(k, piece):
			flush()
		case capitalized && lx.stop[t.key] && (t.sentHead || len(piece) == 0 && !lx.articles[t.key] && !opensName(t.key)) && !d.initial(k):
			flush()
		case len(piece) > 0 && d.caseBreak(piece[len(piece)-1], k):
			flush() // "Birmanie PARIS", "CITE Pierre Biner": lines run together
			piece = append(piece, k)
			continue
		case len(piece) > 0 && capitalized && lx.firstName[t.key] && d.titleOnly(piece) && d.surnameAfter(k):
			// "ministre de l'Intérieur Christophe Castaner", "maire de
			// Paris Anne Hidalgo", "Secretary of State George Shultz": the
			// portfolio or the place ends where the person begins.
			flush()
			piece = append(piece, k)
			continue
		case len(piece) > 0 && capitalized && !t.allCaps && lx.givenName[t.key] && d.roleWord(piece[len(piece)-1]) && d.surnameAfter(k):
			// "County Coroner William McLaughlin", "Bishop Phillip
			// Garrigan": a capitalized role ends where the person begins,
			// and is no name of its own.
			for len(piece) > 0 && d.roleWord(piece[len(piece)-1]) {
				piece = piece[:len(piece)-1]
			}
			flush()
			piece = append(piece, k)
			continue
		case len(piece) > 0 && d.toks[piece[len(piece)-1]].key == t.key && t.letters > 1:
			flush() // "Berne Berne": a dateline run into the text
			piece = append(piece, k)
			continue
		case len(piece) > 0 && capitalized && lx.stop[t.key] && !lx.articles[t.key] && !lx.connectors[t.key] && !d.firstNames(piece[0], piece[len(piece)-1]) && !d.initial(k) &&
			!(opensName(t.key) && d.lowerWord(k-1)):
			// "Dior Et", "Victoria Ce": a capitalized function word after a
			// name starts a sentence the text ran together; after a first
			// name it is a surname ("Jim Ni").
			flush()
		default:
			piece = append(piece, k)
		}
	}
	flush()
}

// twoPeople reports whether "&" at k-1 joins two people rather than
// making one name: a given name and a surname before it, a given name in
// mixed case after it ("Jenny Seaton & Gary Carvolth"), where a company's
// "&" follows one word ("Marks & Spencer", "Procter & Gamble").
func (d *document) twoPeople(from, last, k int) bool {
	lx := d.x.lex
	n, f := &d.toks[k], &d.toks[from]
	return last > from && n.capital && !n.allCaps && lx.givenName[n.key] && f.capital && !f.allCaps && lx.givenName[f.key]
}

// roleWord reports whether the capitalized word k is a role or a title that
// announces a person ("Coroner", "Bishop", "Coach"), not a name's word.
func (d *document) roleWord(k int) bool {
	t := &d.toks[k]
	if !t.capital || t.allCaps {
		return false
	}
	lx := d.x.lex
	return lx.role[t.key] || lx.honorific[t.key] || lx.kind[t.key] == corpus.Person
}

// titleOnly reports whether the words of a piece are all common words
// that are part of names, never names alone ("Intérieur", "Santé",
// "Exchequer", "State"), places ("Paris", "Nantes"), institutions and
// parties ("Sénat", "LFI"): what a title or a caption ends with.
func (d *document) titleOnly(piece []int) bool {
	lx := d.x.lex
	for _, k := range piece {
		t := &d.toks[k]
		if t.kind != wordToken || !t.capital && !t.allCaps && lx.connectors[t.key] {
			continue
		}
		if !lx.generic[t.key] && !lx.placeName[t.key] && !lx.orgName[t.key] && !(t.allCaps && t.letters <= 5) {
			return false
		}
	}
	return true
}

// surnameAfter reports whether a name follows the given name at k, past
// the given names hyphenated to it ("Jean-Baptiste Djebbari").
func (d *document) surnameAfter(k int) bool {
	n := k + 1
	for n+1 < len(d.toks) && d.toks[n].text == "-" && !d.toks[n].spaceBefore && d.x.lex.givenName[d.toks[n+1].key] {
		n += 2
	}
	return d.nameLike(n)
}

// initialsOfKnown reports whether word k is dotted initials before a
// known name that took the rest: "J.P" of "J.P. Morgan", not "U.N".
func (d *document) initialsOfKnown(k int) bool {
	return dottedInitials(d.toks[k].text) && k+2 < len(d.toks) && d.toks[k+1].text == "." && d.covered[k+2]
}

// century recognizes a French ordinal in Roman numerals: "XIXe", "VIIe".
func century(key string) bool {
	n, ok := strings.CutSuffix(key, "e")
	if !ok || n == "" {
		return false
	}
	return strings.Trim(n, "ivxlc") == ""
}

// ticker reports whether word k is a stock code in the wire's angle
// brackets after a company's name: "Deutsche Bank AG <DBKG.F>", "Boeing Co
// <BA>". "<Airbus Industrie>", a name in brackets, is not.
func (d *document) ticker(k int) bool {
	t := &d.toks[k]
	if !t.allCaps || k == 0 || d.toks[k-1].text != "<" || k+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[k+1]
	return n.text == ">" || n.text == "." && !n.spaceBefore
}

// dottedInitials reports whether a word is initials joined by dots, as
// the tokenizer keeps them: "E.F" of "E.F. Hutton", "J.P" of "J.P. Morgan".
func dottedInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// hyphenated reports whether word k is joined by a hyphen to the word
// before it in the piece: "Bourgogne-Franche-Comté" keeps its count.
func (d *document) hyphenated(k int, piece []int) bool {
	return len(piece) > 0 && piece[len(piece)-1] == k-2 && d.toks[k-1].text == "-" && !d.toks[k-1].spaceBefore && !d.toks[k].spaceBefore
}

// opensCompany reports whether a word rejected alone ("General") opens
// a company's name that the run [k, last] ends with a corporate suffix:
// "General Electric Co", "General Motors Corp".
func (d *document) opensCompany(k, last int) bool {
	lx := d.x.lex
	if !lx.opensOrg[d.toks[k].key] || last-k < 2 || !lx.orgSuffix[d.toks[last].key] {
		return false
	}
	for j := k + 1; j <= last; j++ {
		if t := &d.toks[j]; t.kind != wordToken || !t.capital || lx.rejected[t.key] {
			return false
		}
	}
	return true
}

// articleSurname reports whether a title word at k is the end of a
// surname that starts with an article, after a first name: "Bruno Le
// Maire", "Anne Le Roi"; a title elsewhere starts a new name.
func (d *document) articleSurname(k int, piece []int) bool {
	if len(piece) < 2 || piece[len(piece)-1] != k-1 || !d.x.lex.firstName[d.toks[piece[0]].key] {
		return false
	}
	p := &d.toks[k-1]
	return p.capital && !p.allCaps && (p.key == "le" || p.key == "la")
}

// opensName reports whether a function word other than an article may,
// capitalized mid-sentence, open a name: "New Zealand", "New Jersey",
// "First Boston".
func opensName(key string) bool {
	return key == "new" || key == "first"
}

// caseBreak reports whether words p and k, adjacent in a run, belong to
// two lines run together: a word in mixed case, then a shouted one
// ("Birmanie PARIS", a dateline), or a shouted word, then a first name
// and a surname ("CITE Pierre Biner"). Names mix case the other way
// ("Proxmox VE", "SUSE Linux", "NASA Ames"), or after an institution's
// head ("Fondation SNCF") or a model number ("Q5 TFSI").
func (d *document) caseBreak(p, k int) bool {
	a, b := &d.toks[p], &d.toks[k]
	if a.kind != wordToken || k != p+1 {
		return false
	}
	if a.capital && !a.allCaps && !a.camel && !a.digit && !d.institution(a.key) && b.allCaps && b.letters >= 4 && !b.digit {
		return true
	}
	if a.allCaps && !a.digit && d.initial(k) {
		return true // "AFP A. Zahidul Islam": a credit, then a byline
	}
	return a.allCaps && a.letters >= 4 && b.capital && !b.allCaps && d.x.lex.firstName[b.key] && d.nameLike(k+1) && !d.toks[k+1].allCaps
}

// initial reports whether word k is an initial: one capital and a dot,
// then a name ("L. Jalabert"), so not the French "l" nor a sentence end.
func (d *document) initial(k int) bool {
	t := d.toks[k]
	return t.letters == 1 && t.capital && k+2 < len(d.toks) && d.toks[k+1].text == "." && !d.toks[k+1].spaceBefore && d.nameLike(k+2)
}

// saintCompound reports whether a rejected word opens a hyphenated name:
// "Saint-Gall", "St-Pétersbourg" are places, "saint" alone is not a name.
func (d *document) saintCompound(k int) bool {
	switch d.toks[k].key {
	case "saint", "sainte", "st", "ste":
	default:
		return false
	}
	if k+2 < len(d.toks) && d.toks[k+1].text == "." && !d.toks[k+1].spaceBefore && saintAbbrev(d.toks[k]) && d.nameLike(k+2) {
		return true // "St. Louis Eagles"
	}
	return k+2 < len(d.toks) && d.toks[k+1].text == "-" && !d.toks[k+1].spaceBefore && !d.toks[k+2].spaceBefore && d.toks[k+2].capital
}

// honorificDot reports whether word k is a title written with its dot
// ("M.", "Dr.") rather than an initial inside a name ("George W. Bush"):
// a title does not follow a first name.
func (d *document) honorificDot(k int, piece []int) bool {
	t := d.toks[k]
	if !d.x.lex.honorific[t.key] || !abbreviations[t.key] || k+1 >= len(d.toks) || d.toks[k+1].text != "." {
		return false
	}
	return len(piece) == 0 || !d.x.lex.firstName[d.toks[piece[0]].key]
}

// personInNoise keeps a first name and the surname after it in a sentence
// whose casing says nothing (a list of members, a Title Case line): the
// first name is evidence enough.
func (d *document) personInNoise(k int, piece []int) bool {
	lx := d.x.lex
	t := d.toks[k]
	if len(piece) == 0 {
		if !lx.firstName[t.key] || t.allCaps {
			return false
		}
		n := k + 1
		for n+1 < len(d.toks) && d.toks[n].text == "-" && lx.firstName[d.toks[n+1].key] {
			n += 2 // "Anne-Françoise"
		}
		for n < len(d.toks) && d.toks[n].kind == wordToken && lx.particles[d.toks[n].key] && !d.toks[n].capital {
			n++
		}
		return n < len(d.toks) && d.nameLike(n) && !d.toks[n].allCaps && !lx.stop[d.toks[n].key] && !lx.rejected[d.toks[n].key]
	}
	if t.allCaps || lx.stop[t.key] || len(piece) == 0 {
		return false
	}
	// The piece so far is first names ("Anne-Françoise") and particles.
	for _, p := range piece {
		if pt := d.toks[p]; !lx.firstName[pt.key] && (pt.capital || !lx.particles[pt.key]) {
			return false
		}
	}
	return true
}

// keep trims connectors off a piece, applies the sentence-head rule and
// types what is left.
func (d *document) keep(piece []int) {
	lx := d.x.lex
	for len(piece) > 0 && !d.toks[piece[0]].capital && !d.toks[piece[0]].camel && !d.toks[piece[0]].allCaps {
		piece = piece[1:]
	}
	for len(piece) > 0 {
		t := d.toks[piece[len(piece)-1]]
		if !(lx.connectors[t.key] && !t.capital) && !lx.articles[t.key] {
			break
		}
		piece = piece[:len(piece)-1] // "Tessin La": an article never ends a name
	}
	piece = d.dropHeadOf(piece)
	if len(piece) > 1 && !d.english && d.toks[piece[0]].capital && !d.toks[piece[0]].allCaps && d.toks[piece[1]].capital && lx.orgPrefix[d.toks[piece[1]].key] {
		switch d.toks[piece[0]].key {
		case "le", "la", "les", "l'":
			// "-Le Conseil de sécurité", "I La Société générale": the
			// article of an institution is not its name, unlike "Le Monde"
			// or "La République en marche".
			piece = piece[1:]
		}
	}
	shout, shoutStop := 0, false
	for _, k := range piece {
		if t := d.toks[k]; t.allCaps {
			shout++
			shoutStop = shoutStop || lx.stop[t.key]
		}
	}
	if shout >= 2 && shoutStop {
		return // "LE FAIT DU JOUR": a shouted heading
	}
	if len(piece) == 0 || d.headsOnly(piece) || d.nationality(piece) || d.commonOnly(piece) {
		return
	}
	first := d.toks[piece[0]]
	if len(piece) == 1 {
		if first.letters < 2 || lx.stop[first.key] || lx.rejected[first.key] || lx.generic[first.key] {
			return
		}
		if d.demonym(piece[0]) || ordinal(first.key) || d.adverb(piece[0]) || romanNumerals[first.key] || century(first.key) && !first.allCaps || d.initialsOfKnown(piece[0]) || d.ticker(piece[0]) {
			return // "VIII", "XIXe", "J.P" of "J.P. Morgan", "<DBKG.F>"
		}
		_, surname := d.x.g.surnames[first.key]
		_, defined := d.definedAs(piece[0])
		if (first.sentHead || first.noisy) && !d.supported(first) && !surname && !(lx.place[first.key] && !first.allCaps) && !d.ranked(piece[0]) && !(defined && first.sentHead && !first.noisy) {
			return
		}
	} else if first.noisy && !d.supported(first) && !d.x.lex.firstName[first.key] {
		return
	}
	// A capitalized article opens a name only mid-sentence ("The
	// Information"); at a sentence head it is just the article.
	if lx.stop[first.key] && len(piece) == 1 {
		return
	}
	from, to := piece[0], piece[len(piece)-1]
	from = d.particleBefore(from)
	if d.initialsName(piece) && to+1 < len(d.toks) && d.toks[to+1].text == "." && !d.toks[to+1].spaceBefore {
		to++ // "J. B.", "Christian B.": the initial keeps its dot
	}
	if n := len(d.spans); n > 0 && d.spans[n-1].entry < 0 && d.spans[n-1].to >= from {
		// "J. F. de Rabours": the particle grew the name back over the
		// initials before it.
		from = d.spans[n-1].from
		d.spans = d.spans[:n-1]
	}
	d.spans = append(d.spans, span{from: from, to: to, entry: -1, typ: d.typeOf(from, to)})
}

// dropHeadOf trims "Shares of" off "Shares of First Boston Corp": a word
// capitalized only because it opens the sentence, then "of" or "de", is
// the sentence's subject, not the first word of the name after it. A
// word that heads institutions ("Bank of England"), a first name, or one
// the text capitalizes elsewhere mid-sentence stays.
func (d *document) dropHeadOf(piece []int) []int {
	if len(piece) < 3 {
		return piece
	}
	first, next := &d.toks[piece[0]], &d.toks[piece[1]]
	if !first.sentHead || first.allCaps || first.camel || next.capital || !d.x.lex.connectors[next.key] ||
		d.supported(*first) || d.institution(first.key) || d.x.lex.firstName[first.key] || d.x.lex.placeHead[first.key] {
		return piece
	}
	for n, k := range piece[1:] {
		if d.toks[k].capital || d.toks[k].allCaps || d.toks[k].camel {
			return piece[n+1:]
		}
	}
	return piece
}

// commonOnly reports whether the capitalized words of a piece, two or
// more, are all common words ("Afro-Américains", "Class B"), and the whole is no
// name the lists know ("Sécurité sociale" is).
func (d *document) commonOnly(piece []int) bool {
	lx := d.x.lex
	if len(piece) < 2 {
		return false
	}
	capitals, common := 0, 0
	for _, k := range piece {
		t := &d.toks[k]
		if t.kind != wordToken || !t.capital && !t.allCaps {
			continue // "Conseil fédéral" is a name: its adjective decides
		}
		capitals++
		if t.letters == 1 {
			continue // "Class B"; but initials alone, "A. Q.", are a name
		}
		if !lx.generic[t.key] {
			return false
		}
		common++
	}
	// Only a compound or a class letter: "Western Front", "Russian Empire"
	// are common words that make a name together.
	last := &d.toks[piece[len(piece)-1]]
	if capitals < 2 || common == 0 || last.letters != 1 && last.spaceBefore {
		return false
	}
	key := d.spanKey(span{from: piece[0], to: piece[len(piece)-1]})
	_, known := d.x.g.lookup[key]
	return !known && !lx.orgName[key] && !lx.placeName[key] && !lx.otherName[key] && !lx.personName[key]
}

// nationality reports whether a piece is an adjective of nationality,
// which a facet has no use for: "Iranian", "Soviet", "West German",
// "Latin American" ("the Iranian navy", "West German bankers"). A
// demonym inside a name stays ("Iranian Oil Ministry" is one piece).
func (d *document) nationality(piece []int) bool {
	last := d.toks[piece[len(piece)-1]].key
	if !d.x.lex.demonym[last] && !(len(piece) == 1 && d.x.placeLead[last]) {
		return false
	}
	for _, k := range piece[:len(piece)-1] {
		if !d.x.placeLead[d.toks[k].key] {
			return false
		}
	}
	return true
}

// headsOnly reports whether a piece is only what an organization's name is
// built around: corporate suffixes ("Inc", "Co Ltd", "CORP") or one head
// word ("Bank", "Office", "Ministry"). Alone they are the remains of a name
// cut short, or a later mention of one ("the Bank said"), never a name.
func (d *document) headsOnly(piece []int) bool {
	lx := d.x.lex
	if len(piece) == 1 && lx.orgPrefix[d.toks[piece[0]].key] {
		return true
	}
	for _, k := range piece {
		if !lx.orgSuffix[d.toks[k].key] {
			return false
		}
	}
	return true
}

// ranked reports whether word k is a one-word entry of a ranking or a
// results list: a rank and its dot before it, and no sentence after it —
// "12. Camenzind. 23. Huser", "1. Olano (Esp)", "60. Moos à 44"". "2.
// Réduire les coûts" is a sentence.
func (d *document) ranked(k int) bool {
	if k < 2 || d.toks[k-1].text != "." || !d.toks[k].spaceBefore {
		return false
	}
	if r := &d.toks[k-2]; r.kind != wordToken || r.letters > 0 || !r.digit || len(r.text) > 3 {
		return false // not "Covid-19. Seuls 11 décès", "en 2017. Convaincus"
	}
	if k >= 3 && (d.toks[k-3].kind == wordToken || d.toks[k-3].text == "-") {
		return false
	}
	if k+1 >= len(d.toks) {
		return true
	}
	n := &d.toks[k+1]
	switch {
	case n.kind != wordToken:
		return n.text != "-" && n.text != "'"
	case n.digit && n.letters == 0:
		return true
	}
	return n.key == "à" || n.key == "a" && !n.capital
}

// demonym reports whether word k names inhabitants, not a place or a
// person: a French determiner of number, then a demonym's ending — "les
// Vaudois", "des Prussiens", "aux Savoyards", "un Genevois", "une
// Neuchâteloise" ("les Midlands" stay a place).
func (d *document) demonym(k int) bool {
	t := &d.toks[k]
	if k == 0 || t.allCaps || d.x.lex.place[t.key] || d.toks[k-1].kind != wordToken || d.toks[k-1].allCaps {
		return false
	}
	switch d.toks[k-1].key {
	case "les", "des", "aux", "ces", "nos", "vos", "leurs", "deux", "trois", "quelques", "plusieurs", "certains", "nombreux":
		for _, suf := range []string{"ois", "ais", "iens", "iennes", "ains", "aines", "ards", "oises", "aises", "ifs"} {
			if strings.HasSuffix(t.key, suf) {
				return true
			}
		}
	case "un", "une":
		for _, suf := range []string{"ois", "ais", "ien", "ienne", "ain", "aine", "oise", "aise"} {
			if strings.HasSuffix(t.key, suf) {
				return true
			}
		}
	}
	return false
}

// initialsName reports whether a piece of two words or more ends with an
// initial after initials or first names only ("J. B.", "Christian B."),
// so its last dot is the initial's, not the sentence's as in "la Classe
// E." or "Cardi B.".
func (d *document) initialsName(piece []int) bool {
	if len(piece) < 2 {
		return false
	}
	for n, k := range piece {
		t := d.toks[k]
		initial := t.letters == 1 && t.capital && !t.digit
		if n == len(piece)-1 && !initial || n < len(piece)-1 && !initial && !d.x.lex.firstName[t.key] {
			return false
		}
	}
	return true
}

// particleBefore grows a name back over a lower-case nobiliary particle:
// "van Petegem" anywhere, "de Gaulle" after a title ("le général de
// Gaulle", "M. de Jamara") — elsewhere "de Berne" is just "of Bern".
func (d *document) particleBefore(from int) int {
	lx := d.x.lex
	k := from - 1
	if k < 0 || !d.free(k) && !d.toks[k].elision || d.toks[k].capital {
		return from
	}
	switch d.toks[k].key {
	case "van", "von":
		return k
	case "der", "den", "ter", "ten":
		if k > 0 && (d.toks[k-1].key == "van" || d.toks[k-1].key == "von") && !d.toks[k-1].capital {
			return k - 1
		}
		return from
	case "la":
		if k > 0 && d.toks[k-1].key == "de" && !d.toks[k-1].capital {
			k-- // "de La Fontaine"
		}
	case "de", "d'", "du":
	default:
		return from
	}
	if t := d.prevWord(k); t >= 0 && lx.honorific[d.toks[t].key] && d.personTitle(t) {
		return k
	}
	if t := d.prevWord(k); t >= 0 && t == k-2 && d.free(t) && d.toks[t].letters == 1 && d.toks[t].capital && !d.toks[t+1].spaceBefore {
		return t // "F. de Rabours": an initial, then the particle
	}
	return from
}

// personTitle reports whether the honorific at k announces a person rather
// than a role in an organization: "le général de Gaulle", "M. de Jamara",
// but not "directeur général de Google" or "le PDG de Microsoft".
func (d *document) personTitle(k int) bool {
	switch key := d.toks[k].key; {
	case d.rank(key):
		p := d.prevWord(k)
		return p >= 0 && d.x.lex.articles[d.toks[p].key]
	case key == "m", key == "mm", key == "mme", key == "mlle", key == "monsieur", key == "madame", key == "mademoiselle",
		key == "sieur", key == "citoyen", key == "citoyenne", key == "lord", key == "lady", key == "sir":
		return true
	}
	return false // "le président de Microsoft", "le PDG de Google"
}

// rank reports whether an honorific is a military rank, which is also a
// word of job titles ("directeur général", "lieutenant-gouverneur"): a
// person's title only after an article.
func (d *document) rank(key string) bool {
	switch key {
	case "general", "colonel", "capitaine", "captain", "marechal", "amiral", "lieutenant", "commandant":
		return true
	}
	return false
}

// typeOf guesses a discovered name's type from the evidence at hand, the
// strongest first: the whole name on a list, a corporate suffix or an
// institution's head, a title or a role before it, a word that only
// places' or organizations' names hold, a given name, then the words
// around it. A name without evidence stays other.
func (d *document) typeOf(from, to int) corpus.EntityType {
	lx := d.x.lex
	var words []token
	for k := from; k <= to; k++ {
		if d.toks[k].kind == wordToken {
			words = append(words, d.toks[k])
		}
	}
	first, last := words[0], words[len(words)-1]
	prev := d.prevWord(from)
	key := d.spanKey(span{from: from, to: to})
	switch {
	case lx.otherName[key]:
		return corpus.Other // "GDP", "TGV", "Covid-19": things, whatever their shape
	case len(words) > 1 && lx.otherLast[last.key] && !last.allCaps:
		return corpus.Other // "Stanley Cup", "Nobel Prize": a trophy, not Stanley
	case lx.orgName[key]:
		return corpus.Organization
	case lx.personName[key]:
		return corpus.Person
	case lx.placeName[key]:
		return corpus.Place
	case len(words) == 1 && lx.countryCode[first.key] && !first.allCaps && d.bracketed(from, to):
		return corpus.Place // "Olano (Esp)": a country's code in results
	case d.coded(to) || len(words) == 1 && d.ranked(from) || d.agedAfter(to):
		return corpus.Person // "Olano (Esp)", "12. Camenzind.": a results list's athletes
	case lx.orgSuffix[last.key] && len(words) > 1, d.orgHead(first.key) && len(words) > 1 && d.toks[from+1].text != "-":
		return corpus.Organization // not "Haute-Savoie", "Haut-Karabakh"
	case len(words) > 1 && lx.nameHead[first.key] && d.lowerAfter(from, to):
		return corpus.Organization // "Marine nationale", "Parlement européen"
	case len(words) == 1 && len(first.key) > 6 && strings.HasSuffix(first.key, "corp"):
		return corpus.Organization // "Gencorp", "Citicorp", "Bancorp"
	case prev >= 0 && lx.honorific[d.toks[prev].key], d.listAfterTitles(from):
		return corpus.Person
	case d.roleBefore(prev, from, words):
		return corpus.Person
	}
	if t, ok := d.definedAs(to); ok {
		return t // "Aisby is a village", "Killing Joke, a band"
	}
	if t, ok := d.possessedAfter(to); ok {
		return t // "Li Shimin's wife", "Caloi's headquarters", "Kenora's mayor"
	}
	if d.personAfter(to) || d.english && len(words) <= 3 && d.subjectOfPronoun(from, to) {
		return corpus.Person // "Konstanty, who died", "Cabral (born 1988)"
	}
	switch {
	case len(words) > 1 && (lx.placeFirst[first.key] || lx.placeLast[last.key] || d.placeOf(from, to)):
		return corpus.Place // "Lake Geneva", "Cook County", "East Riding of Yorkshire"
	case len(words) > 1 && d.anyOrgWord(words):
		return corpus.Organization
	case len(words) > 1 && lx.placeName[first.key] && d.team(words[1:]):
		return corpus.Organization // "Boston Bruins", "Montreal Victorias": a town's team
	case len(words) > 1 && len(words) <= 3 && lx.direction[first.key] && first.capital && !first.allCaps:
		return corpus.Place // "West Jersey", "East Perth", "South Jutland"
	case lx.givenName[first.key] && len(words) > 1 && !last.allCaps && !first.allCaps && d.personShaped(from, to):
		return corpus.Person // "Frédéric III" too
	case lx.surnameFirst[first.key] && len(words) > 1 && len(words) <= 3 && !first.allCaps && d.unknownWords(words[1:]):
		return corpus.Person // "Li Shimin", "Kang Young Joong"
	case len(words) > 1 && romanNumerals[last.key] && !first.allCaps:
		return corpus.Person // "Dona Maria II": a regnal number, a monarch
	case prev >= 0 && from-prev == 1 && lx.orgBefore[d.toks[prev].key] && !d.toks[prev].capital:
		return corpus.Organization
	case prev >= 0 && from-prev == 1 && lx.placeBefore[strings.ToLower(d.toks[prev].text)] && len(words) <= 3 && !(len(words) == 1 && first.allCaps):
		return corpus.Place // not "in NCAA history": places' acronyms are known ones
	case len(words) <= 3 && d.ofPlace(from):
		return corpus.Place // "près de Vevey", "the outskirts of Lagos"
	case len(words) == 1 && d.english && lx.firstName[first.key] && !first.allCaps && !lx.place[first.key]:
		return corpus.Person // English names people by their given name: "Stan", "Hayley"
	case len(words) == 1 && first.allCaps && !first.noisy && first.letters <= 6 && !lx.firstName[first.key]:
		// In a shouted headline capitals say nothing; an acronym is short,
		// and "LITTÉRATURE", "BRAICHET" or "CLARA" are a word or a person.
		return corpus.Organization
	case d.placeShape(from, to, first):
		return corpus.Place
	case len(words) <= 3 && d.placeAfterComma(to):
		return corpus.Place // "Debden, England", "Sandy Hook, Maryland"
	case d.english && len(words) > 1 && d.initial(from) && !last.allCaps:
		return corpus.Person // "C. H. Douglas", "P. Diddy"
	}
	return corpus.Other
}

// copulas and articles of definedAs.
var (
	copulas         = map[string]bool{"is": true, "was": true, "are": true, "were": true, "est": true, "était": true, "fut": true, "sont": true}
	indefiniteWords = map[string]bool{"a": true, "an": true, "un": true, "une": true}
)

// definedAs reports what the words after a name say it is, in apposition
// or after a copula: "Aisby is a village in …", "Killing Joke, a band",
// "Gencorp est une société", "Adam de la Halle was a French minstrel". Up
// to three words (adjectives, a nationality, a genre) may stand between
// the article and the noun, which kinds.txt and the roles type.
func (d *document) definedAs(to int) (corpus.EntityType, bool) {
	k := to + 1
	comma := k < len(d.toks) && d.toks[k].text == ","
	if comma {
		k++
	}
	if k < len(d.toks) && d.toks[k].kind == wordToken && !d.toks[k].capital && copulas[d.toks[k].text] {
		k++
	} else if !comma {
		return "", false
	}
	if k >= len(d.toks) || d.toks[k].kind != wordToken || d.toks[k].capital {
		return "", false
	}
	// "Art Ross, the general manager of the Bruins": "the" before a role
	// only, since "the band's drummer" is no band.
	definite := d.toks[k].key == "the" || d.toks[k].key == "le" || d.toks[k].key == "la"
	if !definite && !indefiniteWords[d.toks[k].key] {
		return "", false
	}
	words := 0
	for k++; k < len(d.toks) && words < 4; k++ {
		t := d.toks[k]
		if t.kind == breakToken || t.kind == punctToken && t.text != "-" {
			return "", false
		}
		if t.kind != wordToken {
			continue
		}
		words++
		if typ, ok := d.x.lex.kind[t.key]; ok && !t.allCaps && !d.possessive(k) && (k+1 >= len(d.toks) || d.toks[k+1].text != "-" || d.toks[k+1].spaceBefore) {
			if definite && (typ != corpus.Person || k+1 < len(d.toks) && d.toks[k+1].kind == punctToken && d.toks[k+1].text != ",") {
				return "", false
			}
			return typ, true
		}
		if d.x.lex.stop[t.key] {
			return "", false // "a member of the band": not what the name is
		}
	}
	return "", false
}

// placeAfterComma reports whether a known place of one to three words
// follows the name after a comma, then the clause goes on or ends: the
// place a town or a site is in ("Debden, England, 4 June 1943").
func (d *document) placeAfterComma(to int) bool {
	k := to + 1
	if k >= len(d.toks) || d.toks[k].text != "," {
		return false
	}
	k++
	var key string
	for n := 0; n < 3 && k < len(d.toks); n, k = n+1, k+1 {
		t := d.toks[k]
		if t.kind != wordToken || !t.capital {
			break
		}
		if n > 0 {
			key += " "
		}
		key += t.key
		if d.placeKey(key) && (k+1 >= len(d.toks) || d.toks[k+1].kind != wordToken || !d.toks[k+1].capital) && !d.possessive(k) {
			return true
		}
	}
	return false
}

// placeKey reports whether a match key is a place's: a country or region
// of the lists, or a gazetteer entry typed place.
func (d *document) placeKey(key string) bool {
	if d.x.lex.country[key] || d.x.lex.placeName[key] && !strings.Contains(key, " ") && d.x.lex.place[key] {
		return true
	}
	if e, ok := d.x.g.lookup[key]; ok {
		return d.x.g.entries[e].Type == corpus.Place
	}
	return d.x.lex.placeName[key]
}

// orgHead reports whether a word opens organizations' names, in the
// singular or the plural ("Chambres fédérales", "Ecoles des Terreaux").
func (d *document) orgHead(key string) bool {
	lx := d.x.lex
	return lx.orgPrefix[key] || len(key) > 4 && strings.HasSuffix(key, "s") && lx.orgPrefix[key[:len(key)-1]]
}

// lowerAfter reports whether the words of [from, to] after the first are
// all in lower case: an institution's head and its adjectives.
func (d *document) lowerAfter(from, to int) bool {
	for k := from + 1; k <= to; k++ {
		if t := &d.toks[k]; t.kind == wordToken && (t.capital || t.allCaps) {
			return false
		}
	}
	return true
}

// personShaped reports whether every word of [from, to] is capitalized
// or a particle: "Marine Le Pen", "Otto de Dardel", not "Marine nationale".
func (d *document) personShaped(from, to int) bool {
	for k := from; k <= to; k++ {
		if t := &d.toks[k]; t.kind == wordToken && !t.capital && !t.allCaps && !d.x.lex.particles[t.key] {
			return false
		}
	}
	return true
}

// listAfterTitles reports whether the name at from continues a list of
// names that a plural title opens: "MM. Ador, Motta et Calonder",
// "Messrs Baker, Volcker and Greenspan".
func (d *document) listAfterTitles(from int) bool {
	at := from
	for n := len(d.spans) - 1; n >= 0 && n >= len(d.spans)-8; n-- {
		s := d.spans[n]
		sep := at - 1
		if sep != s.to+1 || sep < 0 {
			return false
		}
		switch d.toks[sep].text {
		case ",", "et", "and":
		default:
			return false
		}
		if p := d.prevWord(s.from); p >= 0 {
			switch d.toks[p].key {
			case "mm", "mmes", "messrs":
				return true
			}
		}
		at = s.from
	}
	return false
}

// roleBefore reports whether a role right before a name announces a
// person: "le rappeur Kanye West", "spokesman Marlin Fitzwater", "la
// ministre Sibeth Ndiaye". A name of one word there is a surname unless
// it is shouted ("le ministre LR").
func (d *document) roleBefore(prev, from int, words []token) bool {
	if prev < 0 || from-prev != 1 || !d.x.lex.role[d.toks[prev].key] || d.toks[prev].allCaps {
		return false
	}
	return words[0].capital && !words[0].allCaps && !words[len(words)-1].allCaps
}

// agedAfter reports whether an age follows token to in apposition: "Jean
// Dupont, 45 ans,", "John Smith, 45 years old". A bare number there is
// as often a results list's or an address's.
func (d *document) agedAfter(to int) bool {
	if to+3 >= len(d.toks) || d.toks[to+1].text != "," {
		return false
	}
	n := &d.toks[to+2]
	if n.kind != wordToken || n.letters > 0 || !n.digit || len(n.text) > 3 || n.text[0] == '0' {
		return false
	}
	next := &d.toks[to+3]
	return next.key == "ans" || next.key == "years"
}

// coded reports whether a country's code in brackets follows token to.
func (d *document) coded(to int) bool {
	return to+3 < len(d.toks) && d.toks[to+1].text == "(" && d.x.lex.countryCode[d.toks[to+2].key] && d.toks[to+3].text == ")"
}

// ofPlace reports whether "de", "d'" or "of" before from follows a word
// that only a place completes so: "près de", "la région de", "au sud de",
// "the outskirts of", "north of".
func (d *document) ofPlace(from int) bool {
	p := from - 1
	if !d.lowerWord(p) && !(p >= 0 && d.toks[p].elision && d.toks[p].key == "d'") {
		return false
	}
	switch d.toks[p].key {
	case "de", "d'", "of":
	default:
		return false
	}
	return d.lowerWord(p-1) && (d.x.lex.ofPlace[d.toks[p-1].key] || d.x.lex.direction[d.toks[p-1].key])
}

// bracketed reports whether [from, to] stands alone in brackets.
func (d *document) bracketed(from, to int) bool {
	return from > 0 && to+1 < len(d.toks) && d.toks[from-1].text == "(" && d.toks[to+1].text == ")"
}

// team reports whether the words after a town are a sports team's:
// capitalized plurals ("Bruins", "Maple Leafs"), no person's name.
func (d *document) team(words []token) bool {
	for _, w := range words {
		if !w.capital || w.allCaps || d.x.lex.givenName[w.key] {
			return false
		}
	}
	last := words[len(words)-1].key
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// anyOrgWord reports whether a word of a name of several words is one
// that only organizations' names hold.
func (d *document) anyOrgWord(words []token) bool {
	for _, w := range words {
		if d.x.lex.orgWord[w.key] && !w.allCaps {
			return true
		}
	}
	return false
}

// placeSuffixes end the names of towns in French, German and English:
// "Thionville", "Fribourg", "Mannheim", "Burgdorf", "Solingen",
// "Schaffhausen", "Darmstadt", "Frankfurt", "Abbecourt", "Stalingrad",
// "Lincolnshire", "Peterborough".
var placeSuffixes = []string{"ville", "bourg", "burg", "heim", "dorf", "ingen", "hausen", "stadt", "furt", "court", "polis", "grad", "shire", "borough"}

// placeShape reports whether a name is shaped like a place: one word with
// a town's ending, or a hyphenated compound with a lower-case connector
// ("Aix-en-Provence", "Chaux-de-Fonds") or after "Saint-" ("Saint-Gall").
func (d *document) placeShape(from, to int, first token) bool {
	if from == to && !first.allCaps && first.letters > len("ville") {
		for _, suf := range placeSuffixes {
			if strings.HasSuffix(first.key, suf) {
				return true
			}
		}
	}
	// Only a name that is one compound: "PS de Vaulx-en-Velin" is a party.
	for k := from + 1; k <= to; k++ {
		if d.toks[k].spaceBefore {
			return false
		}
	}
	if to-from < 2 || d.toks[from+1].text != "-" {
		return false
	}
	switch d.toks[from].key {
	case "saint", "sainte", "st", "ste":
		return true
	}
	for k := from + 1; k < to; k++ {
		if n := d.toks[k+1]; d.toks[k].text == "-" && n.kind == wordToken && !n.capital && d.x.lex.connectors[n.key] {
			return true
		}
	}
	return false
}

// prevWord is the word before token k, looking through an abbreviation's
// dot ("M. Dupont").
func (d *document) prevWord(k int) int {
	k--
	if k >= 0 && d.toks[k].kind == punctToken && d.toks[k].text == "." {
		k--
	}
	if k >= 0 && d.toks[k].kind == wordToken {
		return k
	}
	return -1
}

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
	types := map[string]map[corpus.EntityType]int{}
	surnames := map[string]string{} // last word → full name of a person here
	heads := map[string]string{}    // first word → full name of another name here
	firsts := map[string]string{}   // first name → full name of a person here
	ambiguous := map[string]bool{}
	for i, s := range d.spans {
		start, end := d.toks[s.from].start, d.toks[s.to].end
		field := d.body
		if d.toks[s.from].inTitle {
			field = d.title
		}
		text := strings.Join(strings.Fields(field[start:end]), " ")
		ms[i] = Mention{Text: text, Start: start, End: end, InTitle: d.toks[s.from].inTitle, Type: s.typ}
		if s.entry >= 0 {
			ms[i].Name = g.entries[s.entry].Name
		} else {
			keys[i] = d.spanKey(s)
			if spellings[keys[i]] == nil {
				spellings[keys[i]] = map[string]int{}
				types[keys[i]] = map[corpus.EntityType]int{}
			}
			spellings[keys[i]][text]++
			types[keys[i]][s.typ]++
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
	var bare map[string]string // "figaro" → "Le Figaro": a name without its article
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
		if d.bareGivenName(s, ms[i].Type) || d.shoutedFragment(s, inner) {
			ms[i].Name = "" // dropped below
		}
	}
	d.acronymTypes(ms)
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Name == "" })
}

// shoutedFragment reports whether a discovered word of a shouted headline
// is a word of a longer name the story writes in full: "ELECTRIC" of
// "GENERAL ELECTRIC <GE> SEES..." beside "General Electric Co".
func (d *document) shoutedFragment(s span, inner map[string]bool) bool {
	t := &d.toks[s.from]
	return s.from == s.to && t.allCaps && t.noisy && inner[t.key]
}

// bareGivenName reports whether a discovered span is a given name alone
// that the document completes nowhere ("Charlotte", "Harry"): it names
// nobody a reader could find again. A title before it, or a place's
// reading ("à Florence"), keeps it.
func (d *document) bareGivenName(s span, typ corpus.EntityType) bool {
	t := &d.toks[s.from]
	if d.english || s.from != s.to || typ == corpus.Place || t.allCaps || !d.x.lex.firstName[t.key] || d.x.lex.place[t.key] {
		return false
	}
	p := d.prevWord(s.from)
	return p < 0 || !d.x.lex.honorific[d.toks[p].key] && !d.x.lex.role[d.toks[p].key]
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
	case "au", "du", "aux", "des", "le", "la", "les", "l'":
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

func (d *document) spanKey(s span) string {
	var b strings.Builder
	for k := s.from; k <= s.to; k++ {
		if k > s.from {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].key)
	}
	return b.String()
}

func (d *document) wordKeys(s span) []string {
	var out []string
	for k := s.from; k <= s.to; k++ {
		if d.toks[k].kind == wordToken {
			out = append(out, d.toks[k].key)
		}
	}
	return out
}

// bestSpelling prefers the most frequent spelling, and mixed case over ALL
// CAPS, which is usually a headline's doing.
func bestSpelling(m map[string]int) string {
	best, bestN := "", -1
	for s, n := range m {
		score := n * 2
		if strings.ToUpper(s) != s {
			score++
		}
		if score > bestN || score == bestN && s < best {
			best, bestN = s, score
		}
	}
	return best
}

func bestType(m map[corpus.EntityType]int) corpus.EntityType {
	best, bestN := corpus.Other, 0
	for _, t := range []corpus.EntityType{corpus.Person, corpus.Organization, corpus.Place, corpus.Product} {
		if m[t] > bestN {
			best, bestN = t, m[t]
		}
	}
	return best
}

// ordinal recognizes French ordinals, which a capital ("la Quatrième")
// does not make names.
func ordinal(key string) bool {
	return strings.HasSuffix(key, "ieme") || strings.HasSuffix(key, "iemes")
}

// adverb reports whether word k is a French adverb or noun in "-ment"
// ("Parallèlement", "Gouvernement") that a capital alone does not make a
// name; a title before it does ("M. Froment").
func (d *document) adverb(k int) bool {
	t := &d.toks[k]
	if d.english || t.allCaps || len(t.key) < 7 || !strings.HasSuffix(t.key, "ment") || d.x.lex.firstName[t.key] {
		return false
	}
	p := d.prevWord(k)
	return p < 0 || !d.x.lex.honorific[d.toks[p].key]
}

// infinitive recognizes the French verbs a complement never is: "-er" and
// "-ir" words longer than "fer" or "mer".
func infinitive(key string) bool {
	return len(key) > 4 && (strings.HasSuffix(key, "er") || strings.HasSuffix(key, "ir"))
}

// adjective recognizes the French adjective endings institutions take.
func adjective(key string) bool {
	for _, suf := range []string{"al", "ale", "aux", "ique", "ien", "ienne", "ais", "aise", "el", "elle", "if", "ive", "aire", "ain", "aine", "ois", "oise", "eenne", "een",
		"ales", "iques", "iens", "iennes", "aises", "els", "elles", "ifs", "ives", "aires", "ains", "aines", "oises", "eennes", "eens"} {
		if strings.HasSuffix(key, suf) && len(key) > len(suf)+2 {
			return true
		}
	}
	return false
}

// placePhrases grows names into the place phrases French writes around
// them: a lower-case head before ("canton de Vaud", "lac Léman", "rue de la
// Paix"), a regional adjective or a point of the compass after ("Suisse
// romande", "Afrique du Nord"), the side of a border ("outre-Rhin"). The
// phrase is the place; the name alone
// is often another one (the city of Neuchâtel, the lake of Neuchâtel).
func (d *document) placePhrases() {
	lx := d.x.lex
	out := d.spans[:0]
	for i := 0; i < len(d.spans); i++ {
		s := d.spans[i]
		if h := d.placeHeadBefore(s); h >= 0 {
			s.from, s.entry, s.typ = h, -1, corpus.Place
		} else if k := s.from - 2; k >= 0 && d.lowerWord(k) && d.toks[k].key == "outre" && d.toks[k+1].text == "-" &&
			!d.toks[k+1].spaceBefore && !d.toks[s.from].spaceBefore {
			s.from, s.entry, s.typ = k, -1, corpus.Place // "outre-Rhin", "outre-Atlantique"
		}
		if s.typ == corpus.Place {
			k := s.to + 1
			switch {
			case d.lowerWord(k) && lx.placeAdj[d.toks[k].key]:
				s.to, s.entry = k, -1
			case d.lowerWord(k) && (d.toks[k].key == "du" || d.toks[k].key == "de") &&
				k+1 < len(d.toks) && d.toks[k+1].capital && lx.direction[d.toks[k+1].key]:
				if i+1 < len(d.spans) && d.spans[i+1].from == k+1 && d.spans[i+1].to == k+1 {
					i++ // the compass point was taken for a name of its own
				}
				if i+1 >= len(d.spans) || d.spans[i+1].from > k+1 {
					s.to, s.entry = k+1, -1
				}
			}
		}
		out = append(out, s)
	}
	d.spans = out
}

func (d *document) lowerWord(k int) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == wordToken && !d.toks[k].capital && !d.toks[k].allCaps
}

// placeHeadBefore returns the lower-case place head word before span s,
// through "de", "du", "des", "d'", "de la", "de l'", or -1.
func (d *document) placeHeadBefore(s span) int {
	k := s.from - 1
	if !d.lowerWord(k) {
		return -1
	}
	lx := d.x.lex
	// After a local head, a known place is the larger one it is in.
	known := func() bool { return s.entry >= 0 || s.from == s.to && lx.place[d.toks[s.from].key] }
	if lx.placeBare[d.toks[k].key] && s.typ != corpus.Person && !known() {
		return k // not "le sondage place Stéphane Bern en tête"
	}
	switch d.toks[k].key {
	case "la", "l'":
		if !d.lowerWord(k-1) || d.toks[k-1].key != "de" {
			return -1
		}
		k -= 2
	case "de", "du", "des", "d'":
		k--
	}
	// "le comte de Metternich" is a count, which folding makes a "comté".
	if d.lowerWord(k) && (lx.placeHead[d.toks[k].key] && d.toks[k].text != "comte" || lx.placeLocal[d.toks[k].key] && !known()) {
		return k
	}
	return -1
}

// listConsensus types the discovered names without evidence that stand in
// one list with names that have it, when those agree: "Orgy, Velvet
// Revolver and Linkin Park", "Debden, Saffron Walden and Elvedon Hall". A
// list is three names or more joined only by commas, "and", "et", "or",
// "ou", "&" or slashes; two typed members at least, all of one type, and
// no more untyped members than typed ones.
func (d *document) listConsensus() {
	for i := 0; i < len(d.spans); {
		j := i + 1
		for j < len(d.spans) && d.listJoined(d.spans[j-1].to, d.spans[j].from) {
			j++
		}
		if j-i >= 3 {
			d.typeList(d.spans[i:j])
		}
		i = j
	}
}

// listJoined reports whether only list separators stand between tokens a
// and b, with at least one comma, slash or conjunction.
func (d *document) listJoined(a, b int) bool {
	if b <= a+1 {
		return false
	}
	for k := a + 1; k < b; k++ {
		switch t := d.toks[k]; t.key {
		case ",", "/", "&", "and", "et", "or", "ou":
			if t.kind == wordToken && t.capital {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func (d *document) typeList(list []span) {
	var typ corpus.EntityType
	typed, untyped := 0, 0
	for _, s := range list {
		switch {
		case s.typ == corpus.Other && s.entry < 0:
			untyped++
		case s.typ == corpus.Person || s.typ == corpus.Organization || s.typ == corpus.Place:
			if typed > 0 && s.typ != typ {
				return
			}
			typ = s.typ
			typed++
		default:
			return // a product or a thing of the lists: a mixed list
		}
	}
	if typed < 2 || untyped == 0 || untyped > typed {
		return
	}
	for i := range list {
		if list[i].typ == corpus.Other && list[i].entry < 0 && !d.x.lex.otherName[d.spanKey(list[i])] {
			list[i].typ = typ
		}
	}
}

// placeOf reports whether a word that ends places' names stands before
// "of" inside the name: "Grand Duchy of Poznań", "East Riding of
// Yorkshire", "Kingdom of Spain".
func (d *document) placeOf(from, to int) bool {
	for k := from; k < to; k++ {
		if t := &d.toks[k]; t.kind == wordToken && t.capital && d.x.lex.placeLast[t.key] && d.toks[k+1].key == "of" {
			return true
		}
	}
	return false
}

// personAfter reports whether the words after a name say a person: "who"
// ("Konstanty, who died young"), or a birth or a life in brackets
// ("Cabral (born 22 October 1988)", "Adam (1240–1300)", "Jean (né en 1950)").
func (d *document) personAfter(to int) bool {
	k := to + 1
	if k < len(d.toks) && d.toks[k].text == "," {
		k++
	}
	if k < len(d.toks) && d.toks[k].text == "who" {
		return true
	}
	// "Stoloff was born in Philadelphia", "X est né à Lyon".
	if k = to + 1; k+1 < len(d.toks) && (d.toks[k].text == "was" && d.toks[k+1].text == "born" || d.toks[k].text == "est" && (d.toks[k+1].text == "né" || d.toks[k+1].text == "née")) {
		return true
	}
	k = to + 1
	if k+2 >= len(d.toks) || d.toks[k].text != "(" {
		return false
	}
	switch n := d.toks[k+1]; {
	case n.text == "born" || n.text == "né" || n.text == "née":
		return true
	case year(n.text) && (d.toks[k+2].text == "-" || d.toks[k+2].text == "–" || d.toks[k+2].text == "—"):
		return true
	}
	return false
}

// year reports whether a word is a year of four digits.
func year(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// subjectOfPronoun reports whether a name opens its sentence and the
// sentence goes on to say "he", "she", "his" or "her" of someone before any
// other name: "Dou Jiande was later executed, and his followers rebelled".
func (d *document) subjectOfPronoun(from, to int) bool {
	if !d.toks[from].sentHead && !d.afterOpening(from) {
		return false
	}
	for k := to + 1; k < len(d.toks) && k < to+25; k++ {
		t := &d.toks[k]
		if t.kind == breakToken || t.kind == punctToken && (t.text == "." || t.text == "?" || t.text == "!" || t.text == ";") {
			return false
		}
		if t.kind != wordToken {
			continue
		}
		if t.capital {
			return false
		}
		switch t.text {
		case "he", "she", "his", "her", "him", "himself", "herself":
			return true
		}
	}
	return false
}

// afterOpening reports whether the name at from follows the comma of a
// sentence's opening words, none of them capitalized but the first:
// "However, Dou Jiande delayed", "In 1838, Quorvan married".
func (d *document) afterOpening(from int) bool {
	if from < 2 || d.toks[from-1].text != "," {
		return false
	}
	for k := from - 2; k >= 0 && k > from-8; k-- {
		t := &d.toks[k]
		if t.kind == breakToken {
			return false
		}
		if t.kind == wordToken && t.sentHead {
			return true
		}
		if t.kind == wordToken && t.capital || t.kind == punctToken && t.text != "," {
			return false
		}
	}
	return false
}

// saintAbbrev reports whether a word is the abbreviated "Saint" of a
// name: "St. Louis Eagles", "Ste. Foy".
func saintAbbrev(t token) bool {
	return t.capital && !t.allCaps && (t.key == "st" || t.key == "ste")
}

// possessedAfter reports what the noun after a name's possessive says the
// name is: "X's wife" a person, "X's headquarters" an organization, "X's
// mayor" a place. The possessive may be glued ("Caloi's") or, in
// tokenized text, a word of its own ("Caloi 's").
func (d *document) possessedAfter(to int) (corpus.EntityType, bool) {
	k := to + 1
	switch {
	case k+1 < len(d.toks) && d.toks[k].kind == punctToken && d.apostrophe(k) && d.toks[k+1].key == "s":
		k += 2
	case d.possessive(to):
	default:
		return "", false
	}
	if k >= len(d.toks) || d.toks[k].kind != wordToken || d.toks[k].capital {
		return "", false
	}
	t, ok := d.x.lex.possessed[d.toks[k].key]
	return t, ok
}

// unknownWords reports whether words are capitalized in mixed case and on
// no list: the given names of "Li Shimin", not "Wang Laboratories".
func (d *document) unknownWords(words []token) bool {
	lx := d.x.lex
	for _, w := range words {
		if !w.capital || w.allCaps || lx.stop[w.key] || lx.generic[w.key] || lx.rejected[w.key] || lx.nameWord(w.key) ||
			lx.placeName[w.key] || lx.orgName[w.key] || lx.otherName[w.key] || lx.place[w.key] {
			return false
		}
	}
	return true
}

// acronymTypes gives an acronym with no evidence of its own the type of the
// name it abbreviates in the same text: "CGT" after "Confédération générale
// du travail", "ADDCs" after "Air Defense Direction Centers". The initials
// are those of the name's words, less its function words; only
// organizations' and places' names count.
func (d *document) acronymTypes(ms []Mention) {
	var expansions map[string]corpus.EntityType
	for _, m := range ms {
		if m.Type != corpus.Organization && m.Type != corpus.Place || m.Name == "" || !strings.Contains(m.Name, " ") {
			continue // people go by their names, not their initials
		}
		var b strings.Builder
		for _, w := range strings.FieldsFunc(m.Name, func(r rune) bool { return r == ' ' || r == '-' }) {
			if k := normKey(w); !d.x.lex.stop[k] && !d.x.lex.connectors[k] {
				r, _ := utf8.DecodeRuneInString(k)
				b.WriteRune(r)
			}
		}
		if b.Len() < 2 {
			continue
		}
		if expansions == nil {
			expansions = map[string]corpus.EntityType{}
		}
		if t, ok := expansions[b.String()]; ok && t != m.Type {
			m.Type = corpus.Other // two names, two types: no answer
		}
		expansions[b.String()] = m.Type
	}
	if expansions == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != corpus.Other || m.Name == "" || strings.Contains(m.Name, " ") {
			continue
		}
		key := strings.TrimSuffix(m.Name, "s") // "ADDCs"
		if len(key) < 2 || strings.ToUpper(key) != key {
			continue
		}
		if t, ok := expansions[normKey(key)]; ok && t != corpus.Other {
			m.Type = t
		}
	}
}

// orgHeadWord reports whether the capitalized word k is one that
// organizations' names are built around ("University", "Bank", "Council").
func (d *document) orgHeadWord(k int) bool {
	t := &d.toks[k]
	lx := d.x.lex
	return t.kind == wordToken && t.capital && !t.allCaps && (lx.orgPrefix[t.key] || lx.orgWord[t.key])
}

// absorbPlace undoes the gazetteer's match of a place that starts at token
// k, so that discovery takes it into a longer name, and returns where it
// ended.
func (d *document) absorbPlace(k int) (int, bool) {
	for i, s := range d.spans {
		if s.from != k || s.entry < 0 || s.typ != corpus.Place || s.needsSupport || s.surname {
			continue
		}
		for j := s.from; j <= s.to; j++ {
			d.covered[j], d.inLongMatch[j] = false, false
		}
		d.spans = slices.Delete(d.spans, i, i+1)
		return s.to, true
	}
	return 0, false
}

// militaryUnit reports whether a Roman numeral, an ordinal or a small
// number at i opens a military unit's name, up to three capitalized words
// ending with a unit's word: "VI Corps", "65th Air Division", "VIII
// Fighter Command". It returns the name's last token.
func (d *document) militaryUnit(i int) (int, bool) {
	t := &d.toks[i]
	if !d.free(i) || !(romanNumerals[t.key] && t.allCaps || unitNumber(t.key)) {
		return 0, false
	}
	for j := i + 1; j < len(d.toks) && j <= i+3; j++ {
		n := &d.toks[j]
		if !d.nameLike(j) || n.allCaps || !n.spaceBefore {
			return 0, false
		}
		if d.x.lex.unit[n.key] {
			return j, true
		}
	}
	return 0, false
}

// unitNumber recognizes the numbers units go by: "65", "3rd", "102d",
// "1st", "65th", three digits at most.
func unitNumber(key string) bool {
	n := 0
	for n < len(key) && key[n] >= '0' && key[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch key[n:] {
	case "", "st", "nd", "rd", "th", "d", "e", "er", "eme":
		return true
	}
	return false
}

// apostrophe reports whether token k is an apostrophe of any kind.
func (d *document) apostrophe(k int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[k].text)
	return isApostrophe(r)
}
