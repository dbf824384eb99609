// Command drawmix draws a query mix from the news corpus by frequency, the
// way people's queries are distributed: a third single words, a third
// two-word queries sent as plain words, a third two-word phrases, half
// French and half English, each word or pair drawn with a probability
// proportional to how often the corpus uses it (so the very frequent words
// are in the mix). Stop words, numbers and words under three letters are
// left out; a pair is two neighbouring kept words of one sentence.
//
//	go run ./tools/drawmix -n 200 -seed 1 ../shared/eval/corpus > tools/loadtest/testdata/corpus-mix.txt
//	go run ./tools/loadtest --queries tools/loadtest/testdata/corpus-mix.txt
//
// The output is one query per line, for loadtest --queries.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/tools/internal/cli"
)

func main() {
	n := flag.Int("n", 200, "queries to draw")
	seed := flag.Uint64("seed", 1, "random seed (the same seed draws the same mix)")
	prefixes := flag.Bool("prefixes", false, "draw N half-typed queries for evalsearch --mode forgiving instead (TSV rows: part, prefix, typed, meant)")
	ceiling := flag.Bool("ceiling", false, "print the best mean P@10 one reading per prefix can reach on -prefixes' single-word rows instead")
	rows := flag.String("ceiling-rows", "", "print that bound on the prefix rows of the drawn set in `FILE` (evalsearch's forgiving TSV) instead")
	dir := cli.Arg("drawmix [-n N] [-seed S] CORPUSDIR   (news-fr.ndjson and news-en.ndjson)", func() bool { return *n >= 6 })
	do := run
	if *prefixes {
		do = runPrefixes
	}
	if *ceiling {
		do = func(dir string, _ int, _ uint64, out io.Writer) error { return runCeiling(dir, out) }
	}
	if *rows != "" {
		do = func(dir string, _ int, _ uint64, out io.Writer) error { return runCeilingRows(dir, *rows, out) }
	}
	cli.Exit("drawmix", do(dir, *n, *seed, os.Stdout))
}

// counts are how often each kept word and each neighbouring pair occur.
type counts struct {
	words, pairs map[string]int
}

// newRand is the generator of a seed: the same seed draws the same queries.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// perLanguage counts the words and pairs of the French, then the English
// news file of dir, and calls fn with each and the language's share of n
// queries (half each, the odd one English).
func perLanguage(dir string, n int, fn func(lang string, c counts, share int)) error {
	for i, lang := range []string{"fr", "en"} {
		c, err := count(filepath.Join(dir, "news-"+lang+".ndjson"), lang)
		if err != nil {
			return err
		}
		share := n / 2
		if i == 1 {
			share = n - n/2
		}
		fn(lang, c, share)
	}
	return nil
}

func run(dir string, n int, seed uint64, out io.Writer) error {
	r := newRand(seed)
	fmt.Fprintf(out, "# %d queries drawn by frequency from %s (go run ./tools/drawmix -n %d -seed %d)\n", n, filepath.Base(dir), n, seed)
	return perLanguage(dir, n, func(_ string, c counts, share int) {
		words, pairs := draw(r, c.words, share/3), draw(r, c.pairs, share-share/3)
		for _, w := range words {
			fmt.Fprintln(out, w)
		}
		half := len(pairs) / 2
		for j, p := range pairs {
			if j < half {
				fmt.Fprintln(out, p)
			} else {
				fmt.Fprintf(out, "%q\n", p)
			}
		}
	})
}

func count(path, lang string) (counts, error) {
	f, err := os.Open(path)
	if err != nil {
		return counts{}, err
	}
	defer f.Close()
	c := counts{words: map[string]int{}, pairs: map[string]int{}}
	kept := map[string]bool{}
	keep := func(w string) bool {
		k, ok := kept[w]
		if !ok {
			k = len([]rune(w)) >= 3 && len(terms.Terms(w, lang)) == 1 &&
				strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
			kept[w] = k
		}
		return k
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct{ Title, Body string }
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			continue
		}
		for _, sentence := range strings.FieldsFunc(d.Title+". "+d.Body, func(r rune) bool { return strings.ContainsRune(".!?;:\n", r) }) {
			prev := ""
			for _, w := range strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool {
				return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’'
			}) {
				if i := strings.LastIndexAny(w, "'’"); i >= 0 {
					w = w[i+len(string([]rune(w[i:])[0])):] // l'emploi → emploi
				}
				if !keep(w) {
					prev = ""
					continue
				}
				c.words[w]++
				if prev != "" {
					c.pairs[prev+" "+w]++
				}
				prev = w
			}
		}
	}
	return c, sc.Err()
}

// draw picks k distinct keys with probability proportional to their count
// (pairs seen fewer than 3 times are left out: typos and one-off phrasing).
func draw(r *rand.Rand, m map[string]int, k int) []string {
	keys := make([]string, 0, len(m))
	total := 0
	for key, n := range m {
		if n >= 3 {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys) // map order must not change the draw
	cum := make([]int, len(keys))
	for i, key := range keys {
		total += m[key]
		cum[i] = total
	}
	var out []string
	seen := map[string]bool{}
	for tries := 0; len(out) < k && tries < 100*k && total > 0; tries++ {
		x := r.IntN(total)
		i := sort.SearchInts(cum, x+1)
		if !seen[keys[i]] {
			seen[keys[i]] = true
			out = append(out, keys[i])
		}
	}
	return out
}
