package bleveindex

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	bleveapi "github.com/blevesearch/bleve_index_api"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// Forgiving search (index.Query.Typos and Prefix), measured with
// tools/evalsearch (docs/quality.md, "Forgiving search").
//
// A word is corrected only when no language's fields hold it (nor does the
// translator know it), or when they hold it in at most rareDocs documents
// and a word one typo away is in rareRatio times more: a query whose words
// all exist is searched as before, so fuzziness costs nothing where it is
// not needed. The candidates are the terms of the index's own vocabulary
// (per language, as its analyzer stems and folds them, so an accent is
// never a typo) within index.MaxTypos edits; of those at the smallest
// distance, the commonest is searched at full weight and the others at the
// square root of their share of its documents, so a rare neighbour ("macon"
// next to "macron") adds little.
const (
	rareDocs       = 10
	rareRatio      = 50
	minCandidate   = 0.25 // weight under which a candidate is left out
	maxCandidates  = 3
	rareExactShare = 0.5 // weight of a correction next to the word as typed
	// Completions of the last word (Query.Prefix): the likeliest
	// maxCompletions terms that start with it (completionsPerLetter per
	// letter typed below that: a one-letter prefix ORs two of the
	// commonest words, not eight), each weighed by its share of the
	// documents of the likeliest of any language (a share, not its square
	// root: the results follow the word most likely meant), and judged
	// beside the query's other words when there are some (complete); the
	// word itself, when the index has it, weighs 1 and the completions at
	// most completionWeight, so a whole word ranks first. Letters that are
	// no whole word are searched as their likeliest completion alone, as
	// if that word had been typed: the others are only shown.
	maxCompletions       = 4
	completionsPerLetter = 2
	// wholeRatio: the typed letters are a whole word, ranked first, when
	// the index holds them as a term in at least 1/wholeRatio as many
	// documents as their commonest completion ("darman", in a few
	// documents, is the start of "darmanin"), and when it is the
	// likeliest reading of any language (complete).
	wholeRatio = 5
	// accentDrop weighs a reading of letters typed without the accents
	// its language writes there ("decisio" as "décision"): people who
	// type a language's accents are likelier than those who drop them.
	accentDrop       = 0.5
	completionWeight = 0.7
	minCompletion    = 0.2
	shownCompletions = 3
	// maxSpelled bounds the candidates of one word whose documents are
	// read for their spelling.
	maxSpelled = 6
	// maxCorrected bounds the words of one query looked for corrections
	// (a few milliseconds each): a pasted paragraph full of words the
	// index lacks is not worth a second.
	maxCorrected = 8
)

// forgiveness is what typos and prefix made of a query's clauses: the
// terms each rewritten word is searched as, per language field, keyed by
// clause and by the word's byte offset in the rewritten clause text.
type forgiveness struct {
	expand      map[int]map[int]map[string][]groupMember
	corrections []index.Correction
	searched    []map[string][]groupMember // by correction: its terms per language
	suggestion  string
	rewritten   string
	weighed     bool // a correction read the query's languages' weights
}

func (f *forgiveness) empty() bool { return f == nil || len(f.expand) == 0 }

func (f *forgiveness) weighsLangs() bool { return f != nil && f.weighed }

func (f *forgiveness) at(clause, start int, lang string) []groupMember {
	if f == nil {
		return nil
	}
	return f.expand[clause][start][lang]
}

func (f *forgiveness) set(clause, start int, lang string, ms []groupMember) {
	if f.expand[clause] == nil {
		f.expand[clause] = map[int]map[string][]groupMember{}
	}
	if f.expand[clause][start] == nil {
		f.expand[clause][start] = map[string][]groupMember{}
	}
	f.expand[clause][start][lang] = ms
}

// candidate is a term of one language's vocabulary close to a query word.
type candidate struct {
	term string
	dist int
	df   int
	mass float64 // df weighed as the reading a person most likely means
	word string  // a word one edit from the typed one that the analyzer makes term of, if found so
}

// forgive corrects the words of clauses the index lacks and completes the
// last one, as q asks. It returns the clauses with each such word replaced
// by its likeliest correction or completion (what translation and
// proximity then read), and the terms every replaced word is searched as.
func (x *Index) forgive(ctx context.Context, q index.Query, clauses []index.Clause) ([]index.Clause, *forgiveness, error) {
	v, err := x.openVocabulary()
	if err != nil {
		return nil, nil, err
	}
	defer v.close()
	langs := translatable
	if q.TextLang != "" {
		langs = []string{suffix(q.TextLang)}
	}
	counts := map[string]func(string) int{}
	for _, sfx := range langSuffixes {
		counts[sfx] = v.count(ctx, sfx)
	}
	f := &forgiveness{expand: map[int]map[int]map[string][]groupMember{}}
	last := -1 // the clause whose last word is a prefix
	if q.Prefix && len(clauses) > 0 && !endsInSpace(q.Text) {
		if c := clauses[len(clauses)-1]; c.Occur != index.MustNot && !c.Phrase {
			last = len(clauses) - 1
		}
	}
	type fix struct {
		typed, as string
		typo      bool
		shownOnly bool // in the suggestion only: searched, and read for its language, as typed
	}
	var fixes []fix
	tried := 0
	var context map[string]completionContext
	if last >= 0 {
		context = contextOf(clauses, last, langs)
	}
	out := make([]index.Clause, len(clauses))
	for ci, c := range clauses {
		out[ci] = c
		if c.Occur == index.MustNot {
			continue
		}
		words := terms.Analyzer("").Analyze([]byte(c.Text))
		var b strings.Builder
		done := 0
		for wi, tk := range words {
			typed := c.Text[tk.Start:tk.End]
			var as string
			var ms map[string][]groupMember
			kind := index.CorrectionTypo
			var spelled map[string]map[string]string
			read := false // as is the word's reading, searched as if typed
			if ci == last && wi == len(words)-1 {
				kind = index.CorrectionPrefix
				// "l'éco": the word is what follows the elision.
				word := unelided(typed)
				if as, ms, spelled, read = v.complete(ctx, word, langs, counts, context); as != "" {
					as = typed[:len(typed)-len(word)] + as
				}
			} else if q.Typos && tried < maxCorrected {
				var looked bool
				as, ms, looked = v.correct(ctx, q, typed, langs, counts)
				if looked {
					tried++
				}
				if as == "" && !looked {
					// Searched as typed, and shown as documents spell it.
					if w := v.respell(ctx, typed, langs, counts); w != "" {
						f.corrections = append(f.corrections, index.Correction{Word: typed, Kind: kind, As: []string{w}})
						f.searched = append(f.searched, nil)
						fixes = append(fixes, fix{typed, w, true, true})
					}
				}
			}
			if as == "" {
				continue
			}
			b.WriteString(c.Text[done:tk.Start])
			start := b.Len()
			b.WriteString(as)
			done = tk.End
			if !read {
				for lang, m := range ms {
					f.set(ci, start, lang, m)
				}
			}
			f.corrections = append(f.corrections, index.Correction{Word: typed, Kind: kind, As: shown(ctx, v, ms, spelled, as, kind)})
			f.searched = append(f.searched, ms)
			fixes = append(fixes, fix{typed, as, kind == index.CorrectionTypo, false})
		}
		if done > 0 {
			b.WriteString(c.Text[done:])
			out[ci].Text = b.String()
		}
	}
	// The suggestion is the query as typed, syntax and all, with each
	// corrected word replaced where it stands; the rewritten query has the
	// completion too.
	replace := func(typos bool) string {
		var b strings.Builder
		rest := q.Text
		for _, fx := range fixes {
			i := strings.Index(rest, fx.typed)
			if i < 0 || typos && !fx.typo || !typos && fx.shownOnly {
				continue
			}
			b.WriteString(rest[:i])
			b.WriteString(fx.as)
			rest = rest[i+len(fx.typed):]
		}
		b.WriteString(rest)
		return b.String()
	}
	if slices.ContainsFunc(fixes, func(fx fix) bool { return !fx.shownOnly }) {
		f.rewritten = replace(false)
	}
	if slices.ContainsFunc(fixes, func(fx fix) bool { return fx.typo }) {
		f.suggestion = replace(true)
	}
	f.weighed = v.weighed
	return out, f, nil
}

// completionContext is what a completion is judged beside, in one
// language: the terms of the query's other words, and the term of the word
// right before the one being typed, if any ("last" of "last mont").
type completionContext struct {
	terms  []string
	before string
}

// contextOf returns, per language, the context of the last word of clause
// last.
func contextOf(clauses []index.Clause, last int, langs []string) map[string]completionContext {
	var b strings.Builder
	before := ""
	for ci, c := range clauses {
		if c.Occur == index.MustNot {
			continue
		}
		text := c.Text
		if ci == last {
			words := terms.Analyzer("").Analyze([]byte(text))
			if len(words) == 0 {
				continue
			}
			text = text[:words[len(words)-1].Start]
			if len(words) > 1 {
				before = text[words[len(words)-2].Start:words[len(words)-2].End]
			}
		}
		b.WriteString(text)
		b.WriteByte(' ')
	}
	out := map[string]completionContext{}
	for _, lang := range langs {
		ts := terms.Terms(b.String(), analyzerLang(lang))
		slices.Sort(ts)
		cc := completionContext{terms: slices.Compact(ts)}
		if bt := terms.Terms(before, analyzerLang(lang)); len(bt) == 1 {
			cc.before = bt[0]
		}
		out[lang] = cc
	}
	return out
}

func endsInSpace(s string) bool {
	return s != "" && strings.LastIndexFunc(s, unicode.IsSpace) == len(s)-1
}

// shown lists what a word was searched as, for the response: the
// rewritten word first, then the completions as documents spell them.
func shown(ctx context.Context, v *vocabulary, ms map[string][]groupMember, spelled map[string]map[string]string, as, kind string) []string {
	out := []string{as}
	if kind != index.CorrectionPrefix {
		return out
	}
	for _, lang := range translatable {
		for _, m := range ms[lang] {
			if len(out) >= shownCompletions {
				return out
			}
			if w := v.writtenAs(ctx, spelled, lang, m.term); !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// foldWord is a word as the vocabulary is compared with: lowercase,
// without accents.
func foldWord(w string) string { return strings.ToLower(terms.Fold(w)) }

func analyzerLang(sfx string) string {
	if sfx == "xx" {
		return ""
	}
	return sfx
}

// correct returns the likeliest correction of a typed word and the terms
// it is searched as per language, or "" when the word is taken as typed.
// looked tells whether candidates were looked for (the word is not one
// the index holds).
func (v *vocabulary) correct(ctx context.Context, q index.Query, typed string, langs []string, counts map[string]func(string) int) (as string, ms map[string][]groupMember, looked bool) {
	fw := foldWord(typed)
	budget := index.MaxTypos(index.Letters(fw))
	if budget == 0 || strings.IndexFunc(fw, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return "", nil, false
	}
	// The document frequency of the word as typed, in the language that
	// has it most; a stop word is a word.
	known := 0
	for _, sfx := range langSuffixes {
		ts := terms.Terms(typed, analyzerLang(sfx))
		if len(ts) == 0 {
			return "", nil, false
		}
		if len(ts) == 1 {
			known = max(known, counts[sfx](ts[0]))
		}
	}
	if known > rareDocs {
		return "", nil, false
	}
	// A word the translator knows, of the other language's dictionary,
	// is no typo ("unemployment" in a French index) unless a neighbour is
	// far commoner than its translations: a cognate rule's guess held by
	// one document does not make "treasurey" a word.
	if known == 0 && q.Translator != nil {
		known = translated(q, typed, counts)
	}
	var best spelling
	ms = map[string][]groupMember{}
	for _, lang := range langs {
		ts := terms.Terms(typed, analyzerLang(lang))
		if len(ts) != 1 {
			continue
		}
		t := ts[0]
		df := counts[lang](t)
		cands := v.fuzzy(ctx, lang, t, counts[lang])
		// Spelling a candidate reads documents: only the likeliest are,
		// those whose term is nearest to the start of the typed word of
		// its length ("senateur" is one edit from "senatuer", "statu"
		// three from "senat").
		slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(startDistance(fw, a.term), startDistance(fw, b.term)) })
		cands = cands[:min(len(cands), maxSpelled)]
		// A stem shorter than the typed word by more than the typos
		// ("confin" for "confinemnet") is found as a start of it.
		for n := len(fw) - 1; n >= max(3, len(fw)-6) && len(cands) < maxSpelled+2; n-- {
			if utf8.RuneStart(fw[n]) && fw[:n] != t && !slices.ContainsFunc(cands, func(c candidate) bool { return c.term == fw[:n] }) {
				if df := counts[lang](fw[:n]); df > 0 {
					cands = append(cands, candidate{term: fw[:n], dist: len(fw) - n, df: df})
				}
			}
		}
		// The stem hides how far the words are ("virtualsation" is two
		// edits from "virtuel" in French, the stem of "virtualisation"):
		// each candidate is judged by its spelling nearest to the typed
		// word.
		lw := 1.0
		if q.TextLang == "" {
			v.weighed = true
			if w, ok := q.LangWeights[lang]; ok {
				lw = max(w, 0.05)
			}
		}
		spells := make([]spelling, 0, len(cands))
		spellAll := func() {
			for _, c := range cands[len(spells):] {
				sp := v.spell(ctx, lang, fw, t, c)
				sp.likely = float64(sp.df) * lw
				spells = append(spells, sp)
			}
		}
		spellAll()
		if !slices.ContainsFunc(spells, func(sp spelling) bool { return sp.dist <= budget }) {
			// The stems may hide a near word altogether ("pandmic" is
			// "pandmic", "pandemic" is "pandem"): the words one edit
			// away, as the analyzer stems them.
			cands = append(cands, v.edits(fw, t, lang, counts[lang])...)
			spellAll()
		}
		if len(spells) == 0 {
			continue
		}
		var order []int
		for i, sp := range spells {
			if sp.dist <= budget {
				order = append(order, i)
			}
		}
		if len(order) == 0 {
			continue
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(spells[b].score(), spells[a].score()) })
		first := spells[order[0]]
		if known > 0 && first.df < rareRatio*known {
			continue
		}
		var members []groupMember
		if df > 0 {
			// A rare word that exists: its own documents first.
			members = append(members, groupMember{term: t, weight: 1})
		}
		for _, i := range order {
			sp := spells[i]
			w := min(math.Sqrt(float64(sp.df)/float64(first.df)), 1)
			if sp.dist > first.dist {
				w /= 2
			}
			if len(members) == maxCandidates {
				break
			}
			if w < minCandidate || slices.ContainsFunc(members, func(m groupMember) bool { return m.term == cands[i].term }) {
				continue
			}
			if df > 0 {
				w *= rareExactShare
			}
			members = append(members, groupMember{term: cands[i].term, weight: w})
		}
		ms[lang] = members
		if best.word == "" || first.score() > best.score() {
			best = first
		}
	}
	if best.word == "" {
		return "", nil, true
	}
	return best.word, ms, true
}

// respell returns how documents write a common word that no document
// writes as typed, when the two differ only by a doubled letter
// ("Marseile", "chômmage", "Darmannin"), or "". The light stemmers
// collapse doubled letters, so such a typo is the right term and is
// searched right, yet the person never sees the spelling: the documents'
// spelling is the suggestion, the search stays as typed (a rewritten word
// would be read for its language and translated anew, against a language
// detected on the word as typed). Words that differ
// otherwise ("construites" where documents write "construite") are words
// of their own and stay as typed.
func (v *vocabulary) respell(ctx context.Context, typed string, langs []string, counts map[string]func(string) int) string {
	fw := foldWord(typed)
	if index.MaxTypos(index.Letters(fw)) == 0 {
		return ""
	}
	single := undoubled(fw)
	for _, lang := range langs {
		ts := terms.Terms(typed, analyzerLang(lang))
		if len(ts) != 1 || ts[0] == fw || counts[lang](ts[0]) <= rareDocs || v.writes(lang, fw) {
			continue
		}
		if w := v.commonest(ctx, lang, ts[0], func(w string) bool {
			f := foldWord(w)
			return f != fw && undoubled(f) == single
		}); w != "" {
			return w
		}
		if n := commonPrefix(fw, ts[0]); n >= 3 {
			// The first documents write the term otherwise: the word
			// list has every word written as it.
			listed := map[string]int{}
			for _, t := range v.words {
				t.starting(lang, fw[:n], maxListed, func(w word) {
					if w.term == ts[0] && w.key != fw && undoubled(w.key) == single {
						listed[w.written]++
					}
				})
			}
			if w := mostSeen(listed); w != "" {
				return w
			}
		}
	}
	return ""
}

// undoubled is a word with each run of one letter written once.
func undoubled(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i > 0 && r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// commonPrefix returns the length in bytes of the longest common prefix of
// a and b, cut at a rune boundary.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return n
}

// startDistance is the typo distance between term and the start of the
// typed word fw of about term's length (one letter more or less).
func startDistance(fw, term string) int {
	w, n := []rune(fw), utf8.RuneCountInString(term)
	d := math.MaxInt
	for l := max(n-1, 1); l <= min(n+1, len(w)); l++ {
		d = min(d, index.TypoDistance(string(w[:l]), term))
	}
	return d
}

// spelling is a word a corrected term may be written as.
type spelling struct {
	word string
	dist int  // edits from the typed word
	real bool // seen in a document, not made up from the typed word
	df   int
	// likely is df weighed by how much the query looks like the
	// candidate's language.
	likely float64
}

// editCost is what one more edit costs a candidate, against the log of
// its documents: a word two edits away must be about fifty times as common
// as one a single edit away to be preferred ("gouvernmnet" is one edit
// from "gouvernment", a typo of one document, and two from
// "gouvernement").
var editCost = math.Log(50)

// score ranks the candidates of a typed word: common, near, and written
// so by documents (a spelling made up from the typed word costs half an
// edit).
func (s spelling) score() float64 {
	sc := math.Log1p(s.likely) - editCost*float64(s.dist)
	if !s.real {
		sc -= editCost / 2
	}
	return sc
}

// better prefers the nearest spelling to what was typed, then a word that
// documents write, then the commonest term.
func (s spelling) better(o spelling) bool {
	if s.dist != o.dist {
		return s.dist < o.dist
	}
	if s.real != o.real {
		return s.real
	}
	return s.likely > o.likely
}

// spell turns a corrected term back into the word nearest to the typed
// one: how documents holding the term write it ("kubernet" is written
// "kubernetes"), or, when none writes it within the typos allowed, the
// typed word with its stem replaced when the analyzer agrees
// ("virtualsation", stem "virtuals", becomes "virtualisation" for
// "virtualis").
func (v *vocabulary) spell(ctx context.Context, lang, fw, stem string, c candidate) spelling {
	best := spelling{word: c.term, dist: index.TypoDistance(fw, c.term) + 1, df: c.df}
	try := func(w string, real bool) {
		if sp := (spelling{word: w, dist: index.TypoDistance(fw, foldWord(w)), real: real, df: c.df}); sp.better(best) {
			best = sp
		}
	}
	for _, w := range v.surfaces(ctx, lang, c.term, surfaceDocs) {
		try(w, true)
	}
	// The first documents write the term's commonest forms; the word list
	// has every form a document writes ("virtualization" of "virtual").
	for _, t := range v.words {
		t.starting(lang, c.term, maxListed, func(w word) {
			if w.term == c.term {
				try(w.written, true)
			}
		})
	}
	if best.real && best.dist <= index.MaxTypos(index.Letters(fw)) {
		// A word documents write, within the typos allowed, is shown
		// rather than one made up from the typed word that the analyzer
		// happens to stem alike ("virtualation" for "virtualsation").
		return best
	}
	if c.word != "" {
		try(c.word, false)
	}
	an := analyzerLang(lang)
	if rest, ok := strings.CutPrefix(fw, stem); ok {
		if w := c.term + rest; slices.Equal(terms.Terms(w, an), []string{c.term}) {
			try(w, false)
		}
	}
	return best
}

// maxEdits bounds the words one edit away kept as candidates, the
// commonest.
const maxEdits = 4

// edits returns the terms of lang that the words one edit from fw (a
// letter deleted, added, changed, or two swapped; a-z only) stem to, other
// than stem, commonest first.
func (v *vocabulary) edits(fw, stem, lang string, count func(string) int) []candidate {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	w := []rune(fw)
	an := analyzerLang(lang)
	found := map[string]candidate{}
	try := func(variant []rune) {
		s := string(variant)
		ts := terms.Terms(s, an)
		if len(ts) != 1 || ts[0] == stem {
			return
		}
		if _, ok := found[ts[0]]; ok {
			return
		}
		if df := count(ts[0]); df > 0 {
			found[ts[0]] = candidate{term: ts[0], dist: 1, df: df, word: s}
		}
	}
	buf := make([]rune, 0, len(w)+1)
	// The first letter is kept: a typo there counts twice (TypoDistance).
	for i := 1; i <= len(w); i++ {
		if i < len(w) {
			try(append(append(buf[:0], w[:i]...), w[i+1:]...)) // deletion
			if i+1 < len(w) {
				t := append(append(buf[:0], w[:i]...), w[i+1], w[i])
				try(append(t, w[i+2:]...)) // transposition
			}
		}
		for _, r := range letters {
			if i < len(w) && r != w[i] {
				t := append(append(buf[:0], w[:i]...), r)
				try(append(t, w[i+1:]...)) // substitution
			}
			t := append(append(buf[:0], w[:i]...), r)
			try(append(t, w[i:]...)) // insertion
		}
	}
	out := make([]candidate, 0, len(found))
	for _, c := range found {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.df != b.df {
			return cmp.Compare(b.df, a.df)
		}
		return strings.Compare(a.term, b.term)
	})
	return out[:min(len(out), maxEdits)]
}

// translated returns the document frequency of the commonest translation
// of word that the index holds, from a language the query may be in, or 0.
func translated(q index.Query, word string, counts map[string]func(string) int) int {
	df := 0
	srcs := translatable
	if slices.Contains(translatable, q.TextLang) {
		srcs = []string{q.TextLang}
	}
	for _, src := range srcs {
		for _, to := range translatable {
			if to == src {
				continue
			}
			for _, g := range q.Translator.Translate(word, src, to, counts[to]) {
				for _, t := range g.Terms {
					df = max(df, counts[to](t.Term))
				}
			}
		}
	}
	return df
}

// fuzzy returns the terms of lang's body field within two typos of term
// (index.TypoDistance), nearest first, then commonest. It asks for two
// whatever the word's budget: the stems may be further apart than the
// words ("senatuer" and "senateu" for "sénatuer" and "sénateur"), whose
// distance spell then measures; and Bleve's automaton counts a
// transposition as two edits.
func (v *vocabulary) fuzzy(ctx context.Context, lang, term string, count func(string) int) []candidate {
	const fuzziness = 2
	seen := map[string]bool{term: true}
	var out []candidate
	for _, r := range v.readers {
		fr, ok := r.(bleveapi.IndexReaderFuzzy)
		if !ok {
			continue
		}
		dict, err := fr.FieldDictFuzzy(bodyField(lang), term, fuzziness, "")
		eachTerm(dict, err, func(e *bleveapi.DictEntry) {
			if seen[e.Term] || !isWord(e.Term) {
				return
			}
			seen[e.Term] = true
			if d := index.TypoDistance(term, e.Term); d <= fuzziness {
				out = append(out, candidate{term: e.Term, dist: d})
			}
		})
	}
	if len(out) == 0 {
		return nil
	}
	for i := range out {
		out[i].df = count(out[i].term)
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.dist != b.dist {
			return cmp.Compare(a.dist, b.dist)
		}
		if a.df != b.df {
			return cmp.Compare(b.df, a.df)
		}
		return strings.Compare(a.term, b.term)
	})
	return out
}

// complete returns the likeliest completion of the word being typed, the
// terms it is searched as per language, and how documents spell those
// terms (per language, term → word). context holds, per language, the
// terms of the query's other words: with them, a completion is judged by
// how many documents hold it beside them ("last mont" is "last month",
// not "mont"), without them by how many documents hold it.
//
// read reports that the letters typed are no whole word and the
// completion returned is their reading: the query is then searched as if
// that word had been typed, the other completions left out ("lon" finds
// what "long" finds, not also the articles that write "longtemps" ten
// times). P@10 against the word meant is a mix of each reading's share
// of the results, so no mix of readings does better than the likeliest
// alone; a whole word typed is searched first and its completions beside
// it, since the person may be typing on.
func (v *vocabulary) complete(ctx context.Context, typed string, langs []string, counts map[string]func(string) int, context map[string]completionContext) (as string, ms map[string][]groupMember, spelled map[string]map[string]string, read bool) {
	fw := foldWord(typed)
	if fw == "" {
		return "", nil, nil, false
	}
	withContext := false
	for _, lang := range langs {
		withContext = withContext || len(context[lang].terms) > 0
	}
	limit := min(maxCompletions, completionsPerLetter*index.Letters(fw))
	type side struct {
		lang  string
		exact candidate // the word typed so far, when it is a whole word
		cands []candidate
	}
	var sides []side
	spelled = map[string]map[string]string{}
	priors := v.priors.weights(ctx, v.readers, v.open)
	accented := fw != strings.ToLower(typed)
	for _, lang := range langs {
		if accented && unaccented[lang] {
			// "rép" is not the start of an English word.
			continue
		}
		stem, df := "", 0
		if ts := terms.Terms(typed, analyzerLang(lang)); len(ts) == 1 {
			stem, df = ts[0], counts[lang](ts[0])
		}
		pool := limit
		if withContext {
			pool = contextPool
		}
		// heads: the terms of the listed words starting with the letters,
		// true where every such word has an accent in them.
		cands, spell, heads := v.completions(lang, fw, stem, counts[lang], pool)
		spelled[lang] = spell
		s := side{lang: lang}
		whole := df > 0 && (v.writes(lang, fw) || stem == fw && v.writtenAsIs(ctx, lang, fw))
		switch {
		case df == 0:
		case whole:
			s.exact = candidate{term: stem, df: df}
		default:
			// Words that start with the typed letters often stem
			// shorter or otherwise: "policiers" is "polici", which no
			// term starting with "policie" is, and "puissance"
			// "puisanc". completions skips the stem, so it goes in here,
			// when a word starting with the letters is indexed as it:
			// "highe" stems to "high", but "higher" is no "high".
			if _, listed := heads[stem]; listed && !slices.ContainsFunc(cands, func(c candidate) bool { return c.term == stem }) {
				cands = append(cands, candidate{term: stem, df: df})
			}
		}
		if withContext {
			all := append(slices.Clone(cands), s.exact)
			co := v.cooccur(ctx, lang, context[lang], all)
			for i := range cands {
				cands[i].df = co[i]
			}
			s.exact.df = co[len(cands)]
		}
		prior, ok := priors[lang]
		if !ok {
			prior = 1
		}
		for i := range cands {
			cands[i].mass = float64(cands[i].df) * prior
		}
		s.exact.mass = float64(s.exact.df) * prior
		if !accented && !unaccented[lang] {
			// "decisio" is typed as the English word is written: the
			// French one is "décision".
			for i := range cands {
				if heads[cands[i].term] {
					cands[i].mass *= accentDrop
				}
			}
		}
		slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.mass, a.mass) })
		s.cands = cands
		sides = append(sides, s)
	}
	if withContext && !slices.ContainsFunc(sides, func(s side) bool {
		return s.exact.df > 0 || len(s.cands) > 0 && s.cands[0].df > 0
	}) {
		// No completion stands beside the other words anywhere: judge
		// them alone.
		return v.complete(ctx, typed, langs, counts, nil)
	}
	// Each completion weighs its share of the likeliest of any language:
	// the results follow the word the person most likely means.
	top := 0.0
	for _, s := range sides {
		if len(s.cands) > 0 {
			top = max(top, s.cands[0].mass)
		}
	}
	ms = map[string][]groupMember{}
	var (
		best     candidate
		bestLang string
		whole    bool
	)
	for _, s := range sides {
		var members []groupMember
		// The word typed so far is a whole word when documents write it
		// and it is not a rare fragment of a common word ("coronavi" of
		// "coronavirus").
		langTop := 0
		if len(s.cands) > 0 {
			langTop = s.cands[0].df
		}
		// It must also be the likeliest reading of any language: "fou"
		// is the start of "four" where "four" is written far more.
		exact := s.exact.df > 0 && s.exact.df*wholeRatio >= langTop && s.exact.mass >= top
		if exact {
			members = append(members, groupMember{term: s.exact.term, weight: 1})
		}
		kept, most := 0, len(s.cands)
		if withContext {
			most = limit
		}
		for _, c := range s.cands {
			w := c.mass / max(top, 1e-9)
			if kept == most || w < minCompletion {
				break
			}
			if exact {
				w *= completionWeight
			}
			members = append(members, groupMember{term: c.term, weight: w})
			kept++
		}
		if len(members) == 0 {
			continue
		}
		ms[s.lang] = members
		whole = whole || exact
		if len(s.cands) > 0 && s.cands[0].mass > best.mass {
			best, bestLang = s.cands[0], s.lang
		}
	}
	if len(ms) == 0 {
		// A word typed past its stem that no document writes
		// ("virtualisatio"): the longest term it starts with, a
		// suffix's length shorter at most.
		for n := len(fw) - 1; n >= max(4, len(fw)-4); n-- {
			for _, lang := range langs {
				if !utf8.RuneStart(fw[n]) || counts[lang](fw[:n]) == 0 {
					continue
				}
				ms[lang] = []groupMember{{term: fw[:n], weight: 1}}
				if w := v.surface(ctx, lang, fw[:n]); w != "" {
					return w, ms, spelled, false
				}
			}
			if len(ms) > 0 {
				return fw, ms, spelled, false
			}
		}
		return "", nil, nil, false
	}
	// The word being typed is searched as its likeliest completion, for
	// translation and the language of the query, unless it is a whole
	// word already.
	if !whole && best.term != "" {
		w := v.commonestWritten(ctx, bestLang, best.term, fw)
		if w != "" {
			if spelled[bestLang] == nil {
				spelled[bestLang] = map[string]string{}
			}
			spelled[bestLang][best.term] = w // shown as searched
		} else {
			w = v.writtenAs(ctx, spelled, bestLang, best.term)
		}
		// Searched as the word itself only when it is indexed as the
		// reading: a term no document spells is searched as a term.
		return w, ms, spelled, slices.Equal(terms.Terms(w, analyzerLang(bestLang)), []string{best.term})
	}
	// A whole word stays as typed: folded, "pièce" would read as the
	// English "piece", and "Macron" would lose the capital that marks a
	// name for translation.
	return typed, ms, spelled, false
}

// writtenAsIs reports whether documents write fw, a term of lang's body
// field, as a word of its own, rather than only as the stem of longer
// words ("issu" of "issues", which no English text writes): either no
// word of the list is indexed as fw, or one of the first documents holding
// it writes it so.
func (v *vocabulary) writtenAsIs(ctx context.Context, lang, fw string) bool {
	longer := false
	for _, t := range v.words {
		t.starting(lang, fw, maxListed, func(w word) {
			longer = longer || w.term == fw && w.key != fw
		})
	}
	if !longer {
		return true
	}
	return slices.ContainsFunc(v.surfaces(ctx, lang, fw, surfaceDocs), func(w string) bool { return foldWord(w) == fw })
}

// unaccented are the languages whose words carry no diacritics: a word
// typed with one is not completed in them.
var unaccented = map[string]bool{"en": true}

// contextPool is how many of a language's commonest completions are
// judged by the documents they share with the query's other words: enough
// that "weapons" is among those of "wea" beside "weak" and "weather", and
// that "gray", eleventh of "gra" on the news corpus, is among those judged
// beside "william" (8 missed it; 16 reads the tuning rows as 12 does).
const contextPool = 12

// cooccur returns, for each candidate, how many documents of lang's body
// field hold it and one of the context terms, summed over the context
// terms. Postings are walked once per term, without locations; a context
// term's documents are kept as a bitset per shard. When the context has a
// word right before the one being typed, the commonest candidates are then
// judged by how often they follow it ("kilomètres carrés", not "kilomètres
// car"), the way shingles serve search-as-you-type elsewhere: see
// adjacency.
func (v *vocabulary) cooccur(ctx context.Context, lang string, cc completionContext, cands []candidate) []int {
	out := make([]int, len(cands))
	w := postingWalker{ctx: ctx, field: bodyField(lang)}
	// both[i][r] are the first adjacentSample documents of reader r that
	// hold candidate i and the word before.
	both := make([][][]uint64, len(cands))
	for i := range both {
		both[i] = make([][]uint64, len(v.readers))
	}
	for ri, r := range v.readers {
		var sets [][]uint64
		var beforeSet []uint64
		for _, t := range cc.terms {
			var set []uint64
			w.walk(r, t, func(n uint64) { set = setBit(set, n) })
			if len(set) > 0 {
				sets = append(sets, set)
			}
			if t == cc.before {
				beforeSet = set
			}
		}
		if len(sets) == 0 {
			continue
		}
		for i, c := range cands {
			if c.term == "" || c.df == 0 {
				continue
			}
			w.walk(r, c.term, func(n uint64) {
				for _, set := range sets {
					if hasBit(set, n) {
						out[i]++
					}
				}
				if len(both[i][ri]) < adjacentSample && hasBit(beforeSet, n) {
					both[i][ri] = append(both[i][ri], n)
				}
			})
		}
	}
	if cc.before == "" {
		return out
	}
	// The commonest few by documents shared are weighed by how often they
	// follow the word before, on a sample of the documents holding both.
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(out[b], out[a]) })
	adj := make([]float64, len(cands))
	found := false
	for _, i := range order[:min(len(order), adjacentPool)] {
		if out[i] == 0 || cands[i].term == "" {
			continue
		}
		follows, seen := v.adjacency(ctx, lang, cc.before, cands[i].term, both[i])
		if seen > 0 && follows > 0 {
			adj[i] = float64(out[i]) * float64(follows) / float64(seen)
			found = true
		}
	}
	if !found {
		return out
	}
	for i := range out {
		// Documents shared, scaled by the share of them where the
		// candidate follows the word: one unit of that share is worth
		// far more than a shared document alone.
		out[i] = int(math.Round(adj[i]*adjacentWeight)) + min(out[i], 1)
	}
	return out
}

const (
	// adjacentPool is how many candidates are weighed by adjacency,
	// adjacentSample on how many documents holding both each.
	adjacentPool   = 6
	adjacentSample = 200
	adjacentWeight = 100
)

// adjacency counts in how many of the documents docs (per reader, in
// document order, each holding both words) cand stands right after
// before. Only those documents' term locations are read: the readers skip
// to them.
func (v *vocabulary) adjacency(ctx context.Context, lang, before, cand string, docs [][]uint64) (follows, seen int) {
	field := bodyField(lang)
	var id bleveapi.IndexInternalID
	var bd, cd *bleveapi.TermFieldDoc
	for ri, r := range v.readers {
		if len(docs[ri]) == 0 {
			continue
		}
		br, err := r.TermFieldReader(ctx, []byte(before), field, true, false, true)
		if err != nil {
			continue
		}
		cr, err := r.TermFieldReader(ctx, []byte(cand), field, true, false, true)
		if err != nil {
			br.Close()
			continue
		}
		for _, n := range docs[ri] {
			id = bleveapi.NewIndexInternalID(id, n)
			if bd, err = br.Advance(id, reset(bd)); err != nil || bd == nil || bd.ID.Value() != n {
				break
			}
			if cd, err = cr.Advance(id, reset(cd)); err != nil || cd == nil || cd.ID.Value() != n {
				break
			}
			seen++
			if slices.ContainsFunc(bd.Vectors, func(b *bleveapi.TermFieldVector) bool {
				return slices.ContainsFunc(cd.Vectors, func(c *bleveapi.TermFieldVector) bool { return c.Pos == b.Pos+1 })
			}) {
				follows++
			}
		}
		br.Close()
		cr.Close()
	}
	return follows, seen
}

func reset(d *bleveapi.TermFieldDoc) *bleveapi.TermFieldDoc {
	if d == nil {
		return nil
	}
	return d.Reset()
}

// postingWalker walks terms' postings in one field without their
// locations, reusing one posting.
type postingWalker struct {
	ctx   context.Context
	field string
	d     *bleveapi.TermFieldDoc
}

func (w *postingWalker) walk(r bleveapi.IndexReader, term string, fn func(uint64)) {
	tfr, err := r.TermFieldReader(w.ctx, []byte(term), w.field, false, false, false)
	if err != nil {
		return
	}
	defer tfr.Close()
	for {
		next, err := tfr.Next(reset(w.d))
		if err != nil || next == nil {
			return
		}
		w.d = next
		fn(next.ID.Value())
	}
}

func setBit(set []uint64, n uint64) []uint64 {
	for int(n/64) >= len(set) {
		set = append(set, 0)
	}
	set[n/64] |= 1 << (n % 64)
	return set
}

func hasBit(set []uint64, n uint64) bool {
	return int(n/64) < len(set) && set[n/64]&(1<<(n%64)) != 0
}

// writtenAs is how documents write term: the word of the word list that
// completes the word being typed, for a term shorter than what was typed
// ("parlement" for "parl", typed "parlem"); otherwise as the first document
// holding it writes it ("macron", not "macronie", which the light stemmer
// also makes "macron"), or the term itself.
func (v *vocabulary) writtenAs(ctx context.Context, spelled map[string]map[string]string, lang, term string) string {
	if w := spelled[lang][term]; w != "" {
		return w
	}
	if w := v.surface(ctx, lang, term); w != "" {
		return w
	}
	return term
}

// maxListed bounds the words of the word list read for one completion: a
// prefix of a letter or two starts thousands, none of which a term
// starting with the prefix lacks.
const maxListed = 4096

// completions returns the commonest terms of lang's body field that words
// starting with prefix are indexed as, other than skip, commonest first, at
// most limit:
// the terms that start with prefix, and the terms of the words documents
// write that start with it ("parlement", indexed as "parl", for "parlem").
// spelled maps each term that does not start with prefix to the shortest
// such word. The body field's
// dictionary is read in term order, so a one-letter prefix reads a
// twentieth of it; the search then ORs a bounded number of terms.
func (v *vocabulary) completions(lang, prefix, skip string, count func(string) int, limit int) (out []candidate, spelled map[string]string, heads map[string]bool) {
	dfs := map[string]int{}
	for _, r := range v.readers {
		dict, err := r.FieldDictPrefix(bodyField(lang), []byte(prefix))
		eachTerm(dict, err, func(e *bleveapi.DictEntry) {
			if e.Term != skip && isWord(e.Term) {
				dfs[e.Term] += int(e.Count)
			}
		})
	}
	spelled = map[string]string{}
	heads = map[string]bool{}
	n := utf8.RuneCountInString(prefix)
	for _, t := range v.words {
		t.starting(lang, prefix, maxListed, func(w word) {
			if accented, seen := heads[w.term]; !seen || accented {
				heads[w.term] = accentedHead(w.written, prefix, n)
			}
			if strings.HasPrefix(w.term, prefix) {
				return // a term of the dictionary read above
			}
			if s, ok := spelled[w.term]; !ok || len(w.written) < len(s) || len(w.written) == len(s) && w.written < s {
				spelled[w.term] = w.written
			}
			if _, ok := dfs[w.term]; !ok && w.term != skip {
				dfs[w.term] = count(w.term) // 0 once its documents are gone
			}
		})
	}
	out = make([]candidate, 0, len(dfs))
	for t, df := range dfs {
		if df > 0 {
			out = append(out, candidate{term: t, df: df})
		}
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.df != b.df {
			return cmp.Compare(b.df, a.df)
		}
		return strings.Compare(a.term, b.term)
	})
	return out[:min(len(out), limit)], spelled, heads
}

// accentedHead reports whether written, a listed word whose key starts
// with the folded prefix of n letters, carries an accent in those letters.
func accentedHead(written, prefix string, n int) bool {
	if strings.HasPrefix(written, prefix) {
		return false // the commonest case, without decoding runes
	}
	head := []rune(written)
	return len(head) >= n && foldWord(string(head[:n])) != string(head[:n])
}

// writes reports whether documents write the folded word fw in lang as
// another term than fw itself ("policiers", indexed as "polici").
func (v *vocabulary) writes(lang, fw string) bool {
	return slices.ContainsFunc(v.words, func(t *wordTable) bool { return t.has(lang, fw) })
}

// surfaceDocs is how many documents spell a corrected term for the
// suggestion: a few, since each is a stored document read.
const surfaceDocs = 8

// surface returns how the first document holding term in lang's body
// field writes it, lowercase, or "".
func (v *vocabulary) surface(ctx context.Context, lang, term string) string {
	if ws := v.surfaces(ctx, lang, term, 1); len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// surfaces returns the distinct words, lowercase, that the analyzer made
// term of in the first n documents of lang's body field that hold it: the
// index keeps stems, and a person reads words.
func (v *vocabulary) surfaces(ctx context.Context, lang, term string, n int) []string {
	var out []string
	v.eachWritten(ctx, lang, term, n, func(w string) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}, func() bool { return len(out) >= n })
	return out
}

// commonestWritten returns the word starting with the folded prefix fw
// that the first documents holding term write most often, or "": of the
// words a completion's term stands for ("information", "informateur" of
// "inform" for "informa"), the one a person typing fw most likely means,
// which is what the query is translated from.
func (v *vocabulary) commonestWritten(ctx context.Context, lang, term, fw string) string {
	return v.commonest(ctx, lang, term, func(w string) bool { return strings.HasPrefix(foldWord(w), fw) })
}

// commonest returns, of the words the first surfaceDocs documents holding
// term in lang write as it, the one keep accepts that they write most
// (the shorter, then the first in order, on a tie), or "".
func (v *vocabulary) commonest(ctx context.Context, lang, term string, keep func(string) bool) string {
	seen := map[string]int{}
	v.eachWritten(ctx, lang, term, surfaceDocs, func(w string) {
		if keep(w) {
			seen[w]++
		}
	}, func() bool { return false })
	return mostSeen(seen)
}

// mostSeen returns the key seen most, the shorter then the first in order
// on a tie, or "".
func mostSeen(seen map[string]int) string {
	best := ""
	for w, n := range seen {
		if best == "" || n > seen[best] || n == seen[best] && (len(w) < len(best) || len(w) == len(best) && w < best) {
			best = w
		}
	}
	return best
}

// eachWritten calls fn with each word, lowercase, that the analyzer made
// term of in the first n documents of each of lang's body field readers
// that hold it, and stops after a reader once done says so.
func (v *vocabulary) eachWritten(ctx context.Context, lang, term string, n int, fn func(string), done func() bool) {
	field := bodyField(lang)
	for _, r := range v.readers {
		tfr, err := r.TermFieldReader(ctx, []byte(term), field, true, false, true)
		if err != nil {
			continue
		}
		for range n {
			d, err := tfr.Next(nil)
			if err != nil || d == nil {
				break
			}
			if len(d.Vectors) == 0 {
				continue
			}
			id, err := r.ExternalID(d.ID)
			if err != nil {
				continue
			}
			doc, err := r.Document(id)
			if err != nil || doc == nil {
				continue
			}
			doc.VisitFields(func(f bleveapi.Field) {
				if f.Name() != field {
					return
				}
				val := f.Value()
				for _, loc := range d.Vectors {
					if loc.End <= uint64(len(val)) && loc.Start < loc.End {
						w := unelided(strings.ToLower(string(val[loc.Start:loc.End])))
						if slices.Equal(terms.Terms(w, analyzerLang(lang)), []string{term}) {
							fn(w)
						}
					}
				}
			})
		}
		tfr.Close()
		if done() {
			break
		}
	}
}

// unelided drops a French elision from a word as written: a token's
// offsets cover "l'hyperviseur", the term only "hyperviseur".
func unelided(w string) string {
	if i := strings.LastIndexFunc(w, corpus.IsElisionApostrophe); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		return w[i+size:]
	}
	return w
}

// eachTerm calls fn with every entry of a field dictionary just opened
// (err from opening it), then closes it. A dictionary that cannot be read
// offers no candidates: a search is not failed for a suggestion.
func eachTerm(dict bleveapi.FieldDict, err error, fn func(*bleveapi.DictEntry)) {
	if err != nil {
		return
	}
	defer dict.Close()
	for {
		e, err := dict.Next()
		if err != nil || e == nil {
			return
		}
		fn(e)
	}
}

// isWord reports whether a term is letters and digits only: the tokenizer
// keeps "coronavirus.le" (a missing space) whole, and no one means it.
func isWord(term string) bool {
	return strings.IndexFunc(term, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) < 0
}
