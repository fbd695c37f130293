package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"testing"
)

func gzipBytes(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func TestParseHTTPResponse(t *testing.T) {
	tests := []struct {
		name    string
		block   string
		status  int
		reason  string
		ctype   string
		payload string
		encoded bool
	}{
		{"CRLF", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\n<p>x",
			200, "OK", "text/html", "<p>x", false},
		{"bare LF and no reason", "HTTP/1.0 404\nContent-Type: text/html; charset=utf-8\n\nnot found\n",
			404, "", "text/html; charset=utf-8", "not found\n", false},
		{"reason of several words", "HTTP/1.1 301 Moved Permanently\r\nLocation: /x\r\n\r\n",
			301, "Moved Permanently", "", "", false},
		{"folded header line and a line without colon", "HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=latin1\r\ngarbage line\r\n\r\nbody",
			200, "OK", "text/html; charset=latin1", "body", false},
		{"chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n",
			200, "OK", "", "hello, world", false},
		{"chunked with bare LF, cut in a chunk", "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5\nhello\na\nwor",
			200, "OK", "", "hellowor", false},
		{"chunked header on a decoded body", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>already decoded</html>",
			200, "OK", "", "<html>already decoded</html>", false},
		{"gzip content coding", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gzipBytes(t, "<html>zipped</html>"),
			200, "OK", "", "<html>zipped</html>", false},
		{"gzip header on a decoded body", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n<html>plain</html>",
			200, "OK", "", "<html>plain</html>", false},
		{"brotli", "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x8b\x03\x80abc\x03",
			200, "OK", "", "\x8b\x03\x80abc\x03", true},
		{"line end before the status line, lower-case protocol", "\r\nhttp/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>",
			200, "OK", "text/html", "<p>", false},
		{"headers only (revisit)", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
			200, "OK", "text/html", "", false},
		{"block ends in the header", "HTTP/1.1 200 OK\r\nContent-Type: text/html",
			200, "OK", "text/html", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := ParseHTTPResponse([]byte(tt.block))
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tt.status || resp.Reason != tt.reason || resp.Header.Get("content-type") != tt.ctype ||
				string(resp.Payload) != tt.payload || resp.Encoded != tt.encoded {
				t.Errorf("got %d %q type %q payload %q encoded %v\nwant %d %q type %q payload %q encoded %v",
					resp.StatusCode, resp.Reason, resp.Header.Get("content-type"), resp.Payload, resp.Encoded,
					tt.status, tt.reason, tt.ctype, tt.payload, tt.encoded)
			}
		})
	}
}

func TestParseHTTPResponseErrors(t *testing.T) {
	for _, block := range []string{"", "GET / HTTP/1.1\r\n\r\n", "<html>", "HTTP/1.1 OK\r\n\r\n", "HTTP/1.1 20x OK\r\n\r\n", "HTTP/1.1 099 x\r\n\r\n"} {
		if _, err := ParseHTTPResponse([]byte(block)); !errors.Is(err, ErrNotHTTP) {
			t.Errorf("%q: %v, want ErrNotHTTP", block, err)
		}
	}
}
