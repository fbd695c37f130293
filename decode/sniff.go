package decode

import "bytes"

// Kind is what a byte stream holds, as far as extraction cares.
type Kind int

// The kinds Sniff tells apart.
const (
	Text   Kind = iota // plain text, in any encoding
	HTML               // HTML or XHTML markup (or other tag soup)
	Binary             // images, archives, executables, PDFs, ...
)

// String returns the kind's name in lower case.
func (k Kind) String() string {
	switch k {
	case HTML:
		return "html"
	case Binary:
		return "binary"
	}
	return "text"
}

// sniffLen bounds how much of the data Sniff reads.
const sniffLen = 4096

// Sniff tells whether data is HTML, plain text or binary. It reads at most
// the first 4 KiB. The rules, in order:
//
//   - Data that starts with the signature of a known binary format (PNG,
//     JPEG, GIF, WebP, BMP, ICO, TIFF, PDF, ZIP and its Office/EPUB/JAR
//     kin, gzip, bzip2, xz, zstd, 7z, RAR, ELF, Mach-O, PE, Java class,
//     WebAssembly, WOFF fonts, SQLite, MP3, MP4/MOV, Ogg, FLAC, RIFF) is
//     Binary.
//   - UTF-16 text (with a BOM, or NULs in every other byte) is decoded and
//     judged as text; UTF-16 is never Binary on account of its NULs.
//   - Any other NUL byte, or control bytes (other than tab, newline,
//     carriage return, form feed and escape) in more than 1 of 32 bytes,
//     makes it Binary.
//   - HTML when, after any BOM and white space, it starts with <!doctype
//     html, <!--, or the tag of a document or head element (html, head,
//     body, script, style, title, meta, link, base, noscript, iframe); or
//     with <?xml and an html element or doctype follows in the first
//     1 KiB; or with any other start tag followed by at least one more tag
//     of a known HTML element (or in less than 256 bytes: a fragment such
//     as "<p>Hello"); or when <html or <!doctype html appears in the first
//     1 KiB; or when markup is dense: at least two tags of known HTML
//     elements, and tags making up a quarter of the bytes.
//   - Text otherwise.
func Sniff(data []byte) Kind {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	if isBinarySignature(data) {
		return Binary
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		data = decodeWith(evenLen(data[2:]), "utf-16be", SourceBOM).Text
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		data = decodeWith(evenLen(data[2:]), "utf-16le", SourceBOM).Text
	default:
		if ok, be := looksUTF16(data); ok {
			enc := "utf-16le"
			if be {
				enc = "utf-16be"
			}
			data = decodeWith(evenLen(data), enc, SourceDetected).Text
		}
	}
	if hasBinaryBytes(data) {
		return Binary
	}
	if looksHTML(data) {
		return HTML
	}
	return Text
}

// evenLen drops a trailing odd byte, the half of a code unit cut by
// sniffLen.
func evenLen(b []byte) []byte {
	return b[:len(b)&^1]
}

// hasBinaryBytes reports a NUL byte or too many control bytes.
func hasBinaryBytes(data []byte) bool {
	ctrl := 0
	for _, c := range data {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B, c == 0x7F:
			ctrl++
		}
	}
	return ctrl > 0 && ctrl*32 > len(data)
}

// signature is a magic number at an offset.
type signature struct {
	offset int
	magic  string
}

var binarySignatures = []signature{
	{0, "\x89PNG\r\n\x1a\n"},
	{0, "\xFF\xD8\xFF"},         // JPEG
	{0, "GIF87a"},               // GIF
	{0, "GIF89a"},               //
	{0, "%PDF-"},                // PDF
	{0, "PK\x03\x04"},           // ZIP, docx, xlsx, epub, jar, apk
	{0, "PK\x05\x06"},           // empty ZIP
	{0, "PK\x07\x08"},           // spanned ZIP
	{0, "\x1F\x8B"},             // gzip
	{0, "BZh"},                  // bzip2 (checked further below)
	{0, "\xFD7zXZ\x00"},         // xz
	{0, "\x28\xB5\x2F\xFD"},     // zstd
	{0, "7z\xBC\xAF\x27\x1C"},   // 7z
	{0, "Rar!\x1A\x07"},         // RAR
	{0, "\x7FELF"},              // ELF
	{0, "\xFE\xED\xFA\xCE"},     // Mach-O
	{0, "\xFE\xED\xFA\xCF"},     //
	{0, "\xCE\xFA\xED\xFE"},     //
	{0, "\xCF\xFA\xED\xFE"},     //
	{0, "\xCA\xFE\xBA\xBE"},     // Java class, Mach-O fat
	{0, "\x00asm"},              // WebAssembly
	{0, "wOFF"},                 // WOFF
	{0, "wOF2"},                 // WOFF2
	{0, "SQLite format 3\x00"},  // SQLite
	{0, "II*\x00"},              // TIFF
	{0, "MM\x00*"},              //
	{0, "\x00\x00\x01\x00"},     // ICO
	{0, "OggS"},                 // Ogg
	{0, "fLaC"},                 // FLAC
	{0, "ID3"},                  // MP3 with ID3 tag (checked further below)
	{0, "\xD0\xCF\x11\xE0"},     // MS Office (OLE2)
	{0, "8BPS"},                 // Photoshop
	{4, "ftyp"},                 // MP4, MOV, HEIC, AVIF
	{0, "\x1A\x45\xDF\xA3"},     // Matroska, WebM
	{0, "\x00\x01\x00\x00\x00"}, // TrueType
	{0, "OTTO"},                 // OpenType (checked further below)
}

// isBinarySignature reports whether data starts like a known binary format.
// Signatures made of letters ("BZh", "ID3", "OTTO", "MZ", "BM", "RIFF")
// could start a text, so those also need a non-text byte after them.
func isBinarySignature(data []byte) bool {
	for _, s := range binarySignatures {
		if len(data) >= s.offset+len(s.magic) && string(data[s.offset:s.offset+len(s.magic)]) == s.magic {
			switch s.magic {
			case "BZh", "ID3", "OTTO":
				return len(data) > 8 && hasBinaryBytes(data[:min(len(data), 64)])
			}
			return true
		}
	}
	switch {
	case bytes.HasPrefix(data, []byte("MZ")), bytes.HasPrefix(data, []byte("BM")), bytes.HasPrefix(data, []byte("RIFF")):
		return hasBinaryBytes(data[:min(len(data), 64)])
	}
	return false
}

// documentStarts are the tags a whole HTML document starts with: the
// document, its head, and elements of the head. Each must be followed by
// white space, '>' or '/'.
var documentStarts = []string{
	"<!doctype html", "<html", "<head", "<body", "<script", "<style",
	"<title", "<meta", "<link", "<base", "<noscript", "<iframe",
}

// knownTags are element names that count towards markup density.
var knownTags = []string{
	"a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button",
	"center", "code", "dd", "div", "dl", "dt", "em", "font", "footer", "form",
	"h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i",
	"iframe", "img", "input", "label", "li", "link", "main", "meta", "nav",
	"noscript", "ol", "option", "p", "pre", "script", "section", "select",
	"small", "span", "strong", "style", "sub", "sup", "table", "tbody", "td",
	"textarea", "th", "thead", "title", "tr", "u", "ul",
}

func looksHTML(data []byte) bool {
	i := 0
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	rest := data[i:]
	if hasPrefixFold(rest, "<!--") {
		return true
	}
	head := data[:min(len(data), 1024)]
	if hasPrefixFold(rest, "<?xml") {
		return indexFold(head, "<html") >= 0 || indexFold(head, "<!doctype html") >= 0
	}
	for _, p := range documentStarts {
		if hasPrefixFold(rest, p) && (len(rest) == len(p) || isTagEnd(rest[len(p)])) {
			return true
		}
	}
	if isTagStart(rest) {
		// Any other tag (a body element, or a wrapper such as <text>)
		// must be followed by more markup: texts can start with a stray
		// tag, such as the <img> of a tracking pixel. Short fragments
		// ("<p>Hello") are HTML.
		known, _ := markupCounts(data)
		return known >= 2 || len(data) < 256
	}
	if indexFold(head, "<html") >= 0 || indexFold(head, "<!doctype html") >= 0 {
		return true
	}
	return denseMarkup(data)
}

// isTagStart reports whether b starts with a start tag: '<', a letter,
// then letters, digits or '-' up to white space, '>' or '/'.
func isTagStart(b []byte) bool {
	if len(b) < 2 || b[0] != '<' || !isLetter(b[1]) {
		return false
	}
	for i := 2; i < len(b); i++ {
		c := b[i]
		if isTagEnd(c) {
			return true
		}
		if !isLetter(c) && !('0' <= c && c <= '9') && c != '-' {
			return false
		}
	}
	return true
}

func isTagEnd(c byte) bool {
	return isSpace(c) || c == '>' || c == '/'
}

// denseMarkup reports at least two tags of known HTML elements, with tags
// making up a quarter of data. Texts about HTML, which quote tags, stay
// well below that (10-15% on the benchmark's plain texts); markup is
// usually over half of a page.
func denseMarkup(data []byte) bool {
	known, tagBytes := markupCounts(data)
	return known >= 2 && tagBytes*4 >= len(data)
}

// markupCounts returns the number of tags of known HTML elements in data
// and the bytes taken by all tags.
func markupCounts(data []byte) (known, tagBytes int) {
	for i := 0; i < len(data); i++ {
		if data[i] != '<' {
			continue
		}
		j := i + 1
		if j < len(data) && data[j] == '/' {
			j++
		}
		k := j
		for k < len(data) && (isLetter(data[k]) || '0' <= data[k] && data[k] <= '9') {
			k++
		}
		if k == j || k >= len(data) || !isTagEnd(data[k]) {
			continue
		}
		end := bytes.IndexByte(data[k:], '>')
		if end < 0 {
			break // no tag can end any more
		}
		if bytes.IndexByte(data[k:k+end], '<') >= 0 {
			continue
		}
		name := data[j:k]
		for _, t := range knownTags {
			if len(name) == len(t) && hasPrefixFold(name, t) {
				known++
				break
			}
		}
		tagBytes += k + end + 1 - i
		i = k + end
	}
	return known, tagBytes
}
