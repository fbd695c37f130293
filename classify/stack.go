package classify

import "github.com/pith-dev/pith/segment"

// The second stage of classification reads, besides a block's own
// features, what the first stage thought of its neighbours and of the other
// blocks in its containers: a paragraph among main-content paragraphs is
// main content more surely than its own features say, and a lone "main"
// block among boilerplate less so.

// Link is what the second stage needs to know of a block's place: its
// length and its three nearest container elements.
type Link struct {
	Chars int32
	Anc   [3]int32 // parent, grandparent, great-grandparent of the block's element; -1 if none
}

// Links returns the places of the blocks of p.
func Links(p *segment.Page) []Link {
	l := make([]Link, len(p.Blocks))
	for i := range p.Blocks {
		b := &p.Blocks[i]
		l[i].Chars = b.Chars
		e := p.Elems[b.Elem].Parent
		for k := 0; k < 3; k++ {
			l[i].Anc[k] = e
			if e >= 0 {
				e = p.Elems[e].Parent
			}
		}
	}
	return l
}

// NumStackFeatures is the number of features the second stage adds.
const NumStackFeatures = 12

// StackFeatures returns, per block, the second-stage features computed from
// the first stage's probabilities p1, laid out block after block.
func StackFeatures(l []Link, p1 []float32) []float32 {
	n := len(l)
	out := make([]float32, n*NumStackFeatures)
	// Character-weighted mean probability of each container's blocks, per
	// level: sums indexed by element id + 1 (0 for "none").
	type acc struct{ w, s float32 }
	var top int32 = -1
	for i := range l {
		for _, e := range l[i].Anc {
			top = max(top, e)
		}
	}
	var sums [3][]acc
	for k := range sums {
		sums[k] = make([]acc, top+2)
	}
	for i := range l {
		w := float32(l[i].Chars)
		for k := 0; k < 3; k++ {
			a := &sums[k][l[i].Anc[k]+1]
			a.w += w
			a.s += w * p1[i]
		}
	}
	// Distance to the nearest block the first stage keeps, both ways.
	prevMain := make([]int, n)
	last := -1 << 20
	for i := 0; i < n; i++ {
		prevMain[i] = i - last
		if p1[i] >= 0.5 {
			last = i
		}
	}
	nextMain := make([]int, n)
	last = 1 << 20
	for i := n - 1; i >= 0; i-- {
		nextMain[i] = last - i
		if p1[i] >= 0.5 {
			last = i
		}
	}
	for i := 0; i < n; i++ {
		x := out[i*NumStackFeatures : (i+1)*NumStackFeatures]
		x[0] = p1[i]
		x[1] = windowMean(l, p1, i, 2)
		x[2] = windowMean(l, p1, i, 6)
		for k := 0; k < 3; k++ {
			a := sums[k][l[i].Anc[k]+1]
			// Leave the block itself out: what do its fellows say?
			w := a.w - float32(l[i].Chars)
			if w > 0 {
				x[3+k] = (a.s - float32(l[i].Chars)*p1[i]) / w
			} else {
				x[3+k] = -1
			}
		}
		if i > 0 {
			x[6] = p1[i-1]
		} else {
			x[6] = -1
		}
		if i+1 < n {
			x[7] = p1[i+1]
		} else {
			x[7] = -1
		}
		x[8] = float32(min(prevMain[i], 50))
		x[9] = float32(min(nextMain[i], 50))
		if prevMain[i] < 1<<19 && nextMain[i] < 1<<19 {
			x[10] = 1 // between main blocks
		}
		x[11] = maxAround(p1, i, 3)
	}
	return out
}

func windowMean(l []Link, p1 []float32, i, r int) float32 {
	var w, s float32
	for j := max(0, i-r); j <= min(len(l)-1, i+r); j++ {
		if j == i {
			continue
		}
		c := float32(l[j].Chars)
		w += c
		s += c * p1[j]
	}
	if w == 0 {
		return -1
	}
	return s / w
}

func maxAround(p1 []float32, i, r int) float32 {
	m := float32(-1)
	for j := max(0, i-r); j <= min(len(p1)-1, i+r); j++ {
		if j != i && p1[j] > m {
			m = p1[j]
		}
	}
	return m
}
