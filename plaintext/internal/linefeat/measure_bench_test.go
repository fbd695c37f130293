package linefeat

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkMeasure measures the lines of the scrapinghub page texts, when
// the benchmark data lies beside the module.
func BenchmarkMeasure(b *testing.B) {
	paths, _ := filepath.Glob("../../../../shared/bench/scrapinghub/*.page.txt")
	if len(paths) == 0 {
		b.Skip("no page texts")
	}
	var lines []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, sp := range Split(nil, string(data)) {
			lines = append(lines, string(data[sp.Start:sp.End]))
			size += sp.End - sp.Start
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, l := range lines {
			Measure(l)
		}
	}
}
