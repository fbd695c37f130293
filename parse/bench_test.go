package parse

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-dev/pith/decode"
	"golang.org/x/net/html"
)

// benchPages returns the scrapinghub pages of ../shared/bench (found above
// the module root), decoded to UTF-8 as the pipeline hands them to Parse;
// it skips when the data is absent.
func benchPages(b *testing.B) [][]byte {
	dir, _ := filepath.Abs(".")
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			b.Skip("module root not found")
		}
		dir = filepath.Dir(dir)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "bench", "scrapinghub", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("benchmark data (../shared/bench) not found")
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, decode.Decode(data, "").Text)
	}
	return pages
}

// parseBench parses one page per iteration, cycling over the set.
func parseBench(b *testing.B, parse func([]byte)) {
	pages := benchPages(b)
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
