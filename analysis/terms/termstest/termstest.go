// Package termstest holds the texts that the tests of the text layer and
// of its consumers (summaries, keyphrases) all check the word cutter and
// the analyzers against, so every package tries the same hard cases.
package termstest

import (
	_ "embed"
	"strconv"
	"strings"
	"testing"

	"github.com/recherche/recherche/internal/testutil"
)

//go:embed edges.txt
var edges string

// Edges returns the edge cases of edges.txt by name; a name's first two
// letters are the text's language.
func Edges(tb testing.TB) map[string]string {
	tb.Helper()
	out := map[string]string{}
	for _, l := range testutil.DataLines(edges) {
		name, quoted, ok := strings.Cut(l.Text, " ")
		text, err := strconv.Unquote(quoted)
		if !ok || err != nil {
			tb.Fatalf("edges.txt line %d: want a name and a Go string: %q", l.N, l.Text)
		}
		out[name] = text
	}
	return out
}
