package warc

// DefaultMaxBlockSize is the largest content block a Reader holds in memory
// unless told otherwise: larger records are reported with ErrTooLarge and
// skipped.
const DefaultMaxBlockSize = 64 << 20

// maxHeaderSize bounds a WARC header block; real ones are well under 4 KiB.
const maxHeaderSize = 1 << 20

// An Option configures a Reader.
type Option func(*Reader)

// WithMaxBlockSize sets the largest content block the Reader reads into
// memory (DefaultMaxBlockSize by default). A record with a larger block is
// returned as a *RecordError wrapping ErrTooLarge and skipped.
func WithMaxBlockSize(n int64) Option {
	return func(r *Reader) {
		if n > 0 {
			r.maxBlock = n
		}
	}
}

// WithBlockReuse makes the Reader read every block into the same buffer, to
// save allocation: Record.Block is then valid only until the next call to
// Next, and a caller handing blocks to other goroutines must copy them.
func WithBlockReuse() Option {
	return func(r *Reader) { r.reuse = true }
}

// WithStartOffset says that the input starts at offset off of a larger
// file (the caller has seeked there, say from a CDX index), so that the
// offsets the Reader reports are those of the file.
func WithStartOffset(off int64) Option {
	return func(r *Reader) {
		if off > 0 {
			r.startOff = off
		}
	}
}
