package webpage

import (
	"bytes"
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

// The page's JSON-LD is read here rather than by Readability, which
// decodes every script into generic maps and cleans it with patterns: the
// two fields an article needs, its headline and its publication date, are
// decoded into a struct, and the scripts leave the tree before
// Readability walks it. The choice of object and of title follows
// Readability's (the first schema.org object of an article type, at the
// top, in an array or in an @graph; "name" over "headline" unless only
// the headline matches the page's <title>).

// ldArticleTypes are the schema.org types of articles, as Readability
// accepts them.
var ldArticleTypes = regexp.MustCompile(`(?i)^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$`)

var schemaOrg = regexp.MustCompile(`(?i)^https?://schema\.org/?$`)

// ldObject is the part of a JSON-LD object the extractor reads; fields
// that are not strings are left as raw JSON and ignored.
type ldObject struct {
	Context       json.RawMessage `json:"@context"`
	Type          json.RawMessage `json:"@type"`
	Graph         []ldObject      `json:"@graph"`
	Name          json.RawMessage `json:"name"`
	Headline      json.RawMessage `json:"headline"`
	DatePublished json.RawMessage `json:"datePublished"`
	// DatePosted is a JobPosting's publication (WP Job Manager's
	// JSON-LD, after the page's footer), which has no datePublished.
	DatePosted json.RawMessage `json:"datePosted"`
	// UploadDate is a media object's publication (a VideoObject's, as a
	// video site's watch page gives it), which has no datePublished.
	UploadDate json.RawMessage `json:"uploadDate"`
}

// ldString returns a raw JSON value as a string, and whether it was one.
func ldString(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// ldMeta is what the page's JSON-LD says of its article.
type ldMeta struct {
	title, published string
	// anyPublished is the first datePublished of a schema.org object of
	// any type (a Review, a WebPage, an Event's page), or its datePosted
	// (a JobPosting's) or uploadDate (a VideoObject's), for pages whose
	// JSON-LD has no article object: a later fallback than Readability's
	// article:published_time.
	anyPublished string
}

// readJSONLD reads the first article object of the page's JSON-LD
// scripts; pageTitle gives the page's <title>, cleaned of the site's
// name, asked for only by an object whose name and headline differ (the
// cleaning was a twentieth of Extract's own passes, for all pages).
func readJSONLD(scripts []string, pageTitle func() string) ldMeta {
	var out ldMeta
	for _, script := range scripts {
		if obj, ok := articleObject(script); ok {
			return ldMeta{title: ldTitle(obj, pageTitle), published: ldDate(obj)}
		}
		if out.anyPublished == "" {
			out.anyPublished = anyDate(script)
		}
	}
	return out
}

// anyDate returns the first datePublished of a schema.org object of a
// JSON-LD script, at the top, in an array or in an @graph, or, for an
// object that has none, its datePosted (a job offer's page is its
// posting) or its uploadDate (a video's watch page is its upload).
func anyDate(script string) string {
	data := ldData(script)
	var objs []ldObject
	if len(data) > 0 && data[0] == '[' {
		if json.Unmarshal(data, &objs) != nil {
			return ""
		}
	} else {
		var obj ldObject
		if json.Unmarshal(data, &obj) != nil {
			return ""
		}
		objs = append([]ldObject{obj}, obj.Graph...)
	}
	for _, o := range objs {
		if d := ldDate(o); d != "" {
			return d
		}
		if d, _ := ldString(o.DatePosted); d != "" {
			return d
		}
		if d, _ := ldString(o.UploadDate); d != "" {
			return d
		}
	}
	return ""
}

func ldDate(obj ldObject) string {
	s, _ := ldString(obj.DatePublished)
	return s
}

func ldTitle(obj ldObject, pageTitle func() string) string {
	name, nameOK := ldString(obj.Name)
	headline, headlineOK := ldString(obj.Headline)
	switch {
	case nameOK && headlineOK && name != headline:
		if t := pageTitle(); similarity(headline, t) > 0.75 && similarity(name, t) <= 0.75 {
			return ldText(headline)
		}
		return ldText(name)
	case nameOK:
		return ldText(name)
	case headlineOK:
		return ldText(headline)
	}
	return ""
}

// ldText is a JSON-LD title as its page shows it: Yoast writes a post's
// title with the entities WordPress escapes it with ("the library&#039;s"),
// which a JSON string does not decode.
func ldText(s string) string {
	return strings.TrimSpace(html.UnescapeString(s))
}

// ldData is a JSON-LD script's JSON, out of the CDATA section some pages
// wrap it in.
func ldData(script string) []byte {
	data := bytes.TrimSpace([]byte(script))
	data = bytes.TrimSuffix(bytes.TrimPrefix(data, []byte("<![CDATA[")), []byte("]]>"))
	return bytes.TrimSpace(data)
}

// articleObject decodes a JSON-LD script and returns its article object.
func articleObject(script string) (ldObject, bool) {
	data := ldData(script)
	var obj ldObject
	switch {
	case len(data) > 0 && data[0] == '[':
		var list []ldObject
		if json.Unmarshal(data, &list) != nil {
			return obj, false
		}
		found := false
		for _, o := range list {
			if t, ok := ldString(o.Type); ok && ldArticleTypes.MatchString(t) {
				obj, found = o, true
				break
			}
		}
		if !found {
			return obj, false
		}
	default:
		if json.Unmarshal(data, &obj) != nil {
			return obj, false
		}
	}
	if !ldContext(obj.Context) {
		return obj, false
	}
	if len(obj.Type) == 0 {
		for _, g := range obj.Graph {
			if t, ok := ldString(g.Type); ok && ldArticleTypes.MatchString(t) {
				obj = g
				break
			}
		}
	}
	t, ok := ldString(obj.Type)
	return obj, ok && ldArticleTypes.MatchString(t)
}

// ldContext reports whether an @context is schema.org's, as a string or
// as an object's @vocab.
func ldContext(raw json.RawMessage) bool {
	if s, ok := ldString(raw); ok {
		return schemaOrg.MatchString(s)
	}
	var obj struct {
		Vocab json.RawMessage `json:"@vocab"`
	}
	if len(raw) == 0 || raw[0] != '{' || json.Unmarshal(raw, &obj) != nil {
		return false
	}
	s, ok := ldString(obj.Vocab)
	return ok && schemaOrg.MatchString(s)
}

// similarity is Readability's: one minus the share of b's characters in
// words that a lacks.
func similarity(a, b string) float64 {
	inA := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(a), notWordRune) {
		inA[w] = true
	}
	wordsB := strings.FieldsFunc(strings.ToLower(b), notWordRune)
	if len(wordsB) == 0 {
		return 0
	}
	var unique []string
	for _, w := range wordsB {
		if !inA[w] {
			unique = append(unique, w)
		}
	}
	return 1 - float64(utf8.RuneCountInString(strings.Join(unique, " ")))/float64(utf8.RuneCountInString(strings.Join(wordsB, " ")))
}

// ldQAPage is the part of a QAPage the extractor reads: its question's
// answers, one object or a list each.
type ldQAPage struct {
	Type       json.RawMessage `json:"@type"`
	MainEntity struct {
		DateCreated     json.RawMessage `json:"dateCreated"`
		DatePublished   json.RawMessage `json:"datePublished"`
		SuggestedAnswer json.RawMessage `json:"suggestedAnswer"`
		AcceptedAnswer  json.RawMessage `json:"acceptedAnswer"`
	} `json:"mainEntity"`
}

// ldAnswer is an answer's address and date.
type ldAnswer struct {
	URL         json.RawMessage `json:"url"`
	DateCreated json.RawMessage `json:"dateCreated"`
}

// answerDate returns the dateCreated of the answer whose address is the
// page's, url, in a QAPage of the page's JSON-LD, or "". A questions and
// answers site gives each answer a page of its own under the question's
// QAPage: the answer is the article, and the question, with its own
// dateCreated, years older. When no answer is the page, the question is:
// its dateCreated, to the second, dates the page (a forum's thread, its
// question and its replies under the one address), over the day its
// post head shows.
func answerDate(scripts []string, url string) string {
	if url == "" {
		return ""
	}
	for _, script := range scripts {
		if !strings.Contains(script, "QAPage") {
			continue
		}
		var page ldQAPage
		if json.Unmarshal(ldData(script), &page) != nil {
			continue
		}
		if t, _ := ldString(page.Type); t != "QAPage" {
			continue
		}
		for _, raw := range []json.RawMessage{page.MainEntity.AcceptedAnswer, page.MainEntity.SuggestedAnswer} {
			var answers []ldAnswer
			if len(raw) > 0 && raw[0] == '{' {
				answers = make([]ldAnswer, 1)
				if json.Unmarshal(raw, &answers[0]) != nil {
					continue
				}
			} else if json.Unmarshal(raw, &answers) != nil {
				continue
			}
			for _, a := range answers {
				if u, _ := ldString(a.URL); u == url {
					d, _ := ldString(a.DateCreated)
					return d
				}
			}
		}
		if d, _ := ldString(page.MainEntity.DateCreated); d != "" {
			return d
		}
		if d, _ := ldString(page.MainEntity.DatePublished); d != "" {
			// A question that states its publication alone (Biostar
			// Central's '"mainEntity":{"@type":"Question",…,
			// "datePublished":"2025-04-02T14:21:07+00:00"'): the same
			// day, as the schema names it for any work.
			return d
		}
	}
	return ""
}
