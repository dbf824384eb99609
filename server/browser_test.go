package server_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/internal/demo"
	"github.com/recherche/recherche/server"
)

// The search page's tests in a real browser: Debian's chromium, headless,
// driven by chromedp against a real server on port 0. .ci/run installs
// chromium, so CI always runs them; without it they skip.

// browser drives one tab; every step fails the test on error.
type browser struct {
	t     *testing.T
	ctx   context.Context
	base  string
	shots string
}

func newBrowser(t *testing.T, base string) *browser {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if _, serr := os.Stat("/usr/bin/chromium"); serr != nil {
			t.Skip("chromium is not installed (apt-get install -y chromium); browser tests skipped")
		}
		path = "/usr/bin/chromium"
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1280, 900),
		// Back and forward then load pages again, so each fires the load
		// event the steps wait for.
		chromedp.Flag("disable-features", "BackForwardCache"))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// The first call starts the browser: no timeout on it, or the timeout
	// would end the browser too.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	shots := os.Getenv("RECHERCHE_SCREENSHOTS")
	if shots == "" {
		shots = filepath.Join(os.TempDir(), "recherche-screenshots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)
	return &browser{t: t, ctx: ctx, base: base, shots: shots}
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

func run[T any](b *browser, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("browser: %v", err)
	}
	return v
}

// open loads a path of the server and waits for its load event.
func (b *browser) open(path string) { b.t.Helper(); b.do(chromedp.Navigate(b.base + path)) }

// follow clicks what sel finds (a link, a button) and waits for the page
// it leads to.
func (b *browser) follow(sel string) {
	b.t.Helper()
	run(b, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS(sel))))
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	return strings.Join(strings.Fields(run(b, chromedp.Text(chromedp.CSS(sel)))), " ")
}

// value is what the form field sel finds holds.
func (b *browser) value(sel string) string {
	b.t.Helper()
	return run(b, chromedp.Value(chromedp.CSS(sel)))
}

// submit types text into the field sel finds, submits its form and waits
// for the page the form leads to.
func (b *browser) submit(sel, text string) {
	b.t.Helper()
	b.do(chromedp.SendKeys(chromedp.CSS(sel), text))
	run(b, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Submit(chromedp.CSS(sel))))
}

func (b *browser) js(expr string) string {
	b.t.Helper()
	return run(b, chromedp.Evaluate[string](expr))
}

// shot saves the whole page as name.png.
func (b *browser) shot(name string) { b.t.Helper(); b.save(name, chromedp.FullScreenshot(100)) }

// shotScreen saves what the screen shows, for pages longer than a glance.
func (b *browser) shotScreen(name string) { b.t.Helper(); b.save(name, chromedp.CaptureScreenshot()) }

func (b *browser) save(name string, shoot chromedp.Action[[]byte]) {
	b.t.Helper()
	png := run(b, shoot)
	if err := os.WriteFile(filepath.Join(b.shots, name+".png"), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) wantText(sel, want string) {
	b.t.Helper()
	if got := b.text(sel); !strings.Contains(got, want) {
		b.t.Errorf("%s shows %q, want it to hold %q", sel, got, want)
	}
}

// startDemo serves the demo corpus, as `serve --demo` does, with cfg.
func startDemo(t *testing.T, cfg server.Config) *client {
	t.Helper()
	c, idx := startServer(t, cfg)
	docs, err := demo.Documents()
	if err != nil {
		t.Fatal(err)
	}
	ingestDocs(t, idx, docs)
	return c
}

func ingestDocs(t *testing.T, idx *bleveindex.Index, docs []corpus.Document) {
	t.Helper()
	results, err := ingest.New(analysistest.Analyzer(t), idx, 2).Batch(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("ingest %s: %v", r.ID, r.Err)
		}
	}
}

// TestBrowserSearch walks what a reader does: type a query, click a facet,
// remove its chip, page forward, open a document and come back, switch the
// interface to French, and read it on a phone.
func TestBrowserSearch(t *testing.T) {
	c := startDemo(t, server.Config{})
	b := newBrowser(t, c.base)

	b.open("/")
	b.wantText("h1.count", "20 results")
	b.shot("1-home")

	b.submit("#q", "machines virtuelles")
	if loc := b.js("location.search"); !strings.Contains(loc, "q=machines+virtuelles") {
		t.Errorf("the query is not in the URL: %q", loc)
	}
	total := b.text("h1.count .total")
	b.wantText("#q-read", "French")
	if n := b.js("String(document.querySelectorAll('.hit mark').length)"); n == "0" {
		t.Errorf("no highlighted words in the results")
	}
	b.wantText(".summary", "Summary of these results")
	b.shot("2-results")

	facet := b.text(".facets .facet li a .label")
	b.follow(".facets .facet li a")
	b.wantText(".chips", facet)
	if got := b.text("h1.count .total"); got == total {
		t.Errorf("the facet %q did not narrow the results: still %q", facet, got)
	}
	if n := b.js("String(document.querySelectorAll('.hit').length)"); n == "0" {
		t.Errorf("no results under the facet %q", facet)
	}
	b.shot("3-facet")

	b.follow(".chips a.chip")
	b.do(chromedp.WaitNotPresent(chromedp.CSS(".chips")))
	if got := b.text("h1.count .total"); got != total {
		t.Errorf("after removing the chip: %q, want %q again", got, total)
	}

	b.follow(".pager a.next")
	b.wantText(".pager a.current", "2")
	b.wantText("h1.count", "11–")
	b.shot("4-page2")

	title := b.text(".hit-title a")
	b.follow(".hit-title a")
	b.wantText(".doc h1", title)
	b.wantText(".doc", "Full text")
	b.shot("5-document")

	b.follow(".backlink a")
	b.wantText(".pager a.current", "2")
	if v := b.value("#q"); v != "machines virtuelles" {
		t.Errorf("back from the document, the search box holds %q", v)
	}
	b.do(chromedp.NavigateBack())
	b.wantText(".doc h1", title)
	b.do(chromedp.NavigateBack())

	b.follow("a.switch")
	if lang := b.js("document.documentElement.lang"); lang != "fr" {
		t.Errorf("html lang %q after switching to French", lang)
	}
	b.wantText("h1.count", "résultats")
	b.wantText("#q-read", "français")
	b.shot("6-french")

	b.open("/?q=zzyzxquux")
	b.wantText(".message", "No results")
	b.shot("10-no-results")
	b.open("/d/no-such-document?hl=en")
	b.wantText(".message h1", "Not found")
	b.shot("11-not-found")

	b.open("/?q=" + "machines+virtuelles&page=2&hl=fr")
	b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	if w := b.js("String(document.documentElement.scrollWidth)"); w != "390" {
		t.Errorf("on a phone the page is %s px wide, want 390 (no sideways scrolling)", w)
	}
	b.shotScreen("7-phone")

	// Keyboard: "/" reaches the search box from anywhere on the page.
	b.js("document.activeElement.blur(), ''")
	b.do(chromedp.KeyEvent("/"))
	if id := b.js("document.activeElement.id"); id != "q" {
		t.Errorf(`"/" focused %q, want the search box`, id)
	}
}

// TestBrowserHostileContent indexes a document whose every field carries
// markup and script, and checks in the browser that it shows as text and
// that nothing of it runs.
func TestBrowserHostileContent(t *testing.T) {
	c, idx := startServer(t, server.Config{})
	const script = `<script>window.__pwned="script"</script>`
	const img = `<img src=x onerror="window.__pwned='img'">`
	const js = `javascript:window.__pwned='link'`
	published := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	evil := corpus.Document{
		ID: `evil"><script>x</script>`, Lang: "en", Source: `<b onmouseover="window.__pwned='src'">wire</b>`, URL: js, PublishedAt: &published,
		Title: "Hostile " + script + img,
		Body: "Hostile text about VMware. " + script + " and " + img + " and <a href=\"" + js + "\">a link</a> and [md](" + js + ").\n\n" +
			"A second paragraph about VMware " + img,
		Entities:   []corpus.Entity{{Name: `<img src=y onerror="window.__pwned='entity'">`, Type: corpus.Organization, Count: 2}, {Name: js, Type: corpus.Product, Count: 1}},
		Summary:    []corpus.Sentence{{Text: "Summary " + script, Position: 0}},
		Keyphrases: []string{img, js},
	}
	if _, err := idx.Put(context.Background(), []corpus.Document{evil}); err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t, c.base)
	// Fires only if some markup of the document ran.
	pwned := func(view string) {
		t.Helper()
		if v := b.js("String(window.__pwned)"); v != "undefined" {
			t.Errorf("%s: the document's markup ran (window.__pwned = %s)", view, v)
		}
		if n := b.js("String(Array.from(document.querySelectorAll('a')).filter(a => a.protocol === 'javascript:').length)"); n != "0" {
			t.Errorf("%s: %s javascript: links", view, n)
		}
		if n := b.js("String(document.querySelectorAll('main img, main script, main b').length)"); n != "0" {
			t.Errorf("%s: %s elements from the document became markup", view, n)
		}
	}

	b.open("/?q=" + "hostile+vmware")
	b.wantText(".hit-title", script)
	b.wantText(".hit", "Hostile text about")
	pwned("results")
	b.shot("8-hostile-results")

	b.follow(`.facets a[href*="entity="]`)
	b.wantText(".chips", "<img src=y")
	pwned("entity filter")

	b.follow(".hit-title a")
	b.wantText(".doc h1", script+img)
	b.wantText(".fulltext", `<a href="`+js)
	b.wantText(".docmeta", "<b onmouseover")
	pwned("document")
	b.shot("9-hostile-document")
	docPath := b.js("location.pathname + location.search")
	b.do(chromedp.Click(chromedp.CSS(".fulltext")), chromedp.Click(chromedp.CSS(".doc h1")))
	pwned("document after clicks on its text")
	for _, sel := range []string{".keyphrases a", ".doc-side .facet a", ".docmeta a"} {
		b.follow(sel)
		pwned("after following " + sel)
		b.open(docPath)
	}

	b.open("/?q=" + "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E")
	pwned("hostile query")
	if v := b.value("#q"); v != "<script>window.__pwned=1</script>" {
		t.Errorf("the search box holds %q", v)
	}
}

// TestBrowserKey: with API keys and no public reads, the page shows only the
// key form; a good key opens it, and scripts cannot read the cookie.
func TestBrowserKey(t *testing.T) {
	keys, _ := server.ParseKeys("reader:read")
	c := startDemo(t, server.Config{APIKeys: keys})
	b := newBrowser(t, c.base)

	b.open("/?q=docker")
	b.wantText(".message h1", "A key is needed")
	if n := b.js("String(document.querySelectorAll('.hit').length)"); n != "0" {
		t.Errorf("%s results shown without a key", n)
	}
	b.shot("12-key")
	b.submit("#key", "wrong")
	b.wantText(".keyform", "The server does not know this key")
	b.submit("#key", "reader")
	b.wantText("h1.count", "results")
	if v := b.value("#q"); v != "docker" {
		t.Errorf("after the key, the search box holds %q, want the search asked for", v)
	}
	if ck := b.js("document.cookie"); strings.Contains(ck, "reader") {
		t.Errorf("a script can read the key: document.cookie = %q", ck)
	}
	b.follow(".signout button")
	b.wantText(".message h1", "A key is needed")
}

// TestBrowserTyping types the start of a word and expects the results to
// follow before Enter, then follows a "did you mean" link.
func TestBrowserTyping(t *testing.T) {
	c := startDemo(t, server.Config{})
	b := newBrowser(t, c.base)

	b.open("/")
	b.do(chromedp.SendKeys(chromedp.CSS("#q"), "kubern"))
	// The script asks for the prefix after a pause and swaps the results
	// in, without a page load.
	run(b, chromedp.Poll[bool](`location.search === "?q=kubern"`))
	b.wantText(".hit-title a", "Kubernetes")
	b.wantText("h1.count", "result")
	b.shot("12-typing")

	b.open("/?q=kubernetse")
	b.wantText(".suggestion", "Did you mean kubernetes")
	b.follow(".suggestion a")
	if v := b.value("#q"); v != "kubernetes" {
		t.Errorf("after following the suggestion, the search box holds %q", v)
	}
	b.wantText(".hit-title a", "Kubernetes")
}
