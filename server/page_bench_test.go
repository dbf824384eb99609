package server_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/analysis/translate"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/internal/demo"
	"github.com/recherche/recherche/server"
)

// BenchmarkPageResults renders a results page as a browser asks for it:
// search with four facets and highlights, the result-set summary, the
// hits' sources, and the template, through the whole middleware chain.
//
// By default it runs on the demo corpus. For the figure of
// docs/benchmarks.md, point RECHERCHE_BENCH_DATA at a data directory
// holding the 39k news corpus:
//
//	go run ./cmd/recherche ingest --data /tmp/news ../shared/eval/corpus
//	RECHERCHE_BENCH_DATA=/tmp/news go test ./server -run '^$' -bench PageResults -count 5
func BenchmarkPageResults(b *testing.B) {
	h, news := benchServer(b)
	queries := []string{ // the demo corpus: virtualization and containers
		"/?q=" + url.QueryEscape("machines virtuelles"),
		"/?q=" + url.QueryEscape("cloud") + "&entity=VMware",
		"/?q=" + url.QueryEscape("containers") + "&lang=en",
		"/",
	}
	if news { // the news corpus: economy, 1987 onwards
		queries = []string{
			"/?q=" + url.QueryEscape("oil prices"),
			"/?q=" + url.QueryEscape("marché des changes"),
			"/?q=" + url.QueryEscape("bank") + "&lang=en&page=3",
			"/",
		}
	}
	for _, path := range queries {
		name := strings.TrimPrefix(path, "/?")
		if name == "/" {
			name = "all"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `class="hit"`) {
					b.Fatalf("GET %s: %d %.300s", path, rec.Code, rec.Body)
				}
			}
		})
	}
}

// benchServer serves RECHERCHE_BENCH_DATA's index (news is true), or the
// demo corpus in a new one, with cross-lingual search as serve runs it:
// the FreeDict dictionaries where their packages installed them, the
// glossary and cognates where not.
func benchServer(b *testing.B) (h http.Handler, news bool) {
	b.Helper()
	dir := os.Getenv("RECHERCHE_BENCH_DATA")
	if news = dir != ""; !news {
		dir = b.TempDir()
	}
	idx, err := bleveindex.Open(filepath.Join(dir, "index"), bleveindex.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { idx.Close() })
	an := analysistest.Analyzer(b)
	pipe := ingest.New(an, idx, 2)
	if n, _ := idx.Count(); n == 0 {
		docs, err := demo.Documents()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := pipe.Batch(b.Context(), docs); err != nil {
			b.Fatal(err)
		}
	}
	srv, err := server.New(server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	tr := translate.New(translate.Load(translate.Options{Dir: translate.DefaultDir, CacheDir: dir}))
	srv.SetBackend(&server.Backend{Index: idx, Analyzer: an, Pipeline: pipe, Translator: tr, DictionaryDir: translate.DefaultDir})
	return srv.Handler(), news
}
