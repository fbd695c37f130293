package warc

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
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
