package selection

import (
	"math"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/segment"
)

// The heaviest block takes over the fallback only when it is a paragraph
// of prose (proseWords or more) that the model scored at least proseShare
// of the best block's score: a long teaser the model firmly rejected stays
// out. (Measured on all pages: two scrapinghub and two dragnet pages go
// from nothing to their article, two dragnet pages lose 0.1; no other page
// moves.)
const (
	proseWords = 30
	proseShare = 0.35
)

// fallback chooses the main content of a page on which no block reached the
// threshold; best is the top score of a block of three words or more,
// bestAny of any block.
//
// Such a page is one the model finds unusual: a short article after a menu
// of hundreds of links, or an item laid out like the teasers around it. Its
// best-scoring block is then often a share bar or a menu entry, a few
// words the model is merely unsure of, while the article is a long run of
// prose it scored lower. So blocks are weighed by their score times the
// square root of their words outside links: prose outweighs a menu entry
// at a fraction of its score, and a tag cloud, all links, weighs nothing.
// The blocks weighing close to the heaviest are kept. Otherwise, the blocks
// scoring close to the best are; on a page of nothing longer than two
// words, the best of those.
func fallback(p *segment.Page, c *classify.Result, best, bestAny float32) []int32 {
	var keep []int32
	if best == 0 {
		for i, s := range c.Score {
			if s >= bestAny*0.7 && p.Blocks[i].Words > 0 && !excluded(p, i) {
				keep = append(keep, int32(i))
			}
		}
		return keep
	}
	if keep := prose(p, c, best); keep != nil {
		return keep
	}
	for i, s := range c.Score {
		if s >= best*0.7 && p.Blocks[i].Words >= 3 && !excluded(p, i) {
			keep = append(keep, int32(i))
		}
	}
	return keep
}

// prose returns the blocks weighing close to the heaviest, when the
// heaviest is a paragraph of prose (see proseWords and proseShare), and
// nil otherwise; best is the top score of a block of three words or more.
func prose(p *segment.Page, c *classify.Result, best float32) []int32 {
	w := make([]float64, len(c.Score))
	heaviest := -1
	for i, s := range c.Score {
		b := &p.Blocks[i]
		if b.Words < 3 || excluded(p, i) {
			continue
		}
		w[i] = float64(s) * math.Sqrt(float64(b.Words)*unlinked(b))
		if heaviest < 0 || w[i] > w[heaviest] {
			heaviest = i
		}
	}
	if heaviest < 0 || p.Blocks[heaviest].Words < proseWords || c.Score[heaviest] < best*proseShare {
		return nil
	}
	var keep []int32
	for i := range w {
		if w[i] > 0 && w[i] >= w[heaviest]*0.7 {
			keep = append(keep, int32(i))
		}
	}
	return keep
}

// unlinked is the share of a block's characters outside links.
func unlinked(b *segment.Block) float64 {
	if b.Chars == 0 {
		return 0
	}
	return 1 - float64(b.LinkChars)/float64(b.Chars)
}
