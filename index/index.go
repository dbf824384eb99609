// Package index owns the engine-neutral search contract: the query a client
// asks, the results and facets it gets back, the user query syntax, and the
// errors an engine reports. Engines live in subpackages (bleveindex).
//
// It imports corpus and the standard library only.
package index

import (
	"errors"
	"time"
)

// Errors an engine reports; callers map them to statuses in one place.
var (
	ErrNotFound     = errors.New("not found")
	ErrInvalidQuery = errors.New("invalid query")
	ErrClosed       = errors.New("index closed")
)

// Facet names a client may ask for.
const (
	FacetEntities    = "entities"
	FacetEntityTypes = "entity_type"
	FacetLang        = "lang"
	FacetSource      = "source"
	FacetYear        = "year"
)

// FacetNames lists every facet an engine computes, in documentation order.
var FacetNames = []string{FacetEntities, FacetEntityTypes, FacetLang, FacetSource, FacetYear}

// Sort orders.
const (
	SortRelevance = "relevance"
	SortDate      = "date"
	SortDateDesc  = "-date"
)

// Limits that keep one query from holding the server.
const (
	MaxQueryLength = 4096 // bytes of query text
	MaxClauses     = 64   // terms and phrases kept after parsing (see ReduceQuery)
	MaxWindow      = 10000
	MaxSize        = 100
	MaxFacetSize   = 100
)

// Query is a search request as the engine sees it: user text plus filters.
type Query struct {
	Text     string
	TextLang string // detected language of Text; its fields get a boost
	// LangWeights, when TextLang is "" (detection not reliable), says how
	// much Text looks like each language, the likeliest 1: cross-lingual
	// search reads it as each, weighted so.
	LangWeights map[string]float64
	Lang        string   // filter: ISO 639-1
	Entities    []string // filter: canonical entity names, all must hold
	EntityTypes []string // filter: documents with an entity of any of these types
	Source      string
	From, To    *time.Time
	Facets      []string
	FacetSize   int
	Size        int
	Offset      int
	Sort        string
	Highlight   bool
	// WithBodies asks the engine to return each hit's body, for callers
	// that summarize a result set.
	WithBodies bool
	// Translator, when set, makes the search cross-lingual: each plain
	// word of Text is also searched, in the documents of every other
	// language, as the words Translator gives for it.
	Translator Translator
	// Typos lets the engine search a word the index lacks as the words of
	// the index within MaxTypos edits of it (typo.go), before translation.
	Typos bool
	// Prefix searches the last word of Text as the start of a word too,
	// for results while the user types; Text ending in a space has none.
	Prefix bool
}

// Translator turns query text of one language into term groups of
// another, the terms being what that language's analyzer indexes. vocab
// tells how many documents of the target language hold a term, so that
// only translations the index has are kept and weighed.
type Translator interface {
	Translate(text, from, to string, vocab func(term string) int) []TermGroup
}

// TermGroup is one word (or known phrase) of a query as another language's
// documents are searched for it: its translations, scored together as one
// term, so a word with many translations weighs as much as one with a
// single translation.
type TermGroup struct {
	Source string
	Start  int // byte offsets of Source in the translated text
	End    int
	Terms  []WeightedTerm
}

// WeightedTerm is one analyzed term of a TermGroup; Display is a word to
// show for it, Weight its share in (0, 1].
type WeightedTerm struct {
	Term    string
	Display string
	Weight  float64
	Part    int // place in a translation of several words, each searched as a word
}

// Reading says how the engine read a query: the translations it also
// searched, per target language, for clients to show ("also searched").
type Reading struct {
	Translations map[string][]WeightedTerm
	// Dropped counts the words of a long query left out: the least
	// informative ones past MaxClauses.
	Dropped int
	// Corrections lists the words searched as other words than typed
	// (Query.Typos, Query.Prefix), in query order.
	Corrections []Correction
	// Suggestion is Text with its typos corrected ("did you mean"), ""
	// when none was.
	Suggestion string
	// Rewritten is Text with its typos corrected and its last word
	// completed, "" when nothing was: what the query was searched as,
	// whose language a caller may detect again.
	Rewritten string
}

// Correction kinds.
const (
	CorrectionTypo   = "typo"
	CorrectionPrefix = "prefix"
)

// Correction is one query word searched as other words: its likeliest
// corrections or completions, best first.
type Correction struct {
	Word string
	Kind string
	As   []string
}

// Hit is one matching document.
type Hit struct {
	ID          string
	Title       string
	Lang        string
	Score       float64
	Snippets    []string
	Entities    []string
	PublishedAt *time.Time
	Body        string // only with Query.WithBodies
}

// FacetValue is one bucket of a facet: a value and the number of matching
// documents that have it.
type FacetValue struct {
	Value string
	Count int
}

// Result is the answer to a Query; facets come back in the same call.
type Result struct {
	Total  uint64
	Took   time.Duration
	Hits   []Hit
	Facets map[string][]FacetValue
	Query  Reading
}

// PutStatus tells whether a stored document was new or replaced another.
type PutStatus string

// Put statuses.
const (
	Created  PutStatus = "created"
	Replaced PutStatus = "replaced"
)

// EntityCount is an entity with the number of documents that mention it.
type EntityCount struct {
	Name  string
	Type  string
	Count int
}

// EntityFilter selects entities for a listing.
type EntityFilter struct {
	Prefix string // case- and accent-insensitive prefix of the canonical name
	Type   string
	Size   int
}

// EntityDetail describes one entity across the index.
type EntityDetail struct {
	Name        string
	Type        string
	Count       int
	Languages   []FacetValue
	CoOccurring []EntityCount
}

// Stats describes the index as a whole.
type Stats struct {
	Documents      uint64
	ByLang         map[string]int
	SizeBytes      int64
	MappingVersion int
	Shards         int
}
