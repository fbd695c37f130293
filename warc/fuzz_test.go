package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// fuzzSeeds returns small hand-made inputs: whole and damaged records,
// plain and gzip.
func fuzzSeeds(t testing.TB) [][]byte {
	good := record("response", "<urn:1>", "http://a.example/", page1)
	chunked := record("response", "<urn:3>", "http://c.example/", "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5\nhello\n0\n\n")
	short := "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 3\r\n\r\nshort\r\n\r\n"
	long := "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 400\r\n\r\nshort\r\n\r\n"
	garbled := "WARC/1.0\r\nWARC-Type: resource\r\nCont\xffnt-Le\x00gth \x89 5\r\n\r\nshort\r\n\r\n"
	wet := "WARC/1.0\nWARC-Type: conversion\nContent-Type: text/plain\nContent-Length: 6\n\nhello\n\n\n"
	seeds := [][]byte{
		nil,
		[]byte(good),
		[]byte(good + short + good),
		[]byte(long + good),
		[]byte(garbled + chunked),
		[]byte(wet),
		[]byte("WARC/1.1\r\nContent-Length: 99999999999999\r\n\r\n"),
	}
	gz, offs := gzipMembers(t, good, short, long, garbled, chunked)
	seeds = append(seeds, gz)
	// The second member cut in half.
	seeds = append(seeds, append(append([]byte(nil), gz[:offs[1]+(offs[2]-offs[1])/2]...), gz[offs[2]:]...))
	one, _ := gzipMembers(t, good+wet+chunked)
	seeds = append(seeds, one)
	return seeds
}

// FuzzReader checks that no input makes the Reader panic, loop or hold
// more memory than it may, and that what it reports is consistent.
func FuzzReader(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	// Slices of the benchmark files, when present: their first members and
	// the stretches around damage.
	if dir := benchDirIfPresent(); dir != "" {
		if data, err := os.ReadFile(filepath.Join(dir, "warc", "scrapinghub-60-damaged.warc.gz")); err == nil && len(data) > 1040000 {
			f.Add(data[:1300])
			f.Add(data[1031000:1040000])
		}
		if data, err := os.ReadFile(filepath.Join(dir, "warc", "scrapinghub-60.warc.wet.gz")); err == nil && len(data) > 8000 {
			f.Add(data[:8000])
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const maxBlock = 1 << 16
		r := NewReader(bytes.NewReader(data), WithMaxBlockSize(maxBlock))
		last := int64(-1)
		// Each call to Next consumes at least one byte, or ends.
		for calls := 0; ; calls++ {
			if calls > len(data)+2 {
				t.Fatalf("%d calls to Next on %d bytes", calls, len(data))
			}
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			var off int64
			var re *RecordError
			switch {
			case errors.As(err, &re):
				off = re.Offset
				if re.Err == nil || re.Reason == "" {
					t.Fatalf("damage without kind or reason: %#v", re)
				}
			case err != nil:
				t.Fatalf("not damage: %v", err)
			default:
				off = rec.Offset
				if int64(len(rec.Block)) > maxBlock {
					t.Fatalf("block of %d bytes over the maximum", len(rec.Block))
				}
				if rec.Length < 0 || rec.Offset+rec.Length > int64(len(data)) {
					t.Fatalf("record at %d of length %d in %d bytes", rec.Offset, rec.Length, len(data))
				}
				d := rec.Document()
				if (d.Kind == NotDocument) != (d.Skip != "") {
					t.Fatalf("document %v with skip reason %q", d.Kind, d.Skip)
				}
			}
			if off < last || off >= int64(len(data)) {
				t.Fatalf("offset %d after %d in %d bytes", off, last, len(data))
			}
			last = off
		}
	})
}

// benchDirIfPresent is benchDir for callers that go on without it.
func benchDirIfPresent() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	bench := filepath.Join(dir, "..", "shared", "bench")
	if _, err := os.Stat(bench); err != nil {
		return ""
	}
	return bench
}

// FuzzParseHTTPResponse checks that no block makes the HTTP parser panic
// and that a parsed payload never exceeds what decoding may produce.
func FuzzParseHTTPResponse(f *testing.F) {
	f.Add([]byte(page1))
	f.Add([]byte("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5\nhello\na;x\nwor"))
	f.Add([]byte("HTTP/1.0 404\r\nContent-Encoding: gzip\r\n\r\n\x1f\x8b\x08\x00"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\nx\x9c"))
	f.Fuzz(func(t *testing.T, block []byte) {
		resp, err := ParseHTTPResponse(block)
		if err != nil {
			return
		}
		if resp.StatusCode < 100 || resp.StatusCode > 999 {
			t.Fatalf("status %d", resp.StatusCode)
		}
		if len(resp.Payload) > maxDecoded {
			t.Fatalf("payload of %d bytes", len(resp.Payload))
		}
		(&Record{Type: "response", Block: block}).Document()
	})
}
