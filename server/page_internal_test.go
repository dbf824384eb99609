package server

import (
	"bytes"
	"html/template"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/recherche/recherche/server/api"
)

func TestPageTextComplete(t *testing.T) {
	// Every key the templates and the page code use exists.
	used := map[string]bool{}
	for _, pattern := range []string{"web/*.html", "page*.go"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range regexp.MustCompile(`\.T\.(\w+)|\b[tT]\["(\w+)"\]`).FindAllStringSubmatch(string(data), -1) {
				used[m[1]+m[2]] = true
			}
		}
	}
	if len(used) < 20 {
		t.Fatalf("found only %d interface text keys in use", len(used))
	}
	for k := range used {
		if _, ok := pageText["en"][k]; !ok {
			t.Errorf("interface text %q is used but not defined", k)
		}
	}
	for _, ui := range uiLanguages {
		for _, other := range uiLanguages {
			for k := range pageText[other] {
				if pageText[ui][k] == "" {
					t.Errorf("interface text %q: missing in %s", k, ui)
				}
			}
		}
	}
}

func TestMarkOnly(t *testing.T) {
	tests := []struct {
		name, in string
		want     template.HTML
	}{
		{"plain", "machines virtuelles", "machines virtuelles"},
		{"marks kept", "les <mark>machines</mark> virtuelles", "les <mark>machines</mark> virtuelles"},
		{"escaped text stays escaped", "&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>", "&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>"},
		{"raw markup is escaped", `<img src=x onerror="alert(1)"><mark>x</mark>`, `&lt;img src=x onerror=&#34;alert(1)&#34;&gt;<mark>x</mark>`},
		{"unclosed mark closed", "<mark>x", "<mark>x</mark>"},
		{"stray close dropped", "x</mark> y", "x y"},
		{"nested open ignored", "<mark>a<mark>b</mark>", "<mark>ab</mark>"},
		{"ampersand", "AT&amp;T", "AT&amp;T"},
		{"other tags escaped", "<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := markOnly(tt.in); got != tt.want {
				t.Errorf("markOnly(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestChooseUI(t *testing.T) {
	tests := []struct {
		name, hl, accept, want string
	}{
		{"default english", "", "", "en"},
		{"french browser", "", "fr-FR,fr;q=0.9,en;q=0.8", "fr"},
		{"french second", "", "en-US,en;q=0.9,fr;q=0.8", "en"},
		{"french preferred by q", "", "en;q=0.5,fr-CA;q=0.9", "fr"},
		{"unknown languages", "", "de-DE,es;q=0.8", "en"},
		{"german then french", "", "de-DE,fr;q=0.8", "fr"},
		{"hl wins", "fr", "en-US", "fr"},
		{"bad hl ignored", "xx", "fr", "fr"},
		{"q zero refused", "", "fr;q=0", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.Header.Set("Accept-Language", tt.accept)
			if got := chooseUI(tt.hl, r); got != tt.want {
				t.Errorf("chooseUI(%q, %q) = %q, want %q", tt.hl, tt.accept, got, tt.want)
			}
		})
	}
}

func TestLocalPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/?q=vmware&page=2", "/?q=vmware&page=2"},
		{"/d/abc", "/d/abc"},
		{"", "/"},
		{"https://evil.example/", "/"},
		{"//evil.example/", "/"},
		{`/\evil.example`, "/"},
		{"javascript:alert(1)", "/"},
		{"/ok\r\nSet-Cookie: x=1", "/"},
	}
	for _, tt := range tests {
		if got := localPath(tt.in); got != tt.want {
			t.Errorf("localPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPageStateURL(t *testing.T) {
	s := func(v string) *string { return &v }
	tests := []struct {
		name string
		in   api.PageParams
		want string
	}{
		{"empty", api.PageParams{}, "/"},
		{"query", api.PageParams{Q: s(" machines virtuelles ")}, "/?q=machines+virtuelles"},
		{"every field in order", api.PageParams{Hl: s("fr"), Page: s("3"), Sort: s("-date"), Year: s("2019"), Source: s("lemag"),
			Entity: &[]string{"VMware", "Azure", "VMware"}, Lang: s("fr"), Q: s("cloud")},
			"/?q=cloud&lang=fr&entity=VMware&entity=Azure&source=lemag&year=2019&sort=-date&page=3&hl=fr"},
		{"bad values dropped", api.PageParams{Page: s("abc"), Sort: s("random"), Year: s("19"), Hl: s("de")}, "/"},
		{"page capped at the window", api.PageParams{Page: s("999999")}, "/?page=1000"},
		{"escaping", api.PageParams{Q: s(`"a&b" <x>`), Entity: &[]string{"AT&T"}}, "/?q=%22a%26b%22+%3Cx%3E&entity=AT%26T"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stateOf(tt.in).URL(); got != tt.want {
				t.Errorf("URL = %q, want %q", got, tt.want)
			}
		})
	}
	st := stateOf(api.PageParams{Q: s("x"), Page: s("4"), Entity: &[]string{"A"}})
	if got, want := st.with(func(n *pageState) { n.Entities = append(n.Entities, "B") }), "/?q=x&entity=A&entity=B"; got != want {
		t.Errorf("adding a filter: %q, want %q (back to page 1)", got, want)
	}
	if !slices.Equal(st.Entities, []string{"A"}) {
		t.Errorf("with changed the original state: %v", st.Entities)
	}
}

func TestPager(t *testing.T) {
	tests := []struct {
		page, total int
		want        string
	}{
		{1, 5, ""},
		{1, 35, "[1] 2 3 4"},
		{5, 200, "1 … 3 4 [5] 6 7 … 20"},
		{20, 200, "1 … 18 19 [20]"},
	}
	for _, tt := range tests {
		pages, prev, next := pager(pageState{Page: tt.page}, tt.total)
		got := ""
		for _, p := range pages {
			if got != "" {
				got += " "
			}
			switch {
			case p.Gap:
				got += "…"
			case p.Current:
				got += "[" + itoa(p.N) + "]"
			default:
				got += itoa(p.N)
			}
		}
		if got != tt.want {
			t.Errorf("pager(page %d, total %d) = %q, want %q", tt.page, tt.total, got, tt.want)
		}
		if (prev != "") != (tt.page > 1 && len(pages) > 0) || (next != "") != (len(pages) > 0 && !pages[len(pages)-1].Current) {
			t.Errorf("pager(page %d, total %d): prev %q next %q", tt.page, tt.total, prev, next)
		}
	}
}

func itoa(n int) string { return formatCount("en", n) }

func TestFormat(t *testing.T) {
	if got := formatCount("en", 39027); got != "39,027" {
		t.Errorf("en count %q", got)
	}
	if got := formatCount("fr", 1234567); got != "1\u202f234\u202f567" {
		t.Errorf("fr count %q", got)
	}
	if got := formatCount("en", 999); got != "999" {
		t.Errorf("en count %q", got)
	}
	d := time.Date(2019, 4, 1, 0, 0, 0, 0, time.UTC)
	if got := formatDate("fr", d); got != "1er avril 2019" {
		t.Errorf("fr date %q", got)
	}
	if got := formatDate("en", d); got != "1 April 2019" {
		t.Errorf("en date %q", got)
	}
}

func TestParagraphs(t *testing.T) {
	if got := paragraphs("a\n\nb  c\r\n\r\n\n"); !slices.Equal(got, []string{"a", "b c"}) {
		t.Errorf("blank-line paragraphs %q", got)
	}
	if got := paragraphs("one\ntwo"); !slices.Equal(got, []string{"one", "two"}) {
		t.Errorf("line paragraphs %q", got)
	}
}

// BenchmarkRenderResults is the template alone on a full results page (ten
// hits with snippets and entities, five facet groups, a summary), to tell
// rendering apart from searching in BenchmarkPageResults.
func BenchmarkRenderResults(b *testing.B) {
	t := pageText["en"]
	sv := &searchView{TotalText: "1,234 results", RangeText: "1–10 of 1,234", Took: "3.1 ms"}
	for i := range 10 {
		h := hitView{URL: "/d/doc-" + itoa(i), Title: "VMware Cloud on AWS expands to Europe", Lang: "en", LangName: "English",
			Date: "27 August 2018", DateISO: "2018-08-27", Source: "wire", SourceURL: "/?source=wire"}
		for range 3 {
			h.Snippets = append(h.Snippets, markOnly("… customers run <mark>vSphere</mark> workloads in AWS data centers &amp; keep their tools …"))
		}
		for _, e := range []string{"VMware", "Amazon Web Services", "vSphere", "Pat Gelsinger", "Europe"} {
			h.Entities = append(h.Entities, entityLink{Name: e, URL: "/?entity=" + e, Type: "organization"})
		}
		sv.Hits = append(sv.Hits, h)
	}
	for _, g := range []string{"Organizations", "Products", "People", "Places", "Language", "Year", "Source"} {
		fg := facetGroup{Title: g}
		for range pageFacetShown {
			fg.Values = append(fg.Values, facetValue{Label: "Microsoft", Count: "1,024", URL: "/?entity=Microsoft"})
		}
		sv.Facets = append(sv.Facets, fg)
	}
	for range 3 {
		sv.Summary = append(sv.Summary, summaryLine{Text: "VMware and Amazon Web Services are expanding their partnership.", URL: "/d/x", DocTitle: "VMware Cloud on AWS expands"})
	}
	sv.Pages, sv.Prev, sv.Next = pager(pageState{Q: "vmware", Page: 3}, 1234)
	v := &pageView{UI: "en", T: t, Title: "vmware – Recherche", Q: "vmware", Home: "/", Search: sv,
		Reading: &queryReading{Lang: "en", LangName: "English", Reliable: true}, Switch: link{Label: "Français", URL: "/?hl=fr", Lang: "fr"}}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := pageTemplates["search"].ExecuteTemplate(&buf, "layout.html", v); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/page")
}

// TestReadingLine: the line under the search box says how the query was
// read, and lists translations once the search result carries them.
func TestReadingLine(t *testing.T) {
	type term = struct {
		Term   string
		Weight float64
	}
	tests := []struct {
		name      string
		ui        string
		reading   *queryReading
		want, not []string
	}{
		{"none", "en", nil, nil, []string{`id="q-read"`}},
		{"reliable", "en", &queryReading{Lang: "fr", LangName: "French", Reliable: true},
			[]string{"Query read as <strong>French</strong>"}, []string{"Also searched"}},
		{"uncertain", "fr", &queryReading{Lang: "de", LangName: "allemand"},
			[]string{"Langue de la requête incertaine (allemand ?)"}, nil},
		{"translations", "en", &queryReading{Lang: "en", LangName: "English", Reliable: true,
			Translations: map[string][]term{"fr": {{"nuage", 0.8}, {"infonuagique", 0.4}}}},
			[]string{"Also searched: <em>nuage (French)</em>, <em>infonuagique (French)</em>"}, nil},
		{"translations escaped", "en", &queryReading{Lang: "en", LangName: "English", Reliable: true,
			Translations: map[string][]term{"fr": {{"<b>x</b>", 1}}}},
			[]string{"&lt;b&gt;x&lt;/b&gt; (French)"}, []string{"<b>x</b>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &pageView{UI: tt.ui, T: pageText[tt.ui], Reading: tt.reading, Message: &messageView{Title: "x"}}
			var buf bytes.Buffer
			if err := pageTemplates["message"].ExecuteTemplate(&buf, "layout.html", v); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(buf.String(), n) {
					t.Errorf("page holds %q", n)
				}
			}
		})
	}
}
