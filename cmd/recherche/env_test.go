package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestEnvironmentBelongsToItsCommand: the Docker image sets RECHERCHE_DATA
// for serve; it must not reach ingest, where --data and --server exclude
// each other.
func TestEnvironmentBelongsToItsCommand(t *testing.T) {
	t.Setenv("RECHERCHE_DATA", t.TempDir())
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		wantErr string // "" = anything but a usage error about --data
	}{
		{"serve's variable does not reach ingest", nil, []string{"ingest", "--server", "http://127.0.0.1:1", "-"}, ""},
		{"both flags", nil, []string{"ingest", "--server", "http://127.0.0.1:1", "--data", t.TempDir(), "-"}, "--server and --data are exclusive"},
		{"neither", nil, []string{"ingest", "-"}, "say where the documents go"},
		{"no path", nil, []string{"ingest", "--server", "http://127.0.0.1:1"}, "no PATH"},
		{"ingest's own variable", map[string]string{"RECHERCHE_INGEST_BATCH": "0"}, []string{"ingest", "--server", "http://127.0.0.1:1", "-"}, "--batch must be between"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			err := run(context.Background(), tt.args, strings.NewReader(""), &out, &errOut)
			msg := ""
			if err != nil {
				msg = err.Error()
			}
			if tt.wantErr == "" {
				// Nothing to send: the command ends without error, or
				// fails on the server's address, not on its flags.
				if err != nil && !strings.Contains(msg, "127.0.0.1:1") {
					t.Errorf("error %q (stderr %q): RECHERCHE_DATA reached ingest", msg, errOut.String())
				}
				return
			}
			if !strings.Contains(msg, tt.wantErr) {
				t.Errorf("error %q (stderr %q), want it to say %q", msg, errOut.String(), tt.wantErr)
			}
		})
	}
}
