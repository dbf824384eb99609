package terms

import (
	"strings"
	"testing"

	"github.com/recherche/recherche/internal/wordlist"
)

// TestPhrases: the one-pass search finds what a search for each phrase
// finds, on the furniture lists and around their edges.
func TestPhrases(t *testing.T) {
	for _, list := range []string{"furniture-phrases.txt", "furniture-end.txt"} {
		t.Run(list, func(t *testing.T) {
			phrases := wordlist.Lines(list)
			p := NewPhrases(phrases)
			texts := []string{"", "a", "s", "publicit", "xx ://", "read mor", "read more", "ça à lire aussi", "\xff\xfe", "s’abonne", "news letter"}
			for _, m := range phrases {
				texts = append(texts, m, "x"+m, m+" x", "le "+m+" la", m[:len(m)-1], m[1:])
			}
			for _, text := range texts {
				want := false
				for _, m := range phrases {
					want = want || strings.Contains(text, m)
				}
				if got := p.In(text); got != want {
					t.Errorf("In(%q) = %v, want %v", text, got, want)
				}
			}
		})
	}
}
