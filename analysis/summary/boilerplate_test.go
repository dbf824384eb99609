package summary

import (
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis/sentences"
)

// TestContainsMarker: the one-pass marker search finds what a search for
// each marker finds.
func TestContainsMarker(t *testing.T) {
	texts := []string{"", "a", "s", "publicit", "xx ://", "read mor", "read more", "ça à lire aussi"}
	for _, m := range boilerplateMarkers {
		texts = append(texts, m, "x"+m, m+" x", "le "+m+" la", m[:len(m)-1], m[1:])
	}
	eachArticle(t, func(t *testing.T, title, body, lang string) {
		for _, sp := range sentences.Split(body, lang) {
			texts = append(texts, strings.ToLower(sp.Text))
		}
	})
	for _, text := range texts {
		want := false
		for _, m := range boilerplateMarkers {
			want = want || strings.Contains(text, m)
		}
		if got := containsMarker(text); got != want {
			t.Errorf("containsMarker(%q) = %v, want %v", text, got, want)
		}
	}
}
