// Package classify decides, for each block of a segmented page, how likely
// it is to be part of the main content.
//
// It first finds the container that holds the main content, the way
// Readability does: each paragraph-like block gives points to its ancestors,
// weighted by its length and punctuation, and each candidate's points are
// cut by its link density and moved by its class and id. It then scores every
// block from its own features and its place relative to that container.
package classify

import (
	"github.com/pith-dev/pith/internal/gbdt"
	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html/atom"
)

// Result holds the classification of a page.
type Result struct {
	// Score is, per block, how likely the block is main content, in [0, 1].
	Score []float32
	// Root is the element chosen as the main container, or -1.
	Root int32
	// Roots are the root and the siblings merged with it.
	Roots []int32
}

// Classify scores the blocks of p. It uses the embedded block models when
// the build has them, and the container heuristic alone otherwise.
func Classify(p *segment.Page) *Result {
	c, res := analyze(p)
	if blockModel == nil || len(p.Blocks) == 0 {
		return res
	}
	// Each block's row has room for the second stage's features.
	w := NumFeatures + NumStackFeatures
	X := features(p, c, res.Roots, res.Root, w)
	res.Score = predict(p, X, w, blockEval, stackEval)
	return res
}

// The embedded models, laid out for evaluation.
var blockEval, stackEval = blockModel.Compile(), stackModel.Compile()

// Predict runs the first-stage model m1 on the features X of the blocks of
// p and, when m2 is not nil, the second stage on top of it.
func Predict(p *segment.Page, X []float32, m1, m2 *gbdt.Model) []float32 {
	nf, w := NumFeatures, NumFeatures+NumStackFeatures
	Xw := make([]float32, len(p.Blocks)*w)
	for i := range p.Blocks {
		copy(Xw[i*w:i*w+nf], X[i*nf:(i+1)*nf])
	}
	return predict(p, Xw, w, m1.Compile(), m2.Compile())
}

// predict is Predict for rows w wide, the block's features first: the
// second stage's features are written after them.
func predict(p *segment.Page, X []float32, w int, m1, m2 *gbdt.Compiled) []float32 {
	nf := NumFeatures
	n := len(p.Blocks)
	p1 := make([]float32, n)
	m1.PredictRows(X, w, p1)
	if m2 == nil {
		return p1
	}
	S := StackFeatures(Links(p), p1)
	for i := 0; i < n; i++ {
		copy(X[i*w+nf:(i+1)*w], S[i*NumStackFeatures:(i+1)*NumStackFeatures])
	}
	out := make([]float32, n)
	m2.PredictRows(X, w, out)
	return out
}

// Heuristic scores the blocks of p with the container heuristic alone and
// returns, besides, every block's features: what the model is trained on.
func Heuristic(p *segment.Page) (*Result, []float32) {
	c, res := analyze(p)
	return res, Features(p, c, res.Roots, res.Root)
}

func analyze(p *segment.Page) (*context, *Result) {
	c := newContext(p)
	root := c.bestCandidate()
	res := &Result{Score: make([]float32, len(p.Blocks)), Root: root}
	if root < 0 {
		return c, res
	}
	res.Roots = c.mergeSiblings(root)
	for _, r := range res.Roots {
		el := &p.Elems[r]
		for i := el.FirstBlock; i < el.EndBlock; i++ {
			if c.inside(p.Blocks[i].Elem, r) {
				res.Score[i] = c.blockScore(int(i), r)
			}
		}
	}
	return c, res
}

type context struct {
	p      *segment.Page
	bits   []uint64  // class/id words and tag groups per element
	weight []float32 // class/id and tag weight per element
	score  []float32 // content points per element
}

func newContext(p *segment.Page) *context {
	c := &context{
		p:      p,
		bits:   elemBits(p),
		weight: make([]float32, len(p.Elems)),
		score:  make([]float32, len(p.Elems)),
	}
	for i := range p.Elems {
		c.weight[i] = elemWeight(&p.Elems[i], c.bits[i])
	}
	return c
}

func elemWeight(e *segment.Elem, bits uint64) float32 {
	var w float32
	if bits&(1<<bitNegative) != 0 {
		w -= 25
	}
	if bits&(1<<bitPositive) != 0 {
		w += 25
	}
	switch e.Tag {
	case atom.Article, atom.Main:
		w += 15
	case atom.Nav, atom.Aside, atom.Footer:
		w -= 40
	case atom.Header:
		w -= 10
	}
	return w
}

// bestCandidate gives each paragraph-like block's points to its ancestors
// and returns the element with the most points after link density and class
// weight.
func (c *context) bestCandidate() int32 {
	p := c.p
	for _, b := range p.Blocks {
		if b.Chars < 25 || b.Kind == segment.Heading || b.Kind == segment.Caption {
			continue
		}
		pts := 1 + float32(b.Punct)
		if l := float32(b.Chars) / 100; l < 3 {
			pts += l
		} else {
			pts += 3
		}
		level := 0
		for e := p.Elems[b.Elem].Parent; e >= 0 && level < 5; e = p.Elems[e].Parent {
			switch {
			case level == 0:
				c.score[e] += pts
			case level == 1:
				c.score[e] += pts / 2
			default:
				c.score[e] += pts / float32(level*3)
			}
			level++
		}
	}
	best, bestScore := int32(-1), float32(0)
	for i := range p.Elems {
		if c.score[i] == 0 {
			continue
		}
		el := &p.Elems[i]
		if el.Tag == atom.Body || el.Tag == atom.Html {
			// The body always wins on points; it is the answer only when no
			// element below it earns any.
			continue
		}
		s := (c.score[i] + c.weight[i]) * (1 - linkDensity(el))
		if s > bestScore {
			best, bestScore = int32(i), s
		}
	}
	if best < 0 {
		for i := range p.Elems {
			if p.Elems[i].Tag == atom.Body {
				return int32(i)
			}
		}
	}
	return best
}

func linkDensity(e *segment.Elem) float32 {
	if e.Chars == 0 {
		return 0
	}
	return float32(e.LinkChars) / float32(e.Chars)
}

func (c *context) final(e int32) float32 {
	return (c.score[e] + c.weight[e]) * (1 - linkDensity(&c.p.Elems[e]))
}

// mergeSiblings returns the root and those of its siblings that look like
// more of the same content: an article split by an ad or a teaser box.
func (c *context) mergeSiblings(root int32) []int32 {
	p := c.p
	parent := p.Elems[root].Parent
	if parent < 0 {
		return []int32{root}
	}
	threshold := c.final(root) * 0.2
	if threshold < 10 {
		threshold = 10
	}
	var roots []int32
	pe := &p.Elems[parent]
	for i := parent + 1; i < int32(len(p.Elems)); i++ {
		el := &p.Elems[i]
		if el.Depth <= pe.Depth {
			break
		}
		if el.Parent != parent {
			continue
		}
		if i == root {
			roots = append(roots, i)
			continue
		}
		if c.weight[i] < 0 {
			continue
		}
		if c.final(i) >= threshold {
			roots = append(roots, i)
			continue
		}
		if el.Tag == atom.P && el.Blocks == 1 {
			ld := linkDensity(el)
			b := &p.Blocks[el.FirstBlock]
			if (el.Chars > 80 && ld < 0.25) || (el.Chars > 0 && ld == 0 && endsSentence(b.Text)) {
				roots = append(roots, i)
			}
		}
	}
	return roots
}

func endsSentence(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', ')':
		return true
	}
	return false
}

// inside reports whether element e is root or below it.
func (c *context) inside(e, root int32) bool {
	for ; e >= 0; e = c.p.Elems[e].Parent {
		if e == root {
			return true
		}
		if e < root {
			return false
		}
	}
	return false
}

// blockScore scores a block inside the root from its own features and those
// of the elements between it and the root.
func (c *context) blockScore(i int, root int32) float32 {
	p := c.p
	b := &p.Blocks[i]
	for e := b.Elem; e != root && e >= 0; e = p.Elems[e].Parent {
		el := &p.Elems[e]
		if c.weight[e] < 0 && c.bits[e]&(1<<bitPositive) == 0 {
			return 0
		}
		switch el.Tag {
		case atom.Nav, atom.Aside, atom.Footer, atom.Figcaption, atom.Figure, atom.Form:
			if el.Tag == atom.Figure && b.Kind != segment.Caption && b.Kind != segment.Text {
				break
			}
			return 0
		case atom.Ul, atom.Ol, atom.Table, atom.Dl:
			if el.Blocks >= 3 && linkDensity(el) > 0.5 {
				return 0
			}
		}
	}
	if b.Kind == segment.Caption {
		return 0
	}
	ld := float32(b.LinkChars) / float32(b.Chars)
	if b.Kind != segment.Heading && ld > 0.5 {
		return 0
	}
	return 1
}
