package server_test

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis/translate"

	"github.com/recherche/recherche/internal/testutil"
	"github.com/recherche/recherche/server"
)

// crossDocs are written for these tests: each language says what the other
// does not, in its own words.
var crossDocs = []map[string]any{
	{"id": "fr/chomage", "lang": "fr", "title": "Le chômage recule dans la région",
		"body": "Le taux de chômage a reculé de deux points cette année. Les syndicats saluent la baisse du chômage mais réclament des hausses de salaires."},
	{"id": "fr/secheresse", "lang": "fr", "title": "La sécheresse frappe les agriculteurs",
		"body": "La sécheresse de l'été a réduit la récolte de blé. Les agriculteurs demandent des aides à l'État."},
	{"id": "en/strike", "lang": "en", "title": "Rail workers go on strike",
		"body": "Rail workers began a strike on Monday over wages. The union said the strike would last a week."},
	{"id": "en/rates", "lang": "en", "title": "Central bank raises interest rates",
		"body": "The central bank raised its interest rate by half a point to fight inflation."},
}

func TestCrossLingualSearch(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	if res := c.postJSON("/v1/documents/batch", map[string]any{"documents": crossDocs}); res.status != http.StatusOK {
		t.Fatalf("batch: %d %s", res.status, res.body)
	}
	tests := []struct {
		name, query, want string
		also              string // a translation the response must list
	}{
		{"en to fr", q("q", "unemployment", "lang", "fr"), "fr/chomage", "chômage"},
		{"en to fr drought", q("q", "drought", "lang", "fr"), "fr/secheresse", "sécheresse"},
		{"fr to en", q("q", "grève", "lang", "en"), "en/strike", "strike"},
		{"fr phrase to en", q("q", "taux d'intérêt", "lang", "en"), "en/rates", ""},
		{"off", q("q", "unemployment", "lang", "fr", "cross_lingual", "false"), "", ""},
		{"name passes through", q("q", "chômage syndicats", "lang", "fr"), "fr/chomage", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.get("/v1/search?" + tt.query)
			if res.status != http.StatusOK {
				t.Fatalf("%d %s", res.status, res.body)
			}
			var got struct {
				Hits  []struct{ ID string }
				Query struct {
					CrossLingual bool `json:"cross_lingual"`
					Translations map[string][]struct {
						Term   string
						Weight float64
					}
				}
			}
			res.json(t, &got)
			var ids []string
			for _, h := range got.Hits {
				ids = append(ids, h.ID)
			}
			first := ""
			if len(ids) > 0 {
				first = ids[0]
			}
			if first != tt.want {
				t.Errorf("hits %v, want %q first", ids, tt.want)
			}
			if tt.also != "" {
				var terms []string
				for _, list := range got.Query.Translations {
					for _, tr := range list {
						terms = append(terms, tr.Term)
						if tr.Weight <= 0 || tr.Weight > 1 {
							t.Errorf("translation %q weight %v, want (0, 1]", tr.Term, tr.Weight)
						}
					}
				}
				if !strings.Contains(" "+strings.Join(terms, " ")+" ", " "+tt.also+" ") {
					t.Errorf("translations %v, want %q among them", terms, tt.also)
				}
			}
		})
	}
}

// TestCrossLingualOneRanking reads the seed articles (four French, one
// English, all on cloud and virtualization): the English article about the
// hybrid cloud must rank first for the English query, and the two French
// articles that say "cloud hybride" first for that French phrase, although
// French documents outnumber English ones four to one.
func TestCrossLingualOneRanking(t *testing.T) {
	files := testutil.SeedPaths(t)
	c, _ := startServer(t, server.Config{})
	var docs []map[string]any
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, map[string]any{"id": filepath.Base(f)[:3], "body": string(b)})
	}
	if res := c.postJSON("/v1/documents/batch", map[string]any{"documents": docs}); res.status != http.StatusOK {
		t.Fatalf("batch: %d %s", res.status, res.body)
	}
	for _, tt := range []struct {
		query string
		first []string
	}{
		{"hybrid cloud", []string{"002"}},
		{`"cloud hybride"`, []string{"000", "001"}},
	} {
		got := search(t, c, q("q", tt.query, "highlight", "false"))
		ids := strings.Split(hitIDs(got), ",")
		if len(ids) < len(tt.first) {
			t.Fatalf("%s: hits %v", tt.query, ids)
		}
		top := ids[:len(tt.first)]
		for _, want := range tt.first {
			if !strings.Contains(strings.Join(top, ","), want) {
				t.Errorf("%s: top %v, want %v", tt.query, top, tt.first)
			}
		}
	}
}

// TestCrossLingualWithoutDictionaries runs the server as it runs where the
// FreeDict packages are not installed: it serves, translates with the
// glossary, and says it is degraded.
func TestCrossLingualWithoutDictionaries(t *testing.T) {
	dir := t.TempDir()
	c, _ := startServerWith(t, server.Config{}, translate.New(translate.Load(translate.Options{Dir: dir})), dir)
	if res := c.postJSON("/v1/documents/batch", map[string]any{"documents": crossDocs}); res.status != http.StatusOK {
		t.Fatalf("batch: %d %s", res.status, res.body)
	}
	var stats struct {
		Lexicons struct {
			Degraded bool
			Dir      string
			Sources  []struct {
				Name    string
				Loaded  bool
				Problem string
			}
		}
	}
	c.get("/v1/stats").json(t, &stats)
	if !stats.Lexicons.Degraded || stats.Lexicons.Dir != dir || len(stats.Lexicons.Sources) < 3 {
		t.Errorf("stats lexicons %+v, want degraded with every source listed", stats.Lexicons)
	}
	for _, s := range stats.Lexicons.Sources {
		if s.Name != "glossary" && (s.Loaded || s.Problem == "") {
			t.Errorf("source %+v: want not loaded, with the reason", s)
		}
	}
	if got := search(t, c, q("q", "unemployment", "lang", "fr")); hitIDs(got) != "fr/chomage" {
		t.Errorf("glossary alone: unemployment → %q, want fr/chomage", hitIDs(got))
	}
}

// TestUnsureWordInItsLanguage: a lone word is no reliable detection, but
// the articles of its language hold it and the others only its
// translation, so its own language's articles come first even where short
// dispatches of the other language say the translation more often.
func TestUnsureWordInItsLanguage(t *testing.T) {
	c, _ := startServer(t, server.Config{})
	docs := []map[string]any{
		{"id": "fr/greve", "lang": "fr", "title": "Les cheminots votent la reconduction du mouvement",
			"body": "Réunis en assemblée générale ce matin, les cheminots du dépôt ont voté la grève pour la troisième semaine. " +
				"La direction propose une nouvelle réunion jeudi, les syndicats attendent des engagements écrits sur les salaires et les effectifs."},
		{"id": "en/strike1", "lang": "en", "title": "Dockers walk out", "body": "Dockers at the northern port began a strike on Monday over pay and hours."},
		{"id": "en/strike2", "lang": "en", "title": "Buses stop", "body": "Bus drivers in the city went on strike, and commuters faced long waits."},
	}
	if res := c.postJSON("/v1/documents/batch", map[string]any{"documents": docs}); res.status != http.StatusOK {
		t.Fatalf("batch: %d %s", res.status, res.body)
	}
	for _, tt := range []struct{ query, want string }{
		{"grève", "fr/greve"},
		{"strike", "en/strike"},
	} {
		res := c.get("/v1/search?" + q("q", tt.query))
		var got struct {
			Hits  []struct{ ID string }
			Query struct{ Reliable bool }
		}
		res.json(t, &got)
		if len(got.Hits) < 2 || !strings.HasPrefix(got.Hits[0].ID, tt.want) {
			t.Errorf("%s: hits %v, want %s… first and articles of both languages", tt.query, got.Hits, tt.want)
		}
	}
}
