package entities

import (
	"strings"

	"github.com/recherche/recherche/corpus"
)

// companyCue reports whether the words around the name s make it a
// company's or a newsroom's: a word of the company's after it ("an Avon
// spokesman", "Conoco shares", "Avon's board"), "shares of" or "a
// subsidiary of" before it, a verb of saying and "à" or "to" before it
// ("raconte à Télé-Loisirs", "told Reuters": a place is not told), the
// document writes it with a corporate suffix ("Conoco Inc"), or a ticker
// marks it.
func (d *document) companyCue(s span) bool {
	lx := d.x.lex
	toks := d.toks
	if t, ok := d.possessedAfter(s.to); ok && t == corpus.Organization {
		return true
	}
	k := s.to + 1
	if k+1 < len(toks) && toks[k].kind == punctToken && d.apostrophe(k) && toks[k+1].key == "s" {
		k += 2
	}
	if k < len(toks) && toks[k].kind == wordToken && !toks[k].capital && !toks[k].allCaps && lx.companyCue[toks[k].key] {
		return true
	}
	if p := s.from - 1; p >= 0 && toks[p].kind == wordToken && !toks[p].capital && !toks[p].allCaps {
		switch toks[p].key {
		case "of", "de", "d'", "du":
			if q := p - 1; q >= 0 && toks[q].kind == wordToken && lx.companyOf[toks[q].key] {
				return true
			}
		case "a", "to":
			if q := p - 1; q >= 0 && toks[q].kind == wordToken && lx.told[toks[q].key] {
				return true
			}
		case "told":
			return true
		}
	}
	return d.suffixed(s) || d.tickered(s)
}

// tickered reports whether the news agency marks the name s as a listed
// company's: its ticker in angle brackets after it, a corporate suffix
// between ("Martin Marietta Corp <ML>", "Borg-Warner <BOR>", "Cheung Kong
// (Holdings) Ltd <CKGH.HK>"), or the name
// itself in angle brackets ("<Martin Marietta>").
func (d *document) tickered(s span) bool {
	toks := d.toks
	k := s.to + 1
	if k+2 < len(toks) && toks[k].text == "(" && toks[k+1].kind == wordToken && d.x.lex.orgSuffix[toks[k+1].key] && toks[k+2].text == ")" {
		k += 3 // "Cheung Kong (Holdings) Ltd <CKGH.HK>"
	}
	if k < len(toks) && toks[k].kind == wordToken && d.x.lex.orgSuffix[toks[k].key] {
		k++
	}
	if k < len(toks) && toks[k].text == "." {
		k++
	}
	if k+2 < len(toks) && toks[k].text == "<" && toks[k+1].allCaps && toks[k+2].text == ">" {
		return true
	}
	return s.from > 0 && toks[s.from-1].text == "<" && k < len(toks) && toks[k].text == ">"
}

// suffixed reports whether the document writes the name s with a
// corporate suffix after it somewhere: "Conoco Inc", "Fuji Photo Film Co"
// is not Fuji's.
func (d *document) suffixed(s span) bool {
	if d.companies == nil {
		d.companies = map[string]bool{}
		for _, o := range d.spans {
			if o.to > o.from && d.toks[o.to].kind == wordToken && d.x.lex.orgSuffix[d.toks[o.to].key] {
				key := d.spanKey(span{from: o.from, to: o.to - 1})
				d.companies[strings.TrimSpace(key)] = true
			}
		}
	}
	return d.companies[d.spanKey(s)]
}

// placeCue reports whether the words around the name s make it a place
// whatever else the corpus says: "in", "near" or "près" right before it,
// "près de" or "the outskirts of" before it, or a known place after a
// comma ("Avon, Massachusetts").
func (d *document) placeCue(s span) bool {
	if p := s.from - 1; p >= 0 && d.lowerWord(p) {
		switch d.toks[p].key {
		case "in", "near", "outside", "pres":
			return true
		}
	}
	return d.ofPlace(s.from) || d.placeAfterComma(s.to)
}

// companyTypes types organization the discovered names of ms (own, with
// their keys) that the document types place while words around
// one of their mentions make them a company's or a newsroom's, and none a
// place's: "Avon", a town of the lists, in "an Avon spokesman said". A
// name the document writes with a corporate suffix is the company's
// whatever a place's cue says ("in Caesars World stock").
func (d *document) companyTypes(ms []Mention, keys []string, own []bool) {
	var cue map[string]bool // key → a company's cue, and no place's
	lx := d.x.lex
	for i, s := range d.spans {
		if !own[i] || ms[i].Name == "" || ms[i].Type != corpus.Place || d.toks[s.from].allCaps ||
			lx.place[keys[i]] || lx.country[keys[i]] || s.to > s.from && (lx.placeFirst[d.toks[s.from].key] || lx.placeLast[d.toks[s.to].key] || lx.direction[d.toks[s.from].key]) {
			continue // "Wall Street shares", "Auvergne-Rhône-Alpes": a place's name
		}
		if d.placeCue(s) && !d.suffixed(s) {
			// "in Caesars World stock" after "Caesars World Inc": a name
			// the document writes with a corporate suffix is the
			// company's, whatever "in" says of one mention.
			if cue == nil {
				cue = map[string]bool{}
			}
			cue[keys[i]] = false
			continue
		}
		if c, seen := cue[keys[i]]; seen && !c {
			continue
		}
		if d.companyCue(s) {
			if cue == nil {
				cue = map[string]bool{}
			}
			cue[keys[i]] = true
		}
	}
	for i := range ms {
		if own[i] && cue[keys[i]] && ms[i].Type == corpus.Place {
			ms[i].Type = corpus.Organization
		}
	}
	d.shortCompanies(ms, keys, own)
}

// shortCompanies types organization the discovered names of ms that the
// document types person by their shape alone while it writes them with a
// corporate suffix elsewhere, a ticker marks them, or a slash joins them to
// a company's name: "Martin Marietta" and "Borg-Warner" after "Martin
// Marietta Corp" and "Borg-Warner Corp", "<Martin Marietta>", "Royal
// Dutch/Shell". A title or a role before
// one of their mentions keeps them a person's.
func (d *document) shortCompanies(ms []Mention, keys []string, own []bool) {
	var short, personal map[string]bool // key → a company's cue at one mention; a person's at one
	for i, s := range d.spans {
		if !own[i] || ms[i].Name == "" || ms[i].Type != corpus.Person || s.to == s.from || personal[keys[i]] {
			continue
		}
		if short == nil {
			short, personal = map[string]bool{}, map[string]bool{}
		}
		if d.personCue(s) {
			personal[keys[i]] = true
			continue
		}
		if !short[keys[i]] {
			// One mention is enough: "Cheung Kong (Holdings) Ltd <CKGH.HK>",
			// then "Cheung Kong rose".
			short[keys[i]] = d.suffixed(s) || d.tickered(s) || d.slashedToCompany(ms, i)
		}
	}
	for i := range ms {
		if own[i] && short[keys[i]] && !personal[keys[i]] && ms[i].Type == corpus.Person {
			ms[i].Type = corpus.Organization
		}
	}
}

// slashedToCompany reports whether a slash joins the name of mention i,
// with no space, to the next mention's, an organization's: "Royal
// Dutch/Shell", "Royal Dutch/Shell Group <RD>", two companies named as
// one group.
func (d *document) slashedToCompany(ms []Mention, i int) bool {
	s := d.spans[i]
	k := s.to + 1
	return i+1 < len(d.spans) && d.spans[i+1].from == k+1 && ms[i+1].Type == corpus.Organization &&
		d.toks[k].text == "/" && !d.toks[k].spaceBefore && !d.toks[k+1].spaceBefore
}

// personCue reports whether a title or a role right before the name s
// makes it a person's: "M. Martin Marietta", "spokesman John Deere".
func (d *document) personCue(s span) bool {
	prev := d.prevWord(s.from)
	words := d.words(s.from, s.to)
	return prev >= 0 && d.x.lex.honorific[d.toks[prev].key] || d.roleBefore(prev, s.from, words) || d.roleAcrossNationality(prev, s.from, words)
}
