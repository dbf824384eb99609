package corpus

import "strings"

// News text types the apostrophe half a dozen ways, and every step that
// cuts words has to know which of them it treats as one. This file is the
// one list. It lives in corpus, below analysis, because cleaning and
// ContentID need it as much as analysis does, and corpus may not import
// analysis; analysis/terms, which owns the rest of the text layer, builds
// on it.
//
// The three sets differ for reasons that show in the output:
//
//   - IsElisionApostrophe: ' and ’, the two that Bleve's French elision
//     filter strips. Code that must agree with the index's terms (where a
//     keyphrase's elided article ends, what a sentence starter is) uses
//     these and no more.
//   - IsApostrophe: those two, ‘ (typed for ’ by mistake), ʼ (the modifier
//     letter, which Unicode calls a letter and would glue "l" to the word
//     after it) and ′ (the prime, which OCR reads for an apostrophe).
//     Entity extraction joins or splits words on them.
//   - NormalizeApostrophes: ’ ‘ ʼ and the acute accent ´ that keyboards
//     without ’ produce, all made ASCII for comparing texts (ContentID,
//     language detection), where nothing reads them as letters.

// IsElisionApostrophe reports whether r is one of the apostrophes Bleve's
// French elision filter strips: ' and ’.
func IsElisionApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019'
}

// IsApostrophe reports whether r is typed for an apostrophe inside a word:
// ' ’ ‘ ʼ or ′.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '\u2032':
		return true
	}
	return false
}

// normalized are the look-alikes NormalizeApostrophes replaces.
const normalized = "\u2019\u2018\u02bc\u00b4"

var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u00b4", "'")

// NormalizeApostrophes replaces typographic apostrophes (’ ‘ ʼ ´) with '.
// Stored text keeps its apostrophes verbatim; this is for detection and
// matching only.
func NormalizeApostrophes(s string) string {
	if !strings.ContainsAny(s, normalized) {
		return s
	}
	return apostrophes.Replace(s)
}

// IndexElisionApostrophe returns the byte index of the first ' or ’ in s,
// or -1. It is strings.IndexAny(s, "'’") without the slow path IndexAny
// takes for a set that is not all ASCII: keyphrases look for one in every
// word of every article.
func IndexElisionApostrophe(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\'':
			return i
		case s[i] == 0xe2 && strings.HasPrefix(s[i:], "\u2019"):
			return i
		}
	}
	return -1
}

// StraightenApostrophes replaces every rune IsApostrophe accepts with '.
func StraightenApostrophes(s string) string {
	return strings.Map(func(r rune) rune {
		if IsApostrophe(r) {
			return '\''
		}
		return r
	}, s)
}
