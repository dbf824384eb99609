package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Boxes beside a story are labelled the same way on every site that has
// them: a press release ends with "Notes to editors" and "Media
// contact", a review with its "Fiche du livre", a match report with its
// "Fiche technique", a university's news with its "Key points", an
// obituary with its "Service details", a podcast page lists its
// "Chapters". The label is a heading, a table's caption, or a bold line
// at the top of a paragraph; the box is whatever that label opens, when it
// is short. Such boxes repeat the story, or sum up facts beside it, and
// are not part of its text.

// boxLabels are the labels of such boxes in French and English, compared
// without case, apostrophes made straight, a final colon dropped.
var boxLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(`key points|key facts|key findings|key takeaways|takeaways|at a glance|fact box|factbox|
fact sheet|fast facts|quick facts|the facts|practical information|practical info|if you go|need to know|
service details|funeral details|service information|notes to editors|note to editors|notes for editors|editor's notes|
media contact|media contacts|press contact|press contacts|media enquiries|media inquiries|press office|about the author|
about the authors|chapters|episode chapters|show notes|credits|downloads|attachments|related|related articles|
related stories|related news|see also|more episodes|book details|match facts|box score|
points clés|les points clés|points-clés|à retenir|ce qu'il faut retenir|l'essentiel à retenir|fiche technique|
fiche du livre|fiche du film|fiche du disque|fiche pratique|fiche d'identité|infos pratiques|informations pratiques|
en pratique|contact presse|contacts presse|relations presse|service de presse|notes aux rédactions|
note aux rédactions|note aux rédacteurs|notes aux rédacteurs|à propos de l'auteur|à propos de l'autrice|
à propos de l'auteure|chapitres|crédits|générique|documents à télécharger|à télécharger|téléchargements|
pièces jointes|voir aussi|lire aussi|à lire aussi|sur le même sujet|autres épisodes|le programme des obsèques|
obsèques`, "|") {
		m[strings.TrimSpace(l)] = true
	}
	return m
}()

// headingLabels head a part of the page that may be long and the article
// itself (a podcast's transcript): the heading alone goes.
var headingLabels = map[string]bool{"transcript": true, "episode transcript": true, "full transcript": true,
	"transcription": true, "transcription de l'épisode": true, "retranscription": true}

// labelOf returns the text of n as a label: lowercased, apostrophes made
// straight, spaces collapsed, a final colon dropped; "" when it has more
// than six words.
func labelOf(n *html.Node) string {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(textOf(n), "’", "'")))
	if len(f) == 0 || len(f) > 6 {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(strings.TrimRight(strings.Join(f, " "), ":")), " ")
}

// maxBoxWords is the size of the longest box a label takes away.
const maxBoxWords = 200

// labelledBox reports whether n is a short box that opens with a box's
// label: its first content is a heading, a table caption, a term, a
// paragraph or a bold line (followed by a line break or ending with a
// colon) whose text is one of boxLabels, and it holds no other heading,
// no <h1>, <article> or <main>, and at most maxBoxWords words.
func labelledBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Table, atom.P, atom.Dl, atom.Details, atom.Figure:
	default:
		return false
	}
	first := firstContent(n)
	if first == nil {
		return false
	}
	switch first.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Caption, atom.Dt, atom.P, atom.Summary:
	case atom.Strong, atom.B, atom.Span, atom.Div:
		if !strings.HasSuffix(strings.TrimSpace(textOf(first)), ":") {
			next := first.NextSibling
			for next != nil && next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
				next = next.NextSibling
			}
			if first.DataAtom != atom.Div && (next == nil || next.DataAtom != atom.Br) {
				return false
			}
		}
	default:
		return false
	}
	if !boxLabels[labelOf(first)] {
		return false
	}
	if len(strings.Fields(textOf(n))) > maxBoxWords {
		return false
	}
	headings := 0
	var walk func(*html.Node) bool
	walk = func(c *html.Node) bool {
		for c := c.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.H1, atom.Article, atom.Main:
				return false
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if headings++; headings > 1 {
					return false
				}
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(n)
}

// labelHeading reports whether n is a subheading that is only a label
// (boxLabels, headingLabels): the label of a box whose content stands
// beside it, or of a part of the page, like a transcript, that is long.
func labelHeading(n *html.Node) bool {
	if !isSubheading(n) {
		return false
	}
	l := labelOf(n)
	return boxLabels[l] || headingLabels[l]
}

// firstContent returns n's first child element when no text comes
// before it, or nil.
func firstContent(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		case html.ElementNode:
			return c
		}
	}
	return nil
}
