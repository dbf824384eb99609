package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in          string
		wantTitle, wantIn string // wantIn: a substring of the body
		wantErr           error
	}{
		{name: "title then body", in: "Un titre\n\nLe corps.", wantTitle: "Un titre", wantIn: "Le corps."},
		{name: "crlf and nbsp", in: "\u00a0Un titre \r\n\r\nLe corps.\r\n", wantTitle: "Un titre", wantIn: "Le corps."},
		{name: "leading blank lines", in: "\n\n  \nTitle\n\nBody.", wantTitle: "Title", wantIn: "Body."},
		{name: "glued first line is body", in: "Line one\nline two\n\nMore.", wantIn: "Line one\nline two"},
		{name: "long first line is body", in: strings.Repeat("mot ", 60) + "\n\nSuite.", wantIn: "mot mot"},
		{name: "single line is body", in: "Juste une ligne.", wantIn: "Juste une ligne."},
		{name: "boilerplate removed", in: "T\n\nA.\n\nPublicité\n\nB.", wantTitle: "T", wantIn: "A.\n\nB."},
		{name: "emoji and rtl", in: "🚀 שלום\n\nمرحبا Docker", wantTitle: "🚀 שלום", wantIn: "مرحبا Docker"},
		{name: "lone short line is body", in: "Titre\n\n", wantIn: "Titre"},
		{name: "empty", in: "", wantErr: ErrEmptyBody},
		{name: "only boilerplate", in: "Publicité\nRead more", wantErr: ErrEmptyBody},
		{name: "invalid UTF-8", in: "Caf\xe9\n\nLatin-1.", wantErr: ErrInvalidUTF8},
		{name: "NUL", in: "a\x00b", wantErr: ErrNULByte},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseText("x", []byte(tt.in))
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if doc.ID != "x" || doc.Title != tt.wantTitle || !strings.Contains(doc.Body, tt.wantIn) {
				t.Errorf("got id %q title %q body %q, want title %q body containing %q", doc.ID, doc.Title, doc.Body, tt.wantTitle, tt.wantIn)
			}
		})
	}
}

func TestParseTextSeeds(t *testing.T) {
	// Seed 001 opens with a long paragraph: no title. The others open with
	// their headline alone on a line.
	for name, text := range readSeeds(t) {
		t.Run(name, func(t *testing.T) {
			doc, err := ParseText(name, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			wantTitle := !strings.HasPrefix(name, "001_")
			if (doc.Title != "") != wantTitle {
				t.Errorf("title %q, want a title: %v", doc.Title, wantTitle)
			}
			if strings.HasPrefix(doc.Body, doc.Title+"\n") && doc.Title != "" {
				t.Errorf("title %q repeated as the body's first line", doc.Title)
			}
		})
	}
}

func date(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Document
		wantErr bool
	}{
		{
			name: "front matter",
			in:   "---\ntitle: \"L’essor de Kubernetes\"\nlang: FR\nsource: demo-lemag\nurl: https://example.org/k8s\npublished_at: 2019-04-02\ntags: [a, b]\n---\n\nLe corps.\n",
			want: Document{Title: "L’essor de Kubernetes", Lang: "fr", Source: "demo-lemag", URL: "https://example.org/k8s", PublishedAt: date("2019-04-02T00:00:00Z"), Body: "Le corps."},
		},
		{
			name: "h1 title",
			in:   "# Docker **1.0** est là\n\nLe corps.",
			want: Document{Title: "Docker 1.0 est là", Body: "Le corps."},
		},
		{
			name: "h1 equal to front matter title dropped",
			in:   "---\ntitle: Titre\ndate: 2020-01-02T10:00:00+01:00\n---\n# Titre\n\nCorps.",
			want: Document{Title: "Titre", PublishedAt: date("2020-01-02T10:00:00+01:00"), Body: "Corps."},
		},
		{
			name: "h1 different from front matter kept as text",
			in:   "---\ntitle: Titre\n---\n# Autre\n\nCorps.",
			want: Document{Title: "Titre", Body: "Autre\n\nCorps."},
		},
		{
			name: "syntax stripped",
			in:   "# T\n\n## Sous-titre ##\n\n> Une **citation** et `kubectl`.\n\n- un [lien](https://x.org) et ![image](a.png)\n* snake_case reste\n\n---\n\n```\ncode gardé\n```\n\n[ref]: https://x.org\n",
			want: Document{Title: "T", Body: "Sous-titre\n\nUne citation et kubectl.\n\nun lien et image\nsnake_case reste\n\ncode gardé"},
		},
		{name: "unclosed front matter", in: "---\ntitle: x\n\nCorps.", wantErr: true},
		{name: "bad date", in: "---\ndate: hier\n---\nCorps.", wantErr: true},
		{name: "empty body", in: "---\ntitle: x\n---\n# x\n", wantErr: true},
		{name: "invalid UTF-8", in: "# x\n\n\xff", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseMarkdown("id", []byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error: %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			tt.want.ID = "id"
			tt.want.markCleaned() // analysis will not clean it again
			if !sameDoc(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func sameDoc(a, b Document) bool {
	if (a.PublishedAt == nil) != (b.PublishedAt == nil) || a.PublishedAt != nil && !a.PublishedAt.Equal(*b.PublishedAt) {
		return false
	}
	a.PublishedAt, b.PublishedAt = nil, nil
	return fmt.Sprint(a) == fmt.Sprint(b)
}

func TestParseJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Document
		wantErr error // nil with wantAnyErr false: success
		anyErr  bool
	}{
		{
			name: "all fields",
			in:   `{"id":"a/1","title":" Azure\nVMware ","body":"Corps.\n\nPublicité","lang":"EN","source":"crn","url":"https://x","published_at":"2019-04-29T10:00:00Z","extra":{"k":[1,2]}}`,
			want: Document{ID: "a/1", Title: "Azure VMware", Body: "Corps.\n\nPublicité", Lang: "en", Source: "crn", URL: "https://x", PublishedAt: date("2019-04-29T10:00:00Z")},
		},
		{name: "text alias and date alias", in: `{"text":"Corps.","date":"2014-11-05"}`, want: Document{Body: "Corps.", PublishedAt: date("2014-11-05T00:00:00Z")}},
		{name: "body wins over text", in: `{"body":"B.","text":"T."}`, want: Document{Body: "B."}},
		{name: "numeric id", in: `{"id":42,"body":"B."}`, want: Document{ID: "42", Body: "B."}},
		{name: "null fields", in: `{"id":null,"title":null,"body":"B.","published_at":null}`, want: Document{Body: "B."}},
		{name: "emoji and rtl", in: `{"body":"🐳 \u05e9\u05dc\u05d5\u05dd مرحبا"}`, want: Document{Body: "🐳 שלום مرحبا"}},
		{name: "empty body", in: `{"id":"x","body":"  "}`, wantErr: ErrEmptyBody},
		{name: "NUL escape", in: `{"body":"a\u0000b"}`, wantErr: ErrNULByte},
		{name: "raw NUL", in: "{\"body\":\"a\x00b\"}", wantErr: ErrNULByte},
		{name: "invalid UTF-8", in: "{\"body\":\"caf\xe9\"}", wantErr: ErrInvalidUTF8},
		{name: "deeply nested", in: `{"body":"b","x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`, wantErr: ErrNestedTooDeep},
		{name: "brackets in strings do not nest", in: `{"body":"` + strings.Repeat("[", 100) + `"}`, want: Document{Body: strings.Repeat("[", 100)}},
		{name: "malformed", in: `{"body":"b",}`, anyErr: true},
		{name: "truncated", in: `{"body":"b`, anyErr: true},
		{name: "not an object", in: `["body"]`, anyErr: true},
		{name: "bad id", in: `{"id":{"a":1},"body":"b"}`, anyErr: true},
		{name: "bad date", in: `{"body":"b","published_at":"29/04/2019"}`, anyErr: true},
		{name: "wrong field type", in: `{"body":12}`, anyErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseJSON([]byte(tt.in))
			wantFail := tt.anyErr || tt.wantErr != nil
			if (err != nil) != wantFail || tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v (any error: %v)", err, tt.wantErr, tt.anyErr)
			}
			if err == nil && !sameDoc(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// collect gathers items; tests read failures and documents from it.
func collect(items *[]Item) func(Item) error {
	return func(it Item) error {
		*items = append(*items, it)
		return nil
	}
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		// want describes each item: "id@line" for a document, "!err" for a failure.
		want []string
	}{
		{name: "one document", in: "\ufeff  {\"id\":\"a\",\"body\":\"b\"}\n", want: []string{"a@0"}},
		{name: "array", in: "[\n  {\"id\":\"a\",\"body\":\"b\"},\n\n  {\"id\":\"b\",\n\"body\":\"c\"}\n]", want: []string{"a@2", "b@4"}},
		{name: "empty array", in: "[]", want: nil},
		{name: "bad element continues", in: "[{\"id\":\"a\"},\n{\"id\":\"b\",\"body\":\"x\"}]", want: []string{"!empty body", "b@2"}},
		{name: "truncated array", in: "[{\"id\":\"a\",\"body\":\"b\"},\n{\"id\":\"b\",\"bo", want: []string{"a@1", "!truncated"}},
		{name: "malformed array", in: "[{\"id\":\"a\",\"body\":\"b\"} {\"id\":\"b\"}]", want: []string{"a@1", "!invalid JSON"}},
		{name: "trailing data", in: "{\"body\":\"b\"} x", want: []string{"!after the document"}},
		{name: "scalar", in: "42", want: []string{"!want a document"}},
		{name: "empty", in: " \n", want: []string{"!no JSON document"}},
		{name: "deeply nested element", in: "[" + strings.Repeat("[", 100) + strings.Repeat("]", 100) + ",{\"body\":\"b\"}]", want: []string{"!nested too deeply", "@1"}},
		{name: "nesting past the decoder limit", in: "[" + strings.Repeat("[", 20000), want: []string{"!exceeded max depth"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			if err := ReadJSON(strings.NewReader(tt.in), collect(&items)); err != nil {
				t.Fatal(err)
			}
			checkItems(t, items, tt.want)
		})
	}
}

func checkItems(tb testing.TB, items []Item, want []string) {
	tb.Helper()
	if len(items) != len(want) {
		tb.Fatalf("got %d items %v, want %d %v", len(items), items, len(want), want)
	}
	for i, it := range items {
		if w, ok := strings.CutPrefix(want[i], "!"); ok {
			if it.Err == nil || !strings.Contains(it.Err.Error(), w) {
				tb.Errorf("item %d: err %v, want one containing %q", i, it.Err, w)
			}
			continue
		}
		if it.Err != nil {
			tb.Errorf("item %d: unexpected error %v", i, it.Err)
			continue
		}
		if got := fmt.Sprintf("%s@%d", it.Doc.ID, it.Line); got != want[i] {
			tb.Errorf("item %d: got %s, want %s", i, got, want[i])
		}
	}
}

func TestReadNDJSON(t *testing.T) {
	tenMB := strings.Repeat("virtualisation ", 10<<20/15)
	tests := []struct {
		name   string
		loader Loader
		in     string
		want   []string
	}{
		{name: "lines", in: "\ufeff{\"id\":\"a\",\"body\":\"x\"}\r\n\n  \n{\"body\":\"y\"}", want: []string{"a@1", "@4"}},
		{name: "bad lines do not stop the stream", in: "{\"body\":\n\xff\xfe\n{\"body\":\"a\x00\"}\n{\"id\":\"ok\",\"body\":\"z\"}\n",
			want: []string{"!truncated", "!invalid UTF-8", "!NUL", "ok@4"}},
		{name: "line over the limit", loader: Loader{MaxLineSize: 100}, in: `{"body":"` + strings.Repeat("x", 200) + "\"}\n{\"id\":\"next\",\"body\":\"y\"}",
			want: []string{"!line too long", "next@2"}},
		{name: "line at the limit", loader: Loader{MaxLineSize: 20}, in: `{"body":"012345678"}` + "\n", want: []string{"@1"}},
		{name: "line one over the limit", loader: Loader{MaxLineSize: 20}, in: `{"body":"0123456789"}`, want: []string{"!line too long"}},
		{name: "10 MB line", in: `{"id":"big","body":"` + tenMB + "\"}\n{\"id\":\"after\",\"body\":\"y\"}", want: []string{"big@1", "after@2"}},
		{name: "17 MB line over the default", in: `{"body":"` + tenMB + tenMB[:7<<20] + "\"}\n{\"id\":\"after\",\"body\":\"y\"}", want: []string{"!line too long", "after@2"}},
		{name: "deeply nested", in: strings.Repeat("[", 100000) + "\n{\"id\":\"a\",\"body\":\"b\"}", want: []string{"!nested too deeply", "a@2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			if err := tt.loader.ReadNDJSON(context.Background(), strings.NewReader(tt.in), "", collect(&items)); err != nil {
				t.Fatal(err)
			}
			checkItems(t, items, tt.want)
		})
	}
}

func TestReadNDJSONStops(t *testing.T) {
	in := strings.Repeat("{\"body\":\"b\"}\n", 10)
	stop := errors.New("stop")
	n := 0
	err := ReadNDJSON(strings.NewReader(in), func(Item) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("got err %v after %d items, want %v after 3", err, n, stop)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Loader{}).ReadNDJSON(ctx, strings.NewReader(in), "", collect(new([]Item))); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: got %v, want %v", err, context.Canceled)
	}
}

func writeFiles(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"000_246778c40a06a3de.txt":    "Titre\n\nCorps.",
		"2019/azure/vmware.md":        "---\nlang: fr\n---\n# VMware sur Azure\n\nCorps.",
		"2019/azure/Notes.MARKDOWN":   "Corps.",
		"docs.json":                   `[{"id":"j1","body":"a"},{"body":"b"}]`,
		"feed.ndjson":                 "{\"id\":\"n1\",\"body\":\"a\"}\nnot json\n",
		"feed2.jsonl":                 "{\"id\":\"n2\",\"body\":\"a\"}\n",
		"image.png":                   "\x89PNG\r\n\x1a\n\x00\x00",
		"binary.txt":                  "ELF\x00\x00\x01",
		"latin1.txt":                  "Caf\xe9.",
		"undefined.txt":               "Caf\xe9 \x81.",
		"page.html":                   "<html><body><article><h1>T</h1><p>Un article assez long pour Readability.</p></article></body></html>",
		"README":                      "not a document",
		"big.txt":                     strings.Repeat("a", 2000),
		".hidden.txt":                 "ignored",
		".git/objects/x.txt":          "ignored",
		"sub/.cache/deep/ignored.txt": "ignored",
	})
	var items []Item
	l := Loader{MaxFileSize: 1000}
	if err := l.Walk(context.Background(), []string{dir}, collect(&items)); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		rel, _ := filepath.Rel(dir, it.Path)
		switch {
		case it.Skipped():
			got = append(got, "skip "+filepath.ToSlash(rel))
		case it.Err != nil:
			got = append(got, "fail "+filepath.ToSlash(rel))
		default:
			got = append(got, fmt.Sprintf("doc %s %s@%d", filepath.ToSlash(rel), it.Doc.ID, it.Line))
		}
	}
	want := []string{
		"doc 000_246778c40a06a3de.txt 000_246778c40a06a3de@0",
		"doc 2019/azure/Notes.MARKDOWN 2019/azure/Notes@0",
		"doc 2019/azure/vmware.md 2019/azure/vmware@0",
		"skip README",
		"fail big.txt",
		"skip binary.txt",
		"doc docs.json j1@1",
		"doc docs.json @1",
		"doc feed.ndjson n1@1",
		"fail feed.ndjson",
		"doc feed2.jsonl n2@1",
		"skip image.png",
		"doc latin1.txt latin1@0",
		"doc page.html page@0",
		"fail undefined.txt",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, it := range items {
		switch filepath.Base(it.Path) {
		case "big.txt":
			if !errors.Is(it.Err, ErrTooLarge) {
				t.Errorf("big.txt: err %v, want %v", it.Err, ErrTooLarge)
			}
		case "undefined.txt":
			if !errors.Is(it.Err, ErrInvalidUTF8) || !strings.Contains(it.Err.Error(), "at byte 3") {
				t.Errorf("undefined.txt: err %v, want %v at byte 3", it.Err, ErrInvalidUTF8)
			}
		case "latin1.txt":
			if it.Encoding != "iso-8859-1" || it.Doc.Body != "Café." {
				t.Errorf("latin1.txt: encoding %q body %q, want iso-8859-1 and Café.", it.Encoding, it.Doc.Body)
			}
		}
	}
}

func TestWalkPaths(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"sub/article.txt": "Titre\n\nCorps.", ".hidden/given.md": "Corps."})
	var items []Item
	paths := []string{
		filepath.Join(dir, "sub", "article.txt"),  // a file given directly: base name
		filepath.Join(dir, ".hidden", "given.md"), // hidden but asked for
		filepath.Join(dir, "missing"),
	}
	if err := Walk(context.Background(), paths, collect(&items)); err != nil {
		t.Fatal(err)
	}
	checkItems(t, items, []string{"article@0", "given@0", "!no such file"})

	stop := errors.New("stop")
	if err := Walk(context.Background(), []string{dir}, func(Item) error { return stop }); err != stop {
		t.Errorf("Walk returned %v, want fn's error %v", err, stop)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{dir}, collect(new([]Item))); !errors.Is(err, context.Canceled) {
		t.Errorf("Walk with a cancelled context returned %v", err)
	}
}

func TestContentID(t *testing.T) {
	a := Document{Title: "L’éditeur", Body: "Un  corps\navec des espaces."}
	b := Document{ID: "ignored", Title: "L'éditeur ", Body: "Un corps avec des espaces."}
	c := Document{Title: "L'éditeur", Body: "Un autre corps."}
	if ContentID(a) != ContentID(b) {
		t.Errorf("ContentID differs on whitespace and apostrophes: %s %s", ContentID(a), ContentID(b))
	}
	if ContentID(a) == ContentID(c) {
		t.Errorf("ContentID(a) == ContentID(c) = %s", ContentID(a))
	}
	if got := ContentID(a); len(got) != 16 || strings.Trim(got, "0123456789abcdef") != "" {
		t.Errorf("ContentID = %q, want 16 hex digits", got)
	}
	// Title and body are hashed apart: moving text between them changes the id.
	if ContentID(Document{Title: "a b"}) == ContentID(Document{Title: "a", Body: "b"}) {
		t.Error("ContentID does not separate title and body")
	}
}

// checkDoc is the invariant every parser's successful output keeps.
func checkDoc(t *testing.T, doc Document) {
	t.Helper()
	for _, s := range []string{doc.ID, doc.Title, doc.Body} {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			t.Fatalf("invalid text in %+v", doc)
		}
	}
	if doc.Body == "" {
		t.Fatalf("empty body in %+v", doc)
	}
	if strings.Contains(doc.Title, "\n") {
		t.Fatalf("multi-line title %q", doc.Title)
	}
}

// fuzzParse fuzzes a parser of one document from seeds: every document it
// accepts must pass checkDoc.
func fuzzParse(f *testing.F, parse func(id string, data []byte) (Document, error), seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if doc, err := parse("id", data); err == nil {
			checkDoc(t, doc)
		}
	})
}

func FuzzParseText(f *testing.F) {
	fuzzParse(f, ParseText, "Titre\n\nCorps.", "\ufeffT\r\n\r\nPublicité\r\nB.")
}

func FuzzParseMarkdown(f *testing.F) {
	fuzzParse(f, ParseMarkdown, "---\ntitle: T\ndate: 2020-01-01\n---\n# T\n\n**Corps** [lien](u).", "```\ncode\n")
}

func FuzzReadNDJSON(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"body\":\"b\"}\n{\"text\":\"c\",\"date\":\"2020-01-01\"}\n"))
	f.Add([]byte("[[[\n\xff\n{\"body\":\"\\u0000\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		n := 0
		err := Loader{MaxLineSize: 64}.ReadNDJSON(context.Background(), bytes.NewReader(data), "", func(it Item) error {
			n++
			if it.Err == nil {
				checkDoc(t, it.Doc)
			}
			if it.Line < 1 || it.Line > lines {
				t.Fatalf("line %d out of 1..%d", it.Line, lines)
			}
			return nil
		})
		if err != nil || n > lines {
			t.Fatalf("err %v, %d items for %d lines", err, n, lines)
		}
	})
}

func FuzzJSONDocuments(f *testing.F) {
	f.Add([]byte(`[{"id":"a","body":"b"},{"id":1,"text":"c"}]`))
	f.Add([]byte(`{"body":"b","published_at":"2019-04-29T10:00:00Z"}`))
	f.Add([]byte(`[{"body":"b"},`))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadJSON(bytes.NewReader(data), func(it Item) error {
			if it.Err == nil {
				checkDoc(t, it.Doc)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadJSON returned %v; stream errors must be items", err)
		}
	})
}

// TestWalkTestdata loads the corpus of testdata/encodings, compressed and
// broken: every file in every encoding and compression gives its
// documents, with the encoding it was read in, and every broken file fails
// on its own with its reason.
func TestWalkTestdata(t *testing.T) {
	var items []Item
	dirs := []string{"testdata/encodings", "testdata/compressed", "testdata/broken"}
	if err := Walk(t.Context(), dirs, collect(&items)); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		line := fmt.Sprintf("%s:%d %s", filepath.ToSlash(it.Path), it.Line, it.Encoding)
		if it.Err != nil {
			line += " error: " + it.Err.Error()
		} else {
			line += " id=" + it.Doc.ID
		}
		got = append(got, line)
	}
	want := []string{
		"testdata/encodings/fr-latin1.txt:0 iso-8859-1 id=fr-latin1",
		"testdata/encodings/fr-latin9.txt:0 iso-8859-15 id=fr-latin9",
		"testdata/encodings/fr-utf16be.txt:0 utf-16be id=fr-utf16be",
		"testdata/encodings/fr-utf16le.txt:0 utf-16le id=fr-utf16le",
		"testdata/encodings/fr-utf8-bom.txt:0 utf-8-bom id=fr-utf8-bom",
		"testdata/encodings/fr-utf8.txt:0 utf-8 id=fr-utf8",
		"testdata/encodings/fr-windows1252.txt:0 windows-1252 id=fr-windows1252",
		"testdata/compressed/docs.json.gz:1 utf-8 id=gz/1",
		"testdata/compressed/docs.json.gz:1 utf-8 id=gz/2",
		"testdata/compressed/docs.ndjson.gz:1 utf-8 id=gz/1",
		"testdata/compressed/docs.ndjson.gz:2 utf-8 id=gz/2",
		"testdata/compressed/docs.ndjson.gz:3 utf-8 id=gz/3",
		"testdata/compressed/fr-windows1252.txt.gz:0 windows-1252 id=fr-windows1252",
		"testdata/compressed/latin1.jsonl.gz:1 iso-8859-1 id=gz/1",
		"testdata/compressed/latin1.jsonl.gz:2 iso-8859-1 id=gz/2",
		"testdata/compressed/lemag-proxmox-fr.html.gz:0 utf-8 id=lemag-proxmox-fr",
		"testdata/broken/no-article.html:0 utf-8 error: empty body: no article text in the page",
		"testdata/broken/no-closing.md:0 utf-8 error: front matter: no closing ---",
		"testdata/broken/not-gzip.ndjson.gz:0  error: not a gzip file: gzip: invalid header",
		"testdata/broken/one-bad-line.ndjson:1 utf-8 id=ok/1",
		"testdata/broken/one-bad-line.ndjson:2 utf-8 error: invalid UTF-8 at byte 25",
		"testdata/broken/one-bad-line.ndjson:3 utf-8 id=ok/3",
		"testdata/broken/truncated.json:1 utf-8 id=t/1",
		"testdata/broken/truncated.json:1 utf-8 error: element 1: invalid JSON: truncated: unexpected EOF",
		"testdata/broken/truncated.txt.gz:0  error: decompress: unexpected EOF",
		"testdata/broken/undefined-byte.txt:0  error: invalid UTF-8 at byte 43",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Every encoding of the article gives the same words.
	var bodies = map[string]string{}
	for _, it := range items {
		if strings.HasPrefix(it.Path, "testdata/encodings/") && it.Err == nil {
			bodies[it.Doc.ID] = NormalizeApostrophes(it.Doc.Body)
		}
	}
	for id, body := range bodies {
		if !strings.HasPrefix(body, bodies["fr-utf8"]) {
			t.Errorf("%s: body differs from the UTF-8 file's:\n%.200q\n%.200q", id, body, bodies["fr-utf8"])
		}
	}
}

func TestReadInputGzipAndEncoding(t *testing.T) {
	ndjson := "{\"id\":\"a\",\"body\":\"Caf\xe9 cr\xe8me.\"}\n"
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(ndjson))
	zw.Close()
	tests := []struct {
		name     string
		in       []byte
		encoding string
		wantEnc  string
		wantBody string
	}{
		{"plain latin1", []byte(ndjson), "", "iso-8859-1", "Café crème."},
		{"gzip latin1", zipped.Bytes(), "", "iso-8859-1", "Café crème."},
		{"forced windows-1252", []byte(ndjson), "windows-1252", "windows-1252", "Café crème."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			err := Loader{Encoding: tt.encoding}.ReadInput(t.Context(), bytes.NewReader(tt.in), "-", collect(&items))
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != 1 || items[0].Err != nil || items[0].Encoding != tt.wantEnc || items[0].Doc.Body != tt.wantBody {
				t.Fatalf("items %+v, want one document %q read as %s", items, tt.wantBody, tt.wantEnc)
			}
		})
	}
}

func TestGzipFileLimit(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, size int) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte("Titre\n\n" + strings.Repeat("a", size-len("Titre\n\n"))))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("at.txt.gz", 1000)
	write("over.txt.gz", 1001)
	write("at-json.json.gz", 1000) // not JSON: fails on syntax, not size
	var items []Item
	if err := (Loader{MaxFileSize: 1000}).Walk(t.Context(), []string{dir}, collect(&items)); err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		name := filepath.Base(it.Path)
		tooLarge := errors.Is(it.Err, ErrTooLarge)
		if tooLarge != (name == "over.txt.gz") {
			t.Errorf("%s: err %v", name, it.Err)
		}
	}
}
