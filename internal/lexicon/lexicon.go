// Package lexicon holds the word lists that tell prose from the parts of
// a page around it: function words, the vocabulary of sharing, signing in
// and legal notices, the words of buttons and links, month names. Both
// classifiers read text through it: the block classifier of HTML pages and
// the line classifier of pages that are already text.
//
// The lists are short on purpose. What tells is a density: running prose
// in any of these languages is full of function words, and menus, titles,
// tags and captions are not. They name no site.
package lexicon

import (
	"strings"
	"unicode/utf8"

	"github.com/pith-dev/pith/internal/uniprop"
)

// Word classes, as bit flags: a word may be in more than one.
const (
	Stop   = 1 << iota // a function word
	Boiler             // a word of navigation, sharing, sign-in, legal notices
	Month              // a month name
	UI                 // a word of buttons, links and teaser headings
)

// StopWords are the commonest function words of the languages the pages
// come in, a string of words per language (as are the lists below). They
// need not be complete: what matters is the density of such words, which
// is high in prose in any of them and low in menus, titles, tags and
// captions.
var StopWords = []string{
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

// BoilerWords are the vocabulary of the parts of a page around its content:
// sharing, subscribing, signing in, navigation, legal notices, comments
// prompts and advertising, in the main languages of the pages. They are
// generic words, never the name of a site.
var BoilerWords = []string{
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

// UIWords are the words of buttons and links. Prose uses them too, so
// they tell only in density: a short line made of them is a control.
var UIWords = []string{
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

// TeaserWords are the words of the headings of teaser lists and "read
// also" links. They count as UI words in Count.
var TeaserWords = []string{
	"also recommended recommendations newest popular interesting discover explore stories articles",
	"auch interessant empfehlungen neueste beliebteste meistgelesen artikel themen verwandte gelesen",
	"aussi aimerez recommandés populaires articles sujet",
	"también relacionados recomendados populares artículos",
	"anche consigliati correlati articoli popolari",
	"também relacionados recomendados artigos populares",
	"ook gerelateerde aanbevolen artikelen populair",
	"также похожие популярное статьи рекомендуем",
	"też czytaj polecane popularne powiązane artykuły więcej",
}

// MonthWords are the month names, in full and abbreviated.
var MonthWords = []string{
	"january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
	"januar februar märz juni juli oktober dezember",
	"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
	"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre",
	"janeiro fevereiro março maio junho julho setembro outubro novembro dezembro",
	"januari februari maart mei augustus",
	"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}

// classes maps a lower-case word to its class flags.
var classes = func() map[string]uint8 {
	m := make(map[string]uint8)
	add := func(lists []string, flag uint8) {
		for _, l := range lists {
			for _, w := range strings.Fields(l) {
				m[w] |= flag
			}
		}
	}
	add(StopWords, Stop)
	add(BoilerWords, Boiler)
	add(MonthWords, Month)
	add(UIWords, UI)
	add(TeaserWords, UI)
	return m
}()

// MaxWordBytes bounds the words looked up: no listed word is longer.
const MaxWordBytes = 32

// Class returns the class flags of a lower-case word, 0 for a word in no
// list.
func Class(word string) uint8 { return classes[word] }

// Counts are the words of a text by class.
type Counts struct {
	Words  int // runs of letters and digits
	Stop   int
	Boiler int
	UI     int
	Month  int
}

// Count counts the words of text by class, without allocating: words are
// lower-cased into a small buffer and looked up there.
func Count(text string) Counts { return CountN(text, -1) }

// CountN is Count over the first max words of text only (all of them when
// max < 0): a density needs no more, and long texts cost no more.
func CountN(text string, max int) Counts {
	var c Counts
	var buf [MaxWordBytes]byte
	n, inWord, tooLong := 0, false, false
	flush := func() {
		if !inWord {
			return
		}
		c.Words++
		if !tooLong {
			f := classes[string(buf[:n])]
			if f&Stop != 0 {
				c.Stop++
			}
			if f&Boiler != 0 {
				c.Boiler++
			}
			if f&UI != 0 {
				c.UI++
			}
			if f&Month != 0 {
				c.Month++
			}
		}
		n, inWord, tooLong = 0, false, false
	}
	for i := 0; i < len(text) && c.Words != max; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if !(uniprop.IsLetter(r) || uniprop.IsDigit(r)) {
			flush()
			continue
		}
		inWord = true
		if tooLong {
			continue
		}
		r = uniprop.ToLower(r)
		if r < utf8.RuneSelf {
			if n < MaxWordBytes {
				buf[n] = byte(r)
				n++
				continue
			}
		} else if n+utf8.RuneLen(r) <= MaxWordBytes {
			n += utf8.EncodeRune(buf[n:], r)
			continue
		}
		tooLong = true
	}
	flush()
	return c
}
