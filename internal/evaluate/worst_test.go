package evaluate

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/pith-dev/pith/internal/metrics"
)

func TestWriteWorstAndSlowest(t *testing.T) {
	rep := &Report{Sets: []SetResult{{Set: "news", Pages: []DocResult{
		{ID: "good", HasGold: true, Shingle: metrics.DocScore{P: 1, R: 1}, Seconds: 0.001},
		{ID: "bad", HasGold: true, Shingle: metrics.DocScore{P: 0.5, R: 0.5}, Seconds: 0.300},
		{ID: "empty", HasGold: true, Empty: true, Seconds: 0.002, Err: "boom\nstack"},
	}}, {Set: "snip", Pages: []DocResult{
		{ID: "s", Snippet: metrics.SnippetScore{TP: 1, FN: 1}, Seconds: 0.1},
	}}}}
	var b bytes.Buffer
	if err := rep.WriteWorst(&b, 2); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	// Header, then news's two worst (empty 0, bad 0.5), then snip's one
	// page (snippet P 1, R 0.5: F1 2/3).
	if len(lines) != 4 || !strings.HasPrefix(lines[1], "news  empty") || !strings.Contains(lines[2], " bad ") ||
		!strings.Contains(lines[3], "0.667") {
		t.Errorf("WriteWorst:\n%s", b.String())
	}
	b.Reset()
	if err := rep.WriteSlowest(&b, 2); err != nil {
		t.Fatal(err)
	}
	lines = strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "bad") || !strings.Contains(lines[2], "snip") {
		t.Errorf("WriteSlowest:\n%s", b.String())
	}
}

func TestLatency(t *testing.T) {
	var took []time.Duration
	for i := 1; i <= 100; i++ {
		took = append(took, time.Duration(i)*time.Millisecond)
	}
	l := latency(took)
	if l.P50 != 50 || l.P90 != 90 || l.P99 != 99 || l.Max != 100 {
		t.Errorf("latency = %+v, want 50 90 99 100 ms", l)
	}
	if l := latency(nil); l != (Latency{}) {
		t.Errorf("latency(nil) = %+v", l)
	}
}
