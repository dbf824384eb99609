package entities

import (
	"slices"
	"strings"

	"github.com/recherche/recherche/corpus"
)

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
	return d.x.lex.leaderNoun[d.toks[p].key]
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
		case lx.abbreviation[t.key]:
			// "M. Hollande", "Mr Jordan", "Dr. Pepper" is the drink's.
			return dot || t.capital && t.letters > 1
		case dot:
			return false // "le Premier ministre. Pékin avait …"
		case t.capital:
			return true // "Président Hollande", "General Washington"
		}
		return d.personTitle(p) || !lx.rank[t.key]
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
