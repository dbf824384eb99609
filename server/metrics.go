package server

import (
	"context"
	"log/slog"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the Prometheus series the server exports on /metrics.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	inflight prometheus.Gauge
	indexed  *prometheus.CounterVec
	failures *prometheus.CounterVec
	stage    *prometheus.HistogramVec
}

// NewMetrics registers the series on reg (a fresh registry when nil).
func NewMetrics(reg *prometheus.Registry) *Metrics {
	if reg == nil {
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	m := &Metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "recherche_http_requests_total", Help: "HTTP requests by method, route and status.",
		}, []string{"method", "route", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "recherche_http_request_duration_seconds", Help: "HTTP request latency by method and route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"method", "route"}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "recherche_http_requests_in_flight", Help: "HTTP requests being served now.",
		}),
		indexed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "recherche_documents_indexed_total", Help: "Documents stored, by outcome (created, replaced).",
		}, []string{"status"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "recherche_ingest_failures_total", Help: "Documents refused at ingestion, by reason.",
		}, []string{"reason"}),
		stage: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "recherche_analysis_duration_seconds", Help: "Time spent per analysis stage (detect, entities, summary, keyphrases).",
			Buckets: []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .1},
		}, []string{"stage"}),
	}
	reg.MustRegister(m.requests, m.latency, m.inflight, m.indexed, m.failures, m.stage)
	return m
}

// Registry is the registry /metrics serves.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// ObserveStage records how long an analysis stage took.
func (m *Metrics) ObserveStage(stage string, d time.Duration) {
	m.stage.WithLabelValues(stage).Observe(d.Seconds())
}

func (m *Metrics) observeRequest(method, route string, status int, d time.Duration) {
	m.requests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(method, route).Observe(d.Seconds())
}

func (m *Metrics) countIndexed(status string) { m.indexed.WithLabelValues(status).Inc() }
func (m *Metrics) countFailure(reason string) { m.failures.WithLabelValues(reason).Inc() }

// watchIndex exports the document count and on-disk size, read at scrape
// time so they are never stale.
func (s *Server) watchIndex() {
	docs := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "recherche_index_documents", Help: "Documents in the index."},
		func() float64 { st, ok := s.indexStats(); return float64(st.Documents) * b2f(ok) })
	size := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "recherche_index_size_bytes", Help: "Index size on disk."},
		func() float64 { st, ok := s.indexStats(); return float64(st.SizeBytes) * b2f(ok) })
	if err := s.metrics.reg.Register(docs); err != nil {
		slog.Warn("metrics: index documents gauge", "err", err)
	}
	if err := s.metrics.reg.Register(size); err != nil {
		slog.Warn("metrics: index size gauge", "err", err)
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (s *Server) indexStats() (st struct {
	Documents uint64
	SizeBytes int64
}, ok bool) {
	b := s.backend.Load()
	if b == nil {
		return st, false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	full, err := b.Index.Stats(ctx)
	if err != nil {
		return st, false
	}
	st.Documents, st.SizeBytes = full.Documents, full.SizeBytes
	return st, true
}
