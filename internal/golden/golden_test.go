package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records whether Check failed.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Log(...any)            {}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Whether Check fails, by what the test produced against "a\nb\n".
	for got, fail := range map[string]bool{
		"a\nb\n":    false,
		"a\nc\n":    true, // one line differs
		"a\nb\nc\n": true, // a line more
		"":          true,
	} {
		r := &recorder{TB: t}
		if Check(r, path, got, false); r.failed != fail {
			t.Errorf("Check(%q) failed = %v, want %v", got, r.failed, fail)
		}
	}
	t.Run("update", func(t *testing.T) {
		Check(t, path, "new\n", true)
		if data, err := os.ReadFile(path); err != nil || string(data) != "new\n" {
			t.Errorf("after update: %q, %v", data, err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		r := &recorder{TB: t}
		Check(r, filepath.Join(t.TempDir(), "none.golden"), "x", false)
		if !r.failed {
			t.Error("a missing golden file passed")
		}
	})
}
