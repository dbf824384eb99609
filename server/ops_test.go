package server_test

import (
	"context"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/server"
)

func TestAdminSnapshot(t *testing.T) {
	t.Run("off", func(t *testing.T) {
		c, _ := startServer(t, server.Config{})
		if r := c.do(http.MethodPost, "/v1/admin/snapshot", "", nil); r.status != http.StatusNotFound {
			t.Errorf("got %d %s, want 404", r.status, r.body)
		}
	})
	t.Run("write scope", func(t *testing.T) {
		keys, _ := server.ParseKeys("r:read,w:write")
		c, _ := startServer(t, server.Config{SnapshotDir: t.TempDir(), APIKeys: keys, PublicRead: true})
		for key, want := range map[string]int{"": 401, "r": 403, "w": 201} {
			c.header = http.Header{}
			if key != "" {
				c.header.Set("Authorization", "Bearer "+key)
			}
			if r := c.do(http.MethodPost, "/v1/admin/snapshot", "", nil); r.status != want {
				t.Errorf("key %q: got %d %s, want %d", key, r.status, r.body, want)
			}
		}
	})
	t.Run("copy opens", func(t *testing.T) {
		dir := t.TempDir()
		c, _ := startServer(t, server.Config{SnapshotDir: dir})
		seed(t, c)
		var names []string
		for range 2 {
			r := c.do(http.MethodPost, "/v1/admin/snapshot", "", nil)
			var out struct{ Name string }
			r.json(t, &out)
			if r.status != http.StatusCreated || out.Name == "" || filepath.Base(out.Name) != out.Name {
				t.Fatalf("snapshot: %d %s", r.status, r.body)
			}
			names = append(names, out.Name)
		}
		if names[0] == names[1] {
			t.Errorf("two snapshots named %s", names[0])
		}
		idx, err := bleveindex.Open(filepath.Join(dir, names[1], "index"), bleveindex.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer idx.Close()
		if _, err := idx.Get(context.Background(), "fr/azure-vmware"); err != nil {
			t.Errorf("document in snapshot: %v", err)
		}
	})
}
