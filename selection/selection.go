// Package selection chooses, from the classified blocks of a page, those
// that make up its main content.
package selection

import (
	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/segment"
)

// Threshold is the score from which a block is main content.
const Threshold = 0.5

// Select returns the indices of the blocks of p that are main content, in
// document order.
func Select(p *segment.Page, c *classify.Result) []int32 {
	var keep []int32
	for i, s := range c.Score {
		if s >= Threshold {
			keep = append(keep, int32(i))
		}
	}
	return keep
}
