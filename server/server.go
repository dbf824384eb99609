// Package server is the only place that knows HTTP: Gin routing generated
// from openapi.yaml, request validation against the same spec, the single
// error shape, Swagger UI, health and metrics, and the search page for
// people (page.go). Handlers translate between the API's types and the
// index, analysis and ingest packages.
//
// It imports index, analysis, ingest, corpus and the generated api package.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/gin-gonic/gin"

	recherche "github.com/recherche/recherche"
	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/translate"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/ingest"
	"github.com/recherche/recherche/server/api"
)

// Backend is everything the API routes need; until SetBackend is called
// they answer 503 while /healthz already answers, so a slow start (models,
// a large index) is visible rather than a refused connection.
type Backend struct {
	Index    index.Engine
	Analyzer *analysis.Analyzer
	Pipeline *ingest.Pipeline
	// Translator makes searches cross-lingual; nil searches words as typed.
	Translator *translate.Translator
	// DictionaryDir is where the lexicons' FreeDict files were read from.
	DictionaryDir string
}

// Config holds the HTTP-facing settings.
type Config struct {
	MaxBodyBytes   int64         // one document, /v1/detect, /v1/summarize
	MaxBatchBytes  int64         // /v1/documents/batch
	MaxBatchItems  int           // documents in one batch call
	RequestTimeout time.Duration // whole request, search and writes alike
	Logger         *slog.Logger
	APIKeys        map[string]Scope // empty = no authentication
	PublicRead     bool             // with keys: reads need none
	CORSOrigins    []string
	Metrics        *Metrics // nil = a private registry
	SnapshotDir    string   // where POST /v1/admin/snapshot writes; empty = off (404)
}

// DefaultConfig returns the settings used when a flag is not given.
func DefaultConfig() Config {
	return Config{
		MaxBodyBytes:   8 << 20,
		MaxBatchBytes:  64 << 20,
		MaxBatchItems:  10000,
		RequestTimeout: 60 * time.Second,
		Logger:         slog.Default(),
	}
}

// Server serves the Recherche API.
type Server struct {
	cfg     Config
	backend atomic.Pointer[Backend]
	spec    *openapi3.T
	started time.Time
	engine  *gin.Engine
	metrics *Metrics
}

// New builds the server; call SetBackend when the index and models are ready.
func New(cfg Config) (*Server, error) {
	def := DefaultConfig()
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = def.MaxBodyBytes
	}
	if cfg.MaxBatchBytes <= 0 {
		cfg.MaxBatchBytes = def.MaxBatchBytes
	}
	if cfg.MaxBatchItems <= 0 {
		cfg.MaxBatchItems = def.MaxBatchItems
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = def.RequestTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = def.Logger
	}
	spec, err := openapi3.NewLoader().LoadFromData(recherche.OpenAPI)
	if err != nil {
		return nil, fmt.Errorf("load openapi.yaml: %w", err)
	}
	if err := spec.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("openapi.yaml is invalid: %w", err)
	}
	s := &Server{cfg: cfg, spec: spec, started: time.Now(), metrics: cfg.Metrics}
	if s.metrics == nil {
		s.metrics = NewMetrics(nil)
	}
	s.watchIndex()
	s.engine = s.routes()
	return s, nil
}

// SetBackend makes the API routes live.
func (s *Server) SetBackend(b *Backend) { s.backend.Store(b) }

// Handler returns the HTTP handler. HEAD is answered on every GET route by
// the GET handler, on a copy of the request: the response writer still
// serves a HEAD request, so net/http sends the status and headers (the
// Content-Length of the body included) and drops the body. Gin routes by
// method and the spec lists GET operations only, hence the copy.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead {
			get := r.WithContext(context.WithValue(r.Context(), headKey{}, true))
			get.Method = http.MethodGet
			r = get
		}
		s.engine.ServeHTTP(w, r)
	})
}

// headKey marks, in a request's context, a HEAD request served as a GET,
// so that logs and metrics still say HEAD.
type headKey struct{}

// method is the request's method as the client sent it.
func method(c *gin.Context) string {
	if head, _ := c.Request.Context().Value(headKey{}).(bool); head {
		return http.MethodHead
	}
	return c.Request.Method
}

func (s *Server) routes() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	// Ids may contain "/": match on the escaped path so %2F stays inside
	// one path segment, then hand handlers the unescaped value.
	r.UseRawPath = true
	r.UnescapePathValues = true
	r.RemoveExtraSlash = false
	r.RedirectTrailingSlash = false
	r.HandleMethodNotAllowed = false
	r.ContextWithFallback = true
	r.Use(s.requestID, s.recover, s.observe, s.cors, s.timeout, s.authenticate, s.validate)
	r.NoRoute(func(c *gin.Context) {
		fail(c, errorf(codeNotFound, "no route %s %s", c.Request.Method, c.Request.URL.Path))
	})
	h := handlers{s}
	// Every error of a strict operation goes through fail: the handler's
	// own (HandlerErrorFunc), a body the generated code cannot bind
	// (RequestErrorHandlerFunc; validate has checked it against the spec
	// already, so this is a safety net) and a response that cannot be
	// written (ResponseErrorHandlerFunc).
	strict := api.NewStrictHandlerWithOptions(h, nil, api.StrictGinServerOptions{
		RequestErrorHandlerFunc: func(c *gin.Context, err error) { fail(c, invalid("request body: %v", err)) },
		HandlerErrorFunc:        fail,
		ResponseErrorHandlerFunc: func(c *gin.Context, err error) {
			if c.Writer.Written() {
				// The answer had started when writing failed (a client
				// that left mid-body): nothing more can reach the client,
				// and observe logs the request, client_gone included.
				_ = c.Error(err)
				return
			}
			fail(c, err)
		},
	})
	api.RegisterHandlersWithOptions(r, strict, api.GinServerOptions{
		ErrorHandler: func(c *gin.Context, err error, _ int) { fail(c, invalid("%s", lowerFirst(err.Error()))) },
	})
	// The operations server/api/server.yaml leaves out of the strict
	// server, each for a reason given at its handler: HTML pages, static
	// files, metrics and the streamed batch. TestRoutesMatchSpec holds
	// these to openapi.yaml as the compiler holds the strict ones.
	r.GET("/", h.page)
	r.GET("/d/:id", h.pageDocument)
	r.POST("/key", h.pageKey)
	r.GET("/assets/:asset", h.pageAsset)
	r.GET("/docs", h.docs)
	r.GET("/docs/:asset", h.docsAsset)
	r.GET("/metrics", h.metrics)
	r.POST("/v1/documents/batch", h.putDocuments)
	return r
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// ready returns the backend, or errNotReady (a 503 with Retry-After, see
// fail) while the index opens and the models load.
func (s *Server) ready() (*Backend, error) {
	b := s.backend.Load()
	if b == nil {
		return nil, errNotReady
	}
	return b, nil
}

// readyOrFail is ready for the explicit Gin handlers: it answers the error
// itself; false means the handler must stop.
func (s *Server) readyOrFail(c *gin.Context) (*Backend, bool) {
	b, err := s.ready()
	if err != nil {
		fail(c, err)
		return nil, false
	}
	return b, true
}

const requestIDKey = "request_id"

func (s *Server) requestID(c *gin.Context) {
	id := c.GetHeader("X-Request-ID")
	if id == "" || len(id) > 128 || strings.ContainsFunc(id, func(r rune) bool { return r < 0x21 || r > 0x7e }) {
		var b [8]byte
		rand.Read(b[:])
		id = hex.EncodeToString(b[:])
	}
	c.Set(requestIDKey, id)
	c.Header("X-Request-ID", id)
	c.Next()
}

func requestID(c *gin.Context) string { return c.GetString(requestIDKey) }

func (s *Server) recover(c *gin.Context) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			fail(c, fmt.Errorf("panic: %v", v))
		}
	}()
	c.Next()
}

func (s *Server) timeout(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

// Routes lists the served operations as "METHOD /path/{param}", for the
// test that holds the router to openapi.yaml.
func (s *Server) Routes() []string {
	var out []string
	for _, r := range s.engine.Routes() {
		out = append(out, r.Method+" "+ginToOpenAPI(r.Path))
	}
	return out
}
