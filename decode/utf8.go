package decode

import (
	"unicode/utf8"
)

// hasHighByte reports whether data has a byte outside ASCII.
func hasHighByte(data []byte) bool {
	// Eight bytes at a time: the loop is the whole cost of the check on
	// ASCII pages.
	const mask = 0x8080808080808080
	i := 0
	for ; i+8 <= len(data); i += 8 {
		v := uint64(data[i]) | uint64(data[i+1])<<8 | uint64(data[i+2])<<16 | uint64(data[i+3])<<24 |
			uint64(data[i+4])<<32 | uint64(data[i+5])<<40 | uint64(data[i+6])<<48 | uint64(data[i+7])<<56
		if v&mask != 0 {
			return true
		}
	}
	for ; i < len(data); i++ {
		if data[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// utf8Counts returns how many multi-byte sequences of data are valid UTF-8
// and how many are not (counted as maximal subparts, see invalidLen).
func utf8Counts(data []byte) (valid, invalid int) {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
			n = invalidLen(data[i:])
		} else {
			valid++
		}
		i += n
	}
	return valid, invalid
}

// plausibleUTF8 reports whether bytes with the given counts are better read
// as UTF-8 with a few damaged sequences than as another encoding. Pages that
// are UTF-8 but for a few bytes of pasted legacy text are common; legacy
// text almost never forms valid multi-byte sequences.
func plausibleUTF8(valid, invalid int) bool {
	return invalid == 0 || valid >= invalid
}

// repairUTF8 returns data with each maximal subpart of an invalid UTF-8
// sequence replaced by U+FFFD, as the WHATWG UTF-8 decoder does, and the
// number of replacements.
func repairUTF8(data []byte) ([]byte, int) {
	out := make([]byte, 0, len(data)+len(data)/8)
	n := 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			// Copy the ASCII run at once.
			j := i + 1
			for j < len(data) && data[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, data[i:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			out = append(out, "\uFFFD"...)
			n++
			size = invalidLen(data[i:])
		} else {
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	return out, n
}

// invalidLen returns the length of the maximal subpart at the start of p,
// which does not start a valid UTF-8 sequence: the lead byte and the
// continuation bytes that could still have completed it. A sequence cut
// short ("\xE2\x82 ") is one error, not one per byte.
func invalidLen(p []byte) int {
	c := p[0]
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case 0xC2 <= c && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case 0xE1 <= c && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case 0xF1 <= c && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	i := 1
	for i <= need && i < len(p) && lo <= p[i] && p[i] <= hi {
		lo, hi = 0x80, 0xBF
		i++
	}
	return i
}
