// Package jsonscan holds what Recherche's byte-level JSON scanners share:
// the corpus loader's check of a document before decoding it and the
// server's streaming reader of batch bodies.
//
// It imports nothing.
package jsonscan

// String follows a JSON string byte by byte from the byte after its
// opening quote, telling its closing quote from an escaped one. The zero
// value is ready, and is ready again once End has reported the end.
type String struct {
	escaped bool
}

// End reports whether c, the next byte of the string, is its closing
// quote.
func (s *String) End(c byte) bool {
	switch {
	case s.escaped:
		s.escaped = false
	case c == '\\':
		s.escaped = true
	case c == '"':
		return true
	}
	return false
}
