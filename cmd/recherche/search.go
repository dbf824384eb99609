package main

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/recherche/recherche/server/api"
)

func searchCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", "[flags] QUERY...", stderr)
	serverURL := fs.String("server", "http://127.0.0.1:8080", "URL of a running server")
	apiKey := fs.String("api-key", "", "API key, when the server needs one")
	lang := fs.String("lang", "", "only this language")
	size := fs.Int("size", 10, "hits")
	facets := fs.String("facets", "entities,lang", "facets to show")
	entity := fs.String("entity", "", "only documents mentioning this entity")
	summary := fs.Int("summary", 0, "add a result-set summary of this many sentences")
	asJSON := fs.Bool("json", false, "print the raw JSON answer")
	if err := parse(fs, args); err != nil {
		return err
	}
	client, err := api.Connect(*serverURL, *apiKey, &http.Client{Timeout: time.Minute})
	if err != nil {
		return err
	}
	p := &api.SearchParams{Q: ptr(strings.Join(fs.Args(), " ")), Size: size, Facets: facets}
	if *lang != "" {
		p.Lang = lang
	}
	if *entity != "" {
		p.Entity = &[]string{*entity}
	}
	if *summary > 0 {
		p.Summary = summary
	}
	r, err := client.SearchWithResponse(ctx, p)
	if err != nil {
		return err
	}
	if r.JSON200 == nil {
		return api.Unexpected(r.HTTPResponse, r.Body)
	}
	if *asJSON {
		_, err := stdout.Write(r.Body)
		return err
	}
	res := r.JSON200
	fmt.Fprintf(stdout, "%d documents (%.1f ms)\n\n", res.Total, res.TookMs)
	for i, h := range res.Hits {
		fmt.Fprintf(stdout, "%2d. %s  [%s, %s, %.2f]\n", i+1, h.Title, h.Id, h.Lang, h.Score)
		for _, s := range h.Snippets {
			fmt.Fprintf(stdout, "    %s\n", plain(s))
		}
	}
	for name, values := range res.Facets {
		var parts []string
		for _, fv := range values {
			parts = append(parts, fmt.Sprintf("%s (%d)", fv.Value, fv.Count))
		}
		fmt.Fprintf(stdout, "\n%s: %s", name, strings.Join(parts, ", "))
	}
	fmt.Fprintln(stdout)
	if res.Summary != nil {
		fmt.Fprintln(stdout, "\nsummary:")
		for _, s := range res.Summary.Sentences {
			fmt.Fprintf(stdout, "  - %s [%s]\n", s.Text, s.DocId)
		}
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

// ptrValue is what p points to, or the zero value when p is nil: the
// client's optional members.
func ptrValue[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

var markTag = regexp.MustCompile(`</?mark>`)

// plain turns a snippet into terminal text: marks become brackets.
func plain(s string) string {
	s = strings.NewReplacer("<mark>", "[", "</mark>", "]").Replace(s)
	return html.UnescapeString(markTag.ReplaceAllString(s, ""))
}
