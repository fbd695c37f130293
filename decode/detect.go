package decode

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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

// langCharsets maps the primary subtag of a page's lang attribute to the
// candidates used for that language.
var langCharsets = map[string][]string{
	"pl": {"windows-1250", "iso-8859-2"}, "cs": {"windows-1250", "iso-8859-2"},
	"sk": {"windows-1250", "iso-8859-2"}, "hu": {"windows-1250", "iso-8859-2"},
	"sl": {"windows-1250", "iso-8859-2"}, "hr": {"windows-1250", "iso-8859-2"},
	"ro": {"windows-1250", "iso-8859-2"}, "bs": {"windows-1250", "iso-8859-2"},
	"ru": {"windows-1251", "koi8-r"}, "uk": {"windows-1251", "koi8-r"},
	"be": {"windows-1251", "koi8-r"}, "bg": {"windows-1251", "koi8-r"},
	"mk": {"windows-1251", "koi8-r"}, "sr": {"windows-1251", "koi8-r"},
	"kk": {"windows-1251", "koi8-r"},
	"tr": {"windows-1254"}, "az": {"windows-1254"},
	"ja": {"shift_jis", "euc-jp"},
	"zh": {"gbk", "big5"},
	"ko": {"euc-kr"},
	"en": {"windows-1252"}, "de": {"windows-1252"}, "fr": {"windows-1252"},
	"es": {"windows-1252"}, "it": {"windows-1252"}, "pt": {"windows-1252"},
	"nl": {"windows-1252"}, "sv": {"windows-1252"}, "da": {"windows-1252"},
	"no": {"windows-1252"}, "nb": {"windows-1252"}, "fi": {"windows-1252"},
	"ca": {"windows-1252"}, "is": {"windows-1252"},
}

// guess returns the name of the legacy encoding whose decoding of data reads most like
// text. It is meant for bytes that are neither UTF-8 nor declared. lang is
// the page's lang attribute, if any: it breaks near ties in favour of the
// encodings used for that language.
func guess(data []byte, lang string) string {
	setsOnce.Do(initSets)
	s := sample(data)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	preferred := langCharsets[lang]
	high := 0
	for _, c := range s {
		if c >= 0x80 {
			high++
		}
	}
	best, bestScore := 0, 0
	// Decoding a byte gives at most 3 bytes of UTF-8, a 2-byte sequence at
	// most 4, so one buffer serves every candidate.
	buf := make([]byte, 3*len(s)+8)
	for i, c := range candidates {
		dec := byName(c.name).NewDecoder()
		n, _, err := dec.Transform(buf, s, true)
		if err != nil {
			continue
		}
		out := buf[:n]
		sc := score(out, &c, commonSets[i])
		if slices.Contains(preferred, c.name) {
			sc += high / 2
		}
		if i == 0 {
			// windows-1252 is by far the most common legacy encoding: it
			// wins near ties, such as Spanish, whose letters other than ñ
			// are the same in the Central European encodings.
			sc += high / 16
		}
		if i == 0 || sc > bestScore {
			best, bestScore = i, sc
		}
	}
	return candidates[best].name
}

// score rates how much text, the decoding of a sample with candidate c,
// looks like text written in c's script. Only non-ASCII runes score; ASCII
// runes are context. The weights are coarse on purpose: the right decoding
// usually wins by a wide margin.
func score(text []byte, c *candidate, common runeSet) int {
	total := 0
	var prev2, prev rune = ' ', ' '
	r, size := utf8.DecodeRune(text)
	for i := 0; i < len(text); {
		next := ' '
		if j := i + size; j < len(text) {
			if text[j] < utf8.RuneSelf {
				next = rune(text[j])
			} else {
				next, _ = utf8.DecodeRune(text[j:])
			}
		}
		if r >= utf8.RuneSelf {
			total += runeScore(r, prev, prev2, next, c, common)
		}
		prev2, prev = prev, r
		i += size
		if i < len(text) {
			if text[i] < utf8.RuneSelf {
				r, size = rune(text[i]), 1
			} else {
				r, size = utf8.DecodeRune(text[i:])
			}
		}
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
	switch r {
	case '’', '‘', '“', '”', '„', '–', '—', '…', '•', '«', '»', '©', '®', '°', '€', '£', '·', '¡', '¿':
		// Text punctuation, also between words without spaces
		// ("much…how", "word—word").
		return 1
	}
	if isLetterRune(prev) && isLetterRune(next) && !isInWord(r) {
		// A symbol inside a word: ³ ¹ ± ¶ where a letter belongs.
		return -4
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
	if unicode.IsUpper(r) && unicode.IsLower(prev) || unicode.IsLower(r) && unicode.IsUpper(next) {
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

// isInWord reports punctuation that text puts inside words: apostrophes,
// the soft hyphen, the middle dot of Catalan.
func isInWord(r rune) bool {
	return r == '’' || r == '‘' || r == '´' || r == 'ʼ' || r == '·' || r == '\u00AD' || r == '\''
}
