package server

import (
	"github.com/recherche/recherche/analysis/langid"
	"github.com/recherche/recherche/analysis/translate"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/server/api"
)

// translator lets the engine call the analysis package's translator with
// the engine's own types; neither package knows the other.
type translator struct{ t *translate.Translator }

func (a translator) Translate(text, from, to string, vocab func(string) int) []index.TermGroup {
	groups := a.t.Translate(text, from, to, vocab)
	out := make([]index.TermGroup, 0, len(groups))
	for _, g := range groups {
		tg := index.TermGroup{Source: g.Source, Start: g.Start, End: g.End, Terms: make([]index.WeightedTerm, 0, len(g.Terms))}
		for _, t := range g.Terms {
			tg.Terms = append(tg.Terms, index.WeightedTerm{Term: t.Term, Display: t.Display, Weight: t.Weight, Part: t.Part})
		}
		out = append(out, tg)
	}
	return out
}

// langWeights says how French and how English an unreliably detected query
// looks: the detector's confidence in each, halved where the lexicon knows
// none of its words in that language.
func langWeights(r langid.Result, t *translate.Translator, text string) map[string]float64 {
	w := map[string]float64{}
	best := 0.0
	for _, c := range r.Candidates {
		if c.Lang != "fr" && c.Lang != "en" {
			continue
		}
		w[c.Lang] = c.Confidence * (0.5 + 0.5*t.Known(text, c.Lang))
		best = max(best, w[c.Lang])
	}
	if best == 0 {
		return nil
	}
	for l := range w {
		w[l] /= best
	}
	return w
}

// lexiconStats describes the lexicons for /v1/stats.
func lexiconStats(lex *translate.Lexicon, dir string) *api.LexiconStats {
	out := &api.LexiconStats{Degraded: lex.Degraded(), Dir: dir, Keys: lex.Size(), Sources: []api.LexiconSource{}}
	for _, s := range lex.Sources() {
		src := api.LexiconSource{Name: s.Name, Pairs: s.Pairs, Loaded: s.Loaded}
		if s.Problem != "" {
			src.Problem = ptr(s.Problem)
		}
		out.Sources = append(out.Sources, src)
	}
	return out
}
