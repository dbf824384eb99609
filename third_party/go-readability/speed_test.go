package readability

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
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

// FuzzTextRunThen holds then to adding its parts one after the other, from
// each state a counter can be in.
func FuzzTextRunThen(f *testing.F) {
	for _, s := range countSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pieces := strings.Split(s, "|")
		for _, start := range []charCounter{{}, {lastCharWasSpace: true}, {Total: 3, seenNonSpace: true}, {Total: 3, seenNonSpace: true, lastCharWasSpace: true}} {
			want, got := start, start
			var joined textRun
			for _, piece := range pieces {
				for _, r := range piece {
					oracleCount(&want, r)
				}
				joined = joined.then(scanText(piece))
			}
			got.Add(joined)
			if got != want {
				t.Fatalf("%q from %+v: got %+v, want %+v", s, start, got, want)
			}
		}
	})
}

var linkSeeds = []string{
	`<div>a <a href="/x">link</a> b<p> c <a href="#top">top <a href="/y">in</a> z</a></p></div>`,
	`<div><p>one, two</p> <a>  </a><span> x </span><a href="/q"> <b>bold</b> </a>tail</div>`,
	`<ul><li><a href="/1">1</a></li><li><a href="/2">two words</a>,</li></ul><!-- c --><p>` + "\u00a0" + `</p>`,
	`<a href=" #"><div>x<a href="/n">y</a>z</div></a>`,
}

// FuzzCandidateLinkDensity holds candidateLinkDensity, whatever the set of
// nodes memoized and the order they are asked in, to getLinkDensity.
func FuzzCandidateLinkDensity(f *testing.F) {
	for _, s := range linkSeeds {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, page string, pick uint8) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		var nodes []*html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode {
				nodes = append(nodes, n)
			}
		}
		memo := map[*html.Node]linkStats{}
		for i, n := range nodes {
			if (i+int(pick))%3 != 0 {
				memo[n] = linkStats{}
			}
		}
		ps := NewParser()
		for i := range nodes {
			n := nodes[(i*int(pick|1))%len(nodes)]
			if got, want := ps.candidateLinkDensity(n, memo), ps.getLinkDensity(n); got != want {
				t.Fatalf("%q, <%s>: got %v, want %v", page, n.Data, got, want)
			}
		}
	})
}

// FuzzFormatScore holds formatScore to v2.1.3's fmt.Sprintf("%.4f").
func FuzzFormatScore(f *testing.F) {
	for _, v := range []float64{0, -0.0, 1, -1.5, 12.34567, 1e300, -1e-300, 0.00005, 0.00015, math.Inf(1), math.Inf(-1), math.NaN()} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		if got, want := formatScore(v), fmt.Sprintf("%.4f", v); got != want {
			t.Fatalf("%v: got %q, want %q", v, got, want)
		}
	})
}

// oracleCountCharsAndCommas is countCharsAndCommas of v2.1.3.
func oracleCountCharsAndCommas(node *html.Node) (int, int) {
	chars := &charCounter{}
	commas := &commaCounter{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			for _, r := range n.Data {
				oracleCount(chars, r)
				oracleCommas(commas, r)
			}
			return
		}
		for child := range n.ChildNodes() {
			walk(child)
		}
	}
	walk(node)
	return chars.Total, commas.Total
}

// FuzzCountCharsAndCommas holds countCharsAndCommas to v2.1.3's, at every node.
func FuzzCountCharsAndCommas(f *testing.F) {
	for _, s := range linkSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for n := range doc.Descendants() {
			gotChars, gotCommas := countCharsAndCommas(n)
			wantChars, wantCommas := oracleCountCharsAndCommas(n)
			if gotChars != wantChars || gotCommas != wantCommas {
				t.Fatalf("%q, %v %q: got %d, %d; want %d, %d", page, n.Type, n.Data, gotChars, gotCommas, wantChars, wantCommas)
			}
		}
	})
}
