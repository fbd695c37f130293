package linefeat

import "math"

// Model is the two-stage line classifier. Stage 1 is a logistic regression
// over each line's own features and its neighbourhood; stage 2 is another
// over the stage-1 probabilities around the line, which lets it fill short
// gaps in the main block and drop isolated lines far from it.
type Model struct {
	W1 [NumStage1]float32
	B1 float32
	W2 [NumStage2]float32
	B2 float32
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
		prob[i] = sigmoid(m.B1 + dot(m.W1[:], p.X1[i*NumStage1:(i+1)*NumStage1]))
	}
}

// Score computes the final probability of each line of the loaded page p
// into prob, which must have a room for each line; stage1 is scratch space
// of the same length.
func (m *Model) Score(p *Page, stage1, prob []float32) {
	m.Stage1(p, stage1)
	p.Stage2(stage1)
	for i := range p.Spans {
		prob[i] = sigmoid(m.B2 + dot(m.W2[:], p.X2[i*NumStage2:(i+1)*NumStage2]))
	}
}
