package linefeat

import "testing"

// BenchmarkMeasure measures the lines of the scrapinghub page texts, when
// the benchmark data lies beside the module.
func BenchmarkMeasure(b *testing.B) {
	lines := benchLines(b, "scrapinghub")
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, l := range lines {
			Measure(l)
		}
	}
}
