package bleveindex

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// ordinals gives every distinct entity name of an index a small number,
// the way Lucene's global ordinals do, so that the entities facet counts
// numbers in an array instead of hashing names. A document stores its
// entities' ordinals, a few bytes each, in the fieldEntityOrds keyword
// field; a search decodes them from doc values and counts them.
//
// The table only grows. New names are written to the index's internal
// store in the same Bleve batch as the first documents that use them, so a
// document on disk never refers to an ordinal the table on disk lacks, and
// reopening the index rebuilds the same numbering. Names whose documents
// are all gone keep their ordinal and simply count zero.
type ordinals struct {
	mu        sync.RWMutex
	names     []string // ordinal → name; only appended to
	ids       map[string]uint32
	persisted int // names[:persisted] are on disk
	chunks    int // chunks on disk
}

// Internal keys of the table: the chunk count, then each chunk (a JSON
// array of the names it added, in ordinal order).
const (
	ordCountKey  = "recherche_ordinals"
	ordChunkPfx  = "recherche_ordinals_"
	ordAlphabet  = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
	ordMaxDigits = 5 // 64⁵ ≈ 1.07 billion names
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

// loadOrdinals reads the table of an open index.
func loadOrdinals(idx bleve.Index) (*ordinals, error) {
	o := &ordinals{ids: map[string]uint32{}}
	raw, err := idx.GetInternal([]byte(ordCountKey))
	if err != nil {
		return nil, fmt.Errorf("read entity ordinals: %w", err)
	}
	if len(raw) == 0 {
		return o, nil
	}
	n, err := strconv.Atoi(string(raw))
	if err != nil {
		return nil, fmt.Errorf("read entity ordinals: bad count %q", raw)
	}
	for i := range n {
		chunk, err := idx.GetInternal([]byte(ordChunkPfx + strconv.Itoa(i)))
		if err != nil {
			return nil, fmt.Errorf("read entity ordinals chunk %d: %w", i, err)
		}
		var names []string
		if err := json.Unmarshal(chunk, &names); err != nil {
			return nil, fmt.Errorf("read entity ordinals chunk %d: %w", i, err)
		}
		for _, name := range names {
			o.ids[name] = uint32(len(o.names))
			o.names = append(o.names, name)
		}
	}
	o.persisted, o.chunks = len(o.names), n
	return o, nil
}

// assign returns the encoded ordinal of name, giving it a new one when it
// has none. Writers call it under the index's write lock.
func (o *ordinals) assign(name string) string {
	if id, ok := o.ids[name]; ok {
		return encodeOrdinal(id)
	}
	id := uint32(len(o.names))
	o.ids[name] = id
	o.mu.Lock()
	o.names = append(o.names, name)
	o.mu.Unlock()
	return encodeOrdinal(id)
}

// stage adds the names not yet on disk to batch and returns the state to
// commit once the batch is written. Names of a batch that failed stay in
// memory and are staged again with the next one.
func (o *ordinals) stage(batch *bleve.Batch) (persisted, chunks int, err error) {
	if o.persisted == len(o.names) {
		return o.persisted, o.chunks, nil
	}
	raw, err := json.Marshal(o.names[o.persisted:])
	if err != nil {
		return 0, 0, fmt.Errorf("encode entity ordinals: %w", err)
	}
	batch.SetInternal([]byte(ordChunkPfx+strconv.Itoa(o.chunks)), raw)
	batch.SetInternal([]byte(ordCountKey), []byte(strconv.Itoa(o.chunks+1)))
	return len(o.names), o.chunks + 1, nil
}

func (o *ordinals) commit(persisted, chunks int) {
	o.persisted, o.chunks = persisted, chunks
}

// table returns the current ordinal → name table. Entries are never
// changed once written, so the caller may read it without a lock.
func (o *ordinals) table() []string {
	o.mu.RLock()
	defer o.mu.RUnlock()
	return o.names
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
