package selection

import "strings"

// creditWords name what a picture credit credits, in the languages of the
// benchmark sets' pages: "(Image: Getty)", "Photo: Jane Doe", "Foto: dpa".
var creditWords = []string{"image", "images", "photo", "photos", "picture", "pictures", "credit",
	"photo credit", "image credit", "image source", "foto", "fotos", "bild", "bildquelle", "crédit", "crédits"}

// creditMaxWords bounds a caption: a paragraph that merely ends by crediting
// its picture is not one.
const creditMaxWords = 40

// isCredit reports whether a block of the given words is a picture's
// caption or credit by its text: it ends with a parenthesised credit, "...
// (Image: Getty)", ends with a credit after the caption, "... Photo: Jane
// Doe", or starts with one. Pages that do not mark captions up as such
// still write them so.
func isCredit(text string, words int32) bool {
	if words > creditMaxWords {
		return false
	}
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i >= 0 && creditLabel(t[i+1:len(t)-1], true) {
			return true
		}
	}
	if creditLabel(t, false) {
		return true
	}
	// A credit after the caption: "… Colorado. Photo: Jane Doe".
	if i := strings.LastIndex(t, ". "); i >= 0 && creditLabel(t[i+2:], false) {
		return true
	}
	return false
}

// creditLabel reports whether s starts with a credit word and a colon, or,
// inside parentheses (bare), with a credit word and a space or colon:
// "(photo AFP)".
func creditLabel(s string, bare bool) bool {
	for _, w := range creditWords {
		if len(s) <= len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		switch s[len(w)] {
		case ':':
			return true
		case ' ':
			if bare || strings.HasPrefix(s[len(w)+1:], ":") {
				return true
			}
		}
	}
	return false
}
