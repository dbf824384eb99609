package bleveindex

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Scorch writes every batch as a segment and merges segments in the
// background by tiers of size, so an index that took a corpus in batches
// keeps several segments for good (nine on the 39k news index). Every
// term a search reads is looked up and its postings opened in each of
// them: on that index, merged into one segment, BenchmarkPrefixAPI ran
// 18 % faster and allocated a third less (docs/benchmarks.md,
// "Segments"). As Elasticsearch's force merge does for an index that is
// done being written, Compact merges each shard into one segment:
// `ingest --data` compacts when it ends, and a served index compacts
// itself once it has been quiet (no write, no search) for
// Options.CompactIdle: merging the 39k index took 4–7 s and, at its peak,
// 118 MB more heap and 112 MB more mapped pages, which a busy server must
// not add to its own peak. Searches that come meanwhile go on, on the
// segments they opened. Opened, an index waits for quiet too, so that one
// left with many segments is compacted as well.

// compaction schedules and serializes compactions.
type compaction struct {
	idle time.Duration
	log  *slog.Logger
	run  sync.Mutex // one compaction at a time
	mu   sync.Mutex // guards timer
	// timer fires idle after the last write or search, or after Open.
	timer *time.Timer
}

// afterQuiet, when set (tests), is called when a compaction for quiet is
// done or found nothing to do.
var afterQuiet func(*Index, error)

// Compact merges each shard's segments into one. It returns when the
// merged segments serve searches, or when ctx is done.
func (x *Index) Compact(ctx context.Context) error {
	if err := x.usable(); err != nil {
		return err
	}
	x.compaction.run.Lock()
	defer x.compaction.run.Unlock()
	for i, s := range x.shards {
		adv, err := s.idx.Advanced()
		if err != nil {
			return fmt.Errorf("compact shard %d: %w", i, err)
		}
		sc, ok := adv.(*scorch.Scorch)
		if !ok {
			continue
		}
		if err := sc.ForceMerge(ctx, nil); err != nil {
			return fmt.Errorf("compact shard %d: %w", i, err)
		}
		// The merged segment serves searches once ForceMerge returns,
		// but the persister records it on disk later: closed before, the
		// index opens with its old segments again. A write waits until
		// the index is on disk as it stands, merged segment included.
		if err := s.idx.SetInternal([]byte(compactedKey), []byte(time.Now().UTC().Format(time.RFC3339))); err != nil {
			return fmt.Errorf("compact shard %d: %w", i, err)
		}
	}
	return ctx.Err()
}

// compactedKey holds, in a shard's internal store, when it was last
// compacted.
const compactedKey = "recherche_compacted"

// Segments returns how many segments the shards' latest snapshots hold.
func (x *Index) Segments() (int, error) {
	if err := x.usable(); err != nil {
		return 0, err
	}
	n := 0
	for i, s := range x.shards {
		adv, err := s.idx.Advanced()
		if err != nil {
			return 0, fmt.Errorf("segments of shard %d: %w", i, err)
		}
		r, err := adv.Reader()
		if err != nil {
			return 0, fmt.Errorf("segments of shard %d: %w", i, err)
		}
		if snap, ok := r.(*scorch.IndexSnapshot); ok {
			n += len(snap.Segments())
		}
		if err := r.Close(); err != nil {
			return 0, fmt.Errorf("segments of shard %d: %w", i, err)
		}
	}
	return n, nil
}

// awaitQuiet (re)starts the wait for quiet: after a write or a search, and
// once when the index opens, so that an index left with many segments (written by
// an older build, or by a server stopped before it compacted) is compacted
// too.
func (x *Index) awaitQuiet() {
	c := &x.compaction
	if c.idle <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.timer == nil {
		c.timer = time.AfterFunc(c.idle, x.compactQuiet)
		return
	}
	c.timer.Reset(c.idle)
}

// compactQuiet compacts the index once it has been quiet, unless it
// is compact already.
func (x *Index) compactQuiet() {
	c := &x.compaction
	err := func() error {
		n, err := x.Segments()
		if err != nil || n <= len(x.shards) {
			return err
		}
		start := time.Now()
		if err := x.Compact(context.Background()); err != nil {
			return err
		}
		after, err := x.Segments()
		if err != nil {
			return err
		}
		c.log.Info("index compacted", "segments", n, "now", after, "took", time.Since(start).Round(time.Millisecond))
		return nil
	}()
	if err != nil && !x.closed.Load() {
		c.log.Warn("index compaction failed", "err", err)
	}
	if afterQuiet != nil {
		afterQuiet(x, err)
	}
}

// stopCompaction cancels a compaction that is waiting for quiet.
func (x *Index) stopCompaction() {
	c := &x.compaction
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.timer != nil {
		c.timer.Stop()
	}
}
