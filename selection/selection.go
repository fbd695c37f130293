// Package selection chooses, from the classified blocks of a page, those
// that make up its main content.
package selection

import (
	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/segment"
)

// Scores from which a block is main content: Threshold anywhere, Extend
// next to main content. Content runs in one stretch, so a block of middling
// score at the edge of the main content or inside it belongs to it, while
// an island of middling scores among the boilerplate does not. (Measured on
// the benchmark sets' validation part against one threshold of 0.5: word F1
// up 0.001 to 0.015 on every set but the snippets, down 0.001.)
const (
	Threshold = 0.6
	Extend    = 0.45
)

// scantWords is the size below which a page's kept content is no answer
// when a paragraph of prose is to be had.
const scantWords = 12

// Select returns the indices of the blocks of p that are main content, in
// document order.
//
// A page always has some main content: when no block reaches the
// threshold, or the blocks that do hold fewer than scantWords words, the
// fallback takes the page's likeliest content instead (see fallback), so
// that a page the model finds unusual gives its most likely content rather
// than nothing or a stray label; and a page whose only text is what policy
// leaves out gives that text (see onlyExcluded).
func Select(p *segment.Page, c *classify.Result) []int32 {
	var keep []int32
	// best is the top score of a block of three words or more; bestAny of
	// any block, for a page of nothing longer.
	var best, bestAny float32
	n := len(c.Score)
	on := make([]bool, n)
	// out marks the blocks policy leaves out, decided once: the runs below
	// read it again.
	out := make([]bool, n)
	for i, s := range c.Score {
		if out[i] = excluded(p, i); out[i] {
			continue
		}
		if s >= Threshold {
			on[i] = true
		}
		if s > best && p.Blocks[i].Words >= 3 {
			best = s
		}
		if s > bestAny && p.Blocks[i].Words > 0 {
			bestAny = s
		}
	}
	// Runs of main content grow forward, then backward, over the blocks
	// that reach Extend.
	for i := 1; i < n; i++ {
		if !on[i] && on[i-1] && c.Score[i] >= Extend && !out[i] {
			on[i] = true
		}
	}
	for i := n - 2; i >= 0; i-- {
		if !on[i] && on[i+1] && c.Score[i] >= Extend && !out[i] {
			on[i] = true
		}
	}
	dropIslands(p, on)
	dropRepeats(p, on)
	for i := range on {
		if on[i] {
			keep = append(keep, int32(i))
		}
	}
	if bestAny == 0 {
		if ex := onlyExcluded(p, c); len(ex) > 0 {
			return ex
		}
		return keep
	}
	if len(keep) == 0 {
		return fallback(p, c, best, bestAny)
	}
	// A page whose kept blocks say next to nothing (a site name, a
	// "Videos" heading) while a paragraph of prose scored lower is a page
	// the model misread as the fallback's are.
	var words int32
	for _, k := range keep {
		words += p.Blocks[k].Words
	}
	if words < scantWords {
		if pr := prose(p, c, best); pr != nil {
			return pr
		}
	}
	return keep
}

// islandWords bounds a stray island: a run of kept blocks of this many
// words or fewer, apart from the rest of the main content, is a label the
// model liked out of context (a breadcrumb, a menu entry, a lone
// "Comments"), not text. (On all pages: scrapinghub +0.0008, dragnet
// +0.0003, snippets +0.0003, the others within ±0.0001; two words is the
// bound that loses on no set, one word gains less, three loses on wcxb's
// product and collection pages.)
const islandWords = 2

// dropIslands turns off the runs of on that hold islandWords words or
// fewer, when another run holds more.
func dropIslands(p *segment.Page, on []bool) {
	type run struct{ start, end, words int32 }
	var runs []run
	large := false
	for i := 0; i < len(on); i++ {
		if !on[i] {
			continue
		}
		r := run{start: int32(i)}
		for ; i < len(on) && on[i]; i++ {
			r.words += p.Blocks[i].Words
		}
		r.end = int32(i)
		runs = append(runs, r)
		large = large || r.words > islandWords
	}
	if !large {
		return
	}
	for _, r := range runs {
		if r.words <= islandWords {
			for i := r.start; i < r.end; i++ {
				on[i] = false
			}
		}
	}
}

// onlyExcluded chooses the main content of a page on which every block
// with words is one that policy leaves out: a photo page of nothing but
// captions, a page of nothing but its headline. Policy tells content from
// what surrounds it; with nothing around, that text is all the page says,
// and a reader asking for its text wants it rather than nothing. The
// blocks scoring close to the best of them are kept.
func onlyExcluded(p *segment.Page, c *classify.Result) []int32 {
	var best float32
	found := false
	for i, s := range c.Score {
		if p.Blocks[i].Words > 0 && (!found || s > best) {
			best, found = s, true
		}
	}
	if !found {
		return nil
	}
	var keep []int32
	for i, s := range c.Score {
		if p.Blocks[i].Words > 0 && s >= best*0.7 {
			keep = append(keep, int32(i))
		}
	}
	return keep
}

// A page can hold a section twice: a copy for small screens and one for
// large, a tab's or a variant's text laid out again, a carousel's slides
// cloned for its loop. Only one copy is shown, so the reader sees the
// section once. repeatRun is how many consecutive kept blocks must repeat,
// in order, an earlier run of kept blocks for the later run to be such a
// copy; repeatWords is the fewest words a block of it must have to go. A
// copy under the same parent as its original is kept: items of one list
// that say the same thing are the list's content, not a copy of it. (On
// all pages, word F1: wcxb-dev product 0.646 -> 0.653, forum 0.788 ->
// 0.800, wcxb-dev 0.874 -> 0.876, every other set within 0.001; on the
// validation part, product 0.557 -> 0.580. Runs of two gain more on
// product but lose 0.002 shingle F1 on cleaneval-dev; any repeated block,
// run or not, loses 0.006 on readability and up to 0.45 on a listing page
// whose items repeat a line.)
const (
	repeatRun   = 3
	repeatWords = 3
)

// dropRepeats turns off the blocks of on that repeat, in a run of
// repeatRun or more, the text of earlier kept blocks under another parent.
func dropRepeats(p *segment.Page, on []bool) {
	var kept []int32
	for i := range on {
		if on[i] && p.Blocks[i].Words > 0 {
			kept = append(kept, int32(i))
		}
	}
	if len(kept) < 2*repeatRun {
		return
	}
	// copyOf is, per kept block, the position in kept of the latest earlier
	// kept block with the same text, or -1; run is the length of the run
	// of copies that ends at the block.
	last := make(map[string]int, len(kept))
	copyOf := make([]int, len(kept))
	run := make([]int, len(kept))
	for k, i := range kept {
		t := p.Blocks[i].Text
		j, ok := last[t]
		last[t] = k
		if !ok {
			copyOf[k] = -1
			continue
		}
		copyOf[k] = j
		run[k] = 1
		if k > 0 && copyOf[k-1] >= 0 && copyOf[k-1]+1 == j {
			run[k] = run[k-1] + 1
		}
	}
	// Walking back, full is the length of the whole run a block is in.
	full := 0
	for k := len(kept) - 1; k >= 0; k-- {
		switch {
		case run[k] == 0:
			full = 0
			continue
		case k+1 >= len(kept) || run[k+1] != run[k]+1:
			full = run[k]
		}
		b := &p.Blocks[kept[k]]
		orig := &p.Blocks[kept[copyOf[k]]]
		if full >= repeatRun && b.Words >= repeatWords && parent(p, b.Elem) != parent(p, orig.Elem) {
			on[kept[k]] = false
		}
	}
}

// parent returns the parent of element e, or -1 when e is not one of p's.
func parent(p *segment.Page, e int32) int32 {
	if e < 0 || int(e) >= len(p.Elems) {
		return -1
	}
	return p.Elems[e].Parent
}
