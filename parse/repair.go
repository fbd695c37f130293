package parse

import "strings"

// Some elements hold raw text up to their end tag: <title> and <textarea>
// (escapable text), <script>, <style>, <xmp>, <noembed>, <noframes>. When a
// page never closes one of them, a browser-grade parser swallows the rest
// of the page into it, and the page seems to have no body. That is what the
// HTML standard says, but not what the author meant, so the parser repairs
// it: the element is closed where its text first looks like markup (see
// builder.rawText).

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
