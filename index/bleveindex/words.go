package bleveindex

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
)

// wordList is the words documents write, per language, that the index
// keeps as another term: "parlement" is indexed as "parl", "épidémie" as
// "epidem", "banking" as "bank". Search as you type completes on it, so
// that "parlem", "épidémi" or "banki" find the words they start even
// though no term of the index starts with them; and it spells such a
// completion as documents write it, accents and all, without reading a
// document. A word whose term is the word itself, lowercase ("macron"), is
// left out: the body field's own dictionary has it.
//
// The list is built as documents are indexed, from the terms the body's
// analysis made (each token's offsets give the word as written), and kept
// in the shard's internal store in the same Bleve batch as the documents
// that first wrote its words, like the entity ordinals: a snapshot copies
// it, reopening the index reads it back. It only grows: a word whose
// documents are all deleted stays, and completion drops it because its
// term then has no documents. Words are stored once each, folded as the
// key, so its size is the corpus's vocabulary, not its length.
type wordList struct {
	// known holds every key noted, per field suffix; writers only (the
	// index's write lock orders them).
	known map[string]map[string]struct{}
	// pending were noted but are not on disk yet: staged with the next
	// batch, dropped from pending once it is written.
	pending []word
	chunks  int // chunks on disk
	table   atomic.Pointer[wordTable]
}

// word is one written word: its language's field suffix, the word as
// written (lowercase, elision and possessive dropped) and the term the
// analyzer makes of it.
type word struct {
	sfx, key, written, term string
}

// wordTable is what searches read: per field suffix, the words sorted by
// key. A table is never changed once published; a batch publishes a new
// one.
type wordTable struct {
	bySfx map[string][]word
}

// wordChunks keeps the list in the index: each chunk is a JSON array of
// [suffix, written, term] triples.
var wordChunks = chunkedList{countKey: "recherche_words", prefix: "recherche_words_", what: "word list"}

// maxWordBytes bounds the words kept: longer ones are not words people
// type (URLs and run-together tokens are cut elsewhere, but not all).
const maxWordBytes = 40

func newWordList() *wordList {
	l := &wordList{known: map[string]map[string]struct{}{}}
	l.table.Store(&wordTable{bySfx: map[string][]word{}})
	return l
}

// loadWords reads the list of an open index.
func loadWords(idx bleve.Index) (*wordList, error) {
	l := newWordList()
	var all []word
	n, err := wordChunks.load(idx, func(chunk []byte) error {
		ws, err := decodeWords(chunk)
		if err != nil {
			return err
		}
		for _, w := range ws {
			if l.add(w) {
				all = append(all, w)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.chunks = n
	l.publish(all)
	return l, nil
}

func decodeWords(chunk []byte) ([]word, error) {
	var triples [][3]string
	if err := json.Unmarshal(chunk, &triples); err != nil {
		return nil, err
	}
	out := make([]word, 0, len(triples))
	for _, t := range triples {
		out = append(out, word{sfx: t[0], key: foldWord(t[1]), written: t[1], term: t[2]})
	}
	return out, nil
}

// add records w as known; false when its key was already.
func (l *wordList) add(w word) bool {
	m := l.known[w.sfx]
	if m == nil {
		m = map[string]struct{}{}
		l.known[w.sfx] = m
	}
	if _, ok := m[w.key]; ok {
		return false
	}
	m[w.key] = struct{}{}
	return true
}

// note adds the words of one body, analyzed into tokens by the analyzer of
// the field with suffix sfx, that the list lacks. Writers call it under the
// index's write lock.
func (l *wordList) note(sfx, body string, tokens analysis.TokenStream) {
	for _, tk := range tokens {
		if tk.Start < 0 || tk.End > len(body) || tk.Start >= tk.End || len(tk.Term) == 0 {
			continue
		}
		raw := body[tk.Start:tk.End]
		if len(raw) > maxWordBytes || raw == string(tk.Term) {
			continue // the commonest case, lowercase and unstemmed, costs one comparison
		}
		w := writtenWord(raw, sfx)
		if w == string(tk.Term) || !isWord(w) || strings.IndexFunc(w, isDigit) >= 0 {
			continue
		}
		nw := word{sfx: sfx, key: foldWord(w), written: w, term: string(tk.Term)}
		if l.add(nw) {
			l.pending = append(l.pending, nw)
		}
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// writtenWord is a token as written, lowercase, without what the analyzer
// drops around the word: a French elision ("l'hyperviseur"), an English
// possessive ("VMware's").
func writtenWord(raw, sfx string) string {
	w := strings.ToLower(raw)
	switch sfx {
	case "en":
		for _, s := range []string{"'s", "’s"} {
			w = strings.TrimSuffix(w, s)
		}
		return w
	default:
		return unelided(w)
	}
}

// stage adds the words not yet on disk to batch and returns them, to
// commit once the batch is written. Words of a batch that failed stay
// pending and are staged again with the next one.
func (l *wordList) stage(batch *bleve.Batch) ([]word, error) {
	if len(l.pending) == 0 {
		return nil, nil
	}
	triples := make([][3]string, len(l.pending))
	for i, w := range l.pending {
		triples[i] = [3]string{w.sfx, w.written, w.term}
	}
	raw, err := json.Marshal(triples)
	if err != nil {
		return nil, fmt.Errorf("encode word list: %w", err)
	}
	wordChunks.stage(batch, l.chunks, raw)
	return l.pending, nil
}

// commit makes the staged words searchable once their batch is written.
func (l *wordList) commit(staged []word) {
	if len(staged) == 0 {
		return
	}
	l.chunks++
	l.pending = l.pending[len(staged):]
	if len(l.pending) == 0 {
		l.pending = nil
	}
	l.publish(staged)
}

// publish merges words, new to the table, into a new table.
func (l *wordList) publish(ws []word) {
	old := l.table.Load()
	t := &wordTable{bySfx: make(map[string][]word, len(old.bySfx))}
	added := map[string][]word{}
	for _, w := range ws {
		added[w.sfx] = append(added[w.sfx], w)
	}
	for sfx, list := range old.bySfx {
		if _, ok := added[sfx]; !ok {
			t.bySfx[sfx] = list
		}
	}
	for sfx, list := range added {
		slices.SortFunc(list, compareWords)
		t.bySfx[sfx] = mergeWords(old.bySfx[sfx], list)
	}
	l.table.Store(t)
}

func compareWords(a, b word) int { return strings.Compare(a.key, b.key) }

// mergeWords merges two lists sorted by key into a new one.
func mergeWords(a, b []word) []word {
	out := make([]word, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if compareWords(a[0], b[0]) <= 0 {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// starting calls fn with the words of the field suffix sfx whose key starts
// with prefix, in key order, at most limit of them; it returns false when
// it stopped at the limit.
func (t *wordTable) starting(sfx, prefix string, limit int, fn func(word)) bool {
	list := t.bySfx[sfx]
	i, _ := slices.BinarySearchFunc(list, prefix, func(w word, p string) int { return strings.Compare(w.key, p) })
	for n := 0; i < len(list) && strings.HasPrefix(list[i].key, prefix); i, n = i+1, n+1 {
		if n == limit {
			return false
		}
		fn(list[i])
	}
	return true
}

// has reports whether a document writes key in the field suffix sfx as
// another term than key itself.
func (t *wordTable) has(sfx, key string) bool {
	list := t.bySfx[sfx]
	_, ok := slices.BinarySearchFunc(list, key, func(w word, k string) int { return strings.Compare(w.key, k) })
	return ok
}

// size is the number of words in the table.
func (t *wordTable) size() int {
	n := 0
	for _, list := range t.bySfx {
		n += len(list)
	}
	return n
}
