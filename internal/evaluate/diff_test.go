package evaluate

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-dev/pith/internal/metrics"
)

func TestWriteDiff(t *testing.T) {
	page := func(id string, p, r float64) DocResult {
		return DocResult{ID: id, HasGold: true, Shingle: metrics.DocScore{P: p, R: r}}
	}
	old := &Report{Sets: []SetResult{{Set: "news",
		Scores: Scores{Docs: 3, Empty: 1, HasGold: true, ShingleF1: 0.5, WordF1: 0.6},
		Pages:  []DocResult{page("a", 1, 1), page("b", 0.5, 0.5), page("c", 0, 0)},
	}, {Set: "gone", Scores: Scores{Docs: 1}}}}
	now := &Report{Sets: []SetResult{{Set: "news",
		Scores: Scores{Docs: 3, Empty: 0, HasGold: true, ShingleF1: 0.75, WordF1: 0.7},
		Pages:  []DocResult{page("a", 1, 1), page("b", 0.25, 0.25), page("c", 1, 1)},
	}, {Set: "new", Scores: Scores{Docs: 1}}}}

	// A report survives the JSON round trip of -save and -diff.
	file := filepath.Join(t.TempDir(), "old.json")
	var buf bytes.Buffer
	if err := old.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	old, err := ReadReport(file)
	if err != nil {
		t.Fatal(err)
	}

	var b bytes.Buffer
	if err := now.WriteDiff(&b, old, 5); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"1 → 0", "0.500 → 0.750", "+0.250", "0.600 → 0.700", "+0.100"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "gone") || strings.Contains(out, "new ") {
		t.Errorf("diff lists a set missing from one report:\n%s", out)
	}
	// Pages: c moved most (+1), then b (-0.25); a did not move.
	i, j := strings.Index(out, "news  c"), strings.Index(out, "news  b")
	if i < 0 || j < 0 || i > j || strings.Contains(out, "news  a") {
		t.Errorf("changed pages not listed c then b, without a:\n%s", out)
	}
}
