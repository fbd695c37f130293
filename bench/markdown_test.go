package bench

import (
	"math"
	"testing"
)

func TestTable(t *testing.T) {
	tb := NewTable("name", ">n")
	tb.Row("a", 1)
	tb.Row("b", F(2.345, 2))
	want := "| name | n |\n|---|---:|\n| a | 1 |\n| b | 2.35 |\n"
	if got := tb.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if F(math.NaN(), 2) != "—" || F(math.Inf(1), 1) != "—" {
		t.Error("F of NaN or Inf is not a dash")
	}
}
