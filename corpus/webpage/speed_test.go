package webpage

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// FuzzLabelOf holds labelOf's one pass to the steps it replaces: the text
// with "’" made straight, lowercased, split as strings.Fields splits it
// and joined by spaces, a final colon dropped.
func FuzzLabelOf(f *testing.F) {
	for _, s := range []string{"", "Related Posts:", "  À LIRE  aussi ", "L’AUTEUR", "a\u00a0b\tc", "\xff\xfeX", "İstanbul", ": :", "one two three four five six", "one two three four five six seven"} {
		f.Add(s, "Tail")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		n := &html.Node{Type: html.ElementNode, Data: "p"}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: a})
		n.AppendChild(&html.Node{Type: html.ElementNode, Data: "em"})
		n.LastChild.AppendChild(&html.Node{Type: html.TextNode, Data: b})
		want := ""
		if text, ok := labelText(n); ok {
			if f := strings.Fields(strings.ToLower(strings.ReplaceAll(text, "’", "'"))); len(f) > 0 {
				want = strings.TrimRight(strings.TrimSpace(strings.TrimRight(strings.Join(f, " "), ":")), " ")
			}
		}
		if got := labelOf(n); got != want {
			t.Errorf("labelOf(%q + %q) = %q, want %q", a, b, got, want)
		}
	})
}

// FuzzNumberAfterIssue holds numberAfterIssue to what it stands for: it
// holds on every line issueNumber matches.
func FuzzNumberAfterIssue(f *testing.F) {
	for _, s := range []string{"n° 18", "No. 18", "NUMÉRO 18", "numéro18", "Issue 18", "iſſue 18", "ISSUE18", "the 2025 issue", "Lettre n°27 – 6 février 2025", "3.2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if issueNumber.MatchString(line) && !numberAfterIssue(line) {
			t.Errorf("numberAfterIssue(%q) = false, and issueNumber matches", line)
		}
	})
}

// FuzzRegisteredPart holds registeredPart to what it stands for: it holds
// on every text registeredLine matches.
func FuzzRegisteredPart(f *testing.F) {
	for _, s := range []string{"a registered charity, no. 1034417.", "REGISTERED IN ENGLAND", "Charity No 12", "company number 5", "Association loi 1901", "Association régie par la loi de 1901", "SIRET : 123", "ſiret", "regiſtered charity", "aſſociation loi 1901", "éSIRET", "company"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if registeredLine.MatchString(text) && !registeredPart(text) {
			t.Errorf("registeredPart(%q) = false, and registeredLine matches", text)
		}
	})
}

// FuzzReadMarks holds readMarks's two scans to the searches they replace.
func FuzzReadMarks(f *testing.F) {
	for _, s := range []string{"", "<pre>", "<prefix><pre>", "<code", "<code>## x", "<CODE class=x>", "<PRE\n", `<td class="TextObject">`, `"TextObject"`, "<div class=\"mj-column-per-100\">", "j", "mj-column-per", "<"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		want := pageMarks{
			columns:     bytes.Contains(data, []byte("mj-column-per-")),
			code:        showsCode(data),
			knitted:     bytes.Contains(data, []byte("<code>## ")),
			textObjects: bytes.Contains(data, []byte(`"TextObject"`)),
		}
		if got := readMarks(data); got != want {
			t.Errorf("readMarks(%q) = %+v, want %+v", data, got, want)
		}
	})
}

// FuzzDigitOrLink holds digitOrLink to the two searches it replaces.
func FuzzDigitOrLink(f *testing.F) {
	fuzzAgainst(f, []string{"", "a", "7", "http://x", ":/", "://", "é:/ /", "no digits here"}, digitOrLink, func(s string) bool {
		return strings.ContainsAny(s, "0123456789") || strings.Contains(s, "://")
	})
}

// FuzzContainsFold holds containsFold to the lowering it saves.
func FuzzContainsFold(f *testing.F) {
	fuzzAgainst(f, []string{"", "preheader", "PreHeader", "mj-PREHEADER-x", "préheader", "preheade", "\xffPREHEADER"},
		func(s string) bool { return containsFold(s, "preheader") },
		func(s string) bool { return strings.Contains(strings.ToLower(s), "preheader") })
}

// FuzzVerdictText holds verdictText's ASCII path to the lowering it
// saves.
func FuzzVerdictText(f *testing.F) {
	fuzzAgainst(f, []string{"", "Verdict: good", "NOTRE AVIS — oui", "Our take\u00a0: x", "L’avis de la rédaction : x", "L'AVIS DE LA RÉDACTION : x", "The Bottom Line – x", "verdict", "Conclusion:"}, verdictText, func(text string) bool {
		head := strings.TrimSpace(text)
		return verdictHead(head[:min(len(head), 40)])
	})
}

// FuzzPublishedOpening holds publishedOpening's ASCII path to the
// lowering it saves.
func FuzzPublishedOpening(f *testing.F) {
	fuzzAgainst(f, []string{"", "Published on", "PUBLIÉ LE", "Mis en ligne", "Posted", "First Published", "Créé le", "publİ", "Paru"}, publishedOpening, func(first string) bool {
		lowered := strings.ToLower(first)
		return slices.ContainsFunc(publishedOpenings, func(o string) bool { return strings.HasPrefix(lowered, o) })
	})
}

// FuzzNameBreak holds nameBreak to strings.IndexAny.
func FuzzNameBreak(f *testing.F) {
	fuzzAgainst(f, []string{"", "site-header", "a_b", "a b", "\xff-", "é_"}, nameBreak, func(s string) int { return strings.IndexAny(s, "-_ ") })
}

// FuzzPrefix2 holds hasPrefix2, hasSuffix2 and cutPrefix2 to the joins
// they save.
func FuzzPrefix2(f *testing.F) {
	f.Add("Headline · Site", "Headline", " · ")
	f.Add("Site · Headline", " · ", "Headline")
	f.Add("", "", "")
	f.Add("ab", "a", "bc")
	f.Fuzz(func(t *testing.T, s, a, b string) {
		if got, want := hasPrefix2(s, a, b), strings.HasPrefix(s, a+b); got != want {
			t.Errorf("hasPrefix2(%q, %q, %q) = %v", s, a, b, got)
		}
		if got, want := hasSuffix2(s, a, b), strings.HasSuffix(s, a+b); got != want {
			t.Errorf("hasSuffix2(%q, %q, %q) = %v", s, a, b, got)
		}
		rest, ok := cutPrefix2(s, a, b)
		if wantRest, wantOK := strings.CutPrefix(s, a+b); rest != wantRest || ok != wantOK {
			t.Errorf("cutPrefix2(%q, %q, %q) = %q, %v", s, a, b, rest, ok)
		}
	})
}

// fuzzAgainst fuzzes fast, on strings from seeds on, against want, the
// code it replaces: both give the same on every string.
func fuzzAgainst[T comparable](f *testing.F, seeds []string, fast, want func(string) T) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fast(s), want(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	})
}

// readMetaName is Readability's rxNamePattern (go-readability v2.1.3),
// the names of the <meta> elements without a property it reads.
var readMetaName = regexp.MustCompile(`(?i)^\s*(?:(dc|dcterm|article|og|twitter|parsely|weibo:(article|webpage))\s*[-\.:]\s*)?(author|creator|pub-date|description|title|site_name|published_time|modified_time|image)\s*$`)

// FuzzUnreadMeta holds unreadMeta to Readability's metadata pass: a
// <meta> with a content and a name its pattern matches is read.
func FuzzUnreadMeta(f *testing.F) {
	for _, s := range []string{"viewport", "author", "Author ", "og:title", "twitter:image", "DC.Creator", "ſite_name", "weibo:article:description", "robots", "pub-date", "parsely-title"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		n := &html.Node{Type: html.ElementNode, Data: "meta", Attr: []html.Attribute{{Key: "name", Val: name}, {Key: "content", Val: "x"}}}
		if readMetaName.MatchString(name) && unreadMeta(n) {
			t.Errorf("unreadMeta(name=%q) = true, and Readability reads it", name)
		}
	})
}

// FuzzStackedPage holds stackedPage to the searches it replaces: whether
// the page's bytes hold one of stackedTables.
func FuzzStackedPage(f *testing.F) {
	for _, s := range []string{"", "layout--1-column", "<table class=\"layout layout--1-column\">", "1-column", "ayout--1-column", "--1-column layout--1-colum", "mailpoet_cols-one", "_cols-on", "cols-one", "1-column1-columnlayout--1-column"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		want := slices.ContainsFunc(stackedTables, func(c string) bool { return bytes.Contains(data, []byte(c)) })
		if got := stackedPage(data); got != want {
			t.Errorf("stackedPage(%q) = %v, want %v", data, got, want)
		}
	})
}

// FuzzContains holds contains to strings.Contains.
func FuzzContains(f *testing.F) {
	const words = " le conseil municipal a voté le budget de la commune pour l'année "
	for _, s := range [][2]string{{"", ""}, {words, words}, {words + words, words}, {"x" + words, words[:40]}, {words, words[1:]}, {words[:50], words[:34]}, {"a" + words[1:], words}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, text, needle string) {
		if got, want := contains(text, needle), strings.Contains(text, needle); got != want {
			t.Errorf("contains(%q, %q) = %v, want %v", text, needle, got, want)
		}
		// The needle taken from the text, as dropRepeats' are.
		if from, to := len(text)/3, len(text)/3+34+len(needle)%8; to <= len(text) {
			needle := text[from:to]
			if !contains(text, needle) {
				t.Errorf("contains(%q, %q) = false, want true", text, needle)
			}
		}
	})
}

// spacedWrite is spacedText.write as it was, a byte at a time.
func spacedWrite(t *spacedText, s string) {
	start := -1 // of the current run of non-space bytes
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			t.word(s[start:i])
			start = -1
			t.space = true
		case space:
			t.space = true
		case start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		t.word(s[start:])
	}
}

// FuzzSpacedText holds spacedText.write, which writes runs of words at
// once, to the byte-at-a-time writing it replaces: the same text and the
// same space due after each write, a space set between writes as fill
// sets one after an item.
func FuzzSpacedText(f *testing.F) {
	for _, s := range [][2]string{{"", ""}, {"a b", " c"}, {"  Le  conseil\u00a0a voté ", "le budget.\n"}, {"a \u2003b", "\u0085x"}, {"a  b\t c", "\xff \xc2"}, {"x ", " "}, {"un deux trois", "quatre"}} {
		f.Add(s[0], s[1], false)
	}
	f.Fuzz(func(t *testing.T, a, b string, space bool) {
		var got, want spacedText
		got.write(a)
		spacedWrite(&want, a)
		got.space, want.space = got.space || space, want.space || space
		got.write(b)
		spacedWrite(&want, b)
		if got.b.String() != want.b.String() || got.space != want.space {
			t.Errorf("write(%q), write(%q) = %q, %v; want %q, %v", a, b, got.b.String(), got.space, want.b.String(), want.space)
		}
	})
}

// FuzzYearDigits holds yearDigits to what it stands for: it holds on
// every text publishedDate, publishedOnISO, dayDate or mailHeaderDate
// matches or bareDate reads as ISO 8601's day, and on a text as on its
// words joined by single spaces (dateLine, bareDate and mailDate look
// for the year before they join them).
func FuzzYearDigits(f *testing.F) {
	for _, s := range []string{"Publié le 3 mars 2025", "Posted on March 3, 2025", "written by Ann on 2025-08-03", "Date: 4 Mar 2025 10:12 +0100", "Tue Mar  4 10:12:00 2025", "8 avril 2025", "03/04/2025", "2025-02-14", "publié le 3 mars", "20 25", "２０２５", "posted 12/3/25"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := yearDigits(text)
		for _, re := range []*regexp.Regexp{publishedDate, publishedOnISO, dayDate, mailHeaderDate} {
			if re.MatchString(text) && !want {
				t.Errorf("yearDigits(%q) = false, and %v matches", text, re)
			}
		}
		if _, err := time.Parse("2006-01-02", text); err == nil && !want {
			t.Errorf("yearDigits(%q) = false, and it is an ISO 8601 day", text)
		}
		if got := yearDigits(strings.Join(strings.Fields(text), " ")); got != want {
			t.Errorf("yearDigits of %q's words = %v, of the text %v", text, got, want)
		}
	})
}

// FuzzClockDigits holds clockDigits to what it stands for: it holds on
// every text statedHour matches.
func FuzzClockDigits(f *testing.F) {
	for _, s := range []string{"Posté par Bernard @ 21:14", "Posted by Ann at 9:05", "posté par X à 21H14", "published at 9h05", "posted at 9:5", "21:14"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if statedHour.MatchString(text) && !clockDigits(text) {
			t.Errorf("clockDigits(%q) = false, and statedHour matches", text)
		}
	})
}

// FuzzCountNoun holds countLine's pre-check to its pattern: a text
// wordCount matches holds "word" or "mot" in ASCII's either case.
func FuzzCountNoun(f *testing.F) {
	for _, s := range []string{"1 200 words · 3 comments", "850 MOTS", "12 Words", "3 woRDS", "5 mots – 2 réponses", "1,024 wordſ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if wordCount.MatchString(text) && !containsFold(text, "word") && !containsFold(text, "mot") {
			t.Errorf("%q: wordCount matches, and holds neither \"word\" nor \"mot\"", text)
		}
	})
}

// FuzzBackgroundStyle holds backgroundStyle to boxBackground.
func FuzzBackgroundStyle(f *testing.F) {
	fuzzAgainst(f, []string{"", "background:#fff", "BACKGROUND-COLOR : rgb(1,2,3)", "background: url(x)", "text-align: center", "backgroun", "xbackground:#f", "back\u212Aground:#f", "background:hsl(1)"}, backgroundStyle, boxBackground.MatchString)
}

// FuzzEndNoteFirst holds endNoteFirst to what it stands for: it holds on
// every text endNote matches.
func FuzzEndNoteFirst(f *testing.F) {
	for _, s := range []string{"Edit: typo", "UPDATE 2: x", "Produced by Ann", "ſound design by X", "Énregistré à Lyon", "édit : x", "Released on 3 May", "Crédits : X", "Générique : X", "Montage: X", "Mixé par X", "The end", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if endNote.MatchString(text) && !endNoteFirst(text) {
			t.Errorf("endNoteFirst(%q) = false, and endNote matches", text)
		}
	})
}

// FuzzSignedTail holds signedTail to signedLine.
func FuzzSignedTail(f *testing.F) {
	fuzzAgainst(f, []string{"", "Happy to answer questions. Gwen", "Thanks for reading, Tom", "Thanks for reading, tom", "Bye! Élodie", "ab. Cd ", "a. Bc", "Merci, Ǆa"}, signedTail, signedLine.MatchString)
}

// FuzzReplyPrompted holds replyPrompted to replyPrompt.
func FuzzReplyPrompted(f *testing.F) {
	fuzzAgainst(f, []string{"", "You must be a member of this group to reply.", " \tyou need to be logged in to post a reply", "Vous devez être connecté pour répondre à ce sujet.", "IL FAUT vous inscrire pour commenter", "\vYou must be logged in to reply", "Thanks"}, replyPrompted, replyPrompt.MatchString)
}

// FuzzPublishedDateFirst holds publishedDateFirst to publishedDate's
// leftmost match where it starts at the text's start.
func FuzzPublishedDateFirst(f *testing.F) {
	for _, s := range []string{"", "Publiée le 15 nov. 2025", "Posted on March 3, 2025 at 9:12", "Article du 3 mars 2025 · Modifiée le 4 mars 2025", "x Published on 3 May 2025", "Posted by Ann on 2025/03/04", "published 12/03/2025 published 13/03/2025", "Écrit par Lucie le 9 mars 2025", "(Posted on 3 May 2025)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := publishedDate.FindStringIndex(text)
		if first, _ := utf8.DecodeRuneInString(text); want != nil && (want[0] != 0 || !unicode.IsLetter(first)) {
			// A match at the start that opens on a mark before the
			// verb is not the verb's at the start.
			want = nil
		}
		if got := publishedDateFirst.FindStringIndex(text); !slices.Equal(got, want) {
			t.Errorf("publishedDateFirst.FindStringIndex(%q) = %v, want %v", text, got, want)
		}
	})
}

// FuzzCueWord holds cueWord to cueWords.
func FuzzCueWord(f *testing.F) {
	fuzzAgainst(f, []string{"", "share", "you", "the", "vidéo", "téléchargez", "commentaires", "x", "sharex", "\xff"}, cueWord, func(w string) bool { return cueWords[w] })
}

// FuzzDurationPart holds durationPart to what it stands for: it holds on
// every text duration matches.
func FuzzDurationPart(f *testing.F) {
	for _, s := range []string{"(durée 1'45)", "(2:30)", "3 min", "3MIN", "12 Min read", "3 m\u0131n", "3 \u0130n", "(Duration : 1’05 )", "no"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if duration.MatchString(text) && !durationPart(text) {
			t.Errorf("durationPart(%q) = false, and duration matches", text)
		}
	})
}

// FuzzOneLine holds oneLine's one pass to the split and join it replaces.
func FuzzOneLine(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\u00a0b", "a\u2003 b", "\xff b\xfe", "é è", "a\n", "x\u0085y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzNamesDay holds namesDay's check for a digit to the patterns it
// stands before.
func FuzzNamesDay(f *testing.F) {
	for _, s := range []string{"", "Sat 15 Nov – Christmas", "April order | 7 April | 13 April", "November 15", "no day here", "15th of May", "1er mars", "١٥ مارس"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := false
		for _, re := range []*regexp.Regexp{dayMonth, monthDay} {
			for _, m := range re.FindAllStringSubmatch(text, -1) {
				if _, ok := months[strings.ToLower(m[1])]; ok {
					want = true
				}
			}
		}
		if got := namesDay(text); got != want {
			t.Errorf("namesDay(%q) = %v, want %v", text, got, want)
		}
	})
}

// FuzzRestStart holds restStart, given the title's words read once
// (restFirsts), to the search of the title it replaces (oldRestStart).
func FuzzRestStart(f *testing.F) {
	for _, s := range [][2]string{{"Mairie - L'école", "L’école : la cantine"}, {"Mairie - Budget", "L’école"}, {"a | b - c", "C d"}, {" - x", "x"}, {"News – Spring sprint", "spring"}, {"a :: ", "  "}, {"K | \u212a", "k"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		h := &html.Node{Type: html.ElementNode, Data: "h2"}
		h.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		if got, want := restStart(restFirsts(title), h), oldRestStart(title, h); got != want {
			t.Errorf("restStart(%q, %q) = %v, want %v", title, text, got, want)
		}
	})
}

// oldRestStart is restStart as it read the title for every heading.
func oldRestStart(title string, n *html.Node) bool {
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
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			w, _, _ := strings.Cut(strings.TrimSpace(title[i+len(sep):]), " ")
			if strings.EqualFold(straightQuotes(w), straightQuotes(first)) {
				return true
			}
		}
	}
	return false
}

// readMetaProperty is Readability's rxPropertyPattern (go-readability
// v2.1.3), the pattern its metadata pass finds keys with in a <meta>
// element's property.
var readMetaProperty = regexp.MustCompile(`(?i)\s*(dc|dcterm|og|article|twitter)\s*:\s*(author|creator|description|title|site_name|published_time|modified_time|image\S*)\s*`)

// extractMetaKeys are the keys of Readability's metadata (v2.1.3's
// getArticleMetadata) whose values make Article.Title, the byline and
// Article.PublishedTime, the ones Extract reads.
var extractMetaKeys = wordSet("dc:title dcterm:title og:title weibo:article:title weibo:webpage:title title twitter:title parsely-title dc:creator dcterm:creator author parsely-author article:author article:published_time dcterms.available dcterms.created dcterms.issued weibo:article:create_at parsely-pub-date")

// FuzzUnusedMeta holds unusedMeta to Readability's metadata pass: a
// <meta> with a content from which the pass takes a value under a key
// Extract reads (extractMetaKeys) is kept.
func FuzzUnusedMeta(f *testing.F) {
	for _, s := range [][2]string{{"og:title", ""}, {"og:image", "author"}, {"og:type", ""}, {"", "DC.Creator"}, {"", "description"}, {"article : published_time", ""}, {"", "parsely-pub-date"}, {"twitter:image:src", "twitter:title"}, {"ſ", "weibo:article:title"}, {"OG:TITLE", ""}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, property, name string) {
		n := &html.Node{Type: html.ElementNode, Data: "meta", Attr: []html.Attribute{{Key: "property", Val: property}, {Key: "name", Val: name}, {Key: "content", Val: "x"}}}
		var keys []string
		if property != "" {
			for _, v := range readMetaProperty.FindAllString(property, -1) {
				keys = append(keys, strings.Join(strings.Fields(strings.ToLower(v)), ""))
			}
		}
		if len(keys) == 0 && name != "" && readMetaName.MatchString(name) {
			keys = append(keys, strings.ReplaceAll(strings.Join(strings.Fields(strings.ToLower(name)), ""), ".", ":"))
		}
		for _, k := range keys {
			if extractMetaKeys[k] && unusedMeta(n) {
				t.Errorf("unusedMeta(property=%q, name=%q) = true, and Readability reads %q from it", property, name, k)
			}
		}
	})
}

// FuzzDropRepeats holds dropRepeats, which searches only the blocks
// whose words' set holds the repeat's (wordBits), to the search of every
// longer block it replaces (oldDropRepeats).
func FuzzDropRepeats(f *testing.F) {
	f.Add("One two three four five six.\nAnd she said: one two three four five six. Then left.\nOne two three four five six", []byte{0, 0, 1})
	f.Add("« On a gagné avec nos tripes » a b c d\nLe coach : on a gagné avec nos tripes, a b c d, dit-il.\nx", []byte{1, 0, 2})
	f.Add("Élan vital, Straße und Übermaß sind hier\nÉLAN VITAL STRASSE und übermaß sind hier zu sehen\n", []byte{0, 0})
	f.Fuzz(func(t *testing.T, text string, flags []byte) {
		var bs, old []*block
		for i, line := range strings.Split(text, "\n") {
			var fl byte
			if i < len(flags) {
				fl = flags[i]
			}
			for _, into := range []*[]*block{&bs, &old} {
				*into = append(*into, &block{text: line, words: lowerWords(line), heading: fl&1 != 0, code: fl&2 != 0})
			}
		}
		got, want := make([]bool, len(bs)), make([]bool, len(old))
		dropRepeats(bs, got)
		oldDropRepeats(old, want)
		if !slices.Equal(got, want) {
			t.Errorf("dropRepeats(%q, %v) = %v, want %v", text, flags, got, want)
		}
	})
}

// oldDropRepeats is dropRepeats as it searched every longer block.
func oldDropRepeats(bs []*block, drop []bool) {
	norm := make([]string, len(bs))
	for i, b := range bs {
		if !b.code {
			norm[i] = " " + strings.Join(b.words, " ") + " "
			if len(b.words) == 0 {
				norm[i] = " "
			}
		}
	}
	for i, b := range bs {
		if b.code || len(b.words) < 6 || b.heading && len(b.words) <= 10 && !endsSentence(b.text) {
			continue
		}
		section := i
		if b.heading {
			for section+1 < len(bs) && !bs[section+1].heading {
				section++
			}
		}
		for j := range bs {
			if j != i && (j < i || j > section) && len(norm[j]) > len(norm[i]) && contains(norm[j], norm[i]) {
				drop[i] = true
				break
			}
		}
	}
}

// FuzzNoteOpening holds noteOpening to the patterns it guards: it holds
// on every text one of them matches.
func FuzzNoteOpening(f *testing.F) {
	for _, s := range []string{"This article appeared in the print edition", " \tCET ARTICLE est paru dans l'édition papier", "Hébergé par Ausha. Visitez ausha.co pour plus d'informations", "Today's episode is sponsored by X ", "L’investissement comporte des risques", "Capital at risk", "\vThis", "ﬁ", "ſ", "Investing involves a risk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range []*regexp.Regexp{printNote, hostNote, sponsorRead, riskWarning} {
			if p.MatchString(text) && !noteOpening(text) {
				t.Errorf("noteOpening(%q) = false, and %v matches", text, p)
			}
		}
	})
}

// FuzzMatchWords holds matchWords, which walks two texts' words in place,
// to the same comparison of their strings.Fields: sameWords when the words
// are the same, opensWith when the second's words open the first's.
func FuzzMatchWords(f *testing.F) {
	f.Add("When Lindenau am Rhein started", "When  Lindenau\tam")
	f.Add(" a b ", "a b")
	f.Add("", " ")
	f.Add("ab c", "a")
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := strings.Fields(a), strings.Fields(b)
		same := slices.Equal(fa, fb)
		opens := len(fb) <= len(fa) && slices.Equal(fa[:len(fb)], fb)
		if got := sameWords(a, b); got != same {
			t.Errorf("sameWords(%q, %q) = %v, want %v", a, b, got, same)
		}
		if got := opensWith(a, b); got != opens {
			t.Errorf("opensWith(%q, %q) = %v, want %v", a, b, got, opens)
		}
	})
}

// FuzzLowerWords holds lowerWords, whose splitLowerWords takes a word's
// run of ASCII lowercase letters and digits in one loop, to the loop it
// replaces, which tested each byte (splitLowerWordsByByte).
func FuzzLowerWords(f *testing.F) {
	for _, s := range []string{"", "The Quick brown fox, 2025!", "été À Paris", "İstanbul ǅemal", "a\xffb", "x9Y z", strings.Repeat("Word and WORDS ", 40), "ß ΣΑΣ ﬁne"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := splitLowerWordsByByte(nil, text)
		if got := lowerWords(text); !slices.Equal(got, want) {
			t.Errorf("lowerWords(%q) = %q, want %q", text, got, want)
		}
		if got := splitLowerWords([]string{"x"}, text); !slices.Equal(got[1:], want) || got[0] != "x" {
			t.Errorf("splitLowerWords(x, %q) = %q, want x, %q", text, got, want)
		}
	})
}

// splitLowerWordsByByte is splitLowerWords as it was before FuzzLowerWords,
// each byte tested in turn.
func splitLowerWordsByByte(words []string, text string) []string {
	var lowered []byte
	var ends []int
	add := func(w string, lower bool) {
		if !lower {
			for _, r := range w {
				lowered = utf8.AppendRune(lowered, unicode.ToLower(r))
			}
			ends = append(ends, len(words), len(lowered))
		}
		words = append(words, w)
	}
	start := -1
	lower := true
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		word := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		upper := 'A' <= c && c <= 'Z'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
			upper = word && !unicode.IsLower(r) && unicode.ToLower(r) != r
		}
		if word || upper {
			if start < 0 {
				start, lower = i, true
			}
			if upper {
				lower = false
			}
		} else if start >= 0 {
			add(text[start:i], lower)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		add(text[start:], lower)
	}
	if len(ends) > 0 {
		all, from := string(lowered), 0
		for k := 0; k < len(ends); k += 2 {
			words[ends[k]] = all[from:ends[k+1]]
			from = ends[k+1]
		}
	}
	return words
}

// FuzzCallWord holds callWord, which looks further only at a word whose
// first two bytes open a call (callInitials), to the lookups it guards.
func FuzzCallWord(f *testing.F) {
	for _, s := range []string{"", "s", "share", "subscribers", "sh", "since", "abonnés", "ab", "give", "gi", "errors", "automatiquement", "a\xffbonn", "\xc3\xa9crire"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		want := callWords[w] || slices.ContainsFunc(callPrefixes, func(p string) bool { return strings.HasPrefix(w, p) })
		if got := callWord(w); got != want {
			t.Errorf("callWord(%q) = %v, want %v", w, got, want)
		}
	})
}

// FuzzSpeakerOf holds speakerOf, which runs speaker only on a text that
// reaches a colon past an uppercase letter through letters, spaces (four
// at most) and ".'’-", to the pattern run on every text.
func FuzzSpeakerOf(f *testing.F) {
	for _, s := range []string{"", "Leah Brandt: yes", "Q : why", "A B C D: x", "A B C D E: x", "Ann Lee Ray Moe :\tno", "Ann  Lee: x", " Émile: oui", "Photo: AFP", "the end: no", "O’Neil-Smith J. R.: x", "Ann:x", "A\u00a0B: x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := speaker.FindStringSubmatch(strings.TrimSpace(text))
		if got := speakerOf(text); !slices.Equal(got, want) {
			t.Errorf("speakerOf(%q) = %q, want %q", text, got, want)
		}
	})
}

// FuzzNotePatterned holds notePatterned to what it stands for: it holds
// on every text printNote, hostNote, sponsorRead or riskWarning matches.
func FuzzNotePatterned(f *testing.F) {
	for _, s := range []string{"", "This article appeared in the print edition", " today's show is brought to you by X ", "Cet épisode vous est présenté par X ", "Ce podcast est soutenu par X ", "Capital at risk.", "HÉBERGÉ PAR X. Voir y pour plus d'informations", "hosted on X. See y for more info", "Investing in start-ups involves risks", "L’investissement comporte des risques", "l'épisode de cette semaine est offert par X ", "The end", "t", "\tC"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range []*regexp.Regexp{printNote, hostNote, sponsorRead, riskWarning} {
			if p.MatchString(text) && !notePatterned(text) {
				t.Errorf("notePatterned(%q) = false, and %v matches", text, p)
			}
		}
	})
}
