package langid_test

import (
	"fmt"

	"github.com/recherche/recherche/analysis/langid"
)

func ExampleDetector_Detect() {
	d, err := langid.New(langid.Options{}) // once per process: it loads the models
	if err != nil {
		panic(err)
	}
	for _, text := range []string{
		"La mise à jour de sécurité corrige une faille critique du noyau Linux.",
		"machines virtuelles",
		"2024-06-11",
	} {
		r := d.Detect(text)
		fmt.Printf("%q → %q reliable=%t\n", text, r.Lang, r.Reliable)
	}
	// Output:
	// "La mise à jour de sécurité corrige une faille critique du noyau Linux." → "fr" reliable=true
	// "machines virtuelles" → "fr" reliable=false
	// "2024-06-11" → "" reliable=false
}
