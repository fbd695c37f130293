// Package prune removes from a DOM the nodes that are never content:
// scripts, styles, form controls, embedded objects, comments and elements
// the page hides from readers.
package prune

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// never lists the elements removed with everything inside them.
var never = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Applet: true,
	atom.Svg: true, atom.Canvas: true, atom.Map: true, atom.Audio: true, atom.Video: true,
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Option: true, atom.Optgroup: true, atom.Datalist: true, atom.Output: true,
	atom.Link: true, atom.Meta: true, atom.Base: true, atom.Head: true,
	atom.Dialog: true, atom.Frameset: true, atom.Frame: true, atom.Param: true, atom.Source: true,
	atom.Track: true,
}

// hiddenClasses are class tokens that mean "not shown to a sighted reader".
// They are matched as whole tokens: "hidden-xs" hides on small screens only.
var hiddenClasses = []string{
	"hidden", "hide", "sr-only", "screen-reader-text", "visually-hidden",
	"visuallyhidden", "screenreader", "d-none", "invisible", "offscreen",
}

// Prune removes never-content nodes below n, in place.
//
// Elements with the hidden attribute are removed too, unless the page would
// then be nearly empty: pages rendered on the server for a script to reveal
// (streamed React, for one) keep their whole content in hidden containers,
// and there the hidden text is the page.
func Prune(n *html.Node) {
	var hidden []*html.Node
	walk(n, &hidden)
	if len(hidden) == 0 {
		return
	}
	var hiddenText int
	for _, h := range hidden {
		hiddenText += textLen(h)
	}
	if visible := textLen(n) - hiddenText; visible*4 >= hiddenText {
		for _, h := range hidden {
			h.Parent.RemoveChild(h)
		}
		return
	}
	for _, h := range hidden {
		walk(h, nil)
	}
}

// walk removes never-content nodes below n. Elements with the hidden
// attribute are left in place and gathered in hidden when it is not nil.
func walk(n *html.Node, hidden *[]*html.Node) {
	// Iterative: pages can nest deeper than is wise to recurse.
	stack := []*html.Node{n}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := p.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case remove(c):
				p.RemoveChild(c)
			case hidden != nil && c.Type == html.ElementNode && hasAttr(c, "hidden"):
				*hidden = append(*hidden, c)
			case c.FirstChild != nil:
				stack = append(stack, c)
			}
			c = next
		}
	}
}

// textLen counts the bytes of text below n.
func textLen(n *html.Node) int {
	total := 0
	stack := []*html.Node{n}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p.Type == html.TextNode {
			total += len(p.Data)
		}
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return total
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func remove(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode, html.DoctypeNode, html.ErrorNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	if n.Namespace == "svg" {
		return true
	}
	if never[n.DataAtom] {
		return true
	}
	return Hidden(n)
}

// Hidden reports whether the element is hidden from sighted readers by an
// inline display:none or visibility:hidden, or by a class token that
// frameworks use to hide an element. (The hidden attribute is weighed by
// Prune, which sees the whole page.)
func Hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		case "class":
			if hasClassToken(a.Val, hiddenClasses) {
				return true
			}
		case "aria-hidden":
			// aria-hidden alone also marks decorative but visible content,
			// so it counts only together with a hiding role.
		}
	}
	return false
}

func hiddenStyle(s string) bool {
	if isASCII(s) && !containsFoldASCII(s, "display") && !containsFoldASCII(s, "visibility") {
		// What strings.ToLower and Contains below would say, without
		// the copy: most styles hide nothing.
		return false
	}
	s = strings.ToLower(s)
	if !strings.Contains(s, "display") && !strings.Contains(s, "visibility") {
		return false
	}
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func hasClassToken(class string, tokens []string) bool {
	if isASCII(class) {
		// strings.Fields and ToLower, token by token in place.
		for i := 0; i < len(class); {
			for i < len(class) && asciiSpace[class[i]] {
				i++
			}
			j := i
			for j < len(class) && !asciiSpace[class[j]] {
				j++
			}
			if j > i {
				f := class[i:j]
				for _, t := range tokens {
					if equalFoldASCII(f, t) {
						return true
					}
				}
			}
			i = j
		}
		return false
	}
	for f := range strings.FieldsSeq(class) {
		f = strings.ToLower(f)
		for _, t := range tokens {
			if f == t {
				return true
			}
		}
	}
	return false
}

// asciiSpace holds the ASCII bytes strings.Fields splits on.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFoldASCII reports whether strings.ToLower(s) == t, for ASCII s and
// lower-case t.
func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != t[i] {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether strings.ToLower(s) contains t, for
// ASCII s and lower-case t.
func containsFoldASCII(s, t string) bool {
	for i := 0; i+len(t) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(t)], t) {
			return true
		}
	}
	return false
}
