package webpage

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The block pass scores each block of the body Readability found — each
// paragraph, list, heading, quote, table — by its structure and drops the
// short ones that read like page furniture rather than prose: a "follow
// us" line, a video caption, a reader poll, a "read also" list, a sign-up
// call left inside the story. Class names and element names tell a lot
// about furniture but differ from site to site; what furniture looks like
// does not: it is short, it is not made of sentences, it is made of links,
// it sits at the edges of the story, it shares few words with the story,
// it is cut with separators ("Oui / Non / Je ne sais pas", "About · Contact")
// or labelled ("Vidéo. …", "Photo : …"), and it addresses the reader with
// the same few calls in every language. Each of these counts a point, the
// calls only one among the others, and a short block with enough points
// goes. Long blocks of prose stay whatever their words.

// block is one unit of the body the pass scores.
type block struct {
	n        *html.Node
	text     string
	words    []string // lowercased letter-and-digit runs
	linkText int      // bytes of text inside links
	heading  bool
	list     bool
	code     bool // pre or code: commands and listings, kept as they are
}

// maxShortWords is the size under which a block can be dropped for its
// structure; longer blocks are prose or are left to the other passes.
const maxShortWords = 30

// dropThreshold is the score at which a short block goes.
const dropThreshold = 3

// edgeBlocks is how many blocks at each end of the body count as its edge.
const edgeBlocks = 2

// cue words are calls and labels of furniture in French and English. They
// are a weak signal: one point, however many there are, and never enough
// alone.
var cue = regexp.MustCompile(`(?i)(^|[^\p{L}])(share|shares|partager|partagez|partage|follow|suivez|suivre|subscribe|subscribers?|abonnez|abonner|abonnement|abonné|newsletters?|lettre d'information|sign up|signup|inscrivez|inscription|register|poll|sondage|vote|votez|votre avis|your opinion|your say|donnez|video|vidéo|watch|regardez|caption|légende|photo|crédit|credit|read also|read more|lire aussi|à lire|see also|voir aussi|related|sur le même sujet|more stories|advertisement|advert|publicité|sponsored|sponsorisé|cookies?|click|cliquez|download|téléchargez|comments?|commentaires?|commentez|tweet|facebook|twitter|linkedin|mastodon|youtube|instagram|whatsapp|tiktok|rss|podcast|écoutez|listen|app|appli|application mobile|tap|email us|écrivez-nous|contact|support us|soutenez|don|donate)($|[^\p{L}])`)

// label is a block that opens with a one- or two-word label and a stop:
// "Vidéo. …", "Photo : …", "EN IMAGES | …", "Poll: …".
var label = regexp.MustCompile(`^[\p{L}©]{2,14}( [\p{L}]{2,14})?\s?[.:|–—]\s`)

// duration is a media length: "(durée 1'45)", "(2:30)", "3 min".
var duration = regexp.MustCompile(`(?i)(\(\s*(durée|duration)?\s*:?\s*\d{1,2}\s*['’:]\s*\d{2}\s*\)|\b\d{1,3}\s?min\b)`)

// separators cut menus, polls and credits: "Oui / Non", "A · B", "A | B".
var separators = regexp.MustCompile(` [/|·•] `)

// you marks a block that addresses the reader.
var you = regexp.MustCompile(`(?i)(^|[^\p{L}])(you|your|vous|votre|vos)($|[^\p{L}])`)

// blocks collects the scored units of an article node.
func blocks(article *html.Node) []*block {
	var out []*block
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			b := &block{n: c}
			switch c.DataAtom {
			case atom.P, atom.Blockquote, atom.Figure, atom.Table, atom.Dl:
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				b.heading = true
			case atom.Ul, atom.Ol:
				b.list = true
			case atom.Pre:
				b.code = true
			case atom.Div, atom.Section, atom.Article, atom.Main:
				if hasBlockChild(c) {
					walk(c)
					continue
				}
			default:
				continue
			}
			fill(b)
			if len(b.words) > 0 {
				out = append(out, b)
			}
		}
	}
	walk(article)
	return out
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Blockquote, atom.Figure, atom.Table,
			atom.Dl, atom.Ul, atom.Ol, atom.Pre, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// fill reads a block's text, words and link text in one walk.
func fill(b *block) {
	var sb strings.Builder
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
				if inLink {
					b.linkText += len(strings.TrimSpace(c.Data))
				}
			case html.ElementNode:
				if c.DataAtom == atom.Code {
					b.code = true
				}
				walk(c, inLink || c.DataAtom == atom.A)
				if c.DataAtom == atom.Li || c.DataAtom == atom.Br || c.DataAtom == atom.Td {
					sb.WriteByte(' ')
				}
			}
		}
	}
	walk(b.n, false)
	b.text = strings.Join(strings.Fields(sb.String()), " ")
	b.words = strings.FieldsFunc(strings.ToLower(b.text), notWordRune)
}

// score counts the furniture points of block i among bs; shared holds
// each word's count over the whole body.
func score(bs []*block, i int, shared map[string]int) int {
	b := bs[i]
	s := 0
	textLen := len(strings.TrimSpace(b.text))
	density := float64(b.linkText) / float64(max(textLen, 1))
	switch {
	case density >= 0.5:
		s += 2
	case density >= 0.25:
		s++
	}
	sentences := countSentences(b.text)
	if !b.list && !endsSentence(b.text) {
		s++ // captions, labels, widgets; lists are allowed not to end in a stop
	}
	if sentences <= 1 && len(b.words) < 15 {
		s++
	}
	if i < edgeBlocks || i >= len(bs)-edgeBlocks {
		s++
	}
	if label.MatchString(b.text) || duration.MatchString(b.text) || len(separators.FindAllStringIndex(b.text, 3)) >= 2 {
		s++
	}
	if cue.MatchString(b.text) || you.MatchString(b.text) {
		s++
	}
	// Distance from the story's topic: the block's longer words that the
	// rest of the body never uses.
	long, alone := 0, 0
	own := map[string]int{}
	for _, w := range b.words {
		own[w]++
	}
	for w, n := range own {
		if utf8.RuneCountInString(w) < 5 {
			continue
		}
		long++
		if shared[w] == n {
			alone++
		}
	}
	if long >= 3 && float64(alone) >= 0.75*float64(long) {
		s++
	}
	return s
}

// prose reports whether a block is made of sentences — two or more, the
// last ended — and is not a list of links: such a block is the story's.
func prose(b *block) bool {
	return !b.list && countSentences(b.text) >= 2 && endsSentence(b.text) && 2*b.linkText < len(b.text)
}

// endsSentence reports whether text ends like a sentence: a stop, a
// question or exclamation mark, an ellipsis, or one of these before
// closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'»”’)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?…;:", r)
}

// countSentences counts the stops followed by a space or the end.
func countSentences(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			if i == len(text)-1 || text[i+1] == ' ' {
				n++
			}
		}
	}
	return n
}

// dropFurniture removes the short blocks of an article that score as
// furniture, then the headings left with nothing under them.
func dropFurniture(bs []*block) []*block {
	shared := map[string]int{}
	for _, b := range bs {
		for _, w := range b.words {
			shared[w]++
		}
	}
	drop := make([]bool, len(bs))
	for i, b := range bs {
		if b.heading || b.code || len(b.words) > maxShortWords || prose(b) {
			continue
		}
		drop[i] = score(bs, i, shared) >= dropThreshold
	}
	// A heading goes when every block under it, up to the next heading or
	// the end, went, and at least one did.
	for i, b := range bs {
		if !b.heading {
			continue
		}
		dropped, kept := 0, 0
		for j := i + 1; j < len(bs) && !bs[j].heading; j++ {
			if drop[j] {
				dropped++
			} else {
				kept++
			}
		}
		if kept == 0 && (dropped > 0 || i == len(bs)-1) {
			drop[i] = true
		}
	}
	out := bs[:0]
	for i, b := range bs {
		if drop[i] {
			if b.n.Parent != nil {
				b.n.Parent.RemoveChild(b.n)
			}
			continue
		}
		out = append(out, b)
	}
	return out
}
