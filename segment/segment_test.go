package segment_test

import (
	"strings"
	"testing"

	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html"
)

func blocks(t *testing.T, src string) *segment.Page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return segment.Segment(doc)
}

func TestSegmentBlocks(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want []string
	}{
		{"paragraphs", `<p>One.</p><p>Two.</p>`, []string{"One.", "Two."}},
		{"inline tags do not split or glue", `<p>foo<b>bar</b> baz <i>qux</i></p>`, []string{"foobar baz qux"}},
		{"text around a block child", `<div>before<p>inside</p>after</div>`, []string{"before", "inside", "after"}},
		{"white space collapses", "<p>  a \n\t b  </p>", []string{"a b"}},
		{"br is a line break", `<p>line one<br>line two</p>`, []string{"line one\nline two"}},
		{"a blank line parts blocks", `<div><small>May 5 - Posted by Ann</small><br><br>The article text.<br>Its second line.<br> <br><br>Next part.</div>`,
			[]string{"May 5 - Posted by Ann", "The article text.\nIts second line.", "Next part."}},
		{"pre keeps white space", "<pre>  x := 1\n\ty := 2</pre>", []string{"  x := 1\n\ty := 2"}},
		{"list items", `<ul><li>a</li><li>b</li></ul>`, []string{"a", "b"}},
		{"cells", `<table><tr><td>1</td><td>2</td></tr></table>`, []string{"1", "2"}},
		{"nbsp is a space", "<p>a&nbsp;b</p>", []string{"a b"}},
		{"empty blocks are dropped", `<div> </div><p></p><p>x</p>`, []string{"x"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := blocks(t, c.src)
			var got []string
			for _, b := range p.Blocks {
				got = append(got, b.Text)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("blocks %q, want %q", got, c.want)
			}
		})
	}
}

func TestBlockFeatures(t *testing.T) {
	p := blocks(t, `<h2>Title here</h2><p>Some <a href="/x">linked words</a> here, and more.</p><ul><li><a href="/a">All link</a></li></ul>`)
	if len(p.Blocks) != 3 {
		t.Fatalf("%d blocks", len(p.Blocks))
	}
	h, para, li := p.Blocks[0], p.Blocks[1], p.Blocks[2]
	if h.Kind != segment.Heading || h.Level != 2 {
		t.Errorf("heading kind %v level %d", h.Kind, h.Level)
	}
	if para.Kind != segment.Paragraph || para.Words != 6 || para.LinkChars != 11 || para.Punct != 2 {
		t.Errorf("paragraph: kind %v words %d link chars %d punct %d", para.Kind, para.Words, para.LinkChars, para.Punct)
	}
	if li.Kind != segment.ListItem || !li.InLink {
		t.Errorf("list item: kind %v in link %v", li.Kind, li.InLink)
	}
	// Totals: the body holds all three blocks.
	for _, e := range p.Elems {
		if e.Tag.String() == "body" && (e.Blocks != 3 || e.FirstBlock != 0 || e.EndBlock != 3) {
			t.Errorf("body totals: %d blocks [%d, %d)", e.Blocks, e.FirstBlock, e.EndBlock)
		}
	}
	if para.First == nil || para.Last == nil || para.First.Data != "Some " || para.Last.Data != " here, and more." {
		t.Errorf("paragraph's first/last text nodes wrong")
	}
}

func TestCJKWords(t *testing.T) {
	p := blocks(t, `<p>日本語の文章です。</p>`)
	if p.Blocks[0].Words != 8 || p.Blocks[0].Punct != 1 {
		t.Errorf("words %d punct %d, want 8 and 1", p.Blocks[0].Words, p.Blocks[0].Punct)
	}
}
