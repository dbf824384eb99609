package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/corpus/charset"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/internal/flags"
	"github.com/recherche/recherche/server/api"
)

// tally counts outcomes and remembers why items failed and which files
// were read in which encoding.
type tally struct {
	indexed, replaced, failed, skipped int
	failures                           []string
	start                              time.Time
	encodings                          map[string]int // encoding name → files
	files                              map[string]bool
	decoded                            []string // files read in another encoding than UTF-8
}

// file records the encoding a file was read in, once per file.
func (t *tally) file(path, encoding string) {
	if encoding == "" || t.files[path] {
		return
	}
	if t.files == nil {
		t.files, t.encodings = map[string]bool{}, map[string]int{}
	}
	t.files[path] = true
	t.encodings[encoding]++
	if encoding != charset.UTF8 {
		t.decoded = append(t.decoded, fmt.Sprintf("read %s as %s", path, encoding))
	}
}

func (t *tally) add(where string, status string, err error) {
	switch {
	case err != nil && errors.Is(err, corpus.ErrSkipped):
		t.skipped++
		t.failures = append(t.failures, fmt.Sprintf("skipped %s: %v", where, err))
	case err != nil:
		t.failed++
		t.failures = append(t.failures, fmt.Sprintf("failed %s: %v", where, err))
	case status == string(index.Replaced):
		t.replaced++
	default:
		t.indexed++
	}
}

func (t *tally) summary() string {
	secs := time.Since(t.start).Seconds()
	n := t.indexed + t.replaced
	line := fmt.Sprintf("indexed %d, replaced %d, failed %d, skipped %d in %.1fs (%.0f documents/s)",
		t.indexed, t.replaced, t.failed, t.skipped, secs, float64(n)/max(secs, 1e-9))
	if len(t.encodings) > 0 {
		names := slices.Sorted(maps.Keys(t.encodings))
		parts := make([]string, len(names))
		for i, name := range names {
			parts[i] = fmt.Sprintf("%s %d", name, t.encodings[name])
		}
		line += "; files by encoding: " + strings.Join(parts, ", ")
	}
	return line
}

func where(it corpus.Item) string {
	w := it.Path
	if w == "" {
		w = "-"
	}
	if it.Line > 0 {
		w = fmt.Sprintf("%s:%d", w, it.Line)
	}
	if it.Doc.ID != "" {
		w += " (" + it.Doc.ID + ")"
	}
	return w
}

func ingestCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", "[--server URL | --data DIR] PATH...   (PATH: file, folder or - for NDJSON on stdin, gzip-compressed or not)", stderr)
	serverURL := fs.String("server", "", "URL of a running server to send documents to, e.g. http://127.0.0.1:8080")
	data := fs.String("data", "", "data directory of a local index to write to (the server must not be running on it)")
	batch := fs.Int("batch", 500, "documents per batch")
	apiKey := fs.String("api-key", "", "API key with the write scope, when the server needs one")
	languages := fs.String("languages", "fr,en,de,es,it,pt,nl", "with --data: languages the detector chooses among")
	entities := fs.String("entities", "", "with --data: extra gazetteer entries")
	shards := fs.Int("shards", 0, "with --data: shards of a new index (0 = keep an existing index's count, 1 for a new one)")
	progress := fs.String("progress", "auto", "progress bar: auto (on a terminal), always or never")
	encoding := fs.String("encoding", "", "read every file in this encoding instead of detecting it: "+charset.Names)
	compact := fs.Bool("compact", true, "with --data: merge the index's segments into one when done, so searches read fewer")
	if err := parse(fs, args); err != nil {
		return err
	}
	paths := fs.Args()
	switch {
	case *serverURL != "" && *data != "":
		return errors.New("--server and --data are exclusive: documents go to a running server or to a local index, not both")
	case *serverURL == "" && *data == "":
		return errors.New("say where the documents go: --server URL (a running server) or --data DIR (a local index no server holds)")
	case len(paths) == 0:
		return errors.New("no PATH: give files, folders, or - to read NDJSON on stdin")
	}
	if *batch < 1 || *batch > 10000 {
		return fmt.Errorf("--batch must be between 1 and 10000")
	}
	loader := corpus.Loader{}
	if *encoding != "" {
		name, err := charset.Lookup(*encoding)
		if err != nil {
			return fmt.Errorf("--encoding: %w", err)
		}
		loader.Encoding = name
	}
	load := func(fn func(corpus.Item) error) error {
		for _, p := range paths {
			var err error
			if p == "-" {
				err = loader.ReadInput(ctx, stdin, "-", fn)
			} else {
				err = loader.Walk(ctx, []string{p}, fn)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	show := *progress == "always" || (*progress == "auto" && isTerminal(stderr))
	total := int64(-1)
	if show {
		total = countDocuments(paths)
	}
	bar := newBar(total, show, stderr)
	t := &tally{start: time.Now()}
	report := func(it corpus.Item, status string, err error) {
		t.add(where(it), status, err)
		t.file(cmp.Or(it.Path, "-"), it.Encoding)
		bar.Add(1)
	}
	var err error
	if *serverURL != "" {
		err = ingestRemote(ctx, strings.TrimRight(*serverURL, "/"), *apiKey, *batch, load, report)
	} else {
		var compacted io.Writer
		if *compact {
			compacted = stderr
		}
		err = ingestLocal(ctx, *data, *shards, flags.List(*languages), *entities, *batch, load, report, compacted)
	}
	bar.Finish()
	if show {
		fmt.Fprintln(stderr)
	}
	for _, f := range t.decoded {
		fmt.Fprintln(stderr, f)
	}
	for _, f := range t.failures {
		fmt.Fprintln(stderr, f)
	}
	fmt.Fprintln(stdout, t.summary())
	if err != nil {
		return err
	}
	if t.failed > 0 {
		return errSilent
	}
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func newBar(total int64, show bool, w io.Writer) *progressbar.ProgressBar {
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetVisibility(show),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(30),
	)
}

// countDocuments estimates the number of items for the progress bar's ETA:
// files in folders, lines in NDJSON files; -1 when it cannot tell.
func countDocuments(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			switch innerExt(path) {
			case ".ndjson", ".jsonl":
				n += countLines(path)
			default:
				n++
			}
			return nil
		})
	}
	return n
}

// innerExt is a file's extension in lower case, looking through .gz.
func innerExt(path string) string {
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		path = path[:len(path)-len(".gz")]
	}
	return strings.ToLower(filepath.Ext(path))
}

func countLines(path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	var src io.Reader = f
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return 0
		}
		src = zr
	}
	var n int64
	buf := make([]byte, 1<<20)
	r := bufio.NewReader(src)
	for {
		k, err := r.Read(buf)
		n += int64(bytes.Count(buf[:k], []byte{'\n'}))
		if err != nil {
			return n
		}
	}
}

// compacter is an engine that merges its segments (bleveindex.Index).
type compacter interface {
	Compact(ctx context.Context) error
	Segments() (int, error)
}

// ingestLocal writes into the index under data. With compacted, it then
// compacts the index, as Elasticsearch's force merge of an index done
// being written, and says so on compacted: a corpus ingested in batches
// leaves segments that every search reads (docs/benchmarks.md, "Segments").
func ingestLocal(ctx context.Context, data string, shards int, languages []string, entities string, batch int,
	load func(func(corpus.Item) error) error, report func(corpus.Item, string, error), compacted io.Writer) error {
	idx, err := openEngine(data, engineOptions{shards: shards})
	if err != nil {
		return err
	}
	an, err := analysis.New(analysis.Options{Languages: languages, EntitiesFile: entities})
	if err != nil {
		idx.Close()
		return err
	}
	pipe := ingest.New(an, idx, 0)
	err = pipe.Stream(ctx, batch, load, func(it corpus.Item, r ingest.Result) {
		if r.ID != "" {
			it.Doc.ID = r.ID
		}
		report(it, string(r.Status), r.Err)
	})
	if c, ok := idx.(compacter); ok && err == nil && compacted != nil {
		err = compact(ctx, c, compacted)
	}
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close index: %w", cerr)
	}
	return err
}

func compact(ctx context.Context, c compacter, w io.Writer) error {
	before, err := c.Segments()
	if err != nil {
		return err
	}
	start := time.Now()
	if err := c.Compact(ctx); err != nil {
		return fmt.Errorf("compact index: %w", err)
	}
	after, err := c.Segments()
	if err != nil {
		return fmt.Errorf("compact index: %w", err)
	}
	fmt.Fprintf(w, "index compacted: %d segments → %d in %v\n", before, after, time.Since(start).Round(10*time.Millisecond))
	return nil
}

// ingestRemote sends batches as NDJSON to a running server, two at a time:
// the server analyzes one while it indexes the other, as the in-process
// pipeline overlaps them. A batch that repeats an id of the batch in
// flight waits for it, so that of two versions of a document the later one
// in the input is the one stored. Results are reported in input order.
// Documents that failed to load are reported here and never sent.
func ingestRemote(ctx context.Context, base, apiKey string, batch int,
	load func(func(corpus.Item) error) error, report func(corpus.Item, string, error)) error {
	client, err := api.Connect(base, apiKey, &http.Client{Timeout: 10 * time.Minute})
	if err != nil {
		return err
	}
	var inFlight *flight
	// land waits for f's answer and reports its documents.
	land := func(f *flight) error {
		<-f.done
		if f.err != nil {
			return f.err
		}
		if len(f.res.Results) != len(f.items) {
			return fmt.Errorf("server answered %d results for %d documents", len(f.res.Results), len(f.items))
		}
		for i, r := range f.res.Results {
			it := f.items[i]
			if r.Id != nil && *r.Id != "" {
				it.Doc.ID = *r.Id
			}
			var err error
			if r.Status == api.BatchItemResultStatusError {
				err = errors.New(cmp.Or(ptrValue(r.Error), "refused"))
			}
			report(it, string(r.Status), err)
		}
		return nil
	}
	next := &flight{ids: map[string]bool{}}
	send := func() error {
		f := next
		next = &flight{ids: map[string]bool{}}
		if len(f.items) == 0 {
			return nil
		}
		if inFlight != nil && inFlight.repeats(f) {
			err := land(inFlight)
			inFlight = nil
			if err != nil {
				return err
			}
		}
		f.done = make(chan struct{})
		go func() {
			defer close(f.done)
			f.res, f.err = postBatch(ctx, client, f.body.Bytes())
		}()
		prev := inFlight
		inFlight = f
		if prev != nil {
			if err := land(prev); err != nil {
				// The batch just sent may have been stored: say so
				// before giving up, with the first error.
				_ = land(f)
				inFlight = nil
				return err
			}
		}
		return nil
	}
	err = load(func(it corpus.Item) error {
		if it.Err != nil {
			report(it, "", it.Err)
			return nil
		}
		line, err := json.Marshal(it.Doc)
		if err != nil {
			report(it, "", err)
			return nil
		}
		next.add(it, line)
		if len(next.items) >= batch {
			return send()
		}
		return nil
	})
	if err == nil {
		err = send()
	}
	if inFlight != nil {
		if lerr := land(inFlight); err == nil {
			err = lerr
		}
	}
	return err
}

// flight is one batch request: its documents, their ids, and the answer.
type flight struct {
	items []corpus.Item
	body  bytes.Buffer
	ids   map[string]bool // explicit ids; the server derives the others from content
	done  chan struct{}   // closed when the answer (res or err) is in
	res   *api.BatchResponse
	err   error
}

func (f *flight) add(it corpus.Item, line []byte) {
	f.items = append(f.items, it)
	f.body.Write(line)
	f.body.WriteByte('\n')
	if it.Doc.ID != "" {
		f.ids[it.Doc.ID] = true
	}
}

// repeats reports whether other holds a document with an id f holds.
func (f *flight) repeats(other *flight) bool {
	for id := range other.ids {
		if f.ids[id] {
			return true
		}
	}
	return false
}

// postBatch sends one NDJSON batch, gzip-compressed: article text shrinks
// to about a third, and the server counts the decompressed size against
// its batch limit all the same.
func postBatch(ctx context.Context, client *api.ClientWithResponses, body []byte) (*api.BatchResponse, error) {
	var zipped bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zipped, gzip.BestSpeed) // a valid level: no error
	if _, err := zw.Write(body); err != nil {
		return nil, fmt.Errorf("compress batch: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress batch: %w", err)
	}
	body = zipped.Bytes()
	var lastErr error
	for attempt := range 5 {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(time.Duration(attempt) * time.Second):
			}
		}
		r, err := client.PutDocumentsWithBodyWithResponse(ctx, &api.PutDocumentsParams{ContentEncoding: ptr("gzip")},
			"application/x-ndjson", bytes.NewReader(body))
		if err != nil {
			lastErr = err
			continue
		}
		switch {
		case r.JSON200 != nil:
			return r.JSON200, nil
		case r.StatusCode() == http.StatusServiceUnavailable:
			// Still loading models, or briefly unable to write: wait.
			lastErr = api.Unexpected(r.HTTPResponse, r.Body)
			continue
		}
		return nil, api.Unexpected(r.HTTPResponse, r.Body)
	}
	return nil, fmt.Errorf("send batch: %w", lastErr)
}
