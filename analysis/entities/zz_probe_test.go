package entities

import (
	"fmt"
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(g)
	for _, m := range x.Mentions("", os.Getenv("PROBE"), os.Getenv("LANG2")) {
		fmt.Printf("%q %s %q\n", m.Name, m.Type, m.Text)
	}
}
