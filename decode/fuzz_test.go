package decode

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that Decode and Sniff never panic, that the text is
// always valid UTF-8 and that the result is fully described.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=utf-8><p>café</p>"), "")
	f.Add([]byte("<p>\x93q\x94</p>"), "text/html; charset=windows-1252")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		in := bytes.Clone(data)
		r := Decode(data, contentType)
		if !utf8.Valid(r.Text) {
			t.Fatalf("invalid UTF-8 output %q for %q", r.Text, data)
		}
		if r.Charset == "" {
			t.Fatalf("no charset for %q", data)
		}
		switch r.Source {
		case SourceBOM, SourceHTTP, SourceMeta, SourceDetected, SourceDefault:
		default:
			t.Fatalf("unknown source %q", r.Source)
		}
		if r.Replaced < 0 || r.Replaced > len(data) {
			t.Fatalf("replaced = %d for %d bytes", r.Replaced, len(data))
		}
		if !bytes.Equal(data, in) {
			t.Fatalf("Decode modified its input")
		}
		switch k := Sniff(data); k {
		case HTML, Text, Binary:
		default:
			t.Fatalf("Sniff = %d", k)
		}
	})
}
