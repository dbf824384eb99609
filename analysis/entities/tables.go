package entities

import "strings"

// grade reports whether word k is a grade of debt in capitals ("AAA",
// "BBB", "AA-minus") in a text that grades debt ("rated", "downgraded",
// Moody's): a thing, no organization's initials.
func (d *document) grade(k int) bool {
	lx := d.x.lex
	if !lx.ratingCode[d.toks[k].key] {
		return false
	}
	if d.grades == unsought {
		d.grades = lacks
		for i := range d.toks {
			if t := &d.toks[i]; t.kind == wordToken && lx.rating[t.key] {
				d.grades = holds
				break
			}
		}
	}
	return d.grades == holds
}

// tableLabel reports whether word k is a label or an abbreviation of a
// results table: the text has a row with "vs" between figures, and k is
// in a short row ("Shr 72 cts vs 10 cts", "Net 5,521,000 vs NA", "Qtr
// ended Jan 31") or a row of its own ("Year", "Nine mths").
func (d *document) tableLabel(k int) bool {
	if d.toks[k].inTitle {
		return false
	}
	if d.table == unsought {
		d.table = lacks
		if d.hasTable() {
			d.table = holds
		}
	}
	if d.table == lacks {
		return false
	}
	if d.rowLabel(k) {
		return true
	}
	from, to := d.row(k)
	words, figures := 0, false
	for i := from; i < to; i++ {
		if t := &d.toks[i]; t.kind == wordToken {
			words++
			figures = figures || t.digit || d.x.lex.tableWord[t.key]
		}
	}
	return words <= 8 && (figures || words <= 2)
}

// hasTable reports whether the body holds a results table's row: "vs" in
// lower case with a figure a few words before and after it ("Shr 72 cts vs
// 10 cts"), however the lines were joined.
func (d *document) hasTable() bool {
	if !strings.Contains(d.body, " vs ") {
		return false // the cheap test first: most texts hold no table
	}
	for k := range d.toks {
		if t := &d.toks[k]; t.letters == 2 && !t.capital && !t.inTitle && t.kind == wordToken && d.x.lex.tableWord[t.key] && d.figureNear(k-4, k) && d.figureNear(k+1, k+5) {
			return true
		}
	}
	return false
}

// figureNear reports whether a word of tokens [from, to) is a figure.
func (d *document) figureNear(from, to int) bool {
	for i := max(from, 0); i < to && i < len(d.toks); i++ {
		if t := &d.toks[i]; t.kind == wordToken && t.digit {
			return true
		}
	}
	return false
}

// row returns the tokens [from, to) of the line that holds token k.
func (d *document) row(k int) (from, to int) {
	from, to = k, k
	for from > 0 && d.toks[from-1].kind != breakToken {
		from--
	}
	for to < len(d.toks) && d.toks[to].kind != breakToken {
		to++
	}
	return from, to
}

// rowLabel reports whether word k opens a table's row however the lines
// were joined: up to three words in lower case, a figure, then "vs" within
// a few words ("Sales 41.1 mln vs 20.3 mln", "Net profit 853,000 vs loss
// 22,000", "Sales of petroleum products 9.7 mln tonnes vs 10.6 mln").
func (d *document) rowLabel(k int) bool {
	toks := d.toks
	i := k + 1
	for n := 0; n < 3 && i < len(toks) && (d.lowerWord(i) && !toks[i].digit || toks[i].text == "-"); n++ {
		i++
	}
	if i >= len(toks) || !toks[i].digit || toks[i].kind != wordToken {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if toks[j].kind == wordToken && d.x.lex.tableWord[toks[j].key] && !toks[j].capital {
			return true
		}
	}
	return false
}

// longMonths are the month names long enough that one slip of the keys
// still says which month was meant, in both languages.
var longMonths = []string{"january", "february", "september", "october", "november", "december",
	"janvier", "fevrier", "juillet", "septembre", "octobre", "novembre", "decembre"}

// misspeltMonth reports whether a word is a long month's name with two
// letters swapped, one left out or one too many: "Feburary", "Setpember".
// The wire's typos are no names.
func misspeltMonth(key string) bool {
	if len(key) < 6 || len(key) > 10 || !strings.ContainsRune("jfsond", rune(key[0])) {
		return false
	}
	for _, m := range longMonths {
		if key != m && oneSlip(key, m) {
			return true
		}
	}
	return false
}

// oneSlip reports whether a and b differ by two adjacent letters swapped,
// or by one letter left out of the longer.
func oneSlip(a, b string) bool {
	switch {
	case len(a) == len(b):
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case len(a) == len(b)+1:
		a, b = b, a
		fallthrough
	case len(a)+1 == len(b):
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}
