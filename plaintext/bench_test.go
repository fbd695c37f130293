package plaintext

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkClean cleans the page texts of the scrapinghub set, one page per
// iteration: pages/s is b.N over the elapsed time.
func BenchmarkClean(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(sharedDir(b, "bench"), "scrapinghub", "*.page.txt"))
	if len(paths) == 0 {
		b.Skip("no page texts")
	}
	var pages []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Clean(pages[i%len(pages)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
