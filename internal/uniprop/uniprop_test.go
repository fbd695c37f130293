package uniprop

import (
	"testing"
	"unicode"
)

func TestSameAsUnicode(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if IsLetter(r) != unicode.IsLetter(r) || IsUpper(r) != unicode.IsUpper(r) || IsDigit(r) != unicode.IsDigit(r) ||
			IsSpace(r) != unicode.IsSpace(r) || ToLower(r) != unicode.ToLower(r) {
			t.Fatalf("rune %U differs from the unicode package", r)
		}
	}
	for _, r := range []rune{-1 << 31, 1<<31 - 1, 0x7fffffff} {
		if IsLetter(r) != unicode.IsLetter(r) || ToLower(r) != unicode.ToLower(r) || IsSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("rune %d differs from the unicode package", r)
		}
	}
}
