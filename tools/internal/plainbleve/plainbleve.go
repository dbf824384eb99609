// Package plainbleve is plain Bleve as issue 14 defines the baseline that
// Recherche's speed is measured against: BM25, Bleve's stock fr and en
// analyzers (standard for other languages) on one body field per language,
// the language as a keyword with doc values for its facet, nothing stored,
// no term vectors. tools/loadtest searches it and tools/benchingest
// indexes it, so both compare with the same engine.
package plainbleve

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// BodyFields are the body fields of the languages it knows.
var BodyFields = []string{"body_fr", "body_en", "body_xx"}

// Mapping returns the index mapping.
func Mapping() *mapping.IndexMappingImpl {
	im := bleve.NewIndexMapping()
	im.ScoringModel = "bm25"
	im.IndexDynamic, im.StoreDynamic, im.DocValuesDynamic = false, false, false
	doc := bleve.NewDocumentStaticMapping()
	for sfx, an := range map[string]string{"fr": "fr", "en": "en", "xx": "standard"} {
		f := bleve.NewTextFieldMapping()
		f.Analyzer, f.Store, f.IncludeTermVectors, f.IncludeInAll, f.DocValues = an, false, false, false, false
		doc.AddFieldMappingsAt("body_"+sfx, f)
	}
	lang := bleve.NewKeywordFieldMapping()
	lang.Store, lang.IncludeInAll, lang.DocValues = false, false, true
	doc.AddFieldMappingsAt("lang", lang)
	im.DefaultMapping = doc
	return im
}

// Fields returns what plain Bleve indexes of a document: its body in its
// language's field, and its language.
func Fields(lang, body string) map[string]any {
	sfx := lang
	if sfx != "fr" && sfx != "en" {
		sfx = "xx"
	}
	return map[string]any{"body_" + sfx: body, "lang": lang}
}
