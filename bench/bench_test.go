package bench

import (
	"flag"
	"sync"
	"testing"
)

var (
	benchSet    = flag.String("set", "scrapinghub", "benchmark set the Benchmark functions run on")
	benchSample = flag.Int("sample", 0, "pages of the set the Benchmark functions use (0: all)")
)

var loaded struct {
	sync.Once
	pages []Page
	err   error
}

// benchPages returns the pages of -set, loaded once, or skips b when the
// data is absent.
func benchPages(b *testing.B) []Page {
	loaded.Do(func() {
		var dir string
		dir, loaded.err = DataDir()
		if loaded.err == nil {
			loaded.pages, loaded.err = LoadSet(dir, *benchSet, *benchSample)
		}
	})
	if loaded.err != nil {
		b.Skip(loaded.err)
	}
	return loaded.pages
}

// benchmark extracts one page per iteration, cycling over the set, and
// reports docs/s beside ns/op (per page), B/op and allocs/op.
func benchmark(b *testing.B, name string) {
	pages := benchPages(b)
	xs, err := Select(name)
	if err != nil {
		b.Fatal(err)
	}
	f := xs[0].New()
	b.SetBytes(TotalBytes(pages) / int64(len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := f(pages[i%len(pages)].HTML, ""); err != nil && name == Parse {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkPith(b *testing.B)                { benchmark(b, Pith) }
func BenchmarkParse(b *testing.B)               { benchmark(b, Parse) }
func BenchmarkTrafilatura(b *testing.B)         { benchmark(b, Trafilatura) }
func BenchmarkTrafilaturaFallback(b *testing.B) { benchmark(b, TrafilaturaFallback) }
func BenchmarkReadability(b *testing.B)         { benchmark(b, Readability) }

// BenchmarkPithParallel extracts with GOMAXPROCS goroutines (set it with
// -cpu), each with its own Func, for the scaling of the whole pipeline.
func BenchmarkPithParallel(b *testing.B) {
	pages := benchPages(b)
	xs, _ := Select(Pith)
	b.SetBytes(TotalBytes(pages) / int64(len(pages)))
	b.ReportAllocs()
	var mu sync.Mutex
	next := 0
	b.RunParallel(func(pb *testing.PB) {
		f := xs[0].New()
		for pb.Next() {
			mu.Lock()
			i := next
			next++
			mu.Unlock()
			f(pages[i%len(pages)].HTML, "")
		}
	})
	b.ReportMetric(float64(next)/b.Elapsed().Seconds(), "docs/s")
}
