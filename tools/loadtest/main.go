// Command loadtest measures search throughput and latency of a running
// Recherche server, and runs the same queries against a bare Bleve index
// in-process for comparison.
//
//	recherche serve --data /tmp/bigdata &
//	recherche ingest --server http://127.0.0.1:8080 news-fr.ndjson news-en.ndjson
//	curl -X POST …/v1/admin/snapshot   (or: recherche snapshot --data /tmp/bigdata /tmp/bigcopy)
//	go run ./tools/loadtest --server http://127.0.0.1:8080 --bleve /tmp/bigcopy/index
//
// Queries are a fixed mix of one- and two-word queries, phrases, language
// and entity filters (entities are the server's own most frequent ones),
// with the API's default facets (entities, lang) and highlights. Each level
// of concurrency runs for --duration or --requests, whichever comes first.
// With --ingest FILE a batch ingestion of FILE runs against the server
// while the queries do (mixed load); with --pid the server's peak and
// current RSS are read from /proc after each phase.
//
// It only talks to 127.0.0.1: it is a load generator, and pointing it at
// someone else's server by mistake must not be possible.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	htmlfmt "github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/internal/flags"
	"github.com/recherche/recherche/server/api"
	"github.com/recherche/recherche/tools/internal/cli"
	"github.com/recherche/recherche/tools/internal/plainbleve"
)

func main() { cli.Exit("loadtest", run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)) }

type config struct {
	server      string
	apiKey      string
	bleveDir    string
	bareShards  int
	clients     []int
	duration    time.Duration
	requests    int
	ingest      string
	ingestBatch int
	pid         int
	facets      string
	highlight   bool
	byQuery     bool
	params      string
	queries     string
	bareStock   bool
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	var clients string
	fs.StringVar(&c.server, "server", "http://127.0.0.1:8080", "server to load (127.0.0.1 only)")
	fs.StringVar(&c.apiKey, "api-key", "", "API key, when the server needs one")
	fs.StringVar(&c.bleveDir, "bleve", "", "a copy of the server's index (recherche snapshot): its stored documents are indexed into a bare Bleve index that the same queries run against in-process; empty = skip")
	fs.IntVar(&c.bareShards, "bare-shards", 1, "with --bleve: bare Bleve indexes to spread the documents over, searched through one alias")
	fs.BoolVar(&c.bareStock, "bare-stock", false, "with --bleve: plain Bleve as issue 14 defines it — Bleve's stock fr/en analyzers on one body field per language, nothing stored, no highlights, the lang facet only")
	fs.StringVar(&clients, "clients", "1,2,8", "concurrent clients, one run per value")
	fs.DurationVar(&c.duration, "duration", 10*time.Second, "length of each run")
	fs.IntVar(&c.requests, "requests", 20000, "most requests of each run")
	fs.StringVar(&c.ingest, "ingest", "", "NDJSON file to ingest through the server during the runs (mixed load)")
	fs.IntVar(&c.ingestBatch, "ingest-batch", 500, "documents per batch request with --ingest")
	fs.IntVar(&c.pid, "pid", 0, "server process id, to report its peak RSS (VmHWM)")
	fs.StringVar(&c.facets, "facets", "entities,lang", "facets every query asks for (the API's default); empty = none")
	fs.BoolVar(&c.highlight, "highlight", true, "ask for highlighted snippets (the API's default)")
	fs.BoolVar(&c.byQuery, "by-query", false, "also print p50 and p99 of each query of the mix, per run")
	fs.StringVar(&c.params, "params", "", "extra `PARAMS` every request carries, URL-encoded (typos=false, prefix=true)")
	fs.StringVar(&c.queries, "queries", "", "a `FILE` of queries, one per line, to run instead of the mix (e.g. prefixes being typed)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if err := checkLoopback(c.server); err != nil {
		return err
	}
	c.server = strings.TrimRight(c.server, "/")
	for _, s := range strings.Split(clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > 256 {
			return fmt.Errorf("--clients: %q is not a number between 1 and 256", s)
		}
		c.clients = append(c.clients, n)
	}
	if c.duration <= 0 || c.duration > time.Hour || c.requests < 1 {
		return errors.New("--duration must be in (0, 1h] and --requests at least 1")
	}

	// One http.Client for every request: its keep-alive connections are
	// reused by all the simulated clients, as a real client pool would.
	client, err := api.Connect(c.server, c.apiKey, &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: 256, DisableCompression: true},
	})
	if err != nil {
		return err
	}
	srv := &httpTarget{client: client}
	extra, err := url.ParseQuery(c.params)
	if err != nil {
		return fmt.Errorf("--params: %w", err)
	}
	ents, err := srv.topEntities(ctx, 6)
	if err != nil {
		return err
	}
	queries := mix(ents)
	if c.queries != "" {
		if queries, err = readQueries(c.queries); err != nil {
			return err
		}
		ents = nil
	}
	opts := options{facets: flags.List(c.facets), highlight: c.highlight, extra: extra}
	srv.opts = opts
	srv.extra = withQuery(extra)
	fmt.Fprintf(stdout, "%d queries in the mix (entities: %s); each run: %v or %d requests\n",
		len(queries), strings.Join(ents, ", "), c.duration, c.requests)

	var bare *bleveTarget
	if c.bleveDir != "" {
		idx, cleanup, err := buildBare(ctx, c.bleveDir, c.bareShards, c.bareStock, stdout)
		if err != nil {
			return err
		}
		defer cleanup()
		bare = &bleveTarget{idx: idx, opts: opts, stock: c.bareStock}
	}

	var ing *ingester
	if c.ingest != "" {
		ing = &ingester{srv: srv, path: c.ingest, batch: c.ingestBatch}
	}
	fmt.Fprintf(stdout, "%-22s %7s %8s %9s %9s %9s %7s\n", "target", "clients", "requests", "qps", "p50", "p95", "p99")
	for _, n := range c.clients {
		var stop func() (int, time.Duration, error)
		if ing != nil {
			stop = ing.start(ctx)
		}
		s := load(ctx, srv, queries, n, c.duration, c.requests)
		name := "recherche (HTTP)"
		if ing != nil {
			name = "recherche + ingest"
		}
		s.print(stdout, name, n)
		if c.byQuery {
			s.printByQuery(stdout, queries)
		}
		if stop != nil {
			docs, took, err := stop()
			if err != nil {
				return fmt.Errorf("ingestion during the run: %w", err)
			}
			fmt.Fprintf(stdout, "  ingestion meanwhile: %d documents in %v, %.0f docs/s\n", docs, took.Round(time.Millisecond), float64(docs)/took.Seconds())
		}
		if s.errors > 0 {
			fmt.Fprintf(stdout, "  %d failed requests, first: %v\n", s.errors, s.firstErr)
		}
		var b stats
		if bare != nil {
			b = load(ctx, bare, queries, n, c.duration, c.requests)
			b.print(stdout, "bare Bleve (in-process)", n)
			if c.byQuery {
				b.printByQuery(stdout, queries)
			}
			if b.errors > 0 {
				fmt.Fprintf(stdout, "  %d failed requests, first: %v\n", b.errors, b.firstErr)
			}
			fmt.Fprintf(stdout, "  ratio: %.0f%% of bare Bleve's qps, p99 %.2f× bare Bleve's\n",
				100*s.qps()/b.qps(), float64(s.pct(99))/float64(b.pct(99)))
		}
		if c.pid > 0 {
			fmt.Fprintf(stdout, "  server memory: %s\n", procMemory(c.pid))
		}
	}
	return nil
}

// checkLoopback refuses any server that is not 127.0.0.1.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("--server: %w", err)
	}
	if u.Scheme != "http" || u.Hostname() != "127.0.0.1" {
		return fmt.Errorf("--server %q: loadtest only targets http://127.0.0.1:PORT", raw)
	}
	return nil
}

// spec is one query of the mix, as the API takes it.
type spec struct {
	q, lang, entity string
}

// mix returns the query mix: the same list, in the same order, for every
// target and run.
func mix(entities []string) []spec {
	out := []spec{
		{q: "gouvernement"}, {q: "oil"}, {q: "élections"}, {q: "bank"}, {q: "santé"}, {q: "trade"},
		{q: "réforme des retraites"}, {q: "interest rates"}, {q: "coronavirus france"}, {q: "stock market"},
		{q: "président république"}, {q: "crude prices"},
		{q: `"premier ministre"`}, {q: `"federal reserve"`}, {q: `"union européenne"`}, {q: `"net loss"`},
		{q: "économie", lang: "fr"}, {q: "prices", lang: "en"}, {q: "police", lang: "fr"}, {q: "exports", lang: "en"},
	}
	for i, e := range entities {
		out = append(out, spec{entity: e}, spec{q: []string{"accord", "sales", "crise", "market"}[i%4], entity: e})
	}
	return out
}

// readQueries reads a file of queries, one per line; blank lines and
// lines starting with # are skipped.
func readQueries(path string) ([]spec, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--queries: %w", err)
	}
	var out []spec
	for _, line := range strings.Split(string(raw), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, spec{q: line})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--queries: %s holds no query", path)
	}
	return out, nil
}

// options are the parts of a request every query of the mix shares.
type options struct {
	facets    []string
	highlight bool
	extra     url.Values // only the server gets them
}

type target interface {
	search(ctx context.Context, s spec) error
}

type stats struct {
	lat      []time.Duration
	perQuery [][]time.Duration // by position in the mix
	took     time.Duration
	errors   int
	firstErr error
}

func (s stats) qps() float64 { return float64(len(s.lat)) / s.took.Seconds() }

func (s stats) pct(p float64) time.Duration {
	if len(s.lat) == 0 {
		return 0
	}
	i := int(float64(len(s.lat)-1) * p / 100)
	return s.lat[i]
}

// printByQuery prints the median and p99 of each query of the mix.
func (s stats) printByQuery(w io.Writer, queries []spec) {
	for i, ds := range s.perQuery {
		if len(ds) == 0 {
			continue
		}
		q := queries[i]
		label := fmt.Sprintf("q=%s", q.q)
		if q.lang != "" {
			label += " lang=" + q.lang
		}
		if q.entity != "" {
			label += " entity=" + q.entity
		}
		one := stats{lat: ds}
		fmt.Fprintf(w, "    %-45s %5d  p50 %7.2fms  p99 %7.2fms\n", label, len(ds), one.pct(50).Seconds()*1000, one.pct(99).Seconds()*1000)
	}
}

func (s stats) print(w io.Writer, name string, clients int) {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2fms", d.Seconds()*1000) }
	fmt.Fprintf(w, "%-22s %7d %8d %9.1f %9s %9s %9s\n", name, clients, len(s.lat), s.qps(), ms(s.pct(50)), ms(s.pct(95)), ms(s.pct(99)))
}

// load runs clients goroutines over the mix until d has passed or max
// requests were sent.
func load(ctx context.Context, t target, queries []spec, clients int, d time.Duration, max int) stats {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		sent  atomic.Int64
		mu    sync.Mutex
		all   stats
		wg    sync.WaitGroup
		start = time.Now()
	)
	for g := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			per := make([][]time.Duration, len(queries))
			var errs int
			var first error
			for i := g * 7; ctx.Err() == nil; i++ {
				if sent.Add(1) > int64(max) {
					break
				}
				t0 := time.Now()
				err := t.search(ctx, queries[i%len(queries)])
				if ctx.Err() != nil {
					break // cut off by the end of the run, not a failure
				}
				if err != nil {
					errs++
					if first == nil {
						first = err
					}
					continue
				}
				d := time.Since(t0)
				lat = append(lat, d)
				per[i%len(queries)] = append(per[i%len(queries)], d)
			}
			mu.Lock()
			all.lat = append(all.lat, lat...)
			if all.perQuery == nil {
				all.perQuery = make([][]time.Duration, len(queries))
			}
			for q, ds := range per {
				all.perQuery[q] = append(all.perQuery[q], ds...)
			}
			all.errors += errs
			if all.firstErr == nil {
				all.firstErr = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	all.took = time.Since(start)
	slices.Sort(all.lat)
	for _, ds := range all.perQuery {
		slices.Sort(ds)
	}
	return all
}

// httpTarget is the server, through its public API and the generated
// client.
type httpTarget struct {
	client *api.ClientWithResponses
	opts   options
	extra  api.RequestEditorFn // opts.extra onto the query
}

// withQuery adds extra (--params, in the API's own terms) to a request's
// query as given.
func withQuery(extra url.Values) api.RequestEditorFn {
	return func(_ context.Context, req *http.Request) error {
		if len(extra) > 0 {
			q := req.URL.Query()
			maps.Copy(q, extra)
			req.URL.RawQuery = q.Encode()
		}
		return nil
	}
}

// search sends one query of the mix. It takes the client's raw response
// (Search, not SearchWithResponse) and reads the body to the end without
// decoding it, as a load generator should: the time measured is the
// server's, and the numbers stay comparable with earlier runs.
func (h *httpTarget) search(ctx context.Context, s spec) error {
	p := &api.SearchParams{Q: &s.q, Facets: ptr(strings.Join(h.opts.facets, ",")), Highlight: &h.opts.highlight}
	if s.lang != "" {
		p.Lang = &s.lang
	}
	if s.entity != "" {
		p.Entity = &[]string{s.entity}
	}
	res, err := h.client.Search(ctx, p, h.extra)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET /v1/search: %w", api.Unexpected(res, body))
	}
	return nil
}

// topEntities asks the server for its most frequent entities, so entity
// filters in the mix match documents whatever corpus is loaded.
func (h *httpTarget) topEntities(ctx context.Context, n int) ([]string, error) {
	r, err := h.client.SearchWithResponse(ctx, &api.SearchParams{Size: ptr(0), Facets: ptr("entities"), FacetSize: &n})
	if err == nil && r.JSON200 == nil {
		err = api.Unexpected(r.HTTPResponse, r.Body)
	}
	if err != nil {
		return nil, fmt.Errorf("server not ready: %w", err)
	}
	if r.JSON200.Total == 0 {
		return nil, errors.New("the server's index is empty: ingest documents first")
	}
	var out []string
	for _, f := range r.JSON200.Facets["entities"] {
		out = append(out, f.Value)
	}
	return out, nil
}

func ptr[T any](v T) *T { return &v }

// buildBare indexes the stored documents of the Recherche index in dir into
// a bare Bleve index (or n behind an alias) in a temporary directory, the
// way an application using Bleve alone would have them: the same
// per-language title and body fields and analyzers, keyword fields for the
// language, source, entity names (with doc values, for the facet) and
// folded names (for the filter). Recherche's own layout counts entities by
// ordinal instead, so the bare side needs this one to facet at all.
func buildBare(ctx context.Context, dir string, n int, stock bool, stdout io.Writer) (bleve.Index, func(), error) {
	if n < 1 || n > bleveindex.MaxShards {
		return nil, nil, fmt.Errorf("--bare-shards must be between 1 and %d", bleveindex.MaxShards)
	}
	src, err := bleveindex.Open(dir, bleveindex.Options{})
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %w", dir, err)
	}
	defer src.Close()
	tmp, err := os.MkdirTemp("", "loadtest-bare-")
	if err != nil {
		return nil, nil, err
	}
	var shards []bleve.Index
	cleanup := func() {
		for _, s := range shards {
			s.Close()
		}
		os.RemoveAll(tmp)
	}
	m := bleveindex.Mapping().(*mapping.IndexMappingImpl)
	if stock {
		m = plainbleve.Mapping()
	} else {
		names := m.DefaultMapping.Properties["entities"].Fields[0]
		names.Index, names.DocValues = true, true
		folded := bleve.NewKeywordFieldMapping()
		folded.Store, folded.IncludeInAll, folded.DocValues = false, false, false
		m.DefaultMapping.AddFieldMappingsAt("entities_lc", folded)
	}
	for i := range n {
		idx, err := bleve.New(filepath.Join(tmp, strconv.Itoa(i)), m)
		if err != nil {
			cleanup()
			return nil, nil, err
		}
		shards = append(shards, idx)
	}
	start, count := time.Now(), 0
	err = src.Each(ctx, 1000, func(docs []corpus.Document) error {
		batches := make([]*bleve.Batch, n)
		for i := range batches {
			batches[i] = shards[i].NewBatch()
		}
		for _, d := range docs {
			sfx := d.Lang
			if sfx != "fr" && sfx != "en" {
				sfx = "xx"
			}
			f := map[string]any{"title_" + sfx: d.Title, "body_" + sfx: d.Body, "lang": d.Lang}
			if stock {
				if err := batches[count%n].Index(d.ID, plainbleve.Fields(d.Lang, d.Body)); err != nil {
					return err
				}
				count++
				continue
			}
			if d.Source != "" {
				f["source"] = d.Source
			}
			if d.PublishedAt != nil {
				f["published_at"] = d.PublishedAt.UTC()
			}
			var ents, folded []string
			for _, e := range d.Entities {
				ents = append(ents, e.Name)
				folded = append(folded, bleveindex.EntityKey(e.Name))
			}
			f["entities"], f["entities_lc"] = ents, folded
			if err := batches[count%n].Index(d.ID, f); err != nil {
				return err
			}
			count++
		}
		for i, b := range batches {
			if err := shards[i].Batch(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("build bare index: %w", err)
	}
	var idx bleve.Index = shards[0]
	if n > 1 {
		alias := bleve.NewIndexAlias(shards...)
		if err := alias.SetIndexMapping(m); err != nil {
			cleanup()
			return nil, nil, err
		}
		idx = alias
	}
	fmt.Fprintf(stdout, "bare Bleve index: %d documents of %s in %d shard(s), built in %v\n", count, dir, n, time.Since(start).Round(time.Millisecond))
	return idx, cleanup, nil
}

// bleveTarget runs the mix against a bare Bleve index as an application
// using Bleve directly would: a match (or phrase) query over the title and
// body fields of every language, language and entity filters as term
// queries, the same two facets, highlighting and stored fields.
type bleveTarget struct {
	idx   bleve.Index
	opts  options
	stock bool // --bare-stock: body fields only, the lang facet only, no highlights, nothing stored
}

var (
	titleFields = []string{"title_fr", "title_en", "title_xx"}
	bodyFields  = []string{"body_fr", "body_en", "body_xx"}
)

func (b *bleveTarget) search(ctx context.Context, s spec) error {
	text := strings.Trim(s.q, `"`)
	phrase := text != s.q
	var must []query.Query
	fields := append(slices.Clone(titleFields), bodyFields...)
	if b.stock {
		fields = plainbleve.BodyFields
	}
	if text != "" {
		var anyOf []query.Query
		for _, f := range fields {
			if phrase {
				q := bleve.NewMatchPhraseQuery(text)
				q.SetField(f)
				anyOf = append(anyOf, q)
				continue
			}
			q := bleve.NewMatchQuery(text)
			q.SetField(f)
			anyOf = append(anyOf, q)
		}
		must = append(must, bleve.NewDisjunctionQuery(anyOf...))
	}
	if s.lang != "" {
		q := bleve.NewTermQuery(s.lang)
		q.SetField("lang")
		must = append(must, q)
	}
	if s.entity != "" {
		q := bleve.NewTermQuery(bleveindex.EntityKey(s.entity))
		q.SetField("entities_lc")
		must = append(must, q)
	}
	var q query.Query = bleve.NewMatchAllQuery()
	if len(must) > 0 {
		q = bleve.NewConjunctionQuery(must...)
	}
	req := bleve.NewSearchRequestOptions(q, 10, 0, false)
	if b.stock {
		req.AddFacet("lang", bleve.NewFacetRequest("lang", 10))
		_, err := b.idx.SearchInContext(ctx, req)
		return err
	}
	req.Fields = append([]string{"lang", "entities", "published_at"}, titleFields...)
	if b.opts.highlight {
		req.Fields = append(req.Fields, bodyFields...)
		req.Highlight = bleve.NewHighlightWithStyle(htmlfmt.Name)
		for _, f := range bodyFields {
			req.Highlight.AddField(f)
		}
	}
	for _, f := range b.opts.facets {
		field := f
		switch f {
		case "entity_type":
			field = "entity_types"
		}
		req.AddFacet(f, bleve.NewFacetRequest(field, 10))
	}
	_, err := b.idx.SearchInContext(ctx, req)
	return err
}

// ingester posts an NDJSON file to the batch endpoint, over and over, until
// stopped. Documents keep their ids, so the index is replaced in place and
// does not grow.
type ingester struct {
	srv   *httpTarget
	path  string
	batch int
}

func (in *ingester) start(ctx context.Context) (stop func() (int, time.Duration, error)) {
	ctx, cancel := context.WithCancel(ctx)
	var (
		docs int
		err  error
		done = make(chan struct{})
		t0   = time.Now()
	)
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			var n int
			n, err = in.once(ctx)
			docs += n
			if err != nil {
				return
			}
		}
	}()
	return func() (int, time.Duration, error) {
		cancel()
		<-done
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			err = nil
		}
		return docs, time.Since(t0), err
	}
}

func (in *ingester) once(ctx context.Context) (int, error) {
	f, err := os.Open(in.path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var (
		buf  bytes.Buffer
		n    int
		sent int
	)
	flush := func() error {
		if n == 0 {
			return nil
		}
		r, err := in.srv.client.PutDocumentsWithBodyWithResponse(ctx, nil, "application/x-ndjson", bytes.NewReader(buf.Bytes()))
		if err == nil && r.JSON200 == nil {
			err = api.Unexpected(r.HTTPResponse, r.Body)
		}
		if err != nil {
			return fmt.Errorf("POST /v1/documents/batch: %w", err)
		}
		sent += n
		buf.Reset()
		n = 0
		return nil
	}
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		buf.Write(sc.Bytes())
		buf.WriteByte('\n')
		if n++; n >= in.batch {
			if err := flush(); err != nil {
				return sent, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return sent, err
	}
	return sent, flush()
}

// procMemory reads the peak and current resident set of pid.
func procMemory(pid int) string {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return err.Error()
	}
	var parts []string
	for _, line := range strings.Split(string(raw), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && (k == "VmHWM" || k == "VmRSS") {
			parts = append(parts, k+" "+strings.Join(strings.Fields(v), " "))
		}
	}
	return strings.Join(parts, ", ")
}
