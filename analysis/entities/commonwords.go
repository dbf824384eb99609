package entities

import (
	"slices"

	"github.com/recherche/recherche/corpus"
)

// dropCommonWords undoes discovered names whose words the document also
// writes in lower case ("l'Orchestre ... l'orchestre", "les Marseillais
// ... marseillais"): a capital there is typography, not a name. Evidence
// of a name keeps it: a title or a first name, a place list entry or
// "à"/"en" before it, a shape no common word has.
func (d *document) dropCommonWords() {
	var buf [32]string
	cand := buf[:0] // the words of the spans that may be common, each once
	for _, s := range d.spans {
		if !d.mayBeCommon(s) {
			continue
		}
		for k := s.from; k <= s.to; k++ {
			if key := d.toks[k].key; d.toks[k].kind == wordToken && !slices.Contains(cand, key) {
				cand = append(cand, key)
			}
		}
	}
	if len(cand) == 0 {
		return
	}
	var lengths uint64 // the candidates' lengths, up to 63: most words need no comparing
	for _, c := range cand {
		lengths |= 1 << min(len(c), 63)
	}
	var lower []string // the candidates the text also writes in lower case
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != wordToken || t.capital || t.camel || t.letters < 3 || lengths&(1<<min(len(t.key), 63)) == 0 {
			continue
		}
		if slices.Contains(cand, t.key) && !slices.Contains(lower, t.key) {
			lower = append(lower, t.key)
		}
	}
	if len(lower) == 0 {
		return
	}
	d.spans = slices.DeleteFunc(d.spans, func(s span) bool {
		if !d.mayBeCommon(s) {
			return false
		}
		for k := s.from; k <= s.to; k++ {
			if d.toks[k].kind == wordToken && !slices.Contains(lower, d.toks[k].key) {
				return false
			}
		}
		return true
	})
}

// mayBeCommon reports whether a discovered span may be common words: one
// capitalized word without other evidence, or a shouted heading of words
// five letters or longer ("MUSIQUE", "FAITS DIVERS"), which acronyms ("RAID",
// "OPEC") are not.
func (d *document) mayBeCommon(s span) bool {
	if s.entry >= 0 || s.typ == corpus.Person || s.typ == corpus.Place {
		return false
	}
	lx := d.x.lex
	if t := &d.toks[s.from]; s.from == s.to && !t.allCaps {
		return !t.camel && !t.digit && !lx.place[t.key] && !lx.firstName[t.key]
	}
	for k := s.from; k <= s.to; k++ {
		t := &d.toks[k]
		// "ALUMINIUM", and in a shouted headline "TIN" too, with "tin" in
		// the story; not "OPEC" or "RAID" of a sentence in mixed case.
		if t.kind != wordToken || !t.allCaps || t.letters < 5 && !(t.noisy && t.letters >= 3) || t.digit || lx.place[t.key] || lx.firstName[t.key] {
			return false
		}
	}
	return true
}
