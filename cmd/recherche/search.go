package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

func searchCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", stderr)
	serverURL := fs.String("server", "http://127.0.0.1:8080", "URL of a running server")
	apiKey := fs.String("api-key", "", "API key, when the server needs one")
	lang := fs.String("lang", "", "only this language")
	size := fs.Int("size", 10, "hits")
	facets := fs.String("facets", "entities,lang", "facets to show")
	entity := fs.String("entity", "", "only documents mentioning this entity")
	summary := fs.Int("summary", 0, "add a result-set summary of this many sentences")
	asJSON := fs.Bool("json", false, "print the raw JSON answer")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: recherche search [flags] QUERY...")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	v := url.Values{}
	v.Set("q", strings.Join(fs.Args(), " "))
	v.Set("size", strconv.Itoa(*size))
	v.Set("facets", *facets)
	if *lang != "" {
		v.Set("lang", *lang)
	}
	if *entity != "" {
		v.Set("entity", *entity)
	}
	if *summary > 0 {
		v.Set("summary", strconv.Itoa(*summary))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(*serverURL, "/")+"/v1/search?"+v.Encode(), nil)
	if err != nil {
		return err
	}
	if *apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+*apiKey)
	}
	resp, err := (&http.Client{Timeout: time.Minute}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("server answered %s: %s", resp.Status, strings.TrimSpace(string(data)))
	}
	if *asJSON {
		_, err := stdout.Write(data)
		return err
	}
	var res struct {
		Total  int     `json:"total"`
		TookMs float64 `json:"took_ms"`
		Hits   []struct {
			ID       string   `json:"id"`
			Title    string   `json:"title"`
			Lang     string   `json:"lang"`
			Score    float64  `json:"score"`
			Snippets []string `json:"snippets"`
		} `json:"hits"`
		Facets map[string][]struct {
			Value string
			Count int
		} `json:"facets"`
		Summary *struct {
			Sentences []struct {
				Text  string `json:"text"`
				DocID string `json:"doc_id"`
			} `json:"sentences"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		return fmt.Errorf("decode answer: %w", err)
	}
	fmt.Fprintf(stdout, "%d documents (%.1f ms)\n\n", res.Total, res.TookMs)
	for i, h := range res.Hits {
		fmt.Fprintf(stdout, "%2d. %s  [%s, %s, %.2f]\n", i+1, h.Title, h.ID, h.Lang, h.Score)
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
			fmt.Fprintf(stdout, "  - %s [%s]\n", s.Text, s.DocID)
		}
	}
	return nil
}

var markTag = regexp.MustCompile(`</?mark>`)

// plain turns a snippet into terminal text: marks become brackets.
func plain(s string) string {
	s = strings.NewReplacer("<mark>", "[", "</mark>", "]").Replace(s)
	return html.UnescapeString(markTag.ReplaceAllString(s, ""))
}
