// Package webpage reduces a saved web page to its article: title, text,
// publication date and canonical URL, without the page's navigation,
// header, footer, scripts, share and subscribe blocks or related-article
// lists. The main content is found by a Go port of Mozilla's Readability
// (codeberg.org/readeck/go-readability), the algorithm behind Firefox's
// reader view, after a pass that removes the page furniture it is known to
// let through; a pass over the blocks Readability keeps drops the short
// ones that read as furniture, and a model learned from the tuning pages
// (edgemodel.go) judges what is left at the body's two ends.
//
// It is the corpus loaders' one door to go-readability and x/net/html, and
// imports nothing of Recherche.
package webpage

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what a web page holds of its article.
type Page struct {
	Title       string
	Body        string // plain text, paragraphs separated by blank lines
	PublishedAt *time.Time
	URL         string // the canonical link, or og:url
}

// maxElements bounds the elements of a page Extract works on.
const maxElements = 100_000

// discard is the logger Readability is given: it drops every record
// before it is built.
var discard = slog.New(slog.DiscardHandler)

// extractParser is the Readability parser Extract and fallback copy for
// each page, set once: readability.NewParser builds a logger each time.
// The copy holds the state of one parse; the slices it shares with this
// one (the tags to score) Readability only reads.
var extractParser = func() readability.Parser {
	p := readability.NewParser()
	// Pages are trusted to hold one article: a short one must still come
	// out (Readability's default wants 500 characters, then retries
	// with looser rules and keeps the longest attempt anyway).
	p.CharThresholds = 200
	// JSON-LD was read on the way (see readJSONLD).
	p.DisableJSONLD = true
	// Class names are left on the article: nothing after reads them, and
	// removing them is one more walk of the tree.
	p.KeepClasses = true
	// Readability logs each pass at the info level; its default logger
	// formats those records for io.Discard.
	p.Logger = discard
	return p
}()

// looseParser is extractParser with Readability's own threshold, 500
// characters: a first reading shorter than that is read again with
// looser rules (unlikely content kept, then classes unweighed, then
// nothing cleaned) and the longest kept. Asked only by the safety net
// under Extract's rules, when both they and Readability's choice leave a
// few lines.
var looseParser = func() readability.Parser {
	p := extractParser
	p.CharThresholds = 500
	return p
}()

// ErrNoArticle is the error of a page in which no article text was found.
var ErrNoArticle = errors.New("no article text in the page")

// Extract reduces an HTML page, in UTF-8, to its article.
func Extract(data []byte) (Page, error) {
	return extract(data, edges, nil)
}

// extract is Extract with the edge model given (nil: the rules alone), and
// tap, when not nil, handed the body's blocks before the block pass judges
// them (the model's training reads them there).
func extract(data []byte, model *edgeModel, tap func([]*block)) (Page, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Page{}, fmt.Errorf("parse HTML: %w", err)
	}
	jumpTargets(doc)
	// The texts a visible date may be read from, as the page has them.
	texts, commented, issued, sent := numberTexts(doc)
	marks := readMarks(data)
	if marks.columns || stackedPage(data) {
		liftColumns(doc)
	}
	// Tables are told for layout as the page has them: the headings and
	// boxes in their cells that make them so may go as furniture.
	markLayout(doc)
	monthFirst := monthFirstLang(doc)
	m := meta{code: marks.code, knitted: marks.knitted, textObjects: marks.textObjects}
	// One walk reads the metadata and drops the furniture, counting the
	// elements left: Readability walks the tree many times over, so a
	// page of more elements than any article needs (news pages have a
	// few thousand) fails rather than taking seconds of a batch. The
	// count is ours, so Readability is not asked to list every element
	// again.
	if n := prune(doc, &m); n > maxElements {
		return Page{}, fmt.Errorf("find the article: documents too large: %d elements", n)
	}
	if len(m.textCells) > 1 {
		m.textHeadline = joinTextCells(m.textCells)
	}
	if m.h1Node != nil {
		continueLetter(m.h1Node)
	}
	joinShapeBoxes(doc)
	if len(m.roleArticles) == 1 {
		isolate(m.roleArticles[0])
	}
	trimHead(doc)
	parser := extractParser
	var lead *html.Node
	var leadText string
	if m.updateHeading == "" {
		// Under a campaign's <h1>, with an update's heading after it
		// (updateHeading), the paragraph after the <h1> is the
		// campaign's blurb ("Borrow a ladder, not a loan. …", Pozible's
		// p.project-hero__blurb), not the update's standfirst.
		lead, leadText = standfirst(doc, m.titleHeading, cmp.Or(m.description, m.ogDescription))
	}
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		if body := fallback(data, extractParser); len(body) >= tinyBody {
			p := Page{Title: title(m.ogTitle, m), URL: m.canonical, Body: body}
			if p.Title == "" {
				p.Title = title(m.title, m)
			}
			if p.URL == "" {
				p.URL = m.ogURL
			}
			return p, nil
		}
		return Page{}, fmt.Errorf("find the article: %w", err)
	}
	ld := readJSONLD(m.jsonLD, func() string { return title(m.title, m) })
	t := art.Title()
	if ld.title != "" {
		t = ld.title
		if strings.ContainsRune(t, '\'') {
			// JSON-LD's headline with straight apostrophes where an
			// <h1> of the page writes them curly ("[Partage] Piloter
			// l'aération …" over "… l’aération …", Discourse's crawler
			// view): the <h1>'s, as the page shows it.
			for _, h := range m.h1 {
				if h != t && len(h) > len(t) && straightQuotes(h) == t {
					t = h
					break
				}
			}
		}
	}
	shared := m.sharedURL
	if m.sharedMixed {
		shared = "" // share links of several addresses give none
	}
	// The page's address from the likeliest source that gives one; the
	// text is read for a stated address only when none does.
	p := Page{Title: pagureIssue(unquoted(title(t, m)), m.title), URL: cmp.Or(m.canonical, m.ogURL, m.itemURL, m.dcURL, m.shareURL, m.permalink, shared, m.returnURL, m.titleLink)}
	if p.URL == "" {
		p.URL = statedURL(texts)
	}
	if t, err := dateparse.ParseAny(ld.published); ld.published != "" && err == nil {
		p.PublishedAt = &t
	} else if t, err := art.PublishedTime(); err == nil {
		if _, ok := instant(m.articleTime); m.articleTime != "" && !ok {
			// Not RFC 3339 ("2025-03-12 09:41:07", a server's local
			// time without its offset): the day alone, as parseTime
			// reads such dates.
			t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
		p.PublishedAt = &t
	} else if t, err := dateparse.ParseAny(ld.anyPublished); ld.anyPublished != "" && err == nil {
		p.PublishedAt = &t
	} else if t, ok := parseTime(answerDate(m.jsonLD, p.URL)); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.itemDate); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.hDate); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.metaDate); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.postTime); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.timeDatetime); ok && m.timeRank <= 2 {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.scriptDate); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(objectDate(m.dataScripts, p.URL, m.headline)); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.timeDatetime); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.createTime); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.unixDate); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.propertyDate); ok {
		p.PublishedAt = &t
	} else if t, err := time.Parse(time.RFC1123Z, sent); sent != "" && err == nil {
		// A message's sending, to the second with its zone, as the
		// archive keeps it in a comment beside the Date line it shows.
		p.PublishedAt = &t
	} else if t, ok := mailDate(texts); ok {
		p.PublishedAt = &t
	} else if t, ok := submittedDate(texts); ok {
		p.PublishedAt = &t
	} else if t, ok := visibleDate(texts, monthFirst); ok {
		p.PublishedAt = &t
	} else if t, ok := statedDate(commented, monthFirst); ok {
		// A publication statement the page keeps in a comment where
		// it shows its date, when it shows none with a verb.
		p.PublishedAt = &t
	} else if t, ok := bareDate(m.issueDate, monthFirst); ok {
		p.PublishedAt = &t
	} else if t, ok := bareDate(issued, monthFirst); ok {
		// The line over a letter's headline that says its issue.
		p.PublishedAt = &t
	} else if t, ok := detailsDay(texts, monthFirst); ok {
		// A details line that opens with the day and its hour, before
		// a bar and the author: the post's, over a sidebar's dates.
		p.PublishedAt = &t
	} else if t, ok := bareDate(m.namedDate, monthFirst); ok {
		p.PublishedAt = &t
	} else if t, ok := parseTime(m.linkDate); ok {
		p.PublishedAt = &t
	} else if t, ok := bareDate(m.linkDate, monthFirst); ok {
		p.PublishedAt = &t
	} else if t, ok := urlDay(p.URL); ok {
		// The day the page's address holds, when nothing else dates it.
		p.PublishedAt = &t
	} else if t, ok := updateDate(texts, monthFirst); ok {
		// The day the page says it was updated, when it says nothing
		// else of its date: its first edition's, as far as it tells.
		p.PublishedAt = &t
	} else if t, ok := timedDay(texts, monthFirst); ok {
		// The first day the page shows alone with its hour, when it
		// says nothing else of its date: a message's sending, over its
		// text, as a group's conversation shows it.
		p.PublishedAt = &t
	} else if t, ok := sessionDay(texts, monthFirst); ok {
		// An event's day with its span of hours, when the page says
		// nothing else of its date: a conference session's page.
		p.PublishedAt = &t
	} else if t, ok := releaseInText(texts, monthFirst); ok {
		// A release's day in a sentence, when the page says nothing
		// else of its date: a release note's or a migration guide's.
		p.PublishedAt = &t
	}
	if p.PublishedAt != nil && p.PublishedAt.Nanosecond() == 0 {
		// The same instant to the second, written with its fraction by
		// another of the page's sources (Open Graph's
		// "…T03:30:00.412Z" beside JSON-LD's "…T05:30:00+02:00"): the
		// more precise writing of it.
		for _, d := range []string{m.itemDate, m.metaDate, m.timeDatetime, m.scriptDate, m.articleTime} {
			if t, ok := parseTime(d); ok && t.Nanosecond() != 0 && t.Truncate(time.Second).Equal(*p.PublishedAt) {
				p.PublishedAt = &t
				break
			}
		}
	}
	if t := p.PublishedAt; t != nil && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Location() == time.UTC && m.timeRank <= 2 && len(m.timeDatetime) > len("2006-01-02") && strings.HasPrefix(m.timeDatetime, t.Format("2006-01-02")+"T") {
		// A day alone (JSON-LD's '"datePublished": "2026-04-18"' in WP
		// Recipe Maker's Recipe), and a <time> of the same day gives
		// its hour ('<time class="entry-time"
		// datetime="2026-04-18T08:00:00-05:00">' in the post's meta
		// line): the <time>'s instant.
		if at, ok := parseTime(m.timeDatetime); ok {
			p.PublishedAt = &at
		}
	}
	if art.Node != nil {
		retag(art.Node)
		if accountTitle.MatchString(p.Title) || postByTitle.MatchString(p.Title) || m.ownerName != "" && p.Title == m.ownerName {
			// A post on a social network is titled with its author's
			// account; a long post's own title is its summary, the
			// subject its author gave it (postSummary), or its first
			// line, in bold as a paragraph of its own.
			if m.summary != "" {
				p.Title = m.summary
			} else if line := titleLine(art.Node); line != nil {
				p.Title = collapsedText(line)
				line.Parent.RemoveChild(line)
			}
		}
		if lead != nil && !inside(lead, art.Node) && !strings.Contains(collapsedText(art.Node), leadText) {
			// The standfirst under the headline, beside the body
			// Readability chose: it opens the article.
			pn := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			if sameWords(leadText, m.description) || lead.DataAtom == atom.P && hasAttr(lead, leadAttr) {
				// The page's description, or a paragraph its class
				// names a standfirst ('<p class="article-dek">Granger
				// County’s 311 app marked … a Tally analysis of 48,000
				// requests found</p>' under the <h1>, a Markup-like
				// story's, no stop at its end, its description a
				// rewritten copy, marked by leadAfter): kept by the
				// block pass, stop or none (leadAttr).
				pn.Attr = []html.Attribute{{Key: leadAttr}}
			}
			pn.AppendChild(&html.Node{Type: html.TextNode, Data: leadText})
			art.Node.InsertBefore(pn, art.Node.FirstChild)
		} else if lead != nil && headingLevel(lead) > 0 && hasAttr(lead, leadAttr) {
			// The standfirst set as a heading under the headline, the
			// description's words ('<h1>…</h1><h2>Renewal reminder went
			// to a deleted mailbox, …</h2>' in the story's header, a
			// Register-like page's), kept by Readability with its header:
			// a paragraph, the article's opening, not a heading over
			// nothing.
			leadParagraph(art.Node)
		} else if lead != nil && lead.DataAtom == atom.Div && paragraphDiv(lead) && sameWords(leadText, m.description) {
			// The standfirst of text alone in a <div> (textLead), kept
			// by Readability as a paragraph of its own without its
			// mark: its copy, the article's first block, is marked.
			markLead(art.Node, leadText)
		}
		if (len(m.h1) == 1 && p.Title == m.h1[0] || len(m.h1) == 2 && p.Title == m.h1[1] || len(m.h1) == 0 && m.crumbHeading != "" && p.Title == m.crumbHeading || len(m.h1) == 0 && m.descHeading != "" && p.Title == m.descHeading || len(m.h1) == 0 && m.classedH2 != "" && p.Title == m.classedH2 || len(m.h1) == 0 && m.issueNode != nil && m.bannerAlt != "" && p.Title == collapsedText(m.issueNode) ||
			m.restHeading != "" && p.Title == m.restHeading || (len(m.h1) == 1 || len(m.h1) == 2) && m.underH1 != nil && len(p.Title) > len(m.h1[0]) && p.Title == collapsedText(m.underH1) || len(m.h1) > 2 && p.Title == m.h1[0] && projectDocumentation(oneLine(m.title)) || len(m.h1) > 2 && p.Title == m.h1[1] && strings.HasPrefix(m.h1[1], m.h1[0]+" ")) && (!(strings.Contains(oneLine(t), p.Title) && (ld.title == "" || strings.Contains(oneLine(art.Title()), p.Title))) || len(m.h1) == 2 && p.Title == m.h1[1] && fieldCount(m.h1[0]) == 1) {
			// The page's one <h1>, the headline the title rules chose
			// over Readability's title: Readability, which drops an
			// <h1> like its own title at the article's top, kept it.
			// So it did the heading a breadcrumb's current page names
			// (crumbHeading), the heading the description is
			// (descHeading), the heading the <title> cut short
			// (restHeading), the first <h2> a class names a title on a
			// page without <h1> (classedH2) or the first <h2> under a
			// banner's picture (bannerAlt), the first heading under a site's <h1> that
			// the title rules took whole over the <title>'s shorter one
			// (or over a wiki's name and its page's WikiName, two <h1>s),
			// and the first <h1> of a Compodoc page
			// over its search box's (projectDocumentation), and the
			// chapter's <h1> under a book's top bar (HonKit's, its
			// search results' <h1>s after). The JSON-LD headline that
			// holds the title says nothing of what Readability dropped:
			// its own title, an og:title cut short ("A tiny Nevada water
			// district bets on a new well" over the <h1>'s "… — and on
			// its neighbors"), let the <h1> stay; but a page's second
			// <h1>, under a first of one word, the site's name in its
			// header ('<h1>Tidepool</h1>' over '<h1
			// id="upgrading-from-tidepool-2-to-3">Upgrading from Tidepool
			// 2 to 3</h1>', Flatdoc's), Readability kept though it is
			// its title.
			dropOpeningHeadline(art.Node, p.Title)
		} else if p.Title != "" {
			dropTopHeading(art.Node, p.Title)
		}
		if p.Title != "" {
			dropRuledHead(art.Node, p.Title)
		}
		gatherNotes(art.Node, m.noteIDs)
		bs := blocks(art.Node)
		if tap != nil {
			tap(bs)
		}
		model.peelEdges(dropFurniture(art.Node, bs, model.rescuer()))
		p.Body = strings.TrimSpace(render.InnerText(art.Node))
		for strings.Contains(p.Body, "\n\n\n") {
			// A paragraph wrapRun made before a <br><br>: one blank
			// line between paragraphs.
			p.Body = strings.ReplaceAll(p.Body, "\n\n\n", "\n\n")
		}
	}
	if len(p.Body) < tinyBody {
		// A safety net under the rules above: when they leave nothing or
		// a few lines of a page that has an article, Readability's own
		// choice on the whole page is the article.
		if body := fallback(data, extractParser); len(body) >= tinyBody && len(body) >= 3*len(p.Body) {
			p.Body = body
		} else if body := fallback(data, looseParser); len(body) >= tinyBody && len(body) >= 3*len(p.Body) {
			// Readability's choice a few lines too (a cookie notice, when
			// a wrapper of the whole page has a class it reads as
			// unlikely content and nothing told it so): its less strict
			// reading, which passes again without dropping unlikely
			// content when the first finds under 500 characters, and
			// keeps the longest, when that finds a page's article.
			p.Body = body
		}
	}
	if p.Body == "" {
		return p, ErrNoArticle
	}
	return p, nil
}

// trimHead removes from the page's <head>, once its metadata is read,
// what Readability copies on each of its passes and never reads for
// Extract: the blank text between the head's elements, its <link>
// elements (it reads links only for the favicon, which Extract does not
// ask for; a link's empty text is no byline) and the <meta> elements
// whose values its metadata pass skips or Extract never asks for
// (unusedMeta).
func trimHead(doc *html.Node) {
	var head *html.Node
	for c := doc.FirstChild; c != nil && head == nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			unbyline(c)
			for h := c.FirstChild; h != nil; h = h.NextSibling {
				if h.Type == html.ElementNode && h.DataAtom == atom.Head {
					head = h
				}
				if h.Type == html.ElementNode && h.DataAtom == atom.Body {
					unbyline(h)
				}
			}
		}
	}
	if head == nil {
		return
	}
	for c := head.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" ||
			c.Type == html.ElementNode && (c.DataAtom == atom.Link || c.DataAtom == atom.Meta && unusedMeta(c)) {
			head.RemoveChild(c)
		}
		c = next
	}
}

// bylineWords are the words Readability takes a byline's name for
// (its rxByline), in any case.
var bylineWords = []string{"byline", "author", "dateline", "writtenby"}

// unbyline drops from the class and the id of n, the page's <html> or
// <body>, the names that hold one of bylineWords ("single-author", the
// class WordPress sets on the <body> of a blog of one author):
// Readability takes the first element so named for the byline, and
// with no byline read from the metadata, it took the whole <body> for
// one, the first itemprop="name" inside it for the author's name (a
// recipe card's title, ZipList's '<div id="zlrecipe-title"
// itemprop="name">'), and dropped what followed.
func unbyline(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" || !bylineName(a.Val) {
			continue
		}
		var kept []string
		for _, w := range strings.Fields(a.Val) {
			if !bylineName(w) {
				kept = append(kept, w)
			}
		}
		n.Attr[i].Val = strings.Join(kept, " ")
	}
}

// bylineName reports whether v holds one of bylineWords in any case.
func bylineName(v string) bool {
	v = strings.ToLower(v)
	for _, w := range bylineWords {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// metaNames are the words one of which ends the name of every <meta>
// Readability reads without a property (its rxNamePattern).
var metaNames = []string{"author", "creator", "pub-date", "description", "title", "site_name", "published_time", "modified_time", "image"}

// unreadMeta reports whether Readability's metadata pass skips meta
// element n: it has no content, or no property and an ASCII name that
// holds none of metaNames in any case ("viewport", "robots",
// "theme-color"). A name not in ASCII is taken as read: Readability's
// pattern folds case as Unicode does ("ſ" is an "s" to it).
func unreadMeta(n *html.Node) bool {
	content, read := false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "content":
			content = content || a.Val != ""
		case "property":
			read = read || a.Val != ""
		case "name":
			lower := strings.ToLower(a.Val)
			read = read || !isASCII(a.Val)
			for _, w := range metaNames {
				read = read || strings.Contains(lower, w)
			}
		}
	}
	return !content || !read
}

// usedMetaWords are the words one of which is in every key of
// Readability's metadata that Extract reads: the title's ("og:title",
// "parsely-title"), the byline's, which keeps Readability from taking a
// line of the body for it ("dc:creator", "author"), and the publication
// date's ("article:published_time", "parsely-pub-date"). Its keys for the
// description, the site's name, the picture and the last edit
// (Article.Excerpt, SiteName, ImageURL, ModifiedTime) are never read.
var usedMetaWords = []string{"author", "creator", "pub-date", "title", "published_time"}

// unusedMeta reports whether meta element n gives Extract nothing through
// Readability: its metadata pass skips n (unreadMeta), or neither n's
// property nor its name holds one of usedMetaWords in any case
// ("og:type", "og:image", "description"). Both are asked, as Readability
// asks the name when the property gives no key.
func unusedMeta(n *html.Node) bool {
	if unreadMeta(n) {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "property" || a.Key == "name") && usedMetaValue(a.Val) {
			return false
		}
	}
	return true
}

// usedMetaValue reports whether a meta element's property or name may
// give Readability a key Extract reads: it holds one of usedMetaWords in
// any case, or a byte outside ASCII (Readability's patterns fold case as
// Unicode does, "ſ" an "s" to them).
func usedMetaValue(v string) bool {
	if !isASCII(v) {
		return true
	}
	lower := strings.ToLower(v)
	return slices.ContainsFunc(usedMetaWords, func(w string) bool { return strings.Contains(lower, w) })
}

// dropOpeningHeadline removes the first heading of article n when it is
// of text headline (Readability makes an <h2> of an <h1>). A side
// column's headings and short lines before it, up to maxOpeningHeadings
// headings and no paragraph of minOpeningWords words or more after the
// first, do not hide it (Expression Web's "#left_col", "Infos
// pratiques" over a line of opening hours, before "#right_col"'s
// "h2.titre_actu"): the side column goes with the widgets later.
func dropOpeningHeadline(n *html.Node, headline string) {
	var first *html.Node
	headings, done := 0, false
	var find func(*html.Node)
	find = func(c *html.Node) {
		for c = c.FirstChild; c != nil && !done; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case headingLevel(c) > 0:
				if sameText(textOf(c), headline) {
					first, done = c, true
				} else if headings++; headings == maxOpeningHeadings {
					done = true
				}
			case c.DataAtom == atom.P:
				done = headings > 0 && nodeWords(c) >= minOpeningWords
			default:
				find(c)
			}
		}
	}
	find(n)
	if first != nil {
		first.Parent.RemoveChild(first)
	}
}

// maxOpeningHeadings and minOpeningWords bound what dropOpeningHeadline
// looks past for the headline: a side column's headings and its short
// lines.
const (
	maxOpeningHeadings = 3
	minOpeningWords    = 20
)

// dropTopHeading removes the heading that opens article n, of any level,
// when it is the headline under a heading that is a day alone ("<h3
// class="date">dimanche 7 septembre 2025</h3><h3><a>Tailler le vieux
// cerisier</a></h3>", a blog's entry under the day its entries are
// grouped by, FlatPress' or Blogger's, the site's name the page's <h1>):
// Readability drops only an <h1> or an <h2> like its title. A heading
// after the text's first words stays, and so does one with no day over
// it (the text's own first paragraph may need it to be read as such).
// The day may be a line of its own in a <span>, and the headline a
// paragraph wholly in bold ("<span class="date">samedi 26 avril
// 2003</span><p><font size="3"><b>Trois jours à vélo…</b></font></p>",
// an old blog's entry, which has no heading element).
func dropTopHeading(n *html.Node, headline string) {
	done, dated := false, false
	var walk func(*html.Node)
	walk = func(p *html.Node) {
		for c := p.FirstChild; c != nil && !done; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				t := strings.TrimSpace(c.Data)
				if _, ok := bareDate(t, false); ok && p.DataAtom == atom.Span || numberedIssue(t) && issueDay(t) != "" || versionDay(c) != "" {
					// The day in a span of its own ("<span
					// class="date">samedi 26 avril 2003</span>", a
					// blog's day over its entry's bold title), a
					// bulletin's issue line ("Bulletin n°7 - Le 14 mai
					// 1999", issueLine), or a manual's version and its
					// day (Scribble's versionbox, "2.0 — 3 March 2025",
					// versionDay).
					dated = true
					continue
				}
				if p.DataAtom == atom.A || crumbMark(c, t) {
					// A link before the issue's line and its headline
					// (a hand-made page's menu beside them, in the
					// layout table Readability kept whole), or the mark
					// after a path's link, and the page's name after the
					// last ("Accueil > Plats > Potée").
					continue
				}
				done = t != ""
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.P && !dated && titledParagraph(c, headline):
				// The headline repeated as the text's first paragraph,
				// wholly in bold, its class naming it a title ('<p
				// class="titre_message"><strong>Un an de Repair Café à
				// Lunel-Viel : …</strong></p>', Seenthis' message,
				// whose first line is its title).
				done = true
				p.RemoveChild(c)
			case (c.DataAtom == atom.P || c.DataAtom == atom.Div) && !dated && attr(c, "class") == "title" && sameText(textOf(c), headline):
				// The headline as a post's title line, its label gone
				// (titleLabel: '<div class="title"><span class="ui small
				// label">Question</span> bamtk sort killed …</div>',
				// Biostar Central's thread, which has no heading).
				done = true
				p.RemoveChild(c)
			case c.DataAtom == atom.P && bigBoldLine(c) && sameText(textOf(c), headline):
				// The headline as a hand-made page sets it, a paragraph
				// of bold text in a headline's type ('<p><font size="5"
				// color="#993300"><b>La potée aux choux de ma
				// grand-mère</b></font></p>', the bigLine the title
				// rules took).
				done = true
				p.RemoveChild(c)
			case headingLevel(c) > 0 || dated && c.DataAtom == atom.P && allWithin(c, atom.B, atom.Strong):
				t := textOf(c)
				if _, ok := bareDate(t, false); ok {
					dated = true
					continue
				}
				done = true
				if dated && sameText(t, headline) || headingLevel(c) > 0 && (datedHeadline(c, headline) || numberedHeadline(t, headline)) {
					p.RemoveChild(c)
				}
			default:
				walk(c)
			}
		}
	}
	walk(n)
}

// bigPixels reports whether an inline style sets a font size of 20
// pixels or more ('<span class="waF4" style="font-size:22px;">',
// WebAcappella's headline in an absolutely placed box).
func bigPixels(style string) bool {
	i := strings.Index(style, "font-size:")
	if i < 0 {
		return false
	}
	v := strings.TrimSpace(style[i+len("font-size:"):])
	px, _, ok := strings.Cut(v, "px")
	if !ok || len(px) < 2 || len(px) > 3 {
		return false
	}
	n, err := strconv.Atoi(px)
	return err == nil && n >= 20
}

// bigBoldLine reports whether paragraph p is one <font> of a headline's
// size (bigFont) that holds only bold text; a <span> of the same size
// is that <font> as Readability retags it.
func bigBoldLine(p *html.Node) bool {
	f := onlyChild(p)
	return f != nil && (f.DataAtom == atom.Font || f.DataAtom == atom.Span) && bigFont(attr(f, "size")) && allWithin(f, atom.B, atom.Strong)
}

// crumbMark reports whether text node c, its text t trimmed, is a path's
// mark right after a link, the next name after it or not ("> Plats",
// "> Potée").
func crumbMark(c *html.Node, t string) bool {
	if t == "" || t[0] != '>' && !strings.HasPrefix(t, "»") && !strings.HasPrefix(t, "›") {
		return false
	}
	prev := c.PrevSibling
	return prev != nil && prev.DataAtom == atom.A
}

// titledParagraph reports whether p, a paragraph whose class names a
// title ("titre", "title"), holds only bold text that is the headline.
func titledParagraph(p *html.Node, headline string) bool {
	class := attr(p, "class")
	return (strings.Contains(class, "titre") || strings.Contains(class, "title")) && allWithin(p, atom.B, atom.Strong) && sameText(textOf(p), headline)
}

// numberedHeadline reports whether a heading's text t is the headline
// after its section's number ("4\u00a0Upgrading from Rookery 1.x",
// Scribble's section page, whose <title> the title rules read without
// its number: sectionNumber).
func numberedHeadline(t, headline string) bool {
	t = strings.TrimSpace(t)
	rest := strings.TrimLeft(t, "0123456789.")
	if len(rest) == len(t) || headline == "" {
		return false
	}
	return sameText(strings.TrimLeft(rest, " \t\n\u00a0"), headline)
}

// datedHeadline reports whether heading h is the headline after its day
// in a <span> of its own whose class names a date (its update's too),
// the heading's first element ('<h2 class="entry_title"><span class="date entry_date
// updated">14 Apr</span> Lifting a sunken patio …</h2>', Qode's Bridge
// theme's repeat of the post's title over its text).
func datedHeadline(h *html.Node, headline string) bool {
	span := pastBlank(h.FirstChild)
	if span == nil || span.DataAtom != atom.Span || !strings.Contains(strings.ToLower(attr(span, "class")), "date") || !strings.ContainsAny(textOf(span), "0123456789") {
		return false
	}
	var rest strings.Builder
	for c := span.NextSibling; c != nil; c = c.NextSibling {
		rest.WriteString(textOf(c))
	}
	return sameText(rest.String(), headline)
}

// italicize moves the children of p into an <i>, its one child.
func italicize(p *html.Node) {
	i := &html.Node{Type: html.ElementNode, Data: "i", DataAtom: atom.I}
	moveChildren(p, i)
	p.AppendChild(i)
}

// dropRuledHead removes the lines that open article n over a horizontal
// rule when one of them is the headline: the text's header, set in lines
// of the box that holds the text before an <hr> ("Actualités >
// Apprentissage<br><b>Apprentissage : le campus …</b><br>Date de
// publication : 04/03/2010 - Service communication<br><hr>", as a
// hand-made or an old page sets its trail, headline and date line over
// the text, with no heading element). Only the box's first lines are
// read, up to maxRuledHeadWords words, and nothing goes unless the rule
// comes first. When the box holds nothing but such lines and no rule,
// the lines may be blocks of their own, the box one of them, in the box
// that holds it, the rule after them there ("<p>Accueil > Nouvelles du
// club</p><center><font size="5"><b>Notre 31e bourse …</b></font>
// </center><center><i>Compte rendu publié le 9 février 2025</i></center>
// <hr>", as Claris Home Page and the editors of its day centre each line
// in a block of its own): they go as the box's lines do.
func dropRuledHead(n *html.Node, headline string) {
	box := firstTextParent(n)
	for box != nil && box != n && !blockElements[box.DataAtom] {
		box = box.Parent // the block whose lines open with those words
	}
	if box == nil || box == n {
		return
	}
	if ruledHead(box, headline) {
		return
	}
	// The headline among the text's first words, after others (a forum
	// post's head, the thread's subject and the post's day over a rule,
	// "<b>Spring recommissioning: …</b><br>« on: Mar 12th, 2025 at
	// 8:14pm »</div><hr>", after its author's card, YaBB's): its box's
	// lines go as the first box's do.
	if t := headlineText(n, headline); t != nil {
		box = t.Parent
		for box != nil && box != n && !blockElements[box.DataAtom] {
			box = box.Parent
		}
		if box != nil && box != n {
			ruledHead(box, headline)
		}
	}
}

// ruledHead removes box's lines over a rule when one of them is the
// headline, in the box or, when it holds only such lines, in the box that
// holds it, the box one of its lines (ruledLines), and reports whether
// they went.
func ruledHead(box *html.Node, headline string) bool {
	removed, ended, shown := ruledLines(box, headline, false, false)
	if ended && box.Parent != nil {
		removed, _, _ = ruledLines(box.Parent, headline, true, shown)
	}
	return removed
}

// headlineText returns the text node of n that is the headline, among
// its first maxRuledHeadWords words, or nil.
func headlineText(n *html.Node, headline string) *html.Node {
	words := 0
	var found *html.Node
	var walk func(*html.Node) bool
	walk = func(p *html.Node) bool {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				t := strings.TrimSpace(c.Data)
				if t == "" {
					continue
				}
				if sameText(t, headline) {
					found = c
					return false
				}
				if words += fieldCount(t); words > maxRuledHeadWords {
					return false
				}
			case html.ElementNode:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	walk(n)
	return found
}

// ruledLines removes box's lines and the rule after them when one of them
// is the headline (dropRuledHead), or shown is set (a line of box is a box
// that showed it), and reports whether they went, whether box holds only
// such lines and no rule, maxRuledHeadWords words at most, and whether
// one of them is the headline. The lines are its text and inline
// elements, and with blocks its paragraphs, <div>s, <center>s and
// headings too, each a short line.
func ruledLines(box *html.Node, headline string, blocks, shown bool) (removed, ended, showing bool) {
	words := 0
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode && c.Type != html.TextNode {
			continue
		}
		if c.DataAtom == atom.Hr {
			if !shown {
				return false, false, false
			}
			for d := box.FirstChild; d != c; {
				next := d.NextSibling
				box.RemoveChild(d)
				d = next
			}
			box.RemoveChild(c)
			return true, false, true
		}
		if c.Type == html.ElementNode && c.DataAtom != atom.Br && blockElements[c.DataAtom] &&
			!(blocks && (c.DataAtom == atom.P || c.DataAtom == atom.Div || c.DataAtom == atom.Center || headingLevel(c) > 0)) {
			return false, false, false
		}
		t := c.Data
		if c.Type == html.ElementNode {
			var ok bool
			if t, ok = shortText(c); !ok {
				return false, false, false
			}
		}
		if words += fieldCount(t); words > maxRuledHeadWords {
			return false, false, false
		}
		shown = shown || sameText(t, headline)
	}
	return false, true, shown
}

// maxRuledHeadWords is how many words of a text's first lines
// dropRuledHead reads for its header.
const maxRuledHeadWords = 40

// isolate leaves n alone in the page's body, when n holds the article
// (holdsArticle) and is still in the page: a page that marks one element
// other than an <article> in the role of an article (role="article") says
// where its text is; what stands around it in its boxes — a work's
// preface, summary and notes, its end notes, kudos and comment notice — is
// the page's furniture. A label heading it opens with goes too.
func isolate(n *html.Node) {
	if !holdsArticle(n) {
		return
	}
	c := n
	for ; c.Parent != nil && c.DataAtom != atom.Body; c = c.Parent {
	}
	if c.DataAtom != atom.Body {
		return // dropped by prune on the way
	}
	for c = n; c.DataAtom != atom.Body; c = c.Parent {
		p := c.Parent
		for s := p.FirstChild; s != nil; {
			next := s.NextSibling
			if s != c {
				p.RemoveChild(s)
			}
			s = next
		}
	}
	if h := firstContent(n); h != nil && headingLevel(h) > 0 {
		// The element's own heading, when it is only a label ending in
		// a colon ("Work Text:", "Chapter Text:"): a landmark for
		// screen readers, not the text's.
		if t := strings.TrimSpace(textOf(h)); strings.HasSuffix(t, ":") && fieldCount(t) <= 3 {
			n.RemoveChild(h)
		}
	}
}

// standfirst returns the standfirst under the page's headline — the
// element right after its first <h1>, or after headline (the <h2> of the
// og:title's text) when there is none there: a heading of at least minLeadWords
// words (a dek needs no stop: "Three price rises, one lost customer and
// …"), or a paragraph (or a box of one) as long that ends a sentence —
// and its text, or nil. Readability takes the body's box and leaves the
// header's siblings aside when they are not paragraphs: a dek in an <h2>
// or in a box of the header is the article's first paragraph.
//
// A paragraph whose text is the page's description (its <meta
// name="description">) is the standfirst without a stop too, in boxes of
// one box each ("<div><div><p>Passengers face fares…</p></div></div>", a
// newspaper's standfirst component): the page describes itself by it.
func standfirst(doc, headline *html.Node, description string) (*html.Node, string) {
	if s, text := leadAfter(find(doc, atom.H1), description); s != nil || headline == nil {
		return s, text
	}
	// The page's first <h1> is the site's name (Hugo's Stack theme:
	// h1.site-name in its sidebar); the headline, an <h2> of the
	// og:title's text, has the standfirst after it
	// (h3.article-subtitle).
	return leadAfter(headline, description)
}

// messageNav reports whether table n's rows are a header row of <th>s
// alone and rows whose first cell says "Next Message" or "Previous
// Message" ('<tr><th></th><th>From</th><th>Date</th><th>Subject</th></tr><tr><td>Next
// Message</td><td>Ilse Brandt</td>…', the PostgreSQL archives' table
// under a message), one such row at least.
func messageNav(n *html.Node) bool {
	rows := 0
	for tr := range n.Descendants() {
		if tr.DataAtom != atom.Tr {
			continue
		}
		cell := firstContent(tr)
		if cell == nil {
			return false
		}
		if cell.DataAtom == atom.Th {
			continue
		}
		if t := strings.TrimSpace(textOf(cell)); t != "Next Message" && t != "Previous Message" {
			return false
		}
		rows++
	}
	return rows > 0
}

// threadLinks reports whether list n's items are each a link first, then
// " at ", a day written year first and its time, and " from " and the
// sender ('<ul><li><a href="/message-id/…">Re: Proposal: deprecate
// tb_walcopy in 3.0</a> at 2025-05-06 16:03:47 from Ilse Brandt</li></ul>',
// the PostgreSQL archives' "In response to" and "Responses" under a
// message). Only a list whose first item opens with a link is read
// further.
func threadLinks(n *html.Node) bool {
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		a := firstContent(li)
		if li.DataAtom != atom.Li || a == nil || a.DataAtom != atom.A {
			return false
		}
		rest := a.NextSibling
		if rest == nil || rest.Type != html.TextNode || rest.NextSibling != nil {
			return false
		}
		at, ok := strings.CutPrefix(rest.Data, " at ")
		if !ok || len(at) < len("2025-05-06 16:03 from X") || !isDigit(at[0]) || at[4] != '-' || !strings.Contains(at, " from ") {
			return false
		}
		items++
	}
	return items > 0
}

// postedStamp reports whether box n holds one <time> alone, of a
// datetime, whose text opens with "Posted " and is twelve words at most
// ('<div class="update__time"><time dateTime="2025-03-04T19:12:00.000Z">Posted
// Mar 4, 2025 at 7:12 PM UTC</time></div>', Instatus' stamp under each
// update of an incident): the update's stamp, not its text. Only a box of
// one element is read further.
func postedStamp(n *html.Node) bool {
	t := firstContent(n)
	if t == nil || t.DataAtom != atom.Time || pastBlank(t.NextSibling) != nil || !hasAttr(t, "datetime") {
		return false
	}
	f := t.FirstChild
	return f != nil && f == t.LastChild && f.Type == html.TextNode && strings.HasPrefix(strings.TrimSpace(f.Data), "Posted ") && fieldCount(f.Data) <= 12
}

// byParagraph reports whether paragraph p opens with "By " in its own
// text and holds maxBarWords words at most: a byline.
func byParagraph(p *html.Node) bool {
	f := p.FirstChild
	return f != nil && f.Type == html.TextNode && strings.HasPrefix(strings.TrimLeft(f.Data, " \t\n"), "By ") && nodeWords(p) <= maxBarWords
}

// authorBox reports whether box n's class or data-testid names the
// author ("article-author", "post-author").
func authorBox(n *html.Node) bool {
	return strings.Contains(attr(n, "class"), "author") || strings.Contains(attr(n, "data-testid"), "author")
}

// maxBarWords is the most words of a bar of links leadAfter passes
// over between a headline and its standfirst.
const maxBarWords = 12

// leadAfter returns the standfirst after heading h1, as standfirst
// reads it.
func leadAfter(h1 *html.Node, description string) (*html.Node, string) {
	if h1 == nil {
		return nil, ""
	}
	// A headline last in its wrappers (a heading block, a grid column)
	// is followed by what follows them.
	var s *html.Node
	for n, up := h1, 0; s == nil && n != nil && up <= maxLeadClimb; n, up = n.Parent, up+1 {
		for s = n.NextSibling; s != nil && s.Type != html.ElementNode; s = s.NextSibling {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				return nil, ""
			}
		}
	}
	if s == nil {
		return nil, ""
	}
	s = pastEmpty(s)
	if s == nil {
		return nil, ""
	}
	if emBylineP(s) {
		// The author's line under the headline, its day with it
		// ("<p><em>Margit Oyelaran, 11 June 2025</em></p>", odoc's
		// preamble): the standfirst follows it.
		if s = nextElement(s); s == nil {
			return nil, ""
		}
	}
	if s.DataAtom == atom.P && byParagraph(s) {
		// The byline's paragraph between the headline and the
		// standfirst ('<p class="story-contributors">By <a …>Lena
		// Whitcomb</a></p>' over '<p class="article-dek">Calls from the
		// Harlan County jail …</p>', a Marshall Project-like story's
		// header): the standfirst follows it.
		if s = nextElement(s); s == nil {
			return nil, ""
		}
	}
	if s.DataAtom == atom.Div && authorBox(s) && nodeWords(s) <= maxBarWords {
		// The author's box between the headline and the standfirst,
		// their picture, name, role and the day ('<div
		// data-testid="article-author"><img …><div><a …>Camille
		// Rieux</a><p>Journaliste</p></div><p><span>Publié le …', a
		// job board's magazine on styled components): the standfirst
		// follows it.
		if s = nextElement(s); s == nil {
			return nil, ""
		}
	}
	if s.DataAtom == atom.Div && nodeWords(s) <= maxBarWords && linksOnly(s) {
		// A bar of links alone between the headline and the standfirst
		// ('<div class="boutons_ligne"><a class="bouton" …>Facebook</a>
		// <a …>Twitter</a> <a …>Imprimer</a> <a …>Envoyer à un
		// ami</a></div>' over '<div class="chapeau"><h3
		// class="chapeau">Pendant trois mois, …</h3></div>', WMaker's
		// story, its author's line gone as furniture): the standfirst
		// follows it.
		if s = nextElement(s); s == nil {
			return nil, ""
		}
	}
	if description != "" && s.DataAtom == atom.Div {
		// The description's paragraph, in boxes of one box each.
		p := onlyChild(s)
		for up := 0; p != nil && p.DataAtom == atom.Div && up < maxLeadClimb; up++ {
			p = onlyChild(p)
		}
		if p != nil && p.DataAtom == atom.P {
			if text := textOf(p); sameWords(text, description) && fieldCount(text) >= minLeadWords {
				p.Attr = append(p.Attr, html.Attribute{Key: leadAttr})
				return s, oneLine(text)
			}
		}
		if p != nil && p.DataAtom == atom.Ul {
			// Or a list of one item that opens with the description's
			// words, its last stop aside (a newspaper's standfirst set as a bullet, "<div
			// data-qa="GenericArticle-Subheadline"><ul><li>Transport
			// officials approve …</li></ul></div>", SCMP's).
			if li := onlyChild(p); li != nil && li.DataAtom == atom.Li {
				if text := oneLine(textOf(li)); fieldCount(description) >= minLeadWords && strings.HasPrefix(text, strings.TrimRight(oneLine(description), ".")) {
					li.Attr = append(li.Attr, html.Attribute{Key: leadAttr})
					return s, text
				}
			}
		}
	}
	switch s.DataAtom {
	case atom.P, atom.H2, atom.H3, atom.H4:
	case atom.Div:
		if c := onlyChild(s); (c == nil || c.DataAtom != atom.P) && !textLead(s, description) && !dekDiv(s) {
			return nil, ""
		}
	default:
		return nil, ""
	}
	text := collapsedText(s)
	described := description != "" && (sameWords(text, description) || shortDescription(text, description))
	if described && paragraphDiv(s) {
		// A <div> of text alone, the description's words.
		s.Attr = append(s.Attr, html.Attribute{Key: leadAttr})
		return s, text
	}
	if fieldCount(text) < minLeadWords || headingLevel(s) == 0 && !endsSentence(text) && !described && !dekClass(attr(s, "class")) {
		return nil, ""
	}
	if (described || s.DataAtom == atom.P && !endsSentence(text) && dekClass(attr(s, "class"))) && s.DataAtom != atom.Div {
		// The description's words, or a paragraph of a standfirst's
		// class without a stop at its end ('<p class="article-dek">Granger
		// County’s 311 app marked … a Tally analysis of 48,000 requests
		// found</p>' under the <h1>, a Markup-like story's), which the
		// block pass would drop as a line without a sentence: marked,
		// it is kept.
		s.Attr = append(s.Attr, html.Attribute{Key: leadAttr})
	} else if described {
		c := onlyChild(s)
		c.Attr = append(c.Attr, html.Attribute{Key: leadAttr})
	}
	return s, text
}

// summaryTerms are the terms of a facts list whose description is the
// story's summary.
var summaryTerms = wordSet("summary abstract résumé")

// summaryItem returns the description of facts list dl whose term is a
// summary's ('<dl class="dl-horizontal"><dt>Date:</dt><dd>April 14,
// 2025</dd>…<dt>Summary:</dt><dd id="abstract">Swapping chain moorings
// for …</dd>', a science news release's, under its headline), or nil.
func summaryItem(dl *html.Node) *html.Node {
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Dt || !summaryTerms[strings.ToLower(strings.TrimRight(strings.TrimSpace(textOf(c)), " :"))] {
			continue
		}
		if dd := nextElement(c); dd != nil && dd.DataAtom == atom.Dd {
			return dd
		}
		return nil
	}
	return nil
}

// emBylineP reports whether s is a paragraph wholly in emphasis, eight
// words at most, that holds a year: an author's line and day.
func emBylineP(s *html.Node) bool {
	if s.DataAtom != atom.P {
		return false
	}
	c := onlyChild(s)
	if c == nil || c.DataAtom != atom.Em && c.DataAtom != atom.I {
		return false
	}
	text := textOf(s)
	if strings.TrimSpace(textOf(c)) != strings.TrimSpace(text) || fieldCount(text) > 8 {
		return false
	}
	return strings.Contains(text, " 19") || strings.Contains(text, " 20")
}

// liftSummary sets the summary of facts list dl (summaryItem), when dl
// follows the headline right after it, in a paragraph of its own
// before dl: the list goes as furniture with its date, source and share
// buttons, its summary is the story's standfirst (leadAfter).
func liftSummary(dl *html.Node) {
	h := dl.PrevSibling
	for h != nil && h.Type != html.ElementNode {
		h = h.PrevSibling
	}
	if h == nil || h.DataAtom != atom.H1 {
		return
	}
	dd := summaryItem(dl)
	if dd == nil {
		return
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	moveChildren(dd, p)
	dl.Parent.InsertBefore(p, dl)
}

// describedTeaser reports whether paragraph c, its class furniture's
// ("teaser-text"), opens with the page's description, minLeadWords words
// or more, among the headline's next siblings (maxLeadSkips elements
// at most between them: "<h1>…</h1><figure class="hero-image">…</figure>
// <div class="author-details">…</div><p class="teaser-text">When Lindenau
// am Rhein started lending …"): the page's standfirst under its
// headline, not another page's teaser.
func describedTeaser(c *html.Node, m *meta) bool {
	if c.DataAtom != atom.P || m.description == "" || fieldCount(m.description) < minLeadWords {
		return false
	}
	for s, k := c.PrevSibling, 0; s != nil && k <= maxLeadSkips; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if s.DataAtom == atom.H1 {
			return opensWith(collapsedText(c), m.description)
		}
		k++
	}
	return false
}

// maxLeadSkips is how many elements (a picture, a byline) may stand
// between the headline and its standfirst (describedTeaser).
const maxLeadSkips = 2

// opensWith reports whether text's first words are prefix's, whatever
// spaces run between them.
func opensWith(text, prefix string) bool {
	return matchWords(text, prefix, true)
}

// pastEmpty returns s, or the element after it when s is an element
// without words or a picture, two such at most (R Markdown's radix page
// parses "<p><p>What twelve months …</p></p>" into an empty <p> before
// the standfirst's, under the headline), or nil when text stands
// between them.
func pastEmpty(s *html.Node) *html.Node {
	for range 2 {
		if s.Type != html.ElementNode || s.FirstChild != nil && (nodeWords(s) > 0 || holdsMedia(s)) {
			return s
		}
		next := s.NextSibling
		for next != nil && next.Type != html.ElementNode {
			if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
				return nil
			}
			next = next.NextSibling
		}
		if next == nil {
			return s
		}
		s = next
	}
	return s
}

// dekDiv reports whether <div> s is a paragraph of text alone
// (paragraphDiv) whose class names a standfirst ("dek",
// "ContentHeaderDek-bIqFFZ", Condé Nast's styled components;
// "standfirst", "chapo", "lede"): the standfirst under the headline,
// whatever the description says.
func dekDiv(s *html.Node) bool {
	return dekClass(attr(s, "class")) && paragraphDiv(s)
}

// dekClass reports whether a class names a standfirst: "dek",
// "standfirst", "chapo", "lede", or a post's "summary" ('<div
// class="post-single__summary">The city council approves a plan …</div>',
// a WordPress news theme's, no stop at its end), read only on the
// element right under the headline (leadAfter).
func dekClass(class string) bool {
	if class == "" {
		return false
	}
	class = strings.ToLower(class)
	return strings.Contains(class, "dek") || strings.Contains(class, "standfirst") || strings.Contains(class, "chapo") || strings.Contains(class, "lede") ||
		strings.Contains(class, "summary")
}

// leadParagraph makes the first heading under n marked with leadAttr
// (the standfirst leadAfter found as a heading, copied by Readability
// with its mark) a paragraph; it stops at the first mark it meets.
func leadParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasAttr(c, leadAttr) {
			if headingLevel(c) > 0 {
				c.Data, c.DataAtom = "p", atom.P
			}
			return true
		}
		if leadParagraph(c) {
			return true
		}
	}
	return false
}

// markLead marks with leadAttr the first block under n, a paragraph
// whose words are text's, when n opens with it (firstContent).
func markLead(n *html.Node, text string) {
	for c := firstContent(n); c != nil; c = firstContent(c) {
		if (c.DataAtom == atom.P || c.DataAtom == atom.Div && paragraphDiv(c)) && sameWords(collapsedText(c), text) {
			c.Attr = append(c.Attr, html.Attribute{Key: leadAttr})
			return
		}
	}
}

// textLead reports whether <div> s is a paragraph of text alone
// (paragraphDiv), no <p> in it, whose words are the page's description,
// minLeadWords or more: the standfirst as the Financial Times writes it
// under its headline ("<div class="o-topper__standfirst">A £46mn plug-in
// scheme will let visiting liners switch off their engines at the quay,
// but …</div>", no stop at its end).
func textLead(s *html.Node, description string) bool {
	if description == "" || !paragraphDiv(s) {
		return false
	}
	text := collapsedText(s)
	return fieldCount(text) >= minLeadWords && sameWords(text, description)
}

// shortDescription reports whether the page's description is the
// standfirst lead cut short at a stop of its own: its words, minLeadWords
// or more, the last with a stop the standfirst has not, open it ('<meta
// name="description" content="Classé monument historique en 1908, le
// grand retable … de Valdieu a été remonté.">' over '<p
// class="chapeau"><b>Classé monument historique en 1908, … a été remonté
// le mois dernier. Les restaurateurs …</b></p>', a hand-built
// magazine's): the page describes itself by its standfirst's opening.
func shortDescription(lead, description string) bool {
	d, ok := strings.CutSuffix(strings.TrimSpace(description), ".")
	return ok && fieldCount(d) >= minLeadWords && opensWith(lead, d)
}

// sameWords reports whether a and b are the same words, whatever spaces
// run between them and at their ends, without building either's words.
func sameWords(a, b string) bool {
	return matchWords(a, b, false)
}

// matchWords walks a's and b's words side by side without building them:
// true when every word of b is a's word in its place and a has no more
// words after them, or, with opening, whatever a has after them.
func matchWords(a, b string, opening bool) bool {
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if b == "" {
			return opening || a == ""
		}
		if a == "" {
			return false
		}
		i, j := strings.IndexFunc(a, unicode.IsSpace), strings.IndexFunc(b, unicode.IsSpace)
		if i < 0 {
			i = len(a)
		}
		if j < 0 {
			j = len(b)
		}
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// maxLeadClimb is how many wrappers of the headline standfirst looks out
// of for the element after it.
const maxLeadClimb = 2

// minLeadWords is the length of the shortest standfirst standfirst takes.
const minLeadWords = 12

// accountTitle matches the title a social network gives a post's page:
// the author's name and handle, "Marnie Holt (@marnie@fellside.example)".
var accountTitle = regexp.MustCompile(`^[^()@]+\(@[^()\s]+\)$`)

// postByTitle matches the title a fediverse server's web page gives a
// post: "Post by" and the author's name and handle, "Post by Marnie
// Holt, @marnie@fellside.example" (GoToSocial's og:title), an account's
// title as accountTitle's is.
var postByTitle = regexp.MustCompile(`^Post by [^@]+, @[^\s@]+@[^\s@]+$`)

// firstTextParent returns the element that holds the first text of n
// that is not whitespace, or nil.
func firstTextParent(n *html.Node) *html.Node {
	var first *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && first == nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				first = n
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return first
}

// titleLine returns the article's first paragraph when it is a title
// line: in bold as a whole, twelve words at most, no stop at its end; or
// nil.
func titleLine(article *html.Node) *html.Node {
	first := firstTextParent(article)
	if first == nil || first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return nil
	}
	p := first.Parent
	text := strings.TrimSpace(textOf(p))
	if p.DataAtom != atom.P || firstContent(p) != first || text != strings.TrimSpace(textOf(first)) ||
		fieldCount(text) > 12 || strings.HasSuffix(text, ".") {
		return nil
	}
	return p
}

// inside reports whether n is a descendant of (or is) root.
func inside(n, root *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// tinyBody is the size, in bytes, under which an extracted body is
// checked against Readability's own choice (see fallback), and the size
// that choice must reach to be taken: a few short paragraphs.
const tinyBody = 500

// fallback is the body Readability finds on the whole page, with its
// own rules only (scripts, styles and comments aside), and the block
// pass after: the article of a page whose every candidate the furniture
// rules took away. "" when it finds none.
func fallback(data []byte, parser readability.Parser) string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return ""
	}
	var strip func(*html.Node)
	strip = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode,
				c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript || c.DataAtom == atom.Template):
				n.RemoveChild(c)
			case c.Type == html.ElementNode:
				strip(c)
			}
			c = next
		}
	}
	strip(doc)
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil || art.Node == nil {
		return ""
	}
	retag(art.Node)
	dropFurniture(art.Node, blocks(art.Node), nil)
	return strings.TrimSpace(render.InnerText(art.Node))
}

// retag sets each element's atom from its tag name. Readability makes
// paragraphs of a <div>'s text by creating <p> elements without an atom,
// and renames a <div> of text to <p> keeping the atom of a <div>: the
// block pass, which reads atoms, would take such paragraphs for inline
// runs and merge a div-built page's editor's note or pull quote into the
// prose around it.
//
// Text that follows a list in the same parent, up to the next block or
// <br><br> ("</ul>L'an dernier, …", a page whose paragraphs are runs
// between <br><br>), is wrapped in a <p> of its own: Readability makes
// paragraphs of the runs after a <br><br> only, and the text rendered
// would run on from the list's last item.
func retag(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom.String() != c.Data {
				c.DataAtom = atom.Lookup([]byte(c.Data))
			}
			retag(c)
			if (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) && runAfter(c) {
				wrapRun(c)
			}
		}
	}
}

// runAfter reports whether text with a letter or a digit follows block
// element b before the next block element.
func runAfter(b *html.Node) bool {
	for s := b.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode:
			if strings.IndexFunc(s.Data, wordRune) >= 0 {
				return true
			}
		case s.Type == html.ElementNode && blockElements[s.DataAtom]:
			return false
		case s.Type == html.ElementNode && s.DataAtom != atom.Br && strings.IndexFunc(textOf(s), wordRune) >= 0:
			return true
		}
	}
	return false
}

// wrapRun moves the nodes after block element b, from the first that is
// not a space or a <br> up to the next block element or <br><br>, into a
// new <p> before them.
func wrapRun(b *html.Node) {
	start := b.NextSibling
	for start != nil && (start.Type == html.TextNode && strings.TrimSpace(start.Data) == "" || start.DataAtom == atom.Br) {
		start = start.NextSibling
	}
	if start == nil {
		return
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	b.Parent.InsertBefore(p, start)
	s := start
	for s != nil && !(s.Type == html.ElementNode && blockElements[s.DataAtom]) && !(s.DataAtom == atom.Br && nextBr(s)) {
		next := s.NextSibling
		b.Parent.RemoveChild(s)
		p.AppendChild(s)
		s = next
	}
}

// nextBr reports whether the next sibling of br, spaces aside, is a <br>.
func nextBr(br *html.Node) bool {
	s := pastBlank(br.NextSibling)
	return s != nil && s.DataAtom == atom.Br
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// metaDateNames are the <meta name> a page states its publication date
// with when it has no article:published_time: Dublin Core's, and the
// plain names older publishing tools and site generators write, and a
// note's "created" (Evernote's export, beside its "updated"), and Dublin
// Core's element refinements written without "date." ("dc.created",
// Javadoc's since JDK 9).
var metaDateNames = map[string]bool{
	"created": true, "date": true, "dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dc.created": true, "dc.issued": true, "dcterms.date": true,
	"dcterms.issued": true, "dcterms.created": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"publication_date": true, "article.published": true,
}

// meta is what prune collects on its way: the page's own statements about
// itself that Readability does not read.
type meta struct {
	canonical, ogURL, siteName string
	h1                         []string
	threadTag, threadSubject   string     // a list archive's thread heading, its list's tag and subject (threadOf)
	underH1                    *html.Node // the first <h2> or <h3> after the first <h1>
	timeDatetime               string     // the page's <time datetime> most likely its article's (timeRank)
	timeRank                   int        // timeDatetime's rank, 0 when there is none
	itemDate                   string     // the first microdata itemprop="datePublished" (content or datetime)
	hDate                      string     // the first microformat date of publication (hAtom's "published", "dt-published")
	metaDate                   string     // the first <meta name> of a publication date (metaDateNames)
	title                      string     // the <title>
	restFirsts                 []string   // the first word after each of title's separators (restFirsts)
	ogTitle                    string
	jsonLD                     []string              // the JSON-LD scripts
	noteIDs                    map[string]*html.Node // elements whose id holds a digit, footnotes' targets (gatherNotes)
	scriptDate                 string                // the first "first published" date a page's script states (firstPublished)
	dataScripts                []string              // the scripts, not JSON-LD, that hold a key "published" or "created" (objectDate)
	headline                   string                // the longest part of a <title> cut by separators (titleHeadline)
	headlineShown              bool                  // the page shows headline as a line of its own
	headlineBare               string                // headline without a numbered label ("Update 7: "), when it has one
	shareURL                   string                // the first address a share panel's read-only field holds
	dcURL                      string                // Dublin Core's DC.identifier (dcterms.identifier), when an absolute address
	itemURL                    string                // the first microdata url or mainEntityOfPage of an article's item, when an absolute address
	permalink                  string                // the first absolute address of a "Permalink", without its anchor
	sharedURL                  string                // the address the page's share links pass, when they all pass one (sharedAddress)
	sharedMixed                bool                  // the page's share links pass several addresses
	returnURL                  string                // the first address a link to log in comes back to (returnAddress)
	namedDate                  string                // the first text of an element named for a date that is only a date
	chatOpened                 bool                  // a chat archive's first message head was read (chatHead)
	postHeading                string                // the text of the first <h2> or <h3> after the first <h1> whose class names a headline (headlineClasses)
	blockHeading               string                // the text of the first <h2> or <h3> after the first <h1>, five words or more, whose class names a block's title (titleElement)
	updateHeading              string                // the text of the first <h2> or <h3> after the first <h1>, three words or more, whose class names an update's or a news item's title (updateTitleClass)
	unixDate                   string                // the first Unix time a class gives ("odate time_1741946520"), RFC 3339, not an edit's
	propertyDate               string                // a note's "date" property (propertyDate)
	h1Node                     *html.Node            // the page's first <h1>
	cellHeadline               string                // the text alone of the page's first table cell set large and bold by its own style (largeType), of a few words
	classTitle                 string                // the text of the page's first paragraph its class names a title (titleClass) that shares two long words with the <title>
	boardName                  string                // a board's name in a headline's type over its tagline, before a colon opening the <title> (colonName)
	bigLine                    string                // the text of the page's first <font> of a headline's size (bigFont) or Title paragraph (titleStyle), of a few words; "-" when it is not
	logoName                   string                // the alt of the page's first picture in a link (its logo's, the site's name), or "-"
	h1Class                    string                // the class of the page's first <h1>
	titleLogo                  bool                  // a picture before the first <h1> has the <title>'s text for its alt (a letter's logo, not linked)
	senderLogo                 bool                  // a picture before the first <h1> has for its alt the name the og:title and the <title> both open with before a separator (senderNamed)
	boxHeadline                string                // the text of the page's first box that is no heading but whose class names a headline (headlineClasses), a few words
	newsHeading                string                // the text of the page's first <h2>, <h3> or <h4> whose class names a news item's title ("project-news__title", "news-title"), of three words or more
	newsTitle                  bool                  // the <title> ends with a separator and a news section's name (newsTail)
	boldLead                   string                // the text of the page's first <div> that holds only a <b> or <strong> of three to twenty words, over a <div> of forty words or more (boldLeadDiv)
	slugHeading                string                // the first <h2> or <h3> whose words are the canonical address's last part (slugOf)
	slugLead                   string                // the first <h2> or <h3>, before any <h1>, whose words before its colon are the canonical address's last part (slugLead)
	issueNode                  *html.Node            // the page's first <h2>, when it comes before any <h1> (issueHeading)
	bannerAlt                  string                // the alt of the page's first picture, before any heading ("-" when it has none)
	colonTail                  string                // the headline's part after its last colon, of two words or more (colonTail)
	tailHeading                string                // colonTail, when an <h2> or <h3> is that text
	placeHeading               string                // the <title>'s headline, when an <h2> or <h3> before any <h1> is that text (the course or section the page is in)
	boldTitle                  bool                  // a <b> or <strong> of text alone is the whole <title>, which holds a colon (colonTail)
	entryHeading               string                // the <title>'s headline, when an <h2> or <h3> is that text and the page has an og:title
	crumbCurrent               string                // the current page's name, a breadcrumb's last item without a link (crumbItem)
	crumbHeading               string                // crumbCurrent, when an <h2> or <h3> after it is that text
	thHeadline                 string                // the text of the page's first <th>, the sole cell of its row over a row of a date line alone (dateRowHeading), of a few words; "-" once another <th> came first
	selfHeading                string                // the first heading below <h1> whose one element is a link to the page's address (selfLinked)
	titleLink                  string                // the first absolute link whose text is the <title>'s headline and whose path ends with its slug
	homeName                   string                // the text of the first <h1> that links to the site's home page: the site's name
	brandName                  string                // the text of the first element whose id or class names the site's or project's name (brandNamed)
	issueDate                  string                // the day an e-mail's preheader gives its issue (preheaderDate)
	ownerName                  string                // the <title>'s headline, when a link to the page the post's address is under (ownerHref) shows it: its author's name
	postTime                   string                // the datetime of a <time> in a link to the post the page's address names (samePost)
	linkDate                   string                // the first text of a link into a page (a post's permalink) that is only a date (postDate)
	articleTime                string                // Open Graph's article:published_time
	roleArticles               []*html.Node          // the elements other than <article> in the role of an article
	authors                    []string              // the texts of the page's links to its author (rel="author")
	italicClasses              map[string]bool       // the classes the page's <style> sets in italics alone (".c8{font-style:italic}")
	code                       bool                  // the page shows code (showsCode)
	knitted                    bool                  // the page shows knitr's output ("<code>## ", knitChunk)
	thSubject                  string                // a forum's header cell's subject after "Sujet : " or "Subject: " (title)
	manPage                    bool                  // a manual page's NAME section went (manHeading)
	textObjects                bool                  // the page is laid out in text objects ("TextObject", joinTextCells)
	textCells                  []*html.Node          // the page's text objects' cells, in its order (joinTextCells)
	titleHeading               *html.Node            // the first <h2> of the og:title's text (standfirst)
	namedHeading               string                // the text of the first <h2> whose parent's class names a title ("detail-title")
	overH1                     string                // the text of the last link before the first <h1>, when og:title, read before it, holds ": "
	earlyUpdateDate            string                // the text of an update's date (updateDateClass) met under the first <h1> before any updateHeading
	subjectLine                string                // the text after the first "Subject:" or "Sujet :" label in bold
	manTitle                   string                // the text of mandoc's first cell "head-ltitle", the manual page's name and section in capitals
	styledTitle                string                // the text of the first <p> before any <h1> whose class opens with the paragraph style "Titre"
	lastLink                   *html.Node            // the last link met before the first <h1>
	classedH2                  string                // the text of the first <h2> before any <h1> whose class holds "titre" ("article_titre") or "__title" ("news-item__title")
	ariaH1                     string                // the text of the first <div> before any <h1>, its class holding "titre" or "title", that ARIA makes a heading of level 1 (role="heading" aria-level="1")
	firstH2                    string                // the text of the first <h2> before any <h1>
	pageH2                     string                // the text of the first <h2> after the one <h1> whose class is "page-title"
	bigBold                    string                // the text of the first big bold <font> before any <h1> (bigFont)
	descHeading                string                // the text of the first <h2> or <h3> that is the description's whole text
	restHeading                string                // the text of the first <h2> or <h3> after the first <h1> that opens with the <title>'s last part and says more (titleRest)
	description                string                // the page's <meta name="description"> (standfirst)
	ogDescription              string                // the og:description, the standfirst's stand-in for a page without a description
	mailSubject                string                // the subject a saved message's header shows (mailHeader)
	smallStop                  *html.Node            // the sibling a run of small print stopped at (smallPrintTail)
	textHeadline               string                // the bold line that opens a story in text objects (joinTextCells)
	typed                      bool                  // the page is a typed newsletter, its <h1> the headline it underlines (typedBlocks)
	feedName                   string                // the title of the page's first feed (an RSS or Atom <link rel="alternate">)
	createTime                 string                // the first data-createtime in JavaScript's writing of a date, RFC 3339 (scriptTime)
	summary                    string                // the text of the first post's summary (postSummary)
	wordProcessor              bool                  // a word processor wrote the page (wordProcessed)
	titled                     titleWords            // the words of title and ogTitle, for repeatsTitle
}

// titleWords are the lowercased words of a page's <title> and og:title,
// and the fewest words of either's headline (see repeatsTitle), as read
// from the titles they hold: prune asks them of every <h2>.
type titleWords struct {
	title, ogTitle string
	words          []string
	shortest       int
	read           bool
}

// titleWords returns the words of m's titles and the length of the
// shorter headline, read again only when prune has met a title since.
func (m *meta) titleWords() ([]string, int) {
	if tw := m.titled; tw.read && tw.title == m.title && tw.ogTitle == m.ogTitle {
		return tw.words, tw.shortest
	}
	title := strings.FieldsFunc(strings.ToLower(m.title+" "+m.ogTitle), notWordRune)
	// A section's two words taken from a long headline ("Offline mode"
	// under "3.0: offline mode, accessible marking and …") are no repeat:
	// a repeat has at least half the headline's words — the headline
	// being the title's part before its first separator, when it has
	// one ("Jane Doe Obituary (1938 - 2025) - Town - Paper | Site").
	shortest := len(title)
	for _, t := range []string{m.title, m.ogTitle} {
		for _, sep := range titleSeparators {
			if i := strings.Index(t, sep); i > 0 {
				t = t[:i]
			}
		}
		if n := len(strings.FieldsFunc(t, notWordRune)); n > 0 {
			shortest = min(shortest, n)
		}
	}
	m.titled = titleWords{title: m.title, ogTitle: m.ogTitle, words: title, shortest: shortest, read: true}
	return title, shortest
}

// showsCode reports whether a page holds a <pre> or <code> element, as
// documentation shows commands and code; read on the page's bytes, which
// is cheaper than a walk.
func showsCode(data []byte) bool {
	for _, tag := range []string{"<pre", "<code", "<PRE", "<CODE"} {
		if i := bytes.Index(data, []byte(tag)); i >= 0 && i+len(tag) < len(data) && (data[i+len(tag)] == '>' || data[i+len(tag)] == ' ') {
			return true
		}
	}
	return false
}

// pageMarks are what Extract reads of a page on its bytes: MJML's stacked
// columns ("mj-column-per-", liftColumns), a <pre> or <code> element
// (showsCode), R Markdown's knitted output ("<code>## ") and a layout of
// text objects (`"TextObject"`).
type pageMarks struct{ columns, code, knitted, textObjects bool }

// codeTags are the tags showsCode looks for, each at its first place.
var codeTags = [...]string{"<pre", "<code", "<PRE", "<CODE"}

// readMarks reads a page's marks in two vector scans, of its "<"s and of
// its "j"s (in both "mj-column-per-" and "TextObject"), rather than seven
// searches, which fall back to comparing at every byte past a few false
// starts (FuzzReadMarks holds it to them).
func readMarks(data []byte) pageMarks {
	var m pageMarks
	var seen [len(codeTags)]bool
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			break
		}
		p := i + j
		if p+1 < len(data) {
			switch data[p+1] {
			case 'p', 'c', 'P', 'C':
				for k, tag := range codeTags {
					if !seen[k] && bytes.HasPrefix(data[p:], []byte(tag)) {
						seen[k] = true
						if e := p + len(tag); e < len(data) && (data[e] == '>' || data[e] == ' ') {
							m.code = true
						}
					}
				}
				if !m.knitted && bytes.HasPrefix(data[p:], []byte("<code>## ")) {
					m.knitted = true
				}
			}
		}
		i = p + 1
	}
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], 'j')
		if j < 0 {
			break
		}
		p := i + j
		if !m.columns && p >= 1 && bytes.HasPrefix(data[p-1:], []byte("mj-column-per-")) {
			m.columns = true
		}
		if !m.textObjects && p >= 7 && bytes.HasPrefix(data[p-7:], []byte(`"TextObject"`)) {
			m.textObjects = true
		}
		i = p + 1
	}
	return m
}

// admonition reports whether a class names an admonition box (the word
// "admonition" among its words, as Sphinx, MkDocs, Pelican, Zola's and
// Docusaurus' themes write a "note", "tip" or "warning" box), or the
// word "hint" beside a word of a notice's kind ("info", "warning",
// "danger", "tip", "note", "success"): the hint shortcode of Hugo's Book
// theme ('<blockquote class="book-hint warning">'), or the word "notices"
// beside one (the notice shortcode of Hugo's Learn and Relearn themes,
// '<div class="box notices cstyle info">'), or the word "directive"
// beside one (Rspress' '<div class="rspress-directive warning">'), or the
// word "alert" beside one (DocFX's and Microsoft Learn's '<div class="TIP
// alert is-success"><p class="alert-title">… Tip</p><p>Run a trial
// migration into a sandbox tenant first. …', a note box among an article's
// steps, kept when its text ran past the short boxes the scorer drops;
// Bootstrap's "alert alert-info", already a pair), or a
// class that is "block-"
// and a notice's kind (al-folio's tip, warning and danger boxes,
// '<blockquote class="block-tip">').
func admonition(class string) bool {
	lower := strings.ToLower(class)
	admon, hint, notices := strings.Contains(lower, "admonition"), strings.Contains(lower, "hint"), strings.Contains(lower, "notices") || strings.Contains(lower, "directive") || strings.Contains(lower, "alert")
	if strings.Contains(lower, "block-") {
		for _, c := range strings.Fields(lower) {
			if k, ok := strings.CutPrefix(c, "block-"); ok && hintKinds[k] {
				return true
			}
		}
	}
	if !admon && !hint && !notices {
		return false
	}
	hinted, kind := false, false
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		if w == "admonition" {
			return true
		}
		hinted = hinted || w == "hint" || w == "notices" || w == "directive" || w == "alert"
		kind = kind || hintKinds[w]
	}
	return hinted && kind
}

// noticeBlocks are the blocks whose BEM modifier of a hintKind
// ("note--info", "callout--tip") names a notice box (furnitureName).
var noticeBlocks = wordSet("note notice alert callout")

// hintKinds are the kinds of a hint box, a word of its class.
// "caution" is one as "warning" is ('<div class="step-note
// note-caution"><span class="fa fa-warning"></span> The element
// terminals can still hold a little charge; …</div>', Dozuki's note in
// a repair guide's step).
var hintKinds = wordSet("info warning danger tip note success caution")

// continueLetter joins to the headline's box the text that goes on in the
// tables after it: when headline h1 stands in a table of one row of one
// cell (an e-mail's layout table, Campaign Monitor's table.layout), each
// next sibling table of one cell that holds a paragraph of prose
// (proseWords or more), or a picture right before such a table, or a
// block without a link, a table or a bold label of its own (a greeting,
// a subheading, a caption; not a promotion's box nor a band of opening
// hours) with such a table
// among the maxLeadTables after it (proseAhead) when every table to the
// column's end is so taken, gives its content to the box that holds h1,
// up to the first that does not (a band of opening hours, a diary of
// dates). When the tables run so to the end of the headline's column,
// the letter goes on in the rows after it (continueRows). A letter's text spread over such tables by a picture
// set between them would otherwise lose its opening: Readability takes
// one container.
func continueLetter(h1 *html.Node) {
	var t *html.Node
	for a := h1.Parent; a != nil && t == nil; a = a.Parent {
		if a.DataAtom == atom.Table {
			t = a
		}
	}
	if t == nil || t.Parent == nil || oneCell(t) == nil {
		return
	}
	if nextElement(t) == nil {
		continueSections(h1, t)
		return
	}
	// The short blocks are taken only when the tables so taken run to
	// the column's end: a letter stopped short (by a promotion's box)
	// leaves Readability to find its text where it was.
	lenient := true
	for next := nextElement(t); next != nil && lenient; next = nextElement(next) {
		lenient = letterTable(next, true)
	}
	took := false
	for next := nextElement(t); next != nil; next = nextElement(t) {
		if !letterTable(next, lenient) {
			return
		}
		cell := oneCell(next)
		took = took || holdsProse(cell)
		if d := onlyChild(cell); d != nil && d.DataAtom == atom.Div {
			cell = d
		}
		moveChildren(cell, h1.Parent)
		next.Parent.RemoveChild(next)
	}
	if took && lenient {
		continueRows(h1, t)
	}
}

// letterTable reports whether next, a table after a letter's headline,
// goes on with the letter for continueLetter: a table of one cell that
// holds prose, or a picture right before such a table, or, when lenient,
// a block without a link, a table or a bold label of its own, not
// emptied by prune (a band it took for furniture), with such a table
// among the maxLeadTables after it (proseAhead).
func letterTable(next *html.Node, lenient bool) bool {
	cell := tableCell(next)
	if cell == nil {
		return false
	}
	if holdsProse(cell) {
		return true
	}
	after := nextElement(next)
	if holdsMedia(cell) && after != nil && after.DataAtom == atom.Table && oneCell(after) != nil && holdsProse(oneCell(after)) {
		return true
	}
	return lenient && (holdsMedia(cell) || nodeWords(cell) > 0) && !holdsLink(cell) && !holdsBoxOrLabel(cell) && proseAhead(after)
}

// holdsBoxOrLabel reports whether n holds a table (a box of its own) or
// a bold label (a band's "<strong>Opening hours:</strong>").
func holdsBoxOrLabel(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.DataAtom == atom.Table || d.DataAtom == atom.Strong || d.DataAtom == atom.B {
			return true
		}
	}
	return false
}

// maxLeadTables is the most one-cell tables proseAhead looks at for one
// that holds prose.
const maxLeadTables = 3

// proseAhead reports whether one of the maxLeadTables elements from n on,
// each a table of one cell, holds prose (holdsProse).
func proseAhead(n *html.Node) bool {
	for i := 0; n != nil && i < maxLeadTables; i, n = i+1, nextElement(n) {
		cell := tableCell(n)
		if cell == nil {
			return false
		}
		if holdsProse(cell) {
			return true
		}
	}
	return false
}

// tableCell is the one cell of n when n is a table of one row of one
// cell (oneCell), or nil.
func tableCell(n *html.Node) *html.Node {
	if n.DataAtom != atom.Table {
		return nil
	}
	return oneCell(n)
}

// maxRowDepth is the most boxes continueRows climbs from a column's end
// to the row that holds it.
const maxRowDepth = 6

// continueRows is continueLetter's walk when its tables, the letter's
// text among them, run to the end of the headline's column t's box: an
// e-mail builder sets each band of a letter in a row of its own (Unlayer's
// '<div class="u-row-container">', its blocks '<table
// id="u_content_text_3">' of one cell in the row's column). From the row
// that holds the column, each next row whose column's one-cell tables
// hold prose gives every such table's content to the box that holds h1
// (a subheading, a closing and its signature with the paragraphs),
// passing over maxSkippedSections rows at most without such tables (a
// diary of dates, a sponsor's box), which stay where they are, as does
// what a row holds besides one-cell tables.
func continueRows(h1, t *html.Node) {
	row := t.Parent
	for i := 0; row != nil && row.DataAtom == atom.Div && nextElement(row) == nil && i < maxRowDepth; i++ {
		row = row.Parent
	}
	if row == nil || row.DataAtom != atom.Div || nextElement(row) == nil {
		return
	}
	skipped := 0
	for next := nextElement(row); next != nil; {
		after := nextElement(next)
		if next.DataAtom != atom.Div {
			return
		}
		content := next
		for c := onlyChild(content); c != nil; c = onlyChild(content) {
			content = c
		}
		prose := false
		for c := content.FirstChild; c != nil && !prose; c = c.NextSibling {
			if c.DataAtom == atom.Table && oneCell(c) != nil && holdsProse(oneCell(c)) {
				prose = true
			}
		}
		if !prose {
			if skipped++; skipped > maxSkippedSections {
				return
			}
			next = after
			continue
		}
		skipped = 0
		for c := content.FirstChild; c != nil; {
			following := c.NextSibling
			if cell := tableCell(c); cell != nil {
				if d := onlyChild(cell); d != nil && d.DataAtom == atom.Div {
					cell = d
				}
				moveChildren(cell, h1.Parent)
				content.RemoveChild(c)
			}
			c = following
		}
		next = after
	}
}

// joinShapeBoxes joins the text boxes of a page Microsoft Publisher
// saved for the Web ("Publish as Web Page"): each box a '<div
// v:shape="_x0000_s1029">' around a table of one cell, placed on the
// page by its style, the story's columns in boxes of their own with a
// picture's and its caption's boxes between. Every box whose cell holds
// prose (holdsProse) after the first that does gives its content to that
// first one's cell, in the page's order: Readability takes one container,
// and would keep one column. Boxes without prose (the masthead, the
// headline, a caption, a notice's frame) stay where they are.
func joinShapeBoxes(doc *html.Node) {
	var first *html.Node
	var boxes []*html.Node
	for n := range doc.Descendants() {
		if n.DataAtom != atom.Div || !hasAttr(n, "v:shape") {
			continue
		}
		t := onlyChild(n)
		if t == nil || t.DataAtom != atom.Table {
			continue
		}
		if cell := oneCell(t); cell != nil && holdsProse(cell) {
			if first == nil {
				first = cell
			} else {
				boxes = append(boxes, n)
			}
		}
	}
	for _, b := range boxes {
		cell := oneCell(onlyChild(b))
		moveChildren(cell, first)
		b.Parent.RemoveChild(b)
	}
}

// maxSkippedSections is the most sections without prose in a row
// continueSections passes over between two that hold prose.
const maxSkippedSections = 2

// continueSections is continueLetter's walk when the headline's table t
// is alone in its box up to a section of the page's (HubSpot's e-mail
// templates set each module in a '<div class="hse-section">', its table
// four <div>s down): each next sibling section whose one line of boxes
// ends in a box of prose (holdsProse) gives that box's content to the
// box that holds h1, passing over maxSkippedSections at most that hold
// no prose (a picture and its caption, a promotion's box) when a section
// of prose follows them, which stay where they are. A letter's text
// split over a template's modules would otherwise keep only its first.
func continueSections(h1, t *html.Node) {
	box := t
	for box.Parent != nil && box.Parent.DataAtom == atom.Div && onlyChild(box.Parent) == box {
		box = box.Parent
	}
	if box == t || box.DataAtom != atom.Div {
		return
	}
	// inner follows a section's line of only children down to the box
	// that holds its content.
	inner := func(n *html.Node) *html.Node {
		for c := onlyChild(n); c != nil; c = onlyChild(n) {
			n = c
		}
		return n
	}
	skipped := 0
	for next := nextElement(box); next != nil; {
		after := nextElement(next)
		if next.DataAtom != atom.Div {
			return
		}
		content := inner(next)
		if !holdsProse(content) {
			if skipped++; skipped > maxSkippedSections {
				return
			}
			next = after
			continue
		}
		skipped = 0
		moveChildren(content, h1.Parent)
		next.Parent.RemoveChild(next)
		next = after
	}
}

// proseWords is the length of a paragraph that is prose, not a line of
// furniture.
const proseWords = 30

// holdsProse reports whether n holds a <p> of proseWords words or more.
func holdsProse(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.DataAtom == atom.P && nodeWords(d) >= proseWords {
			return true
		}
	}
	return false
}

// drawnAttr marks the cell of a table borderedBox found drawn as a box.
const drawnAttr = "data-recherche-drawn"

// borderedBox reports whether table t is one cell with a border
// (border="1" or more) or a background colour of its own (bgcolor, or
// its inline style's, as an e-mail builder colours a box set in a
// letter's text block: "<table style="background-color:#f3ead8">") that
// holds forty words at most, no heading and no picture.
func borderedBox(t *html.Node) bool {
	if b := attr(t, "border"); (b == "" || b == "0") && attr(t, "bgcolor") == "" && !amongParagraphs(t) && !colouredStyle(attr(t, "style")) {
		return false
	}
	cell := oneCell(t)
	if cell == nil {
		return false
	}
	if n := nodeWords(cell); n == 0 || n > 40 {
		return false
	}
	return !holdsMedia(cell) && find(cell, atom.H1) == nil && find(cell, atom.H2) == nil && find(cell, atom.H3) == nil
}

// announcedQuote reports whether table t, one cell, is a quotation the
// paragraph before it announces, ending with a colon, its cell ruled on
// its left side and not tinted ('<p>Notre chef de rayon, Gaëlle, le
// répète à chaque atelier :</p><table …><tr><td style="border-left:4px
// solid #2f6b2f;padding:6px 14px;…;font-style:italic">Une tomate se gagne
// en mars. …</td></tr></table>', a Digitaleo letter's): the text's
// quotation, drawn as an e-mail draws one, not a box set apart from it.
func announcedQuote(t *html.Node) bool {
	cell := oneCell(t)
	if cell == nil {
		return false
	}
	style := attr(cell, "style")
	if !strings.Contains(style, "border-left") || strings.Contains(style, "background") {
		return false
	}
	prev := prevElement(t)
	return prev != nil && prev.DataAtom == atom.P && strings.HasSuffix(strings.TrimSpace(textOf(prev)), ":")
}

// colouredStyle reports whether an inline style sets a background of a
// colour (boxBackground), the word looked for before the pattern runs.
func colouredStyle(style string) bool {
	return strings.Contains(style, "background") && boxBackground.MatchString(style)
}

// amongParagraphs reports whether the elements right before and after n
// are paragraphs, lists or quotations: a table set in a text, not a
// page's frame (a word processor draws its box's border in its style
// sheet).
func amongParagraphs(n *html.Node) bool {
	prev, next := prevElement(n), nextElement(n)
	for prev != nil && emptyAnchor(prev) {
		// Anchors of the table's own (a word processor's "t.0").
		prev = prevElement(prev)
	}
	return textBlock(prev) && textBlock(next)
}

// textBlock reports whether n is a paragraph, a list or a quotation.
func textBlock(n *html.Node) bool {
	return n != nil && (n.DataAtom == atom.P || n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Blockquote)
}

// oneCell returns the one cell of table t when t has one row of one cell
// (its <tbody> the parser's), or nil.
func oneCell(t *html.Node) *html.Node {
	body := onlyChild(t)
	if body == nil || body.DataAtom != atom.Tbody {
		return nil
	}
	row := onlyChild(body)
	if row == nil || row.DataAtom != atom.Tr {
		return nil
	}
	cell := onlyChild(row)
	if cell == nil || cell.DataAtom != atom.Td {
		return nil
	}
	return cell
}

// stackedTables are the class words of a letter's one-column section
// table, one to each of its sections (MailPoet's "mailpoet_cols-one",
// Constant Contact's "layout--1-column").
var stackedTables = []string{"_cols-one", "layout--1-column"}

// stackedTable reports whether class names a letter's one-column section
// table (stackedTables).
func stackedTable(class string) bool {
	return slices.ContainsFunc(stackedTables, func(c string) bool { return strings.Contains(class, c) })
}

// stackedPage reports whether a page's bytes hold one of stackedTables.
// Each is looked for from its first digit or underscore, rarer in pages
// than a letter ("1-column" of "layout--1-column"), and checked before
// it where found: bytes.Index, past a few false starts of its first byte,
// compares at every byte, a fifth as fast (FuzzStackedPage holds it to
// bytes.Contains).
func stackedPage(data []byte) bool {
	for _, c := range stackedTables {
		k := max(strings.IndexAny(c, "0123456789_"), 0)
		head, tail := c[:k], c[k:]
		for i := 0; ; {
			j := bytes.Index(data[i:], []byte(tail))
			if j < 0 {
				break
			}
			p := i + j
			if p >= len(head) && string(data[p-len(head):p]) == head {
				return true
			}
			i = p + 1
		}
	}
	return false
}

// liftColumns lifts the content of an e-mail's stacked columns (MJML's
// div.mj-column-per-100, one to each section, as Mailjet's online version
// of a letter shows them) out of their layout tables, in their order,
// into one <div> in place of the sections: the letter's text is spread
// over the sections, and Readability, which takes one container, would
// keep one section of it. Only the sections of the letter's background
// (that of the sections that hold the most text) are lifted: a section of
// another colour is the letter's frame (the bar over it, the footer) or
// a box set in it, and goes.
//
// A letter's builder may stack one-column tables instead
// ("table.mailpoet_cols-one", "table.layout--1-column", stackedTables),
// each in a row whose cell has the section's background, or with a
// background of its own: their own cells are lifted the same way.
func liftColumns(doc *html.Node) {
	var cols []*html.Node
	for d := range doc.Descendants() {
		if d.Type == html.ElementNode && (strings.Contains(attr(d, "class"), "mj-column-per-") || d.DataAtom == atom.Table && stackedTable(attr(d, "class"))) {
			cols = append(cols, d)
		}
	}
	if len(cols) < 3 {
		return
	}
	// The sections' common box: the first column's ancestor that holds
	// the last.
	last := map[*html.Node]bool{}
	for a := cols[len(cols)-1]; a != nil; a = a.Parent {
		last[a] = true
	}
	box := cols[0].Parent
	for box != nil && !last[box] {
		box = box.Parent
	}
	if box == nil || box.DataAtom == atom.Html || box.DataAtom == atom.Body {
		return
	}
	// Each column's background: its section's, the box's child that
	// holds it.
	colour := make([]string, len(cols))
	text := map[string]int{}
	for i, col := range cols {
		// The outermost background between the box and the column.
		for a := col; a != box; a = a.Parent {
			if c := cmp.Or(backgroundColour(attr(a, "style")), strings.ToLower(attr(a, "bgcolor"))); c != "" {
				colour[i] = c
			}
		}
		text[colour[i]] += len(textOf(col))
	}
	letter := ""
	for c, n := range text {
		if n > text[letter] {
			letter = c
		}
	}
	lifted := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for i, col := range cols {
		if colour[i] != letter {
			continue
		}
		for d := range col.Descendants() {
			// The cells of the column's own layout table.
			if d.DataAtom != atom.Td || !ownCell(d, col) {
				continue
			}
			moveChildren(d, lifted)
		}
	}
	for c := box.FirstChild; c != nil; {
		next := c.NextSibling
		box.RemoveChild(c)
		c = next
	}
	box.AppendChild(lifted)
}

// joinTextCells moves the text of each layout table's text objects into
// its first: a page laid out in NetObjects Fusion holds each text box in
// a <td class="TextObject"> of its own, and a story runs over several,
// one to a row of the page's layout table, a picture's row between them;
// Readability, which takes one container and its siblings, would keep
// one box of the story. A picture object's cell (pictureObject) moves
// with them, so that its caption follows it. It returns the headline: the
// first paragraph in bold as a whole that opens the first cell of a
// table whose cells were joined (the page's <title> is its name in the
// site's structure, "Concours salle 2025"), or "". The cells of a table's cells (a navigation bar's
// table in a layout cell) are that inner table's.
func joinTextCells(cells []*html.Node) string {
	headline := ""
	first := map[*html.Node]*html.Node{}
	for _, td := range cells {
		table := td.Parent
		for table != nil && table.DataAtom != atom.Table {
			table = table.Parent
		}
		if table == nil {
			continue
		}
		into, ok := first[table]
		if !ok {
			first[table] = td
			continue
		}
		if p := firstContent(into); headline == "" && p != nil && p.DataAtom == atom.P {
			if b := onlyChild(p); b != nil && (b.DataAtom == atom.B || b.DataAtom == atom.Strong) {
				headline = collapsedText(b)
			}
		}
		moveChildren(td, into)
	}
	return headline
}

// pictureObject reports whether cell td holds a picture object of a
// page laid out in text objects, and nothing else: an <img> whose id
// names it ("Image4"), not a spacer.
func pictureObject(td *html.Node) bool {
	img := onlyChild(td)
	return img != nil && img.DataAtom == atom.Img && strings.HasPrefix(attr(img, "id"), "Image")
}

// minPreMailLabels is the fewest header lines preMailHeader reads.
const minPreMailLabels = 3

// preMailHeader reports whether <pre> n opens with a message's header as
// a mail archive shows it (public-inbox's "From: …", "To: …", "Cc: …",
// "Subject: …", "Date: …", "Message-ID: …"), minPreMailLabels lines or
// more, each labelled (mailLabels), the first "From:" or a list
// archive's "List:" (MARC's, its "[Download RAW message or body]" line
// last), a blank line
// under them; if so the header's lines go from n, its text from the
// line after the blank one.
func preMailHeader(n *html.Node) bool {
	text := textOf(n)
	end := strings.Index(text, "\n\n")
	if end < 0 || !strings.HasPrefix(strings.TrimLeft(text, " \n"), "From:") && !strings.HasPrefix(strings.TrimLeft(text, " \n"), "List:") {
		return false
	}
	lines := strings.Split(strings.TrimLeft(text[:end], " \n"), "\n")
	if last := strings.TrimSpace(lines[len(lines)-1]); len(lines) > minPreMailLabels && strings.HasPrefix(last, "[") && strings.HasSuffix(last, "]") && strings.Contains(strings.ToLower(last), "raw") {
		// MARC's links to the raw message under its header ("[Download
		// RAW message or body]").
		lines = lines[:len(lines)-1]
	}
	if len(lines) < minPreMailLabels {
		return false
	}
	for i, l := range lines {
		if i == 0 && strings.HasPrefix(l, "List:") {
			continue // a list archive's (MARC's "List: harrowdb-dev")
		}
		label, _, ok := strings.Cut(l, ":")
		if !ok || !mailLabels[strings.ToLower(strings.TrimSpace(label))] {
			return false
		}
	}
	// Drop the nodes before the blank line, and the header's part of
	// the text node that holds it.
	seen := 0
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		t := textOf(c)
		if c.Type == html.TextNode && seen+len(t) > end {
			c.Data = strings.TrimLeft(c.Data[end-seen:], "\n")
			return true
		}
		if seen+len(t) > end {
			return true // the blank line inside an element: keep it whole
		}
		seen += len(t)
		n.RemoveChild(c)
		c = next
	}
	return true
}

// subjectHeading reports whether n is a heading below <h1> whose class
// holds the word "subject" ("email_subject", "message-subject"; in camel
// case too, Agora-Project's '<h2 class="vSubjectTitleLabel">Proposition :
// un planning partagé pour le local vélo</h2>' over a forum subject): a
// message's subject as an archive shows it.
func subjectHeading(n *html.Node) bool {
	if headingLevel(n) < 2 {
		return false
	}
	class := attr(n, "class")
	if !containsFold(class, "subject") {
		return false // most headings: no word split
	}
	return slices.Contains(strings.FieldsFunc(strings.ToLower(splitCamel(class)), func(r rune) bool { return !unicode.IsLetter(r) }), "subject")
}

// subjectOf keeps the text of n, when it is a subjectHeading and no
// subject was kept yet, as the page's mail subject: a list archive's
// message under a heading that its class names the subject (Pony Mail's
// "h4.email_subject") is titled by it as by a header's (mailHeader). A
// label in a <span> of its own that opens the heading, "Subject:" or
// "Objet :" ('<h2 class="subject"><span class="voice">Objet :
// </span>Classe de découverte …</h2>', Roundcube's, read aloud to a
// screen reader only), is no part of the subject.
func subjectOf(n *html.Node, m *meta) {
	if m.mailSubject == "" && subjectHeading(n) {
		m.mailSubject = strings.Join(strings.Fields(textOf(n)), " ")
		if f := n.FirstChild; f != nil && f.DataAtom == atom.Span && f.NextSibling != nil {
			if label, colon := colonLabel(textOf(f)); colon && (strings.EqualFold(label, "objet") || subjectLabel(label+":")) {
				m.mailSubject = strings.TrimSpace(strings.TrimPrefix(m.mailSubject, strings.Join(strings.Fields(textOf(f)), " ")))
			}
		}
	}
	if m.threadSubject == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode && strings.HasPrefix(strings.TrimSpace(n.FirstChild.Data), "Thread: [") && headingLevel(n) >= 2 {
		threadOf(n, m)
	}
}

// threadOf reads a list archive's thread heading, "Thread:", the list's
// tag in brackets and the subject ("Thread: [Quillmesh-users] Quillmesh
// 2.4 freeze: what is in, what is out", SourceForge's <h2>): the tag and
// the subject, which titles the message under a <title> ending with the
// list's name (title).
func threadOf(n *html.Node, m *meta) {
	t := strings.TrimPrefix(strings.Join(strings.Fields(textOf(n)), " "), "Thread: [")
	tag, subject, ok := strings.Cut(t, "] ")
	if ok && tag != "" && fieldCount(subject) >= 2 {
		m.threadTag, m.threadSubject = tag, subject
	}
}

// listFooter is Mailman's footer under a list's message: a rule of
// underscores, then the list's name and address lines; or ezmlm's, as
// Apache's lists add it: a rule of dashes, "To unsubscribe, e-mail: …"
// and "For additional commands, e-mail: …".
var listFooter = regexp.MustCompile(`\n_{20,}\n[^\n]*mailing list\n(?:[^\n]*\n?){0,4}$|\n-{20,}\nTo unsubscribe, e-mail: [^\n]*(?:\nFor additional commands, e-mail: [^\n]*)?\n?$`)

// cutListFooter cuts Mailman's footer (listFooter) from the end of <pre>
// n's last text, the archive's copy of the message keeping it.
func cutListFooter(n *html.Node) {
	last := beforeBlank(n.LastChild)
	if last == nil || last.Type != html.TextNode {
		return
	}
	if loc := listFooter.FindStringIndex(last.Data); loc != nil {
		last.Data = last.Data[:loc[0]+1]
	}
}

// listFooterPre reports whether <pre> n holds only a list's footer
// (listFooter), its rule first: "____…" / "rando-valdaure mailing list" /
// its address / its URL.
func listFooterPre(n *html.Node) bool {
	f := n.FirstChild
	if f == nil || f != n.LastChild || f.Type != html.TextNode {
		return false
	}
	t := strings.TrimLeft(f.Data, "\r\n")
	if !strings.HasPrefix(t, "____") {
		return false
	}
	loc := listFooter.FindStringIndex("\n" + t)
	return loc != nil && loc[0] == 0
}

// archiveBar reports whether n, after a mail archive's message, is a
// line break, an anchor without text, or a bar of links in brackets
// ("[prev in list] [next in list] [prev in thread] [next in thread]",
// MARC's): the archive's, as the <pre>s and rules around it are.
func archiveBar(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Br:
		return true
	case atom.A:
		return strings.TrimSpace(textOf(n)) == ""
	case atom.Center, atom.Div, atom.P:
		t := strings.TrimSpace(textOf(n))
		if !strings.HasPrefix(t, "[") {
			return false
		}
		for t != "" {
			if !strings.HasPrefix(t, "[") {
				return false
			}
			i := strings.IndexByte(t, ']')
			if i < 0 {
				return false
			}
			t = strings.TrimSpace(t[i+1:])
		}
		return true
	}
	return false
}

// maxAccountWords is the length of the longest account's name mailHeader's
// caller takes over the header's rule.
const maxAccountWords = 6

// mailLabels are the labels of a message's header as a mail client
// shows it, in English and French, lowercased.
var mailLabels = map[string]bool{"from": true, "de": true, "sent": true, "envoyé": true, "date": true, "to": true, "à": true,
	"cc": true, "subject": true, "objet": true, "attachments": true, "pièces jointes": true, "importance": true,
	"reply to": true, "reply-to": true, "content-type": true, "parts/attachments": true, "message-id": true, "in-reply-to": true, "mime-version": true,
	// A list's, as a Debian-like archive shows where replies go
	// ("Mail-followup-to", MHonArc's header list of a list message).
	"mail-followup-to": true,
	// An announcement's, as a course tool's (Sakai's table.itemSummary:
	// "Subject", "Saved By", "Date", "Groups").
	"saved by": true, "groups": true,
	// A Usenet post's, as a web archive of newsgroups shows it ("De :",
	// "Groupes :", "Objet :", "Date :", "Message-ID :", "Organisation :").
	"groupes": true, "newsgroups": true, "organisation": true, "organization": true}

// mailHeaderList reports whether list n is a message's header as a mail
// archive lists it: three items or more, each opening with a label of
// mailLabels in emphasis and a colon after it ('<ul><li><em>Subject</em>:
// [ANNOUNCE] Fernwood 2.4.0 released</li><li><em>From</em>: Marta
// Lindqvist &lt;…&gt;</li><li><em>Date</em>: Tue, 18 Mar 2025 09:14:22
// +0100</li></ul>', MHonArc's message page between its <h1> and the
// body's <pre>), as mailHeader reads a table's rows. The first item is
// looked at before any other.
func mailHeaderList(n *html.Node) bool {
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type == html.TextNode && strings.TrimSpace(li.Data) == "" {
			continue
		}
		if li.DataAtom != atom.Li {
			return false
		}
		e := li.FirstChild
		if e == nil || e.DataAtom != atom.Em && e.DataAtom != atom.Strong && e.DataAtom != atom.B {
			return false
		}
		if t := e.NextSibling; t == nil || t.Type != html.TextNode || !strings.HasPrefix(t.Data, ":") || !mailLabels[labelOf(e)] {
			return false
		}
		items++
	}
	return items >= 3
}

// mailHeader reports whether table n is a message's header as a mail
// client saves it (Outlook's "Save as HTML": a row to each label, "De :",
// "Envoyé :", "À :", "Objet :", its value in the next cell), three rows
// or more, each labelled, and returns the subject it shows. The first
// row's label is looked at before any other.
func mailHeader(n *html.Node) (string, bool) {
	rows, subject := 0, ""
	for tr := range n.Descendants() {
		if tr.DataAtom != atom.Tr {
			continue
		}
		label := rowLabel(tr)
		if label == nil {
			return "", false
		}
		// labelOf reads no more than a label's words: the first cell
		// of a page's layout table may hold the whole page.
		text := labelOf(label)
		if !mailLabels[text] {
			return "", false
		}
		rows++
		if value := nextElement(label); (text == "objet" || text == "subject") && value != nil {
			subject = collapsedText(value)
		}
	}
	return subject, rows >= 3
}

// minTailBlocks is the fewest paragraphs and lists smallPrintTail takes
// for a tail.
const minTailBlocks = 3

// smallPrintTail reports whether paragraph p opens a run of small print
// to the end of its parent: paragraphs and lists whose every word is set
// small (a <small>, a span styled small: smallStyle), minTailBlocks of
// them or more, empty paragraphs between them, as a mail client sets a
// signature, an agenda and a notice under a message's closing line. A run
// that stops short is remembered (m.smallStop), so that its later
// paragraphs are not walked again.
func smallPrintTail(p *html.Node, m *meta) bool {
	if m.smallStop != nil && m.smallStop.Parent == p.Parent {
		if m.smallStop != p {
			return false
		}
		m.smallStop = nil
	}
	if !smallText(p) {
		return false
	}
	blocks := 0
	for s := p; s != nil; s = s.NextSibling {
		switch {
		case s.Type != html.ElementNode:
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				m.smallStop = s
				return false
			}
		case (s.DataAtom == atom.P || s.DataAtom == atom.Ul || s.DataAtom == atom.Ol) && smallText(s):
			blocks++
		case s.DataAtom == atom.P && strings.TrimSpace(strings.ReplaceAll(textOf(s), "\u00a0", "")) == "":
		default:
			m.smallStop = s
			return false
		}
	}
	return blocks >= minTailBlocks
}

// smallText reports whether every word of n is set small: in a <small>,
// or in a <span> its inline style sets small (smallStyle), and there is
// one.
func smallText(n *html.Node) bool {
	words := false
	var small func(*html.Node, bool) bool
	small = func(n *html.Node, in bool) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(strings.ReplaceAll(c.Data, "\u00a0", "")) != "" {
					if !in {
						return false
					}
					words = true
				}
			case html.ElementNode:
				if !small(c, in || c.DataAtom == atom.Small || c.DataAtom == atom.Span && smallStyle(attr(c, "style"))) {
					return false
				}
			}
		}
		return true
	}
	return small(n, false) && words
}

// maxSmallCellWords is the most words smallCell takes for a mail's
// footer.
const maxSmallCellWords = 80

// maxBadgeWords is the most words of a row after a mail's footer that
// lastLines passes over: the sending service's badge ("Envoyé avec
// Plezi", "Powered by Mailchimp").
const maxBadgeWords = 3

// smallCell reports whether table cell n is a mail's footer in small
// print: its inline style sets its text small (smallStyle, "font-size:
// 12px; color:#888888", as newsletter builders set the sender's address,
// why the reader gets the mail and the link to unsubscribe under a
// letter), and it holds only paragraphs, minTailBlocks of them or more
// (<p>s, or <div>s of text alone: paragraphDiv), of maxSmallCellWords
// words in all at most; or, the last cell of its table's last row, it
// holds lines of text alone, two or more between <br>s (paragraphDiv:
// Adobe Campaign's "<td style="font-size:11px">Mutuelle …, 14 rue des
// Tanneurs.<br />Vous recevez ce message en tant qu'adhérent. …
// cliquez ici.</td>", the letter's last row: lastLines).
func smallCell(n *html.Node) bool {
	if !smallStyle(attr(n, "style")) {
		return false
	}
	if paragraphDiv(n) || pixelLines(n) {
		return lastLines(n) && nodeWords(n) <= maxSmallCellWords
	}
	blocks := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.P || c.DataAtom == atom.Div && paragraphDiv(c):
			blocks++
		default:
			return false
		}
	}
	return blocks >= minTailBlocks && nodeWords(n) <= maxSmallCellWords
}

// lastLines reports whether table cell n, holding a paragraph's text
// alone, is the last cell of its table's last row (rows of maxBadgeWords
// words at most after it aside: CleverReach's "Powered by" badge without
// words, Plezi's "Envoyé avec Plezi" in a row of its own) and holds two lines
// or more, text on both sides of a <br>, each with words outside links,
// the last with a link in its sentence too ("Pour ne plus recevoir la
// lettre, cliquez ici."), or of links alone after two lines of text
// ("Se désinscrire · Protection des données"): the mail's own footer.
// The line of links alone after two lines of text may have a line of
// text without a link after it, the sender's badge (Message Business's
// "…<br /><a …>Se désinscrire</a> · <a …>Gérer mes préférences</a><br
// />Envoyé avec Message Business"). A
// cell of a line of links alone
// ("Unsubscribe | Change subscriber options"), and lines without a link
// (the sender's address and hours), are left to the block pass, which
// reads a letter's signature by the rows after it.
func lastLines(n *html.Node) bool {
	for _, c := range []*html.Node{n, n.Parent} {
		for s := c.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && (c == n || nodeWords(s) > maxBadgeWords) {
				return false
			}
		}
	}
	if n.Parent == nil || n.Parent.DataAtom != atom.Tr {
		return false
	}
	lines, text, linked, links, linkedText, unsub := 0, false, false, false, false, false
	var last *html.Node // the first node of the last line
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.DataAtom == atom.Br:
			last = c.NextSibling
			if linked && !text {
				if lines < 2 {
					return false
				}
				links = true
			}
			if text {
				lines++
			}
			linkedText = linkedText || linked && text
			text, linked = false, false
		case c.Type == html.TextNode && strings.IndexFunc(c.Data, wordRune) < 0:
		case c.DataAtom == atom.A:
			// A link without words (a social network's icon, a row
			// of them over the sender's address: Mindbaz's footer)
			// is no line's link.
			linked = linked || nodeWords(c) > 0
			unsub = unsub || lines == 0 && unsubscribeLink(c)
		case c.Type == html.TextNode || c.Type == html.ElementNode:
			text = true
		}
	}
	if links && text && !linked {
		return true
	}
	if links && text && linked && badgeLine(last) {
		// The sender's badge with its link, after the line of links
		// ('<a …>Unsubscribe</a> · <a …>Update your email
		// preferences</a><br /><span>Sent with</span> <a …>EveryAction</a>',
		// EveryAction's last row): as Message Business's badge without
		// one.
		return true
	}
	if linkedText && text && !linked {
		// The sender's address, a line without a link, under the line
		// that tells why the mail came with its links to unsubscribe
		// ("Vous recevez ce message car vous êtes inscrit … <a
		// …>Se désinscrire</a> · <a …>Données personnelles</a><br
		// />Trans'Valmont, 8 avenue de la Gare, 26000 Valmont.",
		// Cheetahmail's).
		return true
	}
	if !linked || !text && lines < 2 {
		return false
	}
	if lines == 0 && unsub {
		// One line alone, why the reader gets the mail, its link to
		// unsubscribe in its sentence ("Vous recevez ce message car
		// vous êtes adhérent … Conformément au RGPD, vous pouvez <a
		// …>vous désinscrire</a> à tout moment.", Sendethic's last
		// row): the link's words say what the line is.
		return true
	}
	return lines+1 >= 2
}

// pixelLines reports whether cell n is a paragraph's text (paragraphDiv)
// but for an open-tracking pixel, an <img> one pixel wide, among its lines
// ('… preferences</a><br /><img src="…/open/512998004.gif" width="1"
// height="1" alt="" /><span>Sent with</span> …', EveryAction's footer).
// It is asked only of a cell in small print that paragraphDiv refused.
func pixelLines(n *html.Node) bool {
	return inlineText(n, true)
}

// clauseRest reports whether rest, the words of a headline after a title
// that cut it short, goes on with the sentence: three words or more, the
// first in lower case, no digit and no separator among them (not an
// issue's number, a day, a place or a tool's label after the headline).
func clauseRest(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r) && fieldCount(rest) >= 3 && !strings.ContainsAny(rest, "0123456789|–—#") && !strings.Contains(rest, " - ")
}

// senderNamed reports whether alt, a picture's before the page's first
// <h1>, is the name og, the og:title, opens with before a colon, and
// title, the <title>, before a colon or a dash: the sender's logo over a
// letter whose page names only the sender and the issue.
func senderNamed(alt, og, title string) bool {
	if len(alt) < 3 || len(og) <= len(alt)+2 || !strings.HasPrefix(og, alt) || !strings.HasPrefix(og[len(alt):], ": ") || !strings.HasPrefix(title, alt) {
		return false
	}
	rest := title[len(alt):]
	return strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ")
}

// badgeLine reports whether the nodes from c to the end of their parent,
// a cell's last line, hold maxBadgeWords words at most, a sender's badge
// ("Sent with EveryAction").
func badgeLine(c *html.Node) bool {
	words := 0
	for ; c != nil; c = c.NextSibling {
		if words += nodeWords(c); words > maxBadgeWords {
			return false
		}
	}
	return words > 0
}

// unsubscribeLink reports whether link a's text asks to unsubscribe
// ("vous désinscrire", "se désabonner", "Unsubscribe"), its first
// element or text only, read by strings.Contains.
func unsubscribeLink(a *html.Node) bool {
	t := a.FirstChild
	if t == nil || t.Type != html.TextNode || len(t.Data) > 40 {
		return false
	}
	return strings.Contains(t.Data, "désinscri") || strings.Contains(t.Data, "désabonn") || strings.Contains(t.Data, "nsubscribe")
}

// preheader reports whether table t holds only a mail's preheader: its
// first cell, in small print (smallStyle), lines of text alone
// (paragraphDiv) as firstLines reads them, maxSmallCellWords words at
// most, and no other words in the table.
func preheader(t *html.Node) bool {
	td := find(t, atom.Td)
	if td == nil || !smallStyle(attr(td, "style")) || !paragraphDiv(td) || !firstLines(td) {
		return false
	}
	w := nodeWords(td)
	return w <= maxSmallCellWords && nodeWords(t) == w
}

// maxBrowserWords is the length of the longest text browserLine reads
// before its link.
const maxBrowserWords = 8

// browserLine reports whether table cell n is a mail's line offering its
// web version, over the letter: a line of maxBrowserWords words at most
// and a link that ends it, no <br>, in small print (smallStyle), the
// first cell of its table's first row (rows without words before it
// aside): "Can't see the images? <a …>View this newsletter in your
// browser</a>" (MailUp's), the sender's, not the text.
func browserLine(n *html.Node) bool {
	last := n.LastChild
	for last != nil && last.Type == html.TextNode && strings.IndexFunc(last.Data, wordRune) < 0 {
		last = last.PrevSibling
	}
	if last == nil || last.DataAtom != atom.A || last == n.FirstChild || n.Parent == nil || n.Parent.DataAtom != atom.Tr {
		return false
	}
	words := 0
	for c := n.FirstChild; c != last; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			words += fieldCount(c.Data)
		case c.Type == html.ElementNode && (c.DataAtom == atom.Br || !inlineElement(c.DataAtom)):
			return false
		default:
			words += nodeWords(c)
		}
	}
	if words == 0 || words > maxBrowserWords || !smallStyle(attr(n, "style")) {
		return false
	}
	for _, c := range []*html.Node{n, n.Parent} {
		for s := c.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode && (c == n || nodeWords(s) > 0) {
				return false
			}
		}
	}
	return true
}

// firstLines reports whether table cell n, holding a paragraph's text
// alone, is the first cell of its table's first row (rows without words
// before it aside) and holds two lines or more, text on both sides of a
// <br>, one of them with a link in its sentence: the mail's preheader,
// over the letter ("Si ce message ne s'affiche pas correctement, <a
// …>cliquez ici</a>.<br>Pour être sûr de recevoir nos messages, ajoutez …
// à votre carnet d'adresses.", Emailvision's), as lastLines reads its
// footer under it.
func firstLines(n *html.Node) bool {
	if n.Parent == nil || n.Parent.DataAtom != atom.Tr {
		return false
	}
	for _, c := range []*html.Node{n, n.Parent} {
		for s := c.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode && (c == n || nodeWords(s) > 0) {
				return false
			}
		}
	}
	lines, text, linked, linkedLine := 0, false, false, false
	for c := n.FirstChild; ; c = c.NextSibling {
		if c == nil || c.DataAtom == atom.Br {
			if text {
				lines++
				linkedLine = linkedLine || linked
			}
			text, linked = false, false
			if c == nil {
				break
			}
			continue
		}
		switch {
		case c.Type == html.TextNode && strings.IndexFunc(c.Data, wordRune) < 0:
		case c.DataAtom == atom.A:
			linked = true
		case c.Type == html.TextNode || c.Type == html.ElementNode:
			text = true
		}
	}
	return linkedLine && lines >= 2
}

// maxBlankWords is the length of the longest label blankForm takes for a
// form's column to fill in.
const maxBlankWords = 3

// blankForm reports whether table n is a form to fill in: three rows or
// more of two cells or more, the last cell of each holding the same
// label of maxBlankWords words at most ("Inductor's initials",
// "Signature", "Date"), as a sign-off sheet repeats it where the reader
// writes.
func blankForm(n *html.Node) bool {
	rows, label := 0, ""
	for tr := range n.Descendants() {
		if tr.DataAtom != atom.Tr {
			continue
		}
		cells, last := 0, (*html.Node)(nil)
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				cells++
				last = c
			}
		}
		if cells < 2 {
			return false
		}
		text := labelOf(last) // a label's words at most, lowercased
		if rows == 0 {
			label = text
		}
		if text != label || label == "" || fieldCount(label) > maxBlankWords {
			return false
		}
		rows++
	}
	return rows >= 3
}

// rowLabel returns row tr's first cell, or nil.
func rowLabel(tr *html.Node) *html.Node {
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			return c
		}
	}
	return nil
}

// backgroundColour returns the value of an inline style's
// background-color, lowercased, or "".
func backgroundColour(style string) string {
	_, v, ok := strings.Cut(strings.ToLower(style), "background-color:")
	if !ok {
		return ""
	}
	v, _, _ = strings.Cut(v, ";")
	return strings.TrimSpace(v)
}

// ownCell reports whether cell td is of col's own layout table: no other
// table between them but the one col holds, or col itself when it is a
// table.
func ownCell(td, col *html.Node) bool {
	tables := 0
	if col.DataAtom == atom.Table {
		tables = 1
	}
	for a := td.Parent; a != nil && a != col; a = a.Parent {
		if a.DataAtom == atom.Table {
			tables++
		}
	}
	return tables == 1
}

// laterTiddler reports whether n is a tiddler's frame after another in a
// TiddlyWiki's story river (div.tc-tiddler-frame): the first open
// tiddler is the page's, the next are others the wiki opens with it.
func laterTiddler(n *html.Node) bool {
	if !strings.Contains(attr(n, "class"), "tc-tiddler-frame") {
		return false
	}
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && strings.Contains(attr(s, "class"), "tc-tiddler-frame") {
			return true
		}
	}
	return false
}

// soleKinds are the kinds of a note box a class may name alone
// ("information": JSPWiki's %%information style; "notice": a box an
// author writes in raw HTML into a generated page, pod2html's '=begin
// html' "<div class="notice"><p><b>Note for packagers:</b> …").
var soleKinds = wordSet("note tip warn warning caution important hint information notice")

// soleKind reports whether a class is a note box's kind and nothing else
// ("note", as MoinMoin's note parser writes a box of the text; "tip" and
// "warn", docsify's paragraphs marked "?>" and "!>"): on a page that
// shows code or not, a callout, as an admonition is (round 78). Two
// such words are one too, the box's word and its kind ("note warn",
// Qiita's ':::note warn' box between an article's paragraphs).
func soleKind(class string) bool {
	if len(class) > len("note important")+2 {
		return false
	}
	box, kind, two := strings.Cut(strings.ToLower(strings.TrimSpace(class)), " ")
	return soleKinds[box] && (!two || soleKinds[kind])
}

// titleLabel reports whether span c is a Semantic UI label, its class
// words "ui" and "label", of maxBadgeWords words at most, the first
// content of a <div class="title">: the post's kind over a thread
// ('<div class="title"><span class="ui small label">Question</span> bamtk
// sort killed …</div>', '<span class="ui small green label">Accepted
// answer</span>', Biostar Central's), not its title.
func titleLabel(c *html.Node) bool {
	class := attr(c, "class")
	if !strings.HasPrefix(class, "ui ") || !strings.HasSuffix(class, " label") || attr(c.Parent, "class") != "title" || firstContent(c.Parent) != c {
		return false
	}
	return nodeWords(c) <= maxBadgeWords
}

// hiddenLabel reports whether paragraph c is a label shown to screen
// readers alone, three words at most, its class one that hides it
// ("visually-hidden", "visually-hidden-small", "sr-only": Postmedia's
// '<p class="article-content__content-group--label
// visually-hidden-small">Article content</p>' between a story's groups
// of paragraphs).
func hiddenLabel(c *html.Node) bool {
	class := attr(c, "class")
	if !strings.Contains(class, "visually-hidden") && !strings.Contains(class, "sr-only") {
		return false
	}
	return nodeWords(c) <= 3
}

// stepNumber reports whether c, a <div> in a list item or in the item's
// one box, is the item's number drawn by the page: the first content of
// its parent, its text a number of three digits at most alone, a <div>
// or <p> after it, the step's text ("<li class="step"><div
// class="flex"><div class="step-position"><span
// class="step-number">1</span></div><div class="step-body">Séparez les
// côtes …", Cookpad's steps): the list numbers its items, the number is
// no word of the text. An amount in an ingredient's line ("<span>4</span>
// poires") is no <div> before a <div>.
func stepNumber(c *html.Node) bool {
	next := c.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if next == nil || next.DataAtom != atom.Div && next.DataAtom != atom.P {
		return false
	}
	if firstContent(c.Parent) != c && !afterPictures(c) {
		return false
	}
	digits := 0
	for d := range c.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		for i := 0; i < len(d.Data); i++ {
			switch b := d.Data[i]; {
			case b >= '0' && b <= '9':
				if digits++; digits > 3 {
					return false
				}
			case b != ' ' && b != '\n' && b != '\t' && b != '\r':
				return false
			}
		}
	}
	return digits > 0
}

// partLabel reports whether box n holds a part's number alone in a
// <span>, "Part" or "Partie" and one or two digits, and a heading is the next element
// after it ('<div class="altblock"><span>Part 2</span></div><h3><span
// class="mw-headline">Sowing the Seed</span></h3>', a wikiHow-like
// guide's parts): the guide numbers its parts, the heading names them.
func partLabel(n *html.Node) bool {
	next := pastBlank(n.NextSibling)
	if next == nil || headingLevel(next) == 0 {
		return false
	}
	label := firstContent(n)
	if label == nil || label.DataAtom != atom.Span || label.FirstChild == nil || label.FirstChild != label.LastChild || label.FirstChild.Type != html.TextNode || pastBlank(label.NextSibling) != nil {
		return false
	}
	t := strings.TrimSpace(label.FirstChild.Data)
	if len(t) > len("Partie 99") {
		return false
	}
	word, num, ok := strings.Cut(t, " ")
	return ok && len(num) <= 2 && isDigits(num) && (word == "Part" || word == "Partie")
}

// afterPictures reports whether the elements before c in its parent hold
// no words, only text of white space between them: a step's picture in a
// box of its own before its number ('<li><div class="mwimg"><img
// …></div><div class="step_num">1</div><div class="step">…', a
// wikiHow-like guide's steps).
func afterPictures(c *html.Node) bool {
	for s := c.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && (nodeWords(s) > 0 || s.DataAtom != atom.Div) {
			return false
		}
	}
	return true
}

// serifStyle reports whether an inline style sets a serif face
// ("font-family:Georgia,serif", "'Times New Roman',Times,serif"): a
// letter's headline set large in a book face, not bold.
func serifStyle(style string) bool {
	i := strings.Index(style, "font-family:")
	if i < 0 {
		return false
	}
	family, _, _ := strings.Cut(style[i:], ";")
	return strings.Contains(family, "serif") && !strings.Contains(family, "sans-serif") || strings.Contains(family, "Georgia")
}

// readItalics notes the classes a style sheet sets in italics by a rule
// of their own, a single class (".c8{font-style:italic;…}"): the editors
// that publish a document to the web write emphasis so, a generated class
// on a <span>.
func (m *meta) readItalics(css string) {
	for rest := css; ; {
		i := strings.Index(rest, "font-style:italic")
		if i < 0 {
			return
		}
		open := strings.LastIndexByte(rest[:i], '{')
		if open > 0 && !strings.ContainsAny(rest[open:i], "}") {
			start := strings.LastIndexAny(rest[:open], "}\n") + 1
			if sel := strings.TrimSpace(rest[start:open]); len(sel) > 1 && sel[0] == '.' && isWordChars(strings.ReplaceAll(strings.ReplaceAll(sel[1:], "-", ""), "_", "")) {
				if m.italicClasses == nil {
					m.italicClasses = map[string]bool{}
				}
				m.italicClasses[sel[1:]] = true
			}
		}
		rest = rest[i+len("font-style:italic"):]
	}
}

// italicClass reports whether one of n's classes is set in italics by the
// page's style sheet (readItalics).
func (m *meta) italicClass(n *html.Node) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if m.italicClasses[c] {
			return true
		}
	}
	return false
}

// furnitureWords name, in class and id attributes, the blocks around an
// article that are never part of it. Readability scores such names down
// but keeps a block whose text is long enough, and a share bar or a
// related-articles list inside <article> is exactly that. A name matches
// when one of its words — the parts between "-", "_" and spaces,
// compared without case — is one of furnitureWords, starts with one of
// furniturePrefixes followed by letters and digits only, or, with the
// next word after a "-", makes one of furniturePairs ("after-post":
// the block a Baeldung-like tutorial site sets after a post's text, '<div
// class="after-post-content"><p>The code backing this article is
// available on GitHub. Once you're logged in as a <strong>… Pro
// Member</strong>, …', its call to join, as "content-below" is;
// "article-info":
// Joomla's list of an article's details, its author, category, dates and
// hits, in its <dl>, which Readability keeps when a template's wrappers
// score the item whole; "entry-info", a blog entry's line of author,
// time and category under its headline, FlatPress' and other blog
// themes'; "call-out", a callout's name written in two words, LocalGov
// Drupal's "localgov-call-out-box" paragraph, a titled box set among the
// story's text, as "callout" is; "below-content", the widget area a
// shop's theme sets under the post and its sidebar, Shoptimizer's, its
// hours in a text widget, as "content-below" is another's; "alert-note",
// the callout Hugo's Wowchemy (Hugo Blox) writes for its note shortcode,
// '<div class="alert alert-note"><div>Want to join next year's census?
// …</div></div>' among a post's paragraphs, as Bootstrap's "alert-info"
// is another's; "summary-table", Javadoc's index of packages, classes or
// members, each a link and its one-line description, under an
// overview's text). "announcement" is a site's bar of news about itself, over
// or under every page ("announcement-bar", Steemit's
// "App__announcement"), never the text's. "supporters", "donors" and
// "backers" are a fundraising page's list of who gave, their amounts
// and messages, under the story (JustGiving's
// "styles_supporters__3vN8T"), as a comments list is. "remark" is a
// remark set apart in a post's text, a notice to its readers (ILIAS's
// page editor's "ilc_section_Remark" box: "Parents : la réunion de bilan
// …", "Les photos de toute la semaine sont dans le dossier …"). "inset"
// is a design system's inset box of advice beside the text (the NHS's and
// GOV.UK's "nhsuk-inset-text", "govuk-inset-text": "Information: If you
// need to change or cancel an appointment, call …"). "reward" is a
// crowdfunding page's reward offered among an update's paragraphs
// (Crowdfunder's "cf-inline-reward": "Featured reward / Name a rafter –
// £50 / … Select reward"). "refpara" is Scribble's margin note, a
// paragraph set in the margin beside the text ('<blockquote
// class="refpara"><blockquote class="refcolumn"><blockquote
// class="refcontent"><p>Jobs that are still pending are migrated too; …',
// Racket's documentation). "serving" and "servings" name a recipe's
// number of servings, a line of its details beside its time ('<div
// id="serving_recipe_24718305"><span>4 personnes</span></div>', Cookpad's),
// as a card's details line is not the recipe's text. "notice-" and a
// notice's kind ("notice-warning", "notice-info"…) is a box set beside
// the text as "alert-warning" is ('<div class="css-1x0d2a4
// notice-warning" role="note"><strong>Heads up</strong>…', Docz's). "key-term"
// (and "key-terms") is a course step's box defining a term beside the
// text ('<div class="key-term"><p class="key-term__label">Key term</p>
// <p><strong>Bankfull discharge:</strong> the flow at which …',
// FutureLearn's), an inset as a glossary's entry is. "notification" is a
// notice box set in the text ('<div class="element mw-ui-box
// mw-ui-box-notification"><p><strong>Permanence miel :</strong> le local
// est ouvert …', Microweber's), as a site's notification bar is furniture
// around it. "nutrition" is a recipe's nutrition facts ('<div
// class="mntl-nutrition-facts">', Dotdash Meredith's), "recipe-details"
// its times and servings box ('mntl-recipe-details'): a recipe card's
// furniture, as "servings" is. "editsection" is a wiki's edit link
// ('<span class="mw-editsection">[<a …>modifier</a>]</span>', MediaWiki
// 1.39's, inside the section's <h2> after its headline), which goes
// wherever it stands, as it does beside a newer MediaWiki's heading;
// "editsectionlink" is ScrewTurn Wiki's, one word ('<h2
// class="separator">When to check <a class="headeranchor" …>¶</a> <a
// class="editsectionlink" href="Edit.aspx?Page=…&amp;Section=1">edit</a></h2>').
// "bandeau" is French for a banner ('<div class="bandeau-article
// bandeau-niveau-ebauche"><p>Cet article est une <b>ébauche</b>. …',
// a French wiki's stub notice), furniture as "banner" is. "opt-in" is a
// box asking the reader's consent ('<div id="trackingOptIn"><div>We Care
// About Your Privacy. …</div><button>ACCEPT</button>', Fandom's, its id
// split at its capitals), as "consent" is. "date-info" and
// "location-info" are an event page's facts ('<section
// class="date-info"><h2>Date and time</h2><span>Saturday, 18 April 2026 ·
// 10:00 - 14:00 BST</span></section><section class="location-info">…',
// Eventbrite's), set apart from its description as "article-info" is;
// "infogrid" and "infoline" an event's grid of facts and its lines
// ('<div class="infogrid"><div class="infoline date">…<div
// class="infoline location">…', '<div class="infoline chairs">', Indico's).
// "response" is the site's response under a reader's post, its status
// and its text ('<div class="p-show-post__response"><div
// class="c-status-col--planned">PLANNED</div><div class="c-markdown"><p>Thanks
// Marit, this is on the roadmap …', Fider's), a reply as "reply" is.
// "reviews" and "critiques" are the list of readers' reviews under a
// recipe or a review ('<section id="reviews" class="feedback">', an
// Allrecipes-like page's; '<div class="liste_critiques">', a
// Babelio-like page's other reviews); the plural only, a review's own
// text being "review" or "critique".
// "reminder" is a notice set among the text to remind the reader of a
// deadline ('<div class="notice notice--reminder"><p><strong>Reminder:</strong>
// consent and medical forms must be returned …', Weduc's post; '<table
// class="reminder">', a school newsletter's), a box as "notification" is.
// "risk-warning" is the warning a crowdfunding platform sets on every
// page ('<div class="cc-risk-warning" role="region"><p>Don't invest unless
// you're prepared to lose all the money you invest. …', Crowdcube's;
// '<div class="risk-warning">', Tudigo's), a pair, "warning" alone
// being a callout's own name.
// "join" is a call to join the union or the club set among the text
// ('<div class="join-inline"><h3>Not a member yet?</h3><p>Join today from
// £3.15 a week …', a union's news item; "promo-box--join", "btn-join",
// "nav-join-us" on twelve other tuning pages, none of them article), a
// call to action as "signup" is.
// "floatr" is WikkaWiki's box floated to the right of a page's text
// ('<div class="floatr">Tarif : 0,50 € la minute de découpe, payable au
// bar. …</div>'), an aside as an inset is.
// "astuce" is a French recipe's tip box ('<div class="astuce-chef"><p
// class="astuce-chef__title">L'astuce du chef</p><p>Ajoutez une cuillère
// de moutarde …</p></div>'), an inset as "encart-astuce" already was by
// its "encart".
// "notice-box" is a notice set among the text in a box of its own
// ('<div class="notice-box"><p><strong>Save the date:</strong> the
// orchestra repeats its tour programme …', Refinery CMS's school post;
// unseen106-liensmaelle's and unseen110-gmbunion's boxes, already out of
// their references); "notice" alone, a post's own name, stays.
// "content-note" is a directory's note on whose content a page shows
// ('<p class="content-note">Content provided by Fenwright &amp; Lowe
// Audio. All podcast content including episodes … are uploaded and
// provided directly by …', Player FM's over every episode's notes).
// "not-prose" is Tailwind Typography's name for a block set in a text
// that is not the text's prose ('<div class="not-prose my-4 flex gap-3
// rounded-md border …" role="note"><svg …><div><div
// class="font-medium">Remarque</div><p>Les requêtes vers … ne sont pas
// décomptées …</p></div></div>', Zudoku's callout; a frame around an
// image, a date line, an advert, a tags row or a sign-up box on five
// other tuning pages, none of them article).
// "sidenote" is a note set beside the text ('<div class="sidenote"><b>Society
// notice:</b> subscriptions for 2004 are now due …', a pMachine weblog's;
// '<div class="sidenote"><p><strong>Aside:</strong> the wiring diagram …',
// unseen23-priyanair's, already out of its reference), a box as "inset" is;
// "marginnote" is Tufte CSS's note in the margin beside it ('<span
// class="marginnote">Peak counts per season, …</span>' in a <figure>, a
// chart's caption set in the margin), as "sidenote" is Tufte CSS's numbered
// one; "margin-toggle" is the control that shows either on a narrow
// screen ('<label for="mn-chart" class="margin-toggle">&#8853;</label>').
// "welcome" is a site's greeting to its visitor, and what it offers
// them ('<section class="welcome"><h2>Welcome to Listenloft!</h2><p>…
// It's the best podcast app … Signup to sync subscriptions …', Player
// FM's under an episode's notes; MyBB's "welcome", SMF's "floatleft
// welcome", Magento's "welcome-msg", the guest's line on five other
// tuning pages, none of them article).
// "membership" is a members' appeal set in the text ('<div
// class="offshoot-membership-inline"><p><strong>The Offshoot is free to
// read because members pay for it.</strong> <a href="/members/">Join
// today</a> …', a Spinoff-like story's; "m-membership-ask" on another
// tuning page), as "join" and "paywall" are.
// "avertissement" is French for a disclaimer ('<div
// class="avertissement">Cet article a été publié par une organisation
// membre de Solidactu. Son contenu n'engage que son auteur.</div>', a
// Carenews-like item's under its text; unseen10-santeplurielle's
// "art-avertissement", already out of its reference), as "disclaimer" is.
// "cart" is a shop's basket and what adds to it ('<div
// class="AddToCart_box__kQ1aP"><p>Tous les ingrédients de cette recette,
// livrés chez vous.</p><button>Ajouter au panier · 8,40 €</button></div>',
// a Jow-like recipe's between its ingredients and its tools, the CSS
// module's name split at its capitals), a call to buy as "promo" is.
// "course-tip" is Hugging Face doc-builder's tip box set in a text ('<div
// class="course-tip bg-gradient-to-br … text-green-700"><p>💡 You can
// stream the dataset without downloading it: …', a Hugging Face blog
// post's), an inset as "notice-tip" is; "tip" alone stays, a recipe's tip
// being its text.
// "titre-figure" and "figure-title" are a figure's title over its chart
// ('<div class="figure"><p class="titre-figure">Figure 1 – Part des actifs
// …</p><img …><p class="source">Lecture : …', an Insee Première page's),
// a caption as "legende" is.
// "episode-links" is a podcast episode's list of links under its notes
// ('<section class="episode-links"><h2>Pour aller plus loin</h2><ul><li><a
// …>Syndicat mixte du marais de la Bresle</a></li>…', a Louie Media-like
// episode's), a pair: "links" alone names the text's own lists on other
// tuning pages.
// "information-macro" is Confluence's info, note, tip and warning macro
// set among a page's text ('<div class="confluence-information-macro
// confluence-information-macro-warning" data-macro-name="warning"><div
// class="confluence-information-macro-body"><p>Deleting a zone cannot be
// undone. …', a Scroll Viewport help page's), an inset as "alert-info"
// is; "macro" alone names every other macro, a code block's among them.
// "article-warning" is a help article's warning box set among its steps
// ('<div class="desk-article-warning"><p><strong>Warning:</strong> never
// remove the thermocouple while the kiln is hot. …', Desk.com's), a pair
// as "alert-warning" is; "warning" alone stays a callout's own name.
// "infotable" is a one-cell table of information set among a post's text
// ('<table class="infotable"><tr><td class="tablecontent"><b>Note:</b>
// the migration guide is at …', FusionForge's forum post), an inset as
// "infobox" is.
// "edited" is a forum post's note of who edited it and when ('<div
// class="topic-post__edited sui-notice">This post was edited by Greg
// Alvarado on Mar 5th, 2021: added the cost figures.</div>', Spiceworks
// Community's under the post), as "lastedited" and "last-edited" are.
// "aside" is a box set beside the text, named as HTML's <aside> is ('<div
// class="aside box-visit"><h4>Plan your visit</h4><p>Open Wednesday to
// Sunday, 10am to 4pm. …', a Symphony CMS museum item's among its
// paragraphs), furniture as the element is.
// "bibliography" is a radio episode's reading list under its notes
// ('<section class="Bibliography svelte-q8r1mj"><h2>Bibliographie</h2><ul><li>Hélène
// Marcillac, <em>Les papetiers de la Vézère</em>, …', a France
// Culture-like episode's), left out as its links are; "credits", an
// episode's closing lines on other tuning pages, stays.
// "edit-note" is a forum topic's note of what its author added later
// ('<div class="gs-topic-edit-note">Edited to add the support ticket
// number: #88412</div>', Get Satisfaction's), a pair as "last-edited" is.
// "info-box" is a box of information set among the text ('<div
// class="info_box" id="info_box_3384" data-alchemy-element="3384"><div
// class="info-box"><h4>Payment dates</h4><div class="richtext"><p>The
// backdated sum is due in December pay. …', Alchemy CMS's element; an
// Enonic part's '<aside class="info-box">', a choir's and a school's
// boxes on four other tuning pages, none of them article), a pair as
// "notice-box" is; "info" and "box" alone stay.
// "calendar" is a blog's calendar of the month beside or under its
// entries ('<table class="blosxom-calendar"><caption>novembre
// 2026</caption><tr><th>lu</th>…', Blosxom's calendar plugin; Serendipity's
// "serendipity_plugin_calendar", a sidebar's), furniture as a widget is;
// the calendar icons beside a byline's day ("fa fa-calendar",
// "icon-calendar") hold no text.
// "messages" is the box of a forum subject's replies under its text
// ('<div class="vMessages"><div class="vMessagesTitle">3 messages</div><div
// class="objContainer vMessageContainer" id="forumMessage-402">…',
// Agora-Project's, split at its capitals) and Drupal's box of status
// messages ("block--messages", "messages"); the plural only, a message's
// own box being "message".
// "soutien" is a French site's appeal for its readers' support set among
// or under its text ('<div class="appel-soutien"><p><strong>C'est
// maintenant que tout se joue…</strong> … Reporterre vit grâce aux dons
// de ses lecteurs. <a …>Soutenir Reporterre</a></p></div>', a SPIP
// story's; "bandeau-soutien" its banner), a call as "supporters" is;
// the other tuning pages' "soutien" boxes, none in their references,
// already went.
// "document-feedback" is a documentation page's box asking whether it
// helped ('<div class="document-feedback"><p>Ce contenu vous a-t-il été
// utile ?</p><button class="btn-yes">Oui</button>…', Documize's), a
// pair: "feedback" alone names a page's ratings box whose prompt goes
// by the block pass (an articleRatings-feedback) or a box of the text
// ("page-feedback" on another tuning page, its last line in its
// reference).
// "poll" is a poll set in a forum's post or a story ('<div
// class="bb-poll-wrap bb-topic-poll"><div class="bb-poll-question">Sondage
// : qui peut venir le 21 mars ?</div><ul class="bb-poll-options"><li>…Oui
// … 9 votes</li>…', BuddyBoss' topic poll among the post's paragraphs):
// the readers' votes, not the text; the other tuning pages' polls, none
// in their references, already went.
// "photo-credit" is the line that credits a story's photographs in a box
// of its own under its text ('<p class="dz-photo-credit">Photography is
// by Carys Lindqvist.</p>', a design magazine's), a credit as a
// caption's is, not the story.
// "side-box" is a box set beside or under the text ('<div class="component
// text sideBox"><h3>Prochaine sortie</h3><p>Dimanche 16 mars : …</p></div>',
// one.com Website Builder's, split at its capital), as a sidebar is.
// "where" names an event's place box beside its day's ('<div
// class="EventPage__where"><span class="label">Location</span><p>Tallow
// Creek planting site, …</p></div>', Humanitix's event page): the
// listing's venue, as "location-info" names one, not the event's text.
// "recipe-summary" is a recipe card's line that sums the dish up under
// its name ('<div class="wprm-recipe-summary">Sweet roasted carrots and
// red lentils blended into a silky, warming soup.</div>', WP Recipe
// Maker's card, after the post's own introduction): the card's blurb, as
// its rating and times are, not the recipe. "recette-resume" is a French
// recipe's line of its times and difficulty under its introduction ('<ul
// class="recette-resume"><li>Préparation : 20 min</li><li>Cuisson : 35
// min</li><li>Facile</li><li>Bon marché</li></ul>', a CuisineAZ-like
// recipe's): the card's facts, as its times are elsewhere.
// "rating" names the box that asks the reader to rate what was read
// ('<div class="answer__rating">Was this answer helpful?
// <button>Yes</button> <button>No</button></div>', JustAnswer's under an
// expert's answer) or shows its stars: the site's, as "feedback" is.
// "nodelet" is the Everything engine's box beside a node ('<div
// class="nodelet" id="chatterbox"><div class="nodelet_head">Chatterbox?</div>
// …', PerlMonks' "Chatterbox", "Others wandering …", "Voting Booth"
// beside a thread), the site's sidebar as "widget" names one.
// "reactions" is the readers' comments a French news site calls so ('<div
// id="reactions" class="reactions"><h3>7 réactions</h3><div
// class="reaction"><span class="pseudo">cinephile56</span> le 14/10/2009
// à 19h05<p>…</p></div>…', Écran Large's under its story), as
// "commentaires" names them; or the emoji a post's readers answered with.
// "assistant-transcript" is the chat a site's assistant held with the
// asker before an expert answered ('<div
// class="assistant-transcript"><p …>Expert's Assistant chat</p><p>Expert's
// Assistant: What brand and model is the water heater? Customer: …</p>',
// JustAnswer's between the question and the answer): the site's intake,
// not the question or the answer.
// "code-label" is the language's or the stream's name a lesson sets over
// each code block ('<div class="codewrapper sourceCode"><h3
// class="code-label">BASH<i …></i></h3><pre …>', sandpaper's "BASH" and
// "OUTPUT"): the block's tab, not the text.
// "channel-card" is a podcast channel's card beside one of its episodes
// ('<div class="ui card channel-card"><div class="content"><a
// class="header" …>Les Voix du Marais</a><div class="description">Un
// podcast associatif sur la vie du marais, …</div></div>…', Funkwhale's
// in a track's side column): the channel's tagline, not the episode's
// notes; "card" alone names the text's own boxes elsewhere.
// "screenshot" is a picture's box and its caption ('<div
// class="screenshotDescription">The loop on the regional map: …</div>'
// under a guide's picture, Steam Community's, its class split at its
// capitals), which the house's references leave out as they leave a
// <figcaption> out.
// The pair "catch-all" names the line a news site sets after every story
// to send the reader to its section and its app ('<p
// class="catchAll">Catch all the <a …>Personal Finance</a> news and
// updates on Rupee Ledger. Download the Rupee Ledger app …</p>', a
// Mint-like story's last paragraph, its class split at its capitals):
// the site's promotion, not the story's close. The pair "fiche-film" names
// a film's facts set in a review's text ('<div
// class="fiche-film"><strong>La Veilleuse</strong>, de Claire Montreuil,
// avec … Durée : 1 h 42. En salles le 2 avril 2025. <a …>Voir la fiche du
// film</a></div>', a Première-like review): the credits the house's
// references leave out, a film's card and not the critic's words.
// "summary-box" is the publisher's summary of the story, under its
// byline behind a toggle ('<div class="summary-box"><button
// class="summary-toggle">Summary.</button> <p class="summary-text">Weekly
// meetings tend to grow over time. …</p></div>', a Harvard Business
// Review-like magazine's): a digest the editors add, not the author's
// words, as the house's references leave a recipe card's summary out.
// "cite-this" is the box that tells the reader how to cite the page
// ('<div class="cite-this"><button class="cite-toggle">Cite
// This!</button> <p class="citation">Please copy/paste the following text
// to properly cite this … article: Whitford, Dale. "How Heat Pumps Work
// in Cold Weather" 3 March 2025.</p></div>', a HowStuffWorks-like
// explainer's, after the text): the page's reference, not its text; so
// is "cite" alone among a class's words ('<div class="simple-cite"><h4>Cite
// this article</h4><p class="cite-mla">Parrish, Lena. “A small-town paper
// …” Pressroom Lab, 19 Mar. 2025.</p></div>', a Nieman Lab-like story's
// box after its text).
// "donate-bar" and "donate-inline" are a newsroom's or a charity's call
// for a gift, a bar over the page or a box in the text ('<div
// class="donate-bar"><p>Furrow Report is a nonprofit newsroom. <a …>Donate
// today</a> to support independent food and farming journalism.</p></div>',
// a Civil Eats-like story's; '<div class="wp-block-group
// donate-inline"><p class="donate-inline__text"><strong>£25 could buy a
// set of spare parts …</strong></p>…', a charity's story), not the
// story's words; "donate" alone is no such box's ('<div
// class="post-donate">' closes a story whose last line follows it).
// "fiche-album" is a comic album's card of facts under its title ('<table
// class="fiche-album"><tr><td class="label">Scénario :</td><td>Kervella,
// Hélène</td></tr>…<tr><td class="label">Parution :</td><td>05/03/2025</td></tr>…',
// a BDGest-like review's), an album's credits as "fiche-film" is a film's.
// "tweet" is a social network's post embedded in a story ('<li
// class="element quote twitter" data-type="quote"><div
// class="content"><blockquote class="tweet"><p>Standing room only at the
// Grange …</p><div class="tweet-meta">…', a Storify-like story's element),
// another's words quoted whole, as the house's references leave them out.
// "helpful" names the box that asks whether a review helped and counts
// the answers ('<div class="helpful notes">Was this review helpful to
// you? <a …>Yes</a> <a …>No</a> …<br>8 of 9 people found this review
// helpful.</div>', an IFDB-like review's, after its text): the site's
// poll, as "rating" is.
// "topicinfo" is a forum topic's state under its heading ('<p
// class="topicinfo">This topic is currently marked as "dormant"&mdash;the
// last message is more than 90 days old. You can revive it by posting a
// reply.</p>', a LibraryThing-like Talk topic's): the site's notice, as
// "article-info" and "entry-info" are its line about a post.
// "surtitre" is French for a kicker, the line a story's section or kind
// sets over its heading ('<p class="surtitre">Communiqué de presse</p><h1
// class="titre">…', SPIP's; fifteen other tuning pages' surtitres,
// already dropped by other rules), as "kicker" is.
// (This is the pattern of TestFurnitureName, looked up in sets: on every
// element of every page, the pattern cost a tenth of the reduction.)
var (
	furnitureWords = wordSet(`share sharing social subscribe subscription signup inscription newsletter abonnement abonnez
related similar also aussi readmore lireaussi promo teaser cta meta byline kicker infos dateline consent gdpr banner
breadcrumb breadcrumbs nav navbar menu sidebar widget comment comments commentaires disqus footer header masthead ad
ads pub publicite paywall popup modal tag tags author auteur writer contributor bio signature partage print toolbar sidenote marginnote
disclosure disclaimer copyright infobox navbox hatnote toc catlinks caption legend legende license licence callout appendix guestbook
metadata webmention webmentions encadre encart lastedited reply admonitionblock sidebarblock feed well announcement
supporters donors backers remark inset reward refpara serving servings notification nutrition editsection editsectionlink bandeau infogrid infoline response reviews critiques reminder join floatr astuce welcome membership avertissement cart infotable helpful topicinfo edited aside bibliography calendar messages soutien poll legal donation screenshot tooltip reponses followups where rating reactions nodelet properties attributes cite tweet surtitre`)
	furniturePrefixes = []string{"recommend", "cookie", "advert", "sponsor", "attachment"}
	furniturePairs    = wordSet("after-post article-info catch-all margin-toggle fiche-film risk-warning recipe-details opt-in date-info location-info entry-info left-column sign-up read-more lire-aussi fil-ariane last-edited content-below below-content alert-info alert-warning alert-primary alert-secondary alert-success alert-danger alert-light alert-dark alert-note markdown-alert call-out care-card summary-table site-alert site-alerts site-notice post-notice entry-notice notice-warning notice-info notice-note notice-tip notice-danger key-term key-terms notice-box content-note not-prose alert--info alert--warning alert--primary alert--success alert--danger alert--note recent-donations recent-donors recent-supporters story-updates campaign-updates fundraiser-updates course-tip titre-figure figure-title episode-links information-macro article-warning edit-note info-box document-feedback article-feedback box-notice tool-tip ctool-tip l-gende photo-credit side-box recipe-summary recette-resume summary-box cite-this assistant-transcript code-label channel-card donate-bar donate-inline fiche-album")
)

// olatBoxes are the kinds of OpenOLAT's boxes after "o_" ("o_info",
// "o_warning", "o_important", "o_note", "o_tip", "o_error",
// "o_success").
var olatBoxes = wordSet("info warning important note tip error success")

// promptWords name, in a data-testid, a box asking the reader to pay or
// sign up.
var promptWords = wordSet("paywall subscribe subscription newsletter signup")

// promptTestID reports whether n's data-testid names a prompt to pay or
// sign up (promptWords among its words): a page whose classes are
// hashed names its parts there for its tests only ('<div class="_1b4kF"
// data-testid="paywall-prompt">', a news site's). Its other words
// ("header", "footer", "byline") are not read: a test's name for the
// headline's box is no sign of furniture.
func promptTestID(n *html.Node) bool {
	id := attr(n, "data-testid")
	if id == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(id), func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		if promptWords[w] {
			return true
		}
	}
	return false
}

// nameBreak is strings.IndexAny(name, "-_ ") in a loop over the bytes,
// without building the set of three on every call.
func nameBreak(name string) int {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c == '-' || c == '_' || c == ' ' {
			return i
		}
	}
	return -1
}

// furnitureName reports whether a class or id names furniture. Words
// joined in camel case are words too: CSS modules and styled components
// name a class after its component ("InlineNewsletter_wrap__Xq2Lp",
// "ShareBar", "adLabel"). A word after "no-" is no name of the thing
// ("no-attachment-icon": a link drawn without the attachment's icon).
func furnitureName(name string) bool {
	if name == "" {
		return false
	}
	name = strings.ToLower(splitCamel(name))
	for start := 0; start <= len(name); {
		end := start + nameBreak(name[start:])
		if end < start {
			end = len(name)
		}
		w := name[start:end]
		if w == "no" && end < len(name) && name[end] == '-' {
			// "no-attachment-icon", "no-sidebar": a name that states
			// the thing is absent names no such thing; the next word
			// is passed over.
			if start = nameBreak(name[end+1:]); start < 0 {
				break
			}
			start += end + 2
			continue
		}
		if w == "print" && strings.HasSuffix(name[:start], "hidden-") {
			// "hidden-print", Bootstrap 3's utility for a block left out
			// of a printed page ('<div class="editor-content mt-sm
			// hidden-print"><p>Heat oven to 180C …', a recipe's method
			// step on a Next.js build): it states when the block is
			// hidden, not that it is a print button; the other words of
			// the name still judge it.
			start = end + 1
			continue
		}
		if furnitureWords[w] && !(w == "header" && end < len(name) && name[end] == '_') && !(w == "widget" && strings.HasPrefix(name[end:], "__")) && !(w == "header" && dekAfter(name, end)) && !(w == "widget" && builderBlock(name, end)) && !(w == "tag" && start == 3 && name[:3] == "bl-") && !(w == "pub" && strings.HasPrefix(name[end:], "-description")) &&
			!(w == "teaser" && (strings.HasSuffix(name[:start], "header__") || strings.HasSuffix(name[:start], "article-") && end == len(name))) {
			// "post-header_dek", "article-header__chapo": a part of a
			// header block (BEM's block__element), judged by its own
			// words; the header block itself goes by its name. So is a
			// part of a block BEM names "widget" ('<h2
			// class="widget__subheadline">', the standfirst under '<h1
			// class="widget__headline h1">' in '<article class="widget
			// post-widget">', an IEEE Spectrum-like feature's); a
			// WordPress sidebar's "widget_text" is no such part. A header's
			// own teaser ("page-header__teaser") is the page's standfirst,
			// not another page's teaser; so is an article's teaser
			// named last ('<p class="gr-article-teaser">Fermée depuis
			// l'hiver 2023 …</p>', Rossel's Sudinfo, the text's first
			// paragraph). mandoc's "Bl-tag" is a list of tagged items
			// ('<dl class="Bl-tag"><dt><code
			// class="Cm">listen-legacy</code></dt><dd>Removed. …</dd>',
			// a manual page's definitions, its "-tag" the kind of list
			// of ".Bl -tag"), not a post's tags. A publication's
			// description is no advertisement's "pub" ('<p
			// class="pubDescription"><b>Le plan de viabilité hivernale a
			// été révisé …</b></p>', Silverpeas' standfirst under a
			// publication's name).
			return true
		}
		if w == "notice" && strings.HasSuffix(name[:start], "__") {
			// A notice as an element of a block (BEM's block__element:
			// '<div class="rich-text__notice"><strong>Inscriptions</strong>
			// : les ateliers du midi sont ouverts à tous, … Inscrivez-vous
			// au bureau du CDI.</div>', e-sidoc's news text): a box set
			// among the text, as "notice-box" names one; "notice" alone,
			// a post's own name, stays.
			return true
		}
		if w == "avis" && start == 0 && end == len(name) {
			// A box named "avis" alone, French for reviews ('<section
			// id="avis" class="avis"><h2>Avis (87)</h2>…', a brand's
			// recipe page): the readers', as "reviews" names them. A
			// name of more words ("box-avis") may be the text's own
			// verdict.
			return true
		}
		for _, p := range furniturePrefixes {
			if strings.HasPrefix(w, p) && isWordChars(w[len(p):]) {
				return true
			}
		}
		if rest, ok := strings.CutPrefix(name[end:], "--care"); w == "card" && ok && (rest == "" || nameBreak(rest) == 0) {
			// A design system's care card, advice set apart from the
			// text with its own heading (the NHS's "nhsuk-card--care
			// nhsuk-card--care--urgent": "Urgent advice: Sudden
			// changes in your sight"), as "care-card" names its older
			// one.
			return true
		}
		if w == "accent" && (start == 0 || name[start-1] == ' ') && (end == len(name) || name[end] == ' ') && strings.Contains(name, "card") {
			// A card of a story's cards set apart in its accent colour,
			// "Accent" a class of its own beside the card's ('<div
			// class="CardView TextCard Accent">À noter : le collège sera
			// fermé …', Microsoft Sway's): a notice beside the text, as
			// a callout is.
			return true
		}
		if w == "o" && end < len(name) && name[end] == '_' {
			// OpenOLAT's boxes set among a text, "o_" and the box's
			// kind ('<div class="o_info"><p>Le compte rendu de Mme
			// Lacombe … sont disponibles dans l'onglet « Informations »
			// du cours.</p></div>', a course blog's post): a notice, as
			// "notice-info" names one.
			rest := name[end+1:]
			if k := nameBreak(rest); k >= 0 {
				rest = rest[:k]
			}
			if olatBoxes[rest] {
				return true
			}
		}
		if w == "doc" && start >= 5 && name[start-5:start] == "spip_" && (strings.HasPrefix(name[end:], "_titre") || strings.HasPrefix(name[end:], "_descriptif")) {
			// SPIP's title and description of a document shown in the
			// text ('<dl class="spip_documents"><dt><img …></dt><dt
			// class="spip_doc_titre"><strong>Une parcelle d'oignons
			// équipée de gaines</strong></dt><dd
			// class="spip_doc_descriptif">(c) Lekoulou.net</dd></dl>',
			// an older template's, outside any <figcaption>): a
			// picture's caption and credit.
			return true
		}
		if w == "box" && strings.HasPrefix(name[end:], "___") {
			// Composr's box, "box___" and the template's name ('<div
			// class="box box___notice"><div class="box_inner"><h3>Members
			// only</h3><p>The volunteer rota is on the members' forum. …',
			// a club's news entry): a notice's template is a notice set
			// among the text, as "notice-box" is; the entry's own box
			// ("box___news_entry_screen") goes by its other words.
			rest := name[end+3:]
			if k := nameBreak(rest); k >= 0 {
				rest = rest[:k]
			}
			if noticeBlocks[rest] {
				return true
			}
		}
		if w == "message" && end+4 <= len(name) && (name[end] == '_' || name[end] == '-') && name[end+1:end+4] == "box" && (end+4 == len(name) || nameBreak(name[end+4:]) == 0) {
			// A page builder's message box set among the text ('<div
			// class="vc_message_box vc_message_box-standard
			// vc_color-info"><div class="vc_message_box-icon">…</div><p>Adhérent·e·s
			// : un tableau de calcul … est disponible dans l'espace
			// adhérent.</p></div>', WPBakery's), a notice as
			// "notice-box" is; "message" alone is a post's own box.
			return true
		}
		if w == "dates" && (strings.HasSuffix(name[:start], "header_") || strings.HasSuffix(name[:start], "header__")) {
			// A header's part that holds the text's dates, the header
			// block and "dates" joined by underscores ('<div
			// class="articleHeader_dates__T3xYq"><span>Received 18 Sep
			// 2025</span> <span>Revised 09 Dec 2025</span> …', a
			// journal's CSS modules; "article-header__dates"): a line
			// of days, as "date-info" is; "dates" alone may name the
			// text's own ("announced-dates").
			return true
		}
		if w == "call" && strings.HasPrefix(name[end:], "_to_action") {
			// A call to action named in three words joined by
			// underscores ("call_to_action", Qode's Bridge theme's box
			// of a line and a button set among a post's text: "Free
			// patio health check: send us two photos …"), as "cta"
			// names it in one. WP Recipe Maker's "wprm-call-to-action"
			// under a recipe card's notes goes in the block pass: gone
			// here, it would leave the notes last, where they went.
			return true
		}
		if len(w) > 3 && strings.HasPrefix(w, "cmp") && isDigits(w[3:]) {
			// A consent management platform's prefix with its version
			// ("qc-cmp2-container", Quantcast Choice's box over every
			// page of the sites that use it: "We value your privacy …").
			// "cmp" alone is another thing's name (Adobe Experience
			// Manager's components, "cmp-text", "cmp-title").
			return true
		}
		if len(w) > 6 && (strings.HasPrefix(w, "post") && furnitureWords[w[4:]] || strings.HasPrefix(w, "entry") && furnitureWords[w[5:]]) {
			// A post's or an entry's part named in one word
			// ("postmetadata", Kubrick's line of the post's day and
			// category under its text; "entrymeta"), as "post-meta"
			// is in two.
			return true
		}
		if end < len(name) && name[end] == '-' {
			from := end + 1
			if from < len(name) && name[from] == '-' {
				// BEM's modifier, "--" and a word ("pot-alert
				// pot-alert--info", Okpal's tax-receipt notice):
				// "alert--info" is a pair as "alert-info" is.
				from++
			}
			next := from + nameBreak(name[from:])
			if next < from {
				next = len(name)
			}
			if furniturePairs[name[start:next]] || noticeBlocks[w] && hintKinds[name[from:next]] {
				// A notice block's BEM modifier of a notice's kind
				// ("hs-note hs-note--info", Helpshift's FAQ note;
				// "callout--warning"): a box set apart from the text,
				// whatever the block's prefix. So is the kind after a
				// single hyphen ('<div class="yt-article-note
				// note-warning" data-test="callout"><span
				// class="callout-title">Warning</span><p>Never edit a
				// partner file by hand …', YouTrack's; DITA's and a
				// Markdown theme's "note note-warning" on two other
				// tuning pages, none in their references), as
				// "alert-warning" is a pair.
				return true
			}
		}
		start = end + 1
	}
	return false
}

// quoteLabel reports whether n is the label a platform sets over a
// quotation: the first element of a <blockquote>, only one or two words
// and a colon ("Citation :", "Quote:"), with the quoted text after it in
// an element of its own. So is the first <div> of a <div> whose class is
// the quotation's ("<div class="quote"><div class="quotetitle">Quote:
// </div>The boat will tell you …</div>", YaBB's), the quoted text after
// it an element or text. So is a <span> first in a <blockquote> whose
// class ends with "label", six words at most without a stop.
func quoteLabel(n *html.Node) bool {
	if n.Parent == nil || n.DataAtom == atom.P {
		return false
	}
	quoteBox := n.Parent.DataAtom == atom.Div && n.DataAtom == atom.Div && strings.Contains(attr(n.Parent, "class"), "quote") && slices.Contains(strings.Fields(attr(n.Parent, "class")), "quote")
	if n.Parent.DataAtom != atom.Blockquote && !quoteBox {
		return false
	}
	for c := n.Parent.FirstChild; c != n; c = c.NextSibling {
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	t := strings.TrimSpace(textOf(n))
	// Or a <span> whose class names a label, a few words without a
	// stop (Midas-like '<blockquote class="ap-expert"><span
	// class="ap-expert__label">Le conseil de l’expert</span><p>Sur une
	// voiture qui roule surtout en ville, …</p><cite>…</cite></blockquote>'):
	// the box's label, the quotation the text's.
	labelSpan := n.DataAtom == atom.Span && !quoteBox && t != "" && strings.HasSuffix(attr(n, "class"), "label") && fieldCount(t) <= 6 && !endsSentence(t)
	if !labelSpan && (!strings.HasSuffix(t, ":") || fieldCount(t) > 3 || strings.TrimSpace(strings.TrimSuffix(t, ":")) == "") {
		return false
	}
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != "" || quoteBox && c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// quoteWords are the words a forum writes alone, a colon after them or
// not, over a quotation it shows.
var quoteWords = map[string]bool{"citation": true, "quote": true, "zitat": true, "cita": true}

// quoteWordLabel reports whether n is a forum's label over a quotation,
// the word alone (quoteWords): the small print or bold that opens the
// quotation's box, a line break after it ("<blockquote><div><small>
// Citation</small><br />…", Phorum's), or the row over the row of a cell
// whose class names the quotation ("<tr><td><b>Citation :</b></td></tr>
// <tr><td class="quote">…", phpBB 2's and Aceboard's). The quotation
// stays, its label goes, as quoteLabel's does.
func quoteWordLabel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Small, atom.B, atom.Strong:
		box := n.Parent
		if box == nil || box.Parent == nil || box.Parent.DataAtom != atom.Blockquote || firstContent(box) != n {
			return false
		}
		// A line break right after it, blank text between or none.
		if br := edgeContent(n.NextSibling, func(c *html.Node) *html.Node { return c.NextSibling }); br == nil || br.DataAtom != atom.Br {
			return false
		}
	case atom.Tr:
		next := nextElement(n)
		if next == nil || next.DataAtom != atom.Tr {
			return false
		}
		cell := firstContent(next)
		if cell == nil || cell.DataAtom != atom.Td || !strings.Contains(attr(cell, "class"), "quote") {
			return false
		}
	default:
		return false
	}
	t := strings.TrimSpace(textOf(n))
	return len(t) <= len("citation :") && quoteWords[strings.ToLower(strings.TrimSpace(strings.TrimSuffix(t, ":")))]
}

// quoteHeads are the words a class joins to "quote" to name the line over
// a quotation.
var quoteHeads = []string{"top", "title", "head"}

// quoteHead reports whether n is the line a forum sets over a quotation,
// in an element of its own before the quotation's: a class that names a
// quotation's top ("quotetop", as Invision Power Board writes its
// "CITATION" / "QUOTE" over div.quotemain; "quote-title"), three words at
// most, and right after it an element whose class names a quotation. The
// quotation stays, its label goes, as quoteLabel's does.
func quoteHead(n *html.Node) bool {
	class := attr(n, "class")
	if !containsFold(class, "quote") {
		return false // most classes, not lowered
	}
	class = strings.ToLower(class)
	if !strings.Contains(class, "quote") || !slices.ContainsFunc(quoteHeads, func(h string) bool { return strings.Contains(class, h) }) {
		return false
	}
	next := n.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	return next != nil && strings.Contains(strings.ToLower(attr(next, "class")), "quote") && (len(strings.Fields(textOf(n))) <= 3 || quoteSource(textOf(n)))
}

// quoteSource reports whether t is a quotation's word and its source in
// parentheses, twelve words at most: Invision Power Board's "QUOTE
// (Hester Lowe @ Feb 28 2025, 10:02 AM)", the member quoted and the
// time of the post.
func quoteSource(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 12 || !quoteWords[strings.ToLower(strings.TrimSuffix(f[0], ":"))] {
		return false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), f[0]))
	return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")")
}

// maxNameWords is the most words of an item of namesAfterStory's list.
const maxNameWords = 4

// namesAfterStory reports whether n is a section that is only a heading
// and a list of names (two to eight items of maxNameWords words at most,
// no link, no stop), right after a box of three paragraphs or more and
// with no paragraph after it: a platform's list of the page's addressees
// or parties ("Decision Makers", a petition's) under the story, not a
// part of it.
func namesAfterStory(n *html.Node) bool {
	if n.DataAtom != atom.Section && n.DataAtom != atom.Div {
		return false
	}
	var heading, list *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type != html.ElementNode:
			return false
		case heading == nil && list == nil && headingLevel(c) > 0:
			heading = c
		case heading != nil && list == nil && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol):
			list = c
		default:
			return false
		}
	}
	if list == nil {
		return false
	}
	items := 0
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		t := strings.TrimSpace(textOf(li))
		if li.DataAtom != atom.Li || t == "" || fieldCount(t) > maxNameWords || strings.ContainsAny(t, ".!?:") || find(li, atom.A) != nil {
			return false
		}
		items++
	}
	if items < 2 || items > 8 {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev == nil || countParagraphs(prev) < 3 {
		return false
	}
	for next := n.NextSibling; next != nil; next = next.NextSibling {
		if next.Type == html.ElementNode && countParagraphs(next) > 0 {
			return false
		}
	}
	return true
}

// countParagraphs counts the <p> elements with text in n, n included.
func countParagraphs(n *html.Node) int {
	if n.Type != html.ElementNode {
		return 0
	}
	if n.DataAtom == atom.P {
		if strings.TrimSpace(textOf(n)) != "" {
			return 1
		}
		return 0
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += countParagraphs(c)
	}
	return k
}

// actionBetween reports whether n is a box its class or id names a call
// to action ("s_call_to_action", "call-to-action-block": a "cta" spelled
// out) with an element after it: a page builder's block between the
// story's parts ("Un projet ? … Demander un devis"). At the end of its
// box, it is left to the block pass, as the story's last blocks are.
func actionBetween(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Aside {
		return false
	}
	named := false
	for _, key := range []string{"class", "id"} {
		v := strings.ToLower(attr(n, key))
		if i := strings.Index(v, "call"); i >= 0 && callToAction(v[i:]) {
			named = true
		}
	}
	if !named && !buttonsLast(n) {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return true
		}
	}
	return false
}

// buttonsLast reports whether box n, of maxBoxWords words at most, ends
// with a list of buttons (a class word "buttons": Carrd's ul.buttons
// under a container's label and line, "Update my details"; HTML5 UP's
// ul.actions of links of class "button", "Je me propose"), past the
// wrappers it ends with, three at most: a call to action, as its class
// may name one.
func buttonsLast(n *html.Node) bool {
	l := lastContent(n)
	buttons := func(l *html.Node) bool {
		class := attr(l, "class")
		if l.DataAtom == atom.Ul && strings.Contains(class, "actions") && slices.Contains(strings.Fields(class), "actions") {
			// HTML5 UP's list of actions, its links buttons ('<ul
			// class="actions"><li><a href="contact.html" class="button
			// primary">Je me propose</a></li></ul>').
			a := find(l, atom.A)
			return a != nil && slices.Contains(strings.Fields(attr(a, "class")), "button")
		}
		return strings.Contains(class, "buttons") && slices.Contains(strings.Fields(class), "buttons")
	}
	for k := 0; k < 3 && l != nil && l.DataAtom == atom.Div && !buttons(l); k++ {
		l = lastContent(l)
	}
	return l != nil && buttons(l) && nodeWords(n) <= maxBoxWords
}

// callToAction reports whether name, from a "call", spells "call to
// action" between "-", "_" or spaces.
func callToAction(name string) bool {
	if len(name) < len("call-to-action") {
		return false
	}
	for i, w := range []string{"call", "to", "action"} {
		if !strings.HasPrefix(name, w) {
			return false
		}
		name = name[len(w):]
		if i < 2 {
			if name == "" || strings.IndexByte("-_ ", name[0]) < 0 {
				return false
			}
			name = name[1:]
		}
	}
	return name == "" || strings.IndexByte("-_ ", name[0]) >= 0
}

// postTextNames name, in a page builder's class, the block that shows
// the post's own text or its excerpt.
var postTextNames = []string{"post-content", "post-excerpt", "post-body", "entry-content", "entry-summary", "article-body", "article-content"}

// widgetWrappers are the names of the wrappers a page builder sets
// inside each of its widgets.
var widgetWrappers = []string{"container", "wrap", "wrapper", "inner"}

// builderBlock reports whether the word "widget" ending at end in the
// lowercased class name is a page builder's word for any block rather
// than a sidebar's widget: the name goes on to say the block shows the
// post's text or its excerpt ("elementor-widget-theme-post-content"), or
// names the wrapper inside a widget ("elementor-widget-container"), which
// was judged by the widget's own name, or is HubSpot's wrapper of any
// module ("hs_cos_wrapper_widget").
func builderBlock(name string, end int) bool {
	if end < len(name) && (name[end] == '-' || name[end] == '_') {
		for _, w := range widgetWrappers {
			if rest := name[end+1:]; strings.HasPrefix(rest, w) && (len(rest) == len(w) || strings.IndexByte("-_ ", rest[len(w)]) >= 0) {
				return true
			}
		}
	}
	for _, p := range postTextNames {
		if strings.Contains(name, p) {
			return true
		}
	}
	// HubSpot's CMS wraps every module of a page or an e-mail so
	// ("hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"),
	// its rich text as well as its footer.
	return strings.Contains(name, "hs_cos_wrapper_widget")
}

// signatureRule reports whether a text is a rule of underscores, five or
// more alone on their line: forums (phpBB, vBulletin) set it between a
// post and its author's signature.
func signatureRule(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) >= 5 && strings.Trim(t, "_") == ""
}

// dashSignature reports whether text node n is a rule of five dashes or
// more alone before a line break, the first thing in its element, as a
// forum sets the member's signature in a box of its own under the post
// ('<div class="smalltxt">-----<br />Bernard - pompe Vigiflux 0,75 kW,
// puits de 9 m</div>', XMB's). A rule of dashes inside the post's text,
// after its words, is the writer's own.
func dashSignature(n *html.Node) bool {
	if n.PrevSibling != nil || n.NextSibling == nil || n.NextSibling.DataAtom != atom.Br {
		return false
	}
	t := strings.TrimSpace(n.Data)
	return len(t) >= 5 && strings.Trim(t, "-") == ""
}

// mailSignature reports whether text node n is the line that opens an
// e-mail's signature: "--" (RFC 3676 writes "-- ") before a line break.
func mailSignature(n *html.Node) bool {
	return strings.TrimSpace(n.Data) == "--" && n.NextSibling != nil && n.NextSibling.DataAtom == atom.Br
}

// anchorID reports whether every word of a (lowercased) id is in the
// text of n: a heading's anchor slug, behind "toc-" when its table of
// contents links to it ("toc-le-contexte").
func anchorID(id string, n *html.Node) bool {
	if rest, ok := strings.CutPrefix(id, "toc-"); ok && rest != "" {
		id = rest
	}
	if id == "" {
		return false
	}
	text := strings.ToLower(textOf(n))
	for _, w := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }) {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// splitCamel puts a "-" between a lowercase letter and the uppercase one
// after it ("InlineNewsletter" → "Inline-Newsletter"), and returns name
// as it is when it has none.
func splitCamel(name string) string {
	at := -1
	for i := 1; i < len(name); i++ {
		if 'A' <= name[i] && name[i] <= 'Z' && 'a' <= name[i-1] && name[i-1] <= 'z' {
			at = i
			break
		}
	}
	if at < 0 {
		return name
	}
	var b strings.Builder
	b.Grow(len(name) + 4)
	b.WriteString(name[:at])
	for i := at; i < len(name); i++ {
		if 'A' <= name[i] && name[i] <= 'Z' && 'a' <= name[i-1] && name[i-1] <= 'z' {
			b.WriteByte('-')
		}
		b.WriteByte(name[i])
	}
	return b.String()
}

// afterH1 reports whether the element before n, its sibling, is an <h1>.
func afterH1(n *html.Node) bool {
	p := prevElement(n)
	return p != nil && p.DataAtom == atom.H1
}

// dekAfter reports whether name goes on, after "header" at end, with the
// word "dek" ("ContentHeaderDek-bIqFFZ", split and lowered to
// "content-header-dek-…", Condé Nast's styled component of the header's
// dek): the header's standfirst, judged by its own word, as a BEM
// element's ("post-header_dek") is.
func dekAfter(name string, end int) bool {
	rest := name[end:]
	return len(rest) >= 4 && (rest[0] == '-' || rest[0] == ' ') && rest[1:4] == "dek" && (len(rest) == 4 || rest[4] == '-' || rest[4] == ' ' || rest[4] == '_')
}

// isWordChars reports whether s holds only ASCII letters, digits and "_"
// (a pattern's \w).
func isWordChars(s string) bool {
	for i := range len(s) {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// unweighSectionBody drops the class word "sectionbody" from n: the body
// of one section of a document whose every section has one (AsciiDoc
// converted by Asciidoctor or Antora, "sect1 > sectionbody"). Readability
// weighs a class holding "body" as the article's, so one section, the
// longest, stood for the whole text and the others went.
func unweighSectionBody(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key != "class" || !strings.Contains(a.Val, "sectionbody") {
			continue
		}
		words := strings.Fields(a.Val)
		kept := words[:0]
		for _, w := range words {
			if w != "sectionbody" {
				kept = append(kept, w)
			}
		}
		n.Attr[i].Val = strings.Join(kept, " ")
	}
}

// unweighNameCom makes the "com-" that ends a longer word of n's class
// ("intercom-interblocks-paragraph", every block of an Intercom
// article; "telecom-news") "com_": Readability weighs any class holding
// "com-" as a comment's, and its cleaning dropped the list of such an
// article, which its paragraphs' divs, made paragraphs, escaped.
func unweighNameCom(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key != "class" || !strings.Contains(a.Val, "com-") {
			continue
		}
		b := []byte(a.Val)
		for j := 1; j+4 <= len(b); j++ {
			if string(b[j:j+4]) == "com-" && isLetter(b[j-1]) {
				b[j+3] = '_'
			}
		}
		n.Attr[i].Val = string(b)
	}
}

// dashList makes p a list when it is lines cut by <br>, two or more, each
// opening with "- " ("<p>- 16 Go de mémoire vive<br />- Un SSD…<br
// /></p>", a forum post's list as its author typed it): each line an
// item, without its dash, as the author's list is read.
func dashList(p *html.Node) {
	var items [][]*html.Node
	line := []*html.Node(nil)
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Br {
			if line != nil {
				items = append(items, line)
			}
			line = nil
			continue
		}
		if line == nil {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
				continue
			}
			if c.Type != html.TextNode || !strings.HasPrefix(strings.TrimLeft(c.Data, " \n\t"), "- ") {
				return
			}
		}
		line = append(line, c)
	}
	if line != nil {
		items = append(items, line)
	}
	if len(items) < 2 {
		return
	}
	p.Data, p.DataAtom = "ul", atom.Ul
	for _, it := range items {
		li := &html.Node{Type: html.ElementNode, Data: "li", DataAtom: atom.Li}
		for _, c := range it {
			p.RemoveChild(c)
			li.AppendChild(c)
		}
		first := li.FirstChild
		first.Data = strings.TrimPrefix(strings.TrimLeft(first.Data, " \n\t"), "- ")
		p.AppendChild(li)
	}
	for c := p.FirstChild; c != nil; {
		next := c.NextSibling
		if c.DataAtom != atom.Li {
			p.RemoveChild(c)
		}
		c = next
	}
}

// inCell reports whether n is inside a table cell.
func inCell(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.DataAtom == atom.Td {
			return true
		}
	}
	return false
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// prune removes what is never article text: scripts, styles, comments,
// forms, navigation, page header and footer, asides, and blocks whose
// class, id or role names them furniture. On its way it collects into m
// the metadata Readability leaves aside, from the whole page, before
// anything is dropped (a date in a header that goes is still the page's
// date). It returns the number of elements kept.
func prune(n *html.Node, m *meta) int {
	kept := 0
	// A sign-up or comment form among n's children ends the story there.
	afterForm := false
	// The page's footer among the body's children ends the page there.
	afterFooter := false
	// The first of a thread's posts among n's children (threadPost): the
	// later ones of its class are the replies.
	var firstPost *html.Node
	// The first row of n's that opens with its author's cell and holds a
	// post (authorRow): the later ones are the replies.
	var firstRow *html.Node
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.DataAtom == atom.Form {
			afterForm = true
		} else if c.DataAtom == atom.Dl {
			liftSummary(c)
		}
		subjectOf(c, m)
		switch c.Type {
		case html.CommentNode:
			n.RemoveChild(c)
		case html.TextNode:
			if m.headline != "" && !m.headlineShown && n.DataAtom != atom.Title {
				m.headlineShown = sameText(c.Data, m.headline)
				if !m.headlineShown && m.headlineBare != "" && sameText(c.Data, m.headlineBare) {
					// The headline without its label, shown as a line
					// of its own (PHP-Fusion's td.capmain under "<site>
					// - Actualités: <headline>").
					m.headline, m.headlineShown = m.headlineBare, true
				}
			}
			if n.DataAtom == atom.Pre {
				if i := patchTail(c.Data); i >= 0 {
					// A patch letter's shortlog, diffstat and git
					// version after its signature (patchTail): what
					// follows goes too.
					c.Data = c.Data[:i]
					for s := c.NextSibling; s != nil; s = next {
						next = s.NextSibling
						n.RemoveChild(s)
					}
				}
				if c.PrevSibling == nil && c.NextSibling == nil {
					// A message as a mail archive shows it, its text
					// alone in a <pre>.
					c.Data = mailText(c.Data)
				} else if c.PrevSibling != nil && c.NextSibling == nil && strings.Contains(c.Data, "\n--") && mailProse(textOf(n)) {
					// The same message with a word set in <tt> in its
					// text ('<tt>lsblk -f</tt>', MHonArc's <pre>): its
					// last text, after the last such word, ends with
					// the signature, which goes (cutSignature). The
					// whole text is read for prose only when that last
					// text holds a line that opens with dashes.
					c.Data = cutSignature(c.Data)
				}
			}
			if signatureRule(c.Data) || mailSignature(c) || dashSignature(c) {
				// A forum post's signature follows a rule of underscores
				// in the post's box, an e-mail's the line "-- ": the
				// rule and what follows go.
				for s := c; s != nil; s = next {
					next = s.NextSibling
					collect(s, m)
					n.RemoveChild(s)
				}
			}
		case html.ElementNode:
			collectElement(c, m)
			if c.DataAtom == atom.Main {
				unlikelyWrappers(n)
			}
			if c.DataAtom == atom.Section && n.DataAtom == atom.Article && extraSection(c) {
				c.Attr = slices.DeleteFunc(c.Attr, func(a html.Attribute) bool { return a.Key == "class" })
			}
			if c.DataAtom == atom.P && len(c.Attr) > 0 && deckParagraph(c) {
				c.Attr = slices.DeleteFunc(c.Attr, func(a html.Attribute) bool { return a.Key == "class" })
			}
			unweighSectionBody(c)
			unweighNameCom(c)
			if c.DataAtom == atom.Span && n.DataAtom == atom.Div && titleLabel(c) {
				// A post's kind in a label that opens its title line
				// (titleLabel).
				n.RemoveChild(c)
				c = next
				continue
			}
			if (c.DataAtom == atom.P || c.DataAtom == atom.H2) && hiddenLabel(c) {
				// A label for screen readers alone between the
				// story's paragraphs (hiddenLabel), or over them as
				// a heading none sees ('<section id="corps"
				// class="corps"><h2 class="sr-only">Corps de
				// l’article</h2><p class="alinea">…', Érudit's
				// heading of a review's text).
				n.RemoveChild(c)
				c = next
				continue
			}
			if (c.DataAtom == atom.Div && (n.DataAtom == atom.Li || n.Parent != nil && n.Parent.DataAtom == atom.Li) || c.DataAtom == atom.Span && n.DataAtom == atom.Li && pastBlank(c.NextSibling) != nil && pastBlank(c.NextSibling).Type == html.ElementNode) && stepNumber(c) {
				// A numbered list's number drawn by the page in an
				// element of its own, the item's first (stepNumber);
				// a <span> too, the step's <p> right after it ('<li
				// class="step"><span class="step__n">1</span><p>Preheat
				// your oven …', a recipe box's steps), where an amount
				// before its ingredient's words is followed by text.
				n.RemoveChild(c)
				c = next
				continue
			}
			if c.DataAtom == atom.H1 && copiedHeadline(m.h1) {
				// The page's headline again, in an <h1> of the same text
				// (an editor's copy of the headline at the top of the
				// article's box): Readability drops the first only.
				n.RemoveChild(c)
				c = next
				continue
			}
			if c.DataAtom == atom.Img || c.DataAtom == atom.A || c.DataAtom == atom.Span && c.FirstChild != nil {
				dropLineCaption(c, m)
			}
			if headingLevel(c) > 1 {
				if label, name, ok := archiveHeading(c); ok {
					// A chat or list archive's heading that names the
					// stream or the topic a page shows, a label and a
					// link to it ("<h3>Topic: <a …>0.9 freeze and call
					// for testers</a></h3>", zulip-archive's): the
					// archive's navigation, not the text; the topic is
					// the page's subject, as a message's is.
					if topicLabels[label] && m.mailSubject == "" {
						m.mailSubject = name
					}
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if day, ok := chatHead(c); ok {
					// A chat archive's message head, its author and
					// time: the first message's dates the page and goes;
					// a later one opens the replies, which go with what
					// follows (zulip-archive's topic page).
					if m.chatOpened {
						for s := c; s != nil; s = next {
							next = s.NextSibling
							collect(s, m)
							n.RemoveChild(s)
						}
					} else {
						m.chatOpened = true
						if m.namedDate == "" {
							m.namedDate = day
						}
						collect(c, m)
						n.RemoveChild(c)
					}
					c = next
					continue
				}
				dropHeadingNumber(c)
				dropStepLabel(c)
			} else if c.DataAtom == atom.Li {
				dropStepLabel(c)
			} else if c.DataAtom == atom.Div && recipeTitle(c) {
				// A recipe card's part named in a box of its own over
				// its list: the card's heading (recipePart).
				c.Data, c.DataAtom = "h3", atom.H3
			} else if c.DataAtom == atom.Div && partLabel(c) {
				// A part's number in a box of its own over the part's
				// heading: the guide's numbering, not the text.
				n.RemoveChild(c)
				c = next
				continue
			} else if c.DataAtom == atom.Div && loadingBox(c) {
				// A player's or a widget's placeholder until its script
				// runs ("<div class="loading">Loading player…</div>",
				// Podlove's): not the text.
				n.RemoveChild(c)
				c = next
				continue
			} else if c.DataAtom == atom.Td {
				if gutterCell(c) {
					// A code listing's line numbers, a column of their
					// own beside its code (Octopress's "<td
					// class="gutter"><pre class="line-numbers">"): not
					// the text.
					n.RemoveChild(c)
					c = next
					continue
				}
				headingCell(c)
				boldHeadingCell(c)
			} else if c.DataAtom == atom.Div {
				dropStepLabel(c)
			}
			if c.DataAtom == atom.Span && styledEmphasis(attr(c, "style")) {
				c.Data, c.DataAtom = "b", atom.B
			} else if c.DataAtom == atom.P && c.FirstChild != nil && strings.Contains(attr(c, "style"), "italic") {
				// A paragraph set in italics by its style ("<p
				// style="font-style: italic">", a page builder's caption
				// under a picture): its text in an <i>, as the style
				// goes with Readability.
				italicize(c)
			} else if c.DataAtom == atom.Span && m.italicClasses != nil && m.italicClass(c) {
				c.Data, c.DataAtom = "i", atom.I
			}
			if c.DataAtom == atom.P && c.FirstChild != nil && c.FirstChild.Type == html.TextNode && strings.HasPrefix(c.FirstChild.Data, "- ") {
				dashList(c)
			}
			if c.DataAtom == atom.Pre && c.FirstChild != nil && c.FirstChild == c.LastChild && c.FirstChild.Type == html.TextNode {
				if blocks, masthead := typedBlocks(c.FirstChild.Data); blocks != nil {
					// A newsletter typed in a fixed font (typed.go): its
					// story's blocks stand for it, its masthead's date
					// dates it.
					for _, b := range blocks {
						n.InsertBefore(b, c)
						collectElement(b, m)
						kept++
					}
					for _, l := range masthead {
						if d := oneLine(l); m.issueDate == "" && dayDate.MatchString(d) {
							m.issueDate = d
						}
					}
					m.typed = true
					n.RemoveChild(c)
					c = next
					continue
				}
			}
			if quoteCite(c) {
				// A quotation's attribution after its text, the
				// quotation's credit as a caption is a picture's.
				collect(c, m)
				n.RemoveChild(c)
				c = next
				continue
			}
			if c.DataAtom == atom.Pre {
				// A list's footer at the end of a message's <pre>
				// whatever shows its header (Pony Mail's
				// "pre.chatty_body" under its own header lines).
				cutListFooter(c)
				if listFooterPre(c) {
					// The footer in a <pre> of its own after the
					// message's (The Mail Archive's): it goes.
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
			}
			if c.DataAtom == atom.Pre && preMailHeader(c) {
				// A mail archive's message in a <pre> of its own
				// (public-inbox's "pre#b"): its header lines went, and
				// the <pre>s and rules after it, the archive's
				// permalink bar, thread overview and reply
				// instructions, go.
				cutListFooter(c)
				for s := c.NextSibling; s != nil; {
					after := s.NextSibling
					if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && s.DataAtom != atom.Hr && s.DataAtom != atom.Pre && !archiveBar(s) {
						break
					}
					if s.Type == html.ElementNode {
						collect(s, m)
					}
					n.RemoveChild(s)
					s = after
				}
			}
			if c.DataAtom == atom.Table {
				if subject, ok := mailHeader(c); ok {
					// A message saved from a mail client: the header
					// of its sender, date, addressees and subject goes,
					// the subject its title, and the rule over it and
					// the account's name over the rule (Outlook's).
					if m.mailSubject == "" {
						m.mailSubject = subject
					}
					if rule := prevElement(c); rule != nil && (rule.DataAtom == atom.Hr || onlyChild(rule) != nil && onlyChild(rule).DataAtom == atom.Hr) {
						if name := prevElement(rule); name != nil && name.DataAtom == atom.P && nodeWords(name) <= maxAccountWords {
							n.RemoveChild(name)
						}
						n.RemoveChild(rule)
					}
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if preheader(c) {
					// A mail's preheader in a table of its own over
					// the letter: the sender's, not the text.
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if blankForm(c) {
					// A form to fill in, its last column blank but for
					// its label ("Inductor's initials" on every row of
					// a sign-off sheet): the reader's to print, not the
					// text.
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
			}
			if c.DataAtom == atom.H2 && robodocHead(c) {
				// ROBODoc's header of an item, its path and kind
				// ("tramlib/migration [ Modules ]"): the generator's
				// index entry, which the <title> already names.
				collect(c, m)
				n.RemoveChild(c)
				c = next
				continue
			}
			if c.DataAtom == atom.P && robodocTail(c) {
				// ROBODoc's AUTHORS or COPYRIGHT item of a module's
				// page, its name in a paragraph of its own: the name
				// and its text, up to the next item's name, go, as a
				// manual page's sections do.
				for s := c.NextSibling; s != nil && attr(s, "class") != "item_name" && headingLevel(s) == 0; s = next {
					next = s.NextSibling
					collect(s, m)
					n.RemoveChild(s)
				}
				next = c.NextSibling
				collect(c, m)
				n.RemoveChild(c)
				c = next
				continue
			}
			if (c.DataAtom == atom.H1 || c.DataAtom == atom.H2) && manSection(c, m) {
				// A manual page's NAME, SEE ALSO, AUTHOR or COPYRIGHT
				// section (manSection): its heading and its text, up to
				// the next heading, go.
				for s := c.NextSibling; s != nil && headingLevel(s) == 0; s = next {
					next = s.NextSibling
					collect(s, m)
					n.RemoveChild(s)
				}
				next = c.NextSibling
				collect(c, m)
				n.RemoveChild(c)
				c = next
				continue
			}
			if c.DataAtom == atom.Td && (smallCell(c) || browserLine(c)) {
				// A mail's footer in small print, a cell of its own
				// under the letter: the sender's, not the text.
				collect(c, m)
				n.RemoveChild(c)
				c = next
				continue
			}
			if m.knitted && knitChunk(c) && !ledChunk(c) {
				// A report knitted from R Markdown: its chunks of R and
				// what they printed are the computation, not the text.
				collect(c, m)
				n.RemoveChild(c)
				c = next
				continue
			}
			if c.DataAtom == atom.P && smallPrintTail(c, m) {
				// A message's tail in small print: the signature's
				// lines, the sender's agenda, the notice of why the
				// reader gets it (Outlook's signature block).
				for s := c; s != nil; s = next {
					next = s.NextSibling
					collect(s, m)
					n.RemoveChild(s)
				}
			} else if aboutTail(c) || finePrintAfterRule(c) {
				// A press release's "About …" paragraphs and what
				// follows them in the story's box go (labels.go); so
				// does a rule with only small print after it.
				for s := c; s != nil; s = next {
					if next = s.NextSibling; s != c && s.Type == html.ElementNode {
						collectElement(s, m)
					}
					collect(s, m)
					n.RemoveChild(s)
				}
			} else if list := cmp.Or(agendaList(c), moreList(c)); list != nil {
				// A diary under its heading (a letter's "Dates for your
				// diary", a wiki's table of next orders): the site's
				// calendar, not the story.
				for s := c; s != list.NextSibling; {
					after := s.NextSibling
					collect(s, m)
					n.RemoveChild(s)
					s = after
				}
				next = list.NextSibling
			} else if sec := wrappedTail(c); sec != nil {
				// A label's heading in a wiki's wrapper, and the section
				// after it that the wrapper does not hold (labels.go).
				next = sec.NextSibling
				collect(c, m)
				collect(sec, m)
				n.RemoveChild(c)
				n.RemoveChild(sec)
			} else if labelledOrNote(c, !m.code || c.DataAtom == atom.Table) || labelHeading(c) || insetBox(c) || styledBox(c) || iconBox(c) || c.DataAtom == atom.Div && labelledAside(c) || asideCodeBox(c) || !m.code && noteQuote(c) || classedNoteQuote(c) || noteTable(c) || labelLineQuote(c) || questionQuote(c) || c.DataAtom == atom.Dl && tagList(c) || forumQuote(c) || c.DataAtom == atom.Div && (linkCard(c) || memberBox(c)) || c.DataAtom == atom.Address && ruledFooter(c) || c.DataAtom == atom.Span && ruledSignature(c) || c.DataAtom == atom.P && checkboxHead(c) || c.DataAtom == atom.Div && numberedHead(c) || c.DataAtom == atom.Label && checkboxStamp(c) || c.DataAtom == atom.Ul && (archiveNavList(c) || recipeFactsList(c)) {
				// A box that opens with a box's label ("Notes to
				// editors", "Fiche technique"), or a heading that is
				// only a label (labels.go). A note's label ("Note",
				// "Warning") takes its box on a page showing code only
				// when the box is a table of its own, the label a header
				// cell alone in its row (Sandcastle's "alert"): a
				// documentation tool's admonitions there may be the text's.
				if end, ok := labelledSection(c); ok && headingLevel(c) > 0 {
					// The heading's section, up to the next heading,
					// goes with it when it is short (labels.go).
					for s := c.NextSibling; s != end; {
						after := s.NextSibling
						collect(s, m)
						n.RemoveChild(s)
						s = after
					}
					next = end
				}
				collect(c, m)
				n.RemoveChild(c)
			} else if junk(c) && !articleHeader(c) && (c.DataAtom != atom.Header || headingIn(c) == nil) && !sectionHead(c) && !describedTeaser(c, m) || actionBetween(c) || namesAfterStory(c) || laterTiddler(c) ||
				(afterFooter || admonition(attr(c, "class")) || soleKind(attr(c, "class"))) && !holdsArticle(c) || firstPost != nil && (reply(c, firstPost) || markedReply(c, firstPost)) {
				// An admonition is a notice set apart from the story,
				// on a page that shows no code (a blog's "Note: call the
				// hotline", "Tip: join the mailing list") and, since
				// round 78, on a documentation page beside its code (its
				// "Warning", "Tip", "See also" boxes: inset boxes, as
				// the references have them); a box of a notice's kind
				// alone goes there when its container opens with it
				// (leadingBox).
				if n.DataAtom == atom.Body && c.DataAtom == atom.Footer {
					// The page's footer (a <footer> whose sectioning
					// root is the body) closes the page: a block a
					// theme prints after it (upcoming events, credits,
					// "back to top") is the site's, not the story's.
					afterFooter = true
				}
				if c.Type == html.ElementNode && holdsMedia(c) && nodeWords(c) == 0 {
					// A picture's box that goes (a forum's attachment):
					// the line in emphasis right after it, or a
					// paragraph that is only such a line ("<p><em>The
					// beds last August …</em></p>", Simple:Press's), is
					// still its caption (afterMedia).
					if e := edgeContent(c.NextSibling, func(c *html.Node) *html.Node { return c.NextSibling }); e != nil && (emphasis(e) || e.DataAtom == atom.P && onlyChild(e) != nil && emphasis(onlyChild(e))) {
						e.Attr = append(e.Attr, html.Attribute{Key: afterMediaAttr})
					}
				}
				if p := prevElement(c); p != nil && (p.DataAtom == atom.Img || p.DataAtom == atom.Picture) && n.DataAtom != atom.Body && strings.TrimSpace(textOf(c)) != "" {
					// A picture's caption that goes from the picture's
					// own box ('<figure><img …><figcaption>Une des cinq
					// souffleuses …</figcaption></figure>'; Silex's '<div
					// class="silex-element image-element"><img …><div
					// class="… legende">…</div></div>'): the box had its
					// caption, so the paragraph after it is the text's,
					// not that caption (afterMedia).
					n.Attr = append(n.Attr, html.Attribute{Key: captionedAttr})
				}
				collect(c, m)
				n.RemoveChild(c)
			} else {
				if c.DataAtom == atom.Aside {
					// Kept by junk as the author's verdict: Readability
					// drops every <aside>.
					c.Data, c.DataAtom = "div", atom.Div
				}
				if tocLabel(c) {
					// A table of contents' label over its links to the
					// page's own sections: the links go as a box of
					// links, the label with them.
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.Td && m.title != "" && replyCell(c, m.title) {
					// A reply's cell in a forum's table (YaBB's), its head
					// "Re: " and the thread's subject: the opening post is
					// the article.
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.Tr && authorRow(c) {
					// A forum's post in a row that opens with its
					// author's cell (miniBB's '<tr class="tbCel1"><td
					// class="username">…</td><td class="caption5"><div
					// class="postedText">…'): the first such row of forty
					// words or more is the opening post, the later ones
					// the replies, which go.
					if firstRow != nil {
						collect(c, m)
						n.RemoveChild(c)
						c = next
						continue
					}
					if nodeWords(c) >= 40 {
						firstRow = c
					}
				}
				if c.DataAtom == atom.Tr && m.title != "" && replyRow(c, m.title) && postAbove(c) {
					// A row that opens a reply, its head in a cell of its
					// own and its text in the rows under it (XMB's
					// thread, every post three rows of one table), under
					// the opening post's rows: the replies, this row and
					// the ones after it, go.
					for s := c; s != nil; s = next {
						next = s.NextSibling
						collect(s, m)
						n.RemoveChild(s)
					}
					c = next
					continue
				}
				if c.DataAtom == atom.Ul && signedComments(c) {
					// Readers' comments, each an item signed as a wiki
					// signs (TWiki's and Foswiki's CommentPlugin): they
					// go, and the heading right over them with them.
					if h := prevElement(c); h != nil && headingLevel(h) > 1 {
						collect(h, m)
						n.RemoveChild(h)
					}
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if day := ""; (c.DataAtom == atom.P || c.DataAtom == atom.Div || headingLevel(c) > 1) && dateUnderTitle(c, m, &day) {
					// The day under the page's title line, a document's
					// subtitle, or over it, a blog's day header: the
					// page's date when it has no other.
					if m.namedDate == "" {
						m.namedDate = day
					}
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.Table && messageNav(c) {
					// A list archive's table of the next and previous
					// messages, with its heading before it ("Browse
					// tarnbeck-hackers by date"): the archive's way
					// about, not the message.
					if prev := prevElement(c); prev != nil && headingLevel(prev) > 0 && nodeWords(prev) <= 6 {
						collect(prev, m)
						n.RemoveChild(prev)
					}
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.Ul && threadLinks(c) {
					// A list archive's links to the message's parent
					// or replies, with their label before them ("In
					// response to", "Responses"): the thread's, not
					// the message's.
					if prev := prevElement(c); prev != nil && prev.DataAtom == atom.P && nodeWords(prev) <= 3 && !endsSentence(textOf(prev)) {
						collect(prev, m)
						n.RemoveChild(prev)
					}
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.Div && (captionAfterPicture(c, m) || smallCaption(c) || postedStamp(c)) || c.DataAtom == atom.Td && captionCell(c) {
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.Td || c.DataAtom == atom.Div && pictureFirst(c) {
					// A cell of an e-mail's layout that holds a picture
					// and its caption, as a paragraph does; so does a
					// <div> that opens with the picture (a rich text
					// editor's centred picture block: "<div
					// style="text-align: center"><img><br><span
					// style="font-size: 12px">The meter's screen…</span></div>").
					dropPictureCaption(c, m)
				}
				if c.DataAtom == atom.P {
					dropPictureCaption(c, m)
					first := firstText(c)
					if captionAfterPicture(c, m) || smallCaption(c) || numberedCaption(c) || askAndLink(c) || askReader(c) || publishedLine(c) || recipeFactsLine(c) || countLine(c) || syndicationLine(c) || feedNote(c, first) || linksBelow(c) || replyPrompted(first) || contentsLine(c, first) {
						// A picture's caption in a paragraph of its own,
						// after the picture's; an inline call to action.
						collect(c, m)
						n.RemoveChild(c)
						c = next
						continue
					}
				}
				if c.DataAtom == atom.Div && c.FirstChild != nil && (c.FirstChild.DataAtom == atom.A || c.FirstChild.DataAtom == atom.Button) && c.NextSibling != nil && emptyControls(c) {
					// A box of controls without text or picture beside a
					// block (an outliner's fold arrow and bullet before
					// each of its blocks): gone, so that a heading beside
					// it is not read as a box too short to keep.
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.Div && c.FirstChild != nil && c.FirstChild == c.LastChild && c.FirstChild.Type == html.TextNode && (publishedLine(c) || replyPrompted(c.FirstChild.Data)) {
					// A dateline in a box of its own, its text alone
					// ("<div class="gnt_ar_dt">Published 5:00 a.m. ET
					// Jan. 29, 2025</div>", a story's under its byline):
					// the line goes, as a paragraph that says it does.
					// So does a forum's call to log in to reply in a box
					// of its own ('<div id="repondre"
					// class="cadre_info">Vous devez être inscrit et
					// connecté pour répondre à ce sujet.</div>',
					// Audiofanzine's under a thread), as it does in a
					// paragraph.
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.H2 && m.h1Node != nil && m.h1Node.Parent != nil && prevElement(c) == nil && sameText(textOf(c), textOf(m.h1Node)) {
					// An <h2> of the page's <h1>'s text after it, the
					// first element of its box (a recipe card's title
					// over its ingredients, '<section
					// class="recette__fiche"><h2
					// class="recette__fiche-titre">Gratin d’orge …</h2>'):
					// Readability drops only the first heading like the
					// title; the repeat is the card's name, not the text.
					// One set among the text's paragraphs stays (the
					// recipe's heading over its ingredients in a
					// Dotdash Meredith page, unseen106-bitterroottable's
					// reference keeping it).
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if c.DataAtom == atom.P && afterForm && selfIntro.MatchString(firstText(c)) {
					// The author's line about themselves after a
					// sign-up or comment form: the site's bio, not the
					// story's.
					collect(c, m)
					n.RemoveChild(c)
					c = next
					continue
				}
				if firstPost == nil && (threadPost(c) || markedFirstPost(c)) {
					firstPost = c
				}
				// An id made of the element's own first words
				// ("bkmrk-switch-on-the-extrac", a wiki's anchor on each
				// block) names nothing; Readability would read "extra"
				// in it, as it reads "header" or "meta", and drop the
				// block as unlikely content. It goes once the element's
				// children are judged: a link to it that is the whole of
				// a heading is the heading's own (headingSelfLink).
				slugID := textSlugID(c)
				kept += 1 + prune(c, m)
				if c == firstPost {
					// Its head read, for the page's date too.
					kept -= dropPostHead(c, m)
				}
				if slugID {
					c.Attr = slices.DeleteFunc(c.Attr, func(a html.Attribute) bool { return a.Key == "id" })
				}
				if h := headingIn(c); h != nil {
					// A subheading in a wrapper of its own, or in a
					// section's <header>: the heading alone stays.
					h.Parent.RemoveChild(h)
					n.InsertBefore(h, c)
					n.RemoveChild(c)
					kept--
					c = h
				}
				if isSubheading(c) {
					// Readability drops an element whose class or id
					// says "header", "meta" or "widget" as unlikely
					// content, and a subheading's often does
					// ("header-anchor", "recipe-header"); ours were
					// judged above.
					c.Attr = slices.DeleteFunc(c.Attr, func(a html.Attribute) bool { return a.Key == "class" || a.Key == "id" })
					if c.DataAtom == atom.H2 && !repeatsTitle(c, m) {
						// Readability drops an <h2> three quarters of
						// whose text is in the title ("Pourquoi de la
						// farine de sarrasin ?" under "Tarte à la farine
						// de sarrasin"); only a repeat of the title is one.
						c.Data, c.DataAtom = "h3", atom.H3
					}
				}
				if c.DataAtom == atom.Div && c.FirstChild != nil && blank(c) {
					// A <div> left with whitespace only (a notebook's
					// collapser and prompt beside a cell's text, a
					// clearing float), which Readability drops unread:
					// its wrapper may be one box's (wrapped).
					n.RemoveChild(c)
					kept--
					c = next
					continue
				}
				if only := wrapped(c); only != nil {
					if len(m.roleArticles) == 1 && m.roleArticles[0] == c {
						m.roleArticles[0] = only // the article's element, unwrapped
					}
					c.RemoveChild(only)
					n.InsertBefore(only, c)
					n.RemoveChild(c)
					kept--
				} else if b := boxed(c); b != nil {
					b.Attr = append(b.Attr, html.Attribute{Key: boxAttr})
				}
			}
		}
		c = next
	}
	return kept
}

// extraSection reports whether n, a <section> of an <article>, is
// named as the story's extra part ("recipe-extra", a class ending with
// "-extra") and opens with a subheading and a paragraph ('<section
// class="recipe-extra"><h2>Pour aller plus loin</h2><p>Ce clafoutis se
// réchauffe …', a recipe's last section): the story's own section, which
// Readability would drop as unlikely content for its "extra".
func extraSection(n *html.Node) bool {
	if !strings.HasSuffix(attr(n, "class"), "-extra") {
		return false
	}
	h := firstChildElement(n)
	if h == nil || h.DataAtom != atom.H2 && h.DataAtom != atom.H3 {
		return false
	}
	p := nextElement(h)
	return p != nil && p.DataAtom == atom.P
}

// stepsGoOn reports whether <div> n opens with an <ol> of the class of
// an <ol> in the element before n: the recipe's steps going on in a box
// of their own, whatever its class calls it ('<div
// class="recipe-columns">…<ol class="recipe-steps">…</ol><div
// class="product-push">…</div></div><div class="recipe-tip
// field--name-field-astuce"><ol class="recipe-steps"><li
// …>Répartissez la mâche dans les assiettes, …</li></ol><h2 …>Le
// conseil de notre cuisinière</h2><p>…', a Florette-like recipe's last
// step and tip), which the box's class would drop as furniture. The
// walk of the element before is asked only of a <div> that opens with
// a classed <ol>.
func stepsGoOn(n *html.Node) bool {
	ol := firstChildElement(n)
	if ol == nil || ol.DataAtom != atom.Ol {
		return false
	}
	class := attr(ol, "class")
	prev := prevElement(n)
	if class == "" || prev == nil {
		return false
	}
	for d := range prev.Descendants() {
		if d.DataAtom == atom.Ol && attr(d, "class") == class {
			return true
		}
	}
	return false
}

// deckParagraph reports whether p, the first element of its box, is a
// standfirst by its class (dekClass, or a "deck") that Readability would
// drop as unlikely content for one of its words ('<p class="news-deck
// type-subheader">Two-player online co-op lands in April's free update,
// …</p>', a GameSpot-like story's first paragraph, "subheader" holding
// "header"): the story's opening, whose class goes.
func deckParagraph(p *html.Node) bool {
	class := attr(p, "class")
	if class == "" || !strings.Contains(class, "deck") && !dekClass(class) || firstChildElement(p.Parent) != p {
		return false
	}
	return unlikelyName(class)
}

// unlikelyWrappers takes from n and the elements around it up to <body>,
// the wrappers of a page's <main>, a class and an id Readability would
// read as unlikely content ("footer-separator", Decidim's <div> around
// its header and <main> that keeps the footer at the window's foot):
// Readability drops such an element with all it holds, the article
// with it, and keeps what is left, a cookie notice.
func unlikelyWrappers(n *html.Node) {
	for ; n != nil && n.DataAtom != atom.Body && n.Type == html.ElementNode; n = n.Parent {
		for _, key := range [...]string{"class", "id"} {
			if v := attr(n, key); v != "" && unlikelyName(v) {
				n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return a.Key == key })
			}
		}
	}
}

// unlikelyName reports whether a class or id is one Readability reads as
// unlikely content: a word of its list and none of the words that save
// an element ("column", "content", "main" …).
func unlikelyName(v string) bool {
	v = strings.ToLower(v)
	for _, w := range [...]string{"and", "article", "body", "column", "content", "main", "mathjax", "shadow"} {
		if strings.Contains(v, w) {
			return false
		}
	}
	for _, w := range [...]string{"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// replyCell reports whether td is a reply's cell in a forum's table: its
// first element opens with a line in bold that is "Re: " and the thread's
// subject, the page's <title> ("<td class="windowbg2"><div class="small">
// <b>Re: Spring recommissioning: …</b><br />« Reply #1 - Mar 13th, 2025
// … »</div><hr /><div class="message">…", YaBB's, whose rows carry no
// class that tells a reply from the opening post).
func replyCell(td *html.Node, title string) bool {
	head := firstChildElement(td)
	if head == nil {
		return false
	}
	b := firstChildElement(head)
	if b == nil || b.DataAtom != atom.B && b.DataAtom != atom.Strong || b.FirstChild == nil || b.FirstChild != b.LastChild || b.FirstChild.Type != html.TextNode {
		return false
	}
	subject, ok := strings.CutPrefix(strings.TrimSpace(b.FirstChild.Data), "Re: ")
	return ok && sameText(subject, strings.TrimSpace(title))
}

// ruledFooter reports whether address n comes right after a horizontal
// rule: the page's footer the rule sets off from the text, contact
// details for the page and its makers ('<hr><address>If you want to
// report a mistake in this manual or a bug in Keelson itself, see the <a
// …>Feedback page</a>.</address>', Halibut's manual chapter), none of the
// text's words.
func ruledFooter(n *html.Node) bool {
	prev := prevElement(n)
	return prev != nil && prev.DataAtom == atom.Hr
}

// ruledSignature reports whether span n is a forum member's signature
// under a post: in small print by its class, all in italics, right after
// a horizontal rule and last in its cell ('<hr size="1" class="hr"><span
// class="smalltext"><i>« Plus on est de fous, plus on écope. »</i></span></td>',
// E-Blah's under each post's text): the member's motto on every post, not
// the post's.
func ruledSignature(n *html.Node) bool {
	if !strings.Contains(attr(n, "class"), "small") || nextElement(n) != nil || !onlyElements(n.NextSibling) {
		return false
	}
	if i := onlyChild(n); i == nil || i.DataAtom != atom.I && i.DataAtom != atom.Em {
		return false
	}
	prev := prevElement(n)
	return prev != nil && prev.DataAtom == atom.Hr
}

// memberBox reports whether div n is a forum member's box beside a post:
// a picture whose class names an avatar first, then only short lines in
// <div>s of their own, two at least, maxBadgeWords words at most each
// ('<div class="details"><img … class="avatar"><div
// class="u_group">Membre actif</div><div class="u_posts">Messages :
// 412</div><div class="u_loc">Lieu : Quesnoy-sur-Deûle</div></div>',
// ForumCommunity's, under the member's name in the post's left cell):
// the member's rank, count and place, none of the post's words.
func memberBox(n *html.Node) bool {
	img := firstContent(n)
	if img == nil || img.DataAtom != atom.Img {
		return false
	}
	if class := attr(img, "class"); !strings.Contains(class, "avatar") || !slices.Contains(strings.Fields(class), "avatar") {
		return false
	}
	lines := 0
	for c := nextElement(img); c != nil; c = nextElement(c) {
		if c.DataAtom != atom.Div || nodeWords(c) > maxBadgeWords {
			return false
		}
		lines++
	}
	return lines >= 2
}

// archiveNavList reports whether list ul is a mail archive's links to
// the messages around one, its first item's text MHonArc's label ('<li>Prev
// by Date: <strong><a href="msg00006.html">[gullval] Ordre du jour …</a></strong></li>',
// "Next by Date:", "Previous by thread:", "Index(es):", the labels
// MHonArc writes under every message): the archive's navigation.
func archiveNavList(ul *html.Node) bool {
	li := firstContent(ul)
	if li == nil || li.DataAtom != atom.Li || li.FirstChild == nil || li.FirstChild.Type != html.TextNode {
		return false
	}
	t := strings.TrimSpace(li.FirstChild.Data)
	return strings.HasPrefix(t, "Prev by ") || strings.HasPrefix(t, "Next by ") || strings.HasPrefix(t, "Previous by ")
}

// checkboxStamp reports whether label l opens with a checkbox and ends
// with an imageboard post's time (boardStamp), the head kusaba and
// Wakaba write over each post ('<label><input type="checkbox"
// name="post[]" value="4821" /> <span class="filetitle">…</span> <span
// class="postername">…</span> 25/01/12(Sun)14:03</label>'), as
// checkboxHead's paragraph is vichan's.
func checkboxStamp(l *html.Node) bool {
	f, last := firstContent(l), l.LastChild
	return f != nil && f.DataAtom == atom.Input && last != nil && last.Type == html.TextNode && attr(f, "type") == "checkbox" && boardStamp(last.Data) != ""
}

// checkboxHead reports whether paragraph p opens with a checkbox, the
// box an imageboard sets before each post's subject, poster, day and
// number to mark the post for deletion ('<p class="intro"><input
// type="checkbox" class="delete" …><label …><span class="subject">Brought
// a 1983 serial terminal …</span> <span class="name">Anonymous</span>
// <time …>02/08/25 (Sat) 19:03:11</time></label>&nbsp;<a class="post_no"
// …>No.</a>…</p>', vichan's post head): the post's head, none of its
// text, a <time> in it. A recipe's ingredient after a box to tick off
// ('<p class="o-Ingredients__a-Ingredient"><input … type="checkbox"><span
// …>3 tablespoons olive oil</span></p>', Food Network's) holds no day.
func checkboxHead(p *html.Node) bool {
	f := firstContent(p)
	if f == nil || f.DataAtom != atom.Input || attr(f, "type") != "checkbox" {
		return false
	}
	for d := range p.Descendants() {
		if d.DataAtom == atom.Time {
			return true
		}
	}
	return false
}

// numberedHead reports whether div opens with a link that is a post's
// number in its thread, then its verb, a colon and its day, and elements
// alone after them ('<div class="pstdate"><a …>#1</a> Posté : 17-09-2009
// 22:14 <span class="pstaction"><a …>Citer</a></span></div>', Seditio's
// post head over each post's text): the post's head, none of its text,
// as checkboxHead's.
func numberedHead(div *html.Node) bool {
	a := firstContent(div)
	if a == nil || a.DataAtom != atom.A || a.NextSibling == nil || a.NextSibling.Type != html.TextNode || !postNumber(strings.TrimSpace(textOf(a))) {
		return false
	}
	_, day, ok := strings.Cut(a.NextSibling.Data, ": ")
	if !ok || !onlyElements(a.NextSibling.NextSibling) {
		return false
	}
	day = strings.TrimSpace(day)
	if _, ok := bareDate(day, false); ok {
		return true
	}
	_, ok = hyphenDay(day)
	return ok
}

// authorRow reports whether table row tr opens with a forum post's
// author's cell: its first cell's class names the poster ("username",
// "author", "poster"), or its user in a word of camel case ("msgUser",
// Jitbit AspNetForum's '<td class="msgUser">', its replies each a row
// of their own under the opening post's).
func authorRow(tr *html.Node) bool {
	td := firstChildElement(tr)
	if td == nil || td.DataAtom != atom.Td {
		return false
	}
	class := attr(td, "class")
	return class != "" && (strings.Contains(class, "user") || strings.Contains(class, "author") || strings.Contains(class, "poster") || strings.Contains(class, "User"))
}

// postAbove reports whether a row before tr in its table holds a post's
// text, forty words or more: the thread's opening post, over its replies.
func postAbove(tr *html.Node) bool {
	for r := tr.PrevSibling; r != nil; r = r.PrevSibling {
		if r.DataAtom == atom.Tr && nodeWords(r) >= 40 {
			return true
		}
	}
	return false
}

// replyRow reports whether table row tr opens a reply in a forum's
// thread: one of its cells holds, in its first element, a post's head in
// bold, after an anchor without text and an icon or not, that is "RE: "
// or "Re: " and the thread's subject, the <title> or its last part after
// a separator ('<td class="tablerow"><div class="smalltxt"><a
// name="pid24875"></a><img src="…/post.gif" alt="" /> <strong>RE: Remise
// en route d'une pompe de puits après l'hiver</strong><br />posté le …',
// XMB's, under the <title> "Puits et Pompes - Forum - Remise en route
// …").
func replyRow(tr *html.Node, title string) bool {
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.DataAtom != atom.Td {
			continue
		}
		head := firstChildElement(td)
		if head == nil || head.DataAtom != atom.Div && head.DataAtom != atom.Span {
			continue
		}
		b := head.FirstChild
		for b != nil && (b.Type == html.TextNode && strings.TrimSpace(b.Data) == "" || b.DataAtom == atom.Img || b.DataAtom == atom.A && b.FirstChild == nil) {
			b = b.NextSibling
		}
		if b == nil || b.DataAtom != atom.B && b.DataAtom != atom.Strong || b.FirstChild == nil || b.FirstChild != b.LastChild || b.FirstChild.Type != html.TextNode {
			continue
		}
		s := strings.TrimSpace(b.FirstChild.Data)
		if len(s) < 4 || s[0] != 'R' || s[1]|0x20 != 'e' || s[2] != ':' || s[3] != ' ' {
			continue
		}
		subject, title := strings.TrimSpace(s[4:]), strings.TrimSpace(title)
		if sameText(subject, title) || titleEndsWith(title, subject) {
			return true
		}
	}
	return false
}

// signedComments reports whether list ul holds only items signed as a
// wiki signs, each after its own words: "Can I order a third butt …? --
// <a>PeterOduya</a> - 11 Mar 2025", the question a reader adds to a
// topic with TWiki's or Foswiki's CommentPlugin, its text, then "--", a
// link to the author's page and the day. A topic's own text signs once,
// in a paragraph (the page's date, signedDay).
func signedComments(ul *html.Node) bool {
	items := 0
	for li := ul.FirstChild; li != nil; li = li.NextSibling {
		if li.Type == html.TextNode && strings.TrimSpace(li.Data) == "" {
			continue
		}
		if li.DataAtom != atom.Li {
			return false
		}
		day := beforeBlank(li.LastChild)
		if day == nil || day.Type != html.TextNode || day.PrevSibling == nil || day.PrevSibling.DataAtom != atom.A {
			return false
		}
		said := day.PrevSibling.PrevSibling
		if said == nil || said.Type != html.TextNode {
			return false
		}
		words, ok := strings.CutSuffix(strings.TrimSpace(said.Data), "--")
		if !ok || strings.TrimSpace(words) == "" {
			return false
		}
		d, ok := strings.CutPrefix(strings.TrimSpace(day.Data), "- ")
		if !ok {
			return false
		}
		if _, ok := bareDate(d, false); !ok {
			return false
		}
		items++
	}
	return items > 0
}

// finePrintAfterRule reports whether n is a thematic break (<hr>)
// followed, to the end of its box, only by small print: <small> elements,
// or paragraphs that are each one <small> and nothing else. A site's fine
// print under the text ("Found a mistake? Edit this page…", a licence, a
// last-built line), set off by a rule, as documentation and wiki builds
// close a page; the text's own closing lines are not in small print. A
// paragraph its own inline style sets small (smallStyle) is small print
// too: a newsletter archive's footer under the letter's rule
// (TinyLetter's '<hr><p style="font-size:12px;color:#888">You are
// receiving … because you signed up … unsubscribe at any time.</p>'). A
// line of links under a label in bold may come before the small print
// (Zim's "Rétroliens :", the pages that link to this one).
func finePrintAfterRule(n *html.Node) bool {
	if n.DataAtom != atom.Hr {
		return false
	}
	found := false
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.CommentNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) == "":
		case s.DataAtom == atom.Small || s.DataAtom == atom.P && (onlyChild(s) != nil && onlyChild(s).DataAtom == atom.Small || smallStyle(attr(s, "style"))) || smallPrintBox(s):
			found = true
		case s.DataAtom == atom.A || s.DataAtom == atom.Br || (s.DataAtom == atom.B || s.DataAtom == atom.Strong) && strings.HasSuffix(strings.TrimSpace(textOf(s)), ":"):
		default:
			return false
		}
	}
	return found
}

// smallPrintBox reports whether n is a <div> of links and small print
// only, its links set apart by separators ("<a>Retour aux sorties</a> -
// <a>Haut de page</a><br><small>Page mise à jour le …</small>", the foot
// of a page made in KompoZer or another editor by hand), with small
// print in it.
func smallPrintBox(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	small := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.ContainsFunc(c.Data, unicode.IsLetter) {
				return false
			}
		case c.DataAtom == atom.Small:
			small = true
		case c.DataAtom != atom.A && c.DataAtom != atom.Br:
			return false
		}
	}
	return small
}

// textSlugID reports whether n's id, or its id after its first word (a
// prefix, "bkmrk-"), is of two words or more and opens the slug of n's
// text: its words lowercased, joined by "-".
func textSlugID(n *html.Node) bool {
	id := attr(n, "id")
	if strings.Count(id, "-") < 2 {
		return false
	}
	var b strings.Builder
	dash := true
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		for _, r := range strings.ToLower(d.Data) {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
				dash = false
			case !dash:
				b.WriteByte('-')
				dash = true
			}
		}
		if b.Len() > len(id) {
			break
		}
	}
	slug := b.String()
	for range 2 {
		if strings.Contains(id, "-") && strings.HasPrefix(slug, id) {
			return true
		}
		_, id, _ = strings.Cut(id, "-")
	}
	return false
}

// copiedHeadline reports whether the last of the page's <h1> texts, the
// one just read, is one of the earlier ones, its case aside (a bulletin's
// subject, set again in title case at the top of the e-mail it shows:
// "Annual hydrant flushing begins May 19", "Annual Hydrant Flushing
// Begins May 19").
func copiedHeadline(h1 []string) bool {
	last := len(h1) - 1
	return last > 0 && h1[last] != "" && slices.ContainsFunc(h1[:last], func(h string) bool { return strings.EqualFold(h, h1[last]) })
}

// maxPostLook is how many element siblings after a post threadPost looks
// through for another post of its class.
const maxPostLook = 4

// threadPost reports whether n is the first post of a thread: an element
// with a class, a line of its own that is only a date (its post head), and
// the article's paragraphs (holdsText: an <article> it holds does not
// count, as a forum makes an <article> of each post), followed among its
// next siblings by another element of the same class — a forum prints
// each post in the same box, the opening post's first, and a mailing
// list's archive each message in a row of a table (a <tr>).
func threadPost(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" || n.DataAtom != atom.Div && n.DataAtom != atom.Article && n.DataAtom != atom.Li && n.DataAtom != atom.Section && n.DataAtom != atom.Tr && n.DataAtom != atom.Table {
		return false
	}
	look := 0
	s := n.NextSibling
	for ; s != nil && look < maxPostLook; s = s.NextSibling {
		if s.Type == html.ElementNode {
			if parityClass(attr(s, "class"), class) {
				break
			}
			look++
		}
	}
	return s != nil && look < maxPostLook && holdsText(n, false) && datedHead(n)
}

// dropPostHead takes from a thread's first post its head's date line, an
// element whose text is a date alone (as datedHead reads it), and the
// post's number beside it, an element after it whose text is "#" and
// digits: Simple:Press's '<div class="spPostUserDate">April 3, 2025 -
// 6:12 pm</div><div class="spPostIndex">#1</div>' over the post's text.
// prune calls it once the post is pruned, its dates read; it returns the
// number of elements it took.
func dropPostHead(post *html.Node, m *meta) int {
	for d := range post.Descendants() {
		if d.Type != html.ElementNode || d.FirstChild == nil || d.FirstChild != d.LastChild || d.FirstChild.Type != html.TextNode {
			continue
		}
		text := postedLead(d.FirstChild.Data)
		if _, ok := bareDate(text, false); !ok {
			if _, ok := hyphenDay(text); !ok {
				continue
			}
		}
		taken := 1
		if n := nextElement(d); n != nil && postNumber(collapsedText(n)) {
			n.Parent.RemoveChild(n)
			taken++
		}
		d.Parent.RemoveChild(d)
		return taken
	}
	return 0
}

// postNumber reports whether text is a post's number in its thread: "#"
// and digits ("#1", "#12").
func postNumber(text string) bool {
	digits, ok := strings.CutPrefix(text, "#")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// reply reports whether n is a reply after a thread's first post: an
// element of the post's class, with a date line of its own, that does not
// hold an article's paragraphs — an <article> it holds does not count, as
// a forum makes an <article> of each post's body.
func reply(n, first *html.Node) bool {
	return n.DataAtom == first.DataAtom && parityClass(attr(n, "class"), attr(first, "class")) && !holdsText(n, false) && datedHead(n)
}

// datedHead reports whether an element of n holds only a date ("03-14-2025,
// 09:12 PM", "2 April 2025", or hyphenDay's "Sat 08-Mar-25 09:14:02"), or
// a date and a separator before elements only ("Sep 12, 2025 9:02pm ·
// <a>#2716</a>", the date and the post's number), or a date on the first
// line before a <br> ('<div class="infosmembre">Posté le 18/01/2025 à
// 22:41:07<br />Messages : 37</div>', the member's count under it): a
// post's head.
func datedHead(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Td && d.FirstChild != nil && d.FirstChild.DataAtom == atom.Img && d.FirstChild.NextSibling != nil && d.LastChild == d.FirstChild.NextSibling && d.LastChild.Type == html.TextNode {
			// A post's icon, "Posté le", the day, " à " and the hour
			// alone in a cell ('<td class="petit"><img …> Posté le
			// 14/10/2025 à 21:37</td>', CoolForum's post head).
			if day, ok := strings.CutPrefix(strings.TrimSpace(d.LastChild.Data), "Posté le "); ok {
				if i := strings.Index(day, " à "); i > 0 {
					if _, ok := bareDate(day[:i], false); ok {
						return true
					}
				}
			}
		}
		if d.Type != html.ElementNode || d.FirstChild == nil || d.FirstChild.Type != html.TextNode {
			continue
		}
		text := d.FirstChild.Data
		if next := d.FirstChild.NextSibling; next != nil && next.DataAtom != atom.Br {
			cut := strings.TrimRight(text, " \t\n\u00a0")
			if text = strings.TrimRight(cut, "·|•"); (text == cut && !numberLinkLast(next)) || !onlyElements(next) {
				continue
			}
		}
		if _, ok := bareDate(postedLead(text), false); ok {
			return true
		}
		if _, ok := hyphenDay(text); ok {
			return true
		}
	}
	return false
}

// postedLead returns text without the "Posté le " a French forum writes
// before each post's day and hour, alone in the post's head ('<div
// class="date_msg">Posté le 03/12/2012 à 21:47</div>', ABC Bourse's): the
// day, a post head's all the same.
func postedLead(text string) string {
	t := strings.TrimSpace(text)
	if day, ok := strings.CutPrefix(t, "Posté le : "); ok {
		// A colon after the label ("Posté le : 05/11/2024 22:04",
		// a Koreus-like forum's post head).
		return day
	}
	if day, ok := strings.CutPrefix(t, "Posté le "); ok {
		return day
	}
	return text
}

// numberLinkLast reports whether a, the element after a post head's day,
// is a link alone whose text is the post's number in its thread
// ('Posté le : 05/11/2024 22:04 <a href="#post-1297781">#2</a>', a
// Koreus-like forum's head): the day and the number, nothing else,
// where a separator would otherwise stand between them.
func numberLinkLast(a *html.Node) bool {
	return a.DataAtom == atom.A && pastBlank(a.NextSibling) == nil && postNumber(strings.TrimSpace(textOf(a)))
}

// isSubheading reports whether n is a heading below the page's title.
func isSubheading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// repeatsTitle reports whether every word of heading h is a word of the
// page's <title> or og:title, and it has half the words of the shorter
// of them or more.
func repeatsTitle(h *html.Node, m *meta) bool {
	// A possessive's "s" ("Jane Doe's obituary") is the name's, and a
	// number's "No." ("Occasional Paper No. 47" under "… - Occasional
	// Paper 47") the number's. The words are read in place, the first
	// not in the title ending it.
	title, shortest := m.titleWords()
	n := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(textOf(h)), notWordRune) {
		if w == "s" || w == "no" {
			continue
		}
		if !slices.Contains(title, w) {
			return false
		}
		n++
	}
	return n > 0 && 2*n >= shortest
}

// headingIn returns the subheading a <div> or a <header> stands around,
// when the rest of it is at most short marks — an "[edit]" link, a "#"
// anchor, a "¶" — or nil. Wikis wrap each section's heading with its
// edit link, which Readability then drops as a box of links, and HTML5
// pages put a section's heading in a <header> of the section.
func headingIn(n *html.Node) *html.Node {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Header && n.DataAtom != atom.Hgroup {
		return nil
	}
	var h *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && isSubheading(c) && h == nil:
			h = c
		case c.Type == html.ElementNode && !blockElements[c.DataAtom] && !containsBlock(c) && len(strings.TrimSpace(textOf(c))) <= 16:
		case c.Type == html.TextNode && len(strings.TrimSpace(c.Data)) <= 16:
		case c.Type == html.CommentNode:
		default:
			return nil
		}
	}
	return h
}

// soleHeading reports whether n is a <div> holding a subheading and
// nothing else, through wrappers that hold nothing else either.
func soleHeading(n *html.Node) bool {
	for n != nil && n.DataAtom == atom.Div {
		n = onlyChild(n)
	}
	return n != nil && isSubheading(n)
}

// sectionHead reports whether n is a <div> named as a header that holds
// a subheading and a short control only, over the box of its section's
// text that follows it and would not go ('<div
// class="o-Ingredients__m-Header"><h2>Ingredients</h2><button>Deselect
// All</button></div><div class="o-Ingredients__m-Body">…', Food
// Network's): the section's heading, which headingIn lifts, as a
// <header>'s is.
func sectionHead(n *html.Node) bool {
	if n.DataAtom != atom.Div || headingIn(n) == nil {
		return false
	}
	next := nextElement(n)
	return next != nil && next.DataAtom == atom.Div && !junk(next)
}

// articleHeader reports whether an element that would go as furniture
// — a <header>, a box named "header" or "meta" — holds the page's
// headline, an <h1> that is not the site's name linked to its home page:
// it is the article's own header, whose standfirst is the article's, and
// its bylines, dates and share bars go one by one as prune goes through
// it.
func articleHeader(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Header, atom.Div, atom.Section:
	default:
		return false
	}
	if n.DataAtom != atom.Header && !furnitureName(attr(n, "class")) && !furnitureName(attr(n, "id")) {
		return false // dropped for its role, or hidden
	}
	h1 := find(n, atom.H1)
	if h1 == nil || strings.TrimSpace(textOf(h1)) == "" {
		return false
	}
	// A site's name in an <h1> is a link to its home page.
	if a := find(h1, atom.A); a != nil && homeHref(attr(a, "href")) {
		return false
	}
	return true
}

// headlineLink returns the address of link a when it is absolute, its
// text is the headline and the last part of its path is the headline's
// slug (its words lowercased, joined by "-"), an extension aside: a link
// to the page itself (a breadcrumb's last link, a menu's current item),
// the address of a page that gives no canonical link or og:url. "" when
// it is not one.
func headlineLink(a *html.Node, headline string) string {
	href := strings.TrimSpace(attr(a, "href"))
	if !strings.HasPrefix(href, "https://") && !strings.HasPrefix(href, "http://") || strings.ContainsAny(href, "#? <>\"") {
		return ""
	}
	if a.FirstChild == nil || a.FirstChild != a.LastChild || a.FirstChild.Type != html.TextNode || !sameText(a.FirstChild.Data, headline) {
		return ""
	}
	last := strings.TrimSuffix(href, "/")
	last = last[strings.LastIndexByte(last, '/')+1:]
	if i := strings.LastIndexByte(last, '.'); i > 0 {
		last = last[:i]
	}
	if last == "" || last != slug(headline) {
		return ""
	}
	return href
}

// shortName reports whether title t opens with a part of two or three
// words before one of titleSeparators whose first word opens h1, h1
// longer by three words or more.
func shortName(t, h1 string) bool {
	for _, sep := range titleSeparators {
		head, _, ok := strings.Cut(t, sep)
		if !ok {
			continue
		}
		n := fieldCount(head)
		if n < 2 || n > 3 || fieldCount(h1) < n+3 {
			return false
		}
		first, _, _ := strings.Cut(strings.TrimSpace(head), " ")
		return len(h1) > len(first) && h1[len(first)] == ' ' && strings.EqualFold(h1[:len(first)], first)
	}
	return false
}

// otherPartShares reports whether title is two parts on either side of
// a separator (titleSeparators), one of them t, and line shares two
// long words with the other (sharedLongWords).
func otherPartShares(title, t, line string) bool {
	for _, sep := range titleSeparators {
		head, tail, ok := strings.Cut(title, sep)
		if !ok {
			continue
		}
		switch t {
		case head:
			return sharedLongWords(line, tail) >= 2
		case tail:
			return sharedLongWords(line, head) >= 2
		}
	}
	return false
}

// titleClass reports whether a paragraph's class is one word naming a
// title, "title" or "titre" and a digit or not ("titre1"), as a site
// builder names its paragraph styles.
func titleClass(class string) bool {
	c := strings.TrimRight(strings.TrimSpace(class), "0123456789")
	return c == "title" || c == "titre"
}

// titleStyle reports whether paragraph p is of class "title", a word of
// it, and the next element is a paragraph of class "subtitle".
func titleStyle(p *html.Node) bool {
	class := attr(p, "class")
	if !strings.Contains(class, "title") || !slices.Contains(strings.Fields(class), "title") {
		return false
	}
	next := nextElement(p)
	return next != nil && next.DataAtom == atom.P && slices.Contains(strings.Fields(attr(next, "class")), "subtitle")
}

// bannerName reports whether n, a line in a headline's type, is the
// site's name in its banner: right after its logo, a picture, and the
// last part of the page's <title>, after a separator ("<IMG …
// ALT="Logo"><FONT SIZE="6"><B>Club philatélique de Villebrune</B>" under
// "Bourse aux timbres 2025 - Club philatélique de Villebrune", as Claris
// Home Page and the editors of its day write a club's page): the first
// such line that is not is the headline's (bigLine).
//
// So is a line over its tagline, a <br> and a <font> right after it
// ('<td bgcolor="#993300"><font size="6">&nbsp;La cuisine de
// Marthe</font><br><font size="2">&nbsp;&nbsp;Les recettes de famille
// …</font></td>' under "La cuisine de Marthe - La potée aux choux", a
// Tripod page's banner), the first or last part of the <title>.
func bannerName(n *html.Node, title string) bool {
	prev := prevElement(n)
	logo := prev != nil && prev.DataAtom == atom.Img
	if !logo && !taglineAfter(n) {
		return false
	}
	text, page := strings.Trim(collapsedText(n), " \u00a0"), oneLine(title)
	return text != "" && slices.ContainsFunc(titleSeparators, func(sep string) bool {
		return strings.HasSuffix(page, sep+text) || !logo && hasPrefix2(page, text, sep) && len(page) > len(text)+len(sep)
	})
}

// colonName returns the text of n, in a headline's type over its
// tagline, when the <title> opens with it and a colon before more
// ('<td class="boardtitle"><font … size="5"><b>Clare Home &amp; Garden
// Board</b></font><br><font size="2" …>Building, renovating and growing
// things …</font></td>' under "Clare Home &amp; Garden Board: Garden room
// over 25 square metres: did anyone apply for planning?", Boardhost's
// message): a board's name before the subject, as bannerName reads one
// before a dash; or, when dash is set, a dash after it, under a name in
// smaller type (the larger a page's banner, which bannerName reads)
// ('<td class="forumtitle"><font face="Verdana" size="4"><b>Ashcombe
// &amp; District MRC Forum</b></font><br><font … size="1">Club news,
// …</font></td>' under "Ashcombe &amp; District MRC Forum - Moving the
// layout - volunteers needed Sat 29th", Bravenet's forum message, whose
// subject holds a dash of its own). The <title> may name the board with
// one word more before the colon ("Ridgeline Railway Society Forums:
// Restoring the Glen Arden turntable - progress report" under '<font
// face="Verdana,Arial" size="4" …><b>Ridgeline Railway Society</b></font><br><font
// … size="1" …>Members' discussion forums</font>', Web Crossing's
// message): the name with that word. "" otherwise.
func colonName(n *html.Node, title string, dash bool) string {
	text, page := strings.Trim(collapsedText(n), " \u00a0"), oneLine(title)
	if text != "" && (hasPrefix2(page, text, ": ") || dash && hasPrefix2(page, text, " - ")) && len(page) > len(text)+len(" - ") {
		return text
	}
	if text != "" && hasPrefix2(page, text, " ") {
		rest := page[len(text)+1:]
		if i := strings.Index(rest, ": "); i > 0 && !strings.ContainsRune(rest[:i], ' ') && len(rest) > i+len(": ") {
			return page[:len(text)+1+i]
		}
	}
	return ""
}

// taglineAfter reports whether n is followed by a <br> and a <font>: a
// name and its tagline on the line under it.
func taglineAfter(n *html.Node) bool {
	br := pastBlank(n.NextSibling)
	if br == nil || br.DataAtom != atom.Br {
		return false
	}
	f := nextElement(br)
	return f != nil && f.DataAtom == atom.Font
}

// fontHeadCell returns the text of table cell td when its one element
// is a <font size="4"> whose one element is a <b> of text alone, three to
// twenty words ('<td><font face="Georgia" size="4" color="#4f6b3a"><b>
// Spring at Millwheel Lane: …</b></font></td>', JangoMail's letter):
// the letter's headline, as a cell set large and bold by its style is;
// "" otherwise.
func fontHeadCell(td *html.Node) string {
	f := td.FirstChild
	if f == nil || f != td.LastChild || f.DataAtom != atom.Font || attr(f, "size") != "4" && (attr(f, "size") != "3" || attr(td, "bgcolor") == "") {
		// Or size 3 in a cell of its own colour, a title bar
		// ('<td bgcolor="#F4E1B0"><font face="Verdana, Arial" size="3"
		// color="#B22222"><b>Assemblée générale : la vogue 2025 aura
		// bien lieu</b></font></td>', Coranto's full news template).
		return ""
	}
	b := f.FirstChild
	if b == nil || b != f.LastChild || b.DataAtom != atom.B || b.FirstChild == nil || b.FirstChild != b.LastChild || b.FirstChild.Type != html.TextNode {
		return ""
	}
	if w := fieldCount(b.FirstChild.Data); w < 3 || w > 20 {
		return ""
	}
	return oneLine(b.FirstChild.Data)
}

// letterName reports whether <font> n's text is the letter's name that
// opens its <title>, a month (or season) after it ("Millwheel Lane
// Community Garden" under "Millwheel Lane Community Garden - April
// 2025", JangoMail's masthead in <font size="5">): the masthead, not
// the headline.
func letterName(n *html.Node, title string) bool {
	page := oneLine(title)
	if !monthTail(page) {
		return false
	}
	text := collapsedText(n)
	return text != "" && len(page) > len(text) && strings.HasPrefix(page, text) && slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.HasPrefix(page[len(text):], sep) })
}

// sectionNamed reports whether title's last part, after a separator, is
// one word of four letters or more that line holds, case aside: the
// site's section the page is in, named in its headline.
func sectionNamed(title, line string) bool {
	part, ok := lastTitlePart(title)
	return ok && fieldCount(part) == 1 && sharedLongWords(part, line) == 1
}

// bigFont reports whether a <font size> is a headline's: 5 to 7, or
// +2 and more.
func bigFont(size string) bool {
	size = strings.TrimSpace(size)
	return size == "5" || size == "6" || size == "7" || size == "+2" || size == "+3" || size == "+4"
}

// sharedLongWords counts the words of four letters or more of a that b
// holds too, in any case.
func sharedLongWords(a, b string) int {
	n, in := 0, lowerWords(b)
	for _, w := range lowerWords(a) {
		if utf8.RuneCountInString(w) >= 4 && slices.Contains(in, w) {
			n++
		}
	}
	return n
}

// boardTitle reports whether a <title> is an imageboard's board, its
// path between slashes, a dash and its name ("/trn/ - Model Railways").
func boardTitle(t string) bool {
	t = strings.TrimSpace(t)
	path, name, ok := strings.Cut(t, "/ - ")
	return ok && name != "" && len(path) >= 2 && len(path) <= 12 && path[0] == '/' && !strings.Contains(path[1:], "/") && !strings.Contains(path, " ")
}

// colonPathTitle reports whether t is a path of three names or more set
// apart by " : ", each of three words at most.
func colonPathTitle(t string) bool {
	if strings.Count(t, " : ") < 2 {
		return false
	}
	for part := range strings.SplitSeq(t, " : ") {
		if n := fieldCount(part); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// pathTitle reports whether t is a path of names set apart by " < ",
// the first of one word.
func pathTitle(t string) bool {
	first, _, ok := strings.Cut(strings.TrimSpace(t), " < ")
	return ok && first != "" && !strings.Contains(first, " ")
}

// colonTail returns what follows the last colon of a <title>, set apart
// by a space after it, up to a separator of the site's name, when it is
// two words or more and letters come before ("Critique de « Les Marées
// de septembre » (Hélène Courtade) : Un été à Port-Maurel | Plume
// libre", a review's title after its book's line), or "".
func colonTail(title string) string {
	i := strings.LastIndex(title, ": ")
	if i <= 0 || !hasLetter(title[:i]) {
		return ""
	}
	tail := oneLine(title[i+2:])
	for _, sep := range titleSeparators {
		if head, _, ok := strings.Cut(tail, sep); ok {
			tail = head
		}
	}
	if fieldCount(tail) < 2 {
		return ""
	}
	return tail
}

// addressSlug returns the last part of an address's path, its extension
// and any query or fragment aside ("…/la-bibliotheque-rouvre.php" →
// "la-bibliotheque-rouvre"), when it joins three words or more with "-".
func addressSlug(href string) string {
	last := addressPart(href)
	if strings.Count(last, "-") < 2 {
		return ""
	}
	return last
}

// routePart returns the last part of an address's fragment when the
// fragment is a route, parts set apart by "/" ("…/#introduction/pagination",
// Apiary's documentation, one page that shows each section at its own
// route): the section's name, as a path's last part is the page's; ""
// for an anchor alone.
func routePart(href string) string {
	_, frag, ok := strings.Cut(href, "#")
	if !ok {
		return ""
	}
	i := strings.LastIndexByte(frag, '/')
	if i < 0 {
		return ""
	}
	return frag[i+1:]
}

// addressPart returns the last part of an address's path, its extension
// and any query or fragment aside, of any number of words.
func addressPart(href string) string {
	href, _, _ = strings.Cut(href, "?")
	href, _, _ = strings.Cut(href, "#")
	last := strings.TrimSuffix(href, "/")
	last = last[strings.LastIndexByte(last, '/')+1:]
	if i := strings.LastIndexByte(last, '.'); i > 0 {
		last = last[:i]
	}
	return last
}

// slugAccents are the letters with accents French and English words
// hold, and what a slug writes for each.
var slugAccents = map[rune]string{'à': "a", 'â': "a", 'ä': "a", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'î': "i", 'ï': "i",
	'ô': "o", 'ö': "o", 'ù': "u", 'û': "u", 'ü': "u", 'ÿ': "y", 'ç': "c", 'ñ': "n", 'œ': "oe", 'æ': "ae"}

// slugOf reports whether slug (addressSlug's) is text's words, lowercased
// and without their accents, joined by "-" ("La bibliothèque des Combes
// rouvre le 3 février" and "la-bibliotheque-des-combes-rouvre-le-3-
// fevrier"), as a CMS makes a page's address from its title.
func slugOf(text, slug string) bool {
	m := slugMatch{slug: slug, ok: slug != ""}
	m.feed(text)
	return m.ok && m.i == len(slug)
}

// slugNode is slugOf on the text of n, read where it stands.
func slugNode(n *html.Node, slug string) bool {
	if slug == "" {
		return false
	}
	m := slugMatch{slug: slug, ok: true}
	eachText(n, m.feed)
	return m.ok && m.i == len(slug)
}

// slugMatch matches text, given in parts, against a slug: i is how much
// of it the words so far make, word whether the last rune was a word's.
type slugMatch struct {
	slug     string
	i        int
	word, ok bool
}

func (m *slugMatch) feed(text string) {
	for _, r := range text {
		if !m.ok {
			return
		}
		r = unicode.ToLower(r)
		ascii := r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9')
		folded := ""
		if !ascii {
			if folded = slugAccents[r]; folded == "" {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					m.ok = false
				}
				m.word = false
				continue
			}
		}
		if !m.word && m.i > 0 {
			if m.i >= len(m.slug) || m.slug[m.i] != '-' {
				m.ok = false
				return
			}
			m.i++
		}
		m.word = true
		switch {
		case ascii && m.i < len(m.slug) && m.slug[m.i] == byte(r):
			m.i++
		case !ascii && strings.HasPrefix(m.slug[m.i:], folded):
			m.i += len(folded)
		default:
			m.ok = false
		}
	}
}

// colonIn reports whether a colon is among n's texts, read without
// building them.
func colonIn(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.TextNode && strings.IndexByte(d.Data, ':') >= 0 {
			return true
		}
	}
	return false
}

// slugLead reports whether text's words before its first colon are slug
// (folded as slugNode folds them), and three words or more follow it: a
// headline whose address took its words up to the colon.
func slugLead(text, slug string) bool {
	head, rest, ok := strings.Cut(text, ":")
	if !ok || slug == "" || fieldCount(rest) < 3 {
		return false
	}
	m := slugMatch{slug: slug, ok: true}
	m.feed(head)
	return m.ok && m.i == len(slug)
}

// slug returns text's words lowercased, joined by "-".
func slug(text string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(text), notWordRune), "-")
}

// homeHref reports whether a link's address is a site's home page: "/",
// or a URL with nothing after its host.
func homeHref(href string) bool {
	href = strings.TrimSpace(href)
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		} else {
			href = "/"
		}
	}
	return href == "" || href == "/" || strings.HasPrefix(href, "/?") || strings.HasPrefix(href, "/#")
}

// indexHref reports whether href names the site's index page, "/" or
// the index file beside the page ("index.html", "./index.html", a PHP
// board's "index.php"), or homeHref's forms.
func indexHref(href string) bool {
	href = strings.TrimPrefix(strings.TrimSpace(href), "./")
	return href == "index.html" || href == "index.htm" || href == "/index.html" || href == "index.php" || homeHref(href)
}

// weblogHref reports whether href, a whole address ending with "/", is
// a proper prefix of the page's canonical address: the home of the
// weblog or section the page is under ('<h1><a
// href="http://www.nightsideobs.example/weblog/">Nightside
// Observers</a></h1>' on …/weblog/comments/the_leonids_from_brackley_fell/,
// a pMachine Pro weblog's), its name as a home page's link names a site.
// So is a path from the host's root, ending with "/", that the canonical
// address's path opens with ('<h1><span><a href="/forum/">Le Rucher
// Partagé</a></span></h1>' on …/forum/topic/1873/, DjangoBB's banner).
func weblogHref(href, canonical string) bool {
	if len(href) < 2 || len(href) >= len(canonical) || !strings.HasSuffix(href, "/") {
		return false
	}
	if href[0] == '/' && href[1] != '/' {
		_, rest, ok := strings.Cut(canonical, "://")
		if i := strings.IndexByte(rest, '/'); ok && i > 0 {
			return len(href) < len(rest)-i && strings.HasPrefix(rest[i:], href)
		}
		return false
	}
	return strings.Contains(href, "://") && strings.HasPrefix(canonical, href)
}

// editedBefore is the word before a time that says it is an edit's or an
// update's ("last edited:", "Mis à jour le").
var editedBefore = regexp.MustCompile(`(?i)(?:edited|modified|updated|revised|modifié|modifiée|mis à jour|mise à jour)\W*$`)

// classUnixTime returns, in RFC 3339, the Unix time that a word
// "time_<seconds>" of n's class gives (Wikidot writes each date it shows
// so: "<span class="odate time_1741946520 …">"), unless the text before n
// says it is an edit's ("last edited: …"); "" when there is none.
func classUnixTime(n *html.Node) string {
	for _, w := range strings.Fields(attr(n, "class")) {
		digits, ok := strings.CutPrefix(w, "time_")
		if !ok || len(digits) < 9 || len(digits) > 10 || strings.Trim(digits, "0123456789") != "" {
			continue
		}
		if p := n.PrevSibling; p != nil && p.Type == html.TextNode && editedBefore.MatchString(p.Data) {
			return ""
		}
		return unixTime(digits)
	}
	return ""
}

// propertyDate returns the value of a note's "date" property, as
// Obsidian Publish (div.metadata-property-key) and Logseq
// (span.page-property-key, the value a page's reference in "[[…]]") show
// the properties over a note: key is the property's key, its value the
// next element, of a class "…property-value". An "updated" property is
// the note's modification, and no "date".
func propertyDate(key *html.Node) string {
	switch strings.ToLower(strings.TrimSpace(textOf(key))) {
	case "date", "created", "published":
	default:
		return ""
	}
	v := nextElement(key)
	for v != nil && !strings.Contains(attr(v, "class"), "property-value") {
		v = nextElement(v)
	}
	if v == nil {
		return ""
	}
	return strings.Trim(strings.TrimSpace(textOf(v)), "[]")
}

// pathDay is a day in an address's path: "/2025/03/15/" (a blog's
// permalink) or a name that opens with it, "/2025-03-15-oven.gmi" (a
// gemlog's, a static site's post), "/2010/11/14_Replacing_the_capacitors.html"
// (an iWeb blog's entry, its title after an underscore).
var pathDay = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:/|-|_|\.|$)`)

// urlDay returns the day address u's path holds, the last resort for a
// page that states no date (a Gemini post read through an HTTP proxy,
// its date only in its file's name).
func urlDay(u string) (time.Time, bool) {
	loc := pathDay.FindStringSubmatch(u)
	if loc == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", loc[1]+"-"+loc[2]+"-"+loc[3])
	return t, err == nil
}

// publicationLabels are the tooltips that label a publication date.
var publicationLabels = map[string]bool{"date de publication": true, "publication date": true, "date published": true,
	"published": true, "published on": true, "publié le": true, "publiée le": true, "date of publication": true}

// textAfter returns the text of the siblings after n, trimmed.
func textAfter(n *html.Node) string {
	var b strings.Builder
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		eachText(s, func(t string) { b.WriteString(t) })
	}
	return strings.TrimSpace(b.String())
}

// calendarIcon reports whether a class names a calendar's icon, as icon
// fonts name it: a word that opens with "fa-calendar" (Font Awesome's
// "fa-calendar", "fa-calendar-alt", "fa-calendar-days"),
// "glyphicon-calendar", "bi-calendar", "icon-calendar",
// "dashicons-calendar" or "mdi-calendar" (Material Design Icons').
func calendarIcon(class string) bool {
	for w := range strings.FieldsSeq(class) {
		for _, p := range [...]string{"fa-calendar", "glyphicon-calendar", "bi-calendar", "icon-calendar", "dashicons-calendar", "mdi-calendar"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// publishedLabelBefore reports whether the text right before n ends
// with "Published:", spaces aside: n is the publication's day.
func publishedLabelBefore(n *html.Node) bool {
	p := n.PrevSibling
	return p != nil && p.Type == html.TextNode && strings.HasSuffix(strings.TrimRight(p.Data, " \t\n"), "Published:")
}

// unixTime returns a Unix time in seconds, nine or ten digits, in RFC
// 3339, or "".
func unixTime(digits string) string {
	if len(digits) < 9 || len(digits) > 10 || strings.Trim(digits, "0123456789") != "" {
		return ""
	}
	sec, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return ""
	}
	return time.Unix(sec, 0).UTC().Format(time.RFC3339)
}

// stampTime reads an <abbr>'s data-timestamp: seconds since 1970, or
// milliseconds in 12 or 13 digits ("1760900692000", ProBoards' post
// times, as JavaScript's Date counts them), as RFC 3339 in UTC; "" for
// anything else. The first such <abbr> is the first post's, the replies'
// come after it.
func stampTime(digits string) string {
	if len(digits) < 12 || len(digits) > 13 {
		return unixTime(digits)
	}
	if strings.Trim(digits, "0123456789") != "" {
		return ""
	}
	ms, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return ""
	}
	return time.UnixMilli(ms).UTC().Format(time.RFC3339)
}

// scriptDate returns the time a script gives JavaScript's Date in
// milliseconds since 1970 ("new Date(1741549320000)"), as stampTime reads
// it, or "".
func scriptDate(n *html.Node) string {
	if n.FirstChild == nil || n.FirstChild.Type != html.TextNode {
		return ""
	}
	_, rest, ok := strings.Cut(n.FirstChild.Data, "new Date(")
	if !ok {
		return ""
	}
	digits, _, ok := strings.Cut(rest, ")")
	if !ok || len(digits) < 12 {
		return ""
	}
	return stampTime(digits)
}

// wordProcessed reports whether a page's generator is a word processor
// that saves a document as HTML (LibreOffice's and OpenOffice.org's
// Writer, Microsoft Word): "LibreOffice 7.6.4.1 (Linux)".
func wordProcessed(generator string) bool {
	g := strings.ToLower(generator)
	return strings.HasPrefix(g, "libreoffice") || strings.HasPrefix(g, "openoffice") || strings.HasPrefix(g, "microsoft word")
}

// postSummary reports whether a class names the summary of a post on a
// social network, the subject its author gives it over its text
// (ActivityPub's summary: "status-summary", as Pleroma's and Akkoma's
// static pages show it).
func postSummary(class string) bool {
	return strings.Contains(class, "status-summary") && slices.Contains(strings.Fields(class), "status-summary")
}

// scriptTime returns, in RFC 3339, a time as JavaScript's Date writes it
// ("Tue Mar 04 2025 21:37:52 GMT+0100 (Central European Standard Time)",
// the zone's name in parentheses after its offset), as HedgeDoc gives a
// note's creation in data-createtime; "" when it is not so written.
func scriptTime(v string) string {
	v, _, _ = strings.Cut(strings.TrimSpace(v), " (")
	t, err := time.Parse("Mon Jan 02 2006 15:04:05 GMT-0700", v)
	if err != nil {
		return ""
	}
	return t.Format(time.RFC3339)
}

// find returns the first element of type a under n, or nil.
func find(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			return c
		}
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// wrapped returns the one element a layout wrapper holds — a <div>
// holding nothing but one <div>, <section>, <article> or <main> — or nil.
// The wrapper goes: Readability counts the text of a block again for each
// ancestor it weighs, and page builders nest wrappers five and six deep
// ("container", "row", "col-md-8"…) around the article.
func wrapped(n *html.Node) *html.Node {
	if n.DataAtom != atom.Div {
		return nil
	}
	only := onlyChild(n)
	if only == nil {
		return nil
	}
	switch only.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main:
		return only
	}
	return nil
}

// leadAttr marks the standfirst whose text is the page's description,
// where standfirst finds it and on the copy Extract sets at the article's
// top: the page's own summary of the story, which the block pass keeps as
// it keeps code, whatever its score (a standfirst needs no stop).
const leadAttr = "data-recherche-lead"

// boxAttr marks a block that was alone in a box (see boxed). Readability
// unwraps such boxes — a <div> holding one <p> becomes the <p>, a table of
// one cell becomes the cell — but keeps the attributes of what it keeps.
const boxAttr = "data-recherche-box"

// boxed returns the one block a box holds — the only child of a <div> or
// <section>, when it is a paragraph, list or table, or the cell of a
// table of one cell — or nil. Inserts between a story's paragraphs (a
// reader question, a promotion, a note) come in such boxes; the block pass
// tells them from the story by it, when the story's own paragraphs are
// not boxed alike.
func boxed(n *html.Node) *html.Node {
	switch n.DataAtom {
	case atom.Div, atom.Section:
		only := onlyChild(n)
		if only == nil {
			return nil
		}
		switch only.DataAtom {
		case atom.P, atom.Ul, atom.Ol, atom.Dl, atom.Table:
			return only // not a <blockquote>: a quotation is the story's
		}
	case atom.Table:
		c := n
		for _, a := range []atom.Atom{atom.Tbody, atom.Tr, atom.Td} {
			next := onlyChild(c)
			if next == nil || next.DataAtom != a {
				return nil
			}
			c = next
		}
		return c
	}
	return nil
}

// notebookCode reports whether class names a notebook's code cell
// ("jp-CodeCell", as nbconvert's lab template exports a Jupyter notebook;
// "code_cell", its classic template): its prompt, its code and what the
// code printed or drew (a data frame's table, "(57, 5)", a plot) are the
// computation beside the text, which the notebook's markdown cells hold.
func notebookCode(class string) bool {
	if !strings.Contains(class, "jp-CodeCell") && !strings.Contains(class, "code_cell") {
		return false
	}
	for _, w := range strings.Fields(class) {
		if w == "jp-CodeCell" || w == "code_cell" {
			return true
		}
	}
	return false
}

// figureNumber opens a numbered caption: "Figure 1:", "Fig. 2.",
// "Table 3 :", "Tableau 1 :".
var figureNumber = regexp.MustCompile(`^(?:Figure|Fig\.|Table|Tableau) \d+ ?[:.]`)

// numberedCaption reports whether p is a paragraph in emphasis as a whole
// that opens with a figure's or table's number ("<p><em>Figure 1: gardens
// with hedgehog prints…</em></p>", the caption a notebook's author writes
// in a markdown cell under the plot a code cell drew) and holds
// maxCaptionWords words at most: the caption of a figure, wherever the
// figure stands.
func numberedCaption(p *html.Node) bool {
	em := onlyChild(p)
	if em == nil || em.DataAtom != atom.Em && em.DataAtom != atom.I {
		return false
	}
	text, ok := shortText(em)
	text = strings.TrimSpace(text)
	return ok && text != "" && (text[0] == 'F' || text[0] == 'T') && figureNumber.MatchString(text) && fieldCount(text) <= maxCaptionWords
}

// knitChunk reports whether n is a <pre> of R code (class word "r", as
// rmarkdown's html_document and Quarto mark a chunk's source) or of
// knitr's output, every line of which opens with "## ". Asked only on a
// page that shows such output: a knitted report, whose reader reads the
// text and its figures, not the code that made them.
func knitChunk(n *html.Node) bool {
	if n.DataAtom != atom.Pre {
		return false
	}
	if slices.Contains(strings.Fields(attr(n, "class")), "r") {
		return true
	}
	text := strings.TrimSpace(textOf(n))
	if text == "" {
		return false
	}
	for line := range strings.SplitSeq(text, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "##") {
			return false
		}
	}
	return true
}

// ledChunk reports whether chunk, a knitted <pre>, follows a paragraph
// that ends with a colon, or follows such a chunk ('<p>The first thing I
// did was summarise by month:</p><pre class="r"><code>library(dplyr)
// …</code></pre><pre><code>## # A tibble: 12 x 3 …', a blogdown post):
// the writer shows the code and what it printed as part of the text,
// where a knitted report's chunks come between paragraphs that do not
// lead into them.
func ledChunk(chunk *html.Node) bool {
	p := prevElement(chunk)
	if p != nil && p.DataAtom == atom.Pre {
		p = prevElement(p)
	}
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	text, ok := shortText(p)
	return ok && strings.HasSuffix(strings.TrimSpace(text), ":")
}

// blank reports whether n holds whitespace only, no element.
func blank(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// onlyChild returns n's one child element when n holds nothing else but
// whitespace, or nil.
func onlyChild(n *html.Node) *html.Node { return soleElement(n, false) }

// moveChildren moves every child of from, in order, to the end of to's.
func moveChildren(from, to *html.Node) {
	for c := from.FirstChild; c != nil; {
		next := c.NextSibling
		from.RemoveChild(c)
		to.AppendChild(c)
		c = next
	}
}

// soleElement returns n's one child element, or nil when it has none or
// more than one, or, unless textBeside, when it holds text too.
func soleElement(n *html.Node, textBeside bool) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		case html.TextNode:
			if !textBeside && strings.TrimSpace(c.Data) != "" {
				return nil
			}
		}
	}
	return only
}

// collect reads the metadata of a dropped subtree.
func collect(n *html.Node, m *meta) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			subjectOf(c, m)
			collectElement(c, m)
			collect(c, m)
		}
	}
}

// headingMark reports whether a link is a heading's anchor mark: a link
// within the page ("#what-changed") whose text is only "¶", "#", "§" or
// "🔗", inside a heading (Sphinx's "headerlink"), the page's <h1> too, or
// alone in a <span> of the heading (the box a theme positions the mark
// in beside the heading: Hugo's Blowfish), or last in the <span> that is
// the heading's one element, after its text ("<h2><span>Before you
// upgrade<a href="#Before-you-upgrade"> ¶</a></span></h2>", the copiable
// link a manual's converter sets after each heading). A "†" is one too,
// in a link to itself, its href the page's address and a fragment its
// own id ('<h2 id="content_1_1">Booking the induction <a
// class="anchor_super" id="book" href="./?Tools%2FLaserCutter#book">&dagger;</a></h2>',
// PukiWiki's mark after each heading).
func headingMark(a *html.Node) bool {
	h := a.Parent
	href := attr(a, "href")
	if h == nil || !strings.HasPrefix(href, "#") && !selfAnchor(a, href) {
		return false
	}
	if h.DataAtom == atom.Span && (soleElement(h, false) == a || h.LastChild == a && h.Parent != nil && soleElement(h.Parent, false) == h) {
		h = h.Parent
	}
	if h == nil || !isSubheading(h) && h.DataAtom != atom.H1 {
		return false
	}
	switch strings.TrimSpace(textOf(a)) {
	case "¶", "#", "§", "🔗", "†":
		return true
	}
	return false
}

// selfAnchor reports whether link a, whose address is href, leads to
// itself: href ends with a fragment that is a's own id, whatever page it
// names.
func selfAnchor(a *html.Node, href string) bool {
	i := strings.LastIndexByte(href, '#')
	return i >= 0 && len(href) > i+1 && href[i+1:] == attr(a, "id")
}

// unmarkedText returns the text of heading h without the anchor mark
// its last link may be (headingMark: "Checking tools back in¶", as
// Sphinx writes a page's <h1>), which is no word of the headline, nor
// the date in small print after it (datedTail).
func unmarkedText(h *html.Node) string {
	a := h.LastChild
	if a != nil && a.DataAtom == atom.Span && soleElement(h, false) == a {
		a = a.LastChild // the heading's text in a <span>, the mark last in it
	}
	if a != nil && (a.DataAtom == atom.A && headingMark(a) || datedTail(a)) {
		return strings.TrimSuffix(strings.TrimSpace(textOf(h)), strings.TrimSpace(textOf(a)))
	}
	return textOf(h)
}

// afterSiteSpan returns the text of heading h after the <span> that
// opens it, when that <span>'s text is the <title>'s first part, before a
// separator ('<h1 id="pageName"><span class="webName">Tidebrook Mesh
// Wiki</span> Replacing a Node Battery</h1>' under '<title>Tidebrook Mesh
// Wiki - Replacing a Node Battery</title>', Instiki's): the site's name
// set in the heading before the page's, no part of it; or "".
func afterSiteSpan(h *html.Node, title string) string {
	span := firstContent(h)
	if span == nil || span.DataAtom != atom.Span || title == "" {
		return ""
	}
	name := strings.TrimSpace(textOf(span))
	if name == "" || !hasSeparatorPrefix(strings.TrimPrefix(oneLine(title), name)) || !strings.HasPrefix(oneLine(title), name) {
		return ""
	}
	var b strings.Builder
	for c := span.NextSibling; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	rest := strings.TrimSpace(b.String())
	if fieldCount(rest) < 2 {
		return ""
	}
	return rest
}

// crumbItem reports whether list item n is a breadcrumb's current page:
// marked active (a class word "active", Bootstrap's) or aria-current, no
// link in it, the last item of a list whose class names a breadcrumb
// ('<ul class="breadcrumb">…<li class="active">Sortie de terrain du 21
// mars : consignes et programme</li></ul>', Chamilo's).
func crumbItem(n *html.Node) bool {
	if nextElement(n) != nil || n.Parent == nil || !strings.Contains(strings.ToLower(attr(n.Parent, "class")), "breadcrumb") || find(n, atom.A) != nil {
		return false
	}
	return hasAttr(n, "aria-current") || slices.Contains(strings.Fields(attr(n, "class")), "active")
}

// crumbSpan reports whether span n is a breadcrumb's current page, as a
// trail of links and separators ends with it: no link in it, one of its
// class words naming a breadcrumb and the current or the last item
// ("spCurrentBreadcrumb", Simple:Press's; "breadcrumb_last", Yoast's).
func crumbSpan(n *html.Node) bool {
	class := attr(n, "class")
	if !strings.Contains(class, "rumb") {
		// Or its class names the current item alone, last in an
		// element whose class names a breadcrumb ('<td
		// class="ftbreadcrumb"><a …>Forum Home</a> &gt; … &gt; <span
		// class="ftcurrent">Rebuilding the engine shed roof - what
		// worked and what didn't</span></td>', FuseTalk's).
		return strings.Contains(class, "current") && nextElement(n) == nil && n.Parent != nil && strings.Contains(strings.ToLower(attr(n.Parent, "class")), "breadcrumb") && find(n, atom.A) == nil
	}
	if find(n, atom.A) != nil {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(class)) {
		if strings.Contains(w, "breadcrumb") && (strings.Contains(w, "current") || strings.Contains(w, "last")) {
			return true
		}
	}
	return false
}

// crumbTail returns the current page's name that closes a trail of links
// in box n, its separator before it in the same text, after the last link
// ('<div class="nav"><a …>Api'Causses</a> &raquo; <a …>Le
// rucher-école</a> &raquo; Bilan de l'hivernage …</div>', MercuryBoard's
// trail over a topic), or "".
func crumbTail(n *html.Node) string {
	last := n.LastChild
	if last == nil || last.Type != html.TextNode || last.PrevSibling == nil || last.PrevSibling.DataAtom != atom.A {
		return ""
	}
	t := strings.TrimSpace(last.Data)
	for _, sep := range [...]string{"»", "›", ">"} {
		if rest, ok := strings.CutPrefix(t, sep); ok {
			return oneLine(strings.TrimSpace(rest))
		}
	}
	return ""
}

// datedTail reports whether n, a heading's last child, is the date set
// in small print after its text: a <small> whose class names a date
// (dateClass), as Cachet writes an incident's '<h1>Messagerie
// indisponible … <small class="date"><abbr class="timeago" …>il y a 8
// mois</abbr></small></h1>'.
func datedTail(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom == atom.Small && dateClass(attr(n, "class")) && n.PrevSibling != nil
}

// headingSelfLink reports whether a link is the whole of a subheading and
// points at the subheading's own id ("<h2 id="x"><a class="header"
// href="#x">…</a></h2>", as mdBook writes each heading): the link is the
// heading's text, not a mark beside it.
func headingSelfLink(a *html.Node) bool {
	h := a.Parent
	if h == nil || !isSubheading(h) || soleElement(h, true) != a {
		return false
	}
	id := attr(h, "id")
	return id != "" && attr(a, "href") == "#"+id && strings.TrimSpace(textOf(a)) == strings.TrimSpace(textOf(h))
}

// permalinkLabels are the texts of a link to a post's own address.
var permalinkLabels = []string{"permalink", "permanent link", "lien permanent", "permalien"}

// permalinkText reports whether a link's text, its only child, is one of
// permalinkLabels: asked of every link of the page, it reads no more.
func permalinkText(a *html.Node) bool {
	c := a.FirstChild
	if c == nil || c != a.LastChild || c.Type != html.TextNode {
		return false
	}
	t := strings.TrimSpace(c.Data)
	return slices.ContainsFunc(permalinkLabels, func(l string) bool { return strings.EqualFold(t, l) })
}

// readTime takes n's datetime as the page's <time> when it ranks before
// the one taken (timeRank). A bare <time>, without any attribute, has
// its text for its value (HTML's rule): a day alone, its month in words
// ("<time>April 8, 2025</time>", a Gumroad post's), is read as the day.
// A <time> with other attributes (WordPress themes' "<time
// pubdate=…>April 14, 2025 At 10:46 am</time>" beside the post's own) is
// not read so.
func (m *meta) readTime(n *html.Node) {
	d := attr(n, "datetime")
	if d == "" && n.DataAtom == atom.Time && (len(n.Attr) == 0 || len(n.Attr) == 1 && n.Attr[0].Key == "id") {
		d = textDay(n)
	}
	m.readTimeAt(n, d)
}

// textDay is the day a <time> without datetime (an id its only
// attribute, or none) shows as its only text, its month in words, as
// "2006-01-02"; "" when it shows anything else.
func textDay(n *html.Node) string {
	c := n.FirstChild
	if c == nil || c != n.LastChild || c.Type != html.TextNode || len(c.Data) > 60 || !hasLetter(c.Data) {
		return ""
	}
	t := strings.TrimSpace(c.Data)
	if day, ok := strings.CutPrefix(t, "on "); ok {
		// "on", the day and "@" before its hour ('<time
		// id="fhtime-0914213">on Monday March 03, 2025 @09:14AM</time>',
		// Slash's story head): the day.
		if i := strings.Index(day, " @"); i > 0 && i+2 < len(day) && isDigit(day[i+2]) {
			t = day[:i]
			if _, ok := bareDate(t, false); !ok {
				// Its weekday without a comma ("Monday March 03, 2025").
				t = weekdayLead.ReplaceAllString(t, "")
			}
		}
	}
	if t, ok := bareDate(t, false); ok {
		return t.Format("2006-01-02")
	}
	return ""
}

// readTimeAt is readTime with d the element's datetime.
func (m *meta) readTimeAt(n *html.Node, d string) {
	if len(d) == len("2006-01-02T15:04:05") && d[10] == 'T' && n.Parent != nil {
		// A datetime without its zone, in a box whose title gives the
		// same instant in UTC, a space for its "T" and a "Z" after it
		// ('<div … title="2025-02-11 08:05:12Z"><span>Asked</span><time
		// itemprop="dateCreated" datetime="2025-02-11T08:05:12">Feb 11
		// at 8:05</time></div>', Stack Exchange's question head): the
		// instant, in UTC, not the day alone.
		if t := attr(n.Parent, "title"); len(t) == len(d)+1 && t[len(d)] == 'Z' && t[:10] == d[:10] && t[10] == ' ' && t[11:len(d)] == d[11:] {
			d += "Z"
		}
	}
	if d != "" && m.postTime == "" && n.Parent != nil && n.Parent.DataAtom == atom.A && m.canonical != "" && samePost(attr(n.Parent, "href"), m.canonical) {
		// The time of a post, in the link to that post, on a page of
		// several whose address names that one ("…/s/fabriqueronval/287",
		// a channel's page around one message, its link
		// "…/fabriqueronval/287"): the page's, whatever posts come
		// before it.
		m.postTime = d
	}
	if d != "" {
		if r := timeRank(n); r != timeRankComment && (m.timeRank == 0 || r < m.timeRank) {
			m.timeDatetime, m.timeRank = d, r
		}
	}
}

// containsFold is strings.Contains(strings.ToLower(s), word) for a word
// of lowercase ASCII letters other than "i", "k" and "s" (which letters
// outside ASCII lowercase to, or to and a mark), without lowering s.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && hasPrefixFold(s[i:], word) {
			return true
		}
	}
	return false
}

func collectElement(n *html.Node, m *meta) {
	class, id := attr(n, "class"), attr(n, "id")
	if n.DataAtom == atom.Div && m.ariaH1 == "" && m.h1Node == nil && (strings.Contains(class, "titre") || strings.Contains(class, "title") || strings.Contains(class, "_Titre")) && attr(n, "role") == "heading" && attr(n, "aria-level") == "1" {
		// "_Titre" is a class named in capitals and underscores ('<div
		// class="Detail_Titre" role="heading" aria-level="1">',
		// HYPERPLANNING's notice under its list).
		m.ariaH1 = collapsedText(n)
	}
	if n.DataAtom == atom.H2 && m.titleHeading == nil && m.ogTitle != "" && sameText(textOf(n), m.ogTitle) {
		m.titleHeading = n
	}
	if n.DataAtom == atom.Span && class == "relativetime" {
		// A time shown relative to now, its instant in its title
		// ('asked <strong><span class="relativetime" title="2025-05-12
		// 14:03:21">May 12 '25, 2:03 p.m.</span></strong>', OSQA's
		// question head), as a <time>'s datetime is.
		m.readTimeAt(n, attr(n, "title"))
	}
	if n.DataAtom == atom.H2 && m.namedHeading == "" && n.Parent != nil && strings.Contains(attr(n.Parent, "class"), "title") {
		m.namedHeading = collapsedText(n)
	}
	if n.DataAtom == atom.H2 && m.pageH2 == "" && len(m.h1) == 1 && attr(n, "class") == "page-title" {
		m.pageH2 = collapsedText(n)
	}
	if n.DataAtom == atom.H2 && m.firstH2 == "" && len(m.h1) == 0 {
		m.firstH2 = collapsedText(n)
	}
	if m.bigBold == "" && len(m.h1) == 0 && (n.DataAtom == atom.Font && bigFont(attr(n, "size")) || n.DataAtom == atom.Span && bigPixels(attr(n, "style"))) && allWithin(n, atom.B, atom.Strong) {
		m.bigBold = collapsedText(n)
	}
	if n.DataAtom == atom.P && m.styledTitle == "" && len(m.h1) == 0 && (strings.HasPrefix(class, "Titre ") || class == "Titre") {
		// A layout program's paragraph style named for the title ('<p
		// class="Titre ParaOverride-1">La cantine passe au fait maison
		// …</p>', InDesign's HTML export): the headline, which titles
		// a page whose <title> is the export's file name (title).
		m.styledTitle = collapsedText(n)
	}
	if n.DataAtom == atom.H2 && m.classedH2 == "" && len(m.h1) == 0 && (strings.Contains(attr(n, "class"), "titre") || strings.Contains(attr(n, "class"), "__title") || n.Parent != nil && onlyChild(n.Parent) == n && strings.Contains(attr(n.Parent, "class"), "article_title")) {
		// Or a BEM element named "title" ('<h2
		// class="news-item__title">', Smartschool's news item under
		// "Smartschool | Athénée royal de Hautrieu - Actualités"); or
		// an <h2> alone in a box its class names the article's title
		// ('<span class="article_title"><h2>Layout report: Hartle
		// Junction goes digital</h2></span>', Subdreamer's news item
		// under "Hartle Model Railway Club - News").
		m.classedH2 = collapsedText(n)
	}
	if (n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && m.restHeading == "" && m.h1Node != nil && m.title != "" && restStart(m.restFirsts, n) && titleRest(oneLine(m.title), collapsedText(n)) && (n.Parent == nil || !furnitureName(attr(n.Parent, "class")) && !strings.Contains(attr(n.Parent, "class"), "support")) {
		// Not a sidebar's box's heading that opens with the site's name
		// ('<div class="rk-widget rk-widget--app"><h3>Radio Bocage
		// partout avec vous</h3>', a RadioKing site's app box, the
		// <title> "… | Radio Bocage"), nor an appeal's for support
		// ('<section class="episode-support"><h2>Studio Grenadine est
		// indépendant</h2><p>… <a>Je soutiens</a>', a Louie Media-like
		// episode's, the <title> "… - Studio Grenadine").
		m.restHeading = collapsedText(n)
	}
	if (n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && m.descHeading == "" && m.description != "" && sameText(textOf(n), m.description) {
		m.descHeading = oneLine(textOf(n))
	}
	if m.textObjects && n.DataAtom == atom.Td && (class == "TextObject" || pictureObject(n)) {
		m.textCells = append(m.textCells, n)
	}
	if n.DataAtom == atom.Style && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
		m.readItalics(n.FirstChild.Data)
	}
	if m.headlineBare != "" && !m.headlineShown && headingLevel(n) > 0 && sameText(textOf(n), m.headlineBare) {
		// The headline without its numbered label, as a heading of the
		// page, in the post's header (which goes as furniture) or not.
		m.headline, m.headlineShown = m.headlineBare, true
	} else if m.headline != "" && !m.headlineShown && headingLevel(n) > 0 && sameText(textOf(n), m.headline) {
		// So is the headline itself, as a heading in a header that goes
		// (a forum's subject in the <h3> of its "cBackHeader" row over
		// the posts).
		m.headlineShown = true
	}
	if m.itemDate == "" && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || n.DataAtom == atom.Meta && strings.EqualFold(attr(n, "itemprop"), "dateCreated")) {
		// Or a <meta> of a question's creation, Schema.org's Question
		// having no publication ('<meta itemprop="dateCreated"
		// content="2013-02-18T21:14:52+00:00">', Yahoo! Answers' in the
		// question's box): its instant.
		m.itemDate = strings.TrimSpace(attr(n, "content") + attr(n, "datetime"))
	}
	if m.hDate == "" {
		m.hDate = microformatDate(n)
	}
	if m.metaDate == "" && hasAttr(n, "property") {
		m.metaDate = rdfaDate(n)
	}
	if m.itemURL == "" && hasAttr(n, "itemprop") {
		m.itemURL = itemURL(n)
	}
	if n.DataAtom != atom.Article && len(m.roleArticles) < 2 && strings.EqualFold(attr(n, "role"), "article") {
		m.roleArticles = append(m.roleArticles, n)
	}
	if m.summary == "" && postSummary(class) {
		m.summary = collapsedText(n)
	}
	if m.createTime == "" && hasAttr(n, "data-createtime") {
		m.createTime = scriptTime(attr(n, "data-createtime"))
	}
	if m.propertyDate == "" && strings.Contains(class, "property-key") {
		m.propertyDate = propertyDate(n)
	}
	if m.unixDate == "" && strings.Contains(class, "time_") {
		m.unixDate = classUnixTime(n)
	} else if m.unixDate == "" && n.DataAtom == atom.Abbr && hasAttr(n, "data-utime") {
		// Facebook's timestamp (a Note's, a post's): its first, the
		// comments' come after it.
		m.unixDate = unixTime(attr(n, "data-utime"))
	} else if m.unixDate == "" && n.DataAtom == atom.Span && len(n.Attr) == 1 && n.Attr[0].Key == "data-xutime" && publishedLabelBefore(n) {
		// FictionPress' and FanFiction.Net's story line, each day a
		// <span> of its Unix time after its label ("- Updated: <span
		// data-xutime="1742609100">3/22</span> - Published: <span
		// data-xutime="1741461600">3/8</span> -"): the publication's,
		// to the second, where the text shows the month and day alone.
		m.unixDate = unixTime(n.Attr[0].Val)
	} else if m.unixDate == "" && n.DataAtom == atom.Abbr && hasAttr(n, "data-timestamp") {
		m.unixDate = stampTime(attr(n, "data-timestamp"))
	} else if m.unixDate == "" && n.DataAtom == atom.Script && n.Parent != nil && dateNamed(attr(n.Parent, "class")) {
		// A script in an element named for a date, that writes the
		// date into it from its time in milliseconds (Nabble's post
		// date, "new Date(1741549320000)"): its first, the replies'
		// come after it.
		m.unixDate = scriptDate(n)
	}
	if m.namedDate == "" && (dateNamed(class) && !todayClasses[class] || dateNamed(id) || dateNamed(attr(n, "data-tag")) || dateNamed(attr(n, "data-testid")) || m.updateHeading != "" && updateDateClass(class)) {
		// A site's date bar, today's day (todayClasses), is not the
		// page's.
		// An id names the date as a class does ('<dt>Date:</dt><dd
		// id="date_posted">April 14, 2025</dd>', a science news
		// release's facts list).
		// Or, under a campaign's update's heading (updateHeading), the
		// update's own day, its class an update's date in camel case
		// (Indiegogo's "routerContentUpdates-updateDate": "March 12,
		// 2025") or in BEM (Pozible's "project-update__date"), which is
		// its publication's, not a later edit's.
		m.namedDate = cmp.Or(namedDateOf(n), dayBeforeHour(n))
	}
	if m.namedDate == "" && class == "" && n.DataAtom == atom.Span && m.h1Node != nil && n.Parent != nil && n.Parent.FirstChild == n && (strings.Contains(attr(n.Parent, "class"), "post-meta") || strings.Contains(attr(n.Parent, "class"), "blog-meta")) {
		// A post's meta line under its <h1> that opens with a bare
		// <span> of its day ('<div class="post-meta text-grey
		// text-14"><span>November 21, 2026</span> · <span>4 min
		// read</span></div>', Buy Me a Coffee's post header): the day,
		// as a span named for a date would give it. So does a blog's
		// ('<p class="typedream-paragraph blog-meta"><span>Mar 4,
		// 2025</span> · <span>Ines Marrow</span> · <span>5 min
		// read</span></p>', Typedream's).
		m.namedDate = namedDateOf(n)
	}
	if m.updateHeading == "" && m.earlyUpdateDate == "" && m.h1Node != nil && strings.Contains(class, "update") && updateDateClass(class) {
		// An update's day under the campaign's <h1>, before the
		// update's heading: kept until that heading is met.
		m.earlyUpdateDate = namedDateOf(n)
	}
	if m.issueDate == "" && (containsFold(id, "preheader") || containsFold(class, "preheader")) {
		m.issueDate = preheaderDate(n)
	}
	if m.brandName == "" && (brandNamed(id) || brandNamed(class)) {
		m.brandName = collapsedText(n)
	}
	if m.namedDate == "" && n.DataAtom == atom.A && hasAttr(n, "title") && timeClass(class) {
		// A post's link named "time" whose text is a short day ("Apr
		// 3") and whose title gives it in full (esoTalk's '<a
		// class='time' title='Thursday, 3 April 2025 19:22:10'>Apr
		// 3</a>'): its first, the replies' come after it.
		m.namedDate = namedDateOf(n)
	}
	if m.namedDate == "" && strings.Contains(class, "author") {
		m.namedDate = authorLineDate(n)
	}
	if m.namedDate == "" && postDetails(class) {
		m.namedDate = namedDateOf(n)
	}
	if m.namedDate == "" && (strings.Contains(class, "signature") || strings.Contains(class, "post_info")) {
		// A post's signature or information line, its parts set apart
		// by bars or a dash, one of them the day ('<p
		// class="signature">Par Gaëlle Tanguy | Le 12/11/2012 |
		// 18:25</p>', a news site's line under its headline; '<p
		// class="blog_post_info">Publié dans : <a …>Traversées</a> -
		// 12-02-2026, 18:40</p>', pluck's): that day.
		m.namedDate = partsDate(n)
	}
	if m.namedDate == "" && n.FirstChild == nil && strings.Contains(class, "calendar") && calendarIcon(class) {
		// A calendar's icon, empty, before a date alone in the same
		// element ("<li class=\"list-inline-item\"><i class=\"far
		// fa-calendar-alt\"></i> Wednesday, March 12th, 2025</li>",
		// WHMCS's announcement under its <h1>, as many Bootstrap themes
		// mark the day): its first, the page's.
		if d := textAfter(n); len(d) <= 40 {
			if _, ok := bareDate(d, false); ok {
				m.namedDate = d
			} else if next := nextElement(n); next != nil {
				// The day in an element of its own, the hours in
				// another after it ('<span class="mdi mdi-calendar"></span>
				// <span>samedi 9 mai 2026</span> <span>09:00 →
				// 17:00</span>', Gancio's event card).
				if d := strings.TrimSpace(textOf(next)); d != "" {
					if _, ok := bareDate(d, false); ok {
						m.namedDate = d
					}
				}
			}
		}
	}
	if t := attr(n, "title"); m.namedDate == "" && len(t) >= 9 && len(t) <= 24 && publicationLabels[strings.ToLower(strings.TrimSpace(t))] {
		// An icon whose tooltip labels the date after it ("<i
		// title=\"Date de publication\">create</i> 03/10/2025", a
		// read-it-later app's stats of the saved article, beside its
		// "Date de création", the saving's).
		m.namedDate = textAfter(n)
	}
	if id != "" && strings.ContainsAny(id, "0123456789") {
		if m.noteIDs == nil {
			m.noteIDs = map[string]*html.Node{}
		}
		m.noteIDs[id] = n
	}
	switch n.DataAtom {
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
		if m.feedName == "" && strings.EqualFold(attr(n, "rel"), "alternate") && strings.HasSuffix(attr(n, "type"), "xml") {
			m.feedName = oneLine(attr(n, "title"))
		}
	case atom.Meta:
		if strings.EqualFold(attr(n, "name"), "generator") && wordProcessed(attr(n, "content")) {
			m.wordProcessor = true
		}
		if metaDateNames[strings.ToLower(attr(n, "name"))] && m.metaDate == "" {
			m.metaDate = strings.TrimSpace(attr(n, "content"))
		}
		if m.metaDate == "" && strings.EqualFold(attr(n, "name"), "citation_online_date") {
			// The day a journal put the article online, in Highwire
			// Press' tags ('<meta name="citation_online_date"
			// content="2025/03/14">', Érudit's, beside a
			// citation_publication_date of the issue's year alone):
			// the text's publication, its format Google Scholar's.
			if t, err := time.Parse("2006/01/02", strings.TrimSpace(attr(n, "content"))); err == nil {
				m.metaDate = t.Format("2006-01-02")
			}
		}
		if m.metaDate == "" && strings.EqualFold(attr(n, "name"), "date-creation-yyyymmdd") {
			// The page's creation day as amateurs' meta tag generators
			// write it, its format in its name ("20250310"); the
			// revision's (Date-Revision-yyyymmdd) is an update.
			if c := strings.TrimSpace(attr(n, "content")); len(c) == 8 {
				if t, err := time.Parse("20060102", c); err == nil {
					m.metaDate = t.Format("2006-01-02")
				}
			}
		}
		// Dublin Core's identifier of the resource: its address, when
		// the page gives one.
		if name := strings.ToLower(attr(n, "name")); m.dcURL == "" && (name == "dc.identifier" || name == "dcterms.identifier") {
			m.dcURL = absoluteURL(attr(n, "content"))
		} else if name == "og:url" && m.ogURL == "" {
			// Open Graph's address set in a name attribute, not a
			// property ('<meta name="og:url" content="https://overcast.example/+BqX7kR2mD0">',
			// Overcast's episode page): the same address.
			m.ogURL = strings.TrimSpace(attr(n, "content"))
		}
		if m.description == "" && strings.EqualFold(attr(n, "name"), "description") {
			m.description = attr(n, "content")
		}
		switch strings.ToLower(attr(n, "property")) {
		case "og:url":
			m.ogURL = strings.TrimSpace(attr(n, "content"))
		case "og:title":
			m.ogTitle = strings.TrimSpace(attr(n, "content"))
		case "og:site_name":
			m.siteName = strings.TrimSpace(attr(n, "content"))
		case "og:description":
			m.ogDescription = attr(n, "content")
		case "article:published_time":
			m.articleTime = strings.TrimSpace(attr(n, "content"))
		}
	case atom.Time:
		m.readTime(n)
	case atom.Abbr:
		// A time shown as its distance, its instant in the attribute
		// the script that writes the distance reads ('<abbr
		// class="timeago" title="jeudi 3 avril 2025 21:40:00"
		// data-timeago="2025-04-03T21:40:00+02:00">il y a 8 mois</abbr>',
		// Cachet's): a <time>'s datetime.
		//
		// Without data-timeago, the script reads the instant in its
		// title, where Askbot writes it with its offset after a space
		// ('<abbr class="timeago" title="2025-06-03 08:14:22
		// +0000">'): read when it parses (parseTime).
		if d := attr(n, "data-timeago"); d != "" {
			m.readTimeAt(n, d)
		} else if d := attr(n, "title"); d != "" && slices.Contains(strings.Fields(attr(n, "class")), "timeago") {
			if _, ok := parseTime(d); ok {
				m.readTimeAt(n, d)
			}
		}
	case atom.A:
		if m.h1Node == nil {
			m.lastLink = n
		}
		if strings.EqualFold(attr(n, "rel"), "author") && len(m.authors) < 4 {
			if name := collapsedText(n); name != "" {
				m.authors = append(m.authors, name)
			}
		}
		if m.linkDate == "" {
			m.linkDate = postDate(n, m.canonical)
		}
		if m.ownerName == "" && m.canonical != "" && m.headline != "" && ownerHref(attr(n, "href"), m.canonical) && sameText(textOf(n), m.headline) {
			// The link over a post to its author's page, the page the
			// post's address is under, whose text is the <title>'s
			// headline: the page is titled with its author's name.
			m.ownerName = m.headline
		}
		if !m.sharedMixed && strings.Contains(attr(n, "href"), "share") {
			if v := sharedAddress(attr(n, "href")); v != "" && m.sharedURL == "" {
				m.sharedURL = v
			} else if v != "" && v != m.sharedURL {
				m.sharedMixed = true
			}
		}
		if m.returnURL == "" && strings.Contains(attr(n, "href"), "_") {
			m.returnURL = returnAddress(attr(n, "href"))
		}
		if m.titleLink == "" && m.headline != "" {
			m.titleLink = headlineLink(n, m.headline)
		}
		// A post's "Permalink": the address of a page (a forum's) that
		// gives no other, without the post's anchor.
		if m.permalink == "" && permalinkText(n) {
			if v, _, _ := strings.Cut(strings.TrimSpace(attr(n, "href")), "#"); (strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://")) && !strings.ContainsAny(v, " <>\"") {
				m.permalink = v
			}
		}
	case 0:
		// A script's element for a time shown relative to now
		// ("<relative-time datetime=…>", "<local-time>") is a <time>.
		if strings.HasSuffix(n.Data, "-time") {
			m.readTime(n)
		} else if strings.HasSuffix(n.Data, "relative-date") {
			// So is one whose instant is in its date attribute
			// ('<tlp-relative-date date="2025-01-14T10:32:00+01:00"
			// …>14/01/2025 10:32</tlp-relative-date>', Tuleap's).
			m.readTimeAt(n, attr(n, "date"))
		}
	case atom.Input:
		// A share panel's field of the page's address, to copy: the
		// address of a page that gives no canonical link or og:url.
		if v := strings.TrimSpace(attr(n, "value")); m.shareURL == "" && hasAttr(n, "readonly") &&
			(strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://")) && !strings.ContainsAny(v, " <>\"") {
			m.shareURL = v
		}
	case atom.Table:
		if borderedBox(n) && !announcedQuote(n) {
			// Its cell marked here, where the table's border and
			// background are still there (Readability drops them, and
			// makes a table of one cell its cell), for the block pass
			// (boxedBlock).
			cell := oneCell(n)
			cell.Attr = append(cell.Attr, html.Attribute{Key: drawnAttr})
		}
	case atom.P:
		if m.bigLine == "" && titleStyle(n) {
			// A word processor's Title paragraph over its Subtitle, as
			// a document shared from it keeps them (Google Docs'
			// p.title and p.subtitle): the page's headline line.
			m.bigLine = "-"
			if w := nodeWords(n); w >= 2 && w <= 15 {
				m.bigLine = collapsedText(n)
			}
		}
		if m.classTitle == "" && titleClass(class) {
			// A paragraph its class names a title, a site builder's
			// style for it ("<p class="titre1">Sortie du club : la
			// vallée des Tanneurs sous la neige</p>", Web Acappella's,
			// its type set by the class's rule in a <style>), the
			// first that shares two long words with the <title>
			// (sharedLongWords; a sidebar's "titre2" does not).
			if w := nodeWords(n); w >= 2 && w <= 15 && sharedLongWords(collapsedText(n), m.title) >= 2 {
				m.classTitle = collapsedText(n)
			}
		}
	case atom.Img:
		if m.bannerAlt == "" && m.h1Node == nil && m.issueNode == nil {
			m.bannerAlt = cmp.Or(strings.TrimSpace(attr(n, "alt")), "-")
		}
		if m.logoName == "" && n.Parent != nil && n.Parent.DataAtom == atom.A {
			// The first picture in a link, the site's logo in its
			// header, named by its alt.
			m.logoName = cmp.Or(strings.TrimSpace(attr(n, "alt")), "-")
		}
		if !m.titleLogo && m.h1Node == nil && m.title != "" {
			if alt := attr(n, "alt"); len(alt) >= len(m.title)/2 && sameText(alt, m.title) {
				m.titleLogo = true
			} else if i := strings.LastIndex(m.title, ": "); i > 0 && alt != "" && sameText(alt, m.title[i+2:]) {
				// Or the <title>'s last part, after the page's label
				// and a colon ("Archives de la lettre : Les Amis de l'histoire du
				// Val de Brenne", phpMyNewsletter's archive of a
				// letter, its header's picture the society's name).
				m.titleLogo = true
			}
		}
		if !m.senderLogo && m.h1Node == nil && m.ogTitle != "" {
			m.senderLogo = senderNamed(attr(n, "alt"), m.ogTitle, m.title)
		}
	case atom.Div, atom.Span:
		if m.boxHeadline == "" && (strings.Contains(class, "title") || strings.Contains(class, "Titre")) && headlineClass(class) {
			if w := nodeWords(n); w >= 2 && w <= 20 {
				m.boxHeadline = collapsedText(n)
			}
		}
		if n.DataAtom == atom.Span && m.subjectLine == "" && class == "filetitle" {
			// An imageboard post's subject ('<span
			// class="filetitle">Beginner's guide to weathering wagons
			// with powders</span>', as Futaba's heirs, Wakaba and kusaba,
			// write the opening post's head).
			m.subjectLine = collapsedText(n)
		}
		if n.DataAtom == atom.Span && m.crumbCurrent == "" && crumbSpan(n) {
			m.crumbCurrent = collapsedText(n)
		}
		if n.DataAtom == atom.Div && m.crumbCurrent == "" && class == "nav" {
			m.crumbCurrent = crumbTail(n)
		}
		if n.DataAtom == atom.Div && m.newsHeading == "" && strings.Contains(class, "titreActu") && nodeWords(n) >= 3 {
			// A news item's title in a <div> whose class says so in
			// French, "titre" and "Actu" (a Lilie ENT's '<div
			// class="titreActu">'), as a heading's "news-title" does.
			m.newsHeading = collapsedText(n)
		}
		if n.DataAtom == atom.Div && m.newsTitle && m.boldLead == "" && len(m.h1) == 0 {
			m.boldLead = boldLeadDiv(n)
		}
	case atom.Th:
		if f := n.FirstChild; m.thSubject == "" && f != nil && f.Type == html.TextNode && (strings.HasPrefix(f.Data, "Sujet : ") || strings.HasPrefix(f.Data, "Sujet: ") || strings.HasPrefix(f.Data, "Subject: ") || strings.HasPrefix(f.Data, "Topic: ")) {
			// A forum's header cell naming the topic's subject over
			// its posts ('<th>Sujet : [CR] Greffe de vieux pommiers
			// : …</th>', MesDiscussions.net's): the subject, which
			// titles the page when its <title> opens with it (title).
			_, subject, _ := strings.Cut(collapsedText(n), ": ")
			m.thSubject = subject
		}
		if m.subjectLine == "" && subjectLabelOnly(n) {
			// A message's subject in the cell after its label's header
			// cell ('<tr><th>Sujet :</th><td class="subject"><b>Consignes
			// pour la sortie …</b></td></tr>', WebCT's message view), as
			// after a label in bold.
			m.subjectLine = nextCellText(n)
		}
		if m.thHeadline == "" {
			m.thHeadline = "-" // the first only
			if w := nodeWords(n); w >= 3 && w <= 20 && dateRowHeading(n) {
				m.thHeadline = collapsedText(n)
			}
		}
	case atom.Td:
		if m.manTitle == "" && class == "head-ltitle" {
			// mandoc's head of a manual page, its name and section in
			// capitals ('<td class="head-ltitle">TIDEKEEPER-UPGRADE(7)</td>',
			// man.cgi's), which titles the page when its <title> is the
			// same name in small letters and the site's (title).
			m.manTitle = collapsedText(n)
		}
		if m.boxHeadline == "" && (strings.Contains(class, "titre") || strings.Contains(class, "title")) && headlineClass(class) {
			// A news item's headline in a cell of the page's layout
			// table ('<td class="news_titre"><img …> <b>Compte rendu
			// : …</b></td>', Nuked-Klan's; its Impact_Nk theme's
			// "newstitle").
			if w := nodeWords(n); w >= 2 && w <= 20 {
				m.boxHeadline = collapsedText(n)
			}
		}
		if m.cellHeadline == "" {
			m.cellHeadline = fontHeadCell(n)
		}
		if m.cellHeadline == "" && n.FirstChild != nil && n.FirstChild == n.LastChild && largeType(attr(n, "style")) {
			// The first cell of an e-mail's layout whose own style sets
			// its text of a few words large and bold, or large in a
			// serif face ("font-family:Georgia,serif;font-size:26px",
			// Inxmail's): the letter's headline line, as it writes no
			// <h1>. The text may stand in a <b> alone, the cell large
			// in a serif face ('<td style="font-family:Georgia, serif;
			// font-size:24px; …"><b>Le chaland « Marie-Josèphe »
			// retrouve l’eau …</b></td>', Neolane's).
			text := n.FirstChild
			if text.DataAtom == atom.B && text.FirstChild != nil && text.FirstChild == text.LastChild {
				text = text.FirstChild
			}
			if text.Type == html.TextNode && (strings.Contains(attr(n, "style"), "bold") || serifStyle(attr(n, "style"))) {
				if w := nodeWords(n); w >= 3 && w <= 20 {
					m.cellHeadline = oneLine(text.Data)
				}
			}
		}
	case atom.Li:
		if m.crumbCurrent == "" && crumbItem(n) {
			m.crumbCurrent = collapsedText(n)
		}

	case atom.Font:
		if size := attr(n, "size"); m.bigLine == "" && m.boardName == "" && (bigFont(size) || size == "4") && taglineAfter(n) {
			// A size smaller than a headline's will do over a
			// tagline, as Bravenet sets a forum's name.
			m.boardName = colonName(n, m.title, !bigFont(size))
		}
		if m.bigLine == "" && m.boardName == "" && attr(n, "size") == "4" {
			// A size smaller than a headline's will do when the
			// <title>'s last part opens the line, a colon and more
			// after it (lastPartLeads).
			if line := collapsedText(n); lastPartLeads(m.title, line) {
				m.bigLine = line
			}
		}
		if m.bigLine == "" && bigFont(attr(n, "size")) && m.boardName == "" && !bannerName(n, m.title) && !letterName(n, m.title) {
			m.bigLine = "-" // the first only
			if w := nodeWords(n); w >= 3 && w <= 15 {
				m.bigLine = collapsedText(n)
			}
		}
	case atom.B, atom.Strong:
		if m.subjectLine == "" && subjectLabelOnly(n) && n.NextSibling != nil && n.NextSibling.Type == html.TextNode {
			// A message's subject after its label in bold ('<b>SUJET
			// :</b> Migration de la version 3.2 vers 4.0 : …', GForge's
			// forum message head).
			m.subjectLine = oneLine(n.NextSibling.Data)
		}
		if m.subjectLine == "" && n.NextSibling == nil && subjectLabelOnly(n) {
			// A message's subject in the cell after its label's cell,
			// the label in bold ('<TD><FONT …><B>Subject:</B></FONT></TD><TD><FONT
			// …><B>Report: Fenmarsh and Saxby Fen outing</B></FONT></TD>',
			// eGroups' message header), as after a header cell.
			td := n.Parent
			if td != nil && td.DataAtom != atom.Td && onlyChild(td) == n {
				td = td.Parent
			}
			if td != nil && td.DataAtom == atom.Td {
				m.subjectLine = nextCellText(td)
			}
		}
		if m.subjectLine == "" && n.NextSibling == nil && labelledBold(n) {
			// A topic's subject in bold after its label, both alone in
			// their element ('<span class="topicname">topic: <b>Winter
			// feeding station - what worked for us</b></span>',
			// orkut's community topic head).
			m.subjectLine = collapsedText(n)
		}
		if f := n.FirstChild; m.subjectLine == "" && f != nil && f == n.LastChild && f.Type == html.TextNode && strings.HasPrefix(f.Data, "Subject: \"") && strings.HasSuffix(f.Data, "\"") && len(f.Data) > len("Subject: \"\"") {
			// A topic's subject in quotation marks after its label, all
			// in bold ('<b>Subject: "Report: dark-sky night at Coldwater
			// Field"</b>', DCForum's topic head): the subject.
			m.subjectLine = oneLine(f.Data[len("Subject: \"") : len(f.Data)-1])
		}
		if f := n.FirstChild; m.subjectLine == "" && f != nil && f == n.LastChild && f.Type == html.TextNode && len(f.Data) > len("Discussion : ") && (f.Data[0] == 'D' || f.Data[0] == 'd') {
			// A discussion's subject after its label, all in bold
			// ('<b>Discussion : Train de nuit Paris - Briançon en
			// février : mon retour d'expérience</b>', a VoyageForum-like
			// forum's topic head): the subject.
			if label, rest, ok := strings.Cut(f.Data, ":"); ok && strings.EqualFold(strings.TrimSpace(label), "discussion") {
				m.subjectLine = oneLine(rest)
			}
		}
		if m.colonTail != "" && !m.boldTitle && n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode && sameText(n.FirstChild.Data, strings.TrimSpace(m.title)) {
			m.boldTitle = true
		}
	case atom.H2, atom.H3, atom.H4:
		if m.selfHeading == "" && m.canonical != "" && selfLinked(n, m.canonical) {
			m.selfHeading = collapsedText(n)
		}
		if n.DataAtom == atom.H4 {
			break
		}
		if m.crumbCurrent != "" && m.crumbHeading == "" && sameText(textOf(n), m.crumbCurrent) {
			m.crumbHeading = m.crumbCurrent
		}
		if m.underH1 == nil && m.h1Node != nil {
			m.underH1 = n
		}
		if m.h1Node == nil && m.placeHeading == "" && m.headline != "" && sameText(textOf(n), m.headline) {
			m.placeHeading = m.headline
		}
		if m.slugHeading == "" && m.canonical != "" && (slugNode(n, addressSlug(m.canonical)) || slugNode(n, routePart(m.canonical))) {
			m.slugHeading = collapsedText(n)
		}
		if n.DataAtom == atom.H2 && m.h1Node == nil && m.issueNode == nil {
			m.issueNode = n // the first only; its text read by title
		}
		if m.slugLead == "" && m.h1Node == nil && m.canonical != "" && colonIn(n) {
			if t := collapsedText(n); slugLead(t, addressSlug(m.canonical)) {
				m.slugLead = t
			}
		}
		if m.colonTail != "" && m.tailHeading == "" && sameText(textOf(n), m.colonTail) {
			m.tailHeading = m.colonTail
		}
		if m.entryHeading == "" && m.ogTitle != "" && m.headline != "" && nodeWords(n) == fieldCount(m.headline) && sameText(textOf(n), m.headline) {
			m.entryHeading = m.headline
		}
		if m.postHeading == "" && m.h1Node != nil && (strings.Contains(class, "title") || strings.Contains(class, "titre") || strings.Contains(class, "Title") || strings.Contains(class, "postheader")) && headlineClass(class) {
			m.postHeading = collapsedText(n)
		}
		if m.blockHeading == "" && m.h1Node != nil && strings.Contains(class, "title") && titleElement(class) && nodeWords(n) >= 5 {
			m.blockHeading = collapsedText(n)
		}
		if m.newsHeading == "" && (strings.Contains(class, "news__title") || strings.Contains(class, "news-title") || strings.Contains(class, "news_title") || strings.Contains(class, "newsTitle")) && nodeWords(n) >= 3 {
			// In camel case too ('<h2 class="newsTitle">Vide-greniers
			// de printemps : …</h2>', the Lions Clubs' club sites under
			// a <title> of the club's name and "Actualités").
			m.newsHeading = collapsedText(n)
		}
		if m.updateHeading == "" && m.h1Node != nil && updateTitleClass(class) && nodeWords(n) >= 3 {
			m.updateHeading = collapsedText(n)
			if m.namedDate == "" && m.earlyUpdateDate != "" {
				// The update's day set over its heading ('<span
				// class="update-date">28 nov. 2026</span>' before '<h2
				// class="update-title">', FundRazr's update head).
				m.namedDate = m.earlyUpdateDate
			}
		}
	case atom.H1:
		if m.h1Node == nil {
			m.h1Node = n
			if m.lastLink != nil && m.ogTitle != "" && strings.Contains(m.ogTitle, ": ") {
				// The last link before the first <h1>, read when
				// og:title holds a colon: a review's line naming the
				// work's author over it.
				m.overH1 = collapsedText(m.lastLink)
			}
		}
		h1 := unmarkedText(n)
		if b := find(n, atom.Button); b != nil {
			// A control after the heading's words, in it (rustdoc's
			// "Module v0_9<button id="copy-path">Copy item path
			// </button>"): its label is no part of the headline.
			if bt := textOf(b); bt != "" && len(strings.TrimSpace(h1)) > len(bt) {
				h1 = strings.TrimSuffix(h1, bt)
			}
		}
		if last := trailLast(n); last != "" {
			// A trail of links set as the heading: its last step is
			// the page's.
			h1 = last
		} else if rest := afterSiteSpan(n, m.title); rest != "" {
			h1 = rest
		}
		m.h1 = append(m.h1, oneLine(h1))
		if len(m.h1) == 1 {
			m.h1Class = attr(n, "class")
		}
		if a := find(n, atom.A); m.homeName == "" && a != nil && (indexHref(attr(a, "href")) || weblogHref(attr(a, "href"), m.canonical)) {
			// Or the index file beside the page ('<h1 id="cb_title"><a
			// href="index.php">Les Amis du Vieux Tracteur</a></h1>',
			// Connectix Boards' header over a topic).
			m.homeName = m.h1[len(m.h1)-1]
		} else if m.homeName == "" && a == nil && n.Parent != nil && n.Parent.DataAtom == atom.A && indexHref(attr(n.Parent, "href")) {
			// The <h1> inside a link to the site's index page ('<a
			// href="index.html" id="bannerLeft"><h1>Tidegate
			// Client</h1></a>', a Maven site's banner): the site's
			// name too.
			m.homeName = m.h1[len(m.h1)-1]
		}
	case atom.Title:
		if m.title == "" {
			m.title = textOf(n)
			m.restFirsts = restFirsts(m.title)
			m.headline = titleHeadline(m.title)
			m.colonTail = colonTail(m.title)
			m.newsTitle = newsTail(oneLine(m.title))
			m.headlineBare = numberedLabel.ReplaceAllString(m.headline, "")
			if m.headlineBare == m.headline {
				m.headlineBare = sectionLabel.ReplaceAllString(m.headline, "")
			}
			if m.headlineBare == m.headline {
				m.headlineBare = ""
			}
		}
	case atom.Script:
		if strings.EqualFold(attr(n, "type"), "application/ld+json") {
			m.jsonLD = append(m.jsonLD, textOf(n))
		} else if n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			if m.scriptDate == "" {
				m.scriptDate = firstPublished(n.FirstChild.Data)
			}
			if len(m.dataScripts) < 4 && (strings.Contains(n.FirstChild.Data, `"published"`) || strings.Contains(n.FirstChild.Data, `"created`)) {
				m.dataScripts = append(m.dataScripts, n.FirstChild.Data)
			}
		}
	}
}

// rdfaDates are the RDFa properties of Dublin Core, and of schema.org
// with its usual prefix, that state a resource's creation or
// publication.
var rdfaDates = wordSet("dc:date dc:created dc:issued dcterms:date dcterms:created dcterms:issued schema:datecreated schema:datepublished")

// rdfaDate returns the content of an element whose RDFa property is one
// of rdfaDates ("<span property="dc:date dc:created" content="2025-03-18T
// 10:12:34+00:00">", Drupal 7's around a node's "Submitted by" line;
// "<span property="schema:dateCreated" content="…">", Drupal 8's and
// later's, hidden beside the byline), or "": a date stated as a <meta
// name> states it. The comments after the node carry later ones.
func rdfaDate(n *html.Node) string {
	for p := range strings.FieldsSeq(strings.ToLower(attr(n, "property"))) {
		if rdfaDates[p] {
			return strings.TrimSpace(attr(n, "content"))
		}
	}
	return ""
}

// microformatDate returns the date of publication an element states
// with a microformat — hAtom's class "published", microformats2's
// "dt-published" — in the machine-readable attribute the value-class
// pattern reads (an <abbr title>, a <time datetime>, a <data value>), or
// "". Blog platforms of the 2000s date their posts only so, in the post's
// footer; the comments after the post carry later ones.
func microformatDate(n *html.Node) string {
	class := attr(n, "class")
	if !strings.Contains(class, "published") {
		return ""
	}
	for _, c := range strings.Fields(class) {
		if c == "published" || c == "dt-published" {
			for _, key := range []string{"title", "datetime", "value"} {
				if v := strings.TrimSpace(attr(n, key)); v != "" {
					return v
				}
			}
		}
	}
	return ""
}

// linkColumn reports whether n is a layout table's cell that holds a
// site's menu, not text: no paragraph, no heading, a hundred words at
// most, and more of its text in links than out of them, the links set
// one under another by <br>s ("Accueil", "Le club", then "Autres
// sorties :" and the other outings, each "(mars 2009)"), as a page laid
// out in a table by hand (KompoZer's, Nvu's) sets its navigation
// beside the text.
func linkColumn(n *html.Node) bool {
	if n.DataAtom != atom.Td {
		return false
	}
	linked, total, breaks := 0, 0, 0
	for d := range n.Descendants() {
		switch {
		case d.DataAtom == atom.Br:
			breaks++
		case d.Type == html.ElementNode && (d.DataAtom == atom.P || d.DataAtom == atom.Table || headingLevel(d) > 0):
			return false
		case d.Type == html.TextNode:
			k := len(strings.TrimSpace(d.Data))
			total += k
			if d.Parent.DataAtom == atom.A {
				linked += k
			}
		}
	}
	return breaks >= 3 && total > 0 && 2*linked > total && len(strings.Fields(textOf(n))) <= 100
}

// wordListItem reports whether n is an item of a list as Microsoft Word
// saves one as HTML: a paragraph of class MsoListParagraph (and its
// CxSpFirst, CxSpMiddle and CxSpLast), its bullet drawn in a span
// (wordBullet), not an <li>.
func wordListItem(n *html.Node) bool {
	return n.DataAtom == atom.P && strings.HasPrefix(attr(n, "class"), "MsoListParagraph")
}

// wordBullet reports whether n is the bullet or number Microsoft Word
// writes in a span at the head of a list's item when it saves a document
// as HTML (wordListItem: "·" in the Symbol font, "1.", "o", then a span
// of no-break spaces in 7-point type), the mark an <li> draws, not its
// text.
func wordBullet(n *html.Node) bool {
	if n.DataAtom != atom.Span || n.Parent == nil || !wordListItem(n.Parent) || firstChildElement(n.Parent) != n || prevText(n) {
		return false
	}
	mark := strings.TrimFunc(textOf(n), func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' })
	return mark != "" && utf8.RuneCountInString(mark) <= 3
}

// stepperLine reports whether paragraph p ends with two buttons and says
// four words at most before them ('<p class="recette-portions">Pour
// <strong>6</strong> personnes <button class="portions-moins">−</button>
// <button class="portions-plus">+</button></p>', a recipe's servings
// with the buttons that change them): a control, whose value the
// reader sets, not a line of the text.
func stepperLine(p *html.Node) bool {
	b := p.LastChild
	for b != nil && b.Type == html.TextNode && strings.TrimSpace(b.Data) == "" {
		b = b.PrevSibling
	}
	if b == nil || b.DataAtom != atom.Button {
		return false
	}
	a := prevElement(b)
	if a == nil || a.DataAtom != atom.Button {
		return false
	}
	words := 0
	for c := p.FirstChild; c != a; c = c.NextSibling {
		if words += nodeWords(c); words > 4 {
			return false
		}
	}
	return true
}

// jumpTerms reports whether dl, a definition list, holds two terms or
// more and each is a link alone to an anchor of the page ('<dt><tt><a
// href="#//apple_ref/c/func/rb_free" target="_top">rb_free</a></tt></dt>
// <dd>Returns the number of bytes …</dd>', HeaderDoc's list of a header's
// functions over their entries): an index of entries the page gives
// below, their abstracts said again there. A term that links to itself
// is a permalink, not an index's entry.
func jumpTerms(dl *html.Node) bool {
	terms := 0
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Dt {
			continue
		}
		a := onlyChild(c)
		if a != nil && a.DataAtom != atom.A {
			a = onlyChild(a)
		}
		if a == nil || a.DataAtom != atom.A {
			return false
		}
		if href := attr(a, "href"); len(href) < 2 || href[0] != '#' || href[1:] == attr(c, "id") {
			// Not to an anchor, or to the term itself, its permalink
			// (mandoc's '<dt id="listen-legacy"><a class="permalink"
			// href="#listen-legacy">…'): a list of the text's own.
			return false
		}
		terms++
	}
	return terms >= 2
}

// prevText reports whether text other than space comes before n in its
// parent.
func prevText(n *html.Node) bool {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return true
		}
	}
	return false
}

// versionStamp reports whether paragraph p, of class "date", is
// "Version en vigueur" and a day alone ('<div class="title-article"><h3
// class="name-article"><span>Article 1</span></h3><p class="date">Version
// en vigueur depuis le 01 avril 2025</p></div>', as Légifrance stamps
// each article of a text): the version the register shows, not the act's
// words.
func versionStamp(p *html.Node) bool {
	f := p.FirstChild
	return f != nil && f == p.LastChild && f.Type == html.TextNode && strings.HasPrefix(strings.TrimSpace(f.Data), "Version en vigueur ") && attr(p, "class") == "date"
}

// junk reports whether an element is page furniture as a whole.
func junk(n *html.Node) bool {
	if n.DataAtom == atom.Aside && (verdictBox(n) || recipeNote(attr(n, "class"))) {
		return false // the author's verdict or note, set in a box of the text
	}
	if n.DataAtom == atom.Form && holdsArticle(n) {
		// A page's one form around all of it (ASP.NET's Web Forms,
		// which DNN and other .NET sites are built on) holds the
		// article: its furniture is judged inside it.
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form,
		atom.Iframe, atom.Button, atom.Svg, atom.Template, atom.Dialog, atom.Menu, atom.Figcaption:
		return true
	}
	if comment(n) || threadAnswer(n) {
		return true // an <article> too: a reply in a thread is one
	}
	if n.DataAtom == atom.P && versionStamp(n) {
		return true // an article's version in force, under its heading
	}
	if n.DataAtom == atom.Dl && replyLinks(n) {
		return true // a story's comments, each with its link to reply
	}
	if n.DataAtom == atom.Dl && jumpTerms(n) {
		return true // an index of the page's own entries, each a summary
	}
	if n.DataAtom == atom.Ul && mailHeaderList(n) {
		return true // a message's header, its fields a line each
	}
	if n.DataAtom == atom.Caption && pictureTable(n.Parent) {
		return true // a picture's caption, as a <figcaption> is
	}
	if n.DataAtom == atom.Li && afterMainEntity(n) {
		return true // a reply, or an ad, after the thread's opening post
	}
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Main, atom.Article, atom.Title, atom.Meta, atom.Link, atom.H1:
		// Never drop the page or its article for a class name: sites put
		// "post-header" or "with-sidebar" on the element that holds it.
		return false
	}
	if n.DataAtom == atom.P && topicIndex(n) {
		return true
	}
	if n.DataAtom == atom.P && stepperLine(n) {
		return true
	}
	if n.DataAtom == atom.A && (seekLink(n) || headingMark(n)) || n.DataAtom == atom.Blockquote && quotedPost(n) || quoteLabel(n) || quoteHead(n) || quoteWordLabel(n) || wordBullet(n) || linkColumn(n) || chapterList(n) || playerTimes(n) || followupTree(n) {
		return true
	}
	if n.DataAtom == atom.A && headingSelfLink(n) {
		return false // the heading's own text, whatever its class says
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "status", "img", "doc-toc", "note":
		// An element in the role of an image shows a picture, and its
		// text, when it has one, is the picture's glyph (a callout's
		// emoji icon): the alt text of an image is not read either. A
		// table of contents (DPUB-ARIA's "doc-toc", as Org mode's
		// export and EPUB readers mark it) repeats the headings. An
		// element in the role of a status is the application's message
		// about the page ('<div class="--docs--alert-public"
		// role="status"><span>Document public</span> <span>Ce document
		// est en lecture seule. …</span></div>', La Suite's Docs, over
		// the document), as an alert is. An element in the role of a
		// note is, by ARIA's word, ancillary to the main content: a
		// tip or notice box set in the text ('<div class="advice-tip"
		// role="note"><p class="advice-tip__title">Le conseil du
		// vendeur</p>…', a DIY shop's guide), as its kind's class
		// words or other rules already tell on forty-nine other
		// tuning pages.
		return true
	}
	if attr(n, "hidden") != "" || strings.EqualFold(attr(n, "aria-hidden"), "true") || signupBox(n) {
		return true
	}
	if attr(n, "data-panel-type") != "" && !holdsArticle(n) {
		// A block editor's panel, marked with its kind (an info, note,
		// tip or warning panel): a callout, set apart from the text.
		return true
	}
	if n.DataAtom == atom.Div && pictogramBox(n) && !holdsArticle(n) {
		// A box that an emoji opens in a block of its own, its text in
		// the block beside it (Nextra's and Hextra's callouts, "⚠️"
		// then the warning): a callout, as a block editor's panel is.
		return true
	}
	class, id := attr(n, "class"), attr(n, "id")
	if notebookCode(class) {
		return true
	}
	if n.DataAtom == atom.Blockquote && kindQuote(class) || n.DataAtom == atom.P && (class == "message" || class == "danger" || class == "warning") {
		// A quotation marked with a callout's kind, its title or not
		// ("warning-title", "note", Just the Docs' callouts, the title
		// the first paragraph), and a paragraph of class "message" alone
		// (Poole's highlighted notice, which Hyde and Lanyon keep), or
		// of a warning's kind alone ('<p class="danger">Ne modifiez pas
		// la première ligne …</p>', SACoche's documentation's red
		// warning between its paragraphs):
		// callouts, not the text's.
		return true
	}
	if (kindNote(class) || modifierNote(class) || kindBox(class) || boxedText(class) || prefixedKind(class) || colourNotice(class) || camelNotice(class) || flashNotice(class)) && !holdsArticle(n) {
		// A note marked with its kind in its class ("note warning",
		// "note info"), by a BEM modifier ("box--note"), or a box or
		// wrap of a kind ("wrap_info", a wiki's wrap plugin), as blog
		// themes write a box of the text: a callout, as a block
		// editor's panel is.
		return true
	}
	if strings.Contains(class, "card") && textCard(n) && !holdsArticle(n) {
		// A card set among the story's paragraphs, titled: a callout,
		// as a box of a kind is.
		return true
	}
	if isSubheading(n) || soleHeading(n) {
		// A heading's "header" is its kind, not the page's header; so
		// is that of the wrappers a block editor sets around each
		// subheading ("sub_header-block", "section-header") holding it
		// alone.
		class, id = strings.ReplaceAll(strings.ToLower(class), "header", "heading"), strings.ReplaceAll(strings.ToLower(id), "header", "heading")
		if isSubheading(n) && id != "" {
			// A subheading marked as one the table of contents lists
			// ("toc-header", Wiki.js's), its id the anchor the table
			// links to, is the text's, not the table's.
			class = strings.ReplaceAll(class, "toc-heading", "heading")
		}
		if isSubheading(n) && anchorID(id, n) {
			// An anchor made of the heading's own words
			// ("comment-s-inscrire" on "Comment s’inscrire") names
			// its text, not its kind.
			id = ""
		}
	}
	if itemDescription(n) {
		// The article's own summary, as its microdata marks it
		// (itemprop="description" in the item that holds the article):
		// the standfirst, whatever its class calls it ("teaser").
		return false
	}
	if strings.Contains(class, "widget") && zoneWidget(n) {
		// A page builder's widget among the widgets the story is
		// built of ("kentico-widget rich-text-widget" beside its
		// siblings): "widget" names its kind of block, not a
		// sidebar's; its other words still name it.
		class = strings.ReplaceAll(strings.ToLower(class), "widget", "block")
	}
	if strings.HasSuffix(class, "__teaser") && afterH1(n) {
		// A block's teaser right after the page's <h1> ('<h1
		// class="storyfull__title">…</h1><h2 class="storyfull__teaser">Menacé
		// de forfait …</h2>', a story's chapô), as a header's teaser
		// is: the standfirst, not another page's teaser.
		return false
	}
	if n.DataAtom == atom.Img && strings.HasPrefix(strings.ToLower(class), "attachment") {
		// A picture whose class says it is attached to the page
		// (MoinMoin's img.attachment, WordPress' "attachment-large")
		// is the page's picture, not a list of attachments.
		class = ""
	}
	if !furnitureName(class) && !furnitureName(id) && !furnitureName(builderName(n)) && !promptTestID(n) {
		return false
	}
	if n.DataAtom == atom.Div && stepsGoOn(n) {
		// The recipe's steps going on in a box (stepsGoOn).
		return false
	}
	if n.DataAtom == atom.Section && strings.Contains(class, "astuce") && firstChildElement(n) != nil && firstChildElement(n).DataAtom == atom.H2 {
		// A recipe's tip as a section of its own under an <h2>, as its
		// ingredients and its steps are ('<section
		// class="recette-astuce"><h2>Astuce</h2><p>Pour une version plus
		// rustique, …</p></section>', Aux Fourneaux' recipe page): the
		// recipe's last part, not the tip box an inset sets beside it.
		return false
	}
	// A layout wrapper ("layout with-sidebar") may hold the article
	// itself: furniture is short, so a block with several paragraphs of
	// prose is left to Readability's scoring.
	return !holdsArticle(n)
}

// textCard reports whether n is a card (Bootstrap's "card", a wiki's box
// plugin renders so) whose body opens with its title ("card-body", then a
// heading of class "card-title") and that comes right after a paragraph,
// a list or a quotation of the text: a box set in the story, not one of a grid of
// cards. A card alone in a block of a block editor's text (each block a
// <section> or <div> of its own) comes after the paragraph or list that
// ends the block before. A framework's prefix may come before each of
// the three names, and the card be its own body (UIkit's "uk-card
// uk-card-primary uk-card-body" around an "h3.uk-card-title").
func textCard(n *html.Node) bool {
	if !slices.ContainsFunc(strings.Fields(attr(n, "class")), func(w string) bool { return prefixedName(w, "card") }) {
		return false
	}
	prev := prevElement(n)
	if prev == nil && n.Parent != nil && soleElement(n.Parent, true) == n && (n.Parent.DataAtom == atom.Section || n.Parent.DataAtom == atom.Div) {
		if prev = prevElement(n.Parent); prev != nil && (prev.DataAtom == atom.Section || prev.DataAtom == atom.Div) {
			prev = prev.LastChild
			for prev != nil && prev.Type != html.ElementNode {
				prev = prev.PrevSibling
			}
		}
	}
	if prev == nil || prev.DataAtom != atom.P && prev.DataAtom != atom.Ul && prev.DataAtom != atom.Ol && prev.DataAtom != atom.Blockquote {
		return false
	}
	body := n
	if !hasPrefixedName(n, "card-body") {
		body = firstChildElement(n)
	}
	if body == nil || !hasPrefixedName(body, "card-body") {
		return false
	}
	title := firstChildElement(body)
	return title != nil && headingLevel(title) > 0 && hasPrefixedName(title, "card-title")
}

// prefixedName reports whether a class word is name, or name after a
// framework's prefix and a "-" ("uk-card-body" for "card-body").
func prefixedName(w, name string) bool {
	return w == name || len(w) > len(name) && strings.HasSuffix(w, name) && w[len(w)-len(name)-1] == '-' && !strings.Contains(w[:len(w)-len(name)-1], "-")
}

// hasPrefixedName reports whether one of n's class words is name, its
// prefix allowed (prefixedName).
func hasPrefixedName(n *html.Node, name string) bool {
	return slices.ContainsFunc(strings.Fields(attr(n, "class")), func(w string) bool { return prefixedName(w, name) })
}

// prevElement returns n's previous sibling element, or nil.
func prevElement(n *html.Node) *html.Node {
	p := n.PrevSibling
	for p != nil && p.Type != html.ElementNode {
		p = p.PrevSibling
	}
	return p
}

// pastBlank returns n, or the first sibling after it that is not a text
// of white space alone: the node a reader sees next.
func pastBlank(n *html.Node) *html.Node {
	for n != nil && n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
		n = n.NextSibling
	}
	return n
}

// beforeBlank returns n, or the first sibling before it that is not a
// text of white space alone.
func beforeBlank(n *html.Node) *html.Node {
	for n != nil && n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
		n = n.PrevSibling
	}
	return n
}

// nextElement returns n's next sibling element, or nil.
func nextElement(n *html.Node) *html.Node {
	s := n.NextSibling
	for s != nil && s.Type != html.ElementNode {
		s = s.NextSibling
	}
	return s
}

// firstChildElement returns n's first child element, or nil.
func firstChildElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// maxQuoteHeadWords is the most words of the head quotedPost reads.
const maxQuoteHeadWords = 6

// quotedPost reports whether a quotation opens with a <cite> that ends
// with a colon ("Tinplate Terry Wrote:", "Mimile a écrit :"), or with a
// box that holds only a link ending so (XenForo's "<div><a href="/goto/
// post?id=…">Pete Ormond said:</a></div>", a link to the post quoted): a
// forum's quotation of another post, which names its author first, unlike
// a quotation of the story's, whose source, when cited, comes after it.
// So is a quotation whose first text is a link to the address its cite
// attribute gives (WoltLab's "<blockquote cite=…><div><a href=…>Citation
// de Gaston</a></div>", the link to the post quoted).
func quotedPost(n *html.Node) bool {
	if cite := attr(n, "cite"); cite != "" && citeLinkFirst(n, cite) {
		return true
	}
	c := firstContent(n)
	for c != nil && c.DataAtom == atom.Div {
		if first := firstContent(c); first != nil && (first.DataAtom == atom.Cite || first.DataAtom == atom.Div || first.DataAtom == atom.A && onlyChild(c) == first) {
			c = first // phpBB's <blockquote><div><cite>
			continue
		}
		break
	}
	if c != nil && c.DataAtom == atom.Div && c.FirstChild != nil && c.FirstChild == c.LastChild && c.FirstChild.Type == html.TextNode && strings.Contains(attr(c, "class"), "uote_citation") {
		// Invision Community's quotation box, its author's line alone
		// in a <div> named for the citation ('<blockquote
		// class="ipsQuote"><div class="ipsQuote_citation">Frimas38 a
		// dit :</div>…').
		head := strings.TrimSpace(c.FirstChild.Data)
		return strings.HasSuffix(head, ":") && fieldCount(head) <= maxQuoteHeadWords
	}
	if c == nil || c.DataAtom != atom.Cite && c.DataAtom != atom.A {
		return false
	}
	head := strings.TrimSpace(textOf(c))
	return strings.HasSuffix(head, ":") && (c.DataAtom == atom.Cite || fieldCount(head) <= maxQuoteHeadWords)
}

// citeLinkFirst reports whether the first text of n that is not only
// space is in a link to cite.
func citeLinkFirst(n *html.Node, cite string) bool {
	for d := range n.Descendants() {
		if d.Type != html.TextNode || strings.TrimSpace(d.Data) == "" {
			continue
		}
		for a := d.Parent; a != nil && a != n; a = a.Parent {
			if a.DataAtom == atom.A {
				return attr(a, "href") == cite
			}
		}
		return false
	}
	return false
}

// itemDescription reports whether n is the description of the
// microdata item that holds the article: itemprop="description", in the
// nearest element with an itemscope, which holds the article
// (holdsArticle). A related story's card has its description too, in an
// item that holds no article.
func itemDescription(n *html.Node) bool {
	if !slices.Contains(strings.Fields(attr(n, "itemprop")), "description") {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if hasAttr(p, "itemscope") {
			return holdsArticle(p)
		}
	}
	return false
}

// minZoneWidgets is the fewest widgets of one builder's name a zone of
// the story holds (zoneWidget).
const minZoneWidgets = 3

// zoneWidget reports whether n is one of a page builder's widgets that
// make up the story: its first class, which holds "widget", is the first
// class of at least minZoneWidgets elements among n and its siblings, and
// their parent holds the article (holdsArticle). A sidebar's widgets
// stand in a box that holds no article.
func zoneWidget(n *html.Node) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(attr(n, "class")), " ")
	if !strings.Contains(first, "widget") || n.Parent == nil {
		return false
	}
	same := 0
	for c := n.Parent.FirstChild; c != nil && same < minZoneWidgets; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if f, _, _ := strings.Cut(strings.TrimSpace(attr(c, "class")), " "); f == first {
				same++
			}
		}
	}
	return same >= minZoneWidgets && holdsArticle(n.Parent)
}

// noteKinds are the kinds a theme's note box is marked with beside
// "note" in its class.
var noteKinds = wordSet("info warning tip danger success primary default caution important")

// kindNote reports whether a class is a note box's marked with its kind:
// the word "note" and one of noteKinds among its words ("note warning").
func kindNote(class string) bool {
	if !strings.Contains(class, "note") {
		return false
	}
	note, kind := false, false
	for w := range strings.FieldsSeq(strings.ToLower(class)) {
		note = note || w == "note"
		kind = kind || noteKinds[w]
	}
	return note && kind
}

// flashKinds are the kinds Primer's flash message is marked with after
// "flash-".
var flashKinds = wordSet("warn error success info")

// flashNotice reports whether a class is Primer's flash message: "flash"
// and "flash-" and its kind among its words ('<div class="flash
// flash-warn"><svg class="octicon octicon-alert" …></svg>
// <strong>Warning: </strong>The agency's data has gaps …</div>', as
// fastpages writes a post's warning callout): a notice, not the text.
func flashNotice(class string) bool {
	if !strings.Contains(class, "flash-") {
		return false
	}
	flash, kind := false, false
	for w := range strings.FieldsSeq(class) {
		flash = flash || w == "flash"
		if k, ok := strings.CutPrefix(w, "flash-"); ok && flashKinds[k] {
			kind = true
		}
	}
	return flash && kind
}

// camelNotice reports whether a class is one word that ends with
// "Notification" after a software's name in lower case
// ("foswikiNotification", as Foswiki's and TWiki's skins style the
// %NOTIFICATION% box an author sets in a topic): a notice, not the text.
func camelNotice(class string) bool {
	const suffix = "Notification"
	head, ok := strings.CutSuffix(class, suffix)
	if !ok || head == "" || strings.ContainsAny(head, " \t") {
		return false
	}
	last := head[len(head)-1]
	return last >= 'a' && last <= 'z'
}

// kindQuote reports whether a class is one word, a callout's kind (boxKinds,
// noteKinds, "new", "highlight"), "-title" after it or not ("warning-title",
// as Just the Docs marks a callout whose first paragraph is its title),
// or "is-" before it ("is-info", "is-warning", a state's modifier as
// Wiki.js marks a quotation {.is-info} for a callout, Bulma's names).
func kindQuote(class string) bool {
	if class == "" || strings.ContainsAny(class, " \t") {
		return false
	}
	kind := strings.TrimPrefix(strings.TrimSuffix(strings.ToLower(class), "-title"), "is-")
	return boxKinds[kind] || noteKinds[kind] || kind == "new" || kind == "highlight"
}

// kindPrefixes are the names a theme writes before a note's kind in one
// word of a class ("prompt-tip", Chirpy's prompts; "notice--info", a BEM
// modifier of Minimal Mistakes' notices; "rmdnote", "rmdtip", R
// Markdown's blocks as bookdown's books style them).
var kindPrefixes = []string{"prompt-", "notice--", "rmd"}

// prefixedKind reports whether a word of a class is one of kindPrefixes
// and one of boxKinds or noteKinds ("prompt-tip", "prompt-warning", as
// Chirpy writes a blockquote marked {: .prompt-tip }; "notice--info",
// "notice--primary", as Minimal Mistakes writes a paragraph marked {:
// .notice--info }): a callout. So is a word that ends with "emphasis-"
// and a kind ("csh-markdown-emphasis-info", as a help desk's Markdown
// writes a highlighted box with its title, "Bon à savoir").
func prefixedKind(class string) bool {
	// Most classes hold none of the prefixes: they are not split.
	class = strings.ToLower(class)
	if !strings.Contains(class, "prompt-") && !strings.Contains(class, "notice--") && !strings.Contains(class, "rmd") && !strings.Contains(class, "emphasis-") {
		return false
	}
	return slices.ContainsFunc(strings.Fields(class), func(w string) bool {
		if i := strings.LastIndex(w, "emphasis-"); i >= 0 && (i == 0 || w[i-1] == '-' || w[i-1] == '_') {
			kind := w[i+len("emphasis-"):]
			return boxKinds[kind] || noteKinds[kind]
		}
		return slices.ContainsFunc(kindPrefixes, func(p string) bool {
			kind, ok := strings.CutPrefix(w, p)
			return ok && (boxKinds[kind] || noteKinds[kind])
		})
	})
}

// pictogramBox reports whether <div> n holds two blocks and no more: the
// first only pictograms (an emoji, as afterPictogram reads them), alone or
// in one block inside it, the second text of no more than maxCalloutWords
// words ("<div><div>⚠️</div><div><p>Upgrade every machine …</p></div></div>",
// the callout Nextra's and Hextra's shortcodes write).
func pictogramBox(n *html.Node) bool {
	lead := firstContent(n)
	if lead == nil || lead.DataAtom != atom.Div && lead.DataAtom != atom.Span {
		return false
	}
	icon := lead
	if inner := onlyChild(icon); inner != nil && (inner.DataAtom == atom.Div || inner.DataAtom == atom.Span) {
		icon = inner
	}
	glyph := false
	for c := icon.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return false
		}
		for _, r := range c.Data {
			if unicode.Is(unicode.So, r) {
				glyph = true
			} else if !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) && r != '\u200d' {
				return false
			}
		}
	}
	if !glyph {
		return false
	}
	next := func(c *html.Node) *html.Node { return c.NextSibling }
	body := edgeContent(lead.NextSibling, next)
	return body != nil && body.DataAtom == atom.Div && edgeContent(body.NextSibling, next) == nil && nodeWords(body) <= maxCalloutWords
}

// noticeColours are the colours a notice is marked with beside its name.
var noticeColours = wordSet("yellow red blue green orange")

// colourNotice reports whether a class is a notice's and its colour's
// ("notices yellow", as Grav's markdown-notices plugin writes a paragraph
// marked "!"; red, blue and green for "!!", "!!!" and "!!!!"): a
// callout, its colour its kind.
func colourNotice(class string) bool {
	if !strings.Contains(class, "notice") {
		return false
	}
	notice, colour := false, false
	for w := range strings.FieldsSeq(strings.ToLower(class)) {
		notice = notice || w == "notices" || w == "notice"
		colour = colour || noticeColours[w]
	}
	return notice && colour
}

// boxedText reports whether a class names a block of boxed text: the
// words "boxed" and "text" in a row, joined by "-", "_", a space or camel
// case ("mcnBoxedTextBlock", as Mailchimp's e-mail builder writes the
// box it sets among a letter's text blocks; "boxed-text"): a callout.
func boxedText(class string) bool {
	if !containsFold(class, "boxed") {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(splitCamel(class)), func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "boxed" && words[i+1] == "text" {
			return true
		}
	}
	return false
}

// noteBlocks are the blocks a BEM modifier "note" marks as a note box.
var noteBlocks = wordSet("box panel card")

// modifierNote reports whether a class marks a box as a note with a BEM
// modifier: a box, panel or card block and "note" after its "--"
// ("box--note", "panel--note"), as static-site themes write a box of the
// text.
func modifierNote(class string) bool {
	if !strings.Contains(class, "--note") {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(class)) {
		if block, mod, ok := strings.Cut(w, "--"); ok && mod == "note" && noteBlocks[block] {
			return true
		}
	}
	return false
}

// boxKinds are the kinds a box or a wrap is marked with after its name
// ("wrap_info", "box-warning").
var boxKinds = wordSet("info tip warning important alert caution danger help note")

// boxWords name a box in a class, before its kind.
var boxWords = wordSet("wrap box frame")

// kindBox reports whether a class marks a box of a kind: "wrap", "box" or
// "frame" and one of boxKinds as the next of its words, joined by "_" or
// "-" ("wrap_info", as DokuWiki's wrap plugin writes an info box;
// "ems-box-info"; "frame-info", a TYPO3 content element's frame), or "box" and, as another of its classes, one of
// boxKinds and "message" in one word ("box infomessage", as XWiki writes
// its info macro), or one of boxKinds alone as a class beside a class
// that ends with "-block" ("tip custom-block", as VitePress and VuePress
// write a tip or warning container), or one of boxKinds and "box" in one
// word ("notebox", as ikiwiki's note template writes it, "warningbox"),
// or one of boxKinds and "box" after it as the next of its words
// ("elx_info_box", as Elxis writes its info box among an article's
// paragraphs, '<div class="elx_box elx_info_box"><strong>Adhérents
// :</strong> pensez à renouveler votre licence …</div>'), or "ui", one of
// boxKinds and "message" as three classes (Semantic UI's and Fomantic's
// message, '<div class="ui info message"><div class="header">Réunion
// d’information</div><p>Mardi 15 avril à 18 h 30, salle du conseil.
// Entrée libre.</p></div>', a LEPTON CMS theme's notice among a news
// item's paragraphs).
func kindBox(class string) bool {
	if !strings.Contains(class, "wrap") && !strings.Contains(class, "box") && !strings.Contains(class, "frame") && !strings.Contains(class, "-block") && !strings.HasPrefix(class, "ui ") {
		return false
	}
	box, message, kind, block, ui, uiMessage := false, false, false, false, false, false
	for c := range strings.FieldsSeq(strings.ToLower(class)) {
		box = box || c == "box"
		ui = ui || c == "ui"
		uiMessage = uiMessage || c == "message"
		kind = kind || boxKinds[c]
		block = block || strings.HasSuffix(c, "-block") && len(c) > len("-block")
		if kind, ok := strings.CutSuffix(c, "message"); ok && boxKinds[kind] {
			message = true
		}
		if kind, ok := strings.CutSuffix(c, "box"); ok && boxKinds[kind] {
			return true
		}
		prev := ""
		for w := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == '-' || r == '_' }) {
			if prev != "" && (boxWords[prev] && boxKinds[w] || boxKinds[prev] && w == "box") {
				return true
			}
			prev = w
		}
	}
	return box && message || kind && block || ui && kind && uiMessage
}

// maxSignupWords is the most words a sign-up box says beside its form.
const maxSignupWords = 40

// signupBox reports whether n is a sign-up box: a <div> or <section>
// holding a form with an e-mail field and, beside it, maxSignupWords words
// at most — a newsletter's name and pitch ("One story every Friday. No
// ads, ever."), whatever its class is called. The form goes as furniture;
// its pitch, in sentences, would stay.
func signupBox(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section {
		return false
	}
	var form *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Form && emailField(c) {
			form = c
			break
		}
	}
	if form == nil {
		return false
	}
	words := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c != form {
			words += nodeWords(c)
		}
	}
	return words <= maxSignupWords
}

// emailField reports whether n holds an input for an e-mail address.
func emailField(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Input && (strings.EqualFold(attr(c, "type"), "email") ||
			strings.Contains(strings.ToLower(attr(c, "name")+attr(c, "placeholder")), "mail")) || emailField(c) {
			return true
		}
	}
	return false
}

// timestamp is a media time: "07:30", "1:02:45".
var timestamp = regexp.MustCompile(`^\d{1,2}(:\d{2}){1,2}$`)

// topicIndex reports whether paragraph n is an archive's index of the
// messages of a message's topic: its first text, in bold, "Messages in
// this topic" ('<P><FONT …><B>Messages in this topic</B> (3)<BR><A
// …>Report: Fenmarsh and Saxby Fen outing</A> Trevor Ashdown, Mar
// 13<BR>…', eGroups' page under a message), the topic's, not the
// message.
func topicIndex(n *html.Node) bool {
	c := n.FirstChild
	for i := 0; i < 3 && c != nil && c.Type == html.ElementNode; i++ {
		if c.DataAtom == atom.B || c.DataAtom == atom.Strong {
			t := c.FirstChild
			return t != nil && t.Type == html.TextNode && t.Data == "Messages in this topic"
		}
		c = c.FirstChild
	}
	return false
}

// followupTree reports whether n is WWWBoard's tree of a message's
// follow-ups: a <ul> whose first content is the script's marker comment
// "insert: N" (each reply's link, its author in bold and its time in
// italics, nested lists of their replies after "<!--top: N-->"), under
// "Réponses :" or "Follow Ups:": the thread's index, not the message; or
// a list archive's <ul class="thread">.
func followupTree(n *html.Node) bool {
	if n.DataAtom != atom.Ul {
		return false
	}
	if attr(n, "class") == "thread" {
		// A list archive's index of the message's thread, a list of
		// that one name ('<ul class="thread"><li><strong>Fil de
		// discussion</strong><ul><li><strong>[velo-ecole-brevilly] Bilan
		// …</strong>, <em>Yannick Le Meur, 15/04/2025</em>…', Sympa's
		// MHonArc pages under a message): the thread's, not the message.
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.CommentNode:
			return strings.HasPrefix(strings.TrimSpace(c.Data), "insert:")
		default:
			return false
		}
	}
	return false
}

// chapterList reports whether n is a podcast's chapter list: a <ul> or
// <ol> of three items or more, each opening with a media time
// (timestamp) and a title after it, the first at zero ("00:00 Welcome
// back", Captivate's "chapter-list" in a tab of its own, no heading over
// it). A day's programme ("09:00 Doors open") does not start at zero.
// A paragraph whose lines, cut by <br>, are such items is one too
// (chapterLines: Acast's show notes, "<p>00:00 Cold open<br>02:15
// Sailing out<br>…</p>"). A list without a class under a heading or a
// line that ends with a colon is the show notes' own, written in their
// text to say what the episode holds ('<h3>Au sommaire</h3><ul><li>00:00
// — Arrivée de nuit …</li>…', Funkwhale's track description; "<p>In this
// episode:</p>"): it stays. A theme's block of chapters under its label
// ('<h3 class="wp-block-heading">Timestamps</h3><ul
// class="episode-chapters">', a WordPress podcast theme's) still goes.
func chapterList(n *html.Node) bool {
	if n.DataAtom == atom.P {
		return chapterLines(n)
	}
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	if prev := prevElement(n); prev != nil && len(n.Attr) == 0 && (headingLevel(prev) > 0 || prev.DataAtom == atom.P && strings.HasSuffix(strings.TrimSpace(textOf(prev)), ":")) {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Li {
			return false
		}
		if !chapterLine(strings.Fields(textOf(c)), items == 0) {
			return false
		}
		items++
	}
	return items >= 3
}

// chapterLine reports whether the words f of a line are a chapter's: a
// media time, then its title; the first chapter's time is zero
// (chapterList, chapterLines).
func chapterLine(f []string, first bool) bool {
	return len(f) >= 2 && timestamp.MatchString(f[0]) && (!first || zeroTime(f[0]))
}

// zeroTime reports whether the media time t is the start, "0:00" or
// "00:00:00".
func zeroTime(t string) bool { return strings.Trim(t, "0:") == "" }

// playerTimes reports whether n is a player's clock: its text is only
// media times, two or more, the first at zero, perhaps with a slash
// between them ("<span class="current">00:00</span><div
// class="bar"></div><span class="duration">47:12</span>", Acast's
// progress bar; "0:00 / 47:12").
func playerTimes(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.P && n.DataAtom != atom.Span {
		return false
	}
	// Each text apart: the player's elements stand side by side
	// without a space between them. The first text is looked at before
	// any other: most elements' open with a letter.
	times := 0
	for c := range n.Descendants() {
		if c.Type != html.TextNode {
			continue
		}
		for f := range strings.FieldsSeq(c.Data) {
			if f == "/" {
				continue
			}
			if times > 3 || times == 0 && !zeroTime(f) || !timestamp.MatchString(f) {
				return false
			}
			times++
		}
	}
	return times >= 2
}

// chapterLines reports whether paragraph p is a chapter list set in
// lines: three lines or more, cut by <br>, each opening with a media time
// and a title after it, the first at zero.
func chapterLines(p *html.Node) bool {
	if find(p, atom.Br) == nil {
		return false
	}
	var lines []string
	var line strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.DataAtom == atom.Br:
				lines = append(lines, line.String())
				line.Reset()
			case c.Type == html.TextNode:
				line.WriteString(c.Data)
			default:
				walk(c)
			}
		}
	}
	walk(p)
	lines = append(lines, line.String())
	items, label := 0, false
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if items == 0 && !label && len(f) <= 3 && strings.HasSuffix(f[len(f)-1], ":") {
			// The list's label on its first line ("Chapitres :<br>00:00
			// Introduction<br>04:12 …", iVoox's description).
			label = true
			continue
		}
		if !chapterLine(f, items == 0) {
			return false
		}
		items++
	}
	return items >= 3
}

// seekLink reports whether a link is a player's seek link: its text is a
// media time and it points into the page ("#t=450") or at a time in a
// media ("?t=450", "&start=450"). Transcripts open each turn with one,
// chapter lists each line; they are the player's controls, not text.
func seekLink(n *html.Node) bool {
	if !timestamp.MatchString(strings.TrimSpace(textOf(n))) {
		return false
	}
	href := attr(n, "href")
	if strings.HasPrefix(href, "#") {
		return true
	}
	for _, p := range []string{"?t=", "&t=", "?time=", "&time=", "?start=", "&start="} {
		if strings.Contains(href, p) {
			return true
		}
	}
	return false
}

// comment reports whether an element is marked up as a reader's comment
// or a reply in a thread with schema.org microdata (itemtype Comment or
// UserComments, itemprop comment): forums and comment systems mark up
// each reply so, while the post that opens a thread is a
// DiscussionForumPosting or an Article.
func comment(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "itemtype":
			for _, t := range strings.Fields(a.Val) {
				t = strings.ToLower(t[strings.LastIndexByte(t, '/')+1:])
				if t == "comment" || t == "usercomments" {
					return true
				}
			}
		case "itemprop":
			for _, p := range strings.Fields(a.Val) {
				if strings.EqualFold(p, "comment") {
					return true
				}
			}
		}
	}
	return false
}

// afterMainEntity reports whether n comes after its list's first item
// and that item is the page's main entity in schema.org microdata
// (itemprop="mainEntity"): a forum marks the post that opens a thread so,
// in the list of its posts, and the items after it are the replies and
// the ads between them.
func afterMainEntity(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	first := n.Parent.FirstChild
	for first != nil && first.Type != html.ElementNode {
		first = first.NextSibling
	}
	if first == nil || first == n || first.DataAtom != atom.Li {
		return false
	}
	for _, p := range strings.Fields(attr(first, "itemprop")) {
		if strings.EqualFold(p, "mainEntity") {
			return true
		}
	}
	return false
}

// sharedAddress returns the absolute address a share link passes to a
// network ("https://www.facebook.com/sharer.php?u=…", ".../share?url=…":
// a path whose last part starts with "share", a parameter "u" or "url"),
// or "". A share button shares the page it is on: its address, when the
// page gives no other and its share links all pass the same one (a list's
// links share each item's page).
func sharedAddress(href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.Scheme != "https" && u.Scheme != "http" {
		return ""
	}
	last := u.Path[strings.LastIndexByte(u.Path, '/')+1:]
	if !strings.HasPrefix(strings.ToLower(last), "share") {
		return ""
	}
	q := u.Query()
	v := q.Get("u")
	if v == "" {
		v = q.Get("url")
	}
	return absoluteURL(v)
}

// returnKeys are the parameters of a link to log in that say where to
// come back to.
var returnKeys = []string{"back_url", "return_to", "return_url", "redirect_to"}

// returnAddress returns the absolute address a link to log in
// ("/login?back_url=https%3A%2F%2F…", a path whose last part holds
// "login" or "signin") comes back to, or "": the page the link is on,
// which sends the reader back to it.
func returnAddress(href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return ""
	}
	last := strings.ToLower(u.Path[strings.LastIndexByte(u.Path, '/')+1:])
	if !strings.Contains(last, "login") && !strings.Contains(last, "signin") && !strings.Contains(last, "sign_in") {
		return ""
	}
	q := u.Query()
	for _, k := range returnKeys {
		if v := absoluteURL(q.Get(k)); v != "" {
			return v
		}
	}
	return ""
}

// absoluteURL returns v trimmed when it is an absolute http(s) address
// without spaces, or "".
func absoluteURL(v string) string {
	v = strings.TrimSpace(v)
	if !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") || strings.ContainsAny(v, " <>\"") {
		return ""
	}
	return v
}

// itemURL returns the address a microdata property "url" or
// "mainEntityOfPage" of n states (a <link href>, an <a href>, a <meta
// content>) when the item it belongs to, its nearest ancestor with
// itemscope, is an article or a web page (itemtype Article, NewsArticle,
// BlogPosting, WebPage, …): the page's main item says where the page
// is. "" otherwise, or for a relative address.
func itemURL(n *html.Node) string {
	props := strings.Fields(attr(n, "itemprop"))
	if !slices.Contains(props, "url") && !slices.Contains(props, "mainEntityOfPage") {
		return ""
	}
	item := n.Parent
	for item != nil && !hasAttr(item, "itemscope") {
		item = item.Parent
	}
	if item == nil {
		return ""
	}
	switch t := itemType(item); {
	case strings.HasSuffix(t, "article"), t == "blogposting", t == "socialmediaposting", t == "webpage":
	default:
		return ""
	}
	v := attr(n, "href")
	if n.DataAtom == atom.Meta {
		v = attr(n, "content")
	}
	return absoluteURL(v)
}

// itemType returns the last part of an element's schema.org itemtype,
// lowercased ("answer" for https://schema.org/Answer), or "".
func itemType(n *html.Node) string {
	t := strings.TrimSpace(attr(n, "itemtype"))
	if t == "" {
		return ""
	}
	if f := strings.Fields(t); len(f) > 0 {
		t = f[0]
	}
	return strings.ToLower(t[strings.LastIndexByte(t, '/')+1:])
}

// threadAnswer reports whether n is an answer in a question-and-answer
// thread marked up with schema.org microdata: an Answer (itemprop
// acceptedAnswer or suggestedAnswer) under a Question that has a text of
// its own, the thread's article. In an FAQ page the questions are titles
// and their answers are the article: those stay.
func threadAnswer(n *html.Node) bool {
	if itemType(n) != "answer" {
		return false
	}
	for q := n.Parent; q != nil; q = q.Parent {
		if itemType(q) == "question" {
			return questionText(q)
		}
	}
	return false
}

// questionText reports whether a Question item holds an itemprop="text"
// outside its answers.
func questionText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || itemType(c) == "answer" {
			continue
		}
		for _, p := range strings.Fields(attr(c, "itemprop")) {
			if p == "text" {
				return true
			}
		}
		if questionText(c) {
			return true
		}
	}
	return false
}

// holdsArticle reports whether n holds an <article> or <main>, or at
// least three paragraphs of 150 bytes or more: <p> elements, or runs of
// text between line breaks (blog engines and old editors write a post's
// paragraphs as text and <br>, in a "widget" or "post" box).
func holdsArticle(n *html.Node) bool {
	return holdsText(n, true)
}

// holdsText reports whether n holds three paragraphs of 150 bytes or more
// (holdsArticle), or, when landmarks, an <article> or <main>.
func holdsText(n *html.Node, landmarks bool) bool {
	long := 0
	replies := commentName(attr(n, "class")) || commentName(attr(n, "id"))
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && len(c.Data) >= 150 && len(strings.TrimSpace(c.Data)) >= 150 {
				if long++; long >= 3 {
					return true
				}
			}
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Article, atom.Main:
				if !landmarks {
					break
				}
				if c.DataAtom == atom.Main || !replies && !commentName(attr(c, "class")) && !commentName(attr(c, "id")) {
					return true
				}
				// A comment system's replies are <article>s too
				// ("comments-comment"), and so are the entries of a box
				// named for comments or a guest book: they hold no
				// article.
			case atom.P:
				if len(textOf(c)) >= 150 {
					if long++; long >= 3 {
						return true
					}
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// commentWords name, in a class or id, readers' comments and replies,
// and a guest book's entries.
var commentWords = wordSet("comment comments commentaire commentaires reply replies reponse reponses guestbook")

// commentName reports whether a class or id names a comment or a reply:
// one of its words, as furnitureName splits them, is one of commentWords.
func commentName(name string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		if commentWords[w] {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// oneLine is s with each run of white space made one space, and none at
// its ends: a line of text as a page shows it.
func oneLine(s string) string {
	// Most lines asked for are one already: returned as they are, and
	// the others written once rather than split and joined.
	i, prevSpace := 0, true
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c != ' ' || prevSpace {
					break
				}
				prevSpace = true
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		prevSpace = false
		i += size
	}
	if i == len(s) && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	writeCollapsed(&b, s, &space)
	return b.String()
}

// collapsedText is oneLine(textOf(n)) written
// at once: the text of n with each run of white space made one space, and
// none at its ends.
func collapsedText(n *html.Node) string {
	var b strings.Builder
	// Sized once: at most the texts' bytes, an article's often.
	size := 0
	eachText(n, func(data string) { size += len(data) })
	b.Grow(size)
	space := false
	// eachText, as textOf walks: n itself when it is a text node.
	eachText(n, func(data string) { writeCollapsed(&b, data, &space) })
	return b.String()
}

// writeCollapsed writes s to b with each run of white space made one
// space and none at b's start; *space carries a run pending at the end of
// one piece into the next, so that oneLine and collapsedText (a node's
// texts in turn) share it.
func writeCollapsed(b *strings.Builder, s string, space *bool) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of the text, without decoding.
			if asciiSpace[c] {
				*space = true
			} else {
				if *space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				*space = false
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			*space = true
		} else {
			if *space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			*space = false
			b.WriteString(s[i : i+size])
		}
		i += size
	}
}

// fieldCount is len(strings.Fields(s)) without the slice: the rules ask
// how many words a text has far more often than which.
func fieldCount(s string) int {
	var w wordCounter
	w.count(s)
	return w.n
}

// nodeWords is fieldCount(textOf(n)) without building the text.
func nodeWords(n *html.Node) int {
	var w wordCounter
	eachText(n, w.count)
	return w.n
}

// eachText calls f with the data of every text node under n, in order.
func eachText(n *html.Node, f func(string)) {
	if n.Type == html.TextNode {
		f(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		eachText(c, f)
	}
}

// wordCounter counts the fields of a text given in parts, as
// strings.Fields splits the whole: a word runs on from one part into the
// next.
type wordCounter struct {
	n      int
	inWord bool
}

func (w *wordCounter) count(s string) {
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !w.inWord {
			w.n++
		}
		w.inWord = !space
		i += size
	}
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func textOf(n *html.Node) string {
	// Most texts asked for are a single text node's, returned as it is;
	// the others are sized before they are copied.
	var first string
	texts, size := 0, 0
	eachText(n, func(s string) {
		if s != "" {
			if texts == 0 {
				first = s
			}
			texts, size = texts+1, size+len(s)
		}
	})
	if texts <= 1 {
		return first
	}
	var b strings.Builder
	b.Grow(size)
	eachText(n, func(s string) { b.WriteString(s) })
	return b.String()
}

// subjectLabel reports whether t is a message's subject label, its colon
// in it, any case ("SUJET :", "Subject:").
func subjectLabel(t string) bool {
	label, colon := colonLabel(t)
	return colon && (strings.EqualFold(label, "sujet") || strings.EqualFold(label, "subject"))
}

// subjectLabelOnly reports whether element n holds a subject's label
// alone (subjectLabel), one short text and nothing else.
func subjectLabelOnly(n *html.Node) bool {
	f := n.FirstChild
	return f != nil && f == n.LastChild && f.Type == html.TextNode && len(f.Data) <= len("subject : ") && subjectLabel(f.Data)
}

// labelledBold reports whether bold n, its element's last, follows the
// element's first node, a text that is a subject's label (subjectLabel)
// or "topic:" in any case.
func labelledBold(n *html.Node) bool {
	prev := n.PrevSibling
	if prev == nil || prev.Type != html.TextNode || prev.PrevSibling != nil || len(prev.Data) > len("subject : ") {
		return false
	}
	label, colon := colonLabel(prev.Data)
	return colon && (strings.EqualFold(label, "topic") || subjectLabel(prev.Data))
}

// nextCellText returns the text of the table cell after cell c, a
// field's value after its label's cell; "" when no <td> follows.
func nextCellText(c *html.Node) string {
	if next := nextElement(c); next != nil && next.DataAtom == atom.Td {
		return collapsedText(next)
	}
	return ""
}

// colonLabel returns t without its spaces and the colon that ends it,
// and whether it ends so ("SUJET :", "Date de création :", "Release
// Date:"): a field's label.
func colonLabel(t string) (string, bool) {
	label, colon := strings.CutSuffix(strings.TrimSpace(t), ":")
	return strings.TrimSpace(label), colon
}

// forumPathTitle reports whether a <title> is a path through a site's
// forums, ": Forums: " or ": Forum: " between its parts.
func forumPathTitle(title string) bool {
	return strings.Contains(title, ": Forums: ") || strings.Contains(title, ": Forum: ")
}

// sectionTail reports whether a <title>'s last part, after a separator,
// is a section's name of news alone (sectionNames): a listing's <title>
// every item of the section shares.
func sectionTail(title string) bool {
	last, ok := lastTitlePart(title)
	return ok && sectionNames[strings.ToLower(strings.TrimSpace(last))]
}

// lastPartLeads reports whether the <title>'s last part, after a
// separator, opens line, and a colon and three words or more follow it
// there (colonMore): the headline the <title> cut short.
func lastPartLeads(title, line string) bool {
	last, ok := lastTitlePart(title)
	return ok && last != "" && len(line) > len(last) && strings.HasPrefix(line, last) && colonMore(line[len(last):])
}

// abbreviates reports whether every word of part is a word of h1, case
// aside, or a word in capitals, two to five letters, the initials of as
// many words of h1 in a row, one at least such: h1 said short.
func abbreviates(part, h1 string) bool {
	hw := strings.Fields(strings.ToLower(h1))
	acronyms := 0
	for _, w := range strings.Fields(part) {
		if slices.Contains(hw, strings.ToLower(w)) {
			continue
		}
		if len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w || !initialsIn(strings.ToLower(w), hw) {
			return false
		}
		acronyms++
	}
	return acronyms > 0
}

// initialsIn reports whether the letters of a are the first letters of
// as many words of ws in a row, an elided article aside ("l'assemblée
// générale" for "ag").
func initialsIn(a string, ws []string) bool {
	for i := 0; i+len(a) <= len(ws); i++ {
		k := 0
		for k < len(a) && initial(ws[i+k]) == a[k] {
			k++
		}
		if k == len(a) {
			return true
		}
	}
	return false
}

// initial returns the first byte of word w after an apostrophe that
// elides an article before it ("l’assemblée": "a").
func initial(w string) byte {
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		if i+size < len(w) {
			return w[i+size]
		}
	}
	return w[0]
}

// issuePart reports whether a <title>'s last part is an issue's number
// after a word or two ("n° 42", "Occasional Paper 47"): three digits at
// most alone last, three words at most; a year ("September 2025", a
// letter's month) is no issue's number.
func issuePart(part string) bool {
	i := strings.LastIndexByte(part, ' ')
	return i > 0 && len(part)-i <= 4 && isDigits(part[i+1:]) && fieldCount(part) <= 3
}

// lastTitlePart returns what a <title> holds after whichever of
// titleSeparators comes last in it ("Smartschool | Athénée royal de
// Hautrieu - Actualités": the section's name, after the application's
// and the school's), and whether one does.
func lastTitlePart(title string) (string, bool) {
	end := -1
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && i+len(sep) > end {
			end = i + len(sep)
		}
	}
	if end < 0 {
		return "", false
	}
	return title[end:], true
}

// firstTitlePart returns what a <title> holds before the first of
// titleSeparators, in their order, that it holds past its first byte,
// and whether it holds one.
func firstTitlePart(title string) (string, bool) {
	for _, sep := range titleSeparators {
		if i := strings.Index(title, sep); i > 0 {
			return title[:i], true
		}
	}
	return "", false
}

// domainTail reports whether tail, a <title>'s end after an underscore,
// is the host of address canonical, its case and a "www." aside.
func domainTail(tail, canonical string) bool {
	if len(tail) < 4 || strings.IndexByte(tail, '.') < 0 || strings.IndexByte(tail, ' ') >= 0 {
		return false
	}
	_, host, ok := strings.Cut(canonical, "://")
	if !ok {
		return false
	}
	if i := strings.IndexByte(host, '/'); i >= 0 {
		host = host[:i]
	}
	return strings.EqualFold(strings.TrimPrefix(strings.ToLower(tail), "www."), strings.TrimPrefix(host, "www."))
}

// newsletterTail reports whether a <title>'s last part, after a
// separator, names a newsletter's issue ("Autumn newsletter 2025").
func newsletterTail(title string) bool {
	if !strings.Contains(title, "ewsletter") {
		return false // the cheap test first, no lowered copy
	}
	last, ok := lastTitlePart(title)
	return ok && strings.Contains(last, "ewsletter") && fieldCount(last) <= 4
}

// newsSectionHead reports whether a <title>'s first part, before a
// separator, is a section's name of news alone (sectionNames).
func newsSectionHead(title string) bool {
	head, ok := firstTitlePart(title)
	// A section's name is short: a longer head is not lowered.
	head = strings.TrimSpace(head)
	return ok && len(head) <= len("actualités") && sectionNames[strings.ToLower(head)]
}

// sectionEnd reports whether t ends with a section's name after a
// separator: "Blog" or one of sectionNames.
func sectionEnd(t string) bool {
	last, ok := lastTitlePart(t)
	last = strings.ToLower(last)
	return ok && (last == "blog" || sectionNames[last])
}

// forumHead reports whether a <title>'s first part, before " | " or " -
// ", is "Forum" or "Forums" alone.
func forumHead(title string) bool {
	head, _, ok := strings.Cut(title, " | ")
	if !ok {
		head, _, ok = strings.Cut(title, " - ")
	}
	return ok && (head == "Forum" || head == "Forums")
}

// knowledgeBaseTitle reports whether a <title>'s first part, before a
// separator, is a knowledge base's name ("Base de connaissances",
// "Knowledge base").
func knowledgeBaseTitle(title string) bool {
	head, ok := firstTitlePart(title)
	head = strings.TrimSpace(head)
	return ok && (strings.EqualFold(head, "base de connaissances") || strings.EqualFold(head, "knowledge base"))
}

// sectionNames are the names of a site's news section.
var sectionNames = wordSet("actualités actualité actus news nouvelles")

// pathSeparators stand between the parts of a <title> that gives the
// path to an item from the site's name down, the item last.
var pathSeparators = []string{" :: ", " › "}

// titleSeparators split a <title> into the headline and the site's name;
// a tilde between spaces is a hand-made site's ("A week on the Lowmere
// Canal ~ otter snug", a Neocities page's), an arrow a forum's ("Forum
// des moucheurs de la Valserre -> Compte rendu …", Ikonboard's), a double
// bar Scoop's ("Greywillow Dispatch || The water board votes Thursday,
// …", a diary's), looked for before the single bar it holds; a bullet
// between spaces a wiki's ("England Parish Chest Records • Kinfolk
// Research Wiki", a MediaWiki skin's), as a middle dot is.
var titleSeparators = []string{" || ", " | ", " - ", " – ", " — ", " · ", " • ", " :: ", " » ", " / ", " ~ ", " -> "}

// siteGuillemet sets a site's name after the headline in some blogs'
// titles ("<headline> « <blog's name>", the mirror of "<blog's name> »
// <headline>"); a title may hold it in a quotation too, so it is a
// separator only before the site's name (nameSeparators).
const siteGuillemet = " « "

// projectColon is Launchpad's separator before the project's name in its
// pages' titles ("Fernlog 1.x reaches end of life on 30 June : Fernlog"):
// a separator only before the name the page's header shows (brandName).
const projectColon = " : "

// nameSeparators are titleSeparators, siteGuillemet and projectColon.
var nameSeparators = append(slices.Clone(titleSeparators), siteGuillemet, projectColon)

// cutTitlePart returns t up to name, when name is a part of t after a
// separator and is its last part or followed by another separator; t
// otherwise.
func cutTitlePart(t, name string) string {
	for _, sep := range titleSeparators {
		if i := strings.Index(strings.ToLower(t), strings.ToLower(sep+name)); i > 0 {
			if rest := t[i+len(sep)+len(name):]; rest == "" || slices.ContainsFunc(titleSeparators, func(s string) bool { return strings.HasPrefix(rest, s) }) {
				return t[:i]
			}
		}
	}
	return t
}

// pathLast returns the last name of a heading that is a path of names
// ("Logiciels communaux » Concessio", a forge's header naming the project
// within its parent), a name of four words at most, or "" when it is not
// one.
// A closing guillemet after an opening one quotes a title: no path.
func pathLast(h string) string {
	if strings.Contains(h, "«") {
		return ""
	}
	for _, sep := range []string{" » ", " › ", " > ", " / "} {
		if i := strings.LastIndex(h, sep); i > 0 {
			if last := strings.TrimSpace(h[i+len(sep):]); fieldCount(last) <= 4 && !strings.ContainsAny(last, ":;,.!?") {
				return last
			}
			return ""
		}
	}
	return ""
}

// selfLinked reports whether heading n's one element is a link to the
// page's address, canonical: the address itself or its path from the
// host's root.
func selfLinked(n *html.Node, canonical string) bool {
	a := onlyChild(n)
	if a == nil || a.DataAtom != atom.A {
		return false
	}
	href := strings.TrimSpace(attr(a, "href"))
	return href == canonical || len(href) > 1 && href[0] == '/' && href[1] != '/' && strings.HasSuffix(canonical, href) && strings.Contains(canonical[:len(canonical)-len(href)], "//")
}

// unlabeled returns h without a label in square brackets that opens it
// ("[Restoration] Restoring a 1970s deck", a forum thread's type before
// its subject), or h when it has none.
func unlabeled(h string) string {
	if !strings.HasPrefix(h, "[") {
		return h
	}
	if label, rest, ok := strings.Cut(h[1:], "] "); ok && rest != "" && !strings.Contains(label, "[") {
		return rest
	}
	return h
}

// hasPrefix2 is strings.HasPrefix(s, a+b), without building a+b (a
// headline and a separator, longer than the stack's buffer for a join).
func hasPrefix2(s, a, b string) bool {
	return len(s) >= len(a)+len(b) && s[:len(a)] == a && s[len(a):len(a)+len(b)] == b
}

// hasSuffix2 is strings.HasSuffix(s, a+b), without building a+b.
func hasSuffix2(s, a, b string) bool {
	return len(s) >= len(a)+len(b) && s[len(s)-len(a)-len(b):len(s)-len(b)] == a && s[len(s)-len(b):] == b
}

// cutPrefix2 is strings.CutPrefix(s, a+b), without building a+b.
func cutPrefix2(s, a, b string) (string, bool) {
	if hasPrefix2(s, a, b) {
		return s[len(a)+len(b):], true
	}
	return s, false
}

// hasSeparatorPrefix reports whether s opens with one of titleSeparators.
func hasSeparatorPrefix(s string) bool {
	return slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.HasPrefix(s, sep) })
}

// siteH1 reports whether h1, a page's <h1>s, is one heading that ends
// title after a separator: the site's name in its banner, not the
// page's headline.
func siteH1(title string, h1 []string) bool {
	return len(h1) == 1 && len(title) > len(h1[0]) && h1[0] != "" && strings.HasSuffix(title, h1[0]) && hasSeparatorSuffix(title[:len(title)-len(h1[0])])
}

// siteH1First reports whether h1, a page's <h1>s, is one heading that
// opens title before a separator ("Le Rucher Partagé / Nourrissement de
// fin d'hiver : candi ou sirop ?" over '<h1><span><a
// href="/forum/">Le Rucher Partagé</a></span></h1>', DjangoBB's banner),
// the name of the home it links to (home, weblogHref): the site's name,
// as siteH1's is at the title's end.
func siteH1First(title string, h1 []string, home string) bool {
	return len(h1) == 1 && h1[0] == home && len(title) > len(h1[0]) && h1[0] != "" && strings.HasPrefix(title, h1[0]) && hasSeparatorPrefix(title[len(h1[0]):])
}

// hasSeparatorSuffix reports whether s ends with one of titleSeparators.
func hasSeparatorSuffix(s string) bool {
	return slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.HasSuffix(s, sep) })
}

// updateTitleClass reports whether a class names the title of a
// campaign's update or of a news item: "title" in it after "update",
// "news-card" or "news-item", in any case
// ("routerContentUpdates-updateTitle", Indiegogo's; "news-card__title",
// MiiMOSA's), or the class "info-title" alone, an "info" the news item
// in French ('<div class="info-header"><h2 class="info-title">Voyage à
// Bilbao des secondes : …</h2>', Lycée connecté's news item under its
// section's <h1> "Actualités").
func updateTitleClass(class string) bool {
	if !strings.Contains(class, "itle") {
		return false
	}
	lower := strings.ToLower(class)
	i := strings.LastIndex(lower, "title")
	if i <= 0 {
		return false
	}
	head := lower[:i]
	return strings.Contains(head, "update") || strings.Contains(head, "news-card") || strings.Contains(head, "news-item") || head == "info-"
}

// titleElement reports whether a class names a block's title as BEM
// writes an element: a word that ends with "__title" ("sign-preview__title").
func titleElement(class string) bool {
	for w := range strings.FieldsSeq(class) {
		if len(w) > len("__title") && strings.HasSuffix(w, "__title") {
			return true
		}
	}
	return false
}

// siteTitled reports whether a <title> is h, a separator and one more
// part, the site's or the platform's name.
func siteTitled(title, h string) bool {
	for _, sep := range titleSeparators {
		if rest, ok := strings.CutPrefix(title, h+sep); ok {
			return rest != "" && !hasSeparator(rest)
		}
	}
	return false
}

// appTitle reports whether <h1> h opens with a link whose text is the
// page's <title> (an application's section, "<h1><a href="/blog"><i
// class="blog"></i><span>Blog</span></a>…</h1>").
func appTitle(h *html.Node, title string) bool {
	a := firstContent(h)
	return a != nil && a.DataAtom == atom.A && sameText(textOf(a), title)
}

// itemPath returns the <h1> of an API item's page with the item's whole
// path, "Module tidewell::changelog::v0_9", when the <title> is that path
// before a separator ("tidewell::changelog::v0_9 - Rust") and the <h1> is
// a kind of one word and the path's last name ("Module v0_9"), or "".
func itemPath(title, h1 string) string {
	kind, name, ok := strings.Cut(h1, " ")
	if !ok || name == "" || strings.ContainsRune(name, ' ') || !strings.Contains(title, "::") {
		return ""
	}
	for _, sep := range titleSeparators {
		if head, _, ok := strings.Cut(title, sep); ok {
			if !strings.ContainsRune(head, ' ') && strings.HasSuffix(head, "::"+name) {
				return kind + " " + head
			}
			return ""
		}
	}
	return ""
}

// wordWrittenOut reports whether h, the page's headline, is the title t,
// five words or more, with one of its words written out in two or three
// that open as it does ("$14M" in "Harbourlight raises $14M to put …"
// under the <h1> "Harbourlight raises $14 million to put …", a title
// abridged for sharing), the others the same and in the same order.
func wordWrittenOut(t, h string) bool {
	tw, hw := strings.Fields(t), strings.Fields(h)
	if len(tw) < 5 || len(hw) <= len(tw) || len(hw) > len(tw)+2 {
		return false
	}
	p := 0
	for p < len(tw) && tw[p] == hw[p] {
		p++
	}
	if p == len(tw) {
		return false
	}
	for i := 1; i < len(tw)-p; i++ {
		if tw[len(tw)-i] != hw[len(hw)-i] {
			return false
		}
	}
	short, long := tw[p], hw[p]
	n := 0
	for n < len(short) && n < len(long) && short[n] == long[n] {
		n++
	}
	return n >= 2 && n < len(short)
}

// samePunctWords reports whether a and b, of three words or more, hold
// the same words in the same order once the marks around them are dropped
// and their case folded.
func samePunctWords(a, b string) bool {
	words := func(s string) []string {
		var out []string
		for _, f := range strings.Fields(strings.ToLower(s)) {
			if f = strings.TrimFunc(f, unicode.IsPunct); f != "" {
				out = append(out, f)
			}
		}
		return out
	}
	wa := words(a)
	return len(wa) >= 3 && slices.Equal(wa, words(b))
}

// tildeName reports whether s is a forge's name of a user's project,
// one word "~owner/name" (SourceHut's "~ingridl/kelpfetch-devel").
func tildeName(s string) bool {
	owner, name, ok := strings.Cut(strings.TrimPrefix(s, "~"), "/")
	return strings.HasPrefix(s, "~") && ok && owner != "" && name != "" && !strings.ContainsAny(s, " \t") && !strings.Contains(name, "/")
}

// colonHeading returns the text of h, the first <h2> or <h3> after the
// page's <h1>, when it holds a colon, t is what follows that colon, and
// the <title> ends with h's text after a colon or a separator: a blog
// post's title in a course platform's <title> after the blog's name
// ("Chantier 2e année: Semaine de chantier au refuge des Essertons : ce
// que nous avons appris", ILIAS's, the post's title an <h2> under the
// blog's <h1>), cut at its last colon. "" otherwise.
func colonHeading(t, fullTitle string, h *html.Node) string {
	if h == nil || t == "" {
		return ""
	}
	u := oneLine(textOf(h))
	if u == t || !strings.HasSuffix(u, t) || fieldCount(u) > 25 {
		return ""
	}
	head := strings.TrimRight(strings.TrimSuffix(u, t), " ")
	if !strings.HasSuffix(head, ":") || fieldCount(head) < 2 {
		return ""
	}
	rest, ok := strings.CutSuffix(fullTitle, u)
	if !ok || rest == "" {
		return ""
	}
	rest = strings.TrimRight(rest, " ")
	if !strings.HasSuffix(rest, ":") && !slices.ContainsFunc(titleSeparators, func(s string) bool { return strings.HasSuffix(rest+" ", s) }) {
		return ""
	}
	return u
}

// lifeYears reports whether s opens with two years joined by a hyphen
// or a dash and a closing parenthesis ("1931-2025)", "1931–2025) - …"):
// a life's span after a name.
func lifeYears(s string) bool {
	if len(s) < 10 || !isDigit(s[0]) || !isDigit(s[3]) || !yearDigits(s[:4]) {
		return false
	}
	rest := s[4:]
	for _, dash := range []string{"-", "–"} {
		if r, ok := strings.CutPrefix(rest, dash); ok && len(r) >= 5 && yearDigits(r[:4]) && r[4] == ')' {
			return true
		}
	}
	return false
}

// shortTitleHeading returns restHeading, the first <h2> or <h3> that
// says more than the <title>'s last part (shortRest), when the <title> is
// the page's one <h1>, a separator and that part; "" otherwise.
func shortTitleHeading(fullTitle string, m meta) string {
	if len(m.h1) != 1 || m.restHeading == "" || m.h1[0] == "" || strings.Contains(fullTitle, m.restHeading) {
		return ""
	}
	for _, sep := range titleSeparators {
		if rest, ok := strings.CutPrefix(fullTitle, m.h1[0]+sep); ok && shortRest(rest, m.restHeading) {
			return m.restHeading
		}
	}
	return ""
}

// shortRest reports whether heading opens with rest, two words or more,
// quotes and case aside, and says more.
func shortRest(rest, heading string) bool {
	r, u := strings.ToLower(straightQuotes(rest)), strings.ToLower(straightQuotes(heading))
	return fieldCount(rest) >= 2 && len(u) > len(r) && strings.HasPrefix(u, r)
}

// titleRest reports whether heading opens with the part of title after
// its last separator and says more (shortRest).
func titleRest(title, heading string) bool {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && shortRest(title[i+len(sep):], heading) {
			return true
		}
	}
	return false
}

// restStart reports whether heading n's first word is one of firsts
// (restFirsts), case aside: asked before titleRest, it spares building
// the text of every heading.
func restStart(firsts []string, n *html.Node) bool {
	if len(firsts) == 0 {
		return false
	}
	first := ""
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			if t := strings.TrimSpace(d.Data); t != "" {
				first, _, _ = strings.Cut(t, " ")
				break
			}
		}
	}
	if first == "" {
		return false
	}
	first = straightQuotes(first)
	return slices.ContainsFunc(firsts, func(w string) bool { return strings.EqualFold(w, first) })
}

// restFirsts returns the first word of the part of title after each of
// its separators, its quotes straight: read once a page, for restStart,
// rather than from the title again for every <h2> and <h3> (nine
// searches from its end each).
func restFirsts(title string) []string {
	var firsts []string
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			w, _, _ := strings.Cut(strings.TrimSpace(title[i+len(sep):]), " ")
			firsts = append(firsts, straightQuotes(w))
		}
	}
	return firsts
}

// straightQuotes turns the typographic apostrophe into a straight one.
func straightQuotes(s string) string {
	return strings.ReplaceAll(s, "’", "'")
}

// archiveList reports whether head, what a <title> holds before a
// message's subject, is an archive's name, a colon and a list's name,
// one word each, and a space ("RootsLists: FENWICK-L ").
func archiveList(head string) bool {
	head, ok := strings.CutSuffix(head, " ")
	if !ok {
		return false
	}
	name, list, ok := strings.Cut(head, ": ")
	return ok && name != "" && list != "" && !strings.Contains(name, " ") && !strings.Contains(list, " ")
}

// listPrefixed reports whether title is a name of one word (a list's,
// "larchfield-bees"), a colon or a separator, then subject, whole.
func listPrefixed(title, subject string) bool {
	head, ok := strings.CutSuffix(title, subject)
	if !ok || fieldCount(subject) < 3 {
		return false
	}
	head = strings.TrimRight(head, " ")
	for _, sep := range append([]string{":"}, titleSeparators...) {
		if name, ok := strings.CutSuffix(head, strings.TrimRight(sep, " ")); ok && fieldCount(name) == 1 {
			return true
		}
	}
	return false
}

// modulePathTitle reports whether title is a name and, in parentheses,
// a dotted path that ends with it ("upgrading (tidepool.upgrading)",
// odoc's <title> of a page: the page's file name, not its headline).
func modulePathTitle(title string) bool {
	name, path, ok := strings.Cut(title, " (")
	path, closed := strings.CutSuffix(path, ")")
	return ok && closed && name != "" && !strings.Contains(name, " ") && strings.Contains(path, ".") && !strings.Contains(path, " ") && strings.HasSuffix(path, "."+name)
}

// siteAndHeadline reports whether a page's <title> opens with its second
// <h1>, then a separator and its first <h1>'s text ("Offline sync -
// Tidepool Tracker docs" over docsify's '<h1 class="app-name">Tidepool
// Tracker</h1>' in its sidebar, then the page's '<h1>Offline
// sync</h1>'): the second is the headline, the first the site's name
// printed before it. (A <title> that opens with the first, "Carnet d'un
// balcon – Mon premier potager …", is left to the rules after.)
func siteAndHeadline(full, site, headline string) bool {
	if site == "" || headline == "" || len(full) <= len(site)+len(headline) || !strings.HasPrefix(full, headline) {
		return false
	}
	rest := full[len(headline):]
	for _, sep := range titleSeparators {
		if r, ok := strings.CutPrefix(rest, sep); ok && strings.HasPrefix(r, site) {
			return true
		}
	}
	return false
}

// wordsWithin reports whether h1 holds every word of t, three or more,
// t of two parts between one of titleSeparators,
// in their order, with two to four words more, a word more at the
// start ("Critique de « La Maison des cormorans » de Hélène Vasseur"
// over og:title's "La Maison des cormorans - Hélène Vasseur", a
// Babelio-like review: the book's title and author in the review's
// heading): the <h1> is the headline, t its subject.
func wordsWithin(t, h1 string) bool {
	if len(h1) <= len(t) {
		// The cheap test first: most pages' <h1> is no longer than
		// their title.
		return false
	}
	if sep := func(s string) bool { return strings.Contains(t, s) }; !slices.ContainsFunc(titleSeparators, sep) {
		// The title's parts, a work and its author, between a
		// separator; a title of one part under an <h1> that adds a
		// word or two before it is the headline ("Sortie aux étangs
		// de la Bresse" under "Enfin notre belle sortie …").
		return false
	}
	tw := strings.FieldsFunc(t, notWordRune)
	if len(tw) < 3 {
		return false
	}
	hw := strings.FieldsFunc(h1, notWordRune)
	if len(hw) < len(tw)+2 || len(hw) > len(tw)+4 || strings.EqualFold(hw[0], tw[0]) {
		return false
	}
	i := 0
	for _, w := range hw {
		if i < len(tw) && strings.EqualFold(w, tw[i]) {
			i++
		}
	}
	return i == len(tw)
}

// spacedColonHead returns the <title>'s last part (after " :: ", the
// part a portal sets after its name) when t is that part's tail after a
// colon spaced as French spaces it, " : ", and the head before it is two
// words or more ("Raccordement FTTH à Saint-Véran-du-Lot : six mois
// d'attente, mon retour d'expérience", an SMF topic's <title>; "SPT Val
// d'Orge :: Régime indemnitaire : ce que nous avons obtenu, …", KwsPHP's):
// the colon is the headline's own, not a site's name before it, which
// Readability's title cut takes it for; or "". The tail opens in lower
// case, a clause going on, and holds no separator before a site's name;
// the head holds no colon but a site's name before a first spaced colon,
// which goes. An <h1> that is the tail alone (a letter's
// subject under its name, "La lettre de mars : nouvelles lignes …")
// keeps the cut; so does one the tail opens, its first letter in
// capitals, that goes on ("Lettre d'octobre : un atelier vélo ouvre ses
// portes" over '<h1 …>Un atelier vélo ouvre ses portes à la
// recyclerie</h1>', a Vbout letter's web version), which the title rules
// then take whole.
func spacedColonHead(fullTitle, t string) string {
	if len(t) < 10 || !strings.Contains(fullTitle, " : ") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) || strings.Contains(t, " · ") || strings.Contains(t, " | ") || strings.Contains(t, " - ") || strings.Contains(t, " — ") || strings.Contains(t, " – ") {
		// A clause that goes on after the colon, in lower case, and no
		// site's name after a separator.
		return ""
	}
	whole := fullTitle
	if i := strings.LastIndex(whole, " :: "); i >= 0 {
		whole = whole[i+len(" :: "):]
	}
	head, ok := strings.CutSuffix(whole, " : "+t)
	if ok && strings.Count(head, ":") == 1 {
		// The site's name before a first spaced colon ("LUG de
		// Vauclerc : Install-party de rentrée : quarante machines
		// sauvées de la benne", DaCode's <title>): the site's name
		// goes, the headline's own colon stays.
		if site, rest, found := strings.Cut(head, " : "); found && fieldCount(site) >= 2 && fieldCount(rest) >= 2 && !strings.Contains(rest, " | ") && !strings.Contains(rest, " - ") {
			return whole[len(site)+len(" : "):]
		}
	}
	if !ok || fieldCount(head) < 2 || strings.Contains(head, ":") || strings.Contains(head, " | ") || strings.Contains(head, " - ") {
		return ""
	}
	return whole
}

// h1Tail reports whether rest, what a title holds after an <h1>'s
// text, is a tail a site adds to the headline: " by " and a name of six
// words at most, " • page " and a count, or " Recipe" and what follows:
// a colon, nothing, or a separator and the site's name ("Charred Broccoli
// Farro Salad with Lemon Tahini Recipe - Sprout & Citrus", a Love and
// Lemons-like recipe's og:title); or the forum a topic is in between
// parentheses, " forum at " and the site's name (" (Beginning Java forum
// at JavaCorral)", CodeRanch's <title> after each topic's subject).
func h1Tail(rest string) bool {
	if by, ok := strings.CutPrefix(rest, " by "); ok {
		return fieldCount(by) <= 6 && !strings.ContainsAny(by, ".:")
	}
	if strings.HasPrefix(rest, " (") && rest[len(rest)-1] == ')' {
		return strings.Contains(rest, " forum at ")
	}
	return strings.HasPrefix(rest, " • page ") || strings.HasPrefix(rest, " Recipe: ") || rest == " Recipe" || strings.HasPrefix(rest, " Recipe") && hasSeparatorPrefix(rest[len(" Recipe"):])
}

// kindCut returns t without its first word and " - " when that word is
// the first of h1, the page's one <h1> of two words that names the
// page's kind, and three words or more follow ("Decision - Residents'
// parking zone for the Fenwick Road area" over '<h1>Decision
// details</h1>', ModernGov's decision page, the item's name in an <h2>
// under it): the item's name.
func kindCut(t, h1 string) string {
	word, rest, ok := strings.Cut(t, " - ")
	if !ok || strings.IndexByte(word, ' ') >= 0 || !strings.HasPrefix(h1, word+" ") || fieldCount(h1) != 2 || fieldCount(rest) < 3 {
		return t
	}
	return rest
}

// sectionSeparators are the separators sectionCut cuts a section's name
// at; boardAfter, which keeps sectionCut from cutting, reads the same.
var sectionSeparators = [...]string{" | ", " - ", " · ", " — "}

// sectionCut returns t, the part of a <title> of three parts Readability
// kept, without its last part when that part is a section's name of one
// or two words, the same separator before it, once in t, and before
// rest, the site's name Readability cut ("Proposal: new booking rules for the
// laser cutter from January | Workshop" of "… | Workshop | Brackwater
// Makers", an OpenProject forum's <title>, the project's name between
// the topic's and the site's), and the headline before it four words
// or more: the headline. A <title> of four parts or more keeps them
// (TestRound43's forum topic "… - Town news - Civic Forum - FORUM
// Example").
func sectionCut(t, rest string) string {
	for _, sep := range sectionSeparators {
		if !strings.HasPrefix(rest, sep) {
			continue
		}
		if i := strings.Index(t, sep); i > 0 && i == strings.LastIndex(t, sep) && fieldCount(t[i+len(sep):]) <= 2 && fieldCount(t[:i]) >= 4 {
			return t[:i]
		}
		break
	}
	return t
}

// boardAfter reports whether rest, what a <title> holds after the part
// Readability kept, is a separator, the page's one <h1> and another
// part after it ("Nest box survey on the lower meadow - 2025 results -
// Fenmoor Birders - Yuku" over '<h1 id="board-title"><a …>Fenmoor
// Birders</a></h1>', a Yuku topic's, its og:title the first two parts):
// the board's name and the host's, so that the part before them is the
// topic's subject whole, its own last part no section's name
// (sectionCut).
func boardAfter(rest string, h1 []string) bool {
	if len(h1) != 1 {
		return false
	}
	for _, sep := range sectionSeparators {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			return strings.HasPrefix(after, h1[0]) && strings.HasPrefix(after[len(h1[0]):], sep) && len(after) > len(h1[0])+len(sep)
		}
	}
	return false
}

// wordBeforeHeadline reports whether t is one word, a space and h1, the
// page's one <h1> of three words or more, in any case ("Recette
// clafoutis salé aux poireaux et au bleu des Causses" over '<h1>Clafoutis
// salé aux poireaux et au bleu des Causses</h1>', a recipe site's <title>
// that names the page's kind before the dish, its first letter lowered):
// the <h1> is the headline, the word the site's label.
func wordBeforeHeadline(t, h1 string) bool {
	if len(t) <= len(h1)+1 || len(t) > len(h1)+24 {
		return false
	}
	i := strings.IndexByte(t, ' ')
	if i <= 0 || !isWordChars(t[:i]) {
		// A word alone, no site's name with its colon ("JSDoc:
		// Tutorial: Retry policies" over '<h1>Tutorial: Retry
		// policies</h1>', the <h1> the title's rest).
		return false
	}
	return len(t)-i-1 == len(h1) && strings.EqualFold(t[i+1:], h1) && fieldCount(h1) >= 3
}

// siteAfterHeadline reports whether the <title> page is the page's one
// <h1>, a separator (titleSeparators) and t, the part Readability took
// for the headline ("Compostage — Encyclopetit, l'encyclopédie des 8-13
// ans" over '<h1>Compostage</h1>', a MediaWiki's page, its headline one
// word that Readability passes over for the longer part): t is the
// site's name, the <h1> the headline.
func siteAfterHeadline(page, h1, t string) bool {
	rest, ok := strings.CutPrefix(page, h1)
	if !ok || h1 == "" || len(rest) <= len(t) || !strings.HasSuffix(rest, t) {
		return false
	}
	return slices.Contains(titleSeparators, rest[:len(rest)-len(t)])
}

// chapterHead reports whether head, an <h1>'s part before the chapter's
// name or its last words, opens with "Chapter" or "Chapitre", its number
// and a dash or a colon ("Chapitre 4 — Tenir le ", "Chapter 12: ").
func chapterHead(head string) bool {
	f := strings.Fields(head)
	if len(f) < 2 || len(f) == 2 && !strings.HasSuffix(f[1], ":") {
		return false
	}
	if f[0] != "Chapitre" && f[0] != "Chapter" {
		return false
	}
	num := strings.TrimSuffix(f[1], ":")
	return num != "" && isDigits(num) && (strings.HasSuffix(f[1], ":") || f[2] == "—" || f[2] == "–" || f[2] == "-")
}

// manualPart returns the part of a <title> before ": " and a manual's
// name ending with "Reference Manual", GTK-Doc's title of a chapter or a
// section, of three words or more; or "".
func manualPart(title string) string {
	if !strings.HasSuffix(title, " Reference Manual") {
		return ""
	}
	i := strings.LastIndex(title, ": ")
	if i <= 0 || fieldCount(title[:i]) < 3 {
		return ""
	}
	return title[:i]
}

// title cleans Readability's title, which comes from og:title, else the
// <title>, else the <h1>: a site name Readability left at the end (it
// keeps the whole <title> when the headline is four words or fewer) goes.
// The page's single <h1> wins when the <title> is only a prefix of it.
func title(t string, m meta) string {
	t = sectionNumber(t)
	if i := strings.LastIndexByte(t, '_'); i > 0 && m.canonical != "" && domainTail(t[i+1:], m.canonical) {
		// The site's domain glued to the headline by an underscore
		// ("Le port de Ravelmont achève … sa nouvelle
		// digue_French.lesudinfo.example", the <title> of a Xinhua-like
		// story, its canonical on that host): the headline before it.
		t = t[:i]
	}
	fullTitle := oneLine(m.title) // the <title> as one line, asked for by many of the rules below
	if n := len(m.manTitle); n > 0 && len(fullTitle) > n && strings.EqualFold(fullTitle[:n], m.manTitle) && strings.HasPrefix(fullTitle[n:], " - ") {
		// man.cgi's <title>, the manual page's name in small letters
		// and the site's ("tidekeeper-upgrade(7) - Tidekeeper manual
		// pages"), over mandoc's head in capitals: the head, as the page
		// shows it.
		return m.manTitle
	}
	if len(m.h1) == 1 && t != "" && t == m.ogTitle && t == m.newsHeading && t != m.h1[0] && strings.HasPrefix(fullTitle, m.h1[0]) {
		// A campaign's news item, its <title> and its one <h1> the
		// campaign's name ("Toitures solaires des écoles du bocage -
		// Énergies du Bocage", Mipise's), its og:title the item's
		// heading, which a heading whose class names a news item's
		// title gives too ('<h2 class="news-title">Les premiers
		// panneaux sont posés sur l’école de Saint-Aubin</h2>'): the
		// item's, where the rules below would give the campaign's.
		return t
	}
	if story, ok := chapterTitle(t); ok {
		// A fiction archive's chapter, its <title> the story's name,
		// the chapter's number and name, and the story's genre ("The
		// Lighthouse Ledger Chapter 1: The Keeper's Book, a general
		// fiction | Storyhold", as FictionPress and FanFiction.Net
		// write every chapter's): the story's name, as its page's
		// '<b class="xcontrast_txt">' shows it.
		return story
	}
	if m.postHeading != "" && t != "" && len(m.postHeading) > len(t) && strings.HasPrefix(m.postHeading, t) && colonMore(m.postHeading[len(t):]) {
		// A post's heading, its class naming it (Artisteer's '<h2
		// class="art-postheader">Séjour des 4e en Auvergne : le récit
		// de nos volcanologues</h2>' under its logo's <h1>), that goes
		// on after the title read, a colon and more ("Séjour des 4e en
		// Auvergne", a short og:title and <title>): the whole heading.
		return m.postHeading
	}
	if len(m.h1) == 1 && (m.h1[0] == "Voir les messages" || m.h1[0] == "View Messages") && m.postHeading != "" && fieldCount(m.postHeading) >= 3 {
		// Gibbon's Messenger, its one <h1> the module's view on every
		// school's site ('<h1>Voir les messages</h1>', "View Messages"
		// in English) under a <title> of the school's and the module's
		// names ("Lycée international de Montclair - Messagerie"),
		// over the message's '<h3 class="message-title">': the
		// message's.
		return m.postHeading
	}
	if view, ok := strings.CutPrefix(fullTitle, "Alfresco » "); ok && len(m.h1) == 1 && fieldCount(view) <= 3 && fieldCount(m.h1[0]) >= 2 {
		// Alfresco Share's page, its <title> the software's name and
		// the kind of view alone ("Alfresco » Wiki Page", "Alfresco »
		// Blog Post View", the same on every site and every page of
		// the kind), over the page's one <h1> ('<h1>Void property
		// checklist</h1>'): the page's.
		return m.h1[0]
	}
	if len(m.h1) == 1 && threadLabelled(m.h1[0], fullTitle) {
		// vBulletin 4's thread, its one <h1> the thread's label in the
		// board's language, a colon and the subject ('<h1>Discussion:
		// <span class="threadtitle"><a …>Sète - Tanger en voiture …</a></span></h1>',
		// "Thread: " in English) under a <title> of the subject alone:
		// the subject, which the cut at its dash had left to the <h1>.
		return fullTitle
	}
	if len(m.h1) == 1 && authorAfter(t, m.h1[0]) {
		// A magazine's og:title, the headline, a comma, "by" and the
		// writer ("The Last Exchange, by Margaret Okafor", Harper's
		// Magazine's) over the one <h1> of the headline alone: the
		// headline; the writer is the byline's.
		return m.h1[0]
	}
	if strings.HasPrefix(fullTitle, "/") && len(m.h1) == 1 {
		// An imageboard's thread, its <title> the board's path between
		// slashes, a dash and the thread's subject ("/retro/ - Brought a
		// 1983 serial terminal back from the dead", vichan's and
		// Tinyboard's), its one <h1> the board's, the same path first
		// ("/retro/ - Retro Computing &amp; Repair"): the subject, which
		// the cut at the slash left with the path's end.
		if board, rest, ok := strings.Cut(fullTitle, "/ - "); ok && rest != "" && !strings.ContainsAny(board[1:], "/ ") && strings.HasPrefix(m.h1[0], board+"/ - ") {
			return rest
		}
	}
	if len(m.h1) == 1 && m.underH1 != nil && len(fullTitle) > len(m.h1[0])+1 && strings.HasPrefix(fullTitle, m.h1[0]) && fullTitle[len(m.h1[0])] == ' ' {
		// A textbook's section, its <title> the book's name, its one
		// <h1>, joined to the section's name by a space alone
		// ("Statistiques pour les sciences humaines Lire une boîte à
		// moustaches", PreTeXt's), the section's heading under the <h1>
		// its kind, number and name ('<h2 class="heading
		// hide-type"><span class="type">Section</span> <span
		// class="codenumber">2.3</span> <span class="title">Lire une
		// boîte à moustaches</span></h2>'): the name.
		if rest := fullTitle[len(m.h1[0])+1:]; fieldCount(rest) >= 2 && strings.HasSuffix(collapsedText(m.underH1), " "+rest) {
			return rest
		}
	}
	if len(m.h1) == 1 && t != "" && t == m.ogTitle && t != m.h1[0] && len(fullTitle) > len(m.h1[0])+len(t) && strings.HasPrefix(fullTitle, m.h1[0]) {
		// A <title> of the page's one <h1>, a separator and the
		// og:title, then the site's name ("La voûte du four est
		// refermée ! - Restaurer le four à pain de Saint-Aubin - Les
		// Semeurs" over og:title "Restaurer le four à pain de
		// Saint-Aubin", an Arizuka project's news item): the og:title is
		// the project the item belongs to, the <h1> the item's headline.
		// A <title> of the blog's name, its <h1>, and the og:title
		// alone ("tidepool notes — Why there are …") is no such title:
		// the site's name must come after the og:title.
		rest := fullTitle[len(m.h1[0]):]
		if slices.ContainsFunc(titleSeparators, func(sep string) bool {
			return strings.HasPrefix(rest, sep) && strings.HasPrefix(rest[len(sep):], t) && titleSeparatorAt(rest[len(sep)+len(t):])
		}) {
			return m.h1[0]
		}
	}
	if owner, repo, ok := strings.Cut(m.ogTitle, "/"); ok && t == m.ogTitle && owner != "" && repo != "" && !strings.ContainsAny(m.ogTitle, " \t") && !strings.Contains(repo, "/") {
		// A forge's og:title, the repository's owner and name ("ferncliffe/allsky-station"),
		// under a <title> of the page's name, the repository's and the
		// forge's ("Calibrating the all-sky camera - allsky-station -
		// Ferncliffe Git", Gogs' wiki page): the page's name.
		if i := strings.Index(fullTitle, " - "+repo+" - "); i > 0 && fieldCount(fullTitle[:i]) >= 2 {
			return fullTitle[:i]
		}
	}
	if rest, ok := strings.CutPrefix(t, "News: "); ok && len(m.h1) == 0 && strings.HasSuffix(rest, "]") {
		// Savannah's news item, its <title> the project's name, "News:",
		// the item's subject and the forge's name between brackets
		// ("Tidemark - News: Tidemark 3.2 released [Savannah]", cut at
		// its dash): the subject, as the item's <h3> gives it.
		if i := strings.LastIndex(rest, " ["); i > 0 && fieldCount(rest[:i]) >= 2 {
			return rest[:i]
		}
	}
	if len(m.h1) == 1 && strings.Count(fullTitle, " | ") >= 3 && strings.HasSuffix(fullTitle[:strings.LastIndex(fullTitle, " | ")], " | "+m.h1[0]) {
		// A reference entry's <title>, the path to it from the
		// language down, the entry, and the site's name, all between
		// bars ("Python | Built-in Functions | zip() | Learnstack",
		// Codecademy Docs'), over its one <h1>, the entry ('<h1
		// class="docs-entry__title">zip()</h1>'): the <h1>.
		return m.h1[0]
	}
	if issueTitle(fullTitle, oneLine(t)) {
		// A letter's <title>, its issue's name and number, a colon and
		// its subjects ("Lettre n° 27 : nouvelles de la ferme, contrats
		// d'été et chantier participatif", a Mailtrain archive's), which
		// Readability cut at the colon: the whole <title>, the issue
		// being the letter's name.
		return fullTitle
	}
	if rest, ok := strings.CutPrefix(fullTitle, t); ok && strings.HasPrefix(rest, " » (") && strings.Contains(t, "«") && strings.Count(t, "«") > strings.Count(t, "»") {
		// A title cut at a guillemet's close, which titleSeparators
		// holds as a separator, a parenthesis after it ("Exposition «
		// Les mains du marché » (avril 2008)", a PhpWebGallery album's
		// <title>, cut after "marché"): the quotation was open, the
		// <title> whole.
		return fullTitle
	}
	if len(m.h1) == 1 && len(t) > len(m.h1[0])+3 && strings.HasPrefix(t, m.h1[0]) && strings.HasPrefix(t[len(m.h1[0]):], " · ") && strings.Contains(t[len(m.h1[0])+len(" · "):], " · ") {
		// A path of three parts or more set apart by middle dots, the
		// page's one <h1> the first ("Release process · Wiki · Trailmap
		// / trailmap-app", GitLab's wiki page's <title> with its
		// " · GitLab" gone): the <h1>, the rest being where it lies.
		return m.h1[0]
	}
	if i := strings.LastIndex(t, " : "); i > 0 && len(m.h1) == 1 && wikiPath(t[i+len(" : "):]) && fieldCount(m.h1[0]) >= 2 && !strings.Contains(t, m.h1[0]) {
		// A wiki's name, " : " and the page's path, a cluster and a
		// page named in camel case without spaces ("Randonneurs de la
		// vallée de l’Orbe : Balisage/GuideDuBaliseur", WackoWiki's
		// <title>), over the page's one <h1> ("Guide du baliseur
		// bénévole"): the <h1>.
		return m.h1[0]
	}
	if m.styledTitle != "" && len(m.h1) == 0 && fieldCount(m.styledTitle) >= 3 && fullTitle != "" && !strings.Contains(fullTitle, " ") && strings.Contains(fullTitle, "-") {
		// A <title> that is an export's file name, words joined by
		// hyphens ("SAP-Mag-58-janvier", InDesign's), over a page
		// without <h1> whose title paragraph style holds the headline:
		// the headline.
		return m.styledTitle
	}
	if len(m.h1) == 1 && t == fullTitle && strings.HasPrefix(m.h1[0], "Chap") {
		// A book's chapter, its one <h1> the chapter's number, a dash
		// or a colon and its name ('<h1 class="chapter-title">Chapitre
		// 4 — Tenir le registre des semences</h1>', Pollen's handbook),
		// its <title> the name, or its last words, and the book's
		// ("Registre des semences · Manuel de la grainothèque"), kept
		// whole: the <h1>. A <title> that is the chapter's name alone
		// ("Restoring files" over '<h1><a name="C4"></a>Chapter 4:
		// Restoring files</h1>', Halibut's manual) gives way to it too.
		first, ok := firstTitlePart(t)
		if !ok {
			first = t
		}
		if len(m.h1[0]) > len(first) {
			h := m.h1[0]
			if tail := h[len(h)-len(first):]; strings.EqualFold(tail, first) && chapterHead(h[:len(h)-len(first)]) {
				return h
			}
		}
	}
	if len(m.h1) == 1 && m.h1Node != nil && len(fullTitle) > len(t)+7 && strings.HasPrefix(fullTitle, t) && strings.HasPrefix(fullTitle[len(t):], " Recipe") && m.h1[0] != t && fieldCount(m.h1[0]) >= 5 && strings.Contains(strings.ToLower(attr(m.h1Node, "class")), "headline") {
		// A recipe story's page, its <title> the recipe card's name and
		// " Recipe" ("Roasted Cabbage Wedges with Anchovy Butter Recipe
		// (Easy Side) | The Pantry", og:title the card's name alone),
		// its one <h1> the story's headline by its class ('<h1
		// class="Post__headline">The Best Way to Cook Cabbage Is in a
		// Blazing-Hot Oven</h1>', a Kitchn-like page's, the card's
		// '<h2 class="Recipe__title">' under the story): the <h1>.
		return m.h1[0]
	}
	if len(m.h1) == 1 && m.h1Node != nil && m.ogTitle != "" && len(m.ogTitle) > len(m.h1[0])+2 && hasSuffix2(m.ogTitle, ": ", m.h1[0]) && m.overH1 != "" && sameText(m.overH1, m.ogTitle[:len(m.ogTitle)-len(m.h1[0])-2]) {
		// A review's <h1>, the work alone, under the line that names
		// its author ('<div class="SplitScreenContentHeaderArtist"><a
		// …>Harbour Lights</a></div><h1><em>Salt in the Wiring</em>
		// </h1>', a Pitchfork-like review), og:title the author, a
		// colon and the work ("Harbour Lights: Salt in the Wiring"):
		// og:title, the review's whole name.
		return m.ogTitle
	}
	if i := strings.Index(fullTitle, "[PATCH"); i >= 0 && len(t) < len(fullTitle)-i && strings.HasSuffix(fullTitle, t) {
		// A patch's subject in a list archive's <title> after the
		// archive's and the sender's names ("LKML: Lidia Varga: [PATCH
		// v2 0/3] thermal: step_wise: add hysteresis to cooling state
		// changes", LKML.org's), which the title cut takes at its last
		// colon: the subject from its tag on, its colons the
		// subsystem's.
		return fullTitle[i:]
	}
	if len(m.h1) == 2 && strings.HasSuffix(m.h1[0], " Topic") && strings.HasPrefix(t, m.h1[0]) && fieldCount(m.h1[1]) >= 2 {
		// dartdoc's topic page: its <h1> the topic's name and its kind
		// ("Migrating to 3.0 Topic", the <title>'s first part before
		// " - harborlog library - Dart API"), the topic's own Markdown
		// heading the second <h1> ("Migrating to harborlog 3.0"): the
		// heading.
		return m.h1[1]
	}
	if len(m.h1) == 1 && len(m.h1[0]) > len(t) && len(fullTitle) > len(t) && strings.HasSuffix(fullTitle, t) {
		// A letter's short <title>, its name, a separator, a subject's
		// words, a colon and a clause ("Employment Briefing | Flexible
		// working: one year on", a Vuture letter's web version), over
		// its one <h1> that opens with the same subject's words and
		// says more after a colon of its own ("Flexible working
		// requests: what the first year of the new rules has taught
		// employers"): the <h1>, the letter's whole headline.
		if head, _, ok := strings.Cut(t, ": "); ok && fieldCount(head) >= 2 && strings.HasPrefix(m.h1[0], head+" ") && strings.Contains(m.h1[0][len(head):], ": ") {
			return m.h1[0]
		}
	}
	if module, ok := strings.CutSuffix(t, " API documentation"); ok && module != "" && !strings.ContainsAny(module, " \t") {
		// pdoc's <title>, a module's dotted path and the words it adds
		// to every page it makes ("tidewire.guide.retries API
		// documentation"): the module, as its <h1 class="modulename">
		// shows it.
		return module
	}
	if head, _, ok := strings.Cut(t, " news - "); ok && len(m.h1) == 0 && m.issueNode != nil && fieldCount(head) >= 2 && collapsedText(m.issueNode) == head {
		// A mod site's <title>, the item's headline, " news", the
		// mod's and the game's names after a dash ("Dev Update #7:
		// Weather, wagons and a new map news - Iron Frontier mod for
		// Dustline - ModHangar", ModDB's), over a page without <h1>
		// whose first <h2> is the headline: the headline.
		return head
	}
	if len(m.h1) == 1 && m.underH1 != nil && strings.Contains(m.h1[0], " » ") && !strings.Contains(fullTitle, " » ") {
		// A wiki's snip, its <title> the wiki's name and the snip's
		// path between slashes ("Tyneside JUG :: start/2006-03-08/1",
		// SnipSnap's), its one <h1> the same path between guillemets
		// ('<h1 class="snip-name"><a …>start</a> &raquo; 2006-03-08
		// &raquo; 1</h1>'), a blog entry's heading under it ('<h3
		// class="heading-1">'): the heading, of three words or more.
		if path := strings.ReplaceAll(m.h1[0], " » ", "/"); !strings.Contains(path, " ") && len(fullTitle) > len(path) && strings.HasSuffix(fullTitle, path) && hasSeparatorSuffix(fullTitle[:len(fullTitle)-len(path)]) {
			if w := nodeWords(m.underH1); w >= 3 && w <= 20 {
				return collapsedText(m.underH1)
			}
		}
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 2 {
		// A memorial's <title>, the full name, the years of birth and
		// death between parentheses and the site's name ("Eleanor Mae
		// Hollis Whitford (1931-2025) - GraveFinder Memorial", Find a
		// Grave's), over its one <h1>, the name as the page gives it
		// (<h1 id="bio-name" itemprop="name">Eleanor Mae
		// Whitford</h1>), each of its words in the <title>'s in their
		// order: the <h1>.
		if name, _, ok := strings.Cut(fullTitle, " ("); ok && lifeYears(fullTitle[len(name)+2:]) && within(lowerWords(m.h1[0]), lowerWords(name)) {
			return m.h1[0]
		}
	}
	if whole := spacedColonHead(fullTitle, t); whole != "" && !slices.ContainsFunc(m.h1, func(h string) bool { return strings.EqualFold(h, t) || wordsOpen(h, t) }) {
		return whole
	}
	for _, h := range m.h1 {
		// An <h1> and a tail a site adds to it in its <title>: the
		// show's name after "by" ("Episode 58: The library that lends
		// drills by Between the Stacks", Anchor's), a forum's page
		// count (" • page 1/1", Lichess', whose banner is an <h1> too),
		// a recipe site's " Recipe: How to Make It" (Taste of Home's):
		// the <h1>.
		if len(t) > len(h) && strings.HasPrefix(t, h) && h1Tail(t[len(h):]) {
			return h
		}
	}
	if len(m.h1) == 1 && strings.Count(fullTitle, " : ") >= 2 {
		// A course's page under a <title> of its heading, the course's
		// name and the site's between spaced colons ("Salt Marsh Field
		// Day: Preparing for Your Survey : Year 10 Biology : Hartwell
		// Secondary Learning", ATutor's), its one <h1> the course's
		// name ('<h1 id="section-title">Year 10 Biology</h1>') just
		// before the site's (a site's name in the <h1>, the <title>'s
		// last part, leaves a French headline's own spaced colon
		// alone): the <title>'s first part, of four words or more.
		if parts := strings.Split(fullTitle, " : "); parts[len(parts)-2] == m.h1[0] && fieldCount(parts[0]) >= 4 {
			return parts[0]
		}
	}
	if len(m.h1) >= 2 {
		// A help centre's article under two <h1>s, the centre's name
		// and the article's ('<h1 id="support-title"><a …>Support
		// Center</a></h1>' over '<h1 class="article-title">', Desk.com's),
		// its <title> the site's name and the article's after a
		// separator: the <h1> the <title> ends with.
		for _, h := range m.h1[1:] {
			if len(fullTitle) > len(h)+3 && fieldCount(h) >= 4 && strings.HasSuffix(fullTitle, h) && hasSeparatorSuffix(fullTitle[:len(fullTitle)-len(h)]) {
				return h
			}
		}
	}
	if strings.HasSuffix(t, " » Forum") || strings.HasSuffix(t, " » Forums") {
		// A forum topic's <title>, its subject, its board's name and
		// "Forum" after " » " ("Rebuilding a 1970s greenhouse door:
		// runners, glass and a stubborn frame » Greenhouses and cold
		// frames » Forum – Hadleigh Allotments Association", Mingle
		// Forum's): the subject, of four words or more.
		if i := strings.Index(t, " » "); fieldCount(t[:i]) >= 4 {
			return t[:i]
		}
	}
	if m.subjectLine != "" && fieldCount(m.subjectLine) >= 3 && len(m.h1) == 1 && fieldCount(m.h1[0]) <= 3 && strings.HasPrefix(fullTitle, m.h1[0]) && !strings.Contains(fullTitle, m.subjectLine) {
		// A message's view, its one <h1> and the <title>'s first part
		// the view's name of three words at most ("Afficher le
		// message", WebCT's, "… - GEO-214 Géologie de terrain (H26)"),
		// the message's subject in its "Sujet :" field: the subject.
		return m.subjectLine
	}
	if m.subjectLine != "" && t != m.subjectLine && fieldCount(m.subjectLine) >= 3 && len(fullTitle) > len(m.subjectLine)+3 && strings.HasSuffix(fullTitle, m.subjectLine) && (strings.HasSuffix(fullTitle[:len(fullTitle)-len(m.subjectLine)], " - ") || strings.HasSuffix(fullTitle[:len(fullTitle)-len(m.subjectLine)], " Message: ") || archiveList(fullTitle[:len(fullTitle)-len(m.subjectLine)])) {
		// A forum's <title>, its path down to the topic's subject ("Ridgeback
		// Astronomers Forum - Observing Reports - Report: dark-sky night
		// at Coldwater Field", DCForum's; "eGroups : fenmarsh-ringers
		// Message: Report: …"), cut short by Readability, over the
		// subject in the topic's or the message's head: the subject.
		// So is an archive's name, a colon and the list's before it
		// ("RootsLists: FENWICK-L [FENWICK] Family Bible …", a
		// RootsWeb-like list archive's message; archiveList).
		return m.subjectLine
	}
	if m.subjectLine != "" && t != m.subjectLine && fieldCount(m.subjectLine) >= 3 && strings.HasPrefix(t, m.subjectLine) && titleSeparatorAt(t[len(m.subjectLine):]) {
		// A topic's <title>, its subject and then its forum's name
		// ("Train de nuit Paris - Briançon en février : mon retour
		// d'expérience - Forum Alpes du Sud - RoutesForum"), of which
		// Readability cut only the site's: the subject its head shows.
		return m.subjectLine
	}
	if m.subjectLine != "" && fieldCount(m.subjectLine) >= 3 && forumPathTitle(fullTitle) {
		// A forum's message whose <title> is the forum's path ("Forge
		// des collectivités: Forums: Retours d'expérience", GForge's),
		// its subject after a label in bold: the subject.
		return m.subjectLine
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 3 && knowledgeBaseTitle(fullTitle) && sharedLongWords(m.h1[0], fullTitle) == 0 {
		// A knowledge base's entry whose <title> is the base's name
		// and the application's ("Base de connaissances - GLPI", GLPI
		// 10), its one <h1> the entry's, no long word shared: the
		// <h1>.
		return m.h1[0]
	}
	if len(m.h1) == 1 {
		// A forum topic's <h1> that opens with a subject label ('<h1>Sujet
		// : [Retour d'expérience] Courroie de distribution … sur mon
		// Scenic 1.5 dCi, je vous raconte</h1>', a Forum Auto-like
		// topic's), its <title> the subject's first words and the
		// forum's path: the <h1> after its label.
		if label, rest, ok := strings.Cut(m.h1[0], ":"); ok && len(label) <= 8 && subjectLabel(label+":") {
			if rest = strings.TrimSpace(rest); len(rest) >= 20 && strings.HasPrefix(fullTitle, rest[:20]) {
				return rest
			}
		}
	}
	if len(m.h1) == 1 && t != m.h1[0] && fieldCount(m.h1[0]) >= 4 {
		// A campaign's update under og:title the campaign's name, its
		// <title> the update's <h1>, the campaign's name and the site's
		// ("Update: Our pantry van is on the road | Harbourside
		// Community Pantry Van | LaunchGood" over '<h1
		// class="update-title">Our pantry van is on the road</h1>',
		// LaunchGood's): the <h1>, when the <title> holds it after a
		// label of a word or two and a colon, and before a separator
		// and the title taken.
		if i := strings.Index(fullTitle, m.h1[0]); i > 0 && strings.HasSuffix(fullTitle[:i], ": ") && fieldCount(fullTitle[:i]) <= 2 {
			if rest := fullTitle[i+len(m.h1[0]):]; hasSeparatorPrefix(rest) && strings.Contains(rest, t) {
				return m.h1[0]
			}
		}
	}
	if len(m.h1) == 1 && len(m.h1[0]) > len(t) {
		// A <title> that shortens the headline before the site's name
		// ("Flood-damaged parish registers return | Hallowmere
		// Archives" over the <h1> "Flood-damaged parish registers
		// return to Hallowmere after two years of conservation",
		// ImpressPages'): the <h1>, when it opens with the <title>'s
		// first part of three words or more and a space.
		if head, _, ok := strings.Cut(t, " | "); ok && fieldCount(head) >= 3 && len(m.h1[0]) > len(head) && m.h1[0][len(head)] == ' ' && strings.HasPrefix(m.h1[0], head) {
			return m.h1[0]
		}
	}
	if len(m.h1) == 1 && m.h1Node != nil && t == fullTitle && fieldCount(m.h1[0]) >= 5 && strings.Count(t, " - ") >= 2 && sharedLongWords(m.h1[0], t) == 0 {
		// An application's page whose <title> is a path of short names,
		// the application's, the course's and the lesson's ("Ganesha -
		// SVT 5e - Séance 7", a Ganesha LMS lesson), its one <h1> a
		// title by its class ('<h1 class="titre-seance">Sortie au
		// marais : …') sharing no long word with it: the <h1>.
		if c := strings.ToLower(attr(m.h1Node, "class")); strings.Contains(c, "titre") || strings.Contains(c, "title") {
			return m.h1[0]
		}
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 5 && newsletterTail(fullTitle) && !strings.Contains(fullTitle, m.h1[0]) {
		// A newsletter's web version under a <title> of the sender's
		// name and the issue's ("Kallio Island Association – Autumn
		// newsletter 2025", LianaMailer's), its one <h1> of five words
		// or more, not in the <title>, the letter's heading: the
		// <h1>.
		return m.h1[0]
	}
	if len(m.h1) == 0 && t == fullTitle && fieldCount(m.bigBold) >= 4 && newsSectionHead(fullTitle) {
		// A hand-made page's news item without an <h1>, its <title>
		// the section's name and the site's ("News - Pellworth Bowls
		// Club", Homestead SiteBuilder's), its headline a big bold
		// <font> ('<FONT FACE="Arial" SIZE="5"><B>New green ready for
		// opening day</B></FONT>'): the headline.
		return m.bigBold
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 4 && newsSectionHead(fullTitle) && sharedLongWords(m.h1[0], fullTitle) == 0 {
		// An item under a <title> that opens with the section's name
		// of news and the site's after it ("Actualité - Intranet du
		// Département", an eXo Platform intranet's news item), its one
		// <h1> of four words or more sharing no long word with it: the
		// <h1>.
		return m.h1[0]
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 4 && forumHead(fullTitle) {
		// A forum's thread under a <title> of the forum's page, "Forum"
		// and the site's name ("Forum | Hollow Mere Sailing Club", a
		// Muut embed's), its one <h1> of four words or more the
		// thread's: the <h1>.
		return m.h1[0]
	}
	if len(m.h1) == 0 && m.subjectLine != "" && strings.HasSuffix(m.firstH2, " > Messages") && strings.Contains(m.firstH2, " > Forum > ") && fieldCount(m.subjectLine) >= 3 {
		// A community's path down to its topic's messages for its
		// first heading ('<h2><a …>Birders of Dunmore County</a> &gt;
		// <a …>Forum</a> &gt; Messages</h2>', orkut's, its <title> the
		// site's and the community's names), over the topic's subject
		// after its label (labelledBold): the subject, not the path
		// the rule below would take for a hand-made page's headline.
		return m.subjectLine
	}
	if len(m.h1) == 0 && t == fullTitle && m.firstH2 != "" && len(m.firstH2) > len(t)/2 {
		// A hand-made page without an <h1>, its <title> the site's
		// name and the page's short name ("Les recettes de Bernadette -
		// Gelée de coings", a Free personal page's), its first <h2> the
		// headline that holds that short name ('<center><h2><font …>La
		// gelée de coings de ma grand-mère</font></h2></center>'): the
		// <h2>.
		if i := strings.LastIndex(t, " - "); i > 0 && fieldCount(t[i+3:]) >= 2 && !strings.Contains(m.firstH2, t[:i]) {
			short := t[i+3:]
			if n := len(short); n > 5 && short[n-5] == ' ' && yearDigits(short[n-4:]) && !strings.Contains(m.firstH2, short[n-4:]) && fieldCount(short) >= 3 {
				// The short name's year, which the <h2> leaves to
				// the page ("Ridgeway Valley MRC - Harrowfield Show
				// 2025" over '<H2 ALIGN="center"><FONT …>Our Layout
				// at the Harrowfield Show</FONT></H2>', an Angelfire
				// club page's): the name before it, as a short
				// name's year is left out before its words are
				// looked for in an <h1>.
				short = short[:n-5]
			}
			if strings.Contains(strings.ToLower(m.firstH2), strings.ToLower(short)) {
				return m.firstH2
			}
		}
	}
	if rest, ok := strings.CutPrefix(fullTitle, t); ok && len(t) > 0 && hasSeparatorPrefix(rest) && sectionEnd(t) {
		// A title cut after a section's name, the site's name before
		// it ("Wendlebury Local History Society | Blog" of "… | Blog -
		// Reading the old parish maps of Wendlebury", Monstra's): the
		// part after the separator that follows, of three words or
		// more and longer than the site's name and the section's
		// before it (a headline before the section, "Hourly bus
		// punctuality data is now open | News | Tarnmouth Open Data",
		// keeps its cut), the post's.
		for _, sep := range titleSeparators {
			if after, ok := strings.CutPrefix(rest, sep); ok && fieldCount(after) >= 3 && !strings.Contains(after, sep) && fieldCount(after) > fieldCount(t)-1 {
				return strings.TrimSpace(after)
			}
		}
	}
	if len(m.h1) == 0 && m.classedH2 != "" && t != m.classedH2 && fieldCount(m.classedH2) >= 4 && hasSeparatorPrefix(strings.TrimPrefix(fullTitle, m.classedH2)) {
		// A page without an <h1> whose <title> opens with its first
		// <h2> a class names a title, and a separator after it ("Our
		// first reef season in numbers, … - GivingGlobe" over '<h2
		// class="report__title">'), og:title another page's name (the
		// project's, "Restore Oyster Reefs in Pell Inlet"): the
		// heading.
		return m.classedH2
	}
	if len(m.h1) == 1 && m.h1Node != nil && t != m.h1[0] && fieldCount(m.h1[0]) >= 4 && sectionTail(fullTitle) && !strings.Contains(fullTitle, m.h1[0]) && strings.Contains(attr(m.h1Node, "class"), "item-title") {
		// A portal's item under a <title> of the portal's, the site's
		// and the section's names ("ENT NetOCentre - Lycée
		// Jean-Baptiste-Morel - Actualités"), its one <h1> the item's
		// title by its class ('<h1 class="publisher-item-title">Les
		// élèves de seconde mesurent …</h1>', NetOCentre's
		// publisher): the <h1>.
		return m.h1[0]
	}
	if head, _, ok := strings.Cut(fullTitle, " - "); ok && len(m.h1) == 0 && m.classedH2 != "" && t != m.classedH2 && head != "" && len(m.classedH2) > len(head)+3 && strings.HasPrefix(m.classedH2, head) && strings.HasPrefix(m.classedH2[len(head):], " : ") && fieldCount(m.classedH2) >= 4 {
		// A page without an <h1> whose <title> is a shorter headline, a
		// dash and the site's name ("Horaires d'été - Section syndicale
		// des territoriaux de Vierzon", an HTTrack copy's), over its
		// first <h2> a class names a title that opens with that
		// headline, a colon and more ('<h2 class="titre">Horaires d'été
		// : ce que la direction a accepté, et ce qu'elle refuse
		// encore</h2>'): the heading.
		return m.classedH2
	}
	if len(m.h1) == 0 && m.classedH2 != "" && fieldCount(m.classedH2) >= 4 && sectionTail(fullTitle) {
		// A portal's item without an <h1>, its <title> the site's name
		// and the section's ("Réseau des bibliothèques du Val des Saules
		// - Actualités", PMB's OPAC portal), its heading an <h2> its
		// class names the article's title ('<h2
		// class="article_titre">Le fonds de cartes postales …'): the
		// heading.
		return m.classedH2
	}
	if head := manualPart(fullTitle); head != "" {
		// GTK-Doc's chapter: its heading, a colon and the manual's name
		// ("Porting from Lanternfish 2.x to 3.0: Lanternfish Reference
		// Manual"): the heading.
		return head
	}
	if len(m.h1) == 1 && (unitTitle(fullTitle, m.h1[0]) || referenceTitle(fullTitle, m.h1[0]) || bracketTitle(fullTitle, m.h1[0]) || detailsTitle(fullTitle, m.h1[0]) || namedFileTitle(fullTitle, m.h1[0]) || dishTitle(fullTitle, m.h1[0]) || modulePageTitle(fullTitle, m.h1[0])) {
		return m.h1[0]
	}
	if line := oneLine(t); len(m.h1) == 1 && (m.h1[0] != m.homeName && (siteAfterHeadline(fullTitle, m.h1[0], line) || wordsWithin(line, m.h1[0])) || wordBeforeHeadline(line, m.h1[0])) {
		// The site's name after the <h1>, a work and its author within
		// it, or a word before it: the <h1> is the headline.
		return m.h1[0]
	}
	if len(m.h1) > 0 && storyPathTitle(fullTitle) {
		// Storybook's docs page: its last <h1> is the story's heading,
		// after the hidden "No Preview" one of its wrapper.
		return m.h1[len(m.h1)-1]
	}
	if len(m.h1) == 0 {
		if name := wikiPageName(fullTitle, m.canonical); name != "" {
			return name
		}
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 3 && wikiPageName(fullTitle, m.canonical) != "" {
		// A wiki's page that writes its heading over its page name
		// ("Fablab du Moulin: GuideDecoupeLaser" at …/GuideDecoupeLaser
		// over '<h1>Guide de la découpeuse laser</h1>', WikkaWiki's):
		// the heading, as the page writes it.
		return m.h1[0]
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 3 && dokuTitle(fullTitle) {
		// DokuWiki's <title>, the page's id and the wiki's name
		// between brackets ("tutoriels:imprimante_reseau [Wiki du GULL
		// brivadois]"), over the page's one <h1> ('<h1
		// class="sectionedit1" id="installer_une_imprimante_reseau_avec_cups">Installer
		// une imprimante réseau avec CUPS</h1>'): the heading, as the
		// page writes it.
		return m.h1[0]
	}
	if m.thSubject != "" && fieldCount(m.thSubject) >= 3 && len(fullTitle) > len(m.thSubject) && strings.HasPrefix(fullTitle, m.thSubject) && slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.HasPrefix(fullTitle[len(m.thSubject):], sep) }) {
		// A forum's topic, its <title> the subject its header cell
		// names, then a separator and the forum's category, section
		// and name ("[CR] Greffe de vieux pommiers : bilan après deux
		// saisons - Arbres fruitiers - Potager & Verger - FORUM …",
		// MesDiscussions.net's): the subject, its own colon kept.
		return m.thSubject
	}
	if m.thSubject != "" && len(m.h1) == 0 && fieldCount(m.thSubject) >= 3 && forumTail(fullTitle) {
		// The same under a <title> of the site's name and its forum's
		// alone ("Les Aquariophiles du Val de Cher - Forum" over '<th
		// class="sectiontableheader">Sujet: Reprise d'un bac de 240
		// litres …</th>', Joomlaboard's topic, the same on every
		// topic) and no <h1>: the subject.
		return m.thSubject
	}
	if len(m.h1) >= 2 && (m.h1[0] == "NAME" || m.h1[0] == "NOM") && strings.Contains(fullTitle, " - ") {
		// A manual page, its first <h1> "NAME" in capitals (pod2html's,
		// man2html's), titled with its NAME line, a name, " - " and
		// what it is ("Tidewright::Upgrading - moving from Tidewright
		// 1.x to 2.0"): the whole line, the name no site's. A French
		// POD's is "NOM", and a site may add its name after the line
		// ("Lingua::FR::Nombres - écrire les nombres en toutes lettres -
		// metacpan.org", its og:site_name): the line without it.
		if m.siteName != "" {
			if head, ok := siteSuffix(fullTitle, m.siteName); ok && strings.Contains(head, " - ") {
				return head
			}
		}
		return fullTitle
	}
	if len(m.h1) >= 2 && strings.HasPrefix(m.h1[1], m.h1[0]+" ") && titlePart(fullTitle, m.h1[0]) {
		// A book's top bar, its first <h1> the chapter's short name as
		// the <title> opens with it ('<div class="book-header"><h1><a
		// href="../">Tenir l'accueil</a></h1></div>' under "Tenir
		// l'accueil · Guide du bénévole", HonKit's), over the chapter's
		// own <h1>, the same words and more ("Tenir l'accueil de
		// l'épicerie solidaire"): the chapter's.
		return m.h1[1]
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 3 && strings.HasPrefix(fullTitle, m.h1[0]+": ") && namesAfter(fullTitle[len(m.h1[0]):], fieldCount(m.h1[0])) {
		// A topic's <title>, its subject, then its group's and its
		// site's names after colons ("Re: Lithium bank for the club's
		// field day trailer: Field Day Planning: Marrowfield Tinkers
		// Radio Club", GroupServer's), over '<h1>' of the subject: the
		// subject, its own colon kept. Each name after it is shorter
		// than the subject (namesAfter): a show's name in an <h1> before
		// an episode's number and title is not one.
		return m.h1[0]
	}
	if len(m.h1) == 1 && len(fullTitle) > len(m.h1[0]) && strings.HasPrefix(fullTitle, m.h1[0]+" ") && symbolsOnly(fullTitle[len(m.h1[0]):]) {
		// A letter's <title>, its heading and an emoji after it ("The
		// first burn decides everything 🕯️", Sendlane's subject line),
		// over the <h1> without it: the heading.
		return m.h1[0]
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 4 && (strings.Contains(m.h1Class, "title") && strings.Count(fullTitle, " - ") >= 2 || subjectClass(m.h1Class) && strings.Contains(fullTitle, " - ")) && shortParts(fullTitle, " - ", 4) {
		// A <title> of the tool's, the module's and the class's names
		// ("WIMS - Documents - Mathématiques 1re - Lycée Émile
		// Desmarais") over the page's one <h1>, its class naming it the
		// title ('<h1 class="wims_title">Préparer le contrôle commun …'):
		// the <h1>. Every part of the <title> is a name of three words
		// at most (shortParts): one that holds a headline is the page's.
		// So is an <h1> whose class names it a message's subject or a
		// notice's object, under the portal's and its module's names
		// alone ("EcoleDirecte - Messagerie" over '<h1
		// class="message-subject">'; "Cahier de textes - 4 B - Collège
		// Vauban - Rocheval" over '<h1 class="cdt_objet">', Gepi's).
		return m.h1[0]
	}
	if len(m.h1) == 0 && fieldCount(m.ariaH1) >= 4 && strings.Contains(fullTitle, " - ") && shortParts(fullTitle, " - ", 4) {
		// The same over a page without <h1> whose heading of level 1
		// is a <div> ARIA names so ('<div class="ie-titre
		// titre-principal" role="heading" aria-level="1">Voyage en
		// Andalousie des élèves de 4e : …</div>' under "PRONOTE -
		// Espace Parents - COLLÈGE ROBERT-LEMAIRE", PRONOTE's notice in
		// its web application): that heading.
		return m.ariaH1
	}
	if len(m.h1) > 0 && strings.HasSuffix(fullTitle, "Notebook Viewer") && fieldCount(m.h1[0]) >= 2 {
		// nbviewer's <title>, the viewer's name for every notebook
		// ("Jupyter Notebook Viewer"), over the notebook's first
		// heading, its own title: the heading.
		return m.h1[0]
	}
	if len(m.h1) == 1 && m.namedHeading != "" && fieldCount(m.namedHeading) >= 3 && kindDetailTitle(fullTitle, m.h1[0]) {
		// A school's news item on Blackbaud's K-12 site: "News Detail -
		// Hollis Academy", the page's kind and the site's name, over
		// '<h1>News</h1>', the section's, and the item's heading in
		// '<div class="detail-title"><h2>…</h2></div>': the heading.
		return m.namedHeading
	}
	if len(m.h1) == 1 && (clauseCut(fullTitle, m.h1[0]) || t != fullTitle && clauseCut(oneLine(t), m.h1[0])) {
		// And the headline Readability cut from the <title>, the site's
		// name before it ("SNELC Vauclair - Remplacements de courte
		// durée : ce que le rectorat peut vous demander" over the <h1>
		// that goes on ", et ce qu'il ne peut pas", a union's page).
		// An e-mail's web version whose <title> is its heading's first
		// clause ("La Marelle fête ses vingt ans" over '<h1>La Marelle
		// fête ses vingt ans, et c'est vous qui choisissez le
		// programme</h1>', ActiveTrail's): the whole heading.
		return m.h1[0]
	}
	if len(m.h1) > 0 && projectDocumentation(fullTitle) && fieldCount(m.h1[0]) >= 3 {
		// Compodoc's page: "<project> documentation" for every page,
		// over the page's own <h1> ("ngx-calepin documentation" over
		// '<h1 id="rendre-le-calendrier-accessible">Rendre le calendrier
		// accessible</h1>', an additional page's; its search box's
		// <h1> after): the page's.
		return m.h1[0]
	}
	if len(m.h1) == 1 && docsTitle(fullTitle) && fieldCount(m.h1[0]) >= 3 {
		// JSDuck's page: the documentation's name and " Docs" for every
		// guide and class ("Kestrel Charts 3.0 Docs", as its header
		// writes '<strong>Kestrel Charts 3.0</strong> Docs'), over the
		// guide's one <h1> ('<h1>Upgrading to Kestrel Charts 3.0</h1>'):
		// the guide's, as Compodoc's "<project> documentation" gives way.
		return m.h1[0]
	}
	if len(m.h1) == 2 && projectReference(fullTitle, m.h1[0]) {
		// LDoc's page: "<project> reference" for every page, the
		// project's name as the sidebar's <h1>, then the topic's <h1>
		// ("Quillpath reference" over '<h1>Quillpath</h1>' and
		// '<h1>Migrating from 1.x to 2.0</h1>'): the topic's.
		return m.h1[1]
	}
	if len(m.h1) >= 2 && fileTitle(fullTitle, m.h1[0]) {
		// RDoc's file page: "File: UPGRADING [Sextant 2.0.0
		// Documentation]" over the file's header (<h1>UPGRADING</h1>)
		// and the file's text: its first heading, the next <h1>.
		return m.h1[1]
	}
	if len(m.h1) == 2 && siteAndHeadline(fullTitle, m.h1[0], m.h1[1]) {
		return m.h1[1]
	}
	if len(m.h1) == 1 && modulePathTitle(fullTitle) {
		// odoc's page title, its name and its path in parentheses
		// ("upgrading (tidepool.upgrading)"), over the page's one <h1>
		// ("Upgrading to Tidepool 3"): the headline.
		return m.h1[0]
	}
	if m.textHeadline != "" {
		// A page laid out in text objects: the bold line that opens
		// its story, not the page's name (joinTextCells).
		return m.textHeadline
	}
	if m.threadSubject != "" && len(fullTitle) > len(m.threadTag) && hasSuffixFold(fullTitle, m.threadTag) {
		// A list archive's message under its thread's heading, the
		// <title> the list's ("SourceForge.net: Quillmesh:
		// quillmesh-users" over "Thread: [Quillmesh-users] …"): the
		// subject.
		return m.threadSubject
	}
	if m.mailSubject != "" && fullTitle == m.mailSubject {
		// A saved message, titled with its subject: the whole subject,
		// whatever separators it holds ("Chauffage : ce que le
		// bailleur nous a promis").
		return m.mailSubject
	}
	if m.mailSubject != "" && fullTitle != m.mailSubject && listPrefixed(fullTitle, m.mailSubject) {
		// A message in a list's archive titled with the list's name
		// and its subject ("larchfield-bees: Teaching apiary: March
		// inspection and the new rota", Lyris ListManager's): the
		// whole subject, its own colons kept.
		return m.mailSubject
	}
	if m.mailSubject != "" && len(m.h1) == 0 && fieldCount(m.mailSubject) >= 3 && !strings.Contains(fullTitle, m.mailSubject) {
		// A message in a list's archive, its header's table over it
		// (mailHeader), under the archive's <title> ("LISTSERV 16.5 -
		// RANDO-HAUTVALLON Archives"), not the message's, and no <h1>:
		// the headline is its subject (three words or more).
		return m.mailSubject
	}
	if len(m.h1) == 1 && strings.HasSuffix(fullTitle, " Archives") && strings.Contains(fullTitle, " - ") && fieldCount(m.h1[0]) >= 3 && !strings.Contains(fullTitle, m.h1[0]) {
		// A message in a list's archive under the archive's <title>
		// ("JISCMail - HERBARIA-NETWORK Archives", LISTSERV's), its
		// subject the page's one <h1> ('<h1
		// class="msgsubject">Volunteer digitisation days at the
		// Castleford herbarium: dates and how to join</h1>'): the
		// subject, as it is when the header's table gives it.
		return m.h1[0]
	}
	t = oneLine(t)
	if short := strings.TrimSuffix(strings.TrimSuffix(t, "?"), " "); len(m.h1) == 1 && len(m.h1[0]) > len(short)+3 && short != "" && strings.HasPrefix(m.h1[0], short) && colonMore(m.h1[0][len(short):]) {
		// The page's one <h1> is the title and more after a colon
		// ("Travaux du Pont-Vieux : fermeture à la circulation du 31
		// mars au 27 juin" under og:title "Travaux du Pont-Vieux",
		// Sitejet's): the whole headline. A title that asks its
		// question where the <h1> goes on after a colon ("Comment
		// choisir son aspirateur balai sans fil ?" over '<h1
		// class="mag-article__title">Comment choisir son aspirateur
		// balai sans fil : le guide complet</h1>', a Cdiscount-like
		// shop's magazine) is the same title cut short.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && t != m.h1[0] {
		if last, ok := lastTitlePart(t); ok && last == m.h1[0] && strings.Count(t, " | ") >= 2 {
			// The path down to the story, the site's name, its column's
			// and the story's, between bars ("Gadfly | Local Rot | Toll
			// order" over '<h1 class="storytitle">Toll order</h1>', a
			// Private Eye-like column): the last part, which the one
			// <h1> repeats, however short.
			return m.h1[0]
		}
		if first, ok := firstTitlePart(t); ok && len(m.h1[0]) > len(first)+3 && strings.HasPrefix(m.h1[0], first) && colonMore(m.h1[0][len(first):]) {
			// The <title>'s first part, before the site's name, the
			// <h1> cut where its colon stood ("Ferry passenger travel,
			// Northmarch - Statistics Northmarch" over '<h1
			// class="ons-u-fs-xxxl">Ferry passenger travel, Northmarch:
			// 2024</h1>', the ONS' bulletin): the whole headline.
			t = m.h1[0]
		}
		if last, ok := lastTitlePart(t); ok && fieldCount(last) >= 3 && hasPrefix2(m.h1[0], last, " ") {
			// The site's name before the headline cut short, the <h1>
			// going on after the <title>'s last part ("Archives
			// départementales du Val-des-Saulnes - Document du mois : le
			// cahier de l'éclusier de Saint-Arnoult" over '<h1
			// class="titre_article">Document du mois : … de
			// Saint-Arnoult pendant la crue de 1910</h1>', Arkothèque's
			// article): the whole headline.
			t = m.h1[0]
		}
		if place, rest, ok := strings.Cut(t, ". "); ok && rest != "" && len(m.h1[0]) > len(place)+len(rest)+4 && hasPrefix2(m.h1[0], place, " : ") {
			// A place's name and a stop before the story's sentence in
			// the <title>, the one <h1> the same with a colon after the
			// place and going on ("Saint-Vigor-sur-Vire. Le bac du
			// passeur reprend la traversée" over '<h1
			// class="article-titre">Saint-Vigor-sur-Vire : le bac du
			// passeur reprend la traversée après deux ans d'arrêt</h1>',
			// a Presse de la Manche-like story, its dateline's form in
			// the <title>): the whole headline.
			if h := m.h1[0][len(place)+3:]; h[len(rest)] == ' ' && strings.EqualFold(h[:len(rest)], rest) {
				t = m.h1[0]
			}
		}
		if tail := colonTail(t); tail != "" && len(m.h1[0]) > len(tail) && strings.EqualFold(m.h1[0][:len(tail)], tail) && colonMore(m.h1[0][len(tail):]) {
			// A label and a colon before the <title>'s words, which open
			// the one <h1>, case aside, a colon and more after them
			// ("AUT Val-Morvan - Communiqué : horaires 2009" over
			// "<h1>Horaires 2009 : la desserte de Varennes-la-Cure
			// sacrifiée</h1>", a FNAUT-like association's release): the
			// whole headline.
			t = m.h1[0]
		}
		if last, ok := lastTitlePart(fullTitle); ok && issuePart(last) && fieldCount(m.h1[0]) >= 3 && !strings.Contains(fullTitle, m.h1[0]) {
			// A letter's or a series' name and its issue's number in the
			// <title> ("La Lettre du Panier Commun - n° 42" over '<h1
			// style="font-size:24px;…">Un mois de mars sous le signe du
			// déménagement</h1>', a Webpower letter's web version;
			// "Orwellside Local History Society - Occasional Paper 47"
			// over the paper's <h1>, a HomeSite page): the issue's
			// headline, which the <title> does not say.
			t = m.h1[0]
		}
		if len(m.h1[0]) > len(t) && fieldCount(t) >= 4 && !strings.HasPrefix(m.h1[0], t) && wordsOpen(m.h1[0], t) {
			// A title the one <h1> goes on from, its words in their
			// order, its stops or case rewritten ("Comment faire durer
			// un bouquet d’automne ? Nos conseils" over '<h1
			// class="blog-article__title">Comment faire durer un bouquet
			// d’automne : nos conseils de fleuriste</h1>', an
			// Interflora-like blog's og:title cut short): the whole
			// headline. An <h1> that says the title as it is, then more,
			// holds the day or the buttons set after its text.
			t = m.h1[0]
		}
		if last, ok := lastTitlePart(t); ok && hasPrefix2(m.h1[0], last, ", ") && fieldCount(m.h1[0][len(last)+2:]) >= 2 {
			// The site's name, then the headline's opening, which a
			// comma and more words go on from in the one <h1> ("Holloway
			// Hives - Swarm Season Diary" over '<h1><font face="Georgia"
			// color="#663300">Swarm Season Diary, Spring 2001</font></h1>',
			// a FortuneCity homepage): the whole headline, as colonMore
			// takes one that goes on after a colon.
			t = m.h1[0]
		}
		if last, ok := lastTitlePart(t); ok && abbreviates(last, m.h1[0]) {
			// The site's name, then the headline abbreviated: its
			// words' initials in capitals and another of its words
			// ("Amicale laïque de Saint-Véran - AG 2025" over '<h1
			// style="color: #993300; …">Compte rendu de l'assemblée
			// générale du 18 janvier 2025</h1>', a BlueGriffon page):
			// the whole headline.
			t = m.h1[0]
		}
		if hasPrefix2(m.h1[0], t, " ") && versionNumber(m.h1[0][len(t)+1:]) {
			// A package's name over its one <h1>, the name and the
			// release's version ("tidyclock" over '<h1
			// class="package-header__name">tidyclock 1.4.0</h1>',
			// PyPI's project page): the release the page is about.
			t = m.h1[0]
		}
	}
	if len(m.h1) == 1 && len(fullTitle) > len(m.h1[0])+2 && hasPrefix2(fullTitle, m.h1[0], ": ") && strings.HasSuffix(fullTitle, t) && len(t) < len(fullTitle)-len(m.h1[0])-2 && strings.Contains(fullTitle[len(m.h1[0])+2:], " : ") {
		// A forum's name, its one <h1>, and a colon before a topic's
		// subject that holds a spaced colon of its own ("Club
		// ferroviaire du Haut-Doubs: Compte rendu : l'expo de Morteau …"
		// over '<h1 id="forumname">Club ferroviaire du Haut-Doubs</h1>',
		// UseBB's), which Readability cut at that colon: the subject
		// whole.
		t = fullTitle[len(m.h1[0])+2:]
	}
	if len(m.h1) == 1 && t != m.h1[0] && len(fullTitle) > len(m.h1[0])+3 && hasSuffix2(fullTitle, " - ", m.h1[0]) && !strings.ContainsAny(m.h1[0], " /") && m.h1Node != nil && backlinksHead(m.h1Node) {
		// A wiki's name, a dash and the page's WikiName in its <title>
		// ("Club d'astronomie de Vernolles - ObservationsPubliques"), the
		// name the page's one <h1> ('<h1><a class="backlinks" …>ObservationsPubliques</a></h1>',
		// PhpWiki's, the link to the pages that name it): the page's
		// name, not the wiki's.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && len(m.h1[0]) > len(t)+3 && t != "" && acronymShort(t, m.h1[0]) {
		// A title that writes a phrase of the one <h1> as its initials
		// and stops short of its end ("Changes to CE Requirements" over
		// '<h1>Changes to Continuing Education Requirements for the
		// 2026–2028 Renewal Cycle</h1>', iMIS' news item): the headline
		// cut for the <title>, the <h1> whole.
		t = m.h1[0]
	}
	if head, tail, ok := strings.Cut(t, " : "); ok && len(m.h1) == 1 && len(m.h1[0]) > len(t)+3 && fieldCount(tail) >= 2 {
		// A title whose each side of its colon opens the same side of
		// the one <h1>'s ("Lessive maison : ce qu'elle coûte vraiment"
		// over '<h1 class="entry-title">Lessive maison au savon de
		// Marseille : ce qu'elle coûte vraiment, calculette en
		// main</h1>', a Consoglobe-like WordPress magazine's og:title):
		// the headline shortened for sharing, the <h1> whole.
		if hHead, hTail, ok := strings.Cut(m.h1[0], " : "); ok && strings.HasPrefix(hHead, head+" ") && strings.HasPrefix(hTail, tail) {
			t = m.h1[0]
		}
	}
	if i := strings.LastIndex(t, ": ~"); i > 0 && tildeName(t[i+2:]) {
		// A forge's owner and project after the headline and a colon
		// ("[RFC] Mirror policy …: ~ingridl/kelpfetch-devel",
		// SourceHut's lists): the list's name, not the headline's.
		t = t[:i]
	}
	if t == fullTitle && len(m.h1) == 0 {
		for _, sep := range pathSeparators {
			if strings.Count(t, sep) < 2 {
				continue
			}
			if i := strings.LastIndex(t, sep); fieldCount(t[i+len(sep):]) >= 3 {
				// A path in the <title>, the site's name and the
				// section before the item, kept whole for want of a
				// heading to match ("Steam Community :: Guide ::
				// Cannery Contracts: Steady Money in Your First Ten
				// Hours", a Steam guide's, its title in '<div
				// class="workshopItemTitle">'; "Les Amis du canal de la
				// Sèvre › Forums › La vie de l'association › Nettoyage
				// des berges du 8 février : bilan et merci à tous",
				// CPG Dragonfly's forum topic, its subject in '<a
				// class="maintitle">'): the item's name, its own colon
				// kept.
				t = t[i+len(sep):]
			}
			break
		}
	}
	if rest, ok := strings.CutPrefix(t, ": "); ok && rest != "" && strings.Contains(fullTitle, " :: "+rest) {
		// Readability cut the <title> at the first colon of a "::"
		// separator, the part after its last colon being too short
		// ("<site> :: Sortie au lac de Saint-Ferréol : compte rendu",
		// PostNuke's, phpBB's): the headline is what follows the
		// separator, without its second colon.
		t = rest
	}
	if m.boldTitle && t == m.colonTail {
		// Readability cut the <title> at its colon as a site's name
		// before its headline, and a line in bold the page shows is
		// the whole <title> (a forum post's subject, "<b>Spring
		// recommissioning: my checklist …</b>", YaBB's, over a topic
		// that has no heading): the colon is the headline's own.
		t = fullTitle
	}
	if rest, ok := strings.CutPrefix(fullTitle, t); ok && t != "" && len(rest) > 3 && !boardAfter(rest, m.h1) {
		t = sectionCut(t, rest)
	}
	if len(m.h1) == 1 {
		t = kindCut(t, m.h1[0])
	}
	if m.homeName != "" && strings.EqualFold(t, m.homeName) {
		// The site's name alone, the <title>'s first part Readability
		// kept ("Club de randonnée de la Varenne - Sortie du 9 février :
		// la boucle des étangs sous le givre", Plume CMS's <title> under
		// '<h1><a href="http://www.randovarenne.example/">Club de
		// randonnée de la Varenne</a></h1>'): the headline is after it,
		// when longer than the name (an <h1> whose link has no href is
		// a headline too, before the site's name: "Community garden
		// opens its first accessible raised beds – Westerby Voice").
		for _, sep := range nameSeparators {
			if rest, ok := strings.CutPrefix(fullTitle, t+sep); ok && fieldCount(rest) > fieldCount(t) {
				t = rest
				break
			}
		}
	}
	for _, sep := range nameSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if m.homeName != "" && strings.EqualFold(head, m.homeName) {
			// The site's name (its <h1>, a link to its home page)
			// before the headline ("Kerrow Caving Club - Hollow Beck
			// winter dig"): the headline is after it.
			t = tail
			break
		}
		if m.homeName != "" && strings.EqualFold(tail, m.homeName) {
			// And after it, whatever the lengths ("Tailler le vieux
			// cerisier « Le carnet du jardin du fond", a blog's
			// <title> that points at its name with a guillemet).
			t = head
			break
		}
		if sep == projectColon {
			if m.brandName != "" && strings.EqualFold(tail, m.brandName) {
				t = head
				break
			}
			continue
		}
		if sep == siteGuillemet {
			continue
		}
		if strings.EqualFold(tail, m.siteName) || len(m.h1) > 0 && strings.EqualFold(head, m.h1[0]) || m.brandName != "" && strings.EqualFold(tail, m.brandName) {
			// The site's name after the headline, its og:site_name or
			// its header's (brandName: Documenter.jl's "Migrating from
			// 0.x · Quillfish.jl" under its sidebar's package name).
			t = head
			break
		}
	}
	if len(m.h1) == 1 && m.brandName != "" && t != fullTitle && fieldCount(t) == 1 && fieldCount(m.h1[0]) >= 3 && !strings.Contains(fullTitle, m.h1[0]) {
		// A section's name of one word left of a <title> "<section> -
		// <site>" once the site's name went ("Actualités - La Clé des
		// Chants", Typesetter's <title> of its news page, the site's
		// name in Bootstrap's navbar-brand), over the page's one <h1>
		// of three words or more: the headline is the <h1>.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && m.underH1 != nil && t != fullTitle && fieldCount(t) >= 2 && strings.HasPrefix(fullTitle, t) && strings.HasSuffix(fullTitle, m.h1[0]) {
		// The site's name the page's one <h1> ('<h1><a href="/" …>Collectif
		// Estran</a></h1>', Indexhibit's), the <title> a shorter
		// headline and that name ("Marée basse : Collectif Estran"), the
		// first heading under the <h1> the shorter headline, a dash and
		// more ("Marée basse — carnet d'une résidence à l'île
		// Verdelle"): the whole headline.
		if h := collapsedText(m.underH1); len(h) > len(t)+3 && strings.HasPrefix(h, t) && (strings.HasPrefix(h[len(t):], " — ") || strings.HasPrefix(h[len(t):], " – ")) {
			t = h
		}
	}
	if len(m.h1) == 1 && len(m.h1[0]) > len(t)+3 && t != "" && strings.HasPrefix(m.h1[0], t) && phraseMore(m.h1[0][len(t):]) {
		// The page's one <h1> is the title, its site's name gone, and
		// its phrase going on in words of lower case ("Crumble
		// pommes-poires au sarrasin et aux noisettes" under the
		// recipe's name "Crumble pommes-poires au sarrasin - La cuisine
		// de Gaspard", its og:title and <title>, a WordPress recipe
		// blog's): the whole headline.
		t = m.h1[0]
	}
	if i := slices.IndexFunc(m.h1, func(h string) bool {
		h = unlabeled(h)
		return fieldCount(h) >= 3 && !strings.EqualFold(h, m.homeName) && !strings.EqualFold(h, m.siteName) && !strings.EqualFold(h, m.brandName) &&
			slices.ContainsFunc(titleSeparators, func(sep string) bool { return hasPrefix2(t, h, sep) })
	}); i >= 0 {
		// A title that opens with one of the page's <h1>, of three words
		// or more and not the site's name, then a separator and more
		// ("<headline> · <exhibition> · <site>", Omeka's; "<headline> -
		// <handbook's name>" beside docsify's h1.app-name; "<subject> -
		// <forum's section> - <forum's name>", the <h1> a thread's
		// subject after its type in brackets): the headline is that
		// <h1>, without the label.
		t = unlabeled(m.h1[i])
	}
	if len(m.h1) == 1 && strings.HasPrefix(t, "[") && strings.HasPrefix(m.h1[0], "[") && m.h1[0] != t {
		// A patch's subject after its tag in brackets, the <title>'s
		// tag shortened ("[v2,0/3] hwmon: add driver for …", Patchwork's
		// <title> once " - Patchwork" went), the page's one <h1> the
		// same subject after the whole tag ("[PATCH v2 0/3] hwmon: add
		// driver for …"): the <h1>.
		if i := strings.Index(t, "] "); i > 0 && i+2 < len(t) && strings.HasSuffix(m.h1[0], t[i:]) && strings.IndexByte(m.h1[0][:len(m.h1[0])-len(t)+i], ' ') > 0 {
			t = m.h1[0]
		}
	}
	if i := strings.LastIndex(t, " ["); i > 0 && strings.HasSuffix(t, "]") {
		// A site's name in square brackets after the headline ("<headline>
		// [<wiki's name>]", as a wiki titles its pages): it goes when it
		// is the site's name or one of the page's <h1>, or when the
		// headline is.
		head, name := t[:i], t[i+2:len(t)-1]
		if strings.EqualFold(name, m.siteName) || slices.ContainsFunc(m.h1, func(h string) bool { return strings.EqualFold(h, name) || strings.EqualFold(h, head) }) {
			t = head
		}
	}
	if m.brandName != "" {
		// A <title> that opens with the site's or project's name as the
		// page's header shows it (Doxygen's #projectname, a theme's
		// .site-name, a version number after it or not) and a colon or
		// a separator ("Fiddle Yard Controller: Release notes: version
		// 2.0"): the headline is what follows. Its apostrophes may be
		// curly in the header and straight in the <title> ('<h1
		// class="site-name">L’Agenda du Libre <small>Armorique</small></h1>'
		// under "L'Agenda du Libre Armorique - Install-party …", l'Agenda
		// du Libre's event page).
		brand := straightQuotes(m.brandName)
		for _, sep := range append([]string{": "}, titleSeparators...) {
			if head, tail, ok := strings.Cut(t, sep); ok && tail != "" && fieldCount(head) >= 2 && strings.HasPrefix(brand, straightQuotes(head)) {
				t = tail
				break
			}
		}
	}
	if m.feedName != "" {
		// The name of the page's feed, its site's or list's
		// ("Plot-holders", as HyperKitty names a list's feed), as a part
		// of the title, and what follows it ("<subject> - Plot-holders -
		// <archive's name>"): the headline is before it.
		t = cutTitlePart(t, m.feedName)
	}
	if len(m.h1) > 0 {
		if last := pathLast(m.h1[0]); last != "" {
			// The project's or section's name the page's <h1> ends
			// with, a path of names ("Logiciels communaux » Concessio",
			// a forge's header), as a part of the title, and what
			// follows it ("<headline> - Concessio - Forge des
			// communs"): the headline is before it.
			t = cutTitlePart(t, last)
		}
	}
	for _, a := range m.authors {
		// The name of the page's author, its rel="author" link's text,
		// as a part of the title, and what follows it ("The Lamplighter
		// - Tamsin_Reeve - Original Work"): the headline is before it.
		for _, sep := range titleSeparators {
			if i := strings.Index(strings.ToLower(t), strings.ToLower(sep+a)); i > 0 {
				if rest := t[i+len(sep)+len(a):]; rest == "" || slices.ContainsFunc(titleSeparators, func(s string) bool { return strings.HasPrefix(rest, s) }) {
					t = t[:i]
				}
			}
		}
	}
	if t == "" && len(m.h1) > 0 || len(m.h1) == 1 && (fileName(t) || unreadCount(t) || m.typed || m.ogTitle == "" && (monthIssue(t, m.h1[0]) || (monthTail(t) || t != fullTitle && strings.HasPrefix(fullTitle, t) && seasonTail(fullTitle[len(t):])) && fieldCount(m.h1[0]) >= 3 && inCell(m.h1Node))) {
		// Or a letter's issue named by its month and year alone after
		// its name ("Meridian Matters – September 2025", Pardot's web
		// version), over an <h1> in a cell of the e-mail's layout; or
		// by its season, which Readability cut off to leave the name
		// ("Friends of the Wren Hollow Library | Spring 2025",
		// Delivra's): a season names a periodical's issue, where a
		// month cut off may be a club's name's (round 57's test).
		t = m.h1[0]
	}
	if len(m.h1) == 0 && m.logoName != "" && m.logoName != "-" && t != fullTitle && strings.HasPrefix(t, m.logoName) && strings.HasPrefix(fullTitle, t) {
		// A page without <h1> whose <title> opens with the site's name
		// as its logo's alt gives it and a separator ("Wolds Model
		// Engineers - Boiler washout procedure for club locos – please
		// read", Snitz's, under '<img alt="Wolds Model Engineers">'),
		// which Readability cut at a dash of the headline's own, another
		// separator than the name's, the name kept: the headline is all
		// that follows the name.
		cut := fullTitle[len(t):]
		for _, sep := range titleSeparators {
			if rest, ok := strings.CutPrefix(fullTitle, m.logoName+sep); ok && fieldCount(rest) >= 3 && !strings.HasPrefix(cut, sep) && hasSeparatorPrefix(cut) {
				t = rest
				break
			}
		}
	}
	if len(m.h1) == 0 && m.logoName != "" && m.logoName != "-" && t == fullTitle && len(t) > len(m.logoName) && strings.HasPrefix(t, m.logoName) {
		// The same left whole by Readability ("Wiki du COTC - Organiser
		// une course au score", JAMWiki's, under '<img alt="Wiki du
		// COTC">' and no <h1>, the page's name in a <div>): the site's
		// name goes with its separator, the page's of three words or
		// more staying.
		for _, sep := range titleSeparators {
			if rest, ok := strings.CutPrefix(t, m.logoName+sep); ok && fieldCount(rest) >= 3 {
				t = rest
				break
			}
		}
	}
	if len(m.h1) == 1 && m.updateHeading != "" && (t == m.h1[0] || strings.HasPrefix(fullTitle, m.h1[0])) && (!strings.Contains(fullTitle, m.updateHeading) || t == m.h1[0] && t == m.ogTitle) {
		// A campaign's or a project's update, its page titled by the
		// project's name, its one <h1> ("Quarrylight: the Slate Lantern
		// That Charges by Hand | Indiegogo", MiiMOSA's "Un fournil
		// paysan à la Ferme des Lilas - Actualités | MiiMOSA"), over
		// the update's heading its class names so ('<h3
		// class="routerContentUpdates-updateTitle">', '<h2
		// class="news-card__title">'): the update's. So when the
		// <title> holds the update's heading but og:title, the title
		// read, is the campaign's <h1> ("Une grainothèque pour
		// Saint-Aubert" over "Mise à jour : Les premiers sachets sont
		// partis : … | FundRazr").
		t = m.updateHeading
	}
	if len(m.h1) == 1 && t == m.h1[0] && m.blockHeading != "" && fieldCount(m.h1[0]) <= 4 && siteTitled(fullTitle, m.h1[0]) {
		// A page whose <title> is its one <h1>, a place's or a site's
		// name of four words at most, and the platform's name after a
		// separator ("Saint-Pardoux-des-Ormes - PanneauPocket", over
		// '<h1 class="city-header__name">'), over a notice whose heading
		// its class names a block's title ('<h2
		// class="sign-preview__title">Travaux sur le réseau d'eau
		// potable : …</h2>'): the notice's.
		t = m.blockHeading
	}
	if len(m.h1) == 1 && m.postHeading != "" && fieldCount(m.postHeading) >= 3 && fullTitle != "" && strings.HasPrefix(m.h1[0], fullTitle) && appTitle(m.h1Node, fullTitle) {
		// An application's page whose <title> and <h1> name its section
		// ("Blog", the <h1> a link to it and the blog's name after it:
		// "Blog / Le blog des CE2 de Mme Ravier", ONE's school blog),
		// over a post's heading its class names ("<h2
		// class="post-title">Nos semis ont levé : …</h2>"): the post's.
		t = m.postHeading
	}
	if len(m.h1) == 1 && m.postHeading != "" && fieldCount(m.postHeading) >= 3 && blogNamed(fullTitle, m.h1[0]) {
		// A blog's page whose <title> is "Blog" and the blog's name,
		// its one <h1> ("Blog - Le CDI du collège des Tamaris", Open
		// ENT NG's), over a post's heading its class names ('<h2
		// class="post-title">'): the post's.
		t = m.postHeading
	}
	if len(m.h1) == 1 && m.postHeading != "" && t == m.h1[0] && fieldCount(m.postHeading) >= 3 && containsFold(attr(m.h1Node, "class"), "blog") {
		// A blog's page whose one <h1> is the blog's name, its class
		// says so ('<h1 class="titre_blog">', Allmyblog's; '<h1
		// class="blogTitle">', Iconito's), and the title that name,
		// over a post's heading its class names ('<h2
		// class="titre_article">Première récolte de miel de printemps
		// !</h2>', '<h2 class="blogArticleTitle">'): the post's.
		t = m.postHeading
	}
	if len(m.h1) == 1 {
		if path := itemPath(fullTitle, m.h1[0]); path != "" {
			// An API item's page, its <title> the item's path and the
			// docs' name ("tidewell::changelog::v0_9 - Rust"), its one
			// <h1> the item's kind and last name ("Module v0_9", under
			// the path's breadcrumbs): the kind and the whole path, as
			// rustdoc wrote its <h1> before it set the path apart.
			t = path
		}
	}
	if len(m.h1) == 1 && t != m.h1[0] && (samePunctWords(t, m.h1[0]) || wordWrittenOut(t, m.h1[0])) {
		// The headline the page shows, its words the title's but for
		// their marks and case ("Mâcon : la passerelle …" under the
		// og:title and <title> "Mâcon. La passerelle …", a regional
		// daily's dateline written apart for sharing): the page's own.
		t = m.h1[0]
	}
	if len(m.h1) > 0 {
		t = titleOfWork(t, m.h1[0], m.title)
	}
	if len(m.h1) > 0 && m.h1[0] != "" {
		// The headline the page shows, and a short tagline the title
		// adds after a colon ("Garbure : la recette facile").
		if rest, ok := strings.CutPrefix(t, m.h1[0]); ok {
			if tag, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), ":"); ok && rest != "" && (rest[0] == ' ' || rest[0] == ':') {
				if n := fieldCount(tag); n > 0 && n <= maxTaglineWords {
					t = m.h1[0]
				}
			}
		}
	}
	if len(m.h1) == 1 && m.h1[0] != "" && m.ogTitle == "" && !strings.Contains(t, m.h1[0]) && fieldCount(m.h1[0]) > fieldCount(t) {
		// Readability cut the <title> at its colons and took another
		// part than the headline ("Announcement: <headline>: <course
		// name>"): the page's one <h1>, when the <title> (there is no
		// og:title) holds it between colons and the part taken, and it
		// is the longer.
		if page := fullTitle; strings.Contains(page, ": "+m.h1[0]+":") && strings.Contains(page, t) {
			t = m.h1[0]
		}
	}
	if len(m.h1) > 0 && len(t) > len(m.h1[0]) && m.h1[0] != "" && strings.HasSuffix(t, m.h1[0]) {
		// The headline behind a prefix the page's title adds, an
		// episode's number or a community's name ("Ep. 112: …",
		// "r/bikepacking on Threadit: …", a shop's name and a full stop,
		// "Meeple & Moss. <headline>"): the headline the page shows.
		// A title that ends with the <h1> after one of the separators a
		// site's name follows ("<headline> - <blog's name>", the blog's
		// name as its <h1>) has its headline before it.
		if head, ok := siteSuffix(t, m.h1[0]); ok {
			t = head
		} else if head := strings.TrimSpace(t[:len(t)-len(m.h1[0])]); head != "" && strings.ContainsRune(":|-–—·»/.", []rune(head)[len([]rune(head))-1]) {
			t = m.h1[0]
		}
	}
	if len(m.h1) == 1 && fieldCount(t) >= 2 && fieldCount(m.h1[0]) > fieldCount(t) && !strings.HasPrefix(strings.ToLower(m.h1[0]), strings.ToLower(t)) && inOrder(strings.Fields(strings.ToLower(t)), strings.Fields(strings.ToLower(m.h1[0]))) {
		// A short name of the page, its navigation's, as the og:title
		// and the <title> ("Affûter sur pierre à eau"), when the page's
		// one <h1> opens with its first word and holds the others in
		// their order, and more between them ("Affûter un couteau de
		// cuisine sur pierre à eau : nos conseils"): the headline is the
		// <h1>. An <h1> that adds a label before the title ("Thread:
		// <title>") does not open with its first word; one that adds a
		// number after it ("<title> #1184") only adds to its end.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && m.h1[0] != "" {
		// A <title> of the site's name and the page's short name after
		// one separator ("Maren Oduya — Glazes from the river", a Cargo
		// site's), when the page's one <h1> is that short name, a colon
		// and a subtitle ("Glazes from the river: a summer of test
		// tiles"): the headline is the <h1>.
		for _, sep := range titleSeparators {
			if head, tail, ok := strings.Cut(t, sep); ok {
				if rest, ok := strings.CutPrefix(m.h1[0], tail); ok && !hasSeparator(tail) && fieldCount(tail) >= 2 && fieldCount(head) <= 4 && strings.HasPrefix(rest, ": ") {
					t = m.h1[0]
				}
				break
			}
		}
	}
	if len(m.h1) == 1 && m.ogTitle == "" && leadWord(t, m.h1[0]) {
		t = m.h1[0]
	}
	if len(m.h1) == 1 && m.ogTitle == "" && fieldCount(m.h1[0]) > 2 {
		// A <title> of the site's name and the page's short name ("Club
		// des aînés de Vaunoise - Bilan 2024"), when Readability took
		// the name and the page's one <h1> holds every word of the
		// short name in their order, and more ("Assemblée générale : le
		// bilan de l'année 2024"), and fewer than half of the name's
		// words of four letters or more ("Championnat du club 2025 :
		// Josiane Berthaut s'impose…" under "Club de Tarot de Vermenton -
		// Championnat 2025": one of three): the headline is the <h1>.
		h1 := strings.Fields(strings.ToLower(m.h1[0]))
		for _, sep := range titleSeparators {
			head, tail, ok := strings.Cut(fullTitle, sep)
			if !ok || hasSeparator(tail) {
				continue
			}
			short := strings.Fields(strings.ToLower(tail))
			if n := len(short); n >= 3 && len(short[n-1]) == 4 && yearDigits(short[n-1]) && !slices.Contains(h1, short[n-1]) {
				// The short name's year, which the <h1> may leave
				// to the page's date ("Amis du Moulin de Vaux -
				// Journée du patrimoine 2014" over "Journée du
				// patrimoine de pays : le moulin a tourné pour 600
				// visiteurs", a WebEasy page's): the name before it.
				short = short[:n-1]
			}
			if t == head && len(short) >= 2 && len(short) < len(h1) && within(short, h1) && fewNameWords(head, h1) {
				t = m.h1[0]
			}
			break
		}
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) > 2 {
		// A <title> of the page's wiki name, words run together each
		// with its capital ("BulkBuyClub - <wiki's name>", MoinMoin's),
		// when the page's one <h1> holds each of its words in their
		// order, and more ("How the bulk-buy food club works"): the
		// headline is the <h1>. So is it when the name is a subpage's
		// path, a number at its end ("News/SpringSprint2025 – <wiki's
		// name>", Trac's, over "Spring sprint report"): its last name's
		// words.
		page := fullTitle
		for _, sep := range titleSeparators {
			if head, _, ok := strings.Cut(page, sep); ok {
				if name := wikiWords(subpageName(head)); len(name) >= 2 && within(name, lowerWords(m.h1[0])) {
					t = m.h1[0]
				}
				break
			}
		}
	}
	if (len(m.h1) == 0 || (siteH1(fullTitle, m.h1) || siteH1First(fullTitle, m.h1, m.homeName)) && m.headline != m.h1[0]) && m.headlineShown && t != m.headline && (hasSeparator(t) || titlePart(m.title, t) && fieldCount(t) <= fieldCount(m.headline)) && strings.Contains(fullTitle, t) {
		// A page without an <h1> whose title still holds the site's
		// name ("Fernhill Primary School - Year 5 pond survey…",
		// "Ruchers Libres :: Voir le sujet - Première récolte…"): the
		// headline is the part of the <title> the page shows as a line
		// of its own, the longest; so it is when Readability took a
		// shorter part of the <title>, the site's name. So is it when
		// the page's one <h1> is the site's name the <title> ends
		// with ("Les lavoirs de la vallée de la Sèvrette · Patrimoine
		// de la Sèvrette · Mémoires du Bocage" over '<h1><a …
		// class="site-title">Mémoires du Bocage</a></h1>', Omeka S's
		// item, its site's name left on before the installation's).
		t = m.headline
	}
	if len(m.h1) == 1 && m.underH1 != nil && m.ogTitle == "" && m.h1[0] != "" && fieldCount(m.h1[0]) <= 2 && slices.ContainsFunc(titleSeparators, func(sep string) bool { return hasPrefix2(t, m.h1[0], sep) }) {
		// A <title> that opens with the page's one <h1>, a tool's or a
		// section's name of two words at most, and a separator
		// ("Annonces - HIST2M - Histoire moderne (L2) - Campus
		// numérique", a course's tool in Claroline, over <h1
		// class="toolTitle">Annonces</h1>), when it does not hold the
		// first heading under that <h1> (the announcement's own title,
		// Claroline's h3.claroBlockHeader): the headline is that
		// heading (of three to twenty words).
		if w := nodeWords(m.underH1); w >= 3 && w <= 20 {
			if under := collapsedText(m.underH1); !strings.Contains(fullTitle, under) {
				t = under
			}
		}
	}
	if u := shortTitleHeading(fullTitle, m); u != "" {
		// A <title> of the site's name, the page's one <h1>, a
		// separator and the headline cut short ("Mairie de
		// Vernoux-la-Combe - Travaux à l'école", a town's site made
		// with Expression Web, over its "h2.titre_actu" "Travaux à
		// l’école : la cantine déménage …"): the heading under the
		// <h1> whole.
		t = u
	}
	if len(m.h1) == 0 && m.crumbCurrent != "" && t != m.crumbCurrent && fieldCount(m.crumbCurrent) >= 3 && slices.ContainsFunc(titleSeparators, func(sep string) bool { return hasPrefix2(fullTitle, m.crumbCurrent, sep) }) {
		// A page without an <h1> whose <title> opens with the
		// breadcrumb's current page and a separator, then the section
		// and the site ("Raised beds on heavy clay: … | Vegetable
		// growing | Ashfield Growers Forum", a Simple:Press topic):
		// the headline is that current page, where Readability kept
		// the section too.
		t = m.crumbCurrent
	}
	if len(m.h1) == 0 && m.crumbCurrent != "" && t != m.crumbCurrent && fieldCount(m.crumbCurrent) >= 3 && strings.HasSuffix(fullTitle, " - "+m.crumbCurrent) {
		// The same, the current page last in a <title> of the site's
		// name and its tagline ("Api'Causses - Le forum des
		// apiculteurs des Causses - Bilan de l'hivernage au rucher-école
		// : 9 colonies sur 14", MercuryBoard's topic).
		t = m.crumbCurrent
	}
	if len(m.h1) == 0 && m.crumbHeading != "" && fieldCount(m.crumbHeading) >= 3 && !strings.Contains(fullTitle, m.crumbHeading) {
		// A page without an <h1> whose <title> names the site, the
		// section and the tool ("Lycée Bellecombe - SVT 1re G2 -
		// Annonces", a Chamilo course's announcement), not the page:
		// the headline is the breadcrumb's current page (crumbItem)
		// when a heading after it says it too (three words or more).
		t = m.crumbHeading
	}
	if len(m.h1) == 0 && m.thHeadline != "" && m.thHeadline != "-" && hasSeparator(fullTitle) && !strings.Contains(fullTitle, m.thHeadline) {
		// A page without an <h1> whose <title> names the site, the
		// course and the tool ("Lycée Montbrun - SVT Seconde -
		// Annonces", Dokeos's), not the page, over an item whose
		// heading is its table's first cell, a <th> alone in its row
		// over a row of its date alone ('<tr><th><strong>Sortie au
		// Muséum …</strong></th></tr><tr><td
		// class="announcements_datum">Publié le : 03/02/2025 à
		// 10:15</td></tr>', dateRowHeading): the headline is that
		// cell's text.
		t = m.thHeadline
	}
	if len(m.h1) == 1 && m.crumbCurrent != "" && fieldCount(m.h1[0]) >= 3 && sameText(m.h1[0], m.crumbCurrent) && !strings.Contains(fullTitle, m.h1[0]) {
		// A <title> of the section and the site ("Announcements -
		// Bramblehost", WHMCS's announcement), not the page, when the
		// page's one <h1> (three words or more) is the breadcrumb's
		// current page (crumbItem): the headline is that <h1>.
		t = m.h1[0]
	}
	if len(m.h1) > 0 && m.h1[0] != "" && strings.ContainsRune(m.h1[0], '-') {
		// A <title> of the page's <h1>, the site's name with a hyphen in
		// it ("Forum Rétro-Cycles / <headline>"), a separator and the
		// headline: Readability cut it at the hyphen and kept the end of
		// the name; the headline is what follows the name.
		page := fullTitle
		for _, sep := range titleSeparators {
			if rest, ok := cutPrefix2(page, m.h1[0], sep); ok && rest != "" && t != rest && hasSuffix2(t, sep, rest) && !hasSeparator(rest) {
				t = rest
				break
			}
		}
	}
	if len(m.h1) == 1 && m.h1[0] != "" && m.ogTitle != "" && t == oneLine(m.ogTitle) {
		// An og:title the <title> does not hold, a call the site gives
		// every page of a kind ("Sign the Petition"), or the name of a
		// site's whole notebook ("Carnet du verger des Combes", Logseq's),
		// when the <title> holds the page's one <h1> or is it, its case
		// aside (Logseq's, the page's name in lowercase): the headline
		// is the <h1>.
		page := fullTitle
		if !strings.Contains(page, t) && (strings.Contains(page, m.h1[0]) || strings.EqualFold(page, m.h1[0])) && !strings.Contains(m.h1[0], t) {
			t = m.h1[0]
		}
	}
	if len(m.h1) > 0 && m.h1[0] != "" {
		// An item's number in parentheses after the headline, and the
		// path of a tracker after it ("<headline> (#318) · Issues ·
		// group / project", an issue or a merge request of a forge): the
		// headline the page shows.
		if rest, ok := cutPrefix2(t, m.h1[0], " ("); ok && itemNumber(rest) {
			t = m.h1[0]
		}
	}
	if len(m.h1) == 1 && m.h1[0] != "" && !strings.Contains(t, m.h1[0]) && fieldCount(m.h1[0]) >= 3 && fieldCount(m.h1[0]) > fieldCount(t) &&
		!strings.EqualFold(m.h1[0], m.homeName) && !strings.EqualFold(m.h1[0], m.siteName) {
		// A <title> whose first or last part, after or before one of the
		// separators, is the page's one <h1>, when Readability took a
		// shorter other part of it, the site's or the section's name
		// ("Le Dé Voyageur | Actualites / <headline>", a wiki's; an
		// og:title of the site's name beside "<headline> - <site's
		// name>"): the headline is the <h1>, unless it is the site's
		// name (a link to the home page, og:site_name).
		if page := fullTitle; strings.Contains(page, t) {
			for _, sep := range titleSeparators {
				if hasPrefix2(page, m.h1[0], sep) || hasSuffix2(page, sep, m.h1[0]) {
					t = m.h1[0]
					break
				}
			}
		}
	}
	if len(m.h1) == 1 {
		t = forumPath(t, m.title, m.h1[0])
		t = communityTitle(t, m.title, m.h1[0])
		if m.wordProcessor && m.h1[0] != "" && m.ogTitle == "" {
			// A document a word processor saved as HTML: its <title> is
			// the document's title property ("Lettre aux adhérents n°
			// 18", the same for every letter of a series), its headline
			// the one heading its author set in Heading 1.
			t = m.h1[0]
		}
	}
	if len(m.h1) == 1 && m.h1[0] != "" && t != m.h1[0] && strings.Contains(m.h1[0], t) && fullTitle == m.h1[0] {
		// A <title> that is the page's one <h1>, whole: the headline,
		// whatever separator it holds ("Atelier radio : « Fréquence
		// Pontclair » est à l’antenne", which Readability cut at its
		// closing guillemet).
		t = m.h1[0]
	}
	if len(m.h1) == 1 && m.h1[0] != "" && t != m.h1[0] && t != "" && strings.HasSuffix(m.h1[0], t) && titleEndsWith(fullTitle, m.h1[0]) {
		// A <title> of the site's name, a separator and the page's one
		// <h1>, whole, that holds a separator of its own ("Small
		// Streets: Letter 37: the bakery on Quarry Lane", TinyLetter's
		// archive, over <h1 class="subject">Letter 37: the bakery on
		// Quarry Lane</h1>), which Readability cut at the <h1>'s colon:
		// the headline is the <h1>.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && t != m.h1[0] && strings.EqualFold(t, m.h1[0]) {
		// The page's one <h1> but for case (a subject's part after its
		// colon, "La lettre de mars : nouvelles lignes…", over the <h1>
		// "Nouvelles lignes…"): the headline as the page shows it.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && t != m.h1[0] {
		// A <title> of the sender's name, a colon and the letter's
		// short name ("Hollins Lane Allotments: spring letter",
		// ReachMail's web version), over the one <h1> that opens with
		// that name, case aside, before a colon of its own ("Spring
		// letter: water, wildflowers and the new waiting list"): the
		// <h1> is the headline, the short name its opening.
		if i := strings.LastIndex(t, ": "); i > 0 {
			if head, _, ok := strings.Cut(m.h1[0], ": "); ok && fieldCount(head) >= 2 && strings.EqualFold(head, t[i+2:]) {
				t = m.h1[0]
			}
		}
		// So does a <title> whose last part after a dash, the page's
		// short name after the site's and the section's, opens the <h1>
		// before a French colon ("Les Randonneurs du Vallon - Comptes
		// rendus - Sortie du 15 mai" over "Sortie du 15 mai : le tour
		// des gorges de la Vègre", a club's page made with WebExpert),
		// though the title rules kept the site's name alone. Or that
		// last part ends as the <h1> does after its colon, the page's
		// short name before it ("Photo-Club de la Lende - Expo 2004 : le
		// bilan" over "Exposition « Regards sur la Lende » : le
		// bilan", an Adobe GoLive page).
		if i := strings.LastIndex(m.title, " - "); i > 0 && t != m.h1[0] {
			if head, tail, ok := strings.Cut(m.h1[0], " : "); ok && (fieldCount(head) >= 2 && sameText(head, m.title[i+3:]) || fieldCount(tail) >= 2 && strings.HasSuffix(m.title, " : "+tail)) {
				t = m.h1[0]
			}
		}
	}
	if len(m.h1) == 1 && m.firstH2 != "" && t != m.h1[0] && fieldCount(m.h1[0]) >= 3 {
		// A <title> that ends with the name an <h2> before the <h1>
		// opens with, before its colon ("Read Quiet Queues | Leanpub"
		// over '<h2 class="book-title"><a href="/quietqueues">Quiet
		// Queues: Background Jobs That Don’t Wake You Up</a></h2>',
		// Leanpub's reader, its first part): the book's name, not the
		// page's; the chapter's one <h1> is the headline.
		head := t
		if first, ok := firstTitlePart(t); ok {
			head = first
		}
		if name, _, ok := strings.Cut(m.firstH2, ": "); ok && fieldCount(name) >= 2 && strings.HasSuffix(head, name) {
			t = m.h1[0]
		}
	}
	if len(m.h1) == 1 && t != m.h1[0] && m.ogTitle == "" && m.canonical != "" && !strings.Contains(m.title, m.h1[0]) && slugOf(m.h1[0], addressPart(m.canonical)) {
		// A <title> that is the documentation's name on every page
		// ("HallBook API Reference", Slate's), over the page's one
		// <h1> whose words the address's last part is, one word or more
		// ('<h1 id="webhooks">Webhooks</h1>' at …/api/webhooks): the
		// <h1> names the page.
		t = m.h1[0]
	}
	t = pageNameHeadline(t, m)
	if len(m.h1) == 0 && m.cellHeadline != "" && t != m.cellHeadline && numberAfterIssue(t) && issueNumber.MatchString(t) && !issueNumber.MatchString(m.cellHeadline) {
		// A letter's <title> that is its issue ("Lettre des adhérents
		// n° 58", Adobe Campaign's mirror page), over a letter that
		// writes no <h1> but sets its headline in a cell of large bold
		// type: the headline.
		t = m.cellHeadline
	}
	if len(m.h1) == 0 && m.cellHeadline == "" && m.issueNode != nil && numberAfterIssue(fullTitle) && issueNumber.MatchString(fullTitle) {
		// A bulletin's <title> that is its issue and its sender
		// ("Bulletin n°7 - Les Amis du lavoir de Saint-Fiacre", a
		// hand-made page's, PageMill's), over a page without <h1> whose
		// first heading, an <h2> of three to twenty words and no
		// issue's, is the story's: the headline, as a letter's cell of
		// large type is under its issue's <title> (issueHeading).
		if h := issueHeading(m.issueNode); h != "" && t != h {
			t = h
		}
	}
	if len(m.h1) == 0 && m.cellHeadline != "" && t != m.cellHeadline && fieldCount(m.cellHeadline) > fieldCount(t) && (monthTail(t) || t != m.title && monthTail(m.title) || sharedLongWords(m.cellHeadline, t) > 0 || newsTail(fullTitle)) {
		// A letter without <h1> under a <title> shorter than the line
		// its first cell of large bold type sets, a <title> that names
		// its issue by its month ("Quarry Line News - June 2025",
		// iContact's, over "Locomotive No. 7 returns to steam after
		// eleven years") or its sender whom that line names too
		// ("Northmoor Line Trust", Selligent's, over "Your summer on
		// the Northmoor Line"): the headline is that line, as under an
		// issue's number. The month may have gone from the <title>
		// already, cut as a suffix ("La Lettre du musée des Mariniers -
		// mars 2025", Neolane's mirror page, over "Le chaland «
		// Marie-Josèphe » retrouve l’eau …"). A <title> that shares no word with it may be
		// the letter's own headline ("Bréval council news").
		t = m.cellHeadline
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 3 && (numberAfterIssue(t) && issueNumber.MatchString(t) || monthLetter(t) || strings.HasPrefix(m.title, t) && monthLetter(m.title)) && !issueNumber.MatchString(m.h1[0]) && !strings.Contains(t, m.h1[0]) && inCell(m.h1Node) {
		// A letter's <title> that is its issue ("Lettre n°9 -
		// Printemps 2025", as a newsletter service titles its web
		// version; "Infolettre - mars 2025", "… - Lettre d'avril", an
		// issue named by its month, on the whole <title> when its
		// month went as a suffix: "La lettre de la ludothèque –
		// octobre 2025", Zoho Campaigns'), beside the headline its
		// author set in the letter's one <h1>, in a cell of the
		// e-mail's layout: the headline.
		t = m.h1[0]
	}
	if len(m.h1) == 0 && m.boardName != "" {
		// The board's name and a colon before the message's subject,
		// which may hold colons of its own: the subject whole.
		if rest, ok := strings.CutPrefix(fullTitle, m.boardName+": "); ok {
			t = rest
		} else if rest, ok := strings.CutPrefix(fullTitle, m.boardName+" - "); ok {
			t = rest
		}
	}
	if len(m.h1) == 0 && m.bigLine != "-" && m.bigLine != "" && t != m.bigLine && (sharedLongWords(m.bigLine, m.title) >= 2 || sectionNamed(fullTitle, m.bigLine) || lastPartLeads(fullTitle, m.bigLine)) {
		// A hand-made page without headings: its headline is the
		// first line it sets in a headline's type ("<font size="5"><b>
		// Notre concert de Noël à l'église Saint-Martin</b></font>"),
		// when it shares two words of four letters or more with the
		// <title> ("Les Voix du Moulin - Concert de Noël 2004"); or its
		// Title paragraph ("Chair's report for 2024" under the
		// document's name, "Chair's report 2024 - Wrayford Village
		// Hall"). A <title> of the site's name and its section's, one
		// word the line holds, will do ("Amicale Laïque de Vernelle -
		// Randonnée" over '<font size="5" color="#336633"><b>Section
		// randonnée : le programme du printemps 2002</b></font>', a
		// page made in HoTMetaL PRO 6.0; sectionNamed). So will one
		// whose last part opens the line, a colon and more after it
		// ("Amicale Bouliste de Marnay - Concours du 1er Mai" over '<font
		// size="4" color="#006633"><b>Concours du 1er Mai : le mot du
		// Président</b></font>', a Club-Internet personal page;
		// lastPartLeads).
		t = m.bigLine
	}
	if len(m.h1) == 0 && m.classTitle != "" && t != m.classTitle && (m.bigLine == "" || m.bigLine == "-" || sharedLongWords(m.bigLine, m.title) < 2) && (t == fullTitle || otherPartShares(fullTitle, t, m.classTitle)) {
		// A page without an <h1> whose paragraph its class names a
		// title shares two long words with the <title> kept whole
		// (classTitle), or with the part of it the headline kept is
		// not ("Club de randonnée de la vallée
		// des Tanneurs - Sortie neige janvier 2025", the site's name
		// kept, over '<p class="titre1">Sortie du club : la vallée des
		// Tanneurs sous la neige</p>', Web Acappella's): that
		// paragraph is the headline.
		t = m.classTitle
	}
	if len(m.h1) == 0 && m.boxHeadline != "" && m.logoName != "-" && m.logoName != "" && (sameText(m.title, m.logoName) || logoTagline(m.title, m.logoName)) {
		// A page without an <h1> whose <title> is only the site's name,
		// as its logo's alt gives it ("Hollowbrook Makerspace Help
		// Desk", osTicket's knowledge base): its headline is the box its
		// class names so ("<div class="article-title">How do I book the
		// laser cutter?</div>", the question, in no heading). So does a
		// <title> of the site's name and its tagline after a separator
		// ("Les Faucons de Brume - Clan multigaming depuis 2009", the
		// same on every page of a Nuked-Klan site, over '<td
		// class="news_titre">', the news item's headline).
		t = m.boxHeadline
	}
	if len(m.h1) == 1 && m.ogTitle == "" && m.logoName != "-" && m.logoName != "" && sameText(m.title, m.logoName) && sameText(t, m.logoName) && fieldCount(m.h1[0]) >= 3 && !sameText(m.h1[0], m.logoName) {
		// A page whose <title> is only the site's name, as its logo's
		// alt gives it, the same on every page of the site ("Le Rucher
		// des Aulnes", osCommerce's information pages): its headline
		// is its one <h1> ("Bien conserver son miel : nos conseils de
		// récoltants").
		t = m.h1[0]
	}
	if len(m.h1) == 1 && m.ogTitle == "" && m.titleLogo && (sameText(t, m.title) || strings.HasSuffix(m.title, t) && strings.HasSuffix(m.title[:len(m.title)-len(t)], ": ")) && fieldCount(m.h1[0]) >= 3 && !sameText(m.h1[0], m.title) {
		// The same, its logo a picture in no link ('<img … alt="Hallam
		// River Wildlife Trust">' over '<h1>The otters are back on the
		// Tennick</h1>', a charity's letter in Convio's web view, its
		// <title> the charity's name, or that name after the page's
		// label and a colon, phpMyNewsletter's archive): the <h1>.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && len(t) > len(m.h1[0])+2 && strings.HasPrefix(t, m.h1[0]) && strings.HasPrefix(t[len(m.h1[0]):], ", ") && fieldCount(t[len(m.h1[0])+2:]) <= 6 && hasDate(t[len(m.h1[0])+2:]) {
		// A <title> of the event's name, a comma and its day and hour
		// ("Spring Fix-It Morning: bring your bike, leave with it
		// working, Sat, Apr 12, 2025, 10:00 AM | Meetup"): the name, the
		// one <h1>, titles the page.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && len(m.h1[0]) > len(t)+1 && fieldCount(t) >= 4 && strings.HasPrefix(m.h1[0], t) && m.h1[0][len(t)] == ' ' && clauseRest(m.h1[0][len(t)+1:]) {
		// A <title> and an og:title that cut the headline short at a
		// word, the site's own limit on a title's length
		// ("Transport solidaire : un an après, quarante chauffeurs
		// bénévoles" over the one <h1>'s "… bénévoles sur les routes du
		// Haut-Lignon", a WordPress theme's news item): the <h1>, whole.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && m.pageH2 != "" && t == m.h1[0] && strings.HasPrefix(m.title, t+" (") && strings.Contains(m.title, "): "+m.pageH2+" ") {
		// A <title> of the event's name, its days in parentheses, a
		// colon and the page's name ("Upland Catchments Workshop 2025
		// (10-13 June 2025): Field day at Hollin Beck · Indico"), the
		// event's name the one <h1>, over the page's <h2
		// class="page-title">: Indico's page of an event, titled by
		// that <h2>.
		t = m.pageH2
	}
	if len(m.h1) == 1 && m.senderLogo && t == m.ogTitle && fieldCount(m.h1[0]) >= 3 && !strings.Contains(t, m.h1[0]) {
		// An og:title of the sender's name, as its logo's alt gives it,
		// a colon and the letter's issue ("Friends of Millbrook Library:
		// Spring 2025 newsletter", WhatCounts' archive, its <title>
		// "Friends of Millbrook Library - Spring 2025"): the letter's
		// one <h1> is its headline.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && m.ogTitle == "" && shortName(t, m.h1[0]) {
		// A <title> that opens with the page's short name, two or three
		// words, the site's name after a separator ("Alevinage 2016 -
		// AAPPMA des Marsanges"), over an <h1> that opens with the same
		// word and says three words more ("Alevinage de l'étang des
		// Marsanges : 300 kilos de gardons"): the <h1> is the headline.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 2 && pathTitle(t) {
		// A <title> that is the page's path in its wiki, its own name
		// first, one word, then its web's and the wiki's ("NitrogenFill
		// < Lab < Hartwell Lab Wiki", Foswiki's and TWiki's): the
		// page's one <h1> is its headline.
		t = m.h1[0]
	}
	if m.subjectLine != "" && len(m.h1) <= 1 && fieldCount(m.subjectLine) >= 3 && boardTitle(m.title) {
		// An imageboard thread under its board's <title>, its path
		// between slashes and its name ("/trn/ - Model Railways",
		// kusaba x's): the opening post's subject.
		return m.subjectLine
	}
	if len(m.h1) == 1 && m.ogTitle != "" && t == oneLine(m.ogTitle) && len(m.title) > len(t)+3 && strings.HasPrefix(m.title, t) && hasSeparatorPrefix(m.title[len(t):]) {
		// A <title> of the og:title, the event's or site's name, a
		// separator and the page's name ("Northern Rivers Water Forum
		// 2025 - Welcome from the Chair", Cvent's event page), over one
		// <h1> that ends with that name and says a word more at most
		// ("A Welcome from the Chair"): the <h1> is the headline.
		if _, rest, ok := strings.Cut(m.title[len(t)+1:], " "); ok && rest != "" && !hasSeparator(rest) && strings.HasSuffix(m.h1[0], rest) && fieldCount(m.h1[0]) <= fieldCount(rest)+1 {
			t = m.h1[0]
		}
	}
	if len(m.h1) == 1 && fieldCount(m.h1[0]) >= 3 && colonPathTitle(m.title) && !strings.Contains(m.title, m.h1[0]) {
		// A <title> that is the application's path down to the page,
		// short names set apart by " : " ("Yammer : Hollin &amp;
		// Prescott : Conversation", Yammer's thread), over one <h1> it
		// does not hold: the <h1> is the headline.
		t = m.h1[0]
	}
	if m.entryHeading != "" && t != m.entryHeading && t != "" && slices.ContainsFunc(m.h1, func(h string) bool { return strings.HasPrefix(h, t) }) {
		// A page of several entries that one entry's address shows (a
		// portfolio's journal page, "view.php?id=1407&postid=5821"):
		// its og:title and <h1> name the page (the <h1> its author's
		// name after), its <title> the entry,
		// which an <h2> or <h3> of the page shows ("Le compost du
		// lycée : bilan du premier trimestre"): the entry's.
		t = m.entryHeading
	}
	if m.selfHeading != "" && len(m.h1) == 0 && !strings.Contains(strings.ToLower(m.title), strings.ToLower(m.selfHeading)) && fieldCount(m.selfHeading) >= 3 {
		// A page without an <h1> whose <title> names its section and
		// site ("Nouvelles › <catalogue's name>", a library
		// catalogue's news item at its own address): the heading that
		// links to the page's address, the item's headline.
		t = m.selfHeading
	}
	if og := oneLine(m.ogTitle); len(m.h1) == 1 && t == m.h1[0] && t != "" && hasSuffix2(og, ": ", t) && titleEndsWith(fullTitle, og) {
		// An og:title of a label, a colon and the page's one <h1> (an
		// issue's number, "Issue #42: The lighthouse keepers'
		// logbooks", Curated's newsletter archive, over <p
		// class="issue__number">Issue #42</p><h1>The lighthouse
		// keepers' logbooks</h1>), the <title> the site's name, a
		// separator and that og:title whole: the headline is the
		// og:title, the label its own.
		t = og
	}
	if m.descHeading != "" && len(m.h1) == 0 && fieldCount(m.descHeading) >= 3 && !containsFold(fullTitle, m.descHeading) && !containsFold(m.ogTitle, m.descHeading) {
		// A page without an <h1> whose <title> and og:title name the
		// site and the author ("diaspora* | Les Jardiniers du canal",
		// a diaspora* pod's post), and whose description is its first
		// heading's text whole: that heading is the post's headline.
		t = m.descHeading
	}
	if u := colonHeading(t, fullTitle, m.underH1); u != "" {
		// The heading under the page's <h1> holds a colon of its own,
		// and the title was cut at it: the heading whole.
		t = u
	}
	if m.slugHeading != "" && t != m.slugHeading && !ogHeadline(t, m) && !(len(m.h1) == 1 && t == m.h1[0] && len(t) > len(m.slugHeading) && strings.HasPrefix(t, m.slugHeading) && fieldCount(t) > fieldCount(m.slugHeading)) {
		// (Not when the title is the page's one <h1> and opens with
		// the heading the address names: the address took the
		// headline's first words ('<h1>The laser cutter is back (and
		// other January news)</h1>' over its section's '<h2>The laser
		// cutter is back</h2>' at …/the-laser-cutter-is-back, a Direct
		// Mail letter's), and the <h1> is the whole headline.)
		t = m.slugHeading
	} else if m.slugLead != "" && len(m.h1) == 0 && t != m.slugLead && !containsFold(fullTitle, m.slugLead) {
		// A page without <h1> whose heading opens with the address's
		// last part and goes on after a colon ("Assemblée générale
		// 2026 : un nouveau comité …" at …/assemblee-generale-2026,
		// ClubDesk's news item under the list's <title> "Actualités -
		// CTT Valmorges"): the headline is that heading whole.
		t = m.slugLead
	} else if m.tailHeading != "" && t != m.tailHeading && strings.HasSuffix(t, m.tailHeading) {
		// A title of a line about the work and, after a colon, the
		// name the page's own heading shows ("Critique de « … »
		// (author) : Un été à Port-Maurel", a review's page): the
		// heading's name.
		t = m.tailHeading
	}
	if m.placeHeading != "" && len(m.h1) == 1 && t != m.h1[0] && fieldCount(m.h1[0]) >= 3 && strings.Contains(t, m.placeHeading) && !containsFold(fullTitle, m.h1[0]) {
		// The <title> names the place the page is in, a heading the
		// page shows before its one <h1> ("Bulletin - Geography Year 9
		// (2024-25) - itslearning" over <h2 class="itsl-course-name">
		// Geography Year 9 (2024-25)</h2>, then the bulletin's <h1>):
		// the <h1> is the headline.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && t != m.h1[0] && len(t) < len(fullTitle) && strings.HasSuffix(fullTitle, t) && strings.HasPrefix(fullTitle, m.h1[0]+" ") && strings.Contains(m.h1[0], ": ") {
		// The title cut at a colon of the page's one <h1>, which opens
		// the <title> whole, its site's name after it ("Build log:
		// fitting a drum sail winch … · Pond Yachts", a ZetaBoards
		// topic, over <h1>Build log: fitting a drum sail winch …</h1>):
		// the <h1>, its label its own.
		t = m.h1[0]
	}
	if len(m.h1) == 0 && m.boxHeadline != "" && t != m.boxHeadline && fieldCount(m.boxHeadline) >= 3 && len(fullTitle) > len(m.boxHeadline)+2 && hasSuffix2(fullTitle, ": ", m.boxHeadline) && strings.Count(fullTitle[:len(fullTitle)-len(m.boxHeadline)], ": ") >= 2 {
		// A list archive's <title>, the archive's and the list's names
		// before the thread's subject, colons between them ("Fenmere:
		// birders: Winter waterbird count: results and thanks",
		// Gossamer Threads'), over the subject in a cell of the thread's
		// title ('<td class="thread_title" colspan="2"><b>Winter
		// waterbird count: results and thanks</b></td>'): the subject,
		// its own colon kept.
		t = m.boxHeadline
	}
	if len(m.h1) == 0 && m.boxHeadline != "" && t == fullTitle && fieldCount(m.boxHeadline) >= 3 && newsTail(fullTitle) && !containsFold(fullTitle, m.boxHeadline) {
		// A <title> that is the portal's and the site's names and its
		// news section's, kept whole ("Educ'Horus - Lycée
		// Louise-Michaud - Actualités"), over a page without <h1>
		// whose box its class names a headline's holds the item's
		// ('<div class="ehArticleTitre">Stage de révisions des
		// terminales …</div>'): that headline.
		t = m.boxHeadline
	}
	if len(m.h1) == 0 && m.issueNode != nil && len(m.bannerAlt) > 1 && t == fullTitle && len(t) > len(m.bannerAlt) && strings.HasPrefix(t, m.bannerAlt) {
		// A page without <h1> under a <title> of its banner's name,
		// the alt of its first picture, and a short label of the page
		// ("Randonneurs du Loing - AG 2025" over '<img
		// src="../images/bandeau.jpg" … alt="Randonneurs du Loing">',
		// a page written by hand in Bluefish), whose first heading, an
		// <h2>, is longer than the label and not in the <title> ('<h2>Compte
		// rendu de l’assemblée générale du 8 février 2025</h2>'): that
		// heading, the page's headline.
		for _, sep := range titleSeparators {
			if label, ok := strings.CutPrefix(t[len(m.bannerAlt):], sep); ok && fieldCount(label) <= 3 {
				if h := collapsedText(m.issueNode); fieldCount(h) > fieldCount(label)+2 && !containsFold(fullTitle, h) {
					t = h
				}
				break
			}
		}
	}
	if len(m.h1) == 0 && m.issueNode != nil && t == fullTitle && strings.Contains(t, ": ") {
		if name := collapsedText(m.issueNode); name != "" && !strings.ContainsRune(name, ' ') && len(t) > len(name)+len(": ") && hasPrefix2(t, name, ": ") {
			// A journal's name in one word, the page's first heading,
			// an <h2> with no <h1>, before a colon and the entry's
			// subject in the <title> ("thimbleandfern: Mending the blue
			// coat" over '<h2>thimbleandfern</h2>', InsaneJournal's
			// and LiveJournal's entry page): the subject.
			t = t[len(name)+len(": "):]
		}
	}
	if m.newsHeading != "" && t != m.newsHeading && (newsSection(fullTitle, t) || len(m.h1) == 0 && m.newsTitle && strings.Contains(fullTitle, t)) {
		// A <title> that is the project's or site's name, then its news
		// section's ("Ombrières solaires du parc … - Actualités -
		// Lendosphere", the og:title the project's name alone), over a
		// news item's heading whose class names it so (<h2
		// class="project-news__title">Ombrières … : le chantier a
		// démarré</h2>): the headline is that heading. So is it when
		// the <title> names the application and the school before the
		// news section, on a page without <h1> ("Lilie - Lycée Jean
		// Rostand - Actualités" over '<div class="titreActu">Retour de
		// Séville : …</div>', a Lilie ENT's news item, "titre" and
		// "Actu" the French for a news item's title).
		t = m.newsHeading
	}
	if len(m.h1) == 1 && len(m.h1[0]) > len(t)+len(" : ") && strings.HasSuffix(m.h1[0], t) && t != "" {
		// The page's one <h1>, a label and a colon before the title
		// read, that label a part of the <title> too ('<h1
		// class="cri_titre">Critique de Mistral29 : Les Gardiens de
		// Kerlann</h1>' under "Les Gardiens de Kerlann - Odile Marrec -
		// Critique de Mistral29 - Lectoria", a reader's review of a
		// book): the <h1>, the review's heading, over the book's name.
		if label, ok := strings.CutSuffix(strings.TrimSuffix(m.h1[0], t), ": "); ok && strings.Contains(fullTitle, strings.TrimSpace(label)) && fieldCount(label) >= 2 {
			t = m.h1[0]
		}
	}
	if len(m.h1) == 1 && t != m.h1[0] && fieldCount(m.h1[0]) >= 3 && newsSection(fullTitle, t) && !containsFold(fullTitle, m.h1[0]) {
		// The same over the page's one <h1>, the news item's heading
		// ("Net-YParéo - CFA du Val de Saône - Actualités", a school
		// portal's news item, over '<h1 class="yp-actu__titre">Examens
		// de juin : calendrier des épreuves et consignes</h1>'): the
		// <h1>.
		t = m.h1[0]
	}
	if len(m.h1) == 0 && m.boldLead != "" && t != m.boldLead && newsTail(fullTitle) && !containsFold(fullTitle, m.boldLead) {
		// A page without <h1> under a <title> that is its site's name
		// and its news section's ("Comité des fêtes de Saint-Vallier -
		// Actualités", CuteNews'), over a line in bold alone in its
		// <div> above the item's text ('<div><strong>Retour sur la
		// fête …</strong></div>'): the headline is that line.
		t = m.boldLead
	}
	if len(m.h1) == 1 && t != m.h1[0] && len(fullTitle) == len(t)+2+len(m.h1[0]) && strings.HasPrefix(fullTitle, t) && strings.HasSuffix(fullTitle, m.h1[0]) && fullTitle[len(t):len(t)+2] == ": " {
		// A letter's issue for a title, its name and number ("Quayside
		// Notes #58", Goodbits' og:title), that opens the <title> before
		// a colon and the page's one <h1> ("Quayside Notes #58: The
		// harbour wall, …"): the <h1>, the issue's headline, the issue
		// being where it stands.
		t = m.h1[0]
	}
	if len(m.h1) == 1 && t != m.h1[0] && strings.Contains(t, " is fundraising for ") {
		// A fundraising platform's title for a supporter's page, the
		// name, "is fundraising for" and the campaign's ("Sam Whitlow is
		// fundraising for Paddle the Length 2025", Raisely's, as
		// JustGiving writes it too), over the story's one <h1>: the
		// <h1>, the supporter's own headline.
		t = m.h1[0]
	}
	if h := wikiNameHeading(t, m.h1); h != "" {
		// A wiki's page name for a title, its words joined by
		// underscores or in camel case ("Fieldgate Orchard Wiki -
		// winter_pruning", MojoMojo's node; "SharpeningDay", a FlexWiki
		// topic's WikiName), over an <h1> those words open ("Winter
		// pruning of the old apple trees", "Sharpening Day"): the <h1>,
		// the page's name as its writer put it.
		t = h
	} else if len(m.h1) == 1 && m.underH1 != nil && wikiPath(m.h1[0]) {
		// The <h1> a wiki page's path ("Tools/LaserCutter", PukiWiki's
		// heading, a link to the pages that name it) and the title the
		// page's name it ends with ("LaserCutter - Tinker Hall Wiki"),
		// over a first subheading those words open ('<h2
		// id="content_1_0">Laser cutter induction <a
		// class="anchor_super" …>&dagger;</a></h2>'): that heading, the
		// page's headline as its writer put it.
		name := m.h1[0][strings.LastIndexByte(m.h1[0], '/')+1:]
		if strings.HasPrefix(t, name) {
			if h := wikiNameHeading(name, []string{oneLine(strings.TrimSpace(unmarkedText(m.underH1)))}); h != "" {
				t = h
			}
		}
	}
	if len(m.h1) == 2 && t == m.h1[0] && m.underH1 != nil && strings.HasSuffix(fullTitle, " "+m.h1[1]) && strings.HasPrefix(fullTitle, t) {
		// A wiki's name over its page's WikiName, each an <h1>, the
		// <title> both ('<h1 class="wiki_name">Les Sentiers du
		// Loing</h1>' and '<h1 class="page_name"><a …>CompteRenduAG2005</a></h1>'
		// under '<title>Les Sentiers du Loing : CompteRenduAG2005</title>',
		// WikiNi's), over a first subheading the name's first two words
		// open, the rest of the name cut short ('<h2>Compte rendu de
		// l'assemblée générale du 19 novembre 2005</h2>'): that heading,
		// the page's headline as its writer put it, not the wiki's name.
		if h := collapsedText(m.underH1); wikiNameOpens(m.h1[1], h) {
			t = h
		}
	}
	if len(m.h1) > 1 && strings.Contains(t, ": ") {
		// A label of the software's before a colon and the page's name,
		// the last of its <h1>s, the first the site's ("Wiki Page:
		// LightingDeskHandover" from '<title>Lantern Players Wiki - Wiki
		// Page: LightingDeskHandover</title>' over '<h1>LightingDeskHandover</h1>',
		// bitweaver's): the <h1>, the page's own name.
		if label, name, _ := strings.Cut(t, ": "); name == m.h1[len(m.h1)-1] && fieldCount(label) <= 2 && !strings.Contains(m.h1[0], label) {
			t = name
		}
	}
	if m.ogTitle != "" && t != m.ogTitle && strings.ContainsRune(t, '’') && strings.ReplaceAll(t, "’", "'") == m.ogTitle {
		// The headline with the curly apostrophes WordPress's texturize
		// sets in the <h1> ("d’été"), over the og:title that writes them
		// straight: the og:title, as the page gives it to be shared.
		t = m.ogTitle
	}
	return listTag(t, m.canonical)
}

// quoteCite reports whether c is a quotation's attribution in a <cite>,
// maxShortWords words at most, the last element of its <blockquote>
// after the quoted paragraph (WordPress's quote block, '<blockquote
// class="wp-block-quote"><p>…</p><cite>Ruth Okafor, walk leader</cite>
// </blockquote>'): a credit set apart from the story's text, which the
// blocks would otherwise run into the quotation's last line.
func quoteCite(c *html.Node) bool {
	if c.DataAtom != atom.Cite || c.Parent == nil || c.Parent.DataAtom != atom.Blockquote || nextElement(c) != nil {
		return false
	}
	p := prevElement(c)
	return p != nil && p.DataAtom == atom.P && nodeWords(c) <= maxShortWords
}

// logoTagline reports whether title is the site's name, as its logo's alt
// gives it, then a separator (titleSeparators) and a tagline of the
// site: a <title> every page of the site shares.
func logoTagline(title, logo string) bool {
	title = oneLine(title)
	return slices.ContainsFunc(titleSeparators, func(sep string) bool { return hasPrefix2(title, logo, sep) && len(title) > len(logo)+len(sep) })
}

// pageNameHeadline returns the page's second <h1> when it has two, the
// first is the <title> whole and t, the title read so far, and the second
// is longer, of three words or more, and no og:title says otherwise: a
// wiki's page name, which it sets as its <title> and over the page
// ("Install party", Gollum's h1.header-title), before the <h1> its
// author opens the text with ("Running an install party"), the headline.
// Otherwise t.
func pageNameHeadline(t string, m meta) string {
	if len(m.h1) != 2 || m.ogTitle != "" || t != m.h1[0] || oneLine(m.title) != m.h1[0] {
		return t
	}
	if n := fieldCount(m.h1[1]); n < 3 || n <= fieldCount(m.h1[0]) {
		return t
	}
	return m.h1[1]
}

// communityTitle returns the part of a <title> before " : " and the
// page's one <h1> when t, the title read so far, is that <h1>, a
// community's name set over the page ("<headline> : boardgameclubs", as
// old Reddit titles a post under the subreddit's name), and the part
// before it is the longer, of three words or more. Otherwise t.
func communityTitle(t, page, h1 string) string {
	head, ok := strings.CutSuffix(oneLine(page), " : "+h1)
	if !ok || t != h1 || len(strings.Fields(head)) < 3 || len(strings.Fields(head)) <= len(strings.Fields(h1)) {
		return t
	}
	return head
}

// listTag returns t without the tag a mailing list sets before a
// message's subject ("[rando-vaunage] Sortie du dimanche…", as Mailman's
// and Sympa's subject prefix writes the list's name in square brackets)
// when the tag names the list whose archive the page's address holds
// (".../pipermail/rando-vaunage/2025-March/000413.html",
// ".../arc/myco-info/2025-10/msg00011.html"): a word in brackets that is
// no part of the archive's path ("[Video]", "[SOLVED]") stays.
func listTag(t, address string) string {
	if i := strings.Index(t, " - ["); i > 0 && hasPrefix2(t[i+len(" - ["):], t[:i], "] ") {
		// Sympa's archive's <title>, the list's name and " - " before
		// the tagged subject ("velo-ecole-brevilly - [velo-ecole-brevilly]
		// Bilan de la saison d'hiver …", its " - arc" gone): the name
		// goes, the tag as below.
		t = t[i+len(" - "):]
	}
	rest, ok := strings.CutPrefix(t, "[")
	if !ok {
		return t
	}
	tag, subject, ok := strings.Cut(rest, "] ")
	if !ok || tag == "" || strings.ContainsAny(tag, " /") || subject == "" {
		return t
	}
	u, err := url.Parse(address)
	if err != nil {
		return t
	}
	for part := range strings.SplitSeq(u.Path, "/") {
		if strings.EqualFold(part, tag) {
			return subject
		}
	}
	return t
}

// forumPath returns the topic of a <title> that is a forum's path read
// from the topic up, " / " between its parts ("<topic> / <forum> /
// <board>", as FluxBB and PunBB title a topic), when its last part is
// the page's one <h1> (the board's name) and t, the title read so far,
// is the path without it: the forum's name goes too. Otherwise t.
func forumPath(t, page, h1 string) string {
	page = oneLine(page)
	path, ok := strings.CutSuffix(page, " / "+h1)
	if !ok || t != path {
		return t
	}
	if i := strings.LastIndex(path, " / "); i > 0 {
		return path[:i]
	}
	return t
}

// itemNumber reports whether rest, what follows "(" after a headline, is
// an item's number ("#318", "!42"; a bare number, a year, is not one)
// closing the parenthesis, with nothing or a title separator after it.
func itemNumber(rest string) bool {
	num, after, ok := strings.Cut(rest, ")")
	if !ok || num == "" || num[0] != '#' && num[0] != '!' || len(num) == 1 || strings.Trim(num[1:], "0123456789") != "" {
		return false
	}
	return after == "" || slices.ContainsFunc(titleSeparators, func(s string) bool { return strings.HasPrefix(after, s) })
}

// siteSuffix returns t without name, when t ends with " - " and name (or
// another of titleSeparators but " / ") and the part before has more
// words than name: the place of a site's or a blog's name.
func siteSuffix(t, name string) (string, bool) {
	for _, sep := range titleSeparators {
		if head, ok := strings.CutSuffix(t, sep+name); ok && sep != " / " && fieldCount(head) > fieldCount(name) {
			return head, true
		}
	}
	return t, false
}

// titlePart reports whether part is a whole part of the <title> page
// cut at one of its separators.
func titlePart(page, part string) bool {
	page = oneLine(page)
	for _, sep := range titleSeparators {
		if strings.HasPrefix(page, part+sep) || strings.HasSuffix(page, sep+part) || strings.Contains(page, sep+part+sep) {
			return true
		}
	}
	return false
}

// maxTaglineWords is the length of the longest tagline a title adds after
// the headline and a colon.
const maxTaglineWords = 4

// numberedLabel is the numbered label a <title> may set before the
// headline, an update's or a part's ("Update 7: ", "Part 2 - "); when the
// page shows the headline without it, the headline is the rest.
var numberedLabel = regexp.MustCompile(`^\p{L}+\.? #?\d{1,4} ?[:–—-] `)

// sectionLabel is a section's name of one word and a colon before the
// headline in a <title>'s part ("<site> - Actualités: <headline>", as
// PHP-Fusion titles a news item); when the page shows the headline
// without it, the headline is the rest.
var sectionLabel = regexp.MustCompile(`^\p{L}+ ?: `)

// titleOfWork strips from t, the title read, what the page's <h1> or its
// <title> shows is not the work's own: the name of its author or band
// after ", by" ("Saltings, by The Gannet Lanterns" on the band's page,
// whose <h1> or <title>'s last part is the band); a course's or
// section's code before a colon that opens the <h1> ("GEO2041: Changes
// to lab sessions…" under "GEO2041 Field Methods in Hydrology"); and the
// parts after a separator when the first part is the <h1> but for a
// number ("Moving the registry · owner/repo · Discussion #1184" under
// "Moving the registry #1184").
func titleOfWork(t, h1, page string) string {
	if i := strings.LastIndex(t, ", by "); i > 0 {
		by := t[i+len(", by "):]
		last := page
		for _, sep := range titleSeparators {
			if j := strings.LastIndex(last, sep); j >= 0 {
				last = last[j+len(sep):]
			}
		}
		if strings.EqualFold(by, h1) || strings.EqualFold(by, strings.TrimSpace(last)) {
			return t[:i]
		}
	}
	if code, rest, ok := strings.Cut(t, ": "); ok && rest != "" && !strings.ContainsRune(code, ' ') && strings.ContainsAny(code, "0123456789") {
		if first, _, _ := strings.Cut(h1, " "); first == code && h1 != t {
			return rest
		}
	}
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i > 0 {
			head := t[:i]
			if rest, ok := strings.CutPrefix(h1, head); ok && rest != "" && strings.HasPrefix(strings.TrimSpace(rest), "#") && isDigits(strings.TrimPrefix(strings.TrimSpace(rest), "#")) {
				return head
			}
		}
	}
	return t
}

// preheaderDate returns the day an e-mail's preheader (the line over
// the letter, an element whose id or class says "preheader", as
// Mailchimp's #templatePreheader) gives its issue: a line of its that is
// a date alone, or ends with one after a dash or a bar ("Lettre
// d'information de l'AMAP des Coteaux – 3 juin 2025"); "" when none.
func preheaderDate(n *html.Node) string {
	for d := range n.Descendants() {
		if d.Type != html.TextNode || !strings.ContainsAny(d.Data, "0123456789") {
			continue
		}
		t := oneLine(d.Data)
		if _, ok := bareDate(t, false); ok {
			return t
		}
		for _, sep := range []string{" – ", " — ", " - ", " | "} {
			if i := strings.LastIndex(t, sep); i > 0 {
				if _, ok := bareDate(t[i+len(sep):], false); ok {
					return t[i+len(sep):]
				}
			}
		}
	}
	return ""
}

// headlineClasses name, as a class, the box that shows an article's
// headline (a news item's, "news_titre", Nuked-Klan's cell over its
// news, "newstitle" in its Impact_Nk theme).
var headlineClasses = wordSet("article-title entry-title post-title news-title news_title news_titre newstitle titre_article blogArticleTitle thread_title art-postheader message-title")

// headlineClass reports whether a class attribute names a headline's box
// (headlineClasses among its words), or one of its words is a prefix in
// camel case before "ArticleTitle" or "ArticleTitre" (as
// "blogArticleTitle" is; '<div class="ehArticleTitre">', Educ'Horus'
// news item).
func headlineClass(v string) bool {
	for w := range strings.FieldsSeq(v) {
		if headlineClasses[w] {
			return true
		}
		if len(w) > len("ArticleTitle") && (strings.HasSuffix(w, "ArticleTitle") || strings.HasSuffix(w, "ArticleTitre")) {
			return true
		}
	}
	return false
}

// brandNames name, as an id or a class, the element that shows the
// site's or the project's name in the page's header (Documenter.jl's
// "docs-package-name" in its sidebar; Launchpad's h2#watermark-heading,
// the project's name over its pages; Bootstrap's "navbar-brand", the
// site's name at the left of its navigation bar).
var brandNames = wordSet("projectname sitename site-name site_name site-title blog-name blogname docs-package-name package-name watermark-heading navbar-brand")

// brandNamed reports whether an id or a class attribute names the site's
// or project's name (brandNames among its words).
func brandNamed(v string) bool {
	if !strings.Contains(v, "name") && !strings.Contains(v, "title") && !strings.Contains(v, "watermark") && !strings.Contains(v, "brand") {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(v)) {
		if brandNames[w] {
			return true
		}
	}
	return false
}

// fewNameWords reports whether fewer than half of the words of four
// letters or more of a site's name are among h1's words.
func fewNameWords(name string, h1 []string) bool {
	long, in := 0, 0
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if len(w) > 3 {
			long++
			if slices.Contains(h1, w) {
				in++
			}
		}
	}
	return 2*in < long
}

// inOrder reports whether the words of short are among those of long, in
// their order, the first of each the same.
func inOrder(short, long []string) bool {
	return len(short) > 0 && len(long) > 0 && short[0] == long[0] && within(short, long)
}

// fileName reports whether a title is a file's name, not a headline:
// one word of lowercase letters and digits in two parts or more joined by
// hyphens or underscores, an extension or not ("grainotheque-mode-emploi",
// the <title> Typora gives a document it exports to HTML, its file's
// name). The page's one <h1> is the headline then.
func fileName(t string) bool {
	t = strings.TrimSuffix(strings.TrimSuffix(t, ".md"), ".html")
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '_' })
	return len(parts) >= 2 && !strings.ContainsFunc(t, func(r rune) bool {
		return r != '-' && r != '_' && !unicode.IsLower(r) && !unicode.IsDigit(r)
	})
}

// unreadCount reports whether a title opens with a count in brackets
// ("(87) Quartiers · FreshRSS"): a web application's window, its count of
// unread items before the view's name (a feed reader's, a mail's), not
// the article it shows. The page's one <h1> is the headline then.
func unreadCount(t string) bool {
	rest, ok := strings.CutPrefix(t, "(")
	if !ok {
		return false
	}
	digits := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
	return digits > 0 && strings.HasPrefix(rest[digits:], ") ")
}

// leadWord reports whether h1, the page's one <h1>, is title t of three
// words or more with one or two words of letters before it ("Notre sortie
// aux étangs de la Bresse" over "Sortie aux étangs de la Bresse", the
// name a hand-made page's <title> gives it, its capital moved): the
// headline is the <h1>. A label before the title ends with a colon
// ("Thread: <title>") and is no word of letters.
func leadWord(t, h1 string) bool {
	short, long := lowerWords(t), lowerWords(h1)
	extra := len(long) - len(short)
	if len(short) < 3 || extra < 1 || extra > 2 || !slices.Equal(short, long[extra:]) {
		return false
	}
	return !strings.ContainsFunc(strings.Join(strings.Fields(h1)[:extra], ""), func(r rune) bool { return !unicode.IsLetter(r) })
}

// within reports whether the words of short are all in long, in their
// order, others between them or not.
func within(short, long []string) bool {
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
	}
	return i == len(short)
}

// wikiWords returns the words, lowercased, of a wiki name: one word of
// letters that opens with a capital and has another after a lowercase
// letter ("BulkBuyClub": bulk, buy, club); nil for any other text.
func wikiWords(name string) []string {
	var words []string
	start := 0
	for i, r := range name {
		switch {
		case !unicode.IsLetter(r):
			return nil
		case i == 0 && !unicode.IsUpper(r):
			return nil
		case i > 0 && unicode.IsUpper(r):
			if prev, _ := utf8.DecodeLastRuneInString(name[:i]); !unicode.IsLower(prev) {
				return nil
			}
			words = append(words, strings.ToLower(name[start:i]))
			start = i
		}
	}
	if len(words) == 0 {
		return nil
	}
	return append(words, strings.ToLower(name[start:]))
}

// subpageName returns the last name of a wiki page's path, without the
// number at its end ("News/SpringSprint2025": SpringSprint); a name
// without a path is itself.
func subpageName(path string) string {
	i := strings.LastIndexByte(path, '/')
	if i < 0 {
		return path
	}
	return strings.TrimRight(path[i+1:], "0123456789")
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// hasSeparator reports whether t holds one of titleSeparators.
func hasSeparator(t string) bool {
	return slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.Contains(t, sep) })
}

// splitParts returns the parts of t, its whitespace made single spaces,
// cut at every one of seps.
func splitParts(t string, seps []string) []string {
	parts := []string{oneLine(t)}
	for _, sep := range seps {
		if !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, sep) }) {
			// Split would give each part back as it is, in a slice
			// of its own.
			continue
		}
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// titleHeadline returns the longest part, in words, of a <title> cut at
// its separators, or "" when the title has none or two parts are as
// long.
func titleHeadline(t string) string {
	parts := splitParts(t, titleSeparators)
	if len(parts) < 2 {
		return ""
	}
	best, bestN, tie := "", 0, false
	for _, p := range parts {
		switch n := fieldCount(p); {
		case n > bestN:
			best, bestN, tie = strings.TrimSpace(p), n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// ownerHref reports whether href is the page of the author a post's
// address is under: its path's last part is the part before the last of
// the canonical address's path, a number ("https://t.example/chan" for
// "https://t.example/s/chan/287": a channel's page for one of its
// messages). A page titled with that author's name is titled as an
// account's post is (titleLine).
func ownerHref(href, canonical string) bool {
	post := lastParts(canonical)
	owner, number, ok := strings.Cut(post, "/")
	if !ok || owner == "" || number == "" || !isDigit(number[0]) || !strings.HasSuffix(href, "/"+owner) {
		return false
	}
	i := strings.Index(href, "://")
	return i >= 0 && strings.Count(href[i+3:], "/") >= 1
}

// samePost reports whether two addresses end with the same two parts of
// their paths, the last a number or a name ("https://t.example/s/chan/287"
// and "https://t.example/chan/287"): the same post, however the site
// prefixes the page that shows it.
func samePost(href, canonical string) bool {
	a, b := lastParts(href), lastParts(canonical)
	return a != "" && a == b
}

// lastParts returns the last two parts of an absolute address's path,
// "chan/287", without its query or fragment; "" when it has fewer.
func lastParts(u string) string {
	i := strings.Index(u, "://")
	if i < 0 {
		return ""
	}
	path := u[i+3:]
	if j := strings.IndexAny(path, "?#"); j >= 0 {
		path = path[:j]
	}
	path = strings.TrimSuffix(path, "/")
	k := strings.LastIndexByte(path, '/')
	if k <= 0 {
		return ""
	}
	k2 := strings.LastIndexByte(path[:k], '/')
	if k2 < 0 || k == len(path)-1 {
		return ""
	}
	return path[k2+1:]
}

// postDate returns the text of a link to an anchor of a page, or to the
// page's own address (canonical, its canonical link), when it is only a
// date ("2025-03-08 21:17:44", "8 March 2025", "18 févr. 2025"), or "": a
// forum post's head shows its date as the link to the post
// ("viewtopic.php?pid=18342#p18342"), a post's or review's card as its
// permalink.
func postDate(a *html.Node, canonical string) string {
	if a.FirstChild == nil || a.FirstChild != a.LastChild || a.FirstChild.Type != html.TextNode {
		return ""
	}
	if href := attr(a, "href"); !strings.Contains(href, "#") && (canonical == "" || href != canonical) {
		return ""
	}
	t := strings.TrimSpace(a.FirstChild.Data)
	if len(t) > 40 || !strings.ContainsAny(t, "0123456789") {
		return ""
	}
	if _, ok := parseTime(t); ok {
		return t
	}
	if _, ok := bareDate(t, false); ok {
		return t
	}
	return ""
}

// timeClass reports whether class holds the word "time".
func timeClass(class string) bool {
	for w := range strings.FieldsSeq(class) {
		if w == "time" {
			return true
		}
	}
	return false
}

// dayBeforeHour returns the day in the element right before n, when n,
// named for a date, holds an hour alone (clockTime, "8:14 PM") and that
// element a date alone: a post's day and hour set apart (UBB.threads'
// '<span id="number0">Nov 09, 2025</span> <span class="date">8:14
// PM</span>' at the opening post's head), the first post's date, where a
// reply's '<span class="date">Nov 10, 2025 9:02 AM</span>' comes after.
// "" otherwise.
func dayBeforeHour(n *html.Node) string {
	t := strings.TrimSpace(textOf(n))
	if t == "" || len(t) > 12 || clockTime.FindString(t) != t {
		return ""
	}
	prev := edgeContent(n.PrevSibling, func(c *html.Node) *html.Node { return c.PrevSibling })
	if prev == nil {
		return ""
	}
	d := strings.TrimSpace(textOf(prev))
	if len(d) > 40 {
		return ""
	}
	if _, ok := bareDate(d, false); !ok {
		return ""
	}
	return d
}

// clockOrSeconds reports whether s is a time of day alone, as clockTime
// reads it, or one to the second ("10:22:31", a news site's span.h-time
// after the day).
func clockOrSeconds(s string) bool {
	c := clockTime.FindString(s)
	if c == s {
		return true
	}
	rest := s[len(c):]
	return c != "" && len(rest) == 3 && rest[0] == ':' && isDigit(rest[1]) && isDigit(rest[2])
}

// namedDateOf returns the date an element named for a date shows: its
// text when that is a date alone (a numeric one after "Le" or "On"), else the date its title, or the title of
// an element in it, opens with — a relative "12 days ago" whose <abbr
// title="12 April 2025 @ 16:40 UTC"> gives the day; "" when there is none.
func namedDateOf(n *html.Node) string {
	if t := strings.TrimSpace(textOf(n)); len(t) <= 40 {
		if _, ok := bareDate(t, false); ok {
			return t
		}
		// A numeric day with dots, and the dot that closes it as
		// Latvian and other languages write an ordinal ("16.10.2025.",
		// Mozello's span.date): the day.
		if d, ok := strings.CutSuffix(t, "."); ok && len(d) == len("02.01.2006") && d[2] == '.' && d[5] == '.' {
			if _, ok := bareDate(d, false); ok {
				return d
			}
		}
		// A day, a bar and the item's category ("12.05.2025 | Travaux",
		// Contrexx's td.news_date over a commune's news item): the day.
		if day, _, ok := strings.Cut(t, " | "); ok {
			if _, ok := bareDate(day, false); ok {
				return day
			}
		}
		// A day, " à " and its hour in words ("12 février 2026 à 20 h
		// 14 min", BuddyBoss' span.bs-timestamp in a French forum's
		// post head): the day.
		if i := strings.Index(t, " à "); i > 0 && i+len(" à ") < len(t) && isDigit(t[i+len(" à ")]) {
			if _, ok := bareDate(t[:i], false); ok {
				return t[:i]
			}
		}
		// A day and its hour after a space ("2025/03/12 19:42",
		// Fireboard's div.msgdate): the day.
		if i := strings.LastIndexByte(t, ' '); i > 0 && clockOrSeconds(t[i+1:]) {
			if _, ok := bareDate(t[:i], false); ok {
				return t[:i]
			}
			// After a comma, the day's number with a dot after it
			// ("mardi, 21. avril 2026, 18:42", Antville's story date):
			// the day, comma and dot dropped.
			if d, ok := strings.CutSuffix(t[:i], ","); ok {
				if j := strings.Index(d, ". "); j > 0 && '0' <= d[j-1] && d[j-1] <= '9' {
					d = d[:j] + d[j+1:]
				}
				if _, ok := bareDate(d, false); ok {
					return d
				}
			}
		}
		// The hour before the day and a comma ("6.45pm, 11 Feb 2025",
		// TheJournal.ie's span.date in a story's byline): the day.
		if h, d, ok := strings.Cut(t, ", "); ok && len(h) <= len("12.45 pm") && clockTime.FindString(h) == h {
			if _, ok := bareDate(d, false); ok {
				return d
			}
		}
		// A numeric day of a two-digit year opening the text ("14/09/25
		// Filed in: Barn", a blog's entry date run together with its
		// categories): the day, its year in full.
		if d := shortYearDay(t, false); d != "" {
			return d
		}
		// A numeric day after the word that reads it aloud ("Le
		// 26/02/2025", "On 03/04/2025", as Leo Blog, PrestaShop's blog
		// module, writes a post's day in its meta line; dayDate reads
		// such a word before a day in words as a weekday).
		for _, on := range [...]string{"Le ", "le ", "On ", "on "} {
			if d, ok := strings.CutPrefix(t, on); ok {
				if _, ok := bareDate(d, false); ok {
					return d
				}
			}
		}
		// A label of the publication before it ("Date: 2025-02-09",
		// as Org mode's export writes the document's date).
		if label, d, ok := strings.Cut(t, ":"); ok && dateLabels[strings.ToLower(strings.TrimSpace(label))] {
			if _, ok := bareDate(strings.TrimSpace(d), false); ok {
				return strings.TrimSpace(d)
			}
		}
		// The label in an element of its own, the date after it
		// (Doxygen's <dl class="section date"><dt>Date</dt><dd>8 March
		// 2025</dd>).
		if first := firstContent(n); first != nil && dateLabels[labelOf(first)] {
			if d, ok := strings.CutPrefix(t, strings.TrimSpace(textOf(first))); ok {
				if _, ok := bareDate(strings.TrimSpace(d), false); ok {
					return strings.TrimSpace(d)
				}
			}
		}
	}
	if t := strings.TrimSpace(textOf(n)); len(t) <= 80 {
		// An event's day and its hours after a comma or a middle dot
		// ("15 June 2026, 09:00 → 17 June 2026, 16:00", Indico's
		// info grid; "Saturday, 18 April 2026 · 10:00 - 14:00 BST",
		// Eventbrite's): the day the event pages are dated by.
		for _, sep := range [...]string{", ", " · "} {
			if head, rest, ok := strings.Cut(t, sep); ok && clockTime.MatchString(rest) {
				if _, ok := bareDate(head, false); ok {
					return head
				}
			}
		}
	}
	titled := n
	if attr(n, "title") == "" {
		titled = nil
		for c := n.FirstChild; c != nil && titled == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && attr(c, "title") != "" {
				titled = c
			}
		}
	}
	if titled == nil {
		return ""
	}
	words := strings.Fields(attr(titled, "title"))
	for k := min(len(words), 4); k >= 2; k-- {
		if d := strings.Join(words[:k], " "); len(d) <= 40 {
			if _, ok := bareDate(d, false); ok {
				return d
			}
		}
	}
	return ""
}

// shortYearDay returns the first word of t written in full when it is a
// numeric day of a two-digit year ("14/09/25" → "14/09/2025", years
// from 70 in the 1900s), its month first when monthFirst says so, or "".
func shortYearDay(t string, monthFirst bool) string {
	w, _, _ := strings.Cut(t, " ")
	if len(w) < len("1/9/25") || len(w) > len("14/09/25") || !isDigit(w[len(w)-1]) || !isDigit(w[len(w)-2]) {
		return ""
	}
	sep := w[len(w)-3]
	if sep != '/' && sep != '.' && sep != '-' || strings.Count(w, string(sep)) != 2 {
		return ""
	}
	century := "20"
	if w[len(w)-2] >= '7' {
		century = "19"
	}
	d := w[:len(w)-2] + century + w[len(w)-2:]
	if _, ok := bareDate(d, monthFirst); !ok {
		return ""
	}
	return d
}

// wikiNameHeading returns the last of the page's <h1> texts h1 that a
// wiki page's name t opens, its case aside: t a word of five bytes or
// more without spaces or hyphens, two words or more once its underscores
// are spaces and its camel case split ("winter_pruning", "SharpeningDay");
// "" when t is no such name or no <h1> opens with it.
func wikiNameHeading(t string, h1 []string) string {
	if len(h1) == 0 || len(t) < 5 || strings.ContainsAny(t, " -") {
		return ""
	}
	words := strings.ReplaceAll(strings.ReplaceAll(splitCamel(t), "-", " "), "_", " ")
	if fieldCount(words) < 2 {
		return ""
	}
	for i := len(h1) - 1; i >= 0; i-- {
		if h := h1[i]; len(h) >= len(words) && strings.EqualFold(h[:len(words)], words) && (len(h) == len(words) || h[len(words)] == ' ') {
			return h
		}
	}
	return ""
}

// backlinksHead reports whether heading h is only a link of class
// "backlinks", as PhpWiki writes a page's name over it.
func backlinksHead(h *html.Node) bool {
	a := onlyChild(h)
	return a != nil && a.DataAtom == atom.A && attr(a, "class") == "backlinks"
}

// acronymShort reports whether the words of title open those of h1,
// case aside, but for one word at least in capitals, two to five
// letters, that stands for as many words of h1 by their initials ("CE"
// for "Continuing Education"), and h1 says more after them.
func acronymShort(title, h1 string) bool {
	tw, hw := strings.Fields(title), strings.Fields(h1)
	j, acronyms := 0, 0
	for _, w := range tw {
		if j < len(hw) && strings.EqualFold(w, hw[j]) {
			j++
			continue
		}
		if len(w) < 2 || len(w) > 5 || j+len(w) > len(hw) || strings.ToUpper(w) != w {
			return false
		}
		for k := 0; k < len(w); k++ {
			if hw[j+k][0] != w[k] {
				return false
			}
		}
		j += len(w)
		acronyms++
	}
	return acronyms > 0 && j < len(hw)
}

// wikiNameOpens reports whether name is a WikiName, words in camel case
// without spaces, three at least, whose first two, case aside, open
// heading, a word after them.
func wikiNameOpens(name, heading string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	words := strings.Split(splitCamel(name), "-")
	if len(words) < 3 {
		return false
	}
	lead := words[0] + " " + words[1] + " "
	return len(heading) > len(lead) && strings.EqualFold(heading[:len(lead)], lead)
}

// wikiPath reports whether s is a wiki page's path: words without
// spaces, a slash between them, one at least in camel case
// ("Balisage/GuideDuBaliseur").
func wikiPath(s string) bool {
	if strings.ContainsAny(s, " \t") || !strings.Contains(s, "/") || strings.Contains(s, "://") {
		return false
	}
	return splitCamel(s) != s
}

// partsDate returns the day that is one of the parts of n's text, a
// line of eighty bytes at most whose parts " | " or " - " set apart, "Le"
// or "On" before it or not; "" when there is none.
func partsDate(n *html.Node) string {
	t := collapsedText(n)
	if len(t) > 80 || !strings.ContainsAny(t, "0123456789") {
		return ""
	}
	sep := " | "
	if !strings.Contains(t, sep) {
		sep = " - "
	}
	for part := range strings.SplitSeq(t, sep) {
		part = strings.TrimSpace(part)
		for _, on := range [...]string{"Le ", "le ", "On ", "on "} {
			part = strings.TrimPrefix(part, on)
		}
		if _, ok := bareDate(part, false); ok {
			return part
		}
	}
	return ""
}

// authorLineDate returns the date an author's line shows beside the
// author's name: the text of a child of an element named for the author
// (a word of its class is "author", as in "author-data") when that text
// is only a date ("12/05/2025 09:00", a participation platform's post
// head); "" when there is none.
func authorLineDate(n *html.Node) string {
	if !slices.Contains(strings.FieldsFunc(strings.ToLower(attr(n, "class")), func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), "author") {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || dateNamed(attr(c, "class")) || !strings.ContainsAny(textOf(c), "0123456789") {
			continue
		}
		if t := strings.TrimSpace(textOf(c)); len(t) <= 40 {
			if _, ok := bareDate(t, false); ok {
				return t
			}
		}
	}
	// The date on a line of its own after the author's name, a line
	// break before it ('<p class="author">Rosa Quint<br>12 August
	// 2026</p>', a godoc article's byline under its text).
	if last := n.LastChild; last != nil && last.Type == html.TextNode && last.PrevSibling != nil && last.PrevSibling.DataAtom == atom.Br {
		if t := strings.TrimSpace(last.Data); len(t) <= 40 && t != "" {
			if _, ok := bareDate(t, false); ok {
				return t
			}
		}
	}
	// The author's link alone in a wrapper of its own, the date in the
	// element right after the wrapper ('<div class="entete_login"><a
	// class="author">lectrice_des_greves</a></div><span
	// class="gris">12 janvier 2026</span>', a Babelio-like review's
	// head).
	if p := n.Parent; p != nil && n.DataAtom == atom.A && nextElement(n) == nil && n.PrevSibling == nil {
		if next := nextElement(p); next != nil && next.FirstChild != nil && next.FirstChild == next.LastChild && next.FirstChild.Type == html.TextNode {
			if t := strings.TrimSpace(next.FirstChild.Data); len(t) <= 40 {
				if _, ok := bareDate(t, false); ok {
					return t
				}
			}
		}
	}
	return ""
}

// postDetails reports whether a class names a forum post's details, one
// word ("postdetails", as Invision Power Board and phpBB 2 write the line
// over a post and the author's profile beside it; "post-details",
// "postinfo"): the first such line that is a date alone (namedDateOf:
// "12 févr. 2025, 21:14", a time after it) is the opening post's date.
func postDetails(class string) bool {
	if !strings.Contains(class, "post") {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(class)) {
		switch w {
		case "postdetails", "post-details", "post_details", "postinfo", "post-info":
			return true
		}
	}
	return false
}

// dateLabels are the labels before a colon that say the date after it
// is the page's, not an edit's nor an export's.
var dateLabels = map[string]bool{"date": true, "published": true, "posted": true, "publication": true, "date de publication": true, "publié le": true, "publié": true}

// sameText reports whether a text node says text, spaces aside.
func sameText(data, text string) bool {
	d := strings.TrimSpace(data)
	if len(d) < len(text) || len(d) > 2*len(text) {
		return false
	}
	return oneLine(d) == text
}

// timeRankComment is timeRank's rank of a <time> in a reader's comment,
// or of an event's start or end, which dates no page.
const timeRankComment = 5

// timeRank ranks a <time datetime> as the article's date: 1 when it, or
// its parent, is named for the publication ("date-publication",
// "published", "pubdate"), 2 inside an <article> or <main> and not in a
// list, 3 elsewhere outside lists, 4 in a list item or named for an
// update. A news ticker or a "latest" list puts times before the
// article's, in lists; a "Mis à jour" time follows it.
func timeRank(n *html.Node) int {
	if ip := attr(n, "itemprop"); ip == "startDate" || ip == "endDate" {
		// An event's start or end in microdata ('<time class="dtstart"
		// itemprop="startDate" datetime="2025-03-15T14:00:00+01:00">',
		// l'Agenda du Libre's event under its visible "Ajouté le 6 mars
		// 2025"): the day it happens, not the page's, as a comment's
		// time is another's.
		return timeRankComment
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop"))
	if n.Parent != nil {
		names += " " + strings.ToLower(attr(n.Parent, "class"))
	}
	// The words before the time say what it dates, before any name:
	// "Posted on <time>", "• Edited on <time>" (in a span named
	// "published-at-edit").
	switch said := strings.ToLower(textBefore(n)); {
	case updateStatement.MatchString(said):
		return 4
	case publishStatement.MatchString(said):
		return 1
	}
	switch {
	case strings.Contains(strings.ToLower(attr(n, "class")), "comment-"):
		// A reply's time, whatever else its name says (Tildes'
		// "comment-posted-time" under the topic's own <time>).
		return 4
	case hasAttr(n, "pubdate") || strings.Contains(names, "publi") || strings.Contains(names, "pubdate") || strings.Contains(names, "posted"):
		return 1
	case strings.Contains(names, "updat") || strings.Contains(names, "modif") || strings.Contains(names, "maj"):
		if n.Parent != nil && strings.Contains(attr(n.Parent, "class"), "update__") && strings.HasPrefix(strings.TrimSpace(textOf(n)), "Posted ") {
			// The stamp of one update among an incident's, its box
			// the update's element ('<div class="update__time"><time
			// dateTime="2025-03-04T19:12:00.000Z">Posted Mar 4, 2025
			// at 7:12 PM UTC</time></div>', Instatus' under each of
			// them, the newest first): that update's, as a comment's
			// time is its comment's, never the page's, which the
			// incident's "Started Mar 4, 2025" states.
			return timeRankComment
		}
		return 4
	}
	inArticle := false
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Li, atom.Dd, atom.Nav, atom.Aside:
			if a.DataAtom == atom.Li && strings.HasPrefix(attr(a, "id"), "comment-") {
				// A reader's comment, WordPress' '<li id="comment-901"
				// class="comment">': its time dates the comment, never
				// the page (timeRankComment).
				return timeRankComment
			}
			return 4
		case atom.Article, atom.Main:
			inArticle = true
		case atom.H1:
			if len(attr(n, "datetime")) == len("2006-01-02") {
				// A day alone set in the headline itself ('<h1>Atelier
				// de printemps <small><time datetime="2026-05-16">sam.
				// 16 mai 2026</time> – Atelier du vélo solidaire,
				// …</small></h1>', pretix's event page): the day of what
				// the headline names, an event's, not the page's
				// publication; a time to the minute there stays the
				// post's.
				return timeRankComment
			}
		case atom.Blockquote:
			if c := attr(a, "class"); strings.Contains(c, "comment") && slices.Contains(strings.Fields(c), "comment") {
				// A reader's comment set as a quotation under the
				// post ('<blockquote class="section comment
				// entry-comment"><header>… <time …>', kbin's): its time
				// dates the comment, never the page.
				return timeRankComment
			}
		}
	}
	if inArticle {
		return 2
	}
	return 3
}

// updateStatement and publishStatement are the words that end the text
// before a time saying it dates an update, or the publication.
var (
	updateStatement  = regexp.MustCompile(`(?i)(?:updated|edited|modified|modifié|modifiée|mis à jour|mise à jour|màj|dernière édition)(?:\s+(?:on|at|le|par))?\s*:?\s*$`)
	publishStatement = regexp.MustCompile(`(?i)(?:published|posted|publié|publiée|posté|postée|mis en ligne)(?:\s+(?:on|at|le))?\s*:?\s*$`)
)

// textBefore returns the text right before n in its parent (or, when n
// opens its parent, in its grandparent), up to 40 bytes.
func textBefore(n *html.Node) string {
	for up := 0; up < 2 && n != nil; up, n = up+1, n.Parent {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			switch {
			case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
				t := strings.TrimSpace(s.Data)
				return t[max(0, len(t)-40):]
			case s.Type == html.ElementNode:
				return ""
			}
		}
	}
	return ""
}

// firstPublishedKey is a script's key for the date a page was first
// published, and its value: SharePoint's page context has
// "FirstPublishedDate", news apps' state "firstPublished",
// "first_published_at".
var firstPublishedKey = regexp.MustCompile(`(?i)^["']?\s*(?:_?(?:date|at|time|on))?["']?\s*:\s*["']([0-9][0-9T:.+\-Z ]{9,34})["']`)

// firstPublished returns the first date a script states under a key
// saying the page was first published, or "". Such a script dates the
// page when no metadata does, before a <time> outside the article (a
// comment's).
func firstPublished(script string) string {
	for _, key := range []string{"irstPublished", "irst_published", "irstpublished"} {
		for rest := script; ; {
			i := strings.Index(rest, key)
			if i < 0 {
				break
			}
			rest = rest[i+len(key):]
			if m := firstPublishedKey.FindStringSubmatch(rest[:min(len(rest), 60)]); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

// objectPublished is a key of an object's date of publication, and its
// value; or its creation in TiddlyWiki's form of a date (tiddlyDate), as
// a single-file wiki's store of tiddlers gives each its "created", or in
// a JavaScript app's camel case ("createdAt", an Intercom article's in
// its Next.js data beside its later "updatedAt").
var objectPublished = regexp.MustCompile(`^"(?:published|datePublished|published_at|publishedAt|created|createdAt)"\s*:\s*"([0-9][0-9T:.+\-Z ]{9,34})"`)

// tiddlyDate returns, in RFC 3339, a date written as TiddlyWiki writes
// one: seventeen digits, year to millisecond, in UTC
// ("20250405183000000"); d unchanged when it is not so written.
func tiddlyDate(d string) string {
	if len(d) != 17 || !isDigits(d) {
		return d
	}
	t, err := time.Parse("20060102150405", d[:14])
	if err != nil {
		return d
	}
	return t.Format(time.RFC3339)
}

// objectDate returns the date of publication ("published": "…") of the
// object of a script's data (a single-page app's state, as Lemmy's
// "window.isoData" holds its post) that states the page's address or
// its headline as one of its values, read at the object's own level, not
// in the objects it holds; "" when there is none. The other objects of
// such data (the site's, the community's, the comments') have their own
// dates.
func objectDate(scripts []string, url, headline string) string {
	for _, anchor := range []string{url, headline} {
		if len(anchor) < 8 {
			continue
		}
		value := `"` + anchor + `"`
		for _, script := range scripts {
			for off := 0; ; {
				i := strings.Index(script[off:], value)
				if i < 0 {
					break
				}
				i += off
				off = i + len(value)
				if d := ownPublished(script, i); d != "" {
					return tiddlyDate(d)
				}
			}
		}
	}
	return ""
}

// ownPublished returns the value of the key of publication at the level
// of the object of data that holds position at, "" when it has none.
func ownPublished(data string, at int) string {
	// The object's opening brace: back from at, past the objects it
	// holds (strings' braces are few enough in such data to ignore).
	depth, start := 0, -1
	for i := at - 1; i >= 0 && start < 0; i-- {
		switch data[i] {
		case '}', ']':
			depth++
		case '{', '[':
			if depth == 0 {
				if data[i] == '[' {
					return ""
				}
				start = i
			}
			depth--
		}
	}
	if start < 0 {
		return ""
	}
	depth = 0
	for i := start + 1; i < len(data); i++ {
		switch data[i] {
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return ""
			}
			depth--
		case '"':
			if depth == 0 {
				if m := objectPublished.FindStringSubmatch(data[i:min(len(data), i+80)]); m != nil {
					return m[1]
				}
			}
		}
	}
	return ""
}

// dayLayouts are the other forms of a date found on article pages: a
// time without its offset, or with a space for the "T". Not RFC 3339, they
// date the page by its day alone, as the day is all that can be trusted
// of them (a server's local time, a theme's own format).
var dayLayouts = []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04Z07:00", "2006-01-02T15:04Z07:00", time.DateOnly}

// noteInstant is a time with its offset after a space, as a note's
// export writes it.
const noteInstant = "2006-01-02 15:04:05 -0700"

// basicOffset is an ISO 8601 time whose offset has no colon, which RFC
// 3339 requires.
const basicOffset = "2006-01-02T15:04:05-0700"

// parseTime reads a date in RFC 3339, or by its day in one of dayLayouts.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < len(time.DateOnly) || s[4] != '-' || s[7] != '-' {
		// Every layout opens with "2006-01-02", which time.Parse reads
		// as four bytes, a dash, two digits and a dash: most sources a
		// page leaves empty or writes otherwise fail here, without the
		// eight errors time.Parse would format.
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	if len(s) == len(basicOffset) && s[10] == 'T' && (s[19] == '+' || s[19] == '-') {
		// ISO 8601 with its offset written without a colon
		// ("2025-04-07T18:22:10+0000", PHP's date('c') minus its colon,
		// as Question2Answer writes its <time datetime>), which RFC
		// 3339 refuses: as sure as RFC 3339's.
		if t, err := time.Parse(basicOffset, s); err == nil {
			return t, true
		}
	}
	s = zoneNamed(s)
	if len(s) == len(noteInstant) && s[19] == ' ' {
		// A time with its offset after a space, no colon in it
		// ("2025-04-08 14:05:37 +0000", Evernote's export of a note's
		// creation): as sure as RFC 3339's.
		if t, err := time.Parse(noteInstant, s); err == nil {
			return t, true
		}
	}
	for _, layout := range dayLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// zoneNamed cuts the zone's name off a noteInstant followed by a space
// and two to five capital letters ("2025-05-20 08:45:00 +0100 BST", Go's
// default format for a time, as a Go program's templates print one
// unformatted: Miniflux's entry dates): the offset before it says the
// instant, the name adds nothing. Other strings come back as they were.
func zoneNamed(s string) string {
	n := len(noteInstant)
	if len(s) < n+3 || s[n] != ' ' || s[19] != ' ' || !zoneName(s[n+1:]) {
		return s
	}
	return s[:n]
}

// instant reads an article:published_time in RFC 3339, or in RFC 3339
// with a space for its "T" ("2025-04-27 09:30:00+02:00", Python's str()
// of a datetime, as Pelican's themes write it): with its offset, the time
// is as sure as RFC 3339's, not a server's local time. Other sources'
// dates so written still date the day (parseTime).
func instant(s string) (time.Time, bool) {
	if len(s) > len("2006-01-02 ") && s[10] == ' ' {
		s = s[:10] + "T" + s[11:]
	}
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}

// MetaCharset returns the encoding label a page declares in its first 1024
// bytes (<meta charset> or the http-equiv Content-Type), where HTML
// requires the declaration to be; "" when there is none.
func MetaCharset(data []byte) string {
	head := data[:min(len(data), 1024)]
	i := bytes.Index(bytes.ToLower(head), []byte("charset="))
	if i < 0 {
		return ""
	}
	v := head[i+len("charset="):]
	v = bytes.TrimLeft(v, `"' `)
	end := bytes.IndexAny(v, `"'; />`)
	if end < 0 {
		end = len(v)
	}
	return string(v[:end])
}

// maxCaptionWords is the length of the longest line dropPictureCaption
// takes for a caption.
const maxCaptionWords = 40

// dropPictureCaption removes a picture's caption from the paragraph that
// holds both (or the cell of a layout table): a picture first (alone or
// in its link), a line break or none, then only a short line in italics
// or small print, in a span styled small (smallStyle) or, in a cell, a
// small <font> (smallFont) ("<p><img><br><em>The
// poster, drawn by…</em></p>"), as old editors and minimal blog builds
// write a captioned picture. The picture and its break stay; the caption
// goes, as a <figcaption> does.
func dropPictureCaption(p *html.Node, m *meta) {
	var kids []*html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode:
			kids = append(kids, c)
		default:
			return
		}
	}
	// The line break may be missing: a forum editor writes the caption
	// right after the picture ("<p><img><em>The two halves…</em></p>").
	start := 1
	if len(kids) > 1 && kids[1].DataAtom == atom.Br {
		start = 2
	}
	if len(kids) <= start {
		return
	}
	switch first := kids[0]; {
	case first.DataAtom == atom.Img || first.DataAtom == atom.Picture:
	case first.DataAtom == atom.A && holdsMedia(first) && strings.TrimSpace(textOf(first)) == "":
	default:
		return
	}
	words := 0
	for _, c := range kids[start:] {
		switch c.DataAtom {
		case atom.Em, atom.I, atom.Small:
		case atom.Span:
			if !smallStyle(attr(c, "style")) {
				return // a span in small type is one
			}
		case atom.Font:
			if !smallFont(attr(c, "size")) || p.DataAtom != atom.Td && !plainBefore(p) {
				// A <font> of a small size is one in a cell (a page that
				// sets its paragraphs in <font size="2"> sets a caption's
				// line so too, and the caption goes later with its
				// italics), or in a paragraph after one whose text is in
				// no <font> (plainBefore: a message's "<p><img><br><font
				// size="2" color="#666666">La croix de Chanaz…</font></p>"
				// among paragraphs in the default size, LISTSERV's).
				return
			}
		default:
			return
		}
		words += nodeWords(c)
	}
	if words == 0 || words > maxCaptionWords {
		return
	}
	for _, c := range kids[start:] {
		collect(c, m)
		p.RemoveChild(c)
	}
	// The picture's box had its caption: the block after it, or after
	// the boxes it is alone in (a letter's row of one cell), is the
	// text's (afterMedia).
	for b, i := p, 0; b != nil && i < 3; b, i = b.Parent, i+1 {
		b.Attr = append(b.Attr, html.Attribute{Key: captionedAttr})
		if b.Parent == nil || onlyChild(b.Parent) != b {
			break
		}
	}
}

// plainBefore reports whether the element before p is a paragraph with
// words, none of them in a <font>: the story's text in its default size.
func plainBefore(p *html.Node) bool {
	prev := prevElement(p)
	if prev == nil || prev.DataAtom != atom.P || nodeWords(prev) == 0 {
		return false
	}
	for d := range prev.Descendants() {
		if d.DataAtom == atom.Font {
			return false
		}
	}
	return true
}

// pictureFirst reports whether n's first child, blanks passed over, is a
// picture: the cheap check before dropPictureCaption reads a <div>.
func pictureFirst(n *html.Node) bool {
	c := pastBlank(n.FirstChild)
	return c != nil && (c.DataAtom == atom.Img || c.DataAtom == atom.Picture)
}

// smallFont reports whether a <font size> is below the default 3: 1, 2,
// -1 or -2 (an e-mail's grey caption under its picture).
func smallFont(size string) bool {
	size = strings.TrimSpace(size)
	return size == "1" || size == "2" || size == "-1" || size == "-2"
}

// tinyFont reports whether a <font>'s size is the smallest, 1 or two
// below the page's ("-2"), smaller than any paragraph's text, which a page
// in <font> may set at 2.
func tinyFont(size string) bool {
	size = strings.TrimSpace(size)
	return size == "1" || size == "-2"
}

// tocLabels label a table of contents.
var tocLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split("contents|table of contents|on this page|in this article|sommaire|table des matières|au sommaire|dans cet article|sur cette page|dans ce numéro|in this issue", "|") {
		m[l] = true
	}
	return m
}()

// contentsLine reports whether paragraph p is a short line that opens
// with a table of contents' label and a colon, then names the parts
// after it, commas between them ('<P CLASS="western"><FONT SIZE=2><I>Dans
// ce numéro : la bourse aux jouets, le mot du bureau, l'agenda de
// l'hiver.</I></FONT></P>' over a bulletin's <h1>, an OpenOffice.org
// Writer export): the issue's contents, not its text. first is p's
// first text, the label looked for in it before the line is built.
func contentsLine(p *html.Node, first string) bool {
	i := strings.IndexByte(first[:min(len(first), 24)], ':')
	if i <= 0 || !tocLabels[strings.ToLower(strings.TrimSpace(first[:i]))] {
		return false
	}
	text, ok := shortText(p)
	return ok && strings.Contains(text[strings.IndexByte(text, ':')+1:], ",")
}

// tocLabel reports whether n, a paragraph, a heading or a <div>, is only a
// table of contents' label (tocLabels) and the next element links first
// to a part of the page itself (href="#…").
func tocLabel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	// An element last in its parent has no list after it: its label
	// is not built.
	next := n.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if next == nil {
		return false
	}
	if l := labelOf(n); l == "" || !tocLabels[l] {
		return false
	}
	a := find(next, atom.A)
	return a != nil && strings.HasPrefix(attr(a, "href"), "#")
}

// replyLinks reports whether a <dl> holds a link "Reply to This" (or
// "Reply to this"): Scoop's comments under a story, each a <dt> of its
// subject, rating and author and a <dd> of its text and its links ('<DD>My
// mother pays more for water … <FONT SIZE="1">[ <A …>Reply to This</A>
// ]</FONT>'), readers' words, not the story's.
func replyLinks(dl *html.Node) bool {
	for d := range dl.Descendants() {
		if d.DataAtom == atom.A && d.FirstChild != nil && d.FirstChild == d.LastChild && d.FirstChild.Type == html.TextNode && strings.EqualFold(strings.TrimSpace(d.FirstChild.Data), "reply to this") {
			return true
		}
	}
	return false
}

// dateUnderTitle reports whether p is only a date (as bareDate reads it,
// a weekday allowed: "Friday 14 March 2025") right after the element that
// shows the page's title (its og:title, or the headline of its <title>):
// a published document's subtitle, its only date. Or right before it: a
// blog's day header over the post's title ("<h2>vendredi 29 août
// 2025</h2>", then the title's box), as blogs that group their posts by
// day write it on a post's page too. Or a byline that ends in the date,
// right after the title or the page's one <h1> (bylineDay: "Survey
// notes by Tom Ashby, 22 February 2025", the line in italics a notebook's
// or a report's author writes under the heading). day is set to the date.
func dateUnderTitle(p *html.Node, m *meta, day *string) bool {
	text, ok := labelText(p)
	if !ok {
		// A byline is looked for only right after a heading: the text
		// of every paragraph is not read for it.
		if prev := prevElement(p); prev == nil || headingLevel(prev) == 0 {
			return false
		}
		if text, ok = shortText(p); !ok || fieldCount(text) > maxPublishedWords {
			return false
		}
		d := bylineDay(text)
		if d == "" || !showsTitle(p.PrevSibling, func(n *html.Node) *html.Node { return n.PrevSibling }, m) {
			return false
		}
		*day = d
		return true
	}
	if !strings.ContainsAny(text, "0123456789") || !dayDate.MatchString(oneLine(text)) {
		return false
	}
	*day = text
	return showsTitle(p.PrevSibling, func(n *html.Node) *html.Node { return n.PrevSibling }, m) ||
		showsTitle(p.NextSibling, func(n *html.Node) *html.Node { return n.NextSibling }, m) ||
		p.Parent != nil && nameBefore(p) && showsTitle(p.Parent.PrevSibling, func(n *html.Node) *html.Node { return n.PrevSibling }, m)
}

// nameBefore reports whether p comes after one element alone, a line of
// four words at most (the author's name: '<div class="post-details"><p>Noémie
// Faure</p><p>12 mai 2025</p>', a Lume blog's box of details right under
// the post's <h1>): dateUnderTitle then looks at the box's place.
func nameBefore(p *html.Node) bool {
	prev := prevElement(p)
	return prev != nil && prevElement(prev) == nil && nodeWords(prev) <= 4 && nodeWords(prev) > 0
}

// bylineLead is a byline's "by" or "par" and the name after it, up to the
// comma before a date.
var bylineLead = regexp.MustCompile(`(?i)\b(?:by|par)\s+[^,;:.]{2,40},\s+`)

// bylineDay returns the date a byline ends with ("… by Tom Ashby, 22
// February 2025"), or the one a statement of its writing opens it with
// before its author ("Rédigé le 18 novembre 2024 par le bureau", the
// line a bulletin typed in OpenOffice.org Writer sets under its <h1>),
// or "".
func bylineDay(text string) string {
	text = oneLine(text)
	if !strings.ContainsAny(text, "0123456789") {
		return ""
	}
	if d := statedByline(text); d != "" {
		return d
	}
	loc := bylineLead.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	d := strings.TrimRight(text[loc[1]:], ".")
	if !dayDate.MatchString(d) {
		return ""
	}
	return d
}

// statedByline returns the day of a publication statement that opens
// text (publishedDateFirst), when the text ends there or " par " or "
// by " and four words at most follow, the author: the day alone, its
// verb left; or "".
func statedByline(text string) string {
	if !publicationVerb(text) {
		return ""
	}
	loc := publishedDateFirst.FindStringSubmatchIndex(text)
	if loc == nil {
		return ""
	}
	if rest := text[loc[1]:]; rest != "" {
		author, ok := strings.CutPrefix(rest, " par ")
		if !ok {
			author, ok = strings.CutPrefix(rest, " by ")
		}
		if !ok || fieldCount(author) > 4 {
			return ""
		}
	}
	start := loc[1]
	for i := 2; i < len(loc); i += 2 {
		if loc[i] >= 0 && loc[i] < start {
			start = loc[i]
		}
	}
	return text[start:loc[1]]
}

// showsTitle reports whether n, or the first sibling step leads to from n
// past blank text, is an element that shows the page's title (its
// og:title, or the headline of its <title>).
func showsTitle(n *html.Node, step func(*html.Node) *html.Node, m *meta) bool {
	for n != nil && n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
		n = step(n)
	}
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	shown, ok := labelText(n)
	if !ok {
		shown = textOf(n)
	}
	shown = oneLine(shown)
	return shown != "" && (shown == oneLine(m.ogTitle) || shown == m.headline || n.DataAtom == atom.H1 && len(m.h1) == 1)
}

// dropLineCaption removes a picture's caption from text written in lines
// (a journal's entry, "…<br><br><img><br><small><i>The lens from the
// gallery…</i></small><br><br>…"): after the picture (alone or in its
// link), a line break, then a line that is only in italics or small print,
// of maxCaptionWords words at most, ending at a line break, at a list's
// item or at the end of its box. The picture stays, the caption goes, as
// dropPictureCaption does in a paragraph of the picture's own. A <span>
// that holds only the picture (a forum's "postimg" box around it) is the
// picture. A <span> styled small (smallStyle) is small print too, and the
// line may end at the next list item: phpBB 2 writes a post's picture and
// its caption as lines ("<br><img><br><span style="font-size: 10px">…
// </span>"), between a list's items where the post puts them. A <font>
// of the smallest size (tinyFont) is small print too: a forum's caption
// under its centred picture ("<center><img><br><font size="1"
// color="#808080">…</font></center>", Aceboard's); in a paragraph of the
// picture's own it is dropPictureCaption's to take, with the paragraph.
func dropLineCaption(pic *html.Node, m *meta) {
	if pic.DataAtom == atom.Span {
		if only := onlyChild(pic); only == nil || only.DataAtom != atom.Img && only.DataAtom != atom.Picture {
			return
		}
	}
	if pic.DataAtom == atom.A && (!holdsMedia(pic) || strings.TrimSpace(textOf(pic)) != "") {
		return
	}
	next := func(n *html.Node) *html.Node {
		for n = n.NextSibling; n != nil && n.Type == html.TextNode && strings.TrimSpace(n.Data) == ""; n = n.NextSibling {
		}
		return n
	}
	br := next(pic)
	if br == nil || br.DataAtom != atom.Br {
		return
	}
	var line []*html.Node
	words := 0
	end := next(br)
	for ; end != nil && end.Type == html.ElementNode && (end.DataAtom == atom.Em || end.DataAtom == atom.I || end.DataAtom == atom.Small || end.DataAtom == atom.Span && smallStyle(attr(end, "style")) || end.DataAtom == atom.Font && pic.Parent.DataAtom != atom.P && tinyFont(attr(end, "size"))); end = next(end) {
		line = append(line, end)
		words += nodeWords(end)
	}
	if len(line) == 0 || words == 0 || words > maxCaptionWords || end != nil && end.DataAtom != atom.Br && end.DataAtom != atom.Li {
		return
	}
	for _, c := range line {
		collect(c, m)
		c.Parent.RemoveChild(c)
	}
}

// captionAfterPicture reports whether p, a paragraph, is only a short
// line in italics or small print (maxCaptionWords words at most) right
// after a picture, or a box that holds pictures and no text (a paragraph
// holding only a picture, alone or in its link; a hosted blog's gallery
// of them): the picture's caption, which minimal blog builds write as the
// next paragraph ("<p><img></p><p><em>The drawers, on Tuesday…</em></p>"),
// or when it is alone in boxes of its own right after such a box (a page
// builder's text block after its image block). A <span> styled small
// (smallStyle) is small print, one styled in italics ("<span
// style="font-style: italic">", an e-mail builder's caption block) an
// <i>; the paragraph may be a <div> right after
// the picture's (Evernote writes each paragraph of a note as a <div>: "<div><img></div><div><span
// style="font-size: 12px; color: …"><i>The three enlargers…</i></span></div>").
func captionAfterPicture(p *html.Node, m *meta) bool {
	words := 0
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", emptyAnchor(c):
		case c.Type == html.ElementNode && (c.DataAtom == atom.Em || c.DataAtom == atom.I || c.DataAtom == atom.Small || c.DataAtom == atom.Span && m.italicClasses != nil && m.italicClass(c)),
			c.DataAtom == atom.Span && (smallStyle(attr(c, "style")) || strings.Contains(attr(c, "style"), "italic")):
			words += nodeWords(c)
		default:
			return false
		}
	}
	if words == 0 || words > maxCaptionWords {
		return false
	}
	// The caption may stand alone in boxes of its own, after the box of
	// the picture (a page builder's text block after its image block).
	for n := p; n.Parent != nil && onlyChild(n.Parent) == n; {
		if n = n.Parent; afterMedia(n) {
			return true
		}
	}
	return afterMedia(p)
}

// photoCredit is a picture's credit closing its caption: "Photo : Rémi
// B.", "Photo: Ann Hale", "Crédit photo : …", "© …", "Photo by Lucas
// Benn." (SharpSpring's caption under a letter's picture), a name of five
// words at most after it.
var photoCredit = regexp.MustCompile(`(?i)(?:\bphotos? ?:|\bphotos? by\s|\bcrédits? photos? ?:|\bphoto credits? ?:|©)\s*(?:\S+\s*){1,5}$`)

// smallCaption reports whether p, a paragraph or a <div>, is a picture's
// caption in the picture's own box: its own style setting small type
// (smallStyle), holding only a line of text (paragraphDiv),
// maxCaptionWords words at most, right after the picture (or a box that
// holds a picture and no text, afterMedia) and nothing else in the box,
// before or after ("<td><img><p style="font-size:13px;color:#888888">
// Thinning the Discovery row, 12 June.</p></td>", the image block of an
// e-mail's layout, as AWeber, GetResponse and Mautic write it; a
// <figure> without its <figcaption>); or, closed by a photographer's
// credit (photoCredit), anywhere after the picture.
func smallCaption(p *html.Node) bool {
	if !smallStyle(attr(p, "style")) || !paragraphDiv(p) || !afterMedia(p) {
		return false
	}
	if words := nodeWords(p); words > 0 && words <= maxCaptionWords && photoCredit.MatchString(textOf(p)) {
		// Closed by the photographer's credit ("… d'octobre 2024.
		// Photo : Rémi B.", listmonk's caption under an image in the
		// story's own flow): a caption wherever it stands.
		return true
	}
	for s := p.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	if firstContent(p.Parent) != prevElement(p) {
		return false
	}
	words := nodeWords(p)
	return words > 0 && words <= maxCaptionWords
}

// captionCell reports whether td is a picture's caption in an e-mail's
// layout: the one cell of its row, its own style setting small type
// (smallStyle), holding only a line of text, maxCaptionWords words at
// most, in the row right after one that holds a picture and no text
// ("<tr><td class="mj-image"><img></td></tr><tr><td style="font-size:
// 12px; color: #8c8c8c">The new games…</td></tr>", a newsletter
// builder's image block and its caption block).
//
// The small type may be set by a <div>, the cell's only child, around the
// line or its one paragraph ('<td class="content-cell"><div style=
// "font-size:12px;color:#888888"><p>Séance d'essai …</p></div></td>',
// SendPulse's).
func captionCell(td *html.Node) bool {
	row := td.Parent
	if row == nil || row.DataAtom != atom.Tr || onlyChild(row) != td {
		return false
	}
	if !smallStyle(attr(td, "style")) || !paragraphDiv(td) {
		d := onlyChild(td)
		if d == nil || d.DataAtom != atom.Div || !smallStyle(attr(d, "style")) {
			return false
		}
		if p := onlyChild(d); p != nil && p.DataAtom == atom.P {
			d = p
		}
		if !paragraphDiv(d) {
			return false
		}
	}
	if words := nodeWords(td); words == 0 || words > maxCaptionWords {
		return false
	}
	return afterMedia(row)
}

// maxAskWords is the length of the longest paragraph askAndLink takes.
const maxAskWords = 50

// maxPublishedWords is the most words a paragraph that only states the
// page's publication has.
const maxPublishedWords = 15

// publishedOpenings are the first letters of the statements publishedDate
// reads; a page's creation is its publication ("Créé samedi 11 octobre
// 2025", the line Zim puts at the top of each new page).
var publishedOpenings = []string{"publi", "mis en ligne", "post", "paru", "first published", "créé", "created"}

// publishedOpening reports whether first, lowercased, opens with one of
// publishedOpenings: an ASCII text is lowered byte by byte as it is
// compared, not copied (FuzzPublishedOpening).
func publishedOpening(first string) bool {
	if isASCII(first) {
		return slices.ContainsFunc(publishedOpenings, func(o string) bool { return hasPrefixFold(first, o) })
	}
	first = strings.ToLower(first)
	return slices.ContainsFunc(publishedOpenings, func(o string) bool { return strings.HasPrefix(first, o) })
}

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// recipeFactsLine reports whether p is a line of a recipe's facts, its
// servings, times and difficulty in segments ("Pour 6 personnes -
// Préparation : 30 min - Cuisson : 3 h - Facile", a Tripod recipe page's
// line in bold under its heading): two segments or more that are a
// time's label, a colon and a number (recipeTimeLabels). Only the first
// text is read unless two are found; the paragraph is that text alone.
func recipeFactsLine(p *html.Node) bool {
	t := firstText(p)
	if len(t) > maxFactsBytes || strings.Count(t, ":") < 2 {
		return false
	}
	times := 0
	for seg := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '-' || r == '|' || r == '·' || r == '–' || r == '—' || r == '•' }) {
		label, val, ok := strings.Cut(seg, ":")
		if val = strings.TrimSpace(val); ok && val != "" && isDigit(val[0]) && recipeTimeLabels[strings.ToLower(strings.TrimSpace(label))] {
			times++
		}
	}
	return times >= 2 && collapsedText(p) == strings.Join(strings.Fields(t), " ")
}

// recipeNote reports whether class names a recipe's notes, the cook's
// own words after the method ('<aside class="recipe__note"><h3>Cook’s
// note</h3><p>Kent or Jap pumpkin work just as well as butternut; …',
// a Gourmet Traveller-like recipe's), which the house's references keep
// as a recipe card's "Notes": the recipe's text, though an <aside> holds
// it.
func recipeNote(class string) bool {
	return strings.Contains(class, "recipe") && strings.Contains(class, "note")
}

// recipeFactsList reports whether ul is a list of a recipe's facts, each
// item a label in a <span> alone and a number after it, two of the
// labels or more a time's (recipeTimeLabels) and the others its
// servings' ('<ul class="recipe__info"><li><span>Serves</span> 4</li><li><span>Prep</span>
// 15 mins</li><li><span>Cook</span> 45 mins</li></ul>', a Gourmet
// Traveller-like recipe's line under its standfirst), as
// recipeFactsLine's line in one paragraph: the card's facts, not the
// recipe.
func recipeFactsList(ul *html.Node) bool {
	times := 0
	for li := ul.FirstChild; li != nil; li = li.NextSibling {
		if li.Type == html.TextNode && strings.TrimSpace(li.Data) == "" {
			continue
		}
		span := li.FirstChild
		if li.DataAtom != atom.Li || span == nil || span.DataAtom != atom.Span || span.FirstChild == nil || span.FirstChild != span.LastChild || span.FirstChild.Type != html.TextNode {
			return false
		}
		val := span.NextSibling
		if val == nil || val.Type != html.TextNode || val.NextSibling != nil {
			return false
		}
		if v := strings.TrimSpace(val.Data); v == "" || !isDigit(v[0]) {
			return false
		}
		label := strings.ToLower(strings.TrimSpace(span.FirstChild.Data))
		switch {
		case recipeTimeLabels[label]:
			times++
		case !servingsLabels[label]:
			return false
		}
	}
	return times >= 2
}

// maxFactsBytes is the length of the longest recipeFactsLine.
const maxFactsBytes = 200

// recipeTimeLabels are the labels of a recipe's times.
var recipeTimeLabels = map[string]bool{"préparation": true, "preparation": true, "temps de préparation": true, "cuisson": true, "temps de cuisson": true,
	"repos": true, "temps de repos": true, "prep": true, "prep time": true, "cook": true, "cook time": true, "cooking": true, "cooking time": true,
	"total": true, "total time": true, "temps total": true}

// servingsLabels are the labels of a recipe's servings in a list of its
// facts (recipeFactsList).
var servingsLabels = wordSet("serves servings makes yield portions pour")

// publishedNouns name, before the verb, what a publishedLine states the
// publication of ("Recette publiée le …").
var publishedNouns = []string{"recette", "recipe", "article", "billet", "message", "post", "story", "page", "entry", "actualité", "news"}

// publishedNoun reports whether w is one of publishedNouns, in any case,
// without lowering a copy.
func publishedNoun(w string) bool {
	return slices.ContainsFunc(publishedNouns, func(n string) bool { return strings.EqualFold(w, n) })
}

// publishedLine reports whether p is a paragraph that only states the
// page's publication and its date ("Published by the Gazette on Sep. 2,
// 2025.", "Publié par la rédaction le 3 juin 2025"): a dateline the site
// sets under the text, of maxPublishedWords words at most.
func publishedLine(p *html.Node) bool {
	// The statement opens the paragraph: its first word is looked at
	// before the whole text is read.
	first := strings.TrimSpace(firstText(p))
	// The thing published may be named before the verb ("Recette
	// publiée le 7 novembre 2004", a Tripod page's line under its
	// recipe's heading; "Article publié le …"): the statement is read
	// from the verb.
	noun, rest, _ := strings.Cut(first, " ")
	if len(noun) < 4 || len(noun) > len("actualité") || rest == "" || !publishedOpening(rest[:min(len(rest), 16)]) || !publishedNoun(noun) {
		noun = ""
	} else {
		first = rest
	}
	// Lowercased as far as its sixteenth rune, which is past the longest
	// opening: the first text is often the whole paragraph.
	n := 0
	for i := range first {
		if n++; n > 16 {
			first = first[:i]
			break
		}
	}
	if !publishedOpening(first) {
		return false
	}
	text := collapsedText(p)
	if noun != "" {
		text = strings.TrimLeft(text[len(noun):], " ")
	}
	if text == "" || !strings.ContainsAny(text, "0123456789") || fieldCount(text) > maxPublishedWords {
		return false
	}
	if verb, rest, _ := strings.Cut(text, " "); rest != "" && isDigit(rest[0]) {
		// The hour before the day ("Published 5:00 a.m. ET Jan. 29,
		// 2025", "Publié 17h30 le 3 juin 2025"): the statement is read
		// without it.
		if loc := hourFirst.FindStringIndex(rest); loc != nil {
			text = verb + " " + rest[loc[1]:]
		}
	}
	loc := publishedDate.FindStringIndex(text)
	return loc != nil && loc[0] == 0 && strings.TrimFunc(text[loc[1]:], notWordRune) == ""
}

// emptyControls reports whether n holds only links, buttons and spans,
// with no text and no picture but an inline SVG icon: a block's controls,
// drawn by its style.
func emptyControls(n *html.Node) bool {
	for d := range n.Descendants() {
		switch d.Type {
		case html.TextNode:
			if strings.TrimSpace(d.Data) != "" {
				return false
			}
		case html.ElementNode:
			if d.DataAtom != atom.A && d.DataAtom != atom.Span && d.DataAtom != atom.Button && d.Namespace != "svg" {
				return false
			}
		}
	}
	return true
}

// hourFirst is an hour at the start of a line, a.m. or p.m. and a zone's
// capitals after it or not ("5:00 a.m. ET ", "17h30 ", "10:30 AM EDT ").
var hourFirst = regexp.MustCompile(`^\d{1,2}[:h]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?))?(?:\s+\p{Lu}{2,5})?\s+`)

// wordCount and commentCount are a post's count of its words and of its
// comments, as a theme states them under the text.
var (
	wordCount    = regexp.MustCompile(`(?i)\b\d[\d,. \x{a0}\x{202f}]*\s+(?:words|mots)\b`)
	commentCount = regexp.MustCompile(`(?i)\b\d+\s+(?:comments?|commentaires?|responses?|réponses?|réactions?)\b`)
)

// countLine reports whether p is a short paragraph (maxLineBytes at most)
// that counts the post's words and its comments ("This article is my
// 23rd oldest. It is 473 words long, and it's got 2 comments for now.",
// Anchor's footnote): the theme's statistics of the post, not its text.
func countLine(p *html.Node) bool {
	text, ok := shortText(p)
	// The patterns, which backtrack, run only on the texts that hold
	// the first's noun (FuzzCountNoun).
	return ok && strings.ContainsAny(text, "0123456789") && (containsFold(text, "word") || containsFold(text, "mot")) &&
		wordCount.MatchString(text) && commentCount.MatchString(text)
}

// askAndLink reports whether p, a paragraph, is a call to action: it
// opens with a question in bold ("Vous avez un meuble à restaurer ?",
// "Need a hand with yours?") and ends with a link of three words at most
// ("Contactez-moi", "Book a visit"), in maxAskWords words at most. A
// craftsman's or a shop's offer set between the story's paragraphs; the
// story's own questions in bold are answered, not linked away. So is a
// lead-in in bold that ends with a colon ("Come and see for yourself:
// our next public observing evening is on Saturday 15 March… <a>Details
// and directions</a>.", a call Hugo's Stack theme shows in the text),
// its link followed by a full stop or not.
func askAndLink(p *html.Node) bool {
	first := firstContent(p)
	if first == nil || first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return false
	}
	if lead := strings.TrimSpace(textOf(first)); !strings.HasSuffix(lead, "?") && !strings.HasSuffix(lead, ":") {
		return false
	}
	last := p.LastChild
	for last != nil && last.Type == html.TextNode && strings.Trim(last.Data, " \t\n.") == "" {
		last = last.PrevSibling
	}
	if last == nil || last == first || last.DataAtom != atom.A {
		return false
	}
	if n := nodeWords(last); n == 0 || n > 3 {
		return false
	}
	return nodeWords(p) <= maxAskWords
}

// maxAskWordsAlone is the length of the longest paragraph askReader
// takes.
const maxAskWordsAlone = 30

// askReader reports whether p, a paragraph, is a call to the reader set
// among the story's paragraphs without a link: it opens with a question
// in bold that addresses the reader (addressWords), of maxLeadInWords
// words at most, and says in one sentence what to do, maxAskWordsAlone
// words in all ("<p><strong>Vous n'avez pas pu participer ?</strong> Les
// précommandes … sont ouvertes sur notre page.</p>", a crowdfunding
// project's news), and neither paragraph beside it opens with a question
// in bold: questions in a row are a FAQ's or the story's own, answered.
// A project's or a club's pitch ("Missed the campaign?", "Can you
// help?") is written so, in a box or not.
func askReader(p *html.Node) bool {
	// The counts first, which build no text: most paragraphs are longer.
	if first := firstContent(p); first == nil || first.DataAtom != atom.Strong && first.DataAtom != atom.B || nodeWords(p) > maxAskWordsAlone || nodeWords(first) > maxLeadInWords {
		return false
	}
	lead := boldQuestion(p)
	if lead == "" || !slices.ContainsFunc(lowerWords(lead), func(w string) bool { return addressWords[w] }) {
		return false
	}
	text := collapsedText(p)
	if rest := strings.TrimSpace(strings.TrimPrefix(text, lead)); rest == "" || countSentences(rest) > 1 {
		return false
	}
	for _, s := range []*html.Node{prevElement(p), nextElement(p)} {
		if s != nil && s.DataAtom == atom.P && boldQuestion(s) != "" {
			return false
		}
	}
	return true
}

// boldQuestion returns the question in bold that opens paragraph p, its
// whitespace made single spaces, or "".
func boldQuestion(p *html.Node) string {
	first := firstContent(p)
	if first == nil || first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return ""
	}
	lead := collapsedText(first)
	if !strings.HasSuffix(lead, "?") {
		return ""
	}
	return lead
}

// replyPrompt opens a thread's notice that only members may answer:
// "You must be a member of this group to reply.", "You need to be logged
// in to post a reply", "Vous devez être connecté pour répondre à ce
// sujet."
var replyPrompt = regexp.MustCompile(`^\s*(?i:you must|you need to|vous devez|il faut)\s+(?i:be|log|sign|être|vous)\b[^.!?]{0,40}?(?i:to (?:reply|post|comment|answer)|pour (?:répondre|commenter|participer|réagir))\b`)

// replyPrompted reports whether replyPrompt matches text, running the
// pattern only on a text whose first byte after its ASCII spaces is "y",
// "v" or "i" in either case, as in every match: prune asks it of the
// first text of every paragraph (FuzzReplyPrompted).
func replyPrompted(text string) bool {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\f' || text[i] == '\r') {
		i++
	}
	return i < len(text) && (text[i]|0x20 == 'y' || text[i]|0x20 == 'v' || text[i]|0x20 == 'i') && replyPrompt.MatchString(text)
}

// selfIntro is a line in which an author introduces themselves by name:
// "I'm Ottilie, a book conservator…", "Hi, I am Sam.", "Je suis Claire,
// maraîchère…", "Moi, c'est Paul".
var selfIntro = regexp.MustCompile(`^\s*(?:(?:Hi|Hello|Bonjour|Salut)[,!]?\s+)?(?:I'm|I’m|I am|Je suis|Moi, c'est|Moi, c’est)\s+\p{Lu}\p{L}+[,.]`)

// firstText returns the first text of n that is not only space.
func firstText(n *html.Node) string {
	for d := range n.Descendants() {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return d.Data
		}
	}
	return ""
}

// builderName returns the name a page builder gives an element in a data
// attribute of its own, beside hashed classes that say nothing
// (data-framer-name="Author card", data-name, data-block-name; the kind
// of block an e-mail builder writes, data-block-type="callout" on
// Ontraport's '<table class="ontramail-block">'), in lower case: it names
// the element as a class does.
func builderName(n *html.Node) string {
	for _, a := range n.Attr {
		switch a.Key {
		case "data-framer-name", "data-name", "data-block-name", "data-block-type":
			return strings.ToLower(a.Val)
		}
	}
	return ""
}

// onlyElements reports whether n and its next siblings are elements, or
// texts of spaces only.
func onlyElements(n *html.Node) bool {
	for ; n != nil; n = n.NextSibling {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			return false
		}
	}
	return true
}

// pictureTable reports whether t is a table that shows a picture and no
// text but its <caption> (ikiwiki's img directive with a caption, old
// editors' captioned picture): a figure, its caption the picture's.
func pictureTable(t *html.Node) bool {
	if t == nil || t.DataAtom != atom.Table || !holdsMedia(t) {
		return false
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Caption && strings.TrimSpace(textOf(c)) != "" {
			return false
		}
	}
	return true
}

// dateRowHeading reports whether table header cell n is the sole cell of
// its row, the row right after it a cell alone holding a date line alone
// (dateLine): an item's heading over its date, as course platforms
// (Dokeos) and other tables of announcements set them.
func dateRowHeading(n *html.Node) bool {
	row := n.Parent
	if row == nil || row.DataAtom != atom.Tr || soleElement(row, false) != n {
		return false
	}
	next := nextElement(row)
	if next == nil || next.DataAtom != atom.Tr {
		return false
	}
	cell := soleElement(next, false)
	return cell != nil && cell.DataAtom == atom.Td && dateLine(collapsedText(cell))
}

// seasonTail reports whether rest, what a <title> holds after the part
// Readability kept, is a separator, a season (seasons) and a year alone
// (" | Spring 2025").
func seasonTail(rest string) bool {
	for _, sep := range titleSeparators {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			season, year, ok := strings.Cut(after, " ")
			return ok && len(year) == 4 && yearDigits(year) && seasons[strings.ToLower(season)]
		}
	}
	return false
}

// monthTail reports whether a title ends with an issue's month (or
// season: seasons) and year after a separator, four words at most
// ("Quarry Line News - June 2025"), or with the month and a letter's name
// (letterWords) alone ("… - April newsletter").
func monthTail(t string) bool {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		f := strings.Fields(t[i+len(sep):])
		if n := len(f); n >= 2 && n <= 4 && len(f[n-1]) == 4 && yearDigits(f[n-1]) {
			w := strings.ToLower(f[n-2])
			_, ok := months[w]
			return ok || seasons[w]
		}
		if len(f) == 2 && (letterWords[strings.ToLower(f[1])] || f[1] == "News") {
			// Or the month and the letter's name without the year
			// ("Kestle Park Gardens - April newsletter", ExactTarget's
			// web view; "Hollowbrook Garden Center - May News",
			// Maropost's).
			w := strings.ToLower(f[0])
			_, ok := months[w]
			return ok || seasons[w]
		}
		return false
	}
	if sp := strings.IndexByte(t, ' '); sp > 0 && strings.IndexByte(t[sp+1:], ' ') < 0 && letterWords[strings.ToLower(t[sp+1:])] {
		// Or the month or season and the letter's name alone, no name
		// before ("Spring newsletter", a Stripo letter's <title>).
		w := strings.ToLower(t[:sp])
		_, ok := months[w]
		return ok || seasons[w]
	}
	return false
}

// seasons name an issue's season as monthTail reads it ("La Glaneuse -
// Lettre de printemps 2025", a Mailpro letter's <title>).
var seasons = map[string]bool{"printemps": true, "été": true, "automne": true, "hiver": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// monthIssue reports whether a title is a name, a separator and an
// issue's label of three words or more that ends with its month (or season:
// seasons) and year
// ("Northquay Freight | Customer update October 2025", an Eloqua
// e-mail's web version; "Le club - Lettre de mars 2025"), or of a
// month's name and "news" or "newsletter" ("March news"), and does not
// hold h, the page's one <h1> of three words or more: a letter's issue,
// titled by its headline when no og:title names it.
func monthIssue(t, h string) bool {
	if fieldCount(h) < 3 || strings.Contains(strings.ToLower(t), strings.ToLower(h)) {
		return false
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		f := strings.Fields(t[i+len(sep):])
		if n := len(f); n >= 3 && len(f[n-1]) == 4 && yearDigits(f[n-1]) {
			w := strings.ToLower(f[n-2])
			_, ok := months[w]
			return ok || seasons[w]
		}
		if len(f) == 2 && (f[1] == "news" || f[1] == "newsletter") {
			// A month's name and "news" without its year
			// ("Cobblebury Garden Centre – March news", StreamSend's
			// web version): the month's issue all the same.
			_, ok := months[strings.ToLower(f[0])]
			return ok
		}
		return false
	}
	return false
}

// ogHeadline reports whether the headline t is the page's one <h1> and
// its og:title both: a subheading whose words are the address's last
// part (slugHeading: "<h3>What you told us</h3>" at
// ".../news_feed/what-you-told-us", EngagementHQ's news item under its
// <h1> "Riverside Park play area: what you told us and what happens
// next") is a section of that story, not its headline.
func ogHeadline(t string, m meta) bool {
	return t != "" && len(m.h1) == 1 && t == m.h1[0] && oneLine(m.ogTitle) == t
}

// chapterTitle returns the story's name of a fiction archive's chapter
// title t: the words before " Chapter ", a number and a colon, when t
// ends with ", a " and a genre's "fiction" or "fanfic" after them.
func chapterTitle(t string) (string, bool) {
	if !strings.HasSuffix(t, " fiction") && !strings.HasSuffix(t, " fanfic") {
		return "", false
	}
	story, rest, ok := strings.Cut(t, " Chapter ")
	if !ok || story == "" || rest == "" || rest[0] < '0' || rest[0] > '9' || !strings.Contains(rest, ": ") || !strings.Contains(rest, ", a ") {
		return "", false
	}
	return story, true
}

// forumTail reports whether a <title> ends with a separator and "Forum"
// or "Forums" alone: a site's forum's name, the same on every topic.
func forumTail(title string) bool {
	last, ok := lastTitlePart(title)
	last = strings.TrimSpace(last)
	return ok && (last == "Forum" || last == "Forums")
}

// threadLabelled reports whether heading h is one word, a colon and the
// whole <title> after it, of two words or more: a forum's label of the
// thread ("Discussion: ", "Thread: ") before its subject.
func threadLabelled(h, title string) bool {
	label, rest, ok := strings.Cut(h, ": ")
	return ok && rest == title && label != "" && !strings.ContainsAny(label, " \t") && fieldCount(rest) >= 2
}

// authorAfter reports whether t is heading h, ", by " and a name of two
// to four words, each opening with a capital: the writer set after the
// headline.
func authorAfter(t, h string) bool {
	name, ok := strings.CutPrefix(t, h+", by ")
	if !ok || h == "" {
		return false
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// titleEndsWith reports whether a <title> ends with the headline h after
// one of titleSeparators or a colon, something before it.
func titleEndsWith(title, h string) bool {
	if len(title) > len(": ")+len(h) && hasSuffix2(title, ": ", h) {
		return true
	}
	return slices.ContainsFunc(titleSeparators, func(sep string) bool {
		return len(title) > len(sep)+len(h) && hasSuffix2(title, sep, h)
	})
}

// dropHeadingNumber takes away the section's number a tool sets in a
// <span> of its own at the start of subheading h, before the heading's
// words (Scenari Opale's '<h2 class="hBk_ti part_ti"><span
// class="hBk_ti_num">1. </span>Qu'est-ce qu'un bassin versant ?</h2>'):
// the number is the outline's, generated, not the heading's text.
func dropHeadingNumber(h *html.Node) {
	span := h.FirstChild
	if span == nil || span.DataAtom != atom.Span || span.NextSibling == nil || span.NextSibling.Type != html.TextNode || strings.TrimSpace(span.NextSibling.Data) == "" {
		return
	}
	num := strings.TrimSpace(textOf(span))
	if num == "" || !strings.HasSuffix(num, ".") && !strings.HasSuffix(num, ")") {
		return
	}
	for _, part := range strings.Split(num[:len(num)-1], ".") {
		if part == "" || len(part) > 2 || strings.Trim(part, "0123456789") != "" {
			return
		}
	}
	h.RemoveChild(span)
}

// titleSeparatorAt reports whether s opens with one of titleSeparators
// and holds more after it.
func titleSeparatorAt(s string) bool {
	return slices.ContainsFunc(titleSeparators, func(sep string) bool { return len(s) > len(sep) && strings.HasPrefix(s, sep) })
}

// loadingBox reports whether n, a <div> whose class says "loading", holds
// a placeholder's line alone: four words at most, ending with an
// ellipsis ("Loading player…", "Chargement…").
func loadingBox(n *html.Node) bool {
	if !strings.Contains(attr(n, "class"), "loading") {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	return fieldCount(t) <= 4 && (strings.HasSuffix(t, "…") || strings.HasSuffix(t, "..."))
}

// gutterCell reports whether table cell td is a code listing's column of
// line numbers: its class "gutter", or "linenos" as Pygments names it, or
// "numbers" as GeSHi's table mode does ('<table class="tablecode"><tr><td
// class="numbers"><pre>1<br />2<br />3</pre></td><td class="code"><pre>…',
// a Site du Zéro-like tutorial's listing), and its text digits alone.
func gutterCell(td *html.Node) bool {
	class := attr(td, "class")
	if class != "gutter" && class != "linenos" && class != "numbers" {
		return false
	}
	for d := range td.Descendants() {
		if d.Type == html.TextNode && strings.ContainsFunc(d.Data, func(r rune) bool { return !unicode.IsDigit(r) && !unicode.IsSpace(r) }) {
			return false
		}
	}
	return true
}

// headingCell makes a heading of the text of table cell td whose class is
// a heading's level alone ("h2"), as an e-mail's builder names the cell
// of a subheading it sets in bold type ('<td class="h2" style="…font-
// size:21px;…font-weight:bold;">New this year: the evening dining
// train</td>', Selligent's): the cell's children move into an element of
// that level, which the text's headings are.
func headingCell(td *html.Node) {
	class := attr(td, "class")
	if len(class) != 2 || class[0] != 'h' || class[1] < '1' || class[1] > '6' || td.FirstChild == nil {
		return
	}
	a := atom.Lookup([]byte(class))
	h := &html.Node{Type: html.ElementNode, Data: class, DataAtom: a}
	for c := td.FirstChild; c != nil; c = td.FirstChild {
		td.RemoveChild(c)
		h.AppendChild(c)
	}
	td.AppendChild(h)
}

// boldHeadingCell makes an <h2> of the text of table cell td, text alone
// in it, twelve words at most and no stop, whose style sets it in bold,
// when its class names a heading's block ("heading-block", "text-heading":
// '<td class="heading-block" style="…font-size:20px;font-weight:bold;…">The
// three things we keep seeing</td>', Keap's e-mail builder) or its style
// sets it at a subheading's size (subheadSize: Cheetahmail's '<td
// class="mobile-padding" style="…font-size:20px;…font-weight:bold;…">Ce
// qui change sur vos lignes</td>'), as headingCell does for a cell
// classed "h2".
func boldHeadingCell(td *html.Node) {
	if td.FirstChild == nil || td.FirstChild != td.LastChild || td.FirstChild.Type != html.TextNode {
		return
	}
	style := attr(td, "style")
	if !strings.Contains(style, "bold") {
		return
	}
	if !headingClass(attr(td, "class")) && !subheadSize(style) || fieldCount(td.FirstChild.Data) > 12 || endsSentence(td.FirstChild.Data) {
		return
	}
	h := &html.Node{Type: html.ElementNode, Data: "h2", DataAtom: atom.H2}
	c := td.FirstChild
	td.RemoveChild(c)
	h.AppendChild(c)
	td.AppendChild(h)
}

// headingClass reports whether a class holds the word "heading", between
// spaces, hyphens or underscores ("heading-block").
func headingClass(class string) bool {
	if !strings.Contains(class, "heading") {
		return false
	}
	for _, w := range strings.FieldsFunc(class, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if w == "heading" {
			return true
		}
	}
	return false
}

// subheadSize reports whether an inline style sets a subheading's size,
// 18 to 23 pixels (a letter's text is set at 14 to 16, its headline at
// 24 or more: largeType).
func subheadSize(style string) bool {
	n, unit := fontSize(style)
	return unit == "px" && n >= 18 && n < 24
}

// recipeTitle reports whether div n names a part of a recipe card
// (recipeParts: "Ingrédients", "Instructions"), its text alone, its
// class a title's, over the part's list, the next element: WP Ultimate
// Recipe's '<div class="wpurp-title">Instructions</div><ol
// class="wpurp-recipe-instructions">', a heading written as a box.
func recipeTitle(n *html.Node) bool {
	if n.FirstChild == nil || n.FirstChild != n.LastChild || n.FirstChild.Type != html.TextNode || len(n.FirstChild.Data) > len("Instructions ") {
		return false
	}
	if !recipeParts[strings.ToLower(strings.TrimSpace(n.FirstChild.Data))] || !strings.Contains(attr(n, "class"), "title") {
		return false
	}
	list := nextElement(n)
	return list != nil && (list.DataAtom == atom.Ul || list.DataAtom == atom.Ol)
}

// archiveLabels label a chat or list archive's heading that names the
// stream, channel or topic a page shows; topicLabels those that name the
// topic.
var (
	archiveLabels = wordSet("stream channel topic thread canal sujet fil")
	topicLabels   = wordSet("topic thread sujet fil")
)

// archiveHeading returns the label, lowercased, and the name of a heading
// that is one of archiveLabels, a colon and a link alone ("Stream: <a
// …>releases</a>", "Topic: <a …>0.9 freeze and call for testers</a>",
// zulip-archive's), and whether it is one.
func archiveHeading(h *html.Node) (string, string, bool) {
	first := h.FirstChild
	if first == nil || first.Type != html.TextNode || len(first.Data) > len("Channel : ") {
		return "", "", false
	}
	label, ok := colonLabel(first.Data)
	label = strings.ToLower(label)
	if !ok || !archiveLabels[label] {
		return "", "", false
	}
	a := first.NextSibling
	if a == nil || a.DataAtom != atom.A || a.NextSibling != nil && (a.NextSibling.Type != html.TextNode || strings.TrimSpace(a.NextSibling.Data) != "" || a.NextSibling.NextSibling != nil) {
		return "", "", false
	}
	name := collapsedText(a)
	return label, name, name != ""
}

// chatHead returns the day of a chat archive's message head: a heading
// of the author's name, one to five words, then the time in parentheses
// and a colon ("<h4><a class="zl"><img …></a> Ilse Marwood <a …>(Mar 04
// 2025 at 09:12)</a>:</h4>", zulip-archive's), and whether it is one.
func chatHead(h *html.Node) (string, bool) {
	last := h.LastChild
	if last == nil || last.Type != html.TextNode || !strings.HasSuffix(strings.TrimSpace(last.Data), ":") {
		return "", false
	}
	text := collapsedText(h)
	body, ok := strings.CutSuffix(text, "):")
	if !ok {
		return "", false
	}
	i := strings.LastIndex(body, " (")
	if i <= 0 {
		return "", false
	}
	if n := fieldCount(body[:i]); n < 1 || n > 5 {
		return "", false
	}
	day := body[i+2:]
	if _, ok := bareDate(day, true); !ok {
		return "", false
	}
	return day, true
}

// linkCard reports whether div n is a link's preview card set in a post:
// it opens with a link without text (the page's picture, often as a
// background), and another link to the same address gives the page's
// title, a line of description beside it or not, forty words at most in
// all (Zulip's '<div class="message_embed"><a class="message_embed_image"
// href="…"></a><div class="data-container"><div class="message_embed_title"><a
// href="…">A first look at the 0.9 tile cache</a></div><div
// class="message_embed_description">How the new cache …</div></div></div>').
func linkCard(n *html.Node) bool {
	first := firstContent(n)
	if first == nil || first.DataAtom != atom.A || strings.TrimSpace(textOf(first)) != "" {
		return false
	}
	href := attr(first, "href")
	if href == "" || nodeWords(n) > 40 {
		return false
	}
	for d := range n.Descendants() {
		if d != first && d.DataAtom == atom.A && attr(d, "href") == href && strings.TrimSpace(textOf(d)) != "" {
			return true
		}
	}
	return false
}

// dropStepLabel takes away a step's number that a recipe site sets in an
// element of its own at the start of a list's item, before the step's
// text ('<li><span class="recipe-steps__number">Étape 1</span><p>Préparez
// la pâte …</p></li>', Cuisine Actuelle's): "Étape" or "Step" and one or
// two digits, nothing else, the list's order written out, not the
// step's text. A step's title after its number ("Step 1: Prepare the
// tin") is more than a label and stays.
//
// A step's box that is no list item, a <div> whose first content is such
// a label in a <span> ('<div class="recipe__step"><span
// class="recipe__step-number">Étape 1</span><p>Épluchez l’oignon
// …</p></div>', a Cookidoo-like recipe's), and a subheading that opens
// with one in a <span> before the step's name ('<h2><span
// class="_0stp">Étape 1</span> <span>Préparer le support</span></h2>', a
// DIY shop's guide), lose it the same way; so does a step's box whose
// label is a <div> of its own ('<div class="etape"><div
// class="etape__num">Étape 1</div><p>Préchauffez le four …</p></div>', a
// Fourchette & Bikini-like recipe's), or an <h3> ('<div class="step"><h3
// class="step-title">Step 1</h3><p>Tape off the tub edge …</p></div>', an
// eHow-like guide's steps): a number no reference keeps, whose headings,
// alike from step to step, had the steps between the first and the last
// scored as a list of teasers.
func dropStepLabel(li *html.Node) {
	label := firstContent(li)
	if label == nil || label.FirstChild == nil || label.FirstChild != label.LastChild || label.FirstChild.Type != html.TextNode {
		return
	}
	if li.DataAtom != atom.Li && label.DataAtom != atom.Span && (label.DataAtom != atom.Div && label.DataAtom != atom.H3 || li.DataAtom != atom.Div) {
		return
	}
	t := strings.TrimSpace(label.FirstChild.Data)
	if len(t) > len("Étape 99.") {
		return
	}
	word, num, ok := strings.Cut(t, " ")
	num = strings.TrimSuffix(strings.TrimSpace(num), ".")
	if !ok || len(num) == 0 || len(num) > 2 || !isDigits(num) || !strings.EqualFold(word, "étape") && !strings.EqualFold(word, "step") {
		return
	}
	for s := label.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && nodeWords(s) > 0 || s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			li.RemoveChild(label)
			return
		}
	}
}

// jumpLink matches the text of a recipe plugin's link to its card at the
// top of the post ("Jump to Recipe", "Aller à la recette").
var jumpLink = regexp.MustCompile(`(?i)^(?:jump|skip|go) to (?:the )?recipe$|^(?:aller|passer|sauter) (?:directement )?à la recette$`)

// jumpTargets takes the id off the element a jump link of the page points
// at ("<a href="#dr-recipe-meta-main-2841">Aller à la recette</a>", WP
// Delicious Recipes): the link names the element the recipe card, the
// article's, whatever its id reads ("meta", which Readability weighs as
// furniture and drops the card for).
func jumpTargets(doc *html.Node) {
	var ids []string
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if h := attr(n, "href"); len(h) > 1 && h[0] == '#' && jumpLink.MatchString(strings.TrimSpace(textOf(n))) {
				ids = append(ids, h[1:])
			}
		}
	}
	if len(ids) == 0 {
		return
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && slices.Contains(ids, attr(n, "id")) {
			n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "id" })
		}
	}
}

// numberedSection matches a section's number written before its name and
// a no-break space ("4&nbsp;Upgrading from Rookery 1.x", "2.3\u00a0…"), as
// a documentation generator numbers its sections in their <title>
// (Racket's Scribble): the number is the manual's order, not the
// headline's.
var numberedSection = regexp.MustCompile(`^\s*\d{1,3}(?:\.\d{1,3})*\.?\x{00A0}+(\S.*)$`)

// sectionNumber returns t without a section's number before it
// (numberedSection), when two words or more are left.
func sectionNumber(t string) string {
	if m := numberedSection.FindStringSubmatch(t); m != nil && fieldCount(m[1]) >= 2 {
		return m[1]
	}
	return t
}

// unitKinds are the kinds of unit a Go package index names after the
// unit in its <title>.
var unitKinds = [...]string{" package", " command", " module"}

// fileTitle reports whether title is RDoc's for a file's page: "File: ",
// the file's name as the page's first <h1> shows it, and the
// documentation's name in brackets.
func fileTitle(title, h1 string) bool {
	rest, ok := strings.CutPrefix(title, "File: ")
	if !ok || h1 == "" {
		return false
	}
	rest, ok = strings.CutPrefix(rest, h1)
	return ok && strings.HasPrefix(rest, " [") && strings.HasSuffix(rest, "]")
}

// modulePageTitle reports whether title is a dotted module path and h1,
// the page's one <h1>, names its last part after its kind ("Module
// upgrading" under "tidewheel.upgrading", Epydoc's module page): the
// heading is the page's title.
func modulePageTitle(title, h1 string) bool {
	i := strings.LastIndexByte(title, '.')
	if i <= 0 || i == len(title)-1 || strings.ContainsRune(title, ' ') {
		return false
	}
	kind, name, ok := strings.Cut(h1, " ")
	return ok && name == title[i+1:] && (kind == "Module" || kind == "Package" || kind == "Class")
}

// storyPathTitle reports whether title is a story's path in a
// component explorer's sidebar, its groups and its name between " / ",
// then " - Docs" and the explorer's name after a dot operator ("Release
// notes / Version 4.0 - Docs ⋅ Storybook", Storybook's docs page): the
// page's last <h1> is its title.
func storyPathTitle(title string) bool {
	head, _, ok := strings.Cut(title, " - Docs ⋅ ")
	return ok && strings.Contains(head, " / ")
}

// dishTitle reports whether title is h1, the page's one <h1> of three
// words or more, and the word "Recipe" after it ("Parsnip Soup With
// Brown Butter and Hazelnuts Recipe", a Serious Eats-like <title> over
// its <h1>): the dish's name is the title, as the <h1> gives it.
func dishTitle(title, h1 string) bool {
	rest, ok := strings.CutPrefix(title, h1)
	return ok && rest == " Recipe" && fieldCount(h1) >= 3
}

// detailsTitle reports whether title is a site's name and a page's kind
// ending with "Details" or "Detail" after " / ", " - " or " | ", that
// does not hold h1, the page's one <h1> ("Harrowgate Elementary / News
// Details", SharpSchool's <title> over its news item's <h1>): the
// item's title is the <h1>.
func detailsTitle(title, h1 string) bool {
	if h1 == "" || !strings.HasSuffix(title, " Details") && !strings.HasSuffix(title, " Detail") || strings.Contains(title, h1) {
		return false
	}
	for _, sep := range []string{" / ", " - ", " | "} {
		if i := strings.LastIndex(title, sep); i > 0 && fieldCount(title[i+len(sep):]) <= 3 {
			return true
		}
	}
	return false
}

// namedFileTitle reports whether title is a documentation generator's
// name for a file it renders, "File: " and the file's name in one word,
// then after " — ", " - " or " | " the set of pages ("File: UPGRADING —
// Documentation by YARD 0.9.37"), not holding h1, the file's one heading,
// two words or more: the page's title is the heading (RDoc's "File: NAME
// [Documentation]" over two <h1> is fileTitle's).
func namedFileTitle(title, h1 string) bool {
	rest, ok := strings.CutPrefix(title, "File: ")
	if !ok || fieldCount(h1) < 2 || strings.Contains(title, h1) {
		return false
	}
	for _, sep := range []string{" — ", " - ", " | "} {
		if i := strings.Index(rest, sep); i > 0 && fieldCount(rest[:i]) == 1 {
			return true
		}
	}
	return false
}

// wordsOpen reports whether the words of short, letters and digits in a
// row, are the first of long's, case aside, and long has more: long
// goes on from short whatever stops and spaces run between them.
func wordsOpen(long, short string) bool {
	for {
		short = strings.TrimLeftFunc(short, notWordRune)
		long = strings.TrimLeftFunc(long, notWordRune)
		if short == "" {
			return long != ""
		}
		i := strings.IndexFunc(short, notWordRune)
		if i < 0 {
			i = len(short)
		}
		if len(long) < i || !strings.EqualFold(long[:i], short[:i]) || i < len(long) && wordRune(runeAt(long, i)) {
			return false
		}
		short, long = short[i:], long[i:]
	}
}

// runeAt returns the rune s holds at byte i.
func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// colonMore reports whether rest, what a headline says after a shorter
// title, opens with a colon (" : ", ": ") and three words or more, or a
// year alone: a statistical release's period after its subject ("Ferry
// passenger travel, Northmarch: 2024", the ONS' <h1> under a <title> that
// leaves the period out), as much the headline as a subtitle is.
func colonMore(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " : ")
	if !ok {
		rest, ok = strings.CutPrefix(rest, ": ")
	}
	return ok && (fieldCount(rest) >= 3 || len(rest) == 4 && isDigits(rest))
}

// newsTails are the names of a site's news section that end a <title>
// after a separator.
var newsTails = []string{"Actualités", "Actualites", "Nouvelles", "Les nouvelles", "News", "Actus"}

// newsTail reports whether title ends with a separator and the name of
// a site's news section (newsTails): a list's or an item's <title>
// alike, not the item's headline.
func newsTail(title string) bool {
	for _, w := range newsTails {
		if rest, ok := strings.CutSuffix(title, w); ok && slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.HasSuffix(rest, sep) }) {
			return true
		}
	}
	return false
}

// newsSection reports whether title opens with t, then a separator and
// the name of a site's news section (newsTails), at its end or before
// another separator.
func newsSection(title, t string) bool {
	rest, ok := strings.CutPrefix(title, t)
	if !ok || rest == "" {
		return false
	}
	for _, sep := range titleSeparators {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			for _, w := range newsTails {
				if tail, ok := strings.CutPrefix(after, w); ok && (tail == "" || slices.ContainsFunc(titleSeparators, func(s string) bool { return strings.HasPrefix(tail, s) })) {
					return true
				}
			}
		}
	}
	return false
}

// boldLeadDiv returns the text of <div> n when its one element is a <b>
// or <strong> of text alone, three to twenty words, and the next element
// after n is a <div> of forty words or more: a news item's headline over
// its text, as CuteNews' default template writes it; "" otherwise. Only
// the <div>'s children are read, and the next <div>'s words only once
// its bold line is found.
func boldLeadDiv(n *html.Node) string {
	var b *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case (c.DataAtom == atom.B || c.DataAtom == atom.Strong) && b == nil:
			b = c
		default:
			return ""
		}
	}
	if b == nil || b.FirstChild == nil || b.FirstChild != b.LastChild || b.FirstChild.Type != html.TextNode {
		return ""
	}
	if w := fieldCount(b.FirstChild.Data); w < 3 || w > 20 {
		return ""
	}
	next := nextElement(n)
	if next == nil || next.DataAtom != atom.Div || nodeWords(next) < 40 {
		return ""
	}
	return oneLine(b.FirstChild.Data)
}

// phraseMore reports whether rest, what a headline says after a shorter
// title, goes on with the title's phrase: a space, then two words or
// more that all open in lower case ("et aux noisettes", "and the new
// rota"). A name after it ("par Claire Vernet", a notebook's author
// in its <h1>) is no part of the phrase.
func phraseMore(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok || rest == "" {
		return false
	}
	words := strings.Fields(rest)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// blogNamed reports whether title is the word "Blog" and name, the
// page's one <h1>, joined by " - ", " | ", " / " or " – " either way
// round.
func blogNamed(title, name string) bool {
	if name == "" || len(title) != len(name)+len("Blog")+3 && len(title) != len(name)+len("Blog")+5 {
		return false
	}
	for _, sep := range []string{" - ", " | ", " / ", " – "} {
		if title == "Blog"+sep+name || title == name+sep+"Blog" {
			return true
		}
	}
	return false
}

// referenceKinds are what a documentation generator names its set of
// pages after a page's own title, without a separator.
var referenceKinds = map[string]bool{"Reference": true, "Documentation": true, "Docs": true, "Topic": true}

// symbolsOnly reports whether s holds no letter or digit: spaces,
// emoji and their joiners and variation selectors.
func symbolsOnly(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return strings.TrimSpace(s) != ""
}

// subjectClass reports whether class names a message's subject or a
// notice's object ("message-subject", "cdt_objet"), as a school portal
// classes the <h1> it sets under its own names.
func subjectClass(class string) bool {
	return strings.Contains(class, "subject") || strings.Contains(class, "objet")
}

// shortParts reports whether every part of t set apart by sep has
// fewer words than words.
func shortParts(t, sep string, words int) bool {
	for p := range strings.SplitSeq(t, sep) {
		if fieldCount(p) >= words {
			return false
		}
	}
	return true
}

// namesAfter reports whether rest, ": " and parts set apart by ": ",
// holds two parts or more, each of fewer words than words.
func namesAfter(rest string, words int) bool {
	parts := strings.Split(strings.TrimPrefix(rest, ": "), ": ")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if fieldCount(p) >= words {
			return false
		}
	}
	return true
}

// kindDetailTitle reports whether title is h1, the section's name, and
// " Detail" or " Details", then a separator and the site's name.
func kindDetailTitle(title, h1 string) bool {
	rest, ok := strings.CutPrefix(title, h1)
	if !ok || h1 == "" {
		return false
	}
	if rest, ok = strings.CutPrefix(rest, " Detail"); !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "s")
	return strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " | ")
}

// issueTitle reports whether t is what follows a colon in page, the
// <title>, and what comes before the colon numbers a letter's issue
// (numberedIssue: "Lettre n° 27").
func issueTitle(page, t string) bool {
	if t == "" || len(page) <= len(t)+2 || !strings.HasSuffix(page, t) {
		return false
	}
	head, ok := strings.CutSuffix(page[:len(page)-len(t)], ": ")
	return ok && numberedIssue(strings.TrimSpace(head))
}

// clauseCut reports whether title is h1's first clause, three words or
// more, before a comma and three words or more.
func clauseCut(title, h1 string) bool {
	rest, ok := strings.CutPrefix(h1, title)
	return ok && strings.HasPrefix(rest, ", ") && fieldCount(title) >= 3 && fieldCount(rest) >= 4
}

// docsTitle reports whether title is a name and " Docs", without a
// separator: a documentation's name alone, the same on every page.
func docsTitle(title string) bool {
	name, ok := strings.CutSuffix(title, " Docs")
	return ok && strings.TrimSpace(name) != "" && !slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.Contains(name, sep) })
}

// projectDocumentation reports whether title is a project's name, one
// word, and " documentation" in any case (Compodoc's <title> of every
// page).
func projectDocumentation(title string) bool {
	name, ok := strings.CutSuffix(title, " documentation")
	if !ok {
		name, ok = strings.CutSuffix(title, " Documentation")
	}
	return ok && name != "" && !strings.ContainsAny(name, " \t")
}

// projectReference reports whether title is h1, a project's name, and
// " reference" in any case (LDoc's <title> of every page).
func projectReference(title, h1 string) bool {
	rest, ok := strings.CutPrefix(title, h1)
	return ok && h1 != "" && strings.EqualFold(rest, " reference")
}

// referenceTitle reports whether title is the page's only <h1> and, after
// a space, one of referenceKinds ("Migrating to 3.0  Reference", jazzy's
// <title> over its guide's <h1> "Migrating to 3.0"), the package's name
// after it and " - " or not ("Migrating to 3.0 Topic - tidemark",
// dartdoc's topic page).
func referenceTitle(title, h1 string) bool {
	rest, ok := strings.CutPrefix(title, h1)
	if !ok || h1 == "" || !strings.HasPrefix(rest, " ") {
		return false
	}
	kind, _, _ := strings.Cut(rest[1:], " - ")
	return referenceKinds[strings.TrimSpace(kind)]
}

// wikiPageName returns the last part of title, after ": ", " - " or " |
// ", when it is the last segment of the page's address, a word of
// letters and digits joined in camel case (a wiki's page name:
// "Harrowgate Lane Allotments: WaterRota" at …/wiki/WaterRota,
// JSPWiki's <title> over a page that writes no <h1>), or "".
func wikiPageName(title, url string) string {
	url = strings.TrimSuffix(url, "/")
	seg := url[strings.LastIndexByte(url, '/')+1:]
	if len(seg) < 4 || !isWordChars(seg) || !hasCamel(seg) {
		return ""
	}
	for _, sep := range []string{": ", " - ", " | "} {
		if i := strings.LastIndex(title, sep); i > 0 && title[i+len(sep):] == seg {
			return seg
		}
	}
	return ""
}

// dokuTitle reports whether title is DokuWiki's: a page's id, small
// letters, digits, namespaces' colons and underscores without a space,
// then a space and the wiki's name between brackets
// ("tutoriels:imprimante_reseau [Wiki du GULL brivadois]").
func dokuTitle(title string) bool {
	id, name, ok := strings.Cut(title, " [")
	if !ok || len(id) < 3 || len(name) < 2 || !strings.HasSuffix(name, "]") || !strings.ContainsAny(id, ":_") {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ':' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// hasCamel reports whether s holds a lower-case letter followed by an
// upper-case one ("WaterRota").
func hasCamel(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// trailLast returns the text of the last of the links heading h holds,
// when it holds only links, two or more, with separators between them
// (an icon, a "›", "/" or ">"), a trail of the pages above it (Daux.io's
// "<h1><a …>Release Notes</a> <svg …/> <a …>Tidepool 0.4 release
// notes</a></h1>"), or "".
func trailLast(h *html.Node) string {
	links := 0
	var last *html.Node
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.DataAtom == atom.A:
			links++
			last = c
		case c.Type == html.TextNode:
			if strings.Trim(c.Data, " \t\n\u00a0›»>/|·") != "" {
				return ""
			}
		case c.DataAtom == atom.Svg || c.DataAtom == atom.Img || c.Type == html.ElementNode && nodeWords(c) == 0:
		case c.Type == html.CommentNode:
		default:
			return ""
		}
	}
	if links < 2 {
		return ""
	}
	return collapsedText(last)
}

// issueHeading returns the text of heading n, three to twenty words
// that state no issue's number, or "".
func issueHeading(n *html.Node) string {
	if w := nodeWords(n); w < 3 || w > 20 {
		return ""
	}
	h := collapsedText(n)
	if issueNumber.MatchString(h) {
		return ""
	}
	return h
}

// bracketTitle reports whether title is a page's name, three words at
// most, and the page's only <h1> in brackets after it ("Overview
// (Tidewell Scheduler 4.2 API)", Javadoc's <title> over its overview's
// <h1> "Tidewell Scheduler 4.2 API"): the documentation's title, which
// the <h1> is, after the kind of page.
func bracketTitle(title, h1 string) bool {
	inner, ok := strings.CutSuffix(title, ")")
	if !ok || h1 == "" {
		return false
	}
	head, ok := strings.CutSuffix(inner, h1)
	head, ok2 := strings.CutSuffix(head, " (")
	return ok && ok2 && head != "" && fieldCount(head) <= 3
}

// unitTitle reports whether title opens with the page's only <h1> and its
// kind of unit before a hyphen ("tidecache package - fernwick.example/
// tidecache - Go Packages", pkgsite's <title> over its <h1> "tidecache"):
// the index names the unit its page is about, which the <h1> is.
func unitTitle(title, h1 string) bool {
	head, _, ok := strings.Cut(title, " - ")
	if !ok || h1 == "" {
		return false
	}
	for _, k := range unitKinds {
		if head == h1+k {
			return true
		}
	}
	return false
}

// pagureIssue returns t without the "Issue #" and number and the colon
// Pagure opens an issue's <title> with, under a <title> that ends with
// its name as Pagure writes it on every forge ('<title>Issue #214: Tide
// predictions are an hour late … - tidewatch - Pagure</title>' over '<span
// id="issuetitle">Tide predictions are an hour late …</span>'): the
// issue's own title. A newsletter's "Issue #42: …" under any other
// <title> is the issue's name and stays.
func pagureIssue(t, raw string) string {
	rest, ok := strings.CutPrefix(t, "Issue #")
	if !ok || !strings.HasSuffix(raw, " - Pagure") {
		return t
	}
	num, subject, ok := strings.Cut(rest, ": ")
	if !ok || num == "" || strings.Trim(num, "0123456789") != "" || subject == "" {
		return t
	}
	return subject
}

// unquoted returns t without the straight quotation marks around the
// whole of it, when it holds no other of the kind: an archive quoting a
// message's subject in its <title> ("'[RFC] Versioned WAL segment headers
// for 0.9' - MARC", a marc.info-like list archive), as typographers'
// marks («…», “…”) around a headline that is a quotation are not.
func unquoted(t string) string {
	if len(t) > 2 && (t[0] == '\'' || t[0] == '"') && t[len(t)-1] == t[0] && strings.IndexByte(t[1:len(t)-1], t[0]) < 0 {
		return strings.TrimSpace(t[1 : len(t)-1])
	}
	return t
}
