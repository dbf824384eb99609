// Package langid owns language identification: which language an article or
// a query is written in, how sure we are, and which other languages came
// close. It wraps lingua-go behind a small API so the rest of Recherche sees
// ISO 639-1 codes and plain numbers, never lingua's types.
//
// It imports lingua-go, corpus (for the one list of apostrophes), its
// function words from corpus/wordlist, and the standard library; it does
// no I/O.
package langid

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"

	"github.com/recherche/recherche/corpus"
)

// DefaultMaxChars is how much of a document Detect reads when Options.MaxChars
// is zero. Sentences of 40 characters and more are already nearly always
// right, while detection time grows linearly with the length, so a thousand
// characters is plenty and a long article costs no more than a short one
// (docs/quality.md, "Language detection": accuracy by length class, and
// "Cost").
const DefaultMaxChars = 1000

// reliableMargins[mode][words-1] is the smallest gap between the best and the
// runner-up confidence for which Detect calls a result reliable, for texts of
// 1, 2 and 3+ words. lingua is overconfident on one or two words, so those
// need a wider gap. Calibrated with tools/evallang so that reliable predictions
// are at least 99% right in every data set and length class of lingua's and
// Tatoeba's test lines, with some headroom (docs/quality.md). In low-accuracy
// mode no gap reached 99% on one or two words, so those are never reliable.
var reliableMargins = [2][3]float64{
	{0.90, 0.50, 0.25},               // high accuracy
	{math.Inf(1), math.Inf(1), 0.95}, // low accuracy
}

// Candidate is one language a text may be written in, with lingua's
// confidence (0..1; the confidences of one text sum to 1).
type Candidate struct {
	Lang       string
	Confidence float64
}

// Result is the outcome of one detection. Lang is the most likely language,
// or "" when the text holds no letters to judge by. Candidates lists every
// language with a non-zero confidence, most likely first.
type Result struct {
	Lang       string
	Confidence float64
	Reliable   bool
	Candidates []Candidate
}

// Options configures a Detector. The zero value is the recommended setup:
// the default languages in high-accuracy mode, reading the first
// DefaultMaxChars characters of long texts.
type Options struct {
	// Languages are ISO 639-1 codes; nil means DefaultLanguages. At least
	// two are needed: with one there would be nothing to decide.
	Languages []string
	// LowAccuracy loads trigram models only. It saves most of the model
	// memory but only changes results for texts under about 120 letters
	// (lingua uses trigrams alone above that), i.e. for queries.
	LowAccuracy bool
	// MaxChars bounds how many characters of a text are read; 0 means
	// DefaultMaxChars.
	MaxChars int
	// LinguaChars bounds how many of those characters lingua reads when
	// function words did not settle the language; 0 means
	// DefaultLinguaChars.
	LinguaChars int
}

// DefaultLinguaChars is how much of a text lingua reads. Its time grows with
// the text, and a few hundred letters already give it its answer: the news
// articles that function words leave to lingua get the same language from
// their first 300 characters as from 1,000 in all but a handful
// (docs/quality.md, "lingua reads 300 characters (issue 5)"; its cost by
// length under "Cost").
const DefaultLinguaChars = 300

// DefaultLanguages returns the languages a Detector chooses among when none
// are configured. Besides French and English it includes the neighbouring
// European languages so that a German or Spanish article is labelled as such
// instead of being forced into French or English.
func DefaultLanguages() []string {
	return []string{"fr", "en", "de", "es", "it", "pt", "nl"}
}

// Supported reports whether lingua has a model for the ISO 639-1 code, so
// callers can reject unknown language codes before building anything.
func Supported(code string) bool {
	_, ok := linguaLanguage(code)
	return ok
}

func linguaLanguage(code string) (lingua.Language, bool) {
	code = strings.ToLower(strings.TrimSpace(code))
	if code == "" {
		return lingua.Unknown, false
	}
	iso := lingua.GetIsoCode639_1FromValue(code)
	if iso == lingua.UnknownIsoCode639_1 {
		return lingua.Unknown, false
	}
	lang := lingua.GetLanguageFromIsoCode639_1(iso)
	return lang, lang != lingua.Unknown
}

// Detector identifies the language of texts. It is safe for concurrent use;
// build one per process, since its models are large and slow to load.
type Detector struct {
	lingua      lingua.LanguageDetector
	langs       []string
	maxChars    int
	linguaChars int
	margins     [3]float64
}

// New builds a Detector and loads all of its models up front, so the first
// request does not pay seconds of model loading and memory use is known at
// start. lingua keeps the models in process-wide maps: a second Detector with
// the same languages and mode costs no further memory.
func New(opts Options) (*Detector, error) {
	codes := opts.Languages
	if codes == nil {
		codes = DefaultLanguages()
	}
	var (
		langs   []lingua.Language
		names   []string
		unknown []string
	)
	for _, code := range codes {
		lang, ok := linguaLanguage(code)
		if !ok {
			unknown = append(unknown, fmt.Sprintf("%q", code))
			continue
		}
		if slices.Contains(langs, lang) {
			continue
		}
		langs = append(langs, lang)
		names = append(names, isoCode(lang))
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("langid: unknown ISO 639-1 language code(s) %s", strings.Join(unknown, ", "))
	}
	if len(langs) < 2 {
		// lingua panics on fewer than two languages; and with one the
		// answer would be known without looking.
		return nil, errors.New("langid: at least two distinct languages are needed")
	}
	maxChars := opts.MaxChars
	if maxChars < 0 {
		return nil, fmt.Errorf("langid: MaxChars %d is negative", maxChars)
	}
	if maxChars == 0 {
		maxChars = DefaultMaxChars
	}
	linguaChars := opts.LinguaChars
	if linguaChars < 0 {
		return nil, fmt.Errorf("langid: LinguaChars %d is negative", linguaChars)
	}
	if linguaChars == 0 {
		linguaChars = DefaultLinguaChars
	}

	b := lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithPreloadedLanguageModels()
	if opts.LowAccuracy {
		b = b.WithLowAccuracyMode()
	}
	margins := reliableMargins[0]
	if opts.LowAccuracy {
		margins = reliableMargins[1]
	}
	return &Detector{lingua: b.Build(), langs: names, maxChars: maxChars, linguaChars: linguaChars, margins: margins}, nil
}

// Languages returns the ISO 639-1 codes the Detector chooses among, in the
// configured order without duplicates.
func (d *Detector) Languages() []string {
	return slices.Clone(d.langs)
}

// Detect returns the language of text. Long texts are judged on their first
// MaxChars characters; shorter ones, queries included, are read whole. A text
// whose function words leave no doubt is answered without lingua (see
// byFunctionWords), with confidence 1 and no runner-up.
func (d *Detector) Detect(text string) Result {
	// Cut first: replacing an apostrophe keeps it one character, so the
	// cut falls at the same place, and the rest of a long text is not read.
	// Most apostrophes do not matter to lingua, which reads runs of letters
	// only, but the modifier letter apostrophe (U+02BC) is a letter to
	// Unicode and would glue "l" and "ordinateur" into one word no model
	// has seen.
	text = withoutNames(corpus.NormalizeApostrophes(prefix(text, d.maxChars)))
	if lang := byFunctionWords(text, d.langs); lang != "" {
		best := Candidate{Lang: lang, Confidence: 1}
		return Result{Lang: lang, Confidence: 1, Reliable: true, Candidates: []Candidate{best}}
	}
	text = prefix(text, d.linguaChars)
	values := d.lingua.ComputeLanguageConfidenceValues(text)

	var res Result
	for _, v := range values {
		if v.Value() <= 0 {
			continue
		}
		res.Candidates = append(res.Candidates, Candidate{Lang: isoCode(v.Language()), Confidence: v.Value()})
	}
	if len(res.Candidates) == 0 {
		return res
	}
	// lingua already sorts, but ties come back in an unspecified order and
	// callers compare results across runs.
	slices.SortStableFunc(res.Candidates, func(a, b Candidate) int {
		if c := cmp.Compare(b.Confidence, a.Confidence); c != 0 {
			return c
		}
		return cmp.Compare(a.Lang, b.Lang)
	})
	best := res.Candidates[0]
	res.Lang, res.Confidence = best.Lang, best.Confidence
	margin := best.Confidence
	if len(res.Candidates) > 1 {
		margin -= res.Candidates[1].Confidence
	}
	res.Reliable = margin >= d.margins[countWords(text, len(d.margins))-1]
	return res
}

// withoutNames drops the words that name things rather than speak a
// language: brand and product names (VMware, HDInsight, CRN), words with
// digits, and capitalized words inside a sentence (Microsoft, Docker,
// Azure). IT news is full of them and lingua reads them as evidence: it
// calls "Microsoft intègre Docker à Windows Server et à Azure." German.
// The sentence's first word stays, and so does the whole text when fewer
// than two words would be left, so a lone name is still judged.
func withoutNames(s string) string {
	words := strings.Fields(s)
	kept := make([]string, 0, len(words))
	letters := 0
	start := true // at the start of a sentence
	for _, w := range words {
		name := isName(w, start)
		r, _ := utf8.DecodeLastRuneInString(w)
		start = r == '.' || r == '!' || r == '?' || r == ':' || r == '"' || r == '»'
		if name {
			continue
		}
		kept = append(kept, w)
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			letters++
		}
	}
	if letters < 2 {
		return s
	}
	return strings.Join(kept, " ")
}

func isName(w string, sentenceStart bool) bool {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if w == "" {
		return false
	}
	for i, r := range w {
		if unicode.IsDigit(r) || (i > 0 && unicode.IsUpper(r)) {
			return true
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) && !sentenceStart
}

// countWords counts words as lingua reads them (corpus.LetterRuns), up
// to limit, and at least 1.
func countWords(s string, limit int) int {
	n := 0
	for range corpus.LetterRuns(s) {
		if n++; n == limit {
			break
		}
	}
	return max(n, 1)
}

func isoCode(lang lingua.Language) string {
	return strings.ToLower(lang.IsoCode639_1().String())
}

// prefix returns at most n characters of s, cut before the last space
// inside the limit so a half word does not pass for a word of another
// language. Text without spaces in the limit is cut at a character boundary.
func prefix(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	// The character right after the limit may itself be a space, in which
	// case the cut already falls between words.
	if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsSpace(r) {
		return s[:end]
	}
	if i := strings.LastIndexFunc(s[:end], unicode.IsSpace); i > 0 {
		return s[:i]
	}
	return s[:end]
}
