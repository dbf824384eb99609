// Package analysis turns a raw document into an analyzed one: it validates
// and cleans the text, settles its language, and fills in entities, a
// summary and keyphrases. The work itself lives in small subpackages
// (terms, langid, entities, sentences, summary); this package wires them
// once so the HTTP route and the ingest command analyze alike.
//
// It imports corpus and its own subpackages; no I/O beyond loading the
// entity file named in Options.
package analysis

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/recherche/recherche/analysis/entities"
	"github.com/recherche/recherche/analysis/langid"
	"github.com/recherche/recherche/analysis/summary"
	"github.com/recherche/recherche/corpus"
)

// Defaults for what analysis stores with each document.
const (
	SummarySentences = 3
	KeyphraseCount   = 10
	MaxIDLength      = 512
)

// Undetermined tags a document whose language could not be told (digits,
// symbols): it is stored with the language-neutral analyzer.
const Undetermined = "und"

// Errors a caller may want to tell apart.
var (
	ErrUnknownLanguage = errors.New("unknown language")
	ErrInvalidID       = errors.New("invalid id")
)

// Options configure an Analyzer.
type Options struct {
	Languages    []string // detector languages, ISO 639-1; nil = langid defaults
	LowAccuracy  bool
	EntitiesFile string // extra gazetteer entries (JSON, YAML or CSV)
	// Observe, when set, is told how long each stage took (detect,
	// entities, summary, keyphrases), for metrics.
	Observe func(stage string, d time.Duration)
}

// Analyzer is safe for concurrent use.
type Analyzer struct {
	det     *langid.Detector
	ext     *entities.Extractor
	observe func(stage string, d time.Duration)
}

// New loads the language models and the gazetteer: seconds of work and a few
// hundred megabytes, done once at start.
func New(opts Options) (*Analyzer, error) {
	det, err := langid.New(langid.Options{Languages: opts.Languages, LowAccuracy: opts.LowAccuracy})
	if err != nil {
		return nil, fmt.Errorf("language detector: %w", err)
	}
	g, err := entities.Builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in gazetteer: %w", err)
	}
	if opts.EntitiesFile != "" {
		extra, err := entities.LoadFile(opts.EntitiesFile)
		if err != nil {
			return nil, fmt.Errorf("entities file: %w", err)
		}
		if g, err = g.With(extra); err != nil {
			return nil, fmt.Errorf("entities file %s: %w", opts.EntitiesFile, err)
		}
	}
	observe := opts.Observe
	if observe == nil {
		observe = func(string, time.Duration) {}
	}
	// One tally of the corpus's types for the process: a name a document
	// gives no evidence for takes the type earlier documents gave it.
	ext := entities.NewExtractor(g).WithVotes(entities.NewVotes())
	return &Analyzer{det: det, ext: ext, observe: observe}, nil
}

// Detect returns the language of text.
func (a *Analyzer) Detect(text string) langid.Result {
	return a.det.Detect(text)
}

// Languages returns the languages the detector chooses among.
func (a *Analyzer) Languages() []string { return a.det.Languages() }

// Lookup resolves a canonical entity name or alias.
func (a *Analyzer) Lookup(name string) (entities.Entry, bool) {
	return a.ext.Lookup(name)
}

// CanonicalEntity returns the canonical name for name when the gazetteer
// knows it, else name itself (discovered entities are their own canonical
// form).
func (a *Analyzer) CanonicalEntity(name string) string {
	if e, ok := a.ext.Lookup(name); ok {
		return e.Name
	}
	return strings.TrimSpace(name)
}

// CheckLanguage validates an explicit language code.
func CheckLanguage(code string) (string, error) {
	c := strings.ToLower(strings.TrimSpace(code))
	if !langid.Supported(c) {
		return "", fmt.Errorf("%w %q: use an ISO 639-1 code such as fr or en", ErrUnknownLanguage, code)
	}
	return c, nil
}

// Analyze validates d, cleans its body (once: see corpus.Document.CleanBody)
// and fills in what analysis adds. An explicit language wins over detection. d is changed in place only when Analyze succeeds.
func (a *Analyzer) Analyze(d *corpus.Document) error {
	out := *d
	if err := corpus.ValidText(out.Title); err != nil {
		return fmt.Errorf("title: %w", err)
	}
	if err := corpus.ValidText(out.Body); err != nil {
		return fmt.Errorf("body: %w", err)
	}
	if err := corpus.ValidText(out.ID); err != nil || len(out.ID) > MaxIDLength || strings.TrimSpace(out.ID) != out.ID {
		return fmt.Errorf("%w: ids are at most %d bytes of text without surrounding spaces", ErrInvalidID, MaxIDLength)
	}
	out.Title = strings.TrimSpace(out.Title)
	out.CleanBody()
	if strings.TrimSpace(out.Body) == "" {
		return fmt.Errorf("body: %w", corpus.ErrEmptyBody)
	}
	if out.Lang != "" {
		lang, err := CheckLanguage(out.Lang)
		if err != nil {
			return err
		}
		out.Lang, out.LangConfidence = lang, 1
	} else {
		t := time.Now()
		r := a.det.Detect(out.Title + "\n" + out.Body)
		a.observe("detect", time.Since(t))
		out.Lang, out.LangConfidence = r.Lang, r.Confidence
		if out.Lang == "" {
			out.Lang = Undetermined
		}
	}
	if out.ID == "" {
		out.ID = corpus.ContentID(out)
	}
	if out.IngestedAt.IsZero() {
		out.IngestedAt = time.Now().UTC().Truncate(time.Millisecond)
	}
	t := time.Now()
	out.Entities = a.ext.Extract(out.Title, out.Body, out.Lang)
	t = a.lap("entities", t)
	// One sentence analysis serves both the summary and the keyphrases.
	art := summary.NewArticle(out.Title, out.Body, out.Lang)
	out.Summary = art.Summary(SummarySentences)
	t = a.lap("summary", t)
	out.Keyphrases = art.Keyphrases(KeyphraseCount)
	out.BodyTerms = art.IndexTerms()
	a.lap("keyphrases", t)
	*d = out
	return nil
}

func (a *Analyzer) lap(stage string, since time.Time) time.Time {
	now := time.Now()
	a.observe(stage, now.Sub(since))
	return now
}
