package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// discover finds names the gazetteer does not know from their shape.
func (d *document) discover() {
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if end, ok := d.militaryUnit(i); ok {
			d.spans = append(d.spans, span{from: i, to: end, entry: -1, typ: corpus.Organization})
			i = end
			continue
		}
		if !d.nameLike(i) || t.digit && t.letters < 3 || !d.startable(t) {
			continue
		}
		last := d.extend(i)
		if from, end := d.glossedTail(i, last); end >= last {
			// One name, whatever words of it the cutting rules would
			// reject alone: "droits de l'Homme".
			if from > i {
				d.accept(i, from-1)
			}
			d.spans = append(d.spans, span{from: from, to: end, entry: -1, typ: d.typeOf(from, end)})
			i = end
			continue
		}
		d.accept(i, last)
		i = last
	}
	slices.SortFunc(d.spans, func(a, b span) int { return a.from - b.from })
}

// startable rejects words that can continue a name but not open one: a
// version ("R2", "SP1") or a digit-led token.
func (d *document) startable(t token) bool {
	if romanNumerals[t.key] {
		return false // "Frédéric III", never "III" alone
	}
	if t.digit {
		r, _ := utf8.DecodeRuneInString(t.text)
		return !(r >= '0' && r <= '9') && !t.allCaps
	}
	return true
}

// extend grows a name from token i: adjacent capitalized words, hyphenated
// parts ("Jean-Pierre", "Hyper-V", not "-based"), initials ("George W.
// Bush") and lower-case connectors between capitals ("Bank of America",
// "Conseil d'Etat").
func (d *document) extend(i int) int {
	lx := d.x.lex
	toks := d.toks
	last, start := i, i
	complements, complementHead, coordinated := 0, -1, 0
	aimed := false
	for {
		k := last + 1
		if k >= len(toks) {
			return last
		}
		t := toks[k]
		if k == last+1 && d.modelMark(k) {
			return k // "Tesla Model 3", "Tesla Model S", "Ford Model A": a model's number or letter ends its name
		}
		if t.kind == wordToken && d.nameLike(k) {
			if d.possessive(last) && (lx.orgSuffix[toks[last].key] || d.placeKey(toks[last].key)) {
				// "AMR Corp's American Airlines", "Iran's Kharg": a
				// company or a place owns the name after its possessive.
				return last
			}
			if d.caseBreak(last, k) {
				start = k // "EELV Julien Bayou sur France Inter": a person starts here
			}
			if d.lowerWord(last) && !toks[last].digit && !toks[last].camel && toks[last].letters >= 3 {
				// "Parlement européen Roberta Metsola", "Chambre des
				// représentants Nancy Pelosi": the lower-case words closed the
				// institution's name; a capital after them opens another.
				return last
			}
			last = k
			continue
		}
		if t.kind == wordToken && d.free(k) && t.digit && t.letters == 0 && toks[last].camel {
			last = k // "Galaxy S10", "Virtual Server 2005" stay whole
			continue
		}
		if t.kind == wordToken && d.free(k) && t.digit && t.letters == 0 && len(t.text) <= 2 && toks[last].capital && last > i && d.eventOpens(i) {
			// "Championnat du Monde de Formule 1": a number of one or two
			// digits is the last word of an event's name; a year is not.
			return k
		}
		if t.kind == punctToken && (t.text == "-" || t.text == "&") && !t.spaceBefore && k+1 < len(toks) && !toks[k+1].spaceBefore {
			n := toks[k+1]
			if d.free(k+1) && (n.capital || n.allCaps || n.camel || n.digit || n.letters == 1) {
				last = k + 1
				continue
			}
			if d.free(k+1) && (lx.connectors[n.key] || n.key == "et") && k+3 < len(toks) && toks[k+2].text == "-" && d.nameLike(k+3) {
				last = k + 3 // "Aix-en-Provence"
				continue
			}
			if n.elision && (n.key == "d'" || n.key == "l'") && k+2 < len(toks) && !toks[k+2].spaceBefore && d.nameLike(k+2) {
				last = k + 2 // "Val-d'Oise", "Villeneuve-d'Ascq"
				continue
			}
			if d.free(k+1) && !n.capital && lx.article[n.key] && k+3 < len(toks) && toks[k+2].text == "-" && !toks[k+2].spaceBefore && !toks[k+3].spaceBefore && d.nameLike(k+3) && toks[k+3].capital {
				last = k + 3 // "Dar-es-Salaam", "Dar-al-Islam"
				continue
			}
			if d.givenSyllable(last, k+1) {
				return k + 1 // "Kim Mahn-je", "Moon Jae-in": a given name's second syllable ends it
			}
			if !d.english && last > i && n.kind == wordToken && !n.capital && lx.pronounEnd[n.key] && d.free(k+1) {
				return k + 1 // "le Grand Rendez-vous": a French compound ends with its pronoun
			}
			return last
		}
		if t.kind == punctToken && t.text == "." && !t.spaceBefore && (toks[last].letters == 1 && toks[last].capital || dottedInitials(toks[last].text) || saintAbbrev(toks[last])) && d.nameLike(k+1) {
			last = k + 1
			continue
		}
		if t.kind == punctToken && t.text == "&" && d.nameLike(k+1) && !d.twoPeople(i, last, k+1) {
			last = k + 1
			continue
		}
		// "Conseil fédéral", "Banque centrale européenne": an institution's
		// head word takes the adjectives that make it a name, not an
		// office's noun ("le Haut commissaire").
		if t.kind == wordToken && !d.english && d.free(k) && !t.capital && d.institutionBefore(i, k) && d.adjective(t.key) && !d.x.lex.office[t.key] {
			last = k
			continue
		}
		// "Conseil économique et social", "Conseil économique, social et
		// environnemental": the adjectives of an institution's head go on
		// across "et", and across a comma when "et" and a last one follow.
		if end := d.adjectivesAnd(i, last, k); end > 0 {
			last = end
			continue
		}
		// "Savings and Loan Association", "American Telephone and Telegraph
		// Co": "and" inside a company's name, when a corporate suffix ends
		// what follows and none ended what came before ("Boeing Co and
		// General Electric Co" are two).
		if end := d.andCompany(i, last, k); end > 0 {
			last = end
			continue
		}
		// "Donaldson, Lufkin and Jenrette Securities Corp", "L.F.
		// Rothschild, Unterberg, Towbin Inc": a firm of partners' names
		// that commas join, a corporate suffix last.
		if end := d.commaFirm(i, last, k); end > 0 {
			if d.firmOpeners == nil {
				d.firmOpeners = map[string]bool{}
			}
			d.firmOpeners[d.spanKey(span{from: i, to: last})] = true
			return end
		}
		// "Office of Management and Budget": "and" joins a second field to
		// the one an organization's head is "of", and ends the name.
		if end := d.ofAnd(i, last, k); end > 0 {
			return end
		}
		// "University of Texas", "Bank of Canada", "Banque de France": an
		// organization's head word takes the known place after "of" or
		// "de" into its name.
		// "Cour d'appel de Lyon", "Tribunal administratif d'Amiens": so
		// does a French institution's head and the lower-case words after
		// it.
		// "Chambre de commerce des Etats-Unis", "Banque centrale du
		// Liban": "du" or "des" too, after a head and its words in lower
		// case that the lists do not know whole ("Front national du
		// Vaucluse" is the party and a place).
		if t.kind == wordToken && !t.capital && ((t.key == "of" || t.key == "de") && d.orgHeadWord(last) || (t.key == "de" || t.key == "d'") && !d.english && d.headThenLower(start, last) ||
			(t.key == "du" || t.key == "des") && !d.english && d.headThenLower(start, last) && !lx.orgName[d.spanKey(span{from: start, to: last})]) {
			if end, ok := d.absorbPlace(k + 1); ok {
				last = end
				continue
			}
		}
		// "Abdel Fattah al-Sissi", "Charm el-Cheikh": an Arabic article
		// in lower case, a hyphen and a capital go on with the name.
		if t.kind == wordToken && !t.capital && !t.allCaps && lx.article[t.key] && k+2 < len(toks) && toks[k+1].text == "-" &&
			!toks[k+1].spaceBefore && !toks[k+2].spaceBefore && d.free(k+2) && toks[k+2].capital && d.nameLike(k+2) && !toks[k+2].inTitle == !t.inTitle {
			last = k + 2
			continue
		}
		// "Dar es Salaam", "Sharm el Sheikh", "Ras al Khaimah": an Arabic
		// article written apart between two capitalized words.
		if t.kind == wordToken && spacedArticle[t.text] && k+1 < len(toks) && d.nameLike(k+1) && toks[k+1].capital && !toks[k+1].allCaps &&
			toks[last].capital && !toks[last].allCaps && !toks[k+1].inTitle == !t.inTitle {
			last = k + 1
			continue
		}
		// Up to two lower-case connectors, then a capital.
		j := k
		for j < len(toks) && j < k+2 && toks[j].kind == wordToken && !toks[j].capital && lx.connectors[toks[j].key] {
			j++
		}
		// Not after a person's name: "Ravi Subramanian of Moor Insights" is
		// two names. Right after a first name, though, a nobiliary particle
		// belongs to the surname: "Otto de Dardel", "Ludwig van Beethoven".
		// Not "sur" before a word in capitals: "Quotidien sur TMC", "le
		// débat sur BFMTV" are a show and its channel.
		if j > k && j < len(toks) && d.nameLike(j) && toks[j].capital && !(j == k+1 && toks[k].key == "sur" && toks[j].allCaps) && !d.groupOf(start, last, j) && (!d.rejectedWord(toks[j]) || d.titleOfArticle(start, j) || d.saintSurname(start, last, k, j)) &&
			(!lx.givenName[toks[start].key] || (d.firstNames(start, last) || d.english) && d.particlesBetween(k, j) || lx.placeName[d.spanKey(span{from: start, to: j})] ||
				d.particleSurname(start, last, k, j)) {
			// In English text a foreign particle after a full name is
			// still the surname's: "Henrique Lopes de Mendonça".
			last = j
			continue
		}
		// "Commission de régulation de l'énergie": a second complement
		// follows the first.
		head := last
		if complements > 0 {
			head = complementHead
		}
		// "Organisation mondiale de la santé", "Agence régionale de santé":
		// the complement follows the head's adjective.
		for h := head; complements == 0 && h > i && h >= last-1 && d.lowerWord(h) && d.adjective(toks[h].key); h-- {
			if toks[h-1].capital {
				head = h - 1
			}
		}
		if end := d.institutionComplement(head, k, j); end > 0 && complements < 2+coordinated {
			complementHead = head
			complements++
			last = end
			continue
		}
		if end := d.coordinatedComplement(complementHead, k); end > 0 && complements > 0 && coordinated == 0 {
			coordinated++
			last = end
			continue
		}
		// "Centre de recherche sur la viande", "Comité national contre le
		// tabagisme": once, after its complement or adjective.
		if end := d.aimComplement(i, last, k); end > 0 && !aimed {
			aimed = true
			last = end
			continue
		}
		if end := d.knownTail(i, last); end > 0 {
			last = end
			continue
		}
		return last
	}
}

// aimComplement returns the end of the complement that says what a French
// institution is for, or against, after the complement or the adjective
// that already made its name ("Centre de recherche sur la viande", "Caisse
// nationale de solidarité pour l'autonomie", "Comité national contre le
// tabagisme", "Centres de prévention et de lutte contre les maladies"), or
// -1: the run [i, last] is a head of cues.txt's "aimhead" (or its plural),
// capitalized mid-sentence, and lower-case words that are no name of the
// lists; at k a word of cues.txt's "aim", an article and a noun, which may
// carry adjectives. Without the complement, the name cut before it is a
// piece of a longer one. A body that is not founded for an aim keeps its
// name ("l'Assemblée nationale sur la bioéthique" is its debate, "la Cour
// pénale internationale contre les violences" its case), and a head alone
// ("le Centre pour la première fois") takes none.
func (d *document) aimComplement(i, last, k int) int {
	toks := d.toks
	if d.english || last == i || !d.lowerWord(last) || !d.lowerWord(k) || !d.x.lex.aim[toks[k].key] {
		return -1
	}
	h := last
	for h > i && !toks[h].capital {
		h--
	}
	lx := d.x.lex
	if t := &toks[h]; !t.capital || t.sentHead || t.noisy || !lx.aimHead[t.key] && !(strings.HasSuffix(t.key, "s") && lx.aimHead[t.key[:len(t.key)-1]]) ||
		lx.orgName[d.spanKey(span{from: h, to: last})] {
		return -1
	}
	a := k + 1
	if !d.lowerWord(a) {
		return -1
	}
	switch toks[a].key {
	case "le", "la", "les", "l'":
	default:
		return -1
	}
	n := a + 1
	if !d.lowerWord(n) || !d.free(n) {
		return -1
	}
	if t := &toks[n]; t.letters < 4 || t.digit || lx.stop[t.key] || lx.rejected[t.key] || infinitive(t.key) {
		return -1
	}
	end := n
	for end+1 < len(toks) && d.lowerWord(end+1) && d.free(end+1) && !toks[end+1].digit && d.adjective(toks[end+1].key) {
		end++
	}
	return end
}

// knownTail returns the end of an organization's name of the lists that
// the run [i, last] opens and lower-case words close ("Le Journal du
// dimanche"), or -1: a connector follows the run, and at most four words.
func (d *document) knownTail(i, last int) int {
	toks := d.toks
	if last+1 >= len(toks) || !d.lowerWord(last+1) || !d.x.lex.connectors[toks[last+1].key] {
		return -1
	}
	for from := max(i, last-3); from <= last; from++ {
		if !toks[from].capital || !d.x.lex.orgFirst[toks[from].key] {
			continue
		}
		for end := last + 2; end < len(toks) && end <= last+4 && d.free(end) && !toks[end].capital && !toks[end].allCaps; end++ {
			if d.x.lex.orgName[d.spanKey(span{from: from, to: end})] {
				return end
			}
		}
	}
	return -1
}

// titleOfArticle reports whether the capitalized word j, one the lists
// reject alone (a day, a month, a title), ends a name that a capitalized
// article opens mid-sentence in the run from start: "Le Journal du
// Dimanche", not "Le 8 Mai" or a date ("Dimanche 8 mars").
func (d *document) titleOfArticle(start, j int) bool {
	toks := d.toks
	if toks[j].sentHead || j+1 < len(toks) && toks[j+1].digit {
		return false
	}
	for a := max(start-1, 0); a < j-1; a++ {
		if t := &toks[a]; t.kind == wordToken && t.capital && !t.allCaps && !t.sentHead && d.x.lex.articles[t.key] {
			return true
		}
	}
	return false
}

// andCompany returns the end of the company's name that "and" at k
// continues, the run so far being [i, last], or -1. At most three
// capitalized words may follow, the last a corporate suffix or an
// organization's word.
func (d *document) andCompany(i, last, k int) int {
	lx := d.x.lex
	t := &d.toks[k]
	if t.kind != wordToken || t.key != "and" || t.capital || lx.orgSuffix[d.toks[last].key] || d.toks[i].allCaps && i == last {
		return -1
	}
	for e := k + 1; e <= k+3 && d.nameLike(e) && d.toks[e].capital && !d.toks[e].allCaps; e++ {
		if key := d.toks[e].key; e > k+1 && (lx.orgSuffix[key] || lx.orgWord[key]) {
			return e
		}
	}
	return -1
}

// commaFirm returns the end of an English firm's name that a comma at k
// goes on with, partners' names joined by commas and "and" with a corporate
// suffix last ("Donaldson, Lufkin and Jenrette Securities Corp", "Piper,
// Jaffray and Hopwood Inc", "L.F. Rothschild, Unterberg, Towbin Inc"), or
// -1: the run [i, last] is one capitalized word, after initials or not,
// with no suffix; after the comma come capitalized words, one more comma
// or "and" among them, up to the suffix, which no possessive follows
// ("Smith, Acme Inc's chairman" is a person and his firm).
func (d *document) commaFirm(i, last, k int) int {
	lx := d.x.lex
	toks := d.toks
	if !d.english || toks[k].kind != punctToken || toks[k].text != "," || last-i > 2 || lx.orgSuffix[toks[last].key] || toks[last].allCaps || toks[i].sentHead {
		return -1
	}
	if lx.orgName[d.spanKey(span{from: i, to: last})] || last > i && lx.givenName[toks[i].key] {
		return -1 // "Sohio, Shell, Texaco Inc", "Franz Vranitzky, Finance Minister": no partners
	}
	joined := false
	for e := k + 1; e < len(toks) && e <= k+8; e++ {
		t := &toks[e]
		switch {
		case t.kind == punctToken && t.text == "," && !joined && e > k+1 && d.nameLike(e+1):
			joined = true
		case d.lowerWord(e) && t.key == "and" && !joined && e > k+1 && d.nameLike(e+1):
			joined = true
		case !d.nameLike(e) || t.allCaps || lx.orgName[t.key] || lx.country[t.key]:
			return -1
		case lx.legalSuffix[t.key] && e > k+1:
			for e+1 < len(toks) && d.nameLike(e+1) && lx.legalSuffix[toks[e+1].key] {
				e++
			}
			if !joined || d.possessive(e) {
				return -1
			}
			return e
		}
	}
	return -1
}

// ofAnd returns the end of the second field that "and" at k joins to the
// field an English organization's head is "of" ("Office of Management and
// Budget", "Organisation of Economic Cooperation and Development",
// "Department of Health and Human Services"), or -1: the run [i, last] ends
// with the head, "of" and capitalized words, no place's name ("Bank of
// England and Treasury" are two); one or two capitalized words follow
// "and", then no name but a person's given name or role ("… and Budget
// Director James Miller"), and none of them is an organization's word, a
// place, a given name or a role ("Bank of Japan and Finance Ministry",
// "Ministry of Finance and Trade Minister Hajime Tamura" are two).
func (d *document) ofAnd(i, last, k int) int {
	toks := d.toks
	lx := d.x.lex
	if !d.english || !d.lowerWord(k) || toks[k].key != "and" {
		return -1
	}
	of := last
	for of > i && toks[of].capital && !toks[of].allCaps {
		of--
	}
	if of == last || of <= i || !d.lowerWord(of) || toks[of].key != "of" || !d.orgHeadWord(of-1) || d.placeKey(d.spanKey(span{from: of + 1, to: last})) {
		return -1
	}
	end := k
	for e := k + 1; e <= k+2 && d.nameLike(e) && toks[e].capital && !toks[e].allCaps; e++ {
		key := toks[e].key
		if lx.orgPrefix[key] || lx.orgWord[key] || lx.orgSuffix[key] || d.placeKey(key) || lx.givenName[key] || lx.role[key] {
			break
		}
		end = e
	}
	if end == k || d.nameLike(end+1) && !lx.givenName[toks[end+1].key] && !lx.role[toks[end+1].key] {
		return -1
	}
	return end
}

// institutionComplement returns the end of the lower-case complement an
// institution's head takes in French ("Conseil de sécurité", "Société des
// nations", "Chambre des lords", "Association des musiciens suisses"), or
// -1: the head is token h, capitalized mid-sentence, the connectors
// [k, j) are "de", "des", "du", "d'", "de la" or "de l'", and the noun
// after them may carry adjectives.
func (d *document) institutionComplement(head, k, j int) int {
	lx := d.x.lex
	h := &d.toks[head]
	if d.english || j == k || h.sentHead || h.noisy || !h.capital || !d.institution(h.key) || !d.lowerWord(j) || !d.free(j) {
		return -1
	}
	switch d.toks[k].key {
	case "des", "du", "d'":
		if j-k != 1 {
			return -1
		}
	case "de":
		if j-k == 2 && d.toks[k+1].key != "la" && d.toks[k+1].key != "l'" {
			return -1
		}
	default:
		return -1
	}
	n := &d.toks[j]
	if n.letters < 3 || n.digit || lx.stop[n.key] || lx.rejected[n.key] || infinitive(n.key) {
		return -1 // "la République d'investir"
	}
	end := j
	for end+1 < len(d.toks) && d.lowerWord(end+1) && d.free(end+1) && !d.toks[end+1].digit && d.adjective(d.toks[end+1].key) {
		end++
	}
	return end
}

// coordinatedComplement returns the end of a second complement that "et"
// at k joins to an institution's first, with its own connectors ("Centre
// européen de prévention et de contrôle des maladies", "Centre de contrôle
// et de prévention des maladies") or a noun that a third complement
// follows ("… de prévention et contrôle des maladies"), or -1: the head is
// token head.
func (d *document) coordinatedComplement(head, k int) int {
	if head < 0 || !d.lowerWord(k) || d.toks[k].key != "et" || !d.lowerWord(k-1) {
		return -1 // not after a name: "Conseil de surveillance de Porsche AG et membre du…"
	}
	c, j := k+1, k+1
	for j < len(d.toks) && j < c+2 && d.lowerWord(j) && d.x.lex.connectors[d.toks[j].key] {
		j++
	}
	if j == c && c+2 < len(d.toks) && d.lowerWord(c) && d.free(c) && d.lowerWord(c+1) {
		n := &d.toks[c]
		switch d.toks[c+1].key {
		case "de", "des", "du", "d'":
			if n.letters >= 4 && !n.digit && !d.x.lex.stop[n.key] && !d.x.lex.rejected[n.key] && !infinitive(n.key) {
				return c
			}
		}
	}
	return d.institutionComplement(head, c, j)
}

// institutionBefore reports whether the lower-case word k follows an
// institution's head word ("Conseil") within the run starting at i, with
// at most one adjective in between.
func (d *document) institutionBefore(i, k int) bool {
	for h := k - 1; h >= i && h >= k-2; h-- {
		t := d.toks[h]
		if t.capital {
			return d.institution(t.key)
		}
		if !d.adjective(t.key) {
			return false
		}
	}
	return false
}

// adjectivesAnd returns the last adjective of an institution's name that
// goes on at token k after the adjective last, across "et" ("Conseil
// économique et social") or across a comma, an adjective, "et" and
// another ("Conseil économique, social et environnemental"), or -1.
func (d *document) adjectivesAnd(i, last, k int) int {
	toks := d.toks
	if d.english || k+1 >= len(toks) || last == i || !d.lowerWord(last) || !d.adjective(toks[last].key) {
		return -1
	}
	j := k + 1
	switch {
	case toks[k].kind == wordToken && toks[k].key == "et" && !toks[k].capital:
	case toks[k].text == "," && j+2 < len(toks) && d.lowerWord(j) && d.adjective(toks[j].key) && toks[j+1].key == "et" && d.lowerWord(j+1):
		j += 2
	default:
		return -1
	}
	if !d.lowerWord(j) || !d.adjective(toks[j].key) || d.x.lex.office[toks[j].key] || !d.free(j) || !d.institutionBefore(i, last) {
		return -1
	}
	return j
}

// institution reports whether a capitalized word is the head of an
// institution's name that adjectives complete: "Conseil fédéral",
// "Chambres fédérales", and the common nouns French capitalizes to make a
// name of them ("l'Action nationale", "l'Entente cordiale").
func (d *document) institution(key string) bool {
	lx := d.x.lex
	return lx.orgPrefix[key] || lx.nameHead[key] || lx.eventHead[key] || strings.HasSuffix(key, "s") && lx.orgPrefix[key[:len(key)-1]]
}

// firstNames reports whether the words of [from, to] are all first names:
// "Anne-Françoise".
func (d *document) firstNames(from, to int) bool {
	for k := from; k <= to; k++ {
		if d.toks[k].kind == wordToken && !d.x.lex.firstName[d.toks[k].key] {
			return false
		}
	}
	return true
}

// saintSurname reports whether a hyphenated name that "Saint" opens, at j,
// follows given names [start, last] and nobiliary particles: the surname
// of "Antoine de Saint-Exupéry", "Louis de Saint-Just", no town of its own.
func (d *document) saintSurname(start, last, k, j int) bool {
	return d.x.lex.saint[d.toks[j].key] && d.saintCompound(j) && d.firstNames(start, last) && d.particlesBetween(k, j)
}

// particleSurname reports whether French "de" or "d'" at k, after a given
// name and a surname [start, last], opens the second part of the surname
// ("du" too when the name opens with a given name: "Hubert Percie du Sert"):
// one capitalized word j that ends the name and that no list knows as a
// place, an organization, a first name or anything else ("Geoffroy Roux de
// Bézieux", "Patrick Poivre d'Arvor", "Xavier Dupont de Ligonnès"); not
// "Jean Dupont de Lyon", "Michel Cymes de Twitter", "Clémentine X
// d'InMemori", nor after a person the lists know ("Emmanuel Macron d'…"), a
// place's first word or an article ("Santa Fe de…", "El Periodico de…").
func (d *document) particleSurname(start, last, k, j int) bool {
	toks := d.toks
	// "Hubert Percie du Sert": after a given name only, and not before a
	// town the lists write with "Le" ("du Mans") nor a body's initials
	// written as a word ("Jean Dupont du Snalc", "du Sdis").
	du := toks[k].key == "du" && d.x.lex.givenName[toks[start].key] && !d.x.lex.placeName["le "+toks[j].key] && !consonantsFirst(toks[j].key)
	if d.english || j != k+1 || toks[k].key != "de" && toks[k].key != "d'" && !du || toks[j].allCaps || toks[j].camel || toks[j].letters < 3 || toks[last].allCaps ||
		d.x.lex.placeFirst[toks[start].key] || spacedArticle[toks[start].key] {
		return false
	}
	if n := j + 1; n < len(toks) && toks[n].kind == wordToken && (toks[n].capital || toks[n].allCaps) || n < len(toks) && toks[n].text == "-" && !toks[n].spaceBefore {
		return false // "Gourion de Tel Aviv", "Dupont de Saint-Malo": more name after it
	}
	words := 0
	for i := start + 1; i <= last; i++ {
		if toks[i].spaceBefore {
			words++
		}
	}
	lx := d.x.lex
	if words != 1 || lx.firstName[toks[last].key] || lx.personName[d.spanKey(span{from: start, to: last})] {
		return false
	}
	key := toks[j].key
	if _, known := d.x.g.lookup[key]; known || d.placeKey(key) || lx.place[key] || lx.firstName[key] || lx.givenName[key] || lx.kind[key] != "" || lx.orgWord[key] || d.orgHead(key) || lx.stop[key] || d.rejectedWord(toks[j]) {
		return false
	}
	return true
}

// particlesBetween reports whether tokens [from, to) are all nobiliary
// particles.
func (d *document) particlesBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if !d.x.lex.particles[d.toks[k].key] {
			return false
		}
	}
	return true
}

// twoPeople reports whether "&" at k-1 joins two people rather than
// making one name: a given name and a surname before it, a given name in
// mixed case after it ("Jenny Seaton & Gary Carvolth"), where a company's
// "&" follows one word ("Marks & Spencer", "Procter & Gamble").
func (d *document) twoPeople(from, last, k int) bool {
	lx := d.x.lex
	n, f := &d.toks[k], &d.toks[from]
	return last > from && n.capital && !n.allCaps && lx.givenName[n.key] && f.capital && !f.allCaps && lx.givenName[f.key]
}

// absorbPlace undoes the gazetteer's match of a place that starts at token
// k, so that discovery takes it into a longer name, and returns where it
// ended.
func (d *document) absorbPlace(k int) (int, bool) {
	for i, s := range d.spans {
		if s.from != k || s.entry < 0 || s.typ != corpus.Place || s.needsSupport || s.surname {
			continue
		}
		for j := s.from; j <= s.to; j++ {
			d.covered[j], d.inLongMatch[j] = false, false
		}
		d.spans = slices.Delete(d.spans, i, i+1)
		return s.to, true
	}
	return 0, false
}

// orgHeadWord reports whether the capitalized word k is one that
// organizations' names are built around ("University", "Bank", "Council").
func (d *document) orgHeadWord(k int) bool {
	t := &d.toks[k]
	lx := d.x.lex
	return t.kind == wordToken && t.capital && !t.allCaps && (lx.orgPrefix[t.key] || lx.orgWord[t.key])
}

// headThenLower reports whether the run [i, last] is an institution's head
// word then lower-case words only, one at least, an article perhaps before:
// "Cour d'appel", "Tribunal administratif".
func (d *document) headThenLower(i, last int) bool {
	if i < last && d.x.lex.articles[d.toks[i].key] {
		i++ // "La Cour d'appel" opening a sentence
	}
	if last <= i || !d.orgHeadWord(i) || !d.x.lex.orgPrefix[d.toks[i].key] {
		return false
	}
	for k := i + 1; k <= last; k++ {
		if t := &d.toks[k]; t.kind == wordToken && !d.lowerWord(k) || t.kind != wordToken && !t.elision {
			return false
		}
	}
	return true
}

// militaryUnit reports whether a Roman numeral, an ordinal or a small
// number at i opens a military unit's name, up to three capitalized words
// ending with a unit's word: "VI Corps", "65th Air Division", "VIII
// Fighter Command". It returns the name's last token.
func (d *document) militaryUnit(i int) (int, bool) {
	t := &d.toks[i]
	if !d.free(i) || !(t.allCaps && romanNumerals[t.key] || unitNumber(t.key)) {
		return 0, false
	}
	for j := i + 1; j < len(d.toks) && j <= i+3; j++ {
		n := &d.toks[j]
		if !d.nameLike(j) || n.allCaps || !n.spaceBefore {
			return 0, false
		}
		if d.x.lex.unit[n.key] {
			return j, true
		}
	}
	return 0, false
}

// unitNumber recognizes the numbers units go by: "65", "3rd", "102d",
// "1st", "65th", three digits at most.
func unitNumber(key string) bool {
	n := 0
	for n < len(key) && key[n] >= '0' && key[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch key[n:] {
	case "", "st", "nd", "rd", "th", "d", "e", "er", "eme":
		return true
	}
	return false
}

// infinitive recognizes the French verbs a complement never is: "-er" and
// "-ir" words longer than "fer" or "mer".
func infinitive(key string) bool {
	return len(key) > 4 && (strings.HasSuffix(key, "er") || strings.HasSuffix(key, "ir"))
}

// adjective recognizes the French adjective endings institutions take.
func (d *document) adjective(key string) bool {
	for _, suf := range d.x.lex.adjectiveEnding {
		if strings.HasSuffix(key, suf) && len(key) > len(suf)+2 {
			return true
		}
	}
	return false
}

// modelMark reports whether word k is the number or the letter of a
// model after the capitalized word "Model" or "Modèle" ("Tesla Model 3",
// "Tesla Model S", "Duesenberg Model J"): the model's name ends with it.
func (d *document) modelMark(k int) bool {
	if k < 1 || !d.free(k) || !d.toks[k].spaceBefore {
		return false
	}
	t, p := &d.toks[k], &d.toks[k-1]
	return p.kind == wordToken && p.capital && !p.allCaps && (p.key == "model" || p.key == "modele" || p.key == "modèle") &&
		(t.digit && t.letters == 0 && len(t.text) <= 3 || t.letters == 1 && t.capital && !t.digit)
}

// givenSyllable reports whether the lower-case word k, after a hyphen, is
// the second syllable of an East Asian given name whose first is word
// last, right after a family name that comes first ("Kim Mahn-je", "Li
// Ka-shing", "Moon Jae-in"), or a capitalized one that is a function word
// ("Kim Mahn-Je"): English and French write it so, and the name ends
// there. Not "New York-based": no such family name opens it.
func (d *document) givenSyllable(last, k int) bool {
	toks := d.toks
	if last < 1 || !d.free(k) || toks[k].allCaps || toks[k].digit || toks[k].letters < 2 || toks[k].letters > 5 || toks[k].capital && !d.x.lex.stop[toks[k].key] {
		return false
	}
	if k+1 < len(toks) && toks[k+1].text == "-" && !toks[k+1].spaceBefore {
		return false
	}
	given, family := toks[last], toks[last-1]
	return given.kind == wordToken && given.capital && !given.allCaps && given.letters <= 6 &&
		family.kind == wordToken && family.capital && !family.allCaps && given.spaceBefore && d.x.lex.surnameFirst[family.key]
}

// dottedInitials reports whether a word is initials joined by dots, as
// the tokenizer keeps them: "E.F" of "E.F. Hutton", "J.P" of "J.P. Morgan".
func dottedInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// saintAbbrev reports whether a word is the abbreviated "Saint" of a
// name: "St. Louis Eagles", "Ste. Foy".
func saintAbbrev(t token) bool {
	return t.capital && !t.allCaps && (t.key == "st" || t.key == "ste")
}

// glossedTail returns the span of a French institution's name that the
// run [i, last] opens and its initials gloss, or -1: the words after the
// run, in lower case, are the rest of the name when the initials in
// brackets after them spell it ("la Caisse nationale d'assurance maladie
// (Cnam)", "l'Observatoire syrien des droits de l'Homme (OSDH)", "la
// Direction générale de la concurrence, de la consommation et de la
// répression des fraudes (DGCCRF)"), or when the name stands in brackets
// after its initials ("la Cnav (Caisse nationale d'assurance vieillesse)").
// The name cut at its first lower-case word would be a piece of it.
func (d *document) glossedTail(i, last int) (from, end int) {
	toks := d.toks
	if d.english || !strings.Contains(d.body, "(") {
		return -1, -1
	}
	// The head may come after a sentence's first words: "Selon
	// l'Observatoire…", "La Caisse…".
	for i <= last && !(toks[i].capital && !toks[i].noisy && d.institution(toks[i].key)) {
		i++
	}
	if i > last || !d.bracketNear(i, last) {
		return -1, -1
	}
	// Initials before, the name in brackets: "la Cnav (Caisse nationale…)".
	open := i - 1
	if open > 0 && toks[open].kind == wordToken && d.x.lex.articles[toks[open].key] {
		open--
	}
	var before *token
	if open > 0 && toks[open].text == "(" && toks[open-1].kind == wordToken {
		before = &toks[open-1]
	}
	end = -1
	for p := last + 1; p < len(toks) && p <= last+24; p++ {
		t := &toks[p]
		switch {
		case t.kind == punctToken && (t.text == "\"" || t.text == "»" || t.text == "”") && p+1 < len(toks) && toks[p+1].text == "(" && before == nil:
			// "le \"Comité national pour le salut du peuple\" (CNSP)"
		case t.kind == punctToken && t.text == "(" && before == nil:
			if d.spells(i, p-1, d.codeAfter(p)) {
				return i, d.lastWord(p - 1)
			}
			return -1, -1
		case t.kind == punctToken && (t.text == ")" || t.text == ",") && before != nil:
			if d.spells(i, p-1, before) {
				end = d.lastWord(p - 1) // the longest: "…, de la consommation et…"
			}
			if t.text == ")" {
				return i, end
			}
		case t.kind == wordToken && (d.free(p) || t.elision), t.kind == punctToken && (t.text == "," || t.text == "-"):
		default:
			return i, end
		}
	}
	return i, end
}

// codeAfter returns the initials in brackets that start at token p, "("
// then one word then ")", or nil. Initials the name goes on after are no
// gloss of what comes before: "l'Institut hospitalo-universitaire (IHU)
// Méditerranée Infection".
func (d *document) codeAfter(p int) *token {
	toks := d.toks
	if p+2 >= len(toks) || toks[p].text != "(" || toks[p+2].text != ")" || toks[p+1].kind != wordToken {
		return nil
	}
	if n := p + 3; n < len(toks) && toks[n].kind == wordToken && toks[n].capital && !toks[n].sentHead && !d.x.lex.givenName[toks[n].key] {
		return nil
	}
	return &toks[p+1]
}

// spells reports whether code is the initials of the words [from, to],
// function words left out: "OSDH" of "Observatoire syrien des droits de
// l'Homme", "Cnam" of "Caisse nationale d'assurance maladie".
func (d *document) spells(from, to int, code *token) bool {
	if code == nil || code.letters < 3 || code.letters > 10 || !code.capital || code.digit {
		return false
	}
	return d.initialsMatch(from, to, code, false)
}

// spellsCompound reports whether code is the initials of the words [from,
// to], function words left out, where one word, a compound written whole,
// gives a second letter from inside itself after its initial:
// "London Interbank Offered Rates" for LIBOR (inter-bank).
func (d *document) spellsCompound(from, to int, code *token) bool {
	if code == nil || code.letters < 4 || code.letters > 10 || !code.allCaps || code.digit || len(code.key) != code.letters {
		return false
	}
	return d.initialsMatch(from, to, code, true)
}

// initialsMatch reports whether the initials of the words [from, to],
// function words left out, are code's letters in order; with compound, one
// word must give a second letter from inside itself, after a first part of
// three letters or more, where the next word's initial is not that letter.
func (d *document) initialsMatch(from, to int, code *token, compound bool) bool {
	n, twice := 0, false
	for k := from; k <= to; k++ {
		t := &d.toks[k]
		if !d.initialWord(t) {
			continue
		}
		if n >= len(code.key) || t.key[0] != code.key[n] {
			return false
		}
		n++
		if compound && !twice && n < len(code.key) && len(t.key) > 6 && strings.IndexByte(t.key[3:], code.key[n]) >= 0 && !d.nextInitial(k, to, code.key[n]) {
			twice = true
			n++
		}
	}
	return twice == compound && n == len(code.key)
}

// initialWord reports whether token t gives its initial to a code: a word,
// no elided article and no function word.
func (d *document) initialWord(t *token) bool {
	return t.kind == wordToken && !t.elision && !d.x.lex.stop[t.key] && t.key != ""
}

// nextInitial reports whether the next word after k, up to to, that is no
// function word opens with letter c.
func (d *document) nextInitial(k, to int, c byte) bool {
	for j := k + 1; j <= to; j++ {
		if t := &d.toks[j]; d.initialWord(t) {
			return t.key[0] == c
		}
	}
	return false
}

// lastWord returns the last word token at or before k.
func (d *document) lastWord(k int) int {
	for k > 0 && d.toks[k].kind != wordToken {
		k--
	}
	return k
}

// spacedArticle holds the Arabic articles that names write apart, in lower
// case, between two capitalized words: "Dar es Salaam", "Sharm el Sheikh".
var spacedArticle = map[string]bool{"es": true, "el": true, "al": true, "ul": true}

// bracketNear reports whether a bracket opens right before the run [i,
// last], or after it within the words a name's lower-case tail may take:
// the cheap test before glossedTail looks for a head.
func (d *document) bracketNear(i, last int) bool {
	for p := i - 1; p >= 0 && p >= i-3; p-- {
		if d.toks[p].text == "(" {
			return true
		}
	}
	for p := last + 1; p < len(d.toks) && p <= last+25; p++ {
		switch t := &d.toks[p]; {
		case t.text == "(":
			return true
		case t.kind == breakToken, t.kind == punctToken && (t.text == "." || t.text == ";" || t.text == ":" || t.text == "?" || t.text == "!"):
			return false
		}
	}
	return false
}

// eventOpens reports whether the capitalized word at i opens an event's
// name ("Championnat", "Coupe", "Trophée").
func (d *document) eventOpens(i int) bool {
	t := &d.toks[i]
	return t.capital && !t.allCaps && d.x.lex.eventFirst[t.key]
}

// groupOf reports whether the name [start, last] is one organization of
// the lists in capitals, a party, and the word at j, after "du" or "de
// l'", an organization of the lists too, the chamber its group sits in:
// "le président LR du Sénat", "les députés LREM de l'Assemblée" name the
// party and the chamber, no body of that name (round 30 of issue 15).
func (d *document) groupOf(start, last, j int) bool {
	lx := d.x.lex
	a, b := &d.toks[start], &d.toks[j]
	return start == last && a.allCaps && lx.orgName[a.key] && b.capital && !b.allCaps && lx.orgName[b.key]
}

// consonantsFirst reports whether a word opens with two consonants of
// which the second is no "h", "l" or "r": "sdis", "snalc", "cnrs" read
// as initials, "chesnay", "blanc" or "bruno" do not.
func consonantsFirst(w string) bool {
	if len(w) < 2 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 || c >= 0x80 }
	return !vowel(w[0]) && !vowel(w[1]) && strings.IndexByte("hlr", w[1]) < 0
}
