package batch

import (
	"fmt"
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
}

// Line returns a one-line summary of the run so far, e.g.
// "1200 docs, 3 skipped, 1 failed, 95.2 MB in 12.1s (99.2 docs/s, 7.9 MB/s)".
// With eta set and the input size known, it adds the estimated time left.
func (s *Stats) Line(eta bool) string {
	el := time.Since(s.Start)
	docs, failed, skipped, b := s.Docs.Load(), s.Failed.Load(), s.Skipped.Load(), s.Bytes.Load()
	secs := el.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	line := fmt.Sprintf("%d docs, %d skipped, %d failed, %.1f MB in %s (%.1f docs/s, %.1f MB/s)",
		docs, skipped, failed, float64(b)/1e6, el.Round(100*time.Millisecond),
		float64(docs+failed)/secs, float64(b)/1e6/secs)
	if eta && s.TotalBytes > 0 && b > 0 && b < s.TotalBytes {
		left := time.Duration(float64(el) * float64(s.TotalBytes-b) / float64(b))
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(b)/float64(s.TotalBytes), left.Round(time.Second))
	}
	return line
}
