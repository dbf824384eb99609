// Command evallang measures analysis/langid on labelled data: accuracy by
// length class, how often "reliable" predictions are right, detection speed
// and the memory the models cost, for each detector mode worth considering.
// Its output is the evidence behind the defaults in docs/quality.md.
//
//	go run ./tools/evallang ../shared/eval/langid
//
// The data directory holds lingua/{sentences,word-pairs,single-words}/<iso>.txt
// (lingua's own test lines) and tatoeba/tatoeba.<xxx>-eng.<yyy> (independent
// short sentences). evallang imports analysis/langid and the standard library.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/recherche/recherche/analysis/langid"
	"github.com/recherche/recherche/tools/internal/cli"
)

// mode is one detector configuration under comparison.
type mode struct {
	Name        string
	Languages   []string
	LowAccuracy bool
}

var modes = []mode{
	{Name: "7 langs, high accuracy", Languages: langid.DefaultLanguages()},
	{Name: "7 langs, low accuracy", Languages: langid.DefaultLanguages(), LowAccuracy: true},
	{Name: "fr+en, high accuracy", Languages: []string{"fr", "en"}},
	{Name: "fr+en, low accuracy", Languages: []string{"fr", "en"}, LowAccuracy: true},
}

// item is one labelled text.
type item struct {
	set   string // "lingua" or "tatoeba"
	lang  string
	text  string
	class string // length class within the set
}

func main() {
	probe := flag.Int("probe-memory", -1, "internal: build mode `N` in this process and print its memory use as JSON")
	showErrors := flag.Int("show-errors", 0, "print up to `N` wrong predictions flagged reliable per mode, to see what fools the detector")
	speedFor := flag.Duration("speed-time", 2*time.Second, "how long to run each speed measurement")
	cli.Usage("evallang [flags] DATADIR")
	flag.Parse()
	if *probe >= 0 {
		cli.Exit("evallang", probeMemory(*probe, os.Stdout))
		return
	}
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	cli.Exit("evallang", run(flag.Arg(0), *speedFor, *showErrors, os.Stdout))
}

func run(dir string, speedFor time.Duration, showErrors int, w io.Writer) error {
	items, err := load(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d labelled texts from %s\n", len(items), dir)

	// Memory first, each mode in its own process: lingua keeps models in
	// process-wide maps, so a mode measured after another would look free.
	mems := make([]memory, len(modes))
	for i := range modes {
		if mems[i], err = measureMemory(i); err != nil {
			return err
		}
	}

	var reports []report
	for _, m := range modes {
		d, err := langid.New(langid.Options{Languages: m.Languages, LowAccuracy: m.LowAccuracy})
		if err != nil {
			return err
		}
		r := evaluate(d, m, items)
		for _, o := range r.outcomes {
			if showErrors == 0 {
				break
			}
			if o.reliable && !o.correct {
				fmt.Fprintf(w, "%s: %s: reliable but wrong: %s\n", m.Name, o.cell, o.detail)
				showErrors--
			}
		}
		r.speed100 = speed(d, 100, speedFor)
		r.speed1000 = speed(d, 1000, speedFor)
		reports = append(reports, r)
	}

	printAccuracy(w, reports)
	printReliable(w, reports)
	printCalibration(w, reports)
	printCost(w, reports, mems)
	return nil
}

// load reads every labelled line under dir; the label is the file's language.
func load(dir string) ([]item, error) {
	var items []item
	for _, set := range []string{"sentences", "word-pairs", "single-words"} {
		for _, lang := range langid.DefaultLanguages() {
			lines, err := readLines(filepath.Join(dir, "lingua", set, lang+".txt"))
			if err != nil {
				return nil, err
			}
			for _, l := range lines {
				items = append(items, item{set: "lingua", class: set, lang: lang, text: l})
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "tatoeba", "tatoeba.*-*.*"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no tatoeba files under %s", dir)
	}
	iso := map[string]string{"eng": "en", "fra": "fr", "deu": "de", "spa": "es", "ita": "it", "por": "pt", "nld": "nl"}
	for _, f := range files {
		lang, ok := iso[strings.TrimPrefix(filepath.Ext(f), ".")]
		if !ok {
			continue
		}
		lines, err := readLines(f)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			items = append(items, item{set: "tatoeba", class: lengthClass(l), lang: lang, text: l})
		}
	}
	return items, nil
}

// lengthClass buckets Tatoeba sentences by size: the short ones are the
// query-like texts the lingua sentence set does not cover.
func lengthClass(s string) string {
	switch n := utf8.RuneCountInString(s); {
	case n <= 20:
		return "≤20 chars"
	case n <= 40:
		return "21-40 chars"
	default:
		return ">40 chars"
	}
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return lines, nil
}

// outcome is one prediction, kept to recompute reliability at any margin.
type outcome struct {
	cell     string
	words    string // word-count bucket, the unit "reliable" is calibrated in
	correct  bool
	reliable bool
	margin   float64
	detail   string // want, got and text, for -show-errors
}

type report struct {
	mode      mode
	cells     []string // "set/class", in data order
	outcomes  []outcome
	speed100  float64
	speed1000 float64
}

func evaluate(d *langid.Detector, m mode, items []item) report {
	var todo []item
	for _, it := range items {
		// A detector limited to fr+en cannot be right on German; scoring it
		// there would only measure the restriction.
		if slices.Contains(d.Languages(), it.lang) {
			todo = append(todo, it)
		}
	}
	out := make([]outcome, len(todo))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				res := d.Detect(todo[i].text)
				margin := res.Confidence
				if len(res.Candidates) > 1 {
					margin -= res.Candidates[1].Confidence
				}
				out[i] = outcome{
					cell:     todo[i].set + "/" + todo[i].class,
					words:    wordBucket(todo[i].text),
					correct:  res.Lang == todo[i].lang,
					reliable: res.Reliable,
					margin:   margin,
					detail:   fmt.Sprintf("want %s got %s (%.2f) %q", todo[i].lang, res.Lang, margin, todo[i].text),
				}
			}
		})
	}
	for i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()

	r := report{mode: m, outcomes: out}
	for _, o := range out {
		if !slices.Contains(r.cells, o.cell) {
			r.cells = append(r.cells, o.cell)
		}
	}
	return r
}

// tally counts predictions in one cell at a given reliability margin.
type tally struct{ n, correct, reliable, reliableCorrect int }

func (r report) tallies(key func(outcome) string, reliable func(outcome) bool) map[string]*tally {
	t := map[string]*tally{}
	for _, o := range r.outcomes {
		c := t[key(o)]
		if c == nil {
			c = &tally{}
			t[key(o)] = c
		}
		c.n++
		if o.correct {
			c.correct++
		}
		if reliable(o) {
			c.reliable++
			if o.correct {
				c.reliableCorrect++
			}
		}
	}
	return t
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return strconv.FormatFloat(100*float64(a)/float64(b), 'f', 1, 64)
}

func markdownTable(w io.Writer, header []string, rows [][]string) {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	line := func(cols []string) { fmt.Fprintln(tw, "| "+strings.Join(cols, "\t| ")+"\t|") }
	line(header)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	line(sep)
	for _, r := range rows {
		line(r)
	}
	tw.Flush()
}

func printAccuracy(w io.Writer, reports []report) {
	printByCell(w, "Accuracy (%) by data set and length class", reports, func(c *tally) string {
		return pct(c.correct, c.n) + " (" + strconv.Itoa(c.n) + ")"
	})
}

func printReliable(w io.Writer, reports []report) {
	printByCell(w, "Predictions flagged Reliable: coverage % / accuracy %", reports, func(c *tally) string {
		return pct(c.reliable, c.n) + " / " + pct(c.reliableCorrect, c.reliable)
	})
}

// printByCell prints a table of one row per data set and length class and
// one column per mode, each cell as format writes its tally.
func printByCell(w io.Writer, title string, reports []report, format func(*tally) string) {
	fmt.Fprintln(w, "\n### "+title)
	var rows [][]string
	for _, cell := range reports[0].cells {
		row := []string{cell}
		for _, r := range reports {
			row = append(row, format(r.tallies(byCell, byFlag)[cell]))
		}
		rows = append(rows, row)
	}
	markdownTable(w, modeHeader("set / class", reports), rows)
}

// modeHeader is a table's header: first, then one column per mode.
func modeHeader(first string, reports []report) []string {
	header := []string{first}
	for _, r := range reports {
		header = append(header, r.mode.Name)
	}
	return header
}

func byCell(o outcome) string  { return o.cell }
func byWords(o outcome) string { return o.words }
func byFlag(o outcome) bool    { return o.reliable }

// wordBuckets are the text sizes the reliable margin is calibrated for:
// lingua is overconfident on one or two words, so those need a wider margin.
var wordBuckets = []string{"1 word", "2 words", "3+ words"}

// wordBucket counts words the way lingua splits them: runs of letters.
func wordBucket(s string) string {
	n := len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	return wordBuckets[min(max(n, 1), len(wordBuckets))-1]
}

// printCalibration shows, per word-count bucket, the smallest margin at
// which predictions over all data sets are at least 99% right, and how many
// predictions that margin keeps: the evidence for langid's thresholds.
func printCalibration(w io.Writer, reports []report) {
	fmt.Fprintln(w, "\n### Calibration: smallest margin (top − runner-up) giving ≥99% accuracy, pooled per word count (coverage % at it)")
	var rows [][]string
	for _, bucket := range wordBuckets {
		row := []string{bucket}
		for _, r := range reports {
			col := "never"
			for step := 0; step <= 20; step++ {
				th := float64(step) / 20
				c := r.tallies(byWords, func(o outcome) bool { return o.margin >= th })[bucket]
				if c != nil && c.reliable >= 50 && float64(c.reliableCorrect) >= 0.99*float64(c.reliable) {
					col = strconv.FormatFloat(th, 'f', 2, 64) + " (" + pct(c.reliable, c.n) + ")"
					break
				}
			}
			row = append(row, col)
		}
		rows = append(rows, row)
	}
	markdownTable(w, modeHeader("words", reports), rows)
}

// article is a realistic French IT news text for the speed measurement.
const article = `Le fournisseur de services cloud a annoncé mardi une panne majeure de son ` +
	`infrastructure de stockage objet, qui a rendu indisponibles pendant près de six heures ` +
	`les sauvegardes de milliers d'entreprises européennes. Selon le communiqué publié dans ` +
	`la soirée, une mise à jour du logiciel de gestion des clés de chiffrement aurait ` +
	`provoqué une cascade d'erreurs dans trois centres de données situés en France et en ` +
	`Allemagne. Les équipes techniques ont d'abord tenté un retour arrière, sans succès, ` +
	`avant de redémarrer manuellement les nœuds concernés. Plusieurs clients, dont une ` +
	`banque en ligne et un éditeur de logiciels de comptabilité, ont fait état de ` +
	`ralentissements importants sur leurs applications. L'Agence nationale de la sécurité ` +
	`des systèmes d'information rappelle qu'aucune fuite de données n'a été constatée à ce ` +
	`stade, mais recommande de vérifier l'intégrité des copies et de tester régulièrement ` +
	`les procédures de restauration. L'entreprise promet un rapport détaillé sous quinze ` +
	`jours et des compensations pour les contrats de niveau de service non respectés. ` +
	`Les analystes soulignent que cet incident relance le débat sur la dépendance des ` +
	`organisations à un petit nombre d'hébergeurs et sur l'intérêt des architectures ` +
	`multi-cloud, plus coûteuses mais plus résilientes face à ce type de défaillance.`

// speed reports documents per second on the first n characters of article,
// from one goroutine: the rate one ingest worker gets.
func speed(d *langid.Detector, n int, dur time.Duration) float64 {
	text := string([]rune(article)[:n])
	start := time.Now()
	count := 0
	for time.Since(start) < dur {
		d.Detect(text)
		count++
	}
	return float64(count) / time.Since(start).Seconds()
}

// memory is what building one mode cost a fresh process.
type memory struct {
	HeapInuseMiB float64
	SysMiB       float64
	RSSMiB       float64
	PeakRSSMiB   float64 // VmHWM: the whole process, decoding garbage included
	BuildSeconds float64
}

func measureMemory(i int) (memory, error) {
	exe, err := os.Executable()
	if err != nil {
		return memory{}, err
	}
	out, err := exec.Command(exe, "-probe-memory", strconv.Itoa(i)).Output()
	if err != nil {
		return memory{}, fmt.Errorf("probe memory of %q: %w", modes[i].Name, err)
	}
	var m memory
	if err := json.Unmarshal(out, &m); err != nil {
		return memory{}, fmt.Errorf("probe memory of %q: %w", modes[i].Name, err)
	}
	return m, nil
}

// probeMemory builds mode i and reports the growth of the heap and of the
// resident set, after a GC so that garbage from decoding the models is not
// counted as their cost.
func probeMemory(i int, w io.Writer) error {
	if i >= len(modes) {
		return fmt.Errorf("no mode %d", i)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rssBefore, err := procStatus("VmRSS")
	if err != nil {
		return err
	}
	start := time.Now()
	d, err := langid.New(langid.Options{Languages: modes[i].Languages, LowAccuracy: modes[i].LowAccuracy})
	if err != nil {
		return err
	}
	built := time.Since(start)
	runtime.GC()
	debug.FreeOSMemory()
	runtime.ReadMemStats(&after)
	rssAfter, err := procStatus("VmRSS")
	if err != nil {
		return err
	}
	peak, err := procStatus("VmHWM")
	if err != nil {
		return err
	}
	runtime.KeepAlive(d)
	const mib = 1 << 20
	return json.NewEncoder(w).Encode(memory{
		HeapInuseMiB: float64(after.HeapInuse-before.HeapInuse) / mib,
		SysMiB:       float64(after.Sys-before.Sys) / mib,
		RSSMiB:       float64(rssAfter-rssBefore) / mib,
		PeakRSSMiB:   float64(peak) / mib,
		BuildSeconds: built.Seconds(),
	})
}

// procStatus reads a size field of /proc/self/status (VmRSS, VmHWM) in bytes.
func procStatus(field string) (uint64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for l := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(l, field+":"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no %s in /proc/self/status", field)
}

func printCost(w io.Writer, reports []report, mems []memory) {
	fmt.Fprintln(w, "\n### Cost: model memory (growth after building, fresh process) and speed (one goroutine)")
	header := []string{"mode", "HeapInuse MiB", "Sys MiB", "VmRSS MiB", "peak VmHWM MiB", "build s", "docs/s @1000 chars", "docs/s @100 chars"}
	var rows [][]string
	for i, r := range reports {
		m := mems[i]
		rows = append(rows, []string{
			r.mode.Name,
			strconv.FormatFloat(m.HeapInuseMiB, 'f', 0, 64),
			strconv.FormatFloat(m.SysMiB, 'f', 0, 64),
			strconv.FormatFloat(m.RSSMiB, 'f', 0, 64),
			strconv.FormatFloat(m.PeakRSSMiB, 'f', 0, 64),
			strconv.FormatFloat(m.BuildSeconds, 'f', 1, 64),
			strconv.FormatFloat(r.speed1000, 'f', 0, 64),
			strconv.FormatFloat(r.speed100, 'f', 0, 64),
		})
	}
	markdownTable(w, header, rows)
}
