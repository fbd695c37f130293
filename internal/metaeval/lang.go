package metaeval

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LangSets are the sets whose index.jsonl carries a lang_guess.
var LangSets = []string{"scrapinghub", "wcxb-dev", "readability", "cleaneval-dev", "dragnet-train", "trafilatura-snippets"}

// Text returns the page's main text for language scoring: the set's gold
// text (<id>.txt) when it has one, else the visible text of the whole page.
func (p Page) Text() (string, error) {
	if b, err := os.ReadFile(filepath.Join(p.Dir, p.ID+".txt")); err == nil {
		return string(b), nil
	}
	doc, err := p.Parse()
	if err != nil {
		return "", err
	}
	return VisibleText(doc), nil
}

// VisibleText returns the text of a page's body without scripts, styles
// and templates, a space between nodes.
func VisibleText(doc *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head, atom.Svg:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(doc)
	return strings.Join(strings.Fields(b.String()), " ")
}

// LangScore counts language answers against lang_guess over the pages
// whose lang_guess is known (not "und").
type LangScore struct {
	Pages int // pages with a known lang_guess
	Right int // answers equal to lang_guess
	Empty int // pages left without an answer
}

// Accuracy is Right/Pages.
func (s LangScore) Accuracy() float64 {
	if s.Pages == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Pages)
}

// Add scores one answer against the gold language.
func (s *LangScore) Add(gold, pred string) {
	if gold == "" || gold == "und" {
		return
	}
	s.Pages++
	switch {
	case pred == "":
		s.Empty++
	case strings.EqualFold(pred, gold):
		s.Right++
	}
}
