package bleveindex_test

import (
	"testing"

	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/index/bleveindex"
	"github.com/recherche/recherche/index/enginetest"
)

var _ index.Engine = (*bleveindex.Index)(nil)

func TestEngine(t *testing.T) {
	for _, shards := range []int{1, 2} {
		t.Run(map[int]string{1: "one shard", 2: "two shards"}[shards], func(t *testing.T) {
			enginetest.Run(t, func(t testing.TB, dir string) index.Engine {
				x, err := bleveindex.Open(dir, bleveindex.Options{Shards: shards})
				if err != nil {
					t.Fatal(err)
				}
				return x
			})
		})
	}
}
