package langid

import (
	"slices"
	"strings"
	"testing"
)

func TestByFunctionWords(t *testing.T) {
	all := DefaultLanguages()
	tests := []struct {
		name  string
		text  string
		langs []string
		want  string
	}{
		{"long french", longFR + " " + longFR, all, "fr"},
		{"long english", longEN + " " + longEN, all, "en"},
		{"long german", longDE + " " + longDE, all, "de"},
		{"long spanish", longES + " " + longES, all, "es"},
		{"query goes to lingua", "machines virtuelles dans le cloud", all, ""},
		{"mixed halves go to lingua", longFR + " " + longEN, all, ""},
		{"a language without a word list turns the path off", longFR + " " + longFR, []string{"fr", "en", "sv"}, ""},
		{"no words", strings.Repeat("42 — 17 % ", 50), all, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := byFunctionWords(tt.text, tt.langs); got != tt.want {
				t.Errorf("byFunctionWords(%.40q…) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFunctionWordsBelongToOneLanguage(t *testing.T) {
	for w, lang := range functionWordLang {
		for other, words := range functionWords {
			if other != lang && slices.Contains(words, w) {
				t.Errorf("%q counts for %s but is also listed for %s", w, lang, other)
			}
		}
	}
}

func BenchmarkDetectArticle(b *testing.B) {
	d := detector(b)
	text := strings.Repeat(longFR+" ", 8)
	b.ReportAllocs()
	for b.Loop() {
		if r := d.Detect(text); r.Lang != "fr" {
			b.Fatal(r)
		}
	}
}
