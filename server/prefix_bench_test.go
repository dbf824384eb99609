package server_test

import (
	"bufio"
	"cmp"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkPrefixAPI asks GET /v1/search?prefix=true for each prefix of
// tools/loadtest/testdata/prefixes-drawn.txt in turn (one op: all of them),
// as the load test does, and logs the slowest prefixes by their fastest
// run, the figure least moved by whatever else the machine does. It needs
// the 39k news index (RECHERCHE_BENCH_DATA, see BenchmarkPageResults);
// RECHERCHE_BENCH_QUERIES="a|b" asks those queries instead.
//
//	RECHERCHE_BENCH_DATA=/tmp/news go test ./server -run '^$' -bench PrefixAPI -benchtime 20x
func BenchmarkPrefixAPI(b *testing.B) {
	h, news := benchServer(b)
	if !news {
		b.Skip("RECHERCHE_BENCH_DATA is not set: the prefixes are drawn from the news corpus")
	}
	qs := benchPrefixes(b)
	fastest := map[string]time.Duration{}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range qs {
			start := time.Now()
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/search?prefix=true&q="+url.QueryEscape(q), nil))
			if rec.Code != http.StatusOK {
				b.Fatalf("%s: %d %.300s", q, rec.Code, rec.Body)
			}
			if d := time.Since(start); fastest[q] == 0 || d < fastest[q] {
				fastest[q] = d
			}
		}
	}
	slowest := slices.SortedFunc(maps.Keys(fastest), func(a, b string) int { return cmp.Compare(fastest[b], fastest[a]) })
	for _, q := range slowest[:min(8, len(slowest))] {
		b.Logf("%-16s fastest %v", q, fastest[q].Round(10*time.Microsecond))
	}
}

func benchPrefixes(b *testing.B) []string {
	b.Helper()
	if q := os.Getenv("RECHERCHE_BENCH_QUERIES"); q != "" {
		return strings.Split(q, "|")
	}
	f, err := os.Open("../tools/loadtest/testdata/prefixes-drawn.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			qs = append(qs, l)
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return qs
}
