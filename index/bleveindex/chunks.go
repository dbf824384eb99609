package bleveindex

import (
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
)

// chunkedList is how the index keeps a list that only grows in Bleve's
// internal store: under countKey the number of chunks, under prefix+i the
// i-th chunk (JSON), one chunk added with every batch that has new entries.
// The entity ordinals and the word list are kept so.
type chunkedList struct {
	countKey, prefix string
	what             string // for errors: "read " + what + ": …"
}

// load calls each with the chunks of idx in order and returns how many
// there are (0 for an index that has none yet).
func (c chunkedList) load(idx bleve.Index, each func(chunk []byte) error) (int, error) {
	raw, err := idx.GetInternal([]byte(c.countKey))
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", c.what, err)
	}
	if len(raw) == 0 {
		return 0, nil
	}
	n, err := strconv.Atoi(string(raw))
	if err != nil {
		return 0, fmt.Errorf("read %s: bad count %q", c.what, raw)
	}
	for i := range n {
		chunk, err := idx.GetInternal([]byte(c.prefix + strconv.Itoa(i)))
		if err == nil {
			err = each(chunk)
		}
		if err != nil {
			return 0, fmt.Errorf("read %s chunk %d: %w", c.what, i, err)
		}
	}
	return n, nil
}

// stage adds raw to batch as chunk n, the list then having n+1 chunks.
func (c chunkedList) stage(batch *bleve.Batch, n int, raw []byte) {
	batch.SetInternal([]byte(c.prefix+strconv.Itoa(n)), raw)
	batch.SetInternal([]byte(c.countKey), []byte(strconv.Itoa(n+1)))
}
