package warc

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// benchWARC returns the bytes of the 60-record gzip WARC of the benchmark
// data.
func benchWARC(b *testing.B) []byte {
	data, err := os.ReadFile(filepath.Join(benchDir(b), "warc", "scrapinghub-60.warc.gz"))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// readAll reads every record and classifies it, as the command does.
func readAll(b *testing.B, in []byte, opts ...Option) (records int, decompressed int64) {
	r := NewReader(bytes.NewReader(in), opts...)
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			b.Fatal(err)
		}
		records++
		decompressed += int64(len(rec.Block))
		rec.Document()
	}
}

// BenchmarkReader reads the 60-record gzip WARC; MB/s are of the compressed
// file.
func BenchmarkReader(b *testing.B) {
	in := benchWARC(b)
	for _, bm := range []struct {
		name string
		opts []Option
	}{{"alloc", nil}, {"reuse", []Option{WithBlockReuse()}}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			var n int
			var d int64
			for b.Loop() {
				n, d = readAll(b, in, bm.opts...)
			}
			if n != 129 {
				b.Fatalf("%d records, want 129", n)
			}
			b.ReportMetric(float64(d)*float64(b.N)/b.Elapsed().Seconds()/1e6, "block-MB/s")
		})
	}
}

// BenchmarkReaderPlain reads the same records uncompressed, to show the
// cost of the reader apart from decompression.
func BenchmarkReaderPlain(b *testing.B) {
	zr, err := gzip.NewReader(bytes.NewReader(benchWARC(b)))
	if err != nil {
		b.Fatal(err)
	}
	in, err := io.ReadAll(zr)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if n, _ := readAll(b, in); n != 129 {
			b.Fatalf("%d records, want 129", n)
		}
	}
}

// BenchmarkGunzip is the floor: decompressing the file with no parsing.
func BenchmarkGunzip(b *testing.B) {
	in := benchWARC(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		zr, err := gzip.NewReader(bytes.NewReader(in))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, zr); err != nil {
			b.Fatal(err)
		}
	}
}

// repeatReader serves data n times over.
type repeatReader struct {
	data []byte
	off  int
	n    int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	m := copy(p, r.data[r.off:])
	r.off += m
	if r.off == len(r.data) {
		r.off = 0
		r.n--
	}
	return m, nil
}

// BenchmarkReaderLarge reads the 60-record WARC repeated 100 times (about
// 200 MB compressed, 1 GB of blocks) as one stream, and reports the peak
// heap in use, which must not grow with the input.
func BenchmarkReaderLarge(b *testing.B) {
	in := benchWARC(b)
	const reps = 100
	b.SetBytes(int64(len(in)) * reps)
	var peak uint64
	var ms runtime.MemStats
	for b.Loop() {
		r := NewReader(&repeatReader{data: in, n: reps})
		for n := 0; ; n++ {
			rec, err := r.Next()
			if err == io.EOF {
				if n != 129*reps {
					b.Fatalf("%d records", n)
				}
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			rec.Document()
			if n%500 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
