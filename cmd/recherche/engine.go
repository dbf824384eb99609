package main

import (
	"log/slog"
	"path/filepath"
	"time"

	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/index/bleveindex"
)

// engineOptions are what commands may ask of the engine when they open it.
type engineOptions struct {
	rebuild bool // reindex an index written with another mapping version or shard count
	shards  int  // 0 = keep an existing index's count, 1 for a new one
	// compactIdle compacts the index once writes have been quiet that
	// long; 0 never does.
	compactIdle time.Duration
	log         *slog.Logger
}

// openEngine is the one place that chooses the search engine: every
// command opens DATA/index through it. The embedded Bleve engine is the
// only one today; docs/scaling.md says how another would slot in here.
func openEngine(data string, o engineOptions) (index.Engine, error) {
	return bleveindex.Open(filepath.Join(data, "index"), bleveindex.Options{Rebuild: o.rebuild, Shards: o.shards, CompactIdle: o.compactIdle, Logger: o.log})
}
