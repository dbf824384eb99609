package jsonscan

import "testing"

func TestStringEnd(t *testing.T) {
	tests := []struct {
		in   string // the bytes after the opening quote
		want int    // the index of the closing quote, -1 for none
	}{
		{`"`, 0},
		{`abc"rest`, 3},
		{`a\"b"`, 4},
		{`a\\"b"`, 3},
		{`a\\\"b"`, 6},
		{`\u0022"`, 6},
		{`no end\"`, -1},
		{``, -1},
	}
	for _, tt := range tests {
		var s String
		got := -1
		for i := range len(tt.in) {
			if s.End(tt.in[i]) {
				got = i
				break
			}
		}
		if got != tt.want {
			t.Errorf("End over %q: closing quote at %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestStringReady: after the end of one string, the same String follows
// the next one from its first byte.
func TestStringReady(t *testing.T) {
	var s String
	for _, c := range []byte(`a\\"`) {
		s.End(c)
	}
	if !s.End('"') {
		t.Error(`a string following one that ended in \\ does not end at its first quote`)
	}
}
