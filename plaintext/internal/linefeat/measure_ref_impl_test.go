package linefeat

// The reference implementation of Measure, kept verbatim (but for the
// names) from before its rewrite, for measure_ref_test.go to compare the
// faster code against on every benchmark line and on fuzzed input.

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// endWord counts a word that ends into s: buf[:n] is its lower-case bytes
// (n is 0 when it is too long to look up), runes its length. It reports
// whether the word is a month name.
func refEndWord(s *Stats, buf *wordBuf, n int, runes int, firstUpper, allDigits bool) (month bool) {
	s.Words++
	// A participle used as a predicate is followed by a preposition or
	// ends the line ("placed on land", "arrested after", "and arrested");
	// one followed by a noun is an adjective ("uploaded files").
	edBefore := s.edLast
	// Its conditions combined as flags rather than tested one after the
	// other: which way they go is too unpredictable for branches. The
	// last two bytes are read, as one integer, even when there are
	// fewer, from what an earlier word left in buf, and then ignored.
	ed := binary.LittleEndian.Uint16(buf[(n-2)&(maxWordBytes-1):]) == 'e'|'d'<<8
	s.edLast = b2i32(ed)&b2i32(n > 4)&b2i32(s.Words > 1)&b2i32(!firstUpper) != 0
	k0, k1 := wordKey(buf, n)
	if k0 == 'w'|'w'<<8|'w'<<16 {
		s.URL = true
	}
	// The word's class flags: those of whichever of its two slots holds
	// its key, with no branch; 0 when neither does. Written out here
	// rather than called: a call on the way of every word has endWord
	// keep its state in memory rather than in registers.
	t := wordTable
	ss := wordSlots(k0, k1)
	a, b := &t.key[ss[0]], &t.key[ss[1]]
	c := t.class[ss[0]]&-b2u8((a[0]^k0)|(a[1]^k1) == 0) | t.class[ss[1]]&-b2u8((b[0]^k0)|(b[1]^k1) == 0)
	if n > 16 {
		c = longWordClass(buf, n)
	}
	// A number is in no list, whatever its key; a word too long to look
	// up (n = 0) has the key of none.
	c &^= -b2u8(allDigits)
	// The counts, by adding flags rather than by branches: whether a
	// word is capitalised or a function word is too unpredictable for a
	// branch; and in the lanes of one integer, flushed every 64 words
	// before a lane can overflow, rather than one by one in memory.
	s.lanes += laneOf[c] | uint64(b2i32(firstUpper))<<(7*laneCap) |
		uint64(b2i32(allDigits))<<(7*laneDigit) | uint64(b2i32(runes > 12))<<(7*laneLong)
	if s.Words&63 == 0 {
		s.refFlushLanes()
	}
	// The classes that make the line's flags, set when Measure ends.
	s.classes |= c
	s.edStop |= c & -uint8(b2i32(edBefore))
	s.firstClass |= c & -uint8(b2i32(s.Words == 1))
	return c&wordMonth != 0
}

// flushLanes adds the counts in s.lanes to their fields and clears them.
//
//go:noinline
func (s *Stats) refFlushLanes() {
	l := s.lanes
	lane := func(k uint) int32 { return int32(l >> (7 * k) & 127) }
	s.StopWords += lane(laneStop)
	s.BoilWords += lane(laneBoiler)
	s.UIWords += lane(laneUI)
	s.MediaWords += lane(laneMedia)
	s.TimeWords += lane(laneTime)
	s.CommentWords += lane(laneComment)
	s.CapWords += lane(laneCap)
	s.DigitWords += lane(laneDigit)
	s.LongWords += lane(laneLong)
	s.lanes = 0
}

// asciiLetters reads the ASCII letters of line from j on: it returns
// where they end, h with their bytes hashed in and the number of
// lower-case ones, and writes them in lower case to buf from wl on,
// wrapping around past maxWordBytes (the bytes of a word that long are
// not looked up). It is apart from Measure so that its loop has
// registers for its state, which in Measure's goes in and out of memory
// at twice the instructions.
//
//go:noinline
func refAsciiLetters(line string, j int, h uint64, buf *wordBuf, wl int) (end int, hash uint64, lower int) {
	caseBits := 0
	for k, c := range []byte(line[j:]) {
		lc := c | 0x20
		if lc-'a' >= 26 {
			return j + k, h, caseBits >> 5
		}
		h = (h ^ uint64(c)) * fnvPrime
		buf[(wl+k)&(maxWordBytes-1)] = lc
		caseBits += int(c & 0x20)
	}
	return len(line), h, caseBits >> 5
}

// refMeasure is Measure as it was before its ASCII words were read eight
// bytes at a time: the reference the faster one must agree with.
func refMeasure(line string) Stats {
	var s Stats
	var buf wordBuf
	h := uint64(fnvOffset)
	inWord := false
	wordLen, wordRunes := 0, 0 // bytes in buf (0 when too long), runes
	wordFirstUpper, wordAllDigits := false, true
	first := true
	var last rune // last rune other than white space and closers
	lastWasTerm := false
	prevDigit := false // the previous rune was a digit
	colonAfterDigit := false
	dateSeps := 0 // digit groups joined by . / - in the current number
	sawMonth := false

	for i := 0; i < len(line); {
		r := rune(line[i])
		size := 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(line[i:])
		}
		i += size
		wasColon := colonAfterDigit
		colonAfterDigit = false
		// Dashes, curly quotes and the like are frequent and neither
		// spaces, digits nor letters: spare them the Unicode tables.
		uni := r > 0x7f && !(r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205E)
		var rc uint8 // the classes of a rune beyond ASCII
		if uni {
			rc = classOf(r)
		}
		if r == ' ' || r == '\t' || r == 0xA0 || rc&rSpace != 0 {
			if inWord {
				inWord = false
				sawMonth = refEndWord(&s, &buf, max(wordLen, 0), wordRunes, wordFirstUpper, wordAllDigits) || sawMonth
			}
			if lastWasTerm {
				s.Terminals++
				lastWasTerm = false
			}
			prevDigit = false
			continue
		}
		h = (h ^ uint64(r)) * fnvPrime
		s.Runes++
		if first {
			first = false
			switch {
			case isBullet(r):
				s.StartBullet = true
			case unicode.IsLower(r):
				s.StartLower = true
			case r >= '0' && r <= '9':
				s.StartDigit = true
			}
		}
		switch {
		case r >= '0' && r <= '9' || rc&rDigit != 0:
			s.Digits++
			if !inWord {
				inWord, wordLen, wordRunes, wordFirstUpper, wordAllDigits = true, 0, 0, false, true
			}
			wordRunes++
			if wasColon {
				s.Time = true
			}
			prevDigit = true
			lastWasTerm = false
			last = r
			continue
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || rc&rLetter != 0:
			s.Letters++
			upper := r >= 'A' && r <= 'Z' || rc&rUpper != 0
			if upper {
				s.Upper++
			}
			if rc&rCJK != 0 {
				if inWord {
					inWord = false
					sawMonth = refEndWord(&s, &buf, max(wordLen, 0), wordRunes, wordFirstUpper, wordAllDigits) || sawMonth
				}
				s.CJK++
				if cjkParticle(r) {
					s.StopWords++
				}
				last = r
				lastWasTerm = false
				prevDigit = false
				continue
			}
			if !inWord {
				inWord, wordLen, wordRunes, wordFirstUpper, wordAllDigits = true, 0, 0, upper, true
			}
			wordAllDigits = false
			wordRunes++
			if wordLen >= 0 {
				lr := r
				if upper {
					lr = toLower(r)
				}
				if lr < utf8.RuneSelf {
					if wordLen < maxWordBytes {
						buf[wordLen] = byte(lr)
						wordLen++
					} else {
						wordLen = -1
					}
				} else if wordLen+utf8.RuneLen(lr) <= maxWordBytes {
					n := utf8.EncodeRune(buf[wordLen:], lr)
					wordLen += n
				} else {
					wordLen = -1
				}
			}
			prevDigit = false
			lastWasTerm = false
			last = r
			// The ASCII letters that follow, and the words of ASCII
			// letters after single spaces, the bulk of most texts, in a
			// tight loop: a rune through the loop above costs several
			// times more, as its state goes in and out of memory. Its
			// own state is kept small enough for registers: a word's
			// length in bytes goes on counting past maxWordBytes (then
			// it is too long to look up, and the bytes written to buf
			// wrap around, to be ignored), its length in runes is told
			// from that, and the upper-case letters from the sum of the
			// letters' case bits.
			j := i
			wl, wl0, wr0 := wordLen, wordLen, wordRunes
			if wl < 0 {
				wl, wl0 = maxWordBytes+1, maxWordBytes+1
			}
			spaces, lower := 0, 0
			for {
				end, hh, lo := refAsciiLetters(line, j, h, &buf, wl)
				wl += end - j
				j, h, lower = end, hh, lower+lo
				if j+1 >= len(line) || line[j] != ' ' || (line[j+1]|0x20)-'a' >= 26 {
					break
				}
				// A word ends, as at any space, and the next begins.
				n := wl
				if n > maxWordBytes {
					n = 0
				}
				sawMonth = refEndWord(&s, &buf, n, wr0+wl-wl0, wordFirstUpper, false) || sawMonth
				wl, wl0, wr0, wordFirstUpper = 0, 0, 0, line[j+1]-'A' < 26
				spaces++
				j++
			}
			if run := j - i - spaces; run > 0 {
				last = rune(line[j-1])
				s.Runes += int32(run)
				s.Letters += int32(run)
				s.Upper += int32(run - lower)
			}
			i, wordRunes, wordLen = j, wr0+wl-wl0, wl
			if wl > maxWordBytes {
				wordLen = -1
			}
			continue
		case r == '_':
			// part of a word for the metric's tokens; a mark of identifiers
			lastWasTerm = false
			last = r
			continue
		}
		// punctuation and symbols
		s.Punct++
		if r == '.' && prevDigit && i < len(line) && line[i] >= '0' && line[i] <= '9' {
			// 3.5 or 12.05.2019: part of a number, not the end of a sentence
			dateSeps++
			last = r
			continue
		}
		if (r == '/' || r == '-') && prevDigit && i < len(line) && line[i] >= '0' && line[i] <= '9' {
			dateSeps++
			last = r
			continue
		}
		if inWord {
			inWord = false
			sawMonth = refEndWord(&s, &buf, max(wordLen, 0), wordRunes, wordFirstUpper, wordAllDigits) || sawMonth
		}
		if dateSeps >= 2 {
			s.Date = true
		}
		dateSeps = 0
		colonAfterDigit = r == ':' && prevDigit
		prevDigit = false
		switch {
		case isTerminal(r):
			lastWasTerm = true
			last = r
		case isCloser(r):
			// keep lastWasTerm and last: "end." and end.” both end sentences
		default:
			lastWasTerm = false
			last = r
		}
		switch r {
		case ',', ';', '，', '、', '；':
			s.Commas++
		case '©':
			s.Copyright = true
		case '@':
			s.URL = true
		case ':':
			if strings.HasPrefix(line[i:], "//") {
				s.URL = true
			}
		case '(':
			if strings.HasPrefix(line[i:], "c)") || strings.HasPrefix(line[i:], "C)") {
				s.Copyright = true
			}
		}
		if isSep(r) {
			s.Seps++
		}
	}
	if inWord {
		inWord = false
		sawMonth = refEndWord(&s, &buf, max(wordLen, 0), wordRunes, wordFirstUpper, wordAllDigits) || sawMonth
	}
	if dateSeps >= 2 {
		s.Date = true
	}
	s.refFlushLanes()
	s.Aux = s.classes&wordAux != 0
	s.StartUI = s.firstClass&(wordUI|wordBoiler) != 0
	s.Participle = s.edLast || s.edStop&wordStop != 0
	s.classes, s.edStop, s.firstClass = 0, 0, 0
	if lastWasTerm {
		s.Terminals++
	}
	if sawMonth && s.DigitWords > 0 {
		s.Date = true
	}
	s.EndTerminal = isTerminal(last)
	s.EndColon = last == ':'
	s.EndComma = last == ',' || last == '，' || last == '、'
	if s.CJK > 0 {
		for _, w := range cjkBoiler {
			if strings.Contains(line, w) {
				s.BoilWords++
			}
		}
	}
	s.Hash = h
	return s
}
