package metadata

import (
	"strings"
	"unicode"
)

// stopWords are the most frequent function words of the languages written
// in Latin and Cyrillic script that DetectLanguage tells apart. Function
// words are few, frequent and distinctive, so a count of them identifies a
// language from a few sentences without a statistical model.
var stopWords = map[string]string{
	"en": "the and of to in is that for it was on with as are be this by at from have or not but an they which you he his has were their its would there been will more",
	"de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch man",
	"fr": "le la les de des et est en du un une que qui dans pour pas sur au par plus ce il sont avec ne se à ou aux été cette mais nous vous leur elle ont comme tout sa son ses",
	"es": "el la de que y en los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha sí porque esta entre cuando muy sin sobre también hay desde todo",
	"it": "il di che e la per un in del non è una le si con da dei della sono al alla gli anche come più nel ma ha questo delle lo nella ci essere stato",
	"pt": "de que e o a do da em um para é com não uma os no se na por mais as dos como mas ao ele das à seu sua ou quando muito nos já também foi são pelo pela",
	"nl": "de en van het een in is dat op te zijn met voor niet aan er die ook als bij door om maar dan nog wordt naar uit worden zo hij we heeft deze",
	"pl": "i w na z się nie do to że jest o jak a po co tak za od ale są przez dla jego już czy być może tylko także oraz jej ich",
	"cs": "a se na je že v to s z do o jako by ale pro jsou jeho které podle když jak tak také jen už byl bylo která který",
	"sk": "a sa na je že v to s z do o ako by ale pre sú jeho ktoré podľa keď tak aj len už bol bolo ktorá ktorý",
	"sv": "och i att det som en på är av för med till den har de inte om ett men var jag sig från vi så kan efter också",
	"da": "og i at det er en til på som de med af for ikke den har et var men fra kan vi jeg sig der også efter blev",
	"no": "og i det er som en på til av at for med ikke den har de et var men fra kan vi jeg seg også etter ble",
	"fi": "ja on ei se että oli hän kun mutta myös tai ovat joka sen ole niin kuin voi jo vain tämä olla",
	"hu": "a az és hogy nem is egy meg van ez de csak már volt mint el ki még azt vagy ha kell lesz",
	"ro": "și de la în a cu că nu pe o din un se este care pentru mai au sau ca fost ce lui această",
	"tr": "ve bir bu da de için ile olarak çok daha olan gibi ne ama en kadar sonra var değil mi ki",
	"id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada bisa atau mereka oleh",
	"ca": "el la de i que a en els les per amb no un una del és al com més però ha aquest aquesta dels pel seu seva molt",
	"hr": "i je u da se na za su od s koji kao ali to ne što iz će bi ili",
	"ru": "и в не на что с он как это по но к из у за от то же так все было она они мы бы был его ее",
	"uk": "і в на що не з це як та до у за від він але про ми вони її його було бути",
	"bg": "и на в да се не с за че от е по са като това му той тя но ще",
}

// stopIndex maps a word to the languages that use it.
var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range stopWords {
		for _, w := range strings.Fields(words) {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// detectSample bounds the text DetectLanguage reads: a few thousand
// characters decide as well as the whole text.
const detectSample = 8000

// DetectLanguage returns the ISO 639-1 code of the language text is
// written in, or "" when it cannot tell (too little text, or no language
// clearly ahead). Scripts that belong to one language (Hangul, kana, Greek,
// Hebrew, Thai...) decide by themselves; Latin and Cyrillic text is told
// apart by counting each language's most frequent function words. It knows
// about 35 languages; others come out as "" rather than as a guess.
func DetectLanguage(text string) string {
	if len(text) > detectSample {
		text = text[:detectSample]
		// Do not cut a character in half.
		for len(text) > 0 && !utf8Start(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	if l := scriptLanguage(text); l != "" {
		return l
	}
	counts := map[string]int{}
	words := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		for _, l := range stopIndex[w] {
			counts[l]++
		}
	}
	best, second := "", ""
	for l, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && l < best {
			best, second = l, best
		} else if second == "" || n > counts[second] || n == counts[second] && l < second {
			second = l
		}
	}
	if best == "" || counts[best] < 3 || float64(counts[best]) < 0.08*float64(words) {
		return ""
	}
	// Close relatives (Danish and Norwegian, Czech and Slovak) share most
	// function words; demand a clear lead.
	if second != "" && float64(counts[best]) < 1.15*float64(counts[second]) {
		return ""
	}
	return best
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// scriptLanguage decides by script when letters of a script used by one
// language (or one main language) dominate.
func scriptLanguage(text string) string {
	var latin, cyr, han, kana, hangul, arabic, persian, hebrew, greek, thai, deva, letters int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case r < 0x250:
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Arabic, r):
			arabic++
			if r == 'پ' || r == 'چ' || r == 'ژ' || r == 'گ' || r == 'ی' {
				persian++
			}
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Devanagari, r):
			deva++
		}
	}
	if letters < 20 {
		return ""
	}
	major := func(n int) bool { return n*2 > letters }
	switch {
	case major(han + kana):
		if kana*10 > han+kana {
			return "ja"
		}
		return "zh"
	case major(hangul):
		return "ko"
	case major(arabic):
		if persian*20 > arabic {
			return "fa"
		}
		return "ar"
	case major(hebrew):
		return "he"
	case major(greek):
		return "el"
	case major(thai):
		return "th"
	case major(deva):
		return "hi"
	}
	return ""
}
