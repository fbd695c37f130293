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
//
// A page always has some main content: when no block reaches the
// threshold, the blocks scoring close to the best one are taken instead, so
// that a page the model finds unusual gives its most likely content rather
// than nothing.
func Select(p *segment.Page, c *classify.Result) []int32 {
	var keep []int32
	var best float32
	for i, s := range c.Score {
		if excluded(p, i) {
			continue
		}
		if s >= Threshold {
			keep = append(keep, int32(i))
		}
		if s > best && p.Blocks[i].Words >= 3 {
			best = s
		}
	}
	if len(keep) > 0 || best == 0 {
		return keep
	}
	for i, s := range c.Score {
		if s >= best*0.7 && p.Blocks[i].Words >= 3 && !excluded(p, i) {
			keep = append(keep, int32(i))
		}
	}
	return keep
}
