package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// outline writes a tree as one line per node, attributes sorted, for
// comparing two trees.
func outline(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		pad := strings.Repeat(" ", depth)
		switch n.Type {
		case html.ElementNode:
			attrs := make([]string, 0, len(n.Attr))
			for _, a := range n.Attr {
				// SVG's camel-case attribute names are folded: no stage
				// reads them.
				attrs = append(attrs, fmt.Sprintf(" %s=%q", strings.ToLower(a.Key), a.Val))
			}
			sort.Strings(attrs)
			ns := ""
			if n.Namespace != "" {
				ns = n.Namespace + ":"
			}
			fmt.Fprintf(&sb, "%s<%s%s%s>\n", pad, ns, strings.ToLower(n.Data), strings.Join(attrs, ""))
		case html.TextNode:
			fmt.Fprintf(&sb, "%s%q\n", pad, n.Data)
		case html.CommentNode:
			fmt.Fprintf(&sb, "%s<!--%s-->\n", pad, n.Data)
		case html.DoctypeNode:
			fmt.Fprintf(&sb, "%s<!doctype %s>\n", pad, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

// stripHeadSpace removes the white-space text html.Parse keeps between
// head elements, which the builder drops as no stage reads it.
func stripHeadSpace(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" &&
			c.Parent.Type == html.ElementNode && (c.Parent.Data == "head" || c.Parent.Data == "html") {
			n.RemoveChild(c)
		} else {
			stripHeadSpace(c)
		}
		c = next
	}
}

// TestSameTreeAsHTMLParse checks that the builder gives the tree
// html.Parse gives, on fragments that exercise each rule it follows: the
// implied structure, closing rules, raw text, tables, foreign content and
// the broken nesting of real pages.
func TestSameTreeAsHTMLParse(t *testing.T) {
	cases := []struct{ name, src string }{
		{"implied html head body", `<title>T</title><p>Hello`},
		{"doctype and comments", "<!DOCTYPE html><!-- top --><html lang=en><head><meta charset=utf-8></head><body><!-- in body --><p>x</p></body></html>"},
		{"comment with dashes", `<body><!--- zone start ---><p>kept</p><!-- a -- b --><p>after</p>`},
		{"comment bang end", `<body><!-- x --!><p>after</p>`},
		{"bogus comments", `<body><?xml version="1.0"?><!ELEMENT x><p>after</p>`},
		{"paragraph closed by block", `<body><p>one<div>two</div><p>three<p>four<ul><li>five</ul>`},
		{"stray end p", `<body><div>text</p>more</div>`},
		{"list items", `<body><ul><li>a<li>b<p>c<li>d</ul><ol><li>x<ul><li>nested</ul><li>y</ol>`},
		{"definition list", `<body><dl><dt>term<dd>def<dt>term2<dd>def2</dl>`},
		{"headings", `<body><h1>one<h2>two</h2><p>para`},
		{"void and self-closing", `<body><p>a<br>b<br/>c<img src=x.png alt="an image"><hr><input type=text></p>`},
		{"attributes", `<body><a HREF="/x?a=1&amp;b=2" class='c1 c2' data-x=plain id=one id=two title>link</a>`},
		{"upper case tags", `<HTML><BODY><DIV CLASS=main><P>Old page<BR>text</P></DIV></BODY></HTML>`},
		{"entities", `<body><p>&lt;tag&gt; &amp; &copy; &#8212; &#x41; &nbsp;x &notanentity; AT&T</p>`},
		{"crlf", "<body><p>line one\r\nline two\rline three</p>"},
		{"script and style", `<head><script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a { color: red }</style></head><body><p>text`},
		{"script escaped", `<body><script><!-- document.write("<script src=x></script>"); var y = 1; --></script><p>after</p>`},
		{"script comment only", `<body><script><!-- var x = "</script>" </script><p>after</p>`},
		{"title and textarea", `<title>A &amp; B <b>not bold</b></title><body><textarea>
keep &lt;this&gt;</textarea><p>x`},
		{"noscript", `<body><noscript><p>enable scripts</p></noscript><p>x</p>`},
		{"pre newline", "<body><pre>\ncode\n  indented</pre>"},
		{"table implied", `<body><table><tr><td>a<td>b<tr><th>c</table>`},
		{"table sections", `<body><table><caption>cap</caption><thead><tr><th>h</thead><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>f</tfoot></table>`},
		{"table bare cell", `<body><table><td>cell</td></table>`},
		{"nested table", `<body><table><tr><td><table><tr><td>inner</table>outer cell<td>second</table>`},
		{"col", `<body><table><col><col><tr><td>x</table>`},
		{"text between cells", `<body><table><th>0</th>0<td>x</td></table>`},
		{"block in a table", `<body><p>before</p><table><div class=ad>ad text</div><tr><td>cell</table>`},
		{"table in a table", `<body><table><tr><td>a</td></tr><table><tr><td>b</table>`},
		{"select", `<body><select><option>a<option>b<optgroup><option>c</select>`},
		{"svg", `<body><p>before<svg viewBox="0 0 1 1"><path d="M0"/><g><circle r=1 /></g></svg>after</p>`},
		{"svg breakout", `<body><svg><g><p>escaped paragraph</p>`},
		{"svg foreignObject", `<body><svg><foreignObject><div>html inside</div></foreignObject></svg><p>after`},
		{"math", `<body><math><mi>x</mi><mo>=</mo><mn>1</mn></math><p>after`},
		{"head template", `<head><template id=t><div>tpl</div><link rel=x></template><meta name=a content=b></head><body><p>x`},
		{"late head elements", `<head><title>t</title></head><meta name=late content=1><body><p>x`},
		{"body attributes merged", `<body class=a><p>x</p><body id=b class=c>`},
		{"content after body", `<body><p>x</p></body><p>after body</p></html><p>after html</p>`},
		{"a in a", `<body><a href=1>one<a href=2>two</a>`},
		{"a wrapping block", `<body><a href=/x><div>card title</div><p>card text</p></a><p>after</p>`},
		{"misnested formatting over block", `<body><div><b>bold<div>block</b>still block</div>after</div>`},
		{"stray inline end", `<body><div><span>a<div>b</span>c</div>d</div>`},
		{"forms", `<body><form id=f1><input name=a><form id=f2><input name=b></form><p>after</p>`},
		{"unknown elements", `<body><my-widget data-x=1><span>custom</span></my-widget><Other-Tag>x</Other-Tag>`},
		{"lt in text", `<body><p>a < b and c <3 d</p><p>x </ y> z</p>`},
		{"end tag with attributes", `<body><div>x</div class="gone"><p>y`},
		{"button", `<body><button>one<button>two</button>`},
		{"image alias", `<body><image src=x.png>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, err := html.ParseWithOptions(strings.NewReader(c.src), html.ParseOptionEnableScripting(true))
			if err != nil {
				t.Fatal(err)
			}
			stripHeadSpace(want)
			got, _, err := Parse([]byte(c.src), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if g, w := outline(got), outline(want); g != w {
				t.Errorf("tree differs from html.Parse\n--- got\n%s--- want\n%s", g, w)
			}
		})
	}
}

// TestTreeWhereSimpler checks the cases where the builder deliberately
// differs from html.Parse: it does not re-open formatting elements in
// each paragraph, and it closes a raw-text element that swallows the page.
func TestTreeWhereSimpler(t *testing.T) {
	doc, _, err := Parse([]byte(`<body><em><p>one</p><p>two</p></em>`), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := bodyText(doc); got != "one two" {
		t.Errorf("text %q, want both paragraphs", got)
	}
	// "</>" is nothing (html.Parse leaves an empty comment).
	doc, _, err = Parse([]byte(`<body><p>x</>y</p>`), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if p := doc.FirstChild.LastChild.FirstChild; p == nil || p.FirstChild == nil || p.FirstChild.Data != "xy" || p.FirstChild.NextSibling != nil {
		t.Errorf("</> left more than one text in the paragraph:\n%s", outline(doc))
	}
}

// TestParseAllocations checks that building allocates per slab, not per
// node: a page of 2,000 paragraphs takes far fewer allocations than nodes.
func TestParseAllocations(t *testing.T) {
	src := []byte("<html><body>" + strings.Repeat(`<p class="x">Some text in a paragraph.</p>`, 2000) + "</body></html>")
	allocs := testing.AllocsPerRun(5, func() {
		if _, _, err := Parse(src, Limits{}); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 200 {
		t.Errorf("%.0f allocations for 4,000 nodes; want slab allocation (< 200)", allocs)
	}
}
