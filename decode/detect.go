package decode

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// script is the writing system a candidate encoding is used for, which
// decides how its decoded characters are scored.
type script int

const (
	latin script = iota
	cyrillic
	cjk
)

// candidate is a legacy encoding the statistical guess considers.
type candidate struct {
	name     string // WHATWG name
	script   script
	common   string // letters or characters frequent in its languages
	japanese bool   // kana are expected
	korean   bool   // Hangul is expected
}

// candidates in order of preference when scores tie: windows-1252 first,
// the HTML default.
var candidates = []candidate{
	{name: "windows-1252", script: latin, common: latinWestern},
	{name: "windows-1250", script: latin, common: latinCentral},
	{name: "iso-8859-2", script: latin, common: latinCentral},
	{name: "windows-1254", script: latin, common: latinTurkish},
	{name: "windows-1251", script: cyrillic},
	{name: "koi8-r", script: cyrillic},
	{name: "gbk", script: cjk, common: frequentHans},
	{name: "big5", script: cjk, common: frequentHant},
	{name: "shift_jis", script: cjk, common: frequentJpan, japanese: true},
	{name: "euc-jp", script: cjk, common: frequentJpan, japanese: true},
	{name: "euc-kr", script: cjk, common: frequentKore, korean: true},
}

var (
	setsOnce   sync.Once
	commonSets []runeSet // per candidate
)

func initSets() {
	commonSets = make([]runeSet, len(candidates))
	for i, c := range candidates {
		commonSets[i] = newRuneSet(c.common)
	}
}

// guess returns the legacy encoding whose decoding of data reads most like
// text. It is meant for bytes that are neither UTF-8 nor declared.
func guess(data []byte) (encoding.Encoding, string) {
	setsOnce.Do(initSets)
	s := sample(data)
	best, bestScore := 0, 0
	runes := make([]rune, 0, len(s))
	for i, c := range candidates {
		enc := byName(c.name)
		out, err := enc.NewDecoder().Bytes(s)
		if err != nil {
			continue
		}
		runes = runes[:0]
		for _, r := range string(out) {
			runes = append(runes, r)
		}
		sc := score(runes, &c, commonSets[i])
		if i == 0 || sc > bestScore {
			best, bestScore = i, sc
		}
	}
	return byName(candidates[best].name), candidates[best].name
}

// score rates how much runes, the decoding of a sample with candidate c,
// look like text written in c's script. Only non-ASCII runes score; ASCII
// runes are context. The weights are coarse on purpose: the right decoding
// usually wins by a wide margin.
func score(runes []rune, c *candidate, common runeSet) int {
	total := 0
	for i, r := range runes {
		if r < utf8.RuneSelf {
			continue
		}
		var prev, prev2, next rune = ' ', ' ', ' '
		if i > 0 {
			prev = runes[i-1]
		}
		if i > 1 {
			prev2 = runes[i-2]
		}
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		total += runeScore(r, prev, prev2, next, c, common)
	}
	return total
}

func runeScore(r, prev, prev2, next rune, c *candidate, common runeSet) int {
	switch {
	case r == utf8.RuneError:
		return -50
	case r < 0xA0, 0xE000 <= r && r <= 0xF8FF:
		// C1 controls and private use: bytes a text would not contain.
		return -20
	case unicode.IsLetter(r):
		return letterScore(r, prev, prev2, next, c, common)
	case r == 0xA0 || unicode.IsSpace(r):
		return 0
	}
	// Punctuation and symbols.
	if 0xFF61 <= r && r <= 0xFF9F {
		// Halfwidth katakana: Shift_JIS reads single bytes 0xA1-0xDF
		// so, but Japanese web text rarely uses them.
		return -2
	}
	if c.script == cjk && (0x3000 <= r && r <= 0x303F || 0xFF00 <= r && r <= 0xFFEF) {
		return 2 // CJK punctuation and fullwidth forms
	}
	if isLetterRune(prev) && isLetterRune(next) && !isApostrophe(r) {
		// A symbol inside a word: ³ ¹ ± ¶ where a letter belongs.
		return -4
	}
	switch r {
	case '’', '‘', '“', '”', '„', '–', '—', '…', '•', '«', '»', '©', '®', '°', '€', '£', '·':
		return 1
	}
	if c.script == cjk && 0x2000 <= r && r <= 0x2BFF {
		return -1 // stray symbols from a wrong CJK table
	}
	return 0
}

func letterScore(r, prev, prev2, next rune, c *candidate, common runeSet) int {
	asciiNeighbour := isASCIILetter(prev) || isASCIILetter(next)
	switch {
	case 0x3040 <= r && r <= 0x30FF: // kana
		if asciiNeighbour {
			return -3
		}
		if common.has(r) {
			return 6
		}
		if c.japanese {
			return 2
		}
		return -1
	case 0xAC00 <= r && r <= 0xD7A3: // Hangul syllables
		if asciiNeighbour {
			return -3
		}
		if common.has(r) {
			return 6
		}
		return 2
	case 0x4E00 <= r && r <= 0x9FFF: // CJK ideographs
		if asciiNeighbour {
			return -3
		}
		if common.has(r) {
			return 6
		}
		return 1
	case r >= 0x2E80:
		// Other CJK-range letters: extensions, compatibility ideographs.
		return -2
	}
	// Alphabetic letters.
	if c.script == cjk {
		return -1
	}
	if !isLetterRune(prev) && !isLetterRune(next) {
		// A lone accented letter is rarely a word; a lone symbol (© ®)
		// often is what the byte means.
		return 0
	}
	s := 1
	if unicode.IsUpper(r) && unicode.IsLower(prev) {
		s = -1 // "aB": case flips inside a word
	}
	if common.has(r) {
		s++
	}
	if c.script == latin && prev >= utf8.RuneSelf && prev2 >= utf8.RuneSelf && isLetterRune(prev) && isLetterRune(prev2) {
		// Three accented letters in a row: rare in Latin-script text,
		// typical of Cyrillic or Greek read as Latin.
		s -= 3
	}
	if c.script == cyrillic && 0x400 <= r && r <= 0x4FF && asciiNeighbour {
		// A Cyrillic letter inside a Latin word: "fьr" for "für".
		s -= 4
	}
	return s
}

func isASCIILetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(r)
	}
	return unicode.IsLetter(r)
}

func isApostrophe(r rune) bool {
	return r == '’' || r == '‘' || r == '´' || r == 'ʼ' || r == '·' || r == '\''
}
