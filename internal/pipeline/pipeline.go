// Package pipeline runs the stages that every use of a page shares, from
// bytes to segmented blocks, so that the library and the model trainer see
// exactly the same blocks.
package pipeline

import (
	"bytes"
	"io"

	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/prune"
	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
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

// Decode turns the page's bytes into UTF-8, using the HTTP Content-Type's
// charset when given.
func Decode(data []byte, contentType string) ([]byte, string, error) {
	_, name, _ := charset.DetermineEncoding(data, contentType)
	rd, err := charset.NewReader(bytes.NewReader(data), contentType)
	if err != nil {
		return nil, "", err
	}
	src, err := io.ReadAll(rd)
	return src, name, err
}

// Parse decodes and parses data. Metadata is read from the returned
// document before Segment prunes it.
func Parse(data []byte, contentType string, lim parse.Limits) (*Page, error) {
	src, cs, err := Decode(data, contentType)
	if err != nil {
		return nil, err
	}
	doc, flat, err := parse.Parse(src, lim)
	if err != nil {
		return nil, err
	}
	return &Page{Doc: doc, Charset: cs, Flattened: flat}, nil
}

// Segment prunes the document and splits it into blocks.
func (p *Page) Segment() *segment.Page {
	prune.Prune(p.Doc)
	p.Blocks = segment.Segment(p.Doc)
	return p.Blocks
}
