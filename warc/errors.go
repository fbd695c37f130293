package warc

import (
	"errors"
	"strconv"
	"strings"
)

// Kinds of damage, wrapped by a *RecordError (test with errors.Is).
var (
	// ErrCorruptGzip: a gzip member cannot be decompressed: it is cut short
	// (no end of deflate stream or trailer), its data or checksum is wrong,
	// or bytes that are not a gzip member sit between members. The reader
	// resumes at the next gzip member it finds after the damaged one.
	ErrCorruptGzip = errors.New("warc: corrupt gzip member")

	// ErrBadHeader: the WARC header block is malformed: no "WARC/" version
	// line, no valid Content-Length, a line too long, or the input ends
	// inside it.
	ErrBadHeader = errors.New("warc: malformed WARC header")

	// ErrBlockTruncated: the content block ends before the length its
	// Content-Length declares (a declared length too long, or a file or
	// gzip member cut short).
	ErrBlockTruncated = errors.New("warc: content block shorter than Content-Length")

	// ErrTrailingData: the block is followed by bytes that are neither the
	// CRLF CRLF that ends a record nor the next record (a declared length
	// too short). The record is not returned, since its block is cut.
	ErrTrailingData = errors.New("warc: data after the content block")

	// ErrTooLarge: the declared block is larger than the Reader's maximum
	// block size. It is not held in memory: reading resumes at the next
	// record found after its header (not at the declared length, which
	// may be damaged).
	ErrTooLarge = errors.New("warc: content block larger than the maximum")
)

// ErrUnsupportedCompression is returned by Next for an input compressed
// other than with gzip (zstandard, bzip2, xz): it is not read.
var ErrUnsupportedCompression = errors.New("warc: unsupported compression (only gzip and plain WARC are read)")

// A RecordError reports a damaged record or a damaged stretch of the file.
// It is returned by (*Reader).Next, which can be called again to resume at
// the next record.
type RecordError struct {
	// Offset is where the damaged record starts in the file: the offset of
	// its gzip member in a compressed file, of its "WARC/" line in a plain
	// one.
	Offset int64
	// RecordID and TargetURI are the record's WARC-Record-ID and
	// WARC-Target-URI when its header could be read, else "".
	RecordID  string
	TargetURI string
	// Type is the record's WARC-Type when known.
	Type string
	// Reason says what is wrong, for people.
	Reason string
	// Err is the kind of damage (ErrCorruptGzip, ErrBadHeader, ...).
	Err error
}

// Error returns "warc: offset N: record ID: reason".
func (e *RecordError) Error() string {
	var b strings.Builder
	b.WriteString("warc: offset ")
	b.WriteString(strconv.FormatInt(e.Offset, 10))
	if e.RecordID != "" {
		b.WriteString(": record ")
		b.WriteString(e.RecordID)
	}
	b.WriteString(": ")
	if e.Reason != "" {
		b.WriteString(e.Reason)
	} else if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the kind of damage, so that errors.Is(err, ErrCorruptGzip)
// and the like work.
func (e *RecordError) Unwrap() error { return e.Err }
