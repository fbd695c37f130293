package classify

import (
	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html/atom"
)

// The class/id words of all groups and of the negative and positive lists
// are matched in one scan of an element's attributes, by an Aho-Corasick
// automaton: one table step per byte, whatever the number of words. Every
// element is matched once, and the result kept as a bit set: the bits of
// every word found anywhere in the attributes.

const (
	bitNegative = 62
	bitPositive = 63
)

// The automaton: byteClass maps a byte to its column (0 for bytes no word
// holds), next[state*numClasses+class] is the state after reading a byte,
// and out[state] the bits of the words that end there. State 0 is the
// start.
var (
	byteClass  [256]uint8
	numClasses int
	next       []uint16
	out        []uint64
)

func init() {
	if len(groups) > bitNegative {
		panic("classify: too many groups for the bit set")
	}
	type word struct {
		w    string
		bits uint64
	}
	var words []word
	add := func(w string, bit uint) { words = append(words, word{w, 1 << bit}) }
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
	numClasses = 1
	for _, w := range words {
		for i := 0; i < len(w.w); i++ {
			if byteClass[w.w[i]] == 0 {
				byteClass[w.w[i]] = uint8(numClasses)
				numClasses++
			}
		}
	}
	// The trie, with -1 for no edge.
	trie := [][]int{make([]int, numClasses)}
	for i := range trie[0] {
		trie[0][i] = -1
	}
	out = []uint64{0}
	for _, w := range words {
		s := 0
		for i := 0; i < len(w.w); i++ {
			c := byteClass[w.w[i]]
			if trie[s][c] < 0 {
				row := make([]int, numClasses)
				for k := range row {
					row[k] = -1
				}
				trie = append(trie, row)
				out = append(out, 0)
				trie[s][c] = len(trie) - 1
			}
			s = trie[s][c]
		}
		out[s] |= w.bits
	}
	if len(trie) > 1<<16 {
		panic("classify: too many states for the automaton")
	}
	// Breadth first, completing each state's missing edges with those of
	// its failure state and adding the failure state's words to its own.
	next = make([]uint16, len(trie)*numClasses)
	fail := make([]int, len(trie))
	queue := []int{}
	for c := 0; c < numClasses; c++ {
		if t := trie[0][c]; t >= 0 {
			next[c] = uint16(t)
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		out[s] |= out[fail[s]]
		for c := 0; c < numClasses; c++ {
			if t := trie[s][c]; t >= 0 {
				fail[t] = int(next[fail[s]*numClasses+c])
				next[s*numClasses+c] = uint16(t)
				queue = append(queue, t)
			} else {
				next[s*numClasses+c] = next[fail[s]*numClasses+c]
			}
		}
	}
}

// attrBits returns the bit set of the words found in attrs.
func attrBits(attrs string) uint64 {
	var bits uint64
	s := 0
	for i := 0; i < len(attrs); i++ {
		s = int(next[s*numClasses+int(byteClass[attrs[i]])])
		bits |= out[s]
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
		for _, t := range tagBits {
			if el.Tag == t.tag {
				b |= t.bits
			}
		}
		out[i] = b
	}
	return out
}

// tagBits lists the tags that belong to groups, each with its groups.
var tagBits = func() []struct {
	tag  atom.Atom
	bits uint64
} {
	var list []struct {
		tag  atom.Atom
		bits uint64
	}
	for g := range groups {
		for _, t := range groups[g].tags {
			i := 0
			for i < len(list) && list[i].tag != t {
				i++
			}
			if i == len(list) {
				list = append(list, struct {
					tag  atom.Atom
					bits uint64
				}{tag: t})
			}
			list[i].bits |= 1 << uint(g)
		}
	}
	return list
}()
