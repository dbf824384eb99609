package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/recherche/recherche/analysis/analysistest"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/ingest"
)

// keep is a store that holds what it is given.
type keep struct {
	mu   sync.Mutex
	docs map[string]corpus.Document
}

func (k *keep) Put(_ context.Context, docs []corpus.Document) ([]index.PutStatus, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]index.PutStatus, len(docs))
	for i, d := range docs {
		k.docs[d.ID] = d
		out[i] = index.Created
	}
	return out, nil
}

// TestCleanedOnce follows every kind of file from the loader to the store
// and checks that its body is cleaned exactly once. Clean is idempotent, so
// comparing texts cannot tell once from twice; what can is where the
// cleaning happened. A kind parsed on cleaned text (text, markdown, HTML)
// leaves the loader without its boilerplate, and the store must receive
// that very string: cleaning it again would have built a new one. A JSON
// body leaves the loader as sent, boilerplate and all, and analysis cleans
// it.
func TestCleanedOnce(t *testing.T) {
	const (
		para1 = "Microsoft intègre Docker à Windows Server. Les conteneurs complètent Hyper-V, l'hyperviseur de l'éditeur, dans les centres de données."
		ad    = "Publicité"
		para2 = "Satya Nadella l'a annoncé en septembre devant les clients de l'éditeur réunis à Paris, avec une version d'essai."
	)
	body := para1 + "\n\n" + ad + "\n\n" + para2
	jsonBody := strings.ReplaceAll(body, "\n", `\n`)
	files := map[string]string{
		"a.txt":    "Docker arrive dans Windows Server\n\n" + body,
		"b.md":     "# Docker arrive dans Windows Server\n\n" + body,
		"c.html":   "<html><head><title>Docker arrive dans Windows Server</title></head><body><article><h1>Docker arrive dans Windows Server</h1><p>" + para1 + "</p><p>" + ad + "</p><p>" + para2 + "</p></article></body></html>",
		"d.json":   `{"id":"d","body":"` + jsonBody + `"}`,
		"e.ndjson": `{"id":"e","body":"` + jsonBody + `"}` + "\n",
	}
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	store := &keep{docs: map[string]corpus.Document{}}
	p := ingest.New(analysistest.Analyzer(t), store, 2)
	load := func(fn func(corpus.Item) error) error {
		return corpus.Walk(context.Background(), []string{dir}, fn)
	}
	seen := map[string]bool{}
	err := p.Stream(context.Background(), 10, load, func(it corpus.Item, r ingest.Result) {
		kind := filepath.Ext(it.Path)
		seen[kind] = true
		if r.Err != nil {
			t.Errorf("%s: %v", kind, r.Err)
			return
		}
		stored := store.docs[r.ID]
		if strings.Contains(stored.Body, ad) {
			t.Errorf("%s: stored body keeps its boilerplate: %q", kind, stored.Body)
		}
		loaded := it.Doc.Body
		switch kind {
		case ".json", ".ndjson":
			if !strings.Contains(loaded, ad) {
				t.Errorf("%s: the loader cleaned the body, which analysis cleans: %q", kind, loaded)
			}
		default:
			if strings.Contains(loaded, ad) {
				t.Errorf("%s: the loader did not clean the body: %q", kind, loaded)
			}
			if unsafe.StringData(stored.Body) != unsafe.StringData(loaded) {
				t.Errorf("%s: analysis cleaned again a body its parser had cleaned", kind)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != len(files) {
		t.Errorf("kinds loaded: %v, want one of each of %d files", seen, len(files))
	}
}
