package metrics

import (
	"fmt"
	"strings"
	"testing"
)

// benchTexts returns a gold text and a prediction of about n words that
// share most of their sentences, like a page and its main text.
func benchTexts(n int) (gold, pred string) {
	var g, p strings.Builder
	for i := 0; i < n/10; i++ {
		s := fmt.Sprintf("Sentence %d of the article says something about topic %d.\n", i, i%37)
		g.WriteString(s)
		if i%5 != 0 {
			p.WriteString(s)
		} else {
			p.WriteString("Share this on social media and subscribe now\n")
		}
	}
	return g.String(), p.String()
}

func BenchmarkShingle(b *testing.B) {
	gold, pred := benchTexts(2000)
	b.SetBytes(int64(len(gold) + len(pred)))
	for b.Loop() {
		Shingle(gold, pred)
	}
}

func BenchmarkWord(b *testing.B) {
	gold, pred := benchTexts(2000)
	b.SetBytes(int64(len(gold) + len(pred)))
	for b.Loop() {
		Word(gold, pred)
	}
}
