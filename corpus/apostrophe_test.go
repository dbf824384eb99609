package corpus

import (
	"strings"
	"testing"
)

// TestApostropheSets: which look-alike each set takes, as the file's
// comment explains; a change here changes what entities, keyphrases,
// sentence starters and content ids make of a text.
func TestApostropheSets(t *testing.T) {
	tests := []struct {
		r                           rune
		elision, inWord, normalized bool
	}{
		{'\'', true, true, false},
		{'\u2019', true, true, true},   // ’
		{'\u2018', false, true, true},  // ‘
		{'\u02bc', false, true, true},  // ʼ
		{'\u2032', false, true, false}, // ′
		{'\u00b4', false, false, true}, // ´
		{'`', false, false, false},
		{'"', false, false, false},
		{'a', false, false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			if got := IsElisionApostrophe(tt.r); got != tt.elision {
				t.Errorf("IsElisionApostrophe(%q) = %v, want %v", tt.r, got, tt.elision)
			}
			if got := IsApostrophe(tt.r); got != tt.inWord {
				t.Errorf("IsApostrophe(%q) = %v, want %v", tt.r, got, tt.inWord)
			}
			got := NormalizeApostrophes(string(tt.r))
			if replaced := got != string(tt.r); replaced != tt.normalized || replaced && got != "'" {
				t.Errorf("NormalizeApostrophes(%q) = %q, replace: %v", tt.r, got, tt.normalized)
			}
		})
	}
}

func TestIndexElisionApostrophe(t *testing.T) {
	for _, s := range []string{"", "l'", "l’", "aujourd’hui", "d'l’", "l’'", "\xe2\x80", "abc", "é'", "l‘x"} {
		if got, want := IndexElisionApostrophe(s), strings.IndexAny(s, "'’"); got != want {
			t.Errorf("IndexElisionApostrophe(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestStraightenApostrophes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"O’Reilly", "O'Reilly"},
		{"dʼAzure l′OCR ‘x’", "d'Azure l'OCR 'x'"},
		{"d´Azure", "d´Azure"}, // an accent inside a word is not joined
		{"", ""},
	}
	for _, tt := range tests {
		if got := StraightenApostrophes(tt.in); got != tt.want {
			t.Errorf("StraightenApostrophes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
