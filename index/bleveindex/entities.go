package bleveindex

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/recherche/recherche/index"
)

// maxEntityScan bounds how many distinct entities one listing looks at.
const maxEntityScan = 100000

// Entities lists entities with the number of documents that mention them,
// most frequent first. Counts come from a facet over live documents, so a
// replaced or deleted document no longer counts.
func (x *Index) Entities(ctx context.Context, f index.EntityFilter) ([]index.EntityCount, error) {
	size := f.Size
	if size <= 0 {
		size = 20
	}
	var q = bleve.NewMatchAllQuery()
	req := bleve.NewSearchRequestOptions(q, 0, 0, false)
	fr := bleve.NewFacetRequest(fieldEntityKeys, maxEntityScan)
	prefix := EntityKey(f.Prefix)
	switch {
	case f.Type != "":
		fr.SetPrefixFilter(f.Type + "\x1f" + prefix)
	case prefix != "":
		fr.SetRegexFilter("^[^\x1f]*\x1f" + regexp.QuoteMeta(prefix))
	}
	req.AddFacet("keys", fr)
	res, err := x.search.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("list entities: %w", err)
	}
	out := []index.EntityCount{}
	for _, v := range facetValues(res.Facets["keys"]) {
		typ, _, name, ok := splitKey(v.Value)
		if !ok {
			continue
		}
		out = append(out, index.EntityCount{Name: name, Type: typ, Count: v.Count})
		if len(out) == size {
			break
		}
	}
	return out, nil
}

func splitKey(k string) (typ, folded, name string, ok bool) {
	parts := strings.SplitN(k, "\x1f", 3)
	if len(parts) != 3 {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}

// Entity describes one entity by name (case- and accent-insensitive): its
// document count, languages and the entities most often found with it.
func (x *Index) Entity(ctx context.Context, name string, coSize int) (index.EntityDetail, error) {
	key := EntityKey(name)
	req := bleve.NewSearchRequestOptions(term(fieldEntitiesLC, key), 0, 0, false)
	req.AddFacet("keys", bleve.NewFacetRequest(fieldEntityKeys, coSize+16))
	req.AddFacet(index.FacetLang, bleve.NewFacetRequest(fieldLang, 50))
	res, err := x.search.SearchInContext(ctx, req)
	if err != nil {
		return index.EntityDetail{}, fmt.Errorf("entity %q: %w", name, err)
	}
	if res.Total == 0 {
		return index.EntityDetail{}, fmt.Errorf("entity %q: %w", name, index.ErrNotFound)
	}
	d := index.EntityDetail{Count: int(res.Total), Languages: facetValues(res.Facets[index.FacetLang])}
	for _, v := range facetValues(res.Facets["keys"]) {
		typ, folded, n, ok := splitKey(v.Value)
		if !ok {
			continue
		}
		if folded == key {
			// The same name can carry two types across documents; the
			// most frequent one is the entity's type.
			if d.Name == "" {
				d.Name, d.Type = n, typ
			}
			continue
		}
		if len(d.CoOccurring) < coSize {
			d.CoOccurring = append(d.CoOccurring, index.EntityCount{Name: n, Type: typ, Count: v.Count})
		}
	}
	return d, nil
}
