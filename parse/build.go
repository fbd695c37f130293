package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// builder reads a page's markup and builds its tree in one pass, without a
// separate tokenizer: it scans the bytes for '<' and handles each tag as it
// meets it. It follows the HTML standard's tree construction where that
// shapes what an extractor reads (implied <head> and <body>, paragraphs
// and list items closed by what cannot sit inside them, table rows and
// cells given their section, raw-text elements, foreign content) and takes
// a simpler road where the standard repairs misnested inline markup: an
// end tag closes up to its match, or is ignored when a block stands in the
// way. The text is the same either way; only rare broken nesting differs.
//
// Nodes and attributes come from slabs, and text and attribute values are
// slices of one string copy of the page unless they hold character
// references, so a page costs a few allocations per hundred nodes instead
// of a few per node.
type builder struct {
	src []byte // the page, for atom lookups without a conversion
	s   string // the page again, which text and values are sliced from
	pos int

	doc, html, head, body *html.Node
	open                  openStack // open elements; the first is <html>
	skipped               []string  // elements not pushed for depth, innermost last

	merging  *html.Node // a text node adjacent text is being added to
	mergeBuf []byte     // its text so far

	nodes []html.Node      // slab of nodes, handed out in order
	attrs []html.Attribute // slab of attributes
	lower []byte           // scratch for lower-casing a name

	form         *html.Node // the open <form>; forms do not nest
	maxDepth     int
	flattened    bool
	stripNewline bool // the next text loses a leading newline (<pre>, <textarea>)
}

// build parses src, which must be UTF-8, into a document.
func build(src []byte, maxDepth int) (doc *html.Node, flattened bool) {
	b := &builder{src: src, s: string(src), maxDepth: maxDepth}
	b.doc = b.node(html.DocumentNode, 0, "")
	b.run()
	b.ensureBody()
	b.endMerge()
	return b.doc, b.flattened
}

// run consumes the page: text up to each '<', then the markup it opens.
func (b *builder) run() {
	s := b.s
	for b.pos < len(s) {
		i := strings.IndexByte(s[b.pos:], '<')
		if i < 0 {
			b.text(s[b.pos:])
			return
		}
		if i > 0 {
			b.text(s[b.pos : b.pos+i])
		}
		b.pos += i
		b.markup()
	}
}

// markup handles what starts at the '<' at b.pos.
func (b *builder) markup() {
	s, p := b.s, b.pos
	if p+1 >= len(s) {
		b.text(s[p:])
		b.pos = len(s)
		return
	}
	switch c := s[p+1]; {
	case isLetter(c):
		b.startTag()
	case c == '/':
		switch {
		case p+2 < len(s) && isLetter(s[p+2]):
			b.endTag()
		case p+2 < len(s) && s[p+2] == '>':
			b.pos = p + 3 // "</>" is nothing
		case p+2 >= len(s):
			b.text(s[p:])
			b.pos = len(s)
		default:
			b.bogusComment(p + 2)
		}
	case c == '!':
		switch {
		case strings.HasPrefix(s[p:], "<!--"):
			b.comment()
		case len(s)-p >= 9 && strings.EqualFold(s[p+2:p+9], "doctype"):
			b.doctype()
		case strings.HasPrefix(s[p:], "<![CDATA[") && b.foreign():
			end := strings.Index(s[p+9:], "]]>")
			if end < 0 {
				b.text(s[p+9:])
				b.pos = len(s)
				return
			}
			b.text(s[p+9 : p+9+end])
			b.pos = p + 9 + end + 3
		default:
			b.bogusComment(p + 2)
		}
	case c == '?':
		b.bogusComment(p + 1)
	default:
		b.text("<")
		b.pos = p + 1
	}
}

// comment reads <!-- ... -->.
func (b *builder) comment() {
	s, start := b.s, b.pos+4
	// "<!-->" and "<!--->" are empty comments.
	if strings.HasPrefix(s[start:], ">") {
		b.addComment("")
		b.pos = start + 1
		return
	}
	if strings.HasPrefix(s[start:], "->") {
		b.addComment("")
		b.pos = start + 2
		return
	}
	for i := start; ; {
		k := strings.Index(s[i:], "--")
		if k < 0 {
			break
		}
		end := i + k
		if rest := s[end+2:]; strings.HasPrefix(rest, ">") {
			b.addComment(s[start:end])
			b.pos = end + 3
			return
		} else if strings.HasPrefix(rest, "!>") {
			b.addComment(s[start:end])
			b.pos = end + 4
			return
		}
		i = end + 1
	}
	b.addComment(s[start:])
	b.pos = len(s)
}

// bogusComment reads markup that is not a tag, from from to the next '>',
// as a comment, as browsers do with <?xml ...> and <!ELEMENT ...>.
func (b *builder) bogusComment(from int) {
	s := b.s
	end := strings.IndexByte(s[from:], '>')
	if end < 0 {
		b.addComment(s[from:])
		b.pos = len(s)
		return
	}
	b.addComment(s[from : from+end])
	b.pos = from + end + 1
}

// doctype reads <!DOCTYPE name ...>; only the name is kept.
func (b *builder) doctype() {
	s := b.s
	end := strings.IndexByte(s[b.pos:], '>')
	var body string
	if end < 0 {
		body, b.pos = s[b.pos+9:], len(s)
	} else {
		body, b.pos = s[b.pos+9:b.pos+end], b.pos+end+1
	}
	if b.html != nil {
		return // a late doctype is ignored
	}
	name := strings.ToLower(firstField(body))
	appendChild(b.doc, b.node(html.DoctypeNode, 0, name))
}

func firstField(s string) string {
	s = strings.TrimLeft(s, " \t\n\f\r")
	if i := strings.IndexAny(s, " \t\n\f\r"); i >= 0 {
		return s[:i]
	}
	return s
}

// startTag reads a start tag and its attributes and builds its element.
// A tag cut off by the end of the page is dropped, as browsers drop it.
func (b *builder) startTag() {
	s := b.s
	j := b.nameEnd(b.pos + 1)
	a, name := b.name(b.pos+1, j)
	first := len(b.attrs)
	selfClosing := false
	for {
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j >= len(s) {
			b.attrs = b.attrs[:first]
			b.pos = len(s)
			return
		}
		if s[j] == '>' {
			j++
			break
		}
		if s[j] == '/' {
			j++
			if j < len(s) && s[j] == '>' {
				selfClosing = true
				j++
				break
			}
			continue
		}
		k := j
		j++ // a name may begin with '=', as the standard says
		for j < len(s) && !isSpace(s[j]) && s[j] != '/' && s[j] != '>' && s[j] != '=' {
			j++
		}
		keyEnd := j
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		val := ""
		if j < len(s) && s[j] == '=' {
			j++
			for j < len(s) && isSpace(s[j]) {
				j++
			}
			if j < len(s) && (s[j] == '"' || s[j] == '\'') {
				e := strings.IndexByte(s[j+1:], s[j])
				if e < 0 {
					b.attrs = b.attrs[:first]
					b.pos = len(s)
					return
				}
				val = s[j+1 : j+1+e]
				j += e + 2
			} else {
				v := j
				for j < len(s) && !isSpace(s[j]) && s[j] != '>' {
					j++
				}
				val = s[v:j]
			}
		} else {
			j = keyEnd
		}
		b.addAttr(first, k, keyEnd, val)
	}
	b.pos = j
	attrs := b.attrs[first:len(b.attrs):len(b.attrs)]
	if len(attrs) == 0 {
		attrs = nil
	}
	b.start(a, name, attrs, selfClosing)
}

// nameEnd returns where the tag name that starts at p ends: at a space,
// '/', '>' or the end of the page.
func (b *builder) nameEnd(p int) int {
	s := b.s
	for p < len(s) && !isSpace(s[p]) && s[p] != '/' && s[p] != '>' {
		p++
	}
	return p
}

// name returns the atom and lower-case name of the tag or attribute name
// s[p:j]. Known names come from the atom table, so they cost nothing.
func (b *builder) name(p, j int) (atom.Atom, string) {
	raw := b.src[p:j]
	upper := false
	for _, c := range raw {
		if 'A' <= c && c <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		if a := atom.Lookup(raw); a != 0 {
			return a, a.String()
		}
		return 0, b.s[p:j]
	}
	b.lower = append(b.lower[:0], raw...)
	for i, c := range b.lower {
		if 'A' <= c && c <= 'Z' {
			b.lower[i] = c + 'a' - 'A'
		}
	}
	if a := atom.Lookup(b.lower); a != 0 {
		return a, a.String()
	}
	return 0, string(b.lower)
}

// addAttr adds the attribute named s[k:keyEnd] unless the tag, whose
// attributes begin at first, has one of that name already (the first
// wins, as in browsers).
func (b *builder) addAttr(first, k, keyEnd int, val string) {
	_, key := b.name(k, keyEnd)
	for _, have := range b.attrs[first:] {
		if have.Key == key {
			return
		}
	}
	b.attrs = append(b.attrs, html.Attribute{Key: key, Val: cleanText(val)})
}

// endTag reads an end tag; its attributes, if any, are ignored.
func (b *builder) endTag() {
	s := b.s
	j := b.nameEnd(b.pos + 2)
	a, name := b.name(b.pos+2, j)
	end := strings.IndexByte(s[j:], '>')
	if end < 0 {
		b.pos = len(s)
		return
	}
	b.pos = j + end + 1
	b.end(a, name)
}

// rawText reads the text of a raw-text element up to its end tag (the
// name, any case, then a space, '/' or '>'). Without one, the text runs
// to the end of the page, as in a browser; Parse repairs that afterwards.
func (b *builder) rawText(n *html.Node, escapable bool) {
	s, name := b.s, n.Data
	from := b.pos
	if n.DataAtom == atom.Script {
		if e := scriptEnd(s, from); e >= 0 {
			b.rawChild(n, s[from:e], false)
			b.pos = endOfTag(s, e+len("</script"))
			return
		}
	}
	for i := from; ; {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			break
		}
		i += k
		e := i + 2 + len(name)
		if e <= len(s) && s[i+1] == '/' && strings.EqualFold(s[i+2:e], name) &&
			(e == len(s) || isSpace(s[e]) || s[e] == '/' || s[e] == '>') {
			b.rawChild(n, s[from:i], escapable)
			b.pos = endOfTag(s, e)
			return
		}
		i++
	}
	// No end tag: a browser would take the rest of the page as this
	// element's text, and the page would seem to have no body. When that
	// rest holds the page's end, the author forgot the end tag: close the
	// element where its text first looks like markup.
	rest := s[from:]
	if len(rest) > 64 && looksLikeRestOfPage(rest) {
		for i := 0; i+1 < len(rest); i++ {
			if rest[i] == '<' && (isLetter(rest[i+1]) || rest[i+1] == '/' || rest[i+1] == '!') {
				b.rawChild(n, rest[:i], escapable)
				b.pos = from + i
				return
			}
		}
	}
	b.rawChild(n, rest, escapable)
	b.pos = len(s)
}

func (b *builder) rawChild(n *html.Node, text string, escapable bool) {
	if escapable {
		if n.DataAtom == atom.Textarea {
			text = strings.TrimPrefix(text, "\n")
		}
		text = cleanText(text)
	} else if strings.IndexByte(text, '\r') >= 0 {
		text = crlf(text)
	}
	if text != "" {
		appendChild(n, b.node(html.TextNode, 0, text))
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// endOfTag returns the position after the '>' that ends the tag whose
// name ends at i, or the end of s.
func endOfTag(s string, i int) int {
	if gt := strings.IndexByte(s[i:], '>'); gt >= 0 {
		return i + gt + 1
	}
	return len(s)
}

// scriptEnd returns where the </script> that ends a script beginning at
// from starts, or -1. It follows the standard's escaped states: inside
// "<!--", a "<script" begins a nested script (as in a document.write of
// one) whose "</script>" does not end the outer script; "-->" ends both.
func scriptEnd(s string, from int) int {
	escaped, double := false, false
	for i := from; i < len(s); i++ {
		// Outside "<!--" only a '<' matters, which IndexByte finds fast.
		var k int
		if escaped {
			k = strings.IndexAny(s[i:], "<-")
		} else {
			k = strings.IndexByte(s[i:], '<')
		}
		if k < 0 {
			return -1
		}
		i += k
		switch s[i] {
		case '<':
			switch {
			case tagAt(s, i+1, "/script"):
				if !double {
					return i
				}
				double = false
			case !escaped && strings.HasPrefix(s[i+1:], "!--"):
				escaped = true
				i += 3
			case escaped && !double && tagAt(s, i+1, "script"):
				double = true
			}
		case '-':
			if escaped && strings.HasPrefix(s[i:], "-->") {
				escaped, double = false, false
				i += 2
			}
		}
	}
	return -1
}

// tagAt reports whether s holds name (lower case) at i, in any case, ended
// by a space, '/' or '>'.
func tagAt(s string, i int, name string) bool {
	e := i + len(name)
	return e <= len(s) && strings.EqualFold(s[i:e], name) &&
		(e == len(s) || isSpace(s[e]) || s[e] == '/' || s[e] == '>')
}
