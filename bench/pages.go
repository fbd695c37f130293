package bench

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Page is one benchmark page, decompressed into memory.
type Page struct {
	// ID is the page's file name without its .html.gz suffix.
	ID string
	// HTML holds the page's bytes exactly as fetched, in any charset.
	HTML []byte
}

// ErrNoData is returned by DataDir when the benchmark data cannot be found.
var ErrNoData = errors.New("bench: benchmark data not found (../shared/bench from the repository root)")

// DataDir returns the benchmark data directory: the environment variable
// PITH_BENCH_DATA if set, else ../shared/bench relative to the directory
// holding the pith repository's root go.mod, found by walking up from the
// working directory. The bench module's own go.mod is skipped, since its
// directory is not the repository root.
func DataDir() (string, error) {
	if d := os.Getenv("PITH_BENCH_DATA"); d != "" {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d, nil
		}
		return "", fmt.Errorf("%w: PITH_BENCH_DATA=%s is not a directory", ErrNoData, d)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if isRepoRoot(dir) {
			d := filepath.Join(dir, "..", "shared", "bench")
			if fi, err := os.Stat(d); err == nil && fi.IsDir() {
				return filepath.Clean(d), nil
			}
			return "", ErrNoData
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoData
		}
		dir = parent
	}
}

// isRepoRoot reports whether dir holds the go.mod of the pith module itself
// (not of a nested module such as this one).
func isRepoRoot(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" {
			return f[1] == "github.com/pith-dev/pith"
		}
	}
	return false
}

// LoadSet reads the pages of one set (a directory of <id>.html.gz files
// under dataDir), sorted by ID. If sample > 0 and the set has more pages,
// it keeps sample of them spread evenly over the sorted list, so that a
// sample is the same from run to run.
func LoadSet(dataDir, set string, sample int) ([]Page, error) {
	names, err := filepath.Glob(filepath.Join(dataDir, set, "*.html.gz"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("bench: no *.html.gz pages in %s", filepath.Join(dataDir, set))
	}
	sort.Strings(names)
	names = spread(names, sample)
	pages := make([]Page, 0, len(names))
	for _, name := range names {
		b, err := readGzip(name)
		if err != nil {
			return nil, fmt.Errorf("bench: %s: %w", name, err)
		}
		pages = append(pages, Page{ID: strings.TrimSuffix(filepath.Base(name), ".html.gz"), HTML: b})
	}
	return pages, nil
}

// spread returns n elements of s spread evenly over it (all of s when n <= 0
// or n >= len(s)).
func spread[T any](s []T, n int) []T {
	if n <= 0 || n >= len(s) {
		return s
	}
	out := make([]T, n)
	for i := range out {
		out[i] = s[i*len(s)/n]
	}
	return out
}

func readGzip(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, err
	}
	return buf.Bytes(), zr.Close()
}

// TotalBytes returns the summed size of the pages' HTML.
func TotalBytes(pages []Page) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p.HTML))
	}
	return n
}
