package entities

import "strings"

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
	// "Japanese Finance", "West German Finance" of "Japanese Finance
	// Minister Kiichi Miyazawa": a nationality and a minister's portfolio
	// are part of a title, not a name.
	for n := len(piece) - 1; n > 0 && d.x.lex.portfolio[d.toks[piece[n]].key] && d.toks[piece[n]].capital && !d.toks[piece[n]].allCaps; n-- {
		if d.nationality(piece[:n]) {
			return true
		}
	}
	last := d.toks[piece[len(piece)-1]].key
	if !d.x.lex.demonym[last] && !(len(piece) == 1 && d.x.placeLead[last]) {
		return false
	}
	if d.hyphenPair(piece) {
		return true // "New-Yorkais", "Sud-Coréens": a place of two words made one demonym
	}
	for _, k := range piece[:len(piece)-1] {
		if !d.x.placeLead[d.toks[k].key] {
			return false
		}
	}
	return true
}

// hyphenPair reports whether a piece is two words joined by a hyphen
// alone, no space on either side, the first a place's, a direction's or
// a function word that opens places' names: "New-Yorkais", "Sud-Coréens",
// "Nord-Irlandais". Not "Al-Baghdadi" or "Bouffes-Parisiens", a person
// and a theatre.
func (d *document) hyphenPair(piece []int) bool {
	if len(piece) != 2 || !d.hyphenated(piece[1], piece[:1]) {
		return false
	}
	first, lx := d.toks[piece[0]].key, d.x.lex
	return lx.place[first] || lx.direction[first] || lx.stop[first] || d.x.placeLead[first]
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
	lx := d.x.lex
	if k == 0 || t.allCaps || lx.place[t.key] || d.toks[k-1].kind != wordToken || d.toks[k-1].allCaps {
		return false
	}
	switch key := d.toks[k-1].key; {
	case lx.countWord[key]:
		return hasEnding(t.key, lx.inhabitantsEnding)
	case lx.oneWord[key]:
		return hasEnding(t.key, lx.inhabitantEnding)
	}
	return false
}

// hasEnding reports whether a word ends with one of endings.
func hasEnding(key string, endings []string) bool {
	for _, suf := range endings {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// ordinal recognizes French ordinals, which a capital ("la Quatrième")
// does not make names.
func (d *document) ordinal(key string) bool {
	return hasEnding(key, d.x.lex.ordinalEnding)
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
// <BA>". "<Airbus Industrie>", a name in brackets, is not. The exchange's
// code after the dot is none either ("HK" of "<SWPC.HK>"), nor a short code
// in brackets before a corporate suffix ("Bache Securities (HK) Ltd").
func (d *document) ticker(k int) bool {
	t := &d.toks[k]
	if !t.allCaps || k == 0 || k+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[k+1]
	switch d.toks[k-1].text {
	case "<":
		return n.text == ">" || n.text == "." && !n.spaceBefore
	case ".":
		return n.text == ">" && k >= 3 && !t.spaceBefore && d.toks[k-3].text == "<"
	case "(":
		return n.text == ")" && t.letters <= 3 && k+2 < len(d.toks) && d.x.lex.orgSuffix[d.toks[k+2].key]
	}
	return false
}

// initialsOfKnown reports whether word k is dotted initials before a
// known name that took the rest: "J.P" of "J.P. Morgan", not "U.N".
func (d *document) initialsOfKnown(k int) bool {
	return dottedInitials(d.toks[k].text) && k+2 < len(d.toks) && d.toks[k+1].text == "." && d.covered[k+2]
}
