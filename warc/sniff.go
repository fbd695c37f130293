package warc

import "bytes"

// htmlStarts are the tags an HTML page may start with, lower-case; each
// must be followed by a space, '>' or '/' (or, for comments, anything).
var htmlStarts = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<title"), []byte("<meta"), []byte("<script"), []byte("<style"),
	[]byte("<link"), []byte("<div"), []byte("<p"), []byte("<table"),
	[]byte("<h1"), []byte("<a"), []byte("<br"), []byte("<iframe"),
	[]byte("<font"), []byte("<b"), []byte("<center"), []byte("<form"),
}

// looksLikeHTML reports whether a payload of unknown type starts like an
// HTML page: after white space and a byte order mark, an HTML tag or
// comment. XML documents ("<?xml") count only when an <html element
// follows soon.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n\f")
	if len(b) > 1024 {
		b = b[:1024]
	}
	lower := bytes.ToLower(b)
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		return bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html"))
	}
	if bytes.HasPrefix(lower, []byte("<!--")) {
		return true
	}
	for _, tag := range htmlStarts {
		if !bytes.HasPrefix(lower, tag) {
			continue
		}
		if len(lower) == len(tag) {
			return true
		}
		switch lower[len(tag)] {
		case ' ', '>', '/', '\t', '\n', '\r':
			return true
		}
	}
	return false
}
