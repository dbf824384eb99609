package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/recherche/recherche/analysis/entities"
	"github.com/recherche/recherche/corpus"
)

// facets prints, for each news corpus, the n entities found in the most
// documents: what the entities facet of a search over everything shows.
// Bodies go through corpus.Clean first, as ingestion does, and documents
// are counted once per entity, as the facet counts them. Names are the
// extractor's, before the index groups spellings that differ only by
// accents.
func facets(w io.Writer, x *entities.Extractor, corpusDir string, n int) error {
	for _, lang := range []string{"en", "fr"} {
		path := filepath.Join(corpusDir, "news-"+lang+".ndjson")
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("facets: %w", err)
		}
		type facet struct {
			name string
			typ  corpus.EntityType
			docs int
		}
		byName := map[string]*facet{}
		docs := 0
		err = corpus.ReadNDJSON(f, func(it corpus.Item) error {
			if it.Err != nil {
				return nil // the loader's own checks; not this measure
			}
			docs++
			for _, e := range x.Extract(it.Doc.Title, corpus.Clean(it.Doc.Body), lang) {
				fc := byName[e.Name]
				if fc == nil {
					fc = &facet{name: e.Name, typ: e.Type}
					byName[e.Name] = fc
				}
				fc.docs++
			}
			return nil
		})
		f.Close()
		if err != nil {
			return fmt.Errorf("facets %s: %w", path, err)
		}
		all := make([]*facet, 0, len(byName))
		for _, fc := range byName {
			all = append(all, fc)
		}
		slices.SortFunc(all, func(a, b *facet) int {
			if c := cmp.Compare(b.docs, a.docs); c != 0 {
				return c
			}
			return cmp.Compare(a.name, b.name)
		})
		fmt.Fprintf(w, "\n%s: top %d entities of %d documents (documents, name, type)\n", filepath.Base(path), n, docs)
		for i, fc := range all[:min(n, len(all))] {
			fmt.Fprintf(w, "%4d %6d  %s\t%s\n", i+1, fc.docs, fc.name, fc.typ)
		}
	}
	return nil
}
