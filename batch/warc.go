package batch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/pith-dev/pith"
	"github.com/pith-dev/pith/warc"
)

// readWARC reads a WARC or WET archive a record at a time and emits an item
// per document record: HTML responses and resources with the HTTP
// Content-Type (for its charset), WET conversions as plain text. Records
// that are not documents are counted as skipped; a damaged record is
// emitted as a failed item, and reading resumes at the next record.
func readWARC(ctx context.Context, base *Item, br *bufio.Reader, opt *ReadOptions, emit func(*Item) error) error {
	var wopts []warc.Option
	if max := opt.maxBytes(); max > 0 {
		// The block holds the HTTP header too; allow room for it.
		wopts = append(wopts, warc.WithMaxBlockSize(max+1<<20))
	}
	r := warc.NewReader(br, wopts...)
	var last int64
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := r.Next()
		pos := r.Offset()
		consumed := pos - last
		last = pos
		if err == io.EOF {
			if opt.Stats != nil && consumed > 0 {
				opt.Stats.Bytes.Add(consumed)
			}
			return nil
		}
		it := *base
		it.Record = true
		it.InputBytes = consumed
		var re *warc.RecordError
		switch {
		case errors.As(err, &re):
			it.Name = fmt.Sprintf("%s: offset %d", base.Name, re.Offset)
			it.Rel = fmt.Sprintf("%s/%d", base.Rel, re.Offset)
			it.Source.Offset = re.Offset
			it.RecordID, it.TargetURI = re.RecordID, re.TargetURI
			it.Err = recordError{re}
			if e := emit(&it); e != nil {
				return e
			}
			continue
		case err != nil:
			// The input itself failed (a read error): nothing more
			// can be read from it.
			it.Err = err
			return emit(&it)
		}
		doc := rec.Document()
		if doc.Kind == warc.NotDocument {
			if opt.Stats != nil {
				opt.Stats.Skip(string(doc.Skip))
				opt.Stats.Bytes.Add(consumed)
			}
			continue
		}
		it.Name = fmt.Sprintf("%s: offset %d", base.Name, rec.Offset)
		it.Rel = fmt.Sprintf("%s/%d", base.Rel, rec.Offset)
		it.Source.Offset = rec.Offset
		it.RecordID = rec.ID
		it.Date = rec.Header.Get("WARC-Date")
		it.TargetURI = rec.TargetURI
		it.URL = doc.URL
		it.ContentType = doc.ContentType
		it.Data = doc.Body
		it.Format = pith.InputHTML
		if doc.Kind == warc.TextDocument {
			it.Format = pith.InputText
		}
		if e := emit(&it); e != nil {
			return e
		}
	}
}

// recordError is a damaged record's error without the "warc: offset N"
// prefix, which the item's name already gives.
type recordError struct{ re *warc.RecordError }

func (e recordError) Error() string {
	msg := e.re.Reason
	if msg == "" && e.re.Err != nil {
		msg = e.re.Err.Error()
	}
	if e.re.RecordID != "" {
		msg = "record " + e.re.RecordID + ": " + msg
	}
	return msg
}

func (e recordError) Unwrap() error { return e.re }
