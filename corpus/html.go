package corpus

import (
	"bytes"
	"errors"
	"fmt"
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
	doc.ID = id
	return doc, err
}

// fromPage is ParseHTML without the text checks, which JSON documents
// have already passed.
func fromPage(data []byte) (Document, error) {
	page, err := webpage.Extract(data)
	if errors.Is(err, webpage.ErrNoArticle) {
		return Document{}, fmt.Errorf("%w: %w", ErrEmptyBody, err)
	}
	if err != nil {
		return Document{}, fmt.Errorf("html: %w", err)
	}
	doc := Document{Title: oneLine(page.Title), Body: Clean(page.Body), URL: page.URL, PublishedAt: page.PublishedAt}
	if doc.Body == "" {
		return Document{}, ErrEmptyBody
	}
	return doc, nil
}
