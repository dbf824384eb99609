// Command evalner measures the entity extractor against public gold data:
// mention-level precision, recall and F1 on Wikigold (English, CoNLL) and
// HIPE-2020 (French, historical newspapers), and a document-level check on
// Reuters stories whose orgs/people tags say who the story is about.
//
//	go run ./tools/evalner ../shared/eval/ner
//
// The argument is the ner folder of the evaluation data (or the eval folder
// holding it); the Reuters corpus is read from its sibling corpus/. Nothing
// here is tuned on the data: it only reads and scores.
//
//	go run ./tools/evalner -facets 100 ../shared/eval/ner
//
// prints instead the top entities of the news corpora, as the entities
// facet of the whole index would show them: the place to look for junk.
//
//	go run ./tools/evalner -entity Netherlands ../shared/eval/ner
//
// counts the news documents that have one entity and prints where its first
// mentions stand (-errors N of them per corpus, 10 by default): what a
// facet value is made of.
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
	"strings"
	"unicode"

	"github.com/recherche/recherche/analysis/entities"
	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/tools/internal/cli"
)

func main() {
	hipeSplit := flag.String("hipe", "test", "HIPE-2020 French split to score: test or dev")
	wikiSplit := flag.String("wikigold", "all", "Wikigold documents to score: tune (the first 72), test (the other 73) or all")
	sampleN := flag.Int("sample", 0, "instead of scoring, print `N` random facet values of each of person, organization and place, and other's top N, as TSV to judge")
	flag.IntVar(&sampleMinDocs, "sample-min-docs", 5, "facet values in fewer than `N` documents are left out of -sample")
	flag.Uint64Var(&sampleSeed, "sample-seed", 15, "random `SEED` of -sample (15 drew testdata/judged-types.tsv)")
	randomOther := flag.Bool("sample-other-random", false, "draw other's values of -sample at random too, instead of its top N")
	flag.IntVar(&showErrors, "errors", 0, "print up to `N` strict misses and false alarms per data set, to study")
	flag.BoolVar(&showContext, "context", false, "with -errors, print the text around each mention typed wrong")
	topFacets := flag.Int("facets", 0, "instead of scoring, print the `N` entities found in the most documents of each news corpus")
	entity := flag.String("entity", "", "instead of scoring, count the news documents that have the entity `NAME` and show its mentions")
	dir := cli.Arg("evalner [-hipe test|dev] [-wikigold tune|test|all] [-errors N] [-facets N | -entity NAME | -sample N] DATA_DIR", nil)
	if *sampleN > 0 {
		cli.Exit("evalner", sampleFacets(os.Stdout, dir, *sampleN, *randomOther))
		return
	}
	cli.Exit("evalner", run(os.Stdout, dir, *hipeSplit, *wikiSplit, *topFacets, *entity))
}

// findNERDir returns the ner folder of the evaluation data, given it or
// the eval folder holding it.
func findNERDir(dir string) string {
	if _, err := os.Stat(filepath.Join(dir, "ner")); err == nil {
		return filepath.Join(dir, "ner")
	}
	return dir
}

// builtinExtractor is the extractor ingestion uses: the built-in gazetteer.
func builtinExtractor() (*entities.Extractor, error) {
	g, err := entities.Builtin()
	if err != nil {
		return nil, err
	}
	return entities.NewExtractor(g), nil
}

// wikigoldTune is how many of Wikigold's 145 documents the rules may be
// tuned on; the others are held out for reporting.
const wikigoldTune = 72

func run(w io.Writer, dir, hipeSplit, wikiSplit string, topFacets int, entity string) error {
	nerDir := findNERDir(dir)
	x, err := builtinExtractor()
	if err != nil {
		return err
	}
	if entity != "" {
		shown := showErrors
		if shown == 0 {
			shown = 10
		}
		return entityMentions(w, x, filepath.Join(nerDir, "..", "corpus"), entity, shown)
	}
	if topFacets > 0 {
		return facets(w, x, filepath.Join(nerDir, "..", "corpus"), topFacets)
	}

	wiki, err := readCoNLL(filepath.Join(nerDir, "wikigold-en", "wikigold.conll.txt"))
	if err != nil {
		return err
	}
	switch wikiSplit {
	case "tune":
		wiki = wiki[:wikigoldTune]
	case "test":
		wiki = wiki[wikigoldTune:]
	case "all":
	default:
		return fmt.Errorf("-wikigold %q: want tune, test or all", wikiSplit)
	}
	report(w, "Wikigold (en) "+wikiSplit, score(x, wiki, "en"))

	hipe, err := readHIPE(filepath.Join(nerDir, "hipe2020", "HIPE-data-v1.4-"+hipeSplit+"-fr.tsv"))
	if err != nil {
		return err
	}
	if showErrors > 0 {
		fmt.Fprintln(os.Stderr, "### HIPE-2020")
	}
	report(w, "HIPE-2020 fr "+hipeSplit, score(x, hipe, "fr"))

	news := filepath.Join(nerDir, "..", "corpus", "news-en.ndjson")
	res, err := reuters(x, news)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nReuters news-en: %d docs with orgs tags, %d with people tags\n", res.orgs.docs, res.people.docs)
	fmt.Fprintf(w, "| tags | tags found | documents with every tag found |\n|---|---|---|\n")
	res.orgs.row(w, "orgs")
	res.people.row(w, "people")
	return nil
}

// goldDoc is a document rebuilt from its tokens, with token byte offsets so
// predicted spans can be compared with gold spans token for token.
type goldDoc struct {
	text   string
	starts []int
	ends   []int
	gold   []mention
}

// mention is a span of tokens [from, to] with a coarse type (PER, ORG, LOC,
// MISC).
type mention struct {
	from, to int
	typ      string
}

// builder builds gold documents token by token; docs holds those ended.
type builder struct {
	b      strings.Builder
	doc    goldDoc
	open   *mention
	noGap  bool
	inited bool
	docs   []goldDoc
}

func (bd *builder) token(tok, tag string, sep string) {
	if bd.inited && !bd.noGap {
		bd.b.WriteString(sep)
	}
	bd.inited = true
	i := len(bd.doc.starts)
	bd.doc.starts = append(bd.doc.starts, bd.b.Len())
	bd.b.WriteString(tok)
	bd.doc.ends = append(bd.doc.ends, bd.b.Len())
	prefix, typ, _ := strings.Cut(tag, "-")
	switch {
	case tag == "O" || tag == "" || typ == "":
		bd.close()
	case prefix == "B" || bd.open == nil || bd.open.typ != typ:
		bd.close()
		bd.open = &mention{from: i, to: i, typ: typ}
	default:
		bd.open.to = i
	}
}

func (bd *builder) close() {
	if bd.open != nil {
		bd.doc.gold = append(bd.doc.gold, *bd.open)
		bd.open = nil
	}
}

// endDoc ends the document being built, if any, adding it to bd.docs.
func (bd *builder) endDoc() {
	if !bd.inited {
		return
	}
	bd.close()
	bd.doc.text = bd.b.String()
	docs := append(bd.docs, bd.doc)
	*bd = builder{docs: docs}
}

// readGold reads the gold documents of the file at path (format names it
// in errors), handing each line to line, which builds them in bd.
func readGold(path, format string, line func(bd *builder, line string) error) ([]goldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", format, err)
	}
	defer f.Close()
	var bd builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if err := line(&bd, sc.Text()); err != nil {
			return nil, fmt.Errorf("read %s: %w", format, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", format, err)
	}
	bd.endDoc()
	return bd.docs, nil
}

// readCoNLL reads Wikigold: "token TAG" lines, blank lines between
// sentences, -DOCSTART- between documents.
func readCoNLL(path string) ([]goldDoc, error) {
	sentence := false
	return readGold(path, "conll", func(bd *builder, line string) error {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "-DOCSTART-") {
			bd.endDoc()
			return nil
		}
		if line == "" {
			bd.close()
			sentence = false
			return nil
		}
		tok, tag, _ := strings.Cut(line, " ")
		sep := " "
		if !sentence {
			sep = "\n"
		}
		sentence = true
		bd.token(tok, tag, sep)
		return nil
	})
}

// hipeTypes maps HIPE coarse types to CoNLL ones. Time expressions are not
// names and the extractor does not look for them: they are left out.
var hipeTypes = map[string]string{"pers": "PER", "org": "ORG", "loc": "LOC", "prod": "MISC"}

// readHIPE reads a HIPE-2020 TSV file: a header, "# document_id" comments
// between documents, NE-COARSE-LIT in column 2, NoSpaceAfter in MISC.
func readHIPE(path string) ([]goldDoc, error) {
	return readGold(path, "hipe", func(bd *builder, line string) error {
		if strings.HasPrefix(line, "TOKEN\t") || strings.TrimSpace(line) == "" {
			return nil
		}
		if strings.HasPrefix(line, "#") {
			if strings.Contains(line, "document_id") {
				bd.endDoc()
			}
			return nil
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 10 {
			return fmt.Errorf("short line %q", line)
		}
		tag := cols[1]
		if p, t, ok := strings.Cut(tag, "-"); ok {
			if ct, ok := hipeTypes[t]; ok {
				tag = p + "-" + ct
			} else {
				tag = "O"
			}
		}
		bd.token(cols[0], tag, " ")
		bd.noGap = strings.Contains(cols[9], "NoSpaceAfter")
		return nil
	})
}

// typeCode maps our types to the gold's coarse ones.
func typeCode(t corpus.EntityType) string {
	switch t {
	case corpus.Person:
		return "PER"
	case corpus.Organization:
		return "ORG"
	case corpus.Place:
		return "LOC"
	}
	return "MISC"
}

var (
	showErrors  int
	showContext bool
)

type counts struct{ tp, fp, fn int }

func (c counts) prf() (p, r, f float64) {
	p = ratio(c.tp, c.tp+c.fp)
	r = ratio(c.tp, c.tp+c.fn)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

type scores struct {
	docs, gold, pred int
	strict, fuzzy    counts
	titled           counts             // strict, predicted spans grown over a preceding title
	typed            map[string]*counts // PER, ORG, LOC and their micro sum "ALL"
	typedTitled      counts             // the micro sum, predicted spans grown over a preceding title
	// confusion counts the gold mentions found with the right span, by
	// gold type and then predicted type: where typing goes wrong.
	confusion map[string]map[string]int
}

func score(x *entities.Extractor, docs []goldDoc, lang string) scores {
	s := scores{docs: len(docs), typed: map[string]*counts{}, confusion: map[string]map[string]int{}}
	for _, k := range []string{"PER", "ORG", "LOC", "ALL"} {
		s.typed[k] = &counts{}
	}
	shown := 0
	for _, d := range docs {
		var pred []mention
		for _, m := range x.Mentions("", d.text, lang) {
			if from, to, ok := tokenSpan(d, m.Start, m.End); ok {
				pred = append(pred, mention{from: from, to: to, typ: typeCode(m.Type)})
			}
		}
		s.gold += len(d.gold)
		s.pred += len(pred)
		s.strict = add(s.strict, match(d.gold, pred, false, ""))
		titled := withTitles(d, pred)
		s.titled = add(s.titled, match(d.gold, titled, false, ""))
		if shown < showErrors {
			shown += printErrors(d, pred)
		}
		s.fuzzy = add(s.fuzzy, match(d.gold, pred, true, ""))
		for _, g := range d.gold {
			for _, p := range pred {
				if p.from == g.from && p.to == g.to {
					if s.confusion[g.typ] == nil {
						s.confusion[g.typ] = map[string]int{}
					}
					s.confusion[g.typ][p.typ]++
					break
				}
			}
		}
		for _, t := range []string{"PER", "ORG", "LOC"} {
			c := match(d.gold, pred, false, t)
			*s.typed[t] = add(*s.typed[t], c)
			*s.typed["ALL"] = add(*s.typed["ALL"], c)
			s.typedTitled = add(s.typedTitled, match(d.gold, titled, false, t))
		}
	}
	return s
}

func add(a, b counts) counts { return counts{a.tp + b.tp, a.fp + b.fp, a.fn + b.fn} }

// tokenSpan maps a byte range of the rebuilt text to the gold tokens it
// covers.
func tokenSpan(d goldDoc, start, end int) (int, int, bool) {
	from, to := -1, -1
	for i := range d.starts {
		if d.ends[i] > start && d.starts[i] < end {
			if from < 0 {
				from = i
			}
			to = i
		}
	}
	return from, to, from >= 0
}

// match counts true positives one to one: strict needs the same tokens,
// fuzzy any overlap. A non-empty typ restricts both sides to that type.
func match(gold, pred []mention, fuzzy bool, typ string) counts {
	filter := func(ms []mention) []mention {
		if typ == "" {
			return ms
		}
		var out []mention
		for _, m := range ms {
			if m.typ == typ {
				out = append(out, m)
			}
		}
		return out
	}
	gold, pred = filter(gold), filter(pred)
	used := make([]bool, len(gold))
	var c counts
	for _, p := range pred {
		hit := false
		for i, g := range gold {
			if used[i] {
				continue
			}
			if (!fuzzy && g.from == p.from && g.to == p.to) || (fuzzy && g.from <= p.to && p.from <= g.to) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			c.tp++
		} else {
			c.fp++
		}
	}
	c.fn = len(gold) - c.tp
	return c
}

func report(w io.Writer, name string, s scores) {
	fmt.Fprintf(w, "\n%s: %d documents, %d gold mentions, %d predicted\n", name, s.docs, s.gold, s.pred)
	fmt.Fprintf(w, "| scoring | P | R | F1 |\n|---|---|---|---|\n")
	row := func(label string, c counts) {
		p, r, f := c.prf()
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f |\n", label, p, r, f)
	}
	row("untyped, strict", s.strict)
	row("untyped, strict, titles inside mentions", s.titled)
	row("untyped, fuzzy (overlap)", s.fuzzy)
	row("typed PER/ORG/LOC, strict (micro)", *s.typed["ALL"])
	row("typed PER/ORG/LOC, strict, titles inside mentions (micro)", s.typedTitled)
	for _, t := range []string{"PER", "ORG", "LOC"} {
		row("typed "+t+", strict", *s.typed[t])
	}
	fmt.Fprintf(w, "\nmentions found with the right span, gold type (rows) by predicted type:\n| gold | PER | ORG | LOC | MISC |\n|---|---|---|---|---|\n")
	for _, g := range []string{"PER", "ORG", "LOC", "MISC"} {
		c := s.confusion[g]
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d |\n", g, c["PER"], c["ORG"], c["LOC"], c["MISC"])
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

type reutersResult struct {
	orgs, people tagCounts
}

// tagCounts counts one kind of Reuters tag: the documents that have some,
// those whose every tag is found, the tags and the tags found.
type tagCounts struct {
	docs, docsAll, tags, found int
}

// add counts the tags of one document (none: the document does not count).
func (c *tagCounts) add(tags []string, found func(tag string) bool) {
	if len(tags) == 0 {
		return
	}
	c.docs++
	all := true
	for _, t := range tags {
		c.tags++
		if found(t) {
			c.found++
		} else {
			all = false
		}
	}
	if all {
		c.docsAll++
	}
}

// row writes the counts as a row of the Reuters table.
func (c tagCounts) row(w io.Writer, kind string) {
	fmt.Fprintf(w, "| %s | %.3f (%d/%d) | %.3f |\n", kind, ratio(c.found, c.tags), c.found, c.tags, ratio(c.docsAll, c.docs))
}

// reuters checks, story by story, whether the extracted entities name the
// organizations and people the Reuters editors tagged. Tags are lower-case
// codes ("imf", "worldbank", "james-baker"): a tag is found when an
// entity's squeezed name, initials (for acronyms) or last word (for
// surnames) equals the tag or its first part.
func reuters(x *entities.Extractor, path string) (reutersResult, error) {
	var res reutersResult
	f, err := os.Open(path)
	if err != nil {
		return res, fmt.Errorf("read reuters: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	for {
		var d struct {
			Title  string   `json:"title"`
			Body   string   `json:"body"`
			Orgs   []string `json:"orgs"`
			People []string `json:"people"`
		}
		if err := dec.Decode(&d); errors.Is(err, io.EOF) {
			return res, nil
		} else if err != nil {
			return res, fmt.Errorf("read reuters: %w", err)
		}
		if len(d.Orgs) == 0 && len(d.People) == 0 {
			continue
		}
		keys := map[string]bool{}
		for _, e := range x.Extract(d.Title, d.Body, "en") {
			words := strings.FieldsFunc(strings.ToLower(terms.Fold(e.Name)), func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r)
			})
			if len(words) == 0 {
				continue
			}
			keys[strings.Join(words, "")] = true
			keys[words[len(words)-1]] = true
			var initials strings.Builder
			for _, w := range words {
				if w != "of" && w != "the" && w != "and" && w != "for" {
					initials.WriteByte(w[0])
				}
			}
			keys[initials.String()] = true
		}
		found := func(tag string) bool {
			first, _, _ := strings.Cut(tag, "-")
			parts := strings.Split(tag, "-")
			return keys[strings.ReplaceAll(tag, "-", "")] || keys[first] || keys[parts[len(parts)-1]]
		}
		res.orgs.add(d.Orgs, found)
		res.people.add(d.People, found)
	}
}

// printErrors writes the gold mentions nobody predicted (-), the
// predictions no gold mention has (+), with their gold or predicted type,
// and the mentions found with the wrong type (~, gold→predicted).
func printErrors(d goldDoc, pred []mention) int {
	text := func(m mention) string { return d.text[d.starts[m.from]:d.ends[m.to]] }
	has := func(ms []mention, m mention) bool {
		for _, o := range ms {
			if o.from == m.from && o.to == m.to {
				return true
			}
		}
		return false
	}
	// A miss is shown with the predictions that overlap it, so a span that
	// is too short or too long reads as one line.
	overlapping := func(g mention) string {
		var parts []string
		for _, p := range pred {
			if p.from <= g.to && g.from <= p.to {
				parts = append(parts, fmt.Sprintf("%q", text(p)))
			}
		}
		return strings.Join(parts, " ")
	}
	n := 0
	for _, g := range d.gold {
		for _, p := range pred {
			if p.from == g.from && p.to == g.to && p.typ != g.typ {
				fmt.Fprintf(os.Stderr, "~ %s→%s %q\n", g.typ, p.typ, text(g))
				if showContext {
					a, b := max(0, d.starts[g.from]-60), min(len(d.text), d.ends[g.to]+60)
					fmt.Fprintf(os.Stderr, "    %q\n", d.text[a:b])
				}
				n++
			}
		}
		if !has(pred, g) {
			fmt.Fprintf(os.Stderr, "- %s %q\t%s\n", g.typ, text(g), overlapping(g))
			n++
		}
	}
	for _, p := range pred {
		if !has(d.gold, p) {
			fmt.Fprintf(os.Stderr, "+ %s %q\n", p.typ, text(p))
			n++
		}
	}
	return n
}

// titles are the words HIPE-2020's guidelines count as part of a person
// mention ("M. Ador", "maréchal Haig") while CoNLL's and our own names
// leave them out. The "titles inside mentions" row grows predicted spans
// over them, to score against HIPE's convention rather than ours.
var titles = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mlles": true, "me": true, "dr": true,
	"mr": true, "mrs": true, "sir": true, "lord": true, "lady": true,
	"sieur": true, "citoyen": true, "citoyenne": true, "docteur": true, "maréchal": true, "général": true,
	"président": true, "cardinal": true, "reine": true, "roi": true, "comte": true, "comtesse": true,
	"baron": true, "duc": true, "prince": true, "princesse": true, "empereur": true, "colonel": true,
	"capitaine": true, "lieutenant": true, "abbé": true, "mgr": true, "monseigneur": true, "madame": true,
	"monsieur": true, "mademoiselle": true, "pape": true, "saint": true, "sainte": true,
}

func withTitles(d goldDoc, pred []mention) []mention {
	out := make([]mention, len(pred))
	for i, p := range pred {
		from := p.from
		for from > 0 {
			prev := strings.ToLower(d.text[d.starts[from-1]:d.ends[from-1]])
			if (prev == "." || prev == ",") && from > 1 && titles[strings.ToLower(d.text[d.starts[from-2]:d.ends[from-2]])] {
				from -= 2
				continue
			}
			if !titles[prev] {
				break
			}
			from--
		}
		out[i] = mention{from: from, to: p.to, typ: p.typ}
	}
	return out
}
