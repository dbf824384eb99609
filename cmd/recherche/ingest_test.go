package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestIngestEncodingsPagesAndGzip: `ingest --server` reads gzip on stdin in
// a legacy encoding, detected or forced, reduces web pages to their
// article, sends its batches gzip-compressed, and says which files were
// read in which encoding.
func TestIngestEncodingsPagesAndGzip(t *testing.T) {
	p := serveProc(t, "--data", t.TempDir())
	line := "{\"id\":\"w1\",\"lang\":\"fr\",\"body\":\"L\x92\xe9diteur pr\xe9pare l\x92arriv\xe9e des machines virtuelles \x80 prix cass\xe9.\"}\n"
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(line))
	zw.Close()
	page := "../../corpus/testdata/pages/lemag-proxmox-fr.html"
	tests := []struct {
		name      string
		stdin     []byte
		args      []string
		wantOut   string // in stdout
		wantErr   string // in stderr
		wantID    string // a document that reads back
		wantTitle string
	}{
		{name: "gzip stdin in windows-1252", stdin: zipped.Bytes(), args: []string{"-"},
			wantOut: "files by encoding: windows-1252 1", wantErr: "read - as windows-1252", wantID: "w1"},
		{name: "forced encoding", stdin: []byte(line), args: []string{"--encoding", "cp1252", "-"},
			wantOut: "indexed 0, replaced 1", wantID: "w1"},
		{name: "web page", args: []string{page}, wantOut: "files by encoding: utf-8 1",
			wantID: "lemag-proxmox-fr", wantTitle: "Proxmox séduit les collectivités qui quittent leurs hyperviseurs propriétaires"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append([]string{"ingest", "--server", p.base, "--progress", "never"}, tt.args...)
			if err := run(context.Background(), args, bytes.NewReader(tt.stdin), &out, &errb); err != nil {
				t.Fatalf("ingest: %v\nstdout: %s\nstderr: %s", err, out.String(), errb.String())
			}
			if !strings.Contains(out.String(), tt.wantOut) || !strings.Contains(errb.String(), tt.wantErr) {
				t.Errorf("stdout %q, stderr %q; want %q and %q in them", out.String(), errb.String(), tt.wantOut, tt.wantErr)
			}
			r := p.get("/v1/documents/" + tt.wantID)
			var doc struct{ Title, Body string }
			if err := json.Unmarshal(r.body, &doc); r.status != http.StatusOK || err != nil {
				t.Fatalf("GET %s: %d %s", tt.wantID, r.status, r.body)
			}
			if tt.wantTitle != "" && doc.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", doc.Title, tt.wantTitle)
			}
			if tt.wantID == "w1" && !strings.Contains(doc.Body, "L’éditeur prépare l’arrivée des machines virtuelles € prix cassé.") {
				t.Errorf("body %q", doc.Body)
			}
		})
	}
	if _, stderr, err := runCmd(t, "ingest", "--server", p.base, "--encoding", "ebcdic", page); err == nil || !strings.Contains(err.Error(), "unsupported encoding") {
		t.Errorf("--encoding ebcdic: err %v, stderr %s", err, stderr)
	}
}
