package webpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A newsletter typed in a fixed font and put on the web as it was typed
// (a 1990s club's page, its issue in one <pre>) sets its parts apart with
// rules of "=" across the page: the masthead between the first two, the
// story after them, the calendar and the officers after the last. Its
// headline is underlined with dashes, its subheadings are lines in
// capitals, its list items open with "*", its quotations are indented,
// and its lines are wrapped at seventy columns. typedBlocks reads such a
// <pre> as the blocks a page written in HTML would hold, so that the
// story is told from what surrounds it as on any page.

// minTypedWords is the fewest words a typed story holds.
const minTypedWords = 150

// heavyRule reports whether a line is a rule of "=" across the page, ten
// or more.
func heavyRule(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= 10 && strings.Trim(t, "=") == ""
}

// underline reports whether line underlines text: dashes or "=" alone,
// as long as the text give or take two.
func underline(line, text string) bool {
	t := strings.TrimSpace(line)
	if len(t) < 3 || strings.Trim(t, "-") != "" && strings.Trim(t, "=") != "" {
		return false
	}
	n := len([]rune(strings.TrimSpace(text)))
	return len(t) >= n-2 && len(t) <= n+2
}

// typedBlocks returns the blocks of the story a <pre> holds when it is a
// typed newsletter (two rules of "=" or more, the story between two of
// them minTypedWords words or more, a headline underlined in it), and
// the masthead's lines; nil otherwise. The story is the longest part
// between rules; what comes before its headline in it (an issue's
// contents, "IN THIS ISSUE: …") and the byline right under the headline
// ("by Agnes Pruitt, President") are the masthead's.
func typedBlocks(text string) (blocks []*html.Node, masthead []string) {
	if strings.Count(text, "==========") < 2 {
		return nil, nil
	}
	lines := strings.Split(text, "\n")
	var parts [][]string
	start := 0
	for i, l := range lines {
		if heavyRule(l) {
			parts = append(parts, lines[start:i])
			start = i + 1
		}
	}
	parts = append(parts, lines[start:])
	if len(parts) < 3 {
		return nil, nil
	}
	story, most := -1, 0
	for i, p := range parts {
		if w := fieldCount(strings.Join(p, " ")); w > most {
			story, most = i, w
		}
	}
	if most < minTypedWords {
		return nil, nil
	}
	for i, p := range parts {
		if i < story {
			masthead = append(masthead, p...)
		}
	}
	paras := typedParagraphs(parts[story])
	head := -1
	for i, p := range paras {
		if len(p) == 2 && underline(p[1], p[0]) {
			head = i
			break
		}
	}
	if head < 0 {
		return nil, nil
	}
	for _, p := range paras[:head] {
		masthead = append(masthead, p...)
	}
	h := elem(atom.H1, strings.TrimSpace(paras[head][0]))
	blocks = append(blocks, h)
	rest := paras[head+1:]
	if len(rest) > 0 && len(rest[0]) == 1 && fieldCount(rest[0][0]) <= 8 && strings.HasPrefix(strings.ToLower(strings.TrimSpace(rest[0][0])), "by ") {
		masthead = append(masthead, rest[0]...)
		rest = rest[1:]
	}
	for _, p := range rest {
		blocks = append(blocks, typedBlock(p))
	}
	return blocks, masthead
}

// typedParagraphs splits lines at blank lines, and a line underlined
// (its underline right under it, no blank line between) from the lines
// after it.
func typedParagraphs(lines []string) [][]string {
	var paras [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, cur)
			cur = nil
		}
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
		if len(cur) == 2 && underline(l, cur[0]) && i+1 < len(lines) {
			flush()
		}
	}
	flush()
	return paras
}

// typedBlock returns the element a typed paragraph reads as: a heading
// when it is one line in capitals ("THE QUILTS"), a list when its lines
// open with "*" or "-" (a line indented under an item goes on with it),
// a quotation when each of its lines is indented, a paragraph otherwise;
// its lines joined with spaces.
func typedBlock(p []string) *html.Node {
	first := strings.TrimSpace(p[0])
	if len(p) == 1 && capitals(first) {
		return elem(atom.H2, first)
	}
	if strings.HasPrefix(first, "* ") || strings.HasPrefix(first, "- ") {
		ul := &html.Node{Type: html.ElementNode, Data: "ul", DataAtom: atom.Ul}
		var item []string
		add := func() {
			if len(item) > 0 {
				ul.AppendChild(elem(atom.Li, strings.Join(item, " ")))
				item = nil
			}
		}
		for _, l := range p {
			t := strings.TrimSpace(l)
			if strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- ") {
				add()
				t = strings.TrimSpace(t[2:])
			}
			item = append(item, t)
		}
		add()
		return ul
	}
	joined := make([]string, len(p))
	indented := true
	for i, l := range p {
		indented = indented && strings.HasPrefix(l, "  ")
		joined[i] = strings.TrimSpace(l)
	}
	if indented {
		q := &html.Node{Type: html.ElementNode, Data: "blockquote", DataAtom: atom.Blockquote}
		q.AppendChild(elem(atom.P, strings.Join(joined, " ")))
		return q
	}
	return elem(atom.P, strings.Join(joined, " "))
}

// capitals reports whether a line is a heading in capitals: letters, all
// upper case, eight words at most, no stop at its end.
func capitals(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3 && fieldCount(t) <= 8 && !strings.HasSuffix(t, ".")
}

// elem returns an element of tag a holding text.
func elem(a atom.Atom, text string) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	return n
}
