package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

// acronymTypes gives an acronym with no evidence of its own the type of the
// name it abbreviates in the same text: "CGT" after "Confédération générale
// du travail", "ADDCs" after "Air Defense Direction Centers". The initials
// are those of the name's words, less its function words; only
// organizations' and places' names count, and people's of three initials
// or more, which an organization's initials typed so by their capitals
// alone give way to ("NKM", "DSK").
func (d *document) acronymTypes(ms []Mention) {
	if !slices.ContainsFunc(ms, func(m Mention) bool { return initials(m.Name) || initials(m.Text) }) {
		return // no initials here to type
	}
	var expansions map[string]corpus.EntityType
	// A name's later mentions of the same type spell the same initials
	// and leave expansions as the first left it: all that counts is
	// which types a set of initials was given.
	type typed struct {
		name string
		typ  corpus.EntityType
	}
	var seen map[typed]bool
	var towns map[string]bool // initials spelt by a hyphenated town's name
	for _, m := range ms {
		// A town's name joined by hyphens is spelt whole, its function
		// words too: "Notre-Dame-des-Landes" (NDDL).
		town := m.Type == corpus.Place && !strings.Contains(m.Name, " ") && strings.Count(m.Name, "-") >= 2
		if m.Type != corpus.Organization && m.Type != corpus.Place && m.Type != corpus.Person || m.Name == "" || !strings.Contains(m.Name, " ") && !town {
			continue
		}
		if seen == nil {
			seen = map[typed]bool{}
		}
		if seen[typed{m.Name, m.Type}] {
			continue
		}
		seen[typed{m.Name, m.Type}] = true
		var b strings.Builder
		for _, w := range strings.FieldsFunc(m.Name, func(r rune) bool { return r == ' ' || r == '-' }) {
			if k := normKey(w); town || !d.x.lex.stop[k] && !d.x.lex.connectors[k] {
				r, _ := utf8.DecodeRuneInString(k)
				b.WriteRune(r)
			}
		}
		if b.Len() < 2 || m.Type == corpus.Person && b.Len() < 3 {
			continue // two letters are too few to stand for a person: "JO", "PS"
		}
		if expansions == nil {
			expansions = map[string]corpus.EntityType{}
		}
		if t, ok := expansions[b.String()]; ok && t != m.Type {
			m.Type = corpus.Other // two names, two types: no answer
		}
		expansions[b.String()] = m.Type
		if town {
			if towns == nil {
				towns = map[string]bool{}
			}
			towns[b.String()] = true
		}
	}
	if expansions == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Type == corpus.Organization && m.Name == m.Text && len(m.Name) >= 3 && upperCase(m.Name) {
			// "NKM" beside "Nathalie Kosciusko-Morizet", "NDDL" beside
			// "Notre-Dame-des-Landes": a person's or a place's initials,
			// which the capitals alone typed an organization's.
			k := normKey(m.Name)
			if t, ok := expansions[k]; ok && (t == corpus.Person || t == corpus.Place && towns[k]) {
				if _, known := d.x.g.lookup[k]; !known {
					m.Type = t
					if t == corpus.Place {
						if d.townInitials == nil {
							d.townInitials = map[string]bool{}
						}
						d.townInitials[k] = true
					}
				}
			}
			continue
		}
		if m.Type != corpus.Other && !(m.Type == corpus.Place && upperCase(m.Text)) || m.Name == "" || strings.Contains(m.Name, " ") {
			continue // a town of the lists in capitals may be initials too: "l'Agence nationale du sport (ANS)"
		}
		key := strings.TrimSuffix(m.Name, "s") // "ADDCs"
		if m.Type == corpus.Place {
			key = strings.TrimSuffix(m.Text, "s")
		}
		if len(key) < 2 || !upperCase(key) {
			continue
		}
		if d.thingCodes[normKey(m.Name)] {
			continue // "the London Inter Bank Offered Rate (LIBOR)": a thing by the words around it, whatever its words' type
		}
		if t, ok := expansions[normKey(key)]; ok && t != corpus.Other && t != m.Type {
			if m.Type == corpus.Place {
				m.Name = m.Text // initials, not the town of the lists
			}
			m.Type = t
		}
	}
}

// initials reports whether a name is written as initials: capitals, with
// no space, perhaps a plural's "s" after them ("ADDCs").
func initials(name string) bool {
	key := strings.TrimSuffix(name, "s")
	return len(key) >= 2 && upperCase(key) && !strings.Contains(key, " ")
}

// upperCase reports whether strings.ToUpper would leave s as it is, without
// building the copy: it is asked of every mention of a document.
func upperCase(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}
