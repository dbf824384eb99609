package entities

import (
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
		if j-i >= 3 {
			d.typeList(d.spans[i:j])
		}
		i = j
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
