package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/recherche/recherche/analysis/terms"
)

// reading is what a half-typed word is searched as: a language and the
// term its analyzer makes of the meant word.
type reading struct{ lang, term string }

// ceilingRow is one (prefix, meant word) of the drawing, with the
// probability the drawing gives it.
type ceilingRow struct {
	typed string
	r     reading
	mass  float64
	kind  string
}

// prefixMass returns, for every prefix runPrefixes can draw as a single
// word, the probability mass of each reading behind it, and every row.
func prefixMass(dir string) (map[string]map[reading]float64, []ceilingRow, error) {
	type cutKind struct {
		name     string
		pastStem bool
		share    float64 // of the language's single-word rows
	}
	mass := map[string]map[reading]float64{}
	var rows []ceilingRow
	err := perLanguage(dir, 2, func(lang string, c counts, _ int) {
		kinds := []cutKind{{"one word", false, 1}}
		if lang == "fr" {
			// runPrefixes cuts a third of French single words past
			// their light stem.
			kinds = []cutKind{{"one word", false, 2.0 / 3}, {"one word past its stem", true, 1.0 / 3}}
		}
		for _, k := range kinds {
			words := cuttable(c.words, lang, k.pastStem)
			total := 0
			for _, n := range words {
				if n >= 3 { // as draw
					total += n
				}
			}
			for w, n := range words {
				ts := terms.Terms(w, lang)
				if n < 3 || len(ts) != 1 {
					continue
				}
				lo, hi := 3, maxCut(w)
				if k.pastStem {
					lo = max(lo, stemRunes(w, lang)+1)
				}
				rs := []rune(w)
				// Each language is half the rows; a word is drawn by
				// frequency, then cut at a length drawn uniformly.
				m := 0.5 * k.share * float64(n) / float64(total) / float64(hi-lo+1)
				for cut := lo; cut <= hi; cut++ {
					typed := string(rs[:cut])
					r := reading{lang, ts[0]}
					if mass[typed] == nil {
						mass[typed] = map[reading]float64{}
					}
					mass[typed][r] += m
					rows = append(rows, ceilingRow{typed, r, m, fmt.Sprintf("%s, %s letters", k.name, cutBucket(cut))})
				}
			}
		}
	})
	return mass, rows, err
}

// best returns each prefix's likeliest reading.
func best(mass map[string]map[reading]float64) map[string]reading {
	out := make(map[string]reading, len(mass))
	for typed, rs := range mass {
		var top reading
		for r, m := range rs {
			if m > rs[top] || m == rs[top] && (r.lang+r.term) < (top.lang+top.term) {
				top = r
			}
		}
		out[typed] = top
	}
	return out
}

// runCeiling prints what any search that shows one reading of a half-typed
// word can score on the single-word rows runPrefixes draws, as if it knew
// the drawing itself: for each prefix, the reading (a language and the
// term its analyzer makes) that the most probability mass of drawn words
// behind that prefix shares. A row scores 1 when the meant word is that
// reading, 0 otherwise; the expected score over the drawing is the
// ceiling. It counts two words of one term as one reading ("parle" and
// "parler" find the same documents) and nothing else as shared, so it is
// an upper bound of P@10 for one reading; a row's P@10 can also fall short
// of 1 on the right reading (translation, spelling of the suggestion).
// Rows are drawn with replacement here; runPrefixes draws distinct ones,
// which moves rows from frequent words to rarer ones and lowers the
// ceiling of a drawn set further.
func runCeiling(dir string, out io.Writer) error {
	mass, rows, err := prefixMass(dir)
	if err != nil {
		return err
	}
	best := best(mass)
	type sum struct{ right, all float64 }
	sums := map[string]*sum{}
	var order []string
	var overall sum
	for _, r := range rows {
		s := sums[r.kind]
		if s == nil {
			s = &sum{}
			sums[r.kind] = s
			order = append(order, r.kind)
		}
		s.all += r.mass
		overall.all += r.mass
		if best[r.typed] == r.r {
			s.right += r.mass
			overall.right += r.mass
		}
	}
	fmt.Fprintf(out, "# ceiling of one reading on the single-word prefixes drawn from %s (go run ./tools/drawmix -ceiling)\n", filepath.Base(dir))
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "rows\tshare of single-word rows\tceiling")
	for _, k := range order {
		s := sums[k]
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\n", k, s.all/overall.all, s.right/s.all)
	}
	fmt.Fprintf(tw, "all single-word rows\t1.000\t%.3f\n", overall.right/overall.all)
	// runPrefixes makes a third of the rows two-word queries: even at 1
	// on those, the drawn set's mean is bounded by this.
	fmt.Fprintf(tw, "whole drawn set, two-word rows at 1\t\t%.3f\n", 2.0/3*overall.right/overall.all+1.0/3)
	return tw.Flush()
}

// cutBucket names the lengths a cut is reported by.
func cutBucket(n int) string {
	switch {
	case n <= 3:
		return "3"
	case n <= 5:
		return "4–5"
	default:
		return "6–8"
	}
}

// runCeilingRows prints the same bound on the rows of one drawn set (a
// TSV of evalsearch --mode forgiving): a single-word row counts 1 when its
// meant word is its prefix's likeliest reading, and the set's mean is
// bounded as if every two-word row scored 1. A drawn set's rows are
// distinct, so its bound is lower than -ceiling's expectation; it tells
// how far a set's P@10 can go, before any search is run.
func runCeilingRows(dir, path string, out io.Writer) error {
	mass, _, err := prefixMass(dir)
	if err != nil {
		return err
	}
	best := best(mass)
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var single, right, pairs int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		row := strings.Split(sc.Text(), "\t")
		if len(row) != 4 || row[1] != "prefix" {
			continue
		}
		typed, meant := row[2], row[3]
		if strings.Contains(typed, " ") {
			pairs++
			continue
		}
		single++
		b, ok := best[typed]
		if !ok {
			continue
		}
		if ts := terms.Terms(meant, b.lang); len(ts) == 1 && ts[0] == b.term {
			right++
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if single+pairs == 0 {
		return fmt.Errorf("%s: no prefix rows", path)
	}
	fmt.Fprintf(out, "# ceiling of one reading on the prefix rows of %s (go run ./tools/drawmix -ceiling-rows FILE)\n", filepath.Base(path))
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "rows\tcount\tceiling")
	if single > 0 {
		fmt.Fprintf(tw, "single-word rows\t%d\t%.3f\n", single, float64(right)/float64(single))
	}
	fmt.Fprintf(tw, "whole set, two-word rows at 1\t%d\t%.3f\n", single+pairs, float64(right+pairs)/float64(single+pairs))
	return tw.Flush()
}
