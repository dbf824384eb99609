// Package translate turns a query in one language into weighted words of
// another, so an English query finds French articles and back. It owns the
// bilingual lexicon (a glossary written by us and embedded, FreeDict's
// dictionaries read at run time from Debian's packages, a German pivot
// composed in memory) and the cognate rules for words no lexicon has.
//
// Words are keyed by the terms the index's analyzers make of them
// (analysis/terms), so a lookup sees the same stems a search does.
//
// It imports analysis/terms and the standard library; it reads the
// dictionary files it is pointed at and nothing else.
package translate

import (
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/recherche/recherche/analysis/terms"
)

// DefaultDir is where Debian's dict-freedict-* packages install their files.
const DefaultDir = "/usr/share/dictd"

// Evidence weights, measured on the tuning half of Tatoeba
// (docs/quality.md, "Cross-lingual search").
const (
	glossaryScore = 4.0  // one glossary pair outweighs every dictionary's
	directScore   = 1.0  // an EN↔FR FreeDict pair
	pivotScore    = 0.35 // an EN↔DE↔FR path
	maxCandidates = 8    // translations kept per key and direction
	maxKeyWords   = 3    // longest multi-word key
)

//go:embed glossary.tsv
var glossaryTSV string

//go:embed glossary-everyday.tsv
var everydayTSV string

// Source says what one lexicon source contributed, for logs and /v1/stats.
type Source struct {
	Name    string `json:"name"`
	Pairs   int    `json:"pairs"`
	Loaded  bool   `json:"loaded"`
	Problem string `json:"problem,omitempty"`
}

// Candidate is one translation of a key: its terms as the target
// language's analyzer makes them, joined by spaces, a word to show, and a
// weight in (0, 1], 1 for the best.
type Candidate struct {
	Key     string
	Display string
	Weight  float32
}

// Lexicon is immutable once built and safe for concurrent use.
type Lexicon struct {
	dirs    map[string]map[string][]Candidate // source lang → key → candidates
	forms   map[string]*forms                 // lang → inflected forms (forms.go)
	sources []Source
}

// base returns the key of the base form (infinitive) of an inflected form's
// key, "" when it is none.
func (l *Lexicon) base(lang, key string) string {
	if f := l.forms[lang]; f != nil {
		return f.lemma[key]
	}
	return ""
}

// formsOf returns the keys of the other forms of a base form's key.
func (l *Lexicon) formsOf(lang, key string) []string {
	if f := l.forms[lang]; f != nil {
		return f.of[key]
	}
	return nil
}

// anyForm reports whether vocab has some form of key.
func (l *Lexicon) anyForm(lang, key string, vocab func(string) int) bool {
	for _, f := range l.formsOf(lang, key) {
		if vocab(f) > 0 {
			return true
		}
	}
	return false
}

// Sources lists every source tried, loaded or not.
func (l *Lexicon) Sources() []Source { return append([]Source(nil), l.sources...) }

// Size is the number of keys per source language.
func (l *Lexicon) Size() map[string]int {
	out := map[string]int{}
	for lang, m := range l.dirs {
		out[lang] = len(m)
	}
	return out
}

// Degraded reports whether no dictionary loaded: only the glossary and the
// cognate rules translate.
func (l *Lexicon) Degraded() bool {
	for _, s := range l.sources {
		if s.Loaded && s.Name != "glossary" {
			return false
		}
	}
	return true
}

// Lookup returns the candidates of key (source-language terms joined by
// spaces) in lang's direction.
func (l *Lexicon) Lookup(lang, key string) []Candidate {
	if l == nil {
		return nil
	}
	return l.dirs[lang][key]
}

// Options say where the dictionaries are and whether to compose the pivot.
type Options struct {
	Dir     string // "" = DefaultDir
	NoPivot bool
	Logger  *slog.Logger
	// CacheDir, when set, keeps the compiled lexicon there (lexicon.cache)
	// and reads it back while the dictionaries are unchanged.
	CacheDir string
}

// pairs accumulates EN↔FR evidence between analyzed keys.
type pairs struct {
	score      map[[2]string]float64 // {en key, fr key}
	glossed    map[[2]string]bool
	display    map[string]string // "en:"+key or "fr:"+key → a surface form
	glossShown map[string]bool   // display comes from the glossary
	memo       map[string]string // lang+surface → key
}

func (p *pairs) key(lang, surface string, glossary bool) (string, bool) {
	memoKey := lang + "\x00" + surface
	if k, ok := p.memo[memoKey]; ok {
		if glossary && k != "" && !p.glossShown[lang+":"+k] {
			p.display[lang+":"+k], p.glossShown[lang+":"+k] = surface, true
		}
		return k, k != ""
	}
	ts := terms.Terms(surface, lang)
	k := ""
	if len(ts) > 0 && len(ts) <= maxKeyWords {
		k = strings.Join(ts, " ")
	}
	p.memo[memoKey] = k
	if k != "" {
		d := lang + ":" + k
		// The glossary's own spelling is shown; else the plainest form.
		if cur, ok := p.display[d]; !ok || (!p.glossShown[d] && (glossary || better(surface, cur))) {
			p.display[d] = surface
			p.glossShown[d] = glossary
		}
	}
	return k, k != ""
}

// better prefers lower-case, shorter surface forms to show.
func better(a, b string) bool {
	la, lb := a == strings.ToLower(a), b == strings.ToLower(b)
	if la != lb {
		return la
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

func (p *pairs) add(en, fr string, score float64, glossary bool) {
	ek, ok1 := p.key("en", en, glossary)
	fk, ok2 := p.key("fr", fr, glossary)
	if !ok1 || !ok2 {
		return
	}
	k := [2]string{ek, fk}
	if glossary {
		// Forms of one glossary line that share a stem (chômeur,
		// chômeurs) are one translation, not several votes.
		p.glossed[k] = true
		p.score[k] = max(p.score[k], score)
		return
	}
	p.score[k] += score
}

// rankWeight gives the i-th of n translations of an entry its share: the
// first sense counts most, and a word with many translations spreads its
// evidence over them.
func rankWeight(i, n int) float64 {
	return 1 / (float64(i+1) * math.Sqrt(float64(n)))
}

// Load builds the lexicon from the embedded glossary and whatever FreeDict
// files are under opts.Dir. Missing or unreadable files are reported in
// Sources and skipped, never an error: the glossary and cognates still
// translate.
func Load(opts Options) *Lexicon {
	dir := opts.Dir
	if dir == "" {
		dir = DefaultDir
	}
	if opts.CacheDir == "" {
		return build(dir, opts)
	}
	path, key := filepath.Join(opts.CacheDir, cacheFile), cacheKey(dir, opts)
	if l, err := readCache(path, key); err == nil {
		l.warn(dir, opts.Logger)
		return l
	}
	l := build(dir, opts)
	if err := writeCache(path, key, l); err != nil && opts.Logger != nil {
		opts.Logger.Warn("cross-lingual lexicon cache not written", "path", path, "err", err)
	}
	return l
}

func build(dir string, opts Options) *Lexicon {
	p := &pairs{score: map[[2]string]float64{}, glossed: map[[2]string]bool{}, display: map[string]string{}, glossShown: map[string]bool{}, memo: map[string]string{}}
	var sources []Source

	n := loadGlossary(p, glossaryTSV) + loadGlossary(p, everydayTSV)
	sources = append(sources, Source{Name: "glossary", Pairs: n, Loaded: true})

	read := func(name string, glossed bool, keep func(string) bool, fn func(Entry) int) Source {
		s := Source{Name: "freedict-" + name}
		err := ReadDictdFiles(filepath.Join(dir, "freedict-"+name), glossed, keep, func(e Entry) { s.Pairs += fn(e) })
		if err != nil {
			s.Problem = err.Error()
			if errors.Is(err, os.ErrNotExist) {
				s.Problem = "not installed (" + filepath.Join(dir, "freedict-"+name) + ".index)"
			}
		} else {
			s.Loaded = true
		}
		return s
	}
	direct := func(enFirst bool) func(Entry) int {
		return func(e Entry) int {
			for i, t := range e.Translations {
				w := directScore * rankWeight(i, len(e.Translations))
				if enFirst {
					p.add(e.Head, t, w, false)
				} else {
					p.add(t, e.Head, w, false)
				}
			}
			return len(e.Translations)
		}
	}
	sources = append(sources, read("eng-fra", false, nil, direct(true)))
	sources = append(sources, read("fra-eng", false, nil, direct(false)))
	if !opts.NoPivot {
		sources = append(sources, loadPivot(dir, p, read)...)
	}
	l := p.build()
	l.sources = sources
	l.forms = p.forms()
	l.warn(dir, opts.Logger)
	return l
}

// warn logs every source that did not load, and loudly when none did: the
// quality of cross-lingual search falls to the glossary's.
func (l *Lexicon) warn(dir string, log *slog.Logger) {
	if log == nil {
		return
	}
	for _, s := range l.sources {
		if !s.Loaded {
			log.Warn("cross-lingual lexicon source skipped", "source", s.Name, "problem", s.Problem)
		}
	}
	if l.Degraded() {
		log.Warn("no FreeDict dictionary found: cross-lingual search uses the glossary and cognates only; install dict-freedict-eng-fra and dict-freedict-fra-eng (and the -deu pivot packages) or point --dictionaries at them", "dir", dir)
	}
}

// loadPivot composes EN→DE→FR paths: German words that both an EN↔DE and
// a DE↔FR dictionary know link their English and French sides. Only the
// German words of the DE↔FR dictionaries are kept from the EN↔DE ones,
// which are ten times larger.
func loadPivot(dir string, p *pairs, read func(string, bool, func(string) bool, func(Entry) int) Source) []Source {
	deFr := map[string]map[string]float64{} // german → french surface → score
	addDeFr := func(de, fr string, w float64) {
		de = strings.ToLower(de)
		m := deFr[de]
		if m == nil {
			m = map[string]float64{}
			deFr[de] = m
		}
		m[fr] += w
	}
	var out []Source
	out = append(out, read("deu-fra", true, nil, func(e Entry) int {
		for i, t := range e.Translations {
			addDeFr(e.Head, t, rankWeight(i, len(e.Translations)))
		}
		return len(e.Translations)
	}))
	out = append(out, read("fra-deu", true, nil, func(e Entry) int {
		for i, t := range e.Translations {
			addDeFr(t, e.Head, rankWeight(i, len(e.Translations)))
		}
		return len(e.Translations)
	}))
	if len(deFr) == 0 {
		return out
	}
	enDe := map[string]map[string]float64{} // german → english surface → score
	addEnDe := func(en, de string, w float64) bool {
		de = strings.ToLower(de)
		if _, ok := deFr[de]; !ok {
			return false
		}
		m := enDe[de]
		if m == nil {
			m = map[string]float64{}
			enDe[de] = m
		}
		m[en] += w
		return true
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := make([]Source, 2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		results[0] = read("eng-deu", false, nil, func(e Entry) int {
			mu.Lock()
			defer mu.Unlock()
			n := 0
			for i, t := range e.Translations {
				if addEnDe(e.Head, t, rankWeight(i, len(e.Translations))) {
					n++
				}
			}
			return n
		})
	}()
	go func() {
		defer wg.Done()
		keep := func(h string) bool { _, ok := deFr[strings.ToLower(h)]; return ok }
		results[1] = read("deu-eng", false, keep, func(e Entry) int {
			mu.Lock()
			defer mu.Unlock()
			n := 0
			for i, t := range e.Translations {
				if addEnDe(t, e.Head, rankWeight(i, len(e.Translations))) {
					n++
				}
			}
			return n
		})
	}()
	wg.Wait()
	out = append(out, results...)
	for de, ens := range enDe {
		frs := deFr[de]
		// A German word with many senses on either side is a weak link.
		fan := math.Sqrt(float64(len(ens) * len(frs)))
		for en, a := range ens {
			for fr, b := range frs {
				p.add(en, fr, pivotScore*min(a, 1)*min(b, 1)/fan, false)
			}
		}
	}
	return out
}

// loadGlossary reads the embedded glossary: English, tab, French, each side
// possibly several forms separated by "|", # comments.
func loadGlossary(p *pairs, tsv string) int {
	n := 0
	for _, line := range strings.Split(tsv, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		en, fr, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		ens, frs := strings.Split(en, "|"), strings.Split(strings.TrimSpace(fr), "|")
		for i, e := range ens {
			for j, f := range frs {
				// The first form of each side is the main one.
				w := glossaryScore / float64(1+i+j)
				p.add(strings.TrimSpace(e), strings.TrimSpace(f), w, true)
				n++
			}
		}
	}
	return n
}

// forms gathers the inflected forms of both languages: the tables we wrote
// and, for French, the regular conjugation of every -er and -ir infinitive
// the lexicon holds.
func (p *pairs) forms() map[string]*forms {
	fr, en := newForms(), newForms()
	fr.loadTable("fr", verbsFR)
	en.loadTable("en", verbsEN)
	for k, surface := range p.display {
		if !strings.HasPrefix(k, "fr:") || strings.Contains(surface, " ") {
			continue
		}
		if _, irregular := fr.of[k[3:]]; !irregular {
			fr.conjugate(strings.ToLower(surface))
		}
	}
	return map[string]*forms{"fr": fr, "en": en}
}

type scored struct {
	key   string
	score float64
	gloss bool
}

// build keeps each key's best candidates in both directions, the
// glossary's first, weights scaled so the best is 1.
func (p *pairs) build() *Lexicon {
	fwd := map[string][]scored{} // en key → fr
	bwd := map[string][]scored{} // fr key → en
	for k, s := range p.score {
		g := p.glossed[k]
		fwd[k[0]] = append(fwd[k[0]], scored{k[1], s, g})
		bwd[k[1]] = append(bwd[k[1]], scored{k[0], s, g})
	}
	l := &Lexicon{dirs: map[string]map[string][]Candidate{
		"en": finish(fwd, p.display, "fr"),
		"fr": finish(bwd, p.display, "en"),
	}}
	return l
}

func finish(m map[string][]scored, display map[string]string, target string) map[string][]Candidate {
	out := make(map[string][]Candidate, len(m))
	for k, cs := range m {
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].gloss != cs[j].gloss {
				return cs[i].gloss
			}
			if cs[i].score != cs[j].score {
				return cs[i].score > cs[j].score
			}
			return cs[i].key < cs[j].key
		})
		if len(cs) > maxCandidates {
			cs = cs[:maxCandidates]
		}
		best := cs[0].score
		list := make([]Candidate, 0, len(cs))
		for _, c := range cs {
			w := c.score / best
			if cs[0].gloss && !c.gloss {
				w = min(w, 0.5) // the glossary outranks the dictionaries
			}
			if w < 0.05 {
				continue
			}
			list = append(list, Candidate{Key: c.key, Display: display[target+":"+c.key], Weight: float32(w)})
		}
		out[k] = list
	}
	return out
}

// String describes the lexicon in one line, for logs.
func (l *Lexicon) String() string {
	var loaded []string
	for _, s := range l.sources {
		if s.Loaded {
			loaded = append(loaded, fmt.Sprintf("%s (%d)", s.Name, s.Pairs))
		}
	}
	return fmt.Sprintf("en→fr %d keys, fr→en %d keys from %s", len(l.dirs["en"]), len(l.dirs["fr"]), strings.Join(loaded, ", "))
}
