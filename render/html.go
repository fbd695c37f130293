package render

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options control the Markdown and HTML renderings.
type Options struct {
	// Links keeps hyperlinks: [text](url) in Markdown, <a href> in HTML.
	// Without it the link text stays and the link goes.
	Links bool
	// Images keeps the images that sit inside or between kept blocks.
	Images bool
	// BaseURL is the page's URL, against which relative link and image
	// URLs are resolved. Empty leaves them as the page wrote them.
	BaseURL string
}

// HTML writes the kept blocks of p as clean, minimal HTML: only structural
// and semantic elements (p, h1-h6, lists, tables, pre, code, blockquote,
// emphasis, br, and a and img when asked for), no classes, ids, styles,
// scripts or event attributes. The only attributes kept are href, src, alt,
// start, colspan, rowspan, and class="language-X" on code inside pre, the
// CommonMark way of naming a code block's language.
func HTML(p *segment.Page, keep []int32, o Options) string {
	root := buildTree(p, keep, o)
	if root == nil {
		return ""
	}
	tidy(root)
	var sb strings.Builder
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		writeHTML(&sb, c)
	}
	return strings.TrimSpace(sb.String())
}

// writeHTML serializes a clean tree. The tree holds only text and the few
// elements and attributes that buildTree makes, so escaping &, < and > in
// text and & and " in attribute values is all it takes; quotes in text stay
// readable, unlike html.Render's &#34;.
func writeHTML(sb *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		escapeHTML(sb, n.Data, false)
		return
	case html.ElementNode:
	default:
		return
	}
	sb.WriteByte('<')
	sb.WriteString(n.Data)
	for _, a := range n.Attr {
		sb.WriteByte(' ')
		sb.WriteString(a.Key)
		sb.WriteString(`="`)
		escapeHTML(sb, a.Val, true)
		sb.WriteByte('"')
	}
	sb.WriteByte('>')
	if n.DataAtom == atom.Br || n.DataAtom == atom.Img {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeHTML(sb, c)
	}
	sb.WriteString("</")
	sb.WriteString(n.Data)
	sb.WriteByte('>')
}

func escapeHTML(sb *strings.Builder, s string, attr bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '&':
			sb.WriteString("&amp;")
		case c == '<':
			sb.WriteString("&lt;")
		case c == '>':
			sb.WriteString("&gt;")
		case c == '"' && attr:
			sb.WriteString("&#34;")
		default:
			sb.WriteByte(c)
		}
	}
}

// role is what a page element becomes in the clean tree.
type role uint8

const (
	// roleSkip elements are transparent: their content goes on as if
	// they were not there (span, font, div...).
	roleSkip role = iota
	// roleInline elements are kept phrasing elements: em, strong, a, code.
	roleInline
	// roleLeaf elements hold phrasing content only: p, h1-h6, pre, dt,
	// captions.
	roleLeaf
	// roleFlow elements hold blocks and loose phrasing content, which is
	// wrapped in paragraphs: the root, blockquote, li, dd, td, th.
	roleFlow
	// roleStruct elements hold only particular children: lists, tables
	// and their rows.
	roleStruct
)

// frame is an element open in the walk of the page.
type frame struct {
	src  *html.Node
	role role
	tag  atom.Atom // the clean element's tag
	// clean is the element's counterpart in the clean tree, made only when
	// kept content reaches it, so that nothing empty is ever written.
	clean *html.Node
	// run is, for a flow element, the paragraph that loose phrasing
	// content currently goes to; for a struct element, the implicit child
	// (li, dd) that stray content goes to.
	run *html.Node
	// sep asks for a separator before the next content of a leaf: a block
	// boundary inside it, such as a div inside a heading.
	sep bool
}

// builder builds the clean tree of a page's kept blocks.
type builder struct {
	p    *segment.Page
	o    Options
	base *url.URL
	kept []bool
	next int // the next block whose first text node is still ahead
	cur  int // the block whose text nodes the walk is in, or -1
	prev int // the last block the walk went through, or -1
	// lastKept is the last kept block the walk went through, or -1.
	lastKept int
	stack    []frame
	ei       int // the segmenter's number of the next element
	// keptBefore[i] is the number of kept blocks before block i.
	keptBefore []int32
	preWS      string // white space at the start of a pre, before its block
	auto       map[*html.Node]bool
	cols       map[*html.Node]int // a data table cell's column
	root       *html.Node
}

// buildTree returns the clean tree of the kept blocks of p, as the children
// of a document node, or nil when nothing is kept.
func buildTree(p *segment.Page, keep []int32, o Options) *html.Node {
	if len(keep) == 0 || len(p.Elems) == 0 {
		return nil
	}
	b := &builder{
		p: p, o: o, cur: -1, prev: -1, lastKept: -1,
		kept: make([]bool, len(p.Blocks)),
		auto: map[*html.Node]bool{},
		root: &html.Node{Type: html.DocumentNode},
	}
	for _, i := range keep {
		if i >= 0 && int(i) < len(b.kept) {
			b.kept[i] = true
		}
	}
	b.keptBefore = make([]int32, len(p.Blocks)+1)
	for i, k := range b.kept {
		b.keptBefore[i+1] = b.keptBefore[i]
		if k {
			b.keptBefore[i+1]++
		}
	}
	if o.BaseURL != "" {
		if u, err := url.Parse(o.BaseURL); err == nil && u.IsAbs() {
			b.base = u
		}
	}
	top := p.Elems[0].Node
	for top.Parent != nil {
		top = top.Parent
	}
	b.stack = append(b.stack, frame{role: roleFlow, clean: b.root})
	b.walk(top)
	if b.root.FirstChild == nil {
		return nil
	}
	return b.root
}

func (b *builder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.walk(c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	// Elements come in the order the segmenter numbered them, so the
	// walk knows each one's blocks and skips those with none kept.
	ei := b.ei
	b.ei++
	switch n.DataAtom {
	case atom.Br:
		b.br()
		return
	case atom.Img:
		b.img(n)
		return
	}
	block := segment.IsBlock(n.DataAtom)
	if block {
		b.brk()
	}
	// Only a block-level element owns all the text below it: an inline
	// one's own text belongs to the block of an element above it.
	if block && ei < len(b.p.Elems) && b.p.Elems[ei].Node == n {
		e := &b.p.Elems[ei]
		if e.Blocks > 0 && b.keptBefore[e.EndBlock] == b.keptBefore[e.FirstBlock] {
			for b.ei < len(b.p.Elems) && b.p.Elems[b.ei].Depth > e.Depth {
				b.ei++
			}
			b.next = max(b.next, int(e.EndBlock))
			b.cur = -1
			b.prev = int(e.EndBlock) - 1
			b.brk()
			return
		}
	}
	b.stack = append(b.stack, b.frameFor(n))
	if n.DataAtom == atom.Pre {
		b.preWS = ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
	b.stack = b.stack[:len(b.stack)-1]
	if block {
		b.brk()
	}
}

// container returns the index of the innermost frame that is not
// transparent or phrasing.
func (b *builder) container() int {
	for i := len(b.stack) - 1; i > 0; i-- {
		if r := b.stack[i].role; r >= roleLeaf {
			return i
		}
	}
	return 0
}

// frameFor decides what the element n becomes, given where it is.
func (b *builder) frameFor(n *html.Node) frame {
	f := frame{src: n, tag: n.DataAtom}
	c := &b.stack[b.container()]
	inLeaf := c.role == roleLeaf
	switch n.DataAtom {
	case atom.Em, atom.I, atom.Strong, atom.B, atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		if c.tag != atom.Pre {
			f.role = roleInline
			switch n.DataAtom {
			case atom.Kbd, atom.Samp, atom.Tt:
				f.tag = atom.Code
			}
		}
	case atom.A:
		if b.o.Links && c.tag != atom.Pre && linkable(attr(n, "href")) && !b.inLink() {
			f.role = roleInline
		}
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Dt:
		if !inLeaf {
			f.role = roleLeaf
		}
	case atom.Figcaption:
		if !inLeaf {
			f.role, f.tag = roleLeaf, atom.P
		}
	case atom.Blockquote, atom.Li, atom.Dd:
		if !inLeaf {
			f.role = roleFlow
		}
	case atom.Ul, atom.Ol, atom.Dl:
		if !inLeaf {
			f.role = roleStruct
		}
	case atom.Table:
		if !inLeaf && !layoutTable(n) {
			f.role = roleStruct
		}
	case atom.Caption, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th:
		t := b.table()
		if inLeaf || t < 0 || b.stack[t].role != roleStruct {
			break
		}
		switch n.DataAtom {
		case atom.Caption:
			f.role = roleLeaf
		case atom.Td, atom.Th:
			f.role = roleFlow
			// A cell of a row already written is written even when empty,
			// so that the row keeps its columns.
			if r := &b.stack[len(b.stack)-1]; r.tag == atom.Tr && r.clean != nil {
				b.stack = append(b.stack, f)
				b.open(len(b.stack)-1, len(b.stack)-2)
				f = b.stack[len(b.stack)-1]
				b.stack = b.stack[:len(b.stack)-1]
			}
		case atom.Tfoot:
			f.role, f.tag = roleStruct, atom.Tbody
		default:
			f.role = roleStruct
		}
	}
	return f
}

// inLink reports whether a link is open: links do not nest.
func (b *builder) inLink() bool {
	for i := len(b.stack) - 1; i > 0; i-- {
		if b.stack[i].tag == atom.A && b.stack[i].role == roleInline {
			return true
		}
	}
	return false
}

// table returns the index of the innermost open table frame, or -1.
func (b *builder) table() int {
	for i := len(b.stack) - 1; i > 0; i-- {
		if b.stack[i].src != nil && b.stack[i].src.DataAtom == atom.Table {
			return i
		}
	}
	return -1
}

// brk marks a block boundary: the innermost container's loose content ends
// and phrasing elements open across the boundary start afresh after it.
func (b *builder) brk() {
	for i := len(b.stack) - 1; i >= 0; i-- {
		f := &b.stack[i]
		switch f.role {
		case roleInline:
			if b.container() < i {
				f.clean = nil
			}
		case roleLeaf:
			if f.clean != nil {
				f.sep = true
			}
			return
		case roleFlow, roleStruct:
			f.run = nil
			return
		}
	}
}

// text handles a text node: it is written when it belongs to a kept block.
func (b *builder) text(n *html.Node) {
	if b.next < len(b.p.Blocks) && n == b.p.Blocks[b.next].First {
		b.cur = b.next
		b.next++
		if b.kept[b.cur] {
			if k := b.lastKept; k >= 0 && b.p.Blocks[k].Elem == b.p.Blocks[b.cur].Elem {
				// Two kept blocks of one element: a blank line
				// (<br><br>) parted them, and parts them still.
				if t := b.target(); t != nil {
					t.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
					t.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
				}
			}
			b.lastKept = b.cur
		}
		if b.preWS != "" && b.kept[b.cur] && b.inPre() {
			b.write(b.preWS, true)
		}
		b.preWS = ""
	}
	if b.cur < 0 {
		if b.inPre() && strings.TrimSpace(n.Data) == "" {
			b.preWS += n.Data
		}
		return
	}
	if b.kept[b.cur] {
		b.write(n.Data, b.inPre())
	}
	if n == b.p.Blocks[b.cur].Last {
		b.prev = b.cur
		b.cur = -1
	}
}

func (b *builder) inPre() bool {
	return b.stack[b.container()].tag == atom.Pre
}

// inKept reports whether the walk is inside a kept block's text.
func (b *builder) inKept() bool { return b.cur >= 0 && b.kept[b.cur] }

// write appends text to the clean tree, collapsing HTML white space outside
// pre.
func (b *builder) write(s string, pre bool) {
	if !pre {
		s = collapseSpace(s)
	}
	if s == "" {
		return
	}
	t := b.target()
	if t == nil {
		return
	}
	if l := t.LastChild; l != nil && l.Type == html.TextNode {
		if !pre && s[0] == ' ' && strings.HasSuffix(l.Data, " ") {
			s = s[1:]
		}
		l.Data += s
		return
	}
	t.AppendChild(&html.Node{Type: html.TextNode, Data: s})
}

func (b *builder) br() {
	if !b.inKept() {
		return
	}
	if b.inPre() {
		b.write("\n", true)
		return
	}
	if t := b.target(); t != nil {
		t.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
	}
}

// img writes an image inside a kept block, or between two kept blocks.
func (b *builder) img(n *html.Node) {
	if !b.o.Images || b.inPre() {
		return
	}
	if !b.inKept() && (b.cur >= 0 || b.prev < 0 || !b.kept[b.prev] || b.next >= len(b.kept) || !b.kept[b.next]) {
		return
	}
	src := b.imgSrc(n)
	if src == "" {
		return
	}
	alt := strings.TrimSpace(collapseSpace(attr(n, "alt")))
	t := b.target()
	if t == nil {
		return
	}
	t.AppendChild(&html.Node{Type: html.ElementNode, Data: "img", DataAtom: atom.Img,
		Attr: []html.Attribute{{Key: "src", Val: src}, {Key: "alt", Val: alt}}})
}

// target makes the clean elements of the open frames that do not exist yet
// and returns the element that phrasing content goes into.
func (b *builder) target() *html.Node {
	parent := 0
	var inline []int
	opened := false
	for i := 1; i < len(b.stack); i++ {
		switch b.stack[i].role {
		case roleInline:
			inline = append(inline, i)
		case roleLeaf, roleFlow, roleStruct:
			if b.stack[i].clean == nil {
				b.open(i, parent)
				opened = true
			}
			parent = i
		}
	}
	if opened {
		// Phrasing elements open around a new block are made again inside it.
		for _, i := range inline {
			b.stack[i].clean = nil
		}
	}
	pf := &b.stack[parent]
	t := pf.clean
	switch pf.role {
	case roleFlow:
		if pf.run == nil {
			pf.run = newElem(atom.P)
			b.auto[pf.run] = true
			t.AppendChild(pf.run)
			// Phrasing elements start afresh in the new paragraph.
			for _, i := range inline {
				b.stack[i].clean = nil
			}
		}
		t = pf.run
	case roleStruct:
		t = b.implicitChild(pf)
	case roleLeaf:
		if pf.tag == atom.Pre {
			// Phrasing elements around a pre do not reach into it.
			inline = nil
			t = t.LastChild // the code element
		}
		if pf.sep {
			pf.sep = false
			sep := " "
			if pf.tag == atom.Pre {
				sep = "\n"
				if l := lastText(t); strings.HasSuffix(l, "\n") {
					sep = ""
				}
			}
			if sep != "" {
				leaf := t
				if len(inline) > 0 && b.stack[inline[len(inline)-1]].clean != nil {
					leaf = b.stack[inline[len(inline)-1]].clean
				}
				leaf.AppendChild(&html.Node{Type: html.TextNode, Data: sep})
			}
		}
	}
	for _, i := range inline {
		f := &b.stack[i]
		if f.clean == nil {
			f.clean = b.inlineElem(f)
			t.AppendChild(f.clean)
		}
		t = f.clean
	}
	return t
}

// open makes the clean element of frame i inside that of frame parent.
func (b *builder) open(i, parent int) {
	f := &b.stack[i]
	pf := &b.stack[parent]
	t := pf.clean
	if pf.role == roleStruct && !validChild(pf.tag, f.tag) {
		t = b.implicitChild(pf)
	}
	switch f.tag {
	case atom.Li:
		if t.DataAtom != atom.Ul && t.DataAtom != atom.Ol {
			t = b.implicitParent(t, atom.Ul)
		}
	case atom.Dt, atom.Dd:
		if t.DataAtom != atom.Dl {
			t = b.implicitParent(t, atom.Dl)
		}
	case atom.Td, atom.Th:
		b.backfill(t, f.src)
	}
	if pf.role == roleFlow && pf.run != nil {
		pf.run = nil
	}
	f.clean = newElem(f.tag)
	b.copyAttrs(f)
	t.AppendChild(f.clean)
}

func newElem(a atom.Atom) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
}

// validChild reports whether a struct element may hold the child directly.
func validChild(parent, child atom.Atom) bool {
	switch parent {
	case atom.Ul, atom.Ol:
		return child == atom.Li
	case atom.Dl:
		return child == atom.Dt || child == atom.Dd
	case atom.Table:
		return child == atom.Caption || child == atom.Thead || child == atom.Tbody || child == atom.Tr
	case atom.Thead, atom.Tbody:
		return child == atom.Tr
	case atom.Tr:
		return child == atom.Td || child == atom.Th
	}
	return true
}

// implicitChild returns the element that content a struct element cannot
// hold directly goes into: an li of a list, a dd of a definition list, a
// cell of a table.
func (b *builder) implicitChild(pf *frame) *html.Node {
	if pf.run != nil {
		return pf.run
	}
	var c *html.Node
	switch pf.tag {
	case atom.Dl:
		c = newElem(atom.Dd)
		pf.clean.AppendChild(c)
	case atom.Table, atom.Thead, atom.Tbody:
		row := newElem(atom.Tr)
		pf.clean.AppendChild(row)
		c = newElem(atom.Td)
		row.AppendChild(c)
	case atom.Tr:
		c = newElem(atom.Td)
		pf.clean.AppendChild(c)
	default:
		c = newElem(atom.Li)
		pf.clean.AppendChild(c)
	}
	pf.run = c
	return c
}

// implicitParent returns the list that an li (or dt, dd) outside any list
// goes into: the one just before it, or a new one.
func (b *builder) implicitParent(t *html.Node, a atom.Atom) *html.Node {
	if l := t.LastChild; l != nil && l.DataAtom == a && b.auto[l] {
		return l
	}
	l := newElem(a)
	b.auto[l] = true
	t.AppendChild(l)
	return l
}

// backfill gives a row written from a later cell on the empty cells that
// come before that cell, so that its columns stay in place.
func (b *builder) backfill(row *html.Node, cell *html.Node) {
	if row.DataAtom != atom.Tr || cell.Parent == nil {
		return
	}
	have := 0
	for c := row.FirstChild; c != nil; c = c.NextSibling {
		have++
	}
	idx := 0
	for c := cell.Parent.FirstChild; c != nil && c != cell; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
			continue
		}
		if idx >= have {
			e := newElem(c.DataAtom)
			b.cellAttrs(e, c)
			row.AppendChild(e)
		}
		idx++
	}
}

// cellAttrs gives a clean cell the spans of the page's cell and, for the
// Markdown table, the column where the page's table grid puts it.
func (b *builder) cellAttrs(dst, src *html.Node) {
	for _, a := range src.Attr {
		if (a.Key == "colspan" || a.Key == "rowspan") && spanOf(a.Val) > 1 {
			dst.Attr = append(dst.Attr, html.Attribute{Key: a.Key, Val: a.Val})
		}
	}
	if c, ok := b.cols[src]; ok {
		dst.Attr = append(dst.Attr, html.Attribute{Key: "data-col", Val: strconv.Itoa(c)})
	}
}

// maxSpan bounds the columns or rows a cell may span, as each column costs
// a cell on every row of a Markdown table.
const maxSpan = 50

// grid lays out the cells of a table as a browser does, cells that span
// rows pushing the cells of the rows below to the right, records the
// column of each cell, and returns the number of columns.
func (b *builder) grid(t *html.Node) int {
	if b.cols == nil {
		b.cols = map[*html.Node]int{}
	}
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	width := 0
	var below []int // per column, the rows a cell above still covers
	for _, r := range rows {
		col := 0
		for c := r.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			for col < len(below) && below[col] > 0 {
				below[col]--
				col++
			}
			b.cols[c] = col
			cs, rs := min(spanOf(attr(c, "colspan")), maxSpan), min(spanOf(attr(c, "rowspan")), maxSpan)
			for k := 0; k < cs; k++ {
				for len(below) <= col {
					below = append(below, 0)
				}
				below[col] = rs - 1
				col++
			}
		}
		for c := col; c < len(below); c++ {
			if below[c] > 0 {
				below[c]--
				col = c + 1
			}
		}
		width = max(width, col)
	}
	return width
}

// copyAttrs gives a clean element the few attributes that carry meaning.
func (b *builder) copyAttrs(f *frame) {
	n, e := f.src, f.clean
	switch f.tag {
	case atom.Ol:
		if s := strings.TrimSpace(attr(n, "start")); s != "" && isDigits(s) && s != "1" {
			e.Attr = append(e.Attr, html.Attribute{Key: "start", Val: s})
		}
	case atom.Td, atom.Th:
		b.cellAttrs(e, n)
	case atom.Table:
		e.Attr = append(e.Attr, html.Attribute{Key: "data-cols", Val: strconv.Itoa(b.grid(n))})
	case atom.Pre:
		code := newElem(atom.Code)
		if lang := codeLang(n); lang != "" {
			code.Attr = []html.Attribute{{Key: "class", Val: "language-" + lang}}
		}
		e.AppendChild(code)
	}
}

func (b *builder) inlineElem(f *frame) *html.Node {
	e := newElem(f.tag)
	if f.tag == atom.A {
		e.Attr = []html.Attribute{{Key: "href", Val: b.href(f.src)}}
	}
	return e
}

// href returns the absolute URL of a link.
func (b *builder) href(n *html.Node) string {
	return b.resolve(strings.TrimSpace(attr(n, "href")))
}

// linkable reports whether a link's href leads somewhere a reader can
// follow.
func linkable(h string) bool {
	h = strings.TrimSpace(h)
	if h == "" {
		return false
	}
	if len(h) > 11 {
		h = h[:11]
	}
	low := strings.ToLower(h)
	return !strings.HasPrefix(low, "javascript:") && !strings.HasPrefix(low, "data:") && !strings.HasPrefix(low, "vbscript:")
}

// imgSrc returns the absolute URL of an image, looking at the attributes
// that lazy loaders use when src is missing or a placeholder.
func (b *builder) imgSrc(n *html.Node) string {
	for _, k := range []string{"src", "data-src", "data-original", "data-lazy-src", "data-url"} {
		s := strings.TrimSpace(attr(n, k))
		if s == "" || strings.HasPrefix(strings.ToLower(s), "data:") || strings.HasPrefix(strings.ToLower(s), "javascript:") {
			continue
		}
		return b.resolve(s)
	}
	for _, k := range []string{"srcset", "data-srcset"} {
		// The first candidate of "a.jpg 1x, b.jpg 2x".
		if f := strings.Fields(strings.TrimSpace(attr(n, k))); len(f) > 0 {
			if u := strings.TrimSuffix(f[0], ","); !strings.HasPrefix(strings.ToLower(u), "data:") {
				return b.resolve(u)
			}
		}
	}
	return ""
}

func (b *builder) resolve(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if b.base != nil {
		u = b.base.ResolveReference(u)
	}
	return u.String()
}

// codeLang returns the language a pre (or its code element, or the
// highlighter's wrapper around it) names in its class or data attributes.
func codeLang(pre *html.Node) string {
	nodes := []*html.Node{pre}
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			nodes = append([]*html.Node{c}, nodes...)
			break
		}
	}
	if p := pre.Parent; p != nil && p.Type == html.ElementNode {
		nodes = append(nodes, p)
		if pp := p.Parent; pp != nil && pp.Type == html.ElementNode {
			nodes = append(nodes, pp)
		}
	}
	for _, n := range nodes {
		for _, k := range []string{"data-lang", "data-language"} {
			if l := cleanLang(attr(n, k)); l != "" {
				return l
			}
		}
		class := attr(n, "class")
		if i := strings.Index(class, "brush:"); i >= 0 {
			f := strings.Fields(strings.TrimSpace(class[i+len("brush:"):]))
			if len(f) > 0 {
				if l := cleanLang(strings.TrimSuffix(f[0], ";")); l != "" {
					return l
				}
			}
		}
		for _, tok := range strings.Fields(class) {
			for _, pre := range []string{"language-", "lang-", "highlight-source-", "highlight-"} {
				if len(tok) > len(pre) && strings.EqualFold(tok[:len(pre)], pre) {
					if l := cleanLang(tok[len(pre):]); l != "" {
						return l
					}
				}
			}
		}
	}
	return ""
}

// cleanLang keeps a language name that can stand in a fence's info string.
func cleanLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || len(s) > 30 {
		return ""
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || strings.ContainsRune("+-#._", r)) {
			return ""
		}
	}
	switch s {
	case "none", "nohighlight", "no-highlight", "plain", "default":
		return ""
	}
	return s
}

// layoutTable reports whether a table lays out a page rather than holding
// data: it nests tables, has a single column, is marked presentational, or
// its cells hold headings, code, quotes or long runs of text.
func layoutTable(t *html.Node) bool {
	if r := strings.ToLower(attr(t, "role")); r == "presentation" || r == "none" {
		return true
	}
	cols := 0
	var walk func(n *html.Node, cell bool, chars *int) bool
	walk = func(n *html.Node, cell bool, chars *int) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if chars != nil {
					*chars += len(c.Data)
					if *chars > 1500 {
						return true
					}
				}
				continue
			case html.ElementNode:
			default:
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote, atom.Form:
				return true
			case atom.Tr:
				if cell {
					break
				}
				n := 0
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && (d.DataAtom == atom.Td || d.DataAtom == atom.Th) {
						n += spanOf(attr(d, "colspan"))
					}
				}
				if n > cols {
					cols = n
				}
			case atom.Td, atom.Th:
				var ch int
				if walk(c, true, &ch) {
					return true
				}
				continue
			}
			if walk(c, cell, chars) {
				return true
			}
		}
		return false
	}
	if walk(t, false, nil) {
		return true
	}
	return cols < 2
}

// spanOf parses a colspan or rowspan, bounded as browsers bound it.
func spanOf(s string) int {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
		if n > 1000 {
			return 1000
		}
	}
	if n < 1 {
		return 1
	}
	return n
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != "" && len(s) < 10
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// collapseSpace turns each run of HTML white space into one space.
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r', '\f':
			clean = false
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				clean = false
			}
		}
		if !clean {
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f':
			if !space {
				sb.WriteByte(' ')
			}
			space = true
		default:
			sb.WriteRune(r)
			space = false
		}
	}
	return sb.String()
}

func lastText(n *html.Node) string {
	for c := n.LastChild; c != nil; c = c.LastChild {
		if c.Type == html.TextNode {
			return c.Data
		}
	}
	return ""
}

// tidy shapes the clean tree for reading as HTML: a paragraph made up for
// the loose text of a list item or cell is dropped when it is the item's
// only paragraph, and block elements go on lines of their own.
func tidy(n *html.Node) {
	if len(n.Attr) > 0 {
		// data-* attributes carry table layout to the Markdown writer.
		a := n.Attr[:0]
		for _, at := range n.Attr {
			if !strings.HasPrefix(at.Key, "data-") {
				a = append(a, at)
			}
		}
		n.Attr = a
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			tidy(c)
		}
	}
	switch n.DataAtom {
	case atom.Li, atom.Dd, atom.Td, atom.Th:
		var only *html.Node
		paras := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.P {
				paras++
				only = c
			}
		}
		if paras == 1 && only == n.FirstChild {
			for c := only.FirstChild; c != nil; {
				next := c.NextSibling
				only.RemoveChild(c)
				n.InsertBefore(c, only)
				c = next
			}
			n.RemoveChild(only)
		}
	}
	if n.Type == html.DocumentNode || blockParent(n.DataAtom) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isBlockOut(c.DataAtom) {
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, c)
			}
		}
		if n.Type != html.DocumentNode && n.LastChild != nil && isBlockOut(n.LastChild.DataAtom) {
			n.AppendChild(&html.Node{Type: html.TextNode, Data: "\n"})
		}
	}
}

func blockParent(a atom.Atom) bool {
	switch a {
	case atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Thead, atom.Tbody, atom.Tr, atom.Blockquote, atom.Li, atom.Dd:
		return true
	}
	return false
}

func isBlockOut(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Ul, atom.Ol,
		atom.Dl, atom.Dt, atom.Dd, atom.Li, atom.Table, atom.Caption, atom.Thead, atom.Tbody, atom.Tr,
		atom.Td, atom.Th, atom.Blockquote:
		return true
	}
	return false
}
