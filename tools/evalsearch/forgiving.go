package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"
	"text/tabwriter"

	"github.com/recherche/recherche/analysis/terms"
)

// forgiving: misspelled and half-typed news queries (testdata/
// forgiving.tsv, written by us) over the 39k news corpus. Each typed query
// is scored by P@10 against the top 10 of what the person meant: typos
// with the API's defaults, prefixes with prefix=true. With --server the
// corpus must already be in the server's index (it is not sent again);
// without, it is ingested into the in-process server first. --show-misses
// prints the tuning rows under 0.8, never a held-out one.

// typed is one line of testdata/forgiving.tsv.
type typed struct {
	part, kind, typed, meant string
}

func loadTyped(path string) ([]typed, error) {
	var out []typed
	err := readTSV(path, "part, kind, typed, meant", func(f []string) error {
		if f[1] != "typo" && f[1] != "prefix" {
			return fmt.Errorf("kind %q: want typo or prefix", f[1])
		}
		out = append(out, typed{part: f[0], kind: f[1], typed: f[2], meant: f[3]})
		return nil
	})
	return out, err
}

func runForgiving(ctx context.Context, dir string, c config, out io.Writer) error {
	lines, err := loadTyped(c.typed)
	if err != nil {
		return err
	}
	var cl *client
	if c.server != "" {
		var stop func()
		if cl, stop, err = c.connect(ctx); err != nil {
			return err
		}
		defer stop()
	} else {
		docs, _, err := loadNews(dir)
		if err != nil {
			return err
		}
		var stop func()
		if cl, stop, err = c.connect(ctx); err != nil {
			return err
		}
		defer stop()
		if err := cl.ingest(ctx, docs, c.batch); err != nil {
			return fmt.Errorf("ingest news: %w", err)
		}
	}
	sums := partSums{}
	suggested := map[string]int{} // by part: typos whose suggestion is the meant query
	for _, l := range lines {
		extra := url.Values{}
		if l.kind == "prefix" {
			extra.Set("prefix", "true")
		}
		meant, _, err := cl.top(ctx, l.meant, nil)
		if err != nil {
			return err
		}
		r, err := cl.read(ctx, l.typed, extra)
		if err != nil {
			return err
		}
		got, fixed := r.ids, r.fixed
		if l.kind == "typo" && folded(r.suggestion) == folded(l.meant) {
			suggested[l.part]++
			suggested["all"]++
		}
		p := overlap(got, meant)
		// Held-out rows are read as a mean only: their queries' results
		// are never printed, so they cannot be tuned to.
		if c.showMisses > 0 && p < 0.8 && l.part == "tune" {
			fmt.Fprintf(out, "%s %s %q (meant %q): P@10 %.1f, as %v\n", l.part, l.kind, l.typed, l.meant, p, fixed)
		}
		sums.add(l.kind, l.part, p, len(fixed) > 0)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "kind\tpart\tqueries\tmean P@10\tcorrected or completed\tsuggestion is the meant query")
	for _, kind := range []string{"typo", "prefix"} {
		for _, part := range []string{"tune", "heldout", "all"} {
			if a := sums[kind+" "+part]; a != nil {
				sug := "-"
				if kind == "typo" {
					sug = fmt.Sprint(suggested[part])
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%d\t%s\n", kind, part, a.n, a.p10/float64(a.n), a.flagged, sug)
			}
		}
	}
	return tw.Flush()
}

// folded is a query as the suggestion is compared: lower case, without
// accents ("Macron" suggested for "Macorn" is the meant "macron").
func folded(s string) string {
	return strings.ToLower(terms.Fold(strings.TrimSpace(s)))
}

// overlap is the share of want's hits (at most 10) that got has too.
func overlap(got, want []string) float64 {
	if len(want) == 0 {
		if len(got) == 0 {
			return 1
		}
		return 0
	}
	in := map[string]bool{}
	for _, id := range got {
		in[id] = true
	}
	n := 0
	for _, id := range want {
		if in[id] {
			n++
		}
	}
	return float64(n) / float64(len(want))
}
