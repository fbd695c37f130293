// Package linefeat turns the lines of a page's text into the feature
// vectors that the plain-text classifier scores. It is shared by package
// plaintext, which scores pages, and by the training command, which must
// see exactly the same features.
package linefeat

import "strings"

// Span is one non-blank line of a text: text[Start:End], without its line
// terminator. BlankBefore records whether one or more blank lines separate
// it from the previous non-blank line, the mark of a paragraph break in
// texts that separate paragraphs by blank lines.
type Span struct {
	Start, End  int
	BlankBefore bool
}

// Split returns the non-blank lines of text, appended to dst. A line ends at
// "\n"; a "\r" before it is not part of the line. A line holding only
// spaces and tabs is blank.
func Split(dst []Span, text string) []Span {
	blank := false
	start := 0
	for start <= len(text) {
		end := len(text)
		if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			end = start + k
		}
		next := end + 1
		if end > start && text[end-1] == '\r' {
			end--
		}
		if isBlank(text[start:end]) {
			blank = true
		} else {
			dst = append(dst, Span{Start: start, End: end, BlankBefore: blank && len(dst) > 0})
			blank = false
		}
		start = next
	}
	return dst
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}
