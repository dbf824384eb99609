package index

import (
	"context"
	"sync"

	"github.com/recherche/recherche/corpus"
)

// Engine is everything Recherche asks of a search engine, in the engine's
// neutral terms: analyzed documents in, queries with facets and highlights
// answered in one call, entity listings, statistics, a consistent copy.
// bleveindex implements it on an embedded Bleve index; docs/scaling.md
// maps it onto Elasticsearch/OpenSearch for deployments that outgrow one
// machine. Every engine must pass enginetest.Run.
type Engine interface {
	// Put stores analyzed documents, replacing those with the same id; the
	// batch is durable when Put returns. One status per document.
	Put(ctx context.Context, docs []corpus.Document) ([]PutStatus, error)
	// Get returns a stored document as it was put; ErrNotFound if absent.
	Get(ctx context.Context, id string) (corpus.Document, error)
	// Delete removes a document; ErrNotFound if absent.
	Delete(ctx context.Context, id string) error
	// Search answers q: hits, their total, and the facets q asks for,
	// counted over every hit; ErrInvalidQuery for a query it cannot run.
	Search(ctx context.Context, q Query) (*Result, error)
	// Entities lists entities by the number of documents that mention them.
	Entities(ctx context.Context, f EntityFilter) ([]EntityCount, error)
	// Entity describes one entity; ErrNotFound if no document mentions it.
	Entity(ctx context.Context, name string, coSize int) (EntityDetail, error)
	// Stats describes the index as a whole.
	Stats(ctx context.Context) (Stats, error)
	// Snapshot writes a consistent copy of the index under dir, which the
	// same engine can open.
	Snapshot(dir string) error
	// Close releases the index; any later call answers ErrClosed.
	Close() error
}

// Rewriter is an Engine that tells, without searching, what Search makes
// of a query's text: its typos corrected and its last word completed, as
// the query asks (Result.Query.Rewritten), "" when nothing is. The server
// reads the language of a query being typed from it before searching, so
// that the query is searched once ("macr" reads as no language, "macron"
// as French). Engines need not implement it.
type Rewriter interface {
	Rewrite(ctx context.Context, q Query) (string, error)
}

// Reuse holds what an engine worked out for one request, for its later
// calls in that request: the server asks Rewrite and then Search of the
// same text, and correcting and completing the words of a query being
// typed is a third of its work (docs/benchmarks.md). It lives in the
// request's context and dies with it, so nothing is reused across requests
// or across changes of the index a later request would see.
type Reuse struct {
	mu   sync.Mutex
	kept map[any]any
}

type reuseKey struct{}

// WithReuse returns a context whose engine calls may share their work.
func WithReuse(ctx context.Context) context.Context {
	return context.WithValue(ctx, reuseKey{}, &Reuse{kept: map[any]any{}})
}

// Reused returns ctx's Reuse, nil when it has none; a nil Reuse keeps
// nothing.
func Reused(ctx context.Context) *Reuse {
	r, _ := ctx.Value(reuseKey{}).(*Reuse)
	return r
}

// Load returns what was kept under key.
func (r *Reuse) Load(key any) (any, bool) {
	if r == nil {
		return nil, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.kept[key]
	return v, ok
}

// Store keeps v under key for the rest of the request.
func (r *Reuse) Store(key, v any) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.kept[key] = v
}
