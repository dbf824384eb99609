package corpus

import (
	"slices"
	"testing"
)

func TestWordRuns(t *testing.T) {
	for in, want := range map[string][]string{
		"":                             nil,
		"S’abonner à la newsletter":    {"S", "abonner", "à", "la", "newsletter"},
		"12 commentaires — Read more…": {"12", "commentaires", "Read", "more"},
		"e-mail, C++ et 3,5 %":         {"e", "mail", "C", "et", "3", "5"},
		"caf\xe9 ok":                   {"caf", "ok"},
		"cœur naïve 一个":                {"cœur", "naïve", "一个"},
	} {
		if got := slices.Collect(WordRuns(in)); !slices.Equal(got, want) {
			t.Errorf("WordRuns(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][]string{
		"l’ordinateur dʼAzure": {"l", "ordinateur", "dʼAzure"}, // ʼ is a letter
		"Windows 11, x86-64":   {"Windows", "x"},
		"":                     nil,
	} {
		if got := slices.Collect(LetterRuns(in)); !slices.Equal(got, want) {
			t.Errorf("LetterRuns(%q) = %q, want %q", in, got, want)
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
