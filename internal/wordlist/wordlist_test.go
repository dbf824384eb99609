package wordlist

import (
	"io/fs"
	"strings"
	"testing"
)

// TestLists: every list has entries, and every entry is lower case, since
// every user lower-cases the text it compares with them: an entry with a
// capital would never match.
func TestLists(t *testing.T) {
	names, err := fs.Glob(files, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lists: %v", err)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			lines := Lines(name)
			if len(lines) == 0 {
				t.Fatal("empty list")
			}
			for _, l := range lines {
				if strings.ToLower(l) != l {
					t.Errorf("%q is not lower case", l)
				}
			}
		})
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		lines []string
	}{
		{"clean-promo-offer.txt", []string{"offert", "free", "discount"}, nil},
		{"clean-tag-labels.txt", []string{"mots", "clés"}, []string{"mots clés", "filed under"}},
		{"furniture-phrases.txt", []string{"s’abonner"}, []string{"sponsored post", "[related:", "://"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := Set(tt.name)
			for _, w := range tt.words {
				if !set[w] {
					t.Errorf("Set lacks %q", w)
				}
			}
			lines := Lines(tt.name)
			for _, want := range tt.lines {
				found := false
				for _, l := range lines {
					found = found || l == want
				}
				if !found {
					t.Errorf("Lines lacks %q", want)
				}
			}
			for _, l := range lines {
				if strings.HasPrefix(l, "#") || l == "" {
					t.Errorf("Lines kept %q", l)
				}
			}
		})
	}
}
