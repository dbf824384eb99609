package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// doc is one document as it is sent to POST /v1/documents/batch.
type doc struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Body   string `json:"body"`
	Lang   string `json:"lang"`
	Source string `json:"source"`
}

// question is one query with its relevant document ids (binary relevance).
type question struct {
	ID   string
	Text string
	Lang string // filter: only documents in this language

	Relevant map[string]bool
}

// collection is a document set with its judged questions.
type collection struct {
	Name      string
	Docs      []doc
	Questions []question
}

// loadPIAF reads PIAF v1.0 (SQuAD format). Each paragraph is one document;
// a question's only relevant document is the paragraph it was written on.
// With titles, the paragraph carries its Wikipedia article's title, as a
// real page would: every paragraph of an article shares it, so it points
// to the article, not to the answering paragraph.
func loadPIAF(path string, titles bool) (*collection, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var squad struct {
		Data []struct {
			Title      string `json:"title"`
			Paragraphs []struct {
				Context string `json:"context"`
				QAs     []struct {
					ID       string `json:"id"`
					Question string `json:"question"`
				} `json:"qas"`
			} `json:"paragraphs"`
		} `json:"data"`
	}
	if err := json.Unmarshal(data, &squad); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c := &collection{Name: "PIAF (fr)"}
	for a, art := range squad.Data {
		for p, par := range art.Paragraphs {
			id := fmt.Sprintf("eval-piaf/%03d-%02d", a, p)
			d := doc{ID: id, Body: par.Context, Lang: "fr", Source: "eval-piaf"}
			if titles {
				d.Title = art.Title
			}
			c.Docs = append(c.Docs, d)
			for _, qa := range par.QAs {
				if strings.TrimSpace(qa.Question) == "" {
					continue
				}
				c.Questions = append(c.Questions, question{ID: qa.ID, Text: qa.Question, Relevant: map[string]bool{id: true}})
			}
		}
	}
	if len(c.Docs) == 0 || len(c.Questions) == 0 {
		return nil, fmt.Errorf("%s: no paragraphs or questions", path)
	}
	return c, nil
}

// loadCISI reads CISI.ALL (title .T, abstract .W), CISI.QRY (.W) and
// CISI.REL. Queries without judgements are dropped, not scored as zero.
func loadCISI(dir string) (*collection, error) {
	docs, err := readSMART(filepath.Join(dir, "CISI.ALL"))
	if err != nil {
		return nil, err
	}
	qrys, err := readSMART(filepath.Join(dir, "CISI.QRY"))
	if err != nil {
		return nil, err
	}
	rel, err := readRel(filepath.Join(dir, "CISI.REL"))
	if err != nil {
		return nil, err
	}
	c := &collection{Name: "CISI (en)"}
	for _, r := range docs {
		body := r.fields["W"]
		if body == "" {
			body = r.fields["T"]
		}
		c.Docs = append(c.Docs, doc{ID: cisiID(r.id), Title: r.fields["T"], Body: body, Lang: "en", Source: "eval-cisi"})
	}
	for _, r := range qrys {
		judged := rel[r.id]
		if len(judged) == 0 {
			continue
		}
		q := question{ID: r.id, Text: r.fields["W"], Relevant: map[string]bool{}}
		for _, d := range judged {
			q.Relevant[cisiID(d)] = true
		}
		c.Questions = append(c.Questions, q)
	}
	if len(c.Docs) == 0 || len(c.Questions) == 0 {
		return nil, fmt.Errorf("%s: no documents or judged queries", dir)
	}
	return c, nil
}

func cisiID(n string) string { return "eval-cisi/" + n }

type smartRecord struct {
	id     string
	fields map[string]string
}

// readSMART parses SMART tagged text: ".I n" starts a record, ".X" lines
// such as ".T" or ".W" start a field that runs to the next tag.
func readSMART(path string) ([]smartRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		out   []smartRecord
		field string
		buf   []string
	)
	flush := func() {
		if len(out) > 0 && field != "" {
			text := strings.Join(strings.Fields(strings.Join(buf, "\n")), " ")
			if prev := out[len(out)-1].fields[field]; prev != "" {
				text = prev + " " + text
			}
			out[len(out)-1].fields[field] = text
		}
		field, buf = "", buf[:0]
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if tag, rest, ok := smartTag(line); ok {
			flush()
			if tag == "I" {
				out = append(out, smartRecord{id: rest, fields: map[string]string{}})
				continue
			}
			field = tag
			if rest != "" {
				buf = append(buf, rest)
			}
			continue
		}
		buf = append(buf, line)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// smartTag recognizes ".I 12", ".T", ".W " and friends.
func smartTag(line string) (tag, rest string, ok bool) {
	if len(line) < 2 || line[0] != '.' || line[1] < 'A' || line[1] > 'Z' {
		return "", "", false
	}
	if len(line) > 2 && line[2] != ' ' && line[2] != '\t' {
		return "", "", false
	}
	return line[1:2], strings.TrimSpace(line[2:]), true
}

// readRel reads "query doc 0 0.0" lines: every listed pair is relevant.
func readRel(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for i, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want query and document ids", path, i+1)
		}
		if _, err := strconv.Atoi(f[0]); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		out[f[0]] = append(out[f[0]], f[1])
	}
	for q := range out {
		sort.Strings(out[q])
		out[q] = compactStrings(out[q])
	}
	return out, nil
}

func compactStrings(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
