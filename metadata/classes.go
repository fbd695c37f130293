package metadata

// This file reads class and id attributes. Every element of a page has
// them checked, so the checks compare ASCII case-insensitively in place:
// no lower-cased copy, no split slices beyond a stack array.

import "strings"

// classInfo is what an element's class and id say about it.
type classInfo struct {
	teaser  bool // related items, sidebars, menus, footers... (see teaserWords)
	comment bool // user comments and replies
	article bool // the article itself (see articleWords)
}

// scanClasses reads a class or id attribute (several space-separated
// names) into ci. inArticle tells whether the element stands inside the
// article: an article's own footer is not a teaser.
func (ci *classInfo) scanClasses(s string, inArticle bool) {
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			ci.scanName(s[i:j], inArticle)
		}
		i = j
	}
}

// scanName reads one class name: "comments-area", "relatedPosts",
// "has-sidebar", "md:[grid-area:sidebar]".
func (ci *classInfo) scanName(name string, inArticle bool) {
	if !ci.article && articleSet.has(name) {
		ci.article = true
	}
	if ci.teaser && ci.comment {
		return
	}
	// Split into tokens at anything but letters and digits, noting the
	// bytes of utility classes ("md:[grid-area:sidebar]"), which name no
	// container.
	var tbuf [16]string
	toks := splitInto(tbuf[:0], name, notTokenByte)
	utility := strings.ContainsAny(name, ":[/")
	if len(toks) == 0 || layoutSet.has(toks[0]) || pointsAway(toks) {
		return
	}
	for i, t := range toks {
		if !ci.comment && (hasPrefixFold(t, "comment") || hasPrefixFold(t, "repl") || equalFold(t, "respond")) {
			ci.comment = true
		}
		if ci.teaser || utility {
			continue
		}
		// In a long compound class only the ends name the container:
		// "sno-story-sidebar-mode-single" is a story.
		if len(toks) > 3 && i != 0 && i != len(toks)-1 {
			continue
		}
		if teaserExactSet.has(t) {
			ci.teaser = true
			continue
		}
		if inArticle && hasPrefixFold(t, "footer") {
			// Like a <footer>, an article's footer is its own.
			continue
		}
		if t[0] < 0x80 {
			for _, w := range teaserByFirst[lowerByte(t[0])] {
				if hasPrefixFold(t, w) {
					ci.teaser = true
					break
				}
			}
		}
	}
}

// teaserByFirst indexes teaserWords by their first byte.
var teaserByFirst = func() (idx [128][]string) {
	for _, w := range teaserWords {
		idx[w[0]] = append(idx[w[0]], w)
	}
	return idx
}()

// wordSet holds lower-case ASCII words, indexed by first byte, and
// matches them whole, ignoring ASCII case.
type wordSet [128][]string

func newWordSet(words ...string) *wordSet {
	var ws wordSet
	for _, w := range words {
		ws[w[0]] = append(ws[w[0]], w)
	}
	return &ws
}

func (ws *wordSet) has(t string) bool {
	if t == "" || t[0] >= 0x80 {
		return false
	}
	for _, w := range ws[lowerByte(t[0])] {
		if equalFold(t, w) {
			return true
		}
	}
	return false
}

var (
	articleSet = newWordSet(articleWords...)
	// teaserExactSet holds the short teaser words that must be whole:
	// "nav" but not "navy", "promo" but not "promoted".
	teaserExactSet = newWordSet("nav", "menu", "promo", "also", "latest", "more")
	// layoutSet holds the words that open a class name describing a
	// layout, not a container: "has-sidebar", "with-comments", "offset-nav".
	layoutSet = newWordSet("has", "with", "no", "show", "offset", "without", "is", "enable", "hide", "hidden",
		"layout", "page", "body", "left", "right", "main", "content")
	// linkSet holds the words of links, counters and buttons.
	linkSet = newWordSet("link", "links", "count", "counter", "number", "num", "icon", "btn", "button",
		"total", "toggle", "bubble")
)

// pointsAway reports whether a class name's tokens, past the first, name
// a link, counter or button that points to a container rather than being
// one: "entry-comments-link", "comment-count", "related-btn".
func pointsAway(toks []string) bool {
	for _, t := range toks[1:] {
		if linkSet.has(t) {
			return true
		}
	}
	return false
}

// isComment reports whether a class or id names user comments.
func isComment(cls string) bool {
	var ci classInfo
	ci.scanClasses(cls, false)
	return ci.comment
}

// partIndex groups substrings by their first byte, for containsAnyFold.
type partIndex [128][]string

func newPartIndex(parts []string) *partIndex {
	var idx partIndex
	for _, p := range parts {
		idx[p[0]] = append(idx[p[0]], p)
	}
	return &idx
}

// containsAnyFold reports whether s contains one of the indexed
// lower-case ASCII parts, ignoring ASCII case.
func (idx *partIndex) containsAnyFold(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 0x80 {
			continue
		}
		for _, p := range idx[lowerByte(b)] {
			if hasPrefixFold(s[i:], p) {
				return true
			}
		}
	}
	return false
}

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// equalFold reports whether s equals the lower-case ASCII word w, ignoring
// ASCII case.
func equalFold(s, w string) bool {
	return len(s) == len(w) && hasPrefixFold(s, w)
}

// hasPrefixFold reports whether s starts with the lower-case ASCII word w,
// ignoring ASCII case.
func hasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(s[i]) != w[i] {
			return false
		}
	}
	return true
}
