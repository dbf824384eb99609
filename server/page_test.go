package server_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/recherche/recherche/server"
)

// page GETs a search page path and checks it is an HTML page, never JSON.
func page(t *testing.T, c *client, path string) response {
	t.Helper()
	r := c.get(path)
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("GET %s: Content-Type %q, want HTML; body %.200s", path, ct, r.body)
	}
	return r
}

func TestPageViews(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	seed(t, c)
	tests := []struct {
		name, path, accept string
		status             int
		want, not          []string
	}{
		{name: "home lists everything with facets", path: "/", status: 200,
			want: []string{`<html lang="en">`, "3 results", "Organizations", "VMware", "Language", "Year", "Source", "lemag", `href="/?entity=VMware"`}},
		{name: "french from the browser", path: "/", accept: "fr-FR,fr;q=0.9", status: 200,
			want: []string{`<html lang="fr">`, "3 résultats", "Organisations", `hreflang="en"`}},
		{name: "hl switches the interface", path: "/?hl=fr", accept: "en", status: 200,
			want: []string{`<html lang="fr">`, `href="/?entity=VMware&amp;hl=fr"`}},
		{name: "highlights and query reading", path: "/?" + q("q", "les machines virtuelles de l'éditeur"), status: 200,
			want: []string{"<mark>machines</mark>", "Query read as <strong>French</strong>", `value="les machines virtuelles de l&#39;éditeur"`, `href="/d/fr%2Fazure-vmware?back=`}},
		{name: "an uncertain reading says so", path: "/?q=docker", status: 200,
			want: []string{"Query language uncertain", "searched in every language alike"}},
		{name: "summary panel links sentences", path: "/?q=vmware", status: 200,
			want: []string{"Summary of these results", `class="summary"`}},
		{name: "entity filter shows a chip", path: "/?entity=VMware&lang=fr", status: 200,
			want: []string{`class="chip" href="/?entity=VMware"`, `aria-label="Remove filter VMware"`, "Clear all", "1 result"}},
		{name: "year and source filters", path: "/?year=2018&source=wire", status: 200,
			want: []string{"1 result", "VMware Cloud on AWS expands", "Year: 2018", "Source: wire"}},
		{name: "did you mean", path: "/?q=partnershp", status: 200,
			want: []string{"Did you mean", `href="/?q=partnership"`, "VMware Cloud on AWS expands"}},
		{name: "prefix while typing", path: "/?q=partners&prefix=1", status: 200,
			want: []string{"1 result", "VMware Cloud on AWS expands"}, not: []string{"Did you mean"}},
		{name: "no results", path: "/?q=zzyzxquux", status: 200,
			want: []string{"No results", "No article matches “zzyzxquux”"}},
		{name: "bad values are ignored", path: "/?page=abc&sort=sideways&year=nope", status: 200,
			want: []string{"3 results"}},
		{name: "a page past the end shows the last", path: "/?page=7", status: 200,
			want: []string{"3 results", `class="hit"`}},
		{name: "query too long", path: "/?q=" + strings.Repeat("a+", 2100), status: 400,
			want: []string{"This search could not be run", "limit"}},
		{name: "document page", path: "/d/fr%2Fazure-vmware?back=%2F%3Fq%3Dvmware", status: 200,
			want: []string{"Azure accueillera les machines virtuelles VMware", "Full text", "Summary", "Key phrases", `href="/?q=vmware"`, "29 April 2019"}},
		{name: "document page back link stays local", path: "/d/fr%2Fazure-vmware?back=https%3A%2F%2Fevil.example", status: 200,
			want: []string{`<a href="/">`}, not: []string{`href="https://evil.example`}},
		{name: "unknown document", path: "/d/nope", accept: "fr", status: 404,
			want: []string{"Introuvable", `<html lang="fr">`}, not: []string{`"error"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.header = http.Header{}
			if tt.accept != "" {
				c.header.Set("Accept-Language", tt.accept)
			}
			r := page(t, c, tt.path)
			if r.status != tt.status {
				t.Errorf("status %d, want %d; body %.300s", r.status, tt.status, r.body)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(r.body), w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(string(r.body), n) {
					t.Errorf("page holds %q", n)
				}
			}
			if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
		})
	}
}

// TestPageAgreesWithAPI holds the page to the API: the same query gives
// the same hits in the same order.
func TestPageAgreesWithAPI(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	seed(t, c)
	hrefs := regexp.MustCompile(`class="hit-title"><a href="/d/([^?"]+)`)
	for _, query := range []string{"vmware", "cloud hybride", "docker azure", ""} {
		api := search(t, c, q("q", query))
		var fromPage []string
		for _, m := range hrefs.FindAllStringSubmatch(string(page(t, c, "/?"+q("q", query)).body), -1) {
			id, _ := url.PathUnescape(m[1])
			fromPage = append(fromPage, id)
		}
		var fromAPI []string
		for _, h := range api.Hits {
			fromAPI = append(fromAPI, h.ID)
		}
		if !slices.Equal(fromPage, fromAPI) {
			t.Errorf("q=%q: page shows %v, API answers %v", query, fromPage, fromAPI)
		}
	}
}

// TestPageUnknownPath: a browser that follows a broken link gets a page;
// an API client keeps the JSON error.
func TestPageUnknownPath(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	c.header.Set("Accept", "text/html,application/xhtml+xml")
	if r := page(t, c, "/search?q=x"); r.status != http.StatusNotFound || !strings.Contains(string(r.body), "no page at this address") {
		t.Errorf("browser: %d %.300s", r.status, r.body)
	}
	for _, accept := range []string{"", "application/json"} {
		c.header.Set("Accept", accept)
		if r := c.get("/search?q=x"); r.status != http.StatusNotFound || !strings.Contains(r.header.Get("Content-Type"), "json") {
			t.Errorf("Accept %q: %d %s", accept, r.status, r.header.Get("Content-Type"))
		}
	}
	c.header.Set("Accept", "text/html")
	if r := c.get("/v1/nope"); !strings.Contains(r.header.Get("Content-Type"), "json") {
		t.Errorf("an unknown API path answered %s", r.header.Get("Content-Type"))
	}
}

func TestPageEmptyIndex(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	r := page(t, c, "/")
	if r.status != http.StatusOK || !strings.Contains(string(r.body), "The index is empty") {
		t.Errorf("got %d %.300s", r.status, r.body)
	}
}

func TestPageNotReady(t *testing.T) {
	srv, err := server.New(server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/d/x", "/?q=vmware"} {
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		body := rec.Body.String()
		if rec.Code != http.StatusServiceUnavailable || !strings.Contains(body, "Starting up") || !strings.Contains(body, `http-equiv="refresh"`) {
			t.Errorf("GET %s: %d %.300s", path, rec.Code, body)
		}
		if rec.Header().Get("Retry-After") == "" || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			t.Errorf("GET %s: headers %v", path, rec.Header())
		}
	}
}

func TestPageAssets(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	for path, want := range map[string]int{"/assets/page.css": 200, "/assets/page.js": 200, "/assets/favicon.svg": 200,
		"/assets/layout.html": 404, "/assets/nope.css": 404, "/assets/..%2Fpage.go": 404} {
		if r := c.get(path); r.status != want {
			t.Errorf("GET %s: %d, want %d", path, r.status, want)
		}
	}
}

// TestPageKey walks the key form: without a cookie nothing but the form is
// shown; a wrong key is refused; a good one is kept in an HttpOnly,
// SameSite=Strict cookie that then opens the pages.
func TestPageKey(t *testing.T) {
	keys, _ := server.ParseKeys("reader:read,writer:write")
	c, _ := startServer(t, server.Config{APIKeys: keys})
	c.header.Set("Authorization", "Bearer writer")
	seed(t, c)
	c.header = http.Header{}

	for _, path := range []string{"/", "/?q=vmware", "/d/fr%2Fazure-vmware"} {
		r := page(t, c, path)
		if r.status != http.StatusUnauthorized || !strings.Contains(string(r.body), `action="/key"`) || strings.Contains(string(r.body), "Azure accueillera") {
			t.Errorf("GET %s without a key: %d %.300s", path, r.status, r.body)
		}
	}
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	post := func(form url.Values) *http.Response {
		t.Helper()
		resp, err := noRedirect.PostForm(c.base+"/key", form)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	if resp := post(url.Values{"key": {"guess"}, "next": {"/?q=vmware"}}); resp.StatusCode != http.StatusUnauthorized || len(resp.Cookies()) != 0 {
		t.Errorf("wrong key: %d, cookies %v", resp.StatusCode, resp.Cookies())
	}
	resp := post(url.Values{"key": {"reader"}, "next": {"/?q=vmware"}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/?q=vmware" {
		t.Fatalf("good key: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	cookies := resp.Cookies()
	if len(cookies) != 1 || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode || cookies[0].Value != "reader" {
		t.Fatalf("cookie %+v", cookies)
	}
	if resp := post(url.Values{"key": {"reader"}, "next": {"https://evil.example/"}}); resp.Header.Get("Location") != "/" {
		t.Errorf("next to another site: Location %q", resp.Header.Get("Location"))
	}
	req, _ := http.NewRequest(http.MethodPost, c.base+"/key", strings.NewReader("key=reader"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	if resp, err := noRedirect.Do(req); err != nil || resp.StatusCode != http.StatusForbidden || len(resp.Cookies()) != 0 {
		t.Errorf("key form from another site: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
	c.header.Set("Cookie", cookies[0].String())
	if r := page(t, c, "/?q=vmware"); r.status != http.StatusOK || !strings.Contains(string(r.body), "Azure accueillera") || !strings.Contains(string(r.body), "Forget the key") {
		t.Errorf("with the cookie: %d %.300s", r.status, r.body)
	}
	if resp := post(url.Values{"forget": {"1"}}); resp.StatusCode != http.StatusSeeOther || len(resp.Cookies()) != 1 || resp.Cookies()[0].MaxAge >= 0 {
		t.Errorf("forget: %d, cookies %v", resp.StatusCode, resp.Cookies())
	}

	t.Run("public read", func(t *testing.T) {
		c, _ := startServer(t, server.Config{APIKeys: keys, PublicRead: true})
		if r := page(t, c, "/"); r.status != http.StatusOK {
			t.Errorf("public read: %d %.300s", r.status, r.body)
		}
	})
}

// TestPageRequestIDAndCORS: the page goes through the API's middleware.
func TestPageRequestIDAndCORS(t *testing.T) {
	c, _ := startServer(t, server.Config{CORSOrigins: []string{"https://app.example"}})
	c.header.Set("X-Request-ID", "page-test-1")
	c.header.Set("Origin", "https://app.example")
	r := page(t, c, "/")
	if r.header.Get("X-Request-ID") != "page-test-1" || r.header.Get("Access-Control-Allow-Origin") != "https://app.example" {
		t.Errorf("headers %v", r.header)
	}
}
