package bleveindex

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveapi "github.com/blevesearch/bleve_index_api"

	"github.com/recherche/recherche/analysis/terms"
)

// Field names of the stored layout. Text fields carry a language suffix so
// each language gets its own analyzer and its own BM25 statistics.
const (
	fieldLang        = "lang"
	fieldSource      = "source"
	fieldEntities    = "entities"     // canonical names, stored for hits
	fieldEntityTypes = "entity_types" // types present in the document
	fieldEntityOrds  = "entity_ords"  // entity ordinals, for facets, listings and filters (see ordinals)
	fieldPublished   = "published_at"
	fieldYear        = "year"
	fieldDoc         = "doc_json" // the document without title and body, stored only
)

// langSuffixes are the suffixes of the per-language text fields: French and
// English get their analyzers, every other language shares the neutral one.
var langSuffixes = []string{"fr", "en", "xx"}

func suffix(lang string) string {
	switch lang {
	case "fr", "en":
		return lang
	}
	return "xx"
}

func titleField(sfx string) string { return "title_" + sfx }
func bodyField(sfx string) string  { return "body_" + sfx }

// MappingVersion changes whenever the stored layout below or an analyzer
// it names changes; Open refuses or rebuilds an index written with another.
// TestMappingVersion fails when the mapping or what the analyzers make of a
// sample text changes while this number does not.
const MappingVersion = 4

// analyzerFor maps a field suffix to the analyzer the terms package
// registered for it.
func analyzerFor(sfx string) string {
	if sfx == "xx" {
		return terms.Neutral
	}
	return terms.AnalyzerFor(sfx)
}

// Mapping returns the index mapping for MappingVersion. It is exported so
// benchmarks can build a bare Bleve index with the very same layout.
func Mapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.ScoringModel = bleveapi.BM25Scoring
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	doc := bleve.NewDocumentStaticMapping()
	for _, sfx := range langSuffixes {
		for _, name := range []string{titleField(sfx), bodyField(sfx)} {
			f := bleve.NewTextFieldMapping()
			f.Analyzer = analyzerFor(sfx)
			f.Store = true
			f.IncludeTermVectors = true // highlighting needs term locations
			f.IncludeInAll = false
			f.DocValues = false
			doc.AddFieldMappingsAt(name, f)
		}
	}
	for _, name := range []string{fieldLang, fieldSource, fieldEntities, fieldEntityTypes, fieldEntityOrds, fieldYear} {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = name == fieldLang || name == fieldEntities
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		// Names are only shown: entities are counted and filtered on by
		// ordinal.
		f.Index = name != fieldEntities
		f.DocValues = name != fieldEntities
		doc.AddFieldMappingsAt(name, f)
	}
	date := bleve.NewDateTimeFieldMapping()
	date.Store = true
	date.IncludeInAll = false
	date.DocValues = true
	doc.AddFieldMappingsAt(fieldPublished, date)

	raw := bleve.NewTextFieldMapping()
	raw.Index = false
	raw.Store = true
	raw.IncludeInAll = false
	raw.IncludeTermVectors = false
	raw.DocValues = false
	doc.AddFieldMappingsAt(fieldDoc, raw)

	im.DefaultMapping = doc
	im.DefaultAnalyzer = terms.Neutral
	return im
}
