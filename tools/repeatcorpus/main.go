// Command repeatcorpus writes N copies of NDJSON corpus files, each copy's
// documents under new ids, so that ingestion and search can be measured on
// a corpus 2× or 4× the size of the one at hand (issue 14: how cost grows
// with the corpus). Copy 1 keeps the ids; copy k appends "~k". Every other
// field is kept as it is.
//
//	go run ./tools/repeatcorpus -n 4 -out /tmp/x4 ../shared/eval/corpus/news-fr.ndjson ../shared/eval/corpus/news-en.ndjson
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/recherche/recherche/tools/internal/cli"
)

func main() { cli.Exit("repeatcorpus", run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("repeatcorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 2, "copies of each document (1 to 64)")
	out := fs.String("out", "", "folder to write the files to (created); each input file gives one output file of the same name")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 1 || *n > 64 {
		return errors.New("-n must be between 1 and 64")
	}
	if *out == "" || fs.NArg() == 0 {
		return errors.New("usage: repeatcorpus -n N -out DIR FILE.ndjson [FILE.ndjson]")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, path := range fs.Args() {
		docs, err := repeatFile(path, filepath.Join(*out, filepath.Base(path)), *n)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d documents written\n", filepath.Join(*out, filepath.Base(path)), docs)
	}
	return nil
}

// repeatFile writes n copies of the documents of the NDJSON file in to
// out: all of copy 1, then all of copy 2…, so each copy is a whole corpus.
func repeatFile(in, out string, n int) (int, error) {
	f, err := os.Create(out)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	written := 0
	for k := 1; k <= n; k++ {
		c, err := copyOnce(in, w, k)
		written += c
		if err != nil {
			f.Close()
			return written, err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return written, err
	}
	return written, f.Close()
}

func copyOnce(in string, w io.Writer, k int) (int, error) {
	f, err := os.Open(in)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	count := 0
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var doc map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return count, fmt.Errorf("%s:%d: %w", in, line, err)
		}
		if k > 1 {
			var id string
			if err := json.Unmarshal(doc["id"], &id); err != nil || id == "" {
				return count, fmt.Errorf("%s:%d: a document needs a string id to be copied under a new one", in, line)
			}
			doc["id"], _ = json.Marshal(fmt.Sprintf("%s~%d", id, k))
		}
		if err := enc.Encode(doc); err != nil {
			return count, err
		}
		count++
	}
	return count, sc.Err()
}
