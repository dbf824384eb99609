package readability

import (
	"strings"
	"testing"
	"unicode"
)

// The originals the fast paths replace, kept as oracles.

// oracleCount is charCounter.Count of v2.1.3: one rune at a time.
func oracleCount(c *charCounter, r rune) {
	if unicode.IsSpace(r) {
		c.lastCharWasSpace = true
		return
	}
	if c.lastCharWasSpace && c.seenNonSpace {
		c.Total += 2
	} else {
		c.Total += 1
	}
	c.lastCharWasSpace = false
	c.seenNonSpace = true
}

// oracleCommas is commaCounter.Count of v2.1.3.
func oracleCommas(c *commaCounter, r rune) {
	switch r {
	case '\u002C', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
		c.Total++
	}
}

var countSeeds = []string{
	"", " ", "a", " a ", "a  b", "\t\n", "Hello, world.|  next\u00a0piece |", "|||",
	"\u0085x\u2003y\u3000", "日本語、テキスト，ok", "\xff\xfe a\xc3", "a|b|c", " | |x| ", "x |y", "x| y",
	"\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c,",
}

// FuzzCharCounterAdd holds scanText and Add, on a run of text nodes (the
// pieces between '|'), to the rune-by-rune count, state included.
func FuzzCharCounterAdd(f *testing.F) {
	for _, s := range countSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want, got charCounter
		var wantCommas, gotCommas commaCounter
		for i, piece := range strings.Split(s, "|") {
			for _, r := range piece {
				oracleCount(&want, r)
				oracleCommas(&wantCommas, r)
			}
			run := scanText(piece)
			got.Add(run)
			gotCommas.Add(run)
			if got != want || gotCommas != wantCommas {
				t.Fatalf("%q, piece %d %q: got %+v commas %d, want %+v commas %d", s, i, piece, got, gotCommas.Total, want, wantCommas.Total)
			}
			if i%3 == 2 {
				got.ResetContext()
				want.ResetContext()
			}
		}
	})
}
