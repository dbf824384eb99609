// Package summary owns extractive summaries, keyphrases and result-set
// summaries: which verbatim sentences of an article (or of a page of search
// hits) best say what it is about, and which short phrases name its topic.
//
// Sentences are scored by centrality in a sentence-similarity graph
// (LexRank: cosine over TF-IDF of the index's own terms, a personalized
// PageRank) mixed with a strong lead prior, because in news the first
// sentences carry the story and pure centrality loses to LEAD-k on ROUGE.
// Selection is MMR so two sentences saying the same thing are not both kept.
// Everything is deterministic: same input, same output.
//
// It imports corpus (and its word lists), analysis/terms, which gives it
// the index's terms of every sentence, analysis/sentences and the standard
// library.
package summary

import (
	"math"
	"slices"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
)

// params are the knobs tuned on the first half of OrangeSum and BBC (see
// TestTune and docs/quality.md); they are variables only so that the tuning
// test can sweep them.
type params struct {
	damping    float64 // PageRank damping
	leadDecay  float64 // prior(k) = 1/(1+k/leadDecay) over eligible sentences
	centrality float64 // weight of normalized centrality in the final score
	lead       float64 // weight of the lead prior
	title      float64 // weight of similarity to the title
	lambda     float64 // MMR: relevance vs. redundancy
	minWords   int     // shorter sentences are headings or fragments
	titleDup   float64 // cosine above which a sentence repeats the title
}

var defaults = params{
	damping:    0.85,
	leadDecay:  8,
	centrality: 1,
	lead:       1,
	title:      0.6,
	lambda:     0.85,
	minWords:   5,
	titleDup:   0.8,
}

// Summarize returns up to n sentences of body, verbatim and in document
// order, that best summarize it. Position is the sentence's index in
// sentences.Split(body, lang). Sentences repeating the title, headings,
// fragments and boilerplate are never selected, so fewer than n sentences
// come back when the body has fewer good ones.
func Summarize(title, body, lang string, n int) []corpus.Sentence {
	if n <= 0 {
		return nil
	}
	return NewArticle(title, body, lang).Summary(n)
}

// Article is one article analyzed once for both its summary and its
// keyphrases: splitting, analyzing and scoring the sentences is most of the
// work of either, so a caller that wants both pays for it once.
type Article struct {
	d *doc
}

// NewArticle splits, analyzes and scores the sentences of body.
func NewArticle(title, body, lang string) *Article {
	return &Article{d: analyze(title, body, lang, defaults)}
}

// Summary returns what Summarize(title, body, lang, n) returns.
func (a *Article) Summary(n int) []corpus.Sentence {
	if n <= 0 {
		return nil
	}
	picked := a.d.pick(n, defaults.lambda)
	out := make([]corpus.Sentence, len(picked))
	for i, s := range picked {
		out[i] = corpus.Sentence{Text: a.d.sents[s].span.Text, Position: s}
	}
	return out
}

// Keyphrases returns what Keyphrases(title, body, lang, n) returns.
func (a *Article) Keyphrases(n int) []string {
	if n <= 0 {
		return nil
	}
	return a.d.keyphrases(n)
}

// IndexTerms returns what the index's analyzer for the article's language
// makes of its body, taken from the summary's own analysis, for the index
// to reuse; nil when the body was analyzed sentence by sentence (it was
// not valid UTF-8).
func (a *Article) IndexTerms() *corpus.Terms {
	d := a.d
	if d.bodyTerms == nil && d.body != "" {
		return nil
	}
	return &corpus.Terms{Analyzer: terms.AnalyzerFor(d.lang), Text: d.body, List: d.bodyTerms}
}

type sent struct {
	span     sentences.Span
	toks     []token
	vec      []weight // TF-IDF, L2-normalized, sorted by term id
	words    int
	eligible bool
	junk     bool // boilerplate: not even good for keyphrases
}

type weight struct {
	id int
	w  float64
}

// doc holds the statistics one article's summary and keyphrases share.
type doc struct {
	lang      string
	body      string
	bodyTerms []token // termsOf(body), nil when the body was analyzed by sentence
	title     sent
	sents     []sent
	ids       map[string]int
	idf       []float64
	sim       [][]float64
	score     []float64 // final score, 0 for ineligible sentences
	titleSim  []float64
}

func analyze(title, body, lang string, p params) *doc {
	spans := sentences.Split(body, lang)
	furniture := furnitureFrom(len(spans), func(i int) string { return spans[i].Text })
	toks, all := sentenceTerms(body, spans, lang)
	ntok := 0
	for _, t := range toks {
		ntok += len(t)
	}
	d := &doc{lang: lang, body: body, bodyTerms: all, sents: make([]sent, len(spans)), ids: make(map[string]int, ntok)}
	df := make([]int, 0, ntok)
	seen := map[int]bool{}
	for i, sp := range spans {
		s := &d.sents[i]
		s.span = sp
		s.toks = toks[i]
		s.words = countWords(sp.Text)
		s.junk = i >= furniture || isBoilerplate(sp.Text)
		s.eligible = !s.junk && s.words >= p.minWords && endsLikeSentence(sp.Text)
		clear(seen)
		for _, t := range s.toks {
			id, ok := d.ids[t.Term]
			if !ok {
				id = len(d.ids)
				d.ids[t.Term] = id
				df = append(df, 0)
			}
			if !seen[id] {
				seen[id] = true
				df[id]++
			}
		}
	}
	n := float64(len(spans))
	d.idf = make([]float64, len(df))
	for id, c := range df {
		d.idf[id] = math.Log(1 + n/float64(c))
	}
	for i := range d.sents {
		d.sents[i].vec = d.vector(d.sents[i].toks, 0)
	}
	// Title words absent from the body still count in the title's norm, as
	// if they occurred once; otherwise a title sharing one word with the
	// body would look identical to every sentence holding that word.
	d.title = sent{span: sentences.Span{Text: title, End: len(title)}, toks: termsOf(title, lang)}
	d.title.vec = d.vector(d.title.toks, math.Log(1+n))

	d.sim = make([][]float64, len(d.sents))
	cells := make([]float64, len(d.sents)*len(d.sents))
	for i := range d.sents {
		d.sim[i] = cells[i*len(d.sents) : (i+1)*len(d.sents) : (i+1)*len(d.sents)]
	}
	for i := range d.sents {
		for j := i + 1; j < len(d.sents); j++ {
			c := cosine(d.sents[i].vec, d.sents[j].vec)
			d.sim[i][j], d.sim[j][i] = c, c
		}
	}
	d.titleSim = make([]float64, len(d.sents))
	for i := range d.sents {
		d.titleSim[i] = cosine(d.sents[i].vec, d.title.vec)
		if title != "" && d.titleSim[i] >= p.titleDup {
			d.sents[i].eligible = false
		}
	}
	d.scoreSentences(p)
	return d
}

// vector returns the L2-normalized TF-IDF vector of toks over the body's
// terms; unknownIDF is the weight that terms missing from the body add to
// the norm. Weights are summed in a fixed order (sorted ids, then sorted
// unknown terms) so that the same text always gets the same floats, and
// the same summary: map order would change the last bits from run to run,
// and with them a near tie between two keyphrases.
func (d *doc) vector(toks []token, unknownIDF float64) []weight {
	ids := make([]int, 0, len(toks))
	var unknown []string
	for _, t := range toks {
		if id, ok := d.ids[t.Term]; ok {
			ids = append(ids, id)
		} else {
			unknown = append(unknown, t.Term)
		}
	}
	slices.Sort(ids)
	slices.Sort(unknown)
	var norm float64
	for i := 0; i < len(unknown); {
		j := i + 1
		for j < len(unknown) && unknown[j] == unknown[i] {
			j++
		}
		w := (1 + math.Log(float64(j-i))) * unknownIDF
		norm += w * w
		i = j
	}
	v := make([]weight, 0, len(ids))
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		w := (1 + math.Log(float64(j-i))) * d.idf[ids[i]]
		v = append(v, weight{ids[i], w})
		norm += w * w
		i = j
	}
	if norm == 0 {
		return nil
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	return v
}

func cosine(a, b []weight) float64 {
	var dot float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			dot += a[i].w * b[j].w
			i++
			j++
		}
	}
	return dot
}

// scoreSentences mixes centrality, the lead prior and title similarity into
// d.score. The prior counts eligible sentences only, so a dateline or a
// repeated title in front of the lead does not push the lead down.
func (d *doc) scoreSentences(p params) {
	n := len(d.sents)
	d.score = make([]float64, n)
	prior := make([]float64, n)
	k := 0
	var priorSum float64
	for i, s := range d.sents {
		if !s.eligible {
			continue
		}
		prior[i] = 1 / (1 + float64(k)/p.leadDecay)
		priorSum += prior[i]
		k++
	}
	if k == 0 {
		return
	}
	rank := d.centrality(prior, priorSum, p.damping)
	maxRank := slices.Max(rank)
	for i, s := range d.sents {
		if !s.eligible {
			continue
		}
		c := 0.0
		if maxRank > 0 {
			c = rank[i] / maxRank
		}
		d.score[i] = p.centrality*c + p.lead*prior[i] + p.title*d.titleSim[i]
	}
}

// centrality runs PageRank over the eligible sentences' similarity graph,
// teleporting according to the lead prior (a personalized LexRank) so that
// sentences central to the lead rank above ones central to a digression.
func (d *doc) centrality(prior []float64, priorSum, damping float64) []float64 {
	n := len(d.sents)
	teleport := make([]float64, n)
	for i := range prior {
		teleport[i] = prior[i] / priorSum
	}
	rowSum := make([]float64, n)
	for i := range n {
		if !d.sents[i].eligible {
			continue
		}
		for j := range n {
			if d.sents[j].eligible {
				rowSum[i] += d.sim[i][j]
			}
		}
	}
	rank := slices.Clone(teleport)
	next := make([]float64, n)
	for range 50 {
		var dangling float64
		for i := range n {
			if d.sents[i].eligible && rowSum[i] == 0 {
				dangling += rank[i]
			}
		}
		for j := range n {
			next[j] = 0
		}
		for i := range n {
			if rowSum[i] == 0 || rank[i] == 0 {
				continue
			}
			f := rank[i] / rowSum[i]
			for j := range n {
				if d.sents[j].eligible {
					next[j] += f * d.sim[i][j]
				}
			}
		}
		var delta float64
		for j := range n {
			v := (1-damping)*teleport[j] + damping*(next[j]+dangling*teleport[j])
			delta += math.Abs(v - rank[j])
			next[j] = v
		}
		rank, next = next, rank
		if delta < 1e-6 {
			break
		}
	}
	return rank
}

// pick picks up to n eligible sentences by MMR and returns their indexes
// in document order.
func (d *doc) pick(n int, lambda float64) []int {
	var picked []int
	used := make([]bool, len(d.sents))
	for len(picked) < n {
		best, bestVal := -1, math.Inf(-1)
		for i, s := range d.sents {
			if !s.eligible || used[i] {
				continue
			}
			var red float64
			for _, j := range picked {
				red = max(red, d.sim[i][j])
			}
			if v := lambda*d.score[i] - (1-lambda)*red; v > bestVal {
				best, bestVal = i, v
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		picked = append(picked, best)
	}
	slices.Sort(picked)
	return picked
}
