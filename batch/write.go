package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// WriteOptions say what a writer writes of each document.
type WriteOptions struct {
	// Format is the output format.
	Format Format
	// Comments adds the user comments: a section after the main text in
	// the text and Markdown formats, the "comments" field in JSON.
	Comments bool
	// Markdown and HTML add the "markdown" and "html" fields in JSON.
	Markdown, HTML bool
	// Headers, for a stream of documents in the text, Markdown and HTML
	// formats, starts each with a line "==> NAME <==" and separates them
	// with a blank line, as head(1) does with several files. Records of
	// archives and JSONL always have them.
	Headers bool
}

// Encode returns one document in the output format: for text, Markdown and
// HTML the content ending in a newline, for json an indented object, for
// jsonl an object on one line; both JSON forms end in a newline.
func Encode(o *Outcome, opt WriteOptions) ([]byte, error) {
	res := o.Result
	var b bytes.Buffer
	switch opt.Format {
	case FormatJSON, FormatJSONL:
		enc := json.NewEncoder(&b)
		// Pages are full of <, > and &: keep them readable.
		enc.SetEscapeHTML(false)
		if opt.Format == FormatJSON {
			enc.SetIndent("", "  ")
		}
		if err := enc.Encode(NewDocument(o, opt)); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	case FormatMarkdown:
		b.WriteString(res.Markdown)
		if opt.Comments && res.Comments != "" {
			endLine(&b)
			b.WriteString("\n## Comments\n\n")
			b.WriteString(res.Comments)
		}
	case FormatHTML:
		b.WriteString(res.HTML)
	default:
		b.WriteString(res.Text)
		if opt.Comments && res.Comments != "" {
			endLine(&b)
			b.WriteString("\n----- comments -----\n")
			b.WriteString(res.Comments)
		}
	}
	endLine(&b)
	return b.Bytes(), nil
}

// endLine ends a non-empty buffer with a newline.
func endLine(b *bytes.Buffer) {
	if b.Len() > 0 && b.Bytes()[b.Len()-1] != '\n' {
		b.WriteByte('\n')
	}
}

// StreamWriter writes the documents of a run to one stream, one after the
// other. Failed outcomes are not its business (see Reporter).
type StreamWriter struct {
	w   io.Writer
	opt WriteOptions
	n   int
}

// NewStreamWriter returns a StreamWriter on w.
func NewStreamWriter(w io.Writer, opt WriteOptions) *StreamWriter {
	return &StreamWriter{w: w, opt: opt}
}

// Write writes a successful outcome's document.
func (s *StreamWriter) Write(o *Outcome) error {
	if o.Err != nil {
		return nil
	}
	data, err := Encode(o, s.opt)
	if err != nil {
		return err
	}
	if (s.opt.Headers || o.Item.Record) && s.opt.Format != FormatJSON && s.opt.Format != FormatJSONL {
		sep := ""
		if s.n > 0 {
			sep = "\n"
		}
		name := o.Item.Name
		if o.Item.TargetURI != "" {
			name += " " + o.Item.TargetURI
		}
		if _, err := fmt.Fprintf(s.w, "%s==> %s <==\n", sep, name); err != nil {
			return err
		}
	}
	s.n++
	_, err = s.w.Write(data)
	return err
}

// DirWriter writes each document to a file of its own in a directory,
// named after its input (Item.Rel) with the format's extension.
type DirWriter struct {
	dir string
	opt WriteOptions
}

// NewDirWriter returns a DirWriter into dir, which it creates if needed.
func NewDirWriter(dir string, opt WriteOptions) (*DirWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &DirWriter{dir: dir, opt: opt}, nil
}

// ErrSameFile is returned for an output that would overwrite its own input.
var ErrSameFile = errors.New("output file is the input file")

// Path returns the file an item's document goes to.
func (d *DirWriter) Path(it *Item) string {
	return filepath.Join(d.dir, filepath.FromSlash(it.Rel)+d.opt.Format.Ext())
}

// Write writes a successful outcome's document to its file. It returns an
// error wrapping ErrSameFile, without writing, when that file is the
// item's input (html output into the input's own directory).
func (d *DirWriter) Write(o *Outcome) error {
	if o.Err != nil {
		return nil
	}
	p := d.Path(o.Item)
	if src := o.Item.Source.File; src != "" && o.Item.Source.Offset == 0 {
		if a, err := os.Stat(src); err == nil {
			if b, err := os.Stat(p); err == nil && os.SameFile(a, b) {
				return fmt.Errorf("%s: %w", p, ErrSameFile)
			}
		}
	}
	data, err := Encode(o, d.opt)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// Reason returns an error as the reason part of a one-line report: without
// the "pith: " prefix the library's errors carry (the report has its own)
// and with line breaks turned into spaces.
func Reason(err error) string {
	s := strings.TrimPrefix(err.Error(), "pith: ")
	return strings.Join(strings.Fields(s), " ")
}
