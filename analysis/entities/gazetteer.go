package entities

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/recherche/recherche/corpus"
)

// Entry is one known name: the canonical form readers see in facets, its
// type, and the other spellings that count as the same entity.
//
// CaseSensitive marks names that are also ordinary words ("Word", "Edge",
// "Apple", "Storm"): they match only when written exactly as the canonical
// name or an alias, and not as the first word of a sentence unless the
// document also writes them that way mid-sentence. Other entries match
// whatever the case, provided the text has a capital letter where the
// entry has one, so "windows" in running text is not Windows.
type Entry struct {
	Name          string            `json:"name" yaml:"name"`
	Type          corpus.EntityType `json:"type" yaml:"type"`
	Aliases       []string          `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	CaseSensitive bool              `json:"case_sensitive,omitempty" yaml:"case_sensitive,omitempty"`
}

// Gazetteer is an immutable set of entries compiled into a token trie.
// Extend it with With, which returns a new Gazetteer.
type Gazetteer struct {
	entries []Entry
	byName  map[string]int // normKey(name) → index in entries
	lookup  map[string]int // normKey(name or alias) → index in entries
	root    *trieNode
	// firsts holds the first words of every spelling, as a filter that
	// answers "no" for most words of a text without a map lookup.
	firsts keyFilter
	// surnames maps the last word of a person entry to it when no other
	// person shares that last word: a lone "Nadella" is Satya Nadella.
	surnames map[string]int
}

// keyFilter is a Bloom filter of keys, two bits a key in 64K: with the
// gazetteer's thousand or so first words, it lets one word in a thousand
// through wrongly.
type keyFilter [1 << 10]uint64

func keyHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

func (f *keyFilter) add(k string) {
	h := keyHash(k)
	f[h&0xffff>>6] |= 1 << (h & 63)
	f[h>>16>>6] |= 1 << (h >> 16 & 63)
}

// mayHave reports false only for a key never added.
func (f *keyFilter) mayHave(k string) bool {
	h := keyHash(k)
	return f[h&0xffff>>6]&(1<<(h&63)) != 0 && f[h>>16>>6]&(1<<(h>>16&63)) != 0
}

type trieNode struct {
	next map[string]*trieNode
	outs []trieOut
}

// trieOut is one spelling ending at a trie node.
type trieOut struct {
	entry         int
	caseSensitive bool
	folded        []string // the spelling's tokens, folded, case kept
	hasUpper      bool
	words         int // word tokens in the spelling
}

//go:embed gazetteer.json
var builtinJSON []byte

var (
	builtinOnce sync.Once
	builtinGaz  *Gazetteer
	builtinErr  error
)

// Builtin returns the gazetteer compiled into the binary: IT vendors,
// products, services, standards, people and places of tech news. The
// returned value is shared and immutable.
func Builtin() (*Gazetteer, error) {
	builtinOnce.Do(func() {
		var entries []Entry
		if err := json.Unmarshal(builtinJSON, &entries); err != nil {
			builtinErr = fmt.Errorf("decode built-in gazetteer: %w", err)
			return
		}
		builtinGaz, builtinErr = newGazetteer(entries)
		if builtinErr != nil {
			builtinErr = fmt.Errorf("built-in gazetteer: %w", builtinErr)
		}
	})
	return builtinGaz, builtinErr
}

// With returns a copy of g extended with entries. An entry whose canonical
// name equals an existing one (ignoring case and accents) replaces it; an
// alias claimed by a new entry moves to it. g is left unchanged.
func (g *Gazetteer) With(entries []Entry) (*Gazetteer, error) {
	merged := slices.Clone(g.entries)
	byName := make(map[string]int, len(g.byName))
	for k, v := range g.byName {
		byName[k] = v
	}
	for _, e := range entries {
		e, err := cleanEntry(e)
		if err != nil {
			return nil, err
		}
		k := normKey(e.Name)
		if i, ok := byName[k]; ok {
			merged[i] = e
			continue
		}
		byName[k] = len(merged)
		merged = append(merged, e)
	}
	return newGazetteer(merged)
}

// Len reports how many entries g holds.
func (g *Gazetteer) Len() int { return len(g.entries) }

func cleanEntry(e Entry) (Entry, error) {
	e.Name = strings.TrimSpace(e.Name)
	if normKey(e.Name) == "" {
		return e, errors.New("entry without a name")
	}
	if e.Type == "" {
		e.Type = corpus.Other
	}
	e.Type = corpus.EntityType(strings.ToLower(string(e.Type)))
	if !corpus.ValidEntityType(e.Type) {
		return e, fmt.Errorf("entry %q: unknown type %q", e.Name, e.Type)
	}
	aliases := make([]string, 0, len(e.Aliases))
	for _, a := range e.Aliases {
		if a = strings.TrimSpace(a); a != "" && normKey(a) != "" {
			aliases = append(aliases, a)
		}
	}
	e.Aliases = aliases
	return e, nil
}

// newGazetteer compiles entries in order; when two entries claim the same
// spelling the later one wins, which is what lets user files override.
func newGazetteer(entries []Entry) (*Gazetteer, error) {
	g := &Gazetteer{
		entries: make([]Entry, 0, len(entries)),
		byName:  map[string]int{},
		lookup:  map[string]int{},
		root:    &trieNode{},
	}
	for _, e := range entries {
		e, err := cleanEntry(e)
		if err != nil {
			return nil, err
		}
		k := normKey(e.Name)
		if i, ok := g.byName[k]; ok {
			g.entries[i] = e
			continue
		}
		g.byName[k] = len(g.entries)
		g.entries = append(g.entries, e)
	}
	for i, e := range g.entries {
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			g.add(i, s, e.CaseSensitive)
		}
	}
	g.surnames = map[string]int{}
	shared := map[string]bool{}
	for i, e := range g.entries {
		if e.Type != corpus.Person {
			continue
		}
		keys := tokenKeys(e.Name)
		if len(keys) < 2 {
			continue
		}
		last := keys[len(keys)-1]
		if _, ok := g.surnames[last]; ok {
			shared[last] = true
		}
		g.surnames[last] = i
	}
	for k := range shared {
		delete(g.surnames, k)
	}
	return g, nil
}

func (g *Gazetteer) add(entry int, spelling string, caseSensitive bool) {
	toks := spellingTokens(tokenize(nil, spelling, false))
	n := g.root
	out := trieOut{entry: entry, caseSensitive: caseSensitive}
	var keys []string
	for _, t := range toks {
		if t.kind == breakToken {
			continue
		}
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		if n == g.root {
			g.firsts.add(t.key)
		}
		c := n.next[t.key]
		if c == nil {
			c = &trieNode{}
			n.next[t.key] = c
		}
		n = c
		keys = append(keys, t.key)
		out.folded = append(out.folded, t.folded)
		if t.kind == wordToken {
			out.words++
		}
		if t.capital || t.camel || t.allCaps {
			out.hasUpper = true
		}
	}
	if len(keys) == 0 {
		return
	}
	g.lookup[strings.Join(keys, " ")] = entry
	// A later entry takes the spelling over; several spellings of one entry
	// that differ only in case ("Arm", "ARM") live side by side.
	n.outs = slices.DeleteFunc(n.outs, func(o trieOut) bool { return o.entry != entry })
	n.outs = append(n.outs, out)
}

func (g *Gazetteer) caseSensitive(entry int) bool {
	return entry >= 0 && entry < len(g.entries) && g.entries[entry].CaseSensitive
}

// lookupKey finds the entry for a name or alias by its match key.
func (g *Gazetteer) lookupKey(k string) (Entry, bool) {
	i, ok := g.lookup[k]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}
