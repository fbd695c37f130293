package batch

import (
	"context"

	"github.com/pith-dev/pith"
)

// Item is one document to extract, with where it came from.
type Item struct {
	// Name names the item in messages: a path, a URL, or an archive's path
	// and the record's offset ("crawl.warc.gz@1234").
	Name string
	// Rel is the output name relative to an output directory, without
	// extension ("sub/page" for DIR/sub/page.txt); see Input.Rel.
	Rel string

	// URL is the page's URL, when known.
	URL string
	// ContentType is the HTTP Content-Type the page was served with, when
	// known; its charset takes precedence over the page's own.
	ContentType string
	// Format says how pith reads Data.
	Format pith.InputFormat
	// Data is the page. It is released once extracted.
	Data []byte
	// Load, when not nil, is called by a worker to fill Data, URL and
	// ContentType: reading a file or fetching a URL happens in parallel
	// with the extraction of other items.
	Load func(ctx context.Context, it *Item) error

	// WARC fields, for records of an archive.
	RecordID  string // WARC-Record-ID
	Date      string // WARC-Date
	TargetURI string // WARC-Target-URI

	// Record says the item is one of many in its input: an archive record
	// or a JSONL line.
	Record bool

	// Source says where the item's bytes are: the file (empty for standard
	// input and URLs) and the offset of its record (0 for a whole file).
	Source Source

	// InputBytes is how many input bytes the item accounts for (as stored,
	// so compressed for gzip), for throughput figures and progress.
	InputBytes int64

	// Err, when not nil, says the item could not be read (an unreadable
	// file, a damaged record); it is reported, not extracted.
	Err error
}

// Source is where a document's bytes are in the input.
type Source struct {
	// File is the input file's path; empty for standard input and URLs.
	File string `json:"file,omitempty"`
	// Offset is the byte offset of the record in File: of its gzip member
	// for a compressed archive, of its line for JSONL; 0 for a whole file.
	Offset int64 `json:"offset"`
}
