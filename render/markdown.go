package render

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Markdown writes the kept blocks of p as CommonMark with GFM tables. The
// structure around the kept text stays: heading levels, list nesting and
// numbering, table rows and cells, code blocks with their exact white space
// and language, blockquotes, emphasis, line breaks, and links and images
// when o asks for them. Text is escaped wherever it would otherwise read as
// Markdown syntax, so that a CommonMark parser gives back the same words.
func Markdown(p *segment.Page, keep []int32, o Options) string {
	root := buildTree(p, keep, o)
	if root == nil {
		return ""
	}
	return joinChunks(flowChunks(root))
}

// chunk is one rendered Markdown block.
type chunk struct {
	s     string
	kind  atom.Atom // P for paragraphs, Ul, Ol, Pre, Table...
	alt   bool      // a list written with the alternate marker
	start int       // an ordered list's first number
}

func joinChunks(cs []chunk) string {
	var sb strings.Builder
	for i, c := range cs {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(c.s)
	}
	return sb.String()
}

// flowChunks renders the children of a flow element (the root, a list
// item, a blockquote...) as blocks; runs of loose phrasing content become
// paragraphs.
func flowChunks(n *html.Node) []chunk {
	var out []chunk
	var loose []*html.Node
	flush := func() {
		if len(loose) == 0 {
			return
		}
		if s := inlineText(loose, modePara); s != "" {
			out = append(out, chunk{s: s, kind: atom.P})
		}
		loose = loose[:0]
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockOut(c.DataAtom) {
			flush()
			out = blockChunks(c, out)
			continue
		}
		loose = append(loose, c)
	}
	flush()
	return out
}

// blockChunks appends the rendering of the block element n to out.
func blockChunks(n *html.Node, out []chunk) []chunk {
	switch n.DataAtom {
	case atom.P, atom.Dt, atom.Caption:
		if s := inlineText(children(n), modePara); s != "" {
			out = append(out, chunk{s: s, kind: atom.P})
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if s := inlineText(children(n), modeHeading); s != "" {
			level := int(n.Data[1] - '0')
			out = append(out, chunk{s: strings.Repeat("#", level) + " " + s, kind: atom.H1})
		}
	case atom.Pre:
		if s := codeBlock(n); s != "" {
			out = append(out, chunk{s: s, kind: atom.Pre})
		}
	case atom.Blockquote:
		if s := joinChunks(flowChunks(n)); s != "" {
			out = append(out, chunk{s: prefixLines(s, "> ", ">"), kind: atom.Blockquote})
		}
	case atom.Ul, atom.Ol:
		alt := false
		if len(out) > 0 {
			// Two lists in a row would merge into one: a change of marker
			// keeps them apart.
			last := out[len(out)-1]
			alt = last.kind == n.DataAtom && !last.alt
		}
		if c, ok := list(n, alt); ok {
			out = append(out, c)
		}
	case atom.Table:
		out = table(n, out)
	default:
		// dl, dd, li and table parts out of place: their content as blocks.
		out = append(out, flowChunks(n)...)
	}
	return out
}

func children(n *html.Node) []*html.Node {
	var cs []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs = append(cs, c)
	}
	return cs
}

// prefixLines puts prefix before every line of s, and blank before the
// empty ones.
func prefixLines(s, prefix, blank string) string {
	var sb strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			sb.WriteByte('\n')
		}
		if line == "" {
			sb.WriteString(blank)
		} else {
			sb.WriteString(prefix)
			sb.WriteString(line)
		}
	}
	return sb.String()
}

// list renders a ul or ol; alt picks the second marker ("*" or ")").
func list(n *html.Node, alt bool) (chunk, bool) {
	ordered := n.DataAtom == atom.Ol
	num := 1
	if ordered {
		if s := attr(n, "start"); isDigits(s) {
			num, _ = strconv.Atoi(s)
		}
	}
	c := chunk{kind: n.DataAtom, alt: alt, start: num}
	var sb strings.Builder
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		body := itemBody(flowChunks(li))
		if body == "" {
			continue
		}
		if len(body) > 3 && body[0] == '[' && (body[1] == 'x' || body[1] == 'X') && body[2] == ']' {
			// A link reading "[x](...)" would be taken for a task list
			// check box by GFM parsers: the letter becomes a character
			// reference.
			body = "[&#" + strconv.Itoa(int(body[1])) + ";" + body[2:]
		}
		var marker string
		switch {
		case ordered && alt:
			marker = strconv.Itoa(num) + ")"
		case ordered:
			marker = strconv.Itoa(num) + "."
		case alt:
			marker = "*"
		default:
			marker = "-"
		}
		num++
		if items > 0 {
			sb.WriteByte('\n')
		}
		items++
		indent := strings.Repeat(" ", len(marker)+1)
		for i, line := range strings.Split(body, "\n") {
			switch {
			case i == 0:
				sb.WriteString(marker)
				sb.WriteByte(' ')
				sb.WriteString(line)
			case line == "":
				sb.WriteString("\n")
			default:
				sb.WriteByte('\n')
				sb.WriteString(indent)
				sb.WriteString(line)
			}
		}
	}
	c.s = sb.String()
	return c, items > 0
}

// itemBody joins the blocks of a list item. A paragraph followed by a list
// that may interrupt it stays tight, the common shape of nested lists.
func itemBody(cs []chunk) string {
	var sb strings.Builder
	for i, c := range cs {
		if i > 0 {
			prev := cs[i-1].kind
			tight := prev == atom.P && (c.kind == atom.Ul || (c.kind == atom.Ol && c.start == 1))
			if tight {
				sb.WriteByte('\n')
			} else {
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(c.s)
	}
	return sb.String()
}

// codeBlock renders a pre as a fenced code block, its text byte for byte.
func codeBlock(n *html.Node) string {
	code := n.FirstChild
	if code == nil {
		return ""
	}
	var sb strings.Builder
	textOf(code, &sb)
	text := strings.Trim(sb.String(), "\n")
	if strings.TrimSpace(text) == "" {
		return ""
	}
	fence := strings.Repeat("`", max(3, longestRun(text, '`')+1))
	lang := ""
	if c := attr(code, "class"); strings.HasPrefix(c, "language-") {
		lang = c[len("language-"):]
	}
	return fence + lang + "\n" + text + "\n" + fence
}

func textOf(n *html.Node, sb *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			if c.DataAtom == atom.Br {
				sb.WriteByte('\n')
			} else {
				textOf(c, sb)
			}
		}
	}
}

func longestRun(s string, b byte) int {
	best, cur := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			cur++
			best = max(best, cur)
		} else {
			cur = 0
		}
	}
	return best
}

// table renders a table as a GFM table with the columns of the page's
// table: its first row is the header, and each cell sits in the column
// where the page's grid puts it, the columns that cells span or that cells
// above reach into being left empty. Its caption goes before it as a
// paragraph.
func table(t *html.Node, out []chunk) []chunk {
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Caption:
			if s := inlineText(children(c), modePara); s != "" {
				out = append(out, chunk{s: s, kind: atom.P})
			}
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	cols, _ := strconv.Atoi(attr(t, "data-cols"))
	var grid [][]string
	for _, r := range rows {
		line := make([]string, cols)
		next := 0
		empty := true
		for c := r.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			s := inlineText(children(c), modeCell)
			if s != "" {
				empty = false
			}
			col := next
			if v, err := strconv.Atoi(attr(c, "data-col")); err == nil {
				col = v
			}
			for len(line) <= col {
				line = append(line, "")
			}
			if line[col] != "" && s != "" {
				s = line[col] + " " + s
			}
			line[col] = s
			next = col + min(spanOf(attr(c, "colspan")), maxSpan)
		}
		if empty {
			continue
		}
		grid = append(grid, line)
		cols = max(cols, len(line))
	}
	if len(grid) == 0 {
		return out
	}
	var sb strings.Builder
	writeRow := func(cells []string) {
		sb.WriteByte('|')
		for i := 0; i < cols; i++ {
			sb.WriteByte(' ')
			if i < len(cells) {
				sb.WriteString(cells[i])
			}
			sb.WriteString(" |")
		}
	}
	writeRow(grid[0])
	sb.WriteString("\n|")
	for i := 0; i < cols; i++ {
		sb.WriteString(" --- |")
	}
	for _, r := range grid[1:] {
		sb.WriteByte('\n')
		writeRow(r)
	}
	return append(out, chunk{s: sb.String(), kind: atom.Table})
}

// The contexts of phrasing content.
const (
	modePara    = iota // a paragraph: line breaks kept, line starts escaped
	modeHeading        // an ATX heading: one line
	modeCell           // a table cell: one line, pipes escaped
)

// inlineText renders phrasing content as Markdown.
func inlineText(nodes []*html.Node, mode int) string {
	w := &inlineWriter{mode: mode, bol: true}
	for _, n := range nodes {
		w.node(n)
	}
	return strings.TrimRight(string(w.buf), " ")
}

// marker is an emphasis or link delimiter opened in the output.
type marker struct {
	open, close string
	queued      bool // waiting for the content that follows it
	dropped     bool // not written: it could not open here
	pos         int  // where it was written
}

// inlineWriter writes phrasing content. White space and opening delimiters
// are held back until visible content follows, so that no delimiter is
// left next to a space (where it would not count) or around nothing.
type inlineWriter struct {
	buf     []byte
	mode    int
	space   bool // a space is due before the next content
	breaks  int  // line breaks are due before the next content
	bol     bool // nothing visible yet on this line
	open    []*marker
	written int // open markers written and not closed
	em      int
	strong  int
	links   int
	// checks are the closing delimiters written after punctuation and not
	// yet settled, innermost first: one only counts if what follows it is
	// a space or punctuation, and an outer one's removal leaves the inner
	// one before whatever comes next.
	checks []check
	// last is the last emphasis closed, written at lastAt.
	last   *marker
	lastAt int
	// seen is set once a word has been written on the current line.
	seen bool
	// code is the text of the last code span, written from codeAt to
	// codeEnd.
	code            string
	codeAt, codeEnd int
}

// check is a closing delimiter of m, written at at, that is waiting to
// learn what follows it.
type check struct {
	m  *marker
	at int
}

// escapedEnd reports whether the last byte written is escaped by a
// backslash.
func (w *inlineWriter) escapedEnd() bool {
	n := 0
	for i := len(w.buf) - 2; i >= 0 && w.buf[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

func (w *inlineWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if w.mode == modePara {
			if len(w.buf) > 0 {
				w.breaks++
			}
		} else {
			w.space = true
		}
	case atom.Img:
		w.image(n)
	case atom.Em, atom.I:
		if w.em > 0 {
			w.kids(n)
			return
		}
		w.em++
		w.wrap(n, "*", "*")
		w.em--
	case atom.Strong, atom.B:
		if w.strong > 0 {
			w.kids(n)
			return
		}
		w.strong++
		w.wrap(n, "**", "**")
		w.strong--
	case atom.Code:
		w.codeSpan(n)
	case atom.A:
		if w.links > 0 {
			// Links hold no links in Markdown: the inner one is text.
			w.kids(n)
			return
		}
		w.links++
		w.wrap(n, "[", "]("+escapeURL(attr(n, "href"))+")")
		w.links--
	default:
		if isBlockOut(n.DataAtom) {
			// Blocks flattened into a cell or heading: a space apart.
			w.space = true
			w.kids(n)
			w.space = true
			return
		}
		w.kids(n)
	}
}

func (w *inlineWriter) kids(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// wrap writes n's content between delimiters, or without them when the
// content is empty or the delimiters could not open or close around it.
func (w *inlineWriter) wrap(n *html.Node, open, close string) {
	m := &marker{open: open, close: close, queued: true}
	w.open = append(w.open, m)
	w.kids(n)
	w.open = w.open[:len(w.open)-1]
	if m.queued || m.dropped {
		return
	}
	w.written--
	prev, _ := utf8.DecodeLastRune(w.buf)
	if open == "[" {
		w.buf = append(w.buf, close...)
		return
	}
	if unicode.IsSpace(prev) || w.bol {
		// Nothing after the opener on this line: remove it.
		w.buf = append(w.buf[:m.pos], w.buf[m.pos+len(open):]...)
		return
	}
	at := len(w.buf)
	w.buf = append(w.buf, close...)
	w.last, w.lastAt = m, at
	if isPunct(prev) {
		w.checks = append(w.checks, check{m, at})
	}
}

// settle resolves the closing delimiters waiting for the next rune, the
// last written first: after punctuation a closer counts only before a
// space, punctuation or the end; otherwise both its delimiters are removed,
// and the closer before it, now last, is judged by the same rune. A closer
// that counts is itself punctuation, so those before it count too.
func (w *inlineWriter) settle(next rune) {
	for len(w.checks) > 0 {
		c := w.checks[len(w.checks)-1]
		w.checks = w.checks[:len(w.checks)-1]
		if next == ' ' || isPunct(next) || c.at+len(c.m.close) != len(w.buf) {
			w.checks = w.checks[:0]
			return
		}
		w.buf = w.buf[:c.at]
		w.cut(c.m.pos, len(c.m.open))
		if w.last == c.m {
			w.last = nil
		}
	}
}

// cut removes the n bytes at pos from the line, and moves what points
// past them: the closers still waiting, the last emphasis, the last code
// span.
func (w *inlineWriter) cut(pos, n int) {
	w.buf = append(w.buf[:pos], w.buf[pos+n:]...)
	for i := range w.checks {
		if c := &w.checks[i]; c.at > pos {
			c.at -= n
			if c.m.pos > pos {
				c.m.pos -= n
			}
		}
	}
	if w.last != nil && w.lastAt > pos {
		w.lastAt -= n
		if w.last.pos > pos {
			w.last.pos -= n
		}
	}
	if w.codeEnd > pos {
		w.codeAt -= n
		w.codeEnd -= n
	}
}

// before writes what is due before visible content starting with r: line
// breaks, a space, and the opening delimiters waiting for it.
func (w *inlineWriter) before(r rune) {
	if w.breaks > 0 {
		w.settle(' ')
		if w.breaks >= 2 && w.written == 0 {
			// A blank line's worth of breaks outside any delimiter: a new
			// paragraph, as the page shows it.
			w.buf = append(trimSpaceRight(w.buf), "\n\n"...)
		} else {
			w.buf = append(trimSpaceRight(w.buf), "\\\n"...)
		}
		w.breaks = 0
		w.space = false
		w.bol = true
		w.seen = false
	}
	if w.space {
		w.settle(' ')
		if !w.bol {
			w.buf = append(w.buf, ' ')
		}
		w.space = false
	} else {
		w.settle(r)
	}
	for _, m := range w.open {
		if !m.queued {
			continue
		}
		m.queued = false
		prev := ' '
		if !w.bol && len(w.buf) > 0 {
			prev, _ = utf8.DecodeLastRune(w.buf)
		}
		if m.open != "[" && isPunct(r) && !unicode.IsSpace(prev) && !isPunct(prev) {
			// A delimiter between a letter and punctuation does not open
			// emphasis in CommonMark.
			m.dropped = true
			continue
		}
		if m.open != "[" && prev == '*' && !w.escapedEnd() {
			if l := w.last; l != nil && l.open == m.open && w.lastAt+len(l.close) == len(w.buf) {
				// The same emphasis closed just before: go on with it
				// rather than write "**" runs that read otherwise.
				w.buf = w.buf[:w.lastAt]
				m.pos = l.pos
				w.written++
				w.bol = false
				w.last = nil
				continue
			}
			// Next to another delimiter the run would be misread.
			m.dropped = true
			continue
		}
		if m.open == "[" && prev == '!' {
			// "![" would start an image.
			w.buf = append(w.buf[:len(w.buf)-1], `\!`...)
		}
		m.pos = len(w.buf)
		w.buf = append(w.buf, m.open...)
		w.written++
		w.bol = false
	}
}

func trimSpaceRight(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// isSpace reports white space as the segmenter counts it.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b'
}

// text writes a text node's words, escaped, with runs of white space made
// single spaces.
func (w *inlineWriter) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if isSpace(r) {
			w.space = true
			s = s[size:]
			continue
		}
		// Words apart by single spaces go out together.
		end := len(s)
		for i, r := range s {
			if isSpace(r) && (r != ' ' || i+1 >= len(s) || s[i+1] == ' ' || isSpace(firstRune(s[i+1:]))) {
				end = i
				break
			}
		}
		w.word(s[:end])
		s = s[end:]
	}
}

// word writes a run of text holding no white space but single spaces,
// escaping what Markdown would read as syntax.
func (w *inlineWriter) word(s string) {
	first, _ := utf8.DecodeRuneInString(s)
	w.before(first)
	if w.seen && !w.bol && !strings.ContainsAny(s, mdSpecial) {
		w.buf = append(w.buf, s...)
		return
	}
	// Only opening delimiters before the word on its line: they may yet
	// be taken out, so the word counts as starting the line.
	start := !w.seen
	w.seen = true
	listDot := -1
	if start && w.mode == modePara {
		// "1." or "1)" at the start of a line would start a list.
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
			listDot = i
		}
	}
	for i, r := range s {
		esc := false
		switch r {
		case '\\', '`', '*', '[', ']', '~':
			esc = true
		case '_':
			prev, _ := utf8.DecodeLastRune(w.buf)
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			esc = w.bol || !isAlnum(prev) || !isAlnum(next)
		case '<':
			// Before a letter, '/', '!' or '?' it would open HTML, and
			// before anything else it may open an autolink ("<0@0>"), so
			// only a '<' before a space stays as it is.
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			esc = !isSpace(next)
		case '&':
			esc = entityAhead(s[i+1:])
		case '|':
			esc = w.mode == modeCell
		case '#':
			if w.mode == modeHeading {
				esc = w.bol || len(w.buf) > 0 && w.buf[len(w.buf)-1] == ' '
			} else {
				esc = (w.bol || i == 0 && start) && w.mode == modePara
			}
		case '>', '-', '+', '=':
			esc = (w.bol || i == 0 && start) && w.mode == modePara
		case '.', ')':
			esc = i == listDot || i == 0 && w.mode == modePara && w.lineIsNumber()
		}
		if esc {
			w.buf = append(w.buf, '\\')
		}
		w.buf = utf8.AppendRune(w.buf, r)
		w.bol = false
	}
}

// lineIsNumber reports whether the line being written holds, after any
// indent, only a number that a '.' or ')' would make a list marker: "0"
// then ")" from an element of its own ("0<b>)</b>"), which the check in
// word, that looks within one word, does not see.
func (w *inlineWriter) lineIsNumber() bool {
	j := len(w.buf)
	for j > 0 && w.buf[j-1] >= '0' && w.buf[j-1] <= '9' {
		j--
	}
	if n := len(w.buf) - j; n == 0 || n > 9 {
		return false
	}
	for j > 0 && (w.buf[j-1] == ' ' || w.buf[j-1] == '>') {
		j--
	}
	return j == 0 || w.buf[j-1] == '\n'
}

// mdSpecial are the bytes that word may have to escape.
const mdSpecial = "\\`*[]~_<&|#>-+=.)"

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isPunct reports punctuation as CommonMark's flanking rules see it.
func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// entityAhead reports whether s, following an '&', would make it an HTML
// entity or character reference.
func entityAhead(s string) bool {
	i := 0
	if i < len(s) && s[i] == '#' {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	return j > i && j < len(s) && s[j] == ';'
}

// codeSpan writes inline code between enough backticks, its white space
// collapsed as a browser shows it.
func (w *inlineWriter) codeSpan(n *html.Node) {
	var sb strings.Builder
	textOf(n, &sb)
	s := sb.String()
	lead := len(s) > 0 && isSpace(firstRune(s))
	s = strings.Join(strings.FieldsFunc(s, isSpace), " ")
	if s == "" {
		if lead {
			w.space = true
		}
		return
	}
	if lead {
		w.space = true
	}
	trail := len(sb.String()) > 0 && isSpace(lastRune(sb.String()))
	if w.mode == modeCell {
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	w.before('`')
	if w.codeEnd > 0 && w.codeEnd == len(w.buf) {
		// Two code spans in a row would read as one broken run of
		// backticks: they become one span.
		s = w.code + s
		w.buf = w.buf[:w.codeAt]
	}
	w.code, w.codeAt = s, len(w.buf)
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	pad := ""
	if s[0] == '`' || s[len(s)-1] == '`' {
		pad = " "
	}
	w.buf = append(w.buf, fence...)
	w.buf = append(w.buf, pad...)
	w.buf = append(w.buf, s...)
	w.buf = append(w.buf, pad...)
	w.buf = append(w.buf, fence...)
	w.codeEnd = len(w.buf)
	w.bol = false
	if trail {
		w.space = true
	}
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

// image writes ![alt](src).
func (w *inlineWriter) image(n *html.Node) {
	src := attr(n, "src")
	if src == "" {
		return
	}
	alt := strings.Join(strings.FieldsFunc(attr(n, "alt"), isSpace), " ")
	var sb strings.Builder
	for _, r := range alt {
		switch r {
		case '\\', '[', ']', '`', '*', '_', '<', '&':
			sb.WriteByte('\\')
		case '|':
			if w.mode == modeCell {
				sb.WriteByte('\\')
			}
		}
		sb.WriteRune(r)
	}
	w.before('!')
	w.buf = append(w.buf, "!["...)
	w.buf = append(w.buf, sb.String()...)
	w.buf = append(w.buf, "]("...)
	w.buf = append(w.buf, escapeURL(src)...)
	w.buf = append(w.buf, ')')
	w.bol = false
}

// escapeURL percent-encodes the characters that would end a link
// destination early.
func escapeURL(u string) string {
	if !strings.ContainsAny(u, " ()<>\\|") {
		return u
	}
	var sb strings.Builder
	for _, r := range u {
		switch r {
		case ' ':
			sb.WriteString("%20")
		case '(':
			sb.WriteString("%28")
		case ')':
			sb.WriteString("%29")
		case '<':
			sb.WriteString("%3C")
		case '>':
			sb.WriteString("%3E")
		case '\\':
			sb.WriteString("%5C")
		case '|':
			sb.WriteString("%7C")
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
