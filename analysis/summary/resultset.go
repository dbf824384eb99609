package summary

import (
	"slices"

	"github.com/recherche/recherche/analysis/sentences"
)

// Doc is one search hit as ResultSet needs it.
type Doc struct {
	ID, Lang, Title, Body string
}

// SetSentence is a sentence of a result-set summary and where it comes from.
// Position is its index in sentences.Split(Body, Lang) of document DocID.
type SetSentence struct {
	Text     string
	DocID    string
	Position int
}

// Result-set scoring: query coverage dominates; rank and lead position break
// ties between sentences that match equally well.
const (
	rankDecay     = 0.15 // score / (1 + rankDecay*rank)
	leadBonus     = 0.3  // score * (1 + leadBonus*prior)
	fallbackScore = 0.05 // a hit's lead when no sentence matches the query
	sameDocDecay  = 0.5  // each sentence already taken from a doc halves the next
	duplicateSet  = 0.5  // term-set Jaccard from which two sentences say the same
)

type setCandidate struct {
	SetSentence
	terms map[string]bool
	score float64
	doc   int
}

// ResultSet summarizes a page of search hits, given in rank order, in at
// most n sentences ordered by relevance. Sentences that contain the query's
// terms (analyzed in each hit's language) win; when outlets repeat the same
// fact, only its best-scoring telling is kept, judged by the overlap of
// their term sets. A hit with no matching sentence can still contribute its
// lead, behind every matching sentence.
func ResultSet(query string, docs []Doc, n int) []SetSentence {
	if n <= 0 {
		return nil
	}
	var cands []setCandidate
	for rank, doc := range docs {
		qterms := termSet(termsOf(query, doc.Lang))
		titleTerms := termSet(termsOf(doc.Title, doc.Lang))
		lead := 0
		spans := sentences.Split(doc.Body, doc.Lang)
		furniture := furnitureFrom(len(spans), func(i int) string { return spans[i].Text })
		for pos, sp := range spans[:furniture] {
			if countWords(sp.Text) < defaults.minWords || isBoilerplate(sp.Text) {
				continue
			}
			ts := termSet(termsOf(sp.Text, doc.Lang))
			if len(ts) == 0 || len(titleTerms) > 0 && jaccard(ts, titleTerms) >= defaults.titleDup {
				continue
			}
			matched := 0
			for t := range qterms {
				if ts[t] {
					matched++
				}
			}
			prior := 1 / (1 + float64(lead))
			var score float64
			switch {
			case matched > 0:
				score = float64(matched) / float64(len(qterms)) * (1 + leadBonus*prior)
			case lead == 0:
				score = fallbackScore
			default:
				lead++
				continue
			}
			lead++
			cands = append(cands, setCandidate{
				SetSentence: SetSentence{Text: sp.Text, DocID: doc.ID, Position: pos},
				terms:       ts,
				score:       score / (1 + rankDecay*float64(rank)),
				doc:         rank,
			})
		}
	}
	var out []SetSentence
	var kept []setCandidate
	perDoc := map[int]int{}
	used := make([]bool, len(cands))
	for len(out) < n {
		best, bestScore := -1, 0.0
		for i, c := range cands {
			if used[i] {
				continue
			}
			s := c.score
			for range perDoc[c.doc] {
				s *= sameDocDecay
			}
			if s > bestScore {
				best, bestScore = i, s
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		c := cands[best]
		if slices.ContainsFunc(kept, func(k setCandidate) bool { return jaccard(k.terms, c.terms) >= duplicateSet }) {
			continue
		}
		kept = append(kept, c)
		perDoc[c.doc]++
		out = append(out, c.SetSentence)
	}
	return out
}

func termSet(toks []token) map[string]bool {
	s := make(map[string]bool, len(toks))
	for _, t := range toks {
		s[t.Term] = true
	}
	return s
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
