package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strconv"
)

// bufSize is the size of the read buffers, compressed and decompressed: it
// bounds the length of a header line.
const bufSize = 64 << 10

type mode int

const (
	modeUnknown mode = iota
	modePlain
	modeGzip
)

// state is what Next does next.
type state int

const (
	stateDetect state = iota // look at the first bytes: gzip or plain
	stateMember              // start the next gzip member
	stateRecord              // read a record (or, gzip, find the member's end)
	stateResync              // go back to resyncAt and scan for the next member or record
)

var (
	warcPrefix = []byte("WARC/")
	gzipMagic  = []byte{0x1f, 0x8b, 0x08}
)

// A Reader reads WARC records from a plain or gzip-compressed stream. It is
// not safe for concurrent use.
type Reader struct {
	src  source
	br   *bufio.Reader // the raw input, over src
	gz   gzip.Reader
	dr   *bufio.Reader // the decompressed records: over gz, or br itself for a plain file
	mode mode
	st   state

	unitOff     int64 // offset of the current gzip member
	unitRecords int   // records read from the current gzip member
	resyncAt    int64 // where stateResync starts scanning
	// quiet is set while the reader looks for a record after reporting
	// damage: candidates that turn out not to be records are passed over
	// without a second report.
	quiet bool

	maxBlock int64
	startOff int64
	reuse    bool
	buf      []byte
	high     int64 // the highest offset Offset has returned
	err      error // sticky: io.EOF or a failure of the input
}

// NewReader returns a Reader of the WARC records in r, which may be plain
// or made of gzip members (told apart by the first bytes). r is read
// through a buffer, never in full.
func NewReader(r io.Reader, opts ...Option) *Reader {
	rd := &Reader{maxBlock: DefaultMaxBlockSize}
	for _, o := range opts {
		o(rd)
	}
	hist := rd.maxBlock + 4<<20
	if hist > 1<<30 {
		hist = 1 << 30
	}
	rd.src = source{r: r, off: rd.startOff, histBase: rd.startOff, histOK: true, histMax: int(hist)}
	rd.br = bufio.NewReaderSize(&rd.src, bufSize)
	return rd
}

// Compressed reports whether the input is gzip-compressed. It is meaningful
// once Next has been called.
func (r *Reader) Compressed() bool { return r.mode == modeGzip }

// Offset returns the offset in the file up to which the input has been
// consumed, for progress reports. It never decreases, though after damage
// the Reader may go back a little to look for the next record.
func (r *Reader) Offset() int64 {
	r.high = max(r.high, r.pos())
	return r.high
}

// Next returns the next record. At the end of the input it returns io.EOF.
// A damaged record is returned as a *RecordError, after which Next may be
// called again and resumes at the next record. Any other error is a
// failure to read the input, and Next returns it from then on.
func (r *Reader) Next() (*Record, error) {
	for {
		if r.err != nil {
			return nil, r.err
		}
		var rec *Record
		var err error
		switch r.st {
		case stateDetect:
			r.detect()
		case stateMember:
			err = r.startMember()
		case stateRecord:
			rec, err = r.readRecord()
		case stateResync:
			r.resync()
		}
		if rec != nil || err != nil {
			return rec, err
		}
	}
}

// pos is the file offset of the next unread byte of the raw input.
func (r *Reader) pos() int64 { return r.src.off - int64(r.br.Buffered()) }

// buffered returns the bytes read from the input but not yet consumed.
func (r *Reader) buffered() []byte {
	b, _ := r.br.Peek(r.br.Buffered())
	return b
}

func (r *Reader) detect() {
	b, _ := r.br.Peek(4)
	switch {
	case len(b) == 0:
		r.endOfInput()
	case bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}), bytes.HasPrefix(b, []byte("BZh")),
		bytes.HasPrefix(b, []byte{0xfd, '7', 'z', 'X'}):
		r.err = ErrUnsupportedCompression
	case len(b) >= 2 && b[0] == gzipMagic[0] && b[1] == gzipMagic[1]:
		r.mode = modeGzip
		r.dr = bufio.NewReaderSize(&r.gz, bufSize)
		r.st = stateMember
	default:
		r.mode = modePlain
		r.dr = r.br
		r.st = stateRecord
	}
}

// endOfInput ends reading: with io.EOF, or with the input's own error.
func (r *Reader) endOfInput() {
	if r.src.err != nil {
		r.err = fmt.Errorf("warc: reading input at offset %d: %w", r.src.off, r.src.err)
		return
	}
	r.err = io.EOF
}

// damaged returns re, unless the input itself failed, in which case that
// failure ends the reading and is returned instead.
func (r *Reader) damaged(re *RecordError) error {
	if r.src.err != nil {
		r.endOfInput()
		return r.err
	}
	return re
}

// resyncFrom arranges for the next step to scan for a record from off.
func (r *Reader) resyncFrom(off int64) {
	r.resyncAt = off
	r.st = stateResync
	r.quiet = true
}

// startMember starts decompressing the gzip member at the current offset.
func (r *Reader) startMember() error {
	off := r.pos()
	r.src.mark(off, r.buffered())
	err := r.gz.Reset(r.br)
	if err == io.EOF {
		r.endOfInput()
		return nil
	}
	if err != nil {
		quiet := r.quiet
		r.resyncFrom(off + 1)
		if quiet {
			return nil
		}
		return r.damaged(&RecordError{Offset: off, Reason: "not a gzip member: " + err.Error(), Err: ErrCorruptGzip})
	}
	r.gz.Multistream(false)
	r.dr.Reset(&r.gz)
	r.unitOff = off
	r.unitRecords = 0
	r.st = stateRecord
	return nil
}

// corrupt reports whether err, met reading decompressed data, is damage
// rather than the clean end of a gzip member or of a plain file.
func corrupt(err error) bool { return err != nil && err != io.EOF }

// skipLineEnds consumes CR and LF bytes.
func (r *Reader) skipLineEnds() error {
	for {
		b, err := r.dr.Peek(1)
		if len(b) == 0 {
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			return nil
		}
		r.dr.Discard(1)
	}
}

// readRecord reads the record at the current position. It returns nil,
// nil when it has only moved on (to the next member, or past damage already
// reported).
func (r *Reader) readRecord() (*Record, error) {
	err := r.skipLineEnds()
	var recOff int64
	if r.mode == modeGzip {
		recOff = r.unitOff
	} else {
		recOff = r.pos()
		r.src.mark(recOff, r.buffered())
	}
	re := &RecordError{Offset: recOff}
	if err == nil {
		var b []byte
		b, err = r.dr.Peek(len(warcPrefix))
		if err == nil && !bytes.Equal(b, warcPrefix) || err == io.EOF && len(b) > 0 {
			// Something other than a record where one should start.
			if r.quiet {
				// Looking for a member after damage, and this one is
				// not it: try from the next byte.
				r.resyncFrom(recOff + 1)
				return nil, nil
			}
			re.Reason, re.Err = "no WARC/ version line where a record should start", ErrBadHeader
			return nil, r.badRecord(re)
		}
	}
	if err == io.EOF {
		// The end of a gzip member, or of a plain file.
		if r.mode == modeGzip {
			r.st = stateMember
		} else {
			r.endOfInput()
		}
		return nil, nil
	}
	if err != nil {
		return nil, r.readFailure(re, err)
	}
	r.quiet = false

	rec := &Record{Offset: recOff}
	if err := r.readHeader(rec); err != nil {
		return nil, err
	}
	re.RecordID, re.TargetURI, re.Type = rec.ID, rec.TargetURI, rec.Type

	n, ok := parseLength(rec.Header.Get("Content-Length"))
	if !ok {
		re.Reason, re.Err = "no valid Content-Length in the WARC header", ErrBadHeader
		if rec.Header.Has("Content-Length") {
			re.Reason = "invalid Content-Length " + strconv.Quote(rec.Header.Get("Content-Length"))
		}
		return nil, r.badRecord(re)
	}
	if n > r.maxBlock {
		// Rather than skip the declared length, which may be damaged and
		// run over the records that follow, look for the next record: the
		// block of a record this large is rarely text holding a WARC
		// version line.
		re.Reason, re.Err = fmt.Sprintf("content block of %d bytes is larger than the maximum of %d", n, r.maxBlock), ErrTooLarge
		return nil, r.badRecord(re)
	}
	block, err := r.readBlock(n)
	if err != nil {
		return nil, r.blockDamage(re, n, err)
	}
	rec.Block = block
	if err := r.endRecord(rec); err != nil {
		if e, ok := err.(*RecordError); ok {
			e.Offset, e.RecordID, e.TargetURI, e.Type = recOff, rec.ID, rec.TargetURI, rec.Type
		}
		return nil, err
	}
	r.unitRecords++
	return rec, nil
}

// readHeader reads the version line and fields of a record into rec. The
// version line is known to start with "WARC/".
func (r *Reader) readHeader(rec *Record) error {
	total := 0
	for first := true; ; first = false {
		line, err := r.dr.ReadSlice('\n')
		total += len(line)
		if err != nil {
			re := &RecordError{Offset: rec.Offset, RecordID: rec.Header.Get("WARC-Record-ID"),
				TargetURI: rec.Header.Get("WARC-Target-URI"), Type: rec.Header.Get("WARC-Type"), Err: ErrBadHeader}
			switch err {
			case bufio.ErrBufferFull:
				re.Reason = "WARC header line too long"
			case io.EOF:
				re.Reason = "the input ends inside the WARC header"
			default:
				return r.readFailure(re, err)
			}
			return r.badRecord(re)
		}
		line = trimLineEnd(line)
		if first {
			rec.Version = string(trimSpace(line[len(warcPrefix):]))
			continue
		}
		if len(line) == 0 {
			break
		}
		if total > maxHeaderSize {
			return r.badRecord(&RecordError{Offset: rec.Offset, RecordID: rec.Header.Get("WARC-Record-ID"),
				TargetURI: rec.Header.Get("WARC-Target-URI"), Type: rec.Header.Get("WARC-Type"),
				Reason: "WARC header too large", Err: ErrBadHeader})
		}
		if (line[0] == ' ' || line[0] == '\t') && len(rec.Header) > 0 {
			// A continuation line (allowed by WARC 1.0) extends the value
			// of the field before it.
			f := &rec.Header[len(rec.Header)-1]
			f.Value += " " + string(trimSpace(line))
			continue
		}
		if name, value, ok := parseField(line); ok {
			rec.Header = append(rec.Header, Field{name, value})
		}
		// A line without a colon is damage, but harmless unless it took the
		// place of a field the record needs, which is checked after.
	}
	rec.setFields()
	return nil
}

// badRecord reports re, a record that cannot be read whole, and sets where
// to go on: in a plain file, the next version line after the record's
// start; in a gzip file, the next version line in the rest of its member
// (which may hold further records), or the next member. The rest of the
// member is read at once so that a member found corrupt on the way is
// reported as such: then the record's own symptom (junk where a header or
// the end of the block should be) is only a consequence.
func (r *Reader) badRecord(re *RecordError) error {
	if r.mode == modePlain {
		r.resyncFrom(re.Offset + 1)
		return r.damaged(re)
	}
	switch err := scanRecordStart(r.dr); err {
	case nil:
		r.st = stateRecord
	case io.EOF:
		r.st = stateMember
	default:
		r.resyncFrom(r.unitOff + 1)
		re.Reason = "gzip member cut short or corrupt: " + err.Error() + " (" + re.Reason + ")"
		re.Err = ErrCorruptGzip
	}
	return r.damaged(re)
}

// readFailure handles an error other than io.EOF met reading records: in a
// gzip file, damage to the member (reported, and reading resumes at the
// next gzip member after its start); in a plain file, a failure of the
// input, which ends the reading.
func (r *Reader) readFailure(re *RecordError, err error) error {
	if r.mode != modeGzip || r.src.err != nil {
		if r.src.err == nil {
			r.src.err = err
		}
		r.endOfInput()
		return r.err
	}
	re.Offset = r.unitOff
	re.Err = ErrCorruptGzip
	re.Reason = "gzip member cut short or corrupt: " + err.Error()
	quiet := r.quiet
	r.resyncFrom(r.unitOff + 1)
	if quiet {
		return nil
	}
	return re
}

// blockDamage handles an error met reading a block of n bytes.
func (r *Reader) blockDamage(re *RecordError, n int64, err error) error {
	if corrupt(err) {
		return r.readFailure(re, err)
	}
	re.Reason = fmt.Sprintf("content block ends before its Content-Length of %d bytes", n)
	re.Err = ErrBlockTruncated
	if r.mode == modeGzip {
		// The member ended cleanly: the next one is intact.
		r.st = stateMember
	} else {
		// The block has swallowed whatever followed; look in it for the
		// next record.
		r.resyncFrom(re.Offset + 1)
	}
	return r.damaged(re)
}

// endRecord consumes the line ends closing a record whose block has been
// read, checks what follows, sets the next state and, when it is known,
// the record's length. It returns ErrTrailingData damage when the block is
// followed neither by the line ends that close a record nor by the end of
// the member or file or another record (its Content-Length is too short),
// and ErrCorruptGzip damage when the member turns out to be
// corrupt.
func (r *Reader) endRecord(rec *Record) error {
	// The block should be followed by CR LF CR LF (or, from lax writers,
	// LF LF).
	b, _ := r.dr.Peek(4)
	terminated := bytes.HasPrefix(b, []byte("\r\n\r\n")) || bytes.HasPrefix(b, []byte("\n\n"))
	err := r.skipLineEnds()
	b = nil
	if err == nil {
		b, err = r.dr.Peek(len(warcPrefix))
	}
	switch {
	case len(b) == 0 && err == io.EOF:
		if r.mode == modeGzip {
			if r.unitRecords == 0 {
				rec.Length = r.pos() - r.unitOff
			}
			r.st = stateMember
		} else {
			rec.Length = r.pos() - rec.Offset
			r.st = stateRecord
		}
		return nil
	case bytes.HasPrefix(b, warcPrefix):
		if r.mode == modePlain {
			rec.Length = r.pos() - rec.Offset
		}
		r.st = stateRecord
		return nil
	case corrupt(err):
		return r.readFailure(&RecordError{}, err)
	case terminated:
		// The record ends as it should, and something other than a record
		// follows: the record is whole, the junk after it is reported as
		// what it is by the next call.
		if r.mode == modePlain {
			rec.Length = r.pos() - rec.Offset
		}
		r.st = stateRecord
		return nil
	}
	return r.badRecord(&RecordError{Offset: rec.Offset, RecordID: rec.ID, TargetURI: rec.TargetURI, Type: rec.Type,
		Reason: "unexpected data after the content block (Content-Length too short?)", Err: ErrTrailingData})
}

// resync goes back to resyncAt, if the bytes from there are still at hand,
// and scans for the next gzip member, or the next WARC version line in a
// plain file.
func (r *Reader) resync() {
	if r.src.rewind(r.resyncAt) {
		r.br.Reset(&r.src)
	} else if p := r.pos(); p < r.resyncAt {
		r.br.Discard(int(r.resyncAt - p))
	}
	if r.mode == modePlain {
		if err := scanRecordStart(r.br); err != nil {
			r.endOfInput()
			return
		}
		r.st = stateRecord
		return
	}
	for {
		buf, err := r.br.Peek(bufSize)
		if i := bytes.Index(buf, gzipMagic); i >= 0 {
			r.br.Discard(i)
			r.st = stateMember
			return
		}
		if err != nil {
			r.br.Discard(len(buf))
			r.endOfInput()
			return
		}
		r.br.Discard(len(buf) - len(gzipMagic) + 1)
	}
}

// scanRecordStart discards bytes of rd up to the next WARC version line
// ("WARC/1.1" and a line end). It returns io.EOF when there is none, or
// the error that ended the data. Any "WARC/" line start would do, but a
// version line is looked for anywhere: the line end before it may be the
// damaged byte.
func scanRecordStart(rd *bufio.Reader) error {
scan:
	for {
		buf, err := rd.Peek(bufSize)
		from := 0
		for {
			i := bytes.Index(buf[from:], warcPrefix)
			if i < 0 {
				break
			}
			i += from
			ok, complete := versionLine(buf[i:])
			if ok {
				rd.Discard(i)
				return nil
			}
			if !complete && err == nil && i > 0 {
				// Too close to the end of what is buffered to tell:
				// look again with more.
				rd.Discard(i)
				continue scan
			}
			from = i + 1
		}
		if err != nil {
			rd.Discard(len(buf))
			return err
		}
		rd.Discard(len(buf) - len(warcPrefix) + 1)
	}
}

// versionLine reports whether b starts with a WARC version line: "WARC/",
// digits, ".", digits, then LF or CR LF. complete is false when b ends
// before that can be told.
func versionLine(b []byte) (ok, complete bool) {
	const maxDigits = 4
	i := len(warcPrefix)
	for part := 0; part < 2; part++ {
		start := i
		for i < len(b) && i-start <= maxDigits && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == len(b) {
			return false, false
		}
		if i == start || i-start > maxDigits {
			return false, true
		}
		if part == 0 {
			if b[i] != '.' {
				return false, true
			}
			i++
		}
	}
	if b[i] == '\r' {
		i++
		if i == len(b) {
			return false, false
		}
	}
	return b[i] == '\n', true
}

// readBlock reads a content block of n bytes. The buffer grows as data
// arrives rather than being sized by the declared length up front, so that
// a damaged length costs no more memory than the data that is there.
func (r *Reader) readBlock(n int64) ([]byte, error) {
	const step = 1 << 20
	size := n
	if size > step {
		size = step
	}
	var buf []byte
	if r.reuse && int64(cap(r.buf)) >= n {
		buf = r.buf[:n]
	} else if r.reuse && cap(r.buf) >= int(size) {
		buf = r.buf[:size]
	} else {
		buf = make([]byte, size)
	}
	var read int64
	for read < n {
		if read == int64(len(buf)) {
			grow := 2 * int64(len(buf))
			if grow > n {
				grow = n
			}
			nb := make([]byte, grow)
			copy(nb, buf)
			buf = nb
		}
		m, err := r.dr.Read(buf[read:])
		read += int64(m)
		if err != nil && read < n {
			return nil, err
		}
	}
	if r.reuse {
		r.buf = buf
	}
	return buf, nil
}

// parseLength parses a Content-Length: decimal digits only.
func parseLength(s string) (int64, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// trimLineEnd removes a trailing LF or CR LF.
func trimLineEnd(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	if len(b) > 0 && b[len(b)-1] == '\r' {
		b = b[:len(b)-1]
	}
	return b
}
