package translate

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/recherche/recherche/analysis/terms"
)

// Dictionaries list verbs by their infinitive and nouns by their
// singular, while sentences and articles use every form: a query's
// "connais" must find the entry of "connaître", and a translation
// "vouloir" must match documents that say "voudrais". Stemmers fold
// plurals and regular English endings but not French conjugation nor
// irregular English pasts, so forms.go maps the forms of each verb to its
// infinitive and back, as the analyzers index them.

//go:embed verbs-fr.tsv
var verbsFR string

//go:embed verbs-en.tsv
var verbsEN string

// Regular conjugation endings, written by us: the first group (-er) and
// the second (-ir, finir). Third-group verbs are in verbs-fr.tsv.
var (
	erEndings = []string{"e", "es", "ons", "ez", "ent", "ais", "ait", "ions", "iez", "aient", "ai", "as", "a",
		"âmes", "âtes", "èrent", "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions",
		"eriez", "eraient", "é", "ée", "és", "ées", "ant"}
	irEndings = []string{"is", "it", "issons", "issez", "issent", "issais", "issait", "issions", "issiez",
		"issaient", "îmes", "îtes", "irent", "irai", "iras", "ira", "irons", "irez", "iront", "irais",
		"irait", "irions", "iriez", "iraient", "i", "ie", "ies", "issant", "isse"}
)

// forms maps, per language, the key of an inflected form to the key of its
// base form (lemma), and each base to its forms.
type forms struct {
	lemma map[string]string   // form key → base key
	of    map[string][]string // base key → form keys (the base excluded)
}

func newForms() *forms { return &forms{lemma: map[string]string{}, of: map[string][]string{}} }

func (f *forms) add(lang, base string, surfaces []string) {
	bk := strings.Join(terms.Terms(base, lang), " ")
	if bk == "" || strings.Contains(bk, " ") {
		return
	}
	for _, s := range surfaces {
		fk := strings.Join(terms.Terms(s, lang), " ")
		if fk == "" || fk == bk || strings.Contains(fk, " ") {
			continue
		}
		if _, ok := f.lemma[fk]; !ok {
			f.lemma[fk] = bk
		}
		if !slices.Contains(f.of[bk], fk) {
			f.of[bk] = append(f.of[bk], fk)
		}
	}
}

// loadTable reads "base<TAB>form form …" lines.
func (f *forms) loadTable(lang, table string) {
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		base, rest, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok {
			continue
		}
		f.add(lang, strings.TrimSpace(base), strings.Fields(rest))
	}
}

// conjugate adds the regular forms of a French infinitive.
func (f *forms) conjugate(inf string) {
	if strings.Contains(inf, " ") || len(inf) < 4 {
		return
	}
	var stem string
	var endings []string
	switch {
	case strings.HasSuffix(inf, "er"):
		stem, endings = inf[:len(inf)-2], erEndings
	case strings.HasSuffix(inf, "ir"):
		stem, endings = inf[:len(inf)-2], irEndings
	default:
		return
	}
	surfaces := make([]string, 0, len(endings))
	for _, e := range endings {
		surfaces = append(surfaces, stem+e)
	}
	f.add("fr", inf, surfaces)
}
