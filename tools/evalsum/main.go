// Command evalsum measures Recherche's summarizer against LEAD-k with ROUGE
// on the public summarization sets (OrangeSum in French, BBC News in
// English), so a change to analysis/summary can be judged by figures:
//
//	go run ./tools/evalsum ../shared/eval/summarization
//
// Parameters were tuned on the first half of each file (-split dev); quote
// the second half (-split test) or everything (-split all) and say which.
//
// It imports corpus-free analysis packages (sentences, summary, rouge) and
// the standard library only.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/tabwriter"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/summary"
	"github.com/recherche/recherche/analysis/summary/rouge"
	"github.com/recherche/recherche/tools/internal/cli"
)

// article is one line of the ndjson sets; OrangeSum has no title.
type article struct {
	ID      string `json:"id"`
	Lang    string `json:"lang"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Summary string `json:"summary"`
}

// dataset names a file and how many sentences to extract for one article.
type dataset struct {
	name, file string
	k          func(article) int
	kLabel     string
}

var datasets = []dataset{
	{"OrangeSum (fr)", "orangesum-fr-test.ndjson", func(article) int { return 1 }, "1"},
	{"BBC News (en)", "bbc-en.ndjson", referenceSentences, "ref"},
}

// boundary finds sentence joins in BBC references, which are article
// sentences glued together without a space: "$10.9bn.For the full-year".
var boundary = regexp.MustCompile(`[.!?]["”']?[A-Z"“]`)

// referenceSentences counts the sentences of a BBC reference summary.
func referenceSentences(a article) int {
	return len(boundary.FindAllStringIndex(a.Summary, -1)) + 1
}

func main() {
	limit := flag.Int("limit", 0, "use at most this many articles per set (0: all)")
	split := flag.String("split", "all", "dev (first half, used for tuning), test (second half) or all")
	dir := cli.Arg("evalsum [-limit n] [-split dev|test|all] DATADIR", func() bool {
		return *split == "dev" || *split == "test" || *split == "all"
	})
	cli.Exit("evalsum", run(os.Stdout, dir, *split, *limit))
}

func run(w io.Writer, dir, split string, limit int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "set\tsplit\tdocs\tk\tsystem\tR-1\tR-2\tR-L\twords\tref words\t\n")
	for _, ds := range datasets {
		arts, err := load(filepath.Join(dir, ds.file))
		if err != nil {
			return err
		}
		arts = pick(arts, split, limit)
		ours, lead, ref := evaluate(arts, ds.k)
		for _, row := range []struct {
			name string
			r    result
		}{{"LEAD-k", lead}, {"summary", ours}} {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t\n",
				ds.name, split, len(arts), ds.kLabel, row.name,
				100*row.r.s.R1, 100*row.r.s.R2, 100*row.r.s.RL, row.r.words, ref)
		}
	}
	return tw.Flush()
}

// pick keeps the requested half; halves are by file order so that dev and
// test never share an article.
func pick(arts []article, split string, limit int) []article {
	half := len(arts) / 2
	switch split {
	case "dev":
		arts = arts[:half]
	case "test":
		arts = arts[half:]
	}
	if limit > 0 && len(arts) > limit {
		arts = arts[:limit]
	}
	return arts
}

// result is a system's mean ROUGE and mean summary length in tokens: at the
// same number of sentences, longer sentences buy recall, so the length is
// part of any honest comparison.
type result struct {
	s     rouge.Scores
	words float64
}

func (r *result) add(summary, reference string) {
	r.s = r.s.Add(rouge.Score(summary, reference))
	r.words += float64(len(rouge.Tokens(summary)))
}

// evaluate returns the mean scores of the summarizer and of LEAD-k, both
// extracting k sentences as cut by analysis/sentences, and the mean
// reference length in tokens.
func evaluate(arts []article, k func(article) int) (ours, lead result, refWords float64) {
	if len(arts) == 0 {
		return
	}
	for _, a := range arts {
		n := k(a)
		var got []string
		for _, s := range summary.Summarize(a.Title, a.Text, a.Lang, n) {
			got = append(got, s.Text)
		}
		ours.add(strings.Join(got, " "), a.Summary)
		var first []string
		for _, s := range sentences.Split(a.Text, a.Lang) {
			if len(first) == n {
				break
			}
			first = append(first, s.Text)
		}
		lead.add(strings.Join(first, " "), a.Summary)
		refWords += float64(len(rouge.Tokens(a.Summary)))
	}
	f := 1 / float64(len(arts))
	ours.s, ours.words = ours.s.Scale(f), ours.words*f
	lead.s, lead.words = lead.s.Scale(f), lead.words*f
	return ours, lead, refWords * f
}

func load(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	var out []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("load %s:%d: %w", path, line, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return out, nil
}
