package metrics

import (
	"testing"
)

func TestWord(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		want       WordScore
	}{
		{"identical ignoring case", "The cat sat", "the CAT sat.", WordScore{1, 1, 1}},
		// gold the,the,cat ; pred the,cat,dog,dog: common the,cat = 2; P 2/4, R 2/3.
		{"multiset", "the the cat", "the cat dog dog", WordScore{0.5, 2.0 / 3, 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0/3)}},
		// pred repeats "the" more often than gold has it: only 2 match.
		{"repeats capped", "the the cat", "the the the", WordScore{2.0 / 3, 2.0 / 3, 2.0 / 3}},
		{"empty gold, empty pred", "", " ", WordScore{1, 1, 1}},
		{"empty gold, some pred", "", "words", WordScore{}},
		{"empty pred", "some words", "", WordScore{}},
		{"disjoint", "a b", "c d", WordScore{}},
	}
	for _, tt := range tests {
		got := Word(tt.gold, tt.pred)
		if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) {
			t.Errorf("%s: Word(%q, %q) = %+v, want %+v", tt.name, tt.gold, tt.pred, got, tt.want)
		}
	}

	var s WordSet
	s.Add(Word("The cat sat", "the cat sat")) // 1 1 1
	s.Add(Word("the the cat", "the the the")) // 2/3 2/3 2/3
	s.Add(Word("", "x"))                      // 0 0 0
	p, r, f1, docs := s.Result()
	if !near(p, 5.0/9) || !near(r, 5.0/9) || !near(f1, 5.0/9) || docs != 3 {
		t.Errorf("WordSet.Result() = %v %v %v %d, want 5/9 5/9 5/9 3", p, r, f1, docs)
	}
}
