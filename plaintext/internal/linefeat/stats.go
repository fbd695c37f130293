package linefeat

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-dev/pith/internal/uniprop"
)

// Stats are the raw counts of one line, gathered in a single pass over its
// bytes.
type Stats struct {
	Runes   int32 // runes other than white space
	Letters int32
	Upper   int32 // upper-case letters
	Digits  int32
	CJK     int32 // Han, Hiragana, Katakana and Hangul characters
	Punct   int32 // runes that are neither letters, digits nor white space

	Words        int32 // runs of letters and digits outside CJK
	StopWords    int32 // words (and CJK particles) in the stop-word lists
	BoilWords    int32 // words in the boilerplate vocabulary
	UIWords      int32 // words of buttons and links
	MediaWords   int32 // words of captions and credits: photo, image, video...
	TimeWords    int32 // words of timestamps: ago, updated, posted...
	CommentWords int32 // words of comment threads: comments, reply, wrote...
	CapWords     int32 // words that start with an upper-case letter
	DigitWords   int32 // words made only of digits
	LongWords    int32 // words of more than 12 runes: URLs, identifiers, German compounds

	Commas    int32 // , ; ， 、 ；
	Terminals int32 // sentence terminals followed by space or at the end
	Seps      int32 // | • · » › / separators of menus and breadcrumbs

	EndTerminal bool // the line ends a sentence: . ! ? 。 ！ ？ … maybe in quotes
	EndColon    bool
	EndComma    bool
	StartBullet bool // starts with a bullet, dash, arrow or number mark
	StartLower  bool // starts with a lower-case letter: the tail of a sentence
	StartDigit  bool
	Copyright   bool // ©, (c) or a "copyright" word
	URL         bool // holds a URL or e-mail address
	Date        bool // a month name or numeric date next to a number
	Time        bool // hh:mm
	StartUI     bool // the first word is one of buttons, links or boilerplate: "Report a problem", "Read more"
	Participle  bool // a lower-case word after the first that ends in "ed" is followed by a function word or ends the line: "placed on", "arrested after"
	Aux         bool // an auxiliary verb: "is", "has", "will"...
	Hash        uint64

	edLast bool // the last word ended in "ed", for Participle

	// The state of endWord, folded into the fields above when Measure
	// ends and then cleared.
	lanes      uint64 // counts of words, 7 bits for each of the fields
	classes    uint8  // the class flags of all the words
	edStop     uint8  // those of the words after one that ended in "ed"
	firstClass uint8  // those of the first word
}

// isCJK reports whether r belongs to a script written without spaces.
func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// Rune classes, as bit flags, of the runes beyond ASCII.
const (
	rSpace = 1 << iota
	rDigit
	rLetter
	rUpper
	rCJK
)

// classOf returns the classes of r: from a table for the alphabets of the
// first 0x800 code points, at once for the CJK ideographs and Hangul
// syllables, from another table for the CJK punctuation and the kana, and
// from package unicode for the rest.
func classOf(r rune) uint8 {
	switch {
	case r < lowRunes:
		return lowClass[r]
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3:
		return rLetter | rCJK
	case r >= kanaRunes && r < kanaRunes+0x100:
		return kanaClass[uint8(r)] // r - kanaRunes
	}
	return slowClass(r)
}

func slowClass(r rune) uint8 {
	c := uint8(0)
	if unicode.IsSpace(r) {
		c |= rSpace
	}
	if unicode.IsDigit(r) {
		c |= rDigit
	}
	if unicode.IsLetter(r) {
		c |= rLetter
		if unicode.IsUpper(r) {
			c |= rUpper
		}
		if r >= 0x2E80 && isCJK(r) {
			c |= rCJK
		}
	}
	return c
}

const lowRunes = 0x800

// asciiClass holds the classes of the ASCII runes as measure reads them:
// package unicode's, but for white space, of which only a space and a tab
// are ('\r', '\v' and '\f' count as punctuation).
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		switch {
		case r == ' ' || r == '\t':
			c[r] = rSpace
		case r >= '0' && r <= '9':
			c[r] = rDigit
		case r >= 'a' && r <= 'z':
			c[r] = rLetter
		case r >= 'A' && r <= 'Z':
			c[r] = rLetter | rUpper
		}
	}
	return c
}()

// kanaRunes starts the 256 code points of CJK punctuation ("、", "。"),
// Hiragana and Katakana, most of the text of Japanese pages besides the
// ideographs: slowClass looks each up in five or six of package unicode's
// tables, at hundreds of instructions a rune.
const kanaRunes = 0x3000

var kanaClass = func() (c [0x100]uint8) {
	for i := range c {
		c[i] = slowClass(kanaRunes + rune(i))
	}
	return c
}()

var lowClass = func() (c [lowRunes]uint8) {
	for r := rune(0); r < lowRunes; r++ {
		c[r] = slowClass(r)
	}
	return c
}()

// toLower is unicode.ToLower, from a table for the common runes.
func toLower(r rune) rune { return uniprop.ToLower(r) }

// endWord counts a word that ends into s: buf[:n] is its lower-case bytes
// (n is 0 when it is too long to look up), runes its length. It reports
// whether the word is a month name.
func endWord(s *Stats, buf *wordBuf, n int, runes int, firstUpper, allDigits bool) (month bool) {
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
		s.flushLanes()
	}
	// The classes that make the line's flags, set when Measure ends.
	s.classes |= c
	s.edStop |= c & -uint8(b2i32(edBefore))
	s.firstClass |= c & -uint8(b2i32(s.Words == 1))
	return c&wordMonth != 0
}

// The lanes of Stats.lanes, 7 bits each: the counts of endWord.
const (
	laneStop = iota
	laneBoiler
	laneUI
	laneMedia
	laneTime
	laneComment
	laneCap
	laneDigit
	laneLong
)

// laneOf spreads a word's class flags to the lanes of their counts.
var laneOf = func() (t [256]uint64) {
	for c := range t {
		for _, f := range [...]struct {
			flag uint8
			lane uint
		}{{wordStop, laneStop}, {wordBoiler, laneBoiler}, {wordUI, laneUI}, {wordMedia, laneMedia}, {wordTime, laneTime}, {wordComment, laneComment}} {
			if uint8(c)&f.flag != 0 {
				t[c] |= 1 << (7 * f.lane)
			}
		}
	}
	return t
}()

// flushLanes adds the counts in s.lanes to their fields and clears them.
//
//go:noinline
func (s *Stats) flushLanes() {
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
// where they end and the number of lower-case ones, and writes them in lower case to buf from wl on,
// wrapping around past maxWordBytes (the bytes of a word that long are
// not looked up). It is apart from Measure so that its loop has
// registers for its state, which in Measure's goes in and out of memory
// at twice the instructions.
//
//go:noinline
func asciiLetters(line string, j int, buf *wordBuf, wl int) (end int, lower int) {
	caseBits := 0
	for k, c := range []byte(line[j:]) {
		lc := c | 0x20
		if lc-'a' >= 26 {
			return j + k, caseBits >> 5
		}
		buf[(wl+k)&(maxWordBytes-1)] = lc
		caseBits += int(c & 0x20)
	}
	return len(line), caseBits >> 5
}

// twoByteLetters reads the letters of two bytes in UTF-8 of line from j
// on, those of the alphabets from U+0080 to U+07FF, that go on a word: it
// returns where they end, h with them hashed in, their number and the
// number of upper-case ones, and wordLen (the bytes in buf, -1 when the
// word is too long to look up) once they are written to buf in lower
// case, and the last of them; all as Measure's rune loop would, a rune at
// a time, at several times the cost.
//
//go:noinline
func twoByteLetters(line string, j int, h uint64, buf *wordBuf, wordLen int) (end int, hash uint64, runes, upper, wl int, last rune) {
	for j+1 < len(line) {
		c0, c1 := line[j], line[j+1]
		if c0 < 0xC2 || c0 > 0xDF || c1&0xC0 != 0x80 {
			break
		}
		r := rune(c0&0x1F)<<6 | rune(c1&0x3F)
		rc := lowClass[r]
		if rc&rLetter == 0 {
			break
		}
		h = (h ^ uint64(r)) * fnvPrime
		runes++
		last = r
		j += 2
		if rc&rUpper == 0 {
			// Most letters: in lower case already, their two bytes are
			// those that utf8.EncodeRune would write, with no call.
			if wordLen >= 0 {
				if wordLen+2 <= maxWordBytes {
					buf[wordLen], buf[wordLen+1] = c0, c1
					wordLen += 2
				} else {
					wordLen = -1
				}
			}
			continue
		}
		upper++
		lr := toLower(r)
		// The letter added to the word's lower-case bytes, written out as
		// in measure's loop: as a function it is too big to inline.
		if wordLen >= 0 {
			if lr < utf8.RuneSelf {
				if wordLen < maxWordBytes {
					buf[wordLen] = byte(lr)
					wordLen++
				} else {
					wordLen = -1
				}
			} else if wordLen+utf8.RuneLen(lr) <= maxWordBytes {
				wordLen += utf8.EncodeRune(buf[wordLen:], lr)
			} else {
				wordLen = -1
			}
		}
	}
	return j, h, runes, upper, wordLen, last
}

// decodeRune is utf8.DecodeRuneInString for s, which starts with a byte
// beyond ASCII, in fewer steps for the runes of two bytes and those of
// three led by E1 to EF but ED (of whose continuation bytes any is
// valid): the alphabets, dashes, curly quotes and CJK scripts.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0]-0xE1 <= 0xEF-0xE1 && s[0] != 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	if len(s) >= 2 && s[0]-0xC2 <= 0xDF-0xC2 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// b2i32 is 1 for true, 0 for false, computed without a branch.
func b2i32(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// isTerminal reports whether r ends a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', '؟', '।':
		return true
	}
	return false
}

// isCloser reports whether r may follow a sentence's terminal: a closing
// quote or bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '»', '”', '’', '」', '』', '）', '*':
		return true
	}
	return false
}

func isSep(r rune) bool {
	switch r {
	case '|', '•', '·', '»', '›', '/', '>', '¦', '–', '—', '\\':
		return true
	}
	return false
}

// The classes of a rune of punctuation that measure's loop tests, as bit
// flags.
const (
	pTerminal = 1 << iota // isTerminal
	pCloser               // isCloser
	pComma                // , ; ， 、 ；, counted in Commas
	pSep                  // isSep
	pMark                 // © @ : (, marks of a copyright or a URL
)

// punctClass returns the classes of r, from a table for Latin-1 and
// another for the General Punctuation block, where nearly all of a
// text's punctuation lies: the switches of isTerminal, isCloser and isSep
// take a dozen compares and branches or more each.
func punctClass(r rune) uint8 {
	if r < 0x100 {
		return latinPunct[uint8(r)]
	}
	return widePunct(r)
}

// widePunct is punctClass past Latin-1, apart so that punctClass is
// inlined.
//
//go:noinline
func widePunct(r rune) uint8 {
	if r >= 0x2000 && r < 0x2100 {
		return generalPunct[uint8(r)] // r - 0x2000
	}
	return slowPunct(r)
}

var latinPunct, generalPunct = func() (l, g [0x100]uint8) {
	for i := range 0x100 {
		l[i], g[i] = slowPunct(rune(i)), slowPunct(0x2000+rune(i))
	}
	return l, g
}()

// slowPunct returns the classes of r from the functions that define them.
func slowPunct(r rune) uint8 {
	c := uint8(0)
	if isTerminal(r) {
		c |= pTerminal
	}
	if isCloser(r) {
		c |= pCloser
	}
	switch r {
	case ',', ';', '，', '、', '；':
		c |= pComma
	case '©', '@', ':', '(':
		c |= pMark
	}
	if isSep(r) {
		c |= pSep
	}
	return c
}

func isBullet(r rune) bool {
	switch r {
	case '•', '-', '*', '·', '►', '▶', '→', '»', '›', '>', '◦', '▪', '■', '●', '○', '+', '–', '—':
		return true
	}
	return false
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Measure gathers the Stats of line.
func Measure(line string) (s Stats) {
	measure(line, &s)
	return s
}

// measure gathers the Stats of line into *s, for Page.Load to fill its
// slice in place rather than copy the Stats of each line into it.
func measure(line string, s *Stats) {
	*s = Stats{}
	var buf wordBuf
	h := uint64(fnvOffset)
	// The loop's state but for i, h and slowAt, in a struct of more
	// than four fields, which the compiler keeps in memory: each field
	// read and written where used, rather than in a register that the
	// calls in the loop (asciiWords, endWord...) have saved to the stack
	// at every rune. 1,693M instructions in Clean went to 1,647M; slowAt
	// in it too cost 12M more.
	var st struct {
		wordFirstUpper, wordAllDigits bool
		first                         bool
		colonAfterDigit               bool
		sawMonth                      bool
		dateSeps                      int  // digit groups joined by . / - in the current number
		last                          rune // last rune other than white space and closers
		lastWasTerm                   bool
		prevDigit                     bool // the previous rune was a digit
		wordLen, wordRunes            int  // bytes in buf (-1 when too long), runes
		inWord                        bool
	}
	st.wordAllDigits, st.first = true, true

	slowAt := -1 // where asciiWords left a word to the loop
	for i := 0; i < len(line); {
		if !st.inWord && i != slowAt && (line[i]|0x20)-'a' < 26 {
			// Words of ASCII letters, the bulk of most texts. Whether
			// one was a month name is told from s.classes at the end.
			punct := s.Punct
			end, hh := s.asciiWords(line, i, h)
			if end > i {
				if st.first {
					st.first = false
					s.StartLower = line[i] >= 'a'
				}
				if s.Punct != punct {
					// As at any punctuation.
					if st.dateSeps >= 2 {
						s.Date = true
					}
					st.dateSeps = 0
				}
				i, h = end, hh
				st.last = rune(line[end-1])
				if st.last == ' ' {
					st.last = rune(line[end-2])
				}
				st.lastWasTerm, st.prevDigit, st.colonAfterDigit = false, false, false
				continue
			}
			slowAt = i
		}
		r := rune(line[i])
		size := 1
		if r >= utf8.RuneSelf {
			r, size = decodeRune(line[i:])
		}
		i += size
		wasColon := st.colonAfterDigit
		st.colonAfterDigit = false
		// The rune's classes: an ASCII one's from asciiClass. Dashes,
		// curly quotes and the like are frequent and neither spaces,
		// digits nor letters: spare them the Unicode tables.
		var rc uint8
		switch {
		case r < utf8.RuneSelf:
			rc = asciiClass[r]
		case !(r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205E):
			rc = classOf(r) // with U+00A0, the no-break space, a space
		}
		if rc&rSpace != 0 {
			if st.inWord {
				st.inWord = false
				st.sawMonth = endWord(s, &buf, max(st.wordLen, 0), st.wordRunes, st.wordFirstUpper, st.wordAllDigits) || st.sawMonth
			}
			if st.lastWasTerm {
				s.Terminals++
				st.lastWasTerm = false
			}
			st.prevDigit = false
			continue
		}
		if r >= utf8.RuneSelf || uint32(r|0x20)-'a' >= 26 {
			// A run of ASCII letters is hashed as a whole, below.
			h = (h ^ uint64(r)) * fnvPrime
		}
		s.Runes++
		if st.first {
			st.first = false
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
		case rc&rDigit != 0:
			s.Digits++
			if !st.inWord {
				st.inWord, st.wordLen, st.wordRunes, st.wordFirstUpper, st.wordAllDigits = true, 0, 0, false, true
			}
			st.wordRunes++
			if wasColon {
				s.Time = true
			}
			st.prevDigit = true
			st.lastWasTerm = false
			st.last = r
			continue
		case rc&rLetter != 0:
			s.Letters++
			upper := rc&rUpper != 0
			if upper {
				s.Upper++
			}
			if rc&rCJK != 0 {
				if st.inWord {
					st.inWord = false
					st.sawMonth = endWord(s, &buf, max(st.wordLen, 0), st.wordRunes, st.wordFirstUpper, st.wordAllDigits) || st.sawMonth
				}
				s.CJK++
				if cjkParticle(r) {
					s.StopWords++
				}
				st.last = r
				st.lastWasTerm = false
				st.prevDigit = false
				continue
			}
			if !st.inWord {
				st.inWord, st.wordLen, st.wordRunes, st.wordFirstUpper, st.wordAllDigits = true, 0, 0, upper, true
			}
			st.wordAllDigits = false
			st.wordRunes++
			if st.wordLen >= 0 {
				lr := r
				if upper {
					lr = toLower(r)
				}
				if lr < utf8.RuneSelf {
					if st.wordLen < maxWordBytes {
						buf[st.wordLen] = byte(lr)
						st.wordLen++
					} else {
						st.wordLen = -1
					}
				} else if st.wordLen+utf8.RuneLen(lr) <= maxWordBytes {
					n := utf8.EncodeRune(buf[st.wordLen:], lr)
					st.wordLen += n
				} else {
					st.wordLen = -1
				}
			}
			st.prevDigit = false
			st.lastWasTerm = false
			st.last = r
			// The letters that follow, in tight loops: a rune through
			// the loop above costs several times more, as its state
			// goes in and out of memory. First the ASCII letters: a
			// word's length in bytes goes on counting past maxWordBytes
			// (then it is too long to look up, and the bytes written to
			// buf wrap around, to be ignored), its length in runes is
			// told from that, and the upper-case letters from the sum of
			// the letters' case bits. Then the letters of two bytes, of
			// the alphabets from U+0080 to U+07FF (Latin with accents,
			// Greek, Cyrillic...), and the ASCII ones again, and so on.
			// The words after it are asciiWords'.
			runStart := i // where a run of ASCII letters starts
			if r < utf8.RuneSelf {
				runStart--
			}
			for {
				wl := st.wordLen
				if wl < 0 {
					wl = maxWordBytes + 1
				}
				j, lower := asciiLetters(line, i, &buf, wl)
				if j > runStart {
					h = hashRun(h, line, runStart, j)
				}
				if run := j - i; run > 0 {
					st.last = rune(line[j-1])
					s.Runes += int32(run)
					s.Letters += int32(run)
					s.Upper += int32(run - lower)
					st.wordRunes += run
					wl += run
				}
				i, st.wordLen = j, wl
				if wl > maxWordBytes {
					st.wordLen = -1
				}
				if i+1 >= len(line) || line[i]-0xC2 > 0xDF-0xC2 {
					break
				}
				j, hh, runes, upper, wl2, lastLetter := twoByteLetters(line, i, h, &buf, st.wordLen)
				if j == i {
					break
				}
				s.Runes += int32(runes)
				s.Letters += int32(runes)
				s.Upper += int32(upper)
				i, h, st.wordRunes, st.wordLen, st.last = j, hh, st.wordRunes+runes, wl2, lastLetter
				runStart = i
			}
			continue
		case r == '_':
			// part of a word for the metric's tokens; a mark of identifiers
			st.lastWasTerm = false
			st.last = r
			continue
		}
		// punctuation and symbols
		s.Punct++
		if r == '.' && st.prevDigit && i < len(line) && line[i] >= '0' && line[i] <= '9' {
			// 3.5 or 12.05.2019: part of a number, not the end of a sentence
			st.dateSeps++
			st.last = r
			continue
		}
		if (r == '/' || r == '-') && st.prevDigit && i < len(line) && line[i] >= '0' && line[i] <= '9' {
			st.dateSeps++
			st.last = r
			continue
		}
		if st.inWord {
			st.inWord = false
			st.sawMonth = endWord(s, &buf, max(st.wordLen, 0), st.wordRunes, st.wordFirstUpper, st.wordAllDigits) || st.sawMonth
		}
		if st.dateSeps >= 2 {
			s.Date = true
		}
		st.dateSeps = 0
		st.colonAfterDigit = r == ':' && st.prevDigit
		st.prevDigit = false
		pc := punctClass(r)
		switch {
		case pc&pTerminal != 0:
			st.lastWasTerm = true
			st.last = r
		case pc&pCloser != 0:
			// keep lastWasTerm and last: "end." and end.” both end sentences
		default:
			st.lastWasTerm = false
			st.last = r
		}
		if pc&pComma != 0 {
			s.Commas++
		}
		if pc&pMark != 0 {
			switch r {
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
		}
		if pc&pSep != 0 {
			s.Seps++
		}
	}
	if st.inWord {
		st.inWord = false
		st.sawMonth = endWord(s, &buf, max(st.wordLen, 0), st.wordRunes, st.wordFirstUpper, st.wordAllDigits) || st.sawMonth
	}
	if st.dateSeps >= 2 {
		s.Date = true
	}
	s.flushLanes()
	// endWord's months and asciiWords' alike.
	st.sawMonth = st.sawMonth || s.classes&wordMonth != 0
	s.Aux = s.classes&wordAux != 0
	s.StartUI = s.firstClass&(wordUI|wordBoiler) != 0
	s.Participle = s.edLast || s.edStop&wordStop != 0
	s.classes, s.edStop, s.firstClass = 0, 0, 0
	if st.lastWasTerm {
		s.Terminals++
	}
	if st.sawMonth && s.DigitWords > 0 {
		s.Date = true
	}
	s.EndTerminal = punctClass(st.last)&pTerminal != 0
	s.EndColon = st.last == ':'
	s.EndComma = st.last == ',' || st.last == '，' || st.last == '、'
	if s.CJK > 0 {
		for _, w := range cjkBoiler {
			if strings.Contains(line, w) {
				s.BoilWords++
			}
		}
	}
	s.Hash = h
}
