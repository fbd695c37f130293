package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/pith-dev/pith"
)

// jsonlPage is a line of JSONL input. "html" holds a page's HTML, "text" its
// plain text; "content_type" may give the charset the HTML was served with.
type jsonlPage struct {
	URL         string  `json:"url"`
	HTML        *string `json:"html"`
	Text        *string `json:"text"`
	ContentType string  `json:"content_type"`
}

// readJSONL reads JSON lines, gzip-compressed or not, and emits an item per
// non-blank line; its offset is the line's in the decompressed stream. A line that is not a JSON object with "html" or "text"
// is reported and skipped; a line longer than the page limit (with room
// for JSON escapes) is reported without being held in memory whole.
func readJSONL(ctx context.Context, base *Item, br *bufio.Reader, opt *ReadOptions, emit func(*Item) error) error {
	var r io.Reader = br
	if head, _ := br.Peek(2); isGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			it := *base
			it.Err = gzipError(err)
			return emit(&it)
		}
		r = zr
	}
	lr := bufio.NewReaderSize(r, 64<<10)
	maxLine := opt.maxBytes()
	if maxLine >= 0 {
		// JSON escapes can double a page's size, and "\u00e9" makes six
		// bytes of two; take twice the page limit plus room for the fields.
		maxLine = 2*maxLine + 64<<10
	}
	var off int64
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(lr, maxLine)
		start := off
		off += int64(len(line))
		if tooLong > 0 {
			off += tooLong
		}
		it := *base
		it.Name = fmt.Sprintf("%s:%d", base.Name, lineNo)
		it.Rel = fmt.Sprintf("%s/%d", base.Rel, lineNo)
		it.Source.Offset = start
		it.Record = true
		it.InputBytes = int64(len(line)) + tooLong
		if err != nil && !errors.Is(err, io.EOF) {
			if isGzipReader(r) {
				it.Err = gzipError(err)
			} else {
				it.Err = err
			}
			return emit(&it)
		}
		switch {
		case tooLong > 0:
			it.Err = fmt.Errorf("%w (line longer than %d bytes)", pith.ErrTooLarge, maxLine)
			if e := emit(&it); e != nil {
				return e
			}
		case len(bytes.TrimSpace(line)) > 0:
			fillJSONL(&it, line)
			if e := emit(&it); e != nil {
				return e
			}
		}
		if err != nil { // io.EOF
			return nil
		}
	}
}

func isGzipReader(r io.Reader) bool { _, ok := r.(*gzip.Reader); return ok }

// fillJSONL sets the item's page from a JSON line, or its error.
func fillJSONL(it *Item, line []byte) {
	var p jsonlPage
	if err := json.Unmarshal(line, &p); err != nil {
		it.Err = fmt.Errorf("bad JSON line: %v", err)
		return
	}
	it.URL = p.URL
	it.ContentType = p.ContentType
	switch {
	case p.HTML != nil:
		it.Data = []byte(*p.HTML)
		it.Format = pith.InputHTML
	case p.Text != nil:
		it.Data = []byte(*p.Text)
		it.Format = pith.InputText
	default:
		it.Err = errors.New(`JSON line has neither "html" nor "text"`)
	}
}

// readLine reads a line with its newline. Past max bytes (max >= 0) it
// discards the rest of the line and returns how many bytes it dropped.
func readLine(r *bufio.Reader, max int64) (line []byte, dropped int64, err error) {
	for {
		frag, e := r.ReadSlice('\n')
		if dropped == 0 && (max < 0 || int64(len(line)+len(frag)) <= max) {
			line = append(line, frag...)
		} else {
			dropped += int64(len(line) + len(frag))
			line = nil
		}
		if e != bufio.ErrBufferFull {
			return line, dropped, e
		}
	}
}
