package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/tabwriter"
)

// Cross-lingual measures, docs/quality.md "Cross-lingual search".
//
// tatoeba: the 1,000 aligned French and English sentences of Tatoeba go
// into one index; each English sentence is asked with lang=fr and must find
// its French twin, and back. Even lines are the tuning half, odd lines
// are held out (never looked at while tuning).
//
// topics: everyday news topics asked in one language with lang= the other
// over the 39k news corpus; a hit is about the topic when its title or
// body matches the topic's pattern in the hit's language (testdata/
// topics.tsv, written by us). P@10 counts missing hits as misses.

func runTatoeba(ctx context.Context, dir string, c config, out io.Writer) error {
	fra, err := readLines(filepath.Join(dir, "tatoeba.fra-eng.fra"))
	if err != nil {
		return err
	}
	eng, err := readLines(filepath.Join(dir, "tatoeba.fra-eng.eng"))
	if err != nil {
		return err
	}
	if len(fra) != len(eng) || len(fra) == 0 {
		return fmt.Errorf("tatoeba: %d French and %d English lines", len(fra), len(eng))
	}
	var docs []doc
	var enfr, fren []question
	for i := range fra {
		fid, eid := fmt.Sprintf("fr-%04d", i), fmt.Sprintf("en-%04d", i)
		docs = append(docs, doc{ID: fid, Body: fra[i], Lang: "fr", Source: "tatoeba"}, doc{ID: eid, Body: eng[i], Lang: "en", Source: "tatoeba"})
		enfr = append(enfr, question{ID: eid, Text: eng[i], Lang: "fr", Relevant: map[string]bool{fid: true}})
		fren = append(fren, question{ID: fid, Text: fra[i], Lang: "en", Relevant: map[string]bool{eid: true}})
	}
	cl, stop, err := c.connectWith(ctx, "tatoeba", docs)
	if err != nil {
		return err
	}
	defer stop()
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "direction\tpart\tqueries\tP@1\tMRR@10\tno hit")
	for _, d := range []struct {
		name string
		qs   []question
	}{{"EN→FR", enfr}, {"FR→EN", fren}} {
		runs, err := cl.searchAll(ctx, d.qs, 10, c.workers)
		if err != nil {
			return err
		}
		for _, part := range []string{"all", "tune (even)", "held out (odd)"} {
			var p1, mrr float64
			n, empty := 0, 0
			for i, q := range d.qs {
				if (part == "tune (even)" && i%2 == 1) || (part == "held out (odd)" && i%2 == 0) {
					continue
				}
				n++
				s := score(runs[i], q.Relevant)
				p1 += s.RecallAt1
				mrr += s.RR10
				if len(runs[i]) == 0 {
					empty++
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%d\n", d.name, part, n, p1/float64(n), mrr/float64(n), empty)
		}
		if c.showMisses > 0 {
			shown := 0
			for i, q := range d.qs {
				if i%2 == 0 && shown < c.showMisses && (len(runs[i]) == 0 || !q.Relevant[runs[i][0]]) {
					shown++
					top := ""
					if len(runs[i]) > 0 {
						top = runs[i][0]
					}
					fmt.Fprintf(out, "miss %s %q top %s\n", q.ID, q.Text, top)
				}
			}
		}
	}
	return tw.Flush()
}

// topic is one line of testdata/topics.tsv.
type topic struct {
	part, from, query string
	about             *regexp.Regexp
}

func loadTopics(path string) ([]topic, error) {
	var out []topic
	err := readTSV(path, "part, from, query, pattern", func(f []string) error {
		re, err := regexp.Compile(`(?i)` + f[3])
		if err != nil {
			return err
		}
		out = append(out, topic{part: f[0], from: f[1], query: f[2], about: re})
		return nil
	})
	return out, err
}

// readTSV calls fn with the fields of each line of a tab-separated file
// of testdata, skipping blank lines and # comments; every line has as
// many fields as want names.
func readTSV(path, want string, fn func(fields []string) error) error {
	lines, err := readLines(path)
	if err != nil {
		return err
	}
	n := len(strings.Split(want, ","))
	for i, line := range lines {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: want %s", path, i+1, want)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
	}
	return nil
}

func runTopics(ctx context.Context, dir string, c config, out io.Writer) error {
	topics, err := loadTopics(c.topics)
	if err != nil {
		return err
	}
	docs, text, err := loadNews(dir)
	if err != nil {
		return err
	}
	cl, stop, err := c.connectWith(ctx, "news", docs)
	if err != nil {
		return err
	}
	defer stop()
	var qs []question
	for _, t := range topics {
		to := "fr"
		if t.from == "fr" {
			to = "en"
		}
		qs = append(qs, question{ID: t.part + "/" + t.from, Text: t.query, Lang: to})
	}
	runs, err := cl.searchAll(ctx, qs, 10, c.workers)
	if err != nil {
		return err
	}
	sums := partSums{}
	for i, t := range topics {
		good := 0
		for _, id := range runs[i] {
			if t.about.MatchString(text[id]) {
				good++
			}
		}
		p := float64(good) / 10
		if c.showMisses > 0 && p < 0.7 {
			fmt.Fprintf(out, "%s %s→ %q P@10 %.1f (%d hits)\n", t.part, t.from, t.query, p, len(runs[i]))
		}
		sums.add(t.from, t.part, p, len(runs[i]) == 0)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "direction\tpart\tqueries\tmean P@10\tno hit")
	for _, from := range []string{"en", "fr"} {
		dir := "EN→FR"
		if from == "fr" {
			dir = "FR→EN"
		}
		for _, part := range []string{"tune", "heldout", "heldout2", "all"} {
			if a := sums[from+" "+part]; a != nil {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%d\n", dir, part, a.n, a.p10/float64(a.n), a.flagged)
			}
		}
	}
	return tw.Flush()
}

// loadNews reads the news corpus of dir, and each document's title and
// body by id.
func loadNews(dir string) ([]doc, map[string]string, error) {
	text := map[string]string{}
	var docs []doc
	for _, name := range []string{"news-fr.ndjson", "news-en.ndjson"} {
		lang := strings.TrimSuffix(strings.TrimPrefix(name, "news-"), ".ndjson")
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() {
			var d struct {
				ID, Title, Body string
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil || strings.TrimSpace(d.Body) == "" {
				continue
			}
			docs = append(docs, doc{ID: d.ID, Title: d.Title, Body: d.Body, Lang: lang, Source: "news-" + lang})
			text[d.ID] = d.Title + "\n" + d.Body
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, nil, err
		}
	}
	return docs, text, nil
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n"), nil
}

// partSum adds up P@10 over the queries of one group and part.
type partSum struct {
	n, flagged int
	p10        float64
}

// partSums are the sums by "group part", each query counted in its part
// and in "all".
type partSums map[string]*partSum

func (s partSums) add(group, part string, p10 float64, flagged bool) {
	for _, k := range []string{group + " " + part, group + " all"} {
		a := s[k]
		if a == nil {
			a = &partSum{}
			s[k] = a
		}
		a.n++
		a.p10 += p10
		if flagged {
			a.flagged++
		}
	}
}
