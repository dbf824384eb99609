package server

import (
	"log/slog"
	"testing"
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
