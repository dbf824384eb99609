package summary

import "testing"

// TestKeyphrasesElisionAndPossessive: a French text with an English
// possessive ("Bobby's") used to cut the word as an elision and then as a
// possessive, past its own start, and panic.
func TestKeyphrasesElisionAndPossessive(t *testing.T) {
	body := "Dharmesh Lakhani, directeur du restaurant Bobby's, qui emploie 20 personnes, attend les mesures. " +
		"Le restaurant Bobby's a fermé ses portes en mars."
	if got := Keyphrases("Le restaurant Bobby's", body, "fr", 10); len(got) == 0 {
		t.Errorf("Keyphrases = %q, want some", got)
	}
}
