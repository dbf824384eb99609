package sentences

import "strings"

// abbreviations holds, for one language, the words whose full stop is not
// (or not always) the end of a sentence. Keys are the word before the full
// stop, without the stop; never also matches case-sensitively so that "MM"
// (messieurs) and "Mme" are caught while "mm" is not required.
type abbreviations struct {
	// never: titles and Latin abbreviations that always precede more text.
	never map[string]bool
	// beforeNumber: "no. 5", "p. 12", "Jan. 5"; elsewhere they end sentences.
	beforeNumber map[string]bool
	// ambiguous: often the last word of a sentence ("Apple Inc.", "etc."),
	// so they end one only when a typical sentence opener follows.
	ambiguous map[string]bool
	// starters: words that open sentences, capitalized as they would be.
	starters map[string]bool
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

const (
	neverEN = `Mr Mrs Ms Dr Prof Sr Jr St Mt Rev Gen Col Lt Sgt Capt Cmdr Adm Gov Sen Rep Pres Hon
		mr mrs ms dr prof vs v cf e.g i.e viz approx est dept Fig fig al`
	neverFR = `MM Mme Mmes Mlle Mlles Mgr Me Pr Dr Vve St Ste cf vs c.-à-d c-à-d
		ex env éd coll hab dép apr av ap J.-C N.-D`
	beforeNumberEN = `no nos nr p pp vol vols art arts ch chap sec para fig tab
		jan feb mar apr jun jul aug sep sept oct nov dec op ed`
	beforeNumberFR = `n° no nos p pp vol art chap fig tab éd t
		janv févr avr juil sept oct nov déc`
	ambiguousEN = `inc corp ltd co plc llc bros etc jr sr u.s u.k e.u a.m p.m`
	ambiguousFR = `inc corp ltd co sa sas sarl etc cie u.s u.k`
	startersEN  = `The A An It Its He She They We I You This That These Those There
		But And Or So Yet However Meanwhile In On At For As After Before When While
		Since If His Her Their Our Shares Analysts According Last Earlier Now Then`
	startersFR = `Le La Les L' Un Une Des Il Elle Ils Elles On Ce Cette Ces Cet C'
		Mais Et Ou Donc Or En Dans Pour Par Selon Depuis Au Aux Du De D' Si Nous Je
		Toutefois Cependant Ainsi Enfin Pourtant Alors Lors Après Avant Quant Sa Son Ses Leur Leurs`
)

var (
	english = &abbreviations{
		never:        set(neverEN),
		beforeNumber: set(beforeNumberEN),
		ambiguous:    set(ambiguousEN),
		starters:     set(startersEN),
	}
	french = &abbreviations{
		never:        set(neverFR),
		beforeNumber: set(beforeNumberFR),
		ambiguous:    set(ambiguousFR),
		starters:     set(startersFR),
	}
	// Articles mix languages (English product names in French copy, quoted
	// French in English copy), so other languages get both lists.
	both = &abbreviations{
		never:        set(neverEN + " " + neverFR),
		beforeNumber: set(beforeNumberEN + " " + beforeNumberFR),
		ambiguous:    set(ambiguousEN + " " + ambiguousFR),
		starters:     set(startersEN + " " + startersFR),
	}
)

func abbreviationsFor(lang string) *abbreviations {
	switch lang {
	case "en":
		return english
	case "fr":
		return french
	}
	return both
}
