package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"html"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	htmlfmt "github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/index"
)

// Boosts, measured with tools/evalsearch (docs/quality.md, "Retrieval").
// A title is short, so BM25 already scores a title match high: half a body
// match is enough, and more lets an article's title outweigh the paragraph
// that answers. Fields of a language other than the query's count for
// little; neighbouring query terms found side by side add a bonus.
const (
	titleBoost     = 0.5
	otherLangBoost = 0.2
	pairBoost      = 0.3
	snippetLen     = 200
	maxSnippet     = 3
)

// forgiven parses q's text, leaves out the least useful words of a long
// query (dropped counts them), and corrects and completes its words as q
// asks, before translation: a misspelled word is corrected, then
// translated.
func (x *Index) forgiven(ctx context.Context, q index.Query) (clauses []index.Clause, fz *forgiveness, dropped int, err error) {
	reuse := index.Reused(ctx)
	key := forgivenKey{text: q.Text, textLang: q.TextLang, typos: q.Typos, prefix: q.Prefix, translated: q.Translator != nil}
	if v, ok := reuse.Load(key); ok {
		if f := v.(forgivenValue); !f.fz.weighsLangs() || maps.Equal(f.weights, q.LangWeights) {
			return slices.Clone(f.clauses), f.fz, f.dropped, nil
		}
	}
	defer func() {
		if err == nil {
			reuse.Store(key, forgivenValue{slices.Clone(clauses), fz, dropped, maps.Clone(q.LangWeights)})
		}
	}()
	if clauses, err = index.ParseQuery(q.Text); err != nil {
		return nil, nil, 0, err
	}
	if index.Words(clauses) > index.MaxClauses {
		if clauses, dropped, err = x.reduce(ctx, clauses, q.TextLang); err != nil {
			return nil, nil, 0, fmt.Errorf("search: %w", err)
		}
	}
	if (q.Typos || q.Prefix) && len(clauses) > 0 {
		if clauses, fz, err = x.forgive(ctx, q, clauses); err != nil {
			return nil, nil, 0, fmt.Errorf("search: %w", err)
		}
	}
	return clauses, fz, dropped, nil
}

// forgivenKey is what forgiven reads of a query, but for the languages'
// weights, which only correcting a word of a query of no sure language
// reads (forgiveness.weighed).
type forgivenKey struct {
	text, textLang            string
	typos, prefix, translated bool
}

type forgivenValue struct {
	clauses []index.Clause
	fz      *forgiveness
	dropped int
	weights map[string]float64
}

// Rewrite implements index.Rewriter: what Search would search q's text as,
// read from the vocabulary alone.
func (x *Index) Rewrite(ctx context.Context, q index.Query) (string, error) {
	if err := x.usable(); err != nil {
		return "", err
	}
	if !q.Typos && !q.Prefix {
		return "", nil
	}
	_, fz, _, err := x.forgiven(ctx, q)
	if err != nil || fz == nil {
		return "", err
	}
	return fz.rewritten, nil
}

// Search runs q and returns hits and facets together.
func (x *Index) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	if err := x.usable(); err != nil {
		return nil, err
	}
	// A compaction waits for searches to stop too: merging takes a few
	// hundred MB for seconds, which a busy server's peak must not add.
	x.awaitQuiet()
	clauses, fz, dropped, err := x.forgiven(ctx, q)
	if err != nil {
		return nil, err
	}
	if len(clauses) == 0 && dropped > 0 {
		// No word of the query is in the index: nothing matches it.
		return &index.Result{Facets: map[string][]index.FacetValue{}, Query: index.Reading{Dropped: dropped}}, nil
	}
	var plan *crossPlan
	if (q.Translator != nil || !fz.empty()) && len(clauses) > 0 {
		if plan, err = x.plan(ctx, q, clauses, fz); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	bq, err := buildQuery(q, clauses, plan, x.ordinalsOf, x.commonDocs)
	if err != nil {
		return nil, err
	}
	size := q.Size
	if size > index.MaxSize {
		size = index.MaxSize
	}
	if q.Offset+size > index.MaxWindow {
		return nil, fmt.Errorf("%w: from+size must be at most %d", index.ErrInvalidQuery, index.MaxWindow)
	}
	req := bleve.NewSearchRequestOptions(bq, size, q.Offset, false)
	req.Fields = []string{fieldLang, fieldEntities, fieldPublished}
	for _, sfx := range langSuffixes {
		req.Fields = append(req.Fields, titleField(sfx))
		if q.WithBodies || q.Highlight {
			req.Fields = append(req.Fields, bodyField(sfx))
		}
	}
	if q.Highlight {
		req.Highlight = bleve.NewHighlightWithStyle(htmlfmt.Name)
		for _, sfx := range langSuffixes {
			req.Highlight.AddField(bodyField(sfx))
		}
	}
	switch q.Sort {
	case "", index.SortRelevance:
	case index.SortDate:
		req.SortBy([]string{fieldPublished, "-_score", "_id"})
	case index.SortDateDesc:
		req.SortBy([]string{"-" + fieldPublished, "-_score", "_id"})
	default:
		return nil, fmt.Errorf("%w: unknown sort %q", index.ErrInvalidQuery, q.Sort)
	}
	facetSize := q.FacetSize
	if facetSize <= 0 {
		facetSize = 10
	}
	var fields []string
	for _, name := range q.Facets {
		field, ok := facetFields[name]
		if !ok {
			return nil, fmt.Errorf("%w: unknown facet %q", index.ErrInvalidQuery, name)
		}
		fields = append(fields, field)
	}
	var fc *facetCounter
	if len(fields) > 0 {
		fc = newFacetCounter(fields, x.ordinalsOf)
		ctx = withCounter(ctx, fc)
		defer fc.release()
	}
	res, err := x.search.SearchInContext(ctx, req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return nil, err
		}
		return nil, fmt.Errorf("search: %w", err)
	}
	out := &index.Result{Total: res.Total, Took: res.Took, Facets: map[string][]index.FacetValue{}}
	if plan != nil {
		out.Query = plan.reading
	}
	out.Query.Dropped = dropped
	if fz != nil {
		out.Query.Corrections, out.Query.Suggestion, out.Query.Rewritten = fz.corrections, fz.suggestion, fz.rewritten
	}
	for _, h := range res.Hits {
		hit := index.Hit{ID: h.ID, Score: h.Score}
		if math.IsNaN(hit.Score) || math.IsInf(hit.Score, 0) {
			hit.Score = 0
		}
		hit.Lang, _ = h.Fields[fieldLang].(string)
		sfx := suffix(hit.Lang)
		hit.Title, _ = h.Fields[titleField(sfx)].(string)
		hit.Entities = stringsOf(h.Fields[fieldEntities])
		if s, ok := h.Fields[fieldPublished].(string); ok {
			if t, err := time.Parse(time.RFC3339, s); err == nil {
				hit.PublishedAt = &t
			}
		}
		body, _ := h.Fields[bodyField(sfx)].(string)
		if q.WithBodies {
			hit.Body = body
		}
		if q.Highlight {
			for _, f := range h.Fragments[bodyField(sfx)] {
				if len(hit.Snippets) == maxSnippet {
					break
				}
				hit.Snippets = append(hit.Snippets, tidySnippet(f))
			}
			if len(hit.Snippets) == 0 && body != "" {
				hit.Snippets = []string{html.EscapeString(lead(body, snippetLen))}
			}
		}
		out.Hits = append(out.Hits, hit)
	}
	for _, name := range q.Facets {
		out.Facets[name] = fc.values(facetFields[name], facetSize)
	}
	return out, nil
}

var facetFields = map[string]string{
	index.FacetEntities:    fieldEntityOrds,
	index.FacetEntityTypes: fieldEntityTypes,
	index.FacetLang:        fieldLang,
	index.FacetSource:      fieldSource,
	index.FacetYear:        fieldYear,
}

func stringsOf(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, s := range v {
			if s, ok := s.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// lead returns the start of s, cut at a word boundary near n bytes.
func lead(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + " …"
}

// buildQuery turns user text and filters into one Bleve query. Each text
// clause is analyzed once per language field, so a query has no declared
// language: the French fields see French stems, the English fields English
// ones, and the detected language of the query gets a boost.
func buildQuery(q index.Query, clauses []index.Clause, plan *crossPlan, ords ordinalsFunc, commonDocs float64) (query.Query, error) {
	var text query.Query
	if len(clauses) > 0 {
		bq := bleve.NewBooleanQuery()
		hasPositive := false
		var positive []string
		counts := &langCounts{}
		for i, c := range clauses {
			if c.Occur != index.MustNot && !c.Phrase {
				positive = append(positive, c.Text)
			}
			var cross *crossClause
			if plan != nil {
				cross = plan.clauses[i]
			}
			cq := acrossFields(c, q.TextLang, counts, cross, plan)
			switch c.Occur {
			case index.Must:
				bq.AddMust(cq)
				hasPositive = true
			case index.MustNot:
				bq.AddMustNot(cq)
			default:
				bq.AddShould(cq)
				hasPositive = true
			}
		}
		if !hasPositive {
			bq.AddMust(bleve.NewMatchAllQuery())
		}
		var scored query.Query = bq
		if bq.Must != nil && bq.Should != nil {
			// Required words and optional ones: bonusQuery, not Bleve's
			// boolean, which loses the optional words' score of a
			// document a filter advances it to.
			required := bleve.NewBooleanQuery()
			required.Must, required.MustNot = bq.Must, bq.MustNot
			scored = bonusQuery{must: required, bonus: anyQuery{bq.Should.(*query.DisjunctionQuery)}}
		} else {
			scored = cutCommon(bq, clauses, plan, counts, commonDocs)
		}
		text = withProximity(scored, positive, q.TextLang)
	}
	var filters []query.Query
	if q.Lang != "" {
		filters = append(filters, term(fieldLang, q.Lang))
	}
	if q.Source != "" {
		filters = append(filters, term(fieldSource, q.Source))
	}
	for _, e := range q.Entities {
		filters = append(filters, &entityQuery{key: EntityKey(e), ords: ords})
	}
	if len(q.EntityTypes) > 0 {
		var anyType []query.Query
		for _, t := range q.EntityTypes {
			anyType = append(anyType, term(fieldEntityTypes, t))
		}
		filters = append(filters, bleve.NewDisjunctionQuery(anyType...))
	}
	if q.From != nil || q.To != nil {
		var from, to time.Time
		if q.From != nil {
			from = *q.From
		}
		if q.To != nil {
			to = *q.To
		}
		yes := true
		dq := bleve.NewDateRangeInclusiveQuery(from, to, &yes, &yes)
		dq.SetField(fieldPublished)
		filters = append(filters, dq)
	}
	switch {
	case text == nil && len(filters) == 0:
		return bleve.NewMatchAllQuery(), nil
	case text == nil:
		return bleve.NewConjunctionQuery(filters...), nil
	case len(filters) == 0:
		return text, nil
	}
	return bleve.NewConjunctionQuery(append([]query.Query{text}, filters...)...), nil
}

// filterBoost keeps a filter's share of the score negligible, so filters
// narrow a result without reordering it. It is not zero: a query made of
// filters alone would then normalize 0/0 into NaN scores.
const filterBoost = 1e-4

// term is an exact keyword match used as a filter.
func term(field, value string) query.Query {
	tq := bleve.NewTermQuery(value)
	tq.SetField(field)
	tq.SetBoost(filterBoost)
	return tq
}

// acrossFields searches one clause in every language's title and body.
// Within a language the score is body + titleBoost × title, a sumQuery:
// Bleve multiplies a disjunction's score by the share of its clauses that
// match, so a plain title-or-body disjunction would double the score of
// every document whose title matches, and with it every paragraph of an
// article whose title the question names. A document has one language, so
// across languages that share is constant; other languages than the query's (when detection is reliable) count
// for otherLangBoost, enough to find a product name in an article of the
// other language, too little for a French question to rank English
// abstracts that happen to share a word. The full-weight fields read term
// locations, for proximityQuery (rescore.go); every field query gets the
// IDF of its own language (langstats.go), counted once per query.
func acrossFields(c index.Clause, textLang string, counts *langCounts, cross *crossClause, plan *crossPlan) query.Query {
	var groups []query.Query
	for _, sfx := range langSuffixes {
		boost := 1.0
		if textLang != "" && sfx != suffix(textLang) {
			boost = otherLangBoost
		}
		field := func(name string, boost float64) query.Query {
			return counts.wrap(fieldQuery(c, name, boost), name)
		}
		if cross != nil && slices.Contains(translatable, sfx) && !(c.Phrase && cross.own(sfx)) && (plan.translated || cross.own(sfx)) {
			// Concepts: the words as written in the query's language,
			// their translations in the others, IDF shared (group.go).
			if !cross.own(sfx) {
				boost = crossBoost
			}
			all := c.Phrase || c.Occur == index.Must
			field = func(name string, boost float64) query.Query {
				return cross.fieldQuery(name, boost, counts, plan.stats, all)
			}
		}
		body := field(bodyField(sfx), boost)
		title := field(titleField(sfx), titleBoost*boost)
		if body == nil || title == nil {
			continue
		}
		if !c.Phrase && boost == 1 {
			body, title = withVectors(body), withVectors(title)
			if pairs := pairQueries(c.Text, sfx, pairBoost); len(pairs) > 0 {
				for i, pq := range pairs {
					pairs[i] = counts.wrap(pq, bodyField(sfx))
				}
				body = bonusQuery{must: body, bonus: anyOf(pairs...)}
			}
		}
		// Half the sum: what Bleve's disjunction of the two boolean
		// queries this replaces gave ("body and maybe title", "title and
		// not body": exactly one of the two matches).
		scale := 0.5
		if plan != nil && plan.evidence != nil {
			if w, ok := plan.evidence[sfx]; ok {
				// Applied to the language's whole score, not to its
				// field queries, whose full weight decides that they
				// read term locations for proximity.
				scale *= w
			}
		}
		groups = append(groups, sumQuery{children: []query.Query{body, title}, scale: scale})
	}
	return anyOf(groups...)
}

// maxPairs bounds the phrase queries one long clause adds per language.
const maxPairs = 16

// pairQueries returns a phrase query on the body field of sfx for each pair
// of neighbouring terms of text as that field's analyzer sees them, a
// stop-word gap of up to two words kept: a body that has the question's
// words side by side is a better answer than one that scatters them.
func pairQueries(text, sfx string, boost float64) []query.Query {
	lang := sfx
	if sfx == "xx" {
		lang = ""
	}
	stream := terms.Analyzer(lang).Analyze([]byte(text))
	var out []query.Query
	for i := 1; i < len(stream) && len(out) < maxPairs; i++ {
		gap := stream[i].Position - stream[i-1].Position
		if gap < 1 || gap > 3 {
			continue
		}
		slots := make([]string, gap+1) // "" is any term, for a removed stop word
		slots[0], slots[gap] = string(stream[i-1].Term), string(stream[i].Term)
		pq := bleve.NewPhraseQuery(slots, bodyField(sfx))
		pq.SetBoost(boost)
		out = append(out, pq)
	}
	return out
}

func fieldQuery(c index.Clause, field string, boost float64) query.Query {
	if c.Phrase {
		pq := bleve.NewMatchPhraseQuery(c.Text)
		pq.SetField(field)
		pq.SetBoost(boost)
		return pq
	}
	mq := bleve.NewMatchQuery(c.Text)
	mq.SetField(field)
	mq.SetBoost(boost)
	return mq
}
