package classify

import (
	"math/bits"

	"github.com/pith-dev/pith/segment"
	"golang.org/x/net/html/atom"
)

// A group is a family of class/id words or tags that say what a container
// holds. The model sees, for each group, how far up the nearest ancestor of
// a block belongs to it. Only words of page structure belong here, never
// site names.
type group struct {
	words []string
	tags  []atom.Atom
}

var groups = []group{
	{words: []string{"comment", "disqus", "respond", "reply", "replies"}},
	{words: []string{"share", "sharing", "social", "follow", "sociable"}},
	{words: []string{"related", "recommend", "more-", "also", "similar", "trending", "popular", "most-", "teaser", "outbrain", "taboola", "next", "prev"}},
	{words: []string{"tag", "keyword", "categor", "topic", "label"}},
	{words: []string{"author", "byline", "writer", "contributor", "profile", "bio"}},
	{words: []string{"date", "time", "meta", "publish", "posted", "info"}},
	{words: []string{"caption", "credit", "figure", "photo", "image", "img", "gallery", "media", "video"}},
	{words: []string{"nav", "menu", "breadcrumb", "pagination", "pager", "toc", "skip"}, tags: []atom.Atom{atom.Nav, atom.Menu}},
	{words: []string{"footer", "foot", "copyright", "legal", "bottom"}, tags: []atom.Atom{atom.Footer}},
	{words: []string{"sidebar", "side", "widget", "rail", "aside", "column", "col-"}, tags: []atom.Atom{atom.Aside}},
	{words: []string{"ad-", "ads", "advert", "promo", "sponsor", "banner", "dfp", "gpt"}},
	{words: []string{"newsletter", "subscribe", "signup", "sign-up", "subscription", "cta", "optin"}},
	{words: []string{"cookie", "consent", "gdpr", "popup", "modal", "overlay", "notice", "alert"}},
	{words: []string{"title", "headline", "heading", "hero"}},
	{words: []string{"header", "masthead", "top", "brand", "logo"}, tags: []atom.Atom{atom.Header}},
	{words: []string{"content", "article", "post", "entry", "story", "body", "text", "prose", "markdown", "richtext", "rich-text"}, tags: []atom.Atom{atom.Article, atom.Main}},
	{words: []string{"main"}, tags: []atom.Atom{atom.Main}},
	{words: []string{"card", "item", "tile", "grid", "list", "feed", "stream"}},
	{words: []string{"product", "price", "cart", "buy", "shop", "review", "rating", "spec"}},
	{words: []string{"thread", "message", "forum", "question", "answer", "topic", "discussion"}},
	{words: []string{"doc", "documentation", "api", "code", "highlight", "example"}},
	{words: []string{"footnote", "note", "reference", "citation"}},
	{words: []string{"login", "search", "form", "account", "user"}, tags: []atom.Atom{atom.Form}},
	{tags: []atom.Atom{atom.Ul, atom.Ol, atom.Dl}},
	{tags: []atom.Atom{atom.Table}},
	{tags: []atom.Atom{atom.Figure}},
	{tags: []atom.Atom{atom.Blockquote}},
	{tags: []atom.Atom{atom.A}},
}

// maxDist stands for "no such ancestor".
const maxDist = 31

// groupDistances returns, per element and group, how many levels up the
// nearest element of the group is (0: the element itself), capped at
// maxDist. Elements come in document order, so a parent is filled in before
// its children. The rows of elements without blocks are left zero.
func groupDistances(p *segment.Page, bits []uint64) []uint8 {
	ng := len(groups)
	d := make([]uint8, len(p.Elems)*ng)
	for i := range p.Elems {
		el := &p.Elems[i]
		if el.Blocks == 0 {
			// No block is below it, so no block reads its row or those
			// of its descendants, which hold no block either.
			continue
		}
		row := d[i*ng : (i+1)*ng]
		if el.Parent < 0 {
			for g := range row {
				row[g] = maxDist
			}
		} else {
			for g, pd := range d[int(el.Parent)*ng : (int(el.Parent)+1)*ng] {
				if pd < maxDist {
					pd++
				}
				row[g] = pd
			}
		}
		for b := bits[i]; b != 0; b &= b - 1 {
			if g := bitIndex(b); g < ng {
				row[g] = 0
			}
		}
	}
	return d
}

func bitIndex(b uint64) int { return bits.TrailingZeros64(b) }
