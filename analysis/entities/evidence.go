package entities

import (
	"github.com/recherche/recherche/corpus"
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
	if k < len(d.toks) && d.toks[k].kind == wordToken && !d.toks[k].capital && d.x.lex.copula[d.toks[k].text] {
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
	if !definite && !d.x.lex.indefinite[d.toks[k].key] {
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
			if definite && typ == corpus.Organization && d.clauseAfter(k) {
				return typ, true // "Nova, the Canadian company that owns 56 pct of Husky"
			}
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

// clauseAfter reports whether a relative pronoun follows word k: "the
// company that owns", "la société qui détient", not "the company's" or
// "the company spokesman".
func (d *document) clauseAfter(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k+1].kind != wordToken {
		return false
	}
	switch d.toks[k+1].key {
	case "that", "which", "qui", "dont":
		return true
	}
	return false
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
	case d.x.lex.born[n.text]:
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
		if d.x.lex.pronoun[t.text] {
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

// knownAs reports the type of the name another name of the same sentence
// is known as: "Adilson Tavares Varela, commonly known as Cabral", "Bank
// Hey, also known as Sunnybower". The name before "known as" must have
// been typed on its own evidence.
func (d *document) knownAs(from int) (corpus.EntityType, bool) {
	p := d.prevWord(from)
	if p < 1 || d.toks[p].capital || d.toks[p].allCaps || !d.nicknameCue(p) {
		return "", false
	}
	for n := len(d.spans) - 1; n >= 0 && n >= len(d.spans)-4; n-- {
		s := d.spans[n]
		if s.to >= p {
			continue
		}
		for k := s.to + 1; k < p; k++ {
			if d.sentenceEnd(k) {
				return "", false
			}
		}
		if s.typ == corpus.Person || s.typ == corpus.Organization || s.typ == corpus.Place {
			return s.typ, true
		}
		return "", false
	}
	return "", false
}

// nicknameCue reports whether the lower-case word p introduces another name
// of what was just named: "known as", "nicknamed", "dubbed", "alias",
// "surnommé MBS", and after a comma "appelé" ("le prince Mohammed,
// appelé MBS"; not "a appelé Macron", a call). Not "dit": "», dit
// Kristin Diwan" names who spoke.
func (d *document) nicknameCue(p int) bool {
	switch d.toks[p].key {
	case "as":
		return d.toks[p-1].key == "known" && !d.toks[p-1].capital
	case "nicknamed", "dubbed", "alias", "surnomme", "surnommee", "surnommes", "surnommees":
		return true
	case "appele", "appelee":
		return d.toks[p-1].text == ","
	}
	return false
}
