package index_test

import (
	"testing"

	"github.com/recherche/recherche/index"
)

func TestMaxTypos(t *testing.T) {
	for _, tt := range []struct{ letters, want int }{
		{0, 0}, {3, 0}, {4, 0}, {5, 1}, {8, 1}, {9, 2}, {20, 2},
	} {
		if got := index.MaxTypos(tt.letters); got != tt.want {
			t.Errorf("MaxTypos(%d) = %d, want %d", tt.letters, got, tt.want)
		}
	}
}

func TestTypoDistance(t *testing.T) {
	tests := []struct {
		name, typed, word string
		want              int
	}{
		{"same", "macron", "macron", 0},
		{"transposition is one edit", "macorn", "macron", 1},
		{"deletion", "vmwar", "vmware", 1},
		{"insertion", "chommage", "chomage", 1},
		{"substitution", "kubernetas", "kubernetes", 1},
		{"transposition at the end", "kubernetse", "kubernetes", 1},
		{"two edits", "virtualsation", "virtualization", 2},
		{"first letter counts twice", "lacron", "macron", 2},
		{"swapped first letters count twice", "amcron", "macron", 2},
		{"accents are the caller's to fold", "élection", "election", 2},
		{"runes, not bytes", "chômmage", "chômage", 1},
		{"empty", "", "abc", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := index.TypoDistance(tt.typed, tt.word); got != tt.want {
				t.Errorf("TypoDistance(%q, %q) = %d, want %d", tt.typed, tt.word, got, tt.want)
			}
			if got := index.TypoDistance(tt.word, tt.typed); got != tt.want {
				t.Errorf("TypoDistance(%q, %q) = %d, want %d (it is symmetric)", tt.word, tt.typed, got, tt.want)
			}
		})
	}
}

func FuzzTypoDistance(f *testing.F) {
	for _, s := range []string{"macron", "macorn", "chômage", "", "a"} {
		f.Add(s, "macron")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		d := index.TypoDistance(a, b)
		la, lb := len([]rune(a)), len([]rune(b))
		if d < 0 || d > max(la, lb)+1 {
			t.Errorf("TypoDistance(%q, %q) = %d, out of [0, %d]", a, b, d, max(la, lb)+1)
		}
		if (d == 0) != (a == b) && la > 0 && lb > 0 {
			t.Errorf("TypoDistance(%q, %q) = %d", a, b, d)
		}
	})
}
