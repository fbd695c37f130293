// Package pipeline runs the stages that every use of a page shares, from
// bytes to segmented blocks, so that the library and the model trainer see
// exactly the same blocks.
package pipeline

import (
	"strings"

	"github.com/pith-dev/pith/decode"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/prune"
	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is a page taken through decode, parse, prune and segment.
type Page struct {
	// Doc is the parsed document, pruned once Segment has run.
	Doc *html.Node
	// Charset is the encoding the bytes were decoded from.
	Charset string
	// Flattened says the document nested deeper than the limit allowed.
	Flattened bool
	// Blocks is the segmented page.
	Blocks *segment.Page
}

// Parse decodes and parses data. Metadata is read from the returned
// document before Segment prunes it.
func Parse(data []byte, contentType string, lim parse.Limits) (*Page, error) {
	d := decode.Decode(data, contentType)
	doc, flat, err := parse.Parse(d.Text, lim)
	if err != nil {
		return nil, err
	}
	return &Page{Doc: doc, Charset: d.Charset, Flattened: flat}, nil
}

// Segment prunes the document and splits it into blocks.
func (p *Page) Segment() *segment.Page {
	title := Title(p.Doc)
	prune.Prune(p.Doc)
	p.Blocks = segment.Segment(p.Doc)
	p.Blocks.Title = title
	return p.Blocks
}

// Title returns the text of the document's first <title> element.
func Title(doc *html.Node) string {
	var find func(n *html.Node, depth int) *html.Node
	find = func(n *html.Node, depth int) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			return n
		}
		// The title is in the head, near the top: no need to search the body.
		if depth > 3 || (n.Type == html.ElementNode && n.DataAtom == atom.Body) {
			return nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := find(c, depth+1); t != nil {
				return t
			}
		}
		return nil
	}
	t := find(doc, 0)
	if t == nil || t.FirstChild == nil {
		return ""
	}
	return strings.Join(strings.Fields(t.FirstChild.Data), " ")
}
