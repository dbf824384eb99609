package bleveindex

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
)

// forgivingIndex holds French and English news sentences, "macron" in many
// documents, "macon" (the town) in a few, "marcon" in one, and the French
// "centre" and the English "canter" as often.
func forgivingIndex(t *testing.T) *Index {
	t.Helper()
	x := tempIndex(t, Options{})
	var docs []corpus.Document
	add := func(lang, body string, n int) { docs = append(docs, repeated(lang, body, n)...) }
	add("fr", "Emmanuel Macron a parlé du gouvernement et des retraites.", 60)
	add("fr", "La ville de Mâcon accueille un marché.", 3)
	add("fr", "Le peintre Marcon expose à Lyon.", 1)
	add("fr", "Les gilets jaunes manifestent contre le gouvernement.", 20)
	add("fr", "La virtualisation des serveurs avance, les machines virtuelles aussi.", 10)
	add("en", "Kubernetes orchestrates containers; the government watches.", 12)
	add("en", "The coronavirus pandemic and the government response.", 30)
	add("fr", "Le parlement a voté pendant l'épidémie.", 15)
	add("fr", "Les parlementaires en débattent.", 6)
	add("en", "Banking regulators met as banks cut rates.", 8)
	add("fr", "La puissance du réseau électrique a doublé.", 5)
	add("fr", "L'information de l'informateur, une information vérifiée.", 9)
	// "cantre" is one edit from either, as common: the languages' weights
	// choose.
	add("fr", "Le centre de la ville est fermé.", 5)
	add("en", "The horse broke into a canter.", 5)
	// The first documents holding "virtual" write it so; one writes
	// "virtualization", which the stemmer also makes "virtual".
	add("en", "Virtual machines run on the host.", 10)
	add("en", "Server virtualization saves power.", 1)
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return x
}

// TestForgive: which words are corrected or completed, and into what.
func TestForgive(t *testing.T) {
	x := forgivingIndex(t)
	tests := []struct {
		name, text string
		lang       string // the query's detected language, "" unsure
		prefix     bool
		want       string // corrections as word→first term searched, "" none
		suggestion string
	}{
		{"known word unchanged", "macron retraites", "fr", false, "", ""},
		{"short word never corrected", "jaun", "fr", false, "", ""},
		{"transposition", "macorn", "fr", false, "macorn→macron", "macron"},
		{"rare word next to a common one", "Marcon", "fr", false, "Marcon→marcon", "macron"},
		{"accent is no typo", "Mâcon", "fr", false, "", ""},
		{"deletion in English", "kubernetse", "", false, "kubernetse→kubernet", "kubernetes"},
		{"two typos in a long word", "coronaviurs pandmic", "en", false, "coronaviurs→coronavirus pandmic→pandem", "coronavirus pandemic"},
		{"excluded words are left alone", "gouvernement -macorn", "fr", false, "", ""},
		{"prefix completes the last word", "gilets jau", "fr", true, "jau→jaun", ""},
		{"prefix ends with a space: none", "gilets jau ", "fr", true, "", ""},
		{"whole word ranks first", "macron", "fr", true, "macron→macron", ""},
		{"prefix past the French light stem", "parlem", "fr", true, "parlem→parl", ""},
		{"prefix past the stem, accents", "épidémi", "fr", true, "épidémi→epidem", ""},
		{"prefix past the English stem", "banki", "en", true, "banki→bank", ""},
		{"whole word written as another term", "parlementaires", "fr", true, "parlementaires→parlementair", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := index.Query{Text: tt.text, TextLang: tt.lang, Typos: true, Prefix: tt.prefix}
			clauses, err := index.ParseQuery(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			_, f, err := x.forgive(context.Background(), q, clauses)
			if err != nil {
				t.Fatal(err)
			}
			var words []string
			for i, c := range f.corrections {
				ms := f.searched[i]["fr"]
				if len(ms) == 0 {
					ms = f.searched[i]["en"]
				}
				words = append(words, c.Word+"→"+ms[0].term)
			}
			if g := strings.Join(words, " "); g != tt.want {
				t.Errorf("corrections %q, want %q (%+v)", g, tt.want, f.searched)
			}
			if f.suggestion != tt.suggestion {
				t.Errorf("suggestion %q, want %q", f.suggestion, tt.suggestion)
			}
		})
	}
}

// TestForgiveBounded: a query full of words the index lacks has at most
// maxCorrected of them looked up.
func TestForgiveBounded(t *testing.T) {
	x := forgivingIndex(t)
	text := strings.Repeat("macorn ", maxCorrected+4)
	clauses, err := index.ParseQuery(text)
	if err != nil {
		t.Fatal(err)
	}
	_, f, err := x.forgive(context.Background(), index.Query{Text: text, TextLang: "fr", Typos: true}, clauses)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.corrections) != maxCorrected {
		t.Errorf("%d words corrected, want %d", len(f.corrections), maxCorrected)
	}
}

// TestCompletionSpelling: completions are shown as documents write them,
// accents and all, the likeliest first.
func TestCompletionSpelling(t *testing.T) {
	x := forgivingIndex(t)
	tests := []struct {
		text, lang string
		want       []string
	}{
		{"parlem", "fr", []string{"parlement"}},
		{"épidémi", "fr", []string{"épidémie"}},
		{"gilets jau", "fr", []string{"jaunes"}},
		{"banki", "", []string{"banking"}},
		{"macr", "fr", []string{"macron"}},
		// "puissance" is indexed as "puisanc", which "puissanc" is not
		// the start of.
		{"puissanc", "fr", []string{"puissance"}},
		// "information" and "informateur" are both "inform": the word
		// documents write more often is meant.
		{"informa", "fr", []string{"information"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			clauses, err := index.ParseQuery(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			_, f, err := x.forgive(context.Background(), index.Query{Text: tt.text, TextLang: tt.lang, Prefix: true}, clauses)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.corrections) != 1 {
				t.Fatalf("corrections %+v, want one", f.corrections)
			}
			if got := f.corrections[0].As; !slices.Equal(got, tt.want) {
				t.Errorf("shown as %q, want %q (%+v)", got, tt.want, f.searched)
			}
		})
	}
}

// TestCompletionContext: the word being typed is completed as the word
// that stands beside the query's other words, right after the word before
// it where documents say so, and letters that only stem longer words are
// not taken for a word.
func TestCompletionContext(t *testing.T) {
	x := tempIndex(t, Options{})
	var docs []corpus.Document
	add := func(body string, n int) {
		for i := range n {
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("en-%d-%s", i, body[:10]), Lang: "en", Body: fmt.Sprintf("%s (%d)", body, i)})
		}
	}
	add("Shares rose on Monday, their last gain of a quiet week.", 20)
	add("Consumer prices rose last month in most shops.", 5)
	add("Markets closed on Monday for the holiday.", 10)
	add("Regulators raised safety issues about the new reactor.", 6)
	add("Nuclear weapons talks resumed in Geneva.", 4)
	add("The weather was weak and the weak currency fell.", 12)
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // the first completion shown
	}{
		{"mon", "monday"},
		{"last mon", "month"},
		{"wea", "weak"},
		{"nuclear wea", "weapons"},
		{"safety issu", "issues"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			wantFirstCompletion(t, x, tt.text, "en", tt.want)
		})
	}
}

// TestCompletionContextPool: the completion that stands beside the word
// before is found among more than the commonest few. The tuning row
// "william gra" (meant "william gray"): on the 39k news index, "gray" is
// the eleventh commonest English completion of "gra" (grain, grant,
// grade, gradual, grace, grand, graphic, grammar, grave and gram are
// commoner), yet nearly every document holding "william" and one of them
// holds "gray", right after it.
func TestCompletionContextPool(t *testing.T) {
	x := tempIndex(t, Options{})
	var docs []corpus.Document
	add := func(body string, n int) {
		for i := range n {
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("en-%d-%s", i, body[:10]), Lang: "en", Body: fmt.Sprintf("%s (%d)", body, i)})
		}
	}
	add("Grain prices rose at the port.", 20)
	add("The council approved new grants for schools.", 19)
	add("Pupils sat exams for their grades.", 18)
	add("The economy recovered gradually this year.", 17)
	add("The dancer moved with grace on stage.", 16)
	add("A grand hotel opened downtown.", 15)
	add("The studio hired designers for graphics.", 14)
	add("The book corrects common grammar mistakes.", 13)
	add("Officials voiced grave concerns on Friday.", 12)
	add("Each packet holds ten grams of salt.", 11)
	add("William Gray, the mayor, spoke to reporters.", 6)
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	wantFirstCompletion(t, x, "gra", "en", "grain")
	wantFirstCompletion(t, x, "william gra", "en", "gray")
}

// TestCompletionLanguagePrior: a prefix that starts words of both
// languages is read as the word a person most likely means, each
// language's documents weighed by how many words they hold: twenty long
// French articles saying "notamment" do not outweigh ten short wires
// saying "note", while twenty French articles as short as the wires do.
func TestCompletionLanguagePrior(t *testing.T) {
	long := "notamment "
	for i := range 40 {
		long += fmt.Sprintf("mot%c%c ", 'a'+i/26, 'a'+i%26)
	}
	tests := []struct {
		name, french, want string
	}{
		{"long French articles", long, "note"},
		{"French articles as short as the wires", "Le projet avance notamment vers la fin.", "notamment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := tempIndex(t, Options{})
			var docs []corpus.Document
			for i := range 20 {
				docs = append(docs, corpus.Document{ID: fmt.Sprintf("fr-%d", i), Lang: "fr", Body: fmt.Sprintf("%s (%d)", tt.french, i)})
			}
			for i := range 10 {
				docs = append(docs, corpus.Document{ID: fmt.Sprintf("en-%d", i), Lang: "en", Body: fmt.Sprintf("Traders note the firm yen (%d).", i)})
			}
			if _, err := x.Put(context.Background(), docs); err != nil {
				t.Fatal(err)
			}
			wantFirstCompletion(t, x, "not", "", tt.want)
		})
	}
}

// TestCompletionReadings: the letters typed are a whole word only when
// that is the likeliest reading of them ("fou" is the start of "four" in
// an index that writes "four" five times as often); letters typed without
// the accents a language's words carry there are read as those words less
// often than as another language's written so ("decisio" is the English
// "decision", "décisio" the French "décision"); and the term the typed
// letters stem to is a reading only when a word starting with them is
// indexed as it ("highe" stems to "high", but "higher" is no "high").
func TestCompletionReadings(t *testing.T) {
	type batch struct {
		lang, body string
		n          int
	}
	tests := []struct {
		name         string
		docs         []batch
		typed, first string
	}{
		{"a rarer whole word", []batch{{"fr", "Le fou du roi", 2}, {"en", "Four firms rose", 10}}, "fou", "four"},
		{"a commoner whole word", []batch{{"fr", "Le fou du roi", 10}, {"en", "Four firms rose", 2}}, "fou", "fou"},
		{"unaccented letters", []batch{{"fr", "La décision du juge", 12}, {"en", "The decision stands", 8}}, "decisio", "decision"},
		{"accented letters", []batch{{"fr", "La décision du juge", 12}, {"en", "The decision stands", 8}}, "décisio", "décision"},
		{"no accent to drop", []batch{{"fr", "La precision du juge", 12}, {"en", "The precision stands", 8}}, "precisio", "precision"},
		{"a stem no word starting with the letters has", []batch{{"en", "Prices are high", 12}, {"en", "Prices went higher", 3}}, "highe", "higher"},
		{"a stem such words have", []batch{{"fr", "Les policiers patrouillent", 12}, {"fr", "La police patrouille", 3}}, "policie", "policiers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := tempIndex(t, Options{})
			var docs []corpus.Document
			for j, b := range tt.docs {
				for i := range b.n {
					docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s-%d-%d", b.lang, j, i), Lang: b.lang, Body: fmt.Sprintf("%s (%d).", b.body, i)})
				}
			}
			if _, err := x.Put(context.Background(), docs); err != nil {
				t.Fatal(err)
			}
			wantFirstCompletion(t, x, tt.typed, "", tt.first)
		})
	}
}

// TestReadingPriorsRefresh: the priors are read again, in the background,
// once the index has grown by more than staleShare, and kept below that.
func TestReadingPriorsRefresh(t *testing.T) {
	x := tempIndex(t, Options{})
	put := func(from, n int, body string) {
		var docs []corpus.Document
		for i := from; i < from+n; i++ {
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("en-%d", i), Lang: "en", Body: fmt.Sprintf("%s (%d)", body, i)})
		}
		if _, err := x.Put(context.Background(), docs); err != nil {
			t.Fatal(err)
		}
	}
	prior := func() float64 {
		v, err := x.openVocabulary()
		if err != nil {
			t.Fatal(err)
		}
		defer v.close()
		return v.priors.weights(context.Background(), v.readers, v.open)["en"]
	}
	put(0, 200, "Short wire.")
	first := prior()
	if first <= 0 {
		t.Fatalf("prior %v, want > 0", first)
	}
	put(200, 1, "A much longer wire story about markets, rates, banks and traders.")
	if got := prior(); got != first {
		t.Errorf("after 0.5 %% more documents: prior %v, want the cached %v", got, first)
	}
	put(201, 100, "A much longer wire story about markets, rates, banks and traders.")
	// The first call past the limit answers with the last reading and
	// reads again in the background; the next one has the new reading.
	if got := prior(); got != first {
		t.Errorf("right after half as many documents again: prior %v, want the cached %v while it is read again", got, first)
	}
	x.priors.wg.Wait()
	if got := prior(); got >= first {
		t.Errorf("after half as many documents again, each longer: prior %v, want under %v", got, first)
	}
}

// wantFirstCompletion completes text's last word in x, in lang ("" when
// the language is unsure), and checks the first word it is shown as.
func wantFirstCompletion(t *testing.T, x *Index, text, lang, want string) {
	t.Helper()
	clauses, err := index.ParseQuery(text)
	if err != nil {
		t.Fatal(err)
	}
	_, f, err := x.forgive(context.Background(), index.Query{Text: text, TextLang: lang, Prefix: true}, clauses)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.corrections) != 1 || len(f.corrections[0].As) == 0 {
		t.Fatalf("corrections %+v, want one", f.corrections)
	}
	if got := f.corrections[0].As[0]; got != want {
		t.Errorf("completed as %q, want %q first (%+v)", f.corrections[0].As, want, f.searched)
	}
}

// TestRespell: a common word that no document writes as typed, but that
// documents write with a letter doubled or undoubled, is searched as typed
// (the stemmers collapse doubled letters) and suggested as documents
// write it; another form of a word is not a typo.
func TestRespell(t *testing.T) {
	x := tempIndex(t, Options{})
	var docs []corpus.Document
	for i := range 12 {
		for j, body := range []string{"Le port de Marseille accueille des navires.", "La maison construite l'an dernier.", "Le vaccin est arrivé."} {
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("fr-%d-%d", j, i), Lang: "fr", Body: fmt.Sprintf("%s (%d)", body, i)})
		}
	}
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, suggestion string
	}{
		{"Marseile", "marseille"},
		{"port de Marseile", "port de marseille"},
		{"vacccin", "vaccin"},
		{"Marseille", ""},
		{"construites", ""}, // "construite" is another form, not a typo
		{"vacin", ""},       // its own term: documents may write it so
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			clauses, err := index.ParseQuery(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			out, f, err := x.forgive(context.Background(), index.Query{Text: tt.text, TextLang: "fr", Typos: true}, clauses)
			if err != nil {
				t.Fatal(err)
			}
			if f.suggestion != tt.suggestion {
				t.Errorf("suggestion %q, want %q (%+v)", f.suggestion, tt.suggestion, f.corrections)
			}
			if got := out[len(out)-1].Text; got != clauses[len(clauses)-1].Text {
				t.Errorf("searched as %q, want %q as typed", got, clauses[len(clauses)-1].Text)
			}
			if f.rewritten != "" {
				t.Errorf("rewritten as %q, want nothing: the query is read for its language as typed", f.rewritten)
			}
		})
	}
}

// TestForgivenReused: within one request (index.WithReuse), Search after
// Rewrite answers exactly what a Search of its own does, whether the
// reading of the query changed in between or not; the work is shared only
// when what it read is the same.
func TestForgivenReused(t *testing.T) {
	x := forgivingIndex(t)
	frSure := map[string]float64{"fr": 0.9, "en": 0.1}
	enSure := map[string]float64{"fr": 0.1, "en": 0.9}
	tests := []struct {
		name        string
		first, then index.Query
		shared      bool
	}{
		{"same reading", index.Query{Text: "gilets jau", TextLang: "fr", Prefix: true, Typos: true}, index.Query{Text: "gilets jau", TextLang: "fr", Prefix: true, Typos: true}, true},
		{"language found after completing", index.Query{Text: "macr", Prefix: true, Typos: true}, index.Query{Text: "macr", TextLang: "fr", Prefix: true, Typos: true}, false},
		{"weights unread by a completion", index.Query{Text: "parlem", Prefix: true, Typos: true, LangWeights: enSure}, index.Query{Text: "parlem", Prefix: true, Typos: true, LangWeights: frSure}, true},
		{"weights read by a correction", index.Query{Text: "cantre", Typos: true, LangWeights: enSure}, index.Query{Text: "cantre", Typos: true, LangWeights: frSure}, false},
		{"same weights", index.Query{Text: "cantre", Typos: true, LangWeights: frSure}, index.Query{Text: "cantre", Typos: true, LangWeights: frSure}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.first.Size, tt.then.Size = 10, 10
			alone, err := x.Search(context.Background(), tt.then)
			if err != nil {
				t.Fatal(err)
			}
			ctx := index.WithReuse(context.Background())
			if _, err := x.Rewrite(ctx, tt.first); err != nil {
				t.Fatal(err)
			}
			kept, _ := index.Reused(ctx).Load(forgivenKey{text: tt.then.Text, textLang: tt.then.TextLang, typos: tt.then.Typos, prefix: tt.then.Prefix})
			if shared := kept != nil && (!kept.(forgivenValue).fz.weighsLangs() || maps.Equal(kept.(forgivenValue).weights, tt.then.LangWeights)); shared != tt.shared {
				t.Errorf("shared %v, want %v", shared, tt.shared)
			}
			reused, err := x.Search(ctx, tt.then)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := fmt.Sprintf("%+v %+v", reused.Hits, reused.Query), fmt.Sprintf("%+v %+v", alone.Hits, alone.Query); got != want {
				t.Errorf("after Rewrite:\n%s\nalone:\n%s", got, want)
			}
		})
	}
}

// TestSpelledAsListed: a correction is shown as a word documents write,
// within the typos allowed, rather than as a word made up from the typed
// one: "virtualsation" less its "s" stems as "virtual" does, but no
// document writes "virtualation".
func TestSpelledAsListed(t *testing.T) {
	x := forgivingIndex(t)
	for _, typed := range []string{"virtualsation", "virtualizaton"} {
		clauses, err := index.ParseQuery(typed)
		if err != nil {
			t.Fatal(err)
		}
		_, f, err := x.forgive(context.Background(), index.Query{Text: typed, TextLang: "en", Typos: true}, clauses)
		if err != nil {
			t.Fatal(err)
		}
		if f.suggestion != "virtualization" {
			t.Errorf("%s: suggestion %q, want virtualization (%+v)", typed, f.suggestion, f.corrections)
		}
	}
}

// repeated makes n documents of lang holding body, each told apart by its
// number.
func repeated(lang, body string, n int) []corpus.Document {
	docs := make([]corpus.Document, n)
	for i := range n {
		docs[i] = corpus.Document{ID: fmt.Sprintf("%s-%d-%s", lang, i, body[:8]), Lang: lang, Body: fmt.Sprintf("%s (%d)", body, i)}
	}
	return docs
}

// TestCompletionSearchedAsWord: letters that are no whole word are
// searched as the word they are read as, and find what that word finds:
// "lon" is "long", and the few articles that write "longtemps" over and
// over, or "london", are not mixed in. A whole word typed is searched
// first and its completions beside it, as the person may type on.
func TestCompletionSearchedAsWord(t *testing.T) {
	x := tempIndex(t, Options{})
	var docs []corpus.Document
	add := func(lang, body string, n int) { docs = append(docs, repeated(lang, body, n)...) }
	add("en", "The talks were long and the night was long.", 12)
	add("en", "Traders in London sold the pound.", 3)
	add("en", "Talks went on longer than planned.", 4)
	add("fr", "Longtemps, longtemps, il a attendu longtemps le train.", 3)
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	search := func(text string, prefix bool) *index.Result {
		t.Helper()
		r, err := x.Search(context.Background(), index.Query{Text: text, Size: 30, Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	hitIDs := func(r *index.Result) []string {
		var out []string
		for _, h := range r.Hits {
			out = append(out, h.ID)
		}
		return out
	}
	t.Run("letters that are no word", func(t *testing.T) {
		got, want := search("lon", true), search("long", false)
		if len(got.Query.Corrections) != 1 || got.Query.Corrections[0].As[0] != "long" {
			t.Fatalf("corrections %+v, want lon read as long", got.Query.Corrections)
		}
		if !slices.Equal(hitIDs(got), hitIDs(want)) {
			t.Errorf("lon: hits %v, want those of long %v", hitIDs(got), hitIDs(want))
		}
	})
	t.Run("a whole word", func(t *testing.T) {
		got, whole := search("long", true), search("long", false)
		if got.Total <= whole.Total {
			t.Errorf("long, typed on: %d hits, want more than the word's own %d (its completions beside it)", got.Total, whole.Total)
		}
		if ids := hitIDs(got); len(ids) < 12 || !slices.Equal(ids[:12], hitIDs(whole)[:12]) {
			t.Errorf("long, typed on: hits %v, want the word's own %v first", ids, hitIDs(whole))
		}
	})
}
