// Package demo owns Recherche's demo corpus: twenty short IT-news articles,
// written for the project, in French and English, about virtualization,
// cloud and containers. They are embedded so a fresh install can index and
// search something at once, and chosen so searches are interesting: accents,
// elisions with ' and ’, ligatures (cœur, œuvre), plurals, shared entities
// (VMware, Azure, Kubernetes…) and a few pages with web boilerplate left in
// to show cleaning at work.
//
// It imports corpus and the standard library only.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/recherche/recherche/corpus"
)

//go:embed articles/*.md
var articles embed.FS

// Documents returns the demo articles parsed with corpus.ParseMarkdown, in
// id order; a document's id is its file's base name without extension.
func Documents() ([]corpus.Document, error) {
	entries, err := fs.ReadDir(articles, "articles")
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	docs := make([]corpus.Document, 0, len(entries))
	for _, e := range entries {
		data, err := articles.ReadFile(path.Join("articles", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
		id := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		doc, err := corpus.ParseMarkdown(id, data)
		if err != nil {
			return nil, fmt.Errorf("demo: parse %s: %w", e.Name(), err)
		}
		docs = append(docs, doc)
	}
	return docs, nil
}
