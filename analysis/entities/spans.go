package entities

import (
	"strings"

	"github.com/recherche/recherche/corpus"
)

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
		case capitalized && lx.rejected[t.key] && !d.saintCompound(k) && !d.listedPlaceAcross(piece, k, last) && !d.articleSurname(k, piece) && !d.hyphenated(k, piece) && !d.opensCompany(k, last) && !d.insideCompany(k, last, piece) && !(d.surnameOfGivenNames(k, piece)) &&
			!(len(piece) > 0 && d.titleOfArticle(piece[0], k)):
			flush()
		case d.honorificDot(k, piece):
			flush() // "Combien M. Ador": the title starts a new name
		case t.noisy && capitalized && !d.supported(t) && !d.personInNoise(k, piece):
			flush()
		case capitalized && lx.stop[t.key] && (t.sentHead || len(piece) == 0 && !lx.articles[t.key] && !opensName(t.key)) && !d.initial(k) &&
			!(t.sentHead && opensName(t.key) && d.companyRun(k, last)):
			// "First Union Corp said" at a sentence's head keeps its first
			// word, as it does mid-sentence.
			flush()
		case len(piece) > 0 && d.caseBreak(piece[len(piece)-1], k):
			flush() // "Birmanie PARIS", "CITE Pierre Biner": lines run together
			piece = append(piece, k)
			continue
		case len(piece) > 0 && capitalized && (lx.firstName[t.key] || d.givenAfterTitle(k, piece)) && d.titleOnly(piece) && d.surnameAfter(k):
			// "ministre de l'Intérieur Christophe Castaner", "maire de
			// Paris Anne Hidalgo", "Secretary of State George Shultz": the
			// portfolio or the place ends where the person begins.
			flush()
			piece = append(piece, k)
			continue
		case len(piece) > 0 && capitalized && !t.allCaps && (lx.givenName[t.key] || d.familyFirst(k)) && d.roleWord(piece[len(piece)-1]) && d.surnameAfter(k):
			// "County Coroner William McLaughlin", "Bishop Phillip
			// Garrigan": a capitalized role ends where the person begins,
			// and is no name of its own.
			for len(piece) > 0 && d.roleWord(piece[len(piece)-1]) {
				piece = piece[:len(piece)-1]
			}
			flush()
			piece = append(piece, k)
			continue
		case capitalized && !t.allCaps && !d.english && d.lowerOnly(piece) && d.peopleOf(k) && d.connectorNext(k):
			// "les Britanniques d'Autocar", "les Français de Wuhan": the
			// people of a place and what they belong to, no name of theirs.
			flush()
		case capitalized && !t.allCaps && lx.roles[t.key] && !d.connectorIn(piece, k):
			// "Finance Ministers", "Prime Ministers Zhao Ziyang": a role in
			// the plural is no name's word, as the role is not; "Council
			// of Ministers" keeps it.
			flush()
		case capitalized && !t.allCaps && lx.roleMod[t.key] && k+1 < len(d.toks) && d.toks[k+1].kind == wordToken && lx.role[d.toks[k+1].key]:
			flush() // "IMF Managing Director Michel Camdessus": the title's first word, no name's
		case len(piece) > 0 && d.toks[piece[len(piece)-1]].key == t.key && t.letters > 1:
			flush() // "Berne Berne": a dateline run into the text
			piece = append(piece, k)
			continue
		case len(piece) > 0 && capitalized && lx.stop[t.key] && !lx.articles[t.key] && !lx.connectors[t.key] && !d.firstNames(piece[0], piece[len(piece)-1]) && !d.initial(k) && !(k >= 2 && d.givenSyllable(k-2, k)) && !d.modelMark(k) &&
			!(opensName(t.key) && d.lowerWord(k-1)) && !d.listedPlaceAcross(piece, k, last) && !d.compoundWord(k, piece):
			// "Dior Et", "Victoria Ce": a capitalized function word after a
			// name starts a sentence the text ran together; after a first
			// name it is a surname ("Jim Ni"); inside a place of the lists
			// it is the place's word ("Papua New Guinea"); after a hyphen, the
			// compound's ("Grand Rendez-Vous").
			flush()
		default:
			piece = append(piece, k)
		}
	}
	flush()
}

// connectorIn reports whether a lower-case connector ("of", "de") stands
// between the piece's first word and word k: "Council of Ministers".
func (d *document) connectorIn(piece []int, k int) bool {
	if len(piece) == 0 {
		return false
	}
	for n := piece[0]; n < k; n++ {
		if d.lowerWord(n) && d.x.lex.connectors[d.toks[n].key] {
			return true
		}
	}
	return false
}

// peopleOf reports whether the French word k names a nation or the
// inhabitants of a place in the plural: a demonym derived from the lists'
// places ("les Nantais", "les Japonais") or an adjective of nationality and
// "s" ("les Britanniques", "les Kurdes"). Not a noun of the demonyms'
// endings: "les Gardiens de la Révolution" is a name.
func (d *document) peopleOf(k int) bool {
	key := d.toks[k].key
	return strings.HasSuffix(key, "s") && (d.x.lex.demonym[key] || len(key) > 4 && d.x.lex.nationality[key[:len(key)-1]])
}

// lowerOnly reports whether a piece holds no capitalized word.
func (d *document) lowerOnly(piece []int) bool {
	for _, k := range piece {
		if !d.lowerWord(k) {
			return false
		}
	}
	return true
}

// connectorNext reports whether "de", "d'", "du" or "des" in lower case
// follows word k.
func (d *document) connectorNext(k int) bool {
	if !d.lowerWord(k + 1) {
		return false
	}
	switch d.toks[k+1].key {
	case "de", "d'", "du", "des":
		return true
	}
	return false
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

// roleWord reports whether the capitalized word k is a role or a title that
// announces a person ("Coroner", "Bishop", "Coach"), not a name's word.
func (d *document) roleWord(k int) bool {
	t := &d.toks[k]
	if !t.capital || t.allCaps {
		return false
	}
	lx := d.x.lex
	return lx.role[t.key] || lx.honorific[t.key] || lx.kind[t.key] == corpus.Person || d.english && lx.officeEn[t.key]
}

// titleOnly reports whether the words of a piece are all common words
// that are part of names, never names alone ("Intérieur", "Santé",
// "Exchequer", "State"), a minister's portfolio ("Industrie", "Trésor"),
// places ("Paris", "Nantes"), institutions and parties ("Sénat", "LFI"):
// what a title or a caption ends with.
func (d *document) titleOnly(piece []int) bool {
	lx := d.x.lex
	if len(piece) > 1 && lx.placeName[d.spanKey(span{from: piece[0], to: piece[len(piece)-1]})] {
		return true // "région Ile-de-France Valérie Pécresse": a place of the lists whole
	}
	for _, k := range piece {
		t := &d.toks[k]
		if t.kind != wordToken || !t.capital && !t.allCaps && lx.connectors[t.key] {
			continue
		}
		if !lx.generic[t.key] && !lx.portfolio[t.key] && !lx.placeName[t.key] && !lx.orgName[t.key] && !(t.allCaps && t.letters <= 5) {
			return false
		}
	}
	return true
}

// givenAfterTitle reports, in French, whether word k is a given name of
// the world's lists right after a piece of a portfolio's or a place's
// words, its last one capitalized: "ministre de la Défense Benny Gantz",
// "grand rabbin de France Haïm Korsia". A company's name before it ("Fiat
// Chrysler Automobiles") or a connector ("Etat du Mato Grosso") keeps the
// run whole; the short list of first names (firstName) needs neither.
func (d *document) givenAfterTitle(k int, piece []int) bool {
	lx := d.x.lex
	t := &d.toks[k]
	if d.english || t.allCaps || !lx.givenName[t.key] || !d.toks[piece[len(piece)-1]].capital {
		return false
	}
	for _, p := range piece {
		if lx.orgName[d.toks[p].key] {
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

// familyFirst reports whether word k is a family name written first
// ("Premier Zhao Ziyang", "President Park Geun-hye"): a capitalized word
// of surnamesfirst.txt, then a capitalized word its given name.
func (d *document) familyFirst(k int) bool {
	return d.x.lex.surnameFirst[d.toks[k].key] && k+1 < len(d.toks) && d.toks[k+1].kind == wordToken && d.toks[k+1].capital && d.toks[k+1].spaceBefore
}

// hyphenated reports whether word k is joined by a hyphen to the word
// before it in the piece: "Bourgogne-Franche-Comté" keeps its count.
func (d *document) hyphenated(k int, piece []int) bool {
	return len(piece) > 0 && piece[len(piece)-1] == k-2 && d.toks[k-1].text == "-" && !d.toks[k-1].spaceBefore && !d.toks[k].spaceBefore
}

// compoundWord reports whether the capitalized function word k is joined
// by a hyphen to the piece, a word of the compound ("Grand Rendez-Vous",
// "UFC-Que Choisir", "Nord-Pas-de-Calais", "Jérusalem-Est"): not before a
// word in lower case, where a sentence run into the name opens ("Carter-Ce
// sont", "Monténégro-Ont été"), unless it is a direction.
func (d *document) compoundWord(k int, piece []int) bool {
	return d.hyphenated(k, piece) && (d.x.lex.direction[d.toks[k].key] || !d.lowerWord(k+1) || d.toks[k+1].elision)
}

// opensCompany reports whether a word rejected alone ("General") opens
// a company's name that the run [k, last] ends with a corporate suffix,
// or an institution's that it ends with an organization's word: "General
// Electric Co", "General Motors Corp", "the General Accounting Office".
func (d *document) opensCompany(k, last int) bool {
	return d.x.lex.opensOrg[d.toks[k].key] && d.companyRun(k, last)
}

// companyRun reports whether the run [k, last], of three words or more,
// ends with a corporate suffix or an organization's word, every word after
// k capitalized and none rejected alone.
func (d *document) companyRun(k, last int) bool {
	lx := d.x.lex
	if last-k < 2 || !lx.orgSuffix[d.toks[last].key] && !lx.orgWord[d.toks[last].key] {
		return false
	}
	for j := k + 1; j <= last; j++ {
		if t := &d.toks[j]; t.kind != wordToken || !t.capital || lx.rejected[t.key] {
			return false
		}
	}
	return true
}

// insideCompany reports whether a word rejected alone ("Photo") stands
// inside a company's name that the run [k, last] ends with a corporate
// suffix, every word capitalized from the piece's first: "Fuji Photo Film
// Co Ltd", not "Film Co Ltd".
func (d *document) insideCompany(k, last int, piece []int) bool {
	if len(piece) == 0 || d.toks[k].noisy {
		return false
	}
	lx := d.x.lex
	n := last
	for n > k && d.toks[n].kind == wordToken && lx.orgSuffix[d.toks[n].key] {
		n--
	}
	if n == last || n < k {
		return false
	}
	for j := piece[0]; j <= n; j++ {
		if t := &d.toks[j]; t.kind != wordToken || !t.capital || t.allCaps || lx.stop[t.key] {
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

// listedPlaceAcross reports whether the words of piece, the capitalized
// function word k and one to three words after it, up to last, are a place
// of placenames.txt or cities.txt whole: "Papua New Guinea" is one name,
// though "New" after a name usually starts a sentence run into it.
func (d *document) listedPlaceAcross(piece []int, k, last int) bool {
	if len(piece) == 0 || len(piece) > 3 {
		return false
	}
	var b strings.Builder
	for _, p := range piece {
		b.WriteString(d.toks[p].key)
		b.WriteByte(' ')
	}
	b.WriteString(d.toks[k].key)
	if d.x.lex.placeSpaced[b.String()] {
		return true // "Bourgogne-Franche Comté": the lists' "Bourgogne-Franche-Comté"
	}
	for j, n := k+1, 0; j <= last && n < 3; j++ {
		t := &d.toks[j]
		if t.kind != wordToken {
			return false
		}
		b.WriteByte(' ')
		b.WriteString(t.key)
		n++
		if d.x.lex.placeName[b.String()] || d.x.lex.placeSpaced[b.String()] {
			return true
		}
	}
	return false
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
	if !d.x.lex.saint[d.toks[k].key] {
		return false
	}
	if k+2 < len(d.toks) && d.toks[k+1].text == "." && !d.toks[k+1].spaceBefore && saintAbbrev(d.toks[k]) && d.nameLike(k+2) {
		return true // "St. Louis Eagles"
	}
	return k+2 < len(d.toks) && d.toks[k+1].text == "-" && !d.toks[k+1].spaceBefore && !d.toks[k+2].spaceBefore && d.toks[k+2].capital
}

// eventComplement reports whether a French word follows an event's head in
// lower case and "de" or "d'" ("la guerre de Sécession", "la guerre
// d'Indépendance"): a word of the event's name, which the head in lower
// case leaves out, no name of its own. Not a place or a person of the
// lists: "le festival de Cannes", "la guerre de Corée".
func (d *document) eventComplement(k int) bool {
	p := k - 1
	if d.english || !d.lowerWord(p) && !(p >= 0 && d.toks[p].elision && d.toks[p].key == "d'") {
		return false
	}
	if key := d.toks[p].key; key != "de" && key != "d'" {
		return false
	}
	key := d.toks[k].key
	return d.lowerWord(p-1) && d.x.lex.eventHead[d.toks[p-1].key] && !d.x.lex.place[key] && !d.placeKey(key) && !d.x.lex.personName[key]
}

// honorificDot reports whether word k is a title written with its dot
// ("M.", "Dr.") rather than an initial inside a name ("George W. Bush"):
// a title does not follow a first name.
func (d *document) honorificDot(k int, piece []int) bool {
	t := d.toks[k]
	if !d.x.lex.honorific[t.key] || !d.x.lex.abbreviation[t.key] || k+1 >= len(d.toks) || d.toks[k+1].text != "." {
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
	if d.partySide(piece) {
		piece = piece[:len(piece)-1] // "House Democratic leaders": the House, and a side of it
	}
	if d.partyMemberOfPlace(piece) {
		piece = piece[:len(piece)-1] // "a Missouri Democrat": the state, and a member of a party
	}
	if d.republicOfRole(piece) {
		piece = piece[2:] // "le procureur de la République de Paris": the title's words, and the town
	}
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
	if d.territoryOfDirection(piece) {
		return // "cet Etat du Sud", "les Etats du Sud-Est": a part of a country, no name
	}
	if len(piece) > 0 && d.kicker(piece) {
		return // "EN IMAGES. Blackout à New York", "INSOLITE - Des gendarmes": a rubric
	}
	if len(piece) == 0 || d.headsOnly(piece) || d.nationality(piece) || d.commonOnly(piece) {
		return
	}
	first := d.toks[piece[0]]
	if len(piece) == 1 {
		if first.letters < 2 || lx.stop[first.key] || lx.rejected[first.key] || lx.generic[first.key] || first.allCaps && lx.initialism[first.key] || d.genericPlural(first) {
			return // "171 600 € TTC", "envoyer son CV"
		}
		if d.gluedFunctionWord(first) {
			return // "par BFMTVLes services": a credit in capitals run into the next sentence
		}
		if d.demonym(piece[0]) || d.ordinal(first.key) || d.adverb(piece[0]) || romanNumerals[first.key] || lx.cardinal[first.key] || century(first.key) && !first.allCaps || d.initialsOfKnown(piece[0]) || d.ticker(piece[0]) || d.tableLabel(piece[0]) || misspeltMonth(first.key) || d.eventComplement(piece[0]) {
			return // "VIII", "Seven", "XIXe", "J.P" of "J.P. Morgan", "<DBKG.F>", "Shr 72 cts vs 10 cts", "guerre de Sécession"
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
// the text capitalizes elsewhere mid-sentence stays, as does one the
// connector is joined to by a hyphen.
func (d *document) dropHeadOf(piece []int) []int {
	if len(piece) < 3 {
		return piece
	}
	first, next := &d.toks[piece[0]], &d.toks[piece[1]]
	if !first.sentHead || first.allCaps || first.camel || next.capital || !d.x.lex.connectors[next.key] ||
		d.supported(*first) || d.institution(first.key) || d.x.lex.firstName[first.key] || d.x.lex.placeHead[first.key] ||
		d.hyphenated(piece[1], piece[:1]) {
		return piece // "Côtes-d'Armor : deux morts": a hyphen makes one word of them
	}
	for n, k := range piece[1:] {
		if d.toks[k].capital || d.toks[k].allCaps || d.toks[k].camel {
			return piece[n+1:]
		}
	}
	return piece
}

// genericPlural reports whether a word is the plural in "s" of a common
// word of generic.txt, in mixed case: "Coupes" as "Coupe", no name alone;
// not a party's members ("Democrats", "Socialists") nor a town ("Tours").
func (d *document) genericPlural(t token) bool {
	lx := d.x.lex
	key, ok := strings.CutSuffix(t.key, "s")
	return ok && !t.allCaps && len(key) >= 4 && lx.generic[key] && !lx.generic[t.key] &&
		!lx.partyPlural[t.key] && !lx.orgName[t.key] && !d.placeKey(t.key) && !lx.partyAdj[key]
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
	case d.x.lex.rank[key]:
		p := d.prevWord(k)
		return p >= 0 && d.x.lex.articles[d.toks[p].key]
	case d.x.lex.address[key]:
		return true
	}
	return false // "le président de Microsoft", "le PDG de Google"
}

// surnameOfGivenNames reports whether the capitalized word k, one the lists
// reject alone (a title, a common word), is the surname after two given
// names or more: "Martin Luther King", "Billie Jean King".
func (d *document) surnameOfGivenNames(k int, piece []int) bool {
	t := &d.toks[k]
	if len(piece) < 2 || t.allCaps || t.sentHead || t.noisy || !t.spaceBefore || d.toks[k-1].kind != wordToken {
		return false
	}
	for _, p := range piece {
		if !d.x.lex.givenName[d.toks[p].key] || d.toks[p].allCaps {
			return false
		}
	}
	return true
}

// partyMemberOfPlace reports, in English, whether a piece is a place and
// a party's member in the singular, whose plural names the party: "a
// Missouri Democrat", "a Texas Republican". The member is no name; the
// place is one.
func (d *document) partyMemberOfPlace(piece []int) bool {
	if !d.english || len(piece) < 2 {
		return false
	}
	last := &d.toks[piece[len(piece)-1]]
	if !last.capital || last.allCaps || !d.x.lex.partyPlural[last.key+"s"] {
		return false
	}
	return d.placeKey(d.spanKey(span{from: piece[0], to: piece[len(piece)-2]}))
}

// partySide reports, in English, whether a piece ends with a party's
// adjective, capitalized, before a word in lower case: "House Democratic
// leaders", "Senate Republican aides".
func (d *document) partySide(piece []int) bool {
	if !d.english || len(piece) < 2 {
		return false
	}
	k := piece[len(piece)-1]
	t := &d.toks[k]
	return t.capital && !t.allCaps && d.x.lex.partyAdj[t.key] && d.lowerWord(k+1) && d.toks[k+1].letters > 0
}

// republicOfRole reports, in French, whether a piece opens with "République"
// and "de" after a role in lower case and "de la" ("le procureur de la
// République de Rouen", "la procureure de la République de Bastia"): the
// Republic is a word of the role's title, the town after "de" the name.
func (d *document) republicOfRole(piece []int) bool {
	if d.english || len(piece) < 3 {
		return false
	}
	k := piece[0]
	if t := &d.toks[k]; !t.capital || t.allCaps || t.key != "république" && t.key != "republique" {
		return false
	}
	if c := &d.toks[piece[1]]; c.capital || c.key != "de" && c.key != "d'" && c.key != "du" {
		return false
	}
	if k < 3 || d.toks[k-1].key != "la" || d.toks[k-2].key != "de" {
		return false
	}
	role := &d.toks[k-3]
	return role.kind == wordToken && !role.capital && d.x.lex.role[role.key]
}

// gluedFunctionWord reports whether a word is a run of capitals glued to a
// capitalized function word ("BFMTVLes", "AFPDans"): a credit or a heading
// the page ran into the next sentence, no name.
func (d *document) gluedFunctionWord(t token) bool {
	if !t.camel {
		return false
	}
	text := t.text
	i := 0
	for i < len(text) && text[i] >= 'A' && text[i] <= 'Z' {
		i++
	}
	if i < 4 || i == len(text) || text[i] < 'a' || text[i] > 'z' {
		return false
	}
	rest := text[i-1:] // "Les" of "BFMTVLes"; not the plural of "ECUs", "NGOs"
	return (len(rest) > 2 || rest[1] != 's') && d.x.lex.stop[strings.ToLower(rest)]
}

// kicker reports whether a piece in capitals opens the title or the body,
// after words in capitals only, and a full stop or a dash follows
// it: a rubric ("EN IMAGES.", "INSOLITE -", "ÉCLAIRAGE."), no name, unless
// the lists know it ("ÉGYPTE -").
func (d *document) kicker(piece []int) bool {
	for _, k := range piece {
		if !d.toks[k].allCaps {
			return false
		}
	}
	j := piece[0]
	for j > 0 && d.toks[j-1].kind == wordToken && d.toks[j-1].allCaps {
		j--
	}
	if j > 0 && !(d.toks[j-1].kind == breakToken && d.toks[j-1].inTitle) {
		return false
	}
	next := piece[len(piece)-1] + 1
	if next >= len(d.toks) || d.toks[next].kind != punctToken {
		return false
	}
	switch d.toks[next].text {
	case ".", "-", "–": // not ":", after which a headline's subject comes ("NDDL : …")
	default:
		return false
	}
	key := d.spanKey(span{from: piece[0], to: piece[len(piece)-1]})
	_, known := d.x.g.lookup[key]
	lx := d.x.lex
	return !known && !lx.place[key] && !lx.country[key] && !lx.orgName[key] && !d.placeKey(key)
}

// territoryOfDirection reports whether a piece is a country's part named by
// a point of the compass after "du" ("cet Etat du Sud", "les Etats du
// Sud-Est"): a description, no name.
func (d *document) territoryOfDirection(piece []int) bool {
	lx := d.x.lex
	if len(piece) < 3 || d.english || !lx.territory[d.toks[piece[0]].key] || d.toks[piece[1]].key != "du" || d.toks[piece[1]].capital {
		return false
	}
	for _, k := range piece[2:] {
		if t := &d.toks[k]; t.kind == wordToken && !lx.direction[t.key] || t.kind != wordToken && t.text != "-" {
			return false
		}
	}
	return true
}
