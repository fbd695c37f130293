package classify

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// naiveBits finds every word at every position of attrs.
func naiveBits(attrs string) uint64 {
	var bits uint64
	for g := range groups {
		for _, w := range groups[g].words {
			if strings.Contains(attrs, w) {
				bits |= 1 << uint(g)
			}
		}
	}
	for _, w := range negative {
		if strings.Contains(attrs, w) {
			bits |= 1 << bitNegative
		}
	}
	for _, w := range positive {
		if strings.Contains(attrs, w) {
			bits |= 1 << bitPositive
		}
	}
	return bits
}

func TestAttrBits(t *testing.T) {
	var all []string
	for g := range groups {
		all = append(all, groups[g].words...)
	}
	all = append(all, negative...)
	all = append(all, positive...)
	cases := []string{"", "x", "post-content", "entry_content main", "sidebar widget", "comments-area",
		"mostread most-read", "nav-nav-", "ad-ads-ads", "héader footer\xff", "-ads", "col-md-8 column",
		"authorbio author-bio about-author", "tagstags", "signsign-up", "richrich-text"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		// Words glued together, cut and mixed with other bytes.
		var b strings.Builder
		for range 1 + rng.Intn(5) {
			w := all[rng.Intn(len(all))]
			if rng.Intn(3) == 0 {
				w = w[rng.Intn(len(w)):]
			}
			b.WriteString(w)
			if rng.Intn(2) == 0 {
				b.WriteByte(" -_x1é"[rng.Intn(6)])
			}
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		if got, want := attrBits(c), naiveBits(c); got != want {
			t.Fatalf("attrBits(%q) = %x, want %x", c, got, want)
		}
	}
}

func TestTagBits(t *testing.T) {
	seen := map[atom.Atom]uint64{}
	for g := range groups {
		for _, a := range groups[g].tags {
			seen[a] |= 1 << uint(g)
		}
	}
	if len(tagBits) != len(seen) {
		t.Fatalf("%d tags listed, want %d", len(tagBits), len(seen))
	}
	for _, tb := range tagBits {
		if tb.bits != seen[tb.tag] {
			t.Errorf("%v: bits %x, want %x", tb.tag, tb.bits, seen[tb.tag])
		}
	}
}
