package main

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestClient runs the tool's client against the real server it starts
// (on 127.0.0.1:0, over an index in a temporary directory): batches are
// stored, a search pages its ranking, extra parameters reach the server,
// and a refused document or search is an error that says why, counted as
// a failure.
func TestClient(t *testing.T) {
	ctx := context.Background()
	cl, stop, err := config{typos: true}.connect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	docs := []doc{
		{ID: "k1", Title: "Kubernetes schedules containers", Body: "Kubernetes schedules containers across a cluster of machines.", Lang: "en", Source: "wire"},
		{ID: "k2", Title: "Kubernetes upgrades", Body: "The new Kubernetes release upgrades clusters without downtime.", Lang: "en", Source: "wire"},
		{ID: "f1", Title: "Les retraites", Body: "Le gouvernement présente la réforme des retraites aux syndicats.", Lang: "fr", Source: "lemag"},
	}
	if err := cl.ingest(ctx, docs, 2); err != nil { // two batches
		t.Fatal(err)
	}
	ids, err := cl.search(ctx, "kubernetes", "en", 10)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Sort(ids); strings.Join(ids, ",") != "k1,k2" {
		t.Errorf("search kubernetes: %v, want k1 and k2", ids)
	}
	ids, fixed, err := cl.top(ctx, "kuberne", url.Values{"prefix": {"true"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 2 || !slices.ContainsFunc(fixed, func(f string) bool { return strings.HasPrefix(f, "kuberne→") }) {
		t.Errorf("prefix search: %v %v, want both documents and the completion of kuberne", ids, fixed)
	}
	if n := cl.failures.Load(); n != 0 {
		t.Errorf("%d failures before any bad request", n)
	}
	err = cl.ingest(ctx, []doc{{ID: "empty", Lang: "en"}}, 10)
	if err == nil || !strings.Contains(err.Error(), "document empty refused") {
		t.Errorf("empty document: %v, want it refused by id", err)
	}
	if _, err := cl.search(ctx, "kubernetes", "xx", 10); err == nil || !strings.Contains(err.Error(), "invalid_argument") {
		t.Errorf("search in an unknown language: %v, want the server's invalid_argument", err)
	}
	if n := cl.failures.Load(); n != 1 {
		t.Errorf("%d failures, want 1 (the refused search; a refused item is a 200)", n)
	}
	if n := cl.requests.Load(); n != 6 {
		t.Errorf("%d requests counted, want 6", n)
	}
}
