package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	recherche "github.com/recherche/recherche"
	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/analysis/translate"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/server"
)

// client talks to a real server on 127.0.0.1:0 and checks every answer
// against openapi.yaml.
type client struct {
	t      testing.TB
	base   string
	spec   *openapi3.T
	router routers.Router
	header http.Header
}

func startServer(t testing.TB, cfg server.Config) (*client, *bleveindex.Index) {
	t.Helper()
	return startServerOn(t, cfg, bleveindex.Options{})
}

// startServerOn is startServer on an index opened with opts.
func startServerOn(t testing.TB, cfg server.Config, opts bleveindex.Options) (*client, *bleveindex.Index) {
	t.Helper()
	return startServerFull(t, cfg, opts, analysistest.Translator(t), translate.DefaultDir)
}

// startServerWith is startServer with another translator.
func startServerWith(t testing.TB, cfg server.Config, tr *translate.Translator, dictDir string) (*client, *bleveindex.Index) {
	t.Helper()
	return startServerFull(t, cfg, bleveindex.Options{}, tr, dictDir)
}

func startServerFull(t testing.TB, cfg server.Config, opts bleveindex.Options, tr *translate.Translator, dictDir string) (*client, *bleveindex.Index) {
	t.Helper()
	idx, err := bleveindex.Open(t.TempDir()+"/index", opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	c, _ := serveIndex(t, cfg, idx, tr, dictDir)
	return c, idx
}

// serveIndex serves idx on 127.0.0.1:0 until the test ends, or until stop
// (for a test that must close idx itself, after the server). The caller
// closes idx.
func serveIndex(t testing.TB, cfg server.Config, idx *bleveindex.Index, tr *translate.Translator, dictDir string) (c *client, stop func()) {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	an := analysistest.Analyzer(t)
	srv.SetBackend(&server.Backend{Index: idx, Analyzer: an, Pipeline: ingest.New(an, idx, 2), Translator: tr, DictionaryDir: dictDir})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv.Handler()}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	spec, err := openapi3.NewLoader().LoadFromData(recherche.OpenAPI)
	if err != nil {
		t.Fatal(err)
	}
	spec.Servers = openapi3.Servers{{URL: "http://" + ln.Addr().String()}}
	router, err := legacy.NewRouter(spec)
	if err != nil {
		t.Fatal(err)
	}
	return &client{t: t, base: "http://" + ln.Addr().String(), spec: spec, router: router, header: http.Header{}}, func() { hs.Close() }
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) json(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

// batchOut is a batch answer as the tests read it: the counts and one
// result per item, in the order sent.
type batchOut struct {
	Indexed, Failed int
	Results         []struct {
		Index         int
		ID            *string // nil for an item read without an id
		Status, Error string
	}
}

// errorOut is the API's one error shape.
type errorOut struct {
	Error struct {
		Code, Message string
		RequestID     string `json:"request_id"`
	} `json:"error"`
}

func (c *client) do(method, path, contentType string, body []byte) response {
	c.t.Helper()
	return c.send(method, path, contentType, body, false)
}

// raw sends a request without the client's headers and without the spec
// check, for servers the client's router does not know.
func (c *client) raw(method, path, contentType string, body []byte) response {
	c.t.Helper()
	return c.send(method, path, contentType, body, true)
}

func (c *client) send(method, path, contentType string, body []byte, raw bool) response {
	c.t.Helper()
	req, err := http.NewRequest(method, c.base+path, bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if !raw {
		for k, v := range c.header {
			req.Header[k] = v
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	if !raw {
		c.checkSpec(req, resp, data)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: data}
}

// checkSpec validates the answer against the operation's declared
// responses: an undeclared status or a body of the wrong shape fails.
func (c *client) checkSpec(req *http.Request, resp *http.Response, body []byte) {
	c.t.Helper()
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		if resp.StatusCode == http.StatusNotFound || strings.Contains(req.URL.RawPath, "%2F") {
			return // unknown routes, and ids with "/" the legacy router cannot match
		}
		c.t.Fatalf("%s %s: not in openapi.yaml: %v", req.Method, req.URL, err)
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}},
		Status:  resp.StatusCode,
		Header:  resp.Header,
		Body:    io.NopCloser(bytes.NewReader(body)),
		Options: &openapi3filter.Options{IncludeResponseStatus: true, ExcludeResponseBody: !strings.Contains(resp.Header.Get("Content-Type"), "json")},
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		c.t.Errorf("%s %s → %d does not match openapi.yaml: %v\nbody: %.300s", req.Method, req.URL, resp.StatusCode, err, body)
	}
}

func (c *client) get(path string) response { c.t.Helper(); return c.do(http.MethodGet, path, "", nil) }

func (c *client) postJSON(path string, v any) response {
	c.t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(http.MethodPost, path, "application/json", data)
}

// TestRoutesMatchSpec checks that the router serves exactly the operations
// of openapi.yaml: none missing, none undocumented.
func TestRoutesMatchSpec(t *testing.T) {
	srv, err := server.New(server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	spec, _ := openapi3.NewLoader().LoadFromData(recherche.OpenAPI)
	var want []string
	for path, item := range spec.Paths.Map() {
		for method := range item.Operations() {
			want = append(want, method+" "+path)
		}
	}
	got := srv.Routes()
	sort.Strings(want)
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("routes differ from openapi.yaml\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func q(params ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(params); i += 2 {
		v.Add(params[i], params[i+1])
	}
	return v.Encode()
}
