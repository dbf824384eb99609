package webpage

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Boxes beside a story are labelled the same way on every site that has
// them: a press release ends with "Notes to editors" and "Media
// contact", a review with its "Fiche du livre", a match report with its
// "Fiche technique", a university's news with its "Key points", a
// recipe site's its editors' tip ("L'astuce de la rédaction"), a
// school blog its notice ("Information : les photos des élèves ne sont
// publiées qu'avec l'accord écrit des familles."), a
// council's with its "Chiffres clés", an obituary with its "Service
// details", a podcast page lists its "Chapters", a news story asks its
// readers to "Get in touch", a ticketing platform's event page what its
// fees pay for ("Your impact", Humanitix's), a news site why it
// covered the story ("Why We Wrote This", the Christian Science
// Monitor's summary box over the story), a guide its tips ("Quick tip",
// Idealist's callout). The label is a heading,
// a table's caption, or a bold line at the top of a paragraph; the box is
// whatever that label opens, when it is short. Such boxes repeat the
// story, or sum up facts beside it, and are not part of its text.

// boxLabels are the labels of such boxes in French and English, compared
// without case, apostrophes made straight, a final colon dropped.
var boxLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(`key points|brèves|key facts|key findings|key figures|key numbers|by the numbers|in numbers|
chiffres clés|chiffres-clés|les chiffres clés|les chiffres-clés|en chiffres|key takeaways|takeaways|at a glance|fact box|factbox|
fact sheet|fast facts|quick facts|the facts|practical information|practical info|if you go|need to know|
service details|funeral details|service information|notes to editors|note to editors|notes for editors|editor's notes|
media contact|media contacts|press contact|press contacts|media enquiries|media inquiries|press office|about the author|
about the authors|chapters|episode chapters|show notes|credits|downloads|attachments|related|related articles|
related stories|related news|related notes|see also|opening times|opening hours|horaires d'ouverture|more episodes|book details|match facts|box score|
points clés|les points clés|points-clés|à retenir|ce qu'il faut retenir|l'essentiel à retenir|fiche technique|
fiche du livre|fiche du film|fiche du disque|fiche pratique|fiche d'identité|infos pratiques|info pratique|informations pratiques|
en pratique|contact presse|contacts presse|relations presse|service de presse|notes aux rédactions|
note aux rédactions|note aux rédacteurs|notes aux rédacteurs|à propos de l'auteur|à propos de l'autrice|
à propos de l'auteure|chapitres|crédits|générique|documents à télécharger|à télécharger|téléchargements|
pièces jointes|voir aussi|lire aussi|à lire aussi|sur le même sujet|autres épisodes|le programme des obsèques|
obsèques|forward-looking statements|forward looking statements|cautionary statement|cautionary statements|
cautionary note|safe harbor|safe harbor statement|safe harbour|safe harbour statement|investor contact|investor contacts|
investor relations|for more information|more information|contact|contacts|déclarations prospectives|informations prospectives|
relations investisseurs|contact investisseurs|contacts investisseurs|pour plus d'informations|mentions légales|
legal notice|agenda|l'agenda|à l'agenda|upcoming events|coming up|events|calendar|what's on|diary dates|dates à retenir|
prochains rendez-vous|prochain rendez-vous|les rendez-vous|rendez-vous|recent posts|latest posts|latest articles|more posts|
posts récents|articles récents|derniers articles|mes derniers articles|publications récentes|get in touch|contact us|share your story|
share your experience|tell us your story|contactez-nous|écrivez-nous|témoignez|racontez-nous|l'essentiel|
repères|les repères|dates clés|les dates clés|key dates|the essentials|learning objectives|learning outcomes|
objectifs d'apprentissage|objectifs pédagogiques|objectifs de la leçon|objectifs|objectives|qui est en ligne|qui est en ligne ?|who's online|who is online|
prochaines sorties|nos prochaines sorties|prochaines activités|upcoming walks|upcoming outings|à savoir|bon à savoir|good to know|
committee contacts|useful contacts|key contacts|contacts utiles|contacts du bureau|tags|étiquettes|last edited by|
l'astuce de la rédaction|le conseil de la rédaction|les conseils de la rédaction|l'astuce de la rédac|editor's tip|editor's tips|information|heads up|rappel|references|références|dates for your diary|your impact|why we wrote this|quick tip|quick tips|did this help?|was this helpful?`, "|") {
		m[strings.TrimSpace(l)] = true
	}
	return m
}()

// headingLabels head a part of the page that may be long and the article
// itself (a podcast's transcript, its description: iHeart's "Episode
// Description" over the episode's notes; a ticketing platform's "À
// propos de l'événement" over the event's description, Mapado's): the
// heading alone goes.
var headingLabels = map[string]bool{"transcript": true, "episode transcript": true, "full transcript": true,
	"transcription": true, "transcription de l'épisode": true, "retranscription": true,
	"episode description": true, "description de l'épisode": true,
	"à propos de l'événement": true, "about this event": true, "about the event": true}

// notesLabels head a page's footnotes; the heading goes (a CMS writes it
// over the author's notes) when the notes follow it: the next block holds
// a note's link back to its reference ("[1]" pointing at "#nh1"). A
// recipe's "Notes" over the cook's advice stays.
var notesLabels = map[string]bool{"notes": true, "footnotes": true, "notes de bas de page": true, "note": true}

// notesHeading reports whether h is a notesLabels heading over footnotes.
func notesHeading(h *html.Node) bool {
	if !notesLabels[labelOf(h)] {
		return false
	}
	s := h.NextSibling
	for s != nil && s.Type != html.ElementNode {
		s = s.NextSibling
	}
	if s == nil {
		return false
	}
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (backLink(c) && noteRef(c) || walk(c)) {
				return true
			}
		}
		return false
	}
	return walk(s)
}

// aboutLabel reports whether a label names a box about the company, the
// body or the person behind the page — "About Tessera Ltd", "À propos
// d'Acme" — the paragraph a press release ends with: at most five
// words after "about" or "à propos de".
func aboutLabel(l string) bool {
	for _, p := range []string{"about ", "à propos de ", "à propos d'", "a propos de ", "a propos d'"} {
		if rest, ok := strings.CutPrefix(l, p); ok {
			return rest != "" && fieldCount(rest) <= 5 && !guestWords(rest)
		}
	}
	return false
}

// guestWords reports whether what follows "about" names the guest an
// episode or an interview is with ("About our guest", a Casted show's
// notes over the guest's biography): the text's own subject, not the
// body behind the page.
func guestWords(rest string) bool {
	switch rest {
	case "our guest", "our guests", "the guest", "the guests", "notre invité", "notre invitée", "nos invités":
		return true
	}
	return false
}

// moreLabel reports whether a label heads a list of the site's other
// posts by where they come from — "More from the Journal", "More in
// Science", "More by Ada Lane", "D'autres articles du blog" — at most four
// words after the opening; or a box of facts beside the story, "More
// about this loan" (Kiva's `<dl>` of the loan's terms).
func moreLabel(l string) bool {
	for _, p := range []string{"more from ", "more in ", "more by ", "more about this ", "also from ", "d'autres articles ", "autres articles ", "plus d'articles "} {
		if rest, ok := strings.CutPrefix(l, p); ok {
			return rest != "" && fieldCount(rest) <= 4
		}
	}
	return false
}

// joinLabel reports whether a label heads a call to join the body behind
// the page — "Adhérer au SPHA", "Join the union", "Become a member",
// "Devenir membre" — at most four words after the call: a union's or an
// association's membership box set between the parts of its release.
func joinLabel(l string) bool {
	for _, p := range []string{"adhérer ", "adhérez ", "rejoindre ", "rejoignez ", "join ", "become a ", "devenir ", "devenez "} {
		if rest, ok := strings.CutPrefix(l, p); ok {
			return rest != "" && fieldCount(rest) <= 4 && (p != "become a " && p != "devenir " && p != "devenez " || memberWords[strings.Fields(rest)[0]])
		}
	}
	return false
}

// memberWords are what "become a" / "devenir" make the reader in a
// membership call.
var memberWords = wordSet("member membre adhérent adhérente supporter donor donateur donatrice bénévole volunteer")

// noteLabels title a note set beside the text — "Note", "Todo:",
// "Warning", a documentation tool's "Date" and "Author" — when they stand
// in an element of their own at the top of a box (Doxygen's <dl
// class="section note"><dt>Note</dt>, a theme's <div class="note"><div
// class="title">Note</div>, Sandcastle's table with a <th> "Note" alone
// in its row): the box is the note, not the text. A
// paragraph that opens with "Note:" and goes on is the text's own.
var noteLabels = wordSet("note todo warning tip caution attention important remark remarque astuce avertissement date author authors auteur auteurs")

// titleOwn reports whether a box's first element is a title of its own:
// a term, or a <div>, <p> or <span> (its whole text the label, as
// labelOf reads it), not a heading of the text.
func titleOwn(first *html.Node) bool {
	switch first.DataAtom {
	case atom.Dt, atom.Div, atom.P, atom.Span:
		return true
	case atom.Th:
		// A table's header cell alone in its row (Sandcastle's
		// div.alert: a one-column table, "Note" over the note's cell),
		// not a column's heading among others ("Date", "Author").
		return soleCell(first)
	}
	return false
}

// soleCell reports whether table cell c is the only cell of its row.
func soleCell(c *html.Node) bool {
	for _, next := range []func(*html.Node) *html.Node{
		func(n *html.Node) *html.Node { return n.PrevSibling },
		func(n *html.Node) *html.Node { return n.NextSibling },
	} {
		for s := next(c); s != nil; s = next(s) {
			if s.DataAtom == atom.Td || s.DataAtom == atom.Th {
				return false
			}
		}
	}
	return c.Parent != nil && c.Parent.DataAtom == atom.Tr
}

// boxLabel reports whether a label is one of boxLabels, a moreLabel or a
// joinLabel.
func boxLabel(l string) bool { return boxLabels[l] || moreLabel(l) || joinLabel(l) }

// numbersLabel reports whether l names a box of figures after its subject,
// five words at most ("Blackmoss in numbers", a Shorthand story's inset;
// "Le projet en chiffres", "The year by the numbers"), as "in numbers"
// alone does. Only a heading that opens its own short box reads so
// (labelledOrNote): such a heading over the story's own next paragraphs,
// in the story's box, is the story's.
func numbersLabel(l string) bool {
	if fieldCount(l) > 5 {
		return false
	}
	for _, tail := range []string{" in numbers", " by the numbers", " in figures", " en chiffres"} {
		if strings.HasSuffix(l, tail) && len(l) > len(tail) {
			return true
		}
	}
	return false
}

// aboutTail reports whether p, a paragraph that is only a bold line,
// opens a press release's tail: its text is an aboutLabel ("About
// Cobaltline Marine"), and what follows it in its parent, up to the end,
// is at most maxBoxWords words without a heading that is not a label.
// Wire services set "About …" in bold paragraphs, not headings; the
// company descriptions and contacts after it are not the release's text.
func aboutTail(p *html.Node) bool {
	if p.DataAtom != atom.P && (p.DataAtom != atom.Div || !paragraphDiv(p)) {
		return false
	}
	b := firstContent(p)
	if b == nil || b.DataAtom != atom.B && b.DataAtom != atom.Strong {
		// The label may be set by the paragraph's class alone when it
		// opens its box ("<p class="paragraph_style_8">About this
		// blog</p>", iWeb's text box in a blog's sidebar).
		if firstContent(p.Parent) != p || !aboutLabel(labelOf(p)) {
			return false
		}
	} else {
		for s := b.NextSibling; s != nil; s = s.NextSibling {
			if s.Type != html.TextNode || strings.TrimSpace(s.Data) != "" {
				return false
			}
		}
		if l := labelOf(b); !aboutLabel(l) && (p.DataAtom != atom.Div || !boxLabel(l)) {
			return false
		}
	}
	words := 0
	for s := p.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && headingLevel(s) > 0 && !boxLabel(labelOf(s)) && !aboutLabel(labelOf(s)) {
			return false
		}
		if words += nodeWords(s); words > maxBoxWords {
			return false
		}
	}
	return true
}

// labelledSection reports whether the subheading h, a box's label, heads
// a short section at the tail of its parent — the siblings after it up to
// the next heading, at most maxBoxWords words, and every heading after it
// a label too — and returns the sibling that ends it (nil at the parent's
// end). A press release's tail is written so: "Forward-looking
// statements", "About X", "Media contact", each a heading and a
// paragraph. Inside the story, a label heading goes alone and its section
// stays.
func labelledSection(h *html.Node) (*html.Node, bool) {
	l := labelOf(h)
	if headingLabels[l] || notesLabels[l] || !tailLabel(h) {
		return nil, false
	}
	words := 0
	var end *html.Node
	for s := h.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && headingLevel(s) > 0 {
			end = s
			break
		}
		words += nodeWords(s)
	}
	if words > maxBoxWords {
		return nil, false
	}
	return end, true
}

// wrappedTail returns the section after w, a wrapper of a label's heading
// (headingIn: a wiki's div.mw-heading around the <h2> and its edit link,
// MediaWiki's Minerva skin setting the section's text in the <section>
// after it), when that section is only links (linksOnly: "See also" and
// the wiki's pages it lists), maxBoxWords words at most and no heading:
// a box of links the label names, which goes with its label; or the
// list after w that ends its parent, maxBoxWords words at most. nil
// otherwise: a label heading over text goes alone.
func wrappedTail(w *html.Node) *html.Node {
	h := headingIn(w)
	if h == nil || !labelHeading(h) {
		return nil
	}
	if l := labelOf(h); headingLabels[l] || notesLabels[l] {
		return nil
	}
	sec := nextElement(w)
	if sec == nil || sec.DataAtom != atom.Section && sec.DataAtom != atom.Ul && sec.DataAtom != atom.Ol || len(strings.Fields(textOf(sec))) > maxBoxWords {
		// The element's kind first: its words are counted only for a
		// section or a list.
		return nil
	}
	switch sec.DataAtom {
	case atom.Section:
		if !linksOnly(sec) {
			return nil
		}
	case atom.Ul, atom.Ol:
		// A list that ends the text (the Vector 2022 skin's
		// "References" and the works it cites, the wrapper and the
		// list siblings at the end of the page's text): the label's
		// box, whatever it holds.
		if nextElement(sec) != nil {
			return nil
		}
	default:
		return nil
	}
	for d := range sec.Descendants() {
		if headingLevel(d) > 0 {
			return nil
		}
	}
	return sec
}

// allWithin reports whether every word under n stands in an element of
// one of the kinds tags names, under n: linksOnly's links, boldLine's
// bold.
func allWithin(n *html.Node, tags ...atom.Atom) bool {
	for d := range n.Descendants() {
		if d.Type != html.TextNode || strings.TrimSpace(d.Data) == "" {
			continue
		}
		a := d.Parent
		for a != n && !slices.Contains(tags, a.DataAtom) {
			a = a.Parent
		}
		if a == n {
			return false
		}
	}
	return true
}

// linksOnly reports whether every word under n is a link's.
func linksOnly(n *html.Node) bool {
	return allWithin(n, atom.A)
}

// boldLine reports whether n is a paragraph wholly in bold, a label's
// words at most ("Agenda du jardin"): the heading a word processor's
// author sets by hand, in bold rather than in a heading's style.
func boldLine(n *html.Node) bool {
	// Bold first: most paragraphs' first text is their own, which ends
	// allWithin at once, while labelOf builds a short paragraph's text.
	return n.DataAtom == atom.P && allWithin(n, atom.B, atom.Strong) && labelOf(n) != ""
}

// tailLabel reports whether h, a subheading, stands at its parent's
// tail: every heading after it is a label too.
func tailLabel(h *html.Node) bool {
	for s := h.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && headingLevel(s) > 0 {
			if l := labelOf(s); !boxLabel(l) && !aboutLabel(l) {
				return false
			}
		}
	}
	return true
}

// headingLevel returns 1 to 6 for <h1> to <h6>, 0 for anything else.
func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return int(n.Data[1] - '0')
	}
	return 0
}

// labelOf returns the text of n as a label: lowercased, apostrophes made
// straight, spaces collapsed, a final colon dropped; "" when it has more
// than six words.
func labelOf(n *html.Node) string {
	text, ok := labelText(n)
	if !ok {
		return ""
	}
	// strings.Fields(strings.ToLower(text)) joined by single spaces, "’"
	// read as "'", in one pass and one string: prune asks for the label
	// of every box's first block and heading, and the four steps' strings
	// were 2 % of the reduction's allocations.
	var buf [128]byte
	b, space := buf[:0], false
	for _, r := range text {
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		switch {
		case r == '’':
			b = append(b, '\'')
		case 'A' <= r && r <= 'Z':
			b = append(b, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if len(b) == 0 {
		return ""
	}
	if string(b) != text {
		text = string(b)
	}
	return strings.TrimRight(strings.TrimSpace(strings.TrimRight(text, ":")), " ")
}

// maxLabelWords is the length of the longest label.
const maxLabelWords = 6

// labelText returns the text of n, and false as soon as it has more than
// maxLabelWords words (as strings.Fields splits them): prune asks for the
// label of every box's first block, a paragraph of the story most often,
// and reading the whole of it was a tenth of the reduction's time.
func labelText(n *html.Node) (string, bool) {
	// The words are only counted until they are known to be a label's:
	// most are a paragraph's, longer; textOf copies no single text.
	words, inWord := 0, false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			for _, r := range n.Data {
				// ASCII, most of the text, without unicode.IsSpace's call.
				if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
					inWord = false
				} else if !inWord {
					if inWord, words = true, words+1; words > maxLabelWords {
						return false
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	return textOf(n), true
}

// maxBoxWords is the size of the longest box a label takes away.
const maxBoxWords = 200

// labelledBox reports whether n is a short box that opens with a box's
// label: its first content is a heading, a table caption, a term, a
// paragraph, a <header> or a bold line (followed by a line break or
// ending with a colon) whose text is one of boxLabels, and it holds no
// other heading, no <h1>, <article> or <main>, and at most maxBoxWords
// words.
func labelledBox(n *html.Node) bool { return labelledOrNote(n, false) }

// minLeadIns is how many paragraphs beside a labelled one must open
// with lead-ins of their own for the label to be one of the story's
// (leadInRun).
const minLeadIns = 2

// leadInRun reports whether paragraph p stands among paragraphs, its
// siblings, minLeadIns or more of which open with a bold lead-in ending
// with a colon that is no box's label, their sentence going on after it
// (leadIn): a story written in lead-ins, as Axios writes "Why it
// matters:", "Between the lines:", "By the numbers:", "What's next:" —
// its "By the numbers:" is the story's paragraph, not a box of figures.
func leadInRun(p *html.Node) bool {
	n := 0
	for _, next := range []func(*html.Node) *html.Node{
		func(c *html.Node) *html.Node { return c.PrevSibling },
		func(c *html.Node) *html.Node { return c.NextSibling },
	} {
		for s := next(p); s != nil; s = next(s) {
			if s.Type != html.ElementNode {
				continue
			}
			if s.DataAtom != atom.P {
				break
			}
			if leadIn(s) {
				if n++; n >= minLeadIns {
					return true
				}
			}
		}
	}
	return false
}

// leadIn reports whether paragraph p opens with a bold lead-in ending
// with a colon, no box's label, and goes on after it.
func leadIn(p *html.Node) bool {
	first := firstContent(p)
	if first == nil || first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return false
	}
	label := strings.TrimSpace(textOf(first))
	if !strings.HasSuffix(label, ":") || boxLabel(labelOf(first)) {
		return false
	}
	return len(strings.Fields(textOf(p))) > len(strings.Fields(label))+3
}

// colonAfter reports whether the text after a label in bold opens with
// its colon, set after the bold as French typography spaces it
// ("<strong>Bon à savoir</strong> : la permanence…", Typora's and other
// Markdown editors' rendering of "**Bon à savoir** : …").
func colonAfter(label *html.Node) bool {
	next := label.NextSibling
	if next == nil || next.Type != html.TextNode && next.Type != html.ElementNode {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(textOf(next), " \u00a0\u202f"), ":")
}

// boldNote reports whether first, the first element of box n, is a bold
// label and n's class a notice's kind alone ('<div class="info"><strong>Note
// :</strong> les sacs de balisage ne sont disponibles que le samedi matin
// …</div>', WackoWiki's box set among a page's text): a note's box, as a
// label of its own over it makes one. The kind may come after "box", the
// class of every box the theme draws ('<div class="box note"><strong>Note:</strong>
// the booth gets very warm …</div>', bitweaver's box in a wiki page). A
// class alone that names a box, one word ending with "_box" or "-box",
// makes the note's box as well ('<div class="wafl_box"><b>Note:</b> the
// booking system has a training mode. …</div>', Socialtext's box in a
// wiki page's text): the label says its kind where the class does not.
func boldNote(n, first *html.Node) bool {
	if first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return false
	}
	class := attr(n, "class")
	if kind, ok := strings.CutPrefix(class, "box "); ok {
		class = kind
	}
	return hintKinds[class] || namedBox(class)
}

// namedBox reports whether class, one word, names a box: it ends with
// "_box" or "-box" after a name of its own ("wafl_box").
func namedBox(class string) bool {
	return len(class) > len("_box") && (strings.HasSuffix(class, "_box") || strings.HasSuffix(class, "-box")) && !strings.ContainsRune(class, ' ')
}

// kindedBox reports whether first, the first element of box n, is a bold
// label and n's class a theme's box of a notice's kind ('<div class="box
// warning"><b>Safety first:</b> never climb above head height alone
// …</div>', BoltWire's box among a wiki page's text): a notice whatever
// its label says, the kind its class names, where boldNote wants a
// note's label too.
func kindedBox(n, first *html.Node) bool {
	if first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return false
	}
	kind, ok := strings.CutPrefix(attr(n, "class"), "box ")
	return ok && hintKinds[kind]
}

// storyClass reports whether paragraph p has a class and the paragraph
// before it the same ('<p class="article-content_paragraph__mQ2sd"><strong>Bon
// à savoir :</strong> la plupart des guinguettes n'acceptent pas …</p>'
// after another of that class, a Next.js build's story closing with its
// advice): a paragraph the build writes as it writes the text's, not a
// box set apart, whatever its label says.
func storyClass(p *html.Node) bool {
	class := attr(p, "class")
	if class == "" {
		return false
	}
	prev := prevElement(p)
	return prev != nil && prev.DataAtom == atom.P && attr(prev, "class") == class
}

// labelledOrNote reports whether n is a labelledBox or, when notes is
// set (a page that shows no code, where a note is set apart from the
// text as an admonition is), a note's box: its first element a title of
// its own that is one of noteLabels.
func labelledOrNote(n *html.Node, notes bool) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Table, atom.P, atom.Dl, atom.Details, atom.Figure:
	default:
		return false
	}
	first := firstContent(n)
	if n.DataAtom == atom.Table {
		first = firstCell(n)
		if first != nil && oneCell(n) == first {
			// A box of one cell, its label the cell's first paragraph
			// ('<table class="ee_element ee_columns"><tr><td
			// class="ee_dropzone" style="border:1px solid …"><p
			// style="font-weight:bold">Dates for your diary</p><p>Sat 7
			// March: Dawn chorus walk, 5.45am</p>…', dotdigital's
			// bordered box in a letter's text).
			if c := firstContent(first); c != nil && c.DataAtom == atom.P {
				first = c
			} else if c != nil && c.DataAtom == atom.Font {
				// Or its label in bold in the cell's <font> ('<table
				// border="1" …><tr><td bgcolor="#F5EBDC"><font
				// face="Arial" size="2"><b>Prochain rendez-vous :</b>
				// assemblée générale le vendredi 12 septembre …',
				// WebEasy's bordered box under a news item).
				if b := firstContent(c); b != nil && (b.DataAtom == atom.B || b.DataAtom == atom.Strong) {
					first = b
				}
			}
		}
	}
	if first == nil {
		return false
	}
	// The label first: it reads at most maxLabelWords words, where the
	// whole text of a first <div> or <span> may be the page's.
	if l := labelOf(first); !boxLabel(l) && !(aboutLabel(l) && headingLevel(first) > 0) && !(notes && (noteLabels[l] && (titleOwn(first) || boldNote(n, first)) || kindedBox(n, first))) && !(numbersLabel(l) && headingLevel(first) > 0) {
		return false
	}
	switch first.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Caption, atom.Dt, atom.P, atom.Summary, atom.Td, atom.Th, atom.Header:
		// A box's <header> holding only its label (a textbook's
		// "Learning Objectives" box).
	case atom.Strong, atom.B, atom.Span, atom.Div:
		if n.DataAtom == atom.P && (leadInRun(n) || storyClass(n)) {
			// The story's own style: its paragraphs open with bold
			// lead-ins, the label one of them; or the paragraph is one
			// of the story's own, its class theirs (storyClass).
			return false
		}
		if first.DataAtom != atom.Div && !strings.HasSuffix(strings.TrimSpace(textOf(first)), ":") && !colonAfter(first) {
			next := pastBlank(first.NextSibling)
			if next == nil || next.DataAtom != atom.Br {
				return false
			}
		}
	default:
		return false
	}
	if nodeWords(n) > maxBoxWords {
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
	if n.DataAtom == atom.H1 {
		// A document's "About this document ..." after its title's
		// <h1> (LaTeX2HTML's colophon, at the level of a section's
		// heading: "À propos de ce document...", then the generator's
		// credit) closes the page as an "About …" subheading does; so
		// does its appendix (pandoc's sections are <h1>s).
		l := labelOf(n)
		return (aboutLabel(l) || appendixLabel(l)) && tailLabel(n) && laterHeadline(n)
	}
	if !isSubheading(n) {
		return false
	}
	l := labelOf(n)
	if appendixLabel(l) && tailLabel(n) {
		return true
	}
	if (agendaLabels[l] || practicalLabels[l]) && storyDiary(n) {
		return false
	}
	if summaryLabels[l] && storySummary(n) {
		return false
	}
	if joinLabel(l) && storyDiary(n) {
		// A call to join heading the story's last section in prose, as
		// a diary's label may ('<h3>Rejoindre la section</h3><p>L'adhésion
		// est ouverte à tous les salariés du site, … Les permanences ont
		// lieu le mardi et le jeudi …</p><p>Le bureau de la section</p>',
		// a union section's report after its "Le calendrier"): the
		// section's own, with its signature, not a membership box.
		return false
	}
	return boxLabel(l) || headingLabels[l] || aboutLabel(l) && tailLabel(n) || l == "" && aboutTheLabel(n) && tailLabel(n) || notesHeading(n) || pastLabel(l) && tailLabel(n)
}

// aboutTheLabel reports whether heading n, too long for labelOf, is
// "About the" and a body's name of seven words at most ("About the Harlow
// Valley Chamber of Commerce", the issuer's paragraph that ends a press
// release): an "About …" label as aboutLabel reads a shorter one.
func aboutTheLabel(n *html.Node) bool {
	t := collapsedText(n)
	return len(t) > len("About the ") && strings.EqualFold(t[:len("About the ")], "About the ") && fieldCount(t) <= 9
}

// manLabels are the headings of a manual page's sections that are not
// its text, in capitals as pod2html, man2html and mandoc write them: its
// NAME line (the title the page takes), the pages it points to, who
// wrote it and its licence.
var manLabels = map[string]bool{"NAME": true, "SEE ALSO": true, "AUTHOR": true, "AUTHORS": true, "COPYRIGHT": true,
	"COPYRIGHT AND LICENSE": true, "COPYRIGHT AND LICENCE": true, "LICENSE": true, "LICENCE": true,
	// A French translation's (pod2html of a French POD: "NOM", "VOIR
	// AUSSI", "AUTEUR", "COPYRIGHT ET LICENCE").
	"NOM": true, "VOIR AUSSI": true, "AUTEUR": true, "AUTEURS": true, "COPYRIGHT ET LICENCE": true}

// manSection reports whether h, an <h1> or <h2> (an <h1> lowered by
// Readability), heads a manual page's section that is not its text: its
// one text one of manLabels, in capitals ("NAME", "SEE ALSO",
// "COPYRIGHT AND LICENSE": pod2html's '<h1 id="NAME">NAME</h1>'); "NAME"
// the page's first <h1>, which marks the page as a manual page
// (m.manPage), the others after it. The NAME line is the page's title;
// the sections that close it are the generator's record of who wrote it
// and under which licence, not the text. The heading's one text is
// looked up as it stands, no label built: prune asks it of every <h1>
// and <h2>.
func manSection(h *html.Node, m *meta) bool {
	f, linked := h.FirstChild, false
	if f != nil && f.DataAtom == atom.A && f.NextSibling == nil && strings.HasPrefix(attr(f, "href"), "#") {
		// The heading's link to itself around its one text (MetaCPAN's
		// '<h1 id="AUTEUR"><a href="#AUTEUR">AUTEUR</a></h1>', mandoc's
		// permalink): its NAME marks the manual page but stays, the
		// page's reference keeping it as the text's first line
		// (mandoc's) or another rule taking it.
		f, linked = f.FirstChild, true
	}
	if f == nil || f.Type != html.TextNode || f.NextSibling != nil || len(f.Data) > 2*len("COPYRIGHT AND LICENSE") {
		return false
	}
	t := strings.TrimSpace(f.Data)
	name := t == "NAME" || t == "NOM"
	if !manLabels[t] || name == m.manPage {
		return false
	}
	if name {
		if laterHeadline(h) {
			return false
		}
		m.manPage = true
		return !linked
	}
	return true
}

// robodocHead reports whether h is ROBODoc's header of an item, its one
// text a path without spaces, " [ ", the item's kind and " ]" ('<h2>tramlib/migration
// [ Modules ]</h2>').
func robodocHead(h *html.Node) bool {
	f := h.FirstChild
	if f == nil || f.Type != html.TextNode || f.NextSibling != nil || !strings.HasSuffix(f.Data, " ]") {
		return false
	}
	path, kind, ok := strings.Cut(f.Data, " [ ")
	return ok && path != "" && !strings.ContainsAny(path, " \t") && strings.Contains(path, "/") && fieldCount(kind) == 2
}

// robodocTail reports whether p is ROBODoc's name of an item that records
// who wrote the module and under which licence ('<p
// class="item_name">AUTEURS</p>', "AUTHORS", "COPYRIGHT"; manLabels and
// their French), not its text.
func robodocTail(p *html.Node) bool {
	f := p.FirstChild
	if f == nil || f.Type != html.TextNode || f.NextSibling != nil || len(f.Data) > 2*len("COPYRIGHT AND LICENSE") || attr(p, "class") != "item_name" {
		return false
	}
	t := strings.TrimSpace(f.Data)
	return t != "NAME" && t != "NOM" && manLabels[t]
}

// laterHeadline reports whether an <h1> comes before h in the document:
// h is not the page's headline. It walks back once per <h1> that is a
// label, a few a page at most.
func laterHeadline(h *html.Node) bool {
	for n := h; n != nil; n = n.Parent {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if s.DataAtom == atom.H1 || s.Type == html.ElementNode && find(s, atom.H1) != nil {
				return true
			}
		}
	}
	return false
}

// appendixLabel reports whether a heading's label names a document's
// appendix ("Annexe : relevés mensuels", "Appendix A", "Annexes"): the
// tables and records a report adds after its text, for reference.
func appendixLabel(l string) bool {
	first, _, _ := strings.Cut(l, " ")
	switch strings.TrimRight(first, ":.") {
	case "annexe", "annexes", "annex", "appendix", "appendices":
		return true
	}
	return false
}

// agendaLabels are the boxLabels of a diary.
var agendaLabels = map[string]bool{"agenda": true, "l'agenda": true, "à l'agenda": true, "upcoming events": true, "coming up": true,
	"what's on": true, "diary dates": true, "dates à retenir": true, "prochains rendez-vous": true,
	"les rendez-vous": true, "rendez-vous": true, "prochaines sorties": true, "prochaines activités": true}

// practicalLabels are the boxLabels of a story's practical details (a
// concert's or an outing's "Infos pratiques", "Practical information";
// a travel guide's "Bon à savoir", what to know before setting off):
// a box of times and prices beside the story, or, as an association's
// post writes it, the story's last section in prose (storyDiary).
var practicalLabels = map[string]bool{"infos pratiques": true, "info pratique": true, "informations pratiques": true, "en pratique": true,
	"practical information": true, "practical info": true, "bon à savoir": true, "à savoir": true, "good to know": true}

// storyDiary reports whether subheading h, a diary's label (or a
// practical one, practicalLabels), heads a section of the story rather
// than a box: a subheading of the level of
// one of the story's before it that is no label, over a paragraph of
// prose, two sentences and forty words or more ("Prochains rendez-vous",
// the last section of a report, "La prochaine collecte aura lieu le
// mardi 10 juin, … L'amicale tiendra son assemblée générale …"). An
// <h3> before an <h2> counts as of its level: prune lowers the story's
// <h2>s to <h3>s as it passes them, so those before h are <h3>s by then
// (an Indico event's description, "Scope", "Format", then "Practical
// information").
//
// A practical label's section may hold a list instead ('<h3>En
// pratique</h3><ul><li>Durée : 1 h 40 avec entracte.</li>…</ul>', a
// ticketing platform's show page; "Infos pratiques" over the story's
// last list on an association's news): at the level of the story's own
// subheadings it is the story's last section, where a box's label heads
// its box alone (no subheading of the story before it among its
// siblings).
func storyDiary(h *html.Node) bool {
	p := pastBlank(h.NextSibling)
	if p == nil || p.DataAtom != atom.P && !(practicalLabels[labelOf(h)] && (p.DataAtom == atom.Ul || p.DataAtom == atom.Ol)) {
		return false
	}
	if text := collapsedText(p); p.DataAtom == atom.P && (fieldCount(text) < 40 && !proseDetails(text) || countSentences(text) < 2) {
		return false
	}
	for s := h.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && (s.DataAtom == h.DataAtom || h.DataAtom == atom.H2 && s.DataAtom == atom.H3) && !boxLabel(labelOf(s)) {
			return true
		}
	}
	return false
}

// proseDetails reports whether text, shorter than storyDiary's
// paragraph of forty words, is still prose: three sentences or more of
// twenty-five words in all ("Ouverture des portes à 20 h, début du
// concert à 20 h 30. L'entrée est libre, … Une buvette … sera ouverte à
// l'entracte.", a band's post's "Infos pratiques"), where a box of
// details is lines of a few words each.
func proseDetails(text string) bool {
	return fieldCount(text) >= 25 && countSentences(text) >= 3
}

// summaryLabels are the boxLabels of what a story's reader should keep
// from it: a box of key points beside the story, or, as a test or a
// review writes it, the story's last section, its conclusion.
var summaryLabels = map[string]bool{"à retenir": true, "ce qu'il faut retenir": true, "l'essentiel à retenir": true,
	"key takeaways": true, "takeaways": true, "the essentials": true, "l'essentiel": true}

// minSummaryWords is the length of the shortest paragraph of prose that
// opens a story's summing-up section (storySummary).
const minSummaryWords = 20

// storySummary reports whether subheading h, a summary's label, heads
// the story's last section rather than a box: the story's subheadings
// before it, its siblings, one of them at least no label (prune has
// judged them already, an <h2> made an <h3>), the section under it (up
// to the next heading or its parent's end) opening with a paragraph of
// prose, minSummaryWords words or more, and ending with a paragraph that
// ends like a sentence: a test's "Ce qu'il faut retenir" over its
// summing-up, its strengths and weaknesses and its verdict. A box of key
// points in a list, or under a story without subheadings, still goes.
func storySummary(h *html.Node) bool {
	first := nextElement(h)
	if first == nil || first.DataAtom != atom.P || fieldCount(collapsedText(first)) < minSummaryWords {
		return false
	}
	var last *html.Node
	for s := first; s != nil && headingLevel(s) == 0; s = nextElement(s) {
		last = s
	}
	if f := prevElement(last); last != first && f != first && signedEnd(f, last) {
		last = prevElement(f)
	}
	if last.DataAtom != atom.P || !endsSentence(collapsedText(last)) {
		return false
	}
	for s := h.PrevSibling; s != nil; s = s.PrevSibling {
		if isSubheading(s) && !boxLabel(labelOf(s)) {
			return true
		}
	}
	return false
}

// signedEnd reports whether f and last, paragraphs one after the
// other, are a letter's closing formula, maxFormulaWords words at most
// ending with a comma and no stop ("Bon courage à tous,"), over its
// signature, a line of maxFormulaWords words at most that does not end
// like a sentence ("M. Ferrand"): a teacher's lesson that ends its
// summing-up so.
func signedEnd(f, last *html.Node) bool {
	if f == nil || f.DataAtom != atom.P || last.DataAtom != atom.P {
		return false
	}
	ft, lt := strings.TrimSpace(collapsedText(f)), collapsedText(last)
	fw, lw := fieldCount(ft), fieldCount(lt)
	return fw > 0 && fw <= maxFormulaWords && lw > 0 && lw <= maxFormulaWords && strings.HasSuffix(ft, ",") &&
		countSentences(ft) == 0 && !endsSentence(lt)
}

// firstContent returns n's first child element when no text comes
// before it, or nil.
func firstContent(n *html.Node) *html.Node {
	return edgeContent(n.FirstChild, func(c *html.Node) *html.Node { return c.NextSibling })
}

// edgeContent walks from c with next to the first element, or nil when
// text comes before it.
func edgeContent(c *html.Node, next func(*html.Node) *html.Node) *html.Node {
	for ; c != nil; c = next(c) {
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

// verdictLabels open the author's verdict on what a review or a test
// weighed ("Notre avis : …", "Our verdict: …"), which sites set in a box
// of its own, an <aside> too, between the text's paragraphs: it is the
// article's conclusion, not a box beside it.
var verdictLabels = []string{"notre avis", "notre verdict", "le verdict", "verdict", "l'avis de la rédaction",
	"notre conclusion", "en conclusion", "our verdict", "the verdict", "our view", "our take", "our opinion",
	"the bottom line", "bottom line", "our conclusion", "conclusion"}

// verdictText reports whether text opens with a verdict's label followed
// by a colon or a dash.
func verdictText(text string) bool {
	head := strings.TrimSpace(text)
	if len(head) > 40 {
		head = head[:40]
	}
	if !isASCII(head) {
		return verdictHead(head)
	}
	// Lowered byte by byte as it is compared, not copied: ASCII holds
	// no "’" to straighten, and lowering keeps its length.
	for _, l := range verdictLabels {
		if hasPrefixFold(head, l) {
			return verdictMark(head[len(l):])
		}
	}
	return false
}

// verdictHead is verdictText on a text's first 40 bytes, lowered and its
// "’" made straight, as every text was read before ASCII ones were read
// as they are (FuzzVerdictText).
func verdictHead(head string) bool {
	head = strings.ToLower(strings.ReplaceAll(head, "’", "'"))
	for _, l := range verdictLabels {
		if rest, ok := strings.CutPrefix(head, l); ok {
			return verdictMark(rest)
		}
	}
	return false
}

// verdictMark reports whether what follows a verdict's label opens with
// a colon or a dash.
func verdictMark(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// verdictBox reports whether an <aside> is the author's verdict: at most
// maxVerdictWords words, opening with a verdict's label.
func verdictBox(n *html.Node) bool {
	text := textOf(n)
	return verdictText(text) && fieldCount(text) <= maxVerdictWords
}

// maxVerdictWords is the length of the longest verdict box verdictBox
// keeps.
const maxVerdictWords = 120

// firstCell returns a table's caption, or the cell of its first row when
// that row has one cell only (a layout table's title row), or one cell
// with text only, the others empty (a document's table, its label in the
// first cell of a two-column row), or nil.
func firstCell(t *html.Node) *html.Node {
	row := t
	for row != nil && row.DataAtom != atom.Tr {
		if row.DataAtom == atom.Caption {
			return row
		}
		row = firstContent(row)
	}
	if row == nil {
		return nil
	}
	cell := onlyChild(row)
	if cell == nil {
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != "" || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				if cell != nil {
					return nil
				}
				cell = c
			}
		}
	}
	if cell == nil || cell.DataAtom != atom.Td && cell.DataAtom != atom.Th {
		return nil
	}
	return cell
}

// maxInsetWords is the size of the longest inset box insetBox takes away.
const maxInsetWords = 100

// insetBox reports whether n is a box inset in the story: a <div>,
// <section> or <table> that stands after a paragraph of prose (twenty
// words or more) and before another or a subheading, opens with a title line — a heading, or a
// paragraph in bold as a whole, of at most six words and no stop but a
// question mark ("Vous avez des photos de colonie ?") — and holds
// something after it, maxInsetWords words at most; a box alone in a block
// of its own (Omeka's exhibit-block) stands between the blocks around
// it, their paragraphs or headings next to it. Practical boxes
// ("Vote par procuration", "How to apply", "If you need help") are set so
// inside the text on every site; the story's own sections are not boxes
// between two of its paragraphs. The author's verdict ("Notre avis :")
// stays.
func insetBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Table:
	default:
		return false
	}
	// A box alone in a block of its own (Omeka's exhibit-block) is
	// judged by the block's neighbours.
	at := n
	for at.Parent != nil && at.Parent.DataAtom == atom.Div && onlyChild(at.Parent) == at {
		at = at.Parent
	}
	// The box's opening is asked about before its neighbours, whose
	// words are counted: most boxes open with no heading and no
	// emphasis, as the switch below wants.
	switch first := firstContent(n); {
	case first == nil:
		return false
	case first.DataAtom == atom.P || first.DataAtom == atom.Div:
		if b := firstContent(first); b == nil || !emphasis(b) {
			return false
		}
	case first.DataAtom != atom.H3 && first.DataAtom != atom.H4 && first.DataAtom != atom.H5 && first.DataAtom != atom.H6 && first.DataAtom != atom.B && first.DataAtom != atom.Strong:
		return false
	}
	if !proseSibling(at, true) || !proseSibling(at, false) {
		return false
	}
	first := firstContent(n)
	if first == nil {
		return false
	}
	switch first.DataAtom {
	case atom.H3, atom.H4, atom.H5, atom.H6:
	case atom.P, atom.Div:
		b := firstContent(first)
		if b == nil || !emphasis(b) {
			return false
		}
		if strings.TrimSpace(textOf(b)) != strings.TrimSpace(textOf(first)) {
			return leadInCall(n, b)
		}
	case atom.B, atom.Strong:
		return leadInCall(n, first)
	default:
		return false
	}
	head := strings.TrimSpace(textOf(first))
	if !boxTitle(head) {
		return false
	}
	total := nodeWords(n)
	return total > fieldCount(head) && total <= maxInsetWords
}

// boxTitle reports whether head is a box's title line as insetBox reads
// it: six words at most, no stop but a question mark, not the author's
// verdict.
func boxTitle(head string) bool {
	// French sets a space before "?" and "!": a mark alone is no word.
	f := strings.FieldsFunc(head, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("?!:;", r) })
	return len(f) > 0 && len(f) <= 6 && (!endsSentence(head) || strings.HasSuffix(head, "?")) && !verdictText(head)
}

// styledBox reports whether n is a <div> whose inline style draws a box
// (boxStyle), a border all round (framedStyle) or sets a background colour alone (WordPress's group block
// "has-background", style="background-color:#fdf3dc;padding:1em", or
// that class alone, the colour a palette's), after
// a paragraph or a list of the story (or right under a subheading that
// follows one, between the heading and its section's text), that opens with a
// lead-in in bold, alone on its line or not ("Booking line: 01632 960
// 481", "Leaders: want to run this with your section?"), or with a title
// line in a heading of its own (<h3>–<h6>, as insetBox reads one:
// "Free design visit"), and holds
// something after it, maxInsetWords words at most: a box an editor sets
// among the text's paragraphs with its own border and background, a
// notice, as insetBox's are. The author's verdict stays. A table of one
// cell coloured by its bgcolor (colouredCell) is such a box too, and so
// is one framed by its border alone in a <p> (LaTeX2HTML's \fbox, in the
// paragraph it leaves open; a bordered table beside the paragraphs may be
// a page's layout, as KompoZer borders its tables). A quotation of the
// story before the box is as good as a paragraph (archive.today's
// snapshot of a club's news, its "Try rowing:" box under the quotation),
// and a picture's box with its caption between them is passed over.
// The box's paragraphs may stand in an inner container of its own, its
// only child (WordPress's group block in a classic theme). So is a row of
// an e-mail's layout, a block to each row, its one cell tinted among rows
// that are not (tintedRow), after a row whose cell ends with a paragraph.
func styledBox(n *html.Node) bool {
	box, at := n, n
	if n.DataAtom == atom.Table {
		if n.Parent != nil && n.Parent.DataAtom == atom.P && onlyChild(n.Parent) == n {
			at = n.Parent
		} else if n.Parent != nil && n.Parent.DataAtom == atom.Div && onlyChild(n.Parent) == n {
			// The table alone in a <div> a wiki wraps it in ('<div
			// class="ie5"><table class="style_table">', PukiWiki's):
			// the paragraph before is the <div>'s. Its border is no
			// box's, as a bordered table in a <div> may be a layout.
			at = n.Parent
		}
		if box = colouredCell(n, at != n && at.DataAtom == atom.P); box == nil {
			return false
		}
	} else if n.DataAtom == atom.Tr {
		// A row of an e-mail's layout, a block to each row, whose one
		// cell is tinted among rows that are not (tintedRow): the
		// paragraph before it is the previous row's.
		if box = tintedRow(n); box == nil {
			return false
		}
	} else if n.DataAtom == atom.P {
		// A paragraph its inline style draws as a box, border and
		// background ("background: #f3efe6; border-left: 4px solid
		// #a67c52", an editor's highlighted notice in WordPress's
		// classic editor).
		if !boxStyle(attr(n, "style")) {
			return false
		}
	} else if n.DataAtom != atom.Div || !backgroundStyle(attr(n, "style")) && !(strings.Contains(attr(n, "class"), "has-background") && slices.Contains(strings.Fields(attr(n, "class")), "has-background")) && !framedStyle(attr(n, "style")) {
		// boxStyle's border and background, or the background alone,
		// inline or by WordPress's class of a block with a background
		// colour ("has-background", the colour in a class of the
		// theme's palette beside it), or a border all round alone
		// (framedStyle: SimpleSite's '<div class="info-box"
		// style="border:2px solid #7a2e4a;padding:10px">').
		return false
	}
	prev := prevElement(at)
	if n.DataAtom == atom.Tr {
		prev = lastContent(onlyChild(prev))
	} else if prev == nil && n.DataAtom == atom.Div {
		// The box alone in a block of an e-mail's layout, a table of
		// one cell to each block (The Newsletter Plugin's tnpc-row,
		// MJML's and others'): the paragraph before it is the last
		// of the block before (blockBefore).
		prev = blockBefore(n)
	} else if prev == nil && n.DataAtom == atom.Table {
		// The box a table of its own alone in a row of an e-mail's
		// layout, a row to each block (SendPulse's content-cell
		// rows): the paragraph before it is the last of the row
		// before (rowBefore).
		prev = rowBefore(n)
		if prev == nil && at == n {
			// The box a table of its own alone in the one cell of an
			// e-mail's block, a table of one cell to each block
			// (Stripo's es-content around its es-content-body), tinted
			// apart from the blocks' white: the paragraph before it is
			// the last of the block before, down the tables of one
			// cell that block ends in (tintedBlockBefore).
			prev = tintedBlockBefore(n)
		}
	}
	if prev != nil && prev.DataAtom == atom.Div && box != n {
		// A note's paragraphs are <div>s, its blank lines <div><br></div>
		// (Evernote's): the paragraph before the blank line.
		if spacer(prev) {
			prev = prevElement(prev)
		}
		if prev != nil && prev.DataAtom == atom.Div && paragraphDiv(prev) {
			prev = &html.Node{Type: html.ElementNode, DataAtom: atom.P}
		}
	}
	if prev != nil && n.DataAtom == atom.Div && headingLevel(prev) > 1 {
		// The box right under a subheading of the story, itself after
		// a paragraph or a list (a knowledge base's "Step 3: …" <h3>,
		// then the editor's yellow "Note: …" box, then the step's
		// text, as Kayako Fusion's editor sets one).
		prev = prevElement(prev)
	}
	if prev != nil && (prev.DataAtom == atom.Div || prev.DataAtom == atom.Figure) && holdsMedia(prev) && nodeWords(prev) <= maxCaptionWords {
		// A picture's box and its caption between the story's
		// paragraph and the box (Atlassian Statuspage's postmortem:
		// '<div class="postmortem-image"><img …><p
		// class="image-caption">…</p></div>', then the editor's
		// yellow "Refunds:" note).
		prev = prevElement(prev)
	}
	if prev != nil && n.DataAtom == atom.Div && prev.DataAtom == atom.Br && (runEnd(prev) || lineEnd(prev)) {
		// A paragraph of a page written in runs of text between
		// <br><br>, no <p> (Cargo's <bodycopy>): the run before the
		// box's <br><br>; or a line ended by one <br> (lineEnd).
		prev = &html.Node{Type: html.ElementNode, DataAtom: atom.P}
	}
	if prev == nil || prev.DataAtom != atom.P && prev.DataAtom != atom.Ul && prev.DataAtom != atom.Ol && prev.DataAtom != atom.Blockquote {
		return false
	}
	lead := firstContent(box)
	if lead != nil && lead.DataAtom == atom.Div && onlyChild(box) == lead {
		// The box's inner container, its only child (WordPress's group
		// block as classic themes write it, Twenty Nineteen's:
		// "wp-block-group__inner-container" around the paragraphs).
		lead = firstContent(lead)
	}
	if lead != nil && (lead.DataAtom == atom.H3 || lead.DataAtom == atom.H4 || lead.DataAtom == atom.H5 || lead.DataAtom == atom.H6 || lead.DataAtom == atom.P && styledEmphasis(attr(lead, "style"))) {
		// A title line in a heading of its own over the box's text, as
		// insetBox reads one ("<h3>Free design visit</h3>", then a
		// sentence and a button, in WordPress's group block with a
		// background), or in a paragraph its own inline style sets in
		// bold as a whole (systeme.io's blog editor: '<p
		// style="font-weight:700;margin:0 0 6px">Le kit du prochain
		// atelier</p>').
		head := strings.TrimSpace(textOf(lead))
		total := nodeWords(n)
		return boxTitle(head) && total > fieldCount(head) && total <= maxInsetWords
	}
	if lead != nil && (lead.DataAtom == atom.P || lead.DataAtom == atom.Div) {
		// An emoji may open the paragraph, before its lead-in.
		lead = afterPictogram(lead)
	}
	if lead == nil && n.DataAtom == atom.Div && box == n {
		// The box's text opens with a box's label and its colon, in
		// plain type ("Rappel : les adhésions 2025 sont ouvertes. …",
		// a Dada Mail message's bordered notice): the label needs no
		// bold.
		text := textOf(n)
		return plainLabel(text) && fieldCount(text) <= maxInsetWords
	}
	if lead == nil || lead.DataAtom != atom.B && lead.DataAtom != atom.Strong && !boldSpan(lead) || verdictText(textOf(lead)) {
		return false
	}
	total := len(strings.Fields(textOf(n)))
	return total > len(strings.Fields(textOf(lead))) && total <= maxInsetWords
}

// plainLabel reports whether text opens with one of boxLabels and a
// colon, within its first 40 bytes, and goes on after it.
func plainLabel(text string) bool {
	t := strings.TrimSpace(text)
	i := strings.IndexByte(t[:min(len(t), 40)], ':')
	if i <= 0 || strings.TrimSpace(t[i+1:]) == "" {
		return false
	}
	return boxLabels[strings.ToLower(strings.TrimSpace(t[:i]))]
}

// lineEnd reports whether br ends a line of text, a text node with a
// word right before it, spaces aside, as Blogger's compose mode ends each
// paragraph of a post with one <br /> ('A wider flex window gives the
// system more opportunities …<br />', then the editor's '<div
// style="background-color: #e8f0fe; border-left: 4px solid #1a73e8;
// …"><b>Note:</b> …</div>').
func lineEnd(br *html.Node) bool {
	p := br.PrevSibling
	for p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" {
		p = p.PrevSibling
	}
	return p != nil && p.Type == html.TextNode && strings.IndexFunc(p.Data, wordRune) >= 0
}

// runEnd reports whether br is the second of a <br><br> after text, as
// a page written in runs of text ends each paragraph: the <br> before it,
// spaces aside, and text with a word before that (an element's or a
// node's of its own).
func runEnd(br *html.Node) bool {
	p := beforeBlank(br.PrevSibling)
	if p == nil || p.DataAtom != atom.Br {
		return false
	}
	for p = p.PrevSibling; p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == ""; p = p.PrevSibling {
	}
	return p != nil && (p.Type == html.TextNode || p.Type == html.ElementNode && !blockElements[p.DataAtom]) && strings.IndexFunc(textOf(p), wordRune) >= 0
}

// tintedRow returns the one cell of row n when the cell's own background
// is a colour (bgcolor, or an inline style's background colour) and the
// row before is one cell with no background of its own: an e-mail's box
// among its paragraphs, each of them a row of the layout's table, tinted
// in its cell ("<tr><td style="padding:16px 30px;background:#fdf3d8"><p>
// <b>Troc de plants</b> samedi 17 mai…</p></td></tr>", as Mautic's
// builder writes one); nil otherwise.
func tintedRow(n *html.Node) *html.Node {
	cell := onlyChild(n)
	if cell == nil || cell.DataAtom != atom.Td || !ownBackground(cell) {
		return nil
	}
	prev := prevElement(n)
	if prev == nil || prev.DataAtom != atom.Tr {
		return nil
	}
	if before := onlyChild(prev); before == nil || before.DataAtom != atom.Td || ownBackground(before) {
		return nil
	}
	return cell
}

// ownBackground reports whether cell td sets a background colour of its
// own, by its bgcolor or its inline style, white aside (a letter's
// template may paint each of its cells white).
func ownBackground(td *html.Node) bool {
	colour := strings.ToLower(attr(td, "bgcolor"))
	if colour == "" {
		style := strings.ToLower(attr(td, "style"))
		if !colouredStyle(style) {
			return false
		}
		if colour = backgroundColour(style); colour == "" {
			_, colour, _ = strings.Cut(style, "background:")
			colour, _, _ = strings.Cut(colour, ";")
			colour = strings.TrimSpace(colour)
		}
	}
	switch colour {
	case "#fff", "#ffffff", "white", "rgb(255, 255, 255)", "rgb(255,255,255)":
		return false
	}
	return true
}

// afterPictogram returns n's first element when only whitespace or
// pictograms come before it, an emoji that opens a tip ("💡
// <strong>Astuce :</strong> …", a help centre's box), as firstContent
// does past whitespace, or nil: text with a letter, a digit or a mark of
// punctuation before it is the paragraph's own.
func afterPictogram(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			for _, r := range c.Data {
				if !unicode.IsSpace(r) && !unicode.Is(unicode.So, r) && !unicode.Is(unicode.Mn, r) && r != '\u200d' {
					return nil
				}
			}
		case html.ElementNode:
			return c
		}
	}
	return nil
}

// spacer reports whether n holds only line breaks and whitespace (a
// note's blank line, "<div><br/></div>").
func spacer(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && c.DataAtom != atom.Br {
			return false
		}
	}
	return true
}

// paragraphDiv reports whether <div> n is a paragraph: text, in inline
// elements or not, and no block (a note's paragraph, as Evernote writes
// each).
func paragraphDiv(n *html.Node) bool {
	return inlineText(n, false)
}

// inlineText reports whether n holds text, in inline elements or not, and
// no block; with pixels, an open-tracking pixel among its lines (an <img>
// one pixel wide) is passed over as well (pixelLines).
func inlineText(n *html.Node, pixels bool) bool {
	text := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			text = text || strings.TrimSpace(c.Data) != ""
		case c.Type == html.ElementNode && inlineElement(c.DataAtom):
			text = text || c.DataAtom != atom.Br
		case pixels && c.DataAtom == atom.Img && attr(c, "width") == "1":
		case c.Type == html.ElementNode:
			return false
		}
	}
	return text
}

// iconBox reports whether <div> n is a notice drawn with its icon, right
// after a paragraph, a list or a quotation of the text: its first child an
// icon (an inline element of no text holding an <svg>), the rest a
// paragraph's text (paragraphDiv), as Hugo's Blowfish draws its alert
// shortcode (a flex box, the icon's <span>, the text's <span>).
func iconBox(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	icon := pastBlank(n.FirstChild)
	if icon == nil || icon.Type != html.ElementNode || !inlineElement(icon.DataAtom) || svgIcon(icon) != 1 || !paragraphDiv(n) {
		return false
	}
	prev := prevElement(n)
	return prev != nil && (prev.DataAtom == atom.P || prev.DataAtom == atom.Ul || prev.DataAtom == atom.Ol || prev.DataAtom == atom.Blockquote)
}

// labelledAside reports whether <div> n is a notice set between the
// text's paragraphs: a line of a paragraph's text (paragraphDiv) that
// opens with a label in bold, four words at most ending with a colon, and
// goes on for a sentence or two, maxShortWords words at most, a <p>
// after it and a <p> or a heading before it ('<div
// class="xar-norm-outline"><b>Members' evening:</b> the ledgers will be
// on display at the Institute on Thursday 12 March at 7.30pm. …</div>',
// a Xaraya article's; '<div class="tlr"><b>Patch set:</b> "mm: …" (v1, 11
// patches), posted to linux-mm on May 27.</div>', an LWN-like story's):
// the text's paragraphs are <p>s, the box set apart from them is not one.
// A text written in lead-ins (leadInRun) keeps it; so does a <div> drawn
// by its own style (a quotation ruled on its left, a note the text's first
// lines open with), which styledBox judges.
func labelledAside(n *html.Node) bool {
	first := firstContent(n)
	if first == nil || hasAttr(n, "style") || first.DataAtom != atom.B && first.DataAtom != atom.Strong {
		return false
	}
	label := strings.TrimSpace(textOf(first))
	if !strings.HasSuffix(label, ":") || fieldCount(label) > 4 {
		return false
	}
	next, prev := nextElement(n), prevElement(n)
	if next == nil || next.DataAtom != atom.P || prev == nil || prev.DataAtom != atom.P && headingLevel(prev) == 0 || !paragraphDiv(n) {
		return false
	}
	words := nodeWords(n)
	return words > fieldCount(label)+3 && words <= maxShortWords && !leadInRun(next)
}

// svgIcon returns 1 when n holds an <svg> and no text outside it, -1 when
// it holds text, 0 when neither; it reads no <svg>'s inside.
func svgIcon(n *html.Node) int {
	found := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return -1
		case c.DataAtom == atom.Svg:
			found = 1
		case c.Type == html.ElementNode:
			switch svgIcon(c) {
			case -1:
				return -1
			case 1:
				found = 1
			}
		}
	}
	return found
}

// inlineElement reports whether a is an element of a paragraph's text.
func inlineElement(a atom.Atom) bool {
	switch a {
	case atom.Span, atom.A, atom.B, atom.Strong, atom.I, atom.Em, atom.U, atom.Small, atom.Font, atom.Code, atom.Br, atom.Sup, atom.Sub, atom.Abbr, atom.Cite, atom.Mark:
		return true
	}
	return false
}

// boldSpan reports whether n is a <span> its inline style sets in bold
// ("font-weight: bold;", KompoZer's and Nvu's bold), which prune makes a
// <b> only once it walks inside the box, or its class does ("textbf",
// LaTeX2HTML's \textbf).
func boldSpan(n *html.Node) bool {
	return n.DataAtom == atom.Span && (strings.Contains(strings.ToLower(attr(n, "style")), "bold") || attr(n, "class") == "textbf")
}

// colouredCell returns the one cell of table n when the table or the cell
// has a background colour of its own (bgcolor="#f6ecd9"), as an e-mail
// written in HTML draws a box among its paragraphs, or the table's or the
// cell's inline style sets one (Evernote's one-cell table, "background-color:
// rgb(255, 248, 210)" on its <td>) ("background-color: rgb(255, 255, 204)", as
// KompoZer and Nvu write a coloured table), or, when border is set, the
// table draws its border (framed); nil otherwise.
func colouredCell(n *html.Node, border bool) *html.Node {
	var cell *html.Node
	for d := range n.Descendants() {
		switch d.DataAtom {
		case atom.Td, atom.Th:
			if cell != nil {
				return nil
			}
			cell = d
		case atom.Table:
			return nil
		}
	}
	if cell == nil || attr(n, "bgcolor") == "" && attr(cell, "bgcolor") == "" && !backgroundStyle(attr(n, "style")) && !backgroundStyle(attr(cell, "style")) && !(border && framed(n)) {
		return nil
	}
	return cell
}

// framed reports whether table n draws its border (border="1" or more),
// as LaTeX2HTML writes \fbox and a page written by hand frames a notice.
func framed(n *html.Node) bool {
	b := attr(n, "border")
	return b != "" && b != "0"
}

// boxBorder and boxBackground are an inline style's border drawn as a
// line (all round or on one side) and its background of a colour.
var (
	boxBorder     = regexp.MustCompile(`(?i)\bborder(?:-(?:left|right|top|bottom))?\s*:[^;]*\b(?:solid|dashed|dotted|double)\b`)
	boxBackground = regexp.MustCompile(`(?i)\bbackground(?:-color)?\s*:\s*(?:#|rgb|hsl)`)
)

// framedBorder is an inline style's border drawn as a line all round
// ("border:2px solid #7a2e4a"), not on one side as a quotation's rule is.
var framedBorder = regexp.MustCompile(`(?i)(?:^|[;\s])border\s*:[^;]*\b(?:solid|dashed|dotted|double)\b`)

// framedStyle reports whether framedBorder matches style, running the
// pattern only on a style that holds "border".
func framedStyle(style string) bool {
	return strings.Contains(style, "border") && framedBorder.MatchString(style)
}

// backgroundStyle reports whether boxBackground matches style, running
// the pattern, which backtracks from every byte, only on a style holding
// "ground" in ASCII's either case, as every match does: most styles of
// the <div> and cells styledBox and colouredCell look at hold none
// (FuzzBackgroundStyle).
func backgroundStyle(style string) bool {
	return containsFold(style, "ground") && boxBackground.MatchString(style)
}

// boxStyle reports whether an inline style draws a box: a border as a
// line and a background of a colour ("border-left:4px solid #7413dc;
// background:#f4eefc", "border:1px solid #d4d4d4; background:#f6f6f2").
func boxStyle(style string) bool {
	return strings.Contains(style, "border") && boxBorder.MatchString(style) && boxBackground.MatchString(style)
}

// maxAsideCodeLines is the most lines of a code box asideCodeBox takes.
const maxAsideCodeLines = 3

// asideCodeBox reports whether n is a forum's code box (a class word
// "codebox": FluxBB's, PunBB's and phpBB's [code]) of maxAsideCodeLines
// lines at most that the paragraph before it does not announce (it ends
// with no colon): a note the post sets apart in a box (a shopping list, a
// total), not code it shows. A post announces the code it shows ("Here is
// my config:"), as it does a quotation.
func asideCodeBox(n *html.Node) bool {
	if n.DataAtom != atom.Div || !strings.Contains(attr(n, "class"), "codebox") || !slices.Contains(strings.Fields(attr(n, "class")), "codebox") {
		return false
	}
	prev := prevElement(n)
	if prev == nil || prev.DataAtom != atom.P || strings.HasSuffix(strings.TrimSpace(textOf(prev)), ":") {
		return false
	}
	code := strings.TrimSpace(textOf(n))
	return code != "" && strings.Count(code, "\n") < maxAsideCodeLines
}

// maxLeadInWords is the longest lead-in leadInCall takes.
const maxLeadInWords = 8

// leadInCall reports whether a box inset in the story (insetBox) is one
// short paragraph that opens with a lead-in in bold — a label or a
// question of maxLeadInWords words at most, ending in a colon or a
// question mark ("Planning a new fence?", "Prochaine cuisson :") — and
// ends with a link, maxInsetWords words in all: a notice with its call
// ("Safety tips", "Voir l'agenda"), set apart from the text as the
// boxes with a title line are.
func leadInCall(n, lead *html.Node) bool {
	head := strings.TrimSpace(textOf(lead))
	if f := strings.Fields(head); len(f) == 0 || len(f) > maxLeadInWords || !strings.HasSuffix(head, ":") && !strings.HasSuffix(head, "?") {
		return false
	}
	last := lastContent(n)
	if last != nil && (last.DataAtom == atom.P || last.DataAtom == atom.Div) {
		last = lastContent(last)
	}
	if last == nil || last.DataAtom != atom.A {
		return false
	}
	total := nodeWords(n)
	return total > fieldCount(head)+nodeWords(last) && total <= maxInsetWords
}

// blockBefore returns, for n alone in the one cell of a table of one
// row (an e-mail's block), the last element of the one cell of the table
// right before that table, or nil.
func blockBefore(n *html.Node) *html.Node {
	table := cellTable(n)
	if table == nil {
		return nil
	}
	before := prevElement(table)
	if before == nil || before.DataAtom != atom.Table {
		return nil
	}
	rows := onlyChild(before)
	if rows != nil && rows.DataAtom == atom.Tbody {
		rows = onlyChild(rows)
	}
	if rows == nil || rows.DataAtom != atom.Tr {
		return nil
	}
	cell := onlyChild(rows)
	if cell == nil || cell.DataAtom != atom.Td {
		return nil
	}
	return lastContent(cell)
}

// tintedBlockBefore returns, for table n alone in the one cell of a
// table of one row (an e-mail's block) and tinted by its bgcolor in
// another colour than white, the last element of the block right before,
// going down the tables of one cell that block ends in (Stripo's
// "es-content" table around its "es-content-body" table around its
// layout's), or nil: a white block is the letter's own, one of its
// sections, not a box set beside them.
func tintedBlockBefore(n *html.Node) *html.Node {
	switch bg := strings.ToLower(attr(n, "bgcolor")); bg {
	case "", "#ffffff", "#fff", "white", "transparent":
		return nil
	}
	last := blockBefore(n)
	for i := 0; i < 4 && last != nil && last.DataAtom == atom.Table; i++ {
		cell := oneCell(last)
		if cell == nil {
			return nil
		}
		last = lastContent(cell)
	}
	return last
}

// rowBefore returns, for n alone in the one cell of a row, the last
// element of the one cell of the row right before, the last of its
// paragraphs when that is a <div> that holds them, or nil.
func rowBefore(n *html.Node) *html.Node {
	cell := n.Parent
	if cell == nil || cell.DataAtom != atom.Td || onlyChild(cell) != n || cell.Parent == nil || cell.Parent.DataAtom != atom.Tr || onlyChild(cell.Parent) != cell {
		return nil
	}
	before := prevElement(cell.Parent)
	if before == nil || before.DataAtom != atom.Tr {
		return nil
	}
	c := onlyChild(before)
	if c == nil || c.DataAtom != atom.Td {
		return nil
	}
	last := lastContent(c)
	if last != nil && last.DataAtom == atom.Div && onlyChild(last) != nil {
		last = lastContent(last)
	}
	return last
}

// cellTable returns the table n stands alone in, the one cell of its one
// row, or nil.
func cellTable(n *html.Node) *html.Node {
	cell := n.Parent
	if cell == nil || cell.DataAtom != atom.Td || onlyChild(cell) != n {
		return nil
	}
	row := cell.Parent
	if row == nil || row.DataAtom != atom.Tr || onlyChild(row) != cell {
		return nil
	}
	table := row.Parent
	if table != nil && table.DataAtom == atom.Tbody {
		if onlyChild(table) != row {
			return nil
		}
		table = table.Parent
	}
	if table == nil || table.DataAtom != atom.Table || onlyChild(table) != row.Parent && onlyChild(table) != row {
		return nil
	}
	return table
}

// lastContent is firstContent's mirror: n's last element child, when no
// text follows it.
func lastContent(n *html.Node) *html.Node {
	return edgeContent(n.LastChild, func(c *html.Node) *html.Node { return c.PrevSibling })
}

// proseSibling reports whether n's element sibling before it (or after
// it), or the last (or first) element of that sibling when it is a block
// (<div>, <section>), is a paragraph of twenty words or more, or, after
// it, a subheading.
func proseSibling(n *html.Node, before bool) bool {
	s := n.NextSibling
	if before {
		s = n.PrevSibling
	}
	for s != nil && s.Type != html.ElementNode {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
		if before {
			s = s.PrevSibling
		} else {
			s = s.NextSibling
		}
	}
	if s != nil && (s.DataAtom == atom.Div || s.DataAtom == atom.Section) {
		// A block of the story's (Omeka's exhibit-block): its paragraph
		// or heading next to the box.
		if before {
			s = lastContent(s)
		} else {
			s = firstContent(s)
		}
	}
	if s != nil && !before && headingLevel(s) > 1 {
		return true // the box ends a section of the story
	}
	return s != nil && s.DataAtom == atom.P && nodeWords(s) >= 20
}

// agendaList returns the list or table right after subheading h (past
// blank text and empty anchors; a table alone in a <div> or a <figure>,
// Typora's figure.table-figure, too) when it is
// a diary: two items or rows or more, each naming a day by its number and
// month ("Sat 15 Nov – Christmas order forms go out", "April order | 7
// April | 13 April"), but a first row of labels, set apart from the text
// by a rule before its heading or after it, or by the label heading of
// the page's tail after it (LaTeX2HTML's "À propos de ce document...", a
// press release's "About …"); nil otherwise. A table alone in a <p>
// (LaTeX2HTML's, in the paragraph it leaves open) is one too. A paragraph in
// bold (boldLine) is such a heading.
func agendaList(h *html.Node) *html.Node {
	if headingLevel(h) < 2 && !boldLine(h) {
		return nil
	}
	l := h.NextSibling
	for l != nil && (l.Type == html.TextNode && strings.TrimSpace(l.Data) == "" || emptyAnchor(l)) {
		l = l.NextSibling
	}
	if l == nil || l.Type != html.ElementNode {
		return nil
	}
	var items []*html.Node
	labelled := false // a table's first row labels its columns
	switch inner := l; {
	case l.DataAtom == atom.Ul || l.DataAtom == atom.Ol:
		for c := l.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Li {
				items = append(items, c)
			}
		}
	case (l.DataAtom == atom.Div || l.DataAtom == atom.Figure || l.DataAtom == atom.P) && soleElement(l, true) != nil && soleElement(l, true).DataAtom == atom.Table:
		inner = soleElement(l, true)
		fallthrough
	case inner.DataAtom == atom.Table:
		for d := range inner.Descendants() {
			if d.DataAtom == atom.Tr {
				items = append(items, d)
			}
		}
		if len(items) > 0 && !namesDay(cellsText(items[0])) {
			items = items[1:] // the labels of the columns
			labelled = true
		}
	}
	if len(items) < 2 && !(labelled && len(items) == 1) {
		return nil
	}
	for _, it := range items {
		if !namesDay(cellsText(it)) {
			return nil
		}
	}
	if next := nextElement(l); !ruleBeside(h, func(c *html.Node) *html.Node { return c.PrevSibling }) && !ruleBeside(l, func(c *html.Node) *html.Node { return c.NextSibling }) &&
		!ruleBeside(opened(h), func(c *html.Node) *html.Node { return c.PrevSibling }) && (next == nil || !labelHeading(next)) {
		return nil // a diary the story gives, among its sections
	}
	return l
}

// opened returns the outermost of n's boxes that n opens, each the
// first content of its parent, three at most (Carrd's div.container >
// div.wrapper > div.inner around a section's heading, the rule before
// the container); n itself when it opens none.
func opened(n *html.Node) *html.Node {
	for k := 0; k < 3 && n.Parent != nil && n.Parent.DataAtom == atom.Div && firstContent(n.Parent) == n; k++ {
		n = n.Parent
	}
	return n
}

// ruleBeside reports whether the element next to n, going by next past
// blank text and empty anchors, is a rule (<hr>).
func ruleBeside(n *html.Node, next func(*html.Node) *html.Node) bool {
	s := next(n)
	for s != nil && (s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" || emptyAnchor(s)) {
		s = next(s)
	}
	return s != nil && (s.DataAtom == atom.Hr || blankParagraph(s))
}

// blankParagraph reports whether n is a paragraph of no-break spaces
// alone, the empty line a word processor's author sets a part of the
// document apart with ("<p class=MsoNormal>&nbsp;</p>", Word's), as a
// rule does.
func blankParagraph(n *html.Node) bool {
	return n.DataAtom == atom.P && n.FirstChild != nil && strings.TrimSpace(strings.ReplaceAll(textOf(n), "\u00a0", "")) == "" && firstChildElement(n) == nil
}

// dayMonth and monthDay are a day by its number and its month in words,
// in either order ("15 Nov", "7 April"; "November 15").
var (
	dayMonth = regexp.MustCompile(`\b\d{1,2}(?:er|st|nd|rd|th)?\s+(\p{L}{3,9})\b`)
	monthDay = regexp.MustCompile(`\b(\p{L}{3,9})\.?\s+\d{1,2}\b`)
)

// namesDay reports whether text names a day by its number and month.
func namesDay(text string) bool {
	if !strings.ContainsAny(text, "0123456789") {
		return false // both patterns hold a day's digits
	}
	for _, re := range []*regexp.Regexp{dayMonth, monthDay} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			if _, ok := months[strings.ToLower(m[1])]; ok {
				return true
			}
		}
	}
	return false
}

// cellsText returns the text of n's text nodes joined by spaces (a
// table row's cells read apart).
func cellsText(n *html.Node) string {
	var parts []string
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			parts = append(parts, d.Data)
		}
	}
	return strings.Join(parts, " ")
}

// moreList returns the list right after p when p is a paragraph in bold
// (boldLine) whose label heads the site's other posts (moreLabel: "More
// from Ashby Road Notes", "D'autres articles du blog") and the list is
// links alone, item by item: a newsletter's own "more from" list, which
// a feed carries at the end of its item's text into a reader's entry
// page. Nil otherwise.
func moreList(p *html.Node) *html.Node {
	if p.DataAtom != atom.P || !moreOpening(p) || !moreLabel(labelOf(p)) || !boldLine(p) {
		return nil
	}
	l := pastBlank(p.NextSibling)
	if l == nil || l.DataAtom != atom.Ul && l.DataAtom != atom.Ol || !linksOnly(l) {
		return nil
	}
	return l
}

// moreOpening reports whether p opens with a bold text whose first word
// may open a moreLabel ("More", "Also", "D'autres", "Autres", "Plus"),
// read where it stands: most paragraphs fail here, before labelOf copies
// their first words.
func moreOpening(p *html.Node) bool {
	b := firstContent(p)
	if b == nil || b.DataAtom != atom.Strong && b.DataAtom != atom.B || b.FirstChild == nil || b.FirstChild.Type != html.TextNode {
		return false
	}
	t := strings.TrimLeft(b.FirstChild.Data, " \t\n")
	for _, o := range []string{"more ", "also ", "d'autres ", "d’autres ", "autres ", "plus "} {
		if len(t) >= len(o) && strings.EqualFold(t[:len(o)], o) {
			return true
		}
	}
	return false
}

// syndicationOpenings open a note that says where a text first came out
// ("This article first appeared on …", "Cet article a d'abord paru
// dans …"), and syndicationVerbs are what the note's first sentence says
// of it.
var (
	syndicationOpenings = []string{"this article ", "this post ", "this story ", "this piece ", "cet article ", "ce billet ", "ce texte "}
	syndicationVerbs    = []string{"first appeared", "originally appeared", "originally published", "first published", "initialement", "d'abord paru", "d'abord publié"}
)

// maxSyndicationWords is the length of the longest such note.
const maxSyndicationWords = 40

// syndicationLine reports whether p is a paragraph that says where the
// text first came out, with a link to it: "This article first appeared on
// <a>Ashby Road Notes</a>, … Subscribe for a weekly round-up." — the
// publisher's note a feed adds to its item's text, or a site that
// reprints a story, not the story.
func syndicationLine(p *html.Node) bool {
	// The note opens the paragraph, in its own text: its first words are
	// compared where they stand, without copying the paragraph.
	if p.FirstChild == nil || p.FirstChild.Type != html.TextNode {
		return false
	}
	first := strings.TrimLeft(p.FirstChild.Data, " \t\n")
	if !slices.ContainsFunc(syndicationOpenings, func(o string) bool { return len(first) >= len(o) && strings.EqualFold(first[:len(o)], o) }) || find(p, atom.A) == nil {
		return false
	}
	text := strings.ToLower(strings.ReplaceAll(textOf(p), "’", "'"))
	if fieldCount(text) > maxSyndicationWords {
		return false
	}
	sentence, _, _ := strings.Cut(text, ". ")
	return slices.ContainsFunc(syndicationVerbs, func(v string) bool { return strings.Contains(sentence, v) })
}

// feedNote reports whether p is the note a news site sets under a story
// it prints from a news agency's feed, the whole paragraph in parentheses
// and naming the feed: "(Except for the headline, this story has not been
// edited by … staff and is published from a syndicated feed.)", as NDTV
// and the sites built like it write it under every agency story, or
// "(… the rest of the content is auto-generated from a syndicated feed.)".
// It says where the text came from, not what happened. first is p's first
// text, already read: only a paragraph that opens with a parenthesis is
// read further.
func feedNote(p *html.Node, first string) bool {
	if !strings.HasPrefix(strings.TrimLeft(first, " \t\n"), "(") {
		return false
	}
	text := strings.TrimSpace(textOf(p))
	return strings.HasSuffix(text, ")") && fieldCount(text) <= maxSyndicationWords && strings.Contains(text, "syndicated feed")
}

// belowLinks are what a line says of the links a site lists under its
// story ("voyez les liens plus bas", "see the links below").
var belowLinks = []string{"liens plus bas", "liens ci-dessous", "links below"}

// linksBelow reports whether p is a line wholly in italics that sends the
// reader to the links listed under the story ('<p class="voir-liens"><i>Pour
// plus d'informations sur le sommeil des adolescents, voyez les liens plus
// bas.</i></p>', the line a Psychomédia-like health news item sets between
// its paragraphs): the site's pointer to its own list, not the story. Only
// a paragraph that holds one <i> or <em> alone is read.
func linksBelow(p *html.Node) bool {
	i := p.FirstChild
	if i == nil || i != p.LastChild || i.DataAtom != atom.I && i.DataAtom != atom.Em {
		return false
	}
	text := textOf(i)
	return fieldCount(text) <= maxShortWords && slices.ContainsFunc(belowLinks, func(l string) bool { return strings.Contains(text, l) })
}

// calloutLabels are the labels in bold that open a note written as a
// Markdown quotation ("> **Note:** …", "> **Astuce :** …").
var calloutLabels = wordSet("note tip warning caution important attention remarque astuce avertissement")

// maxCalloutWords is the length of the longest such note.
const maxCalloutWords = 80

// noteQuote reports whether n is a <blockquote> of one paragraph that
// opens with a calloutLabel in bold, its colon inside the bold or right
// after it ("<blockquote><p><strong>Note:</strong> the library asks…"):
// the note Markdown's writers set apart as a quotation (GitHub's
// convention before its alerts, kept by any wiki or blog that renders
// Markdown), not a quotation of the text. Asked on pages that show no
// code, where such notes are the site's asides.
func noteQuote(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	first := boldLabelOpening(n)
	if first == nil {
		return false
	}
	if !strings.HasSuffix(strings.TrimSpace(textOf(first)), ":") && !colonAfter(first) {
		return false
	}
	return nodeWords(n) <= maxCalloutWords
}

// labelLineQuote reports whether n is a <blockquote> of one paragraph
// that opens with a calloutLabel in bold alone on its line, a <br> right
// after it ("<blockquote><p><strong>Note</strong><br>The transitional
// overload …", `crystal docs`' rendering of "> **Note**" on a line of its
// own): GitHub's note before its alerts, which a quotation of the text
// never writes, so it goes on a page that shows code too (noteQuote asks
// for a colon and a page without code).
func labelLineQuote(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	first := boldLabelOpening(n)
	if first == nil {
		return false
	}
	br := pastBlank(first.NextSibling)
	return br != nil && br.DataAtom == atom.Br && nodeWords(n) <= maxCalloutWords
}

// questionQuote reports whether n is a <blockquote> (or a <div> of class
// word "box") of one paragraph
// that opens with a question in bold of maxBadgeWords words at most
// ("<blockquote><p><strong>Upgrading from 1.3?</strong> The cache used to
// be a plain atom, …", a Codox topic's note under its date line): the
// reader the note is for, asked as Markdown's writers set a note apart,
// not a quotation of the text, which opens with its quoted words.
func questionQuote(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote && n.DataAtom != atom.Div {
		return false
	}
	p := onlyChild(n)
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	first := firstContent(p)
	if first == nil || first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return false
	}
	q := strings.TrimSpace(textOf(first))
	if !strings.HasSuffix(q, "?") || fieldCount(q) > maxBadgeWords || nodeWords(n) > maxCalloutWords {
		return false
	}
	// Or a <div> a class word of which is "box", the same note in a
	// theme's box ('<div class="box alt-box"><p><strong>Upgrading from
	// 2.x?</strong> Read the <a …>upgrade guide</a> before you run your
	// first import.</p></div>', an Orchid blog's release post).
	return n.DataAtom == atom.Blockquote || slices.Contains(strings.Fields(attr(n, "class")), "box")
}

// classedNoteQuote reports whether n is a <blockquote> a class word of
// which names a note ("s-note", "callout-warning", "admonition") and
// whose one paragraph opens with a calloutLabel in bold, its colon or
// not ("<blockquote class="s-note"><p><strong>Warning</strong> Back up
// …", Daux.io's): the documentation tool's admonition, which goes on a
// page that shows code too, where a plain quotation opening in bold may
// be the text's (noteQuote).
func classedNoteQuote(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	cls := attr(n, "class")
	if cls == "" || !noteClass(cls) || boldLabelOpening(n) == nil {
		return false
	}
	return nodeWords(n) <= maxCalloutWords
}

// boldLabelOpening returns the bold calloutLabel that opens the one
// paragraph of n ("<p><strong>Note:</strong> …"), or nil: how a note set
// apart as a quotation begins, whichever tool wrote it.
func boldLabelOpening(n *html.Node) *html.Node {
	p := onlyChild(n)
	if p == nil || p.DataAtom != atom.P {
		return nil
	}
	first := firstContent(p)
	if first == nil || first.DataAtom != atom.Strong && first.DataAtom != atom.B || !calloutLabels[labelOf(first)] {
		return nil
	}
	return first
}

// noteTable reports whether n is a <table> a class word of which names a
// note (noteClass), of one row: an icon's cell, a picture alone, and a
// cell whose text opens with a calloutLabel in bold ('<table
// class="hs_note"><tr><td width="32"><img src="images/note.png"
// alt="Remarque" …></td><td><p class="ps_Note"><span
// class="cs_Note"><b>Remarque :</b> les reçus ne sont générés que …',
// HelpSmith's note): a help tool's note laid out beside its icon, as
// classedNoteQuote's is set apart as a quotation.
func noteTable(n *html.Node) bool {
	if n.DataAtom != atom.Table || !noteClass(attr(n, "class")) {
		return false
	}
	cell := firstCell(n)
	if cell == nil || cell.DataAtom != atom.Td {
		return false
	}
	prev := prevElement(cell)
	if prev == nil || prev.DataAtom != atom.Td || prevElement(prev) != nil {
		return false
	}
	if img := onlyChild(prev); img == nil || img.DataAtom != atom.Img {
		return false
	}
	first := firstContent(cell)
	for range 3 {
		if first == nil || first.DataAtom == atom.B || first.DataAtom == atom.Strong {
			break
		}
		first = firstContent(first)
	}
	if first == nil || first.DataAtom != atom.B && first.DataAtom != atom.Strong || !calloutLabels[strings.TrimSpace(strings.TrimSuffix(labelOf(first), ":"))] {
		return false
	}
	return nodeWords(n) <= maxCalloutWords
}

// noteClass reports whether a class attribute holds a word, between
// spaces, hyphens or underscores, that names a note: a calloutLabel,
// "callout" or "admonition".
func noteClass(cls string) bool {
	for len(cls) > 0 {
		i := strings.IndexAny(cls, " -_")
		w := cls
		if i >= 0 {
			w, cls = cls[:i], cls[i+1:]
		} else {
			cls = ""
		}
		if len(w) < 4 {
			continue
		}
		w = strings.ToLower(w)
		if calloutLabels[w] || w == "callout" || w == "admonition" {
			return true
		}
	}
	return false
}

// docTags are the labels of a documentation comment's block tags as a
// generator lists them after the text ("Since:", "See Also:", Javadoc's
// dl.notes; "Author:", "Version:").
var docTags = map[string]bool{"since": true, "see also": true, "author": true, "authors": true, "version": true,
	"api note": true, "implementation note": true, "implementation requirements": true}

// tagList reports whether n, a <dl>, is a documentation comment's block
// tags: every term one of docTags with its colon, each of their
// definitions a few words or a list of links ("<dt>Since:</dt><dd>1.0</dd>
// <dt>See Also:</dt><dd><ul class="see-list"><li><a …>Planner</a></li>
// …"): the generator's record of the item, not its text.
func tagList(n *html.Node) bool {
	terms := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Dt:
			l, ok := strings.CutSuffix(strings.TrimSpace(textOf(c)), ":")
			if !ok || !docTags[strings.ToLower(l)] {
				return false
			}
			terms++
		case atom.Dd:
			if nodeWords(c) > maxShortWords {
				return false
			}
		default:
			if c.Type == html.ElementNode {
				return false
			}
		}
	}
	return terms > 0
}

// pastLabel reports whether a subheading's label names a record of the
// earlier times of what the page is about — "Past parties", "Previous
// editions", "Earlier meetings", "Éditions précédentes", "Sorties
// passées" — two or three words: the list of past occasions a wiki's or
// a club's page keeps under its text, not the text.
func pastLabel(l string) bool {
	// labelOf leaves one space between words: they are counted and cut
	// where they stand, without a slice of them.
	first, rest, ok := strings.Cut(l, " ")
	if !ok || strings.Count(rest, " ") > 1 {
		return false
	}
	switch first {
	case "past", "previous", "earlier":
		return strings.HasSuffix(rest, "s")
	}
	switch rest[strings.LastIndexByte(rest, ' ')+1:] {
	case "précédentes", "précédents", "passées", "passés":
		return true
	}
	return false
}

// forumQuote reports whether n is a forum's quotation box: a <div> of
// class "quote" whose first element is its header (class "quote_header",
// "quoteheader" or "quote-header") ending with a colon ("Quote from the
// sticky "Winter moorings":", "Alan wrote:") or opening with "Citation
// de", "Quote from" or "Quoting" and a name, the words of another post
// or member that BBCode's [quote] sets in the post, not the post's own.
func forumQuote(n *html.Node) bool {
	if class := attr(n, "class"); n.DataAtom != atom.Div || !strings.Contains(class, "quote") || !slices.Contains(strings.Fields(class), "quote") {
		return false
	}
	h := firstContent(n)
	if h == nil {
		return false
	}
	switch strings.ToLower(attr(h, "class")) {
	case "quote_header", "quoteheader", "quote-header":
		t := strings.TrimSpace(textOf(h))
		if strings.HasSuffix(t, ":") {
			return true
		}
		// A header that names whom it quotes without a colon
		// ('<div class="quote-header">Citation de <b>Nadia_L</b></div>',
		// Website Toolbox's), in four words at most.
		l := strings.ToLower(t)
		return fieldCount(t) <= 4 && (strings.HasPrefix(l, "citation de ") || strings.HasPrefix(l, "quote from ") || strings.HasPrefix(l, "quoting "))
	}
	return false
}
