package server

import (
	"bytes"
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

// mediaType returns the request's media type, refusing any not in allowed.
func mediaType(c *gin.Context, allowed ...string) (string, error) {
	ct := c.GetHeader("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if ct == "" || err != nil {
		return "", errorf(http.StatusUnsupportedMediaType, codeMediaType, "Content-Type must be one of %s", strings.Join(allowed, ", "))
	}
	for _, a := range allowed {
		if mt == a || (a == mediaNDJSON && (mt == "application/jsonl" || mt == "application/ndjson")) {
			return a, nil
		}
	}
	return "", errorf(http.StatusUnsupportedMediaType, codeMediaType, "Content-Type %s is not accepted here; use %s", mt, strings.Join(allowed, " or "))
}

// readBody reads the whole body up to limit bytes and checks it is text.
func readBody(c *gin.Context, limit int64) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, errorf(http.StatusRequestEntityTooLarge, codeTooLarge, "request body is over the limit of %d bytes", limit)
		}
		return nil, invalid("read body: %v", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, invalid("request body is empty")
	}
	if !utf8.Valid(body) {
		return nil, fmt.Errorf("request body: %w", corpus.ErrInvalidUTF8)
	}
	return body, nil
}

// decodeJSON decodes one JSON value into v: malformed JSON, a wrong field
// type or trailing data are the client's mistakes (400).
func decodeJSON(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		return invalid("malformed JSON: %s", jsonMessage(err))
	}
	if dec.More() {
		return invalid("malformed JSON: unexpected data after the JSON value")
	}
	return nil
}

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
