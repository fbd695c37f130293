// Package uniprop answers the unicode package's questions about a rune
// from a table for the runes of one- and two-byte UTF-8 (Latin, Greek,
// Cyrillic, Armenian, Hebrew, Arabic...), filled from the unicode package
// itself, and asks the unicode package about the others. The answers are
// the unicode package's; only the range-table searches are saved.
package uniprop

import "unicode"

// tableEnd is the first rune past the table.
const tableEnd = 0x800

const (
	letter = 1 << iota
	upper
	digit
	space
)

var (
	props [tableEnd]uint8
	lower [tableEnd]rune
)

func init() {
	for r := rune(0); r < tableEnd; r++ {
		var p uint8
		if unicode.IsLetter(r) {
			p |= letter
		}
		if unicode.IsUpper(r) {
			p |= upper
		}
		if unicode.IsDigit(r) {
			p |= digit
		}
		if unicode.IsSpace(r) {
			p |= space
		}
		props[r] = p
		lower[r] = unicode.ToLower(r)
	}
}

// IsLetter is unicode.IsLetter.
func IsLetter(r rune) bool {
	if uint32(r) < tableEnd {
		return props[r]&letter != 0
	}
	return unicode.IsLetter(r)
}

// IsUpper is unicode.IsUpper.
func IsUpper(r rune) bool {
	if uint32(r) < tableEnd {
		return props[r]&upper != 0
	}
	return unicode.IsUpper(r)
}

// IsDigit is unicode.IsDigit.
func IsDigit(r rune) bool {
	if uint32(r) < tableEnd {
		return props[r]&digit != 0
	}
	return unicode.IsDigit(r)
}

// IsSpace is unicode.IsSpace.
func IsSpace(r rune) bool {
	if uint32(r) < tableEnd {
		return props[r]&space != 0
	}
	return unicode.IsSpace(r)
}

// ToLower is unicode.ToLower.
func ToLower(r rune) rune {
	if uint32(r) < tableEnd {
		return lower[r]
	}
	return unicode.ToLower(r)
}
