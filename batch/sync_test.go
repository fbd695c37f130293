package batch

import (
	"bytes"
	"sync"

	"github.com/pith-dev/pith/warc"
)

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var warcRecordErrorForTest = warc.RecordError{Offset: 12, RecordID: "<urn:uuid:9>", Reason: "gzip member cut short", Err: warc.ErrCorruptGzip}
