package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/gin-gonic/gin"
)

// Scope is what an API key may do; a write key may also read.
type Scope string

// Scopes.
const (
	ScopeRead  Scope = "read"
	ScopeWrite Scope = "write"
)

// ParseKeys reads "KEY:SCOPE[,KEY:SCOPE…]".
func ParseKeys(s string) (map[string]Scope, error) {
	keys := map[string]Scope{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, sc, ok := strings.Cut(part, ":")
		if !ok || k == "" || (Scope(sc) != ScopeRead && Scope(sc) != ScopeWrite) {
			return nil, fmt.Errorf("api key entry %d: want KEY:read or KEY:write", len(keys)+1)
		}
		keys[k] = Scope(sc)
	}
	return keys, nil
}

// observe logs one line per request and records its metrics; document text
// never reaches the log, only the route template.
func (s *Server) observe(c *gin.Context) {
	start := time.Now()
	s.metrics.inflight.Inc()
	defer s.metrics.inflight.Dec()
	w := &goneWriter{ResponseWriter: c.Writer, ctx: c.Request.Context()}
	c.Writer = w
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	status := c.Writer.Status()
	elapsed := time.Since(start)
	s.metrics.observeRequest(method(c), route, status, elapsed)
	attrs := []any{"request_id", requestID(c), "method", method(c), "route", route,
		"status", status, "latency_ms", float64(elapsed.Microseconds()) / 1000, "bytes", c.Writer.Size()}
	gone := w.gone()
	if gone {
		attrs = append(attrs, "client_gone", true)
	}
	s.cfg.Logger.Log(c.Request.Context(), requestLevel(status, gone), "request", attrs...)
}

func (s *Server) cors(c *gin.Context) {
	origin := c.GetHeader("Origin")
	if origin == "" || len(s.cfg.CORSOrigins) == 0 {
		c.Next()
		return
	}
	if !slices.Contains(s.cfg.CORSOrigins, "*") && !slices.Contains(s.cfg.CORSOrigins, origin) {
		c.Next()
		return
	}
	h := c.Writer.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Add("Vary", "Origin")
	h.Set("Access-Control-Expose-Headers", "X-Request-ID")
	if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST, DELETE, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Content-Encoding, X-Request-ID")
		h.Set("Access-Control-Max-Age", "600")
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	c.Next()
}

// authenticate enforces API keys when some are configured. The spec marks
// the public operations (health, docs, metrics) with an empty security list.
func (s *Server) authenticate(c *gin.Context) {
	if len(s.cfg.APIKeys) == 0 {
		c.Next()
		return
	}
	op := s.operation(c)
	if op == nil || (op.Security != nil && len(*op.Security) == 0) {
		c.Next()
		return
	}
	write := c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead
	if !write && s.cfg.PublicRead {
		c.Next()
		return
	}
	token, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
	if !ok || token == "" {
		fail(c, errorf(codeUnauth, "this server needs an API key: send Authorization: Bearer KEY"))
		return
	}
	scope, found := s.scopeOf(token)
	if !found {
		fail(c, errorf(codeUnauth, "unknown API key"))
		return
	}
	if write && scope != ScopeWrite {
		fail(c, errorf(codeForbidden, "this API key may only read"))
		return
	}
	c.Next()
}

// scopeOf looks token up among the configured keys; the API's header and
// the search page's cookie both go through it.
func (s *Server) scopeOf(token string) (Scope, bool) {
	scope, found := Scope(""), false
	for k, sc := range s.cfg.APIKeys {
		// Compare every key in constant time so timing tells nothing.
		if subtle.ConstantTimeCompare([]byte(k), []byte(token)) == 1 {
			scope, found = sc, true
		}
	}
	return scope, found
}

// operation finds the spec operation of the matched Gin route.
func (s *Server) operation(c *gin.Context) *openapi3.Operation {
	path := c.FullPath()
	if path == "" {
		return nil
	}
	item := s.spec.Paths.Find(ginToOpenAPI(path))
	if item == nil {
		return nil
	}
	return item.GetOperation(c.Request.Method)
}

// ginToOpenAPI turns /v1/documents/:id into /v1/documents/{id}.
func ginToOpenAPI(p string) string {
	parts := strings.Split(p, "/")
	for i, part := range parts {
		if strings.HasPrefix(part, ":") || strings.HasPrefix(part, "*") {
			parts[i] = "{" + part[1:] + "}"
		}
	}
	return strings.Join(parts, "/")
}

// validate checks each request against its operation in openapi.yaml, so
// ranges, enums, patterns and the shape of JSON bodies are enforced from
// the contract itself, and the strict handlers receive only what it
// allows. A JSON body is first read here within the size limit, inflated
// when gzip-encoded, and checked to be text (readBody): kin-openapi would
// take any bytes. The batch body is left to its handler, which reads it as
// a stream (putDocuments), and so is the page's form.
func (s *Server) validate(c *gin.Context) {
	path := c.FullPath()
	op := s.operation(c)
	if op == nil {
		c.Next()
		return
	}
	withBody := op.RequestBody != nil && op.RequestBody.Value.Content.Get(mediaJSON) != nil && op.OperationID != "putDocuments"
	if withBody {
		if err := s.bufferBody(c, op); err != nil {
			fail(c, err)
			return
		}
	}
	params := map[string]string{}
	for _, p := range c.Params {
		params[p.Key] = p.Value
	}
	input := &openapi3filter.RequestValidationInput{
		Request:    c.Request,
		PathParams: params,
		Route: &routers.Route{
			Spec:      s.spec,
			Path:      ginToOpenAPI(path),
			PathItem:  s.spec.Paths.Find(ginToOpenAPI(path)),
			Method:    c.Request.Method,
			Operation: op,
		},
		Options: &openapi3filter.Options{
			ExcludeRequestBody:  !withBody,
			ExcludeResponseBody: true,
			AuthenticationFunc:  openapi3filter.NoopAuthenticationFunc,
			// The generated strict server binds the value validated here
			// (defaults filled in) rather than decoding the body again.
			KeepValidatedValue: true,
		},
	}
	if err := openapi3filter.ValidateRequest(c.Request.Context(), input); err != nil {
		fail(c, requestError(err))
		return
	}
	c.Next()
}

// bufferBody replaces a JSON request body with its plain bytes, read within
// the single-document limit: over it 413, an encoding other than gzip 415,
// empty 400, not UTF-8 422. Content-Type is checked against the ones the
// operation declares (415).
func (s *Server) bufferBody(c *gin.Context, op *openapi3.Operation) error {
	if _, err := mediaType(c, mediaTypesOf(op)); err != nil {
		return err
	}
	body, err := readBody(c, s.cfg.MaxBodyBytes)
	if err != nil {
		return err
	}
	if err := oneJSONValue(body); err != nil {
		return err
	}
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
	c.Request.ContentLength = int64(len(body))
	c.Request.GetBody = nil
	c.Request.Header.Del("Content-Encoding") // inflated above
	return nil
}

// mediaTypesOf lists the request body types an operation declares.
func mediaTypesOf(op *openapi3.Operation) []string {
	if op.RequestBody == nil || op.RequestBody.Value == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(op.RequestBody.Value.Content))
}

// mediaTypes lists the request body types of the matched route's operation.
func (s *Server) mediaTypes(c *gin.Context) []string {
	if op := s.operation(c); op != nil {
		return mediaTypesOf(op)
	}
	return nil
}

// requestError turns what kin-openapi found wrong with a request into the
// API's error: a bad parameter, malformed JSON or a JSON value of the wrong
// type is 400; well-formed JSON of the right types that breaks a rule of
// the schema (a required member missing, a string too short, a number out
// of range, a pattern) is 422, as openapi.yaml's Unprocessable says.
func requestError(err error) error {
	var re *openapi3filter.RequestError
	if !errors.As(err, &re) {
		return invalid("%s", cleanReason(err.Error()))
	}
	if re.Parameter != nil || re.RequestBody == nil {
		return invalid("%s", paramMessage(re))
	}
	var se *openapi3.SchemaError
	if !errors.As(re.Err, &se) {
		if re.Err == nil {
			return invalid("request body: %s", re.Reason)
		}
		return invalid("malformed JSON: %s", jsonMessage(re.Err))
	}
	msg := se.Reason
	if ptr := se.JSONPointer(); len(ptr) > 0 {
		msg = fmt.Sprintf("field %q: %s", strings.Join(ptr, "."), se.Reason)
	}
	if se.SchemaField == "type" {
		return invalid("request body: %s", msg)
	}
	return errorf(codeUnprocessable, "request body: %s", msg)
}

func paramMessage(re *openapi3filter.RequestError) string {
	if re.Parameter != nil {
		reason := re.Reason
		if re.Err != nil {
			reason = re.Err.Error()
		}
		return fmt.Sprintf("parameter %s: %s", re.Parameter.Name, cleanReason(reason))
	}
	return re.Error()
}

// cleanReason keeps the first line of kin-openapi's message, which is the
// human part; the rest repeats the schema.
func cleanReason(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	s = strings.TrimPrefix(s, "Error at \"/\": ")
	return s
}

// requestLevel is the log level of a request's line. A request whose
// client hung up (a load test ending, a user leaving) ends in 503 with
// nothing wrong on this side: an error line would page someone for it.
func requestLevel(status int, clientGone bool) slog.Level {
	switch {
	case clientGone:
		return slog.LevelInfo
	case status >= 500:
		return slog.LevelError
	case status >= 400:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// goneWriter tells a client that left before its response from one that
// read it and closed the connection: net/http cancels a request's context
// when its connection closes, which a client does as soon as it has read a
// short response, so the context alone marked nearly every request gone.
// Whether the client was still there is decided when the response starts.
type goneWriter struct {
	gin.ResponseWriter
	ctx     context.Context
	checked bool
	left    bool
}

func (w *goneWriter) check() {
	if !w.checked {
		w.checked = true
		w.left = errors.Is(w.ctx.Err(), context.Canceled)
	}
}

func (w *goneWriter) WriteHeader(code int) { w.check(); w.ResponseWriter.WriteHeader(code) }

func (w *goneWriter) WriteHeaderNow() { w.check(); w.ResponseWriter.WriteHeaderNow() }

func (w *goneWriter) Write(b []byte) (int, error) { w.check(); return w.ResponseWriter.Write(b) }

func (w *goneWriter) WriteString(s string) (int, error) {
	w.check()
	return w.ResponseWriter.WriteString(s)
}

// gone reports whether the client left before the response started (or
// before the handler ended, when it wrote nothing).
func (w *goneWriter) gone() bool {
	if w.checked {
		return w.left
	}
	return errors.Is(w.ctx.Err(), context.Canceled)
}
