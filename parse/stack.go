package parse

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// openStack is the builder's stack of open elements. Beside each element
// it keeps its classes, so the searches that end tags make down the stack
// read a slice rather than a map; and it counts the open elements by a
// hash of their tag, so that an end tag whose element is not open at all,
// the common case on a broken page, is dismissed without a search. A page
// of a million stray end tags under deep nesting then costs linear time.
type openStack struct {
	nodes []*html.Node
	cls   []class
	count [256]int32 // open elements by tagHash
}

// tagHash buckets an element by its atom; elements with no atom share
// bucket 0, which is then never taken as proof of absence.
func tagHash(a atom.Atom) uint8 {
	if a == 0 {
		return 0
	}
	h := uint32(a) * 0x9E3779B1
	return uint8(h>>24) | 1 // never 0
}

func (s *openStack) len() int                 { return len(s.nodes) }
func (s *openStack) at(i int) *html.Node      { return s.nodes[i] }
func (s *openStack) classAt(i int) class      { return s.cls[i] }
func (s *openStack) top() *html.Node          { return s.nodes[len(s.nodes)-1] }
func (s *openStack) push(n *html.Node)        { s.pushClass(n, kinds[n.DataAtom]) }
func (s *openStack) mayHold(a atom.Atom) bool { return a == 0 || s.count[tagHash(a)] > 0 }

func (s *openStack) pushClass(n *html.Node, c class) {
	if n.Namespace != "" {
		c = 0 // a foreign element is none of the HTML classes
	}
	s.nodes = append(s.nodes, n)
	s.cls = append(s.cls, c)
	s.count[tagHash(n.DataAtom)]++
}

// truncate closes the elements from index i up.
func (s *openStack) truncate(i int) {
	for _, n := range s.nodes[i:] {
		s.count[tagHash(n.DataAtom)]--
	}
	s.nodes, s.cls = s.nodes[:i], s.cls[:i]
}

// removeAt closes the element at index i alone, leaving open those above
// it.
func (s *openStack) removeAt(i int) {
	s.count[tagHash(s.nodes[i].DataAtom)]--
	s.nodes = append(s.nodes[:i], s.nodes[i+1:]...)
	s.cls = append(s.cls[:i], s.cls[i+1:]...)
}

// adopted replaces the elements from xi to fb, a formatting element, the
// elements between, and the block fb, by the block and the formatting
// element's clone: what adopt leaves open.
func (s *openStack) adopted(xi, fb int, clone *html.Node) {
	block, bc := s.nodes[fb], s.cls[fb]
	for _, n := range s.nodes[xi:fb] {
		s.count[tagHash(n.DataAtom)]--
	}
	s.count[tagHash(clone.DataAtom)]++
	restN := s.nodes[fb+1:]
	restC := s.cls[fb+1:]
	s.nodes = append(append(s.nodes[:xi], block, clone), restN...)
	s.cls = append(append(s.cls[:xi], bc, kinds[clone.DataAtom]), restC...)
}
