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

func TestSplitOfKnownIDs(t *testing.T) {
	// The split must stay the one the model trainers use: FNV-1a 32 of the
	// id, modulo 10, below 3. The hashes were computed apart from this
	// code, from the FNV-1a definition (offset 2166136261, prime 16777619).
	tests := []struct{ id, want string }{
		{"a", SplitValidation},   // 0xe40c292c, mod 10 = 0
		{"", SplitValidation},    // 0x811c9dc5, mod 10 = 1
		{"100", SplitValidation}, // 0x6733d49c, mod 10 = 2
		{"042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856", SplitTrain}, // 0xafab12a9, mod 10 = 3
		{"dev-0001", SplitTrain}, // 0xa3f53fa0, mod 10 = 6
		{"b", SplitTrain},        // 0xe70c2de5, mod 10 = 7
	}
	for _, tt := range tests {
		if got := SplitOf(tt.id); got != tt.want {
			t.Errorf("SplitOf(%q) = %s, want %s", tt.id, got, tt.want)
		}
	}
}
