package main

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	rel := func(ids ...string) map[string]bool {
		m := map[string]bool{}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	tests := []struct {
		name     string
		ranking  []string
		relevant map[string]bool
		want     scores
	}{
		{"first", []string{"a", "b"}, rel("a"), scores{RecallAt1: 1, RecallAt5: 1, RecallAt10: 1, RR10: 1, NDCG10: 1, P10: 0.1, AP: 1}},
		{"third", []string{"x", "y", "a"}, rel("a"), scores{RecallAt5: 1, RecallAt10: 1, RR10: 1.0 / 3, NDCG10: 0.5, P10: 0.1, AP: 1.0 / 3}},
		{"missing", []string{"x", "y"}, rel("a"), scores{}},
		// AP: (1/1 + 2/3) / 3 relevant; nDCG: (1 + 1/2) / (1 + 1/log2(3) + 1/2).
		{"two of three", []string{"a", "x", "b"}, rel("a", "b", "c"), scores{
			RecallAt1: 1.0 / 3, RecallAt5: 2.0 / 3, RecallAt10: 2.0 / 3, RR10: 1,
			NDCG10: 1.5 / (1 + 1/math.Log2(3) + 0.5), P10: 0.2, AP: (1 + 2.0/3) / 3,
		}},
		{"duplicate hit counts once", []string{"a", "a"}, rel("a"), scores{RecallAt1: 1, RecallAt5: 1, RecallAt10: 1, RR10: 1, NDCG10: 1, P10: 0.1, AP: 1}},
		{"beyond ten counts for AP only", append(make([]string, 10), "a"), rel("a"), scores{AP: 1.0 / 11}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := score(tt.ranking, tt.relevant)
			if !near(got, tt.want) {
				t.Errorf("score(%v) = %+v, want %+v", tt.ranking, got, tt.want)
			}
		})
	}
}

func near(a, b scores) bool {
	eq := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	return eq(a.RecallAt1, b.RecallAt1) && eq(a.RecallAt5, b.RecallAt5) && eq(a.RecallAt10, b.RecallAt10) &&
		eq(a.RR10, b.RR10) && eq(a.NDCG10, b.NDCG10) && eq(a.P10, b.P10) && eq(a.AP, b.AP)
}

func TestSmartTag(t *testing.T) {
	tests := []struct {
		line, tag, rest string
		ok              bool
	}{
		{".I 12", "I", "12", true},
		{".T ", "T", "", true},
		{".W", "W", "", true},
		{".Net is a framework", "", "", false},
		{"text", "", "", false},
	}
	for _, tt := range tests {
		tag, rest, ok := smartTag(tt.line)
		if tag != tt.tag || rest != tt.rest || ok != tt.ok {
			t.Errorf("smartTag(%q) = %q, %q, %v, want %q, %q, %v", tt.line, tag, rest, ok, tt.tag, tt.rest, tt.ok)
		}
	}
}
