// Command benchingest measures ingestion throughput: in one run it indexes
// the same documents (a) through Recherche's full pipeline — ingest.Pipeline
// with real analysis into bleveindex — and (b) into a bare Bleve index with
// the same mapping and no analysis, and prints both rates and their ratio.
//
//	go run ./tools/benchingest -n 5000 ../shared/eval/corpus
//	go run ./tools/benchingest -n 0 -rounds 3 ../shared/eval/corpus   # all of it, median of three
//
// Documents are loaded into memory first, so neither side pays for reading
// JSON. They are taken round-robin from the files found, so a folder with
// news-fr.ndjson and news-en.ndjson gives a French/English mix.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/tools/internal/cli"
	"github.com/recherche/recherche/tools/internal/plainbleve"
)

func main() { cli.Exit("benchingest", run(os.Args[1:], os.Stdout, os.Stderr)) }

type config struct {
	n          int
	rounds     int
	batch      int
	workers    int
	only       string
	via        string
	split      bool
	cpuProfile string
	memProfile string
	keep       string
	stock      bool
	paths      []string
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.IntVar(&c.n, "n", 5000, "documents to index (0 = all)")
	fs.IntVar(&c.rounds, "rounds", 1, "measure both sides this many times, taking turns at going first, and print the median ratio")
	fs.IntVar(&c.batch, "batch", 1000, "documents per index batch, both sides")
	fs.IntVar(&c.workers, "workers", 0, "analysis goroutines (0 = one per core)")
	fs.StringVar(&c.only, "only", "", "run one side only: pipeline, bleve, or analysis (analysis alone on every core, nothing indexed)")
	fs.StringVar(&c.via, "via", "stream", "pipeline entry: stream (as `recherche ingest --data`) or batch (one Pipeline.Batch call per batch, as POST /v1/documents/batch)")
	fs.BoolVar(&c.split, "split", false, "also time bleveindex.Put alone on documents analyzed beforehand, to split the pipeline's cost into analysis and indexing")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of each side's run to `PREFIX`-SIDE.prof (SIDE: pipeline, bleve, indexonly, analysis; indexonly also holds the untimed analysis of its batches: focus on bleveindex.(*Index).Put)")
	fs.StringVar(&c.memProfile, "memprofile", "", "write an allocation profile of the whole run to this file, when it ends")
	fs.BoolVar(&c.stock, "stock", false, "the bare side is plain Bleve as issue 14 defines it (stock fr/en analyzers on one body field per language, nothing stored; tools/internal/plainbleve) instead of Bleve with Recherche's mapping")
	fs.StringVar(&c.keep, "keep", "", "build the indexes under this directory and keep them (default: a temporary one, removed)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: benchingest [flags] PATH...   (files or folders of documents)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	c.paths = fs.Args()
	if len(c.paths) == 0 {
		fs.Usage()
		return errors.New("no input")
	}
	if c.batch < 1 {
		return errors.New("-batch must be at least 1")
	}
	switch c.only {
	case "", "pipeline", "bleve", "analysis":
	default:
		return fmt.Errorf("-only must be pipeline, bleve or analysis, not %q", c.only)
	}
	if c.via != "stream" && c.via != "batch" {
		return fmt.Errorf("-via must be stream or batch, not %q", c.via)
	}

	docs, err := load(c.paths, c.n)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return errors.New("no documents found")
	}
	var bytes int
	for _, d := range docs {
		bytes += len(d.Title) + len(d.Body)
	}
	fmt.Fprintf(stdout, "%d documents (%.1f MB of text), batches of %d, GOMAXPROCS %d, %s\n",
		len(docs), float64(bytes)/1e6, c.batch, runtime.GOMAXPROCS(0), runtime.Version())

	dir := c.keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "benchingest-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}

	if c.memProfile != "" {
		defer writeAllocs(c.memProfile, stderr)
	}
	if c.only == "analysis" {
		return runAnalysis(c, docs, stdout)
	}
	rounds := max(c.rounds, 1)
	var ratios, cpuRatios []float64
	for r := 1; r <= rounds; r++ {
		if rounds > 1 {
			fmt.Fprintf(stdout, "round %d of %d\n", r, rounds)
		}
		// The sides take turns at going first, so that a machine getting
		// faster or slower during the run does not favour one of them.
		sides := []string{"pipeline", "bleve"}
		if r%2 == 0 {
			sides = []string{"bleve", "pipeline"}
		}
		var pipe, bare rate
		for _, side := range sides {
			if c.only != "" && c.only != side {
				continue
			}
			sideDir := filepath.Join(dir, fmt.Sprintf("%s-%d", side, r))
			if side == "pipeline" {
				pipe, err = runPipeline(c, docs, sideDir, stdout)
			} else {
				bare, err = runBare(c, docs, sideDir, stdout)
			}
			if err != nil {
				return err
			}
			if rounds > 1 && c.keep == "" {
				// Each index of the full corpus is a few hundred megabytes.
				os.RemoveAll(sideDir)
			}
		}
		if pipe.docsPerSec > 0 && bare.docsPerSec > 0 {
			ratio, cpuRatio := pipe.docsPerSec/bare.docsPerSec, pipe.docsPerCPU/bare.docsPerCPU
			ratios, cpuRatios = append(ratios, ratio), append(cpuRatios, cpuRatio)
			fmt.Fprintf(stdout, "ratio      %.0f%% of bare Bleve's docs/s (target ≥ 50%%); %.0f%% of its docs per CPU-second\n",
				100*ratio, 100*cpuRatio)
		}
	}
	if len(ratios) > 1 {
		fmt.Fprintf(stdout, "median     %.0f%% of bare Bleve's docs/s over %d rounds (%s); %.0f%% per CPU-second\n",
			100*median(ratios), len(ratios), percents(ratios), 100*median(cpuRatios))
	}
	if c.split {
		if err := runIndexOnly(c, docs, filepath.Join(dir, "indexonly"), stdout); err != nil {
			return err
		}
	}
	return nil
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func percents(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%.0f%%", 100*x)
	}
	return strings.Join(parts, ", ")
}

// rate is one side's throughput: per wall-clock second, and per second of
// CPU the process used, which a busy shared machine disturbs much less.
type rate struct {
	docsPerSec, docsPerCPU float64
}

// measure times fn in wall-clock and process CPU time and prints a line.
func measure(stdout io.Writer, name string, fn func() (int, error)) (rate, error) {
	cpu0, start := cpuTime(), time.Now()
	n, err := fn()
	if err != nil {
		return rate{}, err
	}
	return report(stdout, name, n, time.Since(start), cpuTime()-cpu0), nil
}

// report prints one side's line for n documents done in took and cpu.
func report(stdout io.Writer, name string, n int, took, cpu time.Duration) rate {
	r := rate{docsPerSec: float64(n) / took.Seconds(), docsPerCPU: float64(n) / cpu.Seconds()}
	fmt.Fprintf(stdout, "%-10s %6d docs in %8v  %7.0f docs/s  (CPU %v, %.0f docs per CPU-second, %.2f cores busy)\n",
		name, n, took.Round(time.Millisecond), r.docsPerSec, cpu.Round(time.Millisecond), r.docsPerCPU, cpu.Seconds()/took.Seconds())
	return r
}

// cpuTime is the user and system time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// load reads up to n documents, alternating between the files found so a
// run over several languages mixes them. Items that fail to load are
// skipped: benchingest measures indexing, not the loader.
func load(paths []string, n int) ([]corpus.Document, error) {
	byFile := map[string][]corpus.Document{}
	var order []string
	err := corpus.Walk(context.Background(), paths, func(it corpus.Item) error {
		if it.Err != nil {
			return nil
		}
		if _, ok := byFile[it.Path]; !ok {
			order = append(order, it.Path)
		}
		byFile[it.Path] = append(byFile[it.Path], it.Doc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []corpus.Document
	for i := 0; n <= 0 || len(out) < n; i++ {
		added := false
		for _, p := range order {
			if i < len(byFile[p]) && (n <= 0 || len(out) < n) {
				d := byFile[p][i]
				// Remember which file the document came from: the bare side
				// takes its language from the file name.
				d.URL = p
				out = append(out, d)
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out, nil
}

func runPipeline(c config, docs []corpus.Document, dir string, stdout io.Writer) (rate, error) {
	t0 := time.Now()
	var stages stageTimes
	an, err := analysis.New(analysis.Options{Observe: stages.add})
	if err != nil {
		return rate{}, err
	}
	fmt.Fprintf(stdout, "pipeline   analyzer loaded in %v\n", time.Since(t0).Round(time.Millisecond))
	idx, err := bleveindex.Open(dir, bleveindex.Options{})
	if err != nil {
		return rate{}, err
	}
	defer idx.Close()
	pipe := ingest.New(an, idx, c.workers)
	input := withoutURLs(docs)
	load := func(fn func(corpus.Item) error) error {
		for i := range input {
			if err := fn(corpus.Item{Doc: input[i], Line: i + 1}); err != nil {
				return err
			}
		}
		return nil
	}
	stop, err := startProfile(c.cpuProfile, "pipeline")
	if err != nil {
		return rate{}, err
	}
	defer stop()
	var stored, failed int
	count := func(r ingest.Result) {
		if r.Err != nil {
			failed++
		} else {
			stored++
		}
	}
	r, err := measure(stdout, "pipeline", func() (int, error) {
		if c.via == "batch" {
			// Copies, as each HTTP request decodes its own.
			err := inBatches(input, c.batch, func(batch []corpus.Document) error {
				res, err := pipe.Batch(context.Background(), batch)
				if err != nil {
					return err
				}
				for _, r := range res {
					count(r)
				}
				return nil
			})
			return stored, err
		}
		err := pipe.Stream(context.Background(), c.batch, load, func(_ corpus.Item, r ingest.Result) { count(r) })
		return stored, err
	})
	if failed > 0 {
		fmt.Fprintf(stdout, "pipeline   %d documents rejected by analysis\n", failed)
	}
	if err == nil && stored > 0 {
		fmt.Fprintf(stdout, "pipeline   analysis stages, wall time per document inside a worker: %s\n", stages.String(stored))
	}
	return r, err
}

// withoutURLs returns copies of docs without the URL load gave them (the
// file each came from, which only the bare side reads), as the pipeline
// sides index them.
func withoutURLs(docs []corpus.Document) []corpus.Document {
	out := make([]corpus.Document, len(docs))
	for i, d := range docs {
		d.URL = ""
		out[i] = d
	}
	return out
}

// inBatches calls fn on the documents of input n at a time, each batch
// copied into one slice that the next batch overwrites, and stops at the
// first error.
func inBatches(input []corpus.Document, n int, fn func([]corpus.Document) error) error {
	scratch := make([]corpus.Document, 0, n)
	for lo := 0; lo < len(input); lo += n {
		scratch = append(scratch[:0], input[lo:min(lo+n, len(input))]...)
		if err := fn(scratch); err != nil {
			return err
		}
	}
	return nil
}

// startProfile starts a CPU profile of one side into prefix-side.prof, if
// a prefix is given; the returned function stops it.
func startProfile(prefix, side string) (func(), error) {
	if prefix == "" {
		return func() {}, nil
	}
	f, err := os.Create(prefix + "-" + side + ".prof")
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeAllocs writes the allocations made so far, for go tool pprof
// -sample_index=alloc_space.
func writeAllocs(path string, stderr io.Writer) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "benchingest: memprofile:", err)
	}
}

// runAnalysis times Pipeline.Analyze alone, batch by batch: the cost of
// analysis without indexing, on every core, to profile and compare it.
func runAnalysis(c config, docs []corpus.Document, stdout io.Writer) error {
	var stages stageTimes
	an, err := analysis.New(analysis.Options{Observe: stages.add})
	if err != nil {
		return err
	}
	pipe := ingest.New(an, nil, c.workers)
	input := withoutURLs(docs)
	stop, err := startProfile(c.cpuProfile, "analysis")
	if err != nil {
		return err
	}
	defer stop()
	var analyzed int
	_, err = measure(stdout, "analysis", func() (int, error) {
		// Copies, dropped batch by batch as the pipeline drops them: all
		// of them analyzed would be gigabytes for the collector.
		err := inBatches(input, c.batch, func(batch []corpus.Document) error {
			for _, err := range pipe.Analyze(context.Background(), batch) {
				if err == nil {
					analyzed++
				}
			}
			return nil
		})
		return analyzed, err
	})
	if err == nil && analyzed > 0 {
		fmt.Fprintf(stdout, "analysis   stages, wall time per document inside a worker: %s\n", stages.String(analyzed))
	}
	return err
}

// stageTimes sums how long each analysis stage took, across workers.
type stageTimes struct {
	mu    sync.Mutex
	order []string
	total map[string]time.Duration
}

func (s *stageTimes) add(stage string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.total == nil {
		s.total = map[string]time.Duration{}
	}
	if _, ok := s.total[stage]; !ok {
		s.order = append(s.order, stage)
	}
	s.total[stage] += d
}

func (s *stageTimes) String(docs int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var parts []string
	for _, st := range s.order {
		parts = append(parts, fmt.Sprintf("%s %.3f ms", st, s.total[st].Seconds()*1000/float64(docs)))
	}
	return strings.Join(parts, ", ")
}

// runIndexOnly analyzes each batch untimed, then times storing it with
// bleveindex.Put: the pipeline's indexing cost without its analysis. Only
// a batch at a time is kept analyzed, as in the pipeline, so that the
// collector does not scan all of them while Put runs.
func runIndexOnly(c config, docs []corpus.Document, dir string, stdout io.Writer) error {
	an, err := analysis.New(analysis.Options{})
	if err != nil {
		return err
	}
	idx, err := bleveindex.Open(dir, bleveindex.Options{})
	if err != nil {
		return err
	}
	defer idx.Close()
	stop, err := startProfile(c.cpuProfile, "indexonly")
	if err != nil {
		return err
	}
	defer stop()
	var took, cpu time.Duration
	stored := 0
	batch := make([]corpus.Document, 0, c.batch)
	for lo := 0; lo < len(docs); lo += c.batch {
		batch = batch[:0]
		for _, d := range docs[lo:min(lo+c.batch, len(docs))] {
			d.URL = ""
			if an.Analyze(&d) == nil {
				batch = append(batch, d)
			}
		}
		cpu0, start := cpuTime(), time.Now()
		if _, err := idx.Put(context.Background(), batch); err != nil {
			return err
		}
		took, cpu = took+time.Since(start), cpu+cpuTime()-cpu0
		stored += len(batch)
	}
	report(stdout, "index only", stored, took, cpu)
	return nil
}

// runBare indexes the documents into a bare Bleve index with the same
// mapping, as an application without analysis would: title and body in the
// fields of the language the file name tells, plus language and source.
func runBare(c config, docs []corpus.Document, dir string, stdout io.Writer) (rate, error) {
	m, fields, name := bleveindex.Mapping(), bareFields, "bare bleve"
	if c.stock {
		m, name = plainbleve.Mapping(), "plain bleve"
		fields = func(d corpus.Document) map[string]any { return plainbleve.Fields(langOfFile(d.URL), d.Body) }
	}
	idx, err := bleve.New(dir, m)
	if err != nil {
		return rate{}, err
	}
	defer idx.Close()
	stop, err := startProfile(c.cpuProfile, "bleve")
	if err != nil {
		return rate{}, err
	}
	defer stop()
	return measure(stdout, name, func() (int, error) {
		batch := idx.NewBatch()
		for i, d := range docs {
			if err := batch.Index(d.ID, fields(d)); err != nil {
				return 0, fmt.Errorf("document %q: %w", d.ID, err)
			}
			if batch.Size() >= c.batch || i == len(docs)-1 {
				if err := idx.Batch(batch); err != nil {
					return 0, err
				}
				batch.Reset()
			}
		}
		return len(docs), nil
	})
}

func bareFields(d corpus.Document) map[string]any {
	lang := langOfFile(d.URL)
	raw, _ := json.Marshal(struct {
		Source string `json:"source,omitempty"`
	}{d.Source})
	f := map[string]any{
		"title_" + lang: d.Title,
		"body_" + lang:  d.Body,
		"lang":          lang,
		"doc_json":      string(raw),
	}
	if d.Source != "" {
		f["source"] = d.Source
	}
	if d.PublishedAt != nil {
		f["published_at"] = d.PublishedAt.UTC()
		f["year"] = strconv.Itoa(d.PublishedAt.UTC().Year())
	}
	return f
}

// langOfFile reads a language from a file name such as news-fr.ndjson.
func langOfFile(path string) string {
	base := strings.ToLower(filepath.Base(path))
	for _, l := range []string{"fr", "en"} {
		if strings.Contains(base, "-"+l+".") || strings.Contains(base, "_"+l+".") || strings.HasPrefix(base, l+".") {
			return l
		}
	}
	return "xx"
}
