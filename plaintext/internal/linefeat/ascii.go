package linefeat

import (
	"encoding/binary"
	"math/bits"
)

// Words of ASCII letters, the bulk of most texts, read eight bytes at a
// time: which bytes are letters, the word's lower case and its lookup key
// come from one load and a few operations on the integer, rather than a
// test, a store and a count for each byte.

const (
	lowBytes  = 0x0101010101010101 // 1 in every byte
	highBytes = 0x8080808080808080 // the high bit of every byte
)

// load8 returns the eight bytes of s from i on as a little-endian integer,
// zero past the end of s. Near its end, it loads the last eight and shifts
// off those before i (all of them when i is the end: a shift by 64 or
// more gives 0), or reads those of a string shorter than eight one at a
// time. The conversion to []byte copies nothing:
// binary.LittleEndian.Uint64 becomes one load. load8 is small enough to
// be inlined, as it must be: a call would have the caller's state saved
// around it.
func load8(s string, i int) uint64 {
	if i+8 <= len(s) {
		return binary.LittleEndian.Uint64([]byte(s[i : i+8]))
	}
	if len(s) >= 8 {
		return binary.LittleEndian.Uint64([]byte(s[len(s)-8:])) >> uint(8*(i+8-len(s)))
	}
	var x uint64
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// letterBytes returns the high bit set in each byte of x that is an ASCII
// letter, and 0 elsewhere. Each byte, its case bit set and its high bit
// cleared, is below 0x80, so adding to it carries into no other byte: it
// reaches 0x80 once at least 'a', and again once past 'z'.
func letterBytes(x uint64) uint64 {
	v := (x | 0x20*lowBytes) &^ highBytes
	return (v + (0x80-'a')*lowBytes) &^ (v + (0x80-'z'-1)*lowBytes) &^ x & highBytes
}

// asciiWords reads, from j on, the words of ASCII letters that end at a
// single space, at the end of the line or at ASCII punctuation, and the
// single spaces after them, and the commas, full stops and the like
// between them; line[j] is an ASCII letter that starts a word. It counts
// the words as endWord would, their letters and the punctuation as
// Measure's rune loop would, and returns where it stopped and h with
// their bytes hashed in. It stops before a word that goes on with a
// digit, '_' or a rune beyond ASCII, leaving it to Measure's rune loop,
// so end is j when the first word does.
//
// Its state is kept few enough for registers, and it calls no function
// on the way of a word of eight letters or fewer, most words: a Go call
// has every register saved around it. What is rare, or needs no register
// between words (the counts of letters, upper-case letters and
// punctuation, the lanes of the word counts, the participle flag), goes
// to s directly: the loop has more values than registers, and one added
// to memory costs an instruction where one in a local was saved to the
// stack and loaded back as well (1.2% of Clean's instructions, for the
// lanes and the participle flag, which was kept across the lookup).
func (s *Stats) asciiWords(line string, j int, h uint64) (end int, hash uint64) {
	letters0, punct0 := s.Letters, s.Punct
	words := s.Words
loop:
	for {
		// The word's letters, eight at a time, and its first sixteen
		// bytes, zero past its end; the byte after them, when there
		// is one, tells whether the word ends there.
		start := j
		x := load8(line, j)
		n := bits.TrailingZeros64(letterBytes(x)^highBytes) >> 3 // 8 when all are letters
		if n == 0 {
			// No word after the space or punctuation that went on:
			// the first load of a word tells, with no test of its
			// own (0.4% of Clean's instructions; line[j] is a letter
			// on the way in).
			break
		}
		k0, k1 := x&keyMask[0][n], uint64(0)
		j += n
		if n == 8 {
			// A longer word.
			for {
				x = load8(line, j)
				n = bits.TrailingZeros64(letterBytes(x)^highBytes) >> 3
				if j == start+8 {
					k1 = x & keyMask[0][n]
					k1 |= k1 >> 1 & (0x20 * lowBytes) // lower case, as k0 below
				}
				j += n
				if n < 8 {
					break
				}
			}
		}
		// (Past the end of the line, load8 gave a zero byte, which
		// ends a word as any ASCII punctuation does; n is below 8.)
		follow := byte(x >> (8 * uint(n) & 63))
		if goesOn[follow] && (follow < 0x80 || !isGeneralPunct(line[j:])) {
			j = start // the word goes on
			break
		}
		n = j - start

		// The word's counts, as in endWord. Letters have 0x40 set:
		// shifted right by one, it is the case bit.
		upper := ^k0 & 0x20 // 0x20 when the first letter is upper case
		key := k0 | k0>>1&(0x20*lowBytes)
		words++
		s.Letters += int32(n)
		if key == 'w'|'w'<<8|'w'<<16 {
			s.URL = true
		}

		// Its bytes hashed, eight at a time (see hashRun), and its
		// upper-case letters counted: the case bits, one per byte,
		// summed into the top byte by a multiplication. And its class
		// flags, written out as in endWord: as a function it is too big
		// to inline, and the call costs this loop its registers (0.45%
		// more instructions in Clean). Most words have eight letters or
		// fewer, all in k0: in a branch of their own, with k1 0, their
		// lookup has fewer instructions and the loop fewer values to
		// keep (1.7% of Clean's instructions).
		t := wordTable
		var c uint8
		if n <= 8 {
			s.Upper += int32(n) - int32((k0>>5&lowBytes)*lowBytes>>56)
			h = runMix(h, k0|runEnd)
			ss := wordSlots(key, 0)
			a, b := &t.key[ss[0]], &t.key[ss[1]]
			c = t.class[ss[0]]&-b2u8((a[0]^key)|a[1] == 0) | t.class[ss[1]]&-b2u8((b[0]^key)|b[1] == 0)
		} else {
			for p := start; p < j; p += 8 {
				m := min(j-p, 8)
				x := load8(line, p) & keyMask[0][m]
				s.Upper += int32(m) - int32((x>>5&lowBytes)*lowBytes>>56)
				if p+8 >= j {
					x |= runEnd
				}
				h = runMix(h, x)
			}
			ss := wordSlots(key, k1)
			a, b := &t.key[ss[0]], &t.key[ss[1]]
			c = t.class[ss[0]]&-b2u8((a[0]^key)|(a[1]^k1) == 0) | t.class[ss[1]]&-b2u8((b[0]^key)|(b[1]^k1) == 0)
			if n > 16 {
				c = longASCIIClass(line[start:j])
			}
		}
		// The counts, by adding flags rather than by branches, the
		// flags made with shifts: 1 for more than 12 letters is the
		// sign bit of 12-n.
		s.lanes += laneOf[c] + upper<<(7*laneCap-5) + uint64(12-n)>>63<<(7*laneLong)
		if words&63 == 0 {
			s.flushLanes()
		}
		s.classes |= c
		// The participle flag, read and written after the lookup, so
		// that the word before's is not kept in a register across it.
		if s.edLast {
			s.edStop |= c
		}
		s.edLast = false
		if upper == 0 && n > 4 && n <= maxWordBytes && words > 1 {
			e := line[j-2 : j]
			s.edLast = (uint16(e[0])|uint16(e[1])<<8)|0x2020 == 'e'|'d'<<8
		}
		if words == 1 {
			s.firstClass = c
		}

		// A single space and another word go on, and so do a comma, a
		// full stop and the like between two words, counted as the
		// rune loop would; anything else is for the rune loop.
		if j+1 >= len(line) {
			break
		}
		if c := follow; c != ' ' {
			if line[j+1] != ' ' || j+2 >= len(line) || (line[j+2]|0x20)-'a' >= 26 {
				break
			}
			switch c {
			case ',', ';':
				s.Commas++
			case '.', '!', '?':
				s.Terminals++ // followed by a space
			case ':':
			default:
				break loop
			}
			// As a rune of punctuation after a word: one that ends
			// no sentence (between words) and no number (after a
			// letter), nor a URL (before a space).
			h = (h ^ uint64(c)) * fnvPrime
			s.Punct++
			j++
		}
		j++
	}
	// The runes read are the words' letters and the punctuation
	// counted between them.
	s.Runes += s.Letters - letters0 + s.Punct - punct0
	s.Words = words
	return j, h
}

// longASCIIClass returns the class flags of the word w of ASCII letters,
// of more than 16 bytes: 0 past maxWordBytes, like endWord for a word too
// long to look up.
//
//go:noinline
func longASCIIClass(w string) uint8 {
	if len(w) > maxWordBytes {
		return 0
	}
	var buf wordBuf
	for i := range len(w) {
		buf[i] = w[i] | 0x20
	}
	return longWordClass(&buf, len(w))
}

// isGeneralPunct reports whether s starts with a rune of U+2010 to U+2027,
// dashes, quotes, bullets and ellipses, which Measure's rune loop counts
// as punctuation with no look at the Unicode tables: one ends a word.
func isGeneralPunct(s string) bool {
	return len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2]-0x90 < 0x18
}

// The hash of a line, Stats.Hash, is that of its runes other than white
// space, in order: a run of ASCII letters (a maximal one, whichever way
// Measure reads it) as its bytes eight at a time, in a multiplication
// each, and any other rune as FNV-1a hashes a byte. Lines with the same
// text but for their white space get the same hash, and lines that differ
// otherwise different ones, but by a rare accident, or when only where the
// spaces fall in a run of letters differs: "log in" and "login" (whose
// runs are "log" and "in", and "login"), which the FNV-1a hash of every
// rune, before, took for the same line.

// runMix hashes into h the next eight bytes x of a run of ASCII letters,
// zero past its end (no letter is a zero byte), with runEnd set when they
// are its last. The shift carries the high bits, which the multiplication
// spreads from the low ones, back down.
func runMix(h, x uint64) uint64 {
	// (A function small enough to be inlined.)
	h = (h ^ x) * 0x9E3779B97F4A7C15
	return h ^ h>>32
}

// hashRun returns h with the run of ASCII letters line[from:to] hashed in
// as asciiWords hashes a word, for Measure's rune loop.
func hashRun(h uint64, line string, from, to int) uint64 {
	for p := from; p < to; p += 8 {
		x := load8(line, p) & keyMask[0][min(to-p, 8)]
		if p+8 >= to {
			x |= runEnd
		}
		h = runMix(h, x)
	}
	return h
}

// runEnd marks the last eight bytes of a run of letters, so that a run of
// eight and the run after it hash unlike a run of both: it is the high bit
// of a byte, which no ASCII letter has.
const runEnd = 1 << 63

// goesOn tells the bytes after ASCII letters that may go on with the word:
// a digit, '_' and the first byte of a rune beyond ASCII, which Measure's
// rune loop reads as part of the word or number, unless it is one of
// isGeneralPunct.
var goesOn = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 0x80 || c >= '0' && c <= '9' || c == '_'
	}
	return t
}()
