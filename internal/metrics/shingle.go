package metrics

import "strings"

// ShingleSize is the number of consecutive tokens in a shingle.
const ShingleSize = 4

// shingleSep joins the tokens of a shingle; it cannot occur inside a token.
const shingleSep = "\x00"

// Shingles returns the multiset of shingles of s: every run of ShingleSize
// consecutive tokens, or, for a text of 1 to ShingleSize-1 tokens, the one
// shorter run of all of them. An empty text has none.
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < ShingleSize {
		m[strings.Join(toks, shingleSep)]++
		return m
	}
	for i := 0; i+ShingleSize <= len(toks); i++ {
		m[strings.Join(toks[i:i+ShingleSize], shingleSep)]++
	}
	return m
}

// DocScore is the shingle comparison of one predicted text with its gold
// text.
type DocScore struct {
	TP, FP, FN int // shingle counts: shared, only predicted, only in gold
	// P and R are the per-document precision and recall; both are 1 when
	// FP and FN are 0, and 0 when the denominator is 0 otherwise.
	P, R float64
	// Empty reports that the prediction has no token at all.
	Empty bool
}

// Shingle scores pred against gold by comparing their shingle multisets.
func Shingle(gold, pred string) DocScore {
	// Shingles are compared as tuples of interned token ids rather than as
	// joined strings: the same multisets, without building a string per
	// shingle.
	ids := make(map[string]int32)
	g := shingleIDs(Tokens(gold), ids)
	p := shingleIDs(Tokens(pred), ids)
	var d DocScore
	for k, pc := range p {
		gc := g[k]
		d.TP += min(gc, pc)
		d.FP += max(0, pc-gc)
	}
	for k, gc := range g {
		d.FN += max(0, gc-p[k])
	}
	d.Empty = len(p) == 0
	if d.FP == 0 && d.FN == 0 {
		d.P, d.R = 1, 1
		return d
	}
	if d.TP+d.FP > 0 {
		d.P = float64(d.TP) / float64(d.TP+d.FP)
	}
	if d.TP+d.FN > 0 {
		d.R = float64(d.TP) / float64(d.TP+d.FN)
	}
	return d
}

// shingleKey is a shingle as token ids; a shorter shingle pads with -1,
// which no token has, so it never equals a full one.
type shingleKey [ShingleSize]int32

// shingleIDs returns the shingle multiset of toks as Shingles defines it,
// interning tokens in ids.
func shingleIDs(toks []string, ids map[string]int32) map[shingleKey]int {
	seq := make([]int32, len(toks))
	for i, t := range toks {
		id, ok := ids[t]
		if !ok {
			id = int32(len(ids))
			ids[t] = id
		}
		seq[i] = id
	}
	m := make(map[shingleKey]int, max(0, len(seq)-ShingleSize+1))
	if len(seq) == 0 {
		return m
	}
	if len(seq) < ShingleSize {
		k := shingleKey{-1, -1, -1, -1}
		copy(k[:], seq)
		m[k]++
		return m
	}
	for i := 0; i+ShingleSize <= len(seq); i++ {
		m[shingleKey(seq[i:i+ShingleSize])]++
	}
	return m
}

// ShingleSet aggregates DocScores over a set of documents. The zero value is
// an empty set.
type ShingleSet struct {
	sumP, sumR  float64
	nP, nR      int
	docs, empty int
}

// Add adds one document's score to the set.
func (s *ShingleSet) Add(d DocScore) {
	s.docs++
	if d.Empty {
		s.empty++
	}
	// A document enters the precision mean only if something was predicted
	// and the recall mean only if there was something to find: an empty
	// prediction thus scores R = 0 and is left out of P.
	if d.TP+d.FP > 0 {
		s.sumP += d.P
		s.nP++
	}
	if d.TP+d.FN > 0 {
		s.sumR += d.R
		s.nR++
	}
}

// Result returns the set's mean precision P, mean recall R, F1 = 2PR/(P+R)
// of those means, the number of documents and the number of empty
// predictions. A mean over no document is 0.
func (s *ShingleSet) Result() (p, r, f1 float64, docs, empty int) {
	if s.nP > 0 {
		p = s.sumP / float64(s.nP)
	}
	if s.nR > 0 {
		r = s.sumR / float64(s.nR)
	}
	return p, r, harmonic(p, r), s.docs, s.empty
}

// harmonic returns 2pr/(p+r), or 0 when p+r is 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
