package classify

import (
	"math/rand"
	"strings"
	"testing"
)

// titleSimRef is titleSim as first written: the words of the lower-cased
// text, each looked up in the title's.
func titleSimRef(text string, title map[string]bool) float32 {
	var n, in int
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWord) {
		n++
		if title[w] {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float32(in) / float32(n)
}

// shapeTexts mixes ASCII, other scripts, case-mapping oddities and invalid
// UTF-8.
func shapeTexts() []string {
	parts := []string{"Hello", "world", "WORLD", "42", "3.5", ",", ". ", "!", "(", ")", "]", "[", "…", "”", "»",
		"İstanbul", "\u212aelvin", "ſtraße", "Ünïcödé", "日本語", "。", "ΣΑΣ", "σας", "ǅ", "١٢٣", "\xff", "\xe2\x80",
		"\u00a0", " ", "-", "•", "|", "→", "_", "x", "Ⅻ", "𝐀𝐁", "ǈ",
		"Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"}
	out := []string{"", " ", "a", "A", ".", ")", "\xff", "İ"}
	rng := rand.New(rand.NewSource(2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.Intn(8) {
			b.WriteString(parts[rng.Intn(len(parts))])
			if rng.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestShapeOf(t *testing.T) {
	for _, s := range shapeTexts() {
		sh := shapeOf(s)
		e, d, u := textShape(s)
		up, p, sy := caseShape(s)
		if sh != (shape{e, d, u, up, p, sy}) {
			t.Fatalf("shapeOf(%q) = %+v, want %v %v %v %v %v %v", s, sh, e, d, u, up, p, sy)
		}
	}
}

func TestTitleSim(t *testing.T) {
	titles := []string{
		"Hello World: İstanbul and the \u212aelvin ſtraße 42",
		"日本語 ΣΑΣ σας ǅ",
		"x",
		"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz hello",
		"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzz",
	}
	for _, s := range shapeTexts() {
		for _, title := range titles {
			if got, want := titleSim(s, newTitleWords(title)), titleSimRef(s, wordSet(title)); got != want {
				t.Fatalf("titleSim(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
