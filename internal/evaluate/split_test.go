package evaluate

import (
	"fmt"
	"testing"
)

func TestSplitOf(t *testing.T) {
	// The split must be a pure function of the id...
	for _, id := range []string{"dev-0001", "042bb7b5", "100"} {
		if SplitOf(id) != SplitOf(id) {
			t.Fatalf("SplitOf(%q) is not deterministic", id)
		}
	}
	// ...and hold out about ValidationPercent of the ids, also for ids that
	// differ only in their last digits, as the sets' ids do.
	n, val := 3000, 0
	for i := range n {
		if SplitOf(fmt.Sprintf("dev-%04d", i)) == SplitValidation {
			val++
		}
	}
	if pct := 100 * val / n; pct < ValidationPercent-3 || pct > ValidationPercent+3 {
		t.Errorf("validation share = %d%%, want about %d%%", pct, ValidationPercent)
	}
}

func TestSampleKeyIndependentOfOrder(t *testing.T) {
	// The first half of a limited sample (smallest keys) of sequential ids
	// must not be made of the first ids: count how many of the 100 smallest
	// keys among dev-0000..dev-0999 fall in dev-0000..dev-0499.
	type kv struct {
		i   int
		key uint64
	}
	var small []kv
	for i := range 1000 {
		k := kv{i, sampleKey(fmt.Sprintf("dev-%04d", i))}
		small = append(small, k)
	}
	low := 0
	for _, a := range small {
		rank := 0
		for _, b := range small {
			if b.key < a.key {
				rank++
			}
		}
		if rank < 100 && a.i < 500 {
			low++
		}
	}
	if low < 35 || low > 65 {
		t.Errorf("%d of the 100 first sampled ids are in the first half, want about 50", low)
	}
}
