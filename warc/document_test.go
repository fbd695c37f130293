package warc

import "testing"

// mkRecord builds a record as the Reader would return it.
func mkRecord(typ, contentType, block string, extra ...Field) *Record {
	rec := &Record{Header: append(Header{{"WARC-Type", typ}, {"WARC-Target-URI", "http://x.example/"}, {"Content-Type", contentType}}, extra...), Block: []byte(block)}
	rec.setFields()
	return rec
}

const httpType = "application/http; msgtype=response"

func TestDocument(t *testing.T) {
	tests := []struct {
		name    string
		rec     *Record
		kind    Kind
		skip    SkipReason
		body    string
		ctype   string
		charset string
		status  int
	}{
		{"HTML response", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>hi</html>"),
			HTMLDocument, "", "<html>hi</html>", "text/html", "", 200},
		{"charset from the HTTP header", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; Charset=\"Windows-1252\"\r\n\r\n<p>caf\xe9"),
			HTMLDocument, "", "<p>caf\xe9", "Text/HTML; Charset=\"Windows-1252\"", "windows-1252", 200},
		{"XHTML", mkRecord("response", httpType, "HTTP/1.1 203 OK\r\nContent-Type: application/xhtml+xml; charset=utf-8\r\n\r\n<html/>"),
			HTMLDocument, "", "<html/>", "application/xhtml+xml; charset=utf-8", "utf-8", 203},
		{"no type, sniffed HTML", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\n\r\n\xef\xbb\xbf  <!DOCTYPE html><html>x</html>"),
			HTMLDocument, "", "\xef\xbb\xbf  <!DOCTYPE html><html>x</html>", "text/html", "", 200},
		{"octet-stream, sniffed HTML", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n<div class=x>y</div>"),
			HTMLDocument, "", "<div class=x>y</div>", "text/html", "", 200},
		{"octet-stream, identified as HTML", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\nplain words",
			Field{"WARC-Identified-Payload-Type", "text/html"}),
			HTMLDocument, "", "plain words", "text/html", "", 200},
		{"text/plain, identified as HTML", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=ISO-8859-2\r\n\r\n<p>x",
			Field{"WARC-Identified-Payload-Type", "text/html"}),
			HTMLDocument, "", "<p>x", "text/html; charset=iso-8859-2", "iso-8859-2", 200},
		{"text/plain, not identified", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n<p>x"),
			NotDocument, SkipContentType, "", "text/plain", "", 200},
		{"JSON identified as HTML", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}",
			Field{"WARC-Identified-Payload-Type", "text/html"}),
			NotDocument, SkipContentType, "", "application/json", "", 200},
		{"no type, identified as PDF", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\n\r\n<html>",
			Field{"WARC-Identified-Payload-Type", "application/pdf"}),
			NotDocument, SkipContentType, "", "", "", 200},
		{"no type, not HTML", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\n\r\n%PDF-1.4"),
			NotDocument, SkipContentType, "", "", "", 200},
		{"image", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n"),
			NotDocument, SkipContentType, "", "image/png", "", 200},
		{"not found", mkRecord("response", httpType, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>"),
			NotDocument, SkipStatus, "", "", "", 404},
		{"redirect", mkRecord("response", httpType, "HTTP/1.1 302 Found\r\nLocation: /\r\n\r\n"),
			NotDocument, SkipStatus, "", "", "", 302},
		{"empty payload", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"),
			NotDocument, SkipEmpty, "", "text/html", "", 200},
		{"brotli payload", mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x1b\x00"),
			NotDocument, SkipEncoding, "", "text/html", "", 200},
		{"dns response", mkRecord("response", "text/dns", "20240301102030\nexample.com. 300 IN A 1.2.3.4\n"),
			NotDocument, SkipNotHTTP, "", "", "", 0},
		{"HTML resource", mkRecord("resource", "text/html; charset=iso-8859-1", "<html>r</html>"),
			HTMLDocument, "", "<html>r</html>", "text/html; charset=iso-8859-1", "iso-8859-1", 0},
		{"resource of no type, sniffed HTML", mkRecord("resource", "", "<!doctype html><p>r"),
			HTMLDocument, "", "<!doctype html><p>r", "text/html", "", 0},
		{"image resource", mkRecord("resource", "image/jpeg", "\xff\xd8\xff"),
			NotDocument, SkipContentType, "", "image/jpeg", "", 0},
		{"WET conversion", mkRecord("conversion", "text/plain", "Title\nSome text.\n"),
			TextDocument, "", "Title\nSome text.\n", "text/plain", "", 0},
		{"empty conversion", mkRecord("conversion", "text/plain", ""),
			NotDocument, SkipEmpty, "", "text/plain", "", 0},
		{"request", mkRecord("request", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"),
			NotDocument, SkipRecordType, "", "", "", 0},
		{"metadata", mkRecord("metadata", "application/warc-fields", "fetchTimeMs: 12\r\n"),
			NotDocument, SkipRecordType, "", "", "", 0},
		{"warcinfo", mkRecord("warcinfo", "application/warc-fields", "software: x\r\n"),
			NotDocument, SkipRecordType, "", "", "", 0},
		{"revisit", mkRecord("revisit", httpType, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"),
			NotDocument, SkipRevisit, "", "", "", 0},
	}
	truncated := mkRecord("response", httpType, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>cut", Field{"WARC-Truncated", "length"})
	if d := truncated.Document(); d.Kind != HTMLDocument || d.Truncated != "length" {
		t.Errorf("truncated record: %v truncated %q", d.Kind, d.Truncated)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.rec.Document()
			if d.Kind != tt.kind || d.Skip != tt.skip || string(d.Body) != tt.body || d.Charset != tt.charset || d.Status != tt.status {
				t.Errorf("got %v %q body %q charset %q status %d (%s)\nwant %v %q body %q charset %q status %d",
					d.Kind, d.Skip, d.Body, d.Charset, d.Status, d.Detail, tt.kind, tt.skip, tt.body, tt.charset, tt.status)
			}
			if d.ContentType != tt.ctype {
				t.Errorf("content type %q, want %q", d.ContentType, tt.ctype)
			}
			if d.URL != "http://x.example/" {
				t.Errorf("URL %q", d.URL)
			}
			if (d.Kind == NotDocument) != (d.Detail != "") {
				t.Errorf("detail %q for kind %v", d.Detail, d.Kind)
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	yes := []string{"<html>", "  \n<!doctype html>", "<HTML lang=en>", "<!-- c -->", "<p>x", "<?xml version=\"1.0\"?>\n<html xmlns=\"x\">", "<head>", "<a href=x>"}
	no := []string{"", "plain text", "<?xml version=\"1.0\"?><rss>", "{\"json\":1}", "<pre", "%PDF", "<applet>", "<bx>"}
	for _, s := range yes {
		if !looksLikeHTML([]byte(s)) {
			t.Errorf("%q not taken for HTML", s)
		}
	}
	for _, s := range no {
		if looksLikeHTML([]byte(s)) {
			t.Errorf("%q taken for HTML", s)
		}
	}
}

func TestCharsetOf(t *testing.T) {
	for ct, want := range map[string]string{
		"text/html":                         "",
		"text/html; charset=UTF-8":          "utf-8",
		"text/html;charset = 'latin1' ":     "latin1",
		"text/html; foo=bar; charset=\"x\"": "x",
		"text/html; charset=":               "",
		"text/html;;":                       "",
	} {
		if got := charsetOf(ct); got != want {
			t.Errorf("charsetOf(%q) = %q, want %q", ct, got, want)
		}
	}
	if got := mediaType(" Text/HTML ; charset=x"); got != "text/html" {
		t.Errorf("mediaType: %q", got)
	}
}
