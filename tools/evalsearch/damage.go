package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"strings"
	"text/tabwriter"
	"unicode"
)

// Damaged queries, docs/quality.md "Forgiving search": every question with
// one word of five letters or more misspelled, as a person types it — a
// letter left out, one too many, one wrong, or two swapped — never the
// first letter (people seldom get it wrong, and typo tolerance counts it
// twice, as Meilisearch does). The word, the edit and its place are drawn
// from a generator seeded with the question's id, so every run damages the
// same way. Questions of even position are the tuning half, odd ones are
// held out.

// damage misspells one word of five letters or more of text; ok is false
// when it has none.
func damage(id, text string) (string, bool) {
	h := fnv.New64a()
	h.Write([]byte(id))
	rng := rand.New(rand.NewPCG(h.Sum64(), 17))
	type span struct{ start, end int }
	var words []span
	start := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if len([]rune(text[start:i])) >= 5 {
				words = append(words, span{start, i})
			}
			start = -1
		}
	}
	if len(words) == 0 {
		return text, false
	}
	w := words[rng.IntN(len(words))]
	return text[:w.start] + misspell([]rune(text[w.start:w.end]), rng) + text[w.end:], true
}

// misspell applies one edit to a word of at least five letters, past its
// first letter.
func misspell(w []rune, rng *rand.Rand) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	at := 1 + rng.IntN(len(w)-1)
	pick := func() rune {
		for {
			r := rune(letters[rng.IntN(len(letters))])
			if r != unicode.ToLower(w[at]) {
				return r
			}
		}
	}
	switch rng.IntN(4) {
	case 0: // deletion
		w = append(w[:at:at], w[at+1:]...)
	case 1: // insertion
		w = append(w[:at:at], append([]rune{pick()}, w[at:]...)...)
	case 2: // substitution
		w[at] = pick()
	default: // transposition, with the next letter or the previous one
		if at == len(w)-1 {
			at--
		}
		if at == 0 || w[at] == w[at+1] {
			w[at] = pick() // swapping equal letters changes nothing
		} else {
			w[at], w[at+1] = w[at+1], w[at]
		}
	}
	return string(w)
}

// damaged returns the questions with one word misspelled each, those that
// have a word to damage.
func damaged(qs []question) []question {
	var out []question
	for _, q := range qs {
		if text, ok := damage(q.ID, q.Text); ok {
			d := q
			d.Text = text
			out = append(out, d)
		}
	}
	return out
}

// half returns the tuning half (even positions) or the held-out half.
func half(qs []question, held bool) []question {
	var out []question
	for i, q := range qs {
		if (i%2 == 1) == held {
			out = append(out, q)
		}
	}
	return out
}

// runDamaged searches the damaged questions of each collection and prints
// their figures against the clean questions' (the same questions,
// undamaged), per half.
func runDamaged(ctx context.Context, cl *client, cols []*collection, clean [][][]string, workers int, out io.Writer) error {
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "collection\thalf\tquestions\tclean MRR@10\tdamaged MRR@10\tratio\tclean nDCG@10\tdamaged nDCG@10\tratio")
	for c, col := range cols {
		pos := map[string]int{}
		for i, q := range col.Questions {
			pos[q.ID] = i
		}
		for _, held := range []bool{false, true} {
			qs := damaged(half(col.Questions, held))
			runs, err := cl.searchAll(ctx, qs, 10, workers)
			if err != nil {
				return err
			}
			cleanRuns := make([][]string, len(qs))
			for i, q := range qs {
				cleanRuns[i] = clean[c][pos[q.ID]]
			}
			d, e := evaluate(qs, runs), evaluate(qs, cleanRuns)
			name := "tuning"
			if held {
				name = "held out"
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.0f %%\t%.3f\t%.3f\t%.0f %%\n", col.Name, name, len(qs),
				e.RR10, d.RR10, 100*d.RR10/e.RR10, e.NDCG10, d.NDCG10, 100*d.NDCG10/e.NDCG10)
		}
	}
	return tw.Flush()
}

// damagedExamples prints the first n damaged questions of a collection, to
// see what the damage looks like.
func damagedExamples(col *collection, n int, out io.Writer) {
	qs := damaged(col.Questions)
	for _, q := range qs[:min(n, len(qs))] {
		fmt.Fprintf(out, "  %s\n", strings.Join(strings.Fields(q.Text), " "))
	}
}
