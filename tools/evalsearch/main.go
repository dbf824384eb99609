// Command evalsearch measures search relevance through the HTTP API, the
// way a client sees it: it loads PIAF (French questions on Wikipedia
// paragraphs) and CISI (English library-science abstracts) together into
// one index with POST /v1/documents/batch, runs every judged question
// through GET /v1/search and prints Recall@k, MRR@10, nDCG@10, P@10 and MAP.
// Its output is the evidence behind the "Retrieval" section of
// docs/quality.md.
//
//	go run ./tools/evalsearch ../shared/eval/retrieval
//	go run ./tools/evalsearch --server http://127.0.0.1:8080 ../shared/eval/retrieval
//
// Without --server it starts the real server in-process on 127.0.0.1:0 over
// a fresh index in a temporary directory. The data directory holds
// piaf-fr/piaf-v1.0.json and cisi-en/CISI.{ALL,QRY,REL}. evalsearch wires
// the same packages as cmd/recherche serve and talks to them over HTTP only.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/translate"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/server"
	"github.com/recherche/recherche/server/api"
	"github.com/recherche/recherche/tools/internal/cli"
)

type config struct {
	server       string
	shards       int
	depth        int
	workers      int
	batch        int
	titles       bool
	showMisses   int
	runs         string
	cross        bool
	dictionaries string
	mode, topics string
	noPivot      bool
	typos        bool
	damaged      bool
	typed        string
}

func main() {
	var c config
	flag.StringVar(&c.server, "server", "", "evaluate the server at `URL` instead of starting one in-process (documents are added to its index)")
	flag.IntVar(&c.shards, "shards", 1, "shards of the in-process index (serve --shards)")
	flag.IntVar(&c.depth, "depth", 1000, "ranking depth fetched for CISI average precision, in pages of 100")
	flag.IntVar(&c.workers, "workers", 4, "concurrent search requests")
	flag.IntVar(&c.batch, "batch", 1000, "documents per batch request")
	flag.BoolVar(&c.titles, "piaf-titles", true, "give each PIAF paragraph its article title")
	flag.IntVar(&c.showMisses, "show-misses", 0, "print up to `N` PIAF questions whose paragraph is not in the top 10")
	flag.StringVar(&c.runs, "runs", "", "write each question's first relevant rank to `FILE` (TSV), to compare two runs question by question")
	flag.StringVar(&c.mode, "mode", "retrieval", "retrieval (DATADIR: PIAF and CISI), tatoeba (DATADIR: langid/tatoeba), topics (DATADIR: corpus, with --topics) or forgiving (DATADIR: corpus, with --typed)")
	flag.StringVar(&c.topics, "topics", "tools/evalsearch/testdata/topics.tsv", "cross-lingual news topics of --mode topics")
	flag.BoolVar(&c.cross, "cross-lingual", true, "search with cross_lingual=true (the API's default)")
	flag.StringVar(&c.dictionaries, "dictionaries", translate.DefaultDir, "FreeDict folder of the in-process server")
	flag.StringVar(&c.typed, "typed", "tools/evalsearch/testdata/forgiving.tsv", "misspelled and half-typed news queries of --mode forgiving")
	flag.BoolVar(&c.typos, "typos", true, "search with typos=true (the API's default)")
	flag.BoolVar(&c.damaged, "damaged", false, "also search every question with one word misspelled (damage.go) and compare")
	flag.BoolVar(&c.noPivot, "no-pivot", false, "in-process server without the English–German–French pivot (serve --no-pivot)")
	dir := cli.Arg("evalsearch [flags] DATADIR", nil)
	cli.Exit("evalsearch", run(context.Background(), dir, c, os.Stdout))
}

// connect starts the in-process server unless --server names one, and
// waits until it is ready.
func (c config) connect(ctx context.Context) (*client, func(), error) {
	base := strings.TrimRight(c.server, "/")
	stop := func() {}
	if base == "" {
		var err error
		if base, stop, err = startServer(ctx, c.shards, translate.Options{Dir: c.dictionaries, NoPivot: c.noPivot}); err != nil {
			return nil, nil, err
		}
	}
	ac, err := api.Connect(base, "", &http.Client{Timeout: 2 * time.Minute})
	if err != nil {
		stop()
		return nil, nil, err
	}
	cl := &client{base: base, api: ac, cross: c.cross, typos: c.typos}
	if err := cl.waitReady(ctx, time.Minute); err != nil {
		stop()
		return nil, nil, err
	}
	return cl, stop, nil
}

// connectWith is connect, then adds docs (named what in an error) to the
// server's index.
func (c config) connectWith(ctx context.Context, what string, docs []doc) (*client, func(), error) {
	cl, stop, err := c.connect(ctx)
	if err != nil {
		return nil, nil, err
	}
	if err := cl.ingest(ctx, docs, c.batch); err != nil {
		stop()
		return nil, nil, fmt.Errorf("ingest %s: %w", what, err)
	}
	return cl, stop, nil
}

func run(ctx context.Context, dir string, c config, out io.Writer) error {
	switch c.mode {
	case "tatoeba":
		return runTatoeba(ctx, dir, c, out)
	case "topics":
		return runTopics(ctx, dir, c, out)
	case "forgiving":
		return runForgiving(ctx, dir, c, out)
	case "retrieval":
	default:
		return fmt.Errorf("unknown --mode %q: retrieval, tatoeba, topics or forgiving", c.mode)
	}
	if c.depth < 10 || c.depth > index.MaxWindow {
		return fmt.Errorf("--depth must be between 10 and %d", index.MaxWindow)
	}
	piaf, err := loadPIAF(filepath.Join(dir, "piaf-fr", "piaf-v1.0.json"), c.titles)
	if err != nil {
		return err
	}
	cisi, err := loadCISI(filepath.Join(dir, "cisi-en"))
	if err != nil {
		return err
	}
	cl, stop, err := c.connect(ctx)
	if err != nil {
		return err
	}
	defer stop()
	start := time.Now()
	for _, col := range []*collection{piaf, cisi} {
		if err := cl.ingest(ctx, col.Docs, c.batch); err != nil {
			return fmt.Errorf("ingest %s: %w", col.Name, err)
		}
	}
	fmt.Fprintf(out, "ingested %d PIAF paragraphs and %d CISI abstracts into one index in %s\n",
		len(piaf.Docs), len(cisi.Docs), time.Since(start).Round(time.Millisecond))

	start = time.Now()
	piafRuns, err := cl.searchAll(ctx, piaf.Questions, 10, c.workers)
	if err != nil {
		return err
	}
	cisiRuns, err := cl.searchAll(ctx, cisi.Questions, c.depth, c.workers)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d searches (%d requests) in %s, %d answered other than 200\n",
		len(piaf.Questions)+len(cisi.Questions), cl.requests.Load(), time.Since(start).Round(time.Millisecond), cl.failures.Load())
	if n := cl.failures.Load(); n > 0 {
		return fmt.Errorf("%d search requests did not answer 200", n)
	}
	if n := cl.truncated.Load(); n > 0 {
		fmt.Fprintf(out, "%d questions were cut to %d bytes, the API's limit\n", n, index.MaxQueryLength)
	}

	p := evaluate(piaf.Questions, piafRuns)
	e := evaluate(cisi.Questions, cisiRuns)
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "collection\tquestions\tR@1\tR@5\tR@10\tMRR@10\tnDCG@10\tP@10\tMAP")
	fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t-\n", piaf.Name, len(piaf.Questions),
		p.RecallAt1, p.RecallAt5, p.RecallAt10, p.RR10, p.NDCG10, p.P10)
	fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", cisi.Name, len(cisi.Questions),
		e.RecallAt1, e.RecallAt5, e.RecallAt10, e.RR10, e.NDCG10, e.P10, e.AP)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nCISI MAP is over the top %d hits; R@k for CISI is the share of a query's relevant documents in its top k.\n", c.depth)
	fmt.Fprintln(out)
	targets := []struct {
		name       string
		got, floor float64
	}{
		{"PIAF MRR@10", p.RR10, 0.78},
		{"PIAF Recall@10", p.RecallAt10, 0.90},
		{"CISI nDCG@10", e.NDCG10, 0.30},
		{"CISI MAP", e.AP, 0.16},
	}
	for _, t := range targets {
		verdict := "met"
		if t.got < t.floor {
			verdict = "MISSED"
		}
		fmt.Fprintf(out, "target %-15s ≥ %.2f: %.3f %s\n", t.name, t.floor, t.got, verdict)
	}
	if c.damaged {
		fmt.Fprintln(out, "\nOne word misspelled per question (the first damaged questions of each collection):")
		damagedExamples(piaf, 3, out)
		damagedExamples(cisi, 3, out)
		fmt.Fprintln(out)
		if err := runDamaged(ctx, cl, []*collection{piaf, cisi}, [][][]string{piafRuns, cisiRuns}, c.workers, out); err != nil {
			return err
		}
	}
	if c.runs != "" {
		if err := writeRuns(c.runs, []*collection{piaf, cisi}, [][][]string{piafRuns, cisiRuns}); err != nil {
			return err
		}
	}
	if c.showMisses > 0 {
		fmt.Fprintln(out, "\nPIAF questions whose paragraph is not in the top 10:")
		shown := 0
		for i, q := range piaf.Questions {
			if score(piafRuns[i], q.Relevant).RecallAt10 > 0 {
				continue
			}
			top := "(no hits)"
			if len(piafRuns[i]) > 0 {
				top = piafRuns[i][0]
			}
			for id := range q.Relevant {
				fmt.Fprintf(out, "  %s want %s, top %s\n", q.Text, id, top)
			}
			if shown++; shown == c.showMisses {
				break
			}
		}
	}
	return nil
}

// writeRuns writes one line per question: collection, question id, the
// rank of its first relevant hit (0 when none was fetched), the top hit and
// the question. Sorted by collection and id, two runs diff line by line.
func writeRuns(path string, cols []*collection, runs [][][]string) error {
	var b strings.Builder
	b.WriteString("collection\tquestion\trank\ttop\ttext\n")
	for c, col := range cols {
		for i, q := range col.Questions {
			rank, top := 0, ""
			for r, id := range runs[c][i] {
				if r == 0 {
					top = id
				}
				if q.Relevant[id] {
					rank = r + 1
					break
				}
			}
			text := strings.Join(strings.Fields(q.Text), " ")
			fmt.Fprintf(&b, "%s\t%s\t%d\t%s\t%s\n", strings.Fields(col.Name)[0], q.ID, rank, top, text)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func evaluate(qs []question, runs [][]string) scores {
	all := make([]scores, len(qs))
	for i, q := range qs {
		all[i] = score(runs[i], q.Relevant)
	}
	return mean(all)
}

// startServer runs the real server, as cmd/recherche serve wires it, over a
// fresh index in a temporary directory, on a free port.
func startServer(ctx context.Context, shards int, lexicons translate.Options) (base string, stop func(), err error) {
	tmp, err := os.MkdirTemp("", "evalsearch-")
	if err != nil {
		return "", nil, err
	}
	idx, err := bleveindex.Open(filepath.Join(tmp, "index"), bleveindex.Options{Shards: shards})
	if err != nil {
		os.RemoveAll(tmp)
		return "", nil, err
	}
	cleanup := func() {
		idx.Close()
		os.RemoveAll(tmp)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg := server.DefaultConfig()
	cfg.Logger = log
	srv, err := server.New(cfg)
	if err != nil {
		cleanup()
		return "", nil, err
	}
	an, err := analysis.New(analysis.Options{})
	if err != nil {
		cleanup()
		return "", nil, err
	}
	srv.SetBackend(&server.Backend{Index: idx, Analyzer: an, Pipeline: ingest.New(an, idx, 0),
		Translator: translate.New(translate.Load(lexicons)), DictionaryDir: lexicons.Dir})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cleanup()
		return "", nil, err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	stop = func() {
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
		cleanup()
	}
	return "http://" + ln.Addr().String(), stop, nil
}

// client asks the server through the generated API client, counting the
// requests and those answered other than 200.
type client struct {
	base      string
	api       *api.ClientWithResponses
	requests  atomic.Int64
	failures  atomic.Int64
	truncated atomic.Int64
	cross     bool
	typos     bool
}

func (c *client) waitReady(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		r, err := c.api.ReadyzWithResponse(ctx)
		if err == nil {
			if r.JSON200 != nil {
				return nil
			}
			err = api.Unexpected(r.HTTPResponse, r.Body)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("server at %s not ready after %s: %w", c.base, limit, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// ingest sends docs in batches and fails on any item not stored.
func (c *client) ingest(ctx context.Context, docs []doc, batch int) error {
	for start := 0; start < len(docs); start += batch {
		part := docs[start:min(start+batch, len(docs))]
		in := api.BatchInput{Documents: make([]api.DocumentInput, 0, len(part))}
		for _, d := range part {
			in.Documents = append(in.Documents, api.DocumentInput{Id: &d.ID, Title: &d.Title, Body: &d.Body, Lang: &d.Lang, Source: &d.Source})
		}
		r, err := c.api.PutDocumentsWithResponse(ctx, nil, in)
		if err == nil && r.JSON200 == nil {
			err = api.Unexpected(r.HTTPResponse, r.Body)
		}
		if err = c.count(err); err != nil {
			return fmt.Errorf("POST /v1/documents/batch: %w", err)
		}
		res := r.JSON200
		if res.Failed > 0 || len(res.Results) != len(part) {
			for _, r := range res.Results {
				if r.Status == api.BatchItemResultStatusError && r.Error != nil {
					return fmt.Errorf("document %s refused: %s", part[r.Index].ID, *r.Error)
				}
			}
			return fmt.Errorf("batch of %d: %d results, %d failed", len(part), len(res.Results), res.Failed)
		}
	}
	return nil
}

// searchAll returns, per question, the ids of its top depth hits.
func (c *client) searchAll(ctx context.Context, qs []question, depth, workers int) ([][]string, error) {
	runs := make([][]string, len(qs))
	errs := make([]error, len(qs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				runs[i], errs[i] = c.search(ctx, qs[i].Text, qs[i].Lang, depth)
			}
		}()
	}
	for i := range qs {
		next <- i
	}
	close(next)
	wg.Wait()
	var failed []error
	for i, err := range errs {
		if err != nil {
			failed = append(failed, fmt.Errorf("question %s %q: %w", qs[i].ID, qs[i].Text, err))
		}
	}
	if len(failed) > 0 {
		if len(failed) > 5 {
			failed = append(failed[:5], fmt.Errorf("and %d more", len(failed)-5))
		}
		return nil, errors.Join(failed...)
	}
	return runs, nil
}

// search pages through the ranking of text, 100 hits a page, down to depth.
func (c *client) search(ctx context.Context, text, lang string, depth int) ([]string, error) {
	if len(text) > index.MaxQueryLength {
		text = text[:strings.LastIndexByte(text[:index.MaxQueryLength], ' ')]
		c.truncated.Add(1)
	}
	var ids []string
	for from := 0; from < depth; from += index.MaxSize {
		size := min(index.MaxSize, depth-from)
		p := c.params(text)
		p.Size, p.From = &size, &from
		if lang != "" {
			p.Lang = &lang
		}
		res, err := c.searchOnce(ctx, p)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			ids = append(ids, h.Id)
		}
		if len(res.Hits) < size || from+size >= res.Total {
			break
		}
	}
	return ids, nil
}

// top returns the ids of the top 10 hits of text, searched with the
// client's settings and extra parameters, and the words the server
// corrected or completed.
func (c *client) top(ctx context.Context, text string, extra url.Values) ([]string, []string, error) {
	r, err := c.read(ctx, text, extra)
	return r.ids, r.fixed, err
}

// reading is what a search of the top 10 answered: the hits, the words
// corrected or completed (word→as), and the suggestion.
type reading struct {
	ids, fixed []string
	suggestion string
}

func (c *client) read(ctx context.Context, text string, extra url.Values) (reading, error) {
	p := c.params(text)
	p.Size = ptr(10)
	res, err := c.searchOnce(ctx, p, func(_ context.Context, req *http.Request) error {
		// extra is in the API's own terms (a parameter name and value),
		// so it goes onto the query as given.
		q := req.URL.Query()
		maps.Copy(q, extra)
		req.URL.RawQuery = q.Encode()
		return nil
	})
	if err != nil {
		return reading{}, err
	}
	var r reading
	for _, h := range res.Hits {
		r.ids = append(r.ids, h.Id)
	}
	if res.Query != nil && res.Query.Corrections != nil {
		for _, f := range *res.Query.Corrections {
			r.fixed = append(r.fixed, f.Word+"→"+strings.Join(f.As, "|"))
		}
	}
	if res.Suggestion != nil {
		r.suggestion = *res.Suggestion
	}
	return r, nil
}

// params are a search of text with the client's settings, without facets
// or highlights, which the evaluation does not read.
func (c *client) params(text string) *api.SearchParams {
	return &api.SearchParams{Q: &text, Facets: ptr(""), Highlight: ptr(false), CrossLingual: &c.cross, Typos: &c.typos}
}

func (c *client) searchOnce(ctx context.Context, p *api.SearchParams, edit ...api.RequestEditorFn) (*api.SearchResponse, error) {
	r, err := c.api.SearchWithResponse(ctx, p, edit...)
	if err == nil && r.JSON200 == nil {
		err = api.Unexpected(r.HTTPResponse, r.Body)
	}
	if err = c.count(err); err != nil {
		return nil, fmt.Errorf("GET /v1/search: %w", err)
	}
	return r.JSON200, nil
}

// count records one request and passes its error on.
func (c *client) count(err error) error {
	c.requests.Add(1)
	if err != nil {
		c.failures.Add(1)
	}
	return err
}

func ptr[T any](v T) *T { return &v }
