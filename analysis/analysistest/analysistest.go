// Package analysistest gives tests one real Analyzer per test binary: the
// language models take a second and a few hundred megabytes to load, so
// every test of a package shares them instead of loading its own.
package analysistest

import (
	"sync"
	"testing"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/translate"
)

var (
	once   sync.Once
	shared *analysis.Analyzer
	err    error
)

// Analyzer returns the shared analyzer with default options, failing tb
// when the models cannot load.
func Analyzer(tb testing.TB) *analysis.Analyzer {
	tb.Helper()
	once.Do(func() { shared, err = analysis.New(analysis.Options{}) })
	if err != nil {
		tb.Fatal(err)
	}
	return shared
}

var (
	lexOnce sync.Once
	lex     *translate.Translator
)

// Translator returns the shared cross-lingual translator over the lexicons
// Debian's FreeDict packages install (the glossary and cognates alone where
// they are missing, as the server runs then).
func Translator(tb testing.TB) *translate.Translator {
	tb.Helper()
	lexOnce.Do(func() { lex = translate.New(translate.Load(translate.Options{})) })
	return lex
}
