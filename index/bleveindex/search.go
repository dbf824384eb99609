package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"html"
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	htmlfmt "github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/recherche/recherche/index"
)

// Boosts. Titles say what a document is about; the query's own language
// wins ties between a French and an English reading of the same words.
const (
	titleBoost = 2.0
	langBoost  = 1.5
	snippetLen = 200
	maxSnippet = 3
)

// Search runs q and returns hits and facets together.
func (x *Index) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	bq, err := buildQuery(q)
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
	for _, name := range q.Facets {
		field, ok := facetFields[name]
		if !ok {
			return nil, fmt.Errorf("%w: unknown facet %q", index.ErrInvalidQuery, name)
		}
		req.AddFacet(name, bleve.NewFacetRequest(field, facetSize))
	}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return nil, err
		}
		return nil, fmt.Errorf("search: %w", err)
	}
	out := &index.Result{Total: res.Total, Took: res.Took, Facets: map[string][]index.FacetValue{}}
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
			hit.Snippets = h.Fragments[bodyField(sfx)]
			if len(hit.Snippets) > maxSnippet {
				hit.Snippets = hit.Snippets[:maxSnippet]
			}
			if len(hit.Snippets) == 0 && body != "" {
				hit.Snippets = []string{html.EscapeString(lead(body, snippetLen))}
			}
		}
		out.Hits = append(out.Hits, hit)
	}
	for _, name := range q.Facets {
		out.Facets[name] = facetValues(res.Facets[name])
	}
	return out, nil
}

var facetFields = map[string]string{
	index.FacetEntities:    fieldEntities,
	index.FacetEntityTypes: fieldEntityTypes,
	index.FacetLang:        fieldLang,
	index.FacetSource:      fieldSource,
	index.FacetYear:        fieldYear,
}

func facetValues(f *search.FacetResult) []index.FacetValue {
	out := []index.FacetValue{}
	if f == nil || f.Terms == nil {
		return out
	}
	for _, t := range f.Terms.Terms() {
		out = append(out, index.FacetValue{Value: t.Term, Count: t.Count})
	}
	// Bleve orders by count; equal counts get a stable, readable order.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out
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
func buildQuery(q index.Query) (query.Query, error) {
	clauses, err := index.ParseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	var text query.Query
	if len(clauses) > 0 {
		bq := bleve.NewBooleanQuery()
		hasPositive := false
		for _, c := range clauses {
			cq := acrossFields(c, q.TextLang)
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
		text = bq
	}
	var filters []query.Query
	if q.Lang != "" {
		filters = append(filters, term(fieldLang, q.Lang))
	}
	if q.Source != "" {
		filters = append(filters, term(fieldSource, q.Source))
	}
	for _, e := range q.Entities {
		filters = append(filters, term(fieldEntitiesLC, EntityKey(e)))
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

func acrossFields(c index.Clause, textLang string) query.Query {
	var qs []query.Query
	for _, sfx := range langSuffixes {
		boost := 1.0
		if sfx == textLang {
			boost = langBoost
		}
		for _, f := range []struct {
			name  string
			boost float64
		}{{titleField(sfx), titleBoost * boost}, {bodyField(sfx), boost}} {
			if c.Phrase {
				pq := bleve.NewMatchPhraseQuery(c.Text)
				pq.SetField(f.name)
				pq.SetBoost(f.boost)
				qs = append(qs, pq)
				continue
			}
			mq := bleve.NewMatchQuery(c.Text)
			mq.SetField(f.name)
			mq.SetBoost(f.boost)
			qs = append(qs, mq)
		}
	}
	return bleve.NewDisjunctionQuery(qs...)
}
