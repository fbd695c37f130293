package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The builder's tree operations: where each start tag, end tag and text
// goes.

const (
	firstSlab = 64   // nodes in the first slab
	maxSlab   = 2048 // nodes in the largest slab
)

// node hands out a fresh node from the slab.
func (b *builder) node(t html.NodeType, a atom.Atom, data string) *html.Node {
	b.endMerge()
	if len(b.nodes) == cap(b.nodes) {
		size := 2 * cap(b.nodes)
		if size < firstSlab {
			size = firstSlab
		} else if size > maxSlab {
			size = maxSlab
		}
		b.nodes = make([]html.Node, 0, size)
	}
	b.nodes = b.nodes[:len(b.nodes)+1]
	n := &b.nodes[len(b.nodes)-1]
	n.Type, n.DataAtom, n.Data = t, a, data
	return n
}

// appendChild links c as p's last child; c is new, so has no links yet.
func appendChild(p, c *html.Node) {
	c.Parent = p
	if last := p.LastChild; last != nil {
		last.NextSibling = c
		c.PrevSibling = last
	} else {
		p.FirstChild = c
	}
	p.LastChild = c
}

func (b *builder) top() *html.Node { return b.open.top() }

// inHeadTemplate reports whether a <template> in the head is open: until
// the body begins, the stack holds <html> and only such templates and
// what they hold.
func (b *builder) inHeadTemplate() bool { return b.body == nil && b.open.len() > 1 }

// ensureHTML creates the <html> element and its <head> if the page has
// not begun them.
func (b *builder) ensureHTML() {
	if b.html == nil {
		b.html = b.node(html.ElementNode, atom.Html, "html")
		appendChild(b.doc, b.html)
		b.open.push(b.html)
	}
}

func (b *builder) ensureHead() {
	b.ensureHTML()
	if b.head == nil {
		b.head = b.node(html.ElementNode, atom.Head, "head")
		appendChild(b.html, b.head)
	}
}

// ensureBody begins the body if it has not begun: everything that cannot
// sit in <head> does that, as the explicit <body> tag does.
func (b *builder) ensureBody() {
	if b.body != nil {
		return
	}
	b.ensureHead()
	b.body = b.node(html.ElementNode, atom.Body, "body")
	appendChild(b.html, b.body)
	b.open.truncate(1)
	b.open.push(b.body)
}

// insert puts n at the current place: the innermost open element, or the
// head while the body has not begun.
func (b *builder) insert(n *html.Node) {
	appendChild(b.top(), n)
}

// tableContext reports whether the current element is a table, a table
// section or a row: places where only rows and cells belong.
func (b *builder) tableContext() bool {
	switch b.top().DataAtom {
	case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr:
		return b.top().Namespace == ""
	}
	return false
}

// foster puts n before the innermost open table, where browsers put what
// a table holds outside its cells (the standard's foster parenting), so
// that it is not read as part of the table.
func (b *builder) foster(n *html.Node) {
	t := b.open.at(b.table())
	p := t.Parent
	n.Parent, n.NextSibling, n.PrevSibling = p, t, t.PrevSibling
	if t.PrevSibling != nil {
		t.PrevSibling.NextSibling = n
	} else {
		p.FirstChild = n
	}
	t.PrevSibling = n
}

// push makes n the current element, unless the tree is already as deep as
// allowed: then n stays an empty leaf and what it holds goes to its
// parent, keeping the text and losing the nesting.
func (b *builder) push(n *html.Node) {
	if b.full() {
		b.skip(n.Data)
		return
	}
	b.open.push(n)
}

// full reports whether the tree is as deep as allowed.
func (b *builder) full() bool { return b.maxDepth > 0 && b.open.len() >= b.maxDepth }

// skip records an element left out for depth, so that its end tag closes
// nothing else.
func (b *builder) skip(name string) {
	b.flattened = true
	b.skipped = append(b.skipped, name)
}

// addComment puts a comment at the current place.
func (b *builder) addComment(data string) {
	c := b.node(html.CommentNode, 0, data)
	if b.html == nil {
		appendChild(b.doc, c)
		return
	}
	appendChild(b.top(), c)
}

// text adds page text at the current place, merged with a text node just
// before it. Before the body, white space is dropped and other text
// begins the body.
func (b *builder) text(raw string) {
	if b.stripNewline {
		b.stripNewline = false
		if strings.HasPrefix(raw, "\r\n") {
			raw = raw[2:]
		} else if strings.HasPrefix(raw, "\n") || strings.HasPrefix(raw, "\r") {
			raw = raw[1:]
		}
	}
	if raw == "" {
		return
	}
	if b.body == nil && !b.inHeadTemplate() {
		if strings.TrimLeft(raw, " \t\n\f\r") == "" {
			return
		}
		b.ensureBody()
	}
	t := cleanText(raw)
	if t == "" {
		return
	}
	cur := b.top()
	if b.tableContext() && strings.TrimLeft(t, " \t\n\f\r") != "" {
		// Text between a table's cells shows before the table.
		if prev := b.open.at(b.table()).PrevSibling; prev != nil && prev.Type == html.TextNode {
			b.mergeInto(prev, t)
			return
		}
		b.foster(b.node(html.TextNode, 0, t))
		return
	}
	if last := cur.LastChild; last != nil && last.Type == html.TextNode {
		// Adjacent texts make one node, as in a browser. They gather in
		// a buffer until the next node, so that a page of a million stray
		// "<" or ignored end tags costs linear time, not quadratic.
		b.mergeInto(last, t)
		return
	}
	appendChild(cur, b.node(html.TextNode, 0, t))
}

// mergeInto adds t to the text node n.
func (b *builder) mergeInto(n *html.Node, t string) {
	if b.merging != n {
		b.endMerge()
		b.merging = n
		b.mergeBuf = append(b.mergeBuf[:0], n.Data...)
	}
	b.mergeBuf = append(b.mergeBuf, t...)
}

// endMerge gives the text node being merged its whole text.
func (b *builder) endMerge() {
	if b.merging != nil {
		b.merging.Data = string(b.mergeBuf)
		b.merging = nil
	}
}

// start builds the element of a start tag.
func (b *builder) start(a atom.Atom, name string, attrs []html.Attribute, selfClosing bool) {
	switch a {
	case atom.Html:
		b.ensureHTML()
		b.html.Attr = mergeAttrs(b.html.Attr, attrs)
		return
	case atom.Head:
		if b.head == nil {
			b.ensureHead()
			b.head.Attr = attrs
		}
		return
	case atom.Body:
		b.ensureBody()
		b.body.Attr = mergeAttrs(b.body.Attr, attrs)
		return
	case atom.Frameset:
		b.ensureBody()
		return
	case atom.Image:
		if cur := b.top(); cur.Namespace == "" || integrationPoint(cur) {
			a, name = atom.Img, "img"
		}
	}
	k := kinds[a]
	if b.body == nil && !b.inHeadTemplate() {
		if k&isHeadOnly != 0 {
			b.ensureHead()
			n := b.element(a, name, attrs)
			appendChild(b.head, n)
			if a == atom.Template {
				// What a template in the head holds stays in it.
				b.open.push(n)
				return
			}
			b.fill(n, k, a)
			return
		}
		b.ensureBody()
	}
	if cur := b.top(); cur.Namespace != "" && !integrationPoint(cur) {
		if k&isBreakout != 0 || a == atom.Font && fontBreaksOut(attrs) {
			for b.open.len() > 2 && b.top().Namespace != "" {
				b.open.truncate(b.open.len() - 1)
			}
		} else {
			b.foreignElement(a, name, attrs, cur.Namespace, selfClosing)
			return
		}
	}
	if a == atom.Svg || a == atom.Math {
		b.foreignElement(a, name, attrs, name, selfClosing)
		return
	}
	if a == atom.Table && b.tableContext() {
		// A table cannot hold a table outside its cells: the open one
		// ends and the new one follows it.
		b.open.truncate(b.table())
	}
	if k&isClosesP != 0 {
		b.closeP()
	}
	switch {
	case k&isHeading != 0:
		if kinds[b.top().DataAtom]&isHeading != 0 {
			b.pop()
		}
	case a == atom.Li:
		b.closeListItem(atom.Li, atom.Li)
	case a == atom.Dd || a == atom.Dt:
		b.closeListItem(atom.Dd, atom.Dt)
	case a == atom.A || a == atom.Nobr:
		// These do not nest: a new one ends the open one.
		if b.inScope(a, 0) > 0 {
			b.adopt(name)
		}
	case a == atom.Button:
		if i := b.inScope(a, 0); i > 0 {
			b.open.truncate(i)
		}
	case a == atom.Form:
		// A form inside a form is ignored, as in browsers; its content
		// goes to the open one.
		if b.form != nil {
			return
		}
	case a == atom.Col:
		if t := b.table(); t >= 0 && b.top().DataAtom != atom.Colgroup {
			b.open.truncate(t + 1)
			g := b.node(html.ElementNode, atom.Colgroup, "colgroup")
			b.insert(g)
			b.push(g)
		}
	case a == atom.Option:
		if b.top().DataAtom == atom.Option {
			b.pop()
		}
	case a == atom.Optgroup:
		if b.top().DataAtom == atom.Option {
			b.pop()
		}
		if b.top().DataAtom == atom.Optgroup {
			b.pop()
		}
	case a == atom.Tr:
		if !b.rowContext() {
			return
		}
	case a == atom.Td || a == atom.Th:
		if !b.cellContext() {
			return
		}
	case k&isTableSection != 0 || a == atom.Caption || a == atom.Colgroup:
		t := b.table()
		if t < 0 {
			return
		}
		b.open.truncate(t + 1)
	}
	if k&(isVoid|isRaw) == 0 && a != atom.Plaintext && b.full() {
		// Too deep: the element is left out, what it holds is kept.
		b.skip(name)
		return
	}
	n := b.element(a, name, attrs)
	if b.tableContext() && !inTable[a] {
		b.foster(n)
	} else {
		b.insert(n)
	}
	if a == atom.Form {
		b.form = n
	}
	b.fill(n, k, a)
}

// foreignElement builds an SVG or MathML element, which a self-closing
// tag closes, unlike an HTML one.
func (b *builder) foreignElement(a atom.Atom, name string, attrs []html.Attribute, ns string, selfClosing bool) {
	if !selfClosing && b.full() {
		b.skip(name)
		return
	}
	n := b.element(a, name, attrs)
	n.Namespace = ns
	b.insert(n)
	if !selfClosing {
		b.push(n)
	}
}

// fill gives a new element what it holds: nothing for a void element, its
// raw text, or the markup that follows once it is pushed.
func (b *builder) fill(n *html.Node, k class, a atom.Atom) {
	switch {
	case k&isVoid != 0:
	case k&isRaw != 0:
		b.rawText(n, k&isEscapable != 0)
	case a == atom.Plaintext:
		appendChild(n, b.node(html.TextNode, 0, cleanText(b.s[b.pos:])))
		b.pos = len(b.s)
	default:
		b.push(n)
		if a == atom.Pre || a == atom.Listing {
			b.stripNewline = true
		}
	}
}

func (b *builder) element(a atom.Atom, name string, attrs []html.Attribute) *html.Node {
	n := b.node(html.ElementNode, a, name)
	n.Attr = attrs
	return n
}

func (b *builder) pop() {
	if b.open.len() > 2 {
		b.open.truncate(b.open.len() - 1)
	}
}

// closeP ends an open paragraph in button scope.
func (b *builder) closeP() {
	if i := b.inScope(atom.P, atom.Button); i > 0 {
		b.open.truncate(i)
	}
}

// inScope returns the stack index of the innermost open a, or -1 if a
// scope element (or extra) comes first.
func (b *builder) inScope(a, extra atom.Atom) int {
	if !b.open.mayHold(a) {
		return -1
	}
	for i := b.open.len() - 1; i > 1; i-- {
		n := b.open.at(i)
		if n.Namespace != "" {
			if integrationPoint(n) {
				return -1
			}
			continue
		}
		if n.DataAtom == a {
			return i
		}
		if b.open.classAt(i)&isScope != 0 || n.DataAtom == extra && extra != 0 {
			return -1
		}
	}
	return -1
}

// closeListItem ends an open list item (x or y) before a new one, unless a
// block other than address, div and p stands between.
func (b *builder) closeListItem(x, y atom.Atom) {
	for i := b.open.len() - 1; i > 1; i-- {
		n := b.open.at(i)
		if n.Namespace == "" && (n.DataAtom == x || n.DataAtom == y) {
			b.open.truncate(i)
			return
		}
		if b.open.classAt(i)&isSpecial != 0 && n.DataAtom != atom.Address &&
			n.DataAtom != atom.Div && n.DataAtom != atom.P {
			return
		}
	}
}

// table returns the stack index of the innermost open table, or -1.
func (b *builder) table() int {
	if !b.open.mayHold(atom.Table) {
		return -1
	}
	for i := b.open.len() - 1; i > 1; i-- {
		switch n := b.open.at(i); {
		case n.Namespace != "":
		case n.DataAtom == atom.Table:
			return i
		case n.DataAtom == atom.Template:
			return -1
		}
	}
	return -1
}

// rowContext makes the current element the section a new row belongs in,
// opening a <tbody> when the table has none open, and reports whether a
// table is open at all (a <tr> outside one is ignored, as browsers do).
func (b *builder) rowContext() bool {
	t := b.table()
	if t < 0 {
		return false
	}
	if t+1 < b.open.len() && b.open.classAt(t+1)&isTableSection != 0 {
		b.open.truncate(t + 2)
		return true
	}
	b.open.truncate(t + 1)
	body := b.node(html.ElementNode, atom.Tbody, "tbody")
	b.insert(body)
	b.push(body)
	return true
}

// cellContext makes the current element the row a new cell belongs in,
// opening a row (and a section) when none is open.
func (b *builder) cellContext() bool {
	t := b.table()
	if t < 0 {
		return false
	}
	for i := t + 1; i < b.open.len() && i <= t+2; i++ {
		if b.open.at(i).DataAtom == atom.Tr {
			b.open.truncate(i + 1)
			return true
		}
	}
	if !b.rowContext() {
		return false
	}
	tr := b.node(html.ElementNode, atom.Tr, "tr")
	b.insert(tr)
	b.push(tr)
	return true
}

// end handles an end tag: it closes its element and what is open inside
// it, or is ignored when that element is not open where it could close.
func (b *builder) end(a atom.Atom, name string) {
	switch a {
	case atom.Html, atom.Body:
		// Content after </body> still belongs to the body.
		return
	case atom.Head:
		if b.body == nil && b.open.len() > 1 {
			b.open.truncate(1)
		}
		return
	case atom.Br:
		b.start(atom.Br, "br", nil, false)
		return
	case atom.P:
		// A </p> with no paragraph open makes an empty one, as in
		// browsers, where it shows as a paragraph break.
		if b.inScope(atom.P, atom.Button) < 0 {
			b.ensureBody()
			b.insert(b.node(html.ElementNode, atom.P, "p"))
			return
		}
		b.closeP()
		return
	}
	if n := len(b.skipped); n > 0 && b.skipped[n-1] == name {
		b.skipped = b.skipped[:n-1]
		return
	}
	k := kinds[a]
	// The end of a table, a section or a row closes the cells open in it.
	tableEnd := a == atom.Table || a == atom.Tr || k&isTableSection != 0
	if a == atom.Template {
		for i := b.open.len() - 1; i > 0; i-- {
			if b.open.at(i).DataAtom == atom.Template {
				b.open.truncate(i)
				return
			}
		}
		return
	}
	if a == atom.Form {
		// </form> closes the open form only, leaving open what was
		// opened inside it, as browsers do.
		f := b.form
		b.form = nil
		for i := b.open.len() - 1; i > 1 && f != nil; i-- {
			if b.open.at(i) == f {
				b.open.removeAt(i)
				return
			}
		}
		return
	}
	if !b.open.mayHold(a) {
		return // not open: nothing to close
	}
	if k&isFormatting != 0 {
		b.adopt(name)
		return
	}
	for i := b.open.len() - 1; i > 1; i-- {
		n := b.open.at(i)
		if n.Data == name {
			b.open.truncate(i)
			return
		}
		if n.Namespace != "" {
			continue
		}
		nk := b.open.classAt(i)
		if nk&isScope != 0 && !(tableEnd && (n.DataAtom == atom.Td || n.DataAtom == atom.Th || n.DataAtom == atom.Caption)) {
			return
		}
		if a == atom.Li && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) {
			return
		}
		if k&(isSpecial|isFormatting) == 0 && nk&isSpecial != 0 {
			// A stray inline end tag does not close a block.
			return
		}
	}
}

// foreign reports whether the current element is SVG or MathML.
func (b *builder) foreign() bool {
	return b.open.len() > 0 && b.top().Namespace != ""
}

// integrationPoint reports whether n is a foreign element whose children
// are HTML again.
func integrationPoint(n *html.Node) bool {
	switch n.Namespace {
	case "svg":
		return n.Data == "foreignobject" || n.Data == "desc" || n.Data == "title"
	case "math":
		return n.Data == "annotation-xml" || n.Data == "mi" || n.Data == "mo" ||
			n.Data == "mn" || n.Data == "ms" || n.Data == "mtext"
	}
	return false
}

// fontBreaksOut reports whether a <font> inside SVG is the HTML element,
// which the standard tells by its attributes.
func fontBreaksOut(attrs []html.Attribute) bool {
	for _, at := range attrs {
		if at.Key == "color" || at.Key == "face" || at.Key == "size" {
			return true
		}
	}
	return false
}

// mergeAttrs adds to have the attributes of a repeated <html> or <body>
// tag that it lacks.
func mergeAttrs(have, more []html.Attribute) []html.Attribute {
	if len(have) == 0 {
		return more
	}
next:
	for _, m := range more {
		for _, h := range have {
			if h.Key == m.Key {
				continue next
			}
		}
		have = append(have[:len(have):len(have)], m)
	}
	return have
}

// cleanText decodes character references, turns CR and CRLF into LF and
// drops NUL bytes, returning s itself when there is nothing to do.
func cleanText(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = crlf(s)
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// adopt closes the formatting element named name (an <a>, <b>, <font> and
// the like) when an end tag, or a new <a>, says so. When a block was
// opened inside it, the standard's adoption agency applies, simplified: the
// block moves out to follow the formatting element, and a copy of that
// element wraps what the block holds, so the text keeps both its block and
// its formatting and what follows stays in the block.
func (b *builder) adopt(name string) {
	for round := 0; round < 8; round++ {
		xi := -1
		for i := b.open.len() - 1; i > 1; i-- {
			n := b.open.at(i)
			if n.Data == name && n.Namespace == "" {
				xi = i
				break
			}
			if b.open.classAt(i)&isScope != 0 {
				return
			}
		}
		if xi < 0 {
			return
		}
		fb := -1
		for i := xi + 1; i < b.open.len(); i++ {
			if b.open.classAt(i)&isSpecial != 0 {
				fb = i
				break
			}
		}
		if fb < 0 {
			b.open.truncate(xi)
			return
		}
		x, block := b.open.at(xi), b.open.at(fb)
		block.Parent.RemoveChild(block)
		appendChild(x.Parent, block)
		clone := b.element(x.DataAtom, x.Data, append([]html.Attribute(nil), x.Attr...))
		for c := block.FirstChild; c != nil; {
			next := c.NextSibling
			c.Parent, c.PrevSibling, c.NextSibling = nil, nil, nil
			appendChild(clone, c)
			c = next
		}
		block.FirstChild, block.LastChild = nil, nil
		appendChild(block, clone)
		b.open.adopted(xi, fb, clone)
	}
}

// inTable are the elements a table holds outside its cells.
var inTable = map[atom.Atom]bool{
	atom.Caption: true, atom.Colgroup: true, atom.Col: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Script: true,
	atom.Style: true, atom.Template: true, atom.Form: true, atom.Input: true,
}
