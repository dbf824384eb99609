package demo

import (
	"fmt"
	"strings"
	"testing"
)

func TestDocuments(t *testing.T) {
	docs, err := Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 18 || len(docs) > 22 {
		t.Errorf("got %d documents, want about 20", len(docs))
	}
	ids := make(map[string]bool)
	langs := make(map[string]int)
	for _, d := range docs {
		if ids[d.ID] {
			t.Errorf("duplicate id %q", d.ID)
		}
		ids[d.ID] = true
		langs[d.Lang]++
		if d.Title == "" || d.Source == "" || d.PublishedAt == nil {
			t.Errorf("%s: missing title, source or date: %+v", d.ID, d)
		}
		if y := d.PublishedAt.Year(); y < 2014 || y > 2024 {
			t.Errorf("%s: published in %d, want 2014–2024", d.ID, y)
		}
		if n := len(strings.Fields(d.Body)); n < 120 || n > 300 {
			t.Errorf("%s: %d words, want 120–300", d.ID, n)
		}
		if !strings.HasPrefix(d.ID, d.Lang+"-") {
			t.Errorf("%s: lang %q does not match the file name", d.ID, d.Lang)
		}
		// The boilerplate left in some pages must not reach the index.
		for _, bp := range []string{"Publicité", "Advertisement", "Share this", "[Related:", "Derniers Dossiers", "s’abonner", "Lire aussi", "Accueil >"} {
			if strings.Contains(d.Body, bp) {
				t.Errorf("%s: boilerplate %q left in the body", d.ID, bp)
			}
		}
		if strings.ContainsAny(d.Body, "#*`") {
			t.Errorf("%s: markdown syntax left in the body", d.ID)
		}
	}
	if langs["fr"] < 10 || langs["en"] < 6 || len(langs) != 2 {
		t.Errorf("languages %v, want about 12 fr and 8 en", langs)
	}
}

func ExampleDocuments() {
	docs, err := Documents()
	if err != nil {
		panic(err)
	}
	d := docs[0]
	fmt.Println(d.ID, d.Lang, d.PublishedAt.Format("2006-01-02"))
	fmt.Println(d.Title)
	// Output:
	// en-2014-docker-1-0 en 2014-06-09
	// Docker 1.0 Arrives, Promising Production-Ready Containers
}
