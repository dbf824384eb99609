package testutil

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
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

func TestModuleRoot(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(mod), "module github.com/recherche/recherche\n") {
		t.Errorf("moduleRoot = %s, whose go.mod is not Recherche's", root)
	}
	wd, _ := os.Getwd()
	if rel, _ := filepath.Rel(root, wd); rel != filepath.Join("internal", "testutil") {
		t.Errorf("moduleRoot = %s, %s from this package, want two folders up", root, rel)
	}
}
