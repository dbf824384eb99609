package translate

import (
	"slices"
	"strings"

	"github.com/recherche/recherche/analysis/terms"
)

// suffixRule rewrites an English ending into its usual French form; read
// backwards it rewrites French into English. Learned words share Latin
// endings across the two languages (organization/organisation,
// liberty/liberté, economic/économique, director/directeur), and the
// lexicons miss many of them.
type suffixRule struct{ en, fr string }

var suffixRules = []suffixRule{
	{"ization", "isation"},
	{"isation", "isation"},
	{"izing", "isant"},
	{"ize", "iser"},
	{"ities", "ités"},
	{"ity", "ité"},
	{"ties", "tés"},
	{"ty", "té"},
	{"ical", "ique"},
	{"ics", "iques"},
	{"ic", "ique"},
	{"isms", "ismes"},
	{"ism", "isme"},
	{"ists", "istes"},
	{"ist", "iste"},
	{"ors", "eurs"},
	{"or", "eur"},
	{"ous", "eux"},
	{"ives", "ifs"},
	{"ive", "if"},
	{"aries", "aires"},
	{"ary", "aire"},
	{"ories", "oires"},
	{"ory", "oire"},
	{"logy", "logie"},
	{"graphy", "graphie"},
	{"nomy", "nomie"},
	{"sophy", "sophie"},
	{"cracy", "cratie"},
	{"ance", "ance"},
	{"ence", "ence"},
	{"tions", "tions"},
	{"tion", "tion"},
	{"sion", "sion"},
	{"ment", "ment"},
	{"al", "el"},
	{"ies", "ies"},
	{"y", "ie"},
	{"ate", "at"},
	{"ure", "ure"},
	{"ile", "ile"},
}

// Cognates returns the forms that suffix rules give for word in the other
// language (lower-cased, accents folded), the word itself excluded.
func Cognates(word, from, to string) []string {
	w := terms.Fold(strings.ToLower(word))
	if len([]rune(w)) < 5 || strings.ContainsAny(w, " 0123456789") {
		return nil
	}
	var out []string
	for _, r := range suffixRules {
		src, dst := r.en, r.fr
		if from == "fr" && to == "en" {
			src, dst = terms.Fold(r.fr), r.en
		} else if from != "en" || to != "fr" {
			return nil
		}
		if len(w) > len(src)+2 && strings.HasSuffix(w, src) {
			c := w[:len(w)-len(src)] + dst
			if c != w && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
