package main

import (
	"fmt"
	"io"
	"path/filepath"
)

func snapshotCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("snapshot", "--data DIR OUT   (then: recherche serve --data OUT)", stderr)
	data := fs.String("data", "./data", "data directory of the index to copy (no server may hold it)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errSilent
	}
	idx, err := openEngine(*data, engineOptions{})
	if err != nil {
		return err
	}
	defer idx.Close()
	if err := idx.Snapshot(filepath.Join(fs.Arg(0), "index")); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "snapshot written to %s; serve it with: recherche serve --data %s\n", fs.Arg(0), fs.Arg(0))
	return nil
}
