package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 100)
	input := "short\n" + long + "\n" + "mid-length\n" + "last, no newline"
	r := bufio.NewReaderSize(strings.NewReader(input), 16) // lines longer than the buffer
	type res struct {
		line    string
		dropped int64
		eof     bool
	}
	want := []res{
		{"short\n", 0, false},
		{"", 101, false},
		{"mid-length\n", 0, false},
		{"last, no newline", 0, true},
	}
	for i, w := range want {
		line, dropped, err := readLine(r, 20)
		if string(line) != w.line || dropped != w.dropped || (err == io.EOF) != w.eof {
			t.Errorf("line %d: %q, %d, %v; want %q, %d, eof %v", i, line, dropped, err, w.line, w.dropped, w.eof)
		}
	}
}

// TestJSONLTruncatedGzip checks that the lines before the cut of a
// truncated .jsonl.gz are read, and the cut is reported once.
func TestJSONLTruncatedGzip(t *testing.T) {
	var plain strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&plain, `{"url": "https://example.com/%d", "text": "Line %d of a long file, with enough words to compress."}`+"\n", i, i)
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(plain.String()))
	zw.Close()
	path := filepath.Join(t.TempDir(), "pages.jsonl.gz")
	if err := os.WriteFile(path, z.Bytes()[:z.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	var items []*Item
	produce := Items(Expand([]string{path}, ExpandOptions{}), ReadOptions{})
	if err := produce(context.Background(), func(it *Item) error { items = append(items, it); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(items) < 100 {
		t.Fatalf("%d items", len(items))
	}
	last := items[len(items)-1]
	if !errors.Is(last.Err, ErrTruncatedGzip) {
		t.Errorf("last item: %v, want the truncated gzip reported", last.Err)
	}
	for i, it := range items[:len(items)-1] {
		if it.Err != nil || it.URL != fmt.Sprintf("https://example.com/%d", i) || it.Source.File != path || !it.Record {
			t.Fatalf("item %d: %+v", i, it)
		}
	}
}
