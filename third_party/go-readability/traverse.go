package readability

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// hasTextContent reports whether a node or any of its descendants have text content other than spaces.
func hasTextContent(node *html.Node) bool {
	if node.Type == html.TextNode {
		return hasContent(node.Data)
	}
	for child := range node.ChildNodes() {
		if hasTextContent(child) {
			return true
		}
	}
	return false
}

type charCounter struct {
	Total int

	lastCharWasSpace bool
	seenNonSpace     bool
}

// textRun is what a string does to a charCounter and a commaCounter. A text
// node is scanned once into it and then added to every counter it feeds,
// instead of each counter taking its runes one by one (patch 1, PATCHES.md).
type textRun struct {
	inner  int  // non-space runes, plus one per run of spaces between two of them
	commas int  // comma variants, as commaCounter counts them
	text   bool // holds a non-space rune
	space  bool // holds a space rune
	lead   bool // a space comes before the first non-space rune
	trail  bool // a space comes after the last non-space rune
}

// Classes of bytes for scanText: ASCII ones by what they count as, the rest
// start a multi-byte rune.
const (
	classWord  = iota // counted, not a comma
	classSpace        // what unicode.IsSpace says of it
	classComma
	classOther
)

var textClass = func() (c [256]uint8) {
	for b := range c {
		switch {
		case b >= utf8.RuneSelf:
			c[b] = classOther
		case unicode.IsSpace(rune(b)):
			c[b] = classSpace
		case b == ',':
			c[b] = classComma
		}
	}
	return c
}()

// scanText sums s up for charCounter.Add. Runs of ASCII letters and
// punctuation, most of any text, are skipped over in one tight loop; other
// runes go through unicode.IsSpace, as the rune-by-rune count did.
func scanText(s string) textRun {
	var t textRun
	inSpace := false
	for i := 0; i < len(s); {
		n := 0 // runes counted from s[i:]
		switch textClass[s[i]] {
		case classWord:
			j := i + 1
			for j < len(s) && textClass[s[j]] == classWord {
				j++
			}
			n, i = j-i, j
		case classSpace:
			i++
		case classComma:
			t.commas++
			n = 1
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if !unicode.IsSpace(r) {
				n = 1
				if isComma(r) {
					t.commas++
				}
			}
		}
		if n == 0 {
			if !t.text {
				t.lead = true
			}
			t.space = true
			inSpace = true
			continue
		}
		if inSpace && t.text {
			t.inner++
		}
		t.inner += n
		t.text = true
		inSpace = false
	}
	t.trail = inSpace
	return t
}

// then is t followed by u: adding it to a counter is adding t, then u.
func (t textRun) then(u textRun) textRun {
	c := textRun{
		commas: t.commas + u.commas,
		text:   t.text || u.text,
		space:  t.space || u.space,
	}
	switch {
	case !u.text:
		c.inner, c.lead, c.trail = t.inner, t.lead, t.trail || u.space
	case !t.text:
		c.inner, c.lead, c.trail = u.inner, u.lead || t.space, u.trail
	default:
		c.inner, c.lead, c.trail = t.inner+u.inner, t.lead, u.trail
		if t.trail || u.lead {
			c.inner++
		}
	}
	return c
}

// Add keeps a number of total characters (runes) it was passed. Leading and trailing whitespace
// are ignored, and consecutive runs of whitespace between words are counted as a single space.
func (c *charCounter) Add(t textRun) {
	if !t.text {
		if t.space {
			c.lastCharWasSpace = true
		}
		return
	}
	c.Total += t.inner
	// The first non-space rune after a space counts the space too, once
	// something was counted before it.
	if c.seenNonSpace && (c.lastCharWasSpace || t.lead) {
		c.Total++
	}
	c.lastCharWasSpace = t.trail
	c.seenNonSpace = true
}

func (c *charCounter) ResetContext() *charCounter {
	c.lastCharWasSpace = false
	c.seenNonSpace = false
	return c
}

type commaCounter struct {
	Total int
}

func (c *commaCounter) Add(t textRun) {
	c.Total += t.commas
}

// isComma reports the commas as used in Latin, Sindhi, Chinese and various
// other scripts. see: https://en.wikipedia.org/wiki/Comma#Comma_variants
func isComma(r rune) bool {
	switch r {
	case '\u002C', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
		return true
	}
	return false
}

// countCharsAndCommas returns counts for both characters and commas in a node's
// text. Leading and trailing whitespace is not counted, nor are consecutive
// runs of whitespace.
func countCharsAndCommas(node *html.Node) (int, int) {
	t := textRunOf(node)
	return t.inner, t.commas
}

// textRunOf sums up the text of a node and its descendants, without the
// closure and the iterator a walk through ChildNodes took (patch 5,
// PATCHES.md).
func textRunOf(n *html.Node) textRun {
	if n.Type == html.TextNode {
		return scanText(n.Data)
	}
	var t textRun
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		t = t.then(textRunOf(child))
	}
	return t
}
