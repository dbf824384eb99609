// Package golden compares a test's output with a golden file, or rewrites
// the file when the test runs with -update, so that every golden test of
// Recherche (analyzers, cleaning, pages, sentences, summaries, the text
// layer) reads, writes and reports alike. A golden file is reviewed like
// code: its diff is what the change does to the output.
//
// It imports the standard library only.
package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxReported bounds the differing lines reported, so a wholesale change
// does not bury the first difference under thousands of lines.
const maxReported = 20

// Check compares got with the file at path; with update it writes got to
// the file instead. Differences are reported line by line.
func Check(tb testing.TB, path, got string, update bool) {
	tb.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	reported := 0
	for i := range max(len(gotLines), len(wantLines)) {
		if g, w := line(gotLines, i), line(wantLines, i); g != w {
			if reported++; reported > maxReported {
				tb.Errorf("%s: more lines differ", path)
				break
			}
			tb.Errorf("%s line %d:\ngot  %s\nwant %s", path, i+1, g, w)
		}
	}
	tb.Log("run go test -update and review the diff if the change is intended")
}

func line(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

// Each runs render as a subtest on every file matching pattern (a
// filepath.Glob pattern), named after the file without its extension, and
// checks what it returns against the file beside it with the extension
// ".golden". It fails when no file matches: a golden test without inputs
// would pass whatever the code does.
func Each(t *testing.T, pattern string, update bool, render func(t *testing.T, path, input string) string) {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden inputs match %s: %v", pattern, err)
	}
	for _, path := range paths {
		base := strings.TrimSuffix(path, filepath.Ext(path))
		t.Run(filepath.Base(base), func(t *testing.T) {
			input, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			Check(t, base+".golden", render(t, path, string(input)), update)
		})
	}
}
