package metrics

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isWordRune reports whether r belongs to a token: a Unicode letter, a
// Unicode number or '_' (the README's [\p{L}\p{N}_]).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens returns the maximal runs of Unicode letters, digits and '_' in s,
// in order and with their case kept. Invalid UTF-8 bytes separate tokens.
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// LowerTokens returns Tokens(s) with each token lower-cased, as used by the
// word F1.
func LowerTokens(s string) []string {
	toks := Tokens(s)
	for i, t := range toks {
		toks[i] = strings.ToLower(t)
	}
	return toks
}
