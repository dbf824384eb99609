// Package enginetest is the test suite every index.Engine must pass: the
// behaviour the server and the ingest pipeline rely on, stated once and
// run against each engine (today bleveindex; an Elasticsearch engine would
// run the same). Documents are written here, already analyzed, so the
// suite tests the engine and nothing before it.
package enginetest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// Open opens (creating if needed) an engine on dir; the suite closes it.
type Open func(t testing.TB, dir string) index.Engine

func date(s string) *time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &d
}

// docs is a small bilingual collection with entities, sources and dates.
func docs() []corpus.Document {
	ent := func(name string, typ corpus.EntityType) corpus.Entity {
		return corpus.Entity{Name: name, Type: typ, Count: 1}
	}
	return []corpus.Document{
		{ID: "fr/vmware", Lang: "fr", Source: "lemag", PublishedAt: date("2019-05-02"),
			Title: "VMware arrive dans Azure", Body: "Microsoft accueille les machines virtuelles VMware dans son cloud Azure.",
			Entities: []corpus.Entity{ent("VMware", corpus.Organization), ent("Microsoft", corpus.Organization), ent("Azure", corpus.Product)}},
		{ID: "fr/docker", Lang: "fr", Source: "lemag", PublishedAt: date("2016-09-26"),
			Title: "Docker sur Windows Server", Body: "Les conteneurs Docker tournent désormais sur Windows Server, annonce Microsoft.",
			Entities: []corpus.Entity{ent("Docker", corpus.Product), ent("Microsoft", corpus.Organization)}},
		{ID: "en/aws", Lang: "en", Source: "wire", PublishedAt: date("2016-10-13"),
			Title: "VMware and AWS partner", Body: "VMware workloads will run on Amazon Web Services, the companies said.",
			Entities: []corpus.Entity{ent("VMware", corpus.Organization), ent("Amazon Web Services", corpus.Organization)}},
		{ID: "en/nadella", Lang: "en", Source: "wire", PublishedAt: date("2014-02-04"),
			Title: "Satya Nadella takes over", Body: "Satya Nadella becomes chief executive of Microsoft in Redmond.",
			Entities: []corpus.Entity{ent("Satya Nadella", corpus.Person), ent("Microsoft", corpus.Organization), ent("Redmond", corpus.Place)}},
	}
}

// Run runs the suite; every subtest opens its own engine in a temporary
// directory.
func Run(t *testing.T, open Open) {
	ctx := context.Background()
	fresh := func(t *testing.T) index.Engine {
		t.Helper()
		e := open(t, filepath.Join(t.TempDir(), "index"))
		t.Cleanup(func() { e.Close() })
		st, err := e.Put(ctx, docs())
		if err != nil {
			t.Fatalf("Put: %v", err)
		}
		if len(st) != len(docs()) || slices.ContainsFunc(st, func(s index.PutStatus) bool { return s != index.Created }) {
			t.Fatalf("Put statuses %v, want %d created", st, len(docs()))
		}
		return e
	}
	ids := func(r *index.Result) string {
		var out []string
		for _, h := range r.Hits {
			out = append(out, h.ID)
		}
		slices.Sort(out)
		return strings.Join(out, ",")
	}
	search := func(t *testing.T, e index.Engine, q index.Query) *index.Result {
		t.Helper()
		if q.Size == 0 {
			q.Size = 10
		}
		r, err := e.Search(ctx, q)
		if err != nil {
			t.Fatalf("Search(%+v): %v", q, err)
		}
		return r
	}

	t.Run("get, replace, delete", func(t *testing.T) {
		e := fresh(t)
		d, err := e.Get(ctx, "fr/docker")
		if err != nil || d.Title != "Docker sur Windows Server" || d.Lang != "fr" || len(d.Entities) != 2 {
			t.Fatalf("Get = %+v, %v", d, err)
		}
		changed := docs()[1]
		changed.Title = "Docker sur Windows Server 2016"
		if st, err := e.Put(ctx, []corpus.Document{changed}); err != nil || st[0] != index.Replaced {
			t.Fatalf("Put again = %v, %v, want replaced", st, err)
		}
		if d, _ := e.Get(ctx, "fr/docker"); d.Title != changed.Title {
			t.Errorf("after replace: title %q", d.Title)
		}
		if err := e.Delete(ctx, "fr/docker"); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Get(ctx, "fr/docker"); !errors.Is(err, index.ErrNotFound) {
			t.Errorf("Get after Delete: %v, want ErrNotFound", err)
		}
		if err := e.Delete(ctx, "fr/docker"); !errors.Is(err, index.ErrNotFound) {
			t.Errorf("Delete twice: %v, want ErrNotFound", err)
		}
		if st, _ := e.Stats(ctx); st.Documents != 3 {
			t.Errorf("Stats after Delete: %d documents, want 3", st.Documents)
		}
	})

	t.Run("search and filters", func(t *testing.T) {
		e := fresh(t)
		tests := []struct {
			name string
			q    index.Query
			want string
		}{
			{"word, both languages", index.Query{Text: "vmware"}, "en/aws,fr/vmware"},
			{"French plural", index.Query{Text: "machine virtuelle", TextLang: "fr"}, "fr/vmware"},
			{"phrase", index.Query{Text: `"Windows Server"`}, "fr/docker"},
			{"must not", index.Query{Text: "microsoft -docker"}, "en/nadella,fr/vmware"},
			{"lang", index.Query{Text: "vmware", Lang: "en"}, "en/aws"},
			{"entity", index.Query{Entities: []string{"Microsoft"}}, "en/nadella,fr/docker,fr/vmware"},
			{"two entities", index.Query{Entities: []string{"Microsoft", "VMware"}}, "fr/vmware"},
			{"entity type", index.Query{EntityTypes: []string{string(corpus.Person)}}, "en/nadella"},
			{"source", index.Query{Source: "wire"}, "en/aws,en/nadella"},
			{"dates", index.Query{From: date("2016-01-01"), To: date("2016-12-31")}, "en/aws,fr/docker"},
			{"nothing", index.Query{Text: "kubernetes"}, ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r := search(t, e, tt.q)
				if got := ids(r); got != tt.want {
					t.Errorf("hits %q, want %q", got, tt.want)
				}
				if int(r.Total) != len(r.Hits) {
					t.Errorf("total %d for %d hits", r.Total, len(r.Hits))
				}
			})
		}
	})

	t.Run("sort and paging", func(t *testing.T) {
		e := fresh(t)
		r := search(t, e, index.Query{Sort: index.SortDateDesc, Size: 2})
		if r.Total != 4 || len(r.Hits) != 2 || r.Hits[0].ID != "fr/vmware" || r.Hits[1].ID != "en/aws" {
			t.Errorf("newest two: %+v of %d", r.Hits, r.Total)
		}
		r = search(t, e, index.Query{Sort: index.SortDate, Size: 2, Offset: 2})
		if len(r.Hits) != 2 || r.Hits[0].ID != "en/aws" || r.Hits[1].ID != "fr/vmware" {
			t.Errorf("oldest first, second page: %+v", r.Hits)
		}
		if _, err := e.Search(ctx, index.Query{Sort: "sideways", Size: 1}); !errors.Is(err, index.ErrInvalidQuery) {
			t.Errorf("unknown sort: %v, want ErrInvalidQuery", err)
		}
	})

	t.Run("facets are exact and come with the hits", func(t *testing.T) {
		e := fresh(t)
		r := search(t, e, index.Query{Facets: index.FacetNames, FacetSize: 10})
		want := map[string]string{
			index.FacetEntities:    "Microsoft:3 VMware:2 Amazon Web Services:1 Azure:1 Docker:1 Redmond:1 Satya Nadella:1",
			index.FacetEntityTypes: "organization:4 product:2 person:1 place:1",
			index.FacetLang:        "en:2 fr:2",
			index.FacetSource:      "lemag:2 wire:2",
			index.FacetYear:        "2016:2 2014:1 2019:1",
		}
		for name, w := range want {
			var got []string
			for _, v := range r.Facets[name] {
				got = append(got, fmt.Sprintf("%s:%d", v.Value, v.Count))
			}
			if strings.Join(got, " ") != w {
				t.Errorf("facet %s = %q, want %q", name, strings.Join(got, " "), w)
			}
		}
	})

	t.Run("highlights and bodies", func(t *testing.T) {
		e := fresh(t)
		r := search(t, e, index.Query{Text: "conteneurs", Highlight: true, WithBodies: true})
		if len(r.Hits) != 1 {
			t.Fatalf("hits %+v", r.Hits)
		}
		h := r.Hits[0]
		if !strings.Contains(strings.Join(h.Snippets, " "), "<mark>conteneurs</mark>") {
			t.Errorf("snippets %q, want the word marked", h.Snippets)
		}
		if !strings.HasPrefix(h.Body, "Les conteneurs Docker") || h.Title == "" || h.Lang != "fr" || h.PublishedAt == nil {
			t.Errorf("hit %+v", h)
		}
	})

	t.Run("entities and stats", func(t *testing.T) {
		e := fresh(t)
		list, err := e.Entities(ctx, index.EntityFilter{Size: 2})
		if err != nil || len(list) != 2 || list[0].Name != "Microsoft" || list[0].Count != 3 {
			t.Errorf("Entities = %+v, %v", list, err)
		}
		d, err := e.Entity(ctx, "VMware", 5)
		if err != nil || d.Count != 2 || len(d.Languages) != 2 {
			t.Errorf("Entity(VMware) = %+v, %v", d, err)
		}
		if _, err := e.Entity(ctx, "Nobody", 5); !errors.Is(err, index.ErrNotFound) {
			t.Errorf("Entity(Nobody): %v, want ErrNotFound", err)
		}
		st, err := e.Stats(ctx)
		if err != nil || st.Documents != 4 || st.ByLang["fr"] != 2 || st.ByLang["en"] != 2 {
			t.Errorf("Stats = %+v, %v", st, err)
		}
	})

	t.Run("snapshot opens as an index", func(t *testing.T) {
		e := fresh(t)
		dir := filepath.Join(t.TempDir(), "copy")
		if err := e.Snapshot(dir); err != nil {
			t.Fatal(err)
		}
		if err := e.Snapshot(dir); err == nil {
			t.Error("a second snapshot into the same directory: want an error")
		}
		c := open(t, dir)
		defer c.Close()
		if got := ids(search(t, c, index.Query{Text: "vmware"})); got != "en/aws,fr/vmware" {
			t.Errorf("the copy finds %q", got)
		}
	})

	t.Run("closed", func(t *testing.T) {
		e := open(t, filepath.Join(t.TempDir(), "index"))
		if err := e.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Search(ctx, index.Query{Size: 1}); !errors.Is(err, index.ErrClosed) {
			t.Errorf("Search after Close: %v, want ErrClosed", err)
		}
	})
}
