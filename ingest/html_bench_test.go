package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/ingest"
)

// copies is how many times each test page is ingested per benchmark
// iteration, under distinct ids, so that an iteration is a batch-sized
// folder of articles rather than a handful.
const copies = 20

// writeFolders writes the test pages of corpus/testdata/pages into one
// folder as .html files and into another as the same articles in plain
// text (title, blank line, body: what the pages' authors wrote), copies
// times each.
func writeFolders(tb testing.TB) (htmlDir, textDir string, n int) {
	tb.Helper()
	pages, err := filepath.Glob("../corpus/testdata/pages/*.article")
	if err != nil || len(pages) == 0 {
		tb.Fatalf("no test pages: %v", err)
	}
	htmlDir, textDir = tb.TempDir(), tb.TempDir()
	for _, article := range pages {
		name := strings.TrimSuffix(filepath.Base(article), ".article")
		page, err := os.ReadFile(strings.TrimSuffix(article, ".article") + ".html")
		if err != nil {
			tb.Fatal(err)
		}
		data, err := os.ReadFile(article)
		if err != nil {
			tb.Fatal(err)
		}
		head, body, _ := strings.Cut(string(data), "\n\n")
		title, _, _ := strings.Cut(head, "\n")
		text := []byte(title + "\n\n" + body)
		for i := range copies {
			file := fmt.Sprintf("%s-%02d", name, i)
			if err := os.WriteFile(filepath.Join(htmlDir, file+".html"), page, 0o644); err != nil {
				tb.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(textDir, file+".txt"), text, 0o644); err != nil {
				tb.Fatal(err)
			}
			n++
		}
	}
	return htmlDir, textDir, n
}

// BenchmarkStreamHTML ingests the same articles as web pages and as plain
// text through the whole pipeline — load (and for HTML, reduce to the
// article), analyze, index — each into its own real index, and reports
// the documents per second of each and their ratio. Every iteration runs
// both, back to back, so that on a shared machine a busy spell slows both
// sides alike rather than one. The target is HTML at ≥ 50 % of plain
// text's rate (docs/benchmarks.md):
//
//	go test -run '^$' -bench StreamHTML -benchtime 8x ./ingest/
func BenchmarkStreamHTML(b *testing.B) {
	htmlDir, textDir, n := writeFolders(b)
	sides := []struct {
		dir          string
		p            *ingest.Pipeline
		elapsed, cpu time.Duration
	}{{dir: htmlDir}, {dir: textDir}}
	for i := range sides {
		sides[i].p, _ = setup(b)
	}
	failed := 0
	b.ReportAllocs()
	for b.Loop() {
		for i := range sides {
			s := &sides[i]
			load := func(fn func(corpus.Item) error) error {
				return corpus.Walk(context.Background(), []string{s.dir}, fn)
			}
			start, cpu := time.Now(), processCPU()
			err := s.p.Stream(context.Background(), 500, load, func(it corpus.Item, r ingest.Result) {
				if r.Err != nil {
					failed++
				}
			})
			s.elapsed += time.Since(start)
			s.cpu += processCPU() - cpu
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	if failed > 0 {
		b.Fatalf("%d documents failed", failed)
	}
	html := float64(n*b.N) / sides[0].elapsed.Seconds()
	text := float64(n*b.N) / sides[1].elapsed.Seconds()
	b.ReportMetric(html, "html-docs/s")
	b.ReportMetric(text, "text-docs/s")
	b.ReportMetric(100*html/text, "html/text-%")
	// The same ratio in CPU time, which other processes on the machine
	// do not skew: docs per CPU-second of the whole process.
	if sides[0].cpu > 0 && sides[1].cpu > 0 {
		b.ReportMetric(100*sides[1].cpu.Seconds()/sides[0].cpu.Seconds(), "html/text-cpu-%")
	}
}
