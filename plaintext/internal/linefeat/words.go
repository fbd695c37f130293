package linefeat

import "strings"

// Word classes, as bit flags: a word may be in more than one.
const (
	wordStop    = 1 << iota // a function word: running prose is full of them
	wordBoiler              // a word of navigation, sharing, sign-in, legal notices
	wordMonth               // a month name, with a number the mark of a date
	wordUI                  // a word of buttons and links: next, reply, login...
	wordMedia               // a word of captions and credits: photo, image...
	wordTime                // a word of timestamps: ago, updated...
	wordComment             // a word of comment threads: reply, wrote...
)

// The lists hold the commonest function words of the languages the pages
// come in. They need not be complete: what matters is the density of such
// words, which is high in prose in any of them and low in menus, titles,
// tags and captions.
var stopWords = []string{
	// English
	"the a an and or of to in on for with at by from is are was were be been it its this that these those as but not have has had he she they we you i his her their our which who will would can could there than if so",
	// German
	"der die das und ist nicht ein eine einen dem den des zu mit sich auf für im von auch es an als wie bei nach aus wird sind war hat dass oder noch nur sie er wir ich",
	// French
	"le la les de des du un une et est en que qui dans pour pas sur au aux ne se il elle ce sont avec par plus ou mais nous vous leur été cette",
	// Spanish
	"el los las del y que un una es por con para no se lo al como más pero sus su fue ha son este esta entre cuando",
	// Italian
	"il lo gli di della è per che non si da nel alla come anche ma più questo sono",
	// Portuguese
	"o os as do da dos das é um em no na com não mais foi ao mas seu sua",
	// Dutch
	"het een van dat op te zijn voor met niet aan er ook bij door maar om nog wordt naar",
	// Russian
	"и в не на что с по как это он она они из за то для к но от так же было был все его о а у",
	// Polish
	"i w na z do nie się że to jest jak o po co ale dla od przez jego tak są był była oraz",
}

// boilerWords are the vocabulary of the parts of a page around its content:
// sharing, subscribing, signing in, navigation, legal notices, comments
// prompts and advertising, in the main languages of the pages. They are
// generic words, never the name of a site.
var boilerWords = []string{
	// English
	"affiliate affiliates share shares subscribe subscription subscribers newsletter cookie cookies copyright rights reserved advertisement advertising advertise sponsored login logout signin signup register menu navigation skip comments comment reply related trending recommended follow tags tagged categories category privacy terms policy contact sitemap permalink tweet print loading click download faq careers",
	// German
	"teilen abonnieren anmelden abmelden registrieren werbung anzeige datenschutz impressum kommentare kommentar kommentieren weiterlesen startseite kontakt nutzungsbedingungen",
	// French
	"partager abonnez abonner connexion inscription publicité commentaires commentaire accueil rechercher mentions légales confidentialité suivez",
	// Spanish
	"compartir suscríbete suscribirse registrarse sesión publicidad comentarios comentario inicio buscar privacidad síguenos",
	// Italian
	"condividi iscriviti accedi registrati pubblicità commenti commento cerca seguici",
	// Portuguese
	"compartilhar compartilhe partilhar assine cadastre publicidade comentários comentário pesquisar siga",
	// Dutch
	"delen abonneren inloggen aanmelden registreren advertentie reacties reactie zoeken",
	// Russian
	"поделиться подписаться подписка войти вход регистрация реклама комментарии комментарий поиск главная теги",
	// Polish
	"udostępnij subskrybuj zaloguj zarejestruj reklama komentarze komentarz szukaj",
}

// uiWords are the words of buttons and links. Prose uses them too, so
// they tell only in density: a short line made of them is a control.
var uiWords = []string{
	// English
	"next previous prev older newer back top more report add post posts reply replies login log sign read view show hide load edit save close join click continue skip home search menu print email like likes follow share comment comments related popular latest trending tags tag",
	// German
	"weiter zurück nächster vorheriger mehr antworten melden suche alle lesen",
	// French
	"suivant précédent plus répondre signaler lire voir tous",
	// Spanish
	"siguiente anterior más responder leer ver todos",
	// Italian
	"successivo precedente rispondi leggi tutti",
	// Portuguese
	"próximo anterior responder ler ver todos",
	// Dutch
	"volgende vorige meer lees alle",
	// Russian
	"далее назад ещё ответить читать все",
}

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

var monthWords = []string{
	"january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
	"januar februar märz juni juli oktober dezember",
	"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
	"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre",
	"janeiro fevereiro março maio junho julho setembro outubro novembro dezembro",
	"januari februari maart mei augustus",
	"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
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
				h := wordHash(w)
				k := slot(h)
				for t.class[k] != 0 && t.word[k] != w {
					k = (k + 1) & (1<<wordTableBits - 1)
				}
				t.word[k], t.hash[k] = w, h
				t.class[k] |= flag
			}
		}
	}
	add(stopWords, wordStop)
	add(boilerWords, wordBoiler)
	add(monthWords, wordMonth)
	add(uiWords, wordUI)
	add(mediaWords, wordMedia)
	add(timeWords, wordTime)
	add(commentWords, wordComment)
	return t
}()

const (
	fnv32Offset = 2166136261
	fnv32Prime  = 16777619
)

// wordHash is FNV-1a 32 of w.
func wordHash(w string) uint32 {
	h := uint32(fnv32Offset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnv32Prime
	}
	return h
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
