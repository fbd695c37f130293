package warc

import (
	"strings"
	"time"
)

// A Record is one WARC record: its header and its content block.
type Record struct {
	// Version is the version of the record's "WARC/" line, such as "1.1".
	Version string
	// Type is the WARC-Type: "response", "request", "resource",
	// "conversion", "metadata", "revisit", "warcinfo", ...
	Type string
	// ID is the WARC-Record-ID, such as "<urn:uuid:...>".
	ID string
	// TargetURI is the WARC-Target-URI, without the angle brackets some
	// writers put around it.
	TargetURI string
	// Date is the WARC-Date, zero if missing or not a valid date (the text
	// is in Header).
	Date time.Time
	// ContentType is the record's Content-Type: for a "response" usually
	// "application/http; msgtype=response", for a WET "conversion"
	// "text/plain".
	ContentType string
	// RefersTo is WARC-Refers-To (set on revisit and conversion records).
	RefersTo string
	// Header holds every field of the WARC header, in order.
	Header Header
	// Block is the content block: Content-Length bytes, for a response the
	// HTTP header and payload. Unless the Reader was made with
	// WithBlockReuse, it belongs to the caller and stays valid after the
	// next call to Next.
	Block []byte

	// Offset is where the record starts in the file: the offset of its gzip
	// member in a compressed file, of its "WARC/" line in a plain one.
	Offset int64
	// Length is the record's size in the file: the compressed size of its
	// gzip member, or the bytes from its "WARC/" line to the end of its
	// closing line ends in a plain file. It is 0 when unknown (a gzip
	// member holding several records).
	Length int64
}

// setFields fills the convenience fields from Header.
func (r *Record) setFields() {
	for _, f := range r.Header {
		switch {
		case r.Type == "" && strings.EqualFold(f.Name, "WARC-Type"):
			r.Type = f.Value
		case r.ID == "" && strings.EqualFold(f.Name, "WARC-Record-ID"):
			r.ID = f.Value
		case r.TargetURI == "" && strings.EqualFold(f.Name, "WARC-Target-URI"):
			r.TargetURI = strings.TrimSuffix(strings.TrimPrefix(f.Value, "<"), ">")
		case r.Date.IsZero() && strings.EqualFold(f.Name, "WARC-Date"):
			r.Date = parseDate(f.Value)
		case r.ContentType == "" && strings.EqualFold(f.Name, "Content-Type"):
			r.ContentType = f.Value
		case r.RefersTo == "" && strings.EqualFold(f.Name, "WARC-Refers-To"):
			r.RefersTo = f.Value
		}
	}
}

// parseDate parses a WARC-Date: W3C-ISO8601 as WARC 1.0 and 1.1 write it
// (seconds or fractions of seconds, UTC), or the 14-digit form of the
// pre-1.0 drafts.
func parseDate(s string) time.Time {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t
	}
	for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02", "20060102150405"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
