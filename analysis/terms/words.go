package terms

import (
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/segment"

	"github.com/recherche/recherche/corpus"
)

// Words is the name of the word cutter every analyzer of this package
// starts with, registered as a Bleve tokenizer. It cuts text exactly as
// Bleve's Unicode tokenizer does (Unicode's word boundaries, UAX #29) and
// types the words alike, but spares the segmenter, a state machine, the
// stretches of plain ASCII that are most of English and much of French:
// the index, the summaries and the keyphrases cut every body with it.
// TestCutASCII and FuzzCut hold it to the segmenter.
const Words = "recherche_words"

func init() {
	must(registry.RegisterTokenizer(Words, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return wordTokenizer{}, nil
	}))
}

// word is one word as the cutter cuts it, before any filter.
type word struct {
	text       []byte
	start, end int
	typ        analysis.TokenType
	f          memoTerm // what the filters made of it, filled by Tokens
}

type wordTokenizer struct{}

// Tokenize numbers the words from 1, as Bleve's Unicode tokenizer does.
func (wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	scratch := wordScratch.Get().(*[]word)
	words := cut(input, (*scratch)[:0])
	slab := make([]analysis.Token, len(words))
	out := make(analysis.TokenStream, len(words))
	for i, w := range words {
		slab[i] = analysis.Token{Term: w.text, Start: w.start, End: w.end, Position: i + 1, Type: w.typ}
		out[i] = &slab[i]
	}
	clear(words) // drop the references into input
	*scratch = words[:0]
	wordScratch.Put(scratch)
	return out
}

// wordScratch recycles the scratch slices of words: a few per article,
// kilobytes each, that would otherwise be garbage right away.
var wordScratch = sync.Pool{New: func() any { return new([]word) }}

// cut appends the words of input to out.
func cut(input []byte, out []word) []word {
	if !utf8.Valid(input) {
		return segmentWords(input, 0, out)
	}
	// No word runs across ASCII white space, so the text can be cut there
	// into stretches. The segmenter cuts the stretches holding other than
	// ASCII; asciiWords, a few comparisons a byte, cuts the others.
	for i := 0; i < len(input); {
		if isASCIISpace(input[i]) {
			i++
			continue
		}
		j, ascii := i, true
		for ; j < len(input) && !isASCIISpace(input[j]); j++ {
			ascii = ascii && input[j] < utf8.RuneSelf
		}
		if ascii {
			out = asciiWords(input, i, j, out)
		} else {
			// With the space before it: a combining mark right after a
			// space belongs to the space.
			from := max(i-1, 0)
			out = segmentWords(input[from:j], from, out)
		}
		i = j
	}
	return out
}

// segmentWords appends the words the segmenter finds in b, which starts at
// offset in the text.
func segmentWords(b []byte, offset int, out []word) []word {
	seg := segment.NewWordSegmenterDirect(b)
	start := offset
	for seg.Segment() {
		w := seg.Bytes()
		end := start + len(w)
		if typ := seg.Type(); typ != segment.None {
			out = append(out, word{text: w, start: start, end: end, typ: tokenType(typ)})
		}
		start = end
	}
	return out
}

func isASCIISpace(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// ASCII classes of Unicode's word boundary rules (UAX #29).
const (
	otherClass   = iota
	letterClass  // ALetter
	digitClass   // Numeric
	connector    // ExtendNumLet: _
	midLetter    // MidLetter: between letters only
	midNum       // MidNum: between digits only
	midNumLetter // MidNumLet and Single_Quote: between letters or between digits
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = letterClass, letterClass
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digitClass
	}
	t['_'] = connector
	t[':'] = midLetter
	t[','], t[';'] = midNum, midNum
	t['.'], t['\''] = midNumLetter, midNumLetter
	return t
}()

// asciiWords appends the words of input[i:j], all ASCII and no white
// space, as the segmenter cuts and types them: letters, digits and
// underscores hold together; a colon joins two letters, a comma or
// semicolon two digits, a dot or an apostrophe either; a word of digits,
// underscores and joining marks only is a number.
func asciiWords(input []byte, i, j int, out []word) []word {
	for k := i; k < j; {
		switch asciiClass[input[k]] {
		case letterClass, digitClass, connector:
		default:
			k++
			continue
		}
		start, number, digits := k, true, false
	word:
		for ; k < j; k++ {
			switch cl := asciiClass[input[k]]; cl {
			case letterClass:
				number = false
			case digitClass:
				digits = true
			case connector:
			case midLetter, midNum, midNumLetter:
				if k+1 == j {
					break word
				}
				prev, next := asciiClass[input[k-1]], asciiClass[input[k+1]]
				between := prev == next && (prev == letterClass && cl != midNum || prev == digitClass && cl != midLetter)
				if !between {
					break word
				}
			default:
				break word
			}
		}
		typ := analysis.AlphaNumeric
		if number && digits {
			typ = analysis.Numeric
		}
		out = append(out, word{text: input[start:k], start: start, end: k, typ: typ})
	}
	return out
}

// tokenType is the Unicode tokenizer's token type for a segment type.
func tokenType(segType int) analysis.TokenType {
	switch segType {
	case segment.Ideo, segment.Kana:
		return analysis.Ideographic
	case segment.Number:
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

// Tokens returns the index terms of text in lang with their byte offsets
// and positions: what Analyzer(lang) makes of text, without building a
// Bleve token per word. Each word goes through the analyzer's filters once
// per process (see memoStore); after that it is a map lookup.
func Tokens(text, lang string) []corpus.Term {
	c := chainNamed(AnalyzerFor(lang))
	scratch := wordScratch.Get().(*[]word)
	words := cut([]byte(text), (*scratch)[:0])
	defer func() {
		clear(words) // drop the references into text
		*scratch = words[:0]
		wordScratch.Put(scratch)
	}()
	var missed []int // words not seen before
	c.mu.RLock()
	for i := range words {
		w := &words[i]
		var ok bool
		if w.f, ok = c.seen[string(w.text)]; !ok {
			missed = append(missed, i)
		}
	}
	c.mu.RUnlock()
	if len(missed) > 0 {
		// Rare once a few hundred articles have been seen.
		learned := make(map[string]memoTerm, len(missed))
		for _, i := range missed {
			words[i].f = c.filterOne(words[i])
			learned[string(words[i].text)] = words[i].f
		}
		c.learn(learned)
	}
	out := make([]corpus.Term, 0, len(words))
	for i, w := range words {
		if f := w.f; !f.dropped {
			// The tokenizer numbers every word it cuts from 1, and
			// filters that drop a word leave a gap.
			out = append(out, corpus.Term{Term: f.str, Start: w.start, End: w.end, Position: i + 1})
		}
	}
	return out
}
