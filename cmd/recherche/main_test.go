package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/recherche/recherche/analysis/translate/translatetest"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/internal/testutil"
)

// The end-to-end tests run the real program: the test binary re-executes
// itself as `recherche` when beRecherche is set, so the server under test
// is a separate process that SIGKILL and SIGTERM really stop.
const beRecherche = "BE_RECHERCHE_FOR_TEST"

func TestMain(m *testing.M) {
	if os.Getenv(beRecherche) == "1" {
		main()
		os.Exit(0)
	}
	// Servers under test read small dictionaries written here: the real
	// ones take seconds to compile into a lexicon (minutes under -race),
	// and these tests are about the process, not the translations
	// (server/cross_test.go tests those with the real dictionaries).
	dir, err := os.MkdirTemp("", "recherche-dicts")
	if err != nil {
		panic(err)
	}
	testDicts = dir
	for name, entries := range map[string]map[string][]string{
		"freedict-eng-fra": {"unemployment": {"chômage"}, "heatwave": {"canicule"}},
		"freedict-fra-eng": {"chômage": {"unemployment"}, "grève": {"strike"}},
	} {
		if err := translatetest.WriteDictionary(dir, name, entries); err != nil {
			panic(err)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testDicts is the folder of the servers' small dictionaries.
var testDicts string

// proc is one `recherche serve` process.
type proc struct {
	t    testing.TB
	cmd  *exec.Cmd
	base string
	logs *testutil.Buffer
	done chan struct{} // closed when the process has exited
	err  error         // the exit status, once done is closed
}

// command returns `recherche args...` as a child process.
func command(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), beRecherche+"=1")
	return cmd
}

// serveProc starts `recherche serve --addr 127.0.0.1:0 args...` and returns
// once it logs "ready", so the index is open and the models are loaded.
func serveProc(t testing.TB, args ...string) *proc {
	t.Helper()
	if testing.Short() {
		t.Skip("starts real server processes; skipped with -short")
	}
	cmd := command(append([]string{"serve", "--addr", "127.0.0.1:0", "--languages", "fr,en", "--log-format", "text", "--dictionaries", testDicts}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, cmd: cmd, logs: &testutil.Buffer{}, done: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addr, ready := make(chan string, 1), make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			p.logs.Write([]byte(line + "\n"))
			if strings.Contains(line, "msg=listening") {
				addr <- field(line, "addr")
			}
			if strings.Contains(line, "msg=ready") {
				close(ready)
			}
		}
		io.Copy(io.Discard, stderr)
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			t.Logf("server log:\n%s", p.logs)
		}
	})
	timeout := time.After(60 * time.Second)
	select {
	case a := <-addr:
		p.base = "http://" + a
	case <-p.done:
		t.Fatalf("server exited before listening: %v\n%s", p.err, p.logs)
	case <-timeout:
		t.Fatalf("server did not listen within a minute\n%s", p.logs)
	}
	select {
	case <-ready:
	case <-p.done:
		t.Fatalf("server exited before ready: %v\n%s", p.err, p.logs)
	case <-timeout:
		t.Fatalf("server not ready within a minute\n%s", p.logs)
	}
	return p
}

// field reads key=value from a text log line.
func field(line, key string) string {
	for _, f := range strings.Fields(line) {
		if v, ok := strings.CutPrefix(f, key+"="); ok {
			return v
		}
	}
	return ""
}

// wait returns the exit status once the process has exited.
func (p *proc) wait(d time.Duration) error {
	p.t.Helper()
	select {
	case <-p.done:
		return p.err
	case <-time.After(d):
		p.t.Fatalf("server still running after %s\n%s", d, p.logs)
		return nil
	}
}

type reply struct {
	status int
	body   []byte
}

func (p *proc) do(method, path, ctype string, body []byte) (reply, error) {
	req, err := http.NewRequest(method, p.base+path, bytes.NewReader(body))
	if err != nil {
		return reply{}, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return reply{}, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, data}, err
}

func (p *proc) get(path string) reply {
	p.t.Helper()
	r, err := p.do(http.MethodGet, path, "", nil)
	if err != nil {
		p.t.Fatalf("GET %s: %v", path, err)
	}
	return r
}

type batchAnswer struct {
	Indexed, Failed int
	Results         []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Error  string `json:"error"`
	}
}

// acknowledged returns the ids a 200 batch answer reports stored.
func acknowledged(r reply) ([]string, error) {
	if r.status != http.StatusOK {
		return nil, fmt.Errorf("batch: %d %s", r.status, r.body)
	}
	var a batchAnswer
	if err := json.Unmarshal(r.body, &a); err != nil {
		return nil, err
	}
	var ids []string
	for _, res := range a.Results {
		if res.Status == "created" || res.Status == "replaced" {
			ids = append(ids, res.ID)
		}
	}
	return ids, nil
}

var sentences = []string{
	"The storage team moved the virtual machines to the new cluster over the weekend.",
	"Engineers measured the latency of every request before and after the migration.",
	"The release notes describe how the scheduler balances containers across hosts.",
	"Customers can keep their tools while the data centers change underneath them.",
}

// ndjson returns n English documents with ids prefix-0…prefix-(n-1), each
// padded to about size bytes of body.
func ndjson(prefix string, n, size int) []byte {
	var b bytes.Buffer
	for i := range n {
		var body strings.Builder
		for j := 0; body.Len() < size; j++ {
			body.WriteString(sentences[(i+j)%len(sentences)] + " ")
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%d", prefix, i), "lang": "en",
			"title": "Report " + prefix, "body": body.String()})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestKillNineKeepsAcknowledged streams batches from several clients, kills
// the server with SIGKILL mid-stream, restarts it on the same data directory
// and checks that every document a 200 answer acknowledged is there.
func TestKillNineKeepsAcknowledged(t *testing.T) {
	data := t.TempDir()
	p := serveProc(t, "--data", data)

	const clients, perBatch, killAfter = 4, 25, 400
	var (
		mu    sync.Mutex
		acked []string
		sent  int
	)
	enough := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	for g := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := 0; ; b++ {
				r, err := p.do(http.MethodPost, "/v1/documents/batch", "application/x-ndjson", ndjson(fmt.Sprintf("c%d-b%d", g, b), perBatch, 600))
				if err != nil {
					return // the server is gone
				}
				ids, err := acknowledged(r)
				if err != nil {
					t.Errorf("client %d batch %d: %v", g, b, err)
					return
				}
				mu.Lock()
				acked = append(acked, ids...)
				sent += perBatch
				if len(acked) >= killAfter {
					once.Do(func() { close(enough) })
				}
				mu.Unlock()
			}
		}()
	}
	select {
	case <-enough:
	case <-time.After(45 * time.Second):
		t.Fatal("clients did not get enough documents acknowledged in 45s")
	}
	// Kill while the clients are still sending: some batches are in flight.
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.wait(10 * time.Second)
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()

	start := time.Now()
	p2 := serveProc(t, "--data", data)
	recovered := time.Since(start)
	missing := 0
	for _, id := range acked {
		if r := p2.get("/v1/documents/" + url.PathEscape(id)); r.status != http.StatusOK {
			missing++
			if missing <= 5 {
				t.Errorf("acknowledged %s: %d %s", id, r.status, r.body)
			}
		}
	}
	var found struct{ Total int }
	r := p2.get("/v1/search?q=scheduler+containers&size=1")
	if err := json.Unmarshal(r.body, &found); r.status != http.StatusOK || err != nil || found.Total < len(acked)/2 {
		t.Errorf("search after restart: %d %s", r.status, r.body)
	}
	t.Logf("kill -9: %d of %d acknowledged documents survived (%d sent before the kill completed); restart to ready took %s",
		len(acked)-missing, len(acked), sent, recovered.Round(time.Millisecond))
}

// TestSIGTERMDrains sends SIGTERM while batches are still being uploaded:
// they complete with 200, the process exits 0, and the index reopens with
// them inside.
func TestSIGTERMDrains(t *testing.T) {
	data := t.TempDir()
	p := serveProc(t, "--data", data)

	const inflight, perBatch = 3, 100
	type outcome struct {
		ids []string
		err error
	}
	results := make(chan outcome, inflight)
	rest := make([]*io.PipeWriter, inflight)
	tails := make([][]byte, inflight)
	for g := range inflight {
		body := ndjson(fmt.Sprintf("term%d", g), perBatch, 3000)
		pr, pw := io.Pipe()
		rest[g], tails[g] = pw, body[len(body)/2:]
		go func() {
			req, _ := http.NewRequest(http.MethodPost, p.base+"/v1/documents/batch", pr)
			req.Header.Set("Content-Type", "application/x-ndjson")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				results <- outcome{err: err}
				return
			}
			defer resp.Body.Close()
			data, err := io.ReadAll(resp.Body)
			if err != nil {
				results <- outcome{err: err}
				return
			}
			ids, err := acknowledged(reply{resp.StatusCode, data})
			results <- outcome{ids, err}
		}()
		if _, err := pw.Write(body[:len(body)/2]); err != nil {
			t.Fatal(err)
		}
	}
	// Half of each body is sent; the server counts the three uploads (and
	// the scrape asking) as in flight.
	p.waitMetric("recherche_http_requests_in_flight", inflight+1)
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for g := range inflight {
		rest[g].Write(tails[g])
		rest[g].Close()
	}
	var acked []string
	for range inflight {
		o := <-results
		if o.err != nil {
			t.Errorf("in-flight batch: %v", o.err)
			continue
		}
		if len(o.ids) != perBatch {
			t.Errorf("in-flight batch acknowledged %d of %d", len(o.ids), perBatch)
		}
		acked = append(acked, o.ids...)
	}
	if err := p.wait(30 * time.Second); err != nil {
		t.Fatalf("exit after SIGTERM: %v, want status 0\n%s", err, p.logs)
	}
	if !strings.Contains(p.logs.String(), "msg=\"index closed\"") {
		t.Errorf("no \"index closed\" in the log:\n%s", p.logs)
	}
	p2 := serveProc(t, "--data", data)
	var stats struct{ Documents int }
	r := p2.get("/v1/stats")
	if err := json.Unmarshal(r.body, &stats); err != nil || stats.Documents != len(acked) {
		t.Errorf("after restart: %d documents, want %d (%s)", stats.Documents, len(acked), r.body)
	}
	t.Logf("SIGTERM: %d batches in mid-upload (%d documents) completed and were there after restart", inflight, len(acked))
}

// waitMetric polls /metrics until the unlabelled series name reaches want.
func (p *proc) waitMetric(name string, want float64) {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(string(p.get("/metrics").body), "\n") {
			var v float64
			if rest, ok := strings.CutPrefix(line, name+" "); ok {
				if _, err := fmt.Sscan(rest, &v); err == nil && v >= want {
					return
				}
			}
		}
		runtime.Gosched()
	}
	p.t.Fatalf("%s never reached %v", name, want)
}

// runCmd runs `recherche args...` in process.
func runCmd(t testing.TB, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

// garbage writes a folder of good documents mixed with files that are not
// documents (skipped) and, with failing, broken ones (failed). It returns
// the ids of the good documents.
func garbage(t testing.TB, dir string, failing bool) []string {
	t.Helper()
	write := func(name string, data []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("2019/azure.txt", []byte("Azure accueille VMware\n\nMicrosoft prépare l'arrivée des machines virtuelles VMware sur Azure. Les clients conservent leurs outils.\n"))
	write("notes.md", []byte("# Docker on Windows\n\nMicrosoft ships Docker containers with Windows Server, next to Hyper-V.\n"))
	write("feed.ndjson", []byte(`{"id":"feed/1","lang":"en","body":"Kubernetes schedules containers across the cluster."}`+"\n"+
		`{"id":"feed/2","lang":"fr","body":"Les conteneurs tournent sur le cluster Kubernetes."}`+"\n"))
	write("picture.png", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d})
	write("binary.txt", append([]byte("looks like text"), 0, 1, 2, 0xff, 0xfe))
	write(".hidden.txt", []byte("never read"))
	ids := []string{"2019/azure", "notes", "feed/1", "feed/2"}
	if !failing {
		return ids
	}
	write("empty.txt", nil)
	write("latin1.txt", []byte("Caf\xe9 cr\xe8me et l\xe9gumes du march\xe9 pour le d\xe9jeuner"))
	write("undefined.txt", []byte("Caf\xe9 cr\xe8me \x81"))
	write("broken.json", []byte(`{"id": "broken", "body": "never closed`))
	write("deep.json", []byte(strings.Repeat("[", 100000)+strings.Repeat("]", 100000)))
	lines := `{"id":"mixed/good","lang":"en","body":"Docker images are built in layers."}` + "\n" +
		`{"id":"mixed/bad", broken` + "\n" +
		"{\"id\":\"mixed/undefined\",\"body\":\"caf\xe9 \x81\"}\n" +
		`{"id":"mixed/nul","body":"a\u0000b"}` + "\n" +
		`{"id":"mixed/huge","body":"` + strings.Repeat("a", 17<<20) + `"}` + "\n" +
		`{"id":"mixed/after","lang":"en","body":"Reading goes on after a huge line."}` + "\n"
	write("mixed.ndjson", []byte(lines))
	return append(ids, "latin1", "mixed/good", "mixed/after")
}

func TestIngestFolderOfGarbage(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the language models; skipped with -short")
	}
	for _, failing := range []bool{false, true} {
		t.Run(fmt.Sprintf("failing=%v", failing), func(t *testing.T) {
			folder, data := t.TempDir(), t.TempDir()
			ids := garbage(t, folder, failing)
			stdout, stderr, err := runCmd(t, "ingest", "--data", data, "--languages", "fr,en", "--progress", "never", folder)
			if failing != (err != nil) {
				t.Fatalf("err %v with failing=%v\nstdout: %s\nstderr: %.2000s", err, failing, stdout, stderr)
			}
			for _, want := range []string{"skipped " + filepath.Join(folder, "picture.png") + ": skipped: unsupported extension",
				"skipped " + filepath.Join(folder, "binary.txt") + ": skipped: binary content"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%.2000s", want, stderr)
				}
			}
			if failing {
				if want := "read " + filepath.Join(folder, "latin1.txt") + " as iso-8859-1"; !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%.2000s", want, stderr)
				}
				if want := "files by encoding: iso-8859-1 1, utf-8 "; !strings.Contains(stdout, want) {
					t.Errorf("summary %q lacks %q", stdout, want)
				}
				for _, want := range []string{"empty.txt", "undefined.txt", "broken.json", "deep.json", "mixed.ndjson:2", "mixed.ndjson:3", "mixed.ndjson:4", "mixed.ndjson:5"} {
					if !strings.Contains(stderr, "failed "+filepath.Join(folder, want)) {
						t.Errorf("stderr has no failure for %s:\n%.2000s", want, stderr)
					}
				}
			}
			if strings.Contains(stderr, "hidden") {
				t.Errorf("hidden file read:\n%s", stderr)
			}
			if want := fmt.Sprintf("indexed %d, replaced 0", len(ids)); !strings.Contains(stdout, want) {
				t.Errorf("summary %q, want %q", stdout, want)
			}
			checkIndex(t, filepath.Join(data, "index"), ids)
		})
	}
}

// TestIngestCompacts: ingest --data merges the segments its batches wrote
// into one, on disk, and says so; --compact=false does not.
func TestIngestCompacts(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the language models; skipped with -short")
	}
	for _, compact := range []bool{true, false} {
		t.Run(fmt.Sprintf("compact=%v", compact), func(t *testing.T) {
			folder, data := t.TempDir(), t.TempDir()
			ids := garbage(t, folder, false)
			_, stderr, err := runCmd(t, "ingest", "--data", data, "--languages", "fr,en", "--progress", "never", "--batch", "1", fmt.Sprintf("--compact=%v", compact), folder)
			if err != nil {
				t.Fatalf("ingest: %v\n%s", err, stderr)
			}
			said := regexp.MustCompile(`index compacted: \d+ segments → 1 in `).MatchString(stderr)
			if said != compact {
				t.Errorf("compaction reported %v, want %v:\n%s", said, compact, stderr)
			}
			checkIndex(t, filepath.Join(data, "index"), ids)
			idx, err := bleveindex.Open(filepath.Join(data, "index"), bleveindex.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer idx.Close()
			n, err := idx.Segments()
			if err != nil {
				t.Fatal(err)
			}
			// Without compaction, the batches' segments may or may not
			// have been merged by Bleve already.
			if compact && n != 1 {
				t.Errorf("%d segments after ingesting %d documents one by one and compacting", n, len(ids))
			}
		})
	}
}

// checkIndex opens the index in dir and checks it holds exactly ids.
func checkIndex(t testing.TB, dir string, ids []string) {
	t.Helper()
	idx, err := bleveindex.Open(dir, bleveindex.Options{})
	if err != nil {
		t.Fatalf("reopen %s: %v", dir, err)
	}
	defer idx.Close()
	if n, err := idx.Count(); err != nil || n != uint64(len(ids)) {
		t.Errorf("%s holds %d documents (%v), want %d", dir, n, err, len(ids))
	}
	for _, id := range ids {
		d, err := idx.Get(context.Background(), id)
		if err != nil || d.Body == "" || d.Lang == "" {
			t.Errorf("%s: %+v, %v", id, d, err)
		}
	}
}

// TestSnapshotOffline copies a closed index and checks the copy opens with
// the same documents while the original stays usable.
func TestSnapshotOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the language models; skipped with -short")
	}
	folder, data, out := t.TempDir(), t.TempDir(), filepath.Join(t.TempDir(), "snap")
	ids := garbage(t, folder, false)
	if _, stderr, err := runCmd(t, "ingest", "--data", data, "--languages", "fr,en", "--progress", "never", folder); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	stdout, stderr, err := runCmd(t, "snapshot", "--data", data, out)
	if err != nil || !strings.Contains(stdout, "recherche serve --data "+out) {
		t.Fatalf("snapshot: %v\n%s%s", err, stdout, stderr)
	}
	checkIndex(t, filepath.Join(out, "index"), ids)
	checkIndex(t, filepath.Join(data, "index"), ids)
	if _, _, err := runCmd(t, "snapshot", "--data", data, out); err == nil {
		t.Error("a second snapshot to the same directory succeeded, want an error")
	}
}

// TestAdminSnapshotWhileServing takes a snapshot through the API while
// another client keeps writing, then serves the copy.
func TestAdminSnapshotWhileServing(t *testing.T) {
	snaps := t.TempDir()
	p := serveProc(t, "--data", t.TempDir(), "--snapshot-dir", snaps)
	if ids, err := acknowledged(p.post("/v1/documents/batch", "application/x-ndjson", ndjson("before", 50, 600))); err != nil || len(ids) != 50 {
		t.Fatalf("seed: %v %v", ids, err)
	}
	stop, written := make(chan struct{}), make(chan int)
	go func() {
		n := 0
		for ; ; n++ {
			select {
			case <-stop:
				written <- n
				return
			default:
			}
			if _, err := acknowledged(p.post("/v1/documents/batch", "application/x-ndjson", ndjson(fmt.Sprintf("during%d", n), 5, 600))); err != nil {
				t.Errorf("write during snapshot: %v", err)
			}
		}
	}()
	r := p.post("/v1/admin/snapshot", "", nil)
	close(stop)
	t.Logf("%d batches written while the snapshot ran", <-written)
	var snap struct {
		Name   string  `json:"name"`
		TookMs float64 `json:"took_ms"`
	}
	if err := json.Unmarshal(r.body, &snap); r.status != http.StatusCreated || err != nil || snap.Name == "" {
		t.Fatalf("snapshot: %d %s", r.status, r.body)
	}
	// Without a lang the document goes through detection too.
	if r := p.post("/v1/documents", "application/json", []byte(`{"id":"detected","body":"Les machines virtuelles arrivent sur le cloud de Microsoft."}`)); r.status != http.StatusCreated {
		t.Errorf("put: %d %s", r.status, r.body)
	}
	metrics := string(p.get("/metrics").body)
	for _, stage := range []string{"detect", "entities", "summary", "keyphrases"} {
		if !strings.Contains(metrics, `recherche_analysis_duration_seconds_count{stage="`+stage+`"}`) {
			t.Errorf("/metrics has no analysis timings for stage %s", stage)
		}
	}
	copyOf := serveProc(t, "--data", filepath.Join(snaps, snap.Name))
	var stats struct{ Documents int }
	if err := json.Unmarshal(copyOf.get("/v1/stats").body, &stats); err != nil || stats.Documents < 50 || stats.Documents%5 != 0 {
		t.Errorf("snapshot serves %d documents, want 50 and whole batches after (%v)", stats.Documents, err)
	}
	if r := copyOf.get("/v1/documents/before-49"); r.status != http.StatusOK {
		t.Errorf("document in snapshot: %d %s", r.status, r.body)
	}
	t.Logf("snapshot %s of %d documents took %.0f ms", snap.Name, stats.Documents, snap.TookMs)
}

// post reports a transport error as a failed test; safe in goroutines.
func (p *proc) post(path, ctype string, body []byte) reply {
	r, err := p.do(http.MethodPost, path, ctype, body)
	if err != nil {
		p.t.Errorf("POST %s: %v", path, err)
	}
	return r
}

// TestIngestRemoteKeepsInputOrder: `ingest --server` keeps two batches in
// flight, yet of several versions of a document the last one in the input
// is the one stored, every document is reported once, and a bad line is
// reported without stopping the others.
func TestIngestRemoteKeepsInputOrder(t *testing.T) {
	p := serveProc(t, "--data", t.TempDir())
	// Batches of three: a version of "moving" in each, and every other
	// batch slow to analyze (a long article), so that a batch sent after a
	// slow one would be stored first if nothing kept them in order.
	long := strings.Repeat("The cluster schedules containers on the nodes that have room for them. ", 1500)
	var lines []string
	for i := range 40 {
		first := fmt.Sprintf(`{"id":"doc-%02d","lang":"en","body":"Document %d says hello to the cluster."}`, i, i)
		if i%2 == 0 {
			first = fmt.Sprintf(`{"id":"doc-%02d","lang":"en","body":%q}`, i, long)
		}
		lines = append(lines, first,
			fmt.Sprintf(`{"id":"moving","lang":"en","body":"Version %d of the moving document."}`, i),
			fmt.Sprintf(`{"id":"small-%02d","lang":"en","body":"Small document %d."}`, i, i))
	}
	lines = append(lines, `{"id":"broken", "body":`)
	file := filepath.Join(t.TempDir(), "docs.ndjson")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runCmd(t, "ingest", "--server", p.base, "--batch", "3", "--progress", "never", file)
	if err == nil {
		t.Fatalf("ingest succeeded despite a broken line\nstdout: %s\nstderr: %s", stdout, stderr)
	}
	// 80 new documents, "moving" created once and replaced 39 times.
	if want := "indexed 81, replaced 39, failed 1, skipped 0"; !strings.Contains(stdout, want) {
		t.Errorf("summary %q lacks %q\nstderr: %s", stdout, want, stderr)
	}
	r := p.get("/v1/documents/moving")
	if r.status != http.StatusOK {
		t.Fatalf("GET moving: status %d", r.status)
	}
	var doc struct{ Body string }
	if err := json.Unmarshal(r.body, &doc); err != nil {
		t.Fatal(err)
	}
	if want := "Version 39 of the moving document."; doc.Body != want {
		t.Errorf("stored body %q, want the last version %q", doc.Body, want)
	}
	for i := range 40 {
		for _, id := range []string{fmt.Sprintf("doc-%02d", i), fmt.Sprintf("small-%02d", i)} {
			if r := p.get("/v1/documents/" + id); r.status != http.StatusOK {
				t.Errorf("%s: status %d", id, r.status)
			}
		}
	}
}

// TestServeDemoPage: `serve --demo` prints the search page's address beside
// /docs, and the page there lists the demo corpus.
func TestServeDemoPage(t *testing.T) {
	p := serveProc(t, "--data", t.TempDir(), "--demo")
	var line string
	for _, l := range strings.Split(p.logs.String(), "\n") {
		if strings.Contains(l, "msg=listening") {
			line = l
		}
	}
	if field(line, "page") != p.base+"/" || field(line, "docs") != p.base+"/docs" {
		t.Errorf("listening line %q: want page=%s/ and docs=%s/docs", line, p.base, p.base)
	}
	if r := p.get("/"); r.status != http.StatusOK || !strings.Contains(string(r.body), "20 results") {
		t.Errorf("GET /: %d %.300s", r.status, r.body)
	}
}
