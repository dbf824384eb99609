package entities

import (
	"github.com/recherche/recherche/corpus"
)

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
