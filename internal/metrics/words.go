package metrics

// WordScore is the bag-of-words comparison of one prediction with its gold
// text (WCXB's metric).
type WordScore struct {
	P, R, F1 float64
}

// Word scores pred against gold with lower-cased bags of words: a token
// matches as many times as it occurs in both. An empty gold scores 1 if the
// prediction is empty too, else 0.
func Word(gold, pred string) WordScore {
	g, p := LowerTokens(gold), LowerTokens(pred)
	if len(g) == 0 {
		if len(p) == 0 {
			return WordScore{1, 1, 1}
		}
		return WordScore{}
	}
	if len(p) == 0 {
		return WordScore{}
	}
	bag := make(map[string]int, len(g))
	for _, t := range g {
		bag[t]++
	}
	common := 0
	for _, t := range p {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	var w WordScore
	w.P = float64(common) / float64(len(p))
	w.R = float64(common) / float64(len(g))
	w.F1 = harmonic(w.P, w.R)
	return w
}

// WordSet aggregates WordScores: its figures are the means of the
// per-document P, R and F1. The zero value is an empty set.
type WordSet struct {
	sumP, sumR, sumF1 float64
	docs              int
}

// Add adds one document's score to the set.
func (s *WordSet) Add(w WordScore) {
	s.sumP += w.P
	s.sumR += w.R
	s.sumF1 += w.F1
	s.docs++
}

// Result returns the mean per-document precision, recall and F1 (the set's
// headline word figure) and the number of documents.
func (s *WordSet) Result() (p, r, f1 float64, docs int) {
	if s.docs == 0 {
		return 0, 0, 0, 0
	}
	n := float64(s.docs)
	return s.sumP / n, s.sumR / n, s.sumF1 / n, s.docs
}
