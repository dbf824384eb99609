package server

// The search page for people: server-rendered HTML from embedded templates,
// calling the same search code as GET /v1/search (runSearch). Everything it
// needs is in the binary; the little script in web/page.js only adds
// shortcuts, and every view works without it. The state lives in the URL
// (pageState), so views can be bookmarked and the back button works.

import (
	"bytes"
	"embed"
	"fmt"
	"html"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/summary"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/server/api"
)

//go:embed web
var webFS embed.FS

const (
	pageSize       = 10
	pageFacetSize  = 40 // entity values fetched, then grouped by type
	pageFacetShown = 8  // values shown per group
	pageHitEnts    = 8  // entity links under one hit
	pageSummary    = 3  // sentences of the result-set summary
	keyCookie      = "recherche_key"
	pageFacets     = index.FacetEntities + "," + index.FacetLang + "," + index.FacetYear + "," + index.FacetSource
)

// entityGroups orders the entity facet groups and names their titles.
var entityGroups = []struct {
	typ corpus.EntityType
	key string
}{
	{corpus.Organization, "facetOrganization"},
	{corpus.Product, "facetProduct"},
	{corpus.Person, "facetPerson"},
	{corpus.Place, "facetPlace"},
	{corpus.Other, "facetOther"},
}

// pageTemplates holds one template set per page, each the layout plus that
// page's "content"; parsed once, at start, so a broken template fails the
// first test rather than a visitor.
var pageTemplates = func() map[string]*template.Template {
	layout := template.Must(template.ParseFS(webFS, "web/layout.html"))
	out := map[string]*template.Template{}
	for _, name := range []string{"search", "document", "message"} {
		out[name] = template.Must(template.Must(layout.Clone()).ParseFS(webFS, "web/"+name+".html"))
	}
	return out
}()

func isPageRoute(route string) bool { return route == "/" || route == "/d/:id" || route == "/key" }

// browsingNowhere tells a browser's request for a path that is no route
// (a mistyped or truncated link) outside the API: it gets a page, while API
// clients keep the JSON error.
func browsingNowhere(c *gin.Context) bool {
	return c.FullPath() == "" && !strings.HasPrefix(c.Request.URL.Path, "/v1/") &&
		strings.Contains(c.GetHeader("Accept"), "text/html")
}

// pageView is what the layout needs; Search, Doc and Message fill the
// content of one page.
type pageView struct {
	UI        string
	T         map[string]string
	Title     string
	Home      string // the empty search, in the chosen interface language
	Q         string // the search box
	Hidden    []hiddenInput
	Reading   *queryReading
	Switch    link // the other interface language
	SignOut   bool
	Refresh   int // seconds; a not-ready page reloads itself
	RequestID string
	Search    *searchView
	Doc       *docView
	Message   *messageView
}

type link struct {
	Label, URL, Lang string
}

type hiddenInput struct{ Name, Value string }

// queryReading is how the search read the query: its language and, once
// cross-lingual search exists, the translations it also searched.
// readingOf is the one place that fills it.
type queryReading struct {
	Lang, LangName string
	Reliable       bool
	// Suggestion is the query with its typos corrected, and
	// SuggestionURL the same view searching it.
	Suggestion, SuggestionURL string
	// Translations maps a target language to the weighted terms the query
	// was also searched with. Empty until the search result carries them.
	Translations map[string][]struct {
		Term   string
		Weight float64
	}
}

// AlsoSearched flattens Translations into "term (language)" labels for the
// "also searched" line, in a stable order.
func (r *queryReading) AlsoSearched(ui string) []string {
	langs := make([]string, 0, len(r.Translations))
	for l := range r.Translations {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	var out []string
	for _, l := range langs {
		for _, t := range r.Translations[l] {
			out = append(out, t.Term+" ("+langName(ui, l)+")")
		}
	}
	return out
}

type searchView struct {
	Total, TotalText, RangeText, Took string
	Empty, NoResults                  bool
	NoResultsText                     string
	Hits                              []hitView
	Facets                            []facetGroup
	Chips                             []link
	ClearAll                          string
	Summary                           []summaryLine
	Sorts                             []sortOption
	Pages                             []pageLink
	Prev, Next                        string
}

type hitView struct {
	URL, Title, Lang, LangName, Date, DateISO, Source, SourceURL string
	Snippets                                                     []template.HTML
	Entities                                                     []entityLink
}

type entityLink struct {
	Name, URL, Type string
	Active          bool
}

type facetGroup struct {
	Title  string
	Values []facetValue
}

type facetValue struct {
	Label, Count, URL string
	Active            bool
}

type summaryLine struct {
	Text, URL, DocTitle, Lang string
}

type sortOption struct {
	Value, Label string
	Selected     bool
}

type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool
}

type docView struct {
	Title, Lang, LangName, Date, DateISO, Source, SourceURL, URL, ID, Back string
	Summary                                                                []string
	Keyphrases                                                             []link
	Entities                                                               []facetGroup
	Paragraphs                                                             []string
}

type messageView struct {
	Title, Text, Detail string
	Status              int
	KeyForm             bool
	KeyWrong            bool
	Next                string
}

// pageState is the search page's state, read from and written to the URL.
type pageState struct {
	Q        string
	Lang     string
	Entities []string
	Source   string
	Year     string
	Sort     string
	Page     int
	HL       string // only when chosen explicitly, so links keep the choice
	// Prefix: the last word of Q is being typed (the script asks while
	// the user types); links never carry it, so a result opened and the
	// back button lead to the plain search.
	Prefix bool
}

// pageParams reads the search page's query parameters as given; stateOf
// decides what to make of them.
func pageParams(c *gin.Context) api.PageParams {
	p := api.PageParams{Q: query(c, "q"), Lang: query(c, "lang"), Source: query(c, "source"), Year: query(c, "year"),
		Sort: query(c, "sort"), Page: query(c, "page"), Hl: query(c, "hl"), Prefix: query(c, "prefix")}
	if e, ok := c.GetQueryArray("entity"); ok {
		p.Entity = &e
	}
	return p
}

// query is an optional query parameter: nil when absent.
func query(c *gin.Context, name string) *string {
	if v, ok := c.GetQuery(name); ok {
		return &v
	}
	return nil
}

func stateOf(p api.PageParams) pageState {
	st := pageState{
		Q: strings.TrimSpace(deref(p.Q, "")), Lang: deref(p.Lang, ""), Source: deref(p.Source, ""),
		Year: deref(p.Year, ""), Sort: deref(p.Sort, ""), HL: deref(p.Hl, ""), Page: 1,
		Prefix: deref(p.Prefix, "") == "1",
	}
	for _, e := range deref(p.Entity, nil) {
		if e = strings.TrimSpace(e); e != "" && !slices.Contains(st.Entities, e) {
			st.Entities = append(st.Entities, e)
		}
	}
	if n, err := strconv.Atoi(deref(p.Page, "")); err == nil && n > 1 {
		st.Page = n
	}
	// Values the search cannot use are dropped rather than refused, so an
	// old or hand-edited bookmark still opens.
	if _, err := strconv.Atoi(st.Year); err != nil || len(st.Year) != 4 {
		st.Year = ""
	}
	if st.Sort != index.SortDate && st.Sort != index.SortDateDesc {
		st.Sort = ""
	}
	if _, ok := pageText[st.HL]; !ok {
		st.HL = ""
	}
	if maxPage := index.MaxWindow / pageSize; st.Page > maxPage {
		st.Page = maxPage
	}
	return st
}

// URL writes the state as a link to the search page, parameters in a fixed
// order so equal states have equal URLs.
func (st pageState) URL() string {
	v := url.Values{}
	add := func(k, val string) {
		if val != "" {
			v.Add(k, val)
		}
	}
	add("q", st.Q)
	add("lang", st.Lang)
	for _, e := range st.Entities {
		v.Add("entity", e)
	}
	add("source", st.Source)
	add("year", st.Year)
	add("sort", st.Sort)
	if st.Page > 1 {
		v.Set("page", strconv.Itoa(st.Page))
	}
	add("hl", st.HL)
	if len(v) == 0 {
		return "/"
	}
	// url.Values.Encode sorts keys; keep ours readable instead.
	var b strings.Builder
	for _, k := range []string{"q", "lang", "entity", "source", "year", "sort", "page", "hl"} {
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(k + "=" + url.QueryEscape(val))
		}
	}
	return "/?" + b.String()
}

// with returns the URL of a changed state, back on page 1 unless the change
// sets the page: a new filter starts a new list.
func (st pageState) with(change func(*pageState)) string {
	next := st
	next.Entities = slices.Clone(st.Entities)
	next.Page = 1
	change(&next)
	return next.URL()
}

func (st pageState) filtered() bool {
	return st.Lang != "" || len(st.Entities) > 0 || st.Source != "" || st.Year != ""
}

// params turns the state into the API's search parameters.
func (st pageState) params() api.SearchParams {
	p := api.SearchParams{
		Q: ptr(st.Q), Facets: ptr(pageFacets), FacetSize: ptr(pageFacetSize), Size: ptr(pageSize),
		From: ptr((st.Page - 1) * pageSize), Highlight: ptr(true), Prefix: ptr(st.Prefix),
	}
	// The summary sits above the first page; later pages are for reading
	// further down the list.
	if st.Page == 1 {
		p.Summary = ptr(pageSummary)
	}
	if st.Lang != "" {
		p.Lang = ptr(st.Lang)
	}
	if st.Source != "" {
		p.Source = ptr(st.Source)
	}
	if len(st.Entities) > 0 {
		p.Entity = ptr(slices.Clone(st.Entities))
	}
	if st.Year != "" {
		p.FromDate, p.ToDate = ptr(st.Year+"-01-01"), ptr(st.Year+"-12-31")
	}
	if st.Sort != "" {
		p.Sort = ptr(api.SearchParamsSort(st.Sort))
	}
	return p
}

// newView starts a view for the request's interface language.
func newView(c *gin.Context, hl string) *pageView {
	if _, ok := pageText[hl]; !ok {
		hl = ""
	}
	ui := chooseUI(hl, c.Request)
	v := &pageView{UI: ui, T: pageText[ui], RequestID: requestID(c), Home: pageState{HL: hl}.URL()}
	other := "fr"
	if ui == "fr" {
		other = "en"
	}
	u := *c.Request.URL
	q := u.Query()
	q.Set("hl", other)
	u.RawQuery = q.Encode()
	v.Switch = link{Label: map[string]string{"fr": "Français", "en": "English"}[other], URL: u.RequestURI(), Lang: other}
	return v
}

// render writes a page. Headers keep hostile document text inert even if a
// template were wrong: no inline script may run, nothing loads from
// elsewhere, and no other site may frame the page.
func render(c *gin.Context, status int, name string, v *pageView) {
	var buf bytes.Buffer
	if err := pageTemplates[name].ExecuteTemplate(&buf, "layout.html", v); err != nil {
		// Templates are fixed at build time: an error here is a bug, for
		// the log; the visitor gets a bare page with the request id.
		slog.ErrorContext(c.Request.Context(), "render page", "request_id", requestID(c), "page", name, "err", err)
		buf.Reset()
		buf.WriteString("<!doctype html><title>Recherche</title><p>Internal error; request id " + html.EscapeString(requestID(c)))
		status = http.StatusInternalServerError
	}
	h := c.Writer.Header()
	// connect-src: the script fetches this page's own results while the
	// user types.
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-cache")
	h.Add("Vary", "Accept-Language, Cookie")
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// failPage is fail for the page routes: the error as a page that says what
// happened, in the page's layout and language.
func failPage(c *gin.Context, status int, code api.ErrorErrorCode, msg string) {
	v := newView(c, c.Query("hl"))
	m := &messageView{Status: status, Detail: msg}
	switch {
	case status == http.StatusServiceUnavailable && code == codeTimeout:
		m.Title, m.Text = v.T["timeoutTitle"], v.T["timeoutText"]
	case status == http.StatusServiceUnavailable:
		m.Title, m.Text, m.Detail = v.T["notReadyTitle"], v.T["notReadyText"], ""
		v.Refresh = 3
		c.Header("Retry-After", "3")
	case status == http.StatusNotFound && c.FullPath() == "/d/:id":
		m.Title, m.Text, m.Detail = v.T["notFoundTitle"], v.T["notFoundText"], ""
	case status == http.StatusNotFound:
		m.Title, m.Text, m.Detail = v.T["notFoundTitle"], v.T["noPageText"], ""
	case status == http.StatusUnauthorized:
		m.Title, m.Text, m.Detail, m.KeyForm = v.T["keyTitle"], v.T["keyText"], "", true
		m.Next = localPath(c.Request.URL.RequestURI())
	case status == http.StatusForbidden:
		m.Title = v.T["forbiddenTitle"]
	case status < 500:
		m.Title = v.T["badRequestTitle"]
	default:
		m.Title, m.Text = v.T["errorTitle"], v.T["errorText"]
	}
	v.Title, v.Message = m.Title, m
	render(c, status, "message", v)
	c.Abort()
}

// pageAllowed checks the key cookie when the server has keys and reads are
// not public; without a good key the page shows the key form and nothing
// else.
func (s *Server) pageAllowed(c *gin.Context) bool {
	if len(s.cfg.APIKeys) == 0 || s.cfg.PublicRead {
		return true
	}
	if k, err := c.Cookie(keyCookie); err == nil && k != "" {
		if _, ok := s.scopeOf(k); ok {
			return true
		}
	}
	fail(c, errorf(codeUnauth, "a read key is needed"))
	return false
}

// pageNeedsKey tells whether the page shows its "forget the key" button.
func (s *Server) pageNeedsKey() bool { return len(s.cfg.APIKeys) > 0 && !s.cfg.PublicRead }

// page serves GET /, and the handlers below the rest of the search page,
// as explicit Gin handlers: they answer HTML, errors included (failPage),
// set cookies and redirect, none of which the strict server's JSON
// responses can say. Their parameters are read leniently (see stateOf),
// so a hand-edited link still opens.
func (h handlers) page(c *gin.Context) {
	st := stateOf(pageParams(c))
	if !h.s.pageAllowed(c) {
		return
	}
	b, ok := h.s.readyOrFail(c)
	if !ok {
		return
	}
	res, err := runSearch(c.Request.Context(), b, st.params())
	if err == nil && len(res.Hits) == 0 && res.Total > 0 && st.Page > 1 {
		// A page past the end (an old bookmark, fewer documents now)
		// shows the last page rather than an empty list.
		st.Page = min((res.Total+pageSize-1)/pageSize, index.MaxWindow/pageSize)
		res, err = runSearch(c.Request.Context(), b, st.params())
	}
	if err != nil {
		fail(c, err)
		return
	}
	v := newView(c, st.HL)
	v.SignOut = h.s.pageNeedsKey()
	v.Q = st.Q
	v.Title = v.T["appName"]
	if st.Q != "" {
		v.Title = st.Q + " – " + v.T["appName"]
		v.Reading = readingOf(st.Q, res, v.UI)
		if v.Reading != nil && res.Suggestion != nil && *res.Suggestion != st.Q {
			v.Reading.Suggestion = *res.Suggestion
			v.Reading.SuggestionURL = st.with(func(n *pageState) { n.Q = *res.Suggestion })
		}
	}
	v.Hidden = hiddenOf(st)
	v.Search = newSearchView(c, b, st, res, v)
	render(c, http.StatusOK, "search", v)
}

// readingOf says how the query was read. Detection repeats the one
// runSearch made (the same call on the same text, so the same answer);
// when the search result carries its own reading (cross-lingual search),
// take language, reliability and translations from res here instead.
func readingOf(q string, res api.SearchResponse, ui string) *queryReading {
	r := res.Query
	if r == nil || r.Lang == "" || strings.TrimSpace(q) == "" {
		return nil
	}
	out := &queryReading{Lang: r.Lang, LangName: langName(ui, r.Lang), Reliable: r.Reliable, Translations: map[string][]struct {
		Term   string
		Weight float64
	}{}}
	for lang, ts := range r.Translations {
		for _, t := range ts {
			out.Translations[lang] = append(out.Translations[lang], struct {
				Term   string
				Weight float64
			}{t.Term, t.Weight})
		}
	}
	return out
}

func hiddenOf(st pageState) []hiddenInput {
	var out []hiddenInput
	add := func(k, v string) {
		if v != "" {
			out = append(out, hiddenInput{k, v})
		}
	}
	add("lang", st.Lang)
	for _, e := range st.Entities {
		add("entity", e)
	}
	add("source", st.Source)
	add("year", st.Year)
	add("sort", st.Sort)
	add("hl", st.HL)
	return out
}

// entityType is the gazetteer's type for a name, else the type a document
// on the page gave it (seen), else other: facet values carry no type, and
// discovered names are in no gazetteer.
func entityType(b *Backend, seen map[string]corpus.EntityType, name string) corpus.EntityType {
	if e, ok := b.Analyzer.Lookup(name); ok {
		return e.Type
	}
	if t, ok := seen[name]; ok {
		return t
	}
	return corpus.Other
}

func newSearchView(c *gin.Context, b *Backend, st pageState, res api.SearchResponse, v *pageView) *searchView {
	ui, t := v.UI, v.T
	sv := &searchView{Total: strconv.Itoa(res.Total), TotalText: t["resultsOne"],
		Took: fmt.Sprintf(t["took"], strconv.FormatFloat(res.TookMs, 'f', 1, 64))}
	if res.Total != 1 {
		sv.TotalText = fmt.Sprintf(t["resultsMany"], formatCount(ui, res.Total))
	}
	if res.Total == 0 {
		switch {
		case st.Q == "" && !st.filtered():
			sv.Empty = true
		case st.Q != "":
			sv.NoResults, sv.NoResultsText = true, fmt.Sprintf(t["noResultsQuery"], st.Q)
		default:
			sv.NoResults, sv.NoResultsText = true, t["noResultsFilters"]
		}
	}
	from := (st.Page - 1) * pageSize
	if len(res.Hits) > 0 {
		sv.RangeText = fmt.Sprintf(t["resultsRange"], formatCount(ui, from+1), formatCount(ui, from+len(res.Hits)), formatCount(ui, res.Total))
	}
	back := st.URL()
	titles := map[string]string{}
	seen := map[string]corpus.EntityType{}
	for _, h := range res.Hits {
		hv := hitView{URL: docURL(h.Id, back, st.HL), Title: h.Title, Lang: h.Lang, LangName: langName(ui, h.Lang)}
		if hv.Title == "" {
			hv.Title = t["untitled"]
		}
		titles[h.Id] = hv.Title
		if h.PublishedAt != nil {
			hv.Date, hv.DateISO = formatDate(ui, *h.PublishedAt), h.PublishedAt.Format(time.DateOnly)
		}
		// The search hit has no source nor entity types; the stored
		// document has both. A document deleted meanwhile shows neither.
		if d, err := b.Index.Get(c.Request.Context(), h.Id); err == nil {
			if d.Source != "" {
				hv.Source = d.Source
				hv.SourceURL = st.with(func(n *pageState) { n.Source = d.Source })
			}
			for _, e := range d.Entities {
				seen[e.Name] = e.Type
			}
		}
		for _, sn := range h.Snippets {
			hv.Snippets = append(hv.Snippets, markOnly(sn))
		}
		for _, e := range h.Entities[:min(len(h.Entities), pageHitEnts)] {
			hv.Entities = append(hv.Entities, entityLink{Name: e, Type: string(entityType(b, seen, e)), Active: slices.Contains(st.Entities, e),
				URL: st.with(func(n *pageState) { n.Entities = addOnce(n.Entities, e) })})
		}
		sv.Hits = append(sv.Hits, hv)
	}
	if res.Summary != nil && res.Total > 1 {
		for _, s := range res.Summary.Sentences {
			sv.Summary = append(sv.Summary, summaryLine{Text: s.Text, URL: docURL(s.DocId, back, st.HL), DocTitle: titles[s.DocId]})
		}
	}
	sv.Facets = facetGroups(b, seen, st, res.Facets, t, ui)
	sv.Chips = chips(st, t, ui)
	if len(sv.Chips) > 1 {
		sv.ClearAll = st.with(func(n *pageState) { n.Lang, n.Entities, n.Source, n.Year = "", nil, "", "" })
	}
	for _, o := range []struct{ v, key string }{{"", "sortRelevance"}, {index.SortDateDesc, "sortNewest"}, {index.SortDate, "sortOldest"}} {
		sv.Sorts = append(sv.Sorts, sortOption{Value: o.v, Label: t[o.key], Selected: st.Sort == o.v})
	}
	sv.Pages, sv.Prev, sv.Next = pager(st, res.Total)
	return sv
}

func addOnce(list []string, v string) []string {
	if slices.Contains(list, v) {
		return list
	}
	return append(list, v)
}

// docURL links a document page, with the search to return to.
func docURL(id, back, hl string) string {
	v := url.Values{}
	if back != "/" {
		v.Set("back", back)
	}
	if hl != "" {
		v.Set("hl", hl)
	}
	u := "/d/" + url.PathEscape(id)
	if len(v) > 0 {
		u += "?" + v.Encode()
	}
	return u
}

func facetGroups(b *Backend, seen map[string]corpus.EntityType, st pageState, facets map[string][]api.FacetValue, t map[string]string, ui string) []facetGroup {
	var out []facetGroup
	byType := map[corpus.EntityType][]facetValue{}
	for _, f := range facets[index.FacetEntities] {
		typ := entityType(b, seen, f.Value)
		if len(byType[typ]) == pageFacetShown {
			continue
		}
		active := slices.Contains(st.Entities, f.Value)
		byType[typ] = append(byType[typ], facetValue{Label: f.Value, Count: formatCount(ui, f.Count), Active: active,
			URL: st.with(func(n *pageState) {
				if active {
					n.Entities = slices.DeleteFunc(n.Entities, func(e string) bool { return e == f.Value })
				} else {
					n.Entities = append(n.Entities, f.Value)
				}
			})})
	}
	for _, g := range entityGroups {
		if vals := byType[g.typ]; len(vals) > 0 {
			out = append(out, facetGroup{Title: t[g.key], Values: vals})
		}
	}
	simple := func(name, key string, get func(*pageState) *string, label func(string) string) {
		var vals []facetValue
		for _, f := range facets[name][:min(len(facets[name]), pageFacetShown)] {
			active := *get(&st) == f.Value
			vals = append(vals, facetValue{Label: label(f.Value), Count: formatCount(ui, f.Count), Active: active,
				URL: st.with(func(n *pageState) {
					if active {
						*get(n) = ""
					} else {
						*get(n) = f.Value
					}
				})})
		}
		if len(vals) > 0 {
			out = append(out, facetGroup{Title: t[key], Values: vals})
		}
	}
	same := func(s string) string { return s }
	simple(index.FacetLang, "facetLang", func(n *pageState) *string { return &n.Lang }, func(s string) string { return langName(ui, s) })
	// The most frequent years, read newest first.
	years := facets[index.FacetYear][:min(len(facets[index.FacetYear]), pageFacetShown)]
	slices.SortFunc(years, func(a, b api.FacetValue) int { return strings.Compare(b.Value, a.Value) })
	simple(index.FacetYear, "facetYear", func(n *pageState) *string { return &n.Year }, same)
	simple(index.FacetSource, "facetSource", func(n *pageState) *string { return &n.Source }, same)
	return out
}

// chips are the active filters, each a link to the same search without it.
func chips(st pageState, t map[string]string, ui string) []link {
	var out []link
	if st.Lang != "" {
		out = append(out, link{Label: t["facetLang"] + " : " + langName(ui, st.Lang), URL: st.with(func(n *pageState) { n.Lang = "" })})
	}
	for _, e := range st.Entities {
		out = append(out, link{Label: e, URL: st.with(func(n *pageState) {
			n.Entities = slices.DeleteFunc(n.Entities, func(x string) bool { return x == e })
		})})
	}
	if st.Year != "" {
		out = append(out, link{Label: t["facetYear"] + " : " + st.Year, URL: st.with(func(n *pageState) { n.Year = "" })})
	}
	if st.Source != "" {
		out = append(out, link{Label: t["facetSource"] + " : " + st.Source, URL: st.with(func(n *pageState) { n.Source = "" })})
	}
	if ui == "en" {
		for i := range out {
			out[i].Label = strings.Replace(out[i].Label, " : ", ": ", 1)
		}
	}
	return out
}

// pager links the pages around the current one, first and last always
// shown, within the API's window.
func pager(st pageState, total int) (pages []pageLink, prev, next string) {
	last := min((total+pageSize-1)/pageSize, index.MaxWindow/pageSize)
	if last <= 1 {
		return nil, "", ""
	}
	at := func(n int) string { return st.with(func(s *pageState) { s.Page = n }) }
	for n := 1; n <= last; n++ {
		if n == 1 || n == last || (n >= st.Page-2 && n <= st.Page+2) {
			pages = append(pages, pageLink{N: n, URL: at(n), Current: n == st.Page})
		} else if len(pages) > 0 && !pages[len(pages)-1].Gap {
			pages = append(pages, pageLink{Gap: true})
		}
	}
	if st.Page > 1 {
		prev = at(st.Page - 1)
	}
	if st.Page < last {
		next = at(st.Page + 1)
	}
	return pages, prev, next
}

// markOnly keeps a snippet's <mark> tags and escapes everything else. The
// engine already escapes the text around its marks; unescaping then
// escaping again means that even a snippet that was not escaped (another
// engine, a bug) cannot bring markup of its own, and marks are balanced.
func markOnly(s string) template.HTML {
	var b strings.Builder
	open := false
	for s != "" {
		i := strings.Index(s, "<mark>")
		j := strings.Index(s, "</mark>")
		next, tag := -1, ""
		switch {
		case i >= 0 && (j < 0 || i < j):
			next, tag = i, "<mark>"
		case j >= 0:
			next, tag = j, "</mark>"
		}
		if next < 0 {
			b.WriteString(template.HTMLEscapeString(html.UnescapeString(s)))
			break
		}
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(s[:next])))
		if (tag == "<mark>") != open {
			b.WriteString(tag)
			open = !open
		}
		s = s[next+len(tag):]
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String()) // escaped text and our own tags only
}

func (h handlers) pageDocument(c *gin.Context) {
	id := c.Param("id")
	p := api.PageDocumentParams{Hl: query(c, "hl"), Back: query(c, "back")}
	if !h.s.pageAllowed(c) {
		return
	}
	d, err := h.document(c.Request.Context(), id)
	if err != nil {
		fail(c, err)
		return
	}
	hl := deref(p.Hl, "")
	if _, ok := pageText[hl]; !ok {
		hl = ""
	}
	v := newView(c, hl)
	v.SignOut = h.s.pageNeedsKey()
	dv := &docView{Title: d.Title, Lang: d.Lang, LangName: langName(v.UI, d.Lang), ID: d.ID, Source: d.Source,
		Back: localPath(deref(p.Back, "/"))}
	if dv.Title == "" {
		dv.Title = v.T["untitled"]
	}
	home := pageState{HL: hl}
	if hl != "" && !strings.Contains(dv.Back, "hl=") {
		dv.Back = home.URL()
	}
	v.Title = dv.Title + " – " + v.T["appName"]
	v.Hidden = hiddenOf(home)
	if d.PublishedAt != nil {
		dv.Date, dv.DateISO = formatDate(v.UI, *d.PublishedAt), d.PublishedAt.Format(time.DateOnly)
	}
	if d.Source != "" {
		dv.SourceURL = home.with(func(n *pageState) { n.Source = d.Source })
	}
	// Only web links: a stored "javascript:" URL stays text.
	if u, err := url.Parse(d.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		dv.URL = d.URL
	}
	sentences := d.Summary
	if len(sentences) == 0 {
		sentences = summary.Summarize(d.Title, d.Body, d.Lang, analysis.SummarySentences)
	}
	for _, s := range sentences {
		dv.Summary = append(dv.Summary, s.Text)
	}
	for _, k := range d.Keyphrases {
		dv.Keyphrases = append(dv.Keyphrases, link{Label: k, URL: home.with(func(n *pageState) { n.Q = `"` + k + `"` })})
	}
	byType := map[corpus.EntityType][]facetValue{}
	for _, e := range d.Entities {
		byType[e.Type] = append(byType[e.Type], facetValue{Label: e.Name, Count: formatCount(v.UI, e.Count),
			URL: home.with(func(n *pageState) { n.Entities = []string{e.Name} })})
	}
	for _, g := range entityGroups {
		if vals := byType[g.typ]; len(vals) > 0 {
			dv.Entities = append(dv.Entities, facetGroup{Title: v.T[g.key], Values: vals})
		}
	}
	dv.Paragraphs = paragraphs(d.Body)
	v.Doc = dv
	render(c, http.StatusOK, "document", v)
}

// paragraphs splits a body on blank lines, or on lines when it has none.
func paragraphs(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	parts := strings.Split(body, "\n\n")
	if len(parts) == 1 {
		parts = strings.Split(body, "\n")
	}
	var out []string
	for _, p := range parts {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// localPath keeps a return address on this site: a path that starts with
// one "/", else the search page. It stops the form and the back link from
// sending people to another site.
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, `/\`) || strings.ContainsAny(p, "\r\n") {
		return "/"
	}
	return p
}

func (h handlers) pageKey(c *gin.Context) {
	// Only this site's own form may set or forget the key: another site
	// could otherwise sign a visitor in with a key of its choosing.
	if o := c.GetHeader("Origin"); o != "" {
		if u, err := url.Parse(o); err != nil || u.Host != c.Request.Host {
			fail(c, errorf(codeForbidden, "the key form must be sent from this site"))
			return
		}
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 8<<10)
	if err := c.Request.ParseForm(); err != nil {
		fail(c, invalid("the form could not be read"))
		return
	}
	next := localPath(c.Request.PostForm.Get("next"))
	secure := c.Request.TLS != nil
	if c.Request.PostForm.Get("forget") != "" {
		http.SetCookie(c.Writer, &http.Cookie{Name: keyCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode})
		c.Redirect(http.StatusSeeOther, "/")
		return
	}
	key := strings.TrimSpace(c.Request.PostForm.Get("key"))
	if _, ok := h.s.scopeOf(key); !ok || key == "" {
		v := newView(c, c.Query("hl"))
		v.Title = v.T["keyTitle"]
		v.Message = &messageView{Status: http.StatusUnauthorized, Title: v.T["keyTitle"], Text: v.T["keyText"], KeyForm: true, KeyWrong: true, Next: next}
		render(c, http.StatusUnauthorized, "message", v)
		return
	}
	// A session cookie: the key leaves with the browser, which suits a
	// shared machine; HttpOnly keeps it from scripts, Strict from other
	// sites' requests.
	http.SetCookie(c.Writer, &http.Cookie{Name: keyCookie, Value: key, Path: "/", HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode})
	c.Redirect(http.StatusSeeOther, next)
}

func (h handlers) pageAsset(c *gin.Context) {
	asset := c.Param("asset")
	name := path.Base(asset)
	data, err := webFS.ReadFile("web/" + name)
	if err != nil || name != asset || strings.HasSuffix(name, ".html") {
		fail(c, errorf(codeNotFound, "no page asset %q", asset))
		return
	}
	sendAsset(c, name, data)
}
