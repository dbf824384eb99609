package summary

import (
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
)

// token is one index term of a text with its byte offsets in the text; its
// position is the index's (from 1, stop words leaving gaps) in whole
// texts, 0 in sentences.
type token = corpus.Term

// termsOf returns the index terms of text in lang, as terms.Analyzer(lang)
// would, with byte offsets into text.
func termsOf(text, lang string) []token {
	return terms.Tokens(text, lang)
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
		for k < len(all) && all[k].Start < sp.Start {
			k++
		}
		first := k
		for k < len(all) && all[k].End <= sp.End {
			t := all[k]
			shifted[k] = token{Term: t.Term, Start: t.Start - sp.Start, End: t.End - sp.Start}
			k++
		}
		out[i] = shifted[first:k:k]
	}
	return out, all
}

// withoutPositions drops the positions of a sentence's tokens: only whole
// texts carry them, for the index.
func withoutPositions(toks []token) []token {
	for i := range toks {
		toks[i].Position = 0
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
