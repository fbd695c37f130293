package linefeat

import (
	"math"
	"sync"
)

// Model is the two-stage line classifier. Stage 1 is a logistic regression
// over each line's own features and its neighbourhood; stage 2 is another
// over the stage-1 probabilities around the line, which lets it fill short
// gaps in the main block and drop isolated lines far from it.
type Model struct {
	W1 [NumStage1]float32
	B1 float32
	W2 [NumStage2]float32
	B2 float32
	// Trees1 and Trees2, when set, replace the linear stages with boosted
	// trees over the same features.
	Trees1, Trees2 *Forest
	// Trees3, when set, is a third stage over the stage-2 features
	// recomputed from the stage-2 probabilities.
	Trees3 *Forest
	// Threshold is the stage-2 probability from which a line is main.
	Threshold float32
}

func sigmoid(z float32) float32 {
	return float32(1 / (1 + math.Exp(-float64(z))))
}

func dot(w, x []float32) float32 {
	s := float32(0)
	for i, v := range x {
		s += w[i] * v
	}
	return s
}

// Stage1 sets prob[i] to the stage-1 probability of each line of the
// loaded page p.
func (m *Model) Stage1(p *Page, prob []float32) {
	for i := range p.Spans {
		x := p.X1[i*NumStage1 : (i+1)*NumStage1]
		if m.Trees1 != nil {
			prob[i] = sigmoid(m.Trees1.Margin(x))
		} else {
			prob[i] = sigmoid(m.B1 + dot(m.W1[:], x))
		}
	}
}

// Score computes the final probability of each line of the loaded page p
// into prob, which must have a room for each line; stage1 is scratch space
// of the same length.
func (m *Model) Score(p *Page, stage1, prob []float32) {
	m.Stage1(p, stage1)
	p.Stage2(stage1)
	for i := range p.Spans {
		x := p.X2[i*NumStage2 : (i+1)*NumStage2]
		if m.Trees2 != nil {
			prob[i] = sigmoid(m.Trees2.Margin(x))
		} else {
			prob[i] = sigmoid(m.B2 + dot(m.W2[:], x))
		}
	}
	if m.Trees3 != nil {
		copy(stage1, prob)
		p.Stage2(stage1)
		for i := range p.Spans {
			prob[i] = sigmoid(m.Trees3.Margin(p.X2[i*NumStage2 : (i+1)*NumStage2]))
		}
	}
}

// Forest is a sum of boosted regression trees giving a log-odds.
type Forest struct {
	Base float32
	once sync.Once
	keys []uint32 // the inner nodes' thresholds as floatKeys
	// Roots holds the index in Nodes of each tree's root.
	Roots []int32
	Nodes []Node
}

// Node is a node of a Forest's tree, stored in preorder so that an inner
// node's left child follows it. An inner node sends x to its left child
// when x[Feature] < Threshold, else to Right; a leaf (Feature < 0) adds
// Threshold, its value, to the margin.
type Node struct {
	Feature   int32
	Right     int32
	Threshold float32
}

// Margin returns the log-odds that x is positive.
func (f *Forest) Margin(x []float32) float32 {
	f.once.Do(f.prepare)
	// Compare order-preserving integer keys rather than floats: the
	// compiler turns an integer choice of child into a conditional move,
	// and which way a line goes is too unpredictable for a branch.
	var keys [maxFeatures]uint32
	for i, v := range x[:min(len(x), maxFeatures)] {
		keys[i] = floatKey(v)
	}
	s := f.Base
	nodes, thr := f.Nodes, f.keys
	for _, k := range f.Roots {
		for nodes[k].Feature >= 0 {
			next := nodes[k].Right
			if keys[nodes[k].Feature&(maxFeatures-1)] < thr[k] {
				next = k + 1
			}
			k = next
		}
		s += nodes[k].Threshold
	}
	return s
}

// maxFeatures bounds the length of a feature vector a Forest reads.
const maxFeatures = 64

// Both feature vectors must fit: these fail to compile otherwise.
var (
	_ [maxFeatures - NumStage1]struct{}
	_ [maxFeatures - NumStage2]struct{}
)

// floatKey maps a float32 to a uint32 with the same order (for numbers,
// not NaN): flip all bits of negatives, only the sign bit of the others.
func floatKey(f float32) uint32 {
	b := math.Float32bits(f + 0) // -0 + 0 is +0: the two zeros compare equal

	return b ^ (uint32(int32(b)>>31) | 0x80000000)
}

func (f *Forest) prepare() {
	f.keys = make([]uint32, len(f.Nodes))
	for i, n := range f.Nodes {
		f.keys[i] = floatKey(n.Threshold)
	}
}

// Cut returns the probability from which a line of a page with the given
// line probabilities is main: the model's threshold, or, when no line
// reaches it, a little below the best line's, so that a page whose content
// the model doubts still gives its likeliest lines rather than nothing.
func Cut(threshold float32, prob []float32) float32 {
	best := float32(0)
	for _, p := range prob {
		if p >= threshold {
			return threshold
		}
		best = max(best, p)
	}
	return best * 0.8
}
