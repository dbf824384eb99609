package main

import "math"

// scores are the measures of one ranking against its judgements, each in
// [0, 1]; a collection's figure is their mean over its questions.
type scores struct {
	RecallAt1, RecallAt5, RecallAt10 float64 // share of relevant documents in the top k
	RR10                             float64 // reciprocal rank of the first relevant hit in the top 10
	NDCG10                           float64 // binary gains, ideal ranking over min(R, 10) relevant
	P10                              float64
	AP                               float64 // average precision over the whole ranking fetched
}

// score measures ranking (document ids, best first) against relevant.
func score(ranking []string, relevant map[string]bool) scores {
	var s scores
	r := len(relevant)
	if r == 0 {
		return s
	}
	found, seen := 0, map[string]bool{}
	var dcg, sumPrec float64
	for i, id := range ranking {
		rank := i + 1
		if !relevant[id] || seen[id] {
			continue
		}
		seen[id] = true
		found++
		sumPrec += float64(found) / float64(rank)
		if rank <= 10 {
			dcg += 1 / math.Log2(float64(rank)+1)
			s.P10 += 0.1
			if s.RR10 == 0 {
				s.RR10 = 1 / float64(rank)
			}
			s.RecallAt10++
			if rank <= 5 {
				s.RecallAt5++
			}
			if rank == 1 {
				s.RecallAt1++
			}
		}
	}
	var idcg float64
	for i := 1; i <= min(r, 10); i++ {
		idcg += 1 / math.Log2(float64(i)+1)
	}
	s.NDCG10 = dcg / idcg
	s.RecallAt1 /= float64(r)
	s.RecallAt5 /= float64(r)
	s.RecallAt10 /= float64(r)
	s.AP = sumPrec / float64(r)
	return s
}

// mean averages scores field by field.
func mean(all []scores) scores {
	var m scores
	if len(all) == 0 {
		return m
	}
	for _, s := range all {
		m.RecallAt1 += s.RecallAt1
		m.RecallAt5 += s.RecallAt5
		m.RecallAt10 += s.RecallAt10
		m.RR10 += s.RR10
		m.NDCG10 += s.NDCG10
		m.P10 += s.P10
		m.AP += s.AP
	}
	n := float64(len(all))
	m.RecallAt1 /= n
	m.RecallAt5 /= n
	m.RecallAt10 /= n
	m.RR10 /= n
	m.NDCG10 /= n
	m.P10 /= n
	m.AP /= n
	return m
}
