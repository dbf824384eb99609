package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/internal/testutil"
)

// judgedRow is one facet value judged by hand: the type the extractor gave
// it when it was drawn, the type it should have ("none" for a value that
// names nothing), and the part of the sample it belongs to.
type judgedRow struct {
	name  string
	given corpus.EntityType
	right string
	split string
}

func readJudged(tb testing.TB, path string) []judgedRow {
	tb.Helper()
	var rows []judgedRow
	for _, l := range testutil.ReadDataLines(tb, path) {
		n, line := l.N, l.Text
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			tb.Fatalf("%s:%d: %d columns, want 4", path, n, len(cols))
		}
		if cols[2] != "none" && !corpus.ValidEntityType(corpus.EntityType(cols[2])) || !knownSplit(cols[3]) {
			tb.Fatalf("%s:%d: bad right type %q or split %q", path, n, cols[2], cols[3])
		}
		rows = append(rows, judgedRow{name: cols[0], given: corpus.EntityType(cols[1]), right: cols[2], split: cols[3]})
	}
	return rows
}

// tuningSplit tells the splits tuned on, whose wrong rows may be shown.
func tuningSplit(split string) bool {
	switch split {
	case "tune", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21", "tune22", "tune23", "tune24", "tune25", "tune26", "tune27", "tune28", "tune29", "tune30", "tune31", "tune32":
		return true
	}
	return false
}

// knownSplit tells the splits of judged-types.tsv: the tuning ones, the
// check rows kept aside and the samples never tuned on.
func knownSplit(split string) bool {
	return tuningSplit(split) || split == "check" || split == "unseen" || split == "unseen29" || split == "unseen30" || split == "othertop31"
}

// judgedScore counts, in one split, the values typed right now: a name
// takes the type it has in the most documents, and a value judged "none"
// is right once it is no longer extracted. A name that is gone but named
// something (merged into a longer one, "Monde" into "Le Monde") is left
// out: it no longer stands in the facet, rightly or wrongly typed.
type judgedScore struct {
	right, total, gone int
	byGiven            map[corpus.EntityType][2]int // right and total by the type given when drawn
	wrong              []string                     // the tune split's values typed wrong, with their type and the right one
}

func scoreJudged(rows []judgedRow, split string, current map[string]corpus.EntityType) judgedScore {
	s := judgedScore{byGiven: map[corpus.EntityType][2]int{}}
	for _, r := range rows {
		if r.split != split {
			continue
		}
		typ, ok := current[r.name]
		if ok || r.right == "none" {
			g := s.byGiven[r.given]
			g[1]++
			if string(typ) == r.right || !ok {
				g[0]++
			}
			s.byGiven[r.given] = g
		}
		switch {
		case !ok && r.right == "none":
			s.right++
			s.total++
		case !ok:
			s.gone++
			if tuningSplit(split) {
				s.wrong = append(s.wrong, r.name+" gone→"+r.right)
			}
		default:
			s.total++
			if string(typ) == r.right {
				s.right++
			} else if tuningSplit(split) {
				// Only the tuning part is shown: the check part stays unread.
				s.wrong = append(s.wrong, r.name+" "+string(typ)+"→"+r.right)
			}
		}
	}
	return s
}

// TestJudgedTypes checks the types the news corpus gets now against the
// facet values judged by hand in testdata/judged-types.tsv. It needs the
// shared evaluation data beside the repository and takes some seconds.
func TestJudgedTypes(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the 39k news articles")
	}
	corpusDir := filepath.Join("..", "..", "..", "shared", "eval", "corpus")
	if _, err := os.Stat(filepath.Join(corpusDir, "news-en.ndjson")); err != nil {
		t.Skipf("no news corpus: %v", err)
	}
	rows := readJudged(t, filepath.Join("testdata", "judged-types.tsv"))
	x, err := builtinExtractor()
	if err != nil {
		t.Fatal(err)
	}
	values, err := facetValues(x, corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	// values come most documents first: the first type seen for a name is
	// the one it has in the most documents.
	current := map[string]corpus.EntityType{}
	for _, v := range values {
		if _, ok := current[v.name]; !ok {
			current[v.name] = v.typ
		}
	}
	for _, tt := range []struct {
		split string
		want  float64 // share of right types at least
	}{
		{"tune", 0.95},
		{"check", 0.90},
		// Drawn at random from every type, other too, whose tail is where
		// names without evidence land.
		{"unseen", 0.70},
		// Sample 6, drawn after round 4 of issue 15 and judged before any
		// change; tuned on in round 5 (it was "unseen2"). Its wrong rows
		// are shown like the tune split's.
		{"tune6", 0.85},
		// Sample 7, drawn after round 5 and judged before any change,
		// other at random too; tuned on in round 6 (it was "unseen3").
		{"tune7", 0.65},
		// Sample 8, drawn after round 6 and judged before any change,
		// other at random too; tuned on in round 7 (it was "unseen4").
		{"tune8", 0.70},
		// Sample 9, drawn after round 7 and judged before any change,
		// other at random too; tuned on in round 8 (it was "unseen5").
		{"tune9", 0.70},
		// Sample 10, drawn after round 8 and judged before any change,
		// other at random too; tuned on in round 9 (it was "unseen6").
		{"tune10", 0.70},
		// Sample 11, drawn after round 9 and judged before any change,
		// other at random too; tuned on in round 10 (it was "unseen7").
		{"tune11", 0.70},
		// Sample 12, drawn after round 10 and judged before any change,
		// other at random too; tuned on in round 11 (it was "unseen8").
		{"tune12", 0.70},
		// Sample 13, drawn after round 11 and judged before any change,
		// other at random too; tuned on in round 12 (it was "unseen9").
		{"tune13", 0.70},
		// Sample 14, drawn after round 12 and judged before any change,
		// other at random too; tuned on in round 13 (it was "unseen10").
		{"tune14", 0.70},
		// Sample 15, drawn after round 13 and judged before any change,
		// other at random too; tuned on in round 14 (it was "unseen11").
		{"tune15", 0.70},
		// Sample 16, drawn after round 14 and judged before any change,
		// other at random too; tuned on in round 15 (it was "unseen12").
		{"tune16", 0.70},
		// Sample 17, drawn after round 15 and judged before any change,
		// other at random too; tuned on in round 16 (it was "unseen13").
		{"tune17", 0.70},
		// Sample 18, drawn after round 16 and judged before any change,
		// other at random too; tuned on in round 17 (it was "unseen14").
		{"tune18", 0.70},
		// Sample 19, drawn after round 17 and judged before any change,
		// other at random too; tuned on in round 18 (it was "unseen15").
		{"tune19", 0.70},
		// Sample 20, drawn after round 18 and judged before any change,
		// other at random too; tuned on in round 19 (it was "unseen16").
		{"tune20", 0.70},
		// Sample 21, drawn after round 19 and judged before any change,
		// other at random too; tuned on in round 20 (it was "unseen17").
		{"tune21", 0.70},
		// Sample 22, drawn after round 20 and judged before any change,
		// other at random too; tuned on in round 21 (it was "unseen18").
		{"tune22", 0.70},
		// Sample 23, drawn after round 21 and judged before any change,
		// other at random too; tuned on in round 22 (it was "unseen19").
		{"tune23", 0.70},
		// Sample 24, drawn after round 22 and judged before any change,
		// other at random too; tuned on in round 23 (it was "unseen20").
		{"tune24", 0.70},
		// Sample 25, drawn after round 23 and judged before any change,
		// other at random too; tuned on in round 24 (it was "unseen21").
		{"tune25", 0.70},
		// Sample 26, drawn after round 24 and judged before any change,
		// other at random too; tuned on in round 25 (it was "unseen22").
		{"tune26", 0.70},
		// Sample 27, drawn after round 25 and judged before any change,
		// other at random too; tuned on in round 26 (it was "unseen23").
		{"tune27", 0.70},
		// Sample 28, drawn after round 26 and judged before any change,
		// other at random too; tuned on in round 27 (it was "unseen24").
		{"tune28", 0.70},
		// Sample 29, drawn after round 27 and judged before any change,
		// other at random too; tuned on in round 28 (it was "unseen25").
		{"tune29", 0.70},
		// Sample 30, drawn after round 28 and judged before any change,
		// other at random too; tuned on in round 29 (it was "unseen26").
		{"tune30", 0.70},
		// Sample 31, drawn after round 29 and judged before any change,
		// other at random too; tuned on in round 30 (it was "unseen27").
		{"tune31", 0.70},
		// Sample 32, drawn at round 29's rules (no change since sample 31)
		// and judged before any change, other at random too; tuned on in
		// round 30 (it was "unseen28").
		{"tune32", 0.70},
		// Sample 33, drawn after round 30 and never tuned on; other at
		// random too.
		{"unseen29", 0.70},
		// Sample 34, drawn at round 30's rules (no change since sample 33),
		// 100 values of each type instead of 60, and never tuned on; other
		// at random too.
		{"unseen30", 0.70},
		// Other's top 100 at round 30's rules (no change since sample 33),
		// the other half of the sample beside sample 34; never
		// tuned on, a check only.
		{"othertop31", 0.90},
	} {
		t.Run(tt.split, func(t *testing.T) {
			s := scoreJudged(rows, tt.split, current)
			got := float64(s.right) / float64(s.total)
			t.Logf("%s: %d of %d values typed right (%.1f %%), %d merged into longer names; by the type given when drawn: %v",
				tt.split, s.right, s.total, 100*got, s.gone, s.byGiven)
			if testing.Verbose() && len(s.wrong) > 0 {
				t.Logf("typed wrong: %s", strings.Join(s.wrong, "; "))
			}
			if got < tt.want {
				t.Errorf("got %.3f right types, want at least %.3f", got, tt.want)
			}
		})
	}
}
