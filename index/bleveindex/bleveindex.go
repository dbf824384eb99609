// Package bleveindex is the embedded Bleve engine behind the index
// contract: it owns the on-disk layout (per-language text fields, keyword
// fields for filters and facets), its mapping version, and turns
// index.Query into Bleve queries.
//
// It imports index, corpus, analysis/terms and Bleve.
package bleveindex

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

const versionKey = "recherche_mapping_version"

// Index is an on-disk Bleve index. It is safe for concurrent use; a batch
// becomes visible to searches as a whole.
type Index struct {
	dir string
	idx bleve.Index
	// mu orders writers so that the created/replaced answer of a batch is
	// not raced by another batch writing the same ids, and so that entity
	// ordinals are assigned in the order batches are written.
	mu   sync.Mutex
	ords *ordinals
}

// Options tune how an index is opened.
type Options struct {
	// Rebuild allows reindexing an index written with another mapping
	// version from its stored documents; without it Open refuses such an
	// index with an error that says what to do.
	Rebuild bool
}

// ErrVersion is returned when an index on disk was written with another
// mapping version and rebuilding was not allowed.
var ErrVersion = errors.New("index mapping version mismatch")

// Open opens the index in dir, creating it when the directory holds none.
func Open(dir string, opts Options) (*Index, error) {
	idx, err := bleve.Open(dir)
	switch {
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist):
		if err := os.MkdirAll(filepath.Dir(filepath.Clean(dir)), 0o755); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
		idx, err = bleve.New(dir, Mapping())
		if err != nil {
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		if err := idx.SetInternal([]byte(versionKey), []byte(strconv.Itoa(index.MappingVersion))); err != nil {
			idx.Close()
			return nil, fmt.Errorf("record mapping version: %w", err)
		}
		return &Index{dir: dir, idx: idx, ords: &ordinals{ids: map[string]uint32{}}}, nil
	case err != nil:
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	v, err := idx.GetInternal([]byte(versionKey))
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("read mapping version: %w", err)
	}
	if string(v) == strconv.Itoa(index.MappingVersion) {
		ords, err := loadOrdinals(idx)
		if err != nil {
			idx.Close()
			return nil, err
		}
		return &Index{dir: dir, idx: idx, ords: ords}, nil
	}
	if !opts.Rebuild {
		idx.Close()
		return nil, fmt.Errorf("%w: %s was written with mapping version %q, this build uses %d; start with --rebuild to reindex it from its stored documents, or remove the directory and ingest again",
			ErrVersion, dir, v, index.MappingVersion)
	}
	return rebuild(dir, idx)
}

// rebuild reindexes every stored document of old into a fresh index with the
// current mapping, then swaps the directories. The old index stays in place
// until the new one is complete, so a crash mid-way loses nothing.
func rebuild(dir string, old bleve.Index) (*Index, error) {
	tmp := dir + ".rebuild"
	os.RemoveAll(tmp)
	fresh, err := Open(tmp, Options{})
	if err != nil {
		old.Close()
		return nil, err
	}
	oldx := &Index{dir: dir, idx: old}
	err = oldx.Each(context.Background(), 500, func(docs []corpus.Document) error {
		_, err := fresh.Put(context.Background(), docs)
		return err
	})
	old.Close()
	if err != nil {
		fresh.Close()
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	if err := fresh.Close(); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	if err := os.Rename(dir, dir+".old"); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	os.RemoveAll(dir + ".old")
	return Open(dir, Options{})
}

// Close flushes and closes the index.
func (x *Index) Close() error {
	return x.idx.Close()
}

// Bleve exposes the underlying index for benchmarks and tools.
func (x *Index) Bleve() bleve.Index { return x.idx }

// Put stores documents, replacing those with the same id, in one batch that
// is durable when Put returns. Every document must have an id, a body and a
// language already.
func (x *Index) Put(ctx context.Context, docs []corpus.Document) ([]index.PutStatus, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		if d.ID == "" {
			return nil, fmt.Errorf("document %d has no id", i)
		}
		ids[i] = d.ID
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	existing, err := x.existing(ctx, ids)
	if err != nil {
		return nil, err
	}
	batch := x.idx.NewBatch()
	statuses := make([]index.PutStatus, len(docs))
	seen := make(map[string]bool, len(docs))
	for i, d := range docs {
		fields, err := x.fieldsOf(d)
		if err != nil {
			return nil, fmt.Errorf("document %q: %w", d.ID, err)
		}
		if err := batch.Index(d.ID, fields); err != nil {
			return nil, fmt.Errorf("document %q: %w", d.ID, err)
		}
		statuses[i] = index.Created
		if existing[d.ID] || seen[d.ID] {
			statuses[i] = index.Replaced
		}
		seen[d.ID] = true
	}
	persisted, chunks, err := x.ords.stage(batch)
	if err != nil {
		return nil, err
	}
	if err := x.idx.Batch(batch); err != nil {
		return nil, fmt.Errorf("index batch: %w", err)
	}
	x.ords.commit(persisted, chunks)
	return statuses, nil
}

func (x *Index) existing(ctx context.Context, ids []string) (map[string]bool, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Score = "none"
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("look up ids: %w", err)
	}
	out := make(map[string]bool, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = true
	}
	return out, nil
}

// fieldsOf flattens a document into the indexed layout. It assigns entity
// ordinals, so it runs under x.mu.
func (x *Index) fieldsOf(d corpus.Document) (map[string]any, error) {
	sfx := suffix(d.Lang)
	meta := d
	meta.Title, meta.Body = "", ""
	raw, err := json.Marshal(meta)
	if err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	f := map[string]any{
		titleField(sfx): d.Title,
		bodyField(sfx):  d.Body,
		fieldLang:       d.Lang,
		fieldDoc:        string(raw),
	}
	if d.Source != "" {
		f[fieldSource] = d.Source
	}
	if d.PublishedAt != nil {
		f[fieldPublished] = d.PublishedAt.UTC()
		f[fieldYear] = strconv.Itoa(d.PublishedAt.UTC().Year())
	}
	if len(d.Entities) > 0 {
		names := make([]string, 0, len(d.Entities))
		lc := make([]string, 0, len(d.Entities))
		ords := make([]string, 0, len(d.Entities))
		keys := make([]string, 0, len(d.Entities))
		types := make([]string, 0, len(d.Entities))
		seenType := map[corpus.EntityType]bool{}
		for _, e := range d.Entities {
			names = append(names, e.Name)
			lc = append(lc, EntityKey(e.Name))
			ords = append(ords, x.ords.assign(e.Name))
			keys = append(keys, string(e.Type)+"\x1f"+EntityKey(e.Name)+"\x1f"+e.Name)
			if !seenType[e.Type] {
				seenType[e.Type] = true
				types = append(types, string(e.Type))
			}
		}
		f[fieldEntities] = names
		f[fieldEntitiesLC] = lc
		f[fieldEntityOrds] = ords
		f[fieldEntityKeys] = keys
		f[fieldEntityTypes] = types
	}
	return f, nil
}

// EntityKey is the case- and accent-insensitive form entity filters match on.
func EntityKey(name string) string {
	return strings.ToLower(terms.Fold(strings.TrimSpace(name)))
}

// Get returns the stored document with id.
func (x *Index) Get(ctx context.Context, id string) (corpus.Document, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldDoc, "title_fr", "title_en", "title_xx", "body_fr", "body_en", "body_xx"}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return corpus.Document{}, fmt.Errorf("get %q: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return corpus.Document{}, fmt.Errorf("document %q: %w", id, index.ErrNotFound)
	}
	return documentOf(res.Hits[0].ID, res.Hits[0].Fields)
}

func documentOf(id string, fields map[string]any) (corpus.Document, error) {
	var d corpus.Document
	raw, _ := fields[fieldDoc].(string)
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		return d, fmt.Errorf("decode stored document %q: %w", id, err)
	}
	sfx := suffix(d.Lang)
	d.ID = id
	d.Title, _ = fields[titleField(sfx)].(string)
	d.Body, _ = fields[bodyField(sfx)].(string)
	return d, nil
}

// Delete removes the document with id; ErrNotFound when there is none.
func (x *Index) Delete(ctx context.Context, id string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	found, err := x.existing(ctx, []string{id})
	if err != nil {
		return err
	}
	if !found[id] {
		return fmt.Errorf("document %q: %w", id, index.ErrNotFound)
	}
	if err := x.idx.Delete(id); err != nil {
		return fmt.Errorf("delete %q: %w", id, err)
	}
	return nil
}

// Each calls fn with every stored document, batch by batch, in id order.
func (x *Index) Each(ctx context.Context, batchSize int, fn func([]corpus.Document) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), batchSize, 0, false)
		req.Fields = []string{fieldDoc, "title_fr", "title_en", "title_xx", "body_fr", "body_en", "body_xx"}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SearchAfter = after
		}
		res, err := x.idx.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("scan documents: %w", err)
		}
		if len(res.Hits) == 0 {
			return nil
		}
		docs := make([]corpus.Document, 0, len(res.Hits))
		for _, h := range res.Hits {
			d, err := documentOf(h.ID, h.Fields)
			if err != nil {
				return err
			}
			docs = append(docs, d)
		}
		if err := fn(docs); err != nil {
			return err
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// Count returns the number of stored documents.
func (x *Index) Count() (uint64, error) {
	return x.idx.DocCount()
}

// Stats describes the index.
func (x *Index) Stats(ctx context.Context) (index.Stats, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 0, 0, false)
	req.AddFacet(fieldLang, bleve.NewFacetRequest(fieldLang, 200))
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return index.Stats{}, fmt.Errorf("stats: %w", err)
	}
	st := index.Stats{Documents: res.Total, ByLang: map[string]int{}, MappingVersion: index.MappingVersion}
	if f := res.Facets[fieldLang]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			st.ByLang[t.Term] = t.Count
		}
	}
	st.SizeBytes = dirSize(x.dir)
	return st, nil
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// Snapshot writes a consistent copy of the index into dir, which must not
// exist yet; Open(dir) opens the copy.
func (x *Index) Snapshot(dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("snapshot: %s already exists", dir)
	}
	c, ok := x.idx.(bleve.IndexCopyable)
	if !ok {
		return errors.New("snapshot: index cannot be copied")
	}
	if err := c.CopyTo(bleve.FileSystemDirectory(dir)); err != nil {
		return fmt.Errorf("snapshot to %s: %w", dir, err)
	}
	return nil
}
