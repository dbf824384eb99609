package server_test

import (
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/recherche/recherche/internal/testutil"
	"github.com/recherche/recherche/server"
)

// TestMetricsAfterTraffic checks /metrics exposes what an operator graphs.
// The analysis stage timings need the analyzer built by serve; the
// cmd/recherche tests check those.
func TestMetricsAfterTraffic(t *testing.T) {
	c, _ := startServer(t, server.Config{Metrics: server.NewMetrics(nil)})
	seed(t, c)
	search(t, c, q("q", "vmware"))
	c.get("/v1/search?size=101")
	c.do(http.MethodPost, "/v1/documents/batch", "application/x-ndjson", []byte("{\"body\":\"\"}\n{broken\n"))
	body := string(c.get("/metrics").body)
	for _, want := range []string{
		`recherche_http_requests_total{method="GET",route="/v1/search",status="200"} 1`,
		`recherche_http_requests_total{method="GET",route="/v1/search",status="400"} 1`,
		`recherche_http_request_duration_seconds_bucket{method="GET",route="/v1/search",le="+Inf"} 2`,
		`recherche_http_request_duration_seconds_count{method="POST",route="/v1/documents/batch"} 2`,
		`recherche_documents_indexed_total{status="created"} 3`,
		`recherche_ingest_failures_total{reason="empty_body"} 1`,
		`recherche_ingest_failures_total{reason="invalid_document"} 1`,
		`recherche_index_documents 3`,
		`recherche_http_requests_in_flight 1`, // the scrape itself
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if m := regexp.MustCompile(`(?m)^recherche_index_size_bytes (\d+)`).FindStringSubmatch(body); m == nil || m[1] == "0" {
		t.Errorf("index size %v", m)
	}
}

// TestLogsCarryIDsNotText checks that document text never reaches the log,
// that every line names its request, and that a client's X-Request-ID is
// the one logged and returned in error bodies.
func TestLogsCarryIDsNotText(t *testing.T) {
	var logs testutil.Buffer
	c, _ := startServer(t, server.Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	secret := "zorglubiquement"
	c.header.Set("X-Request-ID", "client-chose-this-id")
	if r := c.postJSON("/v1/documents", map[string]any{"id": "s1", "title": "Titre " + secret, "body": "Le mot " + secret + " ne doit jamais être journalisé."}); r.status != http.StatusCreated {
		t.Fatalf("put: %d %s", r.status, r.body)
	}
	if r := c.get("/v1/search?" + q("q", secret)); r.status != http.StatusOK {
		t.Fatalf("search: %d", r.status)
	}
	// Bad input echoes nothing of the document into the log either.
	c.do(http.MethodPost, "/v1/documents/batch", "application/x-ndjson", []byte(`{"body":"`+secret+`","lang":"qq"}`))
	r := c.get("/v1/search?" + q("size", "1000", "q", secret))
	checkError(t, r, "invalid_argument")
	if got := r.header.Get("X-Request-ID"); got != "client-chose-this-id" {
		t.Errorf("X-Request-ID %q not honoured", got)
	}
	c.header.Set("X-Request-ID", "bad id with spaces")
	if r := c.get("/v1/documents/missing"); r.header.Get("X-Request-ID") == "bad id with spaces" || r.header.Get("X-Request-ID") == "" {
		t.Errorf("unsafe X-Request-ID %q echoed", r.header.Get("X-Request-ID"))
	} else {
		checkError(t, r, "not_found")
	}
	out := logs.String()
	if strings.Contains(strings.ToLower(out), secret) {
		t.Errorf("document text in the log:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 {
		t.Fatalf("%d log lines:\n%s", len(lines), out)
	}
	for _, line := range lines {
		if !regexp.MustCompile(`"request_id":"[!-~]+"`).MatchString(line) {
			t.Errorf("log line without a request id: %s", line)
		}
	}
	if !strings.Contains(out, `"request_id":"client-chose-this-id"`) {
		t.Errorf("client request id not logged:\n%s", out)
	}
}
