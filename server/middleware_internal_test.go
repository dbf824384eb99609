package server

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"
)

func TestRequestLevel(t *testing.T) {
	tests := []struct {
		name   string
		status int
		gone   bool
		want   slog.Level
	}{
		{"ok", 200, false, slog.LevelInfo},
		{"bad request", 400, false, slog.LevelWarn},
		{"not found", 404, false, slog.LevelWarn},
		{"server failure", 500, false, slog.LevelError},
		{"unavailable", 503, false, slog.LevelError},
		{"client hung up", 503, true, slog.LevelInfo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := requestLevel(tt.status, tt.gone); got != tt.want {
				t.Errorf("requestLevel(%d, %v) = %v, want %v", tt.status, tt.gone, got, tt.want)
			}
		})
	}
}

// TestClientGone: a client that read its response and closed the
// connection is not "gone"; one that left before the response is.
func TestClientGone(t *testing.T) {
	tests := []struct {
		name        string
		cancelFirst bool // the client leaves before the handler writes
		write       bool
		want        bool
	}{
		{"answered, then the connection closed", false, true, false},
		{"left before the answer", true, true, true},
		{"left, nothing written", true, false, true},
		{"nothing written, still there", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			rec := httptest.NewRecorder()
			c, _ := gin.CreateTestContext(rec)
			w := &goneWriter{ResponseWriter: c.Writer, ctx: ctx}
			if tt.cancelFirst {
				cancel()
			}
			if tt.write {
				w.WriteHeader(http.StatusOK)
				w.Write([]byte("{}"))
				cancel() // net/http cancels the context once the connection closes
			}
			if got := w.gone(); got != tt.want {
				t.Errorf("gone() = %v, want %v", got, tt.want)
			}
		})
	}
}
