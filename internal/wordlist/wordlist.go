// Package wordlist holds, as embedded text files, the word lists Recherche
// matches text against: the vocabulary of boilerplate lines that cleaning
// drops, the phrases of page furniture a summary never quotes, and the
// lexicon that tells a keyphrase's words from the rest. Lists are data, so
// they are reviewed and extended as files, not as Go string literals
// scattered over the packages that use them.
//
// It lives under corpus, below analysis, because cleaning (corpus.Clean)
// needs its lists and corpus may not import analysis; analysis reads the
// others from here. (The entity lexicon stays in analysis/entities/lexicon
// with its own loader: its files are typed sections, not plain lists.)
//
// It imports the standard library only.
package wordlist

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed *.txt
var files embed.FS

// read returns the lines of list name that are not blank or comments
// (starting with #), trimmed. A missing list is a programming error: the
// files are compiled in.
func read(name string) []string {
	data, err := files.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("wordlist: %v", err))
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// Words returns the words of list name, separated by white space.
func Words(name string) []string {
	var out []string
	for _, line := range read(name) {
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// Set returns the words of list name as a set.
func Set(name string) map[string]bool {
	m := map[string]bool{}
	for _, w := range Words(name) {
		m[w] = true
	}
	return m
}

// Lines returns the entries of list name written one a line, for lists of
// phrases.
func Lines(name string) []string {
	return read(name)
}
