package index

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []Clause
	}{
		{"", nil},
		{"   ", nil},
		{"docker", []Clause{{Text: "docker"}}},
		{"machines virtuelles", []Clause{{Text: "machines virtuelles"}}},
		{"Qu'est-ce que Hyper-V ?", []Clause{{Text: "Qu'est-ce que Hyper-V"}}},
		{"Who founded VMware, and when: 1998?", []Clause{{Text: "Who founded VMware, and when: 1998?"}}},
		{`"cloud hybride" azure`, []Clause{{Text: "cloud hybride", Phrase: true}, {Text: "azure"}}},
		{`+docker -kubernetes azure`, []Clause{{Text: "docker", Occur: Must}, {Text: "kubernetes", Occur: MustNot}, {Text: "azure"}}},
		{`+"machine virtuelle"`, []Clause{{Text: "machine virtuelle", Phrase: true, Occur: Must}}},
		{`-"single"`, []Clause{{Text: "single", Occur: MustNot}}},
		{`"unbalanced quote here`, []Clause{{Text: "unbalanced quote here", Phrase: true}}},
		{`“curly quotes” «guillemets»`, []Clause{{Text: "curly quotes", Phrase: true}, {Text: "guillemets"}}},
		{`e-mail - + ++ --`, []Clause{{Text: "e-mail"}}},
		{`"" ?? !!`, nil},
		{`a +b c`, []Clause{{Text: "a"}, {Text: "b", Occur: Must}, {Text: "c"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseQuery(tt.in)
			if err != nil {
				t.Fatalf("ParseQuery(%q) error %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseQuery(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseQueryLimits(t *testing.T) {
	tests := map[string]string{
		"too long":     strings.Repeat("a", MaxQueryLength+1),
		"invalid utf8": "caf\xe9",
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseQuery(in); !errors.Is(err, ErrInvalidQuery) {
				t.Errorf("ParseQuery error = %v, want ErrInvalidQuery", err)
			}
		})
	}
}

func TestReduce(t *testing.T) {
	rare := map[string]float64{"hyperviseur": 5, "vmware": 4, "cluster": 3}
	weigh := func(w string) float64 { return rare[w] }
	tests := []struct {
		name    string
		in      string
		max     int
		want    []Clause
		dropped int
	}{
		{"short stays", "le cluster vmware", 5, []Clause{{Text: "le cluster vmware"}}, 0},
		{"rarest kept in order", "le cluster de vmware et hyperviseur", 2, []Clause{{Text: "vmware hyperviseur"}}, 4},
		{"repeats count once", "vmware vmware vmware cluster", 2, []Clause{{Text: "vmware cluster"}}, 2},
		{"phrases and signs stay", `"machine virtuelle" -docker le cluster de vmware`, 4, []Clause{
			{Text: "machine virtuelle", Phrase: true}, {Text: "docker", Occur: MustNot}, {Text: "vmware"}}, 3},
		{"nothing informative", "le de la", 2, nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clauses, err := ParseQuery(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got, dropped := Reduce(clauses, tt.max, weigh)
			if !reflect.DeepEqual(got, tt.want) || dropped != tt.dropped {
				t.Errorf("Reduce(%q, %d) = %+v, %d; want %+v, %d", tt.in, tt.max, got, dropped, tt.want, tt.dropped)
			}
		})
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"docker", `"a b" +c -d`, `"open`, "«x» “y”", "+", "-\"\"", "💡 שלום cloud"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		clauses, err := ParseQuery(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidQuery) {
				t.Fatalf("error %v is not ErrInvalidQuery", err)
			}
			return
		}
		for _, c := range clauses {
			if !utf8.ValidString(c.Text) || !hasWord(c.Text) {
				t.Fatalf("clause %+v has no word or invalid UTF-8", c)
			}
			if !strings.Contains(s, strings.Fields(c.Text)[0]) {
				t.Fatalf("clause %+v not taken from %q", c, s)
			}
		}
	})
}
