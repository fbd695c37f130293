package decode

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// C1 control characters (U+0080 to U+009F) never belong in web text. When
// they appear in UTF-8 it is because windows-1252 text was converted as if
// it were ISO-8859-1: the bytes 0x80-0x9F, which windows-1252 uses for
// ’ “ ” – — … € and the like, became controls. Decode maps them back to
// the windows-1252 characters, as HTML already does for the numeric
// character references &#128; to &#159;.

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

// fixC1 returns valid UTF-8 data with C1 controls replaced by the
// windows-1252 characters of the same byte values. It returns data itself
// when there are none.
func fixC1(data []byte) []byte {
	i := indexC1(data)
	if i < 0 {
		return data
	}
	out := make([]byte, 0, len(data)+len(data)/64)
	for i >= 0 {
		out = append(out, data[:i]...)
		if r := charmap.Windows1252.DecodeByte(data[i+1]); r != utf8.RuneError {
			out = utf8.AppendRune(out, r)
		} else {
			// 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in
			// windows-1252: keep the control.
			out = append(out, data[i:i+2]...)
		}
		data = data[i+2:]
		i = indexC1(data)
	}
	return append(out, data...)
}
