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
// and there the hidden text is the page. In the same way, an element hidden
// by its style or class stays when it holds nearly all of the text: a
// page that a script fades in is wrapped whole in one.
func Prune(n *html.Node) {
	var set aside
	walk(n, &set)
	total := textLen(n)
	// Walking a kept wrapper may set aside more wrappers inside it; they
	// are weighed against the same whole.
	for i := 0; i < len(set.styled); i++ {
		w := set.styled[i]
		if t := textLen(w); t*10 > total*9 && t >= wrapperMinText {
			walk(w, &set)
		} else if w.Parent != nil {
			w.Parent.RemoveChild(w)
		}
	}
	if len(set.hidden) > 0 {
		var hiddenText int
		for _, h := range set.hidden {
			hiddenText += textLen(h)
		}
		if visible := textLen(n) - hiddenText; visible*4 >= hiddenText {
			for _, h := range set.hidden {
				if h.Parent != nil {
					h.Parent.RemoveChild(h)
				}
			}
		} else {
			for _, h := range set.hidden {
				walk(h, nil)
			}
		}
	}
	if len(set.held) > 0 {
		reveal(textLen(n), set.held)
	}
}

// wrapperMinText is the least text a hidden wrapper must hold to be kept:
// a small page is no evidence of a script that reveals it.
const wrapperMinText = 500

// aside gathers what walk leaves for Prune to weigh against the whole page.
type aside struct {
	// hidden holds the elements with the hidden attribute.
	hidden []*html.Node
	// styled holds the elements hidden by an inline style or a class.
	styled []*html.Node
	// held holds the large noscript elements, emptied of their markup.
	held []noscriptHold
}

// walk removes never-content nodes below n. With set not nil, hidden
// elements and large noscripts are left in place and gathered in it; with
// set nil, hidden elements are removed (but for the hidden attribute,
// which only Prune weighs) and so are all noscripts.
func walk(n *html.Node, set *aside) {
	// Iterative: pages can nest deeper than is wise to recurse.
	stack := []*html.Node{n}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := p.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case set != nil && holdNoscript(c, &set.held):
			case removeAlways(c):
				p.RemoveChild(c)
			case c.Type == html.ElementNode && Hidden(c):
				if set != nil {
					set.styled = append(set.styled, c)
				} else {
					p.RemoveChild(c)
				}
			case set != nil && c.Type == html.ElementNode && hasAttr(c, "hidden"):
				set.hidden = append(set.hidden, c)
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

// remove reports whether walk with no set removes n.
func remove(n *html.Node) bool {
	return removeAlways(n) || (n.Type == html.ElementNode && Hidden(n))
}

// removeAlways reports whether n goes whatever the rest of the page holds.
func removeAlways(n *html.Node) bool {
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
	return never[n.DataAtom]
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
