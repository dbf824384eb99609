package entities

import (
	"strings"

	"github.com/recherche/recherche/corpus"
)

// glueAfter are the lower-case words that carry a name on into a longer
// one when a capital follows them: "Haut Commissariat aux Réfugiés",
// "Conference on Trade and Development", "Bank of New England".
var glueAfter = map[string]bool{"of": true, "on": true, "for": true, "de": true, "du": true, "des": true, "aux": true, "and": true, "et": true, "d'": true}

// compoundTail are the lower-case words English hyphenates to a name to
// make an adjective: "Reagan-era", "Paris-born".
var compoundTail = map[string]bool{"era": true, "run": true, "born": true, "like": true, "style": true, "type": true, "made": true, "class": true, "wide": true, "only": true, "linked": true}

// glued reports whether the discovered name s of type typ is written here
// as a piece of a longer name: another capital, a gazetteer's name or a
// hyphenated word right after it ("Aston" of "Aston Martin", "Bank of
// New" of "Bank of New England", "Li Ka" of "Li Ka-shing"), a connector
// then a capital after it ("Haut Commissariat" of "Haut Commissariat aux
// réfugiés"), or, for a name that is no person, a capital or a hyphenated
// word right before it ("Association of Banks" of "Hong Kong Association
// of Banks", "Pace" of "I-Pace"). A title's or a shouted line's case says
// nothing, and a role or a title before a name is no part of it.
func (d *document) glued(s span, typ corpus.EntityType) bool {
	lx := d.x.lex
	toks := d.toks
	if d.openedBefore(s, typ) {
		return true
	}
	if toks[s.from].noisy {
		return false
	}
	if j := s.to + 1; j < len(toks) {
		t := &toks[j]
		switch {
		case t.kind == punctToken && t.text == "-" && !t.spaceBefore && j+1 < len(toks) && toks[j+1].kind == wordToken && !toks[j+1].spaceBefore:
			// "Li Ka-shing", "Kim Jong-un": a person's syllable in lower
			// case, not "OPEC-engineered" or "Reagan-era".
			n := &toks[j+1]
			if lx.stop[n.key] || lx.rejected[n.key] {
				return false // "Moscovici-qui", "Monténégro-Ont": a dash as punctuation
			}
			// A word alone ending in "o" is a combining form: "Franco-U.S.",
			// "Sino-japonais".
			return n.capital || n.allCaps || s.to > s.from && !strings.HasSuffix(n.key, "ed") && !compoundTail[n.key] ||
				s.from == s.to && strings.HasSuffix(toks[s.to].key, "o") && !toks[s.to].allCaps
		case t.kind == wordToken && t.key == "de" && !t.capital && s.from == s.to && typ != corpus.Person && !d.english && d.articleBefore(s.from) &&
			j+1 < len(toks) && d.lowerWord(j+1) && toks[j+1].letters >= 5 && !lx.stop[toks[j+1].key]:
			// "l'Arc de triomphe": a monument French writes with its
			// complement in lower case; the word alone is a piece of it.
			return true
		case t.kind == wordToken && d.caseBreak(s.to, j):
			// "Birmanie PARIS": two lines run together.
		case t.kind == wordToken && (t.key == toks[s.to].key || lx.role[t.key] || lx.honorific[t.key] || lx.kind[t.key] != ""):
			// "Berne Berne": a dateline run into the text; "Soeur Claire":
			// a title opens the next name.
		case t.kind == wordToken && d.nameWordAt(j):
			// "Miss France Clémence Botino", "maire de Paris Anne
			// Hidalgo": a person named after a name of several words is
			// its apposition; after one word, "Aston Martin" is one name.
			return s.from == s.to || !d.x.lex.givenName[t.key] || !d.surnameAfter(j)
		case t.kind == wordToken && !t.capital && !t.allCaps && glueAfter[t.key] && typ != corpus.Person && !d.lowerWord(s.to):
			// "Conseil de sécurité de l'ONU" has its complement: the
			// organization it belongs to follows.
			if (t.key == "and" || t.key == "et") && !d.hasConnector(s) {
				break // "Renault et Peugeot": two names
			}
			n := j + 1
			if n < len(toks) && toks[n].elision {
				n++ // "de l'ONU"
			}
			if n < len(toks) && toks[n].kind == wordToken && d.nameWordAt(n) && !(t.key == "of" && typ != corpus.Organization && d.covered[n] && d.placeKey(toks[n].key)) {
				return true // not "Zhao Ziyang of China"; "United Steelworkers of America" is one name
			}
		}
	}
	if typ == corpus.Person || s.from == 0 {
		return false
	}
	p := s.from - 1
	t := &toks[p]
	switch {
	case t.kind == punctToken && t.text == "-" && !t.spaceBefore && !toks[s.from].spaceBefore && p > 0 && toks[p-1].kind == wordToken &&
		(toks[p-1].capital || toks[p-1].allCaps || d.covered[p-1]): // not "pro-Spanish"
		return true
	case t.kind == wordToken && d.caseBreak(p, s.from):
		// "AFP A. Zahidul Islam", "Paul QZRT": a credit, a line's end.
	case t.kind == wordToken && d.nameWordAt(p) && !lx.role[t.key] && !lx.honorific[t.key] && lx.kind[t.key] == "" &&
		!(d.possessive(p) && (lx.orgSuffix[t.key] || d.placeKey(t.key))):
		return true // not "AMR Corp's American Airlines": its possessive ends the name before
	case t.kind == wordToken && (t.key == "of" || t.key == "de") && !t.capital && lx.orgSuffix[toks[s.to].key] && d.placeKey(toks[s.from].key) && p > 0 &&
		toks[p-1].kind == wordToken && (toks[p-1].capital || d.covered[p-1]):
		return true // "Audi of America Inc": a place and a suffix are no company alone
	case t.kind == wordToken && !t.capital && !t.allCaps && glueBefore[t.key] && typ != corpus.Place && p > 0 && d.nameWordAt(p-1) &&
		(lx.orgWord[toks[p-1].key] || d.institution(toks[p-1].key)):
		// "Institute for Economic Research", "Bank for Foreign Trade",
		// "Coupe du Monde": the complement of an institution's head word,
		// not a name alone. Not "Smith of Merrill Lynch".
		return true
	}
	return false
}

// glueBefore are the lower-case words that join a complement to the name
// before it: "Institute for Economic Research", "Conseil d'Etat". Not
// "and" or "et", which join two names as often as they make one.
var glueBefore = map[string]bool{"of": true, "for": true, "de": true, "du": true, "des": true, "aux": true, "d'": true}

// nameWordAt reports whether token k is a word of a name in running text:
// a gazetteer's match, or a capitalized word that no sentence opens and no
// list calls a function word, a title or a common word.
func (d *document) nameWordAt(k int) bool {
	t := &d.toks[k]
	if t.kind != wordToken || t.noisy || t.elision {
		return false
	}
	if d.covered[k] {
		return true
	}
	lx := d.x.lex
	return (t.capital || t.allCaps) && !t.sentHead && !lx.stop[t.key] && !lx.rejected[t.key] && !lx.generic[t.key]
}

// hasConnector reports whether a name holds a lower-case connector: "and"
// after it goes on with it ("Conference on Trade and Development").
func (d *document) hasConnector(s span) bool {
	for k := s.from + 1; k < s.to; k++ {
		if t := &d.toks[k]; t.kind == wordToken && !t.capital && (d.x.lex.connectors[t.key] || t.key == "for") {
			return true
		}
	}
	return false
}

// gluedKeys records in d.glue the discovered names of ms (own, with their
// keys) that every mention here writes as a piece of a longer name.
func (d *document) gluedKeys(ms []Mention, keys []string, own []bool) {
	for i := range ms {
		if !own[i] || ms[i].Name == "" {
			continue
		}
		g := d.glued(d.spans[i], ms[i].Type)
		if prev, ok := d.glue[keys[i]]; ok {
			d.glue[keys[i]] = prev && g
			continue
		}
		if d.glue == nil {
			d.glue = map[string]bool{}
		}
		d.glue[keys[i]] = g
	}
}

// openedBefore reports whether a name that a generic word of companies
// ends ("International", "Bank", "Savings Bank") has a capital right before
// it that opens it: "Morgan Stanley International", "Great American First
// Savings Bank", even a word that is no name alone ("First") or a given
// name, even in a list of names whose capitals made the line look shouted.
// A headline's case says nothing; a title, a role or an article is no part
// of a name.
func (d *document) openedBefore(s span, typ corpus.EntityType) bool {
	lx := d.x.lex
	toks := d.toks
	last := &toks[s.to]
	if typ == corpus.Person || s.from == 0 || last.inTitle || last.allCaps || !lx.orgSuffix[last.key] {
		return false
	}
	p := s.from - 1
	t := &toks[p]
	return t.kind == wordToken && t.capital && !t.allCaps && !t.sentHead && !t.elision && !d.possessive(p) &&
		!lx.role[t.key] && !lx.honorific[t.key] && lx.kind[t.key] == "" && !lx.articles[t.key] && !d.caseBreak(p, s.from)
}

// articleBefore reports whether a French definite article stands right
// before token k: "l'Arc", "la Tour".
func (d *document) articleBefore(k int) bool {
	p := k - 1
	if p < 0 || d.toks[p].kind != wordToken || d.toks[p].capital || d.toks[p].allCaps {
		return false
	}
	switch d.toks[p].key {
	case "l'", "le", "la":
		return true
	}
	return false
}
