package entities

// markSentences flags the words whose capital letter may only be the
// sentence's: first of a line, after terminal punctuation, after a colon,
// an opening quote or bracket.
func (d *document) markSentences() {
	head := true
	for i := range d.toks {
		t := &d.toks[i]
		switch t.kind {
		case breakToken:
			head = true
		case punctToken:
			switch t.text {
			case ".":
				if d.abbreviationDot(i) {
					continue
				}
				head = true
			// An opening bracket is not here: "(Havas)", "(CRN)" hold names.
			case "!", "?", "…", ":", "«", "“", "‘", "—", "–", "|", "•", "*", "¿", "¡", "‹", "„":
				head = true
			case "\"":
				if i+1 < len(d.toks) && !d.toks[i+1].spaceBefore {
					head = true
				}
			}
		case wordToken:
			t.sentHead = head
			// "L'Oréal", "D'après": the word after a leading elision is
			// just as much at the head of the sentence.
			if !t.elision {
				head = false
			}
		}
	}
}

// abbreviationDot reports whether the dot at i closes an initial or an
// abbreviation ("A. Piguet", "M. Ador") rather than a sentence, or sits
// inside a stock code.
func (d *document) abbreviationDot(i int) bool {
	if i == 0 || d.toks[i-1].kind != wordToken || d.toks[i].spaceBefore {
		return false
	}
	p := &d.toks[i-1]
	// "<DBKG.F>": the dot of a stock code's exchange, in the wire's
	// brackets, ends nothing.
	ticker := i >= 2 && d.toks[i-2].text == "<" && !p.spaceBefore
	return p.letters == 1 && p.capital && !p.digit || d.x.lex.abbreviation[p.key] || ticker || d.initialsBeforeName(i)
}

// initialsBeforeName reports whether the dot at i closes a company's
// initials before the rest of its name ("S.G. Warburg", "E.F. Hutton",
// "J.C. Penney"): two or three letters joined by dots that no list knows
// ("U.S." ends sentences), not after a number ("10 A.M."), and a
// capitalized word after it that is no function word ("the U.K. The").
func (d *document) initialsBeforeName(i int) bool {
	p, lx := &d.toks[i-1], d.x.lex
	if !dottedInitials(p.text) || p.letters > 3 || lx.place[p.key] || lx.orgName[p.key] || i+1 >= len(d.toks) {
		return false
	}
	if _, known := d.x.g.lookup[p.key]; known {
		return false
	}
	if i >= 2 && d.toks[i-2].digit {
		return false
	}
	n := &d.toks[i+1]
	return n.kind == wordToken && n.spaceBefore && n.capital && !n.allCaps && !n.digit && n.letters >= 2 && !lx.stop[n.key] && !lx.rejected[n.key]
}

// sentenceEnd reports whether token i closes a sentence for the purpose of
// judging its casing as a whole.
func (d *document) sentenceEnd(i int) bool {
	t := &d.toks[i]
	if t.kind == breakToken {
		return true
	}
	if t.kind != punctToken {
		return false
	}
	switch t.text {
	case ".":
		return !d.abbreviationDot(i)
	case "!", "?", "…":
		return true
	}
	return false
}

// markNoisy flags sentences whose casing carries no information: Title Case
// headlines ("Close To Revealing Joint Development") and ALL CAPS lines.
// Known names are left out of the count: a list of vendors is not a title.
func (d *document) markNoisy() {
	lx := d.x.lex
	start := 0
	for i := 0; i <= len(d.toks); i++ {
		if i < len(d.toks) && !d.sentenceEnd(i) {
			continue
		}
		heading := i == len(d.toks) || d.toks[i].kind == breakToken
		if heading && i > start {
			last := d.toks[i-1]
			heading = last.kind == wordToken || last.text == ")" || last.text == "]"
		}
		if i > start && d.toks[start].inTitle {
			heading = true
		}
		if !d.mayBeNoisy(start, i) {
			start = i + 1
			continue
		}
		var n, capN, upperN, commas int
		for k := start; k < i; k++ {
			t := &d.toks[k]
			if t.text == "," || t.text == ";" {
				commas++
			}
			if t.kind != wordToken || t.letters == 0 || t.elision || lx.stop[t.key] || d.compoundPart(k) || d.inTicker(k) {
				continue
			}
			if t.allCaps && t.letters >= 3 {
				upperN++
			}
			if d.covered[k] {
				continue
			}
			n++
			if t.capital || t.allCaps {
				capN++
			}
		}
		allCaps := upperN >= 2 && upperN*5 >= (n+upperN)*3
		titleCase := (n >= 3 && capN*4 >= n*3) || (heading && n >= 2 && capN == n)
		// "MM. Otto de Dardel, Eugène Berger, Oscar Despland": names listed
		// with commas are capitalized each for itself, unlike a headline's
		// words.
		if titleCase && !allCaps && commas >= 2 && commas*3 >= capN {
			titleCase = false
		}
		if allCaps || titleCase {
			for k := start; k < i; k++ {
				d.toks[k].noisy = true
			}
		}
		start = i + 1
	}
}

// mayBeNoisy reports whether the sentence [start, end) may be marked noisy,
// asking the stop words only as long as the answer depends on them: the
// sentence's lower-case words that are no stop word (L) are counted in n
// and not in capN, so "capN*4 >= n*3" needs 3L <= capN, "capN == n" needs
// L == 0 and the capitals' share needs 3L <= 2*upperN, where capN and
// upperN are at most what they are before stop words are left out. A
// sentence of lower-case words, most of a text's, is left after a few.
func (d *document) mayBeNoisy(start, end int) bool {
	var caps, upper int
	for k := start; k < end; k++ {
		t := &d.toks[k]
		if t.kind != wordToken || t.letters == 0 || t.elision || d.compoundPart(k) || d.inTicker(k) {
			continue
		}
		if t.allCaps && t.letters >= 3 {
			upper++
		}
		if !d.covered[k] && (t.capital || t.allCaps) {
			caps++
		}
	}
	lowers := 0
	for k := start; k < end; k++ {
		t := &d.toks[k]
		if t.kind != wordToken || t.letters == 0 || t.elision || d.covered[k] || t.capital || t.allCaps || d.compoundPart(k) || d.inTicker(k) || d.x.lex.stop[t.key] {
			continue
		}
		lowers++
		if lowers*3 > caps && lowers*3 > upper*2 {
			return false
		}
	}
	return true
}

// compoundPart reports whether word k continues a hyphenated compound
// ("Seine-Saint-Denis", "Val-d'Oise"): the compound is one word of its
// sentence, or a list of départements reads as a headline.
func (d *document) compoundPart(k int) bool {
	p := k - 1
	if p >= 0 && d.toks[p].elision && !d.toks[k].spaceBefore {
		p--
	}
	return p >= 1 && d.toks[p].text == "-" && !d.toks[p].spaceBefore && !d.toks[p+1].spaceBefore
}

// inTicker reports whether word k is inside a stock code's angle
// brackets ("<DBKG.F>"), which a list of companies has one of each.
func (d *document) inTicker(k int) bool {
	return k >= 1 && d.toks[k-1].text == "<" || k >= 3 && d.toks[k-1].text == "." && d.toks[k-3].text == "<"
}

// collectReliable records the words the document writes capitalized where
// case is a choice: mid-sentence, outside headlines. A sentence-initial
// "Klee" is a name if "Klee" appears like that elsewhere.
func (d *document) collectReliable() {
	d.reliable = make(map[string]bool, 16)
	for k := range d.toks {
		t := &d.toks[k]
		// "Virtual" in "Virtual Server" says nothing about "Virtual" alone.
		if t.kind != wordToken || t.noisy || t.letters == 0 || d.inLongMatch[k] {
			continue
		}
		if t.allCaps || ((t.capital || t.camel) && !t.sentHead) {
			d.reliable[t.key] = true
		}
	}
}
