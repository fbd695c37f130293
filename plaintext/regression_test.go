package plaintext

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pith-dev/pith/internal/metrics"
)

// TestBenchRegression cleans a fixed sample of validation pages (pages the
// model never trained on: FNV-1a 32 of the id, h%10 < 3) of each set and
// checks that the set's shingle F1 stays above the floor recorded when the
// model was trained, a little under the measured figure.
func TestBenchRegression(t *testing.T) {
	bench := sharedDir(t, "bench")
	floors := []struct {
		set   string
		floor float64
	}{
		// measured 0.929, 0.857, 0.877 and 0.954 on these samples
		{"scrapinghub", 0.91},
		{"dragnet-train", 0.83},
		{"cleaneval-dev", 0.85},
		{"wcxb-dev", 0.93},
	}
	const sample = 40 // pages per set, the first validation ids in order
	for _, f := range floors {
		paths, _ := filepath.Glob(filepath.Join(bench, f.set, "*.page.txt"))
		sort.Strings(paths)
		var set metrics.ShingleSet
		n := 0
		for _, p := range paths {
			id := strings.TrimSuffix(filepath.Base(p), ".page.txt")
			h := fnv.New32a()
			h.Write([]byte(id))
			if h.Sum32()%10 >= 3 {
				continue
			}
			page, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			gold, err := os.ReadFile(filepath.Join(bench, f.set, id+".txt"))
			if err != nil {
				continue
			}
			set.Add(metrics.Shingle(string(gold), Clean(string(page))))
			if n++; n == sample {
				break
			}
		}
		if n == 0 {
			t.Logf("%s: no pages", f.set)
			continue
		}
		p, r, f1, docs, empty := set.Result()
		t.Logf("%s: %d pages, P %.3f R %.3f F1 %.3f, %d empty", f.set, docs, p, r, f1, empty)
		if f1 < f.floor {
			t.Errorf("%s: shingle F1 %.3f below the floor %.2f", f.set, f1, f.floor)
		}
	}
}
