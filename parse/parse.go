// Package parse builds the DOM of a UTF-8 HTML page as golang.org/x/net/html
// nodes, within limits on the document's size and depth.
//
// It has its own tree builder rather than html.Parse: one pass over the
// bytes with no separate token stream, nodes from slabs, and text sliced
// from the page, which makes it several times faster than html.Parse and
// frees the extractor from that parser's refusal of pages nested deeper
// than 512 elements. The trees it builds are those of html.Parse for
// well-formed pages; see builder for where they differ.
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

// Limits bound the tree that Parse builds. A zero or negative MaxNodes means no
// limit.
type Limits struct {
	MaxNodes int // the most element and text nodes
	MaxDepth int // deeper elements are re-attached at this depth (at most DepthBound when not set)
}

// DepthBound is the deepest nesting built when Limits.MaxDepth is not set.
// Each end tag looks for its element among the open ones, so an unbounded
// depth would make a hostile page cost time in the square of its size.
const DepthBound = 4096

// Parse parses src, which must be UTF-8, into a document node.
//
// The node limit is checked before parsing from the number of '<' bytes, an
// upper bound of the elements the parser can create, so a hostile page is
// refused before it costs memory. Elements nested deeper than MaxDepth are
// kept as empty leaves and what they hold goes to their parent: the text
// stays, its nesting goes. It reports whether that happened. A raw-text
// element left open (an unclosed <title> or <script>) that would swallow
// the rest of the page is closed instead.
func Parse(src []byte, lim Limits) (doc *html.Node, flattened bool, err error) {
	if lim.MaxNodes > 0 {
		if n := bytes.Count(src, []byte{'<'}); n > lim.MaxNodes {
			return nil, false, fmt.Errorf("%w (%d tags > %d)", ErrTooManyNodes, n, lim.MaxNodes)
		}
	}
	depth := lim.MaxDepth
	if depth <= 0 {
		depth = DepthBound
	}
	doc, flattened = build(src, depth)
	return doc, flattened, nil
}
