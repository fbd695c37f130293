package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/pith-dev/pith/internal/metrics"
)

// snippetRows reads a page of a snippet set: no full ground truth, but
// phrases its main text must hold ("with") and phrases it must not
// ("without"). A block that holds a phrase of one list and none of the
// other is labelled by it; the other blocks get no label (weight 0), and
// stay only for the second stage's view of the page. A labelled block
// weighs what it would on a page of a full-truth set, times weight.
func snippetRows(dir, id string, weight float32) *pageData {
	raw, err := os.ReadFile(filepath.Join(dir, id+".json"))
	if err != nil {
		return nil
	}
	var gold struct{ With, Without []string }
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil
	}
	sp, pd := loadPage(dir, id)
	if pd == nil {
		return nil
	}
	with, without := phrases(gold.With), phrases(gold.Without)
	words := rootWords(sp)
	labelled := 0
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		text := " " + strings.Join(metrics.LowerTokens(b.Text), " ") + " "
		in, out := holdsAny(text, with), holdsAny(text, without)
		var y, w float32
		if in != out {
			w = blockWeight(b, words, weight)
			labelled++
			if in {
				y = 1
			}
		}
		if neverContent(sp, b) {
			y = 0
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
