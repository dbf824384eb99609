package summary

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestArticleMatchesSeparateCalls: sharing one analysis must not change
// what Summarize and Keyphrases return on their own, in either order.
func TestArticleMatchesSeparateCalls(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			title, body, lang := article(t, path)
			wantSum, wantKeys := Summarize(title, body, lang, 3), Keyphrases(title, body, lang, 8)
			a := NewArticle(title, body, lang)
			if got := a.Keyphrases(8); !reflect.DeepEqual(got, wantKeys) {
				t.Errorf("Article.Keyphrases = %q, want %q", got, wantKeys)
			}
			if got := a.Summary(3); !reflect.DeepEqual(got, wantSum) {
				t.Errorf("Article.Summary = %v, want %v", got, wantSum)
			}
			if got := a.Keyphrases(8); !reflect.DeepEqual(got, wantKeys) {
				t.Errorf("Article.Keyphrases after Summary = %q, want %q", got, wantKeys)
			}
		})
	}
}
