package prune

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds on a <noscript> worth reading as markup. The parser keeps a
// noscript's content as raw text (it parses as a browser with scripts
// does), so its markup is parsed again here, apart from the parser's
// limits: these keep that second parse small beside the page's own.
const (
	// noscriptMinRaw is the least raw text worth a look: below it, a
	// noscript holds a tracking pixel or an "enable JavaScript" notice.
	noscriptMinRaw = 1024
	// noscriptMaxTags bounds the elements of a noscript parsed again.
	noscriptMaxTags = 100_000
	// noscriptMaxDepth bounds the nesting of its markup.
	noscriptMaxDepth = 256
	// noscriptMinText is the least text a noscript must hold to be shown.
	noscriptMinText = 500
)

// noscriptHold is a noscript element taken aside by walk: its raw markup,
// and the element left empty in its place.
type noscriptHold struct {
	el  *html.Node
	raw string
}

// holdNoscript empties a large noscript element and keeps its markup for
// reveal; it reports false for one that should simply go.
func holdNoscript(c *html.Node, held *[]noscriptHold) bool {
	if held == nil || c.Type != html.ElementNode || c.DataAtom != atom.Noscript {
		return false
	}
	t := c.FirstChild
	if t == nil || t.Type != html.TextNode || t.NextSibling != nil || len(t.Data) < noscriptMinRaw {
		return false
	}
	c.RemoveChild(t)
	*held = append(*held, noscriptHold{el: c, raw: t.Data})
	return true
}

// reveal shows the page's largest noscript as content when it holds four
// times the text of the rest of the page or more, and removes the others. Some
// pages, forum software among them, render their whole content for
// readers without scripts inside a noscript, and leave outside it only an
// empty shell for the script to fill: there the noscript is the page.
func reveal(visible int, held []noscriptHold) {
	best := -1
	var bestNodes []*html.Node
	var bestText int
	for i, h := range held {
		if strings.Count(h.raw, "<") > noscriptMaxTags {
			continue
		}
		nodes, err := html.ParseFragmentWithOptions(strings.NewReader(h.raw),
			&html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div},
			html.ParseOptionEnableScripting(true))
		if err != nil {
			continue
		}
		text := 0
		deep := false
		for _, n := range nodes {
			if n.FirstChild != nil {
				walk(n, nil)
			}
			if remove(n) {
				continue
			}
			text += textLen(n)
			deep = deep || depth(n) > noscriptMaxDepth
		}
		if !deep && text > bestText {
			best, bestNodes, bestText = i, nodes, text
		}
	}
	for i, h := range held {
		if i != best || bestText < noscriptMinText || bestText < 4*visible {
			if h.el.Parent != nil {
				h.el.Parent.RemoveChild(h.el)
			}
			continue
		}
		// The element stays, as a plain container of its parsed content.
		h.el.DataAtom, h.el.Data = atom.Div, "div"
		for _, n := range bestNodes {
			if !remove(n) {
				h.el.AppendChild(n)
			}
		}
	}
}

// depth returns how deep the tree below n nests, without recursion.
func depth(n *html.Node) int {
	type item struct {
		n *html.Node
		d int
	}
	max := 0
	stack := []item{{n, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.d > max {
			max = it.d
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return max
}
