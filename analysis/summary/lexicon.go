package summary

import (
	"strings"
	"sync"
	"unicode"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/internal/wordlist"
)

// The index's stop lists drop articles, pronouns and the forms of être and
// avoir / be and have, which is all a search needs. A keyphrase needs more:
// it must read as a noun phrase, so verbs, adverbs and prepositions must not
// edge it and generic words must not stand alone. The lists below are short
// on purpose; suffix rules (wordClass) catch the regular forms.

// wordKind says what a word may be in a keyphrase.
type wordKind uint8

const (
	breaker wordKind = iota // verb, adverb, preposition, number: cuts a phrase
	content                 // noun, adjective or name: may start, end or stand alone
	tail                    // participle used as an adjective: may only end a phrase
)

// breakers are words that never belong in a keyphrase, in either language:
// frequent verb forms the suffix rules miss, adverbs, prepositions and
// conjunctions missing from the stop lists, quantifiers, dates and periods,
// and adjectives too vague to name anything ("nouvelle", "dernier").
var breakers = map[string]map[string]bool{
	"fr": wordlist.Set("keyphrase-breakers-fr.txt"),
	"en": wordlist.Set("keyphrase-breakers-en.txt"),
}

// common are nouns so frequent in technology news that alone they say
// little about one story (a very small background IDF): a keyphrase made
// only of them is worth less than one naming something specific.
var common = map[string][]string{
	"fr": wordlist.Words("keyphrase-common-fr.txt"),
	"en": wordlist.Words("keyphrase-common-en.txt"),
}

// commonTerms are the common words as index terms, by language.
var commonTerms = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, lang := range []string{"fr", "en"} {
		out[lang] = map[string]bool{}
		for _, t := range terms.Terms(strings.Join(common[lang], " "), lang) {
			out[lang][t] = true
		}
	}
	return out
})

// nounsEr are nouns ending like a French infinitive (-er), mostly English
// loan words of the trade.
var nounsEr = wordlist.Set("keyphrase-nouns-er-fr.txt")

// notVerbs are words that the French conjugation suffixes would take for
// verbs.
var notVerbs = wordlist.Set("keyphrase-not-verbs-fr.txt")

// classify tells whether a word may appear in a keyphrase. lower is the
// word lower-cased, name whether the article writes it as a name
// (capitalized mid-sentence, or with inner capitals).
func classify(lower, lang string, name bool) wordKind {
	letters, digits := 0, 0
	for _, r := range lower {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if letters < 2 || letters == 0 && digits > 0 {
		return breaker
	}
	if name {
		return content
	}
	if b := breakers[lang]; b[lower] {
		return breaker
	}
	switch lang {
	case "fr":
		return classifyFrench(lower)
	case "en":
		return classifyEnglish(lower)
	}
	return content
}

func hasSuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return true
		}
	}
	return false
}

// French suffixes, in the order classifyFrench tries them.
var (
	// conjugated forms: imperfect, conditional, future, third person plural
	frenchConjugated = []string{"ait", "aient", "ront", "èrent", "era", "ira", "rra", "dra", "tra",
		"ssent", "ttent", "nnent", "llent", "uent", "oient", "ient"}
	frenchNotConjugated = []string{"client", "patient", "quotient", "ingrédient", "coefficient"}
	// infinitives
	frenchInfinitivesIer = []string{"ifier", "plier", "cier", "gier", "rier", "dier", "lier", "pier"}
	frenchInfinitives    = []string{"rir", "nir", "sir", "tir", "dir", "llir", "gir", "rvir", "chir", "plir", "bir",
		"ttre", "ndre", "uire", "aître", "ivre", "crire", "dire", "faire", "soudre"}
	// adverbs in -ment; the suffixes are those of adverbs only, and plural
	// -ments are nouns anyway
	frenchAdverbs = []string{"iquement", "ellement", "ivement", "amment", "emment", "ablement", "iblement",
		"ièrement", "airement", "alement", "ilement", "ument", "ûment", "inement", "eusement", "ément",
		"atement", "ctement", "rtement", "ètement", "ttement", "idement", "ndement", "iment", "ucement"}
	// masculine past participles; nouns in -té and -ché are common
	frenchParticiples    = []string{"é", "és"}
	frenchNotParticiples = []string{"té", "tés", "ché", "chés", "clé", "clés", "ité"}
)

// frenchSuffixEnds holds the last bytes of the suffixes classifyFrench
// looks for: a word ending otherwise matches none of them and is content,
// which spares most words some sixty suffix comparisons.
var frenchSuffixEnds = func() (ends [256]bool) {
	for _, list := range [][]string{frenchConjugated, {"ier", "er"}, frenchInfinitivesIer, frenchInfinitives, frenchAdverbs, frenchParticiples} {
		for _, s := range list {
			ends[s[len(s)-1]] = true
		}
	}
	return ends
}()

func classifyFrench(w string) wordKind {
	if w == "" || !frenchSuffixEnds[w[len(w)-1]] || notVerbs[w] {
		return content
	}
	switch {
	case hasSuffix(w, frenchConjugated...) && !hasSuffix(w, frenchNotConjugated...):
		return breaker
	case strings.HasSuffix(w, "ier"):
		if hasSuffix(w, frenchInfinitivesIer...) && !nounsEr[w] {
			return breaker
		}
		return content
	case hasSuffix(w, "er") && !nounsEr[w]:
		return breaker
	case hasSuffix(w, frenchInfinitives...):
		return breaker
	case hasSuffix(w, frenchAdverbs...):
		return breaker
	case hasSuffix(w, frenchParticiples...) && !hasSuffix(w, frenchNotParticiples...):
		return tail
	}
	return content
}

// englishLy are -ly words that are adjectives or nouns, not adverbs.
var englishLy = wordlist.Set("keyphrase-ly-en.txt")

func classifyEnglish(w string) wordKind {
	switch {
	case strings.HasSuffix(w, "ly") && !englishLy[w]:
		return breaker
	case hasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return tail
	}
	return content
}
