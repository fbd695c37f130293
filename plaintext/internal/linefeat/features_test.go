package linefeat

import (
	"math"
	"testing"
)

const samplePage = `Home
News
Sport
Share
The council approved the new budget on Tuesday, after a debate that lasted most of the night.
Members of the opposition said that the cuts would fall on the poorest districts of the city.
Share
© 2024 Example Media. All rights reserved.`

func TestLoadFeatures(t *testing.T) {
	var p Page
	p.Load(samplePage)
	if len(p.Spans) != 8 {
		t.Fatalf("%d lines, want 8", len(p.Spans))
	}
	checkFeatures(t, samplePage, []featureCase{
		{"a line seen twice", 3, fLogRepeats, math.Log(2)},
		{"a line seen once", 4, fLogRepeats, 0},
		{"run of four short lines", 0, fShortRun, math.Log(5)},
		{"a prose line is not in a short run", 4, fShortRun, 0},
		{"no prose before the first prose line", 4, fProseBefore, 0},
		{"prose before the footer", 7, fProseBefore, 1},
		{"first line's position", 0, fRelPos, 0},
		{"last line's position", 7, fRelPos, 1},
		{"previous line's sentence end", 5, fNeighbours + 3*1 + 1, 1}, // line 4 ends a sentence
		{"next line's sentence end", 5, fNeighbours + 3*2 + 1, 0},     // line 6 does not
		{"copyright", 7, fCopyright, 1},
		{"distance to prose, in a prose line", 4, fProseDist, 0},
		{"distance to prose, two lines away", 7, fProseDist, math.Log(3)},
	})
}

func TestStage2Features(t *testing.T) {
	var p Page
	p.Load(samplePage)
	prob := []float32{0.1, 0.1, 0.1, 0.1, 0.9, 0.9, 0.2, 0.1}
	p.Stage2(prob)
	x := func(i, f int) float32 { return p.X2[i*NumStage2+f] }
	if x(0, gBeforeFirst) != 1 || x(4, gBeforeFirst) != 0 {
		t.Error("gBeforeFirst does not mark the lines above the first main prose line")
	}
	if x(7, gAfterLast) != 1 || x(5, gAfterLast) != 0 {
		t.Error("gAfterLast does not mark the lines below the last main prose line")
	}
	if x(5, gPm1) != 0.9 || x(5, gPp1) != 0.2 {
		t.Errorf("neighbour probabilities = %v, %v, want 0.9, 0.2", x(5, gPm1), x(5, gPp1))
	}
	if x(4, gMassBefore) != 0 || x(7, gMassBefore) != 1 {
		t.Error("share of the main mass before a line is wrong")
	}
}

// TestLoadReusesBuffers checks that a Page scores a second page without
// allocating.
func TestLoadReusesBuffers(t *testing.T) {
	var p Page
	p.Load(samplePage)
	prob := make([]float32, len(p.Spans))
	p.Stage2(prob)
	allocs := testing.AllocsPerRun(20, func() {
		p.Load(samplePage)
		p.Stage2(prob)
	})
	if allocs != 0 {
		t.Errorf("Load and Stage2 allocate %v times per page, want 0", allocs)
	}
}

const threadPage = `Menu
Elon Musk Ukraine European Union
The council approved the new budget on Tuesday, after a debate that lasted most of the night.
Members of the opposition said that the cuts would fall on the poorest districts of the city.
2 Comments
Jane Doe says:
March 3, 2024 at 10:15 am
I think the opposition is right about this budget and the cuts it makes to the districts.
Joe Bloggs says:
March 4, 2024 at 9:02 am
Reply`

func TestPageShapeFeatures(t *testing.T) {
	checkFeatures(t, threadPage, []featureCase{
		{"a tag line", 1, fTagLike, 1},
		{"a sentence is no tag line", 2, fTagLike, 0},
		{"a line above the first prose line", 0, fFirstProse, -math.Log(3)},
		{"the first prose line", 2, fFirstProse, 0},
		{"after the last prose line", 8, fLastProse, math.Log(2)},
		{"no comment chrome above the article", 3, fCommentAbove, 0},
		{"two comment lines above the comment", 7, fCommentAbove, math.Log(3)},
		{"one date line above the comment", 7, fDatesAbove, math.Log(2)},
		{"comment words", 4, fCommentWords, 1},
		{"lines like the date line around it", 6, fShapeRep, 1},
	})
}

const captionPage = `The council approved the new budget on Tuesday, after a debate that lasted most of the night.
Council chamber pictured from the gallery
Members of the opposition said that the cuts would fall on the poorest districts of the city.
Report a problem with article`

func TestCaptionAndControlFeatures(t *testing.T) {
	checkFeatures(t, captionPage, []featureCase{
		{"a short line between two sentences", 1, fMid, 1},
		{"a sentence is no such line", 2, fMid, 0},
		{"the page's count of them", 3, fMidLines, math.Log(2)},
		{"a caption's participle", 1, fParticiple, 1},
		{"a sentence's participle is no headline style", 0, fParticiple, 0},
		{"a control", 3, fStartUI, 1},
		{"a sentence is no control", 2, fStartUI, 0},
	})
}

// featureCase is a stage-1 feature of one line of a page, and its value.
type featureCase struct {
	name string
	line int
	feat int
	want float64
}

// checkFeatures loads page and checks each case's feature.
func checkFeatures(t *testing.T, page string, cases []featureCase) {
	t.Helper()
	var p Page
	p.Load(page)
	for _, c := range cases {
		if got := float64(p.X1[c.line*NumStage1+c.feat]); math.Abs(got-c.want) > 1e-5 {
			t.Errorf("%s: feature %d of line %d = %v, want %v", c.name, c.feat, c.line, got, c.want)
		}
	}
}

// TestLoadSetsEveryFeature checks that Load sets every feature of every
// row, as it must: X1 is not cleared from page to page.
func TestLoadSetsEveryFeature(t *testing.T) {
	for _, text := range []string{samplePage, threadPage, captionPage, "One line.", "Home", ""} {
		var p Page
		p.X1 = make([]float32, 64*NumStage1+maxFeatures)
		for i := range p.X1 {
			p.X1[i] = float32(math.NaN())
		}
		p.X1 = p.X1[:0]
		p.Load(text)
		// The rows, and the room past the last that Forest.walk reads.
		for i, v := range p.X1[:len(p.X1)+maxFeatures-NumStage1] {
			if v != v {
				t.Fatalf("%.20q: feature %d of line %d not set", text, i%NumStage1, i/NumStage1)
			}
		}
	}
}
