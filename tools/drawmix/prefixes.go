package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/terms"
)

// runPrefixes draws n half-typed queries, the rows of evalsearch's
// forgiving.tsv with kind "prefix": half French and half English; of each
// language's share, a third two-word queries whose last word is cut
// (a neighbouring pair drawn by frequency, "gilets jau"), and of French
// single words a third cut past their light stem ("parlem": parlement is
// indexed as "parl"), the rest single words cut anywhere. Words and pairs
// are drawn by frequency as the mix is; a word is cut to a length drawn
// uniformly from 3 to 8 letters, at least one letter short of the word,
// as keystrokes fall. Rows alternate between the tuning and held-out
// parts within each kind of query, so both parts have the same make-up.
func runPrefixes(dir string, n int, seed uint64, out io.Writer) error {
	r := newRand(seed)
	fmt.Fprintf(out, "# %d prefixes drawn by frequency from %s (go run ./tools/drawmix -prefixes -n %d -seed %d)\n", n, filepath.Base(dir), n, seed)
	return perLanguage(dir, n, func(lang string, c counts, share int) {
		pairs := share / 3
		singles := share - pairs
		pastStem := 0
		if lang == "fr" {
			pastStem = singles / 3
		}
		emit := func(rows [][2]string) {
			for j, row := range rows {
				part := "tune"
				if j%2 == 1 {
					part = "heldout"
				}
				fmt.Fprintf(out, "%s\tprefix\t%s\t%s\n", part, row[0], row[1])
			}
		}
		seen := map[string]bool{}
		emit(drawCut(r, cuttable(c.words, lang, false), singles-pastStem, lang, false, seen))
		if pastStem > 0 {
			emit(drawCut(r, cuttable(c.words, lang, true), pastStem, lang, true, seen))
		}
		lasts := map[string]int{}
		for p, k := range c.pairs {
			if _, last, _ := strings.Cut(p, " "); cuttableWord(last) {
				lasts[p] = k
			}
		}
		emit(drawCut(r, lasts, pairs, lang, false, seen))
	})
}

// cuttableWord reports whether a word can be cut to at least 3 letters
// with one left over: 4 letters or more, no hyphen (a hyphen starts a new
// word for the tokenizer).
func cuttableWord(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && !strings.Contains(w, "-")
}

// cuttable keeps the words that can be cut; pastStem keeps those whose
// light stem is shorter than their longest cut.
func cuttable(words map[string]int, lang string, pastStem bool) map[string]int {
	out := map[string]int{}
	for w, k := range words {
		if !cuttableWord(w) {
			continue
		}
		if pastStem && stemRunes(w, lang) >= maxCut(w) {
			continue
		}
		out[w] = k
	}
	return out
}

func stemRunes(w, lang string) int {
	ts := terms.Terms(w, lang)
	if len(ts) != 1 {
		return utf8.RuneCountInString(w)
	}
	return utf8.RuneCountInString(ts[0])
}

func maxCut(w string) int { return min(8, utf8.RuneCountInString(w)-1) }

// drawCut draws k queries by frequency and cuts the last word of each, at
// a length past its stem when pastStem.
func drawCut(r *rand.Rand, m map[string]int, k int, lang string, pastStem bool, seen map[string]bool) [][2]string {
	var rows [][2]string
	for _, q := range draw(r, m, 3*k) {
		if len(rows) == k {
			break
		}
		if seen[q] {
			continue
		}
		seen[q] = true
		head, last := "", q
		if i := strings.LastIndexByte(q, ' '); i >= 0 {
			head, last = q[:i+1], q[i+1:]
		}
		lo := 3
		if pastStem {
			lo = max(lo, stemRunes(last, lang)+1)
		}
		cut := lo + r.IntN(maxCut(last)-lo+1)
		rows = append(rows, [2]string{head + string([]rune(last)[:cut]), q})
	}
	return rows
}
