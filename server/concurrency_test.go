package server_test

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/recherche/recherche/server"
)

// TestConcurrentClients runs batch writers, replacers, deleters and
// searchers at once (run it with -race). Batches carry a marker word only
// they contain: a search for it finds none or all of the batch, never part.
// At the end the entity facet counts equal those of the stored documents.
func TestConcurrentClients(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	const writers, batches, perBatch = 4, 5, 8
	rng := rand.New(rand.NewPCG(6, 6))
	marker := func() string {
		b := make([]byte, 12)
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		return string(b)
	}
	markers := make([][]string, writers)
	for w := range markers {
		for range batches {
			markers[w] = append(markers[w], marker())
		}
	}

	var (
		wg       sync.WaitGroup
		started  sync.Map // marker → true once its batch was sent
		writing  atomic.Int32
		searched atomic.Int64
	)
	writing.Store(writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer writing.Add(-1)
			for b, m := range markers[w] {
				var body strings.Builder
				for i := range perBatch {
					fmt.Fprintf(&body, `{"id":"w%d-b%d-%d","lang":"en","body":"plain lowercase release notes that mention %s once, item %d"}`+"\n", w, b, i, m, i)
				}
				started.Store(m, true)
				r := c.do(http.MethodPost, "/v1/documents/batch", "application/x-ndjson", []byte(body.String()))
				if r.status != http.StatusOK || !strings.Contains(string(r.body), fmt.Sprintf(`"indexed":%d`, perBatch)) {
					t.Errorf("batch %s: %d %s", m, r.status, r.body)
				}
			}
		}()
	}
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for writing.Load() > 0 {
				for _, ms := range markers {
					for _, m := range ms {
						if _, ok := started.Load(m); !ok {
							continue
						}
						var out searchOut
						c.get("/v1/search?"+q("q", m, "size", "0", "facets", "lang")).json(t, &out)
						searched.Add(1)
						if out.Total != 0 && out.Total != perBatch {
							t.Errorf("search %s found %d of a batch of %d", m, out.Total, perBatch)
						}
					}
				}
			}
		}()
	}
	entities := []string{"Microsoft", "VMware", "Docker", "Kubernetes", "Oracle"}
	const churners, owned, ops = 3, 4, 12
	var ids []string
	for g := range churners {
		wg.Add(1)
		rng := rand.New(rand.NewPCG(uint64(g), 1))
		for i := range owned {
			ids = append(ids, fmt.Sprintf("churn-%d-%d", g, i))
		}
		go func() {
			defer wg.Done()
			for range ops {
				id := fmt.Sprintf("churn-%d-%d", g, rng.IntN(owned))
				if rng.IntN(3) == 0 {
					if r := c.do(http.MethodDelete, "/v1/documents/"+id, "", nil); r.status != http.StatusNoContent && r.status != http.StatusNotFound {
						t.Errorf("delete %s: %d %s", id, r.status, r.body)
					}
					continue
				}
				var names []string
				for _, e := range entities {
					if rng.IntN(2) == 0 {
						names = append(names, e)
					}
				}
				body := fmt.Sprintf("This week %s announced new cloud products for developers.", strings.Join(append(names, "the vendors"), " and "))
				r := c.postJSON("/v1/documents", map[string]string{"id": id, "lang": "en", "body": body})
				if r.status != http.StatusCreated && r.status != http.StatusOK {
					t.Errorf("put %s: %d %s", id, r.status, r.body)
				}
			}
		}()
	}
	wg.Wait()

	// The truth: entities of the documents as stored now.
	want := map[string]int{}
	stored := 0
	for w := range writers {
		for b := range batches {
			for i := range perBatch {
				ids = append(ids, fmt.Sprintf("w%d-b%d-%d", w, b, i))
			}
		}
	}
	for _, id := range ids {
		r := c.get("/v1/documents/" + id)
		if r.status == http.StatusNotFound {
			continue
		}
		var d struct{ Entities []struct{ Name string } }
		r.json(t, &d)
		stored++
		for _, e := range d.Entities {
			want[e.Name]++
		}
	}
	got := search(t, c, q("size", "0", "facets", "entities", "facet_size", "100"))
	if got.Total != stored {
		t.Errorf("search total %d, stored %d", got.Total, stored)
	}
	have := map[string]int{}
	for _, v := range got.Facets["entities"] {
		have[v.Value] = v.Count
	}
	if fmt.Sprint(have) != fmt.Sprint(want) {
		t.Errorf("entity facet %v, stored documents say %v", have, want)
	}
	t.Logf("%d documents stored, %d marker searches during the writes, entity counts %v", stored, searched.Load(), want)
}
