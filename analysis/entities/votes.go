package entities

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// Votes is what a corpus has said so far of the type of each discovered
// name: in how many documents evidence made it a person, an organization or
// a place, and in how many it was the surname of a person named in full. A
// mention with no evidence of its own, typed other, takes the type the
// corpus gives the name: "Mitt Romney" alone in a headline is the person
// earlier articles called "le candidat Mitt Romney", and "Wagner" alone
// the surname of the people they named. The vote is kept as documents are
// extracted, so a document is typed with what came before it; what the
// index stores for it does not change afterwards, and its facet counts
// stay those of the documents as stored.
//
// One Votes serves concurrent callers. It keeps at most maxVotedNames
// names, then only counts for those it has.
type Votes struct {
	mu    sync.Mutex
	names map[string]*tally
}

// tally is one name's votes, each a number of documents.
type tally struct {
	typed   [3]int32 // person, organization, place
	surname int32    // documents naming a person whose last word this is
	// Documents whose words make the name a thing ("l'appellation
	// d'origine protégée (AOP)"), and those of typed[1] that typed it an
	// organization by its capitals alone.
	thing, capsOrg int32
	// storm: documents that write the name after a storm's noun
	// ("l'ouragan Harvey").
	storm int32
	// Documents that write the name only as a piece of a longer one, and
	// documents that write it alone at least once (glued).
	glued, alone int32
	// tail is the lower-case word the first French document wrote after
	// every mention of the name ("actuelles" of "Valeurs actuelles"), and
	// tailed the documents that did so with the same word.
	tail   string
	tailed int32
	// inside: documents where this word is one of a longer name, not a
	// person's; lower: those documents, once the corpus found the word
	// alone, and the ones with the name alone, that also write it in
	// lower case.
	inside, lower int32
}

// maxVotedNames bounds a Votes' memory: some 100 bytes a name.
const maxVotedNames = 1 << 18

// votedTypes are the types a vote can give, in tally order.
var votedTypes = [3]corpus.EntityType{corpus.Person, corpus.Organization, corpus.Place}

// NewVotes returns an empty tally of a corpus's types.
func NewVotes() *Votes {
	return &Votes{names: map[string]*tally{}}
}

// WithVotes returns an extractor like x that types names without evidence
// by the corpus's votes v, and adds each document's evidence to them.
func (x *Extractor) WithVotes(v *Votes) *Extractor {
	c := *x
	c.votes = v
	return &c
}

// ballot is one name of a document, as the vote sees it.
type ballot struct {
	key   string
	typ   corpus.EntityType
	open  bool   // typed other for want of evidence: the vote may type it
	last  string // a person's last word, for a name of several words
	typed corpus.EntityType
	// fragment: the corpus writes the name as a piece of longer ones.
	fragment bool
	// tail: the lower-case word after every mention here, if one
	// ("commun" of "Sens commun"); tails: more than one.
	tail  string
	tails bool
	// weakPlace: typed place here by a list of towns or a word like "à"
	// alone, with no "in", "près de" or "X, Massachusetts" (placeCue);
	// the corpus's companies outvote it.
	weakPlace bool
	// thing: the document's words say the code is a thing's ("the
	// appellation d'origine protégée (AOP)"). capsOrg: typed
	// organization here by its capitals alone; the corpus's things
	// outvote it.
	thing, capsOrg bool
	// storm: the name follows a storm's noun here. listedPlace: a town
	// of the lists, typed place by them alone (no placeCue); the
	// corpus's storms outvote it ("Harvey" alone, after documents wrote
	// "l'ouragan Harvey").
	storm, listedPlace bool
}

// settle types the open mentions of ms by the votes, then adds what the
// document's evidence says. Only the names discovery found and resolved to
// themselves take part (own, with their match keys in keys): the
// gazetteer's, and short mentions resolved to a longer name, have their
// type already. Names of the lists are neither typed nor counted.
func (v *Votes) settle(d *document, ms []Mention, keys []string, own []bool) {
	lx := d.x.lex
	var buf [32]ballot
	ballots := buf[:0]
	var pbuf [64]int
	at := pbuf[:0] // the ballot of each mention, or -1
	for i, m := range ms {
		n := -1
		if own != nil && own[i] && m.Name != "" {
			n = ballotOf(ballots, keys[i])
			if n < 0 {
				if b, ok := newBallot(lx, m, keys[i]); ok {
					b.open = b.open && !d.things[keys[i]]
					b.thing = b.typ == corpus.Other && d.thingCodes[keys[i]]
					b.capsOrg = b.typ == corpus.Organization && d.capsOrgs[keys[i]]
					b.storm = d.storms[keys[i]]
					b.listedPlace = b.typ == corpus.Other && m.Type == corpus.Place && !b.storm
					n = len(ballots)
					ballots = append(ballots, b)
				}
			}
			if n >= 0 && ballots[n].weakPlace && (d.townInitials[keys[i]] || d.placeCue(d.spans[i])) {
				ballots[n].weakPlace = false
			}
			if n >= 0 && ballots[n].listedPlace && (m.Type != corpus.Place || d.placeCue(d.spans[i])) {
				ballots[n].listedPlace = false
			}
			if n >= 0 && !ballots[n].tails {
				switch w := d.lowerTail(d.spans[i]); {
				case w == "" || ballots[n].tail != "" && ballots[n].tail != w:
					ballots[n].tail, ballots[n].tails = "", true
				default:
					ballots[n].tail = w
				}
			}
		}
		at = append(at, n)
	}
	var wbuf [32]string
	inner := d.innerWords(ms, wbuf[:0])
	if len(ballots) == 0 && len(inner) == 0 && len(d.firmOpeners) == 0 {
		return
	}
	v.mu.Lock()
	for key := range d.firmOpeners {
		// "L.F. Rothschild" alone, after "L.F. Rothschild, Unterberg,
		// Towbin Inc"; not a name the corpus gave people ("Brown, Baldwin,
		// Nisker Ltd" leaves Gordon Brown alone).
		if t := v.tally(key); t != nil && ballotOf(ballots, key) < 0 && t.typed[0] == 0 && t.surname == 0 {
			t.typed[1]++
		}
	}
	v.pieces(d, ballots, inner)
	for i := range ballots {
		b := &ballots[i]
		switch {
		case b.open:
			b.typed = v.types(b.key, !strings.Contains(b.key, " "))
		case b.weakPlace && v.types(b.key, false) == corpus.Organization:
			b.typed = corpus.Organization // "Avon said", after "an Avon spokesman"
		case b.capsOrg && v.thing(b.key):
			b.typed = corpus.Other // "les AOP", after "appellation d'origine protégée (AOP)"
		case b.weakPlace && lx.saint[firstWord(b.key)] && v.surnamed(b.key):
			b.typed = corpus.Person // "Saint-Exupéry" alone, after "Antoine de Saint-Exupéry"
		case b.listedPlace && v.storm(b.key):
			b.typed = corpus.Other // "le passage de Harvey", after "l'ouragan Harvey"
		}
		b.fragment = v.fragment(b.key) || v.tailed(b.key) || v.commonPiece(b.key)
	}
	for _, b := range ballots {
		t := v.tally(b.key)
		if t == nil {
			continue
		}
		if d.glue[b.key] {
			t.glued++
		} else {
			t.alone++
		}
		if b.tail != "" && !b.tails {
			if t.tail == "" {
				t.tail = b.tail
			}
			if t.tail == b.tail {
				t.tailed++
			}
		}
		if b.thing {
			t.thing++
		}
		if b.storm {
			t.storm++
		}
		if b.typ == corpus.Other {
			continue
		}
		if b.capsOrg {
			t.capsOrg++
		}
		for n, typ := range votedTypes {
			if typ == b.typ {
				t.typed[n]++
			}
		}
		if b.last != "" {
			if t := v.tally(b.last); t != nil {
				t.surname++
			}
		}
	}
	v.mu.Unlock()
	for i, n := range at {
		switch {
		case n < 0:
		case ballots[n].fragment:
			// "Aston" alone, after documents wrote "Aston Martin": dropped
			// with the pieces the document glues itself.
			if d.glue == nil {
				d.glue = map[string]bool{}
			}
			d.glue[ballots[n].key] = true
		case ballots[n].typed == corpus.Person && d.articled(d.spans[i]):
			// "dans le Marais", "au coeur du Marais": a surname takes no
			// article; the vote of the people named so does not type it.
		case ballots[n].typed != "":
			ms[i].Type = ballots[n].typed
		}
	}
}

// articled reports whether the name s is one word after a lower-case
// definite article or a French contraction of one: "le Marais", "du
// Marais", "the Marais".
func (d *document) articled(s span) bool {
	if s.from != s.to || d.articleBefore(s.from) {
		return s.from == s.to
	}
	if !d.lowerWord(s.from - 1) {
		return false
	}
	switch d.toks[s.from-1].key {
	case "les", "du", "des", "au", "aux", "the":
		return true
	}
	return false
}

// fragment reports whether the corpus writes a name as a piece of a longer
// one: two documents at least, and three in four of those that have it,
// write it only glued to more of a name ("Aston" of "Aston Martin", "Bank
// of New" of "Bank of New England"). Alone, it is that longer name cut
// short, never an entity of its own.
func (v *Votes) fragment(key string) bool {
	t := v.names[key]
	return t != nil && t.glued >= 2 && t.glued*4 >= (t.glued+t.alone)*3
}

// tailed reports whether the corpus writes a name as the head of a longer
// one that goes on in lower case, as French names do ("Valeurs actuelles",
// "Sens commun", "Lutte ouvrière"), or as the qualifier of an office
// ("Senate Republican leader", "Foreign Trade Minister"): three documents
// at least write the same word after every mention of it, and two in
// three of those that have it write it so or as a piece of a longer name.
// Alone, it is that name cut short.
func (v *Votes) tailed(key string) bool {
	t := v.names[key]
	return t != nil && t.tailed >= 3 && (t.tailed+t.glued)*3 >= (t.glued+t.alone)*2
}

// commonPiece reports whether the corpus writes a one-word name as a
// common word that is a piece of longer names: two documents at least,
// and three in four of those that have it alone or so, hold it as a word
// of a longer name that is no person's ("International Monetary Fund",
// "the World Bank", "Savings and Loan"), and three of all of them also
// write it in lower case ("the fund", "this week"): a common word. Alone,
// it is one of those names cut short ("the Fund"), or the common word in
// capitals.
func (v *Votes) commonPiece(key string) bool {
	t := v.names[key]
	if t == nil || t.inside < 2 {
		return false
	}
	alone := t.glued + t.alone
	return t.inside >= 3*alone && t.lower >= 3
}

// innerWords appends to buf, once each, the capitalized words of the
// document's names of several words that are no person's: the words a
// one-word name may be a piece of.
func (d *document) innerWords(ms []Mention, buf []string) []string {
	lx := d.x.lex
	for i := range ms {
		if i >= len(d.spans) || ms[i].Name == "" || ms[i].Type == corpus.Person {
			continue
		}
		s := d.spans[i]
		if s.from == s.to {
			continue
		}
		for k := s.from; k <= s.to; k++ {
			t := &d.toks[k]
			if t.kind == wordToken && t.capital && !t.allCaps && t.letters >= 3 && !lx.stop[t.key] && !slices.Contains(buf, t.key) {
				buf = append(buf, t.key)
			}
		}
	}
	return buf
}

// pieces counts, with v locked, the documents where a word is one of a
// longer name (inner), and those where such a word that the corpus has
// found alone, or a one-word ballot, is also written in lower case.
// The lower-case scan runs only when one of them is there, and compares
// only words of their lengths.
func (v *Votes) pieces(d *document, ballots []ballot, inner []string) {
	var buf [8]*tally
	var kbuf [8]string
	ts, keys := buf[:0], kbuf[:0]
	for _, w := range inner {
		if t := v.tally(w); t != nil {
			t.inside++
			if t.glued+t.alone > 0 {
				ts, keys = append(ts, t), append(keys, w)
			}
		}
	}
	for n := range ballots {
		if k := ballots[n].key; !strings.Contains(k, " ") && !slices.Contains(keys, k) {
			if t := v.tally(k); t != nil {
				ts, keys = append(ts, t), append(keys, k)
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	var lengths uint64
	for _, k := range keys {
		lengths |= 1 << min(len(k), 63)
	}
	seen := make([]bool, len(keys))
	for k := range d.toks {
		t := &d.toks[k]
		if t.kind != wordToken || t.capital || t.allCaps || lengths&(1<<min(len(t.key), 63)) == 0 {
			continue
		}
		if n := slices.Index(keys, t.key); n >= 0 && !seen[n] {
			seen[n] = true
			ts[n].lower++
		}
	}
}

// officeTail stands for every word of an office after a name: "Foreign
// Trade Minister", "Foreign Trade Secretary".
const officeTail = "\x00office"

// lowerTail returns the word right after the name s that may go on with
// it, or "": an office's word ("leader", "Minister") after a name no
// organization's word ends, or in French a
// lower-case word of four letters or more that no list calls a function
// word. English writes its verbs there ("Avon said").
func (d *document) lowerTail(s span) string {
	j := s.to + 1
	if j >= len(d.toks) || d.toks[j].kind != wordToken || !d.toks[j].spaceBefore || d.toks[j].noisy {
		return ""
	}
	t := &d.toks[j]
	lx := d.x.lex
	switch {
	case lx.role[t.key] && !t.allCaps:
		if last := d.toks[s.to].key; lx.orgWord[last] || lx.orgSuffix[last] {
			return "" // "House Ways and Means Committee chairman": its officer
		}
		return officeTail
	case d.english || t.capital || t.allCaps || t.elision || t.letters < 4 || lx.stop[t.key] || lx.rejected[t.key]:
		return ""
	}
	return t.key
}

// ballotOf finds the ballot of a key, or -1.
func ballotOf(ballots []ballot, key string) int {
	for n := range ballots {
		if ballots[n].key == key {
			return n
		}
	}
	return -1
}

// newBallot makes the ballot of a discovered name, unless the lists know
// it or it is no person, organization, place or unknown thing.
func newBallot(lx *lexicon, m Mention, key string) (ballot, bool) {
	if m.Type != corpus.Other && m.Type != corpus.Person && m.Type != corpus.Organization && m.Type != corpus.Place {
		return ballot{}, false
	}
	if key == "" {
		return ballot{}, false
	}
	if lx.otherName[key] || lx.orgName[key] || lx.placeName[key] || lx.personName[key] {
		// Counted only as written alone or as a piece of a longer name:
		// "Aston", a town of the lists, of "Aston Martin".
		return ballot{key: key, typ: corpus.Other}, true
	}
	b := ballot{key: key, typ: m.Type, weakPlace: m.Type == corpus.Place}
	lastSpace := strings.LastIndexByte(key, ' ')
	last := key[lastSpace+1:]
	switch {
	case m.Type != corpus.Other:
	case lastSpace >= 0 && lx.otherLast[last]:
		return ballot{}, false // "Stanley Cup": a thing by its words
	default:
		b.open = mixedCase(m.Name)
	}
	if m.Type == corpus.Person && lastSpace >= 0 {
		b.last = last
		if tail := saintTail(lx, strings.Split(key, " ")); tail != "" {
			b.last = tail // "saint - exupery" of "Antoine de Saint-Exupéry"
		}
	}
	return b, true
}

// tally returns a name's votes, made for it while there is room.
func (v *Votes) tally(key string) *tally {
	t := v.names[key]
	if t == nil && len(v.names) < maxVotedNames {
		t = &tally{}
		v.names[key] = t
	}
	return t
}

// types returns the type the votes give a name, or "" when they give
// none: the type of two documents at least and of three in four of those
// that typed the name, or for a word alone that no document typed, a
// surname two documents gave people. One document is not enough: its
// evidence may be wrong ("Eurovision" after "le candidat de").
func (v *Votes) types(key string, oneWord bool) corpus.EntityType {
	t := v.names[key]
	if t == nil {
		return ""
	}
	var total, best int32
	bestN := -1
	for n, c := range t.typed {
		total += c
		if c > best {
			best, bestN = c, n
		}
	}
	switch {
	case best >= 2 && best*4 >= total*3:
		return votedTypes[bestN]
	case total == 0 && oneWord && t.surname >= 2:
		return corpus.Person
	}
	return ""
}

// thing reports whether the corpus makes a name a thing: two documents at
// least, and three in four of those with evidence, where the capitals
// alone that typed it an organization elsewhere are none.
func (v *Votes) thing(key string) bool {
	t := v.names[key]
	if t == nil || t.thing < 2 {
		return false
	}
	typed := t.typed[0] + t.typed[1] + t.typed[2] - t.capsOrg
	return t.thing*4 >= (t.thing+typed)*3
}

// surnamed reports whether two documents at least named a person whose
// surname the name is.
func (v *Votes) surnamed(key string) bool {
	t := v.names[key]
	return t != nil && t.surname >= 2
}

// firstWord returns a match key's first word.
func firstWord(key string) string {
	w, _, _ := strings.Cut(key, " ")
	return w
}

// storm reports whether the corpus makes a town of the lists a storm: two
// documents at least wrote it after a storm's noun.
func (v *Votes) storm(key string) bool {
	t := v.names[key]
	return t != nil && t.storm >= 2
}

// mixedCase reports whether a name opens with a capital and is not all
// capitals: an acronym ("GTS", "OMS") is no surname, and the vote leaves
// it as it is.
func mixedCase(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && !upperCase(name)
}
