package decode

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode/utf8"
)

// benchDir returns ../shared/bench relative to the module root, or skips.
func benchDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("go.mod not found")
		}
		dir = parent
	}
	bench := filepath.Join(dir, "..", "shared", "bench")
	if _, err := os.Stat(bench); err != nil {
		tb.Skip("benchmark data not found at", bench)
	}
	return bench
}

// benchPages returns the paths of all raw pages of the benchmark sets.
func benchPages(tb testing.TB) []string {
	pages, err := filepath.Glob(filepath.Join(benchDir(tb), "*", "*.html.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(pages) == 0 {
		tb.Skip("no benchmark pages")
	}
	sort.Strings(pages)
	return pages
}

func readGzip(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestBenchPages decodes every benchmark page and checks that the text is
// valid UTF-8 with at most a small share of U+FFFD among its non-ASCII
// characters. It logs the charsets and sources found.
func TestBenchPages(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads every benchmark page")
	}
	pages := benchPages(t)
	counts := map[string]int{}
	bad := 0
	for _, p := range pages {
		data := readGzip(t, p)
		r := Decode(data, "")
		if !utf8.Valid(r.Text) {
			t.Errorf("%s: output is not valid UTF-8", p)
		}
		nonASCII := 0
		for _, c := range string(r.Text) {
			if c >= utf8.RuneSelf {
				nonASCII++
			}
		}
		fffd := bytes.Count(r.Text, []byte("\uFFFD"))
		key := r.Charset + " (" + string(r.Source) + ")"
		if r.Declared != "" {
			key += " declared " + r.Declared
		}
		counts[key]++
		// A handful of damaged bytes is normal, even in pages that are
		// UTF-8 with a few pasted windows-1252 bytes; more than 16 that
		// are over 2% of the non-ASCII characters mean a wrong encoding.
		if fffd > 16 && fffd*50 > nonASCII {
			bad++
			t.Errorf("%s: %d of %d non-ASCII characters are U+FFFD (%s)", rel(p), fffd, nonASCII, key)
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
	for _, k := range keys {
		t.Logf("%5d  %s", counts[k], k)
	}
	t.Logf("%d pages, %d with too many U+FFFD", len(pages), bad)
}

func rel(p string) string {
	return filepath.Join(filepath.Base(filepath.Dir(p)), filepath.Base(p))
}

// BenchmarkDecode decodes the scrapinghub pages, as the extractor would.
func BenchmarkDecode(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(benchDir(b), "scrapinghub", "*.html.gz"))
	if err != nil || len(paths) == 0 {
		b.Skip("no scrapinghub pages")
	}
	pages := make([][]byte, len(paths))
	size := 0
	for i, p := range paths {
		pages[i] = readGzip(b, p)
		size += len(pages[i])
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Decode(pages[i%len(pages)], "")
	}
}

// TestBenchSniff checks Sniff on every benchmark page (HTML) and on the
// pages' visible text (the plain-text input, Text).
func TestBenchSniff(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads every benchmark page")
	}
	wrong := 0
	pages := benchPages(t)
	for _, p := range pages {
		if k := Sniff(readGzip(t, p)); k != HTML {
			wrong++
			t.Errorf("%s: Sniff = %v, want html", rel(p), k)
		}
	}
	texts, _ := filepath.Glob(filepath.Join(benchDir(t), "*", "*.page.txt"))
	for _, p := range texts {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if k := Sniff(data); k != Text {
			wrong++
			t.Errorf("%s: Sniff = %v, want text", rel(p), k)
		}
	}
	t.Logf("%d pages, %d texts, %d misjudged", len(pages), len(texts), wrong)
}

// BenchmarkDecodeLegacy decodes the benchmark pages that declare nothing
// and are not UTF-8, the path of the statistical guess.
func BenchmarkDecodeLegacy(b *testing.B) {
	var pages [][]byte
	size := 0
	for _, p := range benchPages(b) {
		data := readGzip(b, p)
		if r := Decode(data, ""); r.Source == SourceDetected && r.Charset != "utf-8" {
			pages = append(pages, data)
			size += len(data)
		}
	}
	if len(pages) == 0 {
		b.Skip("no undeclared legacy pages")
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Decode(pages[i%len(pages)], "")
	}
}

// BenchmarkSniff sniffs the scrapinghub pages.
func BenchmarkSniff(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(benchDir(b), "scrapinghub", "*.html.gz"))
	if err != nil || len(paths) == 0 {
		b.Skip("no scrapinghub pages")
	}
	pages := make([][]byte, len(paths))
	for i, p := range paths {
		pages[i] = readGzip(b, p)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Sniff(pages[i%len(pages)])
	}
}
