package server_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/server"
)

type hit struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Lang     string   `json:"lang"`
	Snippets []string `json:"snippets"`
	Entities []string `json:"entities"`
}

type searchOut struct {
	Total  int   `json:"total"`
	Hits   []hit `json:"hits"`
	Facets map[string][]struct {
		Value string
		Count int
	} `json:"facets"`
	Summary *struct {
		Sentences []struct {
			Text  string `json:"text"`
			DocID string `json:"doc_id"`
		} `json:"sentences"`
	} `json:"summary"`
}

var corpusDocs = []map[string]any{
	{"id": "fr/azure-vmware", "title": "Azure accueillera les machines virtuelles VMware",
		"body":   "Microsoft prépare l’arrivée des machines virtuelles VMware sur Azure. L'éditeur de Redmond s'appuie sur la technologie d'InMage, rachetée en 2014, pour migrer les charges de travail. Satya Nadella veut faire d'Azure le cœur du cloud hybride. Les clients de VMware pourront conserver leurs outils.",
		"source": "lemag", "published_at": "2019-04-29"},
	{"id": "fr/docker-windows", "title": "Docker arrive dans Windows Server",
		"body":   "Microsoft intègre Docker à Windows Server et à Azure. Les conteneurs Docker complètent Hyper-V, l'hyperviseur maison de l'éditeur. Selon Microsoft, les développeurs pourront déployer des conteneurs sur les deux plates-formes.",
		"source": "lemag", "published_at": "2014-10-15"},
	{"id": "en/vmware-aws", "title": "VMware Cloud on AWS expands",
		"body":   "VMware and Amazon Web Services are expanding their partnership. VMware Cloud on AWS lets customers run vSphere workloads in AWS data centers. Pat Gelsinger said the hybrid cloud is the future of enterprise IT. Virtual machines move with vMotion.",
		"source": "wire", "published_at": "2018-08-27"},
}

func seed(t *testing.T, c *client) {
	t.Helper()
	res := c.postJSON("/v1/documents/batch", map[string]any{"documents": corpusDocs})
	if res.status != http.StatusOK {
		t.Fatalf("batch: %d %s", res.status, res.body)
	}
	var out batchOut
	res.json(t, &out)
	if out.Indexed != len(corpusDocs) || out.Failed != 0 {
		t.Fatalf("batch indexed %d failed %d: %s", out.Indexed, out.Failed, res.body)
	}
}

func search(t *testing.T, c *client, query string) searchOut {
	t.Helper()
	return searchAs[searchOut](t, c, query)
}

// searchAs runs a search that must succeed and decodes its answer into T,
// the parts of the answer a test reads.
func searchAs[T any](t *testing.T, c *client, query string) T {
	t.Helper()
	res := c.get("/v1/search?" + query)
	if res.status != http.StatusOK {
		t.Fatalf("search %s: %d %s", query, res.status, res.body)
	}
	var out T
	res.json(t, &out)
	return out
}

func hitIDs(s searchOut) string {
	var ids []string
	for _, h := range s.Hits {
		ids = append(ids, h.ID)
	}
	return strings.Join(ids, ",")
}

func sortedIDs(s searchOut) string {
	ids := strings.Split(hitIDs(s), ",")
	sort.Strings(ids)
	return strings.Join(ids, ",")
}

func TestSearchEndToEnd(t *testing.T) {
	for _, shards := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d shards", shards), func(t *testing.T) { testSearchEndToEnd(t, shards) })
	}
}

func testSearchEndToEnd(t *testing.T, shards int) {
	c, _ := startServerOn(t, server.Config{}, bleveindex.Options{Shards: shards})
	seed(t, c)
	tests := []struct {
		name, query, want string
	}{
		{"accents folded", q("q", "editeur"), "fr/azure-vmware,fr/docker-windows"},
		{"elision curly", q("q", "l’éditeur"), "fr/azure-vmware,fr/docker-windows"},
		{"ligature", q("q", "coeur"), "fr/azure-vmware"},
		{"plural", q("q", "machine virtuelle", "lang", "fr"), "fr/azure-vmware"},
		{"english", q("q", "workloads partnership", "cross_lingual", "false"), "en/vmware-aws"},
		{"english finds french", q("q", "workloads partnership"), "en/vmware-aws,fr/azure-vmware"},
		{"phrase", q("q", `"cloud hybride"`), "fr/azure-vmware"},
		{"must not", q("q", "docker -hyperviseur"), ""},
		{"question", q("q", "Qui a racheté InMage ?"), "fr/azure-vmware"},
		{"lang filter", q("q", "vmware", "lang", "en"), "en/vmware-aws"},
		{"lang filter, any case", q("q", "vmware", "lang", "EN"), "en/vmware-aws"},
		{"entity alias", q("entity", "aws"), "en/vmware-aws"},
		{"date range", q("from_date", "2015-01-01", "to_date", "2018-08-27", "sort", "date"), "en/vmware-aws"},
		{"source", q("source", "wire"), "en/vmware-aws"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := search(t, c, tt.query)
			if sortedIDs(got) != tt.want {
				t.Errorf("hits %q, want %q", hitIDs(got), tt.want)
			}
		})
	}
	t.Run("facets and highlight", func(t *testing.T) {
		got := search(t, c, q("q", "docker", "facets", "entities,lang,year,source,entity_type"))
		if len(got.Hits) == 0 || !strings.Contains(strings.Join(got.Hits[0].Snippets, " "), "<mark>Docker</mark>") {
			t.Errorf("no highlighted snippet: %+v", got.Hits)
		}
		for _, f := range []string{"entities", "lang", "year", "source", "entity_type"} {
			if len(got.Facets[f]) == 0 {
				t.Errorf("facet %s empty: %v", f, got.Facets)
			}
		}
	})
	t.Run("entity facet counts documents", func(t *testing.T) {
		got := search(t, c, q("facets", "entities", "facet_size", "50"))
		counts := map[string]int{}
		for _, v := range got.Facets["entities"] {
			counts[v.Value] = v.Count
		}
		if counts["VMware"] != 2 || counts["Microsoft"] != 2 {
			t.Errorf("entity facet %v", got.Facets["entities"])
		}
	})
	t.Run("result set summary", func(t *testing.T) {
		got := search(t, c, q("q", "vmware", "summary", "2"))
		if got.Summary == nil || len(got.Summary.Sentences) == 0 || len(got.Summary.Sentences) > 2 {
			t.Fatalf("summary %+v", got.Summary)
		}
	})
}

func TestDocumentsEndToEnd(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	doc := map[string]any{"id": "2019/azure/vmware", "title": "Titre", "body": "VMware arrive sur Microsoft Azure. Les machines virtuelles migrent vers le cloud.\n\nPublicité\n"}
	if r := c.postJSON("/v1/documents", doc); r.status != http.StatusCreated {
		t.Fatalf("create: %d %s", r.status, r.body)
	}
	if r := c.postJSON("/v1/documents", doc); r.status != http.StatusOK {
		t.Fatalf("replace: %d %s", r.status, r.body)
	}
	path := "/v1/documents/" + url.PathEscape("2019/azure/vmware")
	r := c.get(path)
	if r.status != http.StatusOK {
		t.Fatalf("get: %d %s", r.status, r.body)
	}
	var got struct {
		ID       string                  `json:"id"`
		Lang     string                  `json:"lang"`
		Body     string                  `json:"body"`
		Entities []struct{ Name string } `json:"entities"`
		Summary  []struct{ Text string } `json:"summary"`
	}
	r.json(t, &got)
	if got.ID != "2019/azure/vmware" || got.Lang != "fr" || strings.Contains(got.Body, "Publicité") || len(got.Entities) == 0 || len(got.Summary) == 0 {
		t.Errorf("stored document %+v", got)
	}
	if r := c.get(path + "/summary?sentences=1"); r.status != http.StatusOK || !strings.Contains(string(r.body), `"position"`) {
		t.Errorf("summary: %d %s", r.status, r.body)
	}
	// Without an id the same text gets the same id: stored once.
	anon := map[string]any{"body": "Docker containers run on Kubernetes clusters in the cloud."}
	r1, r2 := c.postJSON("/v1/documents", anon), c.postJSON("/v1/documents", anon)
	if r1.status != http.StatusCreated || r2.status != http.StatusOK {
		t.Errorf("content id: %d then %d", r1.status, r2.status)
	}
	if r := c.do(http.MethodDelete, path, "", nil); r.status != http.StatusNoContent {
		t.Errorf("delete: %d %s", r.status, r.body)
	}
	if r := c.get(path); r.status != http.StatusNotFound {
		t.Errorf("get after delete: %d", r.status)
	}
	if r := c.do(http.MethodDelete, path, "", nil); r.status != http.StatusNotFound {
		t.Errorf("second delete: %d", r.status)
	}
}

func TestNDJSONBatchKeepsGoodItems(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	body := strings.Join([]string{
		`{"id":"a","body":"Les conteneurs Docker arrivent dans Windows Server."}`,
		`{"id":"b","body":""}`,
		`{"id":"c", broken`,
		`{"id":"d","body":"Kubernetes orchestrates containers.","lang":"zz"}`,
		`{"id":"e","body":"Kubernetes orchestrates containers at scale.","lang":"en"}`,
	}, "\n")
	r := c.do(http.MethodPost, "/v1/documents/batch", "application/x-ndjson", []byte(body))
	if r.status != http.StatusOK {
		t.Fatalf("batch: %d %s", r.status, r.body)
	}
	var out batchOut
	r.json(t, &out)
	want := []string{"created", "error", "error", "error", "created"}
	for i, res := range out.Results {
		if res.Index != i || res.Status != want[i] {
			t.Errorf("item %d: index %d id %s status %s (%s), want %s", i, res.Index, deref(res.ID), res.Status, res.Error, want[i])
		}
	}
	if out.Indexed != 2 || out.Failed != 3 {
		t.Errorf("indexed %d failed %d", out.Indexed, out.Failed)
	}
}

func TestBadInput(t *testing.T) {
	c, _ := startServer(t, server.Config{MaxBodyBytes: 1 << 16})
	seed(t, c)
	tests := []struct {
		name, method, path, ctype string
		body                      []byte
		status                    int
		code                      string
	}{
		{"malformed json", "POST", "/v1/documents", "application/json", []byte(`{"body": "x"`), 400, "invalid_argument"},
		{"wrong type", "POST", "/v1/documents", "application/json", []byte(`{"body": 12}`), 400, "invalid_argument"},
		{"empty body", "POST", "/v1/documents", "application/json", nil, 400, "invalid_argument"},
		{"empty text", "POST", "/v1/documents", "application/json", []byte(`{"body": "   "}`), 422, "unprocessable"},
		{"invalid utf8", "POST", "/v1/documents", "application/json", []byte("{\"body\": \"caf\xe9\"}"), 422, "unprocessable"},
		{"nul byte", "POST", "/v1/documents", "application/json", []byte(`{"body": "a\u0000b"}`), 422, "unprocessable"},
		{"unknown lang", "POST", "/v1/documents", "application/json", []byte(`{"body": "texte", "lang": "qq"}`), 422, "unprocessable"},
		{"too large", "POST", "/v1/documents", "application/json", []byte(`{"body": "` + strings.Repeat("a", 1<<17) + `"}`), 413, "payload_too_large"},
		{"media type", "POST", "/v1/documents", "text/plain", []byte(`{"body": "x"}`), 415, "unsupported_media_type"},
		{"deep json", "POST", "/v1/documents", "application/json", []byte(strings.Repeat("[", 20000) + strings.Repeat("]", 20000)), 400, "invalid_argument"},
		{"binary", "POST", "/v1/documents", "application/json", []byte{0x89, 'P', 'N', 'G', 0, 0, 0xff}, 422, "unprocessable"},
		{"batch not wrapped", "POST", "/v1/documents/batch", "application/json", []byte(`[{"body":"x"}]`), 400, "invalid_argument"},
		{"detect empty", "POST", "/v1/detect", "application/json", []byte(`{"text": ""}`), 422, "unprocessable"},
		{"size range", "GET", "/v1/search?size=101", "", nil, 400, "invalid_argument"},
		{"size not int", "GET", "/v1/search?size=ten", "", nil, 400, "invalid_argument"},
		{"negative from", "GET", "/v1/search?from=-1", "", nil, 400, "invalid_argument"},
		{"window", "GET", "/v1/search?from=9995&size=10", "", nil, 400, "invalid_argument"},
		{"bad sort", "GET", "/v1/search?sort=title", "", nil, 400, "invalid_argument"},
		{"bad facet", "GET", "/v1/search?facets=color", "", nil, 400, "invalid_argument"},
		{"bad date", "GET", "/v1/search?from_date=yesterday", "", nil, 400, "invalid_argument"},
		{"bad lang", "GET", "/v1/search?lang=french", "", nil, 400, "invalid_argument"},
		{"long query", "GET", "/v1/search?" + q("q", strings.Repeat("mot ", 10000)), "", nil, 400, "invalid_argument"},
		{"summary range", "GET", "/v1/documents/fr%2Fazure-vmware/summary?sentences=99", "", nil, 400, "invalid_argument"},
		{"unknown doc", "GET", "/v1/documents/nope", "", nil, 404, "not_found"},
		{"unknown route", "GET", "/v2/nothing", "", nil, 404, "not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.do(tt.method, tt.path, tt.ctype, tt.body)
			var e errorOut
			r.json(t, &e)
			if r.status != tt.status || e.Error.Code != tt.code || e.Error.Message == "" {
				t.Errorf("got %d %s, want %d %s", r.status, r.body, tt.status, tt.code)
			}
		})
	}
	// Nothing above changed what was stored.
	if got := search(t, c, q("size", "0")); got.Total != len(corpusDocs) {
		t.Errorf("total after bad input %d, want %d", got.Total, len(corpusDocs))
	}
	// Questions with punctuation and unbalanced quotes are plain text.
	for _, query := range []string{`l'éditeur: "cloud`, `C'est quoi, Azure ?`, `+`, `"`, `🙂 مرحبا`, `AND OR NOT (`} {
		if r := c.get("/v1/search?" + q("q", query)); r.status != http.StatusOK {
			t.Errorf("query %q: %d %s", query, r.status, r.body)
		}
	}
}

func TestDetectAndSummarize(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	r := c.postJSON("/v1/detect", map[string]string{"text": "Les machines virtuelles arrivent sur le cloud de Microsoft"})
	var d struct {
		Lang     string
		Reliable bool
	}
	r.json(t, &d)
	if r.status != 200 || d.Lang != "fr" || !d.Reliable {
		t.Errorf("detect: %d %s", r.status, r.body)
	}
	text := "VMware annonce vSphere 8. La nouvelle version améliore les performances. Les clients pourront migrer sans interruption. Le prix ne change pas."
	r = c.postJSON("/v1/summarize", map[string]any{"text": text, "sentences": 2})
	var s struct {
		Lang      string
		Sentences []struct{ Text string }
	}
	r.json(t, &s)
	if r.status != 200 || s.Lang != "fr" || len(s.Sentences) != 2 {
		t.Errorf("summarize: %d %s", r.status, r.body)
	}
	for _, sent := range s.Sentences {
		if !strings.Contains(text, sent.Text) {
			t.Errorf("sentence %q is not verbatim", sent.Text)
		}
	}
}

func TestEntitiesEndpoints(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	seed(t, c)
	r := c.get("/v1/entities?prefix=vm")
	var list struct {
		Entities []struct {
			Name  string
			Count int
		}
	}
	r.json(t, &list)
	if r.status != 200 || len(list.Entities) == 0 || list.Entities[0].Name != "VMware" || list.Entities[0].Count != 2 {
		t.Errorf("entities: %d %s", r.status, r.body)
	}
	r = c.get("/v1/entities/aws")
	var d struct {
		Name        string
		Count       int
		CoOccurring []struct{ Name string } `json:"co_occurring"`
	}
	r.json(t, &d)
	if r.status != 200 || d.Name != "Amazon Web Services" || d.Count != 1 || len(d.CoOccurring) == 0 {
		t.Errorf("entity: %d %s", r.status, r.body)
	}
	if r := c.get("/v1/entities/" + url.PathEscape("Nobody Knows")); r.status != 404 {
		t.Errorf("unknown entity: %d", r.status)
	}
}

func TestOperationalRoutes(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	for _, path := range []string{"/healthz", "/readyz", "/openapi.yaml", "/docs", "/docs/swagger-ui-bundle.js", "/metrics", "/v1/stats"} {
		if r := c.get(path); r.status != 200 {
			t.Errorf("%s: %d", path, r.status)
		}
	}
	if r := c.get("/docs/../openapi.yaml"); r.status == 200 && bytes.Contains(r.body, []byte("swagger")) {
		t.Errorf("path traversal served %s", r.body[:40])
	}
}

func TestNotReady(t *testing.T) {
	srv, err := server.New(server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 503, "/v1/search": 503} {
		rec := newRecorder()
		srv.Handler().ServeHTTP(rec, mustRequest("GET", path))
		if rec.Code != want {
			t.Errorf("%s: %d, want %d", path, rec.Code, want)
		}
		if want == 503 && rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s: 503 without Retry-After", path)
		}
	}
}

func TestAPIKeys(t *testing.T) {
	keys, err := server.ParseKeys("reader:read,writer:write")
	if err != nil {
		t.Fatal(err)
	}
	c, _ := startServer(t, server.Config{APIKeys: keys})
	doc := map[string]any{"body": "Docker et Kubernetes dans le cloud."}
	tests := []struct {
		key          string
		method, path string
		want         int
	}{
		{"", "GET", "/v1/search", 401},
		{"wrong", "GET", "/v1/search", 401},
		{"reader", "GET", "/v1/search", 200},
		{"reader", "POST", "/v1/documents", 403},
		{"writer", "POST", "/v1/documents", 201},
		{"writer", "GET", "/v1/search", 200},
		{"", "GET", "/healthz", 200},
		{"", "GET", "/docs", 200},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %s %s", tt.key, tt.method, tt.path), func(t *testing.T) {
			c.header = http.Header{}
			if tt.key != "" {
				c.header.Set("Authorization", "Bearer "+tt.key)
			}
			var r response
			if tt.method == "POST" {
				r = c.postJSON(tt.path, doc)
			} else {
				r = c.get(tt.path)
			}
			if r.status != tt.want {
				t.Errorf("got %d %s, want %d", r.status, r.body, tt.want)
			}
		})
	}
}
