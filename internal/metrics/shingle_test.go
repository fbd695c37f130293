package metrics

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestShingles(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one two, three", map[string]int{"one\x00two\x00three": 1}},
		{"a b c d", map[string]int{"a\x00b\x00c\x00d": 1}},
		{"a b c d e", map[string]int{"a\x00b\x00c\x00d": 1, "b\x00c\x00d\x00e": 1}},
		// Repeated runs count as a multiset.
		{"x x x x x x", map[string]int{"x\x00x\x00x\x00x": 3}},
	}
	for _, tt := range tests {
		if got := Shingles(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Shingles(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestShingle(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		want       DocScore
	}{
		{"identical", "a b c d e", "a b c d e", DocScore{TP: 2, P: 1, R: 1}},
		{"case matters", "A b c d", "a b c d", DocScore{FP: 1, FN: 1}},
		{"punctuation ignored", "a, b. c! d?", "a b c d", DocScore{TP: 1, P: 1, R: 1}},
		// gold 6 shingles a..i: abcd bcde cdef defg efgh fghi; pred "c d e f g h i j k":
		// cdef defg efgh fghi ghij hijk -> tp 4, fp 2, fn 2.
		{"overlap", "a b c d e f g h i", "c d e f g h i j k", DocScore{TP: 4, FP: 2, FN: 2, P: 4.0 / 6, R: 4.0 / 6}},
		// gold has 3 copies of xxxx, pred 1: min=1, fn=2.
		{"multiset", "x x x x x x", "x x x x", DocScore{TP: 1, FN: 2, P: 1, R: 1.0 / 3}},
		{"multiset fp", "x x x x", "x x x x x", DocScore{TP: 1, FP: 1, P: 0.5, R: 1}},
		{"empty prediction", "a b c d", "", DocScore{FN: 1, Empty: true}},
		{"punctuation-only prediction is empty", "a b c d", " -- ", DocScore{FN: 1, Empty: true}},
		{"both empty", "", "", DocScore{P: 1, R: 1, Empty: true}},
		{"empty gold", "", "a b", DocScore{FP: 1}},
		// Short texts: one shorter shingle of all their tokens.
		{"short equal", "Hello world", "hello, world", DocScore{FP: 1, FN: 1}},
		{"short exact", "Hello world", "Hello world!", DocScore{TP: 1, P: 1, R: 1}},
		{"short vs long", "a b c", "a b c d", DocScore{FP: 1, FN: 1}},
		{"disjoint", "a b c d e", "v w x y z", DocScore{FP: 2, FN: 2}},
	}
	for _, tt := range tests {
		got := Shingle(tt.gold, tt.pred)
		if got.TP != tt.want.TP || got.FP != tt.want.FP || got.FN != tt.want.FN ||
			!near(got.P, tt.want.P) || !near(got.R, tt.want.R) || got.Empty != tt.want.Empty {
			t.Errorf("%s: Shingle(%q, %q) = %+v, want %+v", tt.name, tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestShingleSet(t *testing.T) {
	var s ShingleSet
	s.Add(Shingle("a b c d e", "a b c d e"))                 // P 1, R 1
	s.Add(Shingle("a b c d e f g h i", "c d e f g h i j k")) // P 2/3, R 2/3
	s.Add(Shingle("a b c d", ""))                            // empty: R 0, not in P
	s.Add(Shingle("x x x x", "x x x x x"))                   // P 1/2, R 1
	p, r, f1, docs, empty := s.Result()
	wantP := (1 + 2.0/3 + 0.5) / 3
	wantR := (1 + 2.0/3 + 0 + 1) / 4
	if !near(p, wantP) || !near(r, wantR) || !near(f1, 2*wantP*wantR/(wantP+wantR)) || docs != 4 || empty != 1 {
		t.Errorf("Result() = %v %v %v %d %d, want %v %v F1 docs 4 empty 1", p, r, f1, docs, empty, wantP, wantR)
	}

	// Empty gold and empty prediction: in neither mean, but counted.
	var e ShingleSet
	e.Add(Shingle("", ""))
	e.Add(Shingle("a b c d", "a b c d"))
	p, r, f1, docs, empty = e.Result()
	if p != 1 || r != 1 || f1 != 1 || docs != 2 || empty != 1 {
		t.Errorf("with empty gold: Result() = %v %v %v %d %d, want 1 1 1 2 1", p, r, f1, docs, empty)
	}

	// Only empty predictions: R 0, P has no document, F1 0.
	var z ShingleSet
	z.Add(Shingle("a b c d", ""))
	p, r, f1, docs, empty = z.Result()
	if p != 0 || r != 0 || f1 != 0 || docs != 1 || empty != 1 {
		t.Errorf("all empty: Result() = %v %v %v %d %d, want 0 0 0 1 1", p, r, f1, docs, empty)
	}
}

// TestShingleMatchesShingles checks the interned comparison of Shingle
// against the string multisets of Shingles.
func TestShingleMatchesShingles(t *testing.T) {
	texts := []string{"", "a", "a b", "a b c", "a b c d", "b c d e a b c d", "x x x x x x",
		"the cat sat on the mat and the cat sat on the hat", "cat sat on the"}
	for _, gold := range texts {
		for _, pred := range texts {
			g, p := Shingles(gold), Shingles(pred)
			var tp, fp, fn int
			for k, pc := range p {
				tp += min(pc, g[k])
				fp += max(0, pc-g[k])
			}
			for k, gc := range g {
				fn += max(0, gc-p[k])
			}
			d := Shingle(gold, pred)
			if d.TP != tp || d.FP != fp || d.FN != fn {
				t.Errorf("Shingle(%q, %q) = %d/%d/%d, string multisets give %d/%d/%d", gold, pred, d.TP, d.FP, d.FN, tp, fp, fn)
			}
		}
	}
}
