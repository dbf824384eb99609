package bleveindex

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// benchDocs returns n analyzed-looking news articles, alternately French
// and English, about 1.5 KB each — the size of the eval news corpus — with
// entities drawn from a small pool so facets have something to count.
func benchDocs(n, offset int) []corpus.Document {
	fr := "Le fournisseur a annoncé mardi l'ouverture d'une nouvelle région de cloud souverain, qualifiée par l'agence. " +
		"Cette région doit permettre aux administrations d'héberger leurs machines virtuelles sans dépendre d'un acteur américain. "
	en := "The cloud provider disclosed on Tuesday a major outage of its object storage platform, which left backups unavailable. " +
		"Analysts said demand for virtual machines and containers had doubled in a year, driven by artificial intelligence. "
	pool := []corpus.Entity{
		{Name: "Microsoft", Type: corpus.Organization}, {Name: "VMware", Type: corpus.Organization},
		{Name: "Docker", Type: corpus.Product}, {Name: "Azure", Type: corpus.Product},
		{Name: "Paris", Type: corpus.Place}, {Name: "Satya Nadella", Type: corpus.Person},
		{Name: "OVHcloud", Type: corpus.Organization}, {Name: "Kubernetes", Type: corpus.Product},
	}
	docs := make([]corpus.Document, n)
	for i := range docs {
		k := i + offset
		lang, body := "fr", fr
		if k%2 == 1 {
			lang, body = "en", en
		}
		docs[i] = corpus.Document{
			ID:       fmt.Sprintf("doc-%06d", k),
			Lang:     lang,
			Title:    fmt.Sprintf("%s %d", pool[k%len(pool)].Name, k),
			Body:     fmt.Sprintf("%s Article %d. %s", strings.Repeat(body, 6), k, pool[(k/3)%len(pool)].Name),
			Source:   []string{"lemag", "wire", "reuters"}[k%3],
			Entities: []corpus.Entity{{Name: pool[k%len(pool)].Name, Type: pool[k%len(pool)].Type, Count: 2}, {Name: pool[(k/3)%len(pool)].Name, Type: pool[(k/3)%len(pool)].Type, Count: 1}},
		}
	}
	return docs
}

// BenchmarkPutBatch indexes batches of 1,000 new documents, the batch size
// tools/benchingest uses; docs/s is what ingestion can expect from the engine
// alone, analysis aside.
func BenchmarkPutBatch(b *testing.B) {
	const size = 1000
	x := tempIndex(b, Options{})
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := x.Put(ctx, benchDocs(size, i*size)); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(i*size)/b.Elapsed().Seconds(), "docs/s")
}

// benchIndex is an index of 5,000 of benchDocs.
func benchIndex(b *testing.B) *Index {
	b.Helper()
	x := tempIndex(b, Options{})
	for i := range 5 {
		if _, err := x.Put(context.Background(), benchDocs(1000, i*1000)); err != nil {
			b.Fatal(err)
		}
	}
	return x
}

// BenchmarkSearchFaceted runs what GET /v1/search does by default — one or
// two words, or a phrase, with the entities and lang facets and highlights —
// over 5,000 documents.
func BenchmarkSearchFaceted(b *testing.B) {
	x := benchIndex(b)
	queries := []index.Query{
		{Text: "cloud"},
		{Text: "machines virtuelles", TextLang: "fr"},
		{Text: `"virtual machines"`, TextLang: "en"},
		{Text: "outage", Lang: "en"},
		{Text: "région", Entities: []string{"Microsoft"}},
	}
	for _, q := range queries {
		b.Run(strings.Trim(q.Text, `"`), func(b *testing.B) {
			q.Facets = []string{index.FacetEntities, index.FacetLang}
			q.Size, q.Highlight = 10, true
			b.ReportAllocs()
			for b.Loop() {
				res, err := x.Search(context.Background(), q)
				if err != nil {
					b.Fatal(err)
				}
				if res.Total == 0 {
					b.Fatalf("%q matched nothing", q.Text)
				}
			}
		})
	}
}

// BenchmarkSearchPrefix runs queries being typed (Query.Prefix) with the
// API's defaults, facets and highlights, over 5,000 documents: completing
// the last word on the body terms and the word list, then the search.
func BenchmarkSearchPrefix(b *testing.B) {
	x := benchIndex(b)
	for _, text := range []string{"a", "cl", "virtu", "machines virtuel", "administrati", "disclo"} {
		b.Run(text, func(b *testing.B) {
			q := index.Query{Text: text, Prefix: true, Typos: true, Size: 10, Highlight: true,
				Facets: []string{index.FacetEntities, index.FacetLang}}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := x.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
