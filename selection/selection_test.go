package selection

import (
	"strings"

	"golang.org/x/net/html"
	"reflect"
	"testing"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/segment"
)

func TestSelect(t *testing.T) {
	cases := []struct {
		name   string
		scores []float32
		want   []int32
	}{
		{"above the threshold", []float32{0.1, 0.9, 0.7, 0.2}, []int32{1, 2}},
		{"middling blocks beside the content join it", []float32{0.5, 0.9, 0.5, 0.5, 0.1, 0.5}, []int32{0, 1, 2, 3}},
		{"a middling island stays out", []float32{0.9, 0.1, 0.5, 0.5, 0.1}, []int32{0}},
		{"below Extend breaks the run", []float32{0.9, 0.4, 0.5}, []int32{0}},
		{"nothing above the threshold: the best and those near it", []float32{0.1, 0.4, 0.3, 0.2}, []int32{1, 2}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &segment.Page{}
			for range c.scores {
				p.Blocks = append(p.Blocks, segment.Block{Kind: segment.Paragraph, Text: "a few words here", Words: 4})
			}
			got := Select(p, &classify.Result{Score: c.scores})
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Select(%v) = %v, want %v", c.scores, got, c.want)
			}
		})
	}
}

// TestSelectBlockKinds checks what the blocks themselves change: captions
// stay out whatever their score, and a page of nothing but one- and
// two-word blocks still gives its best ones rather than nothing.
func TestSelectBlockKinds(t *testing.T) {
	para := func(text string, words int32) segment.Block {
		return segment.Block{Kind: segment.Paragraph, Text: text, Words: words, Chars: int32(len(text))}
	}
	const prose = "A long paragraph of prose that the model was unsure of, as it came after a menu of many links."
	cases := []struct {
		name   string
		blocks []segment.Block
		scores []float32
		want   []int32
	}{
		{"captions stay out",
			[]segment.Block{para("a few words here", 4), {Kind: segment.Caption, Text: "a photo of them", Words: 4}, para("a few words here", 4)},
			[]float32{0.9, 0.9, 0.9}, []int32{0, 2}},
		{"nothing above the threshold: prose outweighs a share bar scored higher",
			[]segment.Block{para("Share Tweet Pin Save", 4), para(prose, 150), para("More stories", 2), para(prose, 150)},
			[]float32{0.41, 0.17, 0.3, 0.05}, []int32{1}},
		{"nothing above the threshold: prose scored far below the best stays out",
			[]segment.Block{para("Share Tweet Pin Save", 4), para(prose, 150)},
			[]float32{0.41, 0.1}, []int32{0}},
		{"nothing above the threshold: a tag cloud, all links, weighs nothing",
			[]segment.Block{para("Share Tweet Pin Save", 4), {Kind: segment.Paragraph, Text: prose, Words: 150, Chars: 200, LinkChars: 200}, para(prose, 150)},
			[]float32{0.41, 0.3, 0.17}, []int32{2}},
		{"a site name alone above the threshold gives way to prose",
			[]segment.Block{para("Slashdot", 1), para("Submission: the nation is losing its toolbox", 7), para(prose, 150)},
			[]float32{0.61, 0.42, 0.23}, []int32{2}},
		{"a short answer above the threshold stays when no prose is to be had",
			[]segment.Block{para("Opening hours: 9 to 5", 5), para("Share Tweet Pin Save", 4)},
			[]float32{0.8, 0.3}, []int32{0}},
		{"a breadcrumb island apart from the article stays out",
			[]segment.Block{para("World", 1), para("Sign in", 2), para(prose, 150), para(prose, 150), para("Share", 1), para("Opinion", 1)},
			[]float32{0.62, 0.1, 0.9, 0.95, 0.2, 0.61}, []int32{2, 3}},
		{"a short label next to the article belongs to it",
			[]segment.Block{para("Updated today", 2), para(prose, 150), para("Menu", 1)},
			[]float32{0.7, 0.9, 0.1}, []int32{0, 1}},
		{"three words apart are an island no more",
			[]segment.Block{para("Opening hours: 9", 3), para("Menu", 1), para(prose, 150)},
			[]float32{0.7, 0.1, 0.9}, []int32{0, 2}},
		{"short runs alone are all the page has",
			[]segment.Block{para("abc", 1), para("menu", 1), para("def ghi", 2)},
			[]float32{0.8, 0.1, 0.7}, []int32{0, 2}},
		{"a page of short blocks gives its best",
			[]segment.Block{para("abc", 1), para("def ghi", 2), {Kind: segment.Text, Text: "menu", Words: 1}},
			[]float32{0.4, 0.5, 0.1}, []int32{0, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Select(&segment.Page{Blocks: c.blocks}, &classify.Result{Score: c.scores})
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Select = %v, want %v", got, c.want)
			}
		})
	}
}

// TestSelectOnlyExcluded checks that a page whose only text is what policy
// leaves out (captions, a credit, the headline) gives that text rather
// than nothing, and that policy still holds as soon as anything else is
// there.
func TestSelectOnlyExcluded(t *testing.T) {
	caption := func(text string, words int32) segment.Block {
		return segment.Block{Kind: segment.Caption, Text: text, Words: words}
	}
	cases := []struct {
		name   string
		title  string
		blocks []segment.Block
		scores []float32
		want   []int32
	}{
		{"a photo page of nothing but captions gives them",
			"Harbour", []segment.Block{caption("The boats come back at dawn", 6), caption("Nets drying on the quay", 5)},
			[]float32{0.3, 0.25}, []int32{0, 1}},
		{"captions far below the best stay out",
			"Harbour", []segment.Block{caption("The boats come back at dawn", 6), caption("Getty", 1)},
			[]float32{0.3, 0.05}, []int32{0}},
		{"a written credit alone is the page's text",
			"Harbour", []segment.Block{{Kind: segment.Paragraph, Text: "Photo: the boats at dawn", Words: 5}},
			[]float32{0.2}, []int32{0}},
		{"a headline alone is the page's text",
			"Harbour at dawn", []segment.Block{{Kind: segment.Heading, Level: 1, Text: "Harbour at dawn", Words: 3}},
			[]float32{0.4}, []int32{0}},
		{"beside anything else a caption stays out",
			"Harbour", []segment.Block{caption("The boats come back at dawn", 6), {Kind: segment.Paragraph, Text: "Opening hours: 9 to 5", Words: 5}},
			[]float32{0.9, 0.2}, []int32{1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Select(&segment.Page{Blocks: c.blocks, Title: c.title}, &classify.Result{Score: c.scores})
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Select = %v, want %v", got, c.want)
			}
		})
	}
}

// TestDropRepeats checks that a section laid out twice (for small and large
// screens, in a tab and again below) is kept once, while items of one list
// that repeat each other, and short repeats, stay.
func TestDropRepeats(t *testing.T) {
	const (
		h  = "<h2>Designed for every day</h2>"
		p1 = "<p>We rethink what looks good and achieve results.</p>"
		p2 = "<p>Built to endure for a long life.</p>"
		p3 = "<p>Fast and free shipping on every order.</p>"
	)
	cases := []struct {
		name, html string
		want       []string
	}{
		{"a section copied into another container goes",
			`<div class="desktop">` + h + p1 + p2 + p3 + `</div><div class="mobile">` + h + p1 + p2 + p3 + `</div><p>The end of the page is here.</p>`,
			[]string{"Designed for every day", "We rethink what looks good and achieve results.", "Built to endure for a long life.",
				"Fast and free shipping on every order.", "The end of the page is here."}},
		{"items of one list that repeat stay",
			`<ul><li>Remote job in any country</li><li>Full time with benefits</li><li>Apply before the end of May</li>` +
				`<li>Remote job in any country</li><li>Full time with benefits</li><li>Apply before the end of May</li></ul>`,
			[]string{"Remote job in any country", "Full time with benefits", "Apply before the end of May",
				"Remote job in any country", "Full time with benefits", "Apply before the end of May"}},
		{"a repeat of two blocks stays",
			`<div>` + p1 + p2 + `<p>Something else entirely said here.</p></div><div>` + p1 + p2 + `</div><p>The end of the page is here.</p>`,
			[]string{"We rethink what looks good and achieve results.", "Built to endure for a long life.", "Something else entirely said here.",
				"We rethink what looks good and achieve results.", "Built to endure for a long life.", "The end of the page is here."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + c.html + "</body>"))
			if err != nil {
				t.Fatal(err)
			}
			p := segment.Segment(doc)
			scores := make([]float32, len(p.Blocks))
			for i := range scores {
				scores[i] = 0.9
			}
			var got []string
			for _, k := range Select(p, &classify.Result{Score: scores}) {
				got = append(got, p.Blocks[k].Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}
