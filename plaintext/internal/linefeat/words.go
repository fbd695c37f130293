package linefeat

import (
	"encoding/binary"
	"slices"
	"strings"

	"github.com/pith-dev/pith/internal/lexicon"
)

// Word classes, as bit flags: a word may be in more than one.
const (
	wordStop    = 1 << iota // a function word: running prose is full of them
	wordBoiler              // a word of navigation, sharing, sign-in, legal notices
	wordMonth               // a month name, with a number the mark of a date
	wordUI                  // a word of buttons and links: next, reply, login...
	wordMedia               // a word of captions and credits: photo, image...
	wordTime                // a word of timestamps: ago, updated...
	wordComment             // a word of comment threads: reply, wrote...
	wordAux                 // an auxiliary verb: a clause that has one is no headline
)

// mediaWords are the words of image captions, credits and media players.
var mediaWords = []string{
	"photo photos image images picture pictures video videos gallery caption credit credits courtesy illustration file pic pics watch play playing slideshow",
	"foto fotos bild bilder bildergalerie galerie quelle",
	"photographie vidéo vidéos légende crédit",
	"imagen imágenes galería",
	"immagine immagini galleria",
	"imagem imagens galeria",
	"фото видео галерея",
}

// timeWords are the words of timestamps and datelines.
var timeWords = []string{
	"ago updated posted published modified yesterday today hours hour hrs hr minutes minute mins min seconds days",
	"aktualisiert veröffentlicht gestern heute stunden minuten",
	"publié hier heures",
	"hace actualizado publicado ayer hoy horas minutos",
	"fa aggiornato pubblicato ieri oggi ore minuti",
	"atrás atualizado publicado ontem hoje",
	"назад обновлено опубликовано вчера сегодня часов минут",
}

// commentWords are the words of the chrome of comment threads: headings,
// reply links, "X says:" and "X wrote:" lines.
var commentWords = []string{
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

// auxWords are the auxiliary verbs of English. Headlines, captions and
// teasers drop them ("Starlink terminal placed on land", "Man arrested
// after..."): a past participle without one is the mark of that style,
// where a sentence or a subheading of the body would say "is placed" or
// use no participle at all.
var auxWords = []string{
	"is are was were be been being am has have had do does did will would can could shall should may might must",
}

// wordTable holds the listed words of up to 16 bytes and their class
// flags, each word as two little-endian integers of its bytes, zero past
// its end (no word holds a zero byte), in one of the two slots its hash
// picks (cuckoo hashing). A lookup reads both slots and keeps the class
// of the one whose key matches, with no branch: whether a word of a text
// is listed is too unpredictable for one, and a miss cost more than the
// rest of the lookup.
type wordTableT struct {
	key   [1 << wordTableBits][2]uint64
	class [1 << wordTableBits]uint8
}

const wordTableBits = 11

// longWords holds the few listed words longer than 16 bytes, which a
// lookup of a word that long reads instead of wordTable.
var longWords = map[string]uint8{}

var wordTable = func() *wordTableT {
	classes := map[string]uint8{}
	add := func(lists []string, flag uint8) {
		for _, l := range lists {
			for _, w := range strings.Fields(l) {
				classes[w] |= flag
			}
		}
	}
	add(lexicon.StopWords, wordStop)
	add(lexicon.BoilerWords, wordBoiler)
	add(lexicon.MonthWords, wordMonth)
	add(lexicon.UIWords, wordUI)
	add(mediaWords, wordMedia)
	add(timeWords, wordTime)
	add(commentWords, wordComment)
	add(auxWords, wordAux)
	words := make([]string, 0, len(classes))
	for w := range classes {
		words = append(words, w)
	}
	// In order, so that the table is the same from run to run.
	slices.Sort(words)
	t := new(wordTableT)
	for _, w := range words {
		if len(w) > 16 {
			longWords[w] = classes[w]
			continue
		}
		var buf wordBuf
		k0, k1 := wordKey(&buf, copy(buf[:], w))
		if !t.insert(k0, k1, classes[w]) {
			panic("linefeat: the word table is too full for cuckoo hashing")
		}
	}
	return t
}()

// insert places a key in one of its slots, moving the keys in the way to
// their other slot, and reports whether it found room.
func (t *wordTableT) insert(k0, k1 uint64, c uint8) bool {
	s := wordSlots(k0, k1)[0]
	for range 1 << wordTableBits {
		if t.class[s] == 0 {
			t.key[s], t.class[s] = [2]uint64{k0, k1}, c
			return true
		}
		old, oc := t.key[s], t.class[s]
		t.key[s], t.class[s] = [2]uint64{k0, k1}, c
		k0, k1, c = old[0], old[1], oc
		// The evicted key goes to its other slot.
		if ss := wordSlots(k0, k1); ss[0] == s {
			s = ss[1]
		} else {
			s = ss[0]
		}
	}
	return false
}

// wordSlots returns the two slots of a key in wordTable.
func wordSlots(k0, k1 uint64) [2]uint32 {
	h := (k0 ^ k1*0x9E3779B97F4A7C15) * 0xff51afd7ed558ccd
	return [2]uint32{uint32(h >> (64 - wordTableBits)), uint32(h>>(64-2*wordTableBits)) & (1<<wordTableBits - 1)}
}

// wordKey returns the first 16 bytes of the word buf[:n] as two
// little-endian integers, zero past n.
func wordKey(buf *wordBuf, n int) (k0, k1 uint64) {
	k0 = binary.LittleEndian.Uint64(buf[0:8]) & keyMask[0][n&63]
	k1 = binary.LittleEndian.Uint64(buf[8:16]) & keyMask[1][n&63]
	return k0, k1
}

// keyMask[i][n] masks the bytes of a word of n bytes in its i-th eight,
// for n up to 63: a table answers without the tests of a variable shift.
var keyMask = func() (t [2][64]uint64) {
	for i := range t {
		for n := range t[i] {
			for b := range 8 {
				if 8*i+b < n {
					t[i][n] |= 0xff << (8 * b)
				}
			}
		}
	}
	return t
}()

// longWordClass returns the class flags of the lower-case word buf[:n] of
// more than 16 bytes, 0 when it is in no list.
//
//go:noinline
func longWordClass(buf *wordBuf, n int) uint8 {
	return longWords[string(buf[:n])]
}

// b2u8 is 1 for true, 0 for false, computed without a branch.
func b2u8(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// maxWordBytes bounds the words looked up: no listed word is longer, so a
// longer word needs no lookup and the lower-casing buffer stays small.
const maxWordBytes = 32

// wordBuf holds the lower-case bytes of a word, with room past
// maxWordBytes for eight bytes written at once from any place up to it.
type wordBuf [maxWordBytes + 8]byte

// cjkParticle reports whether r is one of the grammatical particles and
// function characters of Chinese and Japanese, which play the part of stop
// words in scripts that do not separate words.
func cjkParticle(r rune) bool {
	switch r {
	case '的', '了', '是', '在', '和', '也', '有', '就', '不', '这', '我', '他', '们', '个', '为', '与', '而', '之',
		'の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'た', 'す', 'る', 'い', 'な', 'し', 'て':
		return true
	}
	return false
}

// cjkBoiler are boilerplate words of Chinese and Japanese pages, found by
// substring since those scripts do not separate words.
var cjkBoiler = []string{"分享", "登录", "注册", "评论", "相关", "版权", "首页", "广告", "关注", "ログイン", "シェア", "関連", "コメント", "広告", "著作権"}
