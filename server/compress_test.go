package server_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/recherche/recherche/server"
)

func gzipped(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestBatchContentEncoding: a gzip body is read decompressed, with its
// decompressed size held to the batch limit; any other encoding is a 415.
func TestBatchContentEncoding(t *testing.T) {
	c, _ := startServer(t, server.Config{MaxBatchBytes: 64 << 10})
	good := `{"id":"gz","lang":"en","body":"Kubernetes schedules containers on the cluster."}` + "\n"
	latin1 := "{\"id\":\"l1\",\"lang\":\"fr\",\"body\":\"Caf\xe9 cr\xe8me.\"}\n"
	page := `{"id":"page","lang":"en","html":"<html><head><title>Docker on Windows | Site</title><link rel=\"canonical\" href=\"https://example.org/docker\"></head><body><nav>Home News</nav><article><h1>Docker on Windows</h1><p>Microsoft ships Docker containers with Windows Server, next to Hyper-V, for teams that run both.</p></article><footer>Copyright</footer></body></html>"}` + "\n"
	tests := []struct {
		name, ctype, encoding string
		body                  []byte
		status                int
		code                  string   // error code, for non-200 answers
		items                 []string // per-item statuses, for 200 answers
	}{
		{"gzip ndjson", "application/x-ndjson", "gzip", gzipped(t, good), 200, "", []string{"created"}},
		{"gzip json", "application/json", "gzip", gzipped(t, `{"documents":[`+strings.TrimSpace(good)+`]}`), 200, "", []string{"replaced"}},
		{"x-gzip", "application/x-ndjson", "x-gzip", gzipped(t, good), 200, "", []string{"replaced"}},
		{"identity", "application/x-ndjson", "identity", []byte(good), 200, "", []string{"replaced"}},
		{"gzip with a bad item", "application/x-ndjson", "gzip", gzipped(t, good+latin1), 200, "", []string{"replaced", "error"}},
		{"html item", "application/x-ndjson", "gzip", gzipped(t, page), 200, "", []string{"created"}},
		{"gzip over the limit once inflated", "application/x-ndjson", "gzip", gzipped(t, strings.Repeat(good, 2000)), 413, "payload_too_large", nil},
		{"not gzip", "application/x-ndjson", "gzip", []byte(good), 400, "invalid_argument", nil},
		{"truncated gzip", "application/x-ndjson", "gzip", gzipped(t, strings.Repeat(good, 50))[:60], 400, "invalid_argument", nil},
		{"brotli", "application/x-ndjson", "br", []byte(good), 415, "unsupported_media_type", nil},
		{"deflate", "application/json", "deflate", []byte(`{"documents":[]}`), 415, "unsupported_media_type", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.header = http.Header{"Content-Encoding": {tt.encoding}}
			defer func() { c.header = http.Header{} }()
			r := c.do(http.MethodPost, "/v1/documents/batch", tt.ctype, tt.body)
			if out, ok := batchAnswer(t, r, tt.status, tt.code); ok && out.statuses() != strings.Join(tt.items, ",") {
				t.Errorf("items %s, want %v: %.500s", out.statuses(), tt.items, r.body)
			}
		})
	}
	var doc struct{ Title, URL, Body string }
	c.get("/v1/documents/page").json(t, &doc)
	if doc.Title != "Docker on Windows" || doc.URL != "https://example.org/docker" || strings.Contains(doc.Body, "Copyright") {
		t.Errorf("html item stored as %+v", doc)
	}
	// The other routes read bodies the same way.
	c.header = http.Header{"Content-Encoding": {"gzip"}}
	if r := c.do(http.MethodPost, "/v1/detect", "application/json", gzipped(t, `{"text":"Les conteneurs arrivent dans Windows."}`)); r.status != http.StatusOK {
		t.Errorf("gzip detect: %d %s", r.status, r.body)
	}
	c.header = http.Header{"Content-Encoding": {"compress"}}
	if r := c.do(http.MethodPost, "/v1/detect", "application/json", []byte(`{"text":"x"}`)); r.status != http.StatusUnsupportedMediaType {
		t.Errorf("compress detect: %d %s", r.status, r.body)
	}
	c.header = http.Header{}
}

// zeros streams a gzip stream of n MiB of zeros: one member made of one
// MiB, repeated, which is valid gzip (RFC 1952 members concatenate) and
// costs nothing to produce, so the test posts a real gigabyte bomb.
type zeros struct {
	head   []byte // a first member, if any
	member []byte
	left   int // members still to send
	cur    *bytes.Reader
}

func newZeros(t testing.TB, mib int) *zeros {
	return newFill(t, "", 0, mib)
}

// newFill streams head, then n MiB of the byte fill, gzip-compressed
// like newZeros.
func newFill(t testing.TB, head string, fill byte, mib int) *zeros {
	t.Helper()
	member := func(data []byte) []byte {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		if _, err := zw.Write(data); err != nil {
			t.Fatal(err)
		}
		zw.Close()
		return b.Bytes()
	}
	z := &zeros{member: member(bytes.Repeat([]byte{fill}, 1<<20)), left: mib, cur: bytes.NewReader(nil)}
	if head != "" {
		z.head = member([]byte(head))
		z.cur.Reset(z.head)
	}
	return z
}

func (z *zeros) Len() int { return len(z.head) + len(z.member)*z.left }

func (z *zeros) Read(p []byte) (int, error) {
	if z.cur.Len() == 0 {
		if z.left == 0 {
			return 0, io.EOF
		}
		z.left--
		z.cur.Reset(z.member)
	}
	return z.cur.Read(p)
}

// peakRSS returns the process's peak resident set in bytes since the last
// resetPeakRSS, or -1 where /proc does not tell.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return -1
}

func currentRSS() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1
	}
	f := strings.Fields(string(data))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// TestGzipBomb posts 1 GiB of zeros (as NDJSON) or of whitespace (inside
// a {"documents": [...]} body), gzip-compressed to about 1 MB, to the
// batch endpoint of a real server with the default 64 MiB batch limit. The
// answer is a 413 as soon as 64 MiB have come out of the decompressor,
// within a second, and the process's resident memory grows by less than
// the limit. The request is written by hand on a TCP connection: the
// server answers and closes before the client is done sending, which
// net/http's client may report as a write error instead of the answer.
func TestGzipBomb(t *testing.T) {
	tests := []struct {
		name, ctype string
		bomb        func(t *testing.T) *zeros
	}{
		{"zeros as NDJSON", "application/x-ndjson", func(t *testing.T) *zeros { return newZeros(t, 1024) }},
		// Whitespace is valid JSON between the array's elements: a
		// decoder that keeps the value it reads would hold the body (and
		// up to twice as much while its buffer grows).
		{"whitespace in a documents array", "application/json", func(t *testing.T) *zeros {
			return newFill(t, `{"documents":[{"body":"Un document avant le vide."},`, ' ', 1024)
		}},
		{"whitespace inside one document", "application/json", func(t *testing.T) *zeros {
			return newFill(t, `{"documents":[{"body":"Un document"`, '\n', 1024)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { gzipBomb(t, tt.ctype, tt.bomb(t)) })
	}
}

func gzipBomb(t *testing.T, ctype string, bomb *zeros) {
	cfg := server.DefaultConfig()
	c, _ := startServer(t, server.Config{MaxBatchBytes: cfg.MaxBatchBytes})
	t.Logf("bomb: %d bytes of gzip for 1 GiB", bomb.Len())
	debug.FreeOSMemory() // freed heap would hide growth: it is reused before the process asks for more

	// Measure from here: earlier tests' garbage is not ours to count.
	resetPeak := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
	before := currentRSS()

	conn, err := net.Dial("tcp", strings.TrimPrefix(c.base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	start := time.Now()
	go func() {
		fmt.Fprintf(conn, "POST /v1/documents/batch HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n", ctype, bomb.Len())
		io.Copy(conn, bomb) // fails once the server closes; the answer is what counts
	}()
	// Only a hang is bounded: -race on a loaded two-core machine took over
	// 30 s for the whitespace bombs.
	conn.SetReadDeadline(time.Now().Add(3 * time.Minute))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	took := time.Since(start)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !bytes.Contains(body, []byte(`"payload_too_large"`)) {
		t.Fatalf("got %d %s, want 413 payload_too_large", resp.StatusCode, body)
	}
	// How fast the 413 comes is logged, not asserted: a unit test is no
	// place for timing (48–165 ms here without the race detector, 15–19 s
	// with it on a loaded machine). The read deadline above bounds a hang;
	// memory is what the bomb threatens, and is checked below.
	peak := peakRSS()
	if !resetPeak {
		peak = currentRSS()
	}
	t.Logf("413 after %s; resident memory %d MiB before, peak %d MiB (limit %d MiB)", took.Round(time.Millisecond), before>>20, peak>>20, cfg.MaxBatchBytes>>20)
	bound := cfg.MaxBatchBytes
	if raceEnabled {
		// The race detector keeps shadow memory for every byte the
		// request's buffers touch: an NDJSON line held up to the limit
		// (+50 MiB without it) measured +70 MiB with it.
		bound += cfg.MaxBatchBytes / 2
	}
	if before > 0 && peak-before > bound {
		t.Errorf("resident memory grew by %d MiB, over the %d MiB allowed (batch limit %d MiB)", (peak-before)>>20, bound>>20, cfg.MaxBatchBytes>>20)
	}
}

// TestHeadOnGetRoutes: every GET operation of openapi.yaml answers HEAD
// with the GET status and headers and no body.
func TestHeadOnGetRoutes(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	seed(t, c)
	paths := []string{"/v1/search?q=vmware", "/v1/documents/fr%2Fazure-vmware", "/v1/documents/fr%2Fazure-vmware/summary",
		"/v1/entities", "/v1/entities/aws", "/v1/stats", "/healthz", "/readyz", "/metrics", "/openapi.yaml", "/docs",
		"/docs/swagger-ui.css", "/v1/documents/missing", "/v1/search?size=1000"}
	for _, path := range paths {
		t.Run(path, func(t *testing.T) {
			get := c.get(path)
			head := c.raw(http.MethodHead, path, "", nil)
			if head.status != get.status {
				t.Errorf("HEAD %d, GET %d", head.status, get.status)
			}
			if len(head.body) != 0 {
				t.Errorf("HEAD answered a body of %d bytes", len(head.body))
			}
			if h, g := head.header.Get("Content-Type"), get.header.Get("Content-Type"); h != g {
				t.Errorf("HEAD Content-Type %q, GET %q", h, g)
			}
		})
	}
	// Logs and metrics say HEAD, though the GET handler answered.
	if m := c.get("/metrics"); !strings.Contains(string(m.body), `method="HEAD"`) {
		t.Error("/metrics counts no HEAD request")
	}
	// The routes are those of openapi.yaml still: HEAD is no POST.
	if r := c.raw(http.MethodHead, "/v1/detect", "", nil); r.status != http.StatusNotFound {
		t.Errorf("HEAD /v1/detect: %d, want 404", r.status)
	}
}
