package decode

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Source says where the charset of a Result came from.
type Source string

// The sources of a charset, in the order Decode consults them.
const (
	SourceBOM      Source = "bom"      // a byte order mark
	SourceHTTP     Source = "http"     // the charset parameter of the Content-Type
	SourceMeta     Source = "meta"     // a meta element or an XML declaration
	SourceDetected Source = "detected" // the bytes themselves
	SourceDefault  Source = "default"  // nothing: ASCII bytes and no declaration
)

// Result is the outcome of Decode.
type Result struct {
	// Text is the input as UTF-8, always valid, without a byte order mark.
	// When the input already was valid UTF-8 (or ASCII) it is the input
	// slice itself, not a copy (unless C1 controls had to be repaired), so
	// the input must not be modified while Text is in use.
	Text []byte
	// Charset is the WHATWG name of the encoding used, such as "utf-8",
	// "windows-1252" or "shift_jis".
	Charset string
	// Source says how Charset was chosen.
	Source Source
	// Declared is the charset a declaration named when the bytes
	// contradicted it and it was not used (for instance "utf-8" for bytes
	// that are not UTF-8); empty otherwise.
	Declared string
	// Replaced counts the byte sequences that could not be decoded and
	// became U+FFFD.
	Replaced int
}

// Decode converts data to UTF-8. contentType is the HTTP Content-Type
// header value, or "" when there is none. See the package documentation for
// how the encoding is chosen. Decode never fails: undecodable bytes become
// U+FFFD.
func Decode(data []byte, contentType string) Result {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return decodeUTF8(data[3:], "", SourceBOM)
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return decodeWith(data[2:], "utf-16be", SourceBOM)
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return decodeWith(data[2:], "utf-16le", SourceBOM)
	}

	d := decider{data: data}
	r := d.choose(contentType)
	if r.Declared == "" && d.declared != r.Charset {
		r.Declared = d.declared
	}
	return r
}

// decider holds what Decode learns about the bytes, each fact computed at
// most once.
type decider struct {
	data     []byte
	declared string // the first declaration passed over

	validDone, validUTF8 bool
	highDone, highByte   bool
	countDone            bool
	valid, invalid       int // multi-byte sequences, as from utf8Counts
}

// choose walks the declarations in order of precedence, then detects.
func (d *decider) choose(contentType string) Result {
	p := newPrescanner(d.data)
	var meta []string // declarations found by the prescan so far
	nextMeta := func(n int) (string, bool) {
		for len(meta) <= n {
			_, name, ok := p.next()
			if !ok {
				return "", false
			}
			meta = append(meta, name)
		}
		return meta[n], true
	}
	if _, name, ok := lookup(charsetParam(contentType)); ok {
		if r, ok := d.serverDefault(name, nextMeta); ok {
			return r
		}
		if r, ok := d.try(name, SourceHTTP); ok {
			return r
		}
		d.passOver(name)
	}
	for n := 0; n < 4; n++ {
		name, ok := nextMeta(n)
		if !ok {
			break
		}
		if r, ok := d.try(name, SourceMeta); ok {
			return r
		}
		d.passOver(name)
	}
	if _, name, ok := lookup(xmlEncoding(d.data)); ok {
		if r, ok := d.try(name, SourceMeta); ok {
			return r
		}
		d.passOver(name)
	}
	return d.detect(p.lang)
}

// serverDefault handles an HTTP charset that is windows-1252 (or one of its
// labels, iso-8859-1 and us-ascii) over a page whose own meta declaration
// names a CJK multi-byte encoding that the bytes follow cleanly. That header
// is typically the web server's default (Apache's AddDefaultCharset), not a
// statement about the page; CJK text that decodes without errors in its
// declared encoding is not windows-1252 text. Browsers obey the header and
// show mojibake; Decode believes the page.
func (d *decider) serverDefault(http string, nextMeta func(int) (string, bool)) (Result, bool) {
	if http != "windows-1252" || d.isValidUTF8() {
		return Result{}, false
	}
	name, ok := nextMeta(0)
	if !ok {
		return Result{}, false
	}
	switch name {
	case "shift_jis", "euc-jp", "iso-2022-jp", "gbk", "gb18030", "big5", "euc-kr":
	default:
		return Result{}, false
	}
	r := decodeWith(d.data, name, SourceMeta)
	high := 0
	for _, c := range d.data {
		if c >= 0x80 {
			high++
		}
	}
	if r.Replaced*100 > high {
		return Result{}, false
	}
	r.Declared = http
	return r, true
}

func (d *decider) passOver(name string) {
	if d.declared == "" && name != "replacement" {
		d.declared = name
	}
}

func (d *decider) isValidUTF8() bool {
	if !d.validDone {
		d.validDone = true
		d.validUTF8 = utf8.Valid(d.data)
	}
	return d.validUTF8
}

func (d *decider) hasHigh() bool {
	if !d.highDone {
		d.highDone = true
		d.highByte = !d.isValidUTF8() || hasHighByte(d.data)
	}
	return d.highByte
}

// plausibleUTF8 reports whether the bytes are UTF-8, perhaps with a few
// damaged sequences.
func (d *decider) plausibleUTF8() bool {
	if d.isValidUTF8() {
		return true
	}
	if !d.countDone {
		d.countDone = true
		d.valid, d.invalid = utf8Counts(d.data)
	}
	return d.valid > 0 && plausibleUTF8(d.valid, d.invalid)
}

// utf8Result returns the bytes as UTF-8, repaired if needed.
func (d *decider) utf8Result(src Source, declared string) Result {
	if d.isValidUTF8() {
		return Result{Text: fixC1(d.data), Charset: "utf-8", Source: src, Declared: declared}
	}
	return decodeUTF8(d.data, declared, src)
}

// try decodes with a declared encoding unless the bytes contradict it.
func (d *decider) try(name string, src Source) (Result, bool) {
	switch name {
	case "replacement":
		// Labels such as iso-2022-kr decode to a single U+FFFD by the
		// spec, which is useless for extraction: treat as undeclared.
		return Result{}, false
	case "utf-16le", "utf-16be":
		// Only trust UTF-16 when the bytes show it; a page that really is
		// UTF-16 without a BOM has NULs in every other byte.
		if ok, be := looksUTF16(d.data); ok {
			if be {
				return decodeWith(d.data, "utf-16be", src), true
			}
			return decodeWith(d.data, "utf-16le", src), true
		}
		return Result{}, false
	case "utf-8":
		if d.plausibleUTF8() {
			return d.utf8Result(src, ""), true
		}
		return Result{}, false
	}
	if !d.hasHigh() && name != "iso-2022-jp" {
		// ASCII reads the same in every ASCII-compatible encoding.
		return Result{Text: d.data, Charset: name, Source: src}, true
	}
	if d.isValidUTF8() {
		// Valid UTF-8 with multi-byte sequences under a legacy label: the
		// label is stale (the page was converted, the template says
		// iso-8859-1). Legacy text does not form valid UTF-8 by chance, so
		// pass over the label: a later declaration of UTF-8 or detection
		// will take the bytes as UTF-8.
		return Result{}, false
	}
	return decodeWith(d.data, name, src), true
}

// detect chooses an encoding from the bytes alone, and the lang attribute
// of the page.
func (d *decider) detect(lang string) Result {
	if ok, be := looksUTF16(d.data); ok {
		if be {
			return decodeWith(d.data, "utf-16be", SourceDetected)
		}
		return decodeWith(d.data, "utf-16le", SourceDetected)
	}
	switch {
	case !d.hasHigh():
		if bytes.Contains(d.data, []byte("\x1b$B")) || bytes.Contains(d.data, []byte("\x1b$@")) {
			return decodeWith(d.data, "iso-2022-jp", SourceDetected)
		}
		return Result{Text: d.data, Charset: "windows-1252", Source: SourceDefault}
	case d.plausibleUTF8():
		return d.utf8Result(SourceDetected, "")
	}
	name := guess(d.data, lang)
	return decodeWith(d.data, name, SourceDetected)
}

// decodeUTF8 returns data as UTF-8, repaired if needed.
func decodeUTF8(data []byte, declared string, src Source) Result {
	r := Result{Text: data, Charset: "utf-8", Source: src, Declared: declared}
	if !utf8.Valid(data) {
		r.Text, r.Replaced = repairUTF8(data)
	}
	r.Text = fixC1(r.Text)
	return r
}

// decodeWith decodes data with the named encoding.
func decodeWith(data []byte, name string, src Source) Result {
	var enc encoding.Encoding
	switch name {
	case "utf-16le":
		enc = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case "utf-16be":
		enc = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		enc = byName(name)
	}
	r := Result{Charset: name, Source: src}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		// x/text decoders replace bad input rather than fail; should one
		// fail anyway, keep what can be read.
		out, _ = repairUTF8(data)
	}
	if !utf8.Valid(out) {
		out, _ = repairUTF8(out)
	}
	r.Text = out
	r.Replaced = bytes.Count(out, []byte("\uFFFD"))
	return r
}
