package summary

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis/sentences"
	"github.com/recherche/recherche/analysis/summary/rouge"
)

var tune = flag.Bool("tune", false, "sweep summary parameters on the dev half of the eval sets")

// evalDir holds the public summarization sets; they stay outside the
// repository (see /work/shared/eval/README.md).
const evalDir = "../../../shared/eval/summarization"

type evalArticle struct {
	Lang, Title, Text, Summary string
	k                          int
}

var refBoundary = regexp.MustCompile(`[.!?]["”']?[A-Z"“]`)

// loadDev reads the first half of a set, the only part tuning may look at;
// tools/evalsum reports the second half.
func loadDev(tb testing.TB, file string, bbc bool) []evalArticle {
	tb.Helper()
	f, err := os.Open(filepath.Join(evalDir, file))
	if err != nil {
		tb.Skipf("eval data: %v", err)
	}
	defer f.Close()
	var all []evalArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var a evalArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		a.k = 1
		if bbc {
			a.k = len(refBoundary.FindAllStringIndex(a.Summary, -1)) + 1
		}
		all = append(all, a)
	}
	return all[:len(all)/2]
}

func evalParams(arts []evalArticle, p params) rouge.Scores {
	var sum rouge.Scores
	for _, a := range arts {
		d := analyze(a.Title, a.Text, a.Lang, p)
		var got []string
		for _, i := range d.pick(a.k, p.lambda) {
			got = append(got, d.sents[i].span.Text)
		}
		sum = sum.Add(rouge.Score(strings.Join(got, " "), a.Summary))
	}
	return sum.Scale(100 / float64(len(arts)))
}

func evalLead(arts []evalArticle) rouge.Scores {
	var sum rouge.Scores
	for _, a := range arts {
		var got []string
		for _, s := range sentences.Split(a.Text, a.Lang) {
			if len(got) < a.k {
				got = append(got, s.Text)
			}
		}
		sum = sum.Add(rouge.Score(strings.Join(got, " "), a.Summary))
	}
	return sum.Scale(100 / float64(len(arts)))
}

// TestTune sweeps the parameters on the dev halves and prints the best
// settings by their worst R-1 gain over LEAD-k across the two sets.
// Run: go test ./analysis/summary/ -run TestTune -tune -v
func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("run with -tune")
	}
	fr := loadDev(t, "orangesum-fr-test.ndjson", false)
	en := loadDev(t, "bbc-en.ndjson", true)
	leadFR, leadEN := evalLead(fr), evalLead(en)
	t.Logf("LEAD dev: fr %.2f/%.2f/%.2f en %.2f/%.2f/%.2f", leadFR.R1, leadFR.R2, leadFR.RL, leadEN.R1, leadEN.R2, leadEN.RL)
	type result struct {
		p      params
		fr, en rouge.Scores
		gain   float64
	}
	var results []result
	for _, decay := range []float64{2, 4, 8, 1000} {
		for _, cent := range []float64{0.6, 1, 2} {
			for _, title := range []float64{0.6} {
				for _, lambda := range []float64{0.85} {
					p := defaults
					p.leadDecay, p.centrality, p.title, p.lambda = decay, cent, title, lambda
					r := result{p: p, fr: evalParams(fr, p), en: evalParams(en, p)}
					r.gain = min(r.fr.R1-leadFR.R1, r.en.R1-leadEN.R1)
					results = append(results, r)
				}
			}
		}
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].gain > results[j].gain })
	for _, r := range results[:min(15, len(results))] {
		fmt.Printf("decay %.1f cent %.1f title %.1f lambda %.2f | fr %.2f/%.2f/%.2f en %.2f/%.2f/%.2f | min R-1 gain %.2f\n",
			r.p.leadDecay, r.p.centrality, r.p.title, r.p.lambda, r.fr.R1, r.fr.R2, r.fr.RL, r.en.R1, r.en.R2, r.en.RL, r.gain)
	}
}
