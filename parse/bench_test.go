package parse

import (
	"bytes"
	"testing"

	"github.com/pith-dev/pith/decode"
	"github.com/pith-dev/pith/internal/evaluate"
	"golang.org/x/net/html"
)

// benchPages returns the pages of the given benchmark sets in
// ../shared/bench, decoded to UTF-8 as the pipeline hands them to Parse;
// it skips when the data is absent.
func benchPages(tb testing.TB, sets ...string) [][]byte {
	root, err := evaluate.FindBenchDir(".")
	if err != nil {
		tb.Skip(err)
	}
	var pages [][]byte
	for _, set := range sets {
		ps, err := evaluate.Load(root, set, evaluate.LoadOptions{})
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range ps {
			pages = append(pages, decode.Decode(p.HTML, "").Text)
		}
	}
	return pages
}

// parseBench parses one page per iteration, cycling over the set.
func parseBench(b *testing.B, parse func([]byte)) {
	pages := benchPages(b, "scrapinghub")
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		parse(pages[i%len(pages)])
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkParse is pith's tree builder; BenchmarkHTMLParse is
// golang.org/x/net/html's Parse on the same pages, the cost the builder
// replaces. Compare them in one run:
//
//	GOMAXPROCS=1 go test -run none -bench Parse ./parse/
func BenchmarkParse(b *testing.B) {
	parseBench(b, func(p []byte) { Parse(p, Limits{}) })
}

func BenchmarkHTMLParse(b *testing.B) {
	parseBench(b, func(p []byte) {
		html.ParseWithOptions(bytes.NewReader(p), html.ParseOptionEnableScripting(true))
	})
}
