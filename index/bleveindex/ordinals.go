package bleveindex

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// ordinals gives every distinct entity of an index — a type and a name —
// a small number, the way Lucene's global ordinals do, so that entity
// facets and listings count numbers in arrays instead of hashing names. A
// document stores its entities' ordinals, a few bytes each, in the
// fieldEntityOrds keyword field; a search decodes them from doc values.
//
// Ordinals whose names fold to the same key (EntityKey: case, accents and
// ligatures aside) form one group: "Édouard Philippe" and "Edouard
// Philippe", or a name typed a person in one article and an organization
// in another, are one facet value, as they are one entity= filter.
//
// The table only grows. New entries are written to the index's internal
// store in the same Bleve batch as the first documents that use them, so a
// document on disk never refers to an ordinal the table on disk lacks, and
// reopening the index rebuilds the same numbering. Entries whose documents
// are all gone keep their ordinal and simply count zero.
type ordinals struct {
	mu      sync.RWMutex
	ords    ordTable
	ids     map[string]uint32 // type \x1f name → ordinal
	groups  map[string]uint32 // folded name → group
	members [][]uint32        // group → its ordinals

	persisted int // ords.keys[:persisted] are on disk
	chunks    int // chunks on disk
}

// ordTable is a snapshot of the table. Its slices are only ever appended
// to, so a snapshot stays valid while writers add entries.
type ordTable struct {
	keys     []string // ordinal → type \x1f name
	group    []uint32 // ordinal → group
	groupKey []string // group → folded name
}

func (t ordTable) name(o uint32) string {
	_, name, _ := strings.Cut(t.keys[o], "\x1f")
	return name
}

func (t ordTable) typ(o uint32) string {
	typ, _, _ := strings.Cut(t.keys[o], "\x1f")
	return typ
}

// ordChunks keeps the table in the index: each chunk is a JSON array of
// the keys it added, in ordinal order.
var ordChunks = chunkedList{countKey: "recherche_ordinals", prefix: "recherche_ordinals_", what: "entity ordinals"}

const (
	ordAlphabet  = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
	ordMaxDigits = 5 // 64⁵ ≈ 1.07 billion entries
)

var ordValue = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := range len(ordAlphabet) {
		t[ordAlphabet[i]] = int8(i)
	}
	return t
}()

func newOrdinals() *ordinals {
	return &ordinals{ids: map[string]uint32{}, groups: map[string]uint32{}}
}

// loadOrdinals reads the table of an open index.
func loadOrdinals(idx bleve.Index) (*ordinals, error) {
	o := newOrdinals()
	n, err := ordChunks.load(idx, func(chunk []byte) error {
		var keys []string
		if err := json.Unmarshal(chunk, &keys); err != nil {
			return err
		}
		for _, k := range keys {
			o.add(k)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	o.persisted, o.chunks = len(o.ords.keys), n
	return o, nil
}

// assign returns the encoded ordinal of the entity typ/name, giving it a
// new one when it has none. Writers call it under the index's write lock.
func (o *ordinals) assign(typ, name string) string {
	key := typ + "\x1f" + name
	if id, ok := o.ids[key]; ok {
		return encodeOrdinal(id)
	}
	return encodeOrdinal(o.add(key))
}

func (o *ordinals) add(key string) uint32 {
	_, name, _ := strings.Cut(key, "\x1f")
	folded := EntityKey(name)
	o.mu.Lock()
	defer o.mu.Unlock()
	g, ok := o.groups[folded]
	if !ok {
		g = uint32(len(o.ords.groupKey))
		o.groups[folded] = g
		o.ords.groupKey = append(o.ords.groupKey, folded)
		o.members = append(o.members, nil)
	}
	id := uint32(len(o.ords.keys))
	o.ids[key] = id
	o.ords.keys = append(o.ords.keys, key)
	o.ords.group = append(o.ords.group, g)
	o.members[g] = append(o.members[g], id)
	return id
}

// membersOf returns the ordinals of the entities whose name folds to key.
func (o *ordinals) membersOf(key string) []uint32 {
	o.mu.RLock()
	defer o.mu.RUnlock()
	g, ok := o.groups[key]
	if !ok {
		return nil
	}
	return slices.Clone(o.members[g])
}

// stage adds the entries not yet on disk to batch and returns the state to
// commit once the batch is written. Entries of a batch that failed stay in
// memory and are staged again with the next one.
func (o *ordinals) stage(batch *bleve.Batch) (persisted, chunks int, err error) {
	keys := o.ords.keys // writers hold the index's write lock: no race with add
	if o.persisted == len(keys) {
		return o.persisted, o.chunks, nil
	}
	raw, err := json.Marshal(keys[o.persisted:])
	if err != nil {
		return 0, 0, fmt.Errorf("encode entity ordinals: %w", err)
	}
	ordChunks.stage(batch, o.chunks, raw)
	return len(keys), o.chunks + 1, nil
}

func (o *ordinals) commit(persisted, chunks int) {
	o.persisted, o.chunks = persisted, chunks
}

// groupOf returns the group of a folded name.
func (o *ordinals) groupOf(key string) (uint32, bool) {
	o.mu.RLock()
	defer o.mu.RUnlock()
	g, ok := o.groups[key]
	return g, ok
}

// table returns a snapshot of the table, to read without a lock.
func (o *ordinals) table() ordTable {
	o.mu.RLock()
	defer o.mu.RUnlock()
	return o.ords
}

func encodeOrdinal(id uint32) string {
	var buf [ordMaxDigits]byte
	i := len(buf)
	for {
		i--
		buf[i] = ordAlphabet[id%64]
		id /= 64
		if id == 0 {
			break
		}
	}
	return string(buf[i:])
}

// decodeOrdinal is the inverse of encodeOrdinal; ok is false for a term
// that is not an ordinal.
func decodeOrdinal(term []byte) (id uint32, ok bool) {
	if len(term) == 0 || len(term) > ordMaxDigits {
		return 0, false
	}
	for _, b := range term {
		v := ordValue[b]
		if v < 0 {
			return 0, false
		}
		id = id*64 + uint32(v)
	}
	return id, true
}
