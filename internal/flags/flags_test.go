package flags

import (
	"reflect"
	"testing"
)

func TestList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" , ,", nil},
		{"fr", []string{"fr"}},
		{"fr, en,", []string{"fr", "en"}},
		{" https://a.example ,http://b.example", []string{"https://a.example", "http://b.example"}},
	}
	for _, tt := range tests {
		if got := List(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("List(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
