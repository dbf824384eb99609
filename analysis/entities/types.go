package entities

import (
	"bytes"
	"strings"

	"github.com/recherche/recherche/corpus"
)

// typeOf guesses a discovered name's type from the evidence at hand, the
// strongest first: the whole name on a list, a corporate suffix or an
// institution's head, a title or a role before it, a word that only
// places' or organizations' names hold, a given name, then the words
// around it. A name without evidence stays other.
func (d *document) typeOf(from, to int) corpus.EntityType {
	t := d.typeOfSpan(from, to)
	if t == corpus.Person && d.pluralAfterArticle(from, to) {
		// "filed by the Beatles", "les Bleus": a group named in the
		// plural, whatever a pronoun or a list says of its members.
		return corpus.Organization
	}
	return t
}

// bankWord reports whether key is one word that ends in "bank" or
// "banken" (the Scandinavian "the bank") after a stem of three letters or
// more: a bank's name written as one word ("Vneshtorgbank", "Gosbank",
// "Gotabanken"); not "Eubank", a surname. The lists' "Burbank" is a place
// before this rule is asked.
func bankWord(key string) bool {
	stem, ok := strings.CutSuffix(key, "bank")
	if !ok {
		stem, ok = strings.CutSuffix(key, "banken")
	}
	return ok && len(stem) >= 3
}

// siteName reports whether a word is a website's name, a capitalized
// domain of a country's or a generic top level: "Lopinion.fr",
// "BFMTV.com", "Change.org", "Medici.tv". News names the publisher so.
func siteName(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i < 2 || w[0] < 'A' || w[0] > 'Z' || strings.IndexByte(w, '@') >= 0 {
		return false // not an address, "ClubHub@Ford.com"
	}
	switch w[i+1:] {
	case "fr", "com", "net", "org", "tv", "info", "io", "be", "ch", "uk", "de":
		return true
	}
	return false
}

// pluralAfterArticle reports whether [from, to] is one capitalized word in
// the plural right after "the" or "les" in lower case, and no person the
// lists know.
func (d *document) pluralAfterArticle(from, to int) bool {
	t := &d.toks[from]
	if from != to || from == 0 || t.kind != wordToken || t.letters < 4 || !strings.HasSuffix(t.key, "s") || d.x.lex.personName[t.key] {
		return false
	}
	p := &d.toks[from-1]
	return p.kind == wordToken && !p.capital && !p.allCaps && (p.key == "the" || p.key == "les")
}

// typeOfSpan is typeOf before the plural's rule.
func (d *document) typeOfSpan(from, to int) corpus.EntityType {
	lx := d.x.lex
	words := d.words(from, to)
	first, last := words[0], words[len(words)-1]
	prev := d.prevWord(from)
	key := d.spanKey(span{from: from, to: to})
	switch {
	case lx.otherName[key]:
		return corpus.Other // "GDP", "TGV", "Covid-19": things, whatever their shape
	case len(words) > 1 && lx.otherLast[last.key] && !last.allCaps,
		len(words) > 2 && romanNumerals[last.key] && lx.otherLast[words[len(words)-2].key]:
		return corpus.Other // "Stanley Cup", "Nobel Prize", "World War II": a trophy, not Stanley
	case len(words) > 1 && lx.scandalLast[last.key] && last.capital && !last.allCaps && d.personWord(words[len(words)-2]):
		return corpus.Other // "le Penelope Gate": the scandal, not Penelope
	case len(words) > 2 && lx.territory[first.key] && !first.allCaps && (words[1].key == "de" || words[1].key == "du") && !words[1].capital && d.placeOfTerritory(words[2:]):
		return corpus.Place // "l'Etat de Victoria", "l'Etat du Wisconsin": the state, no thing
	case len(words) > 1 && d.anyEventHead(words):
		return corpus.Other // "Seconde Guerre mondiale", "Guerre froide"
	case lx.orgName[key] && lx.placeName[key] && d.english && d.townBeforeState(to):
		return corpus.Place // "Avon, Massachusetts": the town, not the firm of the lists
	case lx.orgName[key], d.orgOfPlace(key, words), len(words) > 1 && d.orgJoined(from, to):
		return corpus.Organization
	case len(words) > 2 && lx.hospital[first.key] && (words[1].key == "de" || words[1].key == "d'") && !words[1].capital && d.placeOfTerritory(words[2:]):
		return corpus.Place // "CHU de Reims", "CHR d'Orléans": the town's hospital
	case len(words) == 2 && lx.carrier[first.key] && first.capital && !first.allCaps && d.placeKey(last.key) && !lx.firstName[last.key]:
		return corpus.Organization // "Air Canada", "Air Algérie": an airline by its country
	case !d.english && len(words) == 1 && lx.hall[key] && first.capital && !first.allCaps:
		return corpus.Place // "au Zénith", "l'Olympia": the hall, not Zenith the company
	case !d.english && len(words) <= 3 && prev >= 0 && from-prev == 1 && d.lowerWord(prev) && lx.lawNoun[d.toks[prev].key]:
		return corpus.Other // "la loi El Khomri": the law, not the minister
	case len(words) == 1 && siteName(first.text):
		return corpus.Organization // "Lopinion.fr", "Change.org": a site, its publisher
	case len(words) > 2 && strings.Contains(key, " - ") && lx.article[words[1].key] && d.spacedPlace(key):
		return corpus.Place // "Dar-es-Salaam", the lists' "Dar es Salaam"
	case len(words) > 1 && lx.placeSpaced[strings.ReplaceAll(key, " - ", " ")]:
		return corpus.Place // "Bourgogne Franche-Comté", "Bourgogne-Franche Comté": the lists' "Bourgogne-Franche-Comté"
	case lx.personName[key]:
		return corpus.Person
	case !d.english && d.feastDay(from, to):
		return corpus.Other // "la nuit de la Saint-Sylvestre", "la Saint-Jean": a saint's day, not the town
	case len(words) == 1 && d.stormBefore(from):
		d.markThing(from, to)
		if d.storms == nil {
			d.storms = map[string]bool{}
		}
		d.storms[key] = true
		return corpus.Other // "l'ouragan Harvey", "hurricane Gloria": the storm, not the town of the lists
	case len(words) == 1 && lx.givenTown[key] && d.childBefore(from):
		return corpus.Person // "la jeune Chelsea", "sa fille, Florence": the given name, not the town of the lists
	case len(words) == 1 && !lx.place[key] && !lx.country[key] && d.lowerWord(from-1) && lx.caseNoun[d.toks[from-1].key] &&
		(lx.placeName[key] || d.placeShape(from, to, first)):
		return corpus.Other // "l'affaire Bettencourt": the case, not a town
	case !d.english && len(words) == 1 && d.makerTown(from, key):
		return corpus.Place // "le constructeur de Gaydon": the works' town
	case lx.placeName[key], d.english && len(words) == 1 && d.stateAfterTown(from), d.english && d.townBeforeState(to):
		return corpus.Place
	case len(words) == 2 && d.toks[from+1].text == "-" && lx.direction[last.key] && d.placeKey(first.key):
		return corpus.Place // "Jérusalem-Est", "Berlin-Ouest": a part of a place
	case d.english && lx.partyPlural[last.key] && last.capital && !last.allCaps:
		return corpus.Organization // "the Christian Democrats", "the Socialists": a party by its members
	case prev >= 0 && from-prev == 1 && lx.imprint[d.toks[prev].key] && !d.toks[prev].capital:
		return corpus.Organization // "aux éditions Michel Lafon": the house, not the man
	case d.measured(from, to):
		return corpus.Other // "3.0 litres TwinPower Turbo", "Steptronic à 8 rapports": a product
	case !d.english && d.showBefore(from):
		return corpus.Other // "les candidats de la saison 2 de X", "l'émission X": a show
	case d.vesselBefore(from):
		d.markThing(from, to)
		return corpus.Other // "the ferry Herald of Free Enterprise", "le porte-avions Charles-de-Gaulle", "l'ouragan Katrina"
	case !d.english && d.namedAfter(from, to, words):
		if d.placeNamedAfter(from) {
			return corpus.Place // "l'hôpital Robert-Debré", "la rue Victor-Hugo"
		}
		return corpus.Other // "Charles-de-Gaulle", the airport, the carrier: named after a person
	case len(words) == 1 && lx.countryCode[first.key] && !first.allCaps && d.bracketed(from, to):
		return corpus.Place // "Olano (Esp)": a country's code in results
	case d.coded(to) || len(words) == 1 && d.ranked(from) || d.agedAfter(to):
		return corpus.Person // "Olano (Esp)", "12. Camenzind.": a results list's athletes
	case lx.orgSuffix[last.key] && len(words) > 1, d.orgHead(first.key) && len(words) > 1 && d.toks[from+1].text != "-":
		return corpus.Organization // not "Haute-Savoie", "Haut-Karabakh"
	case d.english && d.headOfAfter(words):
		return corpus.Organization // "Japan Chamber of Commerce", "Milan Chamber of Commerce": the chamber, not Japan
	case d.andCoAfter(to) && !last.allCaps:
		return corpus.Organization // "Harris Upham and Co", "Brown Brothers Harriman & Co": the firm, no partner
	case len(words) > 1 && lx.nameHead[first.key] && d.lowerAfter(from, to):
		return corpus.Organization // "Marine nationale", "Parlement européen"
	case len(words) == 1 && len(first.key) > 6 && strings.HasSuffix(first.key, "corp"):
		return corpus.Organization // "Gencorp", "Citicorp", "Bancorp"
	case len(words) == 1 && first.capital && !first.allCaps && bankWord(first.key):
		return corpus.Organization // "Commerzbank", "Rabobank", "Nordbanken": a bank by its name's end
	case prev >= 0 && lx.honorific[d.toks[prev].key], d.listAfterTitles(from):
		return corpus.Person
	case d.roleBefore(prev, from, words), d.roleAcrossNationality(prev, from, words):
		return corpus.Person
	}
	if t, ok := d.definedAs(to); ok {
		return t // "Aisby is a village", "Killing Joke, a band"
	}
	if t, ok := d.knownAs(from); ok {
		return t // "Adilson Tavares Varela, commonly known as Cabral"
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
	case len(words) > 1 && len(words) <= 3 && lx.direction[first.key] && first.capital && !first.allCaps &&
		!(len(words) == 3 && d.placeKey(words[1].key) && !lx.placeLast[last.key]):
		return corpus.Place // "West Jersey", "East Perth", "South Jutland"; not "West Texas Sour", a crude
	case lx.givenName[first.key] && len(words) > 1 && !last.allCaps && !first.allCaps && d.personShaped(from, to) && !(d.makerFirst(from, to)):
		return corpus.Person // "Frédéric III" too
	case len(words) > 2 && !first.allCaps && (lx.personName[last.key] || lx.givenName[words[len(words)-3].key]) && lx.article[words[len(words)-2].key] && !words[len(words)-2].capital:
		return corpus.Person // "Bachar al-Assad", "Mohammed ben Zayed al-Nahyane": a given name or a known surname across an Arabic article
	case lx.surnameFirst[first.key] && len(words) > 1 && len(words) <= 3 && !first.allCaps && d.unknownWords(words[1:]):
		return corpus.Person // "Li Shimin", "Kang Young Joong"
	case len(words) > 1 && romanNumerals[last.key] && !first.allCaps:
		return corpus.Person // "Dona Maria II": a regnal number, a monarch
	case prev >= 0 && from-prev == 1 && lx.orgBefore[d.toks[prev].key] && !d.toks[prev].capital:
		return corpus.Organization
	case from >= 2 && d.toks[from-1].text == "#" && !d.toks[from].spaceBefore && d.lowerWord(from-2) && lx.orgBefore[d.toks[from-2].key]:
		return corpus.Organization // "le collectif #NousToutes": a hashtag after an organization's word is its name
	case prev >= 0 && from-prev == 1 && (lx.placeBefore[strings.ToLower(d.toks[prev].text)] || d.english && lx.placeAt[d.toks[prev].text]) && len(words) <= 3 && !(len(words) == 1 && first.allCaps) &&
		!d.surnamed(from, to, words):
		return corpus.Place // not "in NCAA history": places' acronyms are known ones; not "décerné à Roman Polanski"
	case len(words) <= 3 && d.ofPlace(from):
		return corpus.Place // "près de Vevey", "the outskirts of Lagos"
	case len(words) == 1 && d.english && lx.firstName[first.key] && !first.allCaps && !lx.place[first.key]:
		return corpus.Person // English names people by their given name: "Stan", "Hayley"
	case len(words) == 1 && first.allCaps && d.thingCode(first.key):
		return corpus.Other // "150 mln ECU", "annualised money market rates (TAM)"
	case len(words) == 1 && first.allCaps && !first.noisy && first.letters <= 6 && !lx.firstName[first.key]:
		// In a shouted headline capitals say nothing; an acronym is short,
		// and "LITTÉRATURE", "BRAICHET" or "CLARA" are a word or a person.
		if !d.english && d.thingNounBefore(from) {
			return corpus.Other // "la règle ABCD": a thing's initials after its common noun
		}
		if d.placeCodes[key] {
			return corpus.Place // "la Zone démilitarisée (DMZ)", then "la DMZ"
		}
		if d.capsOrgs == nil {
			d.capsOrgs = map[string]bool{}
		}
		d.capsOrgs[key] = true
		return corpus.Organization
	case d.placeShape(from, to, first):
		return corpus.Place
	case len(words) <= 3 && d.placeAfterComma(to):
		return corpus.Place // "Debden, England", "Sandy Hook, Maryland"
	case d.english && len(words) > 1 && d.initial(from) && !last.allCaps:
		return corpus.Person // "C. H. Douglas", "P. Diddy"
	case d.familyNamed(from, to, words):
		return corpus.Person // "Agenor Poletti", "Edson Tavares Varela": a family name, and nothing else
	}
	return corpus.Other
}

// surnameShaped reports whether the name [from, to] of words is two or
// three capitalized words that end with a family name of the lists or of
// their endings.
func (d *document) surnameShaped(from, to int, words []token) bool {
	lx := d.x.lex
	last := words[len(words)-1]
	return len(words) > 1 && len(words) <= 3 && (lx.familyName[last.key] || hasEnding(last.key, lx.surnameEnding)) && !words[0].allCaps && !last.allCaps && d.personShaped(from, to)
}

// surnamed reports whether the name [from, to] of words ends with a family
// name after words written mid-sentence that are no place the news names
// (places.txt; a town of the lists may be a given name too): "Roman
// Polanski" after "à" is no town.
func (d *document) surnamed(from, to int, words []token) bool {
	if !d.surnameShaped(from, to, words) {
		return false
	}
	lx := d.x.lex
	for _, w := range words[:len(words)-1] {
		if lx.place[w.key] || lx.country[w.key] || lx.placeFirst[w.key] || lx.direction[w.key] || w.sentHead {
			return false
		}
	}
	return true
}

// familyNamed reports whether the name [from, to] of words is a person's by
// its shape: a family name of the lists or of their endings last, and no
// word that a list knows before it.
func (d *document) familyNamed(from, to int, words []token) bool {
	return d.surnameShaped(from, to, words) && d.unknownWords(words[:len(words)-1])
}

// words returns the word tokens of [from, to].
func (d *document) words(from, to int) []token {
	words := make([]token, 0, to-from+1)
	for k := from; k <= to; k++ {
		if d.toks[k].kind == wordToken {
			words = append(words, d.toks[k])
		}
	}
	return words
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
		if p := d.prevWord(s.from); p >= 0 && d.x.lex.pluralTitle[d.toks[p].key] {
			return true
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

// roleAcrossNationality reports whether a role or a title and an
// adjective of nationality stand right before a name, as French writes
// them: "le Premier ministre grec Kyriakos Mitsotakis", "le général
// iranien Qassem Soleimani", "la chanteuse américaine Taylor Swift".
func (d *document) roleAcrossNationality(prev, from int, words []token) bool {
	if d.english || prev < 1 || from-prev != 1 || !d.lowerWord(prev) || !d.nationalityWord(d.toks[prev].key) {
		return false
	}
	r := prev - 1
	if !d.lowerWord(r) || !d.x.lex.role[d.toks[r].key] && !d.x.lex.honorific[d.toks[r].key] {
		return false
	}
	return words[0].capital && !words[0].allCaps && !words[len(words)-1].allCaps
}

// nationalityWord reports whether a lower-case French word is an
// adjective of nationality: an ending they take ("iranien", "français",
// "américaine", "britannique") or one of the few without
// ("grec", "russe", "suisse").
func (d *document) nationalityWord(key string) bool {
	return d.x.lex.nationality[key] || hasEnding(key, d.x.lex.inhabitantEnding) || strings.HasSuffix(key, "ique") && len(key) > 6
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
	return d.x.lex.ageUnit[next.key]
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

// anyEventHead reports whether a name of several words holds, capitalized,
// a word that makes it an event ("Guerre").
func (d *document) anyEventHead(words []token) bool {
	for _, w := range words {
		if d.x.lex.eventHead[w.key] && w.capital && !w.allCaps {
			return true
		}
	}
	return false
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

// placeShape reports whether a name is shaped like a place: one word with
// a town's ending, or a hyphenated compound with a lower-case connector
// ("Aix-en-Provence", "Chaux-de-Fonds") or after "Saint-" ("Saint-Gall").
func (d *document) placeShape(from, to int, first token) bool {
	if from == to && !first.allCaps && first.letters > len("ville") && hasEnding(first.key, d.x.lex.townEnding) {
		return true
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
	if d.x.lex.saint[d.toks[from].key] {
		return true
	}
	for k := from + 1; k < to; k++ {
		if n := d.toks[k+1]; d.toks[k].text == "-" && n.kind == wordToken && !n.capital && d.x.lex.connectors[n.key] {
			return true
		}
	}
	return false
}

// feastDay reports whether a hyphenated name that opens with "Saint", in
// the masculine, follows "la" in lower case: French names a saint's day
// so, the feminine of "la fête", where a town takes no article ("la nuit de
// la Saint-Sylvestre", "à la Saint-Jean", against "à Saint-Jean").
func (d *document) feastDay(from, to int) bool {
	return d.toks[from].key == "saint" && to-from >= 2 && d.toks[from+1].text == "-" && !d.toks[from+2].spaceBefore &&
		d.lowerWord(from-1) && d.toks[from-1].key == "la"
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

// unknownWords reports whether words are capitalized in mixed case and on
// no list: the given names of "Li Shimin", not "Wang Laboratories".
func (d *document) unknownWords(words []token) bool {
	lx := d.x.lex
	for n, w := range words {
		if n > 0 && (!w.capital || lx.stop[w.key]) && !w.allCaps && !w.spaceBefore && w.letters <= 5 && words[n-1].capital {
			continue // "Mahn-je", "Mahn-Je", "Jae-in": a given name's second syllable
		}
		if !w.capital || w.allCaps || lx.stop[w.key] || lx.generic[w.key] || lx.rejected[w.key] || lx.nameWord(w.key) ||
			lx.placeName[w.key] || lx.orgName[w.key] || lx.otherName[w.key] || lx.place[w.key] {
			return false
		}
	}
	return true
}

// thingCode reports whether the text writes a code in capitals, anywhere,
// after an amount or glossed as a thing in brackets: its other mentions are
// that thing too ("the TAM reference rate" after "money market rates
// (TAM)"). thingCodes holds true for a code said a thing in words, which
// the corpus's votes hear.
func (d *document) thingCode(key string) bool {
	if d.thingCodes == nil {
		d.thingCodes = map[string]bool{}
		for k := range d.toks {
			t := &d.toks[k]
			if t.kind != wordToken || !t.allCaps || t.letters < 2 {
				continue
			}
			gloss := d.spelledGloss(k)
			switch {
			case gloss == corpus.Place:
				if d.placeCodes == nil {
					d.placeCodes = map[string]bool{}
				}
				d.placeCodes[t.key] = true // "la Zone démilitarisée (DMZ)"
			case d.glossOfThing(k, k) || d.orGloss(k) || d.eventCode(k) || gloss == corpus.Other || d.namedThingCode(k) || d.aboard(k) || !d.english && d.showBefore(k):
				d.thingCodes[t.key] = true // what it is, said in words: the corpus's vote hears it
			case d.unitCode(k) || d.grade(k) || d.modelNumber(k) || !d.english && d.indefiniteBefore(k):
				if !d.thingCodes[t.key] {
					d.thingCodes[t.key] = false // "200 CRS", "BBB": a unit here, maybe a name elsewhere
				}
			}
		}
	}
	_, ok := d.thingCodes[key]
	return ok
}

// unitCode reports whether a code in capitals stands right after an amount,
// where a unit's or a currency's code goes: "150 mln ECU", "125.9 mln
// SDR's", "10,99 USD", "deux milliards USD", or in brackets after an amount
// and its noun: "1.600 personnes (ETP)".
func (d *document) unitCode(from int) bool {
	p := from - 1
	if p >= 2 && d.toks[p].text == "(" && from+1 < len(d.toks) && d.toks[from+1].text == ")" && d.lowerWord(p-1) && d.toks[p-2].kind == wordToken && d.toks[p-2].digit && d.toks[p-2].letters == 0 {
		return true // "1.600 personnes (ETP)": the unit the amount is counted in
	}
	if p >= 2 && d.toks[p].kind == punctToken && d.toks[p].text == "." && dottedInitials(d.toks[p-1].text) {
		p -= 2 // "30 MLN U.S. DLRS": the currency's country between
	}
	if p < 0 || d.toks[p].kind != wordToken || !d.toks[from].spaceBefore {
		return false
	}
	t := &d.toks[p]
	return t.digit && t.letters == 0 || d.x.lex.magnitude[t.key] && (!t.capital || t.allCaps)
}

// eventCode reports whether a code in capitals follows a common noun that
// names competitions in lower case: "le championnat WEC".
func (d *document) eventCode(k int) bool {
	return d.lowerWord(k-1) && d.x.lex.eventFirst[d.toks[k-1].key]
}

// glossOfThing reports whether an acronym in brackets spells out the words
// before it, and those are common nouns no organization's head opens
// ("annualised money market rates (TAM)", "les équipes mobiles de sécurité
// (EMS)", not "la mutualité des caisses (MSA)"), or a thing's name the lists
// know ("European Monetary System (EMS)").
func (d *document) glossOfThing(from, to int) bool {
	if from < 2 || to+1 >= len(d.toks) || d.toks[from-1].text != "(" || d.toks[to+1].text != ")" {
		return false
	}
	lx := d.x.lex
	end := from - 2
	if t := &d.toks[end]; t.kind == wordToken && (t.capital || t.allCaps) {
		// A capitalized name before: a thing only if the lists say so.
		start := end
		for start > 0 && start > end-6 && d.toks[start-1].kind == wordToken && (d.toks[start-1].capital || lx.connectors[d.toks[start-1].key]) {
			start--
		}
		for s := start; s <= end; s++ {
			if d.toks[s].capital && lx.otherName[d.spanKey(span{from: s, to: end})] {
				return true
			}
		}
		for start < end && !d.toks[start].capital {
			start++
		}
		// "Championnat du Monde d'Endurance (WEC)": an event's name.
		return d.toks[start].capital && lx.eventFirst[d.toks[start].key] && !d.english || d.english && lx.otherLast[d.toks[end].key]
	}
	if !d.english {
		return false // French writes services in lower case: "l'aide sociale à l'enfance (ASE)"
	}
	lower := 0
	for k := end; k >= 0 && k > end-8; k-- {
		t := &d.toks[k]
		if t.kind != wordToken || t.capital || t.allCaps {
			break
		}
		if d.orgHead(t.key) || lx.kind[t.key] == corpus.Organization {
			return false
		}
		if !lx.stop[t.key] {
			lower++
		}
	}
	return lower >= 2
}

// orGloss reports whether an English code follows "or" and the lower-case
// words it is the initials of, every word or the words that are no
// function words: "payment-in-kind, or PIK, certificates", "an exchange
// for physical or EFP", "integrated services digital network, or ISDN". A
// thing, as the same words in brackets would say; an organization's name
// is capitalized.
func (d *document) orGloss(k int) bool {
	p := k - 1
	if !d.english || !d.lowerWord(p) || d.toks[p].key != "or" {
		return false
	}
	end := p - 1
	if end >= 0 && d.toks[end].text == "," {
		end--
	}
	lx := d.x.lex
	code := &d.toks[k]
	for start := end; start >= 0 && start > end-10; start-- {
		t := &d.toks[start]
		if t.kind == wordToken && (t.capital || t.allCaps || d.orgHead(t.key) || lx.kind[t.key] == corpus.Organization) {
			return false
		}
		if t.kind != wordToken && t.text != "-" {
			return false
		}
		if t.kind == wordToken && !lx.stop[t.key] && (d.spells(start, end, code) || d.initialsOf(start, end, code)) {
			return true
		}
	}
	return false
}

// initialsOf reports whether code is the initials of every word of [from,
// to], function words too: "payment-in-kind" for PIK.
func (d *document) initialsOf(from, to int, code *token) bool {
	n := 0
	for k := from; k <= to; k++ {
		t := &d.toks[k]
		if t.kind != wordToken {
			continue
		}
		if t.key == "" || n >= len(code.key) || t.key[0] != code.key[n] {
			return false
		}
		n++
	}
	return n == len(code.key) && n >= 3
}

// spelledGloss tells what the French words spelt out in brackets after
// code k, or before it and its brackets, make the code: a thing when they
// open with a noun of a policy, a tax or a label (thinggloss in cues.txt), a
// place when with a noun of an area (placegloss), and their initials are the
// code, function words left out — "l'appellation d'origine protégée (AOP)",
// "PAC (Politique agricole commune)", "postes équivalent temps plein (ETP)",
// "(emplois en équivalent temps plein)", or an English code's in French
// order ("Station spatiale internationale (ISS)", "Zone démilitarisée
// (DMZ)"); "" otherwise. English glosses before the code, capitalized, end
// with the noun: "the Strategic Defense Initiative (SDI)".
func (d *document) spelledGloss(k int) corpus.EntityType {
	lx := d.x.lex
	code := &d.toks[k]
	glossType := func(key string) corpus.EntityType {
		switch {
		case lx.thingGloss[key]:
			return corpus.Other
		case lx.placeGloss[key]:
			return corpus.Place
		}
		return ""
	}
	if d.english {
		// English writes the head noun last, capitalized: "the Strategic
		// Defense Initiative (SDI)".
		end := k - 2
		if k < 3 || d.toks[k-1].text != "(" || k+1 >= len(d.toks) || d.toks[k+1].text != ")" || !d.toks[end].capital || d.toks[end].allCaps {
			return ""
		}
		g := glossType(d.toks[end].key)
		if g == "" {
			return ""
		}
		for start := end - 1; start >= 0 && start > end-8 && d.toks[start].kind == wordToken; start-- {
			if d.toks[start].capital && (d.spells(start, end, code) || d.spellsCompound(start, end, code)) {
				return g
			}
		}
		return ""
	}
	if k+2 < len(d.toks) && d.toks[k+1].text == "(" {
		end := k + 2
		for end+1 < len(d.toks) && d.toks[end+1].kind != breakToken && d.toks[end+1].text != ")" && d.toks[end+1].text != "," && end-k < 14 {
			end++
		}
		// The noun may come after a word or two: "(emplois en équivalent
		// temps plein, ndlr)".
		for start := k + 2; start <= end && start < k+5; start++ {
			if t := glossType(d.toks[start].key); t != "" && d.toks[start].kind == wordToken && d.spellsAnyOrder(start, end, code) {
				return t
			}
		}
	}
	if k < 2 || d.toks[k-1].text != "(" || k+1 >= len(d.toks) || d.toks[k+1].text != ")" {
		return ""
	}
	for start := k - 2; start >= 0 && start > k-14; start-- {
		t := &d.toks[start]
		if t.kind != wordToken && t.text != "-" {
			return ""
		}
		if g := glossType(t.key); g != "" && d.spellsAnyOrder(start, k-2, code) {
			return g
		}
	}
	return ""
}

// spellsAnyOrder reports whether code is the initials of the French words
// [from, to], in their order or in an English code's: French writes the
// head noun first where English writes it last, so the head's initial is
// the code's last letter and the others are among the code's first
// letters ("Station spatiale internationale" for ISS, "Zone démilitarisée"
// for DMZ).
func (d *document) spellsAnyOrder(from, to int, code *token) bool {
	if d.spells(from, to, code) {
		return true
	}
	if code == nil || code.letters < 3 || code.letters > 6 || !code.capital || code.digit || len(code.key) != code.letters {
		return false
	}
	var left [6]byte
	n := copy(left[:], code.key[:len(code.key)-1])
	words := 0
	for k := from; k <= to; k++ {
		t := &d.toks[k]
		if t.kind != wordToken || t.elision || d.x.lex.stop[t.key] || t.key == "" {
			continue
		}
		words++
		if words == 1 {
			if t.key[0] != code.key[len(code.key)-1] {
				return false
			}
			continue
		}
		i := bytes.IndexByte(left[:n], t.key[0])
		if i < 0 {
			return false
		}
		left[i] = 0
	}
	return words >= 2 && words >= code.letters-1
}

// namedThingCode reports whether code k stands in brackets right after a
// capitalized name that a show's word or a thing's noun stands before ("l'
// émission Touche pas à mon poste (TPMP)", "le système Porsche Torque
// Vectoring (PTV)"): the code is that show's or that thing's.
func (d *document) namedThingCode(k int) bool {
	if d.english || k < 3 || d.toks[k-1].text != "(" || k+1 >= len(d.toks) || d.toks[k+1].text != ")" {
		return false
	}
	lx := d.x.lex
	for s := k - 2; s > 0 && s > k-9; s-- {
		t := &d.toks[s]
		if t.kind != wordToken {
			return false
		}
		if t.capital && !t.allCaps && (d.showBefore(s) || d.lowerWord(s-1) && lx.thingGloss[d.toks[s-1].key]) {
			return true
		}
	}
	return false
}

// modelNumber reports whether code k stands before a model's or a
// version's number, a figure of three digits or more or with a dot (one
// or two decimals) or a slash that no unit or magnitude follows, and no
// year: "DOS 3.3", "VAX
// 8250", "VAX 11/780". The code is a product's or a system's here, and
// perhaps its maker's elsewhere ("AMG 6.0"): no vote.
func (d *document) modelNumber(k int) bool {
	n := k + 1
	if n >= len(d.toks) || !d.toks[n].spaceBefore || d.toks[n].kind != wordToken || !d.toks[n].digit || d.toks[n].letters != 0 {
		return false
	}
	num := d.toks[n].text
	if len(num) < 3 && !(n+2 < len(d.toks) && d.toks[n+1].text == "/" && d.toks[n+2].digit) && !strings.ContainsAny(num, "./") {
		return false
	}
	if len(num) == 4 && (strings.HasPrefix(num, "19") || strings.HasPrefix(num, "20")) {
		return false // "JO 2024": a year
	}
	if i := strings.LastIndexByte(num, '.'); i >= 0 && len(num)-i > 3 {
		return false // "FFR 6.0612": a rate of a table, no version
	}
	if a := n + 1; a < len(d.toks) && d.toks[a].kind == wordToken {
		if lx := d.x.lex; lx.magnitude[d.toks[a].key] || lx.measure[d.toks[a].key] || d.toks[a].key == "pct" || d.toks[a].key == "dlrs" {
			return false // "SDI 3.5 billion": an amount
		}
	}
	return true
}

// indefiniteBefore reports whether French writes code k after an
// indefinite article, as a whole phrase: "victime d'un AVC", "un PLFSS
// rectificatif". An organization's initials take the definite article
// ("le PS", "la CGT"); "un" or "une" before a code makes it one of a kind,
// a thing. Not before a model's name or number ("une BMW 5 Series", "une
// DS 19"), nor before a hyphen ("un UDI-Agir"): the code is then its
// maker's or a piece of a longer name.
func (d *document) indefiniteBefore(k int) bool {
	p := k - 1
	if !d.lowerWord(p) || d.toks[p].key != "un" && d.toks[p].key != "une" || !d.toks[k].spaceBefore {
		return false
	}
	if n := k + 1; n < len(d.toks) {
		t := &d.toks[n]
		if t.kind == wordToken && (t.capital || t.allCaps || t.digit) || !t.spaceBefore && (t.text == "-" || t.text == "/") {
			return false
		}
	}
	return true
}

// aboard reports whether code k follows "à bord de" or "aboard": one is
// aboard a ship, a craft or a station ("à bord de l'ISS"), no organization.
func (d *document) aboard(k int) bool {
	p := k - 1
	if p >= 0 && d.lowerWord(p) && (d.toks[p].key == "the" || d.toks[p].key == "l'" || d.toks[p].key == "du") {
		p--
	}
	if d.lowerWord(p) && d.toks[p].key == "aboard" {
		return true
	}
	if d.lowerWord(p) && (d.toks[p].key == "de" || d.toks[p].key == "d'" || d.toks[p].key == "du") {
		p--
	} else if d.toks[p+1].key != "du" {
		return false
	}
	return d.lowerWord(p) && d.toks[p].key == "bord" && d.lowerWord(p-1) && d.toks[p-1].key == "a"
}

// measured reports whether an amount and a unit stand right before the
// name, or "à" or "with", an amount and a unit right after it: "un bloc
// 3.0 litres TwinPower Turbo", "une boîte Steptronic à 8 rapports". A
// product's name, no person's; the corpus's votes leave it alone.
func (d *document) measured(from, to int) bool {
	lx := d.x.lex
	toks := d.toks
	if p := from - 1; p >= 1 && d.lowerWord(p) && lx.measure[toks[p].key] && toks[p-1].kind == wordToken && toks[p-1].digit && toks[p-1].letters == 0 {
		d.markThing(from, to)
		return true
	}
	if n := to + 1; n+2 < len(toks) && toks[n].kind == wordToken && (toks[n].key == "a" || toks[n].key == "with") && !toks[n].capital &&
		toks[n+1].kind == wordToken && toks[n+1].digit && toks[n+1].letters == 0 && d.lowerWord(n+2) && lx.measure[toks[n+2].key] {
		d.markThing(from, to)
		return true
	}
	return false
}

// markThing records a name the document's words make a thing, which the
// corpus's votes do not type.
func (d *document) markThing(from, to int) {
	if d.things == nil {
		d.things = map[string]bool{}
	}
	d.things[d.spanKey(span{from: from, to: to})] = true
}

// orgOfPlace reports whether a name is a known organization's, then a
// place's: its branch or its station there ("Sanofi France", "France Bleu
// Normandie", "Sciences Po Paris"), no place.
func (d *document) orgOfPlace(key string, words []token) bool {
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	if !last.capital || last.allCaps || !d.placeKey(last.key) && !d.x.lex.placeName[last.key] {
		return false
	}
	head := strings.TrimSuffix(key, " "+last.key)
	if head == key || strings.HasSuffix(head, " -") {
		return false
	}
	if d.x.lex.orgName[head] {
		return true
	}
	e, ok := d.x.g.lookup[head]
	return ok && d.x.g.entries[e].Type == corpus.Organization
}

// headOfAfter reports whether an organization's head word, capitalized,
// stands after the first of the words and before "of" and a capitalized
// word: a place's or a nation's body ("Japan Chamber of Commerce",
// "American Academy of Arts"), named by its head, not by its place.
func (d *document) headOfAfter(words []token) bool {
	for j := 1; j+2 < len(words); j++ {
		if w := words[j]; w.capital && !w.allCaps && d.orgHead(w.key) && words[j+1].key == "of" && !words[j+1].capital && words[j+2].capital {
			return true
		}
	}
	return false
}

// orgJoined reports whether the name [from, to] is parts that hyphens join
// without spaces, one of them, and one only, an organization of the lists
// and none a place, a given name or a person the lists know: a union's
// branch ("Snes-FSU", "CGT-RATP", "CFDT-Cheminots"), a maker's brands
// ("Chevrolet-Pontiac-GM"); not a place ("Paris-Orly", a town of the
// lists), a duel ("Macron-Le Pen"), a match of two clubs ("PSG-OM") or a
// model ("Boeing-777"). Parts that are all companies of the lists written
// as words are an alliance or a merger ("Renault-Nissan", "Daimler-Chrysler").
func (d *document) orgJoined(from, to int) bool {
	lx := d.x.lex
	whole := d.spanKey(span{from: from, to: to})
	if lx.placeName[whole] || lx.placeName["le "+whole] || lx.placeName["la "+whole] {
		return false // "Noisy-le-Sec", "(Le) Kremlin-Bicêtre": a town of the lists
	}
	orgs, parts, firms, start := 0, 0, 0, from
	for k := from; k <= to+1; k++ {
		if t := &d.toks[min(k, to)]; k <= to && t.kind == wordToken {
			if t.digit || !t.capital && !t.allCaps {
				return false // "Boeing-777", "Saint-Jean-de-Luz"
			}
			continue
		}
		if k <= to && (d.toks[k].text != "-" || d.toks[k].spaceBefore || d.toks[k+1].spaceBefore) || k == start {
			return false
		}
		key := d.spanKey(span{from: start, to: k - 1})
		parts++
		if lx.orgName[key] && k-1 == start && !d.toks[start].allCaps && !d.placeKey(key) {
			firms++ // "Renault", "Nissan": a company of the lists written as a word
		}
		if firms == parts && (lx.givenName[key] || lx.personName[key]) {
			start = k + 1 // "Renault" of "Renault-Nissan": the company the lists hold first
			continue
		}
		if d.placeKey(key) || lx.placeName[key] || lx.givenName[key] || lx.personName[key] {
			return false
		}
		if lx.stop[key] && !d.toks[start].allCaps {
			start = k + 1 // "Kim Jong-Un": a function word, not the UN
			continue
		}
		if e, ok := d.x.g.lookup[key]; lx.orgName[key] || ok && d.x.g.entries[e].Type == corpus.Organization {
			orgs++
		}
		start = k + 1
	}
	return orgs == 1 && start > from || parts > 1 && firms == parts
}

// showBefore reports whether a word of a show's or a contest's audience
// stands before the name at from, through "de", "du", "à", an article or a
// quote: "la septième saison de la "X"", "les gagnants de X", "l'émission
// X". French news names TV shows like companies ("la X"); these words say
// it is a show, typed other.
func (d *document) showBefore(from int) bool {
	lx := d.x.lex
	for k, n := from-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		t := &d.toks[k]
		if t.kind == punctToken && (t.text == "\"" || t.text == "«" || t.text == "“") {
			continue
		}
		if t.kind != wordToken || t.capital || t.allCaps {
			return false
		}
		switch t.key {
		case "de", "du", "des", "d'", "a", "au", "aux", "la", "le", "les", "l'":
			continue
		}
		return lx.showWord[t.key]
	}
	return false
}

// thingNounBefore reports whether French initials follow an article and a
// common noun that is no organization's, no person's and no place's kind
// ("la règle ABCD", "le dispositif X"): the thing the noun says. "Le
// syndicat CGT", "le groupe PSA", "le ministre X" keep their readings.
func (d *document) thingNounBefore(from int) bool {
	lx := d.x.lex
	k := from - 1
	if k < 1 || !d.lowerWord(k) || !d.toks[from].spaceBefore {
		return false
	}
	t := &d.toks[k]
	a := k - 1
	if q := d.toks[a].text; d.toks[a].kind != wordToken && (q == "\"" || q == "«" || q == "“") && a > 0 {
		a-- // la "règle ABCD"
	}
	switch d.toks[a].key {
	case "le", "la", "l'", "un", "une", "sa", "son", "cette", "ce":
	default:
		return false
	}
	return t.letters >= 4 && !lx.stop[t.key] && !lx.role[t.key] && !lx.rejected[t.key] && lx.kind[t.key] == "" && !d.orgHead(t.key) && !lx.nameHead[t.key] &&
		!lx.orgWord[t.key] && !lx.companyOf[t.key] && !lx.leaderNoun[t.key] && !lx.told[t.key] && !lx.eventFirst[t.key] && !lx.placeBefore[t.key]
}

// stateAfterTown reports whether the word at from is a state's two initials
// joined by a dot right after a known place and a comma, as American
// addresses write them ("Providence, R.I.", "Washington, D.C.", "North
// Kingstown, R.I."): a place, no organization's initials.
func (d *document) stateAfterTown(from int) bool {
	t := &d.toks[from]
	if len(t.text) != 3 || !dottedInitials(t.text) || from < 2 || d.toks[from-1].text != "," {
		return false
	}
	p := from - 2
	if d.toks[p].kind != wordToken || !d.toks[p].capital {
		return false
	}
	if d.placeKey(d.toks[p].key) {
		return true
	}
	// A town of two words: "North Kingstown".
	return p >= 1 && d.toks[p-1].kind == wordToken && d.toks[p-1].capital && d.placeKey(d.toks[p-1].key+" "+d.toks[p].key)
}

// vesselBefore reports whether a vessel's or a storm's word stands right
// before the name, or before a comma and "the" ("the ferry Herald of Free
// Enterprise", "car ferry, the Herald…", "l'ouragan Katrina"; "ferries such
// as the Herald…" is not one).
func (d *document) vesselBefore(from int) bool {
	p := from - 1
	if p >= 2 && d.toks[p].key == "the" && !d.toks[p].capital && d.toks[p-1].text == "," {
		p -= 2
	}
	return p >= 0 && d.lowerWord(p) && d.x.lex.vessel[d.toks[p].key]
}

// andCoAfter reports whether "and" or "&" and a corporate suffix follow
// token to: "Smith Barney, Harris Upham and Co", "Brown Brothers Harriman
// & Co". The partners' names are the firm's.
func (d *document) andCoAfter(to int) bool {
	toks := d.toks
	k := to + 1
	if k+1 >= len(toks) || !(toks[k].text == "&" || d.lowerWord(k) && toks[k].key == "and") {
		return false
	}
	n := &toks[k+1]
	if k+2 < len(toks) && toks[k+2].text == "-" && !toks[k+2].spaceBefore {
		return false // "John Smith and Co-founder Jane Doe"
	}
	return n.kind == wordToken && n.capital && d.x.lex.orgSuffix[n.key]
}

// childBefore reports whether a role, a title, or a word of a child or a
// case stands before the name, across a comma and one adjective in lower
// case: "la jeune Mila", "Mme Mila", "sa fille aînée, Mila", "deux
// filles, Mila et Lily", "l'affaire Mila". A given name that is a town of
// the lists too is then the person's.
func (d *document) childBefore(from int) bool {
	lx := d.x.lex
	p := from - 1
	if p >= 0 && d.toks[p].text == "," {
		p--
	}
	if p < 0 || d.toks[p].kind != wordToken || d.toks[p].allCaps {
		return false
	}
	if lx.honorific[d.toks[p].key] {
		return true // "Mme Mila"
	}
	for n := 0; n < 2 && d.lowerWord(p); n, p = n+1, p-1 {
		if k := d.toks[p].key; lx.child[k] || lx.role[k] {
			return true
		}
	}
	return false
}

// stormBefore reports whether a storm's noun in lower case stands right
// before the name: "l'ouragan Harvey", "la tempête Alex". A town of the
// lists named so is the storm; a ship's noun is not enough ("the ferry
// Dover" may be the port's).
func (d *document) stormBefore(from int) bool {
	p := from - 1
	return p >= 0 && d.lowerWord(p) && d.x.lex.storm[d.toks[p].key]
}

// namedAfter reports whether a French name is a person's name joined by
// hyphens, a given name first and no given name last, with a particle
// inside or the noun of a thing before ("le porte-avions Charles-de-Gaulle",
// "l'hôpital Robert-Debré", "le lycée Jean-Jaurès"): French writes so the
// airports, ships, hospitals, schools and streets named after someone. A
// given name and a surname without a hyphen count after a thing's noun only
// ("l'hôpital Robert Debré").
// "Jean-Pierre", both given names, is a person's.
func (d *document) namedAfter(from, to int, words []token) bool {
	if len(words) < 2 || !d.x.lex.givenName[words[0].key] || d.x.lex.givenName[words[len(words)-1].key] || words[0].allCaps {
		return false
	}
	particle := false
	for k := from + 1; k <= to; k++ {
		if d.toks[k].spaceBefore {
			// "l'hôpital Robert Debré", "la rue Jean Monnet": written
			// without hyphens, a given name and a surname after a
			// thing's noun.
			return len(words) == 2 && d.placeNamedAfter(from) && d.nounAfterArticle(from)
		}
		particle = particle || d.lowerWord(k)
	}
	// "Louis-Napoléon" was a man: a particle inside ("Charles-de-Gaulle")
	// or a thing's noun before ("l'hôpital Robert-Debré") says it is not.
	return particle || d.placeNamedAfter(from)
}

// placeNamedAfter reports whether the noun of a place or a building named
// after someone stands right before token from: "l'hôpital", "la rue",
// "l'hôpital pour enfants".
func (d *document) placeNamedAfter(from int) bool {
	p := d.prevWord(from)
	return p >= 0 && d.lowerWord(p) && d.x.lex.namedAfter[d.toks[p].key] || d.placeForNamedAfter(from)
}

// nounAfterArticle reports whether an article or "du", "au" stands before
// the noun placeNamedAfter found before token from ("l'hôpital Robert
// Debré"), so that the noun is one, not a verb ("le sondage place X").
func (d *document) nounAfterArticle(from int) bool {
	p := d.prevWord(from)
	if p >= 0 && d.toks[p].key != "" && !d.x.lex.namedAfter[d.toks[p].key] {
		p -= 2 // "l'hôpital pour enfants"
	}
	if p < 1 || !d.lowerWord(p-1) {
		return false
	}
	switch d.toks[p-1].key {
	case "la", "le", "les", "l'", "du", "au", "aux", "des":
		return true
	}
	return false
}

// placeForNamedAfter reports whether the noun of a place named after
// someone, "pour" and one lower-case word stand right before token from:
// "l'hôpital pour enfants Robert Debré".
func (d *document) placeForNamedAfter(from int) bool {
	p := from - 1
	return p >= 2 && d.lowerWord(p) && d.toks[p-1].key == "pour" && d.lowerWord(p-1) && d.lowerWord(p-2) && d.x.lex.namedAfter[d.toks[p-2].key]
}

// makerFirst reports whether a name's first word is a company the lists
// know alone, a capitalized word follows it, and an article in lower case
// stands before, across adjectives: "une Renault Clio", "la toute nouvelle
// Renault Clio", a model of the maker whose first word is also a given name.
func (d *document) makerFirst(from, to int) bool {
	if to == from || d.toks[from+1].kind != wordToken || !d.articleAcross(from) {
		return false
	}
	key := d.toks[from].key
	if d.x.lex.orgName[key] {
		return true
	}
	e, ok := d.x.g.lookup[key]
	return ok && d.x.g.entries[e].Type == corpus.Organization
}

// spacedPlace reports whether a hyphenated name is a place of the lists
// written with spaces: "Dar-es-Salaam".
func (d *document) spacedPlace(key string) bool {
	k := strings.ReplaceAll(key, " - ", " ")
	return d.x.lex.place[k] || d.placeKey(k)
}

// articleAcross reports whether an article in lower case stands before
// token from, with at most two lower-case words between ("la toute
// nouvelle").
func (d *document) articleAcross(from int) bool {
	for p, n := from-1, 0; p >= 0 && n < 3 && d.toks[p].kind == wordToken && !d.toks[p].allCaps; p, n = p-1, n+1 {
		switch d.toks[p].key {
		case "la", "le", "les", "une", "un", "des", "l'", "the", "a":
			return true
		}
		if d.toks[p].capital {
			return false
		}
	}
	return false
}

// personWord reports whether a word of a name is a given name or a
// surname of the lists: what a scandal is named after.
func (d *document) personWord(w token) bool {
	lx := d.x.lex
	_, surname := d.x.g.surnames[w.key]
	return w.capital && (lx.givenName[w.key] || lx.firstName[w.key] || surname)
}

// townBeforeState reports whether a comma and a US state, by name or
// abbreviated with its dot, follow token to, and no capitalized word or
// possessive after the state: "its Dakota City, Nebraska plant", "a plant
// in Dakota City, Neb.", but not "Lloyd Bentsen, Texas Democrat".
func (d *document) townBeforeState(to int) bool {
	k := to + 2
	if k >= len(d.toks) || d.toks[to+1].text != "," {
		return false
	}
	s := &d.toks[k]
	if s.kind != wordToken || !s.capital || s.allCaps || !d.x.lex.usState[s.key] || d.possessive(k) {
		return false
	}
	n := k + 1
	if n < len(d.toks) && d.toks[n].text == "." && !d.toks[n].spaceBefore {
		return true
	}
	return n >= len(d.toks) || d.toks[n].kind != wordToken || !d.toks[n].capital && !d.toks[n].allCaps
}

// makerTown reports whether the one word at from follows a maker's noun in
// lower case and "de" ("le constructeur de Gaydon", "la firme de
// Maranello"), and no list makes it a company, a given name or a person.
func (d *document) makerTown(from int, key string) bool {
	lx := d.x.lex
	if from < 2 || !d.lowerWord(from-1) || d.toks[from-1].key != "de" || !d.lowerWord(from-2) || !lx.makerOf[d.toks[from-2].key] {
		return false
	}
	if lx.orgName[key] || lx.givenName[key] || lx.personName[key] || lx.firstName[key] {
		return false
	}
	if e, ok := d.x.g.lookup[key]; ok && d.x.g.entries[e].Type != corpus.Place {
		return false
	}
	return true
}

// placeOfTerritory reports whether words, after "Etat de", name a place of
// the lists ("Victoria", "New York").
func (d *document) placeOfTerritory(words []token) bool {
	key := words[0].key
	for _, w := range words[1:] {
		key += " " + w.key
	}
	return d.placeKey(key) || d.x.lex.place[key] || d.x.lex.usState[key]
}
