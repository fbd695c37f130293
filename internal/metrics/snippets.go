package metrics

import "strings"

// SnippetScore holds the snippet counts of one or more documents.
type SnippetScore struct {
	TP int // "with" snippets found in the output
	FN int // "with" snippets missing
	FP int // "without" snippets found
	TN int // "without" snippets absent
}

// Snippets checks pred against the snippets that the main text must contain
// (with) and must not contain (without). Whitespace runs are collapsed to one
// space in the output and the snippets before a case-sensitive substring test.
func Snippets(pred string, with, without []string) SnippetScore {
	text := collapseSpace(pred)
	var s SnippetScore
	for _, w := range with {
		if strings.Contains(text, collapseSpace(w)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range without {
		if strings.Contains(text, collapseSpace(w)) {
			s.FP++
		} else {
			s.TN++
		}
	}
	return s
}

// Add adds the counts of o to s, to sum them over a set.
func (s *SnippetScore) Add(o SnippetScore) {
	s.TP += o.TP
	s.FN += o.FN
	s.FP += o.FP
	s.TN += o.TN
}

// Result returns precision TP/(TP+FP), recall TP/(TP+FN) and their F1; a
// ratio with a zero denominator is 0.
func (s SnippetScore) Result() (p, r, f1 float64) {
	if s.TP+s.FP > 0 {
		p = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		r = float64(s.TP) / float64(s.TP+s.FN)
	}
	return p, r, harmonic(p, r)
}

// collapseSpace replaces each run of white space by one space and trims
// both ends.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
