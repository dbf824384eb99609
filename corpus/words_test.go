package corpus

import (
	"slices"
	"testing"
)

func TestWordRuns(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"S’abonner à la newsletter", []string{"S", "abonner", "à", "la", "newsletter"}},
		{"12 commentaires — Read more…", []string{"12", "commentaires", "Read", "more"}},
		{"e-mail, C++ et 3,5 %", []string{"e", "mail", "C", "et", "3", "5"}},
		{"caf\xe9 ok", []string{"caf", "ok"}},
		{"cœur naïve 一个", []string{"cœur", "naïve", "一个"}},
	}
	for _, tt := range tests {
		if got := slices.Collect(WordRuns(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("WordRuns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Stopping early must not yield again.
	n := 0
	for range WordRuns("a b c d") {
		if n++; n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("after break: %d words", n)
	}
}
