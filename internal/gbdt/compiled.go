package gbdt

// Compiled is a Model laid out for evaluation. Every tree is padded to a
// complete binary tree of the model's depth, so that a row goes down a tree
// by index arithmetic alone (the children of inner node i are 2i+1 and
// 2i+2) rather than by following links: no branch to mispredict on the way
// down, and all trees in two flat arrays. A leaf above the full depth
// becomes an inner node whose leaves all hold its value, so that whichever
// way a row goes below it, it ends with that value. Margins are summed tree
// after tree in the model's order, so they are bit for bit those of
// Model.Margin.
type Compiled struct {
	base  float32
	depth int
	inner int       // inner nodes per tree: 2^depth - 1
	nodes []split   // inner nodes, tree after tree
	leaf  []float32 // leaves, 2^depth per tree, tree after tree
	nfeat int       // one more than the highest feature the trees read
	model *Model    // evaluated as it is when it is too deep to pad
}

type split struct {
	feature   int32
	threshold float32
}

// maxCompiledDepth bounds the padding: a tree of depth d takes 2^(d+1)
// slots.
const maxCompiledDepth = 10

// Compile lays m out for evaluation. It returns nil for a nil model.
func (m *Model) Compile() *Compiled {
	if m == nil {
		return nil
	}
	c := &Compiled{base: m.Base, model: m}
	for _, t := range m.Trees {
		if len(t) == 0 {
			return c
		}
		d := treeDepth(t, 0)
		if d > maxCompiledDepth {
			return c
		}
		c.depth = max(c.depth, d)
	}
	c.inner = 1<<c.depth - 1
	c.nodes = make([]split, len(m.Trees)*c.inner)
	c.leaf = make([]float32, len(m.Trees)<<c.depth)
	for k, t := range m.Trees {
		c.place(t, 0, c.nodes[k*c.inner:(k+1)*c.inner], c.leaf[k<<c.depth:(k+1)<<c.depth], 0)
	}
	c.model = nil
	return c
}

func treeDepth(t []Node, i int32) int {
	if t[i].Feature < 0 {
		return 0
	}
	return 1 + max(treeDepth(t, t[i].Left), treeDepth(t, t[i].Right))
}

// place puts node i of t at slot j of the complete tree.
func (c *Compiled) place(t []Node, i int32, nodes []split, leaf []float32, j int) {
	n := &t[i]
	if j >= c.inner {
		leaf[j-c.inner] = n.Value
		return
	}
	if n.Feature < 0 {
		// A leaf above the bottom: every leaf below slot j gets its value,
		// and the padding splits read feature 0 (any would do).
		for lo, hi := j, j; ; lo, hi = 2*lo+1, 2*hi+2 {
			if lo >= c.inner {
				for k := lo; k <= hi; k++ {
					leaf[k-c.inner] = n.Value
				}
				return
			}
		}
	}
	nodes[j] = split{int32(n.Feature), n.Threshold}
	c.nfeat = max(c.nfeat, int(n.Feature)+1)
	c.place(t, n.Left, nodes, leaf, 2*j+1)
	c.place(t, n.Right, nodes, leaf, 2*j+2)
}

// Margin returns the raw score of x, as Model.Margin does.
func (c *Compiled) Margin(x []float32) float32 {
	if c.model != nil {
		return c.model.Margin(x)
	}
	x = x[:c.nfeat]
	s := c.base
	in, nl := c.inner, c.inner+1
	nodes, leaf := c.nodes, c.leaf
	// Four trees at a time: their descents are independent, so the
	// processor overlaps them. The leaves are still added in tree order.
	for len(leaf) >= 4*nl {
		t0, t1, t2, t3 := nodes[:in], nodes[in:2*in], nodes[2*in:3*in], nodes[3*in:4*in]
		j0, j1, j2, j3 := 0, 0, 0, 0
		for range c.depth {
			j0 = down(t0, x, j0)
			j1 = down(t1, x, j1)
			j2 = down(t2, x, j2)
			j3 = down(t3, x, j3)
		}
		s += leaf[j0-in]
		s += leaf[nl+j1-in]
		s += leaf[2*nl+j2-in]
		s += leaf[3*nl+j3-in]
		nodes, leaf = nodes[4*in:], leaf[4*nl:]
	}
	for len(leaf) > 0 {
		t := nodes[:in]
		j := 0
		for range c.depth {
			j = down(t, x, j)
		}
		s += leaf[j-in]
		nodes, leaf = nodes[in:], leaf[nl:]
	}
	return s
}

// down returns the child of inner node j of tree t that x goes to: left
// (2j+1) when x[feature] < threshold, else right, NaN included, as in
// Model.Margin. It is written so that the comparison gives a number rather
// than a branch, which would be mispredicted half of the time.
func down(t []split, x []float32, j int) int {
	n := t[j]
	return 2*j + 2 - b2i(x[n.feature] < n.threshold)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Predict returns the probability that x is positive, as Model.Predict
// does.
func (c *Compiled) Predict(x []float32) float32 {
	return sigmoid(c.Margin(x))
}

// MarginRows sets out[r] to the margin of row r of X, whose rows are
// stride long, as Margin would for each. Rows are taken tree by tree (four
// trees at a time) rather than row by row, so that the trees' nodes stay in
// the fastest cache while every row goes down them; each row still adds
// its leaves in tree order, so margins are bit for bit those of Margin.
func (c *Compiled) MarginRows(X []float32, stride int, out []float32) {
	if c.model != nil || stride < c.nfeat {
		for r := range out {
			out[r] = c.Margin(X[r*stride : (r+1)*stride])
		}
		return
	}
	n := len(out)
	_ = X[:n*stride]
	for r := range out {
		out[r] = c.base
	}
	in, nl := c.inner, c.inner+1
	nodes, leaf := c.nodes, c.leaf
	for len(leaf) >= 4*nl {
		t0, t1, t2, t3 := nodes[:in], nodes[in:2*in], nodes[2*in:3*in], nodes[3*in:4*in]
		l0, l1, l2, l3 := leaf[:nl], leaf[nl:2*nl], leaf[2*nl:3*nl], leaf[3*nl:4*nl]
		for r := range out {
			x := X[r*stride : r*stride+c.nfeat]
			j0, j1, j2, j3 := 0, 0, 0, 0
			for range c.depth {
				j0 = down(t0, x, j0)
				j1 = down(t1, x, j1)
				j2 = down(t2, x, j2)
				j3 = down(t3, x, j3)
			}
			s := out[r]
			s += l0[j0-in]
			s += l1[j1-in]
			s += l2[j2-in]
			s += l3[j3-in]
			out[r] = s
		}
		nodes, leaf = nodes[4*in:], leaf[4*nl:]
	}
	for len(leaf) > 0 {
		t, l := nodes[:in], leaf[:nl]
		for r := range out {
			x := X[r*stride : r*stride+c.nfeat]
			j := 0
			for range c.depth {
				j = down(t, x, j)
			}
			out[r] += l[j-in]
		}
		nodes, leaf = nodes[in:], leaf[nl:]
	}
}

// PredictRows sets out[r] to the probability that row r of X is positive,
// as Predict would for each.
func (c *Compiled) PredictRows(X []float32, stride int, out []float32) {
	c.MarginRows(X, stride, out)
	for r, z := range out {
		out[r] = sigmoid(z)
	}
}
