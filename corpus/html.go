package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus/webpage"
)

// ParseHTML parses a web page, in UTF-8, down to its article (see
// webpage.Extract): the title from the page's metadata, the main content
// as the body, cleaned like plain text, the publication date and the
// canonical URL when the page states them.
func ParseHTML(id string, data []byte) (Document, error) {
	// Checked on the bytes first: string(data) would copy every page,
	// and only a page that fails needs ValidText's position of the error.
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		if err := ValidText(string(data)); err != nil {
			return Document{}, err
		}
	}
	doc, err := fromPage(data)
	if err != nil {
		return Document{}, err
	}
	// Cleaned here rather than left to analysis, as a JSON body is: the
	// result is what the page's golden files show as its article.
	doc.ID, doc.Body = id, Clean(doc.Body)
	if doc.Body == "" {
		return Document{}, ErrEmptyBody
	}
	return doc, nil
}

// fromPage is ParseHTML without the text checks, which JSON documents
// have already passed, and without cleaning the body, which analysis
// does for JSON documents.
func fromPage(data []byte) (Document, error) {
	page, err := webpage.Extract(data)
	if errors.Is(err, webpage.ErrNoArticle) {
		return Document{}, fmt.Errorf("%w: %w", ErrEmptyBody, err)
	}
	if err != nil {
		return Document{}, fmt.Errorf("html: %w", err)
	}
	doc := Document{Title: oneLine(page.Title), Body: page.Body, URL: page.URL, PublishedAt: page.PublishedAt}
	if strings.TrimSpace(doc.Body) == "" {
		return Document{}, ErrEmptyBody
	}
	return doc, nil
}
