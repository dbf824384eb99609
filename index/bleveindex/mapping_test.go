package bleveindex

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recherche/recherche/analysis/terms"
)

var updateMapping = flag.Bool("update-mapping", false, "rewrite testdata/mapping.golden after a MappingVersion bump")

// mappingSample exercises every filter of the chains: elisions (both
// apostrophes), ligatures, accents, plurals, stop words, possessives,
// numbers, mixed scripts. Written for this test.
const mappingSample = "L’éditeur d'Œuvres a publié les cœurs des machines virtuelles ; " +
	"VMware's hypervisors were running 3,000 containers — Ça coûte 12,5 € à Zürich, naïve façade, ΑΘΗΝΑ 東京."

// TestMappingVersion fails when the index mapping, or what its analyzers
// make of a sample text, changes while MappingVersion does not: an index
// written by the old build would then be read with other terms, silently.
func TestMappingVersion(t *testing.T) {
	m, err := json.Marshal(Mapping())
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	h.Write(m)
	for _, lang := range []string{"fr", "en", ""} {
		for _, tk := range terms.Analyzer(lang).Analyze([]byte(mappingSample)) {
			fmt.Fprintf(h, "%s|%d|%d|%d|%d;", tk.Term, tk.Position, tk.Start, tk.End, tk.Type)
		}
		fmt.Fprintln(h)
	}
	got := fmt.Sprintf("%d %s\n", MappingVersion, hex.EncodeToString(h.Sum(nil)))
	path := filepath.Join("testdata", "mapping.golden")
	if *updateMapping {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got == string(want) {
		return
	}
	wantVersion, _, _ := strings.Cut(string(want), " ")
	if wantVersion == fmt.Sprint(MappingVersion) {
		t.Fatalf("the mapping or an analyzer changed but MappingVersion is still %d: bump it (indexes written before must be rebuilt), then run go test ./index/bleveindex -run TestMappingVersion -update-mapping", MappingVersion)
	}
	t.Fatalf("MappingVersion is %d, testdata/mapping.golden was written for %s: run go test ./index/bleveindex -run TestMappingVersion -update-mapping", MappingVersion, wantVersion)
}
