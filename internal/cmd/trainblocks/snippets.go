package main

import (
	"encoding/json"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/internal/metrics"
	"github.com/pith-dev/pith/internal/pipeline"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/segment"
	"github.com/pith-dev/pith/selection"
)

// snippetRows reads a page of a snippet set: no full ground truth, but
// phrases its main text must hold ("with") and phrases it must not
// ("without"). A block that holds a phrase of one list and none of the
// other is labelled by it; the other blocks get no label (weight 0), and
// stay only for the second stage's view of the page. A labelled block
// weighs what it would on a page of a full-truth set, times weight.
func snippetRows(dir, id string, weight float32) *pageData {
	data, err := readGz(filepath.Join(dir, id+".html.gz"))
	if err != nil {
		return nil
	}
	raw, err := os.ReadFile(filepath.Join(dir, id+".json"))
	if err != nil {
		return nil
	}
	var gold struct{ With, Without []string }
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil
	}
	pp, err := pipeline.Parse(data, "", parse.Limits{MaxNodes: 4_000_000, MaxDepth: 512})
	if err != nil {
		return nil
	}
	sp := pp.Segment()
	_, feats := classify.Heuristic(sp)
	h := fnv.New32a()
	h.Write([]byte(id))
	pd := &pageData{fold: (h.Sum32() >> 8) % 2, X: feats, links: classify.Links(sp)}
	with, without := phrases(gold.With), phrases(gold.Without)
	var words float64
	for _, b := range sp.Blocks {
		words += math.Sqrt(float64(b.Words) + 1)
	}
	labelled := 0
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		text := " " + strings.Join(metrics.LowerTokens(b.Text), " ") + " "
		in, out := holdsAny(text, with), holdsAny(text, without)
		var y, w float32
		switch {
		case in && !out:
			y, w = 1, weight*float32(100*math.Sqrt(float64(b.Words)+1)/words)
		case out && !in:
			y, w = 0, weight*float32(100*math.Sqrt(float64(b.Words)+1)/words)
		}
		// As for the full-truth sets: the headline and captions are never
		// main content by pith's definition.
		if b.Kind == segment.Caption || (b.Kind == segment.Heading && b.Level <= 2 && selection.IsTitle(b.Text, sp.Title)) {
			y = 0
		}
		if w > 0 {
			labelled++
		}
		pd.y = append(pd.y, y)
		pd.w = append(pd.w, w)
	}
	if labelled == 0 {
		return nil
	}
	return pd
}

// phrases returns the snippets as runs of lower-case tokens between
// spaces, the form holdsAny looks for them in.
func phrases(snippets []string) []string {
	var out []string
	for _, s := range snippets {
		if toks := metrics.LowerTokens(s); len(toks) > 0 {
			out = append(out, " "+strings.Join(toks, " ")+" ")
		}
	}
	return out
}

func holdsAny(text string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}
