package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/analysis/langid"
	"github.com/recherche/recherche/analysis/summary"
	"github.com/recherche/recherche/corpus"
)

func summarizeCmd(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("summarize", "[--sentences N] [--lang xx] FILE|-", stderr)
	n := fs.Int("sentences", 3, "sentences in the summary (1-20)")
	lang := fs.String("lang", "", "language of the text (ISO 639-1); detected when empty")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *n < 1 || *n > 20 {
		fs.Usage()
		return errSilent
	}
	var data []byte
	var err error
	if fs.Arg(0) == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 64<<20))
	} else {
		data, err = os.ReadFile(fs.Arg(0))
	}
	if err != nil {
		return err
	}
	doc, err := corpus.ParseText("input", data)
	if err != nil {
		return err
	}
	if *lang != "" {
		if doc.Lang, err = analysis.CheckLanguage(*lang); err != nil {
			return err
		}
	} else {
		det, err := langid.New(langid.Options{})
		if err != nil {
			return err
		}
		if doc.Lang = det.Detect(doc.Title + "\n" + doc.Body).Lang; doc.Lang == "" {
			doc.Lang = analysis.Undetermined
		}
	}
	for _, s := range summary.Summarize(doc.Title, doc.Body, doc.Lang, *n) {
		fmt.Fprintln(stdout, strings.TrimSpace(s.Text))
	}
	return nil
}
