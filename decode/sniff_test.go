package decode

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestSniff(t *testing.T) {
	utf16le := func(s string) string {
		return encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), s)
	}
	utf16be := func(s string) string {
		return encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), s)
	}
	prose := "It was a bright cold day in April, and the clocks were striking thirteen.\n"
	tests := []struct {
		name string
		data string
		want Kind
	}{
		{"doctype", "<!DOCTYPE html><html><body>x</body></html>", HTML},
		{"lower-case doctype after space", "\n\n  <!doctype html>\n<title>x</title>", HTML},
		{"html tag", "<html lang=en><p>hi", HTML},
		{"head", "<HEAD><TITLE>Old page</TITLE></HEAD>", HTML},
		{"comment first", "<!-- generated --><div>x</div>", HTML},
		{"fragment div", "<div class=post>text</div>", HTML},
		{"fragment p", "<p>Hello</p>", HTML},
		{"fragment table", "<table><tr><td>1</td></tr></table>", HTML},
		{"utf-8 BOM", "\xEF\xBB\xBF<!DOCTYPE html><html>", HTML},
		{"xhtml", `<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html xmlns="http://www.w3.org/1999/xhtml">`, HTML},
		{"junk before html", "Warning: something failed in /var/www/x.php on line 3\n<!DOCTYPE html><html><body>", HTML},
		{"dense markup after text", "Hello <b>there</b>, see <a href=/x>this</a> and <i>that</i>.", HTML},
		{"utf-16le html without BOM", utf16le("<!DOCTYPE html><html><body>Grüße</body></html>"), HTML},
		{"utf-16be html with BOM", "\xFE\xFF" + utf16be("<html><body>x</body></html>"), HTML},
		{"utf-16le text with BOM", "\xFF\xFE" + utf16le(prose), Text},
		{"style first, then only CSS", "<style>\n" + strings.Repeat("  .box { opacity: 1; transition: opacity 0.4s; }\n", 80) + "</style>", HTML},
		{"unknown wrapper tag, then markup", `<text id="http://example.com/" encoding="utf8">` + "\n\n<div id=content>\n<h1>Title</h1><p>x</p></div>", HTML},
		{"text starting with a stray tag", `<img height="1" width="1" src="http://example.com/p?c=1">` + "\n" + strings.Repeat("Politics\nWhite House\nCongress\n", 10), Text},
		{"plain text", prose + prose, Text},
		{"text mentioning a tag", "Use the <p> element for paragraphs; it is the most common one in prose and documents.\n" + prose + prose, Text},
		{"e-mail address in angle brackets", "From: Jane <jane@example.com>\n\n" + prose, Text},
		{"latin-1 text", "Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade.\n", Text},
		{"shift_jis text", "\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x95\xb6\x8f\xcd\x82\xc5\x82\xb7\x81\x42\n", Text},
		{"text with form feed", "Page one\f\nPage two\n", Text},
		{"xml feed", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`, Text},
		{"empty", "", Text},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Binary},
		{"jpeg", "\xFF\xD8\xFF\xE0\x00\x10JFIF", Binary},
		{"gif", "GIF89a\x10\x00\x10\x00", Binary},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", Binary},
		{"zip", "PK\x03\x04\x14\x00\x00\x00", Binary},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", Binary},
		{"elf", "\x7fELF\x02\x01\x01", Binary},
		{"webp", "RIFF\x24\x00\x00\x00WEBPVP8 ", Binary},
		{"mp4", "\x00\x00\x00\x18ftypmp42", Binary},
		{"pe", "MZ\x90\x00\x03\x00\x00\x00", Binary},
		{"text starting MZ", "MZ Motors opened a new store.\n", Text},
		{"text starting BM", "BMW and Audi sold more cars.\n", Text},
		{"text starting RIFF", "RIFFS are short melodies.\n", Text},
		{"NUL bytes", "abc\x00def\x00ghi", Binary},
		{"control bytes", strings.Repeat("a\x01\x02\x03\x04", 20), Binary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff([]byte(tt.data)); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.data, got, tt.want)
			}
		})
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{HTML: "html", Text: "text", Binary: "binary"} {
		if got := k.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", k, got, want)
		}
	}
}
