package classify

import "github.com/pith-dev/pith/segment"

// The class/id words of all groups and of the negative and positive lists
// are matched in one scan of an element's attributes: each word is filed
// under its first byte, so a scan tries only the few words that can start
// at each position. Every element is matched once, and the result kept as a
// bit set.

const (
	bitNegative = 62
	bitPositive = 63
)

type entry struct {
	word string
	bits uint64
}

var byFirst [256][]entry

func init() {
	add := func(w string, bit uint) {
		list := byFirst[w[0]]
		for i := range list {
			if list[i].word == w {
				list[i].bits |= 1 << bit
				return
			}
		}
		byFirst[w[0]] = append(list, entry{w, 1 << bit})
	}
	if len(groups) > bitNegative {
		panic("classify: too many groups for the bit set")
	}
	for g := range groups {
		for _, w := range groups[g].words {
			add(w, uint(g))
		}
	}
	for _, w := range negative {
		add(w, bitNegative)
	}
	for _, w := range positive {
		add(w, bitPositive)
	}
}

// attrBits returns the bit set of the words found in attrs.
func attrBits(attrs string) uint64 {
	var bits uint64
	for i := 0; i < len(attrs); i++ {
		for _, e := range byFirst[attrs[i]] {
			if len(attrs)-i >= len(e.word) && attrs[i:i+len(e.word)] == e.word {
				bits |= e.bits
			}
		}
	}
	return bits
}

// elemBits returns the bit set of every element of p: its class/id words,
// and the groups its tag belongs to.
func elemBits(p *segment.Page) []uint64 {
	out := make([]uint64, len(p.Elems))
	for i := range p.Elems {
		el := &p.Elems[i]
		b := attrBits(el.Attrs)
		for g := range groups {
			for _, t := range groups[g].tags {
				if el.Tag == t {
					b |= 1 << uint(g)
				}
			}
		}
		out[i] = b
	}
	return out
}
