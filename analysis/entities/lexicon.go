package entities

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/recherche/recherche/corpus"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon holds the word lists discovery relies on. Every word is stored as
// a match key (folded, lower case), so "Février" and "fevrier" are one word.
type lexicon struct {
	stop        map[string]bool // French and English function words
	rejected    map[string]bool // roles, months and days, boilerplate: never part of a name
	generic     map[string]bool // common words: part of a name, never a name alone
	honorific   map[string]bool
	firstName   map[string]bool
	orgSuffix   map[string]bool
	legalSuffix map[string]bool // "inc", "corp", "co": legal forms that end a firm of partners' names
	orgPrefix   map[string]bool
	orgBefore   map[string]bool // "société", "chez": an organization's name follows
	nameHead    map[string]bool // "Parlement", "Action": a name when an adjective follows
	place       map[string]bool // one-word countries, regions and cities
	country     map[string]bool // the countries and continents of place
	placeHead   map[string]bool // "canton", "lac", "rue": a place with the name after it
	placeLocal  map[string]bool // "quartier", "village": a small place inside a known one
	placeBare   map[string]bool // "place": a local place with the name right after it, never "de"
	placeAdj    map[string]bool // "romande", "latine": part of the place before it
	direction   map[string]bool // "Afrique du Nord"
	connectors  map[string]bool
	particles   map[string]bool // "de", "van", "von": inside a person's name
	articles    map[string]bool
	placeBefore map[string]bool
	demonym     map[string]bool // "iranian", "iraqi", "german": adjectives of the places above

	// The sets below only type a name discovery found; they find none.
	// Keys are a whole name's match key ("seine saint denis").
	placeName map[string]bool // places of one word or more: placenames.txt, cities.txt
	// placeSpaced holds the hyphenated places of placeName with spaces
	// for hyphens: "bourgogne franche comte", as a text may write them.
	placeSpaced map[string]bool
	orgName     map[string]bool // media, institutions, parties, clubs, companies
	// orgFirst holds the first words of orgName's keys: only a name
	// opened by one may be a list's name with a lower-case tail.
	orgFirst   map[string]bool
	otherName  map[string]bool // aggregates, taxes, diseases, technologies, events: never an organization
	personName map[string]bool // people the news names by their surname alone
	initialism map[string]bool // "TTC", "CV", "DRH": common abbreviations, no name alone in capitals
	// articled maps the word a French contraction leaves of a name with
	// its article ("au Havre", "du Monde", "aux Echos") to that name.
	articled    map[string]articled
	givenName   map[string]bool // firstName and English given names: a name of two words after one is a person's
	role        map[string]bool // "ministre", "spokesman", "acteur": a person's name right after
	orgWord     map[string]bool // "Bank", "Records", "Party": an organization's name holds one
	placeFirst  map[string]bool // "Mount", "Lake", "Fort": a place's name opens with one
	placeLast   map[string]bool // "Island", "River", "County": a place's name ends with one
	countryCode map[string]bool // "Esp", "Sui": a country in a results list's brackets
	ofPlace     map[string]bool // "près", "région", "outskirts": a place after "de" or "of"
	opensOrg    map[string]bool // "General": rejected alone, but opens a company's name
	unit        map[string]bool // "Corps", "Division": a number before makes a military unit's name
	// kind maps a noun that says what a name is, in apposition or after a
	// copula ("Aisby is a village", "Killing Joke, a band"), to that type.
	kind map[string]corpus.EntityType
	// surnameFirst holds the family names written first ("Li Shimin",
	// "Kim Dae-jung"): a name of two or three words after one is a person's.
	surnameFirst map[string]bool
	// familyName holds family names of many languages ("Poletti",
	// "Varela"): the last word of a name of two or three words that
	// nothing else types makes it a person's.
	familyName map[string]bool
	// possessed maps a noun after a name's possessive ("X's wife", "X's
	// headquarters", "X's mayor") to the type it says the name has.
	possessed map[string]corpus.EntityType
	otherLast map[string]bool // "cup", "prize", "war": a name ending so is no person's, place's or organization's

	abbreviation map[string]bool // "mr", "inc", "wash": their dot does not end the sentence
	// Words around a name, from cues.txt.
	leaderNoun  map[string]bool // "quinquennat": a leader's name completes it without "de"
	rank        map[string]bool // "general", "capitaine": a person's title after an article only
	address     map[string]bool // "m", "madame", "sir": a person's title even before "de"
	pluralTitle map[string]bool // "mm", "messrs": a list of names follows
	saint       map[string]bool // "saint", "st": opens hyphenated places' names
	countWord   map[string]bool // "les", "deux": a plural of inhabitants may follow
	oneWord     map[string]bool // "un", "une": one inhabitant may follow
	indefinite  map[string]bool // "a", "une": a definition's article
	ageUnit     map[string]bool // "ans", "years": an age in apposition
	placeAt     map[string]bool // "at": in English, a name with no other evidence after it is a place
	nationality map[string]bool // "grec", "russe": French adjectives of nationality without a telling ending
	eventHead   map[string]bool // "guerre": takes adjectives as an institution does, and makes an event
	portfolio   map[string]bool // "finance", "trade": a minister's, after a nationality part of a title
	companyCue  map[string]bool // "spokesman", "shares": after a name, a company's
	companyOf   map[string]bool // "shares", "subsidiary": before "of" and a name, a company's
	told        map[string]bool // "raconte", "told": before "à" or "to", no place
	measure     map[string]bool // "litres", "rapports": after an amount, a product's name may follow
	showWord    map[string]bool // "émission", "saison", "lauréat": a show's or a contest's name may follow
	imprint     map[string]bool // "éditions": before a name, a publishing house's
	article     map[string]bool // "al", "el": an Arabic article a hyphen joins to the next word of a name
	eventFirst  map[string]bool // "championnat": opens an event's name, or names one's code after it
	magnitude   map[string]bool // "mln", "milliards": a unit's or a currency's code may follow
	rating      map[string]bool // "rated", "downgraded": a text that grades debt, whose "AA" is a grade
	ratingCode  map[string]bool // "aaa", "bbb": the grades of debt themselves
	tableWord   map[string]bool // "vs": between two figures, a results table's row
	vessel      map[string]bool // "ferry", "navire", "ouragan": the name after it is a ship's or a storm's
	child       map[string]bool // "jeune", "fillette", "affaire": a given name that is a town's too after it is the person's
	givenTown   map[string]bool // "chelsea", "florence": a town of the lists that is a given name too
	caseNoun    map[string]bool // "affaire", "scandale": a town's name after it is the case's
	scandalLast map[string]bool // "gate": a person's name before it, capitalized, names the scandal
	territory   map[string]bool // "Etat", "Province": a place of the lists after it and "de" names the same place
	usState     map[string]bool // "nebraska", "neb": a name before a comma and one is a town
	partyAdj    map[string]bool // "democratic": last in a name before a noun in lower case, the party's side, no name's word
	makerOf     map[string]bool // "constructeur": "le constructeur de X" names the maker by its town
	aim         map[string]bool // "pour", "contre": an institution's complement of what it is for
	aimHead     map[string]bool // "centre", "comité": heads of bodies founded for an aim
	roleMod     map[string]bool // "managing": a role's first word ("Managing Director"), no name's
	roles       map[string]bool // "ministers", "sénateurs": offices in the plural, no name's word
	officeEn    map[string]bool // "premier": an English office before a name, an ordinal in French
	pronounEnd  map[string]bool // "vous", "nous": after a hyphen, the end of a French compound ("Rendez-vous")
	carrier     map[string]bool // "air": before a country's or a town's name, an airline's ("Air Canada")
	hospital    map[string]bool // "chu": before "de" and a town, the town's hospital, a place ("CHU de Reims")
	hall        map[string]bool // "zénith": alone in a French text, the concert hall, a place ("au Zénith")
	lawNoun     map[string]bool // "loi": before a name in French, the law named after it ("la loi El Khomri")
	demonymOdd  map[string]bool // "danish", "peruvian": demonyms no rule derives from their place
	cardinal    map[string]bool // "seven", "trois": a number in words, no name alone
	storm       map[string]bool // "ouragan", "hurricane": the name after it is a storm's, even a town's of the lists
	namedAfter  map[string]bool // "hôpital", "lycée": a person's hyphenated name after it names the place
	thingGloss  map[string]bool // "appellation", "crédit": the initials its words spell are a thing's
	office      map[string]bool // "commissaire": an office's noun that ends like an adjective
	placeGloss  map[string]bool // "zone": the initials its words spell are a place's
	partyPlural map[string]bool // "democrats": a party's members in the plural, who name the party
	// Words compared as written, from verbs.txt.
	copula  map[string]bool // "is", "était"
	born    map[string]bool // "born", "née"
	pronoun map[string]bool // "he", "his"
	// Word endings, from endings.txt.
	townEnding        []string // "ville", "heim", "shire"
	adjectiveEnding   []string // "al", "ique", "aise": French institutions' adjectives
	inhabitantsEnding []string // "ois", "iens": after a determiner of number
	inhabitantEnding  []string // "ois", "ienne": after "un" or "une"
	ordinalEnding     []string // "ieme": "la Quatrième"
	surnameEnding     []string // "ski", "enko", "poulos": family names of many languages
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() {
		l := &lexicon{
			stop: map[string]bool{}, rejected: map[string]bool{}, generic: map[string]bool{}, honorific: map[string]bool{},
			firstName: map[string]bool{}, surnameFirst: map[string]bool{}, orgSuffix: map[string]bool{}, legalSuffix: map[string]bool{}, orgPrefix: map[string]bool{}, orgBefore: map[string]bool{},
			nameHead: map[string]bool{}, unit: map[string]bool{},
			placeName: map[string]bool{}, orgName: map[string]bool{}, orgFirst: map[string]bool{}, otherName: map[string]bool{}, personName: map[string]bool{}, initialism: map[string]bool{}, articled: map[string]articled{},
			givenName: map[string]bool{}, role: map[string]bool{}, orgWord: map[string]bool{},
			placeFirst: map[string]bool{}, placeLast: map[string]bool{}, opensOrg: map[string]bool{}, countryCode: map[string]bool{}, ofPlace: map[string]bool{},
			place: map[string]bool{}, country: map[string]bool{}, placeHead: map[string]bool{}, placeLocal: map[string]bool{}, placeBare: map[string]bool{}, placeAdj: map[string]bool{}, direction: map[string]bool{},
			abbreviation: map[string]bool{}, leaderNoun: map[string]bool{}, rank: map[string]bool{}, address: map[string]bool{}, pluralTitle: map[string]bool{},
			saint: map[string]bool{}, countWord: map[string]bool{}, oneWord: map[string]bool{}, indefinite: map[string]bool{}, ageUnit: map[string]bool{}, placeAt: map[string]bool{}, nationality: map[string]bool{}, eventHead: map[string]bool{}, portfolio: map[string]bool{}, magnitude: map[string]bool{}, companyCue: map[string]bool{}, companyOf: map[string]bool{}, told: map[string]bool{}, measure: map[string]bool{}, showWord: map[string]bool{}, imprint: map[string]bool{}, eventFirst: map[string]bool{}, article: map[string]bool{}, rating: map[string]bool{}, ratingCode: map[string]bool{}, tableWord: map[string]bool{}, vessel: map[string]bool{}, child: map[string]bool{}, givenTown: map[string]bool{}, caseNoun: map[string]bool{}, scandalLast: map[string]bool{}, territory: map[string]bool{}, usState: map[string]bool{}, partyAdj: map[string]bool{}, makerOf: map[string]bool{}, aim: map[string]bool{}, aimHead: map[string]bool{}, roleMod: map[string]bool{}, roles: map[string]bool{}, officeEn: map[string]bool{}, pronounEnd: map[string]bool{}, carrier: map[string]bool{}, hospital: map[string]bool{}, hall: map[string]bool{}, lawNoun: map[string]bool{}, demonymOdd: map[string]bool{}, cardinal: map[string]bool{}, storm: map[string]bool{}, namedAfter: map[string]bool{}, thingGloss: map[string]bool{}, office: map[string]bool{}, placeGloss: map[string]bool{}, partyPlural: map[string]bool{},
			copula: map[string]bool{}, born: map[string]bool{}, pronoun: map[string]bool{},
		}
		lists := []struct {
			file string
			set  map[string]bool
		}{
			{"stopwords-en.txt", l.stop}, {"stopwords-fr.txt", l.stop},
			{"roles.txt", l.rejected}, {"calendar.txt", l.rejected},
			{"boilerplate.txt", l.rejected}, {"generic.txt", l.generic},
			{"honorifics.txt", l.honorific}, {"firstnames.txt", l.firstName},
			{"places.txt", l.place}, {"countries.txt", l.country},
			{"personroles.txt", l.role}, {"surnamesfirst.txt", l.surnameFirst},
			{"abbreviations.txt", l.abbreviation}, {"initialisms.txt", l.initialism},
		}
		for _, f := range lists {
			if err := readWords(f.file, func(_, w string) { f.set[w] = true }); err != nil {
				lexErr = err
				return
			}
		}
		err := readWords("orgwords.txt", func(kind, w string) {
			if w == kind {
				return
			}
			switch kind {
			case "suffix":
				l.orgSuffix[w] = true
			case "legal":
				l.legalSuffix[w] = true
			case "prefix":
				l.orgPrefix[w] = true
			case "before":
				l.orgBefore[w] = true
			case "head":
				l.nameHead[w] = true
			case "word":
				l.orgWord[w] = true
			case "opens":
				l.opensOrg[w] = true
			case "unit":
				l.unit[w] = true
			}
		})
		if err != nil {
			lexErr = err
			return
		}
		err = readWords("placewords.txt", func(kind, w string) {
			if w == kind {
				return
			}
			switch kind {
			case "head":
				l.placeHead[w] = true
			case "local":
				l.placeLocal[w] = true
			case "bare":
				l.placeBare[w] = true
			case "adjective":
				l.placeAdj[w] = true
			case "direction":
				l.direction[w] = true
			case "first":
				l.placeFirst[w] = true
			case "last":
				l.placeLast[w] = true
			case "code":
				l.countryCode[w] = true
			case "ofplace":
				l.ofPlace[w] = true
			}
		})
		if err != nil {
			lexErr = err
			return
		}
		l.kind = map[string]corpus.EntityType{}
		kinds := map[string]corpus.EntityType{"place": corpus.Place, "org": corpus.Organization, "person": corpus.Person}
		l.possessed, l.otherLast = map[string]corpus.EntityType{}, map[string]bool{}
		err = readWords("kinds.txt", func(kind, w string) {
			if t, ok := kinds[kind]; ok && w != kind {
				l.kind[w] = t
			}
			if t, ok := kinds[strings.TrimSuffix(kind, "'s")]; ok && strings.HasSuffix(kind, "'s") && w != kind {
				l.possessed[w] = t
			}
			if kind == "otherlast" && w != kind {
				l.otherLast[w] = true
			}
		})
		if err != nil {
			lexErr = err
			return
		}
		for w := range l.role {
			if _, ok := l.kind[w]; !ok {
				l.kind[w] = corpus.Person
			}
		}
		for w := range l.country {
			l.place[w] = true
		}
		if lexErr = l.readCues(); lexErr != nil {
			return
		}
		if lexErr = l.readNames(); lexErr != nil {
			return
		}
		// Small closed classes stay in code: they are grammar, not data.
		l.connectors = keySet("of", "de", "du", "des", "d'", "la", "le", "l'", "von", "van", "der", "den",
			"del", "della", "da", "di", "do", "dos", "das", "y", "upon", "on", "sur", "en", "les", "lès", "fuer")
		l.particles = keySet("de", "d'", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "ten", "zu", "del", "della", "da", "di", "dos", "do")
		l.articles = keySet("the", "le", "la", "les", "l'", "el", "los", "las", "il", "lo", "de", "van", "von", "di", "da", "du", "des")
		// Compared unfolded: folding would turn "à" into the English "a".
		l.placeBefore = map[string]bool{"in": true, "near": true, "en": true, "à": true, "près": true, "outside": true}
		l.demonym = demonyms(l.place, l.placeName, l.firstName)
		for w := range l.demonymOdd {
			l.demonym[w] = true
			if !strings.HasSuffix(w, "s") {
				l.demonym[w+"s"] = true // "Saudis", "Filipinos"
			}
		}
		for k := range l.orgName {
			first, _, _ := strings.Cut(k, " ")
			l.orgFirst[first] = true
		}
		l.placeSpaced = map[string]bool{}
		for k := range l.placeName {
			if strings.Contains(k, " - ") {
				l.placeSpaced[strings.ReplaceAll(k, " - ", " ")] = true
			}
		}
		lex = l
	})
	return lex, lexErr
}

// readCues reads the words around a name that say what it is, and the
// endings of words that say what a word is.
func (l *lexicon) readCues() error {
	err := readKinds("cues.txt", normKey, map[string]map[string]bool{
		"leader": l.leaderNoun, "rank": l.rank, "address": l.address, "titles": l.pluralTitle, "saint": l.saint,
		"count": l.countWord, "one": l.oneWord, "indefinite": l.indefinite, "age": l.ageUnit, "where": l.placeAt, "nationality": l.nationality, "event": l.eventHead,
		"portfolio": l.portfolio, "magnitude": l.magnitude, "company": l.companyCue, "companyof": l.companyOf, "told": l.told, "measure": l.measure, "show": l.showWord, "imprint": l.imprint, "eventfirst": l.eventFirst, "article": l.article,
		"rating": l.rating, "ratingcode": l.ratingCode, "table": l.tableWord, "vessel": l.vessel, "storm": l.storm, "namedafter": l.namedAfter, "thinggloss": l.thingGloss, "placegloss": l.placeGloss,
		"party": l.partyPlural, "office": l.office, "child": l.child, "case": l.caseNoun, "scandal": l.scandalLast, "territory": l.territory, "state": l.usState, "partyadj": l.partyAdj, "makerof": l.makerOf, "aim": l.aim, "aimhead": l.aimHead, "rolemod": l.roleMod, "roles": l.roles, "officeen": l.officeEn, "pronounend": l.pronounEnd, "carrier": l.carrier, "hospital": l.hospital, "hall": l.hall, "law": l.lawNoun, "demonym": l.demonymOdd, "cardinal": l.cardinal,
	})
	if err != nil {
		return err
	}
	for w := range l.storm {
		l.vessel[w] = true // a storm's name is a thing, as a ship's is
	}
	// Kept as written: folded, "né" would be the negation "ne".
	err = readKinds("verbs.txt", func(w string) string { return w }, map[string]map[string]bool{
		"copula": l.copula, "born": l.born, "pronoun": l.pronoun,
	})
	if err != nil {
		return err
	}
	endings := map[string]*[]string{
		"town": &l.townEnding, "adjective": &l.adjectiveEnding, "inhabitants": &l.inhabitantsEnding,
		"inhabitant": &l.inhabitantEnding, "ordinal": &l.ordinalEnding, "surname": &l.surnameEnding,
	}
	return eachLine("endings.txt", func(fields []string) error {
		list, ok := endings[fields[0]]
		if !ok {
			return fmt.Errorf("lexicon endings.txt: unknown list %q", fields[0])
		}
		for _, w := range fields[1:] {
			*list = append(*list, normKey(w))
		}
		return nil
	})
}

// readNames reads the lists of whole names, one a line, that type what
// discovery finds.
func (l *lexicon) readNames() error {
	var withArticle []articled // "Le Havre", "Le Monde", "Les Echos"
	for _, f := range []struct {
		file string
		set  map[string]bool
		typ  corpus.EntityType
	}{{"placenames.txt", l.placeName, corpus.Place}, {"orgnames.txt", l.orgName, corpus.Organization}, {"othernames.txt", l.otherName, corpus.Other}, {"personnames.txt", l.personName, corpus.Person}} {
		err := readLines(f.file, func(k, name string) {
			f.set[k] = true
			// "Al Qaïda" as well as the list's "Al-Qaïda": a hyphen the
			// text writes as a space is still the name.
			if strings.Contains(k, " - ") {
				f.set[strings.ReplaceAll(k, " - ", " ")] = true
			}
			withArticle = append(withArticle, articled{name: name, typ: f.typ})
		})
		if err != nil {
			return err
		}
	}
	// A town that is also a given name or a common word ("Charlotte",
	// "Mobile", "Reading") types nothing alone: the list of the places
	// the news names (places.txt) decides those.
	cities := map[string]bool{}
	if err := readLines("cities.txt", func(k, _ string) { cities[k] = true }); err != nil {
		return err
	}
	// Moby's given names hold words ("Will", "Bank", "West") and towns
	// ("Victoria", "Sydney"): those type nothing, except the given names
	// of firstnames.txt, which were chosen one by one.
	// faker's given names of many languages ("Stanisław", "Agnieszka")
	// are read the same way.
	for _, file := range []string{"givennames-en.txt", "givennames-world.txt"} {
		err := readLines(file, func(k, _ string) {
			if !l.stop[k] && !l.generic[k] && !l.rejected[k] && !l.place[k] && !l.direction[k] && !cities[k] && !l.nameWord(k) {
				l.givenName[k] = true
			} else if cities[k] && !l.place[k] && !l.country[k] && !l.stop[k] && !l.generic[k] && !l.rejected[k] {
				l.givenTown[k] = true
			}
		})
		if err != nil {
			return err
		}
	}
	for k := range l.firstName {
		l.givenName[k] = true
	}
	l.familyName = map[string]bool{}
	err := readLines("surnames-world.txt", func(k, _ string) {
		if !l.stop[k] && !l.generic[k] && !l.rejected[k] && !l.place[k] && !l.direction[k] && !cities[k] && !l.nameWord(k) {
			l.familyName[k] = true
		}
	})
	if err != nil {
		return err
	}
	if err := readLines("cities.txt", func(k, name string) {
		if strings.Contains(k, " ") || !l.firstName[k] && !l.stop[k] && !l.generic[k] && !l.rejected[k] || l.place[k] {
			l.placeName[k] = true
			withArticle = append(withArticle, articled{name: name, typ: corpus.Place})
		}
	}); err != nil {
		return err
	}
	for k := range l.place {
		l.placeName[k] = true
	}
	// "Le Havre", "Le Monde", "Les Echos": what "au Havre", "du Monde" and
	// "aux Echos" leave of them, unless that word is a place of its own
	// ("la Provence" is the region before the newspaper).
	for _, a := range withArticle {
		art, rest, ok := strings.Cut(normKey(a.name), " ")
		if !ok || strings.Contains(rest, " ") || art != "le" && art != "la" && art != "les" && art != "l'" {
			continue
		}
		if !l.placeName[rest] && !l.orgName[rest] && !l.otherName[rest] && !l.stop[rest] {
			l.articled[rest] = a
		}
	}
	return nil
}

// articled is a name that starts with its article, and its type.
type articled struct {
	name string
	typ  corpus.EntityType
}

// nameWord reports whether a word is one that organizations' or places'
// names are built with ("Bank", "Union", "Lake"), which Moby's lists of
// given names hold too.
func (l *lexicon) nameWord(k string) bool {
	return l.orgWord[k] || l.orgSuffix[k] || l.orgPrefix[k] || l.orgBefore[k] || l.nameHead[k] || l.opensOrg[k] ||
		l.placeFirst[k] || l.placeLast[k] || l.placeHead[k] || l.placeLocal[k] || l.role[k] || l.honorific[k]
}

// readLines reads an embedded list of names, one a line, '#' starting a
// comment line, and passes each with its match key.
func readLines(file string, add func(key, name string)) error {
	data, err := lexiconFS.ReadFile("lexicon/" + file)
	if err != nil {
		return fmt.Errorf("read lexicon %s: %w", file, err)
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if k := normKey(line); k != "" {
			add(k, line)
		}
	}
	return nil
}

// readWords reads an embedded list: '#' starts a comment, words are
// whitespace-separated, and a line's first word is passed as kind so a file
// can hold several lists ("suffix inc corp").
func readWords(file string, add func(kind, word string)) error {
	return eachLine(file, func(fields []string) error {
		for _, w := range fields {
			add(fields[0], normKey(w))
		}
		return nil
	})
}

// readKinds reads an embedded file of several lists, a line's first word
// naming the list its other words belong to, into the sets of lists; key
// turns a word into what is compared.
func readKinds(file string, key func(string) string, lists map[string]map[string]bool) error {
	return eachLine(file, func(fields []string) error {
		set, ok := lists[fields[0]]
		if !ok {
			return fmt.Errorf("lexicon %s: unknown list %q", file, fields[0])
		}
		for _, w := range fields[1:] {
			set[key(w)] = true
		}
		return nil
	})
}

// eachLine passes the whitespace-separated words of each line of an
// embedded list that has any, '#' starting a comment.
func eachLine(file string, do func(fields []string) error) error {
	data, err := lexiconFS.ReadFile("lexicon/" + file)
	if err != nil {
		return fmt.Errorf("read lexicon %s: %w", file, err)
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if fields := strings.Fields(line); len(fields) > 0 {
			if err := do(fields); err != nil {
				return err
			}
		}
	}
	return nil
}

func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		if strings.HasSuffix(w, "'") {
			// An elision is a token of its own in text ("d'" of "d'Etat"),
			// which normKey, reading it alone, would split from its
			// apostrophe.
			m[strings.ToLower(w)] = true
			continue
		}
		m[normKey(w)] = true
	}
	return m
}

// demonyms derives the English adjectives of nationality from the place
// names, the way English forms them: "Iran" → "Iranian", "Iraq" →
// "Iraqi", "China" → "Chinese", "Canada" → "Canadian", "Argentina" →
// "Argentine", "Germany" → "German", "Philippines" → "Philippine",
// "Thailand" → "Thai", "Afghanistan" → "Afghan", "Ecuador" → "Ecuadorean", and the French ones of inhabitants ("Nantes" →
// "Nantais", "Lille" → "Lillois"). A form that is itself a place ("Chine") or a
// first name is left out; irregular ones ("French", "Dutch") are in the
// generic list.
func demonyms(places, placeNames, firstNames map[string]bool) map[string]bool {
	out := make(map[string]bool, len(places)*4)
	add := func(w string) {
		if len(w) >= 4 && !places[w] && !firstNames[w] {
			out[w] = true
			if p := w + "s"; !places[p] && !strings.HasSuffix(w, "s") {
				out[p] = true // "Iranians", "Iraqis"
			}
		}
	}
	for p := range placeNames {
		// The French inhabitants of a place of two words, written in one:
		// "Hong Kong" → "Hongkongais".
		if a, b, ok := strings.Cut(p, " "); ok && !strings.ContainsAny(b, " -'") && !strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "s") {
			add(a + b + "ais")
		}
	}
	for p := range places {
		if strings.ContainsAny(p, " -'") || len(p) < 4 {
			continue
		}
		stems := []string{p}
		switch p[len(p)-1] {
		case 'a', 'e', 'o', 'i':
			stems = append(stems, p[:len(p)-1])
		case 'y', 's':
			stems = append(stems, p[:len(p)-1])
			add(p[:len(p)-1]) // "German", "Philippine"
		}
		if st, ok := strings.CutSuffix(p, "istan"); ok {
			add(st) // "Afghan", "Afghans"
		}
		if st, ok := strings.CutSuffix(p, "land"); ok {
			stems = append(stems, st)
			add(st) // "Thai", "Scot"
		}
		// French inhabitants of a town or a country: "Nantes" → "Nantais",
		// "Soudan" → "Soudanais", "Lille" → "Lillois".
		fr := p
		if st, ok := strings.CutSuffix(p, "es"); ok {
			fr = st
		} else if st, ok := strings.CutSuffix(p, "e"); ok {
			fr = st
		}
		// Not "-aise" alone: "la Marseillaise" is the anthem.
		for _, suf := range []string{"ais", "aises", "ois", "oise"} {
			add(fr + suf)
		}
		add(p + "i")  // "Iraqi", "Israeli": never after a vowel dropped ("Bâle" is no "Bali")
		add(p + "is") // "Qataris", "Iraqis"
		for _, st := range stems {
			// "-ien", "-ienne" and their plurals are French: "Malien",
			// "Brésilienne", "Tunisiens" ("Syrie" → "Syrien" by "-en").
			for _, suf := range []string{"n", "an", "ian", "ean", "ese", "ish", "e", "ien", "ienne", "iennes", "en", "enne", "ennes"} {
				if w := st + suf; w != p {
					add(w)
				}
			}
		}
	}
	return out
}
