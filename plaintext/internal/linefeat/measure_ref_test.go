// Code copied from stats.go and words.go as they were before Measure was
// rewritten for speed, names prefixed ref: the reference that
// TestMeasureMatchesReference holds the fast Measure to.

package linefeat

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-dev/pith/internal/lexicon"
	"github.com/pith-dev/pith/internal/uniprop"
)

// refIsCJK reports whether r belongs to a script written without spaces.
func refIsCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// Rune classes, as bit flags, of the runes beyond ASCII.
const (
	refRSpace = 1 << iota
	refRDigit
	refRLetter
	refRUpper
	refRCJK
)

// refClassOf returns the classes of r from a table for the alphabets of the
// first 0x800 code points and the CJK ideographs and Hangul syllables,
// from package unicode for the rest.
func refClassOf(r rune) uint8 {
	switch {
	case r < refLowRunes:
		return refLowClass[r]
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3:
		return refRLetter | refRCJK
	}
	return refSlowClass(r)
}

func refSlowClass(r rune) uint8 {
	c := uint8(0)
	if unicode.IsSpace(r) {
		c |= refRSpace
	}
	if unicode.IsDigit(r) {
		c |= refRDigit
	}
	if unicode.IsLetter(r) {
		c |= refRLetter
		if unicode.IsUpper(r) {
			c |= refRUpper
		}
		if r >= 0x2E80 && refIsCJK(r) {
			c |= refRCJK
		}
	}
	return c
}

const refLowRunes = 0x800

var refLowClass = func() (c [refLowRunes]uint8) {
	for r := rune(0); r < refLowRunes; r++ {
		c[r] = refSlowClass(r)
	}
	return c
}()

// refToLower is unicode.ToLower, from a table for the common runes.
func refToLower(r rune) rune { return uniprop.ToLower(r) }

// refEndWord counts a word that ends into s: buf[:n] is its lower-case bytes
// (n is 0 when it is too long to look up), runes its length. It reports
// whether the word is a month name.
func refEndWord(s *Stats, buf *[refMaxWordBytes]byte, n int, runes int, firstUpper, allDigits bool) (month bool) {
	w := buf[:n]
	s.Words++
	// A participle used as a predicate is followed by a preposition or
	// ends the line ("placed on land", "arrested after", "and arrested");
	// one followed by a noun is an adjective ("uploaded files").
	edBefore := s.edLast
	s.edLast = s.Words > 1 && !firstUpper && n > 4 && w[n-2] == 'e' && w[n-1] == 'd'
	// Counted by adding flags rather than by branches: whether a word is
	// capitalised or a function word is too unpredictable for a branch.
	s.CapWords += refB2i32(firstUpper)
	s.DigitWords += refB2i32(allDigits)
	s.LongWords += refB2i32(runes > 12)
	if string(w) == "www" {
		s.URL = true
	}
	if len(w) == 0 || allDigits {
		return false
	}
	c := refWordClass(w, refWordHash(buf, n))
	s.StopWords += int32(c / refWordStop & 1)
	s.BoilWords += int32(c / refWordBoiler & 1)
	s.UIWords += int32(c / refWordUI & 1)
	s.MediaWords += int32(c / refWordMedia & 1)
	s.TimeWords += int32(c / refWordTime & 1)
	s.CommentWords += int32(c / refWordComment & 1)
	if edBefore && c&refWordStop != 0 {
		s.Participle = true
	}
	if s.Words == 1 && c&(refWordUI|refWordBoiler) != 0 {
		s.StartUI = true
	}
	if c&refWordAux != 0 {
		s.Aux = true
	}
	return c&refWordMonth != 0
}

// refB2i32 is 1 for true, 0 for false, computed without a branch.
func refB2i32(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// refIsTerminal reports whether r ends a sentence.
func refIsTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', '؟', '।':
		return true
	}
	return false
}

// refIsCloser reports whether r may follow a sentence's terminal: a closing
// quote or bracket.
func refIsCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '»', '”', '’', '」', '』', '）', '*':
		return true
	}
	return false
}

func refIsSep(r rune) bool {
	switch r {
	case '|', '•', '·', '»', '›', '/', '>', '¦', '–', '—', '\\':
		return true
	}
	return false
}

func refIsBullet(r rune) bool {
	switch r {
	case '•', '-', '*', '·', '►', '▶', '→', '»', '›', '>', '◦', '▪', '■', '●', '○', '+', '–', '—':
		return true
	}
	return false
}

const (
	refFnvOffset = 14695981039346656037
	refFnvPrime  = 1099511628211
)

// refMeasure gathers the Stats of line.
func refMeasure(line string) Stats {
	var s Stats
	var buf [refMaxWordBytes]byte
	h := uint64(refFnvOffset)
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
			rc = refClassOf(r)
		}
		if r == ' ' || r == '\t' || r == 0xA0 || rc&refRSpace != 0 {
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
		h = (h ^ uint64(r)) * refFnvPrime
		s.Runes++
		if first {
			first = false
			switch {
			case refIsBullet(r):
				s.StartBullet = true
			case unicode.IsLower(r):
				s.StartLower = true
			case r >= '0' && r <= '9':
				s.StartDigit = true
			}
		}
		switch {
		case r >= '0' && r <= '9' || rc&refRDigit != 0:
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
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || rc&refRLetter != 0:
			s.Letters++
			upper := r >= 'A' && r <= 'Z' || rc&refRUpper != 0
			if upper {
				s.Upper++
			}
			if rc&refRCJK != 0 {
				if inWord {
					inWord = false
					sawMonth = refEndWord(&s, &buf, max(wordLen, 0), wordRunes, wordFirstUpper, wordAllDigits) || sawMonth
				}
				s.CJK++
				if refCjkParticle(r) {
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
					lr = refToLower(r)
				}
				if lr < utf8.RuneSelf {
					if wordLen < refMaxWordBytes {
						buf[wordLen] = byte(lr)
						wordLen++
					} else {
						wordLen = -1
					}
				} else if wordLen+utf8.RuneLen(lr) <= refMaxWordBytes {
					n := utf8.EncodeRune(buf[wordLen:], lr)
					wordLen += n
				} else {
					wordLen = -1
				}
			}
			prevDigit = false
			lastWasTerm = false
			last = r
			// The lower-case ASCII letters that follow, the bulk of most
			// texts, in a tight loop.
			j, wl := i, wordLen
			for j < len(line) && line[j]-'a' < 26 {
				c := line[j]
				j++
				h = (h ^ uint64(c)) * refFnvPrime
				if wl >= 0 {
					if wl < refMaxWordBytes {
						buf[wl] = c
						wl++
					} else {
						wl = -1
					}
				}
			}
			if run := j - i; run > 0 {
				last = rune(line[j-1])
				s.Runes += int32(run)
				s.Letters += int32(run)
				wordRunes += run
			}
			i, wordLen = j, wl
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
		case refIsTerminal(r):
			lastWasTerm = true
			last = r
		case refIsCloser(r):
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
		if refIsSep(r) {
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
	if s.edLast {
		s.Participle = true
	}
	if lastWasTerm {
		s.Terminals++
	}
	if sawMonth && s.DigitWords > 0 {
		s.Date = true
	}
	s.EndTerminal = refIsTerminal(last)
	s.EndColon = last == ':'
	s.EndComma = last == ',' || last == '，' || last == '、'
	if s.CJK > 0 {
		for _, w := range refCjkBoiler {
			if strings.Contains(line, w) {
				s.BoilWords++
			}
		}
	}
	s.Hash = h
	return s
}

// Word classes, as bit flags: a word may be in more than one.
const (
	refWordStop    = 1 << iota // a function word: running prose is full of them
	refWordBoiler              // a word of navigation, sharing, sign-in, legal notices
	refWordMonth               // a month name, with a number the mark of a date
	refWordUI                  // a word of buttons and links: next, reply, login...
	refWordMedia               // a word of captions and credits: photo, image...
	refWordTime                // a word of timestamps: ago, updated...
	refWordComment             // a word of comment threads: reply, wrote...
	refWordAux                 // an auxiliary verb: a clause that has one is no headline
)

// refMediaWords are the words of image captions, credits and media players.
var refMediaWords = []string{
	"photo photos image images picture pictures video videos gallery caption credit credits courtesy illustration file pic pics watch play playing slideshow",
	"foto fotos bild bilder bildergalerie galerie quelle",
	"photographie vidéo vidéos légende crédit",
	"imagen imágenes galería",
	"immagine immagini galleria",
	"imagem imagens galeria",
	"фото видео галерея",
}

// refTimeWords are the words of timestamps and datelines.
var refTimeWords = []string{
	"ago updated posted published modified yesterday today hours hour hrs hr minutes minute mins min seconds days",
	"aktualisiert veröffentlicht gestern heute stunden minuten",
	"publié hier heures",
	"hace actualizado publicado ayer hoy horas minutos",
	"fa aggiornato pubblicato ieri oggi ore minuti",
	"atrás atualizado publicado ontem hoje",
	"назад обновлено опубликовано вчера сегодня часов минут",
}

// refCommentWords are the words of the chrome of comment threads: headings,
// reply links, "X says:" and "X wrote:" lines.
var refCommentWords = []string{
	"comment comments commented reply replies replied responses response discussion says said wrote thoughts leave respond",
	"kommentar kommentare antworten antwort schrieb sagt",
	"commentaire commentaires réponse réponses répondre écrit",
	"comentario comentarios respuesta respuestas responder escribió dice",
	"commento commenti risposta risposte rispondi scrive",
	"comentário comentários resposta respostas",
	"reactie reacties antwoord schreef",
	"комментарий комментарии ответ ответить написал",
	"komentarz komentarze odpowiedź odpowiedz napisał",
}

// refAuxWords are the auxiliary verbs of English. Headlines, captions and
// teasers drop them ("Starlink terminal placed on land", "Man arrested
// after..."): a past participle without one is the mark of that style,
// where a sentence or a subheading of the body would say "is placed" or
// use no participle at all.
var refAuxWords = []string{
	"is are was were be been being am has have had do does did will would can could shall should may might must",
}

// refWordTable holds the listed words and their class flags, open-addressed
// by their hash: a lookup hashes the word's bytes as they are read and
// touches a small array of classes (0: an empty refSlot), then the hashes,
// and compares strings only when the hashes agree. It is cheaper than a
// map on the hot path of refMeasure.
type refWordTableT struct {
	class [1 << refWordTableBits]uint8
	hash  [1 << refWordTableBits]uint32
	word  [1 << refWordTableBits]string
}

const refWordTableBits = 11

var refWordTable = func() *refWordTableT {
	t := new(refWordTableT)
	add := func(lists []string, flag uint8) {
		for _, l := range lists {
			for _, w := range strings.Fields(l) {
				var buf [refMaxWordBytes]byte
				h := refWordHash(&buf, copy(buf[:], w))
				k := refSlot(h)
				for t.class[k] != 0 && t.word[k] != w {
					k = (k + 1) & (1<<refWordTableBits - 1)
				}
				t.word[k], t.hash[k] = w, h
				t.class[k] |= flag
			}
		}
	}
	add(lexicon.StopWords, refWordStop)
	add(lexicon.BoilerWords, refWordBoiler)
	add(lexicon.MonthWords, refWordMonth)
	add(lexicon.UIWords, refWordUI)
	add(refMediaWords, refWordMedia)
	add(refTimeWords, refWordTime)
	add(refCommentWords, refWordComment)
	add(refAuxWords, refWordAux)
	return t
}()

// refWordHash hashes the word buf[:n], eight bytes at a time: at the end of
// the word rather than byte by byte as it is read, where a multiplication
// per byte would be the longest chain of the loop over lower-case letters.
func refWordHash(buf *[refMaxWordBytes]byte, n int) uint32 {
	h := uint64(n) * 0x9E3779B97F4A7C15
	k := 0
	for ; k+8 <= n; k += 8 {
		h = (h ^ binary.LittleEndian.Uint64(buf[k:k+8])) * 0xff51afd7ed558ccd
	}
	if rem := n - k; rem > 0 {
		// The bytes past the word are left from earlier words: mask them.
		t := binary.LittleEndian.Uint64(buf[k&(refMaxWordBytes-8):]) & (1<<(8*rem) - 1)
		h = (h ^ t) * 0xff51afd7ed558ccd
	}
	return uint32(h >> 32)
}

// refSlot folds a word's hash to the table's size.
func refSlot(h uint32) uint32 {
	return (h ^ h>>refWordTableBits ^ h>>(2*refWordTableBits)) & (1<<refWordTableBits - 1)
}

// refWordClass returns the class flags of the lower-case word w, whose
// refWordHash is h, 0 when it is in no list.
func refWordClass(w []byte, h uint32) uint8 {
	t := refWordTable
	for k := refSlot(h); ; k = (k + 1) & (1<<refWordTableBits - 1) {
		c := t.class[k]
		if c == 0 {
			return 0
		}
		if t.hash[k] == h && t.word[k] == string(w) {
			return c
		}
	}
}

// refMaxWordBytes bounds the words looked up: no listed word is longer, so a
// longer word needs no lookup and the lower-casing buffer stays small.
const refMaxWordBytes = 32

// refCjkParticle reports whether r is one of the grammatical particles and
// function characters of Chinese and Japanese, which play the part of stop
// words in scripts that do not separate words.
func refCjkParticle(r rune) bool {
	switch r {
	case '的', '了', '是', '在', '和', '也', '有', '就', '不', '这', '我', '他', '们', '个', '为', '与', '而', '之',
		'の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'た', 'す', 'る', 'い', 'な', 'し', 'て':
		return true
	}
	return false
}

// refCjkBoiler are boilerplate words of Chinese and Japanese pages, found by
// substring since those scripts do not separate words.
var refCjkBoiler = []string{"分享", "登录", "注册", "评论", "相关", "版权", "首页", "广告", "关注", "ログイン", "シェア", "関連", "コメント", "広告", "著作権"}
