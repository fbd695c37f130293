package parse

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some elements hold raw text up to their end tag: <title> and <textarea>
// (escapable text), <script>, <style>, <xmp>, <noembed>, <noframes>. When a
// page never closes one of them, a browser-grade parser swallows the rest
// of the page into it, and the page seems to have no body. That is what the
// HTML standard says, but not what the author meant, so the parser repairs
// it: the element is closed where its text first looks like markup, and the
// page is parsed again.

var rawText = map[atom.Atom]bool{
	atom.Title: true, atom.Textarea: true, atom.Script: true, atom.Style: true,
	atom.Xmp: true, atom.Noembed: true, atom.Noframes: true,
}

// swallowed returns the first raw-text element of doc that holds the rest
// of the page, or nil.
func swallowed(doc *html.Node) *html.Node {
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && rawText[n.DataAtom] {
			if t := n.FirstChild; t != nil && t.Type == html.TextNode && len(t.Data) > 64 && looksLikeRestOfPage(t.Data) {
				return n
			}
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return nil
}

// looksLikeRestOfPage reports whether text holds the end of a document:
// "</body" or "</html" as indexFold finds them.
func looksLikeRestOfPage(text string) bool {
	// indexFold takes a byte b for '<' when b|0x20 == '<', which 0x1c is
	// too: a text holding that control byte is searched the slow way.
	if strings.IndexByte(text, 0x1c) >= 0 {
		return containsFold(text, "</body") || containsFold(text, "</html")
	}
	// Otherwise only at a '<', which IndexByte finds fast.
	for {
		i := strings.IndexByte(text, '<')
		if i < 0 {
			return false
		}
		text = text[i:]
		if hasPrefixFold(text, "</body") || hasPrefixFold(text, "</html") {
			return true
		}
		text = text[1:]
	}
}

// hasPrefixFold reports whether s starts with sub, compared as indexFold
// compares.
func hasPrefixFold(s, sub string) bool {
	if len(s) < len(sub) {
		return false
	}
	for j := 0; j < len(sub); j++ {
		if s[j]|0x20 != sub[j]|0x20 {
			return false
		}
	}
	return true
}

// repair closes the element that swallowed the page: it inserts its end
// tag before the first thing in its text that looks like a tag. It returns
// nil when it cannot find where.
func repair(src []byte, el *html.Node) []byte {
	open := indexFold(src, []byte("<"+el.Data))
	for open >= 0 {
		// The opening tag whose element is never closed: no end tag after it.
		rest := src[open:]
		if indexFold(rest, []byte("</"+el.Data)) < 0 {
			break
		}
		next := indexFold(rest[1:], []byte("<"+el.Data))
		if next < 0 {
			return nil
		}
		open += 1 + next
	}
	if open < 0 {
		return nil
	}
	gt := bytes.IndexByte(src[open:], '>')
	if gt < 0 {
		return nil
	}
	start := open + gt + 1
	for i := start; i < len(src)-1; i++ {
		if src[i] == '<' && (isLetter(src[i+1]) || src[i+1] == '/' || src[i+1] == '!') {
			out := make([]byte, 0, len(src)+len(el.Data)+3)
			out = append(out, src[:i]...)
			out = append(out, "</"+el.Data+">"...)
			return append(out, src[i:]...)
		}
	}
	return nil
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func containsFold(s, sub string) bool { return indexFold(s, sub) >= 0 }

// indexFold is bytes.Index ignoring ASCII case; sub must be lower case.
func indexFold[T string | []byte](s, sub T) int {
	if len(sub) == 0 {
		return 0
	}
	first := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 != first|0x20 {
			continue
		}
		j := 1
		for ; j < len(sub); j++ {
			if s[i+j]|0x20 != sub[j]|0x20 {
				break
			}
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}
