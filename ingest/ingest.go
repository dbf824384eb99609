// Package ingest is the one pipeline behind POST /v1/documents/batch and
// `recherche ingest --data`: analyze documents on every core, then store
// them in index batches. It owns batching and backpressure, not HTTP.
//
// It imports corpus, index and the analysis it is given.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// Analyzer fills in a document's language, entities and summary.
type Analyzer interface {
	Analyze(d *corpus.Document) error
}

// Store persists analyzed documents; a batch is durable when Put returns.
type Store interface {
	Put(ctx context.Context, docs []corpus.Document) ([]index.PutStatus, error)
}

// Result is the outcome of one input document.
type Result struct {
	Index  int // position in the input
	ID     string
	Status index.PutStatus // empty when Err is set
	Err    error
}

// Pipeline analyzes and stores documents.
type Pipeline struct {
	an      Analyzer
	store   Store
	workers int
}

// New returns a pipeline running analysis on workers goroutines (0 = one
// per core).
func New(an Analyzer, store Store, workers int) *Pipeline {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return &Pipeline{an: an, store: store, workers: workers}
}

// Analyze runs analysis over docs in parallel, in place; errs[i] is the
// reason docs[i] cannot be stored.
func (p *Pipeline) Analyze(ctx context.Context, docs []corpus.Document) []error {
	errs := make([]error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(p.workers, len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = p.analyze(&docs[i])
			}
		}()
	}
	for i := range docs {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			continue
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return errs
}

// ErrAnalyzerPanic is the error of a document whose analysis panicked.
var ErrAnalyzerPanic = errors.New("analysis failed unexpectedly")

// analyze runs the analyzer on one document. A panic becomes that
// document's error: analysis runs on worker goroutines, where an
// unrecovered panic would take the whole server down with every batch in
// flight, for what is a bug with one document's text.
func (p *Pipeline) analyze(d *corpus.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrAnalyzerPanic, r)
		}
	}()
	return p.an.Analyze(d)
}

// Batch analyzes docs and stores the ones that pass in one index batch. A
// bad document never stops the others; the returned error is for the store
// failing as a whole, in which case nothing of this batch was acknowledged.
func (p *Pipeline) Batch(ctx context.Context, docs []corpus.Document) ([]Result, error) {
	errs := p.Analyze(ctx, docs)
	results := make([]Result, len(docs))
	good := make([]corpus.Document, 0, len(docs))
	at := make([]int, 0, len(docs))
	for i := range docs {
		results[i] = Result{Index: i, ID: docs[i].ID, Err: errs[i]}
		if errs[i] == nil {
			good = append(good, docs[i])
			at = append(at, i)
		}
	}
	if len(good) == 0 {
		return results, nil
	}
	statuses, err := p.store.Put(ctx, good)
	if err != nil {
		return nil, fmt.Errorf("store batch: %w", err)
	}
	for j, i := range at {
		results[i].Status = statuses[j]
	}
	return results, nil
}

// Stream reads items from load, analyzes them on every core and stores
// them in batches of batchSize, calling report for every item in input
// order. Loading the next batch (for web pages, reducing them to their
// article, which costs as much as analysis) overlaps analysis of this
// one, and analysis overlaps storing of the previous one; four batches at
// most are in memory (loaded, analyzed, queued, being stored), so a file
// of any size streams.
func (p *Pipeline) Stream(ctx context.Context, batchSize int, load func(func(corpus.Item) error) error, report func(corpus.Item, Result)) error {
	if batchSize <= 0 {
		batchSize = 500
	}
	type pending struct {
		items []corpus.Item
		docs  []corpus.Document
		errs  []error
	}
	toStore := make(chan pending, 1)
	storeErr := make(chan error, 1)
	go func() {
		defer close(storeErr)
		for b := range toStore {
			good := make([]corpus.Document, 0, len(b.docs))
			for i := range b.docs {
				if b.errs[i] == nil {
					good = append(good, b.docs[i])
				}
			}
			statuses, err := p.store.Put(ctx, good)
			if err != nil {
				storeErr <- fmt.Errorf("store batch: %w", err)
				for range toStore {
				}
				return
			}
			j := 0
			for i, it := range b.items {
				r := Result{ID: b.docs[i].ID, Err: b.errs[i]}
				if r.Err == nil {
					r.Status = statuses[j]
					j++
				}
				report(it, r)
			}
		}
	}()
	loaded := make(chan []corpus.Item)
	var loadErr error
	go func() {
		defer close(loaded)
		var cur []corpus.Item
		loadErr = load(func(it corpus.Item) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			// A failed or skipped item travels with its batch so reports
			// keep the input order.
			if cur = append(cur, it); len(cur) >= batchSize {
				loaded <- cur
				cur = nil
			}
			return nil
		})
		if len(cur) > 0 {
			loaded <- cur
		}
	}()
	for items := range loaded {
		cur := pending{items: items, docs: make([]corpus.Document, len(items)), errs: make([]error, len(items))}
		var todo []corpus.Document
		var at []int
		for i, it := range items {
			cur.docs[i] = it.Doc
			if it.Err != nil {
				cur.errs[i] = it.Err
				continue
			}
			todo = append(todo, it.Doc)
			at = append(at, i)
		}
		for j, err := range p.Analyze(ctx, todo) {
			cur.docs[at[j]], cur.errs[at[j]] = todo[j], err
		}
		toStore <- cur
	}
	close(toStore)
	if err := <-storeErr; err != nil {
		return err
	}
	return loadErr
}
