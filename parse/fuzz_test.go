package parse

import (
	"testing"

	"golang.org/x/net/html"
)

// FuzzParse checks that any input builds a well-linked tree no deeper than
// the limit, without panicking.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`<p>a<div>b</p>`, `<table><td>x<tr><th>y</table>`, `<svg><g><p>x</svg>`,
		`<a><div><b>x</a>y</b>`, `<script><!--<script></script>--></script>`, `<!---->`,
		`<title>x`, `<form><form></form>`, `<template><li>x</template>`, `</>`, `<`,
		`<head><template><div>`, `<select><optgroup><option>`, `<math><mi><p>x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, _, err := Parse(src, Limits{MaxDepth: 32})
		if err != nil {
			return
		}
		var check func(n *html.Node, depth int)
		check = func(n *html.Node, depth int) {
			if depth > 34 {
				t.Fatalf("depth %d over the limit 32", depth)
			}
			var prev *html.Node
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Parent != n || c.PrevSibling != prev {
					t.Fatalf("bad links at %q under %q", c.Data, n.Data)
				}
				check(c, depth+1)
				prev = c
			}
			if n.LastChild != prev {
				t.Fatalf("last child of %q is not its last", n.Data)
			}
		}
		check(doc, 0)
	})
}
