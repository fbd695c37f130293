// Package gbdt trains and evaluates small gradient-boosted decision trees
// for binary classification, in pure Go, so that a learned model can ship
// inside the binary as generated source.
package gbdt

import "math"

// Node is a node of a tree. An inner node sends x to Left when
// x[Feature] < Threshold, else to Right; a leaf (Feature < 0) adds Value to
// the margin.
type Node struct {
	Feature     int16
	Left, Right int32
	Threshold   float32
	Value       float32
}

// Model is a sum of trees, each a slice of nodes with its root first.
type Model struct {
	Base  float32
	Trees [][]Node
}

// Margin returns the raw score of x: the log-odds that x is positive.
func (m *Model) Margin(x []float32) float32 {
	s := m.Base
	for _, t := range m.Trees {
		i := int32(0)
		for {
			n := &t[i]
			if n.Feature < 0 {
				s += n.Value
				break
			}
			if x[n.Feature] < n.Threshold {
				i = n.Left
			} else {
				i = n.Right
			}
		}
	}
	return s
}

// Predict returns the probability that x is positive.
func (m *Model) Predict(x []float32) float32 {
	return sigmoid(m.Margin(x))
}

func sigmoid(z float32) float32 {
	return float32(1 / (1 + math.Exp(-float64(z))))
}
