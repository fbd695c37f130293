package warc

import "io"

// source is the raw input. It counts the bytes it serves, so the reader
// knows the file offset of every gzip member, and it keeps the bytes served
// since the start of the current record (up to a bound), so that after
// damage the reader can go back to just past the damaged record's start and
// scan for the next one: the decompressor of a truncated gzip member has
// read on into the members after it before it fails, and a plain record
// whose Content-Length is too long has swallowed the start of the next.
type source struct {
	r        io.Reader
	replay   []byte // bytes to serve before reading r again, after a rewind
	off      int64  // file offset of the next byte Read serves
	hist     []byte // the bytes served from offset histBase to off, if histOK
	histBase int64
	histOK   bool
	histMax  int
	err      error // the first error of r other than io.EOF
}

func (s *source) Read(p []byte) (int, error) {
	var n int
	var err error
	if len(s.replay) > 0 {
		n = copy(p, s.replay)
		s.replay = s.replay[n:]
	} else {
		n, err = s.r.Read(p)
		if err != nil && err != io.EOF && s.err == nil {
			s.err = err
		}
	}
	if n > 0 {
		if s.histOK {
			if len(s.hist)+n > s.histMax {
				// A record this large is not worth keeping for a rewind;
				// after damage in it, scanning goes on from where reading
				// stopped.
				s.histOK = false
				s.hist = nil
			} else {
				s.hist = append(s.hist, p[:n]...)
			}
		}
		s.off += int64(n)
	}
	return n, err
}

// mark says that no rewind will go back before offset off. buffered holds
// the bytes from off to s.off, served already but still unread in the
// buffer above, which the history must hold if it restarts.
func (s *source) mark(off int64, buffered []byte) {
	if s.histOK && off >= s.histBase {
		drop := int(off - s.histBase)
		// Move the kept bytes down only when the dropped part is large, so
		// that marking every record costs little.
		if drop >= 1<<16 && drop >= len(s.hist)/2 {
			n := copy(s.hist, s.hist[drop:])
			s.hist = s.hist[:n]
			s.histBase = off
		}
		return
	}
	s.hist = append(s.hist[:0], buffered...)
	s.histBase = off
	s.histOK = true
}

// rewind arranges for Read to serve the input again from offset off, and
// reports whether it could (off must still be in the history).
func (s *source) rewind(off int64) bool {
	if !s.histOK || off < s.histBase || off > s.off {
		return false
	}
	kept := s.hist[off-s.histBase:]
	replay := make([]byte, 0, len(kept)+len(s.replay))
	replay = append(replay, kept...)
	replay = append(replay, s.replay...)
	s.replay = replay
	s.hist = s.hist[:0]
	s.histBase = off
	s.off = off
	return true
}
