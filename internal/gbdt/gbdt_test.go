package gbdt

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// TestTrainLearnsInteraction checks that boosting finds a rule no single
// feature gives: positive when both x0 > 0.5 and x1 > 0.5.
func TestTrainLearnsInteraction(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var X [][]float32
	var y []float32
	for i := 0; i < 4000; i++ {
		x := []float32{rng.Float32(), rng.Float32(), rng.Float32()}
		X = append(X, x)
		if x[0] > 0.5 && x[1] > 0.5 {
			y = append(y, 1)
		} else {
			y = append(y, 0)
		}
	}
	p := DefaultParams
	p.Trees = 50
	m := Train(X, y, nil, p)
	wrong := 0
	for i, x := range X {
		if (m.Predict(x) >= 0.5) != (y[i] == 1) {
			wrong++
		}
	}
	if wrong > len(X)/50 {
		t.Fatalf("%d of %d rows misclassified", wrong, len(X))
	}
	cases := []struct {
		x    []float32
		want bool
	}{
		{[]float32{0.9, 0.9, 0.1}, true},
		{[]float32{0.9, 0.1, 0.9}, false},
		{[]float32{0.1, 0.9, 0.9}, false},
	}
	for _, c := range cases {
		if got := m.Predict(c.x) >= 0.5; got != c.want {
			t.Errorf("Predict(%v) = %v, want %v", c.x, got, c.want)
		}
	}
}

func TestWriteGo(t *testing.T) {
	m := &Model{Base: 0.5, Trees: [][]Node{{{Feature: 0, Left: 1, Right: 2, Threshold: 1.5}, {Feature: -1, Value: -1}, {Feature: -1, Value: 2}}}}
	var buf bytes.Buffer
	if err := WriteGo(&buf, "x", "test", []string{"model"}, []*Model{m}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"package x", "var model = &gbdt.Model{", "Threshold: 1.5", "Value: -1"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("generated source lacks %q:\n%s", want, buf.String())
		}
	}
	if got := m.Margin([]float32{1}); got != -0.5 {
		t.Errorf("Margin = %v, want -0.5", got)
	}
}
