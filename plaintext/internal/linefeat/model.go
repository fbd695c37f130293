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
	if m.Trees1 != nil {
		// The forest's walk set up once for the page, not for each line.
		w := m.Trees1.walker()
		for i := range p.Spans {
			prob[i] = sigmoid(w.walk(inPlace(p.X1[i*NumStage1 : (i+1)*NumStage1])))
		}
		return
	}
	for i := range p.Spans {
		x := p.X1[i*NumStage1 : (i+1)*NumStage1]
		prob[i] = sigmoid(m.B1 + dot(m.W1[:], x))
	}
}

// sure is the stage-1 probability below which, or above one minus which,
// a line keeps its stage-1 probability rather than go through stage 2:
// 56% of the lines of the benchmark pages, of which stage 2 changes the
// verdict on 15 in 350,000 (on 2 of the 250,000 below 0.05 or above
// 0.95); the text-mode scores stay the same in every set but
// readability (+0.007). Stage 1 is never that sure of a line it is wrong
// about often enough for a wider margin to pay: at 0.15 scrapinghub and
// dragnet lose 0.001.
const sure = 0.1

// Score computes the final probability of each line of the loaded page p
// into prob, which must have a room for each line; stage1 is scratch space
// of the same length.
func (m *Model) Score(p *Page, stage1, prob []float32) {
	m.Stage1(p, stage1)
	m.stage2(p, m.Trees2, m.W2[:], m.B2, stage1, prob, sure)
	if m.Trees3 != nil {
		copy(stage1, prob)
		m.stage2(p, m.Trees3, nil, 0, stage1, prob, 0)
	}
	p.dropChrome(prob)
}

// stage2 scores each line into prob from the stage-2 features of the
// probabilities in, with trees f or else the linear weights w and b; a
// line whose probability in is below skip or above 1-skip keeps it.
func (m *Model) stage2(p *Page, f *Forest, w []float32, b float32, in, prob []float32, skip float32) {
	copy(prob, in)
	var fw forestWalk
	if f != nil {
		fw = f.walker()
	}
	p.stage2Each(in, skip, func(i int, x []float32) {
		if f != nil {
			prob[i] = sigmoid(fw.walk(inPlace(x)))
		} else {
			prob[i] = sigmoid(b + dot(w, x))
		}
	})
}

// Forest is a sum of boosted regression trees giving a log-odds.
type Forest struct {
	Base float32
	// ExitTrees and ExitMargin, when ExitTrees is above 0, let a walk stop
	// early: after every ExitTrees trees (an even number), a margin beyond
	// ExitMargin either way is returned as it stands, the trees left
	// unwalked.
	ExitTrees  int32
	ExitMargin float32

	once sync.Once
	flat flatForest
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

// flatForest is a Forest laid out for evaluation: every tree completed to
// the same depth (a leaf above it is repeated below a split that always
// goes right), its inner nodes in breadth-first order from 1, so that the
// children of node k are 2k and 2k+1 and the walk ends at 2^depth plus
// the leaf's index, where its value is. Walking a tree is then depth steps of arithmetic with
// no test of where it ends, and array indexing needs no bounds check.
type flatForest struct {
	depth int
	trees []flatTree
}

// maxDepth bounds the depth of the trees of a Forest.
const maxDepth = 6

type flatTree struct {
	// feature and threshold hold each inner node's feature and threshold
	// apart: the walk then compares the feature with the threshold in
	// memory and keeps no more than the node's index in a register.
	// They are 256 long, though a tree uses 64, so that a node's index
	// converted to uint8 needs neither mask nor bounds check; the slots
	// past 64 are never touched and take no room in the caches.
	// threshold holds not the node's threshold but the float just below
	// it (see right).
	feature   [256]uint8
	threshold [256]float32
	// leaf is indexed by the node the walk ends at, 2^depth plus the
	// leaf's index, which a single mask keeps in bounds: the slots below
	// 2^depth are never touched.
	leaf [2 << maxDepth]float32
	// A cache line more, so that a tree is 29 lines long, an odd number:
	// the lines a tree uses then fall in other sets of the level-1 cache
	// than those of the trees before and after it, where 24 lines put
	// those of the trees 8 and 16 apart in the same sets, over the
	// cache's ways. Half of the walk's misses of that cache went with
	// them.
	_ [64]byte
}

// down returns the child of inner node k that the walk of x goes to.
func (t *flatTree) down(x *[maxFeatures]float32, k int) int {
	return 2*k + right(x[t.feature[uint8(k)]], t.threshold[uint8(k)])
}

// Margin returns the log-odds that x is positive.
func (f *Forest) Margin(x []float32) float32 {
	var row [maxFeatures]float32
	return f.margin(&row, x)
}

// margin is Margin with row as scratch space, so that a Page's walks
// need not clear a fresh array for every line: the entries beyond x are
// never read, as no tree reads a feature beyond its vector.
func (f *Forest) margin(row *[maxFeatures]float32, x []float32) float32 {
	// x copied into an array that any uint8 feature index is in bounds
	// of, so that the walk needs no bounds check.
	copy(row[:], x)
	return f.walk(row)
}

// inPlace returns the features x as the array of maxFeatures that walk
// reads, without a copy: x must have the room (a capacity of at least
// maxFeatures), as the rows of a Page's features do.
func inPlace(x []float32) *[maxFeatures]float32 {
	return (*[maxFeatures]float32)(x[:maxFeatures])
}

// walk returns the log-odds of the features in the first entries of row.
func (f *Forest) walk(row *[maxFeatures]float32) float32 {
	w := f.walker()
	return w.walk(row)
}

// forestWalk holds what walkForest needs of a prepared Forest, so that a
// page's lines are walked with no more than the call for each (0.6%
// fewer instructions in Clean than Forest.walk for each line).
type forestWalk struct {
	trees                   []flatTree
	depth, chunk            int
	base, margin, negMargin float32
}

// walker returns the walk of f, prepared.
func (f *Forest) walker() forestWalk {
	f.once.Do(f.prepare)
	chunk := int(f.ExitTrees)
	if chunk <= 0 {
		chunk = len(f.flat.trees)
	}
	return forestWalk{f.flat.trees, f.flat.depth, chunk, f.Base, f.ExitMargin, -f.ExitMargin}
}

// walk returns the log-odds of the features in the first entries of row.
func (w *forestWalk) walk(row *[maxFeatures]float32) float32 {
	return walkForest(row, w.trees, w.depth, w.base, w.chunk, w.margin, w.negMargin)
}

// walkForestGo returns s plus the sum of the leaves that the walks of the
// features in row end at in trees, of the given depth, chunk trees at a
// time (an even number, or all of them), returning early when the sum
// after a chunk is above margin or below negMargin, the trees left
// unwalked: walkForest on any processor but amd64, where an assembly
// version (walk_amd64.s) gives the same sums, in the same order, with
// fewer instructions.
//
// The early exit is checked between calls of walkTreesGo rather than in
// its loop, whose registers are all taken: a test there spills them, and
// walking the forests of a model with no early exit took 10% more
// instructions; a call per ExitTrees trees costs far less.
func walkForestGo(row *[maxFeatures]float32, trees []flatTree, depth int, s float32, chunk int, margin, negMargin float32) float32 {
	for {
		n := min(chunk, len(trees))
		s = walkTreesGo(row, trees[:n], depth, s)
		trees = trees[n:]
		if len(trees) == 0 || s > margin || s < negMargin {
			return s
		}
	}
}

// walkTreesGo returns s plus the sum of the leaves that the walks of the
// features in row end at in trees, of the given depth, of which there
// are an even number.
func walkTreesGo(row *[maxFeatures]float32, trees []flatTree, depth int, s float32) float32 {
	// row checked for nil once here rather than at every level.
	_ = row[0]
	// Six trees at a time: their walks are independent chains of loads
	// that the processor overlaps. Six are as many as the registers hold:
	// a step holds a feature and a threshold in the 16 SSE registers, two
	// for each walk, and the sum besides; eight, which overlap more,
	// spill and reload two of them and the sum at every level, and take
	// 7% more instructions to walk a forest. The trees left, fewer than
	// six, go two at a time; prepare pads the forest to an even number of
	// trees with a tree whose leaves are 0.
	for len(trees) >= 6 {
		t := (*[6]flatTree)(trees)
		a, b, c, d, e, g := 1, 1, 1, 1, 1, 1
		// The levels unrolled: the walk enters at the depth of the forest
		// and falls through to the leaves, with no loop to count.
		switch depth {
		case 6:
			a, b, c, d, e, g = t[0].down(row, a), t[1].down(row, b), t[2].down(row, c), t[3].down(row, d), t[4].down(row, e), t[5].down(row, g)
			fallthrough
		case 5:
			a, b, c, d, e, g = t[0].down(row, a), t[1].down(row, b), t[2].down(row, c), t[3].down(row, d), t[4].down(row, e), t[5].down(row, g)
			fallthrough
		case 4:
			a, b, c, d, e, g = t[0].down(row, a), t[1].down(row, b), t[2].down(row, c), t[3].down(row, d), t[4].down(row, e), t[5].down(row, g)
			fallthrough
		case 3:
			a, b, c, d, e, g = t[0].down(row, a), t[1].down(row, b), t[2].down(row, c), t[3].down(row, d), t[4].down(row, e), t[5].down(row, g)
			fallthrough
		case 2:
			a, b, c, d, e, g = t[0].down(row, a), t[1].down(row, b), t[2].down(row, c), t[3].down(row, d), t[4].down(row, e), t[5].down(row, g)
			fallthrough
		case 1:
			a, b, c, d, e, g = t[0].down(row, a), t[1].down(row, b), t[2].down(row, c), t[3].down(row, d), t[4].down(row, e), t[5].down(row, g)
		}
		s += t[0].leaf[a&(2<<maxDepth-1)]
		s += t[1].leaf[b&(2<<maxDepth-1)]
		s += t[2].leaf[c&(2<<maxDepth-1)]
		s += t[3].leaf[d&(2<<maxDepth-1)]
		s += t[4].leaf[e&(2<<maxDepth-1)]
		s += t[5].leaf[g&(2<<maxDepth-1)]
		trees = trees[6:]
	}
	// The trees left, two at a time.
	for len(trees) >= 2 {
		t := (*[2]flatTree)(trees)
		a, b := 1, 1
		for range depth {
			a, b = t[0].down(row, a), t[1].down(row, b)
		}
		s += t[0].leaf[a&(2<<maxDepth-1)]
		s += t[1].leaf[b&(2<<maxDepth-1)]
		trees = trees[2:]
	}
	return s
}

// right is 1 when a walk goes to the right child: x is not below the
// node's threshold, that is above below, the float just below it
// (features are never NaN, which goes left here and right in the
// assembly). The comparison is strict so that the assembly can compare
// below, in a register, with x in memory and add the carry flag, which is
// then set just when x is above, to the doubled index in one instruction
// (x >= threshold would set it the other way round). It is written so
// that the compiler turns the choice into a flag set rather than a
// branch, as which way a line goes is too unpredictable for one.
func right(x, below float32) int {
	if x > below {
		return 1
	}
	return 0
}

// maxFeatures bounds the length of a feature vector a Forest reads: any
// uint8 feature index is in bounds of an array this long.
const maxFeatures = 256

// Both feature vectors must fit: these fail to compile otherwise.
var (
	_ [maxFeatures - NumStage1]struct{}
	_ [maxFeatures - NumStage2]struct{}
)

func (f *Forest) prepare() {
	// The depth of the deepest tree.
	var depthOf func(k int32) int
	depthOf = func(k int32) int {
		n := f.Nodes[k]
		if n.Feature < 0 {
			return 0
		}
		return 1 + max(depthOf(k+1), depthOf(n.Right))
	}
	depth := 0
	for _, r := range f.Roots {
		depth = max(depth, depthOf(r))
	}
	if depth > maxDepth {
		panic("linefeat: a tree deeper than maxDepth")
	}
	if f.ExitTrees%2 != 0 {
		// the walks go an even number of trees at a time.
		panic("linefeat: an odd ExitTrees")
	}
	ff := flatForest{depth: depth, trees: make([]flatTree, (len(f.Roots)+1)&^1)}
	for t, r := range f.Roots {
		tree := &ff.trees[t]
		// fill lays node k of the tree at position pos of the complete
		// one, at the given depth.
		var fill func(k int32, pos, d int)
		fill = func(k int32, pos, d int) {
			n := f.Nodes[k]
			if d == depth {
				tree.leaf[pos] = n.Threshold
				return
			}
			if n.Feature < 0 {
				// A split every x but -Inf passes to the right, over
				// copies of the leaf on both sides, so -Inf too ends at
				// the leaf.
				tree.feature[pos], tree.threshold[pos] = 0, float32(math.Inf(-1))
				fill(k, 2*pos, d+1)
				fill(k, 2*pos+1, d+1)
				return
			}
			if n.Feature >= maxFeatures {
				panic("linefeat: a feature index beyond maxFeatures")
			}
			// x >= n.Threshold just when x > below (for any x but NaN;
			// below 0 and -0 is the negative float closest to 0, which
			// -0 is above), which right tests.
			below := math.Nextafter32(n.Threshold, float32(math.Inf(-1)))
			tree.feature[pos], tree.threshold[pos] = uint8(n.Feature), below
			fill(k+1, 2*pos, d+1)
			fill(n.Right, 2*pos+1, d+1)
		}
		fill(r, 1, 0)
	}
	f.flat = ff
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
