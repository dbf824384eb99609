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
// docs: the documents counted as writing it, in TestWordList's two
// batches (fr-1 and fr-2 put twice: the replaced ones are counted off).
var wantWords = []struct {
	sfx, key, written, term string
	docs                    int
}{
	{"fr", "parlement", "parlement", "parl", 1},
	{"fr", "parlementaires", "parlementaires", "parlementair", 1},
	{"fr", "epidemie", "épidémie", "epidem", 2},
	{"en", "banking", "banking", "bank", 1},
	{"en", "company", "company", "compani", 1},
	{"en", "banks", "banks", "bank", 1},
	{"xx", "strasse", "straße", "strasse", 1},
	{"fr", "macron", "", "", 0}, // "Macron" is indexed as "macron"
	{"fr", "voté", "", "", 0},   // keys are folded
	{"en", "2020", "", "", 0},
	{"en", "companys", "", "", 0}, // the possessive is dropped
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
		if docs, counted := tab.docsOf(got); got.term != "" && (!counted || docs != w.docs) {
			t.Errorf("%s %q: written in %d documents (counted %v), want %d", w.sfx, w.key, docs, counted, w.docs)
		}
	}
}

// TestWordList: the words documents write are listed as they are indexed,
// prepared by analysis or not, with the documents writing each, and the
// list and counts are kept with the index: they survive reopening and are
// in a snapshot.
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

// wordDocsOf is how many documents the word list counts as writing key, over
// the shards.
func wordDocsOf(x *Index, sfx, key string) int {
	n := 0
	for _, s := range x.shards {
		tab := s.words.table.Load()
		tab.starting(sfx, key, 1, func(w word) {
			if w.key == key {
				d, _ := tab.docsOf(w)
				n += d
			}
		})
	}
	return n
}

// TestWordListDeletes: a word whose documents are all deleted completes to
// nothing, and a sharded index completes on every shard's words; a deleted
// or replaced document's words are counted off.
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
				cands, _ := v.completions(lang, prefix, "", v.count(context.Background(), lang), maxCompletions)
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
			// Replaced within a batch and on disk: counted once.
			if _, err := x.Put(context.Background(), []corpus.Document{wordDocs[0], wordDocs[1], wordDocs[0]}); err != nil {
				t.Fatal(err)
			}
			if got := wordDocsOf(x, "fr", "epidemie"); got != 2 {
				t.Errorf("épidémie in %d documents after they are replaced, want 2", got)
			}
			if err := x.Delete(context.Background(), "fr-1"); err != nil {
				t.Fatal(err)
			}
			if got := wordDocsOf(x, "fr", "epidemie"); got != 1 {
				t.Errorf("épidémie in %d documents after fr-1 is deleted, want 1", got)
			}
			if err := x.Delete(context.Background(), "fr-2"); err != nil {
				t.Fatal(err)
			}
			if got := completes("epidemi", "fr"); len(got) != 0 {
				t.Errorf("epidemi after its documents are deleted: %v, want none", got)
			}
			if got := wordDocsOf(x, "fr", "epidemie"); got != 0 {
				t.Errorf("épidémie in %d documents after they are deleted, want 0", got)
			}
		})
	}
}

// TestWordListUncounted: an index that listed words before it counted the
// documents writing them has no counts, and completion weighs its terms by
// their documents, as then; it does not start counting on later batches.
func TestWordListUncounted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Put(context.Background(), wordDocs); err != nil {
		t.Fatal(err)
	}
	// What an index written before the counts holds.
	if err := x.shards[0].idx.DeleteInternal([]byte(wordDocChunks.countKey)); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		y, err := Open(dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := y.Put(context.Background(), wordDocs[2:]); err != nil {
			t.Fatal(err)
		}
		tab := y.shards[0].words.table.Load()
		tab.starting("fr", "parlement", 1, func(w word) {
			if _, counted := tab.docsOf(w); counted {
				t.Errorf("%q counted in an index without counts", w.written)
			}
		})
		v, err := y.openVocabulary()
		if err != nil {
			t.Fatal(err)
		}
		if _, l := v.completions("fr", "parlem", "", v.count(context.Background(), "fr"), maxCompletions); l.uses != nil {
			t.Errorf("uses %v, want none", l.uses)
		}
		v.close()
		if err := y.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
