package segment

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textRef is builder.text as first written, rune by rune.
func (b *builder) textRef(s string) {
	for _, r := range s {
		b.textRune(r)
	}
}

func TestTextASCIIPath(t *testing.T) {
	parts := []string{"Hello", " ", "  ", "\t", "\n", "\v\f\r", "\u00a0", "\u200b", "\u0085", "\u3000", ",", ".", ";", ":", "!", "?",
		"，", "。", "日本", "한국", "x1", "42", "-", "_", "'", "\"", "(", ")", "é", "Ünï", "\xff", "\xe2\x80", "\x00", "\x7f", "\u2028"}
	rng := rand.New(rand.NewSource(4))
	for n := range 20000 {
		var sb strings.Builder
		for range 1 + rng.Intn(10) {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		a := &builder{pre: n % 3 / 2, link: n % 5 / 3}
		r := &builder{pre: a.pre, link: a.link}
		// A block already under way, sometimes.
		if n%2 == 0 {
			a.text("x ")
			r.textRef("x ")
		}
		a.text(s)
		r.textRef(s)
		if string(a.buf) != string(r.buf) || a.space != r.space || a.chars != r.chars || a.links != r.links ||
			a.words != r.words || a.punct != r.punct || a.inWord != r.inWord {
			t.Fatalf("text(%q): got %q %+v, want %q %+v", s, a.buf, *a, r.buf, *r)
		}
		if !utf8.Valid(a.buf) {
			t.Fatalf("text(%q) is not UTF-8: %q", s, a.buf)
		}
	}
}

func TestIsCJK(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		want := r >= 0x2E80 && isCJKScript(r)
		if isCJK(r) != want {
			t.Fatalf("isCJK(%U) = %v, want %v", r, !want, want)
		}
	}
}
