// Package terms is Recherche's text layer: it owns how text is cut into
// words and how words become the terms the index stores, so that a search,
// a summary, a keyphrase and an entity all see the same words.
//
//   - words.go: the word cutter (Unicode's word boundaries, with a fast
//     path for ASCII), registered as the analyzers' tokenizer, and Tokens,
//     which summaries and keyphrases read a text's terms from.
//   - terms.go: the French, English and neutral analyzers, Bleve chains
//     registered by name so the index mapping refers to them; folding
//     (accents, and ligatures: "cœur" and "coeur" are one term); Bleve's
//     list of French elided words, which entities split off too.
//   - memo.go: the one word cache, what each chain made of each word,
//     shared by the index's analyzers and Tokens.
//   - prepared.go: the summary's terms of a body, handed to the index
//     (corpus.Terms) so it does not analyze the body again.
//   - phrases.go: finding any of a list of phrases in one pass.
//
// What cleaning needs as much as analysis does sits below it in corpus,
// because corpus may not import analysis: the one list of apostrophes
// (corpus/apostrophe.go), the plain runs of letters (and digits) that
// cleaning, summaries and language detection count (corpus/words.go), and
// the word lists as embedded files (corpus/wordlist).
//
// It imports Bleve's analysis packages, corpus and the standard library.
package terms

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// Names of the analyzers and filters registered by this package.
const (
	French         = "recherche_fr"
	English        = "recherche_en"
	Neutral        = "recherche_neutral"
	FoldFilter     = "recherche_fold"
	LigatureFilter = "recherche_ligature"
	FrenchStop     = "recherche_stop_fr"
)

// frenchStopExtra completes Snowball's French stop list (Bleve's stop_fr),
// which has the pronouns and auxiliaries but not the interrogative words
// that start most French questions ("quoi" too: "en quoi", "à quoi"), nor
// "a" (has), the commonest form of avoir: in a question they only add
// noise to the ranking, and "quoi", rare in written prose, much of it.
var frenchStopExtra = []string{
	"a", "combien", "comment", "pourquoi", "où", "quand",
	"lequel", "laquelle", "lesquels", "lesquelles", "dont", "quoi",
}

// AnalyzerFor returns the analyzer name for an ISO 639-1 language code:
// French and English get their own chains, every other language the neutral
// one (tokenize, lowercase, fold) so it is still searchable.
func AnalyzerFor(lang string) string {
	switch lang {
	case "fr":
		return French
	case "en":
		return English
	}
	return Neutral
}

func init() {
	must(registry.RegisterTokenFilter(FoldFilter, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	}))
	must(registry.RegisterTokenMap(FrenchStop, func(map[string]any, *registry.Cache) (analysis.TokenMap, error) {
		m := analysis.NewTokenMap()
		if err := m.LoadBytes(fr.FrenchStopWords); err != nil {
			return nil, err
		}
		for _, w := range frenchStopExtra {
			m.AddToken(w)
		}
		return m, nil
	}))
	must(registry.RegisterTokenFilter(FrenchStop, func(_ map[string]any, cache *registry.Cache) (analysis.TokenFilter, error) {
		m, err := cache.TokenMapNamed(FrenchStop)
		if err != nil {
			return nil, err
		}
		return stop.NewStopTokensFilter(m), nil
	}))
	must(registry.RegisterTokenFilter(LigatureFilter, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return ligatureFilter{}, nil
	}))
	// French: ligatures are spelled out before stop words and stemming so
	// that "cœur" and "coeur" stem alike; accents are folded after the
	// light stemmer, whose suffix rules know French accents.
	must(registry.RegisterAnalyzer(French, chain(Words,
		lowercase.Name, fr.ElisionName, LigatureFilter, FrenchStop, fr.LightStemmerName, FoldFilter)))
	must(registry.RegisterAnalyzer(English, chain(Words,
		en.PossessiveName, lowercase.Name, LigatureFilter, FoldFilter, en.StopName, en.SnowballStemmerName)))
	must(registry.RegisterAnalyzer(Neutral, chain(Words,
		lowercase.Name, LigatureFilter, FoldFilter)))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// chain builds an analyzer of a tokenizer and filters; the filters run
// behind one memoFilter whose memory every instance of the analyzer (one
// per Bleve index and one for Analyzer) shares.
func chain(tokenizer string, filters ...string) registry.AnalyzerConstructor {
	memo := &memoStore{seen: make(map[string]memoTerm, 1<<12)}
	return func(_ map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
		tok, err := cache.TokenizerNamed(tokenizer)
		if err != nil {
			return nil, fmt.Errorf("tokenizer %s: %w", tokenizer, err)
		}
		var chain []analysis.TokenFilter
		for _, name := range filters {
			f, err := cache.TokenFilterNamed(name)
			if err != nil {
				return nil, fmt.Errorf("token filter %s: %w", name, err)
			}
			chain = append(chain, f)
		}
		return &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: []analysis.TokenFilter{&memoFilter{filters: chain, memoStore: memo}}}, nil
	}
}

var (
	cacheOnce sync.Once
	analyzers map[string]analysis.Analyzer
)

// Analyzer returns the analyzer Recherche uses for lang.
func Analyzer(lang string) analysis.Analyzer {
	return analyzerNamed(AnalyzerFor(lang))
}

// analyzerNamed returns the analyzer registered under name (French,
// English or Neutral).
func analyzerNamed(name string) analysis.Analyzer {
	cacheOnce.Do(func() {
		cache := registry.NewCache()
		analyzers = map[string]analysis.Analyzer{}
		for _, name := range []string{French, English, Neutral} {
			a, err := cache.AnalyzerNamed(name)
			if err != nil {
				panic(fmt.Sprintf("terms: analyzer %s: %v", name, err))
			}
			analyzers[name] = a
		}
	})
	return analyzers[name]
}

// Terms returns the terms the index would store for text in lang, in order,
// stop words removed.
func Terms(text, lang string) []string {
	stream := Analyzer(lang).Analyze([]byte(text))
	out := make([]string, 0, len(stream))
	for _, tok := range stream {
		out = append(out, string(tok.Term))
	}
	return out
}

// Fold removes diacritics and spells out ligatures: "Œuvre Éditée" becomes
// "OEuvre Editee". It keeps case; callers lowercase where they need to.
func Fold(s string) string {
	if isASCII(s) {
		return s
	}
	if f, ok := foldLatin(s); ok {
		return f
	}
	return foldSlow(s)
}

// latinFolds holds what foldSlow makes of each rune of the Latin-1 and
// Latin Extended-A and -B blocks, which is all French, English and the
// other Western European languages write. Folding a word of them rune by
// rune gives what foldSlow gives (FuzzFold checks it) without its three
// normalization passes and copies; entity extraction and the index fold
// every accented word.
var latinFolds = func() (t [0x250 - 0x80]string) {
	for r := rune(0x80); r < 0x250; r++ {
		t[r-0x80] = foldSlow(string(r))
	}
	return t
}()

func foldLatin(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r < 0x250:
			b.WriteString(latinFolds[r-0x80])
		default:
			return "", false
		}
	}
	return b.String(), true
}

func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if lig, ok := ligatures[r]; ok {
			b.WriteString(lig)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

var ligatures = map[rune]string{
	'œ': "oe", 'Œ': "OE", 'æ': "ae", 'Æ': "AE", 'ß': "ss",
	'ﬁ': "fi", 'ﬂ': "fl", 'ﬀ': "ff", 'ﬃ': "ffi", 'ﬄ': "ffl",
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if s := string(tok.Term); !isASCII(s) {
			tok.Term = []byte(Fold(s))
		}
	}
	return in
}

type ligatureFilter struct{}

func (ligatureFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		s := string(tok.Term)
		if isASCII(s) {
			continue
		}
		var b strings.Builder
		changed := false
		for _, r := range s {
			if lig, ok := ligatures[r]; ok {
				b.WriteString(lig)
				changed = true
				continue
			}
			b.WriteRune(r)
		}
		if changed {
			tok.Term = []byte(b.String())
		}
	}
	return in
}

// elided holds the French words that lose their vowel before another word
// ("l'", "qu'", "jusqu'"): Bleve's own list, the one the French analyzer's
// elision filter strips, so that entity extraction cuts elisions where the
// index does.
var elided = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(string(fr.FrenchArticles)) {
		m[w] = true
	}
	return m
}()

// Elided reports whether w, lower case, is a French word that loses its
// vowel before another ("l", "d", "qu", "jusqu").
func Elided(w string) bool {
	return elided[w]
}
