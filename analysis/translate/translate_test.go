package translate

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis/terms"
	"github.com/recherche/recherche/analysis/translate/translatetest"
)

// Entries written for these tests in the layouts of the three FreeDict
// families: plain EN↔FR lists, Ding's EN↔DE with examples and
// cross-references, and WikDict's DE↔FR with source-language glosses.
const (
	plainEntry = "water /wɔːtər/\n1. aquatique\n2. eau, onde\n3. abreuver, arroser\n"
	dingEntry  = "water /wˈɔːtə/\nWasser <neut>\n      \"take the waters\"  - Wasseranwendungen\n see: {running water}, {hard water}\n\n"
	wikEntry   = "Haus /haʊ̯s/ <n, neut>\n1. maison 2.\nzu einem bestimmten Zweck erbautes Gebäude\n 3.\nzum Wohnen dienendes Gebäude\n2. foyer, logis\nHeim\n"
)

func TestParseEntry(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		glossed bool
		want    []string
	}{
		{"plain senses", plainEntry, false, []string{"aquatique", "eau", "onde", "abreuver", "arroser"}},
		{"ding examples skipped", dingEntry, false, []string{"Wasser"}},
		{"wikdict glosses skipped", wikEntry, true, []string{"maison", "foyer", "logis"}},
		{"headword only", "word /w/\n", false, nil},
		{"junk", "x\n{a}, \"b\", 3.14, <n>\n", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseEntry(tt.text, tt.glossed); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseEntry = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadDictd(t *testing.T) {
	body := plainEntry + dingEntry
	index := "00databaseinfo\tA\tB\nwater\tA\t" + b64(len(plainEntry)) + "\n" +
		"water\t" + b64(len(plainEntry)) + "\t" + b64(len(dingEntry)) + "\n" +
		"broken\t!!\tA\n" + "beyond\tZZZZ\tB\n" + "noTab\n"
	var got []Entry
	if err := ReadDictd(strings.NewReader(index), []byte(body), false, nil, func(e Entry) { got = append(got, e) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Translations[1] != "eau" || got[1].Translations[0] != "Wasser" {
		t.Errorf("entries %+v", got)
	}
	if err := ReadDictd(strings.NewReader("junk\n"), nil, false, nil, func(Entry) {}); err == nil {
		t.Error("an index with no usable line: want an error")
	}
}

func b64(n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if n == 0 {
		return "A"
	}
	s := ""
	for ; n > 0; n /= 64 {
		s = string(alphabet[n%64]) + s
	}
	return s
}

func FuzzReadDictd(f *testing.F) {
	f.Add("water\tA\tBX\n", plainEntry, false)
	f.Add("haus\tA\tCA\n", wikEntry, true)
	f.Add("a\t/\t+\n\t\t\n", "\xff\xfe", false)
	f.Fuzz(func(t *testing.T, index, body string, glossed bool) {
		_ = ReadDictd(strings.NewReader(index), []byte(body), glossed, nil, func(e Entry) {
			if e.Head == "" || len(e.Translations) == 0 {
				t.Fatalf("empty entry %+v", e)
			}
			for _, tr := range e.Translations {
				if tr == "" || strings.ContainsAny(tr, "\n\t{}<>") {
					t.Fatalf("bad translation %q", tr)
				}
			}
		})
	})
}

func TestMissingDictionariesDegrade(t *testing.T) {
	l := Load(Options{Dir: t.TempDir()})
	if !l.Degraded() {
		t.Error("no dictionary files: want Degraded")
	}
	for _, s := range l.Sources() {
		if s.Name != "glossary" && (s.Loaded || s.Problem == "") {
			t.Errorf("source %+v: want not loaded, with the problem", s)
		}
	}
	if got := l.Lookup("en", "unemploy"); len(got) == 0 || got[0].Display != "chômage" {
		t.Errorf("the glossary alone: unemployment → %+v, want chômage first", got)
	}
}

func TestCorruptDictionaryIsSkipped(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/freedict-eng-fra.index", []byte("water\tA\tZZ\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/freedict-eng-fra.dict.dz", []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	l := Load(Options{Dir: dir})
	for _, s := range l.Sources() {
		if s.Name == "freedict-eng-fra" && (s.Loaded || !strings.Contains(s.Problem, "dict.dz")) {
			t.Errorf("corrupt file: source %+v, want a problem naming it", s)
		}
	}
}

func TestTranslate(t *testing.T) {
	tr := New(Load(Options{Dir: t.TempDir()})) // the glossary and cognates only
	frVocab := map[string]int{"chomag": 40, "tau": 90, "seism": 5, "tremblement": 3, "ter": 50, "macron": 12, "organ": 9, "2019": 30, "cloud": 7}
	enVocab := map[string]int{"strike": 20, "interest": 30, "rate": 40, "unemploy": 10}
	vocab := func(m map[string]int) func(string) int { return func(s string) int { return m[s] } }
	tests := []struct {
		name, text, from, to string
		vocab                map[string]int
		want                 map[string][]string // source → terms, best first
	}{
		{"glossary word", "unemployment", "en", "fr", frVocab, map[string][]string{"unemployment": {"chomag"}}},
		{"phrase first", "unemployment rate", "en", "fr", frVocab, map[string][]string{"unemployment rate": {"tau", "chomag"}}},
		{"name passes", "Macron 2019", "en", "fr", frVocab, map[string][]string{"Macron": {"macron"}, "2019": {"2019"}}},
		{"cognate", "organization", "en", "fr", frVocab, map[string][]string{"organization": {"organ"}}},
		{"vocabulary filters", "unemployment", "en", "fr", map[string]int{}, map[string][]string{}},
		{"fr to en", "grève", "fr", "en", enVocab, map[string][]string{"grève": {"strike"}}},
		{"unsupported", "Arbeitslosigkeit", "de", "fr", frVocab, map[string][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string][]string{}
			for _, g := range tr.Translate(tt.text, tt.from, tt.to, vocab(tt.vocab)) {
				if !strings.HasPrefix(tt.text[g.Start:], g.Source) {
					t.Errorf("group %q starts at %d of %q", g.Source, g.Start, tt.text)
				}
				var ts []string
				for i, term := range g.Terms {
					if term.Weight <= 0 || term.Weight > 1 || (i == 0 && term.Weight != 1) {
						t.Errorf("%q: weight %v", term.Term, term.Weight)
					}
					ts = append(ts, term.Term)
				}
				got[g.Source] = ts
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Translate(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestCognates(t *testing.T) {
	for _, tt := range []struct{ word, from, to, want string }{
		{"organization", "en", "fr", "organisation"},
		{"liberty", "en", "fr", "liberté"},
		{"économique", "fr", "en", "economic"},
		{"directeur", "fr", "en", "director"},
	} {
		if got := Cognates(tt.word, tt.from, tt.to); !slices.Contains(got, tt.want) {
			t.Errorf("Cognates(%q) = %q, want %q among them", tt.word, got, tt.want)
		}
	}
	if got := Cognates("cat", "en", "fr"); got != nil {
		t.Errorf("short word: %q", got)
	}
}

// writeDict writes a small dictd dictionary of entries written for the
// tests: headword, then its translations.
func writeDict(t *testing.T, dir, name string, entries map[string][]string) {
	t.Helper()
	if err := translatetest.WriteDictionary(dir, name, entries); err != nil {
		t.Fatal(err)
	}
}

func TestSmallDictionaries(t *testing.T) {
	dicts := t.TempDir()
	writeDict(t, dicts, "freedict-eng-fra", map[string][]string{"heatwave": {"canicule"}, "harbour": {"port", "havre"}})
	writeDict(t, dicts, "freedict-fra-eng", map[string][]string{"canicule": {"heatwave", "dog days"}})
	l := Load(Options{Dir: dicts})
	if l.Degraded() {
		t.Fatalf("two dictionaries loaded: want not degraded, sources %+v", l.Sources())
	}
	got := l.Lookup("en", strings.Join(terms.Terms("heatwave", "en"), " "))
	if len(got) == 0 || got[0].Display != "canicule" || got[0].Weight != 1 {
		t.Errorf("heatwave → %+v, want canicule first", got)
	}
}

func TestCache(t *testing.T) {
	dicts, cache := t.TempDir(), t.TempDir()
	writeDict(t, dicts, "freedict-eng-fra", map[string][]string{"heatwave": {"canicule"}, "harbour": {"port", "havre"}})
	first := Load(Options{Dir: dicts, CacheDir: cache})
	path := filepath.Join(cache, cacheFile)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no cache written: %v", err)
	}
	second := Load(Options{Dir: dicts, CacheDir: cache})
	if !reflect.DeepEqual(first.dirs, second.dirs) || !reflect.DeepEqual(first.forms, second.forms) || !reflect.DeepEqual(first.sources, second.sources) {
		t.Error("the lexicon read from the cache differs from the one built")
	}
	// A changed dictionary or a corrupt cache: built again, cache rewritten.
	writeDict(t, dicts, "freedict-eng-fra", map[string][]string{"heatwave": {"canicule"}, "harbour": {"port", "havre"}, "drought": {"sécheresse"}})
	if l := Load(Options{Dir: dicts, CacheDir: cache}); len(l.Lookup("en", "drought")) == 0 {
		t.Error("a changed dictionary: the stale cache was used")
	}
	if err := os.WriteFile(path, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if l := Load(Options{Dir: dicts, CacheDir: cache}); len(l.Lookup("en", "drought")) == 0 {
		t.Error("a corrupt cache: want the lexicon rebuilt")
	}
	if _, err := readCache(path, cacheKey(dicts, Options{})); err != nil {
		t.Errorf("the rebuilt cache does not read back: %v", err)
	}
}

// BenchmarkTranslate translates typical queries both ways with the
// installed lexicons (the glossary alone where FreeDict is absent), every
// term taken as present in the index: the most work a query can cost.
func BenchmarkTranslate(b *testing.B) {
	tr := New(Load(Options{}))
	queries := []struct{ text, from, to string }{
		{"unemployment", "en", "fr"},
		{"interest rates rise as inflation hits wages", "en", "fr"},
		{"I would like to go and get my stuff", "en", "fr"},
		{"grève des cheminots", "fr", "en"},
		{"Quelles sont les causes de la sécheresse en Europe ?", "fr", "en"},
	}
	all := func(string) int { return 1 }
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range queries {
			tr.Translate(q.text, q.from, q.to, all)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(queries)), "µs/query")
}
