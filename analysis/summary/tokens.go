package summary

import (
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/segment"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/terms"
)

// Turning text into index terms is most of the cost of a summary, and most
// of that is stemming the same words over and over: every article says
// "gouvernement" or "percent" again. Every filter of Recherche's chains
// (lowercase, elision, possessive, ligatures, folding, stop words, stemmers)
// maps one token to at most one term by looking at that token alone, so what
// a raw token becomes can be remembered. termsOf runs the chain's tokenizer,
// then looks each raw token up and runs the filters only on new ones;
// TestTermsOfMatchesAnalyzer and FuzzSentenceTerms hold it to the
// analyzer's own output.

// chain is one language's analyzer taken apart, with what its filters made
// of the raw tokens seen so far.
type chain struct {
	tokenizer analysis.Tokenizer
	filters   []analysis.TokenFilter

	mu   sync.RWMutex
	seen map[string]filtered
}

// filtered is what the filters made of one raw token; a stop word is
// dropped.
type filtered struct {
	term    string
	dropped bool
}

// maxSeen bounds a chain's memory (ten megabytes or so): past it the chain
// forgets everything and starts over, so a long-running server reading
// ever new words does not grow without end. Relearning the frequent words
// costs a few tens of milliseconds once. (The 19,984 French articles of the
// eval corpus hold 168k distinct raw tokens, the 19,043 English ones 85k.)
const maxSeen = 1 << 17

var (
	chainsMu sync.Mutex
	chains   = map[string]*chain{}
)

// chainFor returns the chain of lang's analyzer, or nil when that analyzer
// is not a plain tokenizer and filters, which termsOf then runs as it is.
func chainFor(lang string) *chain {
	name := terms.AnalyzerFor(lang)
	chainsMu.Lock()
	defer chainsMu.Unlock()
	if c, ok := chains[name]; ok {
		return c
	}
	var c *chain
	if a, ok := terms.Analyzer(lang).(*analysis.DefaultAnalyzer); ok && len(a.CharFilters) == 0 {
		c = &chain{tokenizer: a.Tokenizer, filters: a.TokenFilters, seen: make(map[string]filtered, maxSeen/8)}
	}
	chains[name] = c
	return c
}

// termsOf returns the index terms of text in lang, as terms.Analyzer(lang)
// would, with byte offsets into text.
func termsOf(text, lang string) []token {
	c := chainFor(lang)
	if c == nil {
		stream := terms.Analyzer(lang).Analyze([]byte(text))
		out := make([]token, len(stream))
		for i, t := range stream {
			out[i] = token{term: string(t.Term), start: t.Start, end: t.End, pos: t.Position, typ: t.Type}
		}
		return out
	}
	return c.terms(text)
}

// rawToken is one token as the tokenizer cuts it, before any filter.
type rawToken struct {
	text       []byte
	start, end int
	typ        analysis.TokenType
	f          filtered
}

// tokenize cuts input into raw tokens. Bleve's Unicode tokenizer, which
// every Recherche analyzer uses, is redone here without building a Token
// per word; any other tokenizer runs as it is.
func (c *chain) tokenize(input []byte, out []rawToken) []rawToken {
	if _, ok := c.tokenizer.(*unicodetok.UnicodeTokenizer); !ok {
		for _, t := range c.tokenizer.Tokenize(input) {
			out = append(out, rawToken{text: t.Term, start: t.Start, end: t.End, typ: t.Type})
		}
		return out
	}
	if !utf8.Valid(input) {
		return segmentWords(input, 0, out)
	}
	// No word runs across ASCII white space, so the text can be cut there
	// into stretches. The word segmenter (Unicode's word boundaries, a
	// state machine) cuts the stretches holding other than ASCII;
	// asciiWords, a few comparisons a byte, cuts the others, most of
	// English and much of French. TestASCIIWords and FuzzTokenize hold it
	// to the segmenter.
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
func segmentWords(b []byte, offset int, out []rawToken) []rawToken {
	seg := segment.NewWordSegmenterDirect(b)
	start := offset
	for seg.Segment() {
		w := seg.Bytes()
		end := start + len(w)
		if typ := seg.Type(); typ != segment.None {
			out = append(out, rawToken{text: w, start: start, end: end, typ: tokenType(typ)})
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
func asciiWords(input []byte, i, j int, out []rawToken) []rawToken {
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
		out = append(out, rawToken{text: input[start:k], start: start, end: k, typ: typ})
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

// rawTokens recycles the scratch slices of raw tokens: a few per article,
// kilobytes each, that would otherwise be garbage right away.
var rawTokens = sync.Pool{New: func() any { return new([]rawToken) }}

func (c *chain) terms(text string) []token {
	scratch := rawTokens.Get().(*[]rawToken)
	raw := c.tokenize([]byte(text), (*scratch)[:0])
	defer func() {
		clear(raw) // drop the references into text
		*scratch = raw[:0]
		rawTokens.Put(scratch)
	}()
	var missed []int // tokens not seen before
	c.mu.RLock()
	for i := range raw {
		t := &raw[i]
		var ok bool
		if t.f, ok = c.seen[string(t.text)]; !ok {
			missed = append(missed, i)
		}
	}
	c.mu.RUnlock()
	if len(missed) > 0 {
		// Rare once a few hundred articles have been seen.
		for _, i := range missed {
			raw[i].f = c.filter(raw[i])
		}
		c.mu.Lock()
		if len(c.seen)+len(missed) > maxSeen {
			clear(c.seen)
		}
		for _, i := range missed {
			c.seen[string(raw[i].text)] = raw[i].f
		}
		c.mu.Unlock()
	}
	out := make([]token, 0, len(raw))
	for i, t := range raw {
		if !t.f.dropped {
			// The Unicode tokenizer numbers every token it cuts from 1,
			// and filters that drop a token leave a gap.
			out = append(out, token{term: t.f.term, start: t.start, end: t.end, pos: i + 1, typ: t.typ})
		}
	}
	return out
}

// filter runs the filters on one token, on a copy of its bytes: some
// filters rewrite a term in place.
func (c *chain) filter(t rawToken) filtered {
	tok := analysis.Token{Term: append([]byte(nil), t.text...), Start: t.start, End: t.end, Position: 1, Type: t.typ}
	stream := analysis.TokenStream{&tok}
	for _, f := range c.filters {
		stream = f.Filter(stream)
	}
	if len(stream) == 0 {
		return filtered{dropped: true}
	}
	return filtered{term: string(stream[0].Term)}
}

// sentenceTerms returns the index terms of each span of body, with byte
// offsets into the span's text and no positions: what termsOf(span.Text,
// lang) returns for each, from one pass over body. It also returns that
// pass, termsOf(body, lang), or nil when there was none. A sentence that
// does not stand between white space (or the ends of body) is analyzed on
// its own, because the word segmenter looks at the characters around a
// boundary; so is every sentence of a body that is not valid UTF-8, where
// the segmenter resyncs on bytes that a sentence cut in two sees
// differently.
func sentenceTerms(body string, spans []sentences.Span, lang string) (perSentence [][]token, all []token) {
	out := make([][]token, len(spans))
	if !utf8.ValidString(body) {
		for i, sp := range spans {
			out[i] = withoutPositions(termsOf(sp.Text, lang))
		}
		return out, nil
	}
	all = termsOf(body, lang)
	shifted := make([]token, len(all))
	k := 0
	for i, sp := range spans {
		if !standsAlone(body, sp) {
			out[i] = withoutPositions(termsOf(sp.Text, lang))
			continue
		}
		for k < len(all) && all[k].start < sp.Start {
			k++
		}
		first := k
		for k < len(all) && all[k].end <= sp.End {
			t := all[k]
			shifted[k] = token{term: t.term, start: t.start - sp.Start, end: t.end - sp.Start}
			k++
		}
		out[i] = shifted[first:k:k]
	}
	return out, all
}

// withoutPositions drops the positions and types of a sentence's tokens:
// only whole texts carry them, for the index.
func withoutPositions(toks []token) []token {
	for i := range toks {
		toks[i].pos, toks[i].typ = 0, 0
	}
	return toks
}

// standsAlone reports whether sp is cut from body at white space, where a
// word boundary does not depend on what lies beyond it.
func standsAlone(body string, sp sentences.Span) bool {
	return (sp.Start == 0 || isSpace(body[sp.Start-1])) && (sp.End == len(body) || isSpace(body[sp.End]))
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r'
}
