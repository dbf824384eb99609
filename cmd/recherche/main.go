// Command recherche is the whole product in one binary: serve the API over
// an embedded on-disk index, ingest files into it, search it and summarize
// text from the command line. It only wires flags and packages together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const usage = `usage: recherche <command> [flags] [args]

commands:
  serve       run the HTTP API (Swagger UI at /docs)
  ingest      load files or NDJSON into a running server or a local index
  search      query a running server
  summarize   summarize a text file (or - for stdin)
  snapshot    copy a closed index to a new directory
  healthcheck exit 0 when a server answers /readyz (for container health checks)

Run 'recherche <command> -h' for its flags. A flag of serve can also be set
with an environment variable RECHERCHE_<FLAG> (RECHERCHE_ADDR=0.0.0.0:8080);
a flag of another command with RECHERCHE_<COMMAND>_<FLAG>
(RECHERCHE_INGEST_SERVER=http://127.0.0.1:8080). A flag given on the command
line wins.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, errSilent) {
			fmt.Fprintln(os.Stderr, "recherche:", err)
		}
		os.Exit(1)
	}
}

// errSilent means the command already told the user what went wrong.
var errSilent = errors.New("failed")

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errSilent
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, rest, stderr)
	case "ingest":
		return ingestCmd(ctx, rest, stdin, stdout, stderr)
	case "search":
		return searchCmd(ctx, rest, stdout, stderr)
	case "summarize":
		return summarizeCmd(ctx, rest, stdin, stdout, stderr)
	case "snapshot":
		return snapshotCmd(rest, stdout, stderr)
	case "healthcheck":
		return healthcheckCmd(ctx, rest, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "unknown command %q\n\n%s", cmd, usage)
	return errSilent
}

// newFlags returns a flag set whose defaults come from RECHERCHE_* variables.
// synopsis, when set, follows "usage: recherche NAME" above the flags in
// the usage text; empty keeps the flag package's.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	if synopsis != "" {
		fs.Usage = func() {
			fmt.Fprintln(stderr, "usage: recherche "+name+" "+synopsis)
			fs.PrintDefaults()
		}
	}
	return fs
}

// envName is the variable that sets a flag of a command: RECHERCHE_<FLAG>
// for serve, whose configuration a container gives in its environment, and
// RECHERCHE_<COMMAND>_<FLAG> for the others, so that the image's
// RECHERCHE_DATA (serve's data directory) does not turn `recherche ingest
// --server URL` into a command with both --server and --data.
func envName(command, flagName string) string {
	name := strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
	if command == "serve" {
		return "RECHERCHE_" + name
	}
	return "RECHERCHE_" + strings.ToUpper(command) + "_" + name
}

// parse applies environment variables to flags not given on the command line.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errSilent
		}
		return errSilent
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] || err != nil {
			return
		}
		name := envName(fs.Name(), f.Name)
		if v, ok := os.LookupEnv(name); ok {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%s=%q: %w", name, v, e)
			}
		}
	})
	return err
}

func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: %w", level, err)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log format %q: use json or text", format)
}

func byteSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.n
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("size %q: want a positive number with an optional KiB/MiB/GiB suffix", s)
	}
	return n * mult, nil
}

func since(t time.Time) string { return time.Since(t).Round(time.Millisecond).String() }
