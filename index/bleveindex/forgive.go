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
	"github.com/recherche/recherche/index"
)

// Forgiving search (index.Query.Typos and Prefix), measured with
// cmd/evalsearch (docs/quality.md, "Forgiving search").
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
	rareDocs       = 2
	rareRatio      = 100
	minCandidate   = 0.25 // weight under which a candidate is left out
	maxCandidates  = 3
	rareExactShare = 0.5 // weight of a correction next to the word as typed
	// Completions of the last word (Query.Prefix): the commonest
	// maxCompletions terms that start with it, weighed by their share of
	// the documents of the commonest; the word itself, when the index has
	// it, weighs 1 and the completions at most completionWeight, so a
	// whole word ranks first.
	maxCompletions   = 8
	completionWeight = 0.7
	minCompletion    = 0.1
	shownCompletions = 3
	// maxSpelled bounds the candidates of one word whose documents are
	// read for their spelling.
	maxSpelled = 6
)

// forgiveness is what typos and prefix made of a query's clauses: the
// terms each rewritten word is searched as, per language field, keyed by
// clause and by the word's byte offset in the rewritten clause text.
type forgiveness struct {
	expand      map[int]map[int]map[string][]groupMember
	corrections []index.Correction
	suggestion  string
}

func (f *forgiveness) empty() bool { return f == nil || len(f.expand) == 0 }

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
	type fix struct{ typed, as string }
	var fixes []fix
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
			if ci == last && wi == len(words)-1 {
				kind = index.CorrectionPrefix
				as, ms = v.complete(ctx, typed, langs, counts)
			} else if q.Typos {
				as, ms = v.correct(ctx, q, typed, langs, counts)
			}
			if as == "" {
				continue
			}
			b.WriteString(c.Text[done:tk.Start])
			start := b.Len()
			b.WriteString(as)
			done = tk.End
			for lang, m := range ms {
				f.set(ci, start, lang, m)
			}
			f.corrections = append(f.corrections, index.Correction{Word: typed, Kind: kind, As: shown(v, ctx, ms, as, kind)})
			if kind == index.CorrectionTypo {
				fixes = append(fixes, fix{typed, as})
			}
		}
		if done > 0 {
			b.WriteString(c.Text[done:])
			out[ci].Text = b.String()
		}
	}
	if len(fixes) > 0 {
		// The suggestion is the query as typed, syntax and all, with each
		// corrected word replaced where it stands.
		var b strings.Builder
		rest := q.Text
		for _, fx := range fixes {
			i := strings.Index(rest, fx.typed)
			if i < 0 {
				continue
			}
			b.WriteString(rest[:i])
			b.WriteString(fx.as)
			rest = rest[i+len(fx.typed):]
		}
		b.WriteString(rest)
		f.suggestion = b.String()
	}
	return out, f, nil
}

func endsInSpace(s string) bool {
	return s != "" && strings.LastIndexFunc(s, unicode.IsSpace) == len(s)-1
}

// shown lists what a word was searched as, for the response: the
// rewritten word first, then other terms as a document spells them.
func shown(v *vocabulary, ctx context.Context, ms map[string][]groupMember, as, kind string) []string {
	out := []string{as}
	if kind != index.CorrectionPrefix {
		return out
	}
	for _, lang := range translatable {
		for _, m := range ms[lang] {
			if len(out) >= shownCompletions {
				return out
			}
			if w := v.surface(ctx, lang, m.term); w != "" && !slices.Contains(out, w) {
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
func (v *vocabulary) correct(ctx context.Context, q index.Query, typed string, langs []string, counts map[string]func(string) int) (string, map[string][]groupMember) {
	fw := foldWord(typed)
	budget := index.MaxTypos(index.Letters(fw))
	if budget == 0 || strings.IndexFunc(fw, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return "", nil
	}
	// The document frequency of the word as typed, in the language that
	// has it most; a stop word is a word.
	known := 0
	for _, sfx := range langSuffixes {
		ts := terms.Terms(typed, analyzerLang(sfx))
		if len(ts) == 0 {
			return "", nil
		}
		if len(ts) == 1 {
			known = max(known, counts[sfx](ts[0]))
		}
	}
	if known > rareDocs {
		return "", nil
	}
	if known == 0 && q.Translator != nil && translates(q, typed, counts) {
		return "", nil
	}
	var best spelling
	ms := map[string][]groupMember{}
	for _, lang := range langs {
		ts := terms.Terms(typed, analyzerLang(lang))
		if len(ts) != 1 {
			continue
		}
		t := ts[0]
		df := counts[lang](t)
		cands := v.fuzzy(ctx, lang, t, budget, counts[lang])
		if len(cands) == 0 {
			continue
		}
		// The stem hides how far the words are ("virtualsation" is two
		// edits from "virtuel" in French, the stem of "virtualisation"):
		// each candidate is judged by its spelling nearest to the typed
		// word.
		spells := make([]spelling, 0, min(len(cands), maxSpelled))
		for _, c := range cands[:min(len(cands), maxSpelled)] {
			spells = append(spells, v.spell(ctx, lang, fw, t, c))
		}
		order := make([]int, len(spells))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int {
			switch {
			case spells[a].better(spells[b]):
				return -1
			case spells[b].better(spells[a]):
				return 1
			}
			return 0
		})
		first := spells[order[0]]
		if first.dist > budget {
			continue
		}
		if df > 0 && first.df < rareRatio*df {
			continue
		}
		var members []groupMember
		if df > 0 {
			// A rare word that exists: its own documents first.
			members = append(members, groupMember{term: t, weight: 1})
		}
		for _, i := range order {
			sp := spells[i]
			w := math.Sqrt(float64(sp.df) / float64(first.df))
			if len(members) == maxCandidates || sp.dist > first.dist || w < minCandidate {
				break
			}
			if df > 0 {
				w *= rareExactShare
			}
			members = append(members, groupMember{term: cands[i].term, weight: w})
		}
		ms[lang] = members
		if best.word == "" || first.better(best) {
			best = first
		}
	}
	if best.word == "" {
		return "", nil
	}
	return best.word, ms
}

// spelling is a word a corrected term may be written as.
type spelling struct {
	word string
	dist int  // edits from the typed word
	real bool // seen in a document, not made up from the typed word
	df   int
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
	return s.df > o.df
}

// spell turns a corrected term back into the word nearest to the typed
// one: how the first documents holding the term write it ("kubernet" is
// written "kubernetes"), or the typed word with its stem replaced when the
// analyzer agrees ("virtualsation", stem "virtuals", becomes
// "virtualisation" for "virtualis").
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
	an := analyzerLang(lang)
	if rest, ok := strings.CutPrefix(fw, stem); ok {
		if w := c.term + rest; slices.Equal(terms.Terms(w, an), []string{c.term}) {
			try(w, false)
		}
	}
	return best
}

// translates reports whether the translator knows the word in a language
// the query may be in: a word of the other language's dictionary that the
// index lacks is no typo (cross-lingual search finds its translations).
func translates(q index.Query, word string, counts map[string]func(string) int) bool {
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
				if len(g.Terms) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// fuzzy returns the terms of lang's body field within budget typos of term
// (index.TypoDistance), nearest first, then commonest.
func (v *vocabulary) fuzzy(ctx context.Context, lang, term string, budget int, count func(string) int) []candidate {
	// Bleve's automaton counts a transposition as two edits: ask for one
	// more, then measure.
	fuzziness := min(budget+1, 2)
	seen := map[string]bool{term: true}
	var out []candidate
	for _, r := range v.readers {
		fr, ok := r.(bleveapi.IndexReaderFuzzy)
		if !ok {
			continue
		}
		dict, err := fr.FieldDictFuzzy(bodyField(lang), term, fuzziness, "")
		eachTerm(dict, err, func(e *bleveapi.DictEntry) {
			if seen[e.Term] {
				return
			}
			seen[e.Term] = true
			if d := index.TypoDistance(term, e.Term); d <= budget {
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

// complete returns the likeliest completion of the word being typed and
// the terms it is searched as per language.
func (v *vocabulary) complete(ctx context.Context, typed string, langs []string, counts map[string]func(string) int) (string, map[string][]groupMember) {
	fw := foldWord(typed)
	if fw == "" {
		return "", nil
	}
	ms := map[string][]groupMember{}
	var best candidate
	for _, lang := range langs {
		var members []groupMember
		exact := ""
		if ts := terms.Terms(typed, analyzerLang(lang)); len(ts) == 1 && counts[lang](ts[0]) > 0 {
			exact = ts[0]
			members = append(members, groupMember{term: exact, weight: 1})
		}
		cands := v.prefixed(lang, fw, exact)
		if len(cands) == 0 && exact == "" {
			// A word typed past its stem ("virtualisatio"): the longest
			// term it starts with, up to a suffix's length shorter.
			for n := len(fw) - 1; n >= max(3, len(fw)-4); n-- {
				if df := counts[lang](fw[:n]); df > 0 {
					cands = []candidate{{term: fw[:n], df: df}}
					break
				}
			}
		}
		top := 0.0
		for _, c := range cands {
			top = max(top, float64(c.df))
		}
		for _, c := range cands {
			w := math.Sqrt(float64(c.df) / top)
			if w < minCompletion {
				continue
			}
			if exact != "" {
				w *= completionWeight
			}
			members = append(members, groupMember{term: c.term, weight: w})
		}
		if len(members) == 0 {
			continue
		}
		ms[lang] = members
		if exact == "" && len(cands) > 0 && cands[0].df > best.df {
			best = cands[0]
			best.dist = slices.Index(langs, lang) // which language, for spelling
		}
	}
	if len(ms) == 0 {
		return "", nil
	}
	as := fw
	if best.term != "" {
		if w := v.surface(ctx, langs[best.dist], best.term); w != "" {
			as = foldWord(w)
		}
	}
	return as, ms
}

// prefixed returns the maxCompletions commonest terms of lang's body field
// that start with prefix, other than skip, commonest first. The
// dictionary is read in term order, so a one-letter prefix reads a
// twentieth of it; the search then ORs a bounded number of terms.
func (v *vocabulary) prefixed(lang, prefix, skip string) []candidate {
	dfs := map[string]int{}
	for _, r := range v.readers {
		dict, err := r.FieldDictPrefix(bodyField(lang), []byte(prefix))
		eachTerm(dict, err, func(e *bleveapi.DictEntry) {
			if e.Term != skip {
				dfs[e.Term] += int(e.Count)
			}
		})
	}
	out := make([]candidate, 0, len(dfs))
	for t, df := range dfs {
		out = append(out, candidate{term: t, df: df})
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.df != b.df {
			return cmp.Compare(b.df, a.df)
		}
		return strings.Compare(a.term, b.term)
	})
	return out[:min(len(out), maxCompletions)]
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
	field := bodyField(lang)
	var out []string
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
						if w := unelided(strings.ToLower(string(val[loc.Start:loc.End]))); !slices.Contains(out, w) {
							out = append(out, w)
						}
					}
				}
			})
		}
		tfr.Close()
		if len(out) >= n {
			break
		}
	}
	return out
}

// unelided drops a French elision from a word as written: a token's
// offsets cover "l'hyperviseur", the term only "hyperviseur".
func unelided(w string) string {
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
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
