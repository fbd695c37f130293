package batch

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Stats count a run's progress. They are safe for concurrent use: the
// readers count skipped records, the runner the rest.
type Stats struct {
	// Docs counts documents extracted and written.
	Docs atomic.Int64
	// Failed counts inputs and records that could not be read or
	// extracted; each was reported.
	Failed atomic.Int64
	// Skipped counts well-formed archive records that are not documents
	// (requests, metadata, revisits, non-HTML or non-2xx responses).
	Skipped atomic.Int64
	// Bytes counts input bytes done, as stored (compressed for gzip).
	Bytes atomic.Int64
	// TotalBytes is the size of all inputs when known, else -1; it gives
	// the ETA.
	TotalBytes int64
	// Start is when the run started.
	Start time.Time

	mu    sync.Mutex
	skips map[string]int64 // Skipped by reason
}

// Skip counts a skipped record, and why ("record-type", "http-status"...).
func (s *Stats) Skip(reason string) {
	s.Skipped.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.skips == nil {
		s.skips = make(map[string]int64)
	}
	s.skips[reason]++
}

// SkipReasons returns the skipped records by reason, most frequent first:
// "61 record-type, 1 revisit".
func (s *Stats) SkipReasons() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	reasons := make([]string, 0, len(s.skips))
	for r := range s.skips {
		reasons = append(reasons, r)
	}
	slices.SortFunc(reasons, func(a, b string) int {
		if c := s.skips[b] - s.skips[a]; c != 0 {
			return int(c)
		}
		return strings.Compare(a, b)
	})
	var b strings.Builder
	for i, r := range reasons {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d %s", s.skips[r], r)
	}
	return b.String()
}

// Line returns a one-line summary of the run so far, e.g.
// "1200 docs, 3 skipped, 1 failed, 95.2 MB in 12.1s (99.2 docs/s, 7.9 MB/s)".
// With eta set (a progress line) and the input size known, it adds the
// estimated time left; without (a summary), the reasons for skipping.
func (s *Stats) Line(eta bool) string {
	el := time.Since(s.Start)
	docs, failed, skipped, b := s.Docs.Load(), s.Failed.Load(), s.Skipped.Load(), s.Bytes.Load()
	secs := el.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	skips := ""
	if !eta && skipped > 0 {
		skips = " (" + s.SkipReasons() + ")"
	}
	line := fmt.Sprintf("%d docs, %d skipped%s, %d failed, %.1f MB in %s (%.1f docs/s, %.1f MB/s)",
		docs, skipped, skips, failed, float64(b)/1e6, el.Round(100*time.Millisecond),
		float64(docs+failed)/secs, float64(b)/1e6/secs)
	if eta && s.TotalBytes > 0 && b > 0 && b < s.TotalBytes {
		left := time.Duration(float64(el) * float64(s.TotalBytes-b) / float64(b))
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(b)/float64(s.TotalBytes), left.Round(time.Second))
	}
	return line
}
