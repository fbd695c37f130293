package batch

import (
	"fmt"
	"strings"

	"github.com/pith-dev/pith"
)

// InputFormat says how a run reads its inputs. It extends pith's input
// formats with the two container formats that hold many documents.
type InputFormat int

const (
	// InputAuto decides by the file name (and, for standard input, by the
	// first bytes): archives and JSONL by their extensions, any other file
	// is a page that pith reads as HTML or text as it sees fit.
	InputAuto InputFormat = iota
	// InputHTML reads every input as one HTML page.
	InputHTML
	// InputText reads every input as one page of plain text.
	InputText
	// InputWARC reads every input as a WARC or WET archive.
	InputWARC
	// InputJSONL reads every input as JSON lines, one page a line.
	InputJSONL
)

var inputFormatNames = [...]string{"auto", "html", "text", "warc", "jsonl"}

// String returns the format's name as ParseInputFormat accepts it.
func (f InputFormat) String() string {
	if f >= 0 && int(f) < len(inputFormatNames) {
		return inputFormatNames[f]
	}
	return fmt.Sprintf("InputFormat(%d)", int(f))
}

// ParseInputFormat reads an input format's name: auto, html, text, warc
// or jsonl.
func ParseInputFormat(s string) (InputFormat, error) {
	for i, n := range inputFormatNames {
		if strings.EqualFold(s, n) {
			return InputFormat(i), nil
		}
	}
	return 0, fmt.Errorf("unknown input format %q (want auto, html, text, warc or jsonl)", s)
}

// pageFormat is how pith reads a page of an input in format f.
func (f InputFormat) pageFormat() pith.InputFormat {
	switch f {
	case InputHTML:
		return pith.InputHTML
	case InputText:
		return pith.InputText
	}
	return pith.InputAuto
}

// Format is an output format.
type Format int

const (
	// FormatText writes the main text.
	FormatText Format = iota
	// FormatMarkdown writes the main content as Markdown.
	FormatMarkdown
	// FormatHTML writes the main content as clean HTML.
	FormatHTML
	// FormatJSON writes an indented JSON object per document (a Document).
	FormatJSON
	// FormatJSONL writes a Document per line.
	FormatJSONL
)

var formatNames = [...]string{"text", "markdown", "html", "json", "jsonl"}

// String returns the format's name as ParseFormat accepts it.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat reads an output format's name: text, markdown (or md), html,
// json or jsonl.
func ParseFormat(s string) (Format, error) {
	if strings.EqualFold(s, "md") {
		return FormatMarkdown, nil
	}
	for i, n := range formatNames {
		if strings.EqualFold(s, n) {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want text, markdown, html, json or jsonl)", s)
}

// Ext returns the file extension of an output file in format f: ".txt",
// ".md", ".html" or ".json" (a JSONL document written alone is a JSON
// object).
func (f Format) Ext() string {
	switch f {
	case FormatMarkdown:
		return ".md"
	case FormatHTML:
		return ".html"
	case FormatJSON, FormatJSONL:
		return ".json"
	}
	return ".txt"
}
