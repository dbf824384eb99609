// Package corpus owns Recherche's domain types — documents, their entities
// and summary sentences — and the code that turns files into documents
// (loaders) and strips web boilerplate from them (cleaning).
//
// It imports the standard library and its subpackages: corpus/charset
// (golang.org/x/text) reads legacy encodings, corpus/webpage (a Readability
// port) reduces web pages to their article, each the one door to an outside
// library, and corpus/wordlist holds the word lists cleaning and analysis
// match text against. Every other package points here.
//
// Text normalisation that cleaning needs as much as analysis does (the one
// list of apostrophes, apostrophe.go) lives here rather than in the text
// layer, analysis/terms, because corpus may not import analysis; terms
// builds on it.
package corpus

import (
	"time"
)

// Document is one article as Recherche stores and serves it. Fields filled
// by analysis (Lang when not given, Entities, Summary, Keyphrases) are empty
// until the document has gone through analysis.
type Document struct {
	ID             string     `json:"id"`
	Title          string     `json:"title,omitempty"`
	Body           string     `json:"body"`
	Lang           string     `json:"lang,omitempty"`
	LangConfidence float64    `json:"lang_confidence,omitempty"`
	Source         string     `json:"source,omitempty"`
	URL            string     `json:"url,omitempty"`
	PublishedAt    *time.Time `json:"published_at,omitempty"`
	IngestedAt     time.Time  `json:"ingested_at"`
	Entities       []Entity   `json:"entities,omitempty"`
	Summary        []Sentence `json:"summary,omitempty"`
	Keyphrases     []string   `json:"keyphrases,omitempty"`

	// BodyTerms, when analysis sets it, holds the index terms it already
	// made of Body, so that storing the document need not analyze Body
	// again. A store that finds them made of another text, or by another
	// analyzer than the body field's, ignores them. They are never stored
	// or sent.
	BodyTerms *Terms `json:"-"`

	// cleaned is Body as a parser left it after cleaning it (text,
	// markdown and HTML files are parsed on cleaned text), so that
	// CleanBody need not clean it again. A Body changed since no longer
	// matches and is cleaned.
	cleaned string
}

// EntityType is the kind of thing an entity names.
type EntityType string

// The entity types a gazetteer entry or a discovered name can have.
const (
	Organization EntityType = "organization"
	Product      EntityType = "product"
	Person       EntityType = "person"
	Place        EntityType = "place"
	Other        EntityType = "other"
)

// ValidEntityType reports whether t is one of the known entity types.
func ValidEntityType(t EntityType) bool {
	switch t {
	case Organization, Product, Person, Place, Other:
		return true
	}
	return false
}

// Entity is a named entity as found in one document: its canonical name, its
// type and how many times the document mentions it (under any alias).
type Entity struct {
	Name  string     `json:"name"`
	Type  EntityType `json:"type"`
	Count int        `json:"count"`
}

// Sentence is a verbatim sentence of a document with its position: the index
// of the sentence among the document's sentences, counted from 0.
type Sentence struct {
	Text     string `json:"text"`
	Position int    `json:"position"`
}
