package linefeat

import (
	"math"
	"math/rand"
	"testing"
)

func TestForestMargin(t *testing.T) {
	// Tree 1: x0 < 0.5 ? -1 : (x1 < 2 ? 0.5 : 2). Tree 2: a single leaf 0.25.
	f := &Forest{
		Base:  0.1,
		Roots: []int32{0, 5},
		Nodes: []Node{
			{Feature: 0, Right: 2, Threshold: 0.5}, {Feature: -1, Threshold: -1},
			{Feature: 1, Right: 4, Threshold: 2}, {Feature: -1, Threshold: 0.5}, {Feature: -1, Threshold: 2},
			{Feature: -1, Threshold: 0.25},
		},
	}
	tests := []struct {
		x    []float32
		want float32
	}{
		{[]float32{0.2, 9}, 0.1 - 1 + 0.25},
		{[]float32{0.7, 1}, 0.1 + 0.5 + 0.25},
		{[]float32{0.5, 2}, 0.1 + 2 + 0.25}, // thresholds send equal values right
	}
	for _, tt := range tests {
		if got := f.Margin(tt.x); got != tt.want {
			t.Errorf("Margin(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		prob []float32
		want float32
	}{
		{[]float32{0.1, 0.6, 0.3}, 0.5},  // a line passes: the threshold stands
		{[]float32{0.1, 0.4, 0.3}, 0.32}, // none does: just under the best line
		{nil, 0},
	}
	for _, tt := range tests {
		got := Cut(0.5, tt.prob)
		if d := got - tt.want; d > 1e-6 || d < -1e-6 {
			t.Errorf("Cut(0.5, %v) = %v, want %v", tt.prob, got, tt.want)
		}
	}
}

// TestForestMarginMatchesWalk checks the complete-tree layout against a
// plain walk of the preorder nodes, on random trees of uneven depth.
func TestForestMarginMatchesWalk(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	f := &Forest{Base: -0.3}
	var grow func(depth int)
	grow = func(depth int) {
		if depth == 0 || rng.Intn(4) == 0 {
			f.Nodes = append(f.Nodes, Node{Feature: -1, Threshold: rng.Float32()*2 - 1})
			return
		}
		at := len(f.Nodes)
		f.Nodes = append(f.Nodes, Node{Feature: int32(rng.Intn(8)), Threshold: rng.Float32()*4 - 2})
		grow(depth - 1)
		f.Nodes[at].Right = int32(len(f.Nodes))
		grow(depth - 1)
	}
	for range 30 {
		f.Roots = append(f.Roots, int32(len(f.Nodes)))
		grow(1 + rng.Intn(6))
	}
	x := make([]float32, 8)
	for range 2000 {
		for i := range x {
			x[i] = rng.Float32()*5 - 2.5
		}
		if got, want := f.Margin(x), plainMargin(f, x); math.Abs(float64(got-want)) > 1e-5 {
			t.Fatalf("Margin(%v) = %v, walk gives %v", x, got, want)
		}
	}
}

// TestForestEarlyExit checks the early exit against a plain walk that
// stops where the margin first passes ExitMargin after a multiple of
// ExitTrees trees.
func TestForestEarlyExit(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	f := &Forest{Base: 0.2, ExitTrees: 4, ExitMargin: 1.5}
	for range 22 {
		f.Roots = append(f.Roots, int32(len(f.Nodes)))
		// A split on feature 0 or 1 over two leaves.
		f.Nodes = append(f.Nodes,
			Node{Feature: int32(rng.Intn(2)), Right: int32(len(f.Nodes) + 2), Threshold: rng.Float32()*2 - 1},
			Node{Feature: -1, Threshold: rng.Float32() - 0.5},
			Node{Feature: -1, Threshold: rng.Float32() - 0.5})
	}
	x := make([]float32, 2)
	exits := 0
	for range 2000 {
		x[0], x[1] = rng.Float32()*3-1.5, rng.Float32()*3-1.5
		got, want := f.Margin(x), plainMargin(f, x)
		if math.Abs(float64(got-want)) > 1e-5 {
			t.Fatalf("Margin(%v) = %v, walk gives %v", x, got, want)
		}
		f.ExitTrees = 0
		if got != f.Margin(x) {
			exits++
		}
		f.ExitTrees = 4
	}
	if exits == 0 {
		t.Error("no walk stopped early")
	}
}

// plainMargin is the reference the tests hold Forest.Margin to: a walk of
// the preorder nodes, tree after tree, that stops where the margin first
// passes ExitMargin after a multiple of ExitTrees trees when ExitTrees is
// set.
func plainMargin(f *Forest, x []float32) float32 {
	s := f.Base
	for i, k := range f.Roots {
		for f.Nodes[k].Feature >= 0 {
			if x[f.Nodes[k].Feature] < f.Nodes[k].Threshold {
				k++
			} else {
				k = f.Nodes[k].Right
			}
		}
		s += f.Nodes[k].Threshold
		if f.ExitTrees > 0 && (i+1)%int(f.ExitTrees) == 0 && (s > f.ExitMargin || s < -f.ExitMargin) {
			return s
		}
	}
	return s
}

// TestWalkForestMatchesGo checks walkForest (in assembly on amd64) against
// walkForestGo, bit for bit, on random forests of every depth and size,
// with features equal to thresholds, zeros of both signs and infinities.
func TestWalkForestMatchesGo(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	thresholds := []float32{0, -1.5, 0.25, 3}
	value := func() float32 {
		switch rng.Intn(8) {
		case 0:
			return thresholds[rng.Intn(len(thresholds))]
		case 1:
			return float32(math.Copysign(0, -1))
		case 2:
			return float32(math.Inf(1 - 2*rng.Intn(2)))
		}
		return rng.Float32()*8 - 4
	}
	for depth := range maxDepth + 1 {
		for n := 0; n <= 20; n += 2 {
			trees := make([]flatTree, n)
			for i := range trees {
				for k := 1; k < 1<<depth; k++ {
					trees[i].feature[k] = uint8(rng.Intn(12))
					trees[i].threshold[k] = thresholds[rng.Intn(len(thresholds))]
					if rng.Intn(2) == 0 {
						trees[i].threshold[k] = rng.Float32()*6 - 3
					}
				}
				for k := range trees[i].leaf {
					trees[i].leaf[k] = rng.Float32()*2 - 1
				}
			}
			for range 50 {
				var row [maxFeatures]float32
				for j := range 12 {
					row[j] = value()
				}
				s := rng.Float32()
				chunk := max(n, 2*(1+rng.Intn(3)))
				if rng.Intn(2) == 0 {
					chunk = 2 * (1 + rng.Intn(4))
				}
				margin := rng.Float32() * 2
				got := walkForest(&row, trees, depth, s, chunk, margin, -margin)
				want := walkForestGo(&row, trees, depth, s, chunk, margin, -margin)
				if math.Float32bits(got) != math.Float32bits(want) {
					t.Fatalf("depth %d, %d trees, chunk %d: walkForest = %v, walkForestGo = %v", depth, n, chunk, got, want)
				}
			}
		}
	}
}

// TestForestMarginZero checks that a feature equal to a threshold of 0
// goes right whatever the signs of the zeros, as x >= threshold does.
func TestForestMarginZero(t *testing.T) {
	negZero := float32(math.Copysign(0, -1))
	for _, thr := range []float32{0, negZero} {
		f := &Forest{
			Roots: []int32{0},
			Nodes: []Node{{Feature: 0, Right: 2, Threshold: thr}, {Feature: -1, Threshold: -1}, {Feature: -1, Threshold: 1}},
		}
		for _, x := range []float32{0, negZero, 1e-45, float32(math.Inf(1))} {
			if got := f.Margin([]float32{x}); got != 1 {
				t.Errorf("threshold %v, x %v: Margin = %v, want 1", thr, x, got)
			}
		}
		for _, x := range []float32{-1e-45, -1, float32(math.Inf(-1))} {
			if got := f.Margin([]float32{x}); got != -1 {
				t.Errorf("threshold %v, x %v: Margin = %v, want -1", thr, x, got)
			}
		}
	}
}
