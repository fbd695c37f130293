package warc

import (
	"bytes"
	"strings"
)

// A Field is one "Name: value" line of a WARC or HTTP header block, with
// the name as written and the value trimmed of surrounding white space.
type Field struct {
	Name, Value string
}

// A Header is the fields of a WARC record header or of an HTTP message
// header, in the order they were written. Names compare without regard to
// case. A slice rather than a map: records carry a dozen fields, which a
// scan finds faster than a hash lookup, and the order is kept.
type Header []Field

// Get returns the value of the first field named name, or "" if there is
// none.
func (h Header) Get(name string) string {
	for i := range h {
		if strings.EqualFold(h[i].Name, name) {
			return h[i].Value
		}
	}
	return ""
}

// Values returns the values of all fields named name, in order.
func (h Header) Values(name string) []string {
	var vs []string
	for i := range h {
		if strings.EqualFold(h[i].Name, name) {
			vs = append(vs, h[i].Value)
		}
	}
	return vs
}

// Has reports whether a field named name is present.
func (h Header) Has(name string) bool {
	for i := range h {
		if strings.EqualFold(h[i].Name, name) {
			return true
		}
	}
	return false
}

// fieldName returns the name of a header line as a string, without
// allocating for the names WARC and HTTP headers use most.
func fieldName(b []byte) string {
	switch string(b) {
	case "WARC-Type":
		return "WARC-Type"
	case "WARC-Record-ID":
		return "WARC-Record-ID"
	case "WARC-Date":
		return "WARC-Date"
	case "WARC-Target-URI":
		return "WARC-Target-URI"
	case "Content-Length":
		return "Content-Length"
	case "Content-Type":
		return "Content-Type"
	case "WARC-Warcinfo-ID":
		return "WARC-Warcinfo-ID"
	case "WARC-Concurrent-To":
		return "WARC-Concurrent-To"
	case "WARC-Payload-Digest":
		return "WARC-Payload-Digest"
	case "WARC-Block-Digest":
		return "WARC-Block-Digest"
	case "WARC-IP-Address":
		return "WARC-IP-Address"
	case "WARC-Identified-Payload-Type":
		return "WARC-Identified-Payload-Type"
	case "WARC-Refers-To":
		return "WARC-Refers-To"
	case "WARC-Truncated":
		return "WARC-Truncated"
	case "WARC-Identified-Content-Language":
		return "WARC-Identified-Content-Language"
	case "Date":
		return "Date"
	case "Server":
		return "Server"
	case "Connection":
		return "Connection"
	case "Transfer-Encoding":
		return "Transfer-Encoding"
	case "Content-Encoding":
		return "Content-Encoding"
	}
	return string(b)
}

// parseField splits a header line (without its line end) at the first
// colon. ok is false for a line without a colon or with an empty name.
func parseField(line []byte) (name string, value string, ok bool) {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return "", "", false
	}
	n := trimSpace(line[:i])
	if len(n) == 0 {
		return "", "", false
	}
	return fieldName(n), string(trimSpace(line[i+1:])), true
}

// trimSpace trims ASCII spaces and tabs (and a stray CR) from both ends.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
