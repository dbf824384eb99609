package bleveindex

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/recherche/recherche/index"
)

// Entities lists entities with the number of documents that mention them,
// most frequent first. Counts come from live documents, so a replaced or
// deleted document no longer counts; spellings of one name that differ in
// case or accents are one entity, shown as most documents write it.
func (x *Index) Entities(ctx context.Context, f index.EntityFilter) ([]index.EntityCount, error) {
	if err := x.usable(); err != nil {
		return nil, err
	}
	size := f.Size
	if size <= 0 {
		size = 20
	}
	fc := newFacetCounter([]string{fieldEntityOrds}, x.ordinalsOf)
	defer fc.release()
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 0, 0, false)
	req.Score = "none"
	if _, err := x.search.SearchInContext(withCounter(ctx, fc), req); err != nil {
		return nil, fmt.Errorf("list entities: %w", err)
	}
	var keep func(string) bool
	if prefix := EntityKey(f.Prefix); prefix != "" {
		keep = func(k string) bool { return strings.HasPrefix(k, prefix) }
	}
	out := []index.EntityCount{}
	for _, e := range fc.entities(size, f.Type, keep) {
		typ := e.typ
		if f.Type != "" {
			typ = f.Type
		}
		out = append(out, index.EntityCount{Name: e.name, Type: typ, Count: e.count})
	}
	return out, nil
}

// Entity describes one entity by name (case- and accent-insensitive): its
// document count, languages and the entities most often found with it.
func (x *Index) Entity(ctx context.Context, name string, coSize int) (index.EntityDetail, error) {
	if err := x.usable(); err != nil {
		return index.EntityDetail{}, err
	}
	key := EntityKey(name)
	fc := newFacetCounter([]string{fieldEntityOrds, fieldLang}, x.ordinalsOf)
	defer fc.release()
	req := bleve.NewSearchRequestOptions(&entityQuery{key: key, ords: x.ordinalsOf}, 0, 0, false)
	req.Score = "none"
	res, err := x.search.SearchInContext(withCounter(ctx, fc), req)
	if err != nil {
		return index.EntityDetail{}, fmt.Errorf("entity %q: %w", name, err)
	}
	if res.Total == 0 {
		return index.EntityDetail{}, fmt.Errorf("entity %q: %w", name, index.ErrNotFound)
	}
	d := index.EntityDetail{Count: int(res.Total), Languages: fc.top(fieldLang, 50)}
	d.Name = strings.TrimSpace(name)
	if self := fc.entities(1, "", func(k string) bool { return k == key }); len(self) == 1 {
		d.Name, d.Type = self[0].name, self[0].typ
	}
	for _, e := range fc.entities(coSize, "", func(k string) bool { return k != key }) {
		d.CoOccurring = append(d.CoOccurring, index.EntityCount{Name: e.name, Type: e.typ, Count: e.count})
	}
	return d, nil
}
