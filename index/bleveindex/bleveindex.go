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
	"hash/fnv"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	bleveapi "github.com/blevesearch/bleve_index_api"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

const (
	versionKey = "recherche_mapping_version"
	shardKey   = "recherche_shard"  // a shard's number, in its internal store
	shardsFile = "recherche_shards" // in a sharded index's directory: the shard count
)

// Index is an on-disk index of one or more Bleve indexes (shards). It is
// safe for concurrent use. With one shard a batch becomes visible to
// searches as a whole; with several, each shard's part of it does.
type Index struct {
	dir    string
	shards []*shard
	search bleve.Index // the only shard, or an alias over all of them
	// mu orders writers so that the created/replaced answer of a batch is
	// not raced by another batch writing the same ids, and so that entity
	// ordinals are assigned in the order batches are written.
	mu sync.Mutex
	// closed makes every call after Close answer index.ErrClosed: a
	// sharded index searched through an alias would otherwise answer
	// a closed index's queries with nothing at all.
	closed atomic.Bool
	// priors weigh completions by their language (readingPriors).
	priors readingPriors
	// commonDocs is the fewest documents a common word is in (commonCut);
	// tests lower it.
	commonDocs float64
	compaction compaction
}

func (x *Index) usable() error {
	if x.closed.Load() {
		return index.ErrClosed
	}
	return nil
}

// shard is one Bleve index, the entity ordinals of its documents and the
// words they write.
type shard struct {
	idx   bleve.Index
	ords  *ordinals
	words *wordList
}

// Options tune how an index is opened.
type Options struct {
	// Rebuild allows reindexing an index written with another mapping
	// version or shard count from its stored documents; without it Open
	// refuses such an index with an error that says what to do.
	Rebuild bool
	// Shards is the number of Bleve indexes documents are spread over
	// (by id), searched together through an alias; 0 keeps the count of
	// an existing index and makes a new one with 1.
	Shards int
	// CompactIdle, when positive, compacts the index (Compact) once it
	// has been quiet for that long: no document written or deleted, no
	// search.
	CompactIdle time.Duration
	// Logger receives what the index does on its own (compactions);
	// nil discards it.
	Logger *slog.Logger
}

// MaxShards bounds Options.Shards.
const MaxShards = 64

// ErrVersion is returned when an index on disk was written with another
// mapping version or shard count and rebuilding was not allowed.
var ErrVersion = errors.New("index mapping version mismatch")

// Open opens the index in dir, creating it when the directory holds none.
func Open(dir string, opts Options) (*Index, error) {
	x, err := open(dir, opts)
	if err != nil {
		return nil, err
	}
	x.compaction.idle = opts.CompactIdle
	x.compaction.log = opts.Logger
	if x.compaction.log == nil {
		x.compaction.log = slog.New(slog.DiscardHandler)
	}
	x.awaitQuiet()
	return x, nil
}

func open(dir string, opts Options) (*Index, error) {
	if opts.Shards < 0 || opts.Shards > MaxShards {
		return nil, fmt.Errorf("shards: %d is not between 1 and %d", opts.Shards, MaxShards)
	}
	have, err := shardCount(dir)
	if err != nil {
		return nil, err
	}
	want := opts.Shards
	if want == 0 {
		want = max(have, 1)
	}
	if have == 0 {
		return create(dir, want)
	}
	idxs, err := openShards(dir, have)
	if err != nil {
		return nil, err
	}
	stale := ""
	for _, idx := range idxs {
		v, err := idx.GetInternal([]byte(versionKey))
		if err != nil {
			closeAll(idxs)
			return nil, fmt.Errorf("read mapping version: %w", err)
		}
		if string(v) != strconv.Itoa(MappingVersion) {
			stale = fmt.Sprintf("was written with mapping version %q, this build uses %d", v, MappingVersion)
		}
	}
	if stale == "" && have != want {
		stale = fmt.Sprintf("has %d shards, %d were asked for", have, want)
	}
	if stale == "" {
		return assemble(dir, idxs)
	}
	if !opts.Rebuild {
		closeAll(idxs)
		return nil, fmt.Errorf("%w: %s %s; start with --rebuild to reindex it from its stored documents, or remove the directory and ingest again",
			ErrVersion, dir, stale)
	}
	return rebuild(dir, idxs, want)
}

// shardCount tells how many shards the index in dir has: 0 when there is
// none yet, 1 for a plain Bleve index, or what its shards file says.
func shardCount(dir string) (int, error) {
	raw, err := os.ReadFile(filepath.Join(dir, shardsFile))
	switch {
	case err == nil:
		n, err := strconv.Atoi(strings.TrimSpace(string(raw)))
		if err != nil || n < 1 || n > MaxShards {
			return 0, fmt.Errorf("open index %s: bad shard count %q", dir, raw)
		}
		return n, nil
	case !errors.Is(err, fs.ErrNotExist):
		return 0, fmt.Errorf("open index %s: %w", dir, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
		return 1, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return 0, fmt.Errorf("open index %s: %w", dir, err)
	}
	return 0, nil
}

// shardDir is where shard i of n lives: a one-shard index is a plain Bleve
// index in dir, as every index was before shards.
func shardDir(dir string, i, n int) string {
	if n == 1 {
		return dir
	}
	return filepath.Join(dir, fmt.Sprintf("shard-%02d", i))
}

func openShards(dir string, n int) ([]bleve.Index, error) {
	idxs := make([]bleve.Index, 0, n)
	for i := range n {
		idx, err := bleve.Open(shardDir(dir, i, n))
		if err != nil {
			closeAll(idxs)
			return nil, fmt.Errorf("open index %s: %w", shardDir(dir, i, n), err)
		}
		idxs = append(idxs, idx)
	}
	return idxs, nil
}

// closeAll closes each of cs and returns the first error, if any, after
// closing them all.
func closeAll[C interface{ Close() error }](cs []C) error {
	var first error
	for _, c := range cs {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// create makes a new index of n shards in dir.
func create(dir string, n int) (*Index, error) {
	if err := os.MkdirAll(filepath.Dir(filepath.Clean(dir)), 0o755); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	var idxs []bleve.Index
	for i := range n {
		idx, err := bleve.New(shardDir(dir, i, n), Mapping())
		if err != nil {
			closeAll(idxs)
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		idxs = append(idxs, idx)
		b := idx.NewBatch()
		b.SetInternal([]byte(versionKey), []byte(strconv.Itoa(MappingVersion)))
		b.SetInternal([]byte(shardKey), []byte(strconv.Itoa(i)))
		if err := idx.Batch(b); err != nil {
			closeAll(idxs)
			return nil, fmt.Errorf("record mapping version: %w", err)
		}
	}
	if n > 1 {
		// Written last: a crash before it leaves shards that the next
		// Open does not mistake for a complete index.
		if err := writeShardCount(dir, n); err != nil {
			closeAll(idxs)
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
	}
	return assemble(dir, idxs)
}

// writeShardCount records a sharded index's shard count, synced to disk.
func writeShardCount(dir string, n int) error {
	f, err := os.Create(filepath.Join(dir, shardsFile))
	if err != nil {
		return err
	}
	if _, err := f.WriteString(strconv.Itoa(n) + "\n"); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// assemble loads the ordinals of open shards and puts an alias over them.
func assemble(dir string, idxs []bleve.Index) (*Index, error) {
	x := &Index{dir: dir, commonDocs: commonDocs}
	for _, idx := range idxs {
		ords, err := loadOrdinals(idx)
		if err != nil {
			closeAll(idxs)
			return nil, err
		}
		words, err := loadWords(idx)
		if err != nil {
			closeAll(idxs)
			return nil, err
		}
		x.shards = append(x.shards, &shard{idx: idx, ords: ords, words: words})
	}
	x.search = idxs[0]
	if len(idxs) > 1 {
		alias := bleve.NewIndexAlias(idxs...)
		if err := alias.SetIndexMapping(Mapping()); err != nil {
			closeAll(idxs)
			return nil, fmt.Errorf("open index %s: %w", dir, err)
		}
		x.search = alias
	}
	return x, nil
}

// rebuild reindexes every stored document of the old shards into a fresh
// index of n shards, then swaps the directories. The old index stays in
// place until the new one is complete, so a crash mid-way loses nothing.
func rebuild(dir string, old []bleve.Index, n int) (*Index, error) {
	tmp := dir + ".rebuild"
	os.RemoveAll(tmp)
	fresh, err := create(tmp, n)
	if err != nil {
		closeAll(old)
		return nil, err
	}
	oldx := &Index{dir: dir, commonDocs: commonDocs}
	for _, idx := range old {
		oldx.shards = append(oldx.shards, &shard{idx: idx})
	}
	err = oldx.Each(context.Background(), 500, func(docs []corpus.Document) error {
		_, err := fresh.Put(context.Background(), docs)
		return err
	})
	closeAll(old)
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

// Close flushes and closes the index; closing it again does nothing.
func (x *Index) Close() error {
	if x.closed.Swap(true) {
		return nil
	}
	x.priors.stop()
	x.stopCompaction()
	var first error
	for _, s := range x.shards {
		if err := s.idx.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Bleve exposes the underlying index (an alias when sharded) for
// benchmarks and tools.
func (x *Index) Bleve() bleve.Index { return x.search }

// Shards returns the number of shards.
func (x *Index) Shards() int { return len(x.shards) }

// shardOf routes a document id to its shard.
func (x *Index) shardOf(id string) int {
	if len(x.shards) == 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(len(x.shards)))
}

// ordinalsOf finds the ordinals of the shard a reader reads.
func (x *Index) ordinalsOf(r bleveapi.IndexReader) (*ordinals, error) {
	if len(x.shards) == 1 {
		return x.shards[0].ords, nil
	}
	raw, err := r.GetInternal([]byte(shardKey))
	if err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	i, err := strconv.Atoi(string(raw))
	if err != nil || i < 0 || i >= len(x.shards) {
		return nil, fmt.Errorf("facets: shard number %q", raw)
	}
	return x.shards[i].ords, nil
}

// Put stores documents, replacing those with the same id, in one batch per
// shard, written in parallel, that is durable when Put returns. Every
// document must have an id, a body and a language already.
func (x *Index) Put(ctx context.Context, docs []corpus.Document) ([]index.PutStatus, error) {
	if err := x.usable(); err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	byShard := make([][]int, len(x.shards)) // positions in docs
	for i, d := range docs {
		if d.ID == "" {
			return nil, fmt.Errorf("document %d has no id", i)
		}
		s := x.shardOf(d.ID)
		byShard[s] = append(byShard[s], i)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	statuses := make([]index.PutStatus, len(docs))
	var wg sync.WaitGroup
	errs := make([]error, len(x.shards))
	for si, positions := range byShard {
		if len(positions) == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[si] = x.shards[si].put(ctx, docs, positions, statuses)
		}()
	}
	wg.Wait()
	// A shard may have written its part before another failed.
	x.awaitQuiet()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return statuses, nil
}

// put writes docs[positions] to the shard in one batch, filling their
// statuses.
func (s *shard) put(ctx context.Context, docs []corpus.Document, positions []int, statuses []index.PutStatus) error {
	ids := make([]string, len(positions))
	for k, i := range positions {
		ids[k] = docs[i].ID
	}
	existing, err := existing(ctx, s.idx, ids)
	if err != nil {
		return err
	}
	batch := s.idx.NewBatch()
	seen := make(map[string]bool, len(positions))
	for _, i := range positions {
		d := docs[i]
		fields, err := s.fieldsOf(d)
		if err != nil {
			return fmt.Errorf("document %q: %w", d.ID, err)
		}
		doc, body, err := s.document(d, fields)
		if err != nil {
			return fmt.Errorf("document %q: %w", d.ID, err)
		}
		if body == nil {
			// Not analyzed before (a rebuild reads stored documents):
			// the words are read from an analysis of their own.
			body = terms.Analyzer(analyzerLang(suffix(d.Lang))).Analyze([]byte(d.Body))
		}
		s.words.note(suffix(d.Lang), d.Body, body)
		if err := batch.IndexAdvanced(doc); err != nil {
			return fmt.Errorf("document %q: %w", d.ID, err)
		}
		statuses[i] = index.Created
		if existing[d.ID] || seen[d.ID] {
			statuses[i] = index.Replaced
		}
		seen[d.ID] = true
	}
	persisted, chunks, err := s.ords.stage(batch)
	if err != nil {
		return err
	}
	words, err := s.words.stage(batch)
	if err != nil {
		return err
	}
	if err := s.idx.Batch(batch); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	s.ords.commit(persisted, chunks)
	s.words.commit(words)
	return nil
}

func existing(ctx context.Context, idx bleve.Index, ids []string) (map[string]bool, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Score = "none"
	res, err := idx.SearchInContext(ctx, req)
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
// ordinals, so it runs under the index's write lock.
func (s *shard) fieldsOf(d corpus.Document) (map[string]any, error) {
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
		ords := make([]string, 0, len(d.Entities))
		types := make([]string, 0, len(d.Entities))
		seenType := map[corpus.EntityType]bool{}
		for _, e := range d.Entities {
			names = append(names, e.Name)
			ords = append(ords, s.ords.assign(string(e.Type), e.Name))
			if !seenType[e.Type] {
				seenType[e.Type] = true
				types = append(types, string(e.Type))
			}
		}
		f[fieldEntities] = names
		f[fieldEntityOrds] = ords
		f[fieldEntityTypes] = types
	}
	return f, nil
}

// document maps fields through the index mapping, as Batch.Index does, and
// gives the body field the terms analysis already made of the body, when it
// made them with the body field's analyzer, returning them too; otherwise
// the body is analyzed while the batch is indexed, as every other text
// field is, and the tokens returned are nil.
func (s *shard) document(d corpus.Document, fields map[string]any) (*document.Document, analysis.TokenStream, error) {
	doc := document.NewDocument(d.ID)
	if err := s.idx.Mapping().MapDocument(doc, fields); err != nil {
		return nil, nil, err
	}
	sfx := suffix(d.Lang)
	an, ok := terms.Prepared(d.BodyTerms, analyzerFor(sfx), d.Body)
	if !ok {
		return doc, nil, nil
	}
	name := bodyField(sfx)
	var tokens analysis.TokenStream
	for i, f := range doc.Fields {
		if tf, ok := f.(*document.TextField); ok && tf.Name() == name {
			tokens = an.Analyze(tf.Value())
			doc.Fields[i] = document.NewTextFieldCustom(name, tf.ArrayPositions(), tf.Value(), tf.Options(), an)
		}
	}
	return doc, tokens, nil
}

// EntityKey is the case- and accent-insensitive form entity filters match on.
func EntityKey(name string) string {
	return strings.ToLower(terms.Fold(strings.TrimSpace(name)))
}

// Get returns the stored document with id.
func (x *Index) Get(ctx context.Context, id string) (corpus.Document, error) {
	if err := x.usable(); err != nil {
		return corpus.Document{}, err
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldDoc, "title_fr", "title_en", "title_xx", "body_fr", "body_en", "body_xx"}
	res, err := x.shards[x.shardOf(id)].idx.SearchInContext(ctx, req)
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
	if err := x.usable(); err != nil {
		return err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	idx := x.shards[x.shardOf(id)].idx
	found, err := existing(ctx, idx, []string{id})
	if err != nil {
		return err
	}
	if !found[id] {
		return fmt.Errorf("document %q: %w", id, index.ErrNotFound)
	}
	if err := idx.Delete(id); err != nil {
		return fmt.Errorf("delete %q: %w", id, err)
	}
	x.awaitQuiet()
	return nil
}

// Each calls fn with every stored document, batch by batch, shard by
// shard, in id order within a shard.
func (x *Index) Each(ctx context.Context, batchSize int, fn func([]corpus.Document) error) error {
	if err := x.usable(); err != nil {
		return err
	}
	for _, s := range x.shards {
		if err := each(ctx, s.idx, batchSize, fn); err != nil {
			return err
		}
	}
	return nil
}

func each(ctx context.Context, idx bleve.Index, batchSize int, fn func([]corpus.Document) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), batchSize, 0, false)
		req.Fields = []string{fieldDoc, "title_fr", "title_en", "title_xx", "body_fr", "body_en", "body_xx"}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SearchAfter = after
		}
		res, err := idx.SearchInContext(ctx, req)
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
	return x.search.DocCount()
}

// Stats describes the index.
func (x *Index) Stats(ctx context.Context) (index.Stats, error) {
	if err := x.usable(); err != nil {
		return index.Stats{}, err
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 0, 0, false)
	req.AddFacet(fieldLang, bleve.NewFacetRequest(fieldLang, 200))
	res, err := x.search.SearchInContext(ctx, req)
	if err != nil {
		return index.Stats{}, fmt.Errorf("stats: %w", err)
	}
	st := index.Stats{Documents: res.Total, ByLang: map[string]int{}, MappingVersion: MappingVersion, Shards: len(x.shards)}
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
// exist yet; Open(dir) opens the copy. Writers wait while the shards are
// copied, so the copy holds every batch whole or not at all.
func (x *Index) Snapshot(dir string) error {
	if err := x.usable(); err != nil {
		return err
	}
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("snapshot: %s already exists", dir)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	n := len(x.shards)
	for i, s := range x.shards {
		c, ok := s.idx.(bleve.IndexCopyable)
		if !ok {
			return errors.New("snapshot: index cannot be copied")
		}
		if err := c.CopyTo(bleve.FileSystemDirectory(shardDir(dir, i, n))); err != nil {
			return fmt.Errorf("snapshot to %s: %w", dir, err)
		}
	}
	if n > 1 {
		if err := writeShardCount(dir, n); err != nil {
			return fmt.Errorf("snapshot to %s: %w", dir, err)
		}
	}
	return nil
}
