package terms

import "strings"

// Phrases finds any of a fixed set of phrases in a text in one pass. The
// phrases are indexed by their first two bytes, so that one walk over the
// text tries only the phrases that can start at each byte: the summary
// checks every sentence of every article for page furniture.
type Phrases struct {
	pairs  [256][4]uint64 // bit b of [first] is set when a phrase starts with first, b
	byByte [256][]string
}

// NewPhrases indexes phrases, which must be at least two bytes long and
// are compared byte for byte (lower-case them and the text alike).
func NewPhrases(phrases []string) *Phrases {
	p := &Phrases{}
	for _, m := range phrases {
		if len(m) < 2 {
			panic("terms: phrase " + m + " is shorter than two bytes")
		}
		p.pairs[m[0]][m[1]>>6] |= 1 << (m[1] & 63)
		p.byByte[m[0]] = append(p.byByte[m[0]], m)
	}
	return p
}

// In reports whether text holds one of the phrases.
func (p *Phrases) In(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if p.pairs[text[i]][text[i+1]>>6]&(1<<(text[i+1]&63)) == 0 {
			continue
		}
		for _, m := range p.byByte[text[i]] {
			if strings.HasPrefix(text[i:], m) {
				return true
			}
		}
	}
	return false
}
