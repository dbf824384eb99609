package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// document is the working state of one Mentions call.
//
// Its extraction runs as passes over its tokens, each in a file of its own,
// in the order Extractor.Mentions calls them:
//
//   - sentences.go: which capitals only open a sentence, which sentences
//     are headlines whose casing says nothing, and which words the text
//     capitalizes where case is a choice;
//   - known.go: the gazetteer's names, and the matches that are not them;
//   - candidates.go and spans.go: discovery of the names no list knows,
//     grown from capitalized words, then cut into names; notnames.go holds
//     what a capital alone does not make a name;
//   - types.go and evidence.go: the type a discovered name gets from its
//     words and the words around it;
//   - surnames.go: known places and companies that are people's surnames;
//   - places.go: place phrases ("canton de Vaud", "Suisse romande");
//   - commonwords.go: names the text also writes in lower case;
//   - consensus.go: the type of a list's typed names for its others;
//   - resolve.go and acronyms.go: one canonical name and type per mention.
type document struct {
	x           *Extractor
	toks        []token
	title, body string
	covered     []bool // token belongs to a gazetteer match
	inLongMatch []bool // token belongs to a gazetteer match of several words
	spans       []span
	reliable    map[string]bool // keys written capitalized where case means something
	// english is set when the caller says the text is English: rules of
	// French word order (an adjective after its noun) stay off.
	english bool
	// thingCodes holds the codes in capitals the text writes after an
	// amount or glosses as a thing in brackets, found on first need: true
	// when words say it, false after an amount alone.
	thingCodes map[string]bool
	// placeCodes holds the codes in capitals the text glosses as an
	// area's ("la Zone démilitarisée (DMZ)"), found with thingCodes.
	placeCodes map[string]bool
	// glue holds the discovered names every mention of which is written
	// here as a piece of a longer name (glued in fragments.go).
	glue map[string]bool
	// companies holds the keys of the names the document writes with a
	// corporate suffix after them, found on first need (companies.go).
	companies map[string]bool
	// things holds the names an amount and a unit make products here
	// (measured in types.go): the votes do not type them.
	things map[string]bool
	// storms holds the names a storm's noun stands before here ("l'ouragan
	// Harvey"): the corpus's votes hear them.
	storms map[string]bool
	// capsOrgs holds the names typed organization by their capitals alone
	// ("AOP" with no gloss): the votes may find them things.
	capsOrgs map[string]bool
	// townInitials holds the initials in capitals that a town's name
	// joined by hyphens spells out here ("NDDL", Notre-Dame-des-Landes):
	// places by the text's own words, which the votes do not undo.
	townInitials map[string]bool
	// firmOpeners holds the partners' names that open a firm's name here
	// with a comma ("l.f. rothschild" of "L.F. Rothschild, Unterberg,
	// Towbin Inc"): the corpus's votes count them organizations, for the
	// documents that name the firm by them alone.
	firmOpeners map[string]bool
	// grades and table are found on first need (tables.go): whether the
	// text grades debt, and whether it holds a results table's rows.
	grades, table fact
}

// fact is something true or false of a whole document, found on first
// need.
type fact uint8

const (
	unsought fact = iota
	holds
	lacks
)

// span is a run of tokens [from, to] (inclusive) naming one entity.
type span struct {
	from, to int
	entry    int // gazetteer entry, or -1 when discovered
	typ      corpus.EntityType
	// needsSupport marks a case-sensitive gazetteer match standing first in
	// its sentence: "Go" or "Word" there may be the ordinary word.
	needsSupport bool
	// surname marks a known place or company read as a person's surname
	// ("le président Hollande"): the entry it matched is not looked up again.
	surname bool
}

var romanNumerals = map[string]bool{
	"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true,
	"xi": true, "xii": true, "xiii": true, "xiv": true, "xv": true, "xvi": true, "xvii": true, "xviii": true,
}

// free reports whether token k is a word discovery may use.
func (d *document) free(k int) bool {
	return k < len(d.toks) && d.toks[k].kind == wordToken && !d.covered[k] && !d.toks[k].elision
}

func (d *document) nameLike(k int) bool {
	if !d.free(k) {
		return false
	}
	t := d.toks[k]
	return t.letters > 0 && (t.capital || t.camel || t.allCaps)
}

func (d *document) lowerWord(k int) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == wordToken && !d.toks[k].capital && !d.toks[k].allCaps
}

// prevWord is the word before token k, looking through an abbreviation's
// dot ("M. Dupont").
func (d *document) prevWord(k int) int {
	k--
	if k >= 0 && d.toks[k].kind == punctToken && d.toks[k].text == "." {
		k--
	}
	if k >= 0 && d.toks[k].kind == wordToken {
		return k
	}
	return -1
}

// possessive reports whether word k was written with an English "'s",
// which the tokenizer drops.
func (d *document) possessive(k int) bool {
	field := d.body
	if d.toks[k].inTitle {
		field = d.title
	}
	e := d.toks[k].end
	return e < len(field) && (field[e] == '\'' || strings.HasPrefix(field[e:], "\u2019"))
}

// apostrophe reports whether token k is an apostrophe of any kind.
func (d *document) apostrophe(k int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[k].text)
	return isApostrophe(r)
}

func (d *document) spanKey(s span) string {
	var b strings.Builder
	for k := s.from; k <= s.to; k++ {
		if k > s.from {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].key)
	}
	return b.String()
}

func (d *document) wordKeys(s span) []string {
	out := make([]string, 0, s.to-s.from+1)
	for k := s.from; k <= s.to; k++ {
		if d.toks[k].kind == wordToken {
			out = append(out, d.toks[k].key)
		}
	}
	return out
}
