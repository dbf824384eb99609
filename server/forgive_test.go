package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/recherche/recherche/server"
)

type forgiveOut struct {
	Total      int   `json:"total"`
	Hits       []hit `json:"hits"`
	Suggestion *string
	Query      struct {
		Corrections []struct {
			Word string
			Kind string
			As   []string
		}
	}
}

func forgiving(t *testing.T, c *client, query string) forgiveOut {
	t.Helper()
	return searchAs[forgiveOut](t, c, query)
}

// TestTypos searches the demo corpus as a new user would, misspelling, and
// expects what the right spelling finds.
func TestTypos(t *testing.T) {
	c := startDemo(t, server.Config{})
	tests := []struct {
		typed, right, suggestion string
	}{
		{"virtualsation", "virtualisation", "virtualisation"},
		{"vmwar", "vmware", "vmware"},
		{"kubernetse", "kubernetes", "kubernetes"},
		{"hyperviseru", "hyperviseur", "hyperviseur"},
		{"Kubrenetes orchestration", "Kubernetes orchestration", "kubernetes orchestration"},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			off := forgiving(t, c, q("q", tt.typed, "typos", "false"))
			if off.Total != 0 && !strings.Contains(tt.typed, " ") {
				t.Errorf("typos=false: %d hits, want 0", off.Total)
			}
			if off.Suggestion != nil {
				t.Errorf("typos=false: suggestion %q, want none", *off.Suggestion)
			}
			got := forgiving(t, c, q("q", tt.typed))
			want := forgiving(t, c, q("q", tt.right))
			if got.Total == 0 || len(want.Hits) == 0 || got.Hits[0].ID != want.Hits[0].ID {
				t.Errorf("%d hits, top %v; %q finds top %v", got.Total, ids(got.Hits), tt.right, ids(want.Hits))
			}
			if got.Suggestion == nil || *got.Suggestion != tt.suggestion {
				t.Errorf("suggestion %v, want %q", deref(got.Suggestion), tt.suggestion)
			}
			if len(got.Query.Corrections) == 0 || got.Query.Corrections[0].Kind != "typo" {
				t.Errorf("corrections %+v, want a typo", got.Query.Corrections)
			}
		})
	}
	t.Run("known words unchanged", func(t *testing.T) {
		got := forgiving(t, c, q("q", "kubernetes"))
		if got.Suggestion != nil || len(got.Query.Corrections) != 0 {
			t.Errorf("suggestion %v, corrections %+v, want none", got.Suggestion, got.Query.Corrections)
		}
	})
}

func ids(hs []hit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}

func TestPrefix(t *testing.T) {
	c := startDemo(t, server.Config{})
	for _, tt := range []struct{ typed, right string }{
		{"virtu", "virtualisation"},
		{"kuberne", "kubernetes"},
		{"hyperv", "hyperviseur"},
		{"openst", "openstack"},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			got := forgiving(t, c, q("q", tt.typed, "prefix", "true"))
			if got.Total == 0 {
				t.Fatalf("no hits")
			}
			if len(got.Query.Corrections) == 0 || got.Query.Corrections[0].Kind != "prefix" {
				t.Errorf("corrections %+v, want a prefix", got.Query.Corrections)
			}
			t.Logf("%s: %v %+v", tt.typed, ids(got.Hits), got.Query.Corrections)
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestTyposBeforeTranslation: a misspelled word that the index holds in
// one language is corrected, then translated, and finds the articles of
// the other.
func TestTyposBeforeTranslation(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	docs := append([]map[string]any{{"id": "fr/greve", "lang": "fr", "title": "Les cheminots en grève",
		"body": "La grève des cheminots continue lundi, la grève touche tout le réseau."}}, crossDocs...)
	if res := c.postJSON("/v1/documents/batch", map[string]any{"documents": docs}); res.status != http.StatusOK {
		t.Fatalf("batch: %d %s", res.status, res.body)
	}
	got := forgiving(t, c, q("q", "stirke", "lang", "fr"))
	if len(got.Hits) == 0 || got.Hits[0].ID != "fr/greve" {
		t.Errorf("stirke, lang=fr: hits %v, want fr/greve (corrected to strike, then translated)", ids(got.Hits))
	}
	if deref(got.Suggestion) != "strike" {
		t.Errorf("suggestion %q, want strike", deref(got.Suggestion))
	}
	off := forgiving(t, c, q("q", "stirke", "lang", "fr", "typos", "false"))
	if len(off.Hits) != 0 {
		t.Errorf("typos=false: hits %v, want none", ids(off.Hits))
	}
}
