package batch

import (
	"strings"
	"testing"
	"time"
)

func TestStatsLine(t *testing.T) {
	s := &Stats{Start: time.Now().Add(-2 * time.Second), TotalBytes: 4e6}
	s.Docs.Add(30)
	s.Failed.Add(2)
	s.Bytes.Add(1e6)
	for _, r := range []string{"record-type", "revisit", "record-type", "http-status", "record-type"} {
		s.Skip(r)
	}
	progress := s.Line(true)
	if !strings.HasPrefix(progress, "30 docs, 5 skipped, 2 failed, 1.0 MB in 2s (16.0 docs/s, 0.5 MB/s), 25%, ETA 6s") {
		t.Errorf("progress line %q", progress)
	}
	summary := s.Line(false)
	if !strings.HasPrefix(summary, "30 docs, 5 skipped (3 record-type, 1 http-status, 1 revisit), 2 failed, 1.0 MB in 2s") || strings.Contains(summary, "ETA") {
		t.Errorf("summary %q", summary)
	}
}
