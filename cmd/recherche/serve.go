package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/translate"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/internal/demo"
	"github.com/recherche/recherche/internal/flags"
	"github.com/recherche/recherche/server"
)

type serveConfig struct {
	addr, data, languages, entities, apiKeys, cors, logFormat, logLevel string
	maxBody, maxBatch, snapshotDir, dictionaries, debugAddr             string
	demo, lowAccuracy, publicRead, rebuild, noPivot                     bool
	timeout, shutdown, compactIdle                                      time.Duration
	workers, shards                                                     int
}

func serveFlags(stderr io.Writer) (*serveConfig, *flag.FlagSet) {
	c := &serveConfig{}
	fs := newFlags("serve", "", stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen address")
	fs.StringVar(&c.data, "data", "./data", "data directory (the index lives in DATA/index)")
	fs.StringVar(&c.snapshotDir, "snapshot-dir", "", "directory where POST /v1/admin/snapshot writes copies of the index; empty = off")
	fs.BoolVar(&c.demo, "demo", false, "load the demo corpus shipped in the binary when the index is empty")
	fs.StringVar(&c.languages, "languages", "fr,en,de,es,it,pt,nl", "languages the detector chooses among (ISO 639-1, comma-separated)")
	fs.BoolVar(&c.lowAccuracy, "low-accuracy", false, "low-accuracy language detection: ~120 MB less memory, worse on text under ~120 characters")
	fs.StringVar(&c.entities, "entities", "", "extra gazetteer entries (JSON, YAML or CSV) added to the built-in one")
	fs.StringVar(&c.maxBody, "max-body", "8MiB", "largest body of a single-document, detect or summarize request")
	fs.StringVar(&c.maxBatch, "max-batch", "64MiB", "largest body of a batch request")
	fs.DurationVar(&c.timeout, "timeout", 60*time.Second, "longest time one request may take")
	fs.DurationVar(&c.shutdown, "shutdown-timeout", 20*time.Second, "how long in-flight requests may finish after SIGTERM")
	fs.StringVar(&c.apiKeys, "api-keys", "", "API keys KEY:SCOPE[,KEY:SCOPE…], scopes read and write; empty = no authentication")
	fs.BoolVar(&c.publicRead, "public-read", false, "with API keys: reads need no key")
	fs.StringVar(&c.cors, "cors", "", "allowed CORS origins, comma-separated, or *; empty = CORS off")
	fs.StringVar(&c.logFormat, "log-format", "text", "log format: text or json")
	fs.StringVar(&c.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	fs.BoolVar(&c.rebuild, "rebuild", false, "reindex an index written by another version from its stored documents")
	fs.IntVar(&c.workers, "workers", 0, "analysis goroutines (0 = one per core)")
	fs.StringVar(&c.dictionaries, "dictionaries", translate.DefaultDir, "folder of the FreeDict dictd files (dict-freedict-eng-fra, -fra-eng and the -deu pivot packages) cross-lingual search reads; missing files degrade it to the glossary and cognates")
	fs.BoolVar(&c.noPivot, "no-pivot", false, "do not compose the English-German-French pivot (~40 MB less memory, fewer translations)")
	fs.StringVar(&c.debugAddr, "debug-addr", "", "loopback address (127.0.0.1:PORT) serving Go's pprof profiles under /debug/pprof/; empty = off")
	fs.DurationVar(&c.compactIdle, "compact-idle", 30*time.Second, "merge the index's segments into one once it has had no write and no search for this long (later searches read fewer segments); 0 = never")
	fs.IntVar(&c.shards, "shards", 0, "Bleve indexes to spread documents over; 0 = keep an existing index's count, 1 for a new one (another count needs --rebuild)")
	return c, fs
}

func serve(ctx context.Context, args []string, stderr io.Writer) error {
	c, fs := serveFlags(stderr)
	if err := parse(fs, args); err != nil {
		return err
	}
	log, err := newLogger(stderr, c.logFormat, c.logLevel)
	if err != nil {
		return err
	}
	slog.SetDefault(log)
	cfg := server.DefaultConfig()
	cfg.Logger = log
	cfg.RequestTimeout = c.timeout
	cfg.PublicRead = c.publicRead
	cfg.SnapshotDir = c.snapshotDir
	if cfg.MaxBodyBytes, err = byteSize(c.maxBody); err != nil {
		return fmt.Errorf("--max-body: %w", err)
	}
	if cfg.MaxBatchBytes, err = byteSize(c.maxBatch); err != nil {
		return fmt.Errorf("--max-batch: %w", err)
	}
	if cfg.APIKeys, err = server.ParseKeys(c.apiKeys); err != nil {
		return fmt.Errorf("--api-keys: %w", err)
	}
	cfg.CORSOrigins = flags.List(c.cors)
	cfg.Metrics = server.NewMetrics(nil)
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if c.debugAddr != "" {
		_, stop, err := serveDebug(c.debugAddr, log)
		if err != nil {
			ln.Close()
			return err
		}
		defer stop()
	}
	httpSrv := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	served := make(chan error, 1)
	go func() { served <- httpSrv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String(), "page", "http://"+ln.Addr().String()+"/", "docs", "http://"+ln.Addr().String()+"/docs")

	// The index and the language models load while /healthz already
	// answers; API routes answer 503 until they are ready.
	type opened struct {
		idx index.Engine
		err error
	}
	ready := make(chan opened, 1)
	go func() {
		idx, err := openBackend(ctx, c, srv, cfg.Metrics, log)
		ready <- opened{idx, err}
	}()
	var idx index.Engine
	select {
	case o := <-ready:
		if o.err != nil {
			shutdown(httpSrv, time.Second)
			return o.err
		}
		idx = o.idx
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
		shutdown(httpSrv, c.shutdown)
		if o := <-ready; o.idx != nil {
			o.idx.Close()
		}
		return nil
	}
	select {
	case err := <-served:
		idx.Close()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "deadline", c.shutdown.String())
	shutdown(httpSrv, c.shutdown)
	if err := idx.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	log.Info("index closed")
	return nil
}

func shutdown(s *http.Server, d time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		s.Close()
	}
}

func openBackend(ctx context.Context, c *serveConfig, srv *server.Server, m *server.Metrics, log *slog.Logger) (index.Engine, error) {
	start := time.Now()
	idx, err := openEngine(c.data, engineOptions{rebuild: c.rebuild, shards: c.shards, compactIdle: c.compactIdle, log: log})
	if err != nil {
		return nil, err
	}
	st, err := idx.Stats(ctx)
	if err != nil {
		idx.Close()
		return nil, err
	}
	n := st.Documents
	log.Info("index open", "dir", filepath.Join(c.data, "index"), "documents", n, "took", since(start))
	start = time.Now()
	// The lexicons load beside the language models: both take seconds.
	lexicon := make(chan *translate.Lexicon, 1)
	go func() {
		t := time.Now()
		lex := translate.Load(translate.Options{Dir: c.dictionaries, NoPivot: c.noPivot, Logger: log, CacheDir: c.data})
		log.Info("cross-lingual lexicons loaded", "lexicons", lex.String(), "took", since(t))
		lexicon <- lex
	}()
	an, err := analysis.New(analysis.Options{Languages: flags.List(c.languages), LowAccuracy: c.lowAccuracy, EntitiesFile: c.entities, Observe: m.ObserveStage})
	if err != nil {
		idx.Close()
		return nil, err
	}
	log.Info("language models loaded", "languages", an.Languages(), "took", since(start))
	tr := translate.New(<-lexicon)
	pipe := ingest.New(an, idx, c.workers)
	if c.demo && n == 0 {
		docs, err := demo.Documents()
		if err != nil {
			idx.Close()
			return nil, fmt.Errorf("demo corpus: %w", err)
		}
		results, err := pipe.Batch(ctx, docs)
		if err != nil {
			idx.Close()
			return nil, fmt.Errorf("index demo corpus: %w", err)
		}
		failed := 0
		for _, r := range results {
			if r.Err != nil {
				failed++
				log.Warn("demo document refused", "id", r.ID, "err", r.Err)
			}
		}
		log.Info("demo corpus indexed", "documents", len(results)-failed)
	}
	srv.SetBackend(&server.Backend{Index: idx, Analyzer: an, Pipeline: pipe, Translator: tr, DictionaryDir: c.dictionaries})
	log.Info("ready")
	return idx, nil
}
