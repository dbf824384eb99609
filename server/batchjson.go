package server

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/recherche/recherche/internal/jsonscan"
)

// readBatchObject reads a {"documents": [...]} body as a stream and calls
// each with the raw bytes of every document, in order, as soon as it has
// been read: memory holds one document at a time (at most maxDoc bytes;
// a longer one is skipped and handed over as tooLarge, to fail alone),
// never the body, and whitespace, however much of it a gzip bomb
// inflates to, is read past without being kept. Only the body's outer
// structure is checked here (an object, its "documents" array, matched
// brackets and strings, nothing after the object); each document is
// parsed, and fails alone, by each. Other members of the object are read
// past. A raw NUL byte in a string is handed over as \u0000, so that the
// document's parser fails it for the NUL rather than as malformed JSON;
// outside strings it is malformed JSON.
//
// Errors: the reader's own (over the limit, broken gzip) as they are, an
// *apiError for malformed JSON or a body of another shape, and each's.
func readBatchObject(r io.Reader, maxDoc int, each func(raw []byte, tooLarge bool) error) error {
	s := &batchScanner{r: bufio.NewReaderSize(r, 32<<10)}
	c, err := s.next()
	if err != nil {
		return s.fail(err)
	}
	if c != '{' {
		return invalid(`the body must be {"documents": [...]} or NDJSON`)
	}
	found := false
	for first := true; ; first = false {
		c, err := s.next()
		if err != nil {
			return s.fail(err)
		}
		if c == '}' && first {
			break
		}
		if !first {
			if c == '}' {
				break
			}
			if c != ',' {
				return s.syntax(c, "after an object member")
			}
			if c, err = s.next(); err != nil {
				return s.fail(err)
			}
		}
		if c != '"' {
			return s.syntax(c, "looking for an object key")
		}
		key := []byte{'"'}
		if _, err := s.string(&key, 256); err != nil {
			return s.fail(err)
		}
		if c, err = s.next(); err != nil {
			return s.fail(err)
		}
		if c != ':' {
			return s.syntax(c, "after an object key")
		}
		var name string
		if json.Unmarshal(key, &name) != nil || !strings.EqualFold(name, "documents") {
			if err := s.value(nil, 0); err != nil {
				return s.fail(err)
			}
			continue
		}
		if c, err = s.next(); err != nil {
			return s.fail(err)
		}
		switch c {
		case 'n':
			if err := s.literal("ull"); err != nil {
				return s.fail(err)
			}
			continue // like a missing member
		case '[':
		default:
			return invalid(`malformed JSON: "documents" must be an array`)
		}
		found = true
		if err := s.array(maxDoc, each); err != nil {
			return err
		}
	}
	// Nothing but whitespace may follow the object.
	if c, err := s.next(); err != io.EOF {
		if err != nil {
			return s.fail(err)
		}
		return invalid("malformed JSON: unexpected data after the JSON value (%q at byte %d)", c, s.off-1)
	}
	if !found {
		return invalid(`the body must be {"documents": [...]} or NDJSON`)
	}
	return nil
}

// batchScanner reads JSON byte by byte, counting the bytes read.
type batchScanner struct {
	r   *bufio.Reader
	off int64
}

// maxDepth is the nesting encoding/json allows.
const maxDepth = 10000

// errTruncated marks a body that ends inside its JSON value.
var errTruncated = errors.New("the JSON value is truncated")

func (s *batchScanner) byte() (byte, error) {
	c, err := s.r.ReadByte()
	if err == nil {
		s.off++
	} else if err == io.EOF {
		err = errTruncated
	}
	return c, err
}

// next returns the next byte that is not whitespace; io.EOF at the end.
func (s *batchScanner) next() (byte, error) {
	for {
		c, err := s.r.ReadByte()
		if err != nil {
			return 0, err
		}
		s.off++
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return c, nil
	}
}

// fail turns the scanner's own errors into malformed-JSON answers and
// leaves the reader's as they are.
func (s *batchScanner) fail(err error) error {
	var ae *apiError
	switch {
	case err == io.EOF, errors.Is(err, errTruncated):
		return invalid("malformed JSON: the JSON value is truncated")
	case errors.As(err, &ae):
		return err
	}
	return err
}

func (s *batchScanner) syntax(c byte, where string) error {
	return invalid("malformed JSON: invalid character %q %s at byte %d", c, where, s.off-1)
}

// array reads the elements of the documents array, its '[' read.
func (s *batchScanner) array(maxDoc int, each func([]byte, bool) error) error {
	raw := make([]byte, 0, 4<<10)
	for first := true; ; first = false {
		c, err := s.next()
		if err != nil {
			return s.fail(err)
		}
		if c == ']' && first {
			return nil
		}
		if !first {
			if c == ']' {
				return nil
			}
			if c != ',' {
				return s.syntax(c, "after an array element")
			}
		} else if err := s.unread(); err != nil {
			return err
		}
		raw = raw[:0]
		if err := s.value(&raw, maxDoc+1); err != nil {
			return s.fail(err)
		}
		tooLarge := len(raw) > maxDoc
		if tooLarge {
			raw = raw[:0]
		}
		if err := each(raw, tooLarge); err != nil {
			return err
		}
		if cap(raw) > 1<<20 {
			raw = make([]byte, 0, 4<<10) // one large document does not pin its buffer
		}
	}
}

func (s *batchScanner) unread() error {
	if err := s.r.UnreadByte(); err != nil {
		return err
	}
	s.off--
	return nil
}

// value reads one JSON value, leading whitespace included, into *out
// (nil: read past it) while out holds fewer than max bytes. Strings and
// brackets are matched and nesting is bounded; the grammar inside
// objects and arrays is left to the document's parser.
func (s *batchScanner) value(out *[]byte, max int) error {
	c, err := s.next()
	if err == io.EOF {
		return errTruncated
	}
	if err != nil {
		return err
	}
	keep := func(b ...byte) {
		if out != nil && len(*out) < max {
			*out = append(*out, b...)
		}
	}
	var stack []byte
	for {
		switch c {
		case '"':
			keep('"')
			if _, err := s.string(out, max); err != nil {
				return err
			}
		case '{', '[':
			if len(stack) >= maxDepth {
				return invalid("malformed JSON: nested more than %d deep at byte %d", maxDepth, s.off-1)
			}
			stack = append(stack, c)
			keep(c)
		case '}', ']':
			open := byte('{')
			if c == ']' {
				open = '['
			}
			if len(stack) == 0 || stack[len(stack)-1] != open {
				return s.syntax(c, "closing nothing open")
			}
			stack = stack[:len(stack)-1]
			keep(c)
		case 0:
			return s.syntax(c, "outside a string")
		default:
			keep(c)
			if len(stack) == 0 {
				// A number or a literal: up to the next delimiter.
				for {
					d, err := s.r.ReadByte()
					if err == io.EOF {
						return nil
					}
					if err != nil {
						return err
					}
					if strings.IndexByte(",]} \t\r\n", d) >= 0 {
						return s.r.UnreadByte()
					}
					if d == 0 {
						return s.syntax(d, "outside a string")
					}
					s.off++
					keep(d)
				}
			}
		}
		if len(stack) == 0 {
			return nil
		}
		if c, err = s.byte(); err != nil {
			return err
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			// Whitespace inside a document is kept like its other bytes,
			// within its bound; runs of it are read past all the same.
			keep(c)
			for {
				d, err := s.r.ReadByte()
				if err != nil {
					return errTruncatedOr(err)
				}
				if d != ' ' && d != '\t' && d != '\n' && d != '\r' {
					c = d
					s.off++
					break
				}
				s.off++
				keep(d)
			}
		}
	}
}

func errTruncatedOr(err error) error {
	if err == io.EOF {
		return errTruncated
	}
	return err
}

// string reads a string's bytes after its opening quote, the closing
// quote included, into *out while it holds fewer than max bytes; a raw
// NUL goes in as \u0000.
func (s *batchScanner) string(out *[]byte, max int) (int, error) {
	n := 0
	var str jsonscan.String
	for {
		c, err := s.byte()
		if err != nil {
			return n, err
		}
		n++
		if out != nil && len(*out) < max {
			if c == 0 {
				*out = append(*out, `\u0000`...)
			} else {
				*out = append(*out, c)
			}
		}
		if str.End(c) {
			return n, nil
		}
	}
}

// literal reads the rest of a literal (after its first letter).
func (s *batchScanner) literal(rest string) error {
	for i := range len(rest) {
		c, err := s.byte()
		if err != nil {
			return err
		}
		if c != rest[i] {
			return s.syntax(c, "in a literal")
		}
	}
	return nil
}
