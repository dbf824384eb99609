// Package charset tells which of the encodings articles come in a text is
// written in — UTF-8 (with or without a BOM), UTF-16 with a BOM,
// ISO-8859-1, ISO-8859-15 or Windows-1252 — and converts it to UTF-8.
// Detection reads BOMs first, then trusts valid UTF-8, then looks at the
// statistics of the bytes that are not: Latin-1 family text has a few high
// bytes, nearly all accented letters next to ASCII letters.
//
// It is the corpus loaders' one door to golang.org/x/text and imports
// nothing of Recherche.
package charset

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The encodings Recherche reads, by the names it reports.
const (
	UTF8        = "utf-8"
	UTF8BOM     = "utf-8-bom"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Latin1      = "iso-8859-1"
	Latin9      = "iso-8859-15"
	Windows1252 = "windows-1252"
)

// Names lists the encodings Lookup accepts, for help texts.
const Names = "utf-8, utf-16le, utf-16be, iso-8859-1 (latin1), iso-8859-15 (latin9), windows-1252 (cp1252)"

// labels maps the spellings people and <meta charset> use to our names.
// HTML pages labelled iso-8859-1 are read as Windows-1252, as browsers do:
// the two differ only on 0x80–0x9F, control codes in ISO-8859-1 and
// typographic quotes, dashes and € in the Windows pages that mislabel them.
var labels = map[string]string{
	"utf-8": UTF8, "utf8": UTF8, "unicode-1-1-utf-8": UTF8,
	"utf-16le": UTF16LE, "utf-16": UTF16LE, "utf16": UTF16LE, "utf16le": UTF16LE,
	"utf-16be": UTF16BE, "utf16be": UTF16BE,
	"iso-8859-1": Latin1, "iso8859-1": Latin1, "latin1": Latin1, "latin-1": Latin1, "l1": Latin1, "iso_8859-1": Latin1,
	"iso-8859-15": Latin9, "iso8859-15": Latin9, "latin9": Latin9, "latin-9": Latin9, "l9": Latin9, "iso_8859-15": Latin9,
	"windows-1252": Windows1252, "cp1252": Windows1252, "x-cp1252": Windows1252, "win-1252": Windows1252,
	"us-ascii": Windows1252, "ascii": Windows1252,
}

// Lookup returns the name of the encoding a label designates, or an error
// naming the supported ones.
func Lookup(label string) (string, error) {
	if name, ok := labels[strings.ToLower(strings.TrimSpace(label))]; ok {
		return name, nil
	}
	return "", fmt.Errorf("unsupported encoding %q: use one of %s", label, Names)
}

func encodingOf(name string) encoding.Encoding {
	switch name {
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case Latin1:
		return charmap.ISO8859_1
	case Latin9:
		return charmap.ISO8859_15
	case Windows1252:
		return charmap.Windows1252
	}
	return nil // UTF-8: nothing to convert
}

var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// bom returns the encoding a byte order mark at the start of data names.
func bom(data []byte) string {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return UTF8BOM
	case bytes.HasPrefix(data, bomUTF16LE):
		return UTF16LE
	case bytes.HasPrefix(data, bomUTF16BE):
		return UTF16BE
	}
	return ""
}

// Detect names the encoding of data: the one its BOM says, UTF-8 when it is
// valid UTF-8, else one of the Latin-1 family when the bytes look like
// Western European text in it, else "" (binary data, or an encoding we do
// not read).
func Detect(data []byte) string {
	if name := bom(data); name != "" {
		if lyingBOM(name, data) {
			return legacy(data[len(bomUTF8):])
		}
		return name
	}
	if utf8.Valid(data) {
		return UTF8
	}
	return legacy(data)
}

// undefined1252 are the five bytes Windows-1252 leaves unassigned: text
// holding one is in none of the encodings we read.
func undefined1252(b byte) bool { return b == 0x81 || b == 0x8d || b == 0x8f || b == 0x90 || b == 0x9d }

// latin9Only are the bytes where ISO-8859-15 differs from ISO-8859-1:
// € Š š Ž ž Œ œ Ÿ there, ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ here.
func latin9Only(b byte) bool {
	switch b {
	case 0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe:
		return true
	}
	return false
}

func asciiLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// highLetter reports whether b is a letter in ISO-8859-1 (À–ÿ but × and ÷).
func highLetter(b byte) bool { return b >= 0xc0 && b != 0xd7 && b != 0xf7 }

// legacy tells Windows-1252, ISO-8859-15 and ISO-8859-1 text apart from
// everything else by byte statistics. French or English text in them has
// no control codes, a small share of high bytes (under 5 % in French; we
// allow a quarter), and its accented letters sit inside words, next to
// ASCII letters; Cyrillic or Greek in their own 8-bit encodings, or binary
// data, fail one of these. Among the three: bytes 0x80–0x9F are
// Windows-1252's punctuation (€ ’ “ ” … œ); ¤ or a ½ ¼ ¾ inside a word are
// ISO-8859-15's € and œ Œ Ÿ; else ISO-8859-1.
func legacy(data []byte) string {
	var high, letters, inWord, c1, latin9 int
	for i, b := range data {
		switch {
		case b == 0, b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f':
			return ""
		case b < 0x80:
			continue
		}
		high++
		prevLetter := i > 0 && (asciiLetter(data[i-1]) || highLetter(data[i-1]))
		nextLetter := i+1 < len(data) && (asciiLetter(data[i+1]) || highLetter(data[i+1]))
		switch {
		case b < 0xa0:
			if undefined1252(b) {
				return ""
			}
			c1++
		case highLetter(b):
			letters++
			if prevLetter || nextLetter {
				inWord++
			}
		case b == 0xa4 || latin9Only(b) && prevLetter && nextLetter:
			latin9++
		}
	}
	if high == 0 || high*4 > len(data) || inWord*2 < letters || letters+c1+latin9 == 0 {
		return ""
	}
	switch {
	case c1 > 0:
		return Windows1252
	case latin9 > 0:
		return Latin9
	}
	return Latin1
}

// Decode returns data in UTF-8 and the name of the encoding it was read
// in. forced, when not empty, is the only encoding tried (a name from
// Lookup). hint is what the document says of itself (an HTML page's
// <meta charset>); it counts after a BOM and valid UTF-8, which no
// mislabelled page can fake, and before byte statistics. When nothing
// fits, data comes back unchanged with an empty name: the caller reports
// where its first invalid byte is.
func Decode(data []byte, forced, hint string) ([]byte, string) {
	name := forced
	if forced == "" && lyingBOM(bom(data), data) {
		data = data[len(bomUTF8):]
	}
	if b := bom(data); b != "" && (name == "" || sameFamily(b, name)) {
		name = b
	}
	if name == "" {
		if utf8.Valid(data) {
			return data, UTF8
		}
		if h, err := Lookup(hint); err == nil && h != UTF8 {
			name = h
		} else {
			name = legacy(data)
		}
	}
	switch name {
	case "":
		return data, ""
	case UTF8, UTF8BOM:
		return bytes.TrimPrefix(data, bomUTF8), name
	}
	out, err := encodingOf(name).NewDecoder().Bytes(data)
	if err != nil {
		// x/text decoders replace what they cannot map; an error here
		// is a bug in them, and the caller's validation will catch the
		// text as it is.
		return data, ""
	}
	return out, name
}

// lyingBOM reports whether a UTF-8 BOM stands before bytes that are not
// UTF-8, as editors write it on Latin-1 text: what follows it is judged
// on its own bytes.
func lyingBOM(bomName string, data []byte) bool {
	return bomName == UTF8BOM && !utf8.Valid(data[len(bomUTF8):])
}

// sameFamily reports whether a BOM agrees with a forced encoding: a
// UTF-16 BOM settles which UTF-16, a UTF-8 BOM is stripped under UTF-8.
func sameFamily(bomName, forced string) bool {
	switch forced {
	case UTF16LE, UTF16BE:
		return bomName == UTF16LE || bomName == UTF16BE
	case UTF8:
		return bomName == UTF8BOM
	}
	return false
}

// sampleSize is how much of a stream detection looks at: enough for a
// dozen articles' worth of accents, little enough to stay in a buffer.
const sampleSize = 64 << 10

// NewReader returns a reader of r's text in UTF-8 and the name of the
// encoding r was read in, detected on its first 64 KiB unless forced.
// Text that is valid UTF-8 there is passed through as it is, so an invalid
// byte further on is still found and reported by the caller, line by line.
func NewReader(r io.Reader, forced string) (io.Reader, string, error) {
	br := bufio.NewReaderSize(r, sampleSize)
	sample, err := br.Peek(sampleSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, "", fmt.Errorf("read: %w", err)
	}
	name := forced
	if b := bom(sample); b != "" && (name == "" || sameFamily(b, name)) {
		name = b
	}
	if forced == "" && lyingBOM(name, trimPartialRune(sample)) {
		br.Discard(len(bomUTF8))
		sample, name = sample[len(bomUTF8):], ""
	}
	if name == "" {
		name = UTF8
		if !utf8.Valid(trimPartialRune(sample)) {
			if l := legacy(sample); l != "" {
				name = l
			}
		}
	}
	switch name {
	case UTF8:
		return br, name, nil
	case UTF8BOM:
		br.Discard(len(bomUTF8))
		return br, name, nil
	}
	return transform.NewReader(br, encodingOf(name).NewDecoder()), name, nil
}

// trimPartialRune drops a UTF-8 sequence cut by the end of a sample.
func trimPartialRune(b []byte) []byte {
	for i := 1; i <= utf8.UTFMax-1 && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			break
		}
	}
	return b
}

// IsUTF16 reports whether data starts with a UTF-16 byte order mark or
// forced names UTF-16: such text is full of NUL bytes and is not binary.
func IsUTF16(data []byte, forced string) bool {
	b := bom(data)
	return b == UTF16LE || b == UTF16BE || forced == UTF16LE || forced == UTF16BE
}
