package render

import (
	"strings"
	"testing"

	"github.com/pith-dev/pith/internal/pipeline"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/segment"
	gtext "github.com/yuin/goldmark/text"
)

// segmentHTML runs a hand-written page through the real parse, prune and
// segment stages.
func segmentHTML(t testing.TB, src string) *segment.Page {
	t.Helper()
	pp, err := pipeline.Parse([]byte(src), "", parse.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return pp.Segment()
}

// allBlocks keeps every block of the page.
func allBlocks(p *segment.Page) []int32 {
	keep := make([]int32, len(p.Blocks))
	for i := range keep {
		keep[i] = int32(i)
	}
	return keep
}

// blocksWith keeps the blocks whose text contains one of the given
// strings.
func blocksWith(p *segment.Page, subs ...string) []int32 {
	var keep []int32
	for i, b := range p.Blocks {
		for _, s := range subs {
			if strings.Contains(b.Text, s) {
				keep = append(keep, int32(i))
				break
			}
		}
	}
	return keep
}

const base = "https://ex.com/dir/page.html"

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		html string
		keep []string // blocks to keep, by text; all when empty
		opts Options
		want string
	}{
		{
			name: "heading levels",
			html: `<h1>One</h1><h3>Three <em>em</em></h3><h6>Six</h6>`,
			want: "# One\n\n### Three *em*\n\n###### Six",
		},
		{
			name: "nested lists keep numbering",
			html: `<ol start="4"><li>four<ul><li>a</li><li>b</li></ul></li><li>five</li></ol>`,
			want: "4. four\n   - a\n   - b\n5. five",
		},
		{
			name: "list item with paragraphs",
			html: `<ul><li><p>first</p><p>second</p></li><li>next</li></ul>`,
			want: "- first\n\n  second\n- next",
		},
		{
			name: "adjacent lists stay apart",
			html: `<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol><ol><li>d</li></ol>`,
			want: "- a\n\n* b\n\n1. c\n\n1) d",
		},
		{
			name: "li outside a list",
			html: `<div><li>loose</li><li>items</li></div>`,
			want: "- loose\n- items",
		},
		{
			name: "table with header cells",
			html: `<table><thead><tr><th>Name</th><th>Qty</th></tr></thead>` +
				`<tbody><tr><td>a|b</td><td>2</td></tr><tr><td colspan="2">both</td></tr></tbody></table>`,
			want: "| Name | Qty |\n| --- | --- |\n| a\\|b | 2 |\n| both |  |",
		},
		{
			name: "table without header cells: first row heads",
			html: `<table><tr><td>x</td><td>y</td><td>z</td></tr><tr><td>1</td><td>2</td></tr></table>`,
			want: "| x | y | z |\n| --- | --- | --- |\n| 1 | 2 |  |",
		},
		{
			name: "row span pushes cells right",
			html: `<table><tr><th>A</th><th>B</th></tr><tr><td rowspan="2">x</td><td>1</td></tr><tr><td>2</td></tr></table>`,
			want: "| A | B |\n| --- | --- |\n| x | 1 |\n|  | 2 |",
		},
		{
			name: "cell text on one line",
			html: `<table><tr><th>k</th><th>v</th></tr><tr><td>a<br>b</td><td><p>p1</p><p>p2</p></td></tr></table>`,
			want: "| k | v |\n| --- | --- |\n| a b | p1 p2 |",
		},
		{
			name: "row of dropped cells keeps its columns",
			html: `<table><tr><th>h1</th><th>h2</th><th>h3</th></tr><tr><td>skip</td><td>mid</td><td>skip</td></tr></table>`,
			keep: []string{"h1", "h2", "h3", "mid"},
			want: "| h1 | h2 | h3 |\n| --- | --- | --- |\n|  | mid |  |",
		},
		{
			name: "layout table is not a table",
			html: `<table><tr><td><p>para one</p><p>two</p></td></tr></table>`,
			want: "para one\n\ntwo",
		},
		{
			name: "code block keeps white space and language",
			html: "<pre><code class=\"language-go\">func f() {\n\treturn  1 \n\n}</code></pre>",
			want: "```go\nfunc f() {\n\treturn  1 \n\n}\n```",
		},
		{
			name: "code block language from the highlighter's wrapper",
			html: `<div class="highlight-python notranslate"><pre><span class="k">print</span>(1)</pre></div>`,
			want: "```python\nprint(1)\n```",
		},
		{
			name: "fence longer than the backticks inside",
			html: "<pre>```\nx\n```</pre>",
			want: "````\n```\nx\n```\n````",
		},
		{
			name: "br in pre is a newline",
			html: `<pre>a<br>  b</pre>`,
			want: "```\na\n  b\n```",
		},
		{
			name: "blockquote",
			html: `<blockquote><p>a</p><p>b</p></blockquote>`,
			want: "> a\n>\n> b",
		},
		{
			name: "emphasis moves spaces outside",
			html: `<p>x <strong>bold</strong> and <i> it </i>y <b></b>z</p>`,
			want: "x **bold** and *it* y z",
		},
		{
			name: "emphasis split in two reads as one",
			html: `<p><em>Call Me</em> <em>b</em><em>y Your Name</em></p>`,
			want: "*Call Me* *by Your Name*",
		},
		{
			name: "inline code",
			html: "<p>use <code>a `b` c</code> or <kbd>Ctrl</kbd></p>",
			want: "use ``a `b` c`` or `Ctrl`",
		},
		{
			name: "links off",
			html: `<p>see <a href="/doc?a=1">the doc</a>.</p>`,
			want: "see the doc.",
		},
		{
			name: "links on, resolved against the base",
			html: `<p>see <a href="/doc?a=1">the doc</a> and <a href="x (1).html">this</a>.</p>`,
			opts: Options{Links: true, BaseURL: base},
			want: "see [the doc](https://ex.com/doc?a=1) and [this](https://ex.com/dir/x%20%281%29.html).",
		},
		{
			name: "link in a link is text",
			html: `<a href="/out"><table><tr><td><a href="/in">inner</a> text</td></tr></table></a>`,
			opts: Options{Links: true, BaseURL: base},
			want: "[inner text](https://ex.com/out)",
		},
		{
			name: "javascript link is text",
			html: `<p><a href="javascript:void(0)">click</a></p>`,
			opts: Options{Links: true},
			want: "click",
		},
		{
			name: "images off",
			html: `<p>pic <img src="img/a.png" alt="A"> here</p>`,
			want: "pic here",
		},
		{
			name: "images on",
			html: `<p>pic <img src="img/a.png" alt="A [1]"> here</p>`,
			opts: Options{Images: true, BaseURL: base},
			want: "pic ![A \\[1\\]](https://ex.com/dir/img/a.png) here",
		},
		{
			name: "image between kept paragraphs",
			html: `<p>before</p><figure><img data-src="/b.jpg" src="data:image/gif;base64,R0"></figure><p>after</p>`,
			opts: Options{Images: true, BaseURL: base},
			want: "before\n\n![](https://ex.com/b.jpg)\n\nafter",
		},
		{
			name: "image from srcset",
			html: `<p>a <img srcset="/s.jpg 1x, /l.jpg 2x" alt="s"> b</p>`,
			opts: Options{Images: true, BaseURL: base},
			want: "a ![s](https://ex.com/s.jpg) b",
		},
		{
			name: "escaping",
			html: `<p>1. not a list</p><p># not a heading</p><p>- no bullet *no em* [no link] a_b _c_ &lt;div&gt; &amp;amp; AT&amp;T</p>`,
			want: "1\\. not a list\n\n\\# not a heading\n\n\\- no bullet \\*no em\\* \\[no link\\] a_b \\_c\\_ \\<div> \\&amp; AT&T",
		},
		{
			name: "a number then a list delimiter from another element",
			html: `<p>12<b>)</b> and</p><p>3<span>.</span></p><p>a 4<b>)</b></p>`,
			want: "12\\) and\n\n3\\.\n\na 4)",
		},
		{
			name: "a '<' that could open an autolink",
			html: `<p>mail &lt;0@0&gt; or &lt;x:y&gt;, but 1 &lt; 2</p>`,
			want: "mail \\<0@0> or \\<x:y>, but 1 < 2",
		},
		{
			name: "nested closers after punctuation and before a letter",
			html: `<p><i>a <b>b!</b></i>c and <i>d <b>e!</b></i> f</p>`,
			want: "a b!c and *d **e!*** f",
		},
		{
			name: "heading closing hashes escaped",
			html: `<h2>C# in #1</h2>`,
			want: "## C# in \\#1",
		},
		{
			name: "line breaks",
			html: `<p>line one<br>line two<br><br>new para<br></p>`,
			want: "line one\\\nline two\n\nnew para",
		},
		{
			name: "escapes after a line break",
			html: `<p>a<br>- b<br>2) c<br>===</p>`,
			want: "a\\\n\\- b\\\n2\\) c\\\n\\===",
		},
		{
			name: "line start escaped behind emphasis that does not hold",
			html: `<p>before<br><br><b>3. "</b>If Lance</p>`,
			want: "before\n\n3\\. \"If Lance",
		},
		{
			name: "no glue, no split",
			html: `<p>foo<span>bar</span> <b>baz</b>qux</p><div>a<div>b</div>c</div>`,
			want: "foobar **baz**qux\n\na\n\nb\n\nc",
		},
		{
			name: "only kept blocks, nothing empty",
			html: `<h2>Head</h2><p>skip me</p><ul><li>keep</li><li>drop</li></ul><h3>gone</h3><table><tr><td>x</td><td>y</td></tr></table>`,
			keep: []string{"Head", "keep"},
			want: "## Head\n\n- keep",
		},
		{
			name: "empty elements vanish",
			html: `<ul><li></li><li> </li><li>x</li></ul><h2> </h2><p></p><table><tr><td></td></tr></table>`,
			want: "- x",
		},
		{
			name: "blocks in a heading",
			html: `<h2>Title<div>sub</div></h2>`,
			want: "## Title sub",
		},
		{
			name: "link around blocks",
			html: `<a href="/card"><h3>Card title</h3><p>Card text</p></a>`,
			opts: Options{Links: true, BaseURL: base},
			want: "### [Card title](https://ex.com/card)\n\n[Card text](https://ex.com/card)",
		},
		{
			name: "a one-letter link starting a list item is no task box",
			html: `<ul><li><a href="https://x.com/a">X</a></li></ul>`,
			opts: Options{Links: true},
			want: "- [&#88;](https://x.com/a)",
		},
		{
			name: "definition list",
			html: `<dl><dt>term</dt><dd>definition</dd></dl>`,
			want: "term\n\ndefinition",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := segmentHTML(t, "<html><body>"+tt.html+"</body></html>")
			keep := allBlocks(p)
			if tt.keep != nil {
				keep = blocksWith(p, tt.keep...)
			}
			got := Markdown(p, keep, tt.opts)
			if got != tt.want {
				t.Errorf("Markdown:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestMarkdownRoundTrip reads the Markdown of tricky fragments back with
// a CommonMark parser and checks that the words and the code come back.
func TestMarkdownRoundTrip(t *testing.T) {
	tests := []string{
		`<p>*a* _b_ **c** ` + "`d`" + ` [e](f) <g> &amp;h; ~~i~~ |j| \k\ #l</p>`,
		`<p>2023.</p><p>+ plus</p><p>> quote</p><p>    indented</p><p>***</p><p>---</p>`,
		`<ul><li>a<pre>  code
	tab</pre></li><li><blockquote>q<pre>x
  y</pre></blockquote></li></ul>`,
		`<p>word<b>"quoted"</b>word and <i>(paren)</i>x</p>`,
		`<p>Hello!<a href="/x">link</a></p>`,
		`<table><tr><th>a|b</th><th><code>c|d</code></th></tr><tr><td>*e*</td><td>f</td></tr></table>`,
		`<ol start="7"><li>seven</li><li>eight<ol start="3"><li>three</li></ol></li></ol>`,
	}
	var codes, tables int
	for _, src := range tests {
		p := segmentHTML(t, "<html><body>"+src+"</body></html>")
		keep := allBlocks(p)
		for _, o := range []Options{{}, {Links: true, BaseURL: base}} {
			md := Markdown(p, keep, o)
			missing, extra := wordDiff(Text(p, keep), parsedText(t, md))
			if len(missing)+len(extra) > 0 {
				t.Errorf("%s\nMarkdown %q\nmissing %q, extra %q", src, md, missing, extra)
			}
			doc := gfm.Parser().Parse(gtext.NewReader([]byte(md)))
			codes += checkCode(t, src, p, keep, doc, []byte(md))
			tables += checkTables(t, src, nil, p, keep, doc, []byte(md))
		}
	}
	if codes != 4 || tables != 2 {
		t.Errorf("checked %d code blocks and %d tables, want 4 and 2", codes, tables)
	}
}

func BenchmarkMarkdown(b *testing.B) {
	files := samplePages(b, "scrapinghub", 30)
	type page struct {
		p    *segment.Page
		keep []int32
	}
	var pages []page
	var raw [][]byte
	for _, f := range files {
		data := readGz(b, f)
		_, sp, keep := selected(b, data)
		pages = append(pages, page{sp, keep})
		raw = append(raw, data)
	}
	// The stages before rendering, for scale: decode, parse, prune,
	// segment, classify, select.
	b.Run("pipeline", func(b *testing.B) {
		for b.Loop() {
			for _, d := range raw {
				selected(b, d)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
	})
	b.Run("text", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				Text(p.p, p.keep)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
	})
	b.Run("markdown", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				Markdown(p.p, p.keep, Options{Links: true, Images: true, BaseURL: base})
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
	})
	b.Run("html", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				HTML(p.p, p.keep, Options{Links: true, Images: true, BaseURL: base})
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
	})
}

// FuzzMarkdown checks, on any page, that the Markdown of all its blocks
// reads back with the words of the text output and that the HTML
// rendering does not fail. Run with go test -fuzz FuzzMarkdown.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		`<p>*a* _b_ **c** ` + "`d`" + ` [e](f) <g> &amp;h; ~~i~~ |j| \k\ #l</p>`,
		`<ul><li>a<pre>  code</pre></li><li><blockquote>q</blockquote></li></ul>`,
		`<table><tr><th>a|b</th><th>c</th></tr><tr><td rowspan=2>*e*</td><td>f</td></tr></table>`,
		`<p>word<b>"quoted"</b>word <i>(p)</i>x<br><br><b>1. </b>y</p>`,
		`<h2>C# <a href="/x">#1</a></h2><ol start="3"><li>x</li></ol>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		pp, err := pipeline.Parse([]byte(src), "", parse.Limits{MaxNodes: 2000, MaxDepth: 64})
		if err != nil {
			return
		}
		p := pp.Segment()
		keep := allBlocks(p)
		o := Options{Links: true, BaseURL: base}
		md := Markdown(p, keep, o)
		HTML(p, keep, o)
		if missing, extra := wordDiff(Text(p, keep), parsedText(t, md)); len(missing)+len(extra) > 0 {
			t.Errorf("Markdown %q: missing %q, extra %q", md, missing, extra)
		}
	})
}
