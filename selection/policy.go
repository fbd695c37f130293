package selection

import (
	"strings"
	"unicode"

	"github.com/pith-dev/pith/segment"
)

// Some blocks are never main content by pith's definition of it, whatever
// the model thinks: the headline, which is the page's title and belongs to
// its metadata, and captions of figures and tables, whether marked up as
// such or only written as one ("… (Image: Getty)", "Photo: Jane Doe"). (The
// written ones: on all pages scrapinghub and snippets gain, dragnet, whose
// truth keeps captions, loses 0.001.)

// excluded reports whether block i is left out by policy.
func excluded(p *segment.Page, i int) bool {
	b := &p.Blocks[i]
	switch b.Kind {
	case segment.Caption:
		return true
	case segment.Paragraph, segment.Text:
		return isCredit(b.Text, b.Words)
	case segment.Heading:
		return b.Level <= 2 && IsTitle(b.Text, p.Title)
	}
	return false
}

// IsTitle reports whether a heading's text is the page's title: the
// document title, less the site name that pages add around it, holds the
// same words.
func IsTitle(heading, title string) bool {
	h := words(heading)
	if len(h) == 0 || title == "" {
		return false
	}
	t := words(title)
	in := make(map[string]bool, len(t))
	for _, w := range t {
		in[w] = true
	}
	hit := 0
	for _, w := range h {
		if in[w] {
			hit++
		}
	}
	// All but a word of the heading in the title, and the heading not much
	// shorter than the title without a site name.
	return hit >= len(h)-len(h)/8 && 2*len(h) >= len(t)-4
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
