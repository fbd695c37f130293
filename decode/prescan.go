package decode

import (
	"bytes"

	"golang.org/x/text/encoding"
)

// prescanLimit bounds how far the prescan reads. The HTML spec stops at 1024
// bytes, which misses declarations placed after large inline scripts and
// styles; the prescan also stops at the first <body> or </head>, after which
// a declaration would be in the wrong place anyway.
const prescanLimit = 64 << 10

// prescanner finds character encoding declarations in meta elements with the
// HTML spec's "prescan a byte stream to determine its encoding" algorithm,
// one declaration per call to next, so that a declaration the bytes
// contradict can be passed over for a later one.
type prescanner struct {
	data []byte
	pos  int
	done bool
	lang string // lang attribute of the <html> start tag, lower-cased
}

func newPrescanner(data []byte) *prescanner {
	if len(data) > prescanLimit {
		data = data[:prescanLimit]
	}
	return &prescanner{data: data}
}

// next returns the next meta declaration naming an encoding the WHATWG
// Encoding Standard knows. Following the spec, a declared UTF-16 means
// UTF-8 and x-user-defined means windows-1252.
func (p *prescanner) next() (enc encoding.Encoding, name string, ok bool) {
	d := p.data
	for !p.done && p.pos < len(d) {
		if d[p.pos] != '<' {
			// Everything the algorithm acts on starts with '<'.
			j := bytes.IndexByte(d[p.pos:], '<')
			if j < 0 {
				break
			}
			p.pos += j
		}
		rest := d[p.pos:]
		switch {
		case hasPrefixFold(rest, "<!--"):
			// The "-->" may share its dashes with the "<!--".
			end := indexFold(rest[2:], "-->")
			if end < 0 {
				p.done = true
				return
			}
			p.pos += 2 + end + 3
		case hasPrefixFold(rest, "<meta") && len(rest) > 5 && (isSpace(rest[5]) || rest[5] == '/'):
			p.pos += 5
			if enc, name, ok = p.meta(); ok {
				return enc, name, true
			}
		case len(rest) > 2 && rest[0] == '<' && (isLetter(rest[1]) || rest[1] == '/' && isLetter(rest[2])):
			p.tag()
		case len(rest) > 1 && rest[0] == '<' && (rest[1] == '!' || rest[1] == '/' || rest[1] == '?'):
			end := indexByteFrom(rest, '>', 2)
			if end < 0 {
				p.done = true
				return
			}
			p.pos += end + 1
		default:
			p.pos++
		}
	}
	p.done = true
	return nil, "", false
}

// meta reads the attributes of a meta element, p.pos being just after "<meta".
func (p *prescanner) meta() (enc encoding.Encoding, name string, ok bool) {
	var seen [8][]byte
	nseen := 0
	gotPragma := false
	needPragma := 0 // 0: unset, 1: true, 2: false
	charset := ""
	for {
		attr, val, more := p.attribute()
		if !more {
			break
		}
		dup := false
		for _, s := range seen[:nseen] {
			if bytes.EqualFold(s, attr) {
				dup = true
			}
		}
		if dup {
			continue
		}
		if nseen < len(seen) {
			seen[nseen] = attr
			nseen++
		}
		switch {
		case equalFold(attr, "http-equiv"):
			if equalFold(val, "content-type") {
				gotPragma = true
			}
		case equalFold(attr, "content"):
			if charset != "" || indexFold(val, "charset") < 0 {
				break
			}
			if cs := charsetParam(string(val)); cs != "" {
				charset = cs
				needPragma = 1
			}
		case equalFold(attr, "charset"):
			charset = string(val)
			needPragma = 2
		}
	}
	if needPragma == 0 || needPragma == 1 && !gotPragma {
		return nil, "", false
	}
	enc, name, ok = lookup(charset)
	if !ok {
		return nil, "", false
	}
	switch name {
	case "utf-16le", "utf-16be":
		return byName("utf-8"), "utf-8", true
	case "x-user-defined":
		return byName("windows-1252"), "windows-1252", true
	}
	return enc, name, true
}

// tag skips a start or end tag other than meta, p.pos being at its '<'. It
// ends the prescan at <body> or </head>, and notes the lang of <html>.
func (p *prescanner) tag() {
	d := p.data
	start := p.pos + 1
	end := start
	for end < len(d) && !isSpace(d[end]) && d[end] != '>' {
		end++
	}
	tagName := d[start:end]
	p.pos = end
	if hasPrefixFold(tagName, "body") && len(tagName) == 4 || hasPrefixFold(tagName, "/head") && len(tagName) == 5 {
		p.done = true
		return
	}
	html := hasPrefixFold(tagName, "html") && len(tagName) == 4
	for {
		attr, val, more := p.attribute()
		if !more {
			return
		}
		if html && equalFold(attr, "lang") && p.lang == "" {
			p.lang = lowerString(val)
		}
	}
}

// attribute implements the spec's "get an attribute" algorithm. The name
// and value are slices of the data, in their original case (the spec
// lower-cases them; callers compare with equalFold instead, which saves an
// allocation per attribute of every tag in the head). It reports more=false
// when there are no attributes left (p.pos then being at the '>' or the end
// of the data).
func (p *prescanner) attribute() (name, value []byte, more bool) {
	d := p.data
	i := p.pos
	for i < len(d) && (isSpace(d[i]) || d[i] == '/') {
		i++
	}
	if i >= len(d) || d[i] == '>' {
		p.pos = i
		if i >= len(d) {
			p.done = true
		}
		return nil, nil, false
	}
	// Attribute name: the spec appends byte after byte, so it is a run.
	start := i
	for ; ; i++ {
		if i >= len(d) {
			p.pos, p.done = i, true
			return nil, nil, false
		}
		c := d[i]
		if c == '=' && i > start {
			name = d[start:i]
			i++
			goto value
		}
		if isSpace(c) {
			break
		}
		if c == '/' || c == '>' {
			p.pos = i
			return d[start:i], nil, true
		}
	}
	name = d[start:i]
	// Spaces between the name and a possible '='.
	i = skipSpaceBytes(d, i)
	if i >= len(d) {
		p.pos, p.done = i, true
		return nil, nil, false
	}
	if d[i] != '=' {
		p.pos = i
		return name, nil, true
	}
	i++
value:
	i = skipSpaceBytes(d, i)
	if i >= len(d) {
		p.pos, p.done = i, true
		return nil, nil, false
	}
	if q := d[i]; q == '"' || q == '\'' {
		end := bytes.IndexByte(d[i+1:], q)
		if end < 0 {
			p.pos, p.done = len(d), true
			return nil, nil, false
		}
		p.pos = i + 1 + end + 1
		return name, d[i+1 : i+1+end], true
	}
	if d[i] == '>' {
		p.pos = i
		return name, nil, true
	}
	start = i
	for i < len(d) && !isSpace(d[i]) && d[i] != '>' {
		i++
	}
	if i >= len(d) {
		p.pos, p.done = i, true
		return nil, nil, false
	}
	p.pos = i
	return name, d[start:i], true
}

// equalFold reports whether b equals the lower-case ASCII string s,
// ignoring ASCII case.
func equalFold[T ~string | ~[]byte](b T, s string) bool {
	return len(b) == len(s) && hasPrefixFold(b, s)
}

func skipSpaceBytes(d []byte, i int) int {
	for i < len(d) && isSpace(d[i]) {
		i++
	}
	return i
}

func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// lowerString returns b as a string with ASCII letters lower-cased.
func lowerString(b []byte) string {
	s := make([]byte, len(b))
	for i, c := range b {
		s[i] = lower(c)
	}
	return string(s)
}

// xmlEncoding returns the encoding label of an XML declaration at the start
// of data (after optional whitespace), or "".
func xmlEncoding(data []byte) string {
	i := skipSpaceBytes(data, 0)
	if !hasPrefixFold(data[i:], "<?xml") {
		return ""
	}
	rest := data[i:]
	end := indexFold(rest[:min(len(rest), 512)], "?>")
	if end < 0 {
		return ""
	}
	decl := rest[:end]
	k := indexFold(decl, "encoding")
	if k < 0 {
		return ""
	}
	j := skipSpaceBytes(decl, k+len("encoding"))
	if j >= len(decl) || decl[j] != '=' {
		return ""
	}
	j = skipSpaceBytes(decl, j+1)
	if j >= len(decl) || decl[j] != '"' && decl[j] != '\'' {
		return ""
	}
	q := decl[j]
	for e := j + 1; e < len(decl); e++ {
		if decl[e] == q {
			return string(decl[j+1 : e])
		}
	}
	return ""
}
