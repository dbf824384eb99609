package entities

import (
	"strings"

	"github.com/recherche/recherche/corpus"
)

// listConsensus types the discovered names without evidence that stand in
// one list with names that have it, when those agree: "Orgy, Velvet
// Revolver and Linkin Park", "Debden, Saffron Walden and Elvedon Hall". A
// list is three names or more joined only by commas, "and", "et", "or",
// "ou", "&" or slashes; two typed members at least, all of one type, and
// no more untyped members than typed ones.
func (d *document) listConsensus() {
	for i := 0; i < len(d.spans); {
		j := i + 1
		for j < len(d.spans) && d.listJoined(d.spans[j-1].to, d.spans[j].from) {
			j++
		}
		if t, ok := d.otherKinds(d.spans[j-1].to); ok {
			d.typeAll(d.spans[i:j], t)
		} else if j-i >= 3 {
			d.typeList(d.spans[i:j])
		}
		i = j
	}
}

// otherKinds reports the type a list's end says its names have: "Orgy,
// Korn and several other bands", "Poetry London, Antipodes and many
// other publications", "Velindar et d'autres sociétés". The words after
// token to are a comma or not, "and", "or", "et" or "ou", one word or
// none, "other" or "autres", then a plural that kinds.txt types.
func (d *document) otherKinds(to int) (corpus.EntityType, bool) {
	k := to + 1
	if k < len(d.toks) && d.toks[k].text == "," {
		k++
	}
	if !d.lowerWord(k) {
		return "", false
	}
	switch d.toks[k].key {
	case "and", "or", "et", "ou":
	default:
		return "", false
	}
	k++
	if d.lowerWord(k+1) && (d.toks[k+1].key == "other" || d.toks[k+1].key == "autres") {
		k++ // "several other", "d'autres"
	}
	if !d.lowerWord(k) || d.toks[k].key != "other" && d.toks[k].key != "autres" || !d.lowerWord(k+1) {
		return "", false
	}
	noun := d.toks[k+1].key
	for _, stem := range []string{strings.TrimSuffix(noun, "s"), strings.TrimSuffix(noun, "ies") + "y", strings.TrimSuffix(noun, "x")} {
		if t, ok := d.x.lex.kind[stem]; ok && stem != noun {
			return t, true
		}
	}
	return "", false
}

// typeAll gives typ to the names of a list that have no type of their own.
func (d *document) typeAll(list []span, typ corpus.EntityType) {
	for i := range list {
		if list[i].typ == corpus.Other && list[i].entry < 0 && !d.x.lex.otherName[d.spanKey(list[i])] {
			list[i].typ = typ
		}
	}
}

// listJoined reports whether only list separators stand between tokens a
// and b, with at least one comma, slash or conjunction.
func (d *document) listJoined(a, b int) bool {
	if b <= a+1 {
		return false
	}
	for k := a + 1; k < b; k++ {
		switch t := d.toks[k]; t.key {
		case ",", "/", "&", "and", "et", "or", "ou":
			if t.kind == wordToken && t.capital {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func (d *document) typeList(list []span) {
	var typ corpus.EntityType
	typed, untyped := 0, 0
	for _, s := range list {
		switch {
		case s.typ == corpus.Other && s.entry < 0:
			untyped++
		case s.typ == corpus.Person || s.typ == corpus.Organization || s.typ == corpus.Place:
			if typed > 0 && s.typ != typ {
				return
			}
			typ = s.typ
			typed++
		default:
			return // a product or a thing of the lists: a mixed list
		}
	}
	if typed < 2 || untyped == 0 || untyped > typed {
		return
	}
	for i := range list {
		if list[i].typ == corpus.Other && list[i].entry < 0 && !d.x.lex.otherName[d.spanKey(list[i])] {
			list[i].typ = typ
		}
	}
}
