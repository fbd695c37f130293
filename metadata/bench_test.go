package metadata

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// benchDocs parses up to n pages of the scrapinghub set from
// ../shared/bench (found above the module root); it skips when absent.
func benchDocs(b *testing.B, n int) []*html.Node {
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
	if len(files) > n {
		files = files[:n]
	}
	var docs []*html.Node
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
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkExtract measures Extract alone (the tree is parsed beforehand),
// one page per iteration, cycling over 50 scrapinghub pages.
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b, 50)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(docs[i%len(docs)], "https://example.com/a")
	}
}

// BenchmarkDetectLanguage measures DetectLanguage on a paragraph of
// German text repeated to 4,000 bytes.
func BenchmarkDetectLanguage(b *testing.B) {
	p := "Die Regierung hat am Montag angekündigt, dass sie die Steuern für kleine Unternehmen nicht erhöhen wird. "
	var buf bytes.Buffer
	for buf.Len() < 4000 {
		buf.WriteString(p)
	}
	text := buf.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		DetectLanguage(text)
	}
}
