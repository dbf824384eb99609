package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/recherche/recherche/index"
)

// TestDamage: one word of five letters or more gets one edit past its
// first letter, the same for the same question every time.
func TestDamage(t *testing.T) {
	texts := []string{
		"Combien de personnes travaillent au ministère des sports ?",
		"What is information science? Give definitions where possible.",
		"Qui a racheté InMage ?",
	}
	for _, text := range texts {
		for i := range 50 {
			id := fmt.Sprint(i)
			got, ok := damage(id, text)
			if !ok {
				t.Fatalf("%q: nothing damaged", text)
			}
			if again, _ := damage(id, text); again != got {
				t.Errorf("%q, id %s: %q then %q, want the same damage", text, id, got, again)
			}
			a, b := strings.Fields(text), strings.Fields(got)
			if len(a) != len(b) {
				t.Fatalf("%q → %q: words added or lost", text, got)
			}
			changed := 0
			for j := range a {
				if a[j] == b[j] {
					continue
				}
				changed++
				if []rune(a[j])[0] != []rune(b[j])[0] || index.TypoDistance(strings.ToLower(a[j]), strings.ToLower(b[j])) != 1 {
					t.Errorf("%q → %q: want one edit past the first letter", a[j], b[j])
				}
			}
			if changed != 1 {
				t.Errorf("%q → %q: %d words changed, want 1", text, got, changed)
			}
		}
	}
	if _, ok := damage("x", "Qui a eu ça ?"); ok {
		t.Errorf("a question without a word of five letters was damaged")
	}
}
