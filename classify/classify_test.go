package classify_test

import (
	"strings"
	"testing"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/internal/pipeline"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/segment"
)

func segmentPage(t *testing.T, src string) *segment.Page {
	t.Helper()
	pp, err := pipeline.Parse([]byte(src), "", parse.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return pp.Segment()
}

const page = `<html><head><title>Winter sowing | Garden Notes</title></head><body>
<div id="top"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/veg">Vegetables</a></li><li><a href="/fruit">Fruit</a></li><li><a href="/shop">Shop</a></li></ul></div>
<div class="layout">
 <div class="post-content">
  <p>Winter sowing uses the cold to do what a fridge would otherwise do: seeds that need a period of chill before they germinate are sown outdoors in covered containers, and left alone until spring.</p>
  <p>Milk jugs work well. Cut them almost in half, make drainage holes in the bottom, fill with a few inches of moist compost, sow, tape the jug shut and leave the cap off so that rain and snow can get in.</p>
  <p>When the weather warms, the seedlings come up at the right time on their own, already used to outdoor light and temperatures, so they need no hardening off before planting out.</p>
 </div>
 <div class="sidebar widget"><h3>Popular posts</h3><ul><li><a href="/a">Ten tomatoes to try</a></li><li><a href="/b">Pruning apples</a></li><li><a href="/c">Compost basics</a></li></ul></div>
</div>
<div class="footer">Copyright Garden Notes. <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></div>
</body></html>`

func TestClassifySeparatesContentFromBoilerplate(t *testing.T) {
	p := segmentPage(t, page)
	res := classify.Classify(p)
	if len(res.Score) != len(p.Blocks) {
		t.Fatalf("%d scores for %d blocks", len(res.Score), len(p.Blocks))
	}
	for i, b := range p.Blocks {
		main := strings.HasPrefix(b.Text, "Winter sowing uses") || strings.HasPrefix(b.Text, "Milk jugs") || strings.HasPrefix(b.Text, "When the weather")
		s := res.Score[i]
		if main && s < 0.5 {
			t.Errorf("content block %q scored %.2f", b.Text, s)
		}
		if !main && s >= 0.5 {
			t.Errorf("boilerplate block %q scored %.2f", b.Text, s)
		}
	}
	if res.Root < 0 || !strings.Contains(p.Elems[res.Root].Attrs, "post-content") {
		t.Errorf("container = %d, want the post-content div", res.Root)
	}
}

func TestFeaturesShape(t *testing.T) {
	p := segmentPage(t, page)
	_, X := classify.Heuristic(p)
	if len(X) != len(p.Blocks)*classify.NumFeatures {
		t.Fatalf("len(X) = %d, want %d", len(X), len(p.Blocks)*classify.NumFeatures)
	}
	if n := len(classify.FeatureNames()); n != classify.NumFeatures {
		t.Errorf("%d feature names for %d features", n, classify.NumFeatures)
	}
	// The first block is the "Home" menu link: all link.
	if p.Blocks[0].Text != "Home" {
		t.Fatalf("first block %q", p.Blocks[0].Text)
	}
	nf := classify.NumFeatures
	names := classify.FeatureNames()
	for f, name := range names {
		if name == "link_density" && X[f] != 1 {
			t.Errorf("link density of a menu link = %v, want 1", X[f])
		}
		if name == "link_density" && X[nf*4+f] != 0 {
			// Block 4 is the first paragraph (Home, Vegetables, Fruit, Shop come first).
			t.Errorf("link density of a paragraph = %v, want 0", X[nf*4+f])
		}
	}
}

func TestStackFeatures(t *testing.T) {
	links := []classify.Link{
		{Chars: 100, Anc: [3]int32{1, 0, -1}},
		{Chars: 100, Anc: [3]int32{1, 0, -1}},
		{Chars: 10, Anc: [3]int32{2, 0, -1}},
	}
	p1 := []float32{0.9, 0.7, 0.1}
	S := classify.StackFeatures(links, p1)
	if len(S) != 3*classify.NumStackFeatures {
		t.Fatalf("len = %d", len(S))
	}
	// Block 0's parent holds block 1 only besides itself: mean 0.7.
	if got := S[3]; got < 0.69 || got > 0.71 {
		t.Errorf("parent mean of block 0 = %v, want 0.7", got)
	}
	// Block 2 is alone in its parent.
	if got := S[2*classify.NumStackFeatures+3]; got != -1 {
		t.Errorf("parent mean of a lone block = %v, want -1", got)
	}
}
