package render

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/internal/pipeline"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/segment"
	"github.com/pith-dev/pith/selection"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gtext "github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// benchDir returns the shared benchmark directory, ../shared/bench beside
// the module root, or skips the test when it is absent.
func benchDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("module root not found")
		}
		dir = up
	}
	b := filepath.Join(dir, "..", "shared", "bench")
	if _, err := os.Stat(b); err != nil {
		t.Skip("benchmark data absent: ", b)
	}
	return b
}

// samplePages returns about n page files of a set, spread over it.
func samplePages(t testing.TB, set string, n int) []string {
	files, _ := filepath.Glob(filepath.Join(benchDir(t), set, "*.html.gz"))
	sort.Strings(files)
	if len(files) == 0 {
		t.Skip("no pages in ", set)
	}
	step := max(1, len(files)/n)
	var out []string
	for i := 0; i < len(files) && len(out) < n; i += step {
		out = append(out, files[i])
	}
	return out
}

func readGz(t testing.TB, path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// selected runs the real pipeline on a page and returns its blocks and
// the ones the classifier keeps.
func selected(t testing.TB, data []byte) (*pipeline.Page, *segment.Page, []int32) {
	pp, err := pipeline.Parse(data, "", parse.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	sp := pp.Segment()
	return pp, sp, selection.Select(sp, classify.Classify(sp))
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// wordDiff returns the words of a that b lacks and those b has beyond a,
// as multisets.
func wordDiff(a, b string) (missing, extra []string) {
	count := map[string]int{}
	for _, w := range wordRE.FindAllString(a, -1) {
		count[w]++
	}
	for _, w := range wordRE.FindAllString(b, -1) {
		count[w]--
	}
	for w, c := range count {
		for ; c > 0; c-- {
			missing = append(missing, w)
		}
		for ; c < 0; c++ {
			extra = append(extra, w)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return missing, extra
}

// gfm parses GitHub Flavored Markdown but for the autolinks of bare URLs
// and e-mail addresses (Linkify), which are no CommonMark and read
// "a**b@c.d" as a link rather than as emphasis closing.
var gfm = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))

// parsedText renders Markdown through goldmark and returns the text a
// reader sees, blocks apart.
func parsedText(t testing.TB, md string) string {
	var out bytes.Buffer
	if err := gfm.Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&out)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		brk := n.Type == html.ElementNode && (segment.IsBlock(n.DataAtom) || n.DataAtom == atom.Br)
		if brk {
			sb.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if brk {
			sb.WriteByte('\n')
		}
	}
	walk(doc)
	return sb.String()
}

// TestMarkdownCorpus is issue 5's acceptance test of the Markdown output:
// over a sample of benchmark pages, with the blocks the real classifier
// selects, pith's Markdown read back by a CommonMark (GFM) parser gives the
// same words as the text output; its tables have the columns of the
// page's data tables; its code blocks hold the page's code byte for byte.
func TestMarkdownCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test")
	}
	var files []string
	files = append(files, samplePages(t, "wcxb-dev", 100)...)
	files = append(files, samplePages(t, "scrapinghub", 50)...)
	if os.Getenv("PITH_MD_SETS") != "" {
		// A wider run on demand: PITH_MD_SETS="readability cleaneval-dev".
		files = nil
		for _, set := range strings.Fields(os.Getenv("PITH_MD_SETS")) {
			files = append(files, samplePages(t, set, 100000)...)
		}
	}
	opts := Options{Links: os.Getenv("PITH_MD_LINKS") != ""}
	var pages, words, badPages, tables, codes int
	for _, f := range files {
		data := readGz(t, f)
		pp, sp, keep := selected(t, data)
		md := Markdown(sp, keep, opts)
		text := Text(sp, keep)
		got := parsedText(t, md)
		missing, extra := wordDiff(text, got)
		pages++
		words += len(wordRE.FindAllString(text, -1))
		if len(missing)+len(extra) > 0 {
			badPages++
			t.Errorf("%s: words differ: missing %q, extra %q", filepath.Base(f), head(missing), head(extra))
		}
		if pages <= 30 {
			// With images, alt texts add words; none may go missing.
			withImages := Markdown(sp, keep, Options{Links: true, Images: true, BaseURL: "https://example.org/a/"})
			if missing, _ := wordDiff(text, parsedText(t, withImages)); len(missing) > 0 {
				t.Errorf("%s: words missing with images and links: %q", filepath.Base(f), head(missing))
			}
		}
		src := []byte(md)
		doc := gfm.Parser().Parse(gtext.NewReader(src))
		tables += checkTables(t, filepath.Base(f), pp.Doc, sp, keep, doc, src)
		codes += checkCode(t, filepath.Base(f), sp, keep, doc, src)
	}
	t.Logf("%d pages, %d words, %d pages with differing words, %d tables and %d code blocks checked", pages, words, badPages, tables, codes)
}

func head(s []string) []string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// keptElem reports whether all the blocks of element e are kept, and
// whether any is.
func keptElem(sp *segment.Page, kept []bool, e int32) (all, any bool) {
	el := &sp.Elems[e]
	if el.EndBlock <= el.FirstBlock {
		return false, false
	}
	all = true
	for i := el.FirstBlock; i < el.EndBlock; i++ {
		if kept[i] {
			any = true
		} else {
			all = false
		}
	}
	return all, any
}

func keptSet(sp *segment.Page, keep []int32) []bool {
	kept := make([]bool, len(sp.Blocks))
	for _, i := range keep {
		kept[i] = true
	}
	return kept
}

// gridWidth is the number of columns of an HTML table: the widest row,
// counting the cells that row spans of the rows above reach into.
func gridWidth(t *html.Node) int {
	var rows []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				find(c)
			}
		}
	}
	find(t)
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
			cs, rs := spanOf(attr(c, "colspan")), spanOf(attr(c, "rowspan"))
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

// checkTables compares, in order, the page's data tables that hold kept
// text with the GFM tables of the Markdown, and returns how many it
// checked.
func checkTables(t *testing.T, name string, _ *html.Node, sp *segment.Page, keep []int32, doc gast.Node, src []byte) int {
	kept := keptSet(sp, keep)
	var want []int
	for i := range sp.Elems {
		e := &sp.Elems[i]
		if e.Tag != atom.Table || layoutTable(e.Node) || insideLeaf(e.Node) {
			continue
		}
		if _, any := keptElem(sp, kept, int32(i)); !any || onlyCaption(sp, kept, int32(i)) {
			continue
		}
		w := gridWidth(e.Node)
		if w > maxSpan {
			return 0
		}
		want = append(want, w)
	}
	var got []int
	gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if tb, ok := n.(*east.Table); ok && entering {
			got = append(got, tb.FirstChild().ChildCount())
		}
		return gast.WalkContinue, nil
	})
	if len(want) != len(got) {
		t.Errorf("%s: %d data tables with kept text, %d GFM tables (columns %v, want %v)", name, len(want), len(got), got, want)
		return 0
	}
	for i := range want {
		if want[i] != got[i] {
			t.Errorf("%s: table %d has %d columns, want %d (all: %v, want %v)", name, i, got[i], want[i], got, want)
		}
	}
	return len(want)
}

// onlyCaption reports whether the only kept text of a table is in its
// caption, which Markdown writes as a paragraph.
func onlyCaption(sp *segment.Page, kept []bool, table int32) bool {
	el := &sp.Elems[table]
	for i := el.FirstBlock; i < el.EndBlock; i++ {
		if kept[i] && sp.Blocks[i].Kind != segment.Caption {
			return false
		}
	}
	return true
}

// insideLeaf reports whether n sits in an element that holds only
// phrasing content in the clean tree (a paragraph, heading, pre...), where
// tables and code blocks are flattened.
func insideLeaf(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Dt, atom.Figcaption, atom.Caption:
			return true
		case atom.Td, atom.Th:
			// A cell of a data table flattens what it holds.
			for q := p.Parent; q != nil; q = q.Parent {
				if q.DataAtom == atom.Table {
					if !layoutTable(q) {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// checkCode compares, in order, the page's pre elements whose blocks are
// all kept with the fenced code blocks of the Markdown, byte for byte, and
// returns how many it checked.
func checkCode(t *testing.T, name string, sp *segment.Page, keep []int32, doc gast.Node, src []byte) int {
	kept := keptSet(sp, keep)
	var want []string
	partial := false
	for i := range sp.Elems {
		e := &sp.Elems[i]
		if e.Tag != atom.Pre || insideLeaf(e.Node) {
			continue
		}
		all, any := keptElem(sp, kept, int32(i))
		if !any {
			continue
		}
		if !all || hasBlockInside(e.Node) {
			partial = true
			continue
		}
		var sb strings.Builder
		textOf(e.Node, &sb)
		want = append(want, strings.Trim(sb.String(), "\n"))
	}
	var got []string
	gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if cb, ok := n.(*gast.FencedCodeBlock); ok && entering {
			var sb strings.Builder
			for i := 0; i < cb.Lines().Len(); i++ {
				seg := cb.Lines().At(i)
				sb.Write(seg.Value(src))
			}
			got = append(got, strings.TrimSuffix(sb.String(), "\n"))
		}
		return gast.WalkContinue, nil
	})
	if partial {
		// A pre split into several blocks, only some kept, or laid out
		// with block elements: no byte-for-byte expectation.
		return 0
	}
	if len(want) != len(got) {
		t.Errorf("%s: %d kept pre elements, %d fenced code blocks", name, len(want), len(got))
		return 0
	}
	for i := range want {
		if want[i] != got[i] {
			t.Errorf("%s: code block %d differs:\n got %q\nwant %q", name, i, got[i], want[i])
		}
	}
	return len(want)
}

func hasBlockInside(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (segment.IsBlock(c.DataAtom) || hasBlockInside(c)) {
			return true
		}
	}
	return false
}
