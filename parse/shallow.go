package parse

import (
	"bytes"

	"golang.org/x/net/html"
)

// parserDepth is a nesting the parser accepts: x/net/html refuses more than
// 512 open elements, and the tree builder opens some of its own.
const parserDepth = 400

// minParserDepth is the shallowest nesting tried when the parser still
// refuses a page cut to parserDepth. A start tag rarely makes the tree
// builder open more than a couple of elements (tbody and tr for a bare
// td), so pages cut this shallow are accepted.
const minParserDepth = 50

// shallow returns src without the start and end tags of elements nested
// deeper than max, counted as the tokenizer sees them. The text inside
// them stays, so a hostile or broken page loses its nesting, not its words.
func shallow(src []byte, max int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	out := make([]byte, 0, len(src))
	depth, dropped := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if depth >= max {
				dropped++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if dropped > 0 {
				dropped--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out = append(out, z.Raw()...)
	}
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}
