// Package segment splits a pruned DOM into blocks: the runs of text that a
// browser would lay out as one paragraph, heading, list item, table cell or
// code block. Each block records the features that classification needs, and
// each element the totals of the blocks below it.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-dev/pith/internal/uniprop"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Kind is what a block is, from the element that holds its text.
type Kind uint8

// The kinds of block.
const (
	Text      Kind = iota // text directly in a div, section, td-less container...
	Paragraph             // <p>
	Heading               // <h1>..<h6>
	ListItem              // <li>, <dt>, <dd>
	Code                  // <pre>
	Quote                 // <blockquote>
	Cell                  // <td>, <th>
	Caption               // <figcaption>, <caption>
)

// Elem is an element of the page with the totals of the blocks below it.
// Elements are numbered in document order; Parent is -1 for the root.
type Elem struct {
	Node   *html.Node
	Parent int32
	Depth  int32
	Tag    atom.Atom
	// Attrs is the element's class and id, lower-cased, space-separated.
	Attrs string
	// Totals over the blocks inside the element.
	Chars     int32 // runes of text, spaces excluded
	LinkChars int32 // of which inside links
	Blocks    int32
	// FirstBlock and EndBlock delimit the element's blocks: [FirstBlock, EndBlock).
	FirstBlock, EndBlock int32
}

// Block is a run of text laid out as one unit.
type Block struct {
	Elem      int32 // the nearest block-level element holding the text
	Kind      Kind
	Level     int8 // heading level, 1-6
	Text      string
	Chars     int32 // runes, spaces excluded
	LinkChars int32 // runes inside links
	Words     int32
	Punct     int32 // sentence punctuation: , . ; : ! ? and their CJK forms
	InLink    bool  // the whole block is one link
	// First and Last are the first and last text nodes of the block, so
	// that a renderer walking the DOM knows where each block starts and ends.
	First, Last *html.Node
}

// Page is a segmented document.
type Page struct {
	Elems  []Elem
	Blocks []Block
	// Title is the text of the document's <title>, set by the caller:
	// pruning removes the head before segmentation.
	Title string
}

// blockTags are the elements that start and end a block.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true,
	atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Caption: true, atom.Legend: true, atom.Frameset: true, atom.Noscript: true,
}

// IsBlock reports whether elements with this tag start a new block.
func IsBlock(a atom.Atom) bool { return blockTags[a] }

type builder struct {
	page   Page
	buf    []byte // text of the current block
	space  bool   // the last byte written was a collapsed space
	owner  int32  // the element holding the current block
	chars  int32
	links  int32
	words  int32
	punct  int32
	inWord bool
	link   int // depth of <a href> ancestors
	pre    int // depth of <pre> ancestors
	first  *html.Node
	last   *html.Node
}

// Segment walks the document below root and returns its blocks.
func Segment(root *html.Node) *Page {
	b := &builder{owner: -1}
	// Sized once: on a page of a few hundred thousand elements, growing by
	// doubling held the old array and the new one at once, and the
	// elements' table is the largest thing segmentation builds.
	b.page.Elems = make([]Elem, 0, countElements(root))
	b.page.Blocks = make([]Block, 0, 128)
	b.walk(root, -1, 0)
	b.flush()
	b.totals()
	return &b.page
}

// countElements returns the number of element nodes below and at root,
// walking the tree by its links, without a stack.
func countElements(root *html.Node) int {
	n := 0
	for c := root; c != nil; {
		if c.Type == html.ElementNode {
			n++
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != root && c.NextSibling == nil {
			c = c.Parent
		}
		if c == root {
			break
		}
		c = c.NextSibling
	}
	return n
}

func (b *builder) walk(n *html.Node, parent int32, depth int32) {
	switch n.Type {
	case html.TextNode:
		before := b.chars
		b.text(n.Data)
		if b.chars > before || (b.first != nil && b.pre > 0) {
			if b.first == nil {
				b.first = n
			}
			b.last = n
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.walk(c, parent, depth)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	id := int32(len(b.page.Elems))
	b.page.Elems = append(b.page.Elems, Elem{
		Node: n, Parent: parent, Depth: depth, Tag: n.DataAtom, Attrs: attrs(n),
	})
	block := blockTags[n.DataAtom]
	var saved int32
	if block {
		b.flush()
		saved = b.owner
		b.owner = id
	}
	switch n.DataAtom {
	case atom.Br:
		b.newline()
	case atom.A:
		if hasAttr(n, "href") {
			b.link++
			defer func() { b.link-- }()
		}
	case atom.Pre:
		b.pre++
		defer func() { b.pre-- }()
	case atom.Img:
		// Images hold no text; their alt text is not part of the prose.
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, id, depth+1)
	}
	if block {
		b.flush()
		b.owner = saved
	}
}

func (b *builder) newline() {
	if b.pre > 0 {
		b.buf = append(b.buf, '\n')
		return
	}
	if len(b.buf) > 0 {
		if b.buf[len(b.buf)-1] == '\n' {
			// A blank line (<br><br>) is how pages without <p> part their
			// paragraphs: what follows it is a block of its own, so that a
			// byline is not judged with the article after it.
			b.flush()
			return
		}
		// Trim a collapsed space before the line break.
		if b.space {
			b.buf = b.buf[:len(b.buf)-1]
		}
		b.buf = append(b.buf, '\n')
		b.space = true
	}
	b.inWord = false
}

// text appends a text node's data to the current block, collapsing white
// space outside <pre>, and counts runes, link runes, words and punctuation.
func (b *builder) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			b.textRune(r)
			i += size
			continue
		}
		// ASCII, as textRune would take it.
		i++
		if asciiSpace[c] {
			if b.pre > 0 {
				b.buf = append(b.buf, c)
			} else if !b.space && len(b.buf) > 0 {
				b.buf = append(b.buf, ' ')
				b.space = true
			}
			b.inWord = false
			continue
		}
		b.space = false
		b.buf = append(b.buf, c)
		b.chars++
		if b.link > 0 {
			b.links++
		}
		switch {
		case c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?':
			b.punct++
			b.inWord = false
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			if !b.inWord {
				b.words++
				b.inWord = true
			}
		default:
			b.inWord = false
		}
	}
}

// asciiSpace holds the ASCII bytes unicode.IsSpace is true of.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// textRune is text for one rune.
func (b *builder) textRune(r rune) {
	if r == '\u00a0' {
		r = ' '
	}
	if uniprop.IsSpace(r) || r == '\u200b' {
		if b.pre > 0 {
			b.buf = utf8.AppendRune(b.buf, r)
		} else if !b.space && len(b.buf) > 0 {
			b.buf = append(b.buf, ' ')
			b.space = true
		}
		b.inWord = false
		return
	}
	b.space = false
	b.buf = utf8.AppendRune(b.buf, r)
	b.chars++
	if b.link > 0 {
		b.links++
	}
	if isPunct(r) {
		b.punct++
		b.inWord = false
		return
	}
	if isCJK(r) {
		// Each CJK character counts as a word: they are not space-separated.
		b.words++
		b.inWord = false
		return
	}
	if uniprop.IsLetter(r) || uniprop.IsDigit(r) {
		if !b.inWord {
			b.words++
			b.inWord = true
		}
	} else {
		b.inWord = false
	}
}

func (b *builder) flush() {
	defer b.reset()
	if b.chars == 0 || b.owner < 0 {
		return
	}
	text := string(b.buf)
	if b.pre == 0 {
		text = strings.TrimSpace(text)
	} else {
		text = strings.Trim(text, "\n")
	}
	e := &b.page.Elems[b.owner]
	blk := Block{
		Elem: b.owner, Kind: kindOf(e.Tag), Text: text,
		Chars: b.chars, LinkChars: b.links, Words: b.words, Punct: b.punct,
		InLink: b.links == b.chars,
		First:  b.first, Last: b.last,
	}
	if blk.Kind == Heading {
		blk.Level = int8(e.Tag.String()[1] - '0')
	}
	b.page.Blocks = append(b.page.Blocks, blk)
}

func (b *builder) reset() {
	b.buf = b.buf[:0]
	b.space = false
	b.chars, b.links, b.words, b.punct = 0, 0, 0, 0
	b.inWord = false
	b.first, b.last = nil, nil
}

// totals adds each block to its element and all the element's ancestors, and
// records each element's block range.
func (b *builder) totals() {
	els := b.page.Elems
	for i := range els {
		els[i].FirstBlock = -1
	}
	for i, blk := range b.page.Blocks {
		for e := blk.Elem; e >= 0; e = els[e].Parent {
			el := &els[e]
			el.Chars += blk.Chars
			el.LinkChars += blk.LinkChars
			el.Blocks++
			if el.FirstBlock < 0 {
				el.FirstBlock = int32(i)
			}
			el.EndBlock = int32(i + 1)
		}
	}
	for i := range els {
		if els[i].FirstBlock < 0 {
			els[i].FirstBlock, els[i].EndBlock = 0, 0
		}
	}
}

func kindOf(a atom.Atom) Kind {
	switch a {
	case atom.P:
		return Paragraph
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return Heading
	case atom.Li, atom.Dt, atom.Dd:
		return ListItem
	case atom.Pre:
		return Code
	case atom.Blockquote:
		return Quote
	case atom.Td, atom.Th:
		return Cell
	case atom.Figcaption, atom.Caption:
		return Caption
	}
	return Text
}

func attrs(n *html.Node) string {
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	if class == "" && id == "" {
		return ""
	}
	s := class
	if id != "" {
		if s != "" {
			s += " "
		}
		s += id
	}
	return strings.ToLower(s)
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func isPunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', '，', '。', '、', '；', '：', '！', '？', '،', '؛', '۔', '।':
		return true
	}
	return false
}

func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	if r < 0x10000 {
		return cjkBMP[r>>6]&(1<<(r&63)) != 0
	}
	return isCJKScript(r)
}

func isCJKScript(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// cjkBMP holds isCJKScript for the runes below 0x10000, one bit each, set
// from the scripts' range tables.
var cjkBMP = func() *[0x10000 / 64]uint64 {
	var t [0x10000 / 64]uint64
	for _, tab := range []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul} {
		for _, rg := range tab.R16 {
			for r := uint32(rg.Lo); r <= uint32(rg.Hi); r += uint32(rg.Stride) {
				t[r>>6] |= 1 << (r & 63)
			}
		}
		for _, rg := range tab.R32 {
			for r := rg.Lo; r <= rg.Hi && r < 0x10000; r += rg.Stride {
				t[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return &t
}()
