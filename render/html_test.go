package render

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestHTML(t *testing.T) {
	tests := []struct {
		name string
		html string
		keep []string
		opts Options
		want string
	}{
		{
			name: "attributes, scripts and wrappers go",
			html: `<div class="c" id="i"><p style="color:red" onclick="x()" class="z">Hi <span class="s">there</span>` +
				`<script>evil()</script> <a href="rel/x" onclick="evil()" class="l">link</a></p></div>`,
			opts: Options{Links: true, BaseURL: base},
			want: `<p>Hi there <a href="https://ex.com/dir/rel/x">link</a></p>`,
		},
		{
			name: "links off keep their text",
			html: `<p>a <a href="/x">link</a> here</p>`,
			want: `<p>a link here</p>`,
		},
		{
			name: "relative URL left alone without a base",
			html: `<p><a href="/x">link</a></p>`,
			opts: Options{Links: true},
			want: `<p><a href="/x">link</a></p>`,
		},
		{
			name: "links do not nest",
			html: `<a href="/out"><table><tr><td><a href="/in">inner</a> text</td></tr></table></a>`,
			opts: Options{Links: true, BaseURL: base},
			want: `<p><a href="https://ex.com/out">inner text</a></p>`,
		},
		{
			name: "escaping",
			html: `<p>a &lt;b&gt; &amp; "c" <a href="/q?a=1&amp;b=&quot;2&quot;">d</a></p>`,
			opts: Options{Links: true, BaseURL: base},
			want: `<p>a &lt;b&gt; &amp; "c" <a href="https://ex.com/q?a=1&amp;b=&#34;2&#34;">d</a></p>`,
		},
		{
			name: "structure",
			html: `<h2 class="t">Title</h2><ol start="3"><li>x<ul><li>y</li></ul></li></ol>` +
				`<table class="data"><tr><th>a</th><th>b</th></tr><tr><td colspan="2" style="x">c</td></tr></table>`,
			want: "<h2>Title</h2>\n<ol start=\"3\">\n<li>x\n<ul>\n<li>y</li>\n</ul>\n</li>\n</ol>\n" +
				"<table>\n<tbody>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n<tr>\n<td colspan=\"2\">c</td>\n</tr>\n</tbody>\n</table>",
		},
		{
			name: "code keeps white space and language",
			html: "<pre class=\"highlight\"><code class=\"language-go hljs\">if a &lt; b {\n\treturn\n}</code></pre>",
			want: "<pre><code class=\"language-go\">if a &lt; b {\n\treturn\n}</code></pre>",
		},
		{
			name: "images on and off",
			html: `<p>x <img src="a.png" alt="A &quot;q&quot;" width="10" onerror="e()"> y</p>`,
			opts: Options{Images: true, BaseURL: base},
			want: `<p>x <img src="https://ex.com/dir/a.png" alt="A &#34;q&#34;"> y</p>`,
		},
		{
			name: "image dropped without the option",
			html: `<p>x <img src="a.png" alt="A"> y</p>`,
			want: `<p>x y</p>`,
		},
		{
			name: "loose text gets a paragraph",
			html: `<div>loose <b>bold</b><div>inner</div></div><blockquote>quote</blockquote>`,
			want: "<p>loose <b>bold</b></p>\n<p>inner</p>\n<blockquote>\n<p>quote</p>\n</blockquote>",
		},
		{
			name: "only kept blocks",
			html: `<h1>Head</h1><p>dropped</p><p>kept</p><ul><li>no</li></ul>`,
			keep: []string{"Head", "kept"},
			want: "<h1>Head</h1>\n<p>kept</p>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := segmentHTML(t, "<html><body>"+tt.html+"</body></html>")
			keep := allBlocks(p)
			if tt.keep != nil {
				keep = blocksWith(p, tt.keep...)
			}
			got := HTML(p, keep, tt.opts)
			if got != tt.want {
				t.Errorf("HTML:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestHTMLCorpus checks the HTML of benchmark pages: it parses, holds only
// the allowed elements and attributes, and its text has the words of the
// text output.
func TestHTMLCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test")
	}
	allowed := map[string]map[string]bool{
		"p": nil, "h1": nil, "h2": nil, "h3": nil, "h4": nil, "h5": nil, "h6": nil,
		"ul": nil, "ol": {"start": true}, "li": nil, "dl": nil, "dt": nil, "dd": nil,
		"table": nil, "caption": nil, "thead": nil, "tbody": nil, "tr": nil,
		"th": {"colspan": true, "rowspan": true}, "td": {"colspan": true, "rowspan": true},
		"pre": nil, "code": {"class": true}, "blockquote": nil, "em": nil, "strong": nil,
		"b": nil, "i": nil, "br": nil, "a": {"href": true}, "img": {"src": true, "alt": true},
		"html": nil, "head": nil, "body": nil,
	}
	for _, f := range samplePages(t, "scrapinghub", 40) {
		_, sp, keep := selected(t, readGz(t, f))
		out := HTML(sp, keep, Options{Links: true, Images: true, BaseURL: "https://example.org/news/"})
		doc, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			switch n.Type {
			case html.TextNode:
				sb.WriteString(n.Data)
			case html.ElementNode:
				attrs, ok := allowed[n.Data]
				if !ok {
					t.Errorf("%s: element %s", f, n.Data)
				}
				for _, a := range n.Attr {
					if !attrs[a.Key] {
						t.Errorf("%s: attribute %s on %s", f, a.Key, n.Data)
					}
					if u, err := url.Parse(a.Val); (a.Key == "href" || a.Key == "src") && (err != nil || !u.IsAbs()) {
						t.Errorf("%s: URL not absolute: %s", f, a.Val)
					}
				}
				if segment.IsBlock(n.DataAtom) || n.DataAtom == atom.Br {
					sb.WriteByte(' ')
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if missing, extra := wordDiff(Text(sp, keep), sb.String()); len(missing)+len(extra) > 0 {
			t.Errorf("%s: words differ: missing %q, extra %q", f, head(missing), head(extra))
		}
	}
}
