package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRepeat(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.ndjson")
	if err := os.WriteFile(in, []byte(`{"id":"a","body":"x"}`+"\n\n"+`{"id":"b","body":"y","title":"T"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if err := run([]string{"-n", "3", "-out", out, in}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "in.ndjson"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var d struct{ ID, Body string }
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID+"="+d.Body)
	}
	want := "a=x b=y a~2=x b~2=y a~3=x b~3=y"
	if got := strings.Join(ids, " "); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestRepeatRefusesDocumentsWithoutID(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.ndjson")
	if err := os.WriteFile(in, []byte(`{"body":"x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-n", "2", "-out", filepath.Join(dir, "o"), in}, io.Discard, io.Discard); err == nil {
		t.Fatal("no error for a document without an id")
	}
}
