package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCeiling: where no prefix of one language's words starts a word of
// the other, one reading per prefix can be right on every row; where
// "par" and "parl" start a French and an English word alike, it cannot.
func TestCeiling(t *testing.T) {
	tests := []struct {
		name, fr, en string
		want         string // the "all single-word rows" ceiling
	}{
		{"no shared prefix", "parlement", "banking", "1.000"},
		// Half the rows are English, "parlance" cut at one of 5
		// lengths: "par" and "parl" each weigh 1/10 for it against 1/18
		// for "parlement" (two thirds of French rows cut at one of 6
		// lengths; the past-stem third starts at 5 letters). Both go to
		// English: 1 - 2/18 of the rows can be right.
		{"shared prefixes", "parlement", "parlance", "0.889"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for lang, w := range map[string]string{"fr": tt.fr, "en": tt.en} {
				var b strings.Builder
				for i := range 4 {
					fmt.Fprintf(&b, "{\"title\":\"%s\",\"body\":\"%s %d\"}\n", w, w, i)
				}
				if err := os.WriteFile(filepath.Join(dir, "news-"+lang+".ndjson"), []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var out strings.Builder
			if err := runCeiling(dir, &out); err != nil {
				t.Fatal(err)
			}
			var got string
			for _, line := range strings.Split(out.String(), "\n") {
				if f := strings.Split(line, "|"); len(f) == 3 && strings.TrimSpace(f[0]) == "all single-word rows" {
					got = strings.TrimSpace(f[2])
				}
			}
			if got != tt.want {
				t.Errorf("ceiling %q, want %s\n%s", got, tt.want, out.String())
			}
		})
	}
}

// TestCeilingRows: a drawn set's rows score 1 where the meant word is its
// prefix's likeliest reading ("par" is English's "parlance" here, as in
// TestCeiling), and two-word rows count 1 in the whole set's bound.
func TestCeilingRows(t *testing.T) {
	dir := t.TempDir()
	for lang, w := range map[string]string{"fr": "parlement", "en": "parlance"} {
		var b strings.Builder
		for i := range 4 {
			fmt.Fprintf(&b, "{\"title\":\"%s\",\"body\":\"%s %d\"}\n", w, w, i)
		}
		if err := os.WriteFile(filepath.Join(dir, "news-"+lang+".ndjson"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tsv := filepath.Join(dir, "rows.tsv")
	rows := "# comment\n" +
		"tune\tprefix\tpar\tparlance\n" +
		"heldout\tprefix\tpar\tparlement\n" +
		"tune\tprefix\tparle\tparlement\n" +
		"tune\ttypo\tparlemnt\tparlement\n" +
		"heldout\tprefix\tgilets jau\tgilets jaunes\n"
	if err := os.WriteFile(tsv, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := runCeilingRows(dir, tsv, &out); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"single-word rows": "0.667", "whole set, two-word rows at 1": "0.750"}
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Split(line, "|")
		if len(f) != 3 {
			continue
		}
		if w, ok := want[strings.TrimSpace(f[0])]; ok {
			if got := strings.TrimSpace(f[2]); got != w {
				t.Errorf("%s: %s, want %s\n%s", strings.TrimSpace(f[0]), got, w, out.String())
			}
			delete(want, strings.TrimSpace(f[0]))
		}
	}
	if len(want) > 0 {
		t.Errorf("missing rows %v in\n%s", want, out.String())
	}
	if err := runCeilingRows(dir, filepath.Join(dir, "none.tsv"), &out); err == nil {
		t.Error("a missing file: no error")
	}
}
