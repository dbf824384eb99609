package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus/charset"
	"github.com/recherche/recherche/corpus/webpage"
	"github.com/recherche/recherche/internal/jsonscan"
)

// Errors an Item can carry besides the text errors of ValidText.
var (
	// ErrSkipped marks files that are not documents (unknown extension,
	// binary content, a symlink to a folder): worth reporting, not failing.
	ErrSkipped       = errors.New("skipped")
	ErrTooLarge      = errors.New("file too large")
	ErrLineTooLong   = errors.New("line too long")
	ErrNestedTooDeep = errors.New("JSON nested too deeply")
)

const (
	// DefaultMaxFileSize bounds a .txt, .md or .json file: they are read
	// (or, for JSON, decoded) whole, so the bound is the memory bound.
	DefaultMaxFileSize = 32 << 20
	// DefaultMaxLineSize bounds one NDJSON line, hence one document.
	DefaultMaxLineSize = 16 << 20
	// maxJSONDepth is far above what a document needs (flat fields, maybe a
	// metadata object) and far below what makes decoding expensive.
	maxJSONDepth = 64
	// sniffLen is how much of a file is checked for NUL bytes to tell a
	// binary file from text, as git does.
	sniffLen = 8000
)

// Item is one outcome of a load: a document, or the reason a file, an array
// element or a line did not give one. Err set means the item failed;
// errors.Is(Err, ErrSkipped) means it was not a document in the first place.
type Item struct {
	Doc  Document
	Path string // file the item comes from; "-" for stdin, "" for a bare reader
	Line int    // 1-based line of the item in NDJSON and JSON arrays, else 0
	Err  error
	// Encoding is the encoding the item's file or stream was read in (a
	// charset name, such as "windows-1252"); empty when none fitted or
	// the item did not come from a file.
	Encoding string
}

// Skipped reports whether the item is a non-document that was passed over.
func (it Item) Skipped() bool { return errors.Is(it.Err, ErrSkipped) }

// Loader reads documents from files and streams. The zero value uses the
// default limits.
type Loader struct {
	MaxFileSize int64 // for .txt, .md, .html and .json files, decompressed; 0 means DefaultMaxFileSize
	MaxLineSize int   // for NDJSON lines; 0 means DefaultMaxLineSize
	// Encoding, when set, is the one encoding files are read in (a name
	// from charset.Lookup); empty means detect it file by file.
	Encoding string
}

// Walk loads documents with the default limits; see Loader.Walk.
func Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	return Loader{}.Walk(ctx, paths, fn)
}

// ReadNDJSON reads newline-delimited JSON documents with the default limits;
// see Loader.ReadNDJSON.
func ReadNDJSON(r io.Reader, fn func(Item) error) error {
	return Loader{}.ReadNDJSON(context.Background(), r, "", fn)
}

// ReadJSON reads one JSON document or an array of them with the default
// limits; see Loader.ReadJSON.
func ReadJSON(r io.Reader, fn func(Item) error) error {
	return Loader{}.ReadJSON(r, "", fn)
}

func (l Loader) maxFileSize() int64 {
	if l.MaxFileSize > 0 {
		return l.MaxFileSize
	}
	return DefaultMaxFileSize
}

func (l Loader) maxLineSize() int {
	if l.MaxLineSize > 0 {
		return l.MaxLineSize
	}
	return DefaultMaxLineSize
}

// Walk calls fn with every item found under paths, in order: each path is a
// file, a folder (walked recursively in lexical order, hidden entries
// ignored) or "-" for NDJSON on standard input (see ReadInput). Supported
// files are .txt, .md/.markdown, .html/.htm (reduced to their article, see
// ParseHTML), .json (one document or an array) and .ndjson/.jsonl, each
// also gzip-compressed with a .gz suffix. Files are read in the encoding
// Loader.Encoding forces, else the one charset.Decode detects.
//
// Whatever goes wrong with one file or one document becomes an Item with Err
// set and the walk goes on; Walk itself fails only when ctx is done or fn
// returns an error, which it returns unwrapped so callers can stop a walk
// with a sentinel of their own.
//
// A text or markdown file's document id is its path relative to the folder
// given, without extension and /-separated ("2019/azure/vmware"); for a file
// given directly, its base name without extension. JSON documents keep the
// id they carry, or none (see ContentID). Two files differing only by
// extension get the same id; the later one wins in the index.
//
// Web pages are reduced to their article on as many goroutines as there
// are cores, a few files ahead of fn (see ordered), and fn still gets
// every item in order, from Walk's own goroutine.
func (l Loader) Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	o := newOrdered(fn)
	if err := l.walk(ctx, paths, o); err != nil {
		return err
	}
	return o.drain()
}

func (l Loader) walk(ctx context.Context, paths []string, o *ordered) error {
	fn := o.emit
	for _, root := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if root == "-" {
			if err := l.ReadInput(ctx, os.Stdin, "-", fn); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(root)
		if err != nil {
			if err := fn(Item{Path: root, Err: err}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := l.loadFile(ctx, root, trimExt(filepath.Base(root)), o); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable folder or file: report it, skip it, go on.
				if ferr := fn(Item{Path: path, Err: err}); ferr != nil {
					return ferr
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return ctx.Err()
			}
			if !d.Type().IsRegular() {
				// Symlinks to folders are not followed, to stay out of cycles.
				if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
					return fn(Item{Path: path, Err: fmt.Errorf("%w: not a regular file", ErrSkipped)})
				}
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return fn(Item{Path: path, Err: err})
			}
			return l.loadFile(ctx, path, filepath.ToSlash(trimExt(rel)), o)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// fileKind returns a file's format by its extension, looking through a
// .gz suffix, and whether it is gzip-compressed; kind is "" for a format
// we do not read.
func fileKind(path string) (kind string, gz bool) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" {
		gz = true
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(path, filepath.Ext(path))))
	}
	switch ext {
	case ".txt", ".md", ".markdown", ".json", ".ndjson", ".jsonl", ".html", ".htm":
		return ext, gz
	}
	return "", gz
}

// trimExt removes a file name's extension, and a .gz suffix before it.
func trimExt(p string) string {
	if strings.EqualFold(filepath.Ext(p), ".gz") {
		p = strings.TrimSuffix(p, filepath.Ext(p))
	}
	return strings.TrimSuffix(p, filepath.Ext(p))
}

// sourceError marks an error of the file being read (a corrupt gzip
// stream, a disk error), so that it fails the file's item instead of
// ending the walk like fn's errors.
type sourceError struct{ err error }

func (e *sourceError) Error() string { return e.err.Error() }
func (e *sourceError) Unwrap() error { return e.err }

// sourceReader marks its reader's errors as sourceErrors, prefixed with
// what it was doing ("decompress").
type sourceReader struct {
	r     io.Reader
	doing string
}

func (s sourceReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF {
		err = &sourceError{fmt.Errorf("%s: %w", s.doing, err)}
	}
	return n, err
}

// limitReader fails with ErrTooLarge past its limit, where io.LimitReader
// would end quietly and leave a truncated document.
type limitReader struct {
	r     io.Reader
	left  int64 // bytes still allowed
	limit int64
}

func newLimitReader(r io.Reader, limit int64) *limitReader {
	return &limitReader{r: r, left: limit, limit: limit}
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, l.tooLarge()
	}
	// Ask for one byte more than allowed, to tell a stream that ends at
	// the limit from one that goes past it.
	p = p[:min(int64(len(p)), l.left+1)]
	n, err := l.r.Read(p)
	if l.left -= int64(n); l.left < 0 {
		return n - 1, l.tooLarge()
	}
	return n, err
}

func (l *limitReader) tooLarge() error {
	return &sourceError{fmt.Errorf("%w: over %d bytes", ErrTooLarge, l.limit)}
}

// loadFile turns one file into items. Only fn's and ctx's errors are
// returned; the file's own problems become items.
func (l Loader) loadFile(ctx context.Context, path, id string, o *ordered) error {
	fn := o.emit
	kind, gz := fileKind(path)
	if kind == "" {
		return fn(Item{Path: path, Err: fmt.Errorf("%w: unsupported extension %q", ErrSkipped, filepath.Ext(path))})
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Path: path, Err: err})
	}
	defer f.Close()
	max := l.maxFileSize()
	if info, err := f.Stat(); err != nil {
		return fn(Item{Path: path, Err: err})
	} else if !gz && kind != ".ndjson" && kind != ".jsonl" && info.Size() > max {
		return fn(Item{Path: path, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, info.Size(), max)})
	}
	var src io.Reader = f
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fn(Item{Path: path, Err: fmt.Errorf("not a gzip file: %w", err)})
		}
		defer zr.Close()
		src = sourceReader{zr, "decompress"}
	} else {
		src = sourceReader{f, "read"}
	}
	switch kind {
	case ".ndjson", ".jsonl":
		return l.readStream(ctx, src, path, false, fn)
	case ".json":
		return l.readStream(ctx, newLimitReader(src, max), path, true, fn)
	}
	data, err := io.ReadAll(newLimitReader(src, max))
	if err != nil {
		return fn(Item{Path: path, Err: err})
	}
	if kind == ".html" || kind == ".htm" {
		return o.async(len(data), func() Item { return l.parseFile(path, id, kind, data) })
	}
	return fn(l.parseFile(path, id, kind, data))
}

// ordered hands items to fn in the order they were found while the slow
// ones (web pages, whose reduction costs twenty times a text file's) are
// made on other goroutines: at most one per core at a time, and at most
// maxAheadBytes of their files held, beyond the one fn waits for.
type ordered struct {
	fn      func(Item) error
	queue   []chan Item // items found and not yet handed to fn, in order
	sizes   []int       // bytes each queued item holds
	made    []bool      // whether each is made on another goroutine
	held    int         // the sum of sizes
	workers int
}

// maxAheadBytes bounds the bytes of files read ahead of fn.
const maxAheadBytes = 64 << 20

func newOrdered(fn func(Item) error) *ordered {
	return &ordered{fn: fn, workers: runtime.GOMAXPROCS(0)}
}

// emit hands a ready item to fn, after the ones found before it.
func (o *ordered) emit(it Item) error {
	if len(o.queue) == 0 {
		return o.fn(it)
	}
	c := make(chan Item, 1)
	c <- it
	return o.push(c, 0, false)
}

// async makes an item on another goroutine; size is the bytes it holds.
func (o *ordered) async(size int, parse func() Item) error {
	if o.workers <= 1 {
		return o.emit(parse())
	}
	// Wait for the oldest while as many as there are cores are under
	// way or too many bytes are held.
	for len(o.queue) > 0 && (o.running() >= o.workers || o.held+size > maxAheadBytes) {
		if err := o.pop(); err != nil {
			return err
		}
	}
	c := make(chan Item, 1)
	go func() { c <- parse() }()
	return o.push(c, size, true)
}

// running counts the queued items that may still be in the making.
func (o *ordered) running() int {
	n := 0
	for i, c := range o.queue {
		if o.made[i] && len(c) == 0 {
			n++
		}
	}
	return n
}

func (o *ordered) push(c chan Item, size int, made bool) error {
	o.queue = append(o.queue, c)
	o.sizes = append(o.sizes, size)
	o.made = append(o.made, made)
	o.held += size
	// Hand fn whatever is ready at the head, without waiting.
	for len(o.queue) > 0 && len(o.queue[0]) > 0 {
		if err := o.pop(); err != nil {
			return err
		}
	}
	return nil
}

// pop waits for the oldest item and hands it to fn.
func (o *ordered) pop() error {
	it := <-o.queue[0]
	o.held -= o.sizes[0]
	o.queue, o.sizes, o.made = o.queue[1:], o.sizes[1:], o.made[1:]
	return o.fn(it)
}

// drain hands fn every item left, in order.
func (o *ordered) drain() error {
	for len(o.queue) > 0 {
		if err := o.pop(); err != nil {
			return err
		}
	}
	return nil
}

// parseFile decodes a whole text, markdown or HTML file and parses it.
func (l Loader) parseFile(path, id, kind string, data []byte) Item {
	head := data[:min(len(data), sniffLen)]
	if !charset.IsUTF16(head, l.Encoding) && bytes.IndexByte(head, 0) >= 0 {
		return Item{Path: path, Err: fmt.Errorf("%w: binary content", ErrSkipped)}
	}
	hint := ""
	if kind == ".html" || kind == ".htm" {
		hint = webpage.MetaCharset(data)
	}
	text, enc := charset.Decode(data, l.Encoding, hint)
	it := Item{Path: path, Encoding: enc}
	switch kind {
	case ".txt":
		it.Doc, it.Err = ParseText(id, text)
	case ".html", ".htm":
		// ParseHTML cleans the article, as golden files show it.
		it.Doc, it.Err = ParseHTML(id, text)
		it.Doc.markCleaned()
	default:
		it.Doc, it.Err = ParseMarkdown(id, text)
	}
	return it
}

// readStream decodes a JSON or NDJSON stream to UTF-8 as it goes and reads
// its documents, tagging each item with the stream's encoding.
func (l Loader) readStream(ctx context.Context, r io.Reader, path string, whole bool, fn func(Item) error) error {
	dr, enc, err := charset.NewReader(r, l.Encoding)
	if err != nil {
		return fn(Item{Path: path, Err: fmt.Errorf("read %s: %w", path, err)})
	}
	tag := func(it Item) error {
		it.Encoding = enc
		return fn(it)
	}
	if whole {
		err = l.ReadJSON(dr, path, tag)
	} else {
		err = l.ReadNDJSON(ctx, dr, path, tag)
	}
	var se *sourceError
	if errors.As(err, &se) {
		return tag(Item{Path: path, Err: err})
	}
	return err
}

// ReadInput reads NDJSON documents from a stream such as standard input,
// gzip-compressed or not (told by its first bytes), in Loader.Encoding or
// the encoding its first 64 KiB show. A corrupt stream fails with an item,
// like a corrupt file. path only labels the items.
func (l Loader) ReadInput(ctx context.Context, r io.Reader, path string, fn func(Item) error) error {
	br := bufio.NewReader(r)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fn(Item{Path: path, Err: fmt.Errorf("not a gzip stream: %w", err)})
		}
		defer zr.Close()
		return l.readStream(ctx, sourceReader{zr, "decompress"}, path, false, fn)
	}
	return l.readStream(ctx, sourceReader{src, "read"}, path, false, fn)
}

// ReadNDJSON calls fn with one item per non-blank line of r, each line a
// JSON document (see ParseJSON). Memory stays bounded by the longest line
// allowed: a longer line, invalid UTF-8, a NUL byte or bad JSON make that
// line's item fail and reading goes on with the next line. path only labels
// the items. Like Walk, it returns only ctx's, fn's and r's errors.
func (l Loader) ReadNDJSON(ctx context.Context, r io.Reader, path string, fn func(Item) error) error {
	max := l.maxLineSize()
	br := bufio.NewReaderSize(r, 64<<10)
	var long []byte // holds a line that does not fit in br's buffer
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, &long, max)
		if err != nil && err != io.EOF {
			return fmt.Errorf("read %s line %d: %w", path, n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		line = bytes.TrimSpace(line)
		switch {
		case tooLong:
			ferr := fn(Item{Path: path, Line: n, Err: fmt.Errorf("%w: over %d bytes", ErrLineTooLong, max)})
			if ferr != nil {
				return ferr
			}
		case len(line) > 0:
			doc, derr := ParseJSON(line)
			if ferr := fn(Item{Doc: doc, Path: path, Line: n, Err: derr}); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine returns the next line without its newline. A line over max bytes
// is consumed and discarded, and reported with tooLong, so one bad line
// costs at most max bytes of memory and never the rest of the stream.
func readLine(br *bufio.Reader, long *[]byte, max int) (line []byte, tooLong bool, err error) {
	frag, err := br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		if len(frag) > max+1 || len(frag) == max+1 && frag[max] != '\n' {
			return nil, true, err
		}
		return bytes.TrimSuffix(frag, []byte("\n")), false, err
	}
	*long = append((*long)[:0], frag...)
	for err == bufio.ErrBufferFull {
		frag, err = br.ReadSlice('\n')
		if !tooLong {
			*long = append(*long, frag...)
			if len(*long) > max+1 || len(*long) == max+1 && (*long)[max] != '\n' {
				tooLong = true
				*long = (*long)[:0]
			}
		}
	}
	if tooLong {
		return nil, true, err
	}
	return bytes.TrimSuffix(*long, []byte("\n")), false, err
}

// ReadJSON calls fn with the documents of a JSON stream holding one
// document object or an array of them. Arrays are decoded one element at a
// time, so only the largest element is ever in memory. A bad element makes
// its item fail; broken JSON syntax ends the stream with a failed item,
// since nothing after it can be trusted. path only labels the items.
func (l Loader) ReadJSON(r io.Reader, path string, fn func(Item) error) error {
	lc := &lineCounter{r: r}
	br := bufio.NewReader(lc)
	first, base, err := firstByte(br)
	if err != nil {
		if err == io.EOF {
			err = fmt.Errorf("%w: no JSON document", ErrEmptyBody)
		}
		return fn(Item{Path: path, Err: err})
	}
	dec := json.NewDecoder(br)
	// Decoder offsets start after what firstByte consumed (BOM, spaces).
	lineAt := func(off int64) int { return lc.lineAt(base + off) }

	switch first {
	case '{':
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fn(Item{Path: path, Line: lineAt(dec.InputOffset()), Err: syntaxErr(err)})
		}
		if _, err := dec.Token(); err != io.EOF {
			return fn(Item{Path: path, Err: errors.New("invalid JSON: data after the document")})
		}
		doc, err := ParseJSON(raw)
		return fn(Item{Doc: doc, Path: path, Err: err})
	case '[':
		if _, err := dec.Token(); err != nil {
			return fn(Item{Path: path, Err: syntaxErr(err)})
		}
		for i := 0; dec.More(); i++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return fn(Item{Path: path, Line: lineAt(dec.InputOffset()), Err: fmt.Errorf("element %d: %w", i, syntaxErr(err))})
			}
			line := lineAt(dec.InputOffset() - int64(len(raw)))
			doc, err := ParseJSON(raw)
			if err != nil {
				err = fmt.Errorf("element %d: %w", i, err)
			}
			if ferr := fn(Item{Doc: doc, Path: path, Line: line, Err: err}); ferr != nil {
				return ferr
			}
		}
		if _, err := dec.Token(); err != nil {
			return fn(Item{Path: path, Line: lineAt(dec.InputOffset()), Err: syntaxErr(err)})
		}
		if _, err := dec.Token(); err != io.EOF {
			return fn(Item{Path: path, Err: errors.New("invalid JSON: data after the array")})
		}
		return nil
	default:
		return fn(Item{Path: path, Err: fmt.Errorf("invalid JSON: want a document object or an array, found %q", first)})
	}
}

// syntaxErr names truncated input for what it is; encoding/json says only
// "unexpected EOF" or "unexpected end of JSON input".
func syntaxErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected end of JSON input") {
		return fmt.Errorf("invalid JSON: truncated: %w", err)
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

// firstByte returns the first byte after white space and a BOM, unread,
// and how many bytes it skipped.
func firstByte(br *bufio.Reader) (byte, int64, error) {
	var skipped int64
	if bom, err := br.Peek(3); err == nil && string(bom) == "\ufeff" {
		n, _ := br.Discard(3)
		skipped = int64(n)
	}
	for {
		c, err := br.ReadByte()
		if err != nil {
			return 0, skipped, err
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			skipped++
			continue
		}
		return c, skipped, br.UnreadByte()
	}
}

// lineCounter counts newlines as a reader goes, keeping only the offsets not
// yet asked about, so line numbers of a large JSON array cost memory
// proportional to the decoder's lookahead, not to the file.
type lineCounter struct {
	r       io.Reader
	off     int64   // bytes read so far
	pending []int64 // offsets of newlines not yet passed by lineAt
	lines   int     // newlines before pending
}

func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			c.pending = append(c.pending, c.off+int64(i))
		}
	}
	c.off += int64(n)
	return n, err
}

// lineAt returns the 1-based line of a byte offset. Offsets must not go
// backwards by more than the bytes still pending.
func (c *lineCounter) lineAt(off int64) int {
	i := 0
	for i < len(c.pending) && c.pending[i] < off {
		i++
	}
	c.lines += i
	c.pending = c.pending[i:]
	return c.lines + 1
}

// jsonDocument is the JSON form loaders accept: Document's own tags, plus
// "text" for the body and "date" for the publication date that other tools
// write. Dates stay strings so both date-only and RFC 3339 values parse.
type jsonDocument struct {
	ID          json.RawMessage `json:"id"`
	Title       string          `json:"title"`
	Body        string          `json:"body"`
	Text        string          `json:"text"`
	Lang        string          `json:"lang"`
	Source      string          `json:"source"`
	URL         string          `json:"url"`
	PublishedAt string          `json:"published_at"`
	Date        string          `json:"date"`
	HTML        string          `json:"html"`
}

// ParseJSON parses one JSON document object: id (string or number), title,
// body (or text, or html: a web page reduced to its article like
// ParseHTML, whose title, date and canonical URL fill the fields the
// object leaves empty), lang, source, url and published_at (or date, RFC
// 3339 or YYYY-MM-DD). Other fields are ignored. A document without an id
// keeps an empty ID (see ContentID).
//
// The body, or the article of the html field's page, is left as sent:
// nothing in a JSON object's structure depends on cleaning it, and every
// JSON document goes on to analysis.Analyze, which cleans each body.
func ParseJSON(data []byte) (Document, error) {
	if err := validJSON(data); err != nil {
		return Document{}, err
	}
	var j jsonDocument
	if err := json.Unmarshal(data, &j); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return Document{}, fmt.Errorf("not a document: %w", err)
		}
		return Document{}, syntaxErr(err)
	}
	id, err := jsonID(j.ID)
	if err != nil {
		return Document{}, err
	}
	body := j.Body
	if body == "" {
		body = j.Text
	}
	date := j.PublishedAt
	if date == "" {
		date = j.Date
	}
	// The decoder turns a "\u0000" escape into a real NUL: check the result.
	for _, s := range []string{id, j.Title, body, j.Lang, j.Source, j.URL, j.HTML} {
		if err := ValidText(s); err != nil {
			return Document{}, err
		}
	}
	var page Document
	if body == "" && j.HTML != "" {
		if page, err = fromPage([]byte(j.HTML)); err != nil {
			return Document{}, err
		}
		body = page.Body
		j.Title = cmp.Or(j.Title, page.Title)
		j.URL = cmp.Or(j.URL, page.URL)
	}
	doc := Document{
		ID:     id,
		Title:  oneLine(j.Title),
		Body:   body,
		Lang:   strings.ToLower(strings.TrimSpace(j.Lang)),
		Source: strings.TrimSpace(j.Source),
		URL:    strings.TrimSpace(j.URL),
	}
	if doc.PublishedAt, err = parseDate(date); err != nil {
		return Document{}, err
	}
	if doc.PublishedAt == nil {
		doc.PublishedAt = page.PublishedAt
	}
	if strings.TrimSpace(doc.Body) == "" {
		return Document{}, ErrEmptyBody
	}
	return doc, nil
}

// validJSON rejects what encoding/json would let through silently (invalid
// UTF-8 becomes U+FFFD) or handle badly (deep nesting costs stack and time
// long before the decoder's own limit).
func validJSON(data []byte) error {
	if !utf8.Valid(data) {
		return ValidText(string(data))
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return fmt.Errorf("%w at byte %d", ErrNULByte, bytes.IndexByte(data, 0))
	}
	depth, inString := 0, false
	var str jsonscan.String
	for _, c := range data {
		switch {
		case inString:
			inString = !str.End(c)
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			if depth++; depth > maxJSONDepth {
				return fmt.Errorf("%w: over %d levels", ErrNestedTooDeep, maxJSONDepth)
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return nil
}

func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", syntaxErr(err)
		}
		return strings.TrimSpace(s), nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("id: want a string or a number, got %.20s", raw)
}

// oneLine normalizes a title: no line breaks, single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(normalizeChars(s)), " ")
}

// dateLayouts are the publication date forms found in exports and front
// matter; zone-less times are taken as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	time.DateOnly,
}

func parseDate(s string) (*time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return &t, nil
		}
	}
	return nil, fmt.Errorf("published_at: want RFC 3339 or YYYY-MM-DD, got %q", truncate(s, 40))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// ParseText parses a plain-text article. The first non-empty line is the
// title when it is shorter than 200 characters and a blank line follows it
// (scraped articles put the headline alone on top; a long first line or one
// glued to the next is the start of the body). The body is the rest,
// cleaned.
func ParseText(id string, data []byte) (Document, error) {
	s := string(data)
	if err := ValidText(s); err != nil {
		return Document{}, err
	}
	title, body := splitTitle(Clean(s))
	if body == "" {
		return Document{}, ErrEmptyBody
	}
	// What follows the title of a cleaned text is clean: without the
	// title, Clean's rules that look at neighbouring lines only have
	// fewer lines to drop.
	doc := Document{ID: id, Title: title, Body: body}
	doc.markCleaned()
	return doc, nil
}

// splitTitle works on cleaned text, where a blank line is exactly "\n\n".
func splitTitle(text string) (title, body string) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || !strings.HasPrefix(rest, "\n") || utf8.RuneCountInString(first) >= 200 {
		return "", text
	}
	return first, strings.TrimPrefix(rest, "\n")
}

// ParseMarkdown parses a markdown article: optional front matter between
// "---" lines (title, lang, source, url, published_at or date; other keys
// ignored), then a leading "# Title" line as the title unless the front
// matter has one. Markdown syntax is stripped minimally — heading marks,
// emphasis, links and images down to their text, list and quote markers,
// code fences — and the rest is cleaned like plain text.
func ParseMarkdown(id string, data []byte) (Document, error) {
	s := string(data)
	if err := ValidText(s); err != nil {
		return Document{}, err
	}
	s = strings.TrimPrefix(strings.ReplaceAll(s, "\r\n", "\n"), "\ufeff")
	doc := Document{ID: id}
	s, err := frontMatter(s, &doc)
	if err != nil {
		return Document{}, err
	}
	lines := strings.Split(s, "\n")
	fence := false
	titleSeen := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			lines[i] = ""
			continue
		}
		if fence {
			continue
		}
		if !titleSeen && t != "" {
			titleSeen = true
			if h, ok := strings.CutPrefix(t, "# "); ok {
				h = oneLine(stripInline(h))
				if doc.Title == "" {
					doc.Title = h
				}
				if h == doc.Title {
					lines[i] = ""
					continue
				}
			}
		}
		lines[i] = stripMarkdownLine(t)
	}
	doc.Body = Clean(strings.Join(lines, "\n"))
	if doc.Body == "" {
		return Document{}, ErrEmptyBody
	}
	doc.markCleaned()
	return doc, nil
}

// frontMatter reads "key: value" lines between a leading "---" and the next
// "---" into doc, and returns the text after it.
func frontMatter(s string, doc *Document) (string, error) {
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return s, nil
	}
	var date string
	for {
		line, after, more := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "---" {
			rest = after
			break
		}
		if !more {
			return "", errors.New("front matter: no closing ---")
		}
		rest = after
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		value = unquote(strings.TrimSpace(value))
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			doc.Title = oneLine(value)
		case "lang":
			doc.Lang = strings.ToLower(value)
		case "source":
			doc.Source = value
		case "url":
			doc.URL = value
		case "published_at", "date":
			date = value
		}
	}
	var err error
	doc.PublishedAt, err = parseDate(date)
	return rest, err
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		if s[0] == '"' {
			if u, err := strconv.Unquote(s); err == nil {
				return u
			}
		}
		return s[1 : len(s)-1]
	}
	return s
}

// stripMarkdownLine removes block-level marks from a trimmed line, then
// inline ones.
func stripMarkdownLine(t string) string {
	if isRule(t) {
		return ""
	}
	if label, url, ok := strings.Cut(t, "]: "); ok && strings.HasPrefix(label, "[") &&
		!strings.ContainsAny(label[1:], "[]") && !strings.Contains(strings.TrimSpace(url), " ") {
		// A link reference definition "[id]: url" is not text.
		return ""
	}
	for strings.HasPrefix(t, ">") {
		t = strings.TrimSpace(t[1:])
	}
	if h := strings.TrimLeft(t, "#"); len(h) < len(t) && len(t)-len(h) <= 6 && (h == "" || h[0] == ' ') {
		t = strings.TrimSpace(strings.TrimRight(h, "# "))
	}
	for _, m := range []string{"- ", "* ", "+ "} {
		if rest, ok := strings.CutPrefix(t, m); ok {
			t = rest
			break
		}
	}
	return stripInline(t)
}

// isRule matches thematic breaks and setext underlines: 3+ of one of - = * _.
func isRule(t string) bool {
	t = strings.ReplaceAll(t, " ", "")
	if len(t) < 3 {
		return false
	}
	return strings.Trim(t, t[:1]) == "" && strings.Contains("-=*_", t[:1])
}

// stripInline keeps the text of links and images, and drops emphasis and
// code marks. Single * and _ stay: they are too often part of the text
// (snake_case, footnote stars) to strip without a real parser.
func stripInline(t string) string {
	if strings.ContainsAny(t, "[") {
		t = stripLinks(t)
	}
	if strings.ContainsAny(t, "*_`") {
		t = strings.NewReplacer("**", "", "__", "", "`", "").Replace(t)
	}
	return t
}

// stripLinks turns [text](url) and ![alt](url) into text and alt.
func stripLinks(t string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(t, '[')
		if open < 0 {
			break
		}
		closing := strings.Index(t[open:], "](")
		if closing < 0 {
			break
		}
		closing += open
		end := strings.IndexByte(t[closing:], ')')
		if end < 0 {
			break
		}
		end += closing
		start := open
		if start > 0 && t[start-1] == '!' {
			start--
		}
		b.WriteString(t[:start])
		b.WriteString(t[open+1 : closing])
		t = t[end+1:]
	}
	b.WriteString(t)
	return b.String()
}

// ContentID returns a stable id for a document without one: the first 16
// hex digits of the SHA-256 of its title and body, with whitespace and
// apostrophes normalized so re-exports of the same article collide.
func ContentID(d Document) string {
	h := sha256.New()
	io.WriteString(h, strings.Join(strings.Fields(NormalizeApostrophes(d.Title)), " "))
	h.Write([]byte{0})
	io.WriteString(h, strings.Join(strings.Fields(NormalizeApostrophes(d.Body)), " "))
	return hex.EncodeToString(h.Sum(nil))[:16]
}
