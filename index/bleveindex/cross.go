package bleveindex

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveapi "github.com/blevesearch/bleve_index_api"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/index"
)

// crossBoost is the weight of the fields of a language other than the
// query's, reached through translations: a translation is a guess, so a
// document that has the very words of the query ranks first among equals.
// Chosen with tools/evalsearch on PIAF and CISI in one index, where a larger
// weight lets English abstracts into the top ten of French questions
// (docs/quality.md, "One ranking across languages: shared statistics").
const crossBoost = 0.3

// translatable are the languages whose fields are searched through
// translations.
var translatable = []string{"fr", "en"}

// crossClause is one text clause as every language's fields search it:
// its concepts, keyed by the byte offset where their word starts in the
// clause, each with its terms per field.
type crossClause struct {
	concepts []*concept
	ids      []int // index of each concept in conceptStats
	sources  []string
}

// crossPlan translates every clause of a query once, before the query is
// built, with the index's vocabulary at hand.
type crossPlan struct {
	clauses map[int]*crossClause // by clause index
	stats   *conceptStats
	reading index.Reading
	shown   map[string]bool // lang + display already in reading
	// translated is false for a plan made only to search corrected
	// words (typos without a translator): the other languages' fields
	// then search the words as written, as without a plan.
	translated bool
	// evidence weighs each language's fields when the detector was unsure
	// (nil when it was sure): the share of the likeliest language's
	// evidence, at least crossBoost. One French word ("allemagne") is not
	// a reliable detection, but the French articles hold it and the
	// English ones only its translation: English articles then weigh as
	// a translation's do, instead of outranking every French one.
	evidence map[string]float64
}

// show lists a translation in the reading, once per word shown.
func (p *crossPlan) show(lang string, t index.WeightedTerm) {
	if k := lang + "\x00" + t.Display; !p.shown[k] {
		p.shown[k] = true
		p.reading.Translations[lang] = append(p.reading.Translations[lang], t)
	}
}

// vocabulary counts, over every shard, the documents whose body or title in
// lang holds term.
type vocabulary struct {
	readers []bleveapi.IndexReader
	words   []*wordTable // the shards' word lists, as published when opened
	priors  *readingPriors
	open    func() (*vocabulary, error) // another vocabulary of the same index, for the priors' refresh
	weighed bool                        // a correction read the query's languages' weights
}

func (x *Index) openVocabulary() (*vocabulary, error) {
	v := &vocabulary{priors: &x.priors, open: x.openVocabulary}
	for _, s := range x.shards {
		adv, err := s.idx.Advanced()
		if err != nil {
			v.close()
			return nil, err
		}
		r, err := adv.Reader()
		if err != nil {
			v.close()
			return nil, err
		}
		v.readers = append(v.readers, r)
		v.words = append(v.words, s.words.table.Load())
	}
	return v, nil
}

func (v *vocabulary) close() {
	for _, r := range v.readers {
		r.Close()
	}
}

func (v *vocabulary) count(ctx context.Context, lang string) func(string) int {
	memo := map[string]int{}
	return func(term string) int {
		if n, ok := memo[term]; ok {
			return n
		}
		n := 0
		for _, r := range v.readers {
			for _, field := range []string{bodyField(lang), titleField(lang)} {
				tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
				if err != nil {
					continue
				}
				n += int(tfr.Count())
				tfr.Close()
				if n > 0 {
					break
				}
			}
		}
		memo[term] = n
		return n
	}
}

// langEvidence weighs how much a query the detector was unsure of looks
// like each language: the detector's and the lexicon's view (prior, the
// likeliest 1; nil for none) times how common its words are among the
// documents of that language. "trade union" is two frequent words of the
// English articles and one of the French ones.
func (v *vocabulary) langEvidence(ctx context.Context, prior map[string]float64, clauses []index.Clause) map[string]float64 {
	var text []string
	for _, c := range clauses {
		if c.Occur != index.MustNot {
			text = append(text, c.Text)
		}
	}
	out := map[string]float64{}
	best := 0.0
	for _, lang := range translatable {
		docs := 0.0
		for _, r := range v.readers {
			if tfr, err := r.TermFieldReader(ctx, []byte(lang), fieldLang, false, false, false); err == nil {
				docs += float64(tfr.Count())
				tfr.Close()
			}
		}
		ts := terms.Terms(strings.Join(text, " "), lang)
		if docs == 0 || len(ts) == 0 {
			continue
		}
		count := v.count(ctx, lang)
		f := 0.0
		for _, t := range ts {
			f += math.Log10(1 + 1000*float64(count(t))/docs)
		}
		f /= float64(len(ts))
		if prior != nil {
			f *= prior[lang]
		}
		out[lang] = f
		best = max(best, f)
	}
	if best == 0 {
		for _, lang := range translatable {
			out[lang] = 1
		}
		return out
	}
	for lang := range out {
		out[lang] /= best
	}
	return out
}

// plan translates the plain and required clauses of q. The query's own
// language (every translatable language when detection was not reliable)
// is searched for its words as written, or as fz corrected them; the
// others for their translations.
func (x *Index) plan(ctx context.Context, q index.Query, clauses []index.Clause, fz *forgiveness) (*crossPlan, error) {
	v, err := x.openVocabulary()
	if err != nil {
		return nil, fmt.Errorf("vocabulary: %w", err)
	}
	defer v.close()
	vocab := map[string]func(string) int{}
	for _, l := range translatable {
		vocab[l] = v.count(ctx, l)
	}
	sources := translatable
	weight := func(lang string) float64 { return 1 }
	var evidence map[string]float64
	likeliest := q.TextLang // the reading whose translations are shown
	if slices.Contains(translatable, q.TextLang) {
		sources = []string{q.TextLang}
	} else if q.TextLang != "" {
		return nil, nil // a language no lexicon covers is searched as typed
	} else {
		w := v.langEvidence(ctx, q.LangWeights, clauses)
		weight = func(lang string) float64 { return max(w[lang], 0.05) }
		evidence = map[string]float64{}
		for _, l := range translatable {
			evidence[l] = max(w[l], crossBoost)
		}
		for _, l := range translatable {
			if likeliest == "" || w[l] > w[likeliest] {
				likeliest = l
			}
		}
	}
	p := &crossPlan{clauses: map[int]*crossClause{}, stats: &conceptStats{}, reading: index.Reading{Translations: map[string][]index.WeightedTerm{}}, shown: map[string]bool{},
		translated: q.Translator != nil, evidence: evidence}
	for ci, c := range clauses {
		if c.Occur == index.MustNot {
			continue
		}
		cc := &crossClause{sources: sources}
		// Concepts are keyed by where their word starts and, for a
		// translation of several words, by the place of each word in it
		// (each is a word of its own, so a document needs them all). When
		// the query is read as two languages at once, a phrase translated
		// into a language covers the words inside it as that language reads
		// them too: they join its concepts rather than count twice.
		type place struct{ start, part int }
		byPlace := map[place]*concept{}
		type span struct {
			start, end int
			lang       string
		}
		var spans []span
		get := func(at place) *concept {
			if k, ok := byPlace[at]; ok {
				return k
			}
			k := &concept{members: map[string][]groupMember{}}
			byPlace[at] = k
			return k
		}
		for _, lang := range translatable {
			for _, src := range sources {
				if src == lang || q.Translator == nil {
					continue
				}
				for _, g := range q.Translator.Translate(c.Text, src, lang, vocab[lang]) {
					if g.End > g.Start {
						spans = append(spans, span{g.Start, g.End, lang})
					}
					for _, t := range g.Terms {
						get(place{g.Start, t.Part}).addTerm(lang, t.Term, t.Weight*weight(src))
						// "Also searched" lists the translations of the
						// likeliest reading, not the words as typed nor the
						// other reading's (machines read as English: machin).
						if src == likeliest && t.Display != strings.ToLower(g.Source) {
							p.show(lang, t)
						}
					}
				}
			}
		}
		for _, lang := range sources {
			inSpan := map[int]int{} // span start → words of it seen
			for _, tk := range terms.Analyzer(lang).Analyze([]byte(c.Text)) {
				at := place{tk.Start, 0}
				for _, sp := range spans {
					if sp.lang == lang && tk.Start >= sp.start && tk.Start < sp.end {
						at = place{sp.start, inSpan[sp.start]}
						inSpan[sp.start]++
						break
					}
				}
				if ms := fz.at(ci, tk.Start, lang); ms != nil {
					for _, m := range ms {
						get(at).addTerm(lang, m.term, m.weight*weight(lang))
					}
					continue
				}
				get(at).addTerm(lang, string(tk.Term), weight(lang))
			}
		}
		places := make([]place, 0, len(byPlace))
		for at := range byPlace {
			places = append(places, at)
		}
		sort.Slice(places, func(i, j int) bool {
			if places[i].start != places[j].start {
				return places[i].start < places[j].start
			}
			return places[i].part < places[j].part
		})
		for _, at := range places {
			k := byPlace[at]
			cc.concepts = append(cc.concepts, k)
			cc.ids = append(cc.ids, p.stats.add(k))
		}
		p.clauses[ci] = cc
	}
	return p, nil
}

func (k *concept) addTerm(lang, term string, w float64) {
	for _, field := range []string{bodyField(lang), titleField(lang)} {
		ms := k.members[field]
		found := false
		for i := range ms {
			if ms[i].term == term {
				ms[i].weight = max(ms[i].weight, w)
				found = true
			}
		}
		if !found {
			ms = append(ms, groupMember{term: term, weight: w})
		}
		k.members[field] = ms
	}
}

// fieldQuery returns the clause's query on one field: a disjunction of
// its concepts' groups, or nil when no concept has a term there. A phrase
// or a required clause needs all its concepts.
func (cc *crossClause) fieldQuery(field string, boost float64, counts *langCounts, stats *conceptStats, all bool) query.Query {
	var qs []query.Query
	for i, k := range cc.concepts {
		ms := k.members[field]
		if len(ms) == 0 {
			if all {
				return nil
			}
			continue
		}
		// A group whose best term is a weak reading (a language the query
		// only may be in) counts for that much: weights inside a group
		// only share its frequency, and would leave it its full IDF.
		best := 0.0
		for _, m := range ms {
			best = max(best, m.weight)
		}
		scaled := make([]groupMember, len(ms))
		for j, m := range ms {
			scaled[j] = groupMember{term: m.term, weight: m.weight / best}
		}
		qs = append(qs, &groupQuery{field: field, members: scaled, boost: boost * best, stats: stats, concept: cc.ids[i], counts: counts})
	}
	switch {
	case len(qs) == 0:
		return nil
	case all:
		return bleve.NewConjunctionQuery(qs...)
	}
	return anyOf(qs...)
}

// own reports whether the fields of lang search the clause as written.
func (cc *crossClause) own(lang string) bool { return slices.Contains(cc.sources, lang) }

// reduce keeps the MaxClauses most informative words of a long query: the
// rarest in the index, in the query's language (every translatable one
// when it is not known). Stop words and words the index lacks go first.
func (x *Index) reduce(ctx context.Context, clauses []index.Clause, textLang string) ([]index.Clause, int, error) {
	v, err := x.openVocabulary()
	if err != nil {
		return nil, 0, fmt.Errorf("vocabulary: %w", err)
	}
	defer v.close()
	var total float64
	for _, r := range v.readers {
		n, err := r.DocCount()
		if err != nil {
			return nil, 0, err
		}
		total += float64(n)
	}
	langs := translatable
	if textLang != "" {
		langs = []string{suffix(textLang)}
	}
	counts := map[string]func(string) int{}
	for _, l := range langs {
		counts[l] = v.count(ctx, l)
	}
	weigh := func(word string) float64 {
		best := 0.0
		for _, l := range langs {
			an := ""
			if l != "xx" {
				an = l
			}
			for _, t := range terms.Terms(word, an) {
				if df := counts[l](t); df > 0 {
					best = max(best, math.Log(1+total/float64(df)))
				}
			}
		}
		return best
	}
	out, dropped := index.Reduce(clauses, index.MaxClauses, weigh)
	return out, dropped, nil
}
