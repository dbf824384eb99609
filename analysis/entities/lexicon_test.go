package entities

import (
	"strings"
	"testing"
)

// TestLexiconCues checks that the words moved out of the code into
// lexicon/ are read with the key the code compares: folded for the cues,
// as written for the verbs, whose folding would confuse "né" with "ne".
func TestLexiconCues(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		set  map[string]bool
		word string
		want bool
	}{
		{"leader noun folded", lx.leaderNoun, "ere", true},
		{"rank folded", lx.rank, "marechal", true},
		{"form of address", lx.address, "mademoiselle", true},
		{"plural title", lx.pluralTitle, "messrs", true},
		{"list name is no word", lx.pluralTitle, "titles", false},
		{"saint abbreviated", lx.saint, "ste", true},
		{"determiner of number", lx.countWord, "plusieurs", true},
		{"age", lx.ageUnit, "ans", true},
		{"abbreviation of a state", lx.abbreviation, "wash", true},
		{"first word of a line is an abbreviation", lx.abbreviation, "calif", true},
		{"copula as written", lx.copula, "était", true},
		{"copula not folded", lx.copula, "etait", false},
		{"birth as written", lx.born, "née", true},
		{"negation is no birth", lx.born, "ne", false},
		{"pronoun", lx.pronoun, "herself", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.set[tt.word]; got != tt.want {
				t.Errorf("%q: got %v, want %v", tt.word, got, tt.want)
			}
		})
	}
	endings := []struct {
		name   string
		list   []string
		word   string
		ending string
	}{
		{"town", lx.townEnding, "thionville", "ville"},
		{"adjective", lx.adjectiveEnding, "federale", "ale"},
		{"inhabitants", lx.inhabitantsEnding, "vaudois", "ois"},
		{"inhabitant", lx.inhabitantEnding, "genevoise", "oise"},
		{"ordinal", lx.ordinalEnding, "quatrieme", "ieme"},
	}
	for _, tt := range endings {
		t.Run(tt.name, func(t *testing.T) {
			if !hasEnding(tt.word, tt.list) {
				t.Errorf("%q does not end with one of %v, want %q", tt.word, tt.list, tt.ending)
			}
		})
	}
}

func TestUpperCase(t *testing.T) {
	for _, s := range []string{"", "NKM", "ADDCs", "Élysée", "ÉLYSÉE", "ß", "ẞ", "GE <GE>", "\xff", "\ufffd", "a", "CO2", "ǅ", "İSTANBUL"} {
		if got, want := upperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("upperCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFirstsFilter checks that the gazetteer's filter of first words lets
// every first word through, and keeps most other words out.
func TestFirstsFilter(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for k := range g.root.next {
		if !g.firsts.mayHave(k) {
			t.Errorf("first word %q filtered out", k)
		}
	}
	through := 0
	for _, w := range strings.Fields("le la les de des du un une et en à pour que qui dans sur par au avec the of and to in for on with said was") {
		if _, ok := g.root.next[w]; !ok && g.firsts.mayHave(w) {
			through++
		}
	}
	if through > 2 {
		t.Errorf("%d common words let through, want at most 2", through)
	}
}

// TestNormKeyOneWord checks normKey's path for one word against the
// tokenizer's keys it stands for.
func TestNormKeyOneWord(t *testing.T) {
	for _, s := range []string{"", "Nadella", "ÉLYSÉE", "annéeLes", "U.S", "Node.js", "AT&T", "C++", "O'Reilly", "l'Etat", "Hyper-V", "x", "42", "macOS", "franceinfoEmmanuel", "Dupont.", ".NET", "Straße", "İstanbul"} {
		if got, want := normKey(s), strings.Join(tokenKeys(s), " "); got != want {
			t.Errorf("normKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestOneSpaced checks oneSpaced against what it stands for.
func TestOneSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "Le Monde", "Le  Monde", "Bank of\nEngland", " X", "X ", "Élysée Palace", "A\u00a0B", "A\u2003B", "x\ty", "\xff a", "a \xff"} {
		if got, want := oneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
