package decode

import "bytes"

// utf16Sniff bounds the bytes looked at to recognize UTF-16 without a BOM.
const utf16Sniff = 4096

// looksUTF16 reports whether data looks like UTF-16 without a byte order
// mark, and which byte order: markup and Latin text in UTF-16 have a NUL in
// every other byte (the high byte of ASCII code units), on the odd positions
// for little endian and the even ones for big endian. Text in other scripts
// has fewer NULs, but pages carry enough ASCII markup to show the pattern.
func looksUTF16(data []byte) (ok, bigEndian bool) {
	n := min(len(data), utf16Sniff) &^ 1
	if n < 4 || bytes.IndexByte(data[:n], 0) < 0 {
		return false, false // the common case, found at memchr speed
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	// Half the code units with a NUL high byte, and (almost) never a NUL
	// low byte: binary data has NULs on both sides.
	switch {
	case odd*2 >= pairs && even*16 <= odd:
		return true, false
	case even*2 >= pairs && odd*16 <= even:
		return true, true
	}
	return false, false
}
