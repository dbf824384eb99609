// Package flags holds what the command lines of Recherche's programs (the
// recherche command and the tools) share in reading flag values.
//
// It imports the standard library only.
package flags

import "strings"

// List splits a comma-separated flag value ("fr, en,") into its entries,
// trimmed, empty ones left out; nil when there are none.
func List(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
