package bleveindex

import (
	"encoding/binary"
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
//
// It also counts, per listed word, the documents that write it (any form
// folding to its key), so that a completion is weighed by the documents of
// the words starting with the typed letters rather than by all those of
// its term ("elect", for "electi", is not weighed by "elected"). The counts
// are kept as chunks of their own, one per batch, each the documents that
// batch added per word (by the word's ordinal: its place in the list as
// written, chunk after chunk), summed when the index is opened. A deleted
// or replaced document's words are counted off from its stored body, in
// the batch that deletes or replaces it. An index written before the
// counts were kept has none (counted is false) and is weighed by its
// terms' documents, as before.
type wordList struct {
	// known holds every key noted, per field suffix, with its ordinal;
	// writers only (the index's write lock orders them).
	known map[string]map[string]int32
	// pending were noted but are not on disk yet: staged with the next
	// batch, dropped from pending once it is written.
	pending []word
	chunks  int // chunks on disk
	table   atomic.Pointer[wordTable]

	counted     bool     // every document's words are counted
	docs        []uint32 // documents per ordinal, as on disk
	delta       []int32  // documents per ordinal noted since, not on disk yet
	touched     []int32  // the ordinals delta holds (some twice)
	seen        []uint32 // per ordinal, the stamp of the last document that wrote it
	stamp       uint32   // one per document noted
	countChunks int      // count chunks on disk
}

// word is one written word: its language's field suffix, the word as
// written (lowercase, elision and possessive dropped) and the term the
// analyzer makes of it.
type word struct {
	sfx, key, written, term string
	ord                     int32 // place in the list, chunk after chunk
}

// wordTable is what searches read: per field suffix, the words sorted by
// key. A table is never changed once published; a batch publishes a new
// one.
type wordTable struct {
	bySfx   map[string][]word
	docs    []uint32 // documents writing each word, by ordinal
	counted bool     // docs counts every document of the index
}

// docsOf returns how many documents write w, and false when the index
// does not count them.
func (t *wordTable) docsOf(w word) (int, bool) {
	if !t.counted || int(w.ord) >= len(t.docs) {
		return 0, false
	}
	return int(t.docs[w.ord]), true
}

// wordChunks keeps the list in the index: each chunk is a JSON array of
// [suffix, written, term] triples.
var wordChunks = chunkedList{countKey: "recherche_words", prefix: "recherche_words_", what: "word list"}

// wordDocChunks keeps the counts: each chunk is, in varints, the number
// of words it counts, then per word the difference of its ordinal with the
// previous one and the documents the batch added (or took off, negative)
// that write it.
var wordDocChunks = chunkedList{countKey: "recherche_worddocs", prefix: "recherche_worddocs_", what: "word counts"}

// maxWordBytes bounds the words kept: longer ones are not words people
// type (URLs and run-together tokens are cut elsewhere, but not all).
const maxWordBytes = 40

func newWordList() *wordList {
	l := &wordList{known: map[string]map[string]int32{}, counted: true}
	l.table.Store(&wordTable{bySfx: map[string][]word{}, counted: true})
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
			if ord, ok := l.add(w); ok {
				w.ord = ord
				all = append(all, w)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.chunks = n
	m, err := wordDocChunks.load(idx, func(chunk []byte) error {
		return l.addCounts(chunk)
	})
	if err != nil {
		return nil, err
	}
	l.countChunks = m
	// An index that listed words before it counted them has no counts.
	l.counted = m > 0 || n == 0
	l.publish(all)
	return l, nil
}

// addCounts adds a chunk of counts to docs.
func (l *wordList) addCounts(chunk []byte) error {
	n, k := binary.Uvarint(chunk)
	if k <= 0 {
		return fmt.Errorf("bad count chunk")
	}
	chunk = chunk[k:]
	ord := uint64(0)
	for range n {
		d, k := binary.Uvarint(chunk)
		if k <= 0 {
			return fmt.Errorf("bad count chunk")
		}
		chunk = chunk[k:]
		c, k := binary.Varint(chunk)
		if k <= 0 {
			return fmt.Errorf("bad count chunk")
		}
		chunk = chunk[k:]
		ord += d
		if ord >= uint64(len(l.docs)) {
			return fmt.Errorf("count of word %d of %d", ord, len(l.docs))
		}
		l.docs[ord] = addDocs(l.docs[ord], c)
	}
	return nil
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

// add records w as known and returns its ordinal; false when its key was
// already.
func (l *wordList) add(w word) (int32, bool) {
	m := l.known[w.sfx]
	if m == nil {
		m = map[string]int32{}
		l.known[w.sfx] = m
	}
	if ord, ok := m[w.key]; ok {
		return ord, false
	}
	ord := int32(len(l.docs))
	m[w.key] = ord
	l.docs = append(l.docs, 0)
	return ord, true
}

// addDocs adds a delta to a count, which stays at 0 or more.
func addDocs(n uint32, d int64) uint32 {
	return uint32(max(0, int64(n)+d))
}

// note adds the words of one body, analyzed into tokens by the analyzer of
// the field with suffix sfx, that the list lacks, and counts the document
// for each word it writes. Writers call it under the index's write lock.
func (l *wordList) note(sfx, body string, tokens analysis.TokenStream) {
	l.stamp++
	eachWord(sfx, body, tokens, func(nw word) {
		ord, added := l.add(nw)
		if added {
			nw.ord = ord
			l.pending = append(l.pending, nw)
		}
		l.countDoc(ord, 1)
	})
}

// forget counts off a document being deleted or replaced, whose body was
// analyzed into tokens, for each listed word it writes.
func (l *wordList) forget(sfx, body string, tokens analysis.TokenStream) {
	l.stamp++
	eachWord(sfx, body, tokens, func(w word) {
		if ord, ok := l.known[sfx][w.key]; ok {
			l.countDoc(ord, -1)
		}
	})
}

// eachWord calls fn with the words of a body that the list keeps.
func eachWord(sfx, body string, tokens analysis.TokenStream, fn func(word)) {
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
		fn(word{sfx: sfx, key: foldWord(w), written: w, term: string(tk.Term)})
	}
}

// countDoc counts the document being noted (by 1, or -1 when forgotten)
// for the word ord, once.
func (l *wordList) countDoc(ord, by int32) {
	for int(ord) >= len(l.seen) {
		l.seen = append(l.seen, 0)
		l.delta = append(l.delta, 0)
	}
	if l.seen[ord] == l.stamp {
		return
	}
	l.seen[ord] = l.stamp
	if l.delta[ord] == 0 {
		l.touched = append(l.touched, ord)
	}
	l.delta[ord] += by
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

// stage adds the words not yet on disk to batch, and the documents counted
// since, and returns the words, to commit once the batch is written. Words
// and counts of a batch that failed stay pending and are staged again with
// the next one.
func (l *wordList) stage(batch *bleve.Batch) ([]word, error) {
	if l.counted && len(l.touched) > 0 {
		slices.Sort(l.touched)
		l.touched = slices.Compact(l.touched)
		raw := binary.AppendUvarint(nil, uint64(len(l.touched)))
		prev := int32(0)
		for _, ord := range l.touched {
			raw = binary.AppendUvarint(raw, uint64(ord-prev))
			raw = binary.AppendVarint(raw, int64(l.delta[ord]))
			prev = ord
		}
		wordDocChunks.stage(batch, l.countChunks, raw)
	}
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
	counts := len(l.touched) > 0
	if counts {
		if l.counted {
			l.countChunks++
		}
		for _, ord := range l.touched {
			l.docs[ord] = addDocs(l.docs[ord], int64(l.delta[ord]))
			l.delta[ord] = 0
		}
		l.touched = l.touched[:0]
	}
	if len(staged) == 0 {
		if counts {
			l.publish(nil)
		}
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
	t := &wordTable{bySfx: make(map[string][]word, len(old.bySfx)), counted: l.counted}
	if l.counted {
		t.docs = slices.Clone(l.docs)
	}
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
