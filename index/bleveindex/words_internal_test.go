package bleveindex

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/recherche/recherche/analysis/summary"
	"github.com/recherche/recherche/corpus"
)

// wordDocs are French and English bodies whose words the analyzers keep
// as other terms ("parlement" → "parl") or as written ("macron").
var wordDocs = []corpus.Document{
	{ID: "fr-1", Lang: "fr", Body: "Le Parlement a voté pendant l'épidémie. Emmanuel Macron l'a dit."},
	{ID: "fr-2", Lang: "fr", Body: "Les parlementaires débattent de l'épidémie."},
	{ID: "en-1", Lang: "en", Body: "Banking regulators met as the company's banks cut rates in 2020."},
	{ID: "de-1", Lang: "de", Body: "Die Straße ist schön."},
}

// wantWords: what the word list holds of wordDocs, as suffix, key → term
// ("" for a word left out: written as it is indexed, or not a word).
var wantWords = []struct{ sfx, key, written, term string }{
	{"fr", "parlement", "parlement", "parl"},
	{"fr", "parlementaires", "parlementaires", "parlementair"},
	{"fr", "epidemie", "épidémie", "epidem"},
	{"en", "banking", "banking", "bank"},
	{"en", "company", "company", "compani"},
	{"en", "banks", "banks", "bank"},
	{"xx", "strasse", "straße", "strasse"},
	{"fr", "macron", "", ""}, // "Macron" is indexed as "macron"
	{"fr", "voté", "", ""},   // keys are folded
	{"en", "2020", "", ""},
	{"en", "companys", "", ""}, // the possessive is dropped
}

func checkWords(t *testing.T, x *Index) {
	t.Helper()
	tab := x.shards[0].words.table.Load()
	for _, w := range wantWords {
		var got word
		tab.starting(w.sfx, w.key, 1, func(g word) {
			if g.key == w.key {
				got = g
			}
		})
		if got.written != w.written || got.term != w.term {
			t.Errorf("%s %q: written %q as %q, want %q as %q", w.sfx, w.key, got.written, got.term, w.written, w.term)
		}
	}
}

// TestWordList: the words documents write are listed as they are indexed,
// prepared by analysis or not, and the list is kept with the index: it
// survives reopening and is in a snapshot.
func TestWordList(t *testing.T) {
	prepared := make([]corpus.Document, len(wordDocs))
	for i, d := range wordDocs {
		d.BodyTerms = summary.NewArticle(d.Title, d.Body, d.Lang).IndexTerms()
		prepared[i] = d
	}
	for _, tt := range []struct {
		name string
		docs []corpus.Document
	}{
		{"analyzed by the index", wordDocs},
		{"terms prepared by analysis", prepared},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			x, err := Open(filepath.Join(dir, "index"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			// Two batches: the second adds a chunk and repeats words.
			for _, batch := range [][]corpus.Document{tt.docs[:2], tt.docs} {
				if _, err := x.Put(context.Background(), batch); err != nil {
					t.Fatal(err)
				}
			}
			t.Run("indexed", func(t *testing.T) { checkWords(t, x) })
			if err := x.Snapshot(filepath.Join(dir, "snap")); err != nil {
				t.Fatal(err)
			}
			n := x.shards[0].words.table.Load().size()
			if err := x.Close(); err != nil {
				t.Fatal(err)
			}
			for _, sub := range []string{"index", "snap"} {
				t.Run("reopened "+sub, func(t *testing.T) {
					y, err := Open(filepath.Join(dir, sub), Options{})
					if err != nil {
						t.Fatal(err)
					}
					defer y.Close()
					checkWords(t, y)
					if m := y.shards[0].words.table.Load().size(); m != n {
						t.Errorf("%d words, want %d as written", m, n)
					}
				})
			}
		})
	}
}

// TestWordListDeletes: a word whose documents are all deleted completes to
// nothing, and a sharded index completes on every shard's words.
func TestWordListDeletes(t *testing.T) {
	for _, shards := range []int{1, 3} {
		t.Run(fmt.Sprint(shards, " shards"), func(t *testing.T) {
			x := tempIndex(t, Options{Shards: shards})
			if _, err := x.Put(context.Background(), wordDocs); err != nil {
				t.Fatal(err)
			}
			completes := func(prefix, lang string) []string {
				v, err := x.openVocabulary()
				if err != nil {
					t.Fatal(err)
				}
				defer v.close()
				cands, _, _ := v.completions(lang, prefix, "", v.count(context.Background(), lang), maxCompletions)
				var out []string
				for _, c := range cands {
					out = append(out, c.term)
				}
				return out
			}
			if got := fmt.Sprint(completes("epidemi", "fr")); got != "[epidem]" {
				t.Errorf("epidemi before the delete: %s, want [epidem]", got)
			}
			if got := fmt.Sprint(completes("banki", "en")); got != "[bank]" {
				t.Errorf("banki: %s, want [bank]", got)
			}
			for _, id := range []string{"fr-1", "fr-2"} {
				if err := x.Delete(context.Background(), id); err != nil {
					t.Fatal(err)
				}
			}
			if got := completes("epidemi", "fr"); len(got) != 0 {
				t.Errorf("epidemi after its documents are deleted: %v, want none", got)
			}
		})
	}
}
