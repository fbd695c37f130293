package decode

// sampleLimit bounds the bytes the statistical guess decodes per candidate.
const sampleLimit = 32 << 10

// sample gathers the parts of data around its non-ASCII bytes, with some
// ASCII context on both sides, up to about sampleLimit bytes. Pages are
// mostly ASCII markup; the text that tells encodings apart is a small share
// of it, and decoding only that share keeps the guess cheap.
//
// Every part starts and ends at a byte below 0x30 (but for a part cut at
// the size limit that has none), which no multi-byte encoding considered
// here uses inside a character (their trail bytes are 0x40 or above, and
// GB18030's four-byte digits 0x30-0x39), so each part decodes on its own.
func sample(data []byte) []byte {
	const context = 48 // bytes of ASCII kept before and after
	out := make([]byte, 0, min(len(data), sampleLimit)+64)
	pos := 0
	for pos < len(data) && len(out) < sampleLimit {
		i := pos
		for i < len(data) && data[i] < 0x80 {
			i++
		}
		if i == len(data) {
			break
		}
		start := i
		for start > pos && i-start < context && data[start-1] >= 0x30 {
			start--
		}
		if start > pos && data[start-1] < 0x30 {
			start--
		}
		// Extend over further non-ASCII bytes until an ASCII stretch of
		// more than context bytes, then to a boundary byte.
		end, last, boundary := i, i, -1
		limit := start + sampleLimit - len(out)
		for end < len(data) && end < limit {
			c := data[end]
			if c >= 0x80 {
				last = end
			} else if end-last > context && c < 0x30 || end-last > 2*context {
				break
			} else if c < 0x30 {
				boundary = end
			}
			end++
		}
		full := end == limit
		if full && boundary > i {
			// Cut at full sample size: end at a boundary if there is one.
			end = boundary
		}
		out = append(out, data[start:end]...)
		out = append(out, '\n')
		if full {
			break
		}
		pos = end
	}
	return out
}
