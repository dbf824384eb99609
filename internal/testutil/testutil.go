// Package testutil holds what tests of several Recherche packages share
// and no product code uses.
//
// It imports the standard library only.
package testutil

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Buffer is a bytes.Buffer safe for concurrent use: a server or a child
// process writes its log lines to it while the test reads them.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *Buffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns what has been written so far.
func (l *Buffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// A Line is a line of a test's data file, with its number (from 1).
type Line struct {
	N    int
	Text string
}

// DataLines returns the lines of text that are neither empty nor comments
// (a # first), without their line ends.
func DataLines(text string) []Line {
	var out []Line
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimSuffix(l, "\r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, Line{N: i + 1, Text: l})
	}
	return out
}

// ReadDataLines returns the DataLines of the file at path, failing tb when
// it cannot be read.
func ReadDataLines(tb testing.TB, path string) []Line {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return DataLines(string(b))
}

// SeedPaths returns the paths of the seed articles, in name order: real
// articles the team shares in shared/seeds beside the repository's folder,
// never copied into it. It skips tb when there are none.
func SeedPaths(tb testing.TB) []string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Fatal(err)
	}
	dir := filepath.Join(root, "..", "shared", "seeds")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		tb.Skipf("no seed articles in %s", dir)
	}
	return paths
}

// moduleRoot is the folder holding go.mod, found upward from the working
// directory (a test runs in its package's folder).
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}
