package main

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/recherche/recherche/analysis/entities"
	"github.com/recherche/recherche/corpus"
)

// newsLangs are the news corpora, news-en.ndjson and news-fr.ndjson.
var newsLangs = []string{"en", "fr"}

// eachNews calls fn for every document of a news corpus with its body
// through corpus.Clean, as ingestion does, and returns how many there were.
func eachNews(corpusDir, lang string, fn func(doc corpus.Document, body string)) (path string, docs int, err error) {
	path = filepath.Join(corpusDir, "news-"+lang+".ndjson")
	f, err := os.Open(path)
	if err != nil {
		return path, 0, fmt.Errorf("news: %w", err)
	}
	defer f.Close()
	err = corpus.ReadNDJSON(f, func(it corpus.Item) error {
		if it.Err != nil {
			return nil // the loader's own checks; not this measure
		}
		docs++
		fn(it.Doc, corpus.Clean(it.Doc.Body))
		return nil
	})
	if err != nil {
		return path, docs, fmt.Errorf("news %s: %w", path, err)
	}
	return path, docs, nil
}

// facets prints, for each news corpus, the n entities found in the most
// documents: what the entities facet of a search over everything shows.
// Documents are counted once per entity, as the facet counts them. Names
// are the extractor's, before the index groups spellings that differ only
// by accents.
func facets(w io.Writer, x *entities.Extractor, corpusDir string, n int) error {
	for _, lang := range newsLangs {
		type facet struct {
			name string
			typ  corpus.EntityType
			docs int
		}
		byName := map[string]*facet{}
		path, docs, err := eachNews(corpusDir, lang, func(doc corpus.Document, body string) {
			for _, e := range x.Extract(doc.Title, body, lang) {
				fc := byName[e.Name]
				if fc == nil {
					fc = &facet{name: e.Name, typ: e.Type}
					byName[e.Name] = fc
				}
				fc.docs++
			}
		})
		if err != nil {
			return err
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

// entityMentions prints, for each news corpus, how many documents have
// the entity name, how often each spelling of it stands for it, and the
// first shown mentions in their sentence: what one facet value is made of.
func entityMentions(w io.Writer, x *entities.Extractor, corpusDir, name string, shown int) error {
	for _, lang := range newsLangs {
		var withIt, mentions int
		texts := map[string]int{}
		var lines []string
		path, docs, err := eachNews(corpusDir, lang, func(doc corpus.Document, body string) {
			found := false
			for _, m := range x.Mentions(doc.Title, body, lang) {
				if m.Name != name {
					continue
				}
				found = true
				mentions++
				texts[m.Text]++
				if len(lines) < shown {
					field := body
					if m.InTitle {
						field = doc.Title
					}
					lines = append(lines, fmt.Sprintf("  %s: %s", doc.ID, around(field, m.Start, m.End, 60)))
				}
			}
			if found {
				withIt++
			}
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n%s: %q in %d of %d documents, %d mentions\n", filepath.Base(path), name, withIt, docs, mentions)
		spellings := make([]string, 0, len(texts))
		for t := range texts {
			spellings = append(spellings, t)
		}
		slices.SortFunc(spellings, func(a, b string) int {
			return cmp.Or(cmp.Compare(texts[b], texts[a]), cmp.Compare(a, b))
		})
		for _, t := range spellings {
			fmt.Fprintf(w, "  %6d  %s\n", texts[t], t)
		}
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	}
	return nil
}

// around returns the text of [start, end) with up to width bytes either
// side, the mention in brackets, on one line.
func around(s string, start, end, width int) string {
	from, to := max(0, start-width), min(len(s), end+width)
	for from > 0 && from < start && !utf8Start(s[from]) {
		from--
	}
	for to < len(s) && !utf8Start(s[to]) {
		to++
	}
	return strings.Join(strings.Fields(s[from:start]+"["+s[start:end]+"]"+s[end:to]), " ")
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// facetValue is one value of the entities facet of an index holding both
// news corpora: the index keeps a name under each type it was given, so a
// value is a name and a type.
type facetValue struct {
	name string
	typ  corpus.EntityType
	docs int
}

// facetValues counts, over both news corpora, the documents each facet
// value is found in, most documents first, then by name and type.
func facetValues(x *entities.Extractor, corpusDir string) ([]facetValue, error) {
	// As ingestion does: the corpus's votes type the names a document
	// gives no evidence for.
	x = x.WithVotes(entities.NewVotes())
	type key struct {
		name string
		typ  corpus.EntityType
	}
	byKey := map[key]*facetValue{}
	for _, lang := range newsLangs {
		_, _, err := eachNews(corpusDir, lang, func(doc corpus.Document, body string) {
			for _, e := range x.Extract(doc.Title, body, lang) {
				k := key{e.Name, e.Type}
				fv := byKey[k]
				if fv == nil {
					fv = &facetValue{name: e.Name, typ: e.Type}
					byKey[k] = fv
				}
				fv.docs++
			}
		})
		if err != nil {
			return nil, err
		}
	}
	all := make([]facetValue, 0, len(byKey))
	for _, fv := range byKey {
		all = append(all, *fv)
	}
	slices.SortFunc(all, func(a, b facetValue) int {
		return cmp.Or(cmp.Compare(b.docs, a.docs), cmp.Compare(a.name, b.name), cmp.Compare(a.typ, b.typ))
	})
	return all, nil
}

// sampleMinDocs leaves out of the sample the facet values a reader scrolls
// past: found in fewer documents than this.
var sampleMinDocs int

// sampleSeed fixes the sample, so that the judged file can be rebuilt;
// another seed draws names nobody has looked at yet.
var sampleSeed uint64

// sampleFacets prints, as TSV to judge by hand, n facet values drawn at
// random among those of each of person, organization and place found in
// sampleMinDocs documents or more, then the n values of other found in the
// most documents (drawn at random too when randomOther): name, type given,
// documents.
func sampleFacets(w io.Writer, dir string, n int, randomOther bool) error {
	x, err := builtinExtractor()
	if err != nil {
		return err
	}
	all, err := facetValues(x, filepath.Join(findNERDir(dir), "..", "corpus"))
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(sampleSeed, sampleSeed))
	fmt.Fprintf(w, "# name\ttype given\tdocuments\n")
	for _, typ := range []corpus.EntityType{corpus.Person, corpus.Organization, corpus.Place, corpus.Other} {
		var pool []facetValue
		for _, fv := range all {
			if fv.typ == typ && fv.docs >= sampleMinDocs {
				pool = append(pool, fv)
			}
		}
		if typ != corpus.Other || randomOther {
			rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		}
		for _, fv := range pool[:min(n, len(pool))] {
			fmt.Fprintf(w, "%s\t%s\t%d\n", fv.name, fv.typ, fv.docs)
		}
	}
	return nil
}
