package gbdt

import (
	"math"
	"math/rand"
	"testing"
)

// randomTree grows a tree of depth at most d whose leaves stop at random
// levels, reading features below nf.
func randomTree(rng *rand.Rand, d, nf int) []Node {
	var t []Node
	var grow func(level int) int32
	grow = func(level int) int32 {
		i := int32(len(t))
		if level == d || (level > 0 && rng.Intn(4) == 0) {
			t = append(t, Node{Feature: -1, Value: rng.Float32()*2 - 1})
			return i
		}
		t = append(t, Node{Feature: int16(rng.Intn(nf)), Threshold: rng.Float32()})
		l := grow(level + 1)
		r := grow(level + 1)
		t[i].Left, t[i].Right = l, r
		return i
	}
	grow(0)
	return t
}

// randomRow mixes ordinary values with the ones comparisons trip on.
func randomRow(rng *rand.Rand, nf int) []float32 {
	x := make([]float32, nf)
	for i := range x {
		switch rng.Intn(12) {
		case 0:
			x[i] = float32(math.NaN())
		case 1:
			x[i] = float32(math.Inf(1 - 2*rng.Intn(2)))
		default:
			x[i] = rng.Float32()
		}
	}
	return x
}

// TestCompiledMatchesModel checks that the compiled layout gives exactly
// the margins of the model, whatever the trees' shapes.
func TestCompiledMatchesModel(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	const nf = 9
	for _, d := range []int{0, 1, 3, 6, maxCompiledDepth + 2} {
		m := &Model{Base: 0.25}
		for range 40 {
			m.Trees = append(m.Trees, randomTree(rng, d, nf))
		}
		c := m.Compile()
		if (c.model != nil) != (d > maxCompiledDepth) {
			t.Errorf("depth %d: fallback %v", d, c.model != nil)
		}
		for range 2000 {
			x := randomRow(rng, nf)
			if got, want := c.Margin(x), m.Margin(x); math.Float32bits(got) != math.Float32bits(want) {
				t.Fatalf("depth %d: Margin(%v) = %v, model says %v", d, x, got, want)
			}
		}
	}
	if (*Model)(nil).Compile() != nil {
		t.Error("Compile of a nil model is not nil")
	}
	if got := (&Model{Base: 2}).Compile().Margin(nil); got != 2 {
		t.Errorf("model without trees: Margin = %v, want 2", got)
	}
}

func benchModel() (*Model, [][]float32) {
	rng := rand.New(rand.NewSource(5))
	m := &Model{}
	for range 120 {
		m.Trees = append(m.Trees, randomTree(rng, 6, 80))
	}
	X := make([][]float32, 256)
	for i := range X {
		X[i] = randomRow(rng, 80)
	}
	return m, X
}

func BenchmarkModelMargin(b *testing.B) {
	m, X := benchModel()
	for i := 0; b.Loop(); i++ {
		m.Margin(X[i%len(X)])
	}
}

func BenchmarkCompiledMargin(b *testing.B) {
	m, X := benchModel()
	c := m.Compile()
	for i := 0; b.Loop(); i++ {
		c.Margin(X[i%len(X)])
	}
}

func TestMarginRows(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	const nf = 7
	for _, d := range []int{0, 2, 6, maxCompiledDepth + 1} {
		m := &Model{Base: -0.5}
		for range 1 + rng.Intn(30) {
			m.Trees = append(m.Trees, randomTree(rng, d, nf))
		}
		c := m.Compile()
		for _, stride := range []int{nf, nf + 3} {
			n := rng.Intn(50)
			X := make([]float32, 0, n*stride)
			for range n {
				X = append(X, randomRow(rng, stride)...)
			}
			out := make([]float32, n)
			c.MarginRows(X, stride, out)
			for r := range out {
				if want := m.Margin(X[r*stride : (r+1)*stride]); math.Float32bits(out[r]) != math.Float32bits(want) {
					t.Fatalf("depth %d row %d: %v, want %v", d, r, out[r], want)
				}
			}
		}
	}
}

func BenchmarkCompiledMarginRows(b *testing.B) {
	m, X := benchModel()
	c := m.Compile()
	flat := make([]float32, 0, 160*80)
	for _, x := range X[:160] {
		flat = append(flat, x...)
	}
	out := make([]float32, 160)
	for b.Loop() {
		c.MarginRows(flat, 80, out)
	}
}

func BenchmarkCompiledMarginEach(b *testing.B) {
	m, X := benchModel()
	c := m.Compile()
	out := make([]float32, 160)
	for b.Loop() {
		for r := range out {
			out[r] = c.Margin(X[r])
		}
	}
}
