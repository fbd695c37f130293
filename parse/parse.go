// Package parse builds the DOM of a UTF-8 HTML page with
// golang.org/x/net/html, within limits on the document's size and depth.
package parse

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/net/html"
)

// ErrTooManyNodes is returned when a document would hold more nodes than
// allowed.
var ErrTooManyNodes = errors.New("document exceeds the node limit")

// Limits bound the tree that Parse builds. A zero or negative field means no
// limit.
type Limits struct {
	MaxNodes int // the most element and text nodes
	MaxDepth int // deeper elements are re-attached at this depth
}

// Parse parses src, which must be UTF-8, into a document node.
//
// The node limit is checked before parsing from the number of '<' bytes, an
// upper bound of the elements the parser can create, so a hostile page is
// refused before it costs memory. Nesting deeper than MaxDepth is flattened
// after parsing: the text stays, its nesting goes. It reports whether the
// tree was flattened. A raw-text element left open (an unclosed <title>
// or <script>) that would swallow the rest of the page is closed instead.
func Parse(src []byte, lim Limits) (doc *html.Node, flattened bool, err error) {
	if lim.MaxNodes > 0 {
		if n := bytes.Count(src, []byte{'<'}); n > lim.MaxNodes {
			return nil, false, fmt.Errorf("%w (%d tags > %d)", ErrTooManyNodes, n, lim.MaxNodes)
		}
	}
	doc, err = html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(true))
	if err != nil {
		// x/net/html refuses pages nested deeper than 512 elements. Drop
		// the excess nesting from the source and parse what remains. The
		// tree builder opens elements the source does not name (a tbody
		// for each table row), so a depth the tokenizer counts may still
		// be too deep for it: halve it until the parser accepts the page.
		depth := lim.MaxDepth
		if depth <= 0 || depth > parserDepth {
			depth = parserDepth
		}
		for {
			doc, err = html.ParseWithOptions(bytes.NewReader(shallow(src, depth)), html.ParseOptionEnableScripting(true))
			if err == nil || depth <= minParserDepth {
				break
			}
			depth /= 2
		}
		if err != nil {
			return nil, false, err
		}
		flattened = true
	}
	if el := swallowed(doc); el != nil {
		if fixed := repair(src, el); fixed != nil {
			if again, err := html.ParseWithOptions(bytes.NewReader(fixed), html.ParseOptionEnableScripting(true)); err == nil {
				doc = again
			}
		}
	}
	if lim.MaxDepth > 0 && flatten(doc, lim.MaxDepth) {
		flattened = true
	}
	return doc, flattened, nil
}

// flatten moves the children of every element deeper than max up to the
// ancestor at depth max, keeping document order. It walks iteratively, since
// the point is to survive trees too deep for recursion.
func flatten(doc *html.Node, max int) bool {
	type frame struct {
		n     *html.Node
		depth int
	}
	changed := false
	stack := []frame{{doc, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.depth == max {
			// Hoist every descendant element's children into f.n, in order.
			if hoist(f.n) {
				changed = true
			}
			continue
		}
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, f.depth + 1})
		}
	}
	return changed
}

// hoist replaces every child element of n that has children by those
// children, until n's children are all leaves, and reports whether it did.
func hoist(n *html.Node) bool {
	changed := false
	for c := n.FirstChild; c != nil; {
		if c.FirstChild == nil {
			c = c.NextSibling
			continue
		}
		changed = true
		// Move c's children before c, then remove c; continue with what was
		// its first child, so grandchildren are hoisted in turn.
		first := c.FirstChild
		for g := c.FirstChild; g != nil; {
			next := g.NextSibling
			c.RemoveChild(g)
			n.InsertBefore(g, c)
			g = next
		}
		n.RemoveChild(c)
		c = first
	}
	return changed
}
