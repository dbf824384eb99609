package testutil

import (
	"reflect"
	"testing"
)

func TestDataLines(t *testing.T) {
	got := DataLines("# comment\nfirst\r\n\n  second \n#\nthird")
	want := []Line{{2, "first"}, {4, "  second "}, {6, "third"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DataLines = %v, want %v", got, want)
	}
	if got := DataLines(""); got != nil {
		t.Errorf("DataLines of nothing = %v, want nil", got)
	}
}
