package linefeat

import (
	"encoding/binary"
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

// wordTable holds the listed words and their class flags, open-addressed
// by their hash: a lookup hashes the word's bytes as they are read and
// touches a small array of classes (0: an empty slot), then the hashes,
// and compares strings only when the hashes agree. It is cheaper than a
// map on the hot path of Measure.
type wordTableT struct {
	class [1 << wordTableBits]uint8
	hash  [1 << wordTableBits]uint32
	word  [1 << wordTableBits]string
}

const wordTableBits = 11

var wordTable = func() *wordTableT {
	t := new(wordTableT)
	add := func(lists []string, flag uint8) {
		for _, l := range lists {
			for _, w := range strings.Fields(l) {
				var buf [maxWordBytes]byte
				h := wordHash(&buf, copy(buf[:], w))
				k := slot(h)
				for t.class[k] != 0 && t.word[k] != w {
					k = (k + 1) & (1<<wordTableBits - 1)
				}
				t.word[k], t.hash[k] = w, h
				t.class[k] |= flag
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
	return t
}()

// wordHash hashes the word buf[:n], eight bytes at a time: at the end of
// the word rather than byte by byte as it is read, where a multiplication
// per byte would be the longest chain of the loop over lower-case letters.
func wordHash(buf *[maxWordBytes]byte, n int) uint32 {
	h := uint64(n) * 0x9E3779B97F4A7C15
	k := 0
	for ; k+8 <= n; k += 8 {
		h = (h ^ binary.LittleEndian.Uint64(buf[k:k+8])) * 0xff51afd7ed558ccd
	}
	if rem := n - k; rem > 0 {
		// The bytes past the word are left from earlier words: mask them.
		t := binary.LittleEndian.Uint64(buf[k&(maxWordBytes-8):]) & (1<<(8*rem) - 1)
		h = (h ^ t) * 0xff51afd7ed558ccd
	}
	return uint32(h >> 32)
}

// slot folds a word's hash to the table's size.
func slot(h uint32) uint32 {
	return (h ^ h>>wordTableBits ^ h>>(2*wordTableBits)) & (1<<wordTableBits - 1)
}

// wordClass returns the class flags of the lower-case word w, whose
// wordHash is h, 0 when it is in no list.
func wordClass(w []byte, h uint32) uint8 {
	t := wordTable
	for k := slot(h); ; k = (k + 1) & (1<<wordTableBits - 1) {
		c := t.class[k]
		if c == 0 {
			return 0
		}
		if t.hash[k] == h && t.word[k] == string(w) {
			return c
		}
	}
}

// maxWordBytes bounds the words looked up: no listed word is longer, so a
// longer word needs no lookup and the lower-casing buffer stays small.
const maxWordBytes = 32

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
