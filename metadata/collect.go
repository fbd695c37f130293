package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// candidates is everything the single walk over a page finds; resolution
// picks from it by source priority.
type candidates struct {
	htmlLang  string
	title     string   // the <title> element's text
	h1        []string // visible <h1> texts outside teaser containers, in order
	meta      map[string][]string
	canonical string
	jsonld    []string // bodies of script[type=application/ld+json]

	micro    []microProp // itemprop values, in order
	relAuth  []string    // texts of rel=author links
	times    []timeCand
	bylines  []string // texts of byline-looking elements
	datelns  []string // texts of dateline-looking elements
	nodeSeen int
}

// microProp is an itemprop (or RDFa property) value with where it stood.
type microProp struct {
	prop     string // lower-cased
	value    string
	scope    string // lower-cased itemtype of the nearest item scope
	inTeaser bool
}

// timeCand is a <time> element.
type timeCand struct {
	value     string // datetime attribute, else text
	hint      string // lower-cased class/id/itemprop/pubdate of the element and its parent
	inArticle bool
	inTeaser  bool
}

// walkCtx is what an element inherits from its ancestors.
type walkCtx struct {
	inHead    bool
	inTeaser  bool   // related, teaser, comment, sidebar, footer... containers
	inArticle bool   // article, main, header of a post
	scope     string // lower-cased itemtype of the nearest item scope
}

func collect(doc *html.Node) *candidates {
	c := &candidates{meta: map[string][]string{}}
	c.walk(doc, walkCtx{})
	return c
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the collapsed text of n, skipping scripts and styles, cut
// after max bytes (the rest of a long element is of no use to a byline).
func textOf(n *html.Node, max int) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if b.Len() > max {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			case atom.Br, atom.P, atom.Div, atom.Li:
				b.WriteByte(' ')
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch)
		}
	}
	rec(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func (c *candidates) addMeta(key, val string) {
	key = strings.ToLower(strings.TrimSpace(key))
	val = strings.TrimSpace(val)
	if key == "" || val == "" {
		return
	}
	c.meta[key] = append(c.meta[key], val)
}

func (c *candidates) walk(n *html.Node, ctx walkCtx) {
	if n.Type == html.ElementNode {
		c.nodeSeen++
		if !c.element(n, &ctx) {
			return
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, ctx)
	}
}

// element records what n says and updates ctx for its children; it reports
// whether the children are worth walking.
func (c *candidates) element(n *html.Node, ctx *walkCtx) bool {
	switch n.DataAtom {
	case atom.Html:
		c.htmlLang = attr(n, "lang")
		if c.htmlLang == "" {
			c.htmlLang = attr(n, "xml:lang")
		}
	case atom.Head:
		ctx.inHead = true
	case atom.Title:
		if c.title == "" && (ctx.inHead || n.Parent != nil && n.Parent.DataAtom != atom.Svg) {
			c.title = textOf(n, 1000)
		}
		return false
	case atom.Meta:
		c.metaTag(n, ctx)
		return false
	case atom.Link:
		rel := strings.ToLower(attr(n, "rel"))
		if hasWord(rel, "canonical") && c.canonical == "" {
			c.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Script:
		t := strings.ToLower(strings.TrimSpace(attr(n, "type")))
		if strings.HasPrefix(t, "application/ld+json") && n.FirstChild != nil {
			c.jsonld = append(c.jsonld, n.FirstChild.Data)
		}
		return false
	case atom.Style, atom.Template, atom.Svg, atom.Noscript, atom.Iframe:
		return false
	}
	if ctx.inHead {
		return true
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if !ctx.inTeaser && isTeaser(n, cls) {
		ctx.inTeaser = true
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || hasAnyWord(cls, articleWords) {
		ctx.inArticle = true
	}
	if it := attr(n, "itemtype"); it != "" && hasAttr(n, "itemscope") {
		ctx.scope = strings.ToLower(it)
	}
	prop := strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
	if prop == "" {
		prop = strings.ToLower(strings.TrimSpace(attr(n, "property")))
	}
	if prop != "" {
		c.microProp(n, prop, ctx)
	}
	switch n.DataAtom {
	case atom.H1:
		if !ctx.inTeaser && len(c.h1) < 4 {
			if t := textOf(n, 500); t != "" {
				c.h1 = append(c.h1, t)
			}
		}
		return true
	case atom.Time:
		v := attr(n, "datetime")
		if v == "" {
			v = textOf(n, 200)
		}
		hint := cls + " " + strings.ToLower(attr(n, "itemprop"))
		if hasAttr(n, "pubdate") {
			hint += " pubdate"
		}
		if p := n.Parent; p != nil {
			hint += " " + strings.ToLower(attr(p, "class")+" "+attr(p, "id"))
		}
		c.times = append(c.times, timeCand{value: v, hint: hint, inArticle: ctx.inArticle, inTeaser: ctx.inTeaser})
		return true
	case atom.A, atom.Link:
		if hasWord(strings.ToLower(attr(n, "rel")), "author") && !ctx.inTeaser {
			if t := textOf(n, 200); t != "" {
				c.relAuth = append(c.relAuth, t)
			}
		}
	}
	if ctx.inTeaser || cls == " " {
		return true
	}
	if len(c.bylines) < 8 && hasAnyPart(cls, bylineParts) && !hasAnyPart(cls, bylineNot) {
		if t := textOf(n, 300); t != "" && len(t) < 200 {
			c.bylines = append(c.bylines, t)
		}
	}
	if len(c.datelns) < 8 && hasAnyPart(cls, dateParts) && !hasAnyPart(cls, dateNot) {
		if t := textOf(n, 200); t != "" && len(t) < 120 {
			c.datelns = append(c.datelns, t)
		}
	}
	return true
}

func (c *candidates) metaTag(n *html.Node, ctx *walkCtx) {
	content := attr(n, "content")
	if content == "" {
		content = attr(n, "value")
	}
	if h := attr(n, "http-equiv"); h != "" {
		c.addMeta("http-equiv:"+h, content)
	}
	if name := attr(n, "name"); name != "" {
		c.addMeta(name, content)
	}
	if p := attr(n, "property"); p != "" {
		// RDFa allows several space-separated properties.
		for _, f := range strings.Fields(p) {
			c.addMeta(f, content)
		}
	}
	if p := attr(n, "itemprop"); p != "" && !ctx.inHead {
		c.micro = append(c.micro, microProp{prop: strings.ToLower(p), value: strings.TrimSpace(content), scope: ctx.scope, inTeaser: ctx.inTeaser})
	} else if p != "" {
		c.addMeta("itemprop:"+p, content)
	}
}

// microProp records an itemprop/property element's value: its content,
// datetime, or text; for an author item, the name inside it.
func (c *candidates) microProp(n *html.Node, prop string, ctx *walkCtx) {
	for _, p := range strings.Fields(prop) {
		switch p {
		case "author", "creator", "name", "headline", "datepublished", "datemodified", "datecreated",
			"dc:creator", "dc:date", "dc:title", "dcterms:created", "dcterms:modified", "schema:author", "schema:datepublished":
		default:
			continue
		}
		var v string
		switch {
		case hasAttr(n, "content"):
			v = attr(n, "content")
		case hasAttr(n, "datetime"):
			v = attr(n, "datetime")
		case p == "author" && hasAttr(n, "itemscope"):
			v = itemName(n)
		default:
			v = textOf(n, 300)
		}
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		c.micro = append(c.micro, microProp{prop: p, value: v, scope: ctx.scope, inTeaser: ctx.inTeaser})
	}
}

// itemName finds the itemprop=name (or the text) of an author item.
func itemName(n *html.Node) string {
	var found string
	var rec func(*html.Node)
	rec = func(m *html.Node) {
		if found != "" {
			return
		}
		if m.Type == html.ElementNode && m != n {
			if strings.EqualFold(attr(m, "itemprop"), "name") {
				if v := attr(m, "content"); v != "" {
					found = v
				} else {
					found = textOf(m, 200)
				}
				return
			}
		}
		for ch := m.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch)
		}
	}
	rec(n)
	if found == "" {
		found = textOf(n, 200)
	}
	return found
}

var articleWords = []string{"article", "post", "entry", "story", "hentry", "post-header", "article-header", "entry-header", "content-header"}

// teaserParts mark containers whose dates and names are not the page's own.
var teaserParts = []string{"related", "teaser", "comment", "sidebar", "recommend", "popular", "trending",
	"more-stories", "read-more", "readmore", "widget", "footer", "promo", "newsletter", "breadcrumb",
	"nav", "menu", "latest", "also", "next-post", "prev-post", "previous-post", "pagination", "reply", "respond", "discussion"}

func isTeaser(n *html.Node, cls string) bool {
	switch n.DataAtom {
	case atom.Aside, atom.Nav, atom.Footer:
		return true
	}
	return hasAnyPart(cls, teaserParts)
}

var bylineParts = []string{"byline", "author", "autor", "auteur", "writer", "by-line", "posted-by", "postedby", "contributor", "journalist", "reporter"}
var bylineNot = []string{"avatar", "bio", "description", "image", "photo", "img", "about", "comment", "box", "follow", "social", "twitter"}
var dateParts = []string{"date", "time", "published", "dateline", "datum", "fecha", "meta-info", "post-meta", "entry-meta", "article-meta", "timestamp", "posted-on", "pubdate"}
var dateNot = []string{"update", "modified", "comment", "validate", "runtime", "timeline", "timezone", "datepicker", "times-"}

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// hasAnyWord reports whether s holds one of ws as a whole word.
func hasAnyWord(s string, ws []string) bool {
	for _, f := range strings.Fields(s) {
		for _, w := range ws {
			if f == w {
				return true
			}
		}
	}
	return false
}

// hasAnyPart reports whether s contains one of parts.
func hasAnyPart(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
