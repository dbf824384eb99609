package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

func date(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

var testDocs = []corpus.Document{
	{ID: "fr/editeur", Lang: "fr", Title: "L’éditeur de Redmond et le cœur du cloud", Body: "L'éditeur mise sur les machines virtuelles au cœur d'Azure. Microsoft rapproche Hyper-V et Docker.",
		Source: "lemag", PublishedAt: date("2015-03-01"),
		Entities: []corpus.Entity{{Name: "Microsoft", Type: corpus.Organization, Count: 2}, {Name: "Hyper-V", Type: corpus.Product, Count: 1}, {Name: "Docker", Type: corpus.Product, Count: 1}}},
	{ID: "fr/vmware", Lang: "fr", Title: "VMware et Azure", Body: "Une machine virtuelle VMware peut migrer vers Azure grâce à InMage. Le coeur de l’offre reste vSphere.",
		Source: "lemag", PublishedAt: date("2019-05-02"),
		Entities: []corpus.Entity{{Name: "VMware", Type: corpus.Organization, Count: 1}, {Name: "Microsoft Azure", Type: corpus.Product, Count: 1}, {Name: "InMage", Type: corpus.Organization, Count: 1}}},
	{ID: "en/docker", Lang: "en", Title: "Docker containers on Windows", Body: "Microsoft brings Docker containers to Windows Server. Virtual machines still matter for <legacy> workloads.",
		Source: "wire", PublishedAt: date("2016-10-10"),
		Entities: []corpus.Entity{{Name: "Microsoft", Type: corpus.Organization, Count: 1}, {Name: "Docker", Type: corpus.Product, Count: 1}}},
	{ID: "de/kvm", Lang: "de", Title: "Virtualisierung mit KVM", Body: "Die Virtualisierung unter Linux nutzt KVM und QEMU für schnelle Maschinen.",
		Entities: []corpus.Entity{{Name: "KVM", Type: corpus.Product, Count: 1}}},
}

// tempIndex opens a new index in a temporary folder, closed when the test
// ends.
func tempIndex(tb testing.TB, opts Options) *Index {
	tb.Helper()
	x, err := Open(tb.TempDir()+"/idx", opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { x.Close() })
	return x
}

func openTest(t testing.TB, shards int) *Index {
	t.Helper()
	x := tempIndex(t, Options{Shards: shards})
	st, err := x.Put(context.Background(), testDocs)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range st {
		if s != index.Created {
			t.Fatalf("status %d = %s, want created", i, s)
		}
	}
	return x
}

func ids(r *index.Result) []string {
	out := []string{}
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func testSearch(t *testing.T, shards int) {
	x := openTest(t, shards)
	tests := []struct {
		name string
		q    index.Query
		want []string // exact set, any order, unless ordered
	}{
		{"accent folding", index.Query{Text: "editeur"}, []string{"fr/editeur"}},
		{"elision straight", index.Query{Text: "l'éditeur"}, []string{"fr/editeur"}},
		{"elision curly", index.Query{Text: "l’editeur"}, []string{"fr/editeur"}},
		{"ligature", index.Query{Text: "coeur"}, []string{"fr/editeur", "fr/vmware"}},
		{"ligature reverse", index.Query{Text: "cœur"}, []string{"fr/editeur", "fr/vmware"}},
		{"plural", index.Query{Text: "machines virtuelles", Lang: "fr"}, []string{"fr/editeur", "fr/vmware"}},
		{"english stem", index.Query{Text: "container"}, []string{"en/docker"}},
		{"phrase", index.Query{Text: `"machine virtuelle"`}, []string{"fr/editeur", "fr/vmware"}},
		{"must not", index.Query{Text: `docker -windows`}, []string{"fr/editeur"}},
		{"must", index.Query{Text: `+azure inmage`}, []string{"fr/vmware", "fr/editeur"}},
		{"question", index.Query{Text: "Qu'est-ce que KVM ?"}, []string{"de/kvm"}},
		{"entity filter", index.Query{Entities: []string{"microsoft"}}, []string{"fr/editeur", "en/docker"}},
		{"two entities", index.Query{Entities: []string{"Microsoft", "DOCKER"}, Lang: "en"}, []string{"en/docker"}},
		{"source", index.Query{Source: "wire"}, []string{"en/docker"}},
		{"date range", index.Query{From: date("2016-01-01"), To: date("2019-12-31")}, []string{"en/docker", "fr/vmware"}},
		{"entity type", index.Query{EntityTypes: []string{"organization"}, Lang: "fr"}, []string{"fr/editeur", "fr/vmware"}},
		{"all", index.Query{}, []string{"fr/editeur", "fr/vmware", "en/docker", "de/kvm"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Size = 10
			r, err := x.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := ids(r)
			if !sameSet(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestEveryLayout runs the engine's tests on one Bleve index and on
// shards behind an alias: both must answer the same.
func TestEveryLayout(t *testing.T) {
	tests := []struct {
		name string
		fn   func(*testing.T, int)
	}{
		{"Search", testSearch},
		{"SortFacetsHighlight", testSortFacetsHighlight},
		{"ReplaceDeleteNoStaleFacets", testReplaceDeleteNoStaleFacets},
		{"EntityDetail", testEntityDetail},
		{"ReopenAndSnapshot", testReopenAndSnapshot},
	}
	for _, shards := range []int{1, 3} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/%d shards", tt.name, shards), func(t *testing.T) { tt.fn(t, shards) })
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

func testSortFacetsHighlight(t *testing.T, shards int) {
	x := openTest(t, shards)
	r, err := x.Search(context.Background(), index.Query{Size: 10, Sort: index.SortDateDesc, Facets: index.FacetNames, Highlight: true, Text: "microsoft"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(r), []string{"en/docker", "fr/editeur"}; !reflect.DeepEqual(got, want) {
		t.Errorf("date order got %v, want %v", got, want)
	}
	wantEnt := []index.FacetValue{{Value: "Docker", Count: 2}, {Value: "Microsoft", Count: 2}, {Value: "Hyper-V", Count: 1}}
	if got := r.Facets[index.FacetEntities]; !reflect.DeepEqual(got, wantEnt) {
		t.Errorf("entities facet %v, want %v", got, wantEnt)
	}
	if got := r.Facets[index.FacetYear]; len(got) != 2 {
		t.Errorf("year facet %v", got)
	}
	s := strings.Join(r.Hits[0].Snippets, " ")
	if !strings.Contains(s, "<mark>Microsoft</mark>") || !strings.Contains(s, "&lt;legacy&gt;") {
		t.Errorf("snippet %q lacks mark or escaping", s)
	}
}

func testReplaceDeleteNoStaleFacets(t *testing.T, shards int) {
	x := openTest(t, shards)
	ctx := context.Background()
	d := testDocs[2]
	d.Entities = []corpus.Entity{{Name: "Kubernetes", Type: corpus.Product, Count: 1}}
	st, err := x.Put(ctx, []corpus.Document{d})
	if err != nil || st[0] != index.Replaced {
		t.Fatalf("replace: %v %v", st, err)
	}
	if err := x.Delete(ctx, "fr/editeur"); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(ctx, "fr/editeur"); !errors.Is(err, index.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	r, err := x.Search(ctx, index.Query{Facets: []string{index.FacetEntities}})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range r.Facets[index.FacetEntities] {
		if v.Value == "Microsoft" || v.Value == "Docker" || v.Value == "Hyper-V" {
			t.Errorf("stale facet value %v", v)
		}
	}
	list, err := x.Entities(ctx, index.EntityFilter{Prefix: "kub"})
	if err != nil || len(list) != 1 || list[0].Name != "Kubernetes" {
		t.Errorf("entities kub = %v, %v", list, err)
	}
	got, err := x.Get(ctx, "en/docker")
	if err != nil || got.Body != d.Body || got.Title != d.Title || !reflect.DeepEqual(got.Entities, d.Entities) {
		t.Errorf("get = %+v, %v", got, err)
	}
	if _, err := x.Get(ctx, "nope"); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("get missing: %v", err)
	}
}

func testEntityDetail(t *testing.T, shards int) {
	x := openTest(t, shards)
	d, err := x.Entity(context.Background(), "MICROSOFT", 5)
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Microsoft" || d.Count != 2 || len(d.Languages) != 2 || len(d.CoOccurring) == 0 || d.CoOccurring[0].Name != "Docker" {
		t.Errorf("detail = %+v", d)
	}
}

func testReopenAndSnapshot(t *testing.T, shards int) {
	dir := t.TempDir() + "/idx"
	x, err := Open(dir, Options{Shards: shards})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Put(context.Background(), testDocs); err != nil {
		t.Fatal(err)
	}
	snap := t.TempDir() + "/snap"
	if err := x.Snapshot(snap); err != nil {
		t.Fatal(err)
	}
	x.Close()
	for _, d := range []string{dir, snap} {
		y, err := Open(d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n, _ := y.Count()
		y.Close()
		if n != uint64(len(testDocs)) {
			t.Errorf("%s: count %d", d, n)
		}
	}
}

func TestVersionMismatch(t *testing.T) {
	dir := t.TempDir() + "/idx"
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x.Put(context.Background(), testDocs)
	x.shards[0].idx.SetInternal([]byte(versionKey), []byte("0"))
	x.Close()
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrVersion) {
		t.Fatalf("open old version: %v", err)
	}
	y, err := Open(dir, Options{Rebuild: true})
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	r, err := y.Search(context.Background(), index.Query{Text: "editeur", Size: 5})
	if err != nil || len(r.Hits) != 1 {
		t.Fatalf("after rebuild: %v %v", r, err)
	}
}

func TestReshard(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct{ from, to int }{{1, 3}, {3, 2}, {2, 1}} {
		t.Run(fmt.Sprintf("%d to %d", tt.from, tt.to), func(t *testing.T) {
			dir := t.TempDir() + "/idx"
			x, err := Open(dir, Options{Shards: tt.from})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := x.Put(ctx, testDocs); err != nil {
				t.Fatal(err)
			}
			x.Close()
			if _, err := Open(dir, Options{Shards: tt.to}); !errors.Is(err, ErrVersion) {
				t.Fatalf("open with another shard count: %v, want ErrVersion", err)
			}
			y, err := Open(dir, Options{Shards: tt.to, Rebuild: true})
			if err != nil {
				t.Fatal(err)
			}
			defer y.Close()
			if y.Shards() != tt.to {
				t.Fatalf("%d shards after rebuild, want %d", y.Shards(), tt.to)
			}
			r, err := y.Search(ctx, index.Query{Size: 10, Facets: []string{index.FacetEntities}})
			if err != nil {
				t.Fatal(err)
			}
			if r.Total != uint64(len(testDocs)) || r.Facets[index.FacetEntities][0] != (index.FacetValue{Value: "Docker", Count: 2}) {
				t.Errorf("after rebuild: total %d, entities %v", r.Total, r.Facets[index.FacetEntities])
			}
			for _, d := range testDocs {
				if got, err := y.Get(ctx, d.ID); err != nil || got.Body != d.Body {
					t.Errorf("get %s after rebuild: %v", d.ID, err)
				}
			}
		})
	}
}
