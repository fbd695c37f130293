package bench

import (
	"bytes"
	"errors"
	"testing"

	"golang.org/x/net/html"
)

func TestBigPage(t *testing.T) {
	page := []byte(`<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav>` +
		`<article><div class=wrap><h1>Head</h1><P class=lead>First <b>bold</b> para.</P><div class=ad>Ad</div>` +
		`<p>Second <a href="/x">link</a> para.</p></div></article>` +
		`<footer><div><p>Footer text.</p></div></footer><pre>code</pre></body></html>`)
	const size = 10000
	big, err := BigPage(page, size)
	if err != nil {
		t.Fatal(err)
	}
	if len(big) < size || len(big) > size+len(page)+200 {
		t.Errorf("len = %d, want about %d", len(big), size)
	}
	// Head, containers and tail are kept once; only the paragraphs are
	// repeated, as text in their own <p> elements.
	for s, want := range map[string]int{"<title>": 1, "<nav>": 1, "<footer>": 1, "<pre>": 1, "</html>": 1, "<div class=wrap>": 1,
		"<div class=ad>": 1, "<b>": 1, `<a href="/x">`: 1, "<P class=lead>First bold para.</p>": 0, "<p>Second link para.</p>": 0} {
		n := bytes.Count(big, []byte(s))
		if want > 0 && n != want {
			t.Errorf("%q occurs %d times, want %d", s, n, want)
		}
		if want == 0 && n < 40 {
			t.Errorf("%q occurs %d times, want it repeated", s, n)
		}
	}
	// The copies go after the longest paragraph (the second), before the
	// rest of the page.
	if !bytes.HasPrefix(big, page[:bytes.Index(page, []byte("</div></article>"))]) ||
		!bytes.HasSuffix(big, []byte("</div></article><footer><div><p>Footer text.</p></div></footer><pre>code</pre></body></html>")) {
		t.Error("page head or tail changed")
	}
	// Every copy is balanced: the tree does not deepen with the size.
	doc, err := html.Parse(bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	if d := depth(doc); d > 12 {
		t.Errorf("tree depth %d", d)
	}
	if _, err := BigPage([]byte("<pre>no paragraphs</pre><param>"), size); !errors.Is(err, ErrNoParagraphs) {
		t.Errorf("page without <p>: err = %v", err)
	}
}

func depth(n *html.Node) int {
	d := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		d = max(d, depth(c))
	}
	return d + 1
}
