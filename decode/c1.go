package decode

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// C1 control characters (U+0080 to U+009F) never belong in web text. When
// they appear in UTF-8 it is because something went through ISO-8859-1 on
// its way: either windows-1252 text converted as if it were ISO-8859-1 (the
// bytes 0x80-0x9F, which windows-1252 uses for ’ “ ” – — … €, became
// controls), or UTF-8 text decoded as ISO-8859-1 and encoded again ("—",
// E2 80 94, became "â" U+0080 U+0094). Decode undoes the second where the
// characters spell a valid UTF-8 sequence and otherwise maps each control
// to the windows-1252 character of the same byte value, as HTML does for
// the numeric character references &#128; to &#159;.

// indexC1 returns the index of the first UTF-8 encoded C1 control in data,
// or -1.
func indexC1(data []byte) int {
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], 0xC2)
		if j < 0 {
			return -1
		}
		i += j
		if i+1 < len(data) && 0x80 <= data[i+1] && data[i+1] <= 0x9F {
			return i
		}
		i++
	}
}

// fixC1 returns valid UTF-8 data with its C1 controls repaired. It returns
// data itself when there are none.
func fixC1(data []byte) []byte {
	i := indexC1(data)
	if i < 0 {
		return data
	}
	// A double-encoded sequence starts up to two characters (four bytes)
	// before its first C1 control.
	start := max(0, i-4)
	for start > 0 && !utf8.RuneStart(data[start]) {
		start--
	}
	out := make([]byte, 0, len(data)+len(data)/64)
	out = append(out, data[:start]...)
	for j := start; j < len(data); {
		c := data[j]
		if c == 0xC3 && j+1 < len(data) && 0x82 <= data[j+1] && data[j+1] <= 0xB4 {
			if r, n := doubleEncoded(data[j:]); n > 0 {
				out = utf8.AppendRune(out, r)
				j += n
				continue
			}
		}
		if c == 0xC2 && j+1 < len(data) && 0x80 <= data[j+1] && data[j+1] <= 0x9F {
			if r := charmap.Windows1252.DecodeByte(data[j+1]); r != utf8.RuneError {
				out = utf8.AppendRune(out, r)
			} else {
				// 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in
				// windows-1252: keep the control.
				out = append(out, data[j:j+2]...)
			}
			j += 2
			continue
		}
		out = append(out, c)
		j++
	}
	return out
}

// doubleEncoded decodes a UTF-8 sequence that was read as ISO-8859-1 and
// encoded to UTF-8 again, at the start of p: a lead U+00C2-U+00F4 and
// continuations U+0080-U+00BF, at least one of them a C1 control. It
// returns the rune and the bytes of p it spans, or n=0.
func doubleEncoded(p []byte) (r rune, n int) {
	var buf [4]byte
	buf[0] = p[1] + 0x40 // C3 xx encodes U+00C0 + (xx - 0x80)
	size := 0
	switch {
	case buf[0] < 0xE0:
		size = 2
	case buf[0] < 0xF0:
		size = 3
	default:
		size = 4
	}
	c1 := false
	for k := 1; k < size; k++ {
		at := 2 * k
		if at+1 >= len(p) || p[at] != 0xC2 || p[at+1] < 0x80 || p[at+1] > 0xBF {
			return 0, 0
		}
		buf[k] = p[at+1]
		c1 = c1 || p[at+1] <= 0x9F
	}
	r, rn := utf8.DecodeRune(buf[:size])
	if !c1 || r == utf8.RuneError || rn != size {
		return 0, 0
	}
	return r, 2 * size
}
