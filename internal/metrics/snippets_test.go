package metrics

import (
	"testing"
)

func TestSnippets(t *testing.T) {
	pred := "Weltweit finanzieren   Banken\nund Investoren.\n\nJPMorgan Chase sagt nichts."
	got := Snippets(pred,
		[]string{"finanzieren Banken und", "JPMorgan Chase", "Wall Street", "jpmorgan chase"},
		[]string{"Cookies & Tracking", "sagt  nichts"})
	want := SnippetScore{TP: 2, FN: 2, FP: 1, TN: 1}
	if got != want {
		t.Fatalf("Snippets = %+v, want %+v", got, want)
	}
	var sum SnippetScore
	sum.Add(got)
	sum.Add(Snippets("", []string{"a"}, []string{"b"})) // FN 1, TN 1
	if want := (SnippetScore{TP: 2, FN: 3, FP: 1, TN: 2}); sum != want {
		t.Fatalf("sum = %+v, want %+v", sum, want)
	}
	p, r, f1 := sum.Result()
	if !near(p, 2.0/3) || !near(r, 2.0/5) || !near(f1, 2*(2.0/3)*(2.0/5)/(2.0/3+2.0/5)) {
		t.Errorf("Result() = %v %v %v, want 2/3 2/5 and their F1", p, r, f1)
	}
	if p, r, f1 := (SnippetScore{}).Result(); p != 0 || r != 0 || f1 != 0 {
		t.Errorf("zero Result() = %v %v %v, want 0 0 0", p, r, f1)
	}
}
