// Package cli holds what the main functions of the evaluation and
// benchmark tools under tools/ share: a usage line over the flags, one
// data argument, and one way to fail.
//
// It imports the standard library only.
package cli

import (
	"flag"
	"fmt"
	"os"
)

// Arg parses the command line and returns its one argument, a data folder
// or file. The usage text is "usage: " and synopsis, then the flags; it is
// printed, and the tool exits 2, when the line does not have exactly one
// argument or valid (nil: none) rejects the flags' values.
func Arg(synopsis string, valid func() bool) string {
	Usage(synopsis)
	flag.Parse()
	if flag.NArg() != 1 || valid != nil && !valid() {
		flag.Usage()
		os.Exit(2)
	}
	return flag.Arg(0)
}

// Usage sets the usage text of the command line: "usage: " and synopsis,
// then the flags. Arg sets it; a tool that checks its arguments itself
// sets it before flag.Parse.
func Usage(synopsis string) {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: "+synopsis)
		flag.PrintDefaults()
	}
}

// Exit ends the tool name with status 1 when err is set, after printing
// err after the tool's name on standard error. A nil err returns.
func Exit(name string, err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, name+":", err)
		os.Exit(1)
	}
}
