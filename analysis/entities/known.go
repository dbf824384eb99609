package entities

import (
	"slices"

	"github.com/recherche/recherche/corpus"
)

// matchGazetteer finds known names, leftmost-longest. The trie walks token
// keys, so boundaries are word boundaries by construction.
func (d *document) matchGazetteer() {
	root, firsts := d.x.g.root, &d.x.g.firsts
	toks := d.toks
	for i := 0; i < len(toks); {
		if toks[i].kind != wordToken || root.next == nil || !firsts.mayHave(toks[i].key) {
			i++
			continue
		}
		n, best, bestEntry, bestCS := root, -1, -1, false
		for j := i; j < len(toks) && toks[j].kind != breakToken; j++ {
			parent := n
			n = n.next[toks[j].key]
			if n == nil && j > i && j-1 == best {
				// "Windows Vistal": one typo in the last word of a known
				// name is still the name, when the word before matched.
				if e, ok := typo(parent, toks[j]); ok {
					best, bestEntry, bestCS = j, e, false
				}
			}
			if n == nil {
				break
			}
			if len(n.outs) == 0 || toks[j].kind != wordToken {
				continue
			}
			if e, cs, ok := accept(n.outs, toks[i:j+1]); ok {
				best, bestEntry, bestCS = j, e, cs
			}
		}
		if best < 0 {
			i++
			continue
		}
		e := d.x.g.entries[bestEntry]
		d.spans = append(d.spans, span{
			from: i, to: best, entry: bestEntry, typ: e.Type,
			needsSupport: bestCS && best == i && toks[i].sentHead,
		})
		for k := i; k <= best; k++ {
			d.covered[k] = true
			d.inLongMatch[k] = best > i
		}
		i = best + 1
	}
}

// typo finds the one entry under n whose next word is t's word with one
// letter added, dropped or changed. Only long capitalized words qualify,
// and only entries that end there and are not case-sensitive.
func typo(n *trieNode, t token) (int, bool) {
	if t.kind != wordToken || !t.capital || t.letters < 5 || t.digit || len(n.next) > 64 {
		return 0, false
	}
	found, entry := 0, 0
	for k, c := range n.next {
		if len(c.outs) == 0 || !editOne(k, t.key) {
			continue
		}
		for _, o := range c.outs {
			if !o.caseSensitive {
				found++
				entry = o.entry
				break
			}
		}
	}
	return entry, found == 1
}

// editOne reports whether a and b differ by exactly one inserted, deleted
// or substituted byte.
func editOne(a, b string) bool {
	if a == b || len(a) < 4 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// accept applies an entry's case rule to the matched tokens.
func accept(outs []trieOut, seg []token) (entry int, caseSensitive, ok bool) {
	var shaped bool
	for _, t := range seg {
		if t.capital || t.camel || t.allCaps {
			shaped = true
			break
		}
	}
	for _, o := range outs {
		if o.caseSensitive {
			same := len(o.folded) == len(seg)
			for k := 0; same && k < len(seg); k++ {
				same = seg[k].folded == o.folded[k]
			}
			if same {
				return o.entry, true, true
			}
			continue
		}
		if !o.hasUpper || shaped {
			return o.entry, false, true
		}
	}
	return 0, false, false
}

// dropUnsupportedGazetteer undoes matches that are probably not the entry:
// a case-sensitive word at a sentence head with no support elsewhere, or a
// one-word match glued to an unknown capitalized word ("Mac" in "Ramsay
// Mac Donald"), which is part of a longer name discovery will find.
func (d *document) dropUnsupportedGazetteer() {
	d.spans = slices.DeleteFunc(d.spans, func(s span) bool {
		// "Howard's Tokyo trip": a possessive ends the name before.
		before := d.gluedName(s.from-1) && !(s.typ == corpus.Place && d.possessive(s.from-1))
		glued := s.from == s.to && !d.toks[s.from].noisy && (before || d.gluedName(s.to+1) ||
			d.x.g.caseSensitive(s.entry) && (d.hyphenName(s.to+1) || d.inLongerName(s.from)))
		// "François Hollande", "Michael Jordan" first in a sentence or a
		// headline: a given name makes the word after it a surname.
		glued = glued || s.from == s.to && s.typ != corpus.Person && d.givenNameBefore(s.from)
		// "New York Stock Exchange", "Hong Kong Telecom": a place of
		// several words opens a longer name as a one-word place does.
		glued = glued || s.from < s.to && s.typ == corpus.Place && !d.toks[s.to].noisy && d.gluedName(s.to+1)
		if !glued && (!s.needsSupport || d.reliable[d.toks[s.from].key]) {
			return false
		}
		for k := s.from; k <= s.to; k++ {
			d.covered[k] = false
		}
		return true
	})
}

func (d *document) gluedName(k int) bool {
	if k < 0 || k >= len(d.toks) || d.covered[k] || !d.nameLike(k) {
		return false
	}
	t := d.toks[k]
	lx := d.x.lex
	return !t.sentHead && !t.noisy && !t.allCaps && !lx.stop[t.key] && !lx.rejected[t.key] && !lx.generic[t.key]
}

// hyphenName reports whether a hyphen at k joins the word before it to a
// capitalized unknown word: "Mac-Mahon" is a surname, not a Mac.
func (d *document) hyphenName(k int) bool {
	return k+1 < len(d.toks) && d.toks[k].text == "-" && !d.toks[k].spaceBefore && !d.toks[k+1].spaceBefore && d.gluedName(k+1)
}

// inLongerName reports whether the word at k, a known name that is also
// an ordinary word ("Office", "Word"), is the head of a longer name:
// after a capitalized word, even a common one ("Foreign Office", "Attorney
// General's Office"), or before "of" and a capital ("the Office of
// Management and Budget").
func (d *document) inLongerName(k int) bool {
	lx := d.x.lex
	if p := k - 1; p >= 0 && d.nameLike(p) && !d.toks[p].noisy && !lx.stop[d.toks[p].key] {
		return true // even first in its sentence: "the U.S. Patent Office"
	}
	n := k + 1
	for c := 0; c < 2 && d.lowerWord(n) && (lx.connectors[d.toks[n].key] || c > 0 && lx.articles[d.toks[n].key]); c++ {
		n++
	}
	return n > k+1 && d.nameLike(n) && !lx.stop[d.toks[n].key]
}

// givenNameBefore reports whether the word before token k is a given name
// in mixed case, free for discovery to join to k: "François Hollande"
// even at the head of a sentence, where gluedName does not look; not
// "Howard's Tokyo".
func (d *document) givenNameBefore(k int) bool {
	p := k - 1
	if p < 0 || !d.free(p) || !d.toks[k].spaceBefore || d.possessive(p) {
		return false
	}
	t := &d.toks[p]
	return t.capital && !t.allCaps && d.x.lex.firstName[t.key] && !d.x.lex.stop[t.key] && d.toks[k].capital && !d.toks[k].allCaps
}
