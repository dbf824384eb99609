package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/recherche/recherche/corpus"
)

const (
	mediaJSON   = "application/json"
	mediaNDJSON = "application/x-ndjson"
)

// mediaType returns the request's media type, refusing any not in allowed
// (415); NDJSON also goes by its other names.
func mediaType(c *gin.Context, allowed []string) (string, error) {
	ct := c.GetHeader("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if ct == "" || err != nil {
		return "", errorf(codeMediaType, "Content-Type must be one of %s", strings.Join(allowed, ", "))
	}
	for _, a := range allowed {
		if mt == a || (a == mediaNDJSON && (mt == "application/jsonl" || mt == "application/ndjson")) {
			return a, nil
		}
	}
	return "", errorf(codeMediaType, "Content-Type %s is not accepted here; use %s", mt, strings.Join(allowed, " or "))
}

// bodyReader returns the request body as a reader of at most limit bytes,
// decompressed when the client sent it with Content-Encoding: gzip; the
// limit then counts the decompressed bytes, so a gzip bomb costs reading
// limit bytes and a 413, never the memory it would expand to. Any other
// encoding is a 415.
func bodyReader(c *gin.Context, encoding string, limit int64) (io.Reader, error) {
	body := http.MaxBytesReader(c.Writer, c.Request.Body, limit)
	switch enc := strings.ToLower(strings.TrimSpace(encoding)); enc {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, bodyError(err, limit)
		}
		return &inflated{r: zr, left: limit, limit: limit}, nil
	default:
		return nil, errorf(codeMediaType, "Content-Encoding %q is not accepted; send gzip or no encoding", enc)
	}
}

// inflated fails with an *http.MaxBytesError once more than limit bytes
// come out of a decompressor, as http.MaxBytesReader does for raw bodies.
type inflated struct {
	r           io.Reader
	left, limit int64
}

func (b *inflated) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, &http.MaxBytesError{Limit: b.limit}
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.r.Read(p)
	if b.left -= int64(n); b.left < 0 {
		return n + int(b.left), &http.MaxBytesError{Limit: b.limit}
	}
	return n, err
}

// bodyError names what went wrong reading a body: over the limit (413),
// or not the gzip stream its Content-Encoding announced (400).
func bodyError(err error, limit int64) error {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return errorf(codeTooLarge, "request body is over the limit of %d bytes (decompressed)", limit)
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.Is(err, io.ErrUnexpectedEOF):
		return invalid("request body: invalid or truncated gzip data: %v", err)
	}
	return invalid("read body: %v", err)
}

// readBody reads the whole body up to limit bytes and checks it is text.
func readBody(c *gin.Context, limit int64) ([]byte, error) {
	r, err := bodyReader(c, c.GetHeader("Content-Encoding"), limit)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(r)
	if err != nil {
		return nil, bodyError(err, limit)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, invalid("request body is empty")
	}
	if !utf8.Valid(body) {
		return nil, fmt.Errorf("request body: %w", corpus.ErrInvalidUTF8)
	}
	return body, nil
}

// oneJSONValue checks that body is one JSON value and nothing more:
// kin-openapi decodes the first value of a body and ignores what follows,
// which would store half of what a client meant to send.
func oneJSONValue(body []byte) error {
	if json.Valid(body) {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	var v json.RawMessage
	if err := dec.Decode(&v); err != nil {
		return invalid("malformed JSON: %s", jsonMessage(err))
	}
	return invalid("malformed JSON: unexpected data after the JSON value")
}

// jsonMessage says what is wrong with a body that is not JSON.
func jsonMessage(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("%s at byte %d", se.Error(), se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("field %q must be %s, not %s", te.Field, te.Type, te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "the JSON value is truncated"
	}
	return err.Error()
}

// parseDate reads YYYY-MM-DD or RFC 3339; endOfDay moves a bare date to its
// last instant, so to_date=2019-05-02 includes that day.
func parseDate(name, s string, endOfDay bool) (*time.Time, error) {
	if s == "" {
		return nil, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return &t, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return nil, invalid("parameter %s: %q is not a date (YYYY-MM-DD or RFC 3339)", name, s)
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return &t, nil
}
