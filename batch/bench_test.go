package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pith-dev/pith"
	"github.com/pith-dev/pith/warc"
)

// benchDir returns ../shared/bench relative to the module root, or skips
// when it is absent.
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
			tb.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	b := filepath.Join(dir, "..", "shared", "bench")
	if _, err := os.Stat(filepath.Join(b, "warc")); err != nil {
		tb.Skipf("benchmark data absent: %v", err)
	}
	return b
}

func envInt(name string, def int64) int64 {
	if v, err := strconv.ParseInt(os.Getenv(name), 10, 64); err == nil && v > 0 {
		return v
	}
	return def
}

// BenchmarkWARCLarge extracts a WARC of at least 1 GB, made by repeating
// the records of ../shared/bench/warc/scrapinghub-60.warc.gz, as the pith
// command does with --format jsonl, and reports records/s, MB/s, the peak
// RSS of the run, and the throughput against pith's per-page speed on the
// same pages (measured serially in the same process, before and after the
// run) times the workers; cpu-efficiency is the serial CPU time per page
// over the run's CPU time per record, the figure that a loaded machine
// disturbs least.
//
//	go test -bench BenchmarkWARCLarge -benchtime 1x -run none ./batch/
//
// PITH_BENCH_WARC_BYTES sets the size (default 1 GiB), PITH_BENCH_JOBS the
// workers (default 2), PITH_BENCH_WARC_GZ=1 writes the file gzip-per-record
// as Common Crawl does (default: plain WARC, the same records).
func BenchmarkWARCLarge(b *testing.B) {
	src := filepath.Join(benchDir(b), "warc", "scrapinghub-60.warc.gz")
	size := envInt("PITH_BENCH_WARC_BYTES", 1<<30)
	jobs := int(envInt("PITH_BENCH_JOBS", 2))
	gz := os.Getenv("PITH_BENCH_WARC_GZ") != ""

	raw, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	unit := raw
	if !gz {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		if unit, err = io.ReadAll(zr); err != nil {
			b.Fatal(err)
		}
	}
	path := filepath.Join(b.TempDir(), "large.warc")
	if gz {
		path += ".gz"
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	var written int64
	for written < size {
		n, err := f.Write(unit)
		if err != nil {
			b.Fatal(err)
		}
		written += int64(n)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	copies := written / int64(len(unit))

	pages := warcPages(b, raw)
	ex := pith.New()
	perPage, serialCPU := serialSpeed(b, ex, pages)

	b.ResetTimer()
	for b.Loop() {
		resetPeakRSS()
		cpu0 := cpuTime()
		stats := &Stats{Start: time.Now()}
		inputs := Expand([]string{path}, ExpandOptions{})
		r := &Runner{Extractor: ex, Jobs: jobs, Stats: stats}
		w := NewStreamWriter(io.Discard, WriteOptions{Format: FormatJSONL})
		err := r.Run(context.Background(), Items(inputs, ReadOptions{Stats: stats}), w.Write)
		if err != nil {
			b.Fatal(err)
		}
		el := time.Since(stats.Start).Seconds()
		cpu := cpuTime() - cpu0
		// The machine's load changes during a long run: take the mean of
		// the serial speed before and after it.
		after, afterCPU := serialSpeed(b, ex, pages)
		perPage, serialCPU = (perPage+after)/2, (serialCPU+afterCPU)/2
		docs := stats.Docs.Load()
		if want := copies * int64(len(pages)); docs != want || stats.Failed.Load() != 0 {
			b.Fatalf("%d docs and %d failures, want %d docs", docs, stats.Failed.Load(), want)
		}
		rate := float64(docs) / el
		b.ReportMetric(rate, "records/s")
		b.ReportMetric(float64(written)/1e6/el, "MB/s")
		b.ReportMetric(perPage, "serial-pages/s")
		b.ReportMetric(rate/(perPage*float64(jobs)), "ratio-to-serial×jobs")
		// On a shared machine the wall-clock ratio says more about the
		// neighbours than about pith: CPU time per page is the fairer
		// comparison of the batch's overhead (reading, decompressing,
		// parsing WARC, encoding JSON, GC under concurrency).
		b.ReportMetric(serialCPU.Seconds()/(cpu.Seconds()/float64(docs)), "cpu-efficiency")
		if rss := peakRSS(); rss > 0 {
			b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
		}
	}
	b.Logf("%s: %.0f MB, %d records of %d pages, %d workers, GOMAXPROCS %d",
		filepath.Base(path), float64(written)/1e6, copies*int64(len(pages)), len(pages), jobs, runtime.GOMAXPROCS(0))
}

// warcPages returns the HTML documents of a WARC, with their Content-Type.
func warcPages(tb testing.TB, raw []byte) []Item {
	r := warc.NewReader(bytes.NewReader(raw))
	var pages []Item
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return pages
		}
		if err != nil {
			tb.Fatal(err)
		}
		if d := rec.Document(); d.Kind == warc.HTMLDocument {
			pages = append(pages, Item{Data: d.Body, ContentType: d.ContentType, URL: d.URL})
		}
	}
}

// serialSpeed measures pages/s extracting the pages one after the other
// on one goroutine, for at least two seconds, and the CPU time per page.
func serialSpeed(tb testing.TB, ex *pith.Extractor, pages []Item) (float64, time.Duration) {
	runtime.GC()
	start, cpu0 := time.Now(), cpuTime()
	n := 0
	for time.Since(start) < 2*time.Second {
		for _, p := range pages {
			if _, err := ex.ExtractBytes(context.Background(), p.Data, pith.WithURL(p.URL), pith.WithContentType(p.ContentType), pith.WithInputFormat(pith.InputHTML)); err != nil {
				tb.Fatal(err)
			}
			n++
		}
	}
	cpu := cpuTime() - cpu0
	return float64(n) / time.Since(start).Seconds(), cpu / time.Duration(n)
}

// resetPeakRSS resets the kernel's peak RSS of the process (Linux), so
// that peakRSS measures what follows.
func resetPeakRSS() {
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSS returns the process's peak resident set size in bytes (Linux
// VmHWM), or 0 when unknown.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
