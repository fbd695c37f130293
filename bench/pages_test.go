package bench

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestSpread(t *testing.T) {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	tests := []struct {
		n    int
		want []int
	}{
		{0, s},
		{10, s},
		{20, s},
		{5, []int{0, 2, 4, 6, 8}},
		{3, []int{0, 3, 6}},
		{1, []int{0}},
	}
	for _, tt := range tests {
		if got := spread(s, tt.n); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("spread(_, %d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func writeGzip(t *testing.T, name string, data []byte) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadSet(t *testing.T) {
	dir := t.TempDir()
	set := filepath.Join(dir, "myset")
	os.Mkdir(set, 0o755)
	// Bytes in windows-1252 must come back exactly as written.
	writeGzip(t, filepath.Join(set, "b.html.gz"), []byte("<p>caf\xe9</p>"))
	writeGzip(t, filepath.Join(set, "a.html.gz"), []byte("<p>one</p>"))
	writeGzip(t, filepath.Join(set, "c.html.gz"), []byte("<p>three</p>"))
	os.WriteFile(filepath.Join(set, "a.txt"), []byte("gold"), 0o644)

	pages, err := LoadSet(dir, "myset", 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range pages {
		ids = append(ids, p.ID)
	}
	if !reflect.DeepEqual(ids, []string{"a", "b", "c"}) {
		t.Errorf("ids %v, want [a b c]", ids)
	}
	if string(pages[1].HTML) != "<p>caf\xe9</p>" {
		t.Errorf("page b = %q", pages[1].HTML)
	}
	if n := TotalBytes(pages); n != 10+11+12 {
		t.Errorf("TotalBytes = %d, want 33", n)
	}
	pages, err = LoadSet(dir, "myset", 2)
	if err != nil || len(pages) != 2 || pages[0].ID != "a" || pages[1].ID != "b" {
		t.Errorf("sample of 2: %v %v", pages, err)
	}
	if _, err := LoadSet(dir, "none", 0); err == nil {
		t.Error("missing set: no error")
	}
}

func TestDataDir(t *testing.T) {
	t.Setenv("PITH_BENCH_DATA", "")
	d, err := DataDir()
	if errors.Is(err, ErrNoData) {
		t.Skip("benchmark data absent")
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(d, "scrapinghub")); err != nil {
		t.Errorf("DataDir() = %s, which has no scrapinghub set", d)
	}
	t.Setenv("PITH_BENCH_DATA", t.TempDir())
	if d2, err := DataDir(); err != nil || d2 == d {
		t.Errorf("PITH_BENCH_DATA not honoured: %s %v", d2, err)
	}
}
