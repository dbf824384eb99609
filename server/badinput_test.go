package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/server"
)

// TestBadBatches extends TestBadInput to the batch endpoint and to the
// edges of every limit: each answer is the single error shape with the
// expected status, or a 200 whose items say what happened to each line.
func TestBadBatches(t *testing.T) {
	c, _ := startServer(t, server.Config{MaxBodyBytes: 1 << 20, MaxBatchItems: 100})
	seed(t, c)
	good := `{"id":"ok","lang":"en","body":"Kubernetes schedules containers."}`
	items := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `{"id":"many-%d","lang":"en","body":"Docker images are built in layers."}`+"\n", i)
		}
		return b.String()
	}
	tests := []struct {
		name, ctype, body string
		status            int
		code              string   // error code, for non-200 answers
		items             []string // per-item statuses, for 200 answers
	}{
		{"truncated json", "application/json", `{"documents":[` + good, 400, "invalid_argument", nil},
		{"trailing garbage", "application/json", `{"documents":[]} {`, 400, "invalid_argument", nil},
		{"documents not array", "application/json", `{"documents":"x"}`, 400, "invalid_argument", nil},
		{"deep nesting", "application/json", `{"documents":[` + strings.Repeat("[", 50000) + strings.Repeat("]", 50000) + `]}`, 400, "invalid_argument", nil},
		{"deep nesting in item", "application/x-ndjson", strings.Repeat(`{"a":`, 1000) + "1" + strings.Repeat("}", 1000) + "\n" + good, 200, "", []string{"error", "created"}},
		{"invalid utf8 fails its item", "application/x-ndjson", good + "\n{\"body\":\"caf\xe9\"}", 200, "", []string{"replaced", "error"}},
		{"invalid utf8 in a json item", "application/json", `{"documents":[` + good + ",{\"body\":\"caf\xe9\"}]}", 200, "", []string{"replaced", "error"}},
		{"raw nul in a json item", "application/json", `{"documents":[{"body":"a` + "\x00" + `b"},` + good + `]}`, 200, "", []string{"error", "replaced"}},
		{"raw nul outside strings", "application/json", `{"documents":[` + good + "]\x00}", 400, "invalid_argument", nil},
		{"raw nul in line", "application/x-ndjson", "{\"body\":\"a\x00b\"}\n" + good, 200, "", []string{"error", "replaced"}},
		{"escaped nul", "application/x-ndjson", `{"body":"a\u0000b"}`, 200, "", []string{"error"}},
		{"truncated line", "application/x-ndjson", good + "\n" + `{"id":"t","body":"cut`, 200, "", []string{"replaced", "error"}},
		{"line over the document limit", "application/x-ndjson", `{"id":"big","body":"` + strings.Repeat("mot ", 300000) + `"}` + "\n" + good, 200, "", []string{"error", "replaced"}},
		{"item over the document limit", "application/json", `{"documents":[{"id":"big","body":"` + strings.Repeat("mot ", 300000) + `"},` + good + `]}`, 200, "", []string{"error", "replaced"}},
		{"body over the batch limit", "application/x-ndjson", strings.Repeat(good+"\n", 70000), 413, "payload_too_large", nil},
		{"too many items", "application/x-ndjson", items(101), 413, "payload_too_large", nil},
		{"items at the limit", "application/x-ndjson", items(100), 200, "", nil},
		{"repeated key", "application/x-ndjson", `{"id":"rep",` + strings.Repeat(`"body":"la la la",`, 20000) + `"lang":"fr"}`, 200, "", []string{"created"}},
		{"same id many times", "application/json", `{"documents":[` + strings.TrimSuffix(strings.Repeat(good+",", 100), ",") + `]}`, 200, "", nil},
		{"emoji and right to left", "application/x-ndjson", `{"id":"rtl","lang":"en","body":"Release 🚀 notes: مرحبا بالعالم and שלום עולם in one article 👩‍💻."}`, 200, "", []string{"created"}},
		{"only blank lines", "application/x-ndjson", "\n\n  \n", 400, "invalid_argument", nil},
		{"binary", "application/x-ndjson", "\x00\x01\x02\x03", 200, "", []string{"error"}},
		{"bom", "application/x-ndjson", "\ufeff" + good, 200, "", []string{"replaced"}},
		{"wrong media type", "text/csv", "id,body\n1,x", 415, "unsupported_media_type", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.do(http.MethodPost, "/v1/documents/batch", tt.ctype, []byte(tt.body))
			out, ok := batchAnswer(t, r, tt.status, tt.code)
			switch {
			case !ok:
			case tt.items == nil && out.Failed != 0:
				t.Errorf("failed %d: %.300s", out.Failed, r.body)
			case tt.items != nil && out.statuses() != strings.Join(tt.items, ","):
				t.Errorf("items %s, want %v: %.500s", out.statuses(), tt.items, r.body)
			}
		})
	}
	// What a batch stores reads back whole, emoji and right-to-left text
	// included, and nothing above broke what was there before.
	r := c.get("/v1/documents/rtl")
	var doc struct{ Body string }
	r.json(t, &doc)
	if r.status != 200 || !strings.Contains(doc.Body, "مرحبا") || !strings.Contains(doc.Body, "👩‍💻") {
		t.Errorf("rtl document: %d %s", r.status, r.body)
	}
	for _, query := range []string{"مرحبا", "🚀", "שלום"} {
		if r := c.get("/v1/search?" + q("q", query)); r.status != http.StatusOK {
			t.Errorf("search %q: %d %s", query, r.status, r.body)
		}
	}
	if r := c.get("/v1/documents/fr%2Fazure-vmware"); r.status != http.StatusOK {
		t.Errorf("seeded document after bad batches: %d", r.status)
	}
}

// statuses lists the items' statuses, comma-separated.
func (b batchOut) statuses() string {
	var s []string
	for _, r := range b.Results {
		s = append(s, r.Status)
	}
	return strings.Join(s, ",")
}

// batchAnswer checks a batch answer: the expected status, the error shape
// with code when it is not 200, a reason on every failed item. ok says it
// was a 200, whose items the caller checks.
func batchAnswer(t *testing.T, r response, status int, code string) (out batchOut, ok bool) {
	t.Helper()
	if r.status != status {
		t.Fatalf("got %d %.300s, want %d", r.status, r.body, status)
	}
	if r.status != http.StatusOK {
		checkError(t, r, code)
		return out, false
	}
	r.json(t, &out)
	for _, res := range out.Results {
		if res.Status == "error" && res.Error == "" {
			t.Errorf("error item without a reason: %s", r.body)
		}
	}
	return out, true
}

func checkError(t testing.TB, r response, code string) {
	t.Helper()
	var e errorOut
	r.json(t, &e)
	if e.Error.Code != code || e.Error.Message == "" || e.Error.RequestID == "" || e.Error.RequestID != r.header.Get("X-Request-ID") {
		t.Errorf("error %s, want code %s with a message and the request id", r.body, code)
	}
}

// TestParametersOutOfRange sends every query parameter past its bounds.
func TestParametersOutOfRange(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	for _, path := range []string{
		"/v1/search?size=-1", "/v1/search?size=101", "/v1/search?from=10001", "/v1/search?from=99999999999999999999",
		"/v1/search?from=9999&size=2", "/v1/search?facet_size=0", "/v1/search?facet_size=101", "/v1/search?summary=-1",
		"/v1/search?summary=21", "/v1/search?highlight=maybe", "/v1/search?entity_type=planet", "/v1/search?lang=xx", "/v1/search?lang=f",
		"/v1/search?to_date=2019-13-45", "/v1/search?sort=", "/v1/search?" + q("q", strings.Repeat("é", 2049)),
		"/v1/search?cross_lingual=perhaps", "/v1/search?q=%FF%FE", "/v1/search?typos=sometimes", "/v1/search?prefix=2",
		"/v1/entities?size=0", "/v1/entities?size=1001", "/v1/entities?type=planet",
		"/v1/documents/x/summary?sentences=0", "/v1/documents/x/summary?sentences=21",
		"/v1/documents/" + strings.Repeat("a", 513),
	} {
		t.Run(path[:min(len(path), 60)], func(t *testing.T) {
			r := c.get(path)
			if r.status != http.StatusBadRequest {
				t.Fatalf("got %d %.300s, want 400", r.status, r.body)
			}
			checkError(t, r, "invalid_argument")
		})
	}
}

// TestLongQueriesAreReduced checks that a pasted paragraph is answered
// with its most informative words rather than refused.
func TestLongQueriesAreReduced(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	seed(t, c)
	long := strings.Repeat("the of and to in is that with for on ", 10) + "VMware Hyper-V"
	for name, text := range map[string]string{
		"unknown words":    strings.Repeat("w ", 100),
		"paragraph":        long,
		"unbalanced quote": `"` + strings.Repeat("a ", 70),
	} {
		t.Run(name, func(t *testing.T) {
			r := c.get("/v1/search?" + q("q", text))
			if r.status != http.StatusOK {
				t.Fatalf("got %d %.300s, want 200", r.status, r.body)
			}
			var got struct {
				Total int
				Query *struct {
					TermsDropped *int `json:"terms_dropped"`
				}
			}
			if err := json.Unmarshal(r.body, &got); err != nil {
				t.Fatal(err)
			}
			// A phrase is searched as written, however long.
			if name != "unbalanced quote" && (got.Query == nil || got.Query.TermsDropped == nil || *got.Query.TermsDropped == 0) {
				t.Errorf("query %+v, want terms_dropped > 0", got.Query)
			}
			if name == "paragraph" && got.Total == 0 {
				t.Errorf("the paragraph's informative words found nothing: %.300s", r.body)
			}
			if name == "unknown words" && got.Total != 0 {
				t.Errorf("words the index lacks matched %d documents, want 0", got.Total)
			}
		})
	}
}

// TestHugeQueriesAreCheap checks that over-limit queries are refused fast
// and do not slow down the searches that follow them.
func TestHugeQueriesAreCheap(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	seed(t, c)
	words := strings.Repeat("mot ", 10000)
	bad := []string{
		q("q", words), // 40,000 bytes
		q("from", "10000", "size", "100"),
		q("from", "1000000000"),
	}
	start := time.Now()
	for range 20 {
		for _, query := range bad {
			if r := c.get("/v1/search?" + query); r.status/100 != 4 {
				t.Fatalf("%.80s: %d %.200s", query, r.status, r.body)
			}
		}
	}
	took := time.Since(start)
	if per := took / time.Duration(20*len(bad)); per > 50*time.Millisecond {
		t.Errorf("refusing an over-limit query takes %s, want under 50ms", per)
	}
	start = time.Now()
	if got := search(t, c, q("q", "vmware")); got.Total == 0 {
		t.Error("search after the flood found nothing")
	}
	t.Logf("%d over-limit queries refused in %s; the next search took %s", 20*len(bad), took.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	// The body of a /v1/detect or /v1/summarize call is bounded the same way.
	if r := c.postJSON("/v1/summarize", map[string]any{"text": strings.Repeat("Une phrase. ", 1<<20)}); r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("summarize 12 MB: %d %.200s", r.status, r.body)
	}
}

// fuzzServer is one real server and index shared by every fuzz input.
func fuzzServer(f *testing.F) (http.Handler, *bleveindex.Index) {
	idx, err := bleveindex.Open(f.TempDir()+"/index", bleveindex.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { idx.Close() })
	srv, err := server.New(server.Config{MaxBodyBytes: 64 << 10, MaxBatchBytes: 1 << 20, MaxBatchItems: 50,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		f.Fatal(err)
	}
	an := analysistest.Analyzer(f)
	srv.SetBackend(&server.Backend{Index: idx, Analyzer: an, Pipeline: ingest.New(an, idx, 2)})
	return srv.Handler(), idx
}

// FuzzBatchEndpoint posts arbitrary bodies as NDJSON or JSON batches: the
// answer is never a 5xx, is either the error shape or one result per item,
// and whatever it acknowledges reads back.
func FuzzBatchEndpoint(f *testing.F) {
	h, idx := fuzzServer(f)
	canary := `{"id":"canary","lang":"en","body":"The canary document must survive every input."}`
	for _, s := range []string{
		canary,
		`{"id":"a","body":"Les conteneurs Docker arrivent dans Windows Server."}` + "\n" + `{"id":"b","body":""}`,
		`{"documents":[{"body":"VMware Cloud on AWS expands."},{"body":12}]}`,
		`{"id":"c", broken`, "\xff\xfe\xfd", "a\x00b", `{"body":"a\u0000b"}`, `[[[[[[[[[[`,
		`{"id":"rtl","body":"مرحبا 🙂 שלום"}`, `{"documents":[` + strings.Repeat(`{"body":"x"},`, 60) + `{"body":"y"}]}`,
		`{"id":"` + strings.Repeat("é", 600) + `","body":"long id"}`, `{"body":"x","lang":"qq"}`, `{"body":"x","published_at":"yesterday"}`,
	} {
		f.Add([]byte(s), true)
		f.Add([]byte(s), false)
	}
	put := func(body []byte, ndjson bool) *httptest.ResponseRecorder {
		ctype := "application/json"
		if ndjson {
			ctype = "application/x-ndjson"
		}
		req := httptest.NewRequest(http.MethodPost, "/v1/documents/batch", bytes.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	if rec := put([]byte(canary), true); rec.Code != http.StatusOK {
		f.Fatalf("canary: %d %s", rec.Code, rec.Body)
	}
	f.Fuzz(func(t *testing.T, body []byte, ndjson bool) {
		rec := put(body, ndjson)
		if rec.Code >= 500 {
			t.Fatalf("%d %s", rec.Code, rec.Body)
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Fatalf("Content-Type %q", ct)
		}
		if rec.Code != http.StatusOK {
			var e errorOut
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" || e.Error.RequestID == "" {
				t.Fatalf("%d is not the error shape: %s", rec.Code, rec.Body)
			}
			return
		}
		var out batchOut
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("200 is not a batch answer: %v %s", err, rec.Body)
		}
		if out.Indexed+out.Failed != len(out.Results) {
			t.Fatalf("indexed %d + failed %d for %d results", out.Indexed, out.Failed, len(out.Results))
		}
		for i, r := range out.Results {
			switch {
			case r.Index != i:
				t.Fatalf("result %d has index %d", i, r.Index)
			case r.Status == "error" && r.Error == "":
				t.Fatalf("result %d: error without a reason", i)
			case r.Status == "created" || r.Status == "replaced":
				if r.ID == nil {
					t.Fatalf("result %d stored without an id", i)
				}
				d, err := idx.Get(context.Background(), *r.ID)
				if err != nil || !utf8.ValidString(d.Body) || d.Lang == "" {
					t.Fatalf("acknowledged %q reads back as %+v, %v", *r.ID, d, err)
				}
			case r.Status != "error":
				t.Fatalf("result %d: status %q", i, r.Status)
			}
		}
		if _, err := idx.Get(context.Background(), "canary"); err != nil {
			t.Fatalf("canary: %v", err)
		}
	})
}

// TestBodiesAgainstSpec covers the request bodies openapi.yaml now
// validates before any handler runs: a JSON value of the wrong type is a
// 400, well-formed JSON that breaks a rule of the schema a 422 naming the
// member, and what the schema allows reaches the handler with its
// defaults filled in.
func TestBodiesAgainstSpec(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	text := "VMware annonce vSphere 8. La nouvelle version améliore les performances. Les clients pourront migrer sans interruption. Le prix ne change pas. Les partenaires sont satisfaits."
	tests := []struct {
		name, path, ctype, body string
		status                  int
		code                    string // error code, for non-2xx answers
		mention                 string // a word the error message must hold
	}{
		{"sentences below minimum", "/v1/summarize", "application/json", `{"text":"Une phrase.","sentences":0}`, 422, "unprocessable", "sentences"},
		{"sentences above maximum", "/v1/summarize", "application/json", `{"text":"Une phrase.","sentences":99}`, 422, "unprocessable", "sentences"},
		{"sentences of the wrong type", "/v1/summarize", "application/json", `{"text":"Une phrase.","sentences":"three"}`, 400, "invalid_argument", "sentences"},
		{"required member missing", "/v1/summarize", "application/json", `{"sentences":2}`, 422, "unprocessable", "text"},
		{"lang against the pattern", "/v1/summarize", "application/json", `{"text":"Une phrase.","lang":"FRA"}`, 422, "unprocessable", "lang"},
		{"lang the server lacks", "/v1/summarize", "application/json", `{"text":"Une phrase.","lang":"qq"}`, 422, "unprocessable", "qq"},
		{"blank text", "/v1/summarize", "application/json", `{"text":"   "}`, 422, "unprocessable", ""},
		{"not an object", "/v1/summarize", "application/json", `["text"]`, 400, "invalid_argument", ""},
		{"media type with charset", "/v1/summarize", "application/json; charset=utf-8", `{"text":"` + text + `","sentences":2}`, 200, "", ""},
		{"detect text of the wrong type", "/v1/detect", "application/json", `{"text":12}`, 400, "invalid_argument", "text"},
		{"detect without text", "/v1/detect", "application/json", `{}`, 422, "unprocessable", "text"},
		{"detect blank text", "/v1/detect", "application/json", `{"text":"  "}`, 422, "unprocessable", ""},
		{"id over maxLength", "/v1/documents", "application/json", `{"id":"` + strings.Repeat("a", 513) + `","body":"Un texte."}`, 422, "unprocessable", "id"},
		{"empty body member", "/v1/documents", "application/json", `{"body":""}`, 422, "unprocessable", "body"},
		{"text instead of body", "/v1/documents", "application/json", `{"id":"alias","lang":"fr","text":"Un texte sous son autre nom.","date":"2020-01-02"}`, 201, "", ""},
		{"trailing data", "/v1/documents", "application/json", `{"body":"x"} {"body":"y"}`, 400, "invalid_argument", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.do(http.MethodPost, tt.path, tt.ctype, []byte(tt.body))
			if r.status != tt.status {
				t.Fatalf("got %d %.300s, want %d", r.status, r.body, tt.status)
			}
			if tt.code != "" {
				checkError(t, r, tt.code)
				if !strings.Contains(string(r.body), tt.mention) {
					t.Errorf("message %s does not name %q", r.body, tt.mention)
				}
			}
		})
	}
	// What the aliases carried was stored, and the schema's default (three
	// sentences) reached the summarizer.
	var doc struct {
		Body        string `json:"body"`
		PublishedAt string `json:"published_at"`
	}
	if r := c.get("/v1/documents/alias"); r.status != 200 {
		t.Errorf("alias document: %d %s", r.status, r.body)
	} else if r.json(t, &doc); doc.Body != "Un texte sous son autre nom." || !strings.HasPrefix(doc.PublishedAt, "2020-01-02") {
		t.Errorf("alias document stored as %+v", doc)
	}
	var sum struct{ Sentences []struct{ Text string } }
	r := c.postJSON("/v1/summarize", map[string]string{"text": text})
	if r.json(t, &sum); r.status != 200 || len(sum.Sentences) != 3 {
		t.Errorf("summarize without sentences: %d %s, want the default of 3", r.status, r.body)
	}
}
