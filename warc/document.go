package warc

import (
	"strconv"
	"strings"
)

// Kind says whether a record holds a document to extract, and of what
// form.
type Kind int

const (
	// NotDocument: the record is skipped; Document.Skip says why.
	NotDocument Kind = iota
	// HTMLDocument: Document.Body is an HTML page.
	HTMLDocument
	// TextDocument: Document.Body is plain text (a WET "conversion"
	// record), for pith's plain-text mode.
	TextDocument
)

// String returns "not-document", "html" or "text".
func (k Kind) String() string {
	switch k {
	case HTMLDocument:
		return "html"
	case TextDocument:
		return "text"
	}
	return "not-document"
}

// A SkipReason says why a record is not a document. The values are short
// and stable, for counting skips.
type SkipReason string

// Reasons for skipping a record.
const (
	// SkipRecordType: a record type that holds no page (request,
	// metadata, warcinfo, continuation, ...).
	SkipRecordType SkipReason = "record-type"
	// SkipRevisit: a revisit record, which holds no payload of its own.
	SkipRevisit SkipReason = "revisit"
	// SkipNotHTTP: a response whose block is not an HTTP response (dns:
	// records, damaged HTTP headers).
	SkipNotHTTP SkipReason = "not-http"
	// SkipStatus: an HTTP status other than 2xx (redirects, errors).
	SkipStatus SkipReason = "http-status"
	// SkipContentType: a payload that is not HTML (images, PDF, scripts,
	// ...), or not text for a conversion record.
	SkipContentType SkipReason = "content-type"
	// SkipEncoding: a payload in a content coding that cannot be undone.
	SkipEncoding SkipReason = "content-encoding"
	// SkipEmpty: an empty payload.
	SkipEmpty SkipReason = "empty"
)

// A Document is what a record gives for extraction.
type Document struct {
	// Kind is HTMLDocument or TextDocument for a document, else NotDocument.
	Kind Kind
	// Skip says why the record is not a document ("" for a document), and
	// Detail says it for people (such as "HTTP status 404" or
	// "content type image/png").
	Skip   SkipReason
	Detail string
	// URL is the record's target URI.
	URL string
	// Body is the page: the HTTP payload of a response, the block of a
	// resource or conversion record. It shares memory with the block.
	Body []byte
	// ContentType is the page's media type with its parameters, as served
	// (the HTTP Content-Type of a response), or "text/html" with the
	// served charset when the served type was missing, generic or
	// text/plain and the page is taken for HTML. Pass it to
	// pith.WithContentType so that its charset is used.
	ContentType string
	// Charset is the charset parameter of ContentType, lower-cased, ""
	// when there is none.
	Charset string
	// Status is the HTTP status of a response, 0 for other records.
	Status int
	// Truncated is the record's WARC-Truncated field: "length", "time",
	// ... when the crawler stored only the start of the page, else "".
	Truncated string
}

// Document tells whether the record is a document to extract and returns
// its body:
//   - a "response" with an HTTP 2xx status and an HTML payload (Content-Type
//     text/html or application/xhtml+xml; or a missing, generic or
//     text/plain type with a WARC-Identified-Payload-Type of text/html; or
//     a missing or generic type and a payload that looks like HTML) is an
//     HTMLDocument;
//   - a "resource" with an HTML Content-Type is an HTMLDocument;
//   - a "conversion" (a WET record) with a text/plain or missing
//     Content-Type is a TextDocument (text/html gives an HTMLDocument);
//   - anything else is NotDocument, with the reason.
func (r *Record) Document() Document {
	d := Document{URL: r.TargetURI, Truncated: r.Header.Get("WARC-Truncated")}
	switch strings.ToLower(r.Type) {
	case "response":
		return r.responseDocument(d)
	case "resource":
		d.ContentType = r.ContentType
		d.Charset = charsetOf(r.ContentType)
		d.Body = r.Block
		switch mt := mediaType(r.ContentType); {
		case isHTMLType(mt):
			d.Kind = HTMLDocument
		case isGenericType(mt) && looksLikeHTML(r.Block):
			d.Kind = HTMLDocument
			d.ContentType = htmlType(d.Charset)
		default:
			return d.skip(SkipContentType, "content type "+orNone(mt))
		}
	case "conversion":
		d.ContentType = r.ContentType
		d.Charset = charsetOf(r.ContentType)
		d.Body = r.Block
		switch mt := mediaType(r.ContentType); {
		case mt == "text/plain", mt == "":
			d.Kind = TextDocument
		case isHTMLType(mt):
			d.Kind = HTMLDocument
		default:
			return d.skip(SkipContentType, "content type "+mt)
		}
	case "revisit":
		return d.skip(SkipRevisit, "revisit record")
	default:
		return d.skip(SkipRecordType, orNone(r.Type)+" record")
	}
	if len(d.Body) == 0 {
		return d.skip(SkipEmpty, "empty "+r.Type)
	}
	return d
}

func (r *Record) responseDocument(d Document) Document {
	resp, err := r.HTTPResponse()
	if err != nil {
		return d.skip(SkipNotHTTP, err.Error())
	}
	d.Status = resp.StatusCode
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return d.skip(SkipStatus, "HTTP status "+strconv.Itoa(resp.StatusCode))
	}
	ct := resp.Header.Get("Content-Type")
	d.ContentType = ct
	d.Charset = charsetOf(ct)
	mt := mediaType(ct)
	if !isHTMLType(mt) {
		// The crawler's own identification of the payload (Common Crawl
		// writes one) overrides a missing or generic type, and text/plain,
		// which misconfigured servers send for pages.
		id := mediaType(r.Header.Get("WARC-Identified-Payload-Type"))
		switch {
		case isHTMLType(id) && (isGenericType(mt) || mt == "text/plain"):
		case !isGenericType(mt):
			return d.skip(SkipContentType, "content type "+mt)
		case !isGenericType(id) || resp.Encoded || !looksLikeHTML(resp.Payload):
			// No usable type from anyone, and the payload does not
			// look like HTML.
			return d.skip(SkipContentType, "content type "+orNone(mt)+", payload not HTML")
		}
		d.ContentType = htmlType(d.Charset)
	}
	if resp.Encoded {
		return d.skip(SkipEncoding, "content encoding "+resp.Header.Get("Content-Encoding"))
	}
	if len(resp.Payload) == 0 {
		return d.skip(SkipEmpty, "empty payload")
	}
	d.Kind = HTMLDocument
	d.Body = resp.Payload
	return d
}

// htmlType returns "text/html" with the given charset parameter, if any.
func htmlType(charset string) string {
	if charset == "" {
		return "text/html"
	}
	return "text/html; charset=" + charset
}

func (d Document) skip(why SkipReason, detail string) Document {
	d.Kind = NotDocument
	d.Skip = why
	d.Detail = detail
	d.Body = nil
	return d
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// mediaType returns the lower-cased media type of a Content-Type value,
// without parameters.
func mediaType(ct string) string {
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return strings.ToLower(strings.TrimSpace(ct))
}

// charsetOf returns the lower-cased charset parameter of a Content-Type
// value, "" if there is none. It is lenient: servers send "charset = x",
// quoted values and stray separators.
func charsetOf(ct string) string {
	for {
		i := strings.IndexByte(ct, ';')
		if i < 0 {
			return ""
		}
		ct = ct[i+1:]
		param := ct
		if j := strings.IndexByte(param, ';'); j >= 0 {
			param = param[:j]
		}
		name, value, ok := strings.Cut(param, "=")
		if ok && strings.EqualFold(strings.TrimSpace(name), "charset") {
			value = strings.Trim(strings.TrimSpace(value), `"'`)
			return strings.ToLower(strings.TrimSpace(value))
		}
	}
}

func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml" || strings.HasSuffix(mt, "/xhtml+xml")
}

// isGenericType reports whether a media type says nothing about the
// content, so that the content must be looked at.
func isGenericType(mt string) bool {
	switch mt {
	case "", "application/octet-stream", "binary/octet-stream", "application/unknown",
		"unknown/unknown", "application/x-unknown-content-type", "*/*", "content/unknown":
		return true
	}
	return false
}
