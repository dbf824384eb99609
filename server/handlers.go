package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/summary"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/server/api"
)

// handlers implements the generated api.StrictServerInterface: the
// compiler checks that every strict operation of openapi.yaml has a method
// here and that each returns one of the responses the spec declares for it.
// A handler returns success as a typed response and failure as an error,
// which the strict server's error hooks hand to fail (errors.go), the one
// place that turns errors into statuses and the API's error shape. The
// operations that cannot be strict are served by explicit Gin handlers,
// also methods of handlers (routes in server.go).
type handlers struct{ s *Server }

var _ api.StrictServerInterface = handlers{}

const (
	defaultSize      = 10
	defaultFacets    = "entities,lang"
	summaryHits      = 10 // top hits a result-set summary draws from
	coOccurringLimit = 10
)

func (h handlers) Search(ctx context.Context, r api.SearchRequestObject) (api.SearchResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	out, err := runSearch(ctx, b, r.Params)
	if err != nil {
		return nil, err
	}
	return api.Search200JSONResponse(out), nil
}

// runSearch is GET /v1/search without HTTP. The API and the search page
// both call it, so what a person sees is what an app gets.
func runSearch(ctx context.Context, b *Backend, p api.SearchParams) (api.SearchResponse, error) {
	start := time.Now()
	// Rewrite and Search below read the same words: the index corrects
	// and completes them once.
	ctx = index.WithReuse(ctx)
	q := index.Query{
		Text:      deref(p.Q, ""),
		Lang:      deref(p.Lang, ""),
		Source:    deref(p.Source, ""),
		Size:      deref(p.Size, defaultSize),
		Offset:    deref(p.From, 0),
		Sort:      string(deref(p.Sort, api.SearchParamsSort(index.SortRelevance))),
		Highlight: deref(p.Highlight, true),
		FacetSize: deref(p.FacetSize, 10),
		Typos:     deref(p.Typos, true),
		Prefix:    deref(p.Prefix, false),
	}
	if q.Offset+q.Size > index.MaxWindow {
		return api.SearchResponse{}, invalid("from+size must be at most %d", index.MaxWindow)
	}
	if q.Lang != "" {
		// Any case; a code no document can have (the detector never
		// gives it) is a mistake to say, not an empty result.
		q.Lang = strings.ToLower(q.Lang)
		langs := b.Analyzer.Languages()
		if q.Lang != analysis.Undetermined && !slices.Contains(langs, q.Lang) {
			return api.SearchResponse{}, invalid("parameter lang: %q is not a language of this server; use one of %s, or %s", q.Lang, strings.Join(langs, ", "), analysis.Undetermined)
		}
	}
	for _, e := range deref(p.Entity, nil) {
		q.Entities = append(q.Entities, b.Analyzer.CanonicalEntity(e))
	}
	for _, t := range deref(p.EntityType, nil) {
		q.EntityTypes = append(q.EntityTypes, string(t))
	}
	var err error
	if q.From, err = parseDate("from_date", deref(p.FromDate, ""), false); err != nil {
		return api.SearchResponse{}, err
	}
	if q.To, err = parseDate("to_date", deref(p.ToDate, ""), true); err != nil {
		return api.SearchResponse{}, err
	}
	for _, f := range strings.Split(deref(p.Facets, defaultFacets), ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if !isFacet(f) {
			return api.SearchResponse{}, invalid("parameter facets: unknown facet %q; use %s", f, strings.Join(index.FacetNames, ", "))
		}
		q.Facets = append(q.Facets, f)
	}
	cross := deref(p.CrossLingual, true) && b.Translator != nil
	reading := &api.QueryReading{CrossLingual: cross, Translations: map[string][]api.Translation{}}
	// read sets the query's language from text: Text, or Text as the
	// engine corrected it.
	readAs := "" // the text the reading was made of
	read := func(text string) {
		readAs = text
		// Only a detection worth trusting earns a boost; a one-word query
		// is searched in every language alike.
		r := b.Analyzer.Detect(text)
		reading.Lang, reading.Reliable = r.Lang, r.Reliable
		q.TextLang, q.LangWeights = "", nil
		if r.Reliable {
			q.TextLang = r.Lang
		}
		if cross {
			q.Translator = translator{b.Translator}
			if !r.Reliable {
				q.LangWeights = langWeights(r, b.Translator, text)
			}
		}
	}
	if strings.TrimSpace(q.Text) != "" {
		read(q.Text)
		// Search as you type: the word being typed says little of the
		// query's language ("macr"), the word it completes to more
		// ("macron"). Reading the completed query before searching
		// spares the second search below, which half-typed queries
		// would otherwise often need.
		if rw, ok := b.Index.(index.Rewriter); ok && q.Prefix {
			text, err := rw.Rewrite(ctx, q)
			if err != nil {
				return api.SearchResponse{}, err
			}
			if text != "" {
				read(text)
			}
		}
	}
	nSummary := deref(p.Summary, 0)
	if nSummary > 0 {
		q.WithBodies = true
	}
	res, err := b.Index.Search(ctx, q)
	if err != nil {
		return api.SearchResponse{}, err
	}
	if res.Query.Rewritten != "" && res.Query.Rewritten != readAs {
		// A misspelled or half-typed word says little of the query's
		// language ("elecitons" reads as no language, "élections" as
		// French): read the corrected query, and search it so when that
		// changes the reading.
		lang, reliable := reading.Lang, reading.Reliable
		if read(res.Query.Rewritten); reading.Lang != lang || reading.Reliable != reliable {
			if res, err = b.Index.Search(ctx, q); err != nil {
				return api.SearchResponse{}, err
			}
		}
	}
	for lang, ts := range res.Query.Translations {
		list := make([]api.Translation, 0, len(ts))
		for _, t := range ts {
			list = append(list, api.Translation{Term: t.Display, Weight: t.Weight})
		}
		reading.Translations[lang] = list
	}
	if res.Query.Dropped > 0 {
		reading.TermsDropped = ptr(res.Query.Dropped)
	}
	if len(res.Query.Corrections) > 0 {
		list := make([]api.Correction, 0, len(res.Query.Corrections))
		for _, c := range res.Query.Corrections {
			list = append(list, api.Correction{Word: c.Word, Kind: api.CorrectionKind(c.Kind), As: c.As})
		}
		reading.Corrections = &list
	}
	out := api.SearchResponse{Total: int(res.Total), Hits: []api.SearchHit{}, Facets: map[string][]api.FacetValue{}, Query: reading}
	if res.Query.Suggestion != "" {
		out.Suggestion = ptr(res.Query.Suggestion)
	}
	for _, hit := range res.Hits {
		out.Hits = append(out.Hits, api.SearchHit{
			Id: hit.ID, Title: hit.Title, Lang: hit.Lang, Score: hit.Score,
			Snippets: orEmpty(hit.Snippets), Entities: orEmpty(hit.Entities), PublishedAt: hit.PublishedAt,
		})
	}
	for name, values := range res.Facets {
		fv := make([]api.FacetValue, 0, len(values))
		for _, v := range values {
			fv = append(fv, api.FacetValue{Value: v.Value, Count: v.Count})
		}
		out.Facets[name] = fv
	}
	if nSummary > 0 {
		docs := make([]summary.Doc, 0, summaryHits)
		for _, hit := range res.Hits[:min(len(res.Hits), summaryHits)] {
			docs = append(docs, summary.Doc{ID: hit.ID, Lang: hit.Lang, Title: hit.Title, Body: hit.Body})
		}
		sum := &struct {
			Sentences []api.SetSentence `json:"sentences"`
		}{Sentences: []api.SetSentence{}}
		for _, s := range summary.ResultSet(q.Text, docs, nSummary) {
			sum.Sentences = append(sum.Sentences, api.SetSentence{Text: s.Text, DocId: s.DocID, Position: s.Position})
		}
		out.Summary = sum
	}
	out.TookMs = float64(time.Since(start).Microseconds()) / 1000
	return out, nil
}

func isFacet(f string) bool {
	for _, n := range index.FacetNames {
		if n == f {
			return true
		}
	}
	return false
}

func (h handlers) PutDocument(ctx context.Context, r api.PutDocumentRequestObject) (api.PutDocumentResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	doc, err := parseDocument(r.Body)
	if err != nil {
		h.s.metrics.countFailure(reason(err))
		return nil, err
	}
	docs := []corpus.Document{doc}
	results, err := b.Pipeline.Batch(ctx, docs)
	if err != nil {
		return nil, err
	}
	if err := results[0].Err; err != nil {
		h.s.metrics.countFailure(reason(err))
		return nil, err
	}
	h.s.metrics.countIndexed(string(results[0].Status))
	if results[0].Status == index.Replaced {
		return api.PutDocument200JSONResponse(documentOut(docs[0])), nil
	}
	return api.PutDocument201JSONResponse(documentOut(docs[0])), nil
}

// parseDocument makes a document of the validated input with the parser
// every ingestion path shares (corpus.ParseJSON: aliases, html pages,
// dates), so a document posted alone is read exactly like a
// line of a batch; re-encoding one small object costs nothing next to its
// analysis. Text problems (an empty body, a NUL) are 422, everything else
// about its shape is 400.
func parseDocument(in *api.DocumentInput) (corpus.Document, error) {
	raw, err := json.Marshal(in)
	if err != nil {
		return corpus.Document{}, err
	}
	doc, err := corpus.ParseJSON(raw)
	if err == nil {
		return doc, nil
	}
	for _, u := range unprocessable {
		if errors.Is(err, u) {
			return doc, err
		}
	}
	return doc, invalid("%s", err.Error())
}

// reason names an ingest failure for the metrics, from a small fixed set.
func reason(err error) string {
	switch {
	case errors.Is(err, corpus.ErrInvalidUTF8):
		return "invalid_utf8"
	case errors.Is(err, corpus.ErrEmptyBody):
		return "empty_body"
	case errors.Is(err, analysis.ErrUnknownLanguage):
		return "unknown_language"
	case errors.Is(err, analysis.ErrInvalidID):
		return "invalid_id"
	case errors.Is(err, corpus.ErrLineTooLong):
		return "too_large"
	}
	return "invalid_document"
}

// putDocuments serves POST /v1/documents/batch as an explicit Gin
// handler, not a strict one: the strict server decodes a JSON body whole
// before the handler runs, where this reads it as a stream (memory for one
// document at a time, a gzip bomb stopped at the limit) and fails a bad
// item alone instead of the whole batch. Its answer is still the generated
// api.BatchResponse.
func (h handlers) putDocuments(c *gin.Context) {
	b, ok := h.s.readyOrFail(c)
	if !ok {
		return
	}
	mt, err := mediaType(c, h.s.mediaTypes(c))
	if err != nil {
		fail(c, err)
		return
	}
	limit := h.s.cfg.MaxBatchBytes
	body, err := bodyReader(c, c.GetHeader("Content-Encoding"), limit)
	if err != nil {
		fail(c, err)
		return
	}
	var (
		docs    []corpus.Document
		at      []int
		results []api.BatchItemResult
	)
	add := func(doc corpus.Document, err error) error {
		i := len(results)
		if len(results) >= h.s.cfg.MaxBatchItems {
			return errorf(codeTooLarge, "a batch holds at most %d documents", h.s.cfg.MaxBatchItems)
		}
		results = append(results, api.BatchItemResult{Index: i})
		if err != nil {
			h.s.metrics.countFailure(reason(err))
			results[i].Status, results[i].Error = api.BatchItemResultStatusError, ptr(err.Error())
			return nil
		}
		docs, at = append(docs, doc), append(at, i)
		return nil
	}
	// The body is parsed as it is read, so a batch costs the memory of its
	// documents and not of its body as well (for {"documents": [...]}, see
	// readBatchObject: one document's bytes at a time, whitespace never). An item whose bytes are not
	// UTF-8 or hold a NUL fails alone, like a malformed line; nothing is
	// stored before the whole body has been read within the limit. One
	// document of a batch is held to the single-document limit.
	if mt == mediaNDJSON {
		err = corpus.Loader{MaxLineSize: int(h.s.cfg.MaxBodyBytes)}.ReadNDJSON(c.Request.Context(), body, "",
			func(it corpus.Item) error { return add(it.Doc, it.Err) })
		if err == nil && len(results) == 0 {
			err = invalid("request body is empty")
		}
	} else {
		err = readBatchObject(body, int(h.s.cfg.MaxBodyBytes), func(raw []byte, tooLarge bool) error {
			if tooLarge {
				return add(corpus.Document{}, fmt.Errorf("%w: document over %d bytes", corpus.ErrLineTooLong, h.s.cfg.MaxBodyBytes))
			}
			return add(corpus.ParseJSON(raw))
		})
	}
	if err != nil {
		var ae *apiError
		if !errors.As(err, &ae) {
			err = bodyError(err, limit)
		}
		fail(c, err)
		return
	}
	stored, err := b.Pipeline.Batch(c.Request.Context(), docs)
	if err != nil {
		fail(c, err)
		return
	}
	out := api.BatchResponse{Results: results}
	for j, r := range stored {
		item := &out.Results[at[j]]
		item.Id = ptr(docs[j].ID)
		if r.Err != nil {
			h.s.metrics.countFailure(reason(r.Err))
			item.Status, item.Error = api.BatchItemResultStatusError, ptr(r.Err.Error())
			continue
		}
		h.s.metrics.countIndexed(string(r.Status))
		item.Status = api.BatchItemResultStatus(r.Status)
	}
	for _, r := range out.Results {
		if r.Status == api.BatchItemResultStatusError {
			out.Failed++
		} else {
			out.Indexed++
		}
	}
	c.JSON(http.StatusOK, out)
}

func (h handlers) GetDocument(ctx context.Context, r api.GetDocumentRequestObject) (api.GetDocumentResponseObject, error) {
	doc, err := h.document(ctx, r.Id)
	if err != nil {
		return nil, err
	}
	return api.GetDocument200JSONResponse(documentOut(doc)), nil
}

// document reads a stored document once the index is open.
func (h handlers) document(ctx context.Context, id string) (corpus.Document, error) {
	b, err := h.s.ready()
	if err != nil {
		return corpus.Document{}, err
	}
	return b.Index.Get(ctx, id)
}

func (h handlers) DeleteDocument(ctx context.Context, r api.DeleteDocumentRequestObject) (api.DeleteDocumentResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	if err := b.Index.Delete(ctx, r.Id); err != nil {
		return nil, err
	}
	return api.DeleteDocument204Response{}, nil
}

func (h handlers) GetDocumentSummary(ctx context.Context, r api.GetDocumentSummaryRequestObject) (api.GetDocumentSummaryResponseObject, error) {
	doc, err := h.document(ctx, r.Id)
	if err != nil {
		return nil, err
	}
	n := deref(r.Params.Sentences, analysis.SummarySentences)
	sentences := doc.Summary
	if n != analysis.SummarySentences || len(sentences) == 0 {
		sentences = summary.Summarize(doc.Title, doc.Body, doc.Lang, n)
	}
	return api.GetDocumentSummary200JSONResponse{Id: doc.ID, Lang: doc.Lang, Sentences: sentencesOut(sentences)}, nil
}

// Summarize's body was validated against SummarizeInput (validate, in
// middleware.go): text is present and non-empty, sentences within range
// (its default filled in), lang two lowercase letters.
func (h handlers) Summarize(_ context.Context, r api.SummarizeRequestObject) (api.SummarizeResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	text := corpus.Clean(r.Body.Text)
	if strings.TrimSpace(text) == "" {
		return nil, corpus.ErrEmptyBody
	}
	n := deref(r.Body.Sentences, analysis.SummarySentences)
	lang := deref(r.Body.Lang, "")
	if lang != "" {
		// The pattern admits any two letters; the analyzer knows which
		// languages it has.
		if lang, err = analysis.CheckLanguage(lang); err != nil {
			return nil, err
		}
	} else if lang = b.Analyzer.Detect(text).Lang; lang == "" {
		lang = analysis.Undetermined
	}
	return api.Summarize200JSONResponse{Lang: lang, Sentences: sentencesOut(summary.Summarize(deref(r.Body.Title, ""), text, lang, n))}, nil
}

func (h handlers) DetectLanguage(_ context.Context, r api.DetectLanguageRequestObject) (api.DetectLanguageResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	// The schema's minLength refuses "", not "   ".
	if strings.TrimSpace(r.Body.Text) == "" {
		return nil, errorf(codeUnprocessable, "text is empty")
	}
	d := b.Analyzer.Detect(r.Body.Text)
	out := api.DetectLanguage200JSONResponse{Lang: d.Lang, Confidence: d.Confidence, Reliable: d.Reliable, Candidates: []api.LangCandidate{}}
	for _, cand := range d.Candidates {
		out.Candidates = append(out.Candidates, api.LangCandidate{Lang: cand.Lang, Confidence: cand.Confidence})
	}
	return out, nil
}

func (h handlers) ListEntities(ctx context.Context, r api.ListEntitiesRequestObject) (api.ListEntitiesResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	f := index.EntityFilter{Prefix: deref(r.Params.Prefix, ""), Size: deref(r.Params.Size, 20)}
	if r.Params.Type != nil {
		f.Type = string(*r.Params.Type)
	}
	list, err := b.Index.Entities(ctx, f)
	if err != nil {
		return nil, err
	}
	out := api.ListEntities200JSONResponse{Entities: []api.EntityListItem{}}
	for _, e := range list {
		out.Entities = append(out.Entities, api.EntityListItem{Name: e.Name, Type: api.EntityType(e.Type), Count: e.Count, Aliases: aliases(b, e.Name)})
	}
	return out, nil
}

func aliases(b *Backend, name string) []string {
	if e, ok := b.Analyzer.Lookup(name); ok && e.Name == name && e.Aliases != nil {
		return e.Aliases
	}
	return []string{}
}

func (h handlers) GetEntity(ctx context.Context, r api.GetEntityRequestObject) (api.GetEntityResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	d, err := b.Index.Entity(ctx, b.Analyzer.CanonicalEntity(r.Name), coOccurringLimit)
	if err != nil {
		return nil, err
	}
	out := api.GetEntity200JSONResponse{Name: d.Name, Type: api.EntityType(d.Type), Count: d.Count, Aliases: aliases(b, d.Name),
		Languages: []api.FacetValue{}, CoOccurring: []api.EntityCount{}}
	for _, l := range d.Languages {
		out.Languages = append(out.Languages, api.FacetValue{Value: l.Value, Count: l.Count})
	}
	for _, e := range d.CoOccurring {
		out.CoOccurring = append(out.CoOccurring, api.EntityCount{Name: e.Name, Type: api.EntityType(e.Type), Count: e.Count})
	}
	return out, nil
}

func (h handlers) GetStats(ctx context.Context, _ api.GetStatsRequestObject) (api.GetStatsResponseObject, error) {
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	st, err := b.Index.Stats(ctx)
	if err != nil {
		return nil, err
	}
	out := api.GetStats200JSONResponse{Documents: int(st.Documents), ByLang: st.ByLang, IndexSizeBytes: int(st.SizeBytes),
		MappingVersion: st.MappingVersion, Shards: st.Shards, UptimeSeconds: time.Since(h.s.started).Seconds()}
	if b.Translator != nil {
		out.Lexicons = lexiconStats(b.Translator.Lexicon(), b.DictionaryDir)
	}
	return out, nil
}

// CreateSnapshot copies the index under the configured directory. The
// destination never comes from the request, so the network cannot choose
// where the server writes.
func (h handlers) CreateSnapshot(context.Context, api.CreateSnapshotRequestObject) (api.CreateSnapshotResponseObject, error) {
	if h.s.cfg.SnapshotDir == "" {
		return nil, errorf(codeNotFound, "snapshots are off: start the server with --snapshot-dir")
	}
	b, err := h.s.ready()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	name := "snapshot-" + start.UTC().Format("20060102T150405.000000000Z")
	if err := b.Index.Snapshot(filepath.Join(h.s.cfg.SnapshotDir, name, "index")); err != nil {
		return nil, err
	}
	return api.CreateSnapshot201JSONResponse{Name: name, TookMs: float64(time.Since(start).Microseconds()) / 1000}, nil
}

func (h handlers) Healthz(context.Context, api.HealthzRequestObject) (api.HealthzResponseObject, error) {
	return api.Healthz200JSONResponse{Status: "ok"}, nil
}

func (h handlers) Readyz(context.Context, api.ReadyzRequestObject) (api.ReadyzResponseObject, error) {
	if _, err := h.s.ready(); err != nil {
		return nil, err
	}
	return api.Readyz200JSONResponse{Status: "ready"}, nil
}

func documentOut(d corpus.Document) api.Document {
	out := api.Document{
		Id: d.ID, Title: d.Title, Body: d.Body, Lang: d.Lang, LangConfidence: d.LangConfidence,
		Entities: []api.DocumentEntity{}, Summary: sentencesOut(d.Summary), Keyphrases: orEmpty(d.Keyphrases),
		PublishedAt: d.PublishedAt, IngestedAt: d.IngestedAt,
	}
	if d.Source != "" {
		out.Source = ptr(d.Source)
	}
	if d.URL != "" {
		out.Url = ptr(d.URL)
	}
	for _, e := range d.Entities {
		out.Entities = append(out.Entities, api.DocumentEntity{Name: e.Name, Type: api.EntityType(e.Type), Count: e.Count})
	}
	return out
}

func sentencesOut(ss []corpus.Sentence) []api.SummarySentence {
	out := make([]api.SummarySentence, 0, len(ss))
	for _, s := range ss {
		out = append(out, api.SummarySentence{Text: s.Text, Position: s.Position})
	}
	return out
}

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func ptr[T any](v T) *T { return &v }

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
