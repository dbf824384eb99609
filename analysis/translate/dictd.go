package translate

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entry is one headword of a dictd dictionary with its translations, in the
// order the dictionary lists them (its first sense first).
type Entry struct {
	Head         string
	Translations []string
}

// maxDictBytes bounds what one .dict.dz may decompress to: the largest
// FreeDict file Debian ships (deu-eng) is about 100 MB.
const maxDictBytes = 512 << 20

// ReadDictdFiles reads NAME.index and NAME.dict.dz (or NAME.dict) and calls
// fn for each entry whose headword keep accepts (nil keeps all). Filtering
// by headword first spares decoding the entries nobody asked for.
func ReadDictdFiles(base string, glossed bool, keep func(head string) bool, fn func(Entry)) error {
	idx, err := os.Open(base + ".index")
	if err != nil {
		return err
	}
	defer idx.Close()
	var body []byte
	if f, err := os.Open(base + ".dict.dz"); err == nil {
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s.dict.dz: %w", base, err)
		}
		zr.Multistream(true)
		if body, err = io.ReadAll(io.LimitReader(zr, maxDictBytes+1)); err != nil {
			return fmt.Errorf("%s.dict.dz: %w", base, err)
		}
	} else if body, err = os.ReadFile(base + ".dict"); err != nil {
		return fmt.Errorf("%s: no .dict.dz or .dict: %w", base, err)
	}
	if len(body) > maxDictBytes {
		return fmt.Errorf("%s: dictionary over %d bytes", base, maxDictBytes)
	}
	return ReadDictd(idx, body, glossed, keep, fn)
}

// ReadDictd parses a dictd index (headword, base64 offset, base64 length,
// tab-separated) against the decompressed dictionary body. Lines it cannot
// read are skipped: dictionaries of different sources and releases lay
// their entries out differently, and one odd line must not cost the rest.
// An error is returned only when the index cannot be read at all or holds
// no usable line.
//
// glossed dictionaries (WikDict's deu-fra and fra-deu) follow each sense's
// translations with a definition in the source language: only the first
// line and the numbered lines hold translations.
func ReadDictd(index io.Reader, body []byte, glossed bool, keep func(string) bool, fn func(Entry)) error {
	sc := bufio.NewScanner(index)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	good := 0
	for sc.Scan() {
		line := sc.Text()
		head, rest, ok := strings.Cut(line, "\t")
		if !ok || head == "" || strings.HasPrefix(head, "00database") || strings.HasPrefix(head, "00-database") {
			continue
		}
		offs, lens, ok := strings.Cut(rest, "\t")
		if !ok {
			continue
		}
		off, ok1 := decodeB64(offs)
		n, ok2 := decodeB64(lens)
		if !ok1 || !ok2 || off > uint64(len(body)) || n > uint64(len(body))-off {
			continue
		}
		good++
		if !utf8.ValidString(head) || (keep != nil && !keep(head)) {
			continue
		}
		text := body[off : off+n]
		if !utf8.Valid(text) {
			continue
		}
		if tr := parseEntry(string(text), glossed); len(tr) > 0 {
			fn(Entry{Head: head, Translations: tr})
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("dictd index: %w", err)
	}
	if good == 0 {
		return errors.New("dictd index: no entry could be read")
	}
	return nil
}

// decodeB64 reads dictd's base64 numbers: most significant digit first,
// alphabet A–Z a–z 0–9 + /.
func decodeB64(s string) (uint64, bool) {
	if s == "" || len(s) > 10 {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d uint64
		switch {
		case c >= 'A' && c <= 'Z':
			d = uint64(c - 'A')
		case c >= 'a' && c <= 'z':
			d = uint64(c-'a') + 26
		case c >= '0' && c <= '9':
			d = uint64(c-'0') + 52
		case c == '+':
			d = 62
		case c == '/':
			d = 63
		default:
			return 0, false
		}
		n = n*64 + d
	}
	return n, true
}

// senseNumber returns the length of a leading sense number ("2. "), 0
// when there is none.
func senseNumber(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' {
		return 0
	}
	i++
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// trimTrailingNumber cuts a sense number that ends a line ("maison 2.").
func trimTrailingNumber(s string) string {
	t := strings.TrimRight(s, " \t")
	if !strings.HasSuffix(t, ".") {
		return s
	}
	i := len(t) - 1
	j := i
	for j > 0 && t[j-1] >= '0' && t[j-1] <= '9' {
		j--
	}
	if j == i || j == 0 || (t[j-1] != ' ' && t[j-1] != '\t') {
		return s
	}
	return strings.TrimRight(t[:j], " \t")
}

// stripAnnotations removes <grammar>, [domain], (gloss) and {reference}
// spans.
func stripAnnotations(s string) string {
	if !strings.ContainsAny(s, "<[({") {
		return s
	}
	var b strings.Builder
	var close byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if close != 0 {
			if c == close {
				close = 0
			}
			continue
		}
		switch c {
		case '<':
			close = '>'
		case '[':
			close = ']'
		case '(':
			close = ')'
		case '{':
			close = '}'
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// labels start lines that hold no translation.
var labels = []string{"synonym", "antonym", "see:", "see also", "note:", "notes:", "syn:", "ant:", "also:", "plural", "pl.:"}

// parseEntry returns the translations of one entry's text. The first line
// is the headword with its pronunciation and part of speech; indented
// lines are examples, cross-references or glosses.
func parseEntry(text string, glossed bool) []string {
	lines := strings.Split(text, "\n")
	if len(lines) < 2 {
		return nil
	}
	var out []string
	first := true
	for _, line := range lines[1:] {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line); unicode.IsSpace(r) {
			continue
		}
		lower := strings.ToLower(line)
		if hasLabel(lower) {
			continue
		}
		n := senseNumber(line)
		if glossed && !first && n == 0 {
			continue // a definition in the source language
		}
		first = false
		line = stripAnnotations(trimTrailingNumber(line[n:]))
		for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
			if t := cleanTranslation(part); t != "" && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

func hasLabel(lower string) bool {
	for _, l := range labels {
		if strings.HasPrefix(lower, l) {
			return true
		}
	}
	return false
}

// cleanTranslation keeps a translation of up to four words made of
// letters, apostrophes and hyphens; anything else (quotes, formulas,
// leftovers of markup) is not a word to search.
func cleanTranslation(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " .…!?:-‐")
	if s == "" || len(strings.Fields(s)) > 4 || len(s) > 60 {
		return ""
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' && r != '\'' && r != '’' && r != '-' && r != '‐' {
			return ""
		}
	}
	return s
}
