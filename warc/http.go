package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrNotHTTP is returned by HTTPResponse for a block that does not start
// with an HTTP status line.
var ErrNotHTTP = errors.New("warc: block is not an HTTP response")

// An HTTPResponse is the HTTP message held in the block of a "response"
// record.
type HTTPResponse struct {
	// Proto is the protocol of the status line, such as "HTTP/1.1".
	Proto string
	// StatusCode is the status, such as 200.
	StatusCode int
	// Reason is the reason phrase, "" when the status line has none.
	Reason string
	// Header holds the HTTP header fields in order.
	Header Header
	// Payload is the entity body, with any chunked transfer coding and any
	// gzip or deflate content coding undone. It shares memory with the
	// record's block when there was nothing to undo.
	Payload []byte
	// Encoded is true when the body has a content coding that could not be
	// undone (such as br), so that Payload holds it still encoded.
	Encoded bool
}

// HTTPResponse parses the record's block as an HTTP response ("response"
// records of Content-Type "application/http; msgtype=response"). It is
// tolerant of what crawlers write: bare LF line ends, a status line without
// a reason phrase, header lines without a colon, chunked bodies, and a body
// cut short.
func (r *Record) HTTPResponse() (*HTTPResponse, error) {
	return ParseHTTPResponse(r.Block)
}

// maxDecoded bounds the size of a body after undoing its content coding,
// against compression bombs.
const maxDecoded = 256 << 20

// ParseHTTPResponse parses block, an HTTP response message, as
// (*Record).HTTPResponse does.
func ParseHTTPResponse(block []byte) (*HTTPResponse, error) {
	// Some writers put a line end before the status line.
	block = bytes.TrimLeft(block, "\r\n")
	line, rest, ok := cutLine(block)
	line = bytes.TrimLeft(line, " \t")
	if len(line) < 5 || !bytes.EqualFold(line[:5], []byte("HTTP/")) {
		return nil, ErrNotHTTP
	}
	resp := &HTTPResponse{}
	proto, status, _ := bytes.Cut(line, []byte(" "))
	resp.Proto = string(proto)
	status = bytes.TrimLeft(status, " ")
	code, reason, _ := bytes.Cut(status, []byte(" "))
	if len(code) != 3 {
		return nil, fmt.Errorf("%w: bad status line %q", ErrNotHTTP, clip(line))
	}
	n, err := strconv.Atoi(string(code))
	if err != nil || n < 100 {
		return nil, fmt.Errorf("%w: bad status code %q", ErrNotHTTP, code)
	}
	resp.StatusCode = n
	resp.Reason = string(trimSpace(reason))
	if !ok {
		// A status line alone: no header, no body.
		return resp, nil
	}

	for {
		line, rest, ok = cutLine(rest)
		if len(line) == 0 {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && len(resp.Header) > 0 {
			f := &resp.Header[len(resp.Header)-1]
			f.Value += " " + string(trimSpace(line))
		} else if name, value, ok := parseField(line); ok {
			resp.Header = append(resp.Header, Field{name, value})
		}
		if !ok {
			// The block ends inside the header: a response without body.
			return resp, nil
		}
	}
	body := rest

	if te := resp.Header.Get("Transfer-Encoding"); strings.Contains(strings.ToLower(te), "chunked") {
		if dec, ok := dechunk(body); ok {
			body = dec
		}
	}
	switch ce := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); ce {
	case "", "identity", "none", "utf-8", "utf8":
	case "gzip", "x-gzip", "deflate":
		if dec, err := decode(ce, body); err == nil {
			body = dec
		} else if looksEncoded(ce, body) {
			resp.Encoded = true
		}
		// Else the body was stored decoded under its original header,
		// as some crawlers do: keep it as it is.
	default:
		resp.Encoded = true
	}
	resp.Payload = body
	return resp, nil
}

// cutLine returns the line at the start of b without its LF or CR LF, the
// rest after it, and whether a line end was found.
func cutLine(b []byte) (line, rest []byte, found bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return trimLineEnd(b), nil, false
	}
	return trimLineEnd(b[:i+1]), b[i+1:], true
}

// dechunk undoes the chunked transfer coding. A body cut inside a chunk
// yields the data up to the cut; ok is false when body does not start with
// a chunk size at all (it was stored already decoded).
func dechunk(body []byte) (out []byte, ok bool) {
	out = make([]byte, 0, len(body))
	for first := true; ; first = false {
		line, rest, found := cutLine(body)
		if i := bytes.IndexByte(line, ';'); i >= 0 {
			line = line[:i] // chunk extensions
		}
		size, err := strconv.ParseInt(string(trimSpace(line)), 16, 64)
		if err != nil || size < 0 || !found {
			if first {
				return nil, false
			}
			return out, true
		}
		if size == 0 {
			return out, true
		}
		if size > int64(len(rest)) {
			return append(out, rest...), true
		}
		out = append(out, rest[:size]...)
		body = rest[size:]
		// The CR LF after the chunk data.
		if bytes.HasPrefix(body, []byte("\r\n")) {
			body = body[2:]
		} else if bytes.HasPrefix(body, []byte("\n")) {
			body = body[1:]
		}
	}
}

// decode undoes a gzip or deflate content coding.
func decode(coding string, body []byte) ([]byte, error) {
	var rd io.Reader
	switch coding {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		rd = zr
	case "deflate":
		// "deflate" means zlib-wrapped, but servers often send raw deflate.
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			rd = zr
		} else {
			rd = flate.NewReader(bytes.NewReader(body))
		}
	}
	out, err := io.ReadAll(io.LimitReader(rd, maxDecoded))
	if err != nil && (err != io.ErrUnexpectedEOF || len(out) == 0) {
		return nil, err
	}
	// A body cut short still gives what it has.
	return out, nil
}

// looksEncoded reports whether body looks like data in the given content
// coding, rather than a body stored decoded.
func looksEncoded(coding string, body []byte) bool {
	if coding == "deflate" {
		return len(body) > 0 && !isText(body)
	}
	return len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b
}

// isText reports whether the start of b has no control bytes other than
// white space.
func isText(b []byte) bool {
	if len(b) > 512 {
		b = b[:512]
	}
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			return false
		}
	}
	return true
}

// clip shortens b for an error message.
func clip(b []byte) []byte {
	if len(b) > 64 {
		return b[:64]
	}
	return b
}
