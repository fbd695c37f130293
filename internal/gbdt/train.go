package gbdt

import (
	"math"
	"math/rand"
	"runtime"
	"sort"
	"sync"
)

// Params control training.
type Params struct {
	Trees        int     // number of trees
	Depth        int     // maximum depth of a tree
	LearningRate float64 // shrinkage of each tree's values
	Lambda       float64 // L2 regularisation of leaf values
	MinLeaf      float64 // least hessian (≈ weighted rows) in a leaf
	Bins         int     // quantile bins per feature, at most 255
	RowSample    float64 // share of rows each tree sees
	Seed         int64
}

// DefaultParams are settings that suit a few hundred thousand rows.
var DefaultParams = Params{Trees: 200, Depth: 6, LearningRate: 0.1, Lambda: 1, MinLeaf: 20, Bins: 64, RowSample: 0.8, Seed: 1}

// Train fits a model to rows X with labels y in {0,1} and weights w (nil
// for all 1).
func Train(X [][]float32, y, w []float32, p Params) *Model {
	n := len(X)
	if n == 0 {
		return &Model{}
	}
	nf := len(X[0])
	if w == nil {
		w = make([]float32, n)
		for i := range w {
			w[i] = 1
		}
	}
	cuts := make([][]float32, nf)
	bins := make([][]uint8, nf)
	for f := 0; f < nf; f++ {
		cuts[f] = quantileCuts(X, f, p.Bins)
		b := make([]uint8, n)
		for i := range X {
			b[i] = uint8(sort.Search(len(cuts[f]), func(k int) bool { return X[i][f] < cuts[f][k] }))
		}
		bins[f] = b
	}
	var pos, tot float64
	for i := range y {
		pos += float64(y[i] * w[i])
		tot += float64(w[i])
	}
	prior := math.Max(1e-6, math.Min(1-1e-6, pos/tot))
	m := &Model{Base: float32(math.Log(prior / (1 - prior)))}
	margin := make([]float32, n)
	for i := range margin {
		margin[i] = m.Base
	}
	g := make([]float64, n)
	h := make([]float64, n)
	rng := rand.New(rand.NewSource(p.Seed))
	rows := make([]int32, 0, n)
	for t := 0; t < p.Trees; t++ {
		rows = rows[:0]
		for i := 0; i < n; i++ {
			pr := 1 / (1 + math.Exp(-float64(margin[i])))
			g[i] = (pr - float64(y[i])) * float64(w[i])
			h[i] = math.Max(pr*(1-pr), 1e-6) * float64(w[i])
			if p.RowSample >= 1 || rng.Float64() < p.RowSample {
				rows = append(rows, int32(i))
			}
		}
		tb := &treeBuilder{p: p, bins: bins, cuts: cuts, g: g, h: h}
		root := tb.newHist()
		tb.build(root, rows)
		tb.grow(rows, root, 0)
		tree := tb.nodes
		m.Trees = append(m.Trees, tree)
		for i := 0; i < n; i++ {
			margin[i] += leafValue(tree, bins, i)
		}
	}
	return m
}

func leafValue(t []Node, bins [][]uint8, i int) float32 {
	k := int32(0)
	for {
		nd := &t[k]
		if nd.Feature < 0 {
			return nd.Value
		}
		// Threshold is cuts[f][b]: x < cut ⇔ bin <= b. The tree builder
		// stores the bin in Left's sibling slot via thresholds, so compare
		// through the stored split bin.
		if int(bins[nd.Feature][i]) <= int(splitBin(nd)) {
			k = nd.Left
		} else {
			k = nd.Right
		}
	}
}

// splitBin recovers the bin of a split from the node; during training the
// builder keeps it in Value, which inner nodes do not otherwise use.
func splitBin(nd *Node) float32 { return nd.Value }

func quantileCuts(X [][]float32, f, maxBins int) []float32 {
	vals := make([]float32, 0, len(X))
	step := 1
	if len(X) > 200000 {
		step = len(X) / 200000
	}
	for i := 0; i < len(X); i += step {
		vals = append(vals, X[i][f])
	}
	sort.Slice(vals, func(a, b int) bool { return vals[a] < vals[b] })
	var cuts []float32
	for k := 1; k < maxBins; k++ {
		v := vals[k*len(vals)/maxBins]
		if v > vals[0] && (len(cuts) == 0 || v > cuts[len(cuts)-1]) {
			cuts = append(cuts, v)
		}
	}
	return cuts
}

type treeBuilder struct {
	p     Params
	bins  [][]uint8
	cuts  [][]float32
	g, h  []float64
	nodes []Node
}

// hist holds, per feature and bin, the sums of gradients and hessians of
// a node's rows.
type hist struct {
	g, h [][]float64
}

func (tb *treeBuilder) newHist() *hist {
	hs := &hist{g: make([][]float64, len(tb.bins)), h: make([][]float64, len(tb.bins))}
	for f := range tb.bins {
		nb := len(tb.cuts[f]) + 1
		hs.g[f] = make([]float64, nb)
		hs.h[f] = make([]float64, nb)
	}
	return hs
}

// build fills hs from rows, features split across goroutines when the node
// is large.
func (tb *treeBuilder) build(hs *hist, rows []int32) {
	workers := 1
	if len(rows) > 20000 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for f := k; f < len(tb.bins); f += workers {
				hg, hh, bf := hs.g[f], hs.h[f], tb.bins[f]
				for b := range hg {
					hg[b], hh[b] = 0, 0
				}
				for _, r := range rows {
					hg[bf[r]] += tb.g[r]
					hh[bf[r]] += tb.h[r]
				}
			}
		}(k)
	}
	wg.Wait()
}

// subtract sets hs to parent minus sibling: the histogram of the other
// child, for the price of a subtraction instead of a pass over its rows.
func (hs *hist) subtract(parent, sibling *hist) {
	for f := range hs.g {
		for b := range hs.g[f] {
			hs.g[f][b] = parent.g[f][b] - sibling.g[f][b]
			hs.h[f][b] = parent.h[f][b] - sibling.h[f][b]
		}
	}
}

// grow builds the subtree for rows, whose histogram is hs, at depth d and
// returns its index.
func (tb *treeBuilder) grow(rows []int32, hs *hist, d int) int32 {
	idx := int32(len(tb.nodes))
	tb.nodes = append(tb.nodes, Node{Feature: -1})
	var G, H float64
	for _, r := range rows {
		G += tb.g[r]
		H += tb.h[r]
	}
	leaf := func() int32 {
		tb.nodes[idx].Value = float32(-G / (H + tb.p.Lambda) * tb.p.LearningRate)
		return idx
	}
	if d >= tb.p.Depth || H < 2*tb.p.MinLeaf {
		return leaf()
	}
	bestF, bestB := tb.bestSplit(hs, G, H)
	if bestF < 0 {
		return leaf()
	}
	// Partition rows in place: left are bin <= bestB.
	bf := tb.bins[bestF]
	i, j := 0, len(rows)-1
	for i <= j {
		if int(bf[rows[i]]) <= bestB {
			i++
		} else {
			rows[i], rows[j] = rows[j], rows[i]
			j--
		}
	}
	tb.nodes[idx] = Node{Feature: int16(bestF), Threshold: tb.cuts[bestF][bestB], Value: float32(bestB)}
	left, right := rows[:i], rows[i:]
	var lh, rh *hist
	if d+1 < tb.p.Depth {
		// Build the smaller child's histogram, derive the larger's.
		small, large := tb.newHist(), tb.newHist()
		if len(left) <= len(right) {
			tb.build(small, left)
			large.subtract(hs, small)
			lh, rh = small, large
		} else {
			tb.build(small, right)
			large.subtract(hs, small)
			lh, rh = large, small
		}
	}
	l := tb.grow(left, lh, d+1)
	r := tb.grow(right, rh, d+1)
	tb.nodes[idx].Left, tb.nodes[idx].Right = l, r
	return idx
}

// bestSplit finds the feature and bin whose split gains most, or -1.
// Ties go to the lower feature and bin, so the model is deterministic.
func (tb *treeBuilder) bestSplit(hs *hist, G, H float64) (int, int) {
	parentGain := G * G / (H + tb.p.Lambda)
	bestGain, bestF, bestB := 0.0, -1, 0
	for f := range hs.g {
		hg, hh := hs.g[f], hs.h[f]
		var gl, hl float64
		for b := 0; b < len(hg)-1; b++ {
			gl += hg[b]
			hl += hh[b]
			gr, hr := G-gl, H-hl
			if hl < tb.p.MinLeaf || hr < tb.p.MinLeaf {
				continue
			}
			gain := gl*gl/(hl+tb.p.Lambda) + gr*gr/(hr+tb.p.Lambda) - parentGain
			if gain > bestGain {
				bestGain, bestF, bestB = gain, f, b
			}
		}
	}
	return bestF, bestB
}
