// Package render writes the chosen blocks of a page as plain text,
// Markdown or HTML.
package render

import (
	"strings"

	"github.com/pith-dev/pith/segment"
)

// Text writes the blocks as plain text, a block per line. The cells of a
// table row share a line, separated by " | ".
func Text(p *segment.Page, keep []int32) string {
	// Sized once: a builder left to grow copies a long page's text some
	// twenty times over and holds twice its size at the end.
	size := 0
	for _, i := range keep {
		size += len(p.Blocks[i].Text) + 3
	}
	var sb strings.Builder
	sb.Grow(size)
	prevRow := int32(-1)
	for n, i := range keep {
		b := &p.Blocks[i]
		row := int32(-1)
		if b.Kind == segment.Cell {
			row = p.Elems[b.Elem].Parent
		}
		if n > 0 {
			if row >= 0 && row == prevRow {
				sb.WriteString(" | ")
			} else {
				sb.WriteByte('\n')
			}
		}
		sb.WriteString(b.Text)
		prevRow = row
	}
	return sb.String()
}
