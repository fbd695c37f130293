package metadata

import (
	"regexp"
	"slices"
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
	metaKeys  []string // the keys of meta in document order
	canonical string
	jsonld    []string // bodies of script[type=application/ld+json]

	micro   []microProp // itemprop values, in order
	relAuth []string    // texts of rel=author links
	times   []timeCand
	bylines []string // texts of byline-looking elements
	// texts of visible "By Jane Doe" / "Written by" + name bylines
	textBylines []string
	visible     []visibleDate       // dates shown to the reader, in order
	h1At        int                 // element count at the first <h1>; 0 before it
	holdsH1     map[*html.Node]bool // ancestors of the first <h1>: never teasers
	nodeSeen    int
	leadSeen    bool // a paragraph opening with a date was seen
	// headsAt are the element counts of the headings (h2-h4) that hold
	// or are held by a link, outside teasers: list items' headlines.
	headsAt []int
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
	at        int // element count where it stands
}

// visibleDate is a date shown on the page outside teaser containers.
type visibleDate struct {
	day      string // YYYY-MM-DD
	dateline bool   // a <time>, or a short text that is mostly the date: not a date inside prose
	alt      string // the other reading of a numeric date with day and month swappable
	at       int    // element count where it stands
	modified bool   // labelled as an update, in words or by class
	// saysModified is true when the words readers see label an update
	// ("Zuletzt geändert am:"), not only a class ("updated", which
	// blog themes put on publication dates too).
	saysModified bool
	published    bool // labelled as the publication ("Published on", "Erschienen am")
	inArticle    bool
	inTeaser     bool // inside a related/teaser/sidebar container (comments are left out)
	// sig is the tag and class of the date's element and its parent's:
	// the items of a list share it.
	sig   string
	clock bool // the text shows a time of day too ("11:23 am")
	// listItem marks the date of an item in a list of other pages:
	// inTeaser is set too.
	listItem bool
	// before is the text right before the date (see labelBefore): a
	// label, or a list item's title.
	before string
}

// walkCtx is what an element inherits from its ancestors.
type walkCtx struct {
	inHead    bool
	inTeaser  bool   // related, teaser, comment, sidebar, footer... containers
	inComment bool   // user comments and replies
	inCode    bool   // pre and code: a sample's text, not the page's words
	inArticle bool   // article, main, header of a post
	scope     string // lower-cased itemtype of the nearest item scope
	inLink    bool   // inside a link
}

func collect(doc *html.Node) *candidates {
	c := &candidates{meta: map[string][]string{}, holdsH1: h1Ancestors(doc)}
	c.walk(doc, walkCtx{})
	markListItems(c)
	return c
}

// clockRe matches a time of day.
var clockRe = regexp.MustCompile(`\d:\d\d`)

// markListItems marks as teasers the dates of the items of a list of
// other pages: a date that shares its element's tag and class with two
// others or more, over two days or more, and stands after a linked
// heading below the page's headline (the item's own). A forum's posts
// share their dates' markup too but show a time of day, and a date
// labelled as the publication is the page's (measured: 9 dates given
// without gold on wcxb-dev's listing, collection and product pages and 2 on
// trafilatura-snippets no longer given, none right lost). On a page without
// a headline one other date with the same markup suffices: no headline
// says which item is the page's (measured: 6 dates given without gold on
// wcxb-dev's product pages, all of one shop's template, no longer given,
// none right lost; with a headline the same loosening loses a right date,
// the page's own beside one teaser). A long list needs no headings: eight
// dates or more in the same markup over five days or more, the first not
// the earliest (newest first, as lists of other pages go; a thread's posts
// go oldest first), are its items, but for one right under the headline
// (measured: 2 dates given without gold on wcxb-dev's listing pages no
// longer given, none right lost; four dates over three days, or five over
// four, lose two right dates, an article's own beside its cards).
//
// Inside a teaser (a sidebar, a related box) a date that shares its
// markup with one on another day is a list's item too, which the fallbacks
// that look into teasers by the headline pass over, but for a date labelled
// as the publication or an update, or an item whose title is the page's
// own headline (measured: 5 dates given without gold on both sets no
// longer given, one wrong date becoming none, none right lost; without the
// headline's exception the newest post of a blog's sidebar, the page
// itself, loses its right date).
func markListItems(c *candidates) {
	for i := range c.visible {
		v := &c.visible[i]
		if v.inTeaser && !v.clock && !v.published && !v.modified && !c.titles(v.before) {
			days := map[string]bool{}
			for _, w := range c.visible {
				if w.sig == v.sig {
					days[w.day] = true
				}
			}
			if len(days) >= 2 {
				v.listItem = true
			}
		}
		if v.inTeaser || v.published || v.clock {
			continue
		}
		head := false
		for _, h := range c.headsAt {
			if h > c.h1At && h < v.at {
				head = true
				break
			}
		}
		days := map[string]bool{}
		n := 0
		// the days of the first and the earliest date in this markup
		first, earliest := "", ""
		for _, w := range c.visible {
			if w.sig == v.sig {
				days[w.day] = true
				n++
				if first == "" {
					first = w.day
				}
				if earliest == "" || w.day < earliest {
					earliest = w.day
				}
			}
		}
		underH1 := c.h1At > 0 && v.at > c.h1At && v.at-c.h1At < underHeadline
		long := n >= 8 && len(days) >= 5 && first != earliest && !underH1
		if !head && !long {
			continue
		}
		if (n >= 3 || c.h1At == 0 && n >= 2) && len(days) >= 2 {
			v.inTeaser, v.listItem = true, true
			for j := range c.times {
				if c.times[j].at == v.at {
					c.times[j].inTeaser = true
				}
			}
		}
	}
}

// titles reports whether a text is the page's own headline or title, or
// their end: a list item's title that names the page itself.
func (c *candidates) titles(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 12 {
		return false
	}
	if strings.Contains(c.title, t) {
		return true
	}
	for _, h := range c.h1 {
		if strings.Contains(h, t) {
			return true
		}
	}
	return false
}

// h1Ancestors returns the ancestors of the page's first <h1>. Whatever
// holds the headline is the article, whatever its class says ("teaser",
// "promoted", "sidebar-layout").
func h1Ancestors(doc *html.Node) map[*html.Node]bool {
	var h1 *html.Node
	// skip holds the overlays found around earlier candidates.
	var skip []*html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil && h1 == nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if ch.DataAtom == atom.H1 {
				h1 = ch
				return
			}
			switch ch.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Svg, atom.Noscript:
				continue
			}
			if slices.Contains(skip, ch) {
				continue
			}
			find(ch)
		}
	}
	// An overlay's or a banner's headline ("IE-overlay", "cookie-modal")
	// is not the page's: look past it. Only the found headline's
	// ancestors are checked, so the search costs no class scan.
	for len(skip) < 4 {
		h1 = nil
		find(doc)
		if h1 == nil {
			return nil
		}
		o := overlayAround(h1)
		if o == nil {
			break
		}
		skip = append(skip, o)
	}
	if h1 == nil {
		return nil
	}
	m := map[*html.Node]bool{}
	for a := h1.Parent; a != nil; a = a.Parent {
		m[a] = true
	}
	return m
}

// overlayAround returns the ancestor of n whose class or id names an
// overlay, a pop-up or a banner, or nil.
func overlayAround(n *html.Node) *html.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if overlayIdx.containsAnyFold(attr(a, "class")) || overlayIdx.containsAnyFold(attr(a, "id")) {
			return a
		}
	}
	return nil
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
	if _, seen := c.meta[key]; !seen {
		c.metaKeys = append(c.metaKeys, key)
	}
	c.meta[key] = append(c.meta[key], val)
}

func (c *candidates) walk(n *html.Node, ctx walkCtx) {
	switch n.Type {
	case html.ElementNode:
		c.nodeSeen++
		if !c.element(n, &ctx) {
			return
		}
	case html.TextNode:
		if !ctx.inHead && !ctx.inTeaser && len(c.textBylines) < 4 {
			c.textByline(n)
		}
		if !ctx.inHead && !ctx.inComment && len(c.visible) < 40 {
			c.textDate(n, ctx)
		}
		return
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
	var class, id, itemprop, property, itemtype, rel, title string
	itemscope := false
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "itemprop":
			itemprop = a.Val
		case "property":
			property = a.Val
		case "itemtype":
			itemtype = a.Val
		case "itemscope":
			itemscope = true
		case "rel":
			rel = a.Val
		case "title":
			title = a.Val
		}
	}
	named := class != "" || id != ""
	if !ctx.inTeaser {
		if t, ok := teaserElement(n, ctx.inArticle); ok && t && !c.holdsH1[n] {
			ctx.inTeaser = true
		}
	}
	// Inside a teaser that is also a comment nothing more is to be
	// learnt from classes: the two marks stay, and the article mark
	// serves only outside teasers.
	if named && !(ctx.inTeaser && ctx.inComment) {
		var ci classInfo
		ci.scanClasses(class, ctx.inArticle)
		ci.scanClasses(id, ctx.inArticle)
		if ci.teaser && !ctx.inTeaser && !c.holdsH1[n] {
			if _, decided := teaserElement(n, ctx.inArticle); !decided {
				ctx.inTeaser = true
			}
		}
		ctx.inComment = ctx.inComment || ci.comment
		ctx.inArticle = ctx.inArticle || ci.article
	}
	if n.DataAtom == atom.Pre || n.DataAtom == atom.Code {
		ctx.inCode = true
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		ctx.inArticle = true
	}
	if itemtype != "" && itemscope {
		ctx.scope = strings.ToLower(itemtype)
	}
	prop := itemprop
	if strings.TrimSpace(prop) == "" {
		prop = property
	}
	if prop = strings.TrimSpace(prop); prop != "" {
		c.microProp(n, strings.ToLower(prop), ctx)
	}
	if title != "" && class != "" {
		c.titleDate(title, class, ctx)
	}
	switch n.DataAtom {
	case atom.A:
		ctx.inLink = true
	case atom.H2, atom.H3, atom.H4:
		if !ctx.inTeaser && (ctx.inLink || holdsLink(n)) {
			c.headsAt = append(c.headsAt, c.nodeSeen)
		}
	}
	switch n.DataAtom {
	case atom.H1:
		if c.h1At == 0 && !ctx.inTeaser {
			c.h1At = c.nodeSeen
		}
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
		hint := strings.ToLower(class + " " + id + " " + itemprop)
		if hasAttr(n, "pubdate") {
			hint += " pubdate"
		}
		if p := n.Parent; p != nil {
			hint += " " + strings.ToLower(attr(p, "class")+" "+attr(p, "id"))
		}
		// The text is what readers see; the datetime attribute may be
		// in another time zone. The label is the text right before the
		// element: the parent's whole text may label a neighbour
		// ("Published: <time> | Updated: <time>").
		text := textOf(n, 100)
		words := text + " " + shortLabel(labelBefore(n))
		if pageRecord(words) || hasOtherDateWord(strings.ToLower(words)) {
			return false
		}
		c.times = append(c.times, timeCand{value: v, hint: hint, inArticle: ctx.inArticle, inTeaser: ctx.inTeaser, at: c.nodeSeen})
		if !ctx.inComment && len(c.visible) < 40 {
			td, ok := c.scanShown(text)
			if d, dok := ParseDate(v); dok && !(ok && floating(d) && td.day != d[:10]) {
				// A timestamp in the publisher's zone is exact; a
				// UTC one may fall on another day than the one shown.
				if ok && td.day != d[:10] {
					td.alt = td.day
				}
				td.day, ok = d[:10], true
			}
			if ok {
				label := hint + " " + words
				c.visible = append(c.visible, visibleDate{sig: dateSig(n), clock: clockRe.MatchString(text), dateline: true, day: td.day, alt: td.alt, at: c.nodeSeen,
					modified: isModifiedLabel(label), saysModified: isModifiedLabel(words), published: isPublishedLabel(label),
					inArticle: ctx.inArticle, inTeaser: ctx.inTeaser})
			}
		}
		return false
	case atom.A, atom.Link:
		if rel != "" && hasWord(strings.ToLower(rel), "author") && !ctx.inTeaser {
			if t := textOf(n, 200); t != "" {
				c.relAuth = append(c.relAuth, t)
			}
		}
	}
	if ctx.inTeaser || !named || len(c.bylines) >= 8 {
		return true
	}
	if (bylineIdx.containsAnyFold(class) || bylineIdx.containsAnyFold(id)) && !bylineNotIdx.containsAnyFold(class) && !bylineNotIdx.containsAnyFold(id) {
		if t := textOf(n, 300); t != "" && len(t) < 200 {
			c.bylines = append(c.bylines, t)
		}
	}
	return true
}

// bylineStart matches a visible byline's opening words. Case matters: a
// capitalised "By" starts a byline, "by" inside a sentence does not.
var bylineStart = regexp.MustCompile(`^(?:By|BY|Written [bB]y|Posted [bB]y|Published [bB]y|Words [bB]y|Text [bB]y|Reviewed [bB]y|Author|Autor|Autorin|Auteur|Von|Par|Por|Door)\b\s*:?`)

// textByline records the byline a text node opens: "By Jane Doe" in one
// node, "By <a>Jane Doe</a>" across its parent, or a "Written by" label
// followed by the name in the next element.
func (c *candidates) textByline(n *html.Node) {
	if len(n.Data) > 400 {
		return
	}
	t := strings.TrimSpace(n.Data)
	// Every byline opening starts with one of these capitals; checking
	// the first byte spares the regexp on almost every text node.
	if len(t) < 2 || len(t) > 120 || !strings.ContainsRune("BWPTRAVD", rune(t[0])) || !bylineStart.MatchString(t) {
		return
	}
	rest := strings.TrimSpace(bylineStart.ReplaceAllString(t, ""))
	if rest != "" {
		if len(strings.Fields(rest)) <= 8 {
			c.textBylines = append(c.textBylines, t)
		}
		return
	}
	// The name is elsewhere: in the parent's other children, or in the
	// element after the label.
	p := n.Parent
	if p == nil {
		return
	}
	if pt := textOf(p, 200); len(pt) > len(t) && len(pt) < 150 {
		c.textBylines = append(c.textBylines, pt)
		return
	}
	for sib := p.NextSibling; sib != nil; sib = sib.NextSibling {
		if sib.Type == html.ElementNode {
			if st := textOf(sib, 200); st != "" && len(st) < 100 {
				c.textBylines = append(c.textBylines, t+" "+st)
			}
			return
		}
	}
}

// textDate records a short text node that shows a date: "Dec 12, 2025",
// "Updated on July 9, 2025", "05.03.2021". A label in the node or in the
// previous sibling ("Last updated:") marks an update.
func (c *candidates) textDate(n *html.Node, ctx walkCtx) {
	// Indented markup pads a short dateline with white space: its
	// length is that of the words.
	t := strings.TrimSpace(n.Data)
	if len(t) > 100 {
		c.leadDate(n, t, ctx)
		return
	}
	if len(t) < 6 || !mayHoldDate(t) || strings.Contains(t, "://") {
		// A web address's "/2021/jan21/" names a page, this or
		// another: it is no date shown.
		return
	}
	td, ok := c.scanShown(t)
	if !ok {
		return
	}
	// A text that labels itself ("Erschienen am: 01.11.2023") is read
	// alone: the text before it may label another date.
	before := labelBefore(n)
	words, label := t, t
	if !isModifiedLabel(t) && !isPublishedLabel(t) {
		words += " " + shortLabel(before)
		label = words
		if p := n.Parent; p != nil {
			label += " " + strings.ToLower(attr(p, "class"))
		}
	}
	// A text opening with a parenthesis is an aside: a review's or a
	// source's date ("(1/16/2025)", "(Stand vom 15.11.2008) aus der
	// freien Enzyklopädie"), not a dateline (measured: one date given
	// without gold on each set no longer given, none right lost).
	if pageRecord(words) || footerNote(before) || ctx.inCode || otherSpan(t) || namesOtherDate(words) || strings.HasPrefix(t, "(") {
		return
	}
	// Only a label right before the date names it: "Registriert:
	// 18.09.2008" is no dateline, a share bar's "Teilen:" further up
	// says nothing.
	dateline := isDateline(t) && !otherLabel(siblingBefore(n))
	c.visible = append(c.visible, visibleDate{before: before, sig: dateSig(n.Parent), clock: clockRe.MatchString(t), dateline: dateline, day: td.day, alt: td.alt, at: c.nodeSeen,
		modified: isModifiedLabel(label), saysModified: isModifiedLabel(words), published: isPublishedLabel(label),
		inArticle: ctx.inArticle, inTeaser: ctx.inTeaser})
}

// titleDate records the machine date a microformat puts in a title
// attribute, "<abbr class="published" title="2013-04-04T18:52:11">" or an
// empty "<span class="updated" title=...>", as a <time> would give it.
func (c *candidates) titleDate(title, class string, ctx *walkCtx) {
	if len(title) < 10 || title[0] < '0' || title[0] > '9' {
		return
	}
	hint := strings.ToLower(class)
	if !hasAnyPart(hint, []string{"published", "updated", "dtstart", "date"}) {
		return
	}
	if _, ok := parseISO(strings.TrimSpace(title)); ok {
		c.times = append(c.times, timeCand{value: title, hint: hint, inArticle: ctx.inArticle, inTeaser: ctx.inTeaser})
	}
}

// leadDate records the numeric date a paragraph opens with, the press
// release's dateline: "27.1.2022 - Bei der Erinnerung an die Verfolgten
// ...". Only the first such paragraph counts: later ones are a ticker's
// or a chronicle's entries.
func (c *candidates) leadDate(n *html.Node, t string, ctx walkCtx) {
	if c.leadSeen || t[0] < '0' || t[0] > '9' || !opensParagraph(n) {
		return
	}
	// The opening run of digits and separators must be the date.
	i := 0
	for i < len(t) && i < 12 && (t[i] >= '0' && t[i] <= '9' || t[i] == '.' || t[i] == '/' || t[i] == '-') {
		i++
	}
	head := t[:i]
	if len(head) < 6 || !mayHoldDate(head) {
		return
	}
	td, ok := c.scanShown(head)
	if !ok {
		return
	}
	c.leadSeen = true
	c.visible = append(c.visible, visibleDate{dateline: true, day: td.day, alt: td.alt, at: c.nodeSeen, inArticle: ctx.inArticle, inTeaser: ctx.inTeaser})
}

// opensParagraph reports whether the text n opens a <p>, directly or in
// a bold or span first child ("<p><strong>01.02.2022 ...").
func opensParagraph(n *html.Node) bool {
	p := n.Parent
	if n.PrevSibling != nil || p == nil {
		return false
	}
	switch p.DataAtom {
	case atom.P:
		return true
	case atom.Strong, atom.B, atom.Span:
		return p.PrevSibling == nil && p.Parent != nil && p.Parent.DataAtom == atom.P
	}
	return false
}

// labelBefore returns the text that stands right before n, where a
// date's label is written: n's previous sibling, else its parent's or
// grandparent's ("<h4>Zuletzt geändert am:</h4><ul><li>15.10.2021").
func labelBefore(n *html.Node) string {
	for x, up := n, 0; x != nil && up < 3; x, up = x.Parent, up+1 {
		if t := siblingBefore(x); t != "" {
			return t
		}
	}
	return ""
}

// shortLabel returns the text before a date when it can be its label
// ("Veröffentlicht am", "Last updated:"), else "": a sentence that
// mentions publishing labels nothing, nor does a text with digits.
func shortLabel(s string) string {
	if len(s) > 40 || strings.ContainsAny(s, "0123456789") {
		// Too long for a label, or another date with its own.
		return ""
	}
	return s
}

// siblingBefore returns the text of n's nearest previous sibling that has
// any, cut to its last 60 bytes.
func siblingBefore(n *html.Node) string {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		switch s.Type {
		case html.TextNode:
			if t := strings.TrimSpace(s.Data); t != "" {
				if len(t) > 60 {
					t = t[len(t)-60:]
				}
				return t
			}
		case html.ElementNode:
			if t := textOf(s, 60); t != "" {
				return t
			}
		}
	}
	return ""
}

// otherDates are the words of labels that name another date than the
// page's: a product's release or availability, an event, a deadline, a
// member's joining, a customer's review ("Kundenbewertung 02.05.2020":
// one date given without gold on trafilatura-snippets no longer given,
// none right lost).
var otherDates = []string{"release date", "released", "available", "erscheinungstermin", "due date", "deadline", "expir",
	"event", "start date", "end date", "birth", "geburt", "joined", "member since", "mitglied seit", "registriert", "termin",
	"check-in", "departure", "arrival", "valid", "gültig", "veranstaltung", "bewertung"}

// pageRecord reports whether a date's words say when the page or the
// site, not its text, was last changed: "This page was last modified on",
// "Website Last Modified", "Diese Seite wurde zuletzt geändert". A
// template writes that on every page, documentation and catalogues
// included; it dates no publication.
func pageRecord(words string) bool {
	l := strings.ToLower(words)
	return isModifiedLabel(l) && (strings.Contains(l, "last") || strings.Contains(l, "zuletzt")) && hasAnyPart(l, pageWords)
}

// footerNotes are the words of a page footer's notes, under which
// documentation and wikis write when the page was last edited: its
// licence ("the content of this page is licensed under...") and its
// contributors.
var footerNotes = []string{"licensed under", "licenced under", "lizenziert unter", "under a creative commons", "contributors"}

// footerNote reports whether the text before a date is a footer's note
// (measured: 4 dates given without gold on wcxb-dev's documentation pages
// no longer given, none right lost on either set).
func footerNote(before string) bool {
	l := strings.ToLower(before)
	for _, w := range footerNotes {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// otherSpan reports whether a text that shows a date is no dateline of
// the page's but a period's or a credit's: a range of two dates ("1/27/2026
// - 3/24/2026", "23.10.2015 – 25.10.2015") or of days in one month
// ("April 29–30", "9-23 Feb 2017"), an event's or a season's, or a
// copyright ("© Jane Doe, 31.05.2013"). (Measured for the spans of days:
// one date given without gold on wcxb-dev no longer given, none right
// lost.)
func otherSpan(t string) bool {
	if strings.Contains(t, "©") || daySpan(t) {
		return true
	}
	for _, sep := range []string{" - ", "–", "—"} {
		i := strings.Index(t, sep)
		if i < 0 {
			continue
		}
		left, right := t[:i], t[i+len(sep):]
		if _, ok := scanText(left); !ok {
			continue
		}
		// "Published 12.03.2021 - Updated 14.03.2021" gives two dates
		// of the page.
		if _, ok := scanText(right); ok && !isModifiedLabel(right) && !isPublishedLabel(right) {
			return true
		}
	}
	return false
}

// daySpanRe matches a span of days in one month, an event's or a
// season's: "9-23 Feb 2017", "3. bis 5. Mai", "April 29–30". The month's
// name is the first or the second group (checked by daySpan).
var daySpanRe = regexp.MustCompile(`(?i)(?:^|[^\d./-])\d{1,2}\.?\s*(?:-|–|—|bis)\s*\d{1,2}\.?\s+(\p{L}{3,})|(\p{L}{3,})\.?\s+\d{1,2}\s*(?:-|–|—)\s*\d{1,2}(?:[^\d:./-]|$)`)

// daySpan reports whether t shows a span of days in one month.
func daySpan(t string) bool {
	if !strings.ContainsAny(t, "-–—") && !strings.Contains(t, "bis") {
		return false
	}
	for _, m := range daySpanRe.FindAllStringSubmatch(t, -1) {
		w := m[1]
		if w == "" {
			w = m[2]
		}
		if _, ok := monthNames[strings.ToLower(w)]; ok {
			return true
		}
	}
	return false
}

// pageWords name the page or the site as a whole.
var pageWords = []string{"page", "site", "seite"}

// namesOtherDate reports whether a date's label names another date than
// the page's ("Release Date:", "Date First Available", "Member since").
func namesOtherDate(label string) bool {
	l := strings.ToLower(label)
	return hasAnyPart(l, otherDates) || hasOtherDateWord(l)
}

// hasOtherDateWord reports whether a lower-cased label holds one of
// otherDateWords.
func hasOtherDateWord(l string) bool {
	var buf [24]string
	for _, w := range splitInto(buf[:0], l, notLetterByte) {
		if slices.Contains(otherDateWords, w) {
			return true
		}
	}
	return false
}

// otherDateWords are whole words of labels that name another date than
// the page's: an offer's or a registration's end, a release or a launch
// to come, a member's last visit. Whole words, since parts of them stand
// in others ("trends", "friends"). ("launch": one date given without gold
// on wcxb-dev no longer given, none right lost.)
var otherDateWords = []string{"ends", "sale", "register", "registration", "releases", "until", "bis", "opens", "active", "launch"}

// notLetterByte separates words: anything but ASCII letters and the
// bytes of non-ASCII characters.
func notLetterByte(b byte) bool {
	return !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80)
}

// otherLabel reports whether the text before a date is a label that
// names something else than the page's date ("Registriert:", "Termin:"):
// a short phrase ending in a colon, without digits or a dateline word.
func otherLabel(before string) bool {
	if len(before) < 2 || len(before) > 40 || before[len(before)-1] != ':' {
		return false
	}
	l := strings.ToLower(before[:len(before)-1])
	return !strings.ContainsAny(l, "0123456789") && !isDatelineLabel(l)
}

// mayHoldDate reports whether a text can hold a date parseText reads:
// four digits or more, and a year from the 1900s or 2000s or a numeric
// date with a short year ("05.03.21").
func mayHoldDate(s string) bool {
	digits, seps := 0, 0
	century := false
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= '0' && b <= '9':
			digits++
			if (b == '1' || b == '2') && i+1 < len(s) && (s[i+1] == '9' || s[i+1] == '0') {
				century = true
			}
		case b == '.' || b == '/' || b == '-':
			seps++
		}
	}
	return digits >= 4 && (century || seps >= 2)
}

// isDateline reports whether a text that holds a date reads as a
// dateline ("Updated on Jul 4, 2024", "15. Mai 2019, 05:28 Uhr") rather
// than as a date in running text: a few words at most.
func isDateline(t string) bool {
	words := 0
	inWord := false
	for i := 0; i < len(t); i++ {
		sp := t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'
		if !sp && !inWord {
			words++
		}
		inWord = !sp
	}
	if words > datelineWords {
		return false
	}
	// A date followed by a colon introduces what follows: a quotation's
	// source ("Enzyklika, 25. Dezember 2005:"), an entry, not the page.
	if t[len(t)-1] == ':' {
		return false
	}
	// "Termin: 21.02.2020" labels an event, "Updated: ..." a dateline.
	if i := strings.IndexByte(t, ':'); i > 0 {
		label := strings.ToLower(t[:i])
		if !strings.ContainsAny(label, "0123456789") && !isDatelineLabel(label) {
			return false
		}
	}
	return true
}

// isDatelineLabel reports whether a label's words introduce the page's
// own date.
func isDatelineLabel(label string) bool {
	var buf [16]string
	for _, w := range splitInto(buf[:0], label, isSpaceByte) {
		switch w {
		case "on", "am", "le", "el", "il", "den", "vom", "du", "del":
			return true
		}
		for _, st := range datelineLabels {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// datelineLabels are the stems of the labels that introduce a page's own
// date: "Published:", "Last updated:", "Erschienen am:", "Stand:".
var datelineLabels = []string{"publi", "post", "updat", "date", "datum", "erschien", "veröffentlich", "aktualis", "stand",
	"creat", "modif", "geändert", "written", "fecha", "data", "mis", "edited", "release", "zuletzt", "letzte"}

// datelineWords is the most words a dateline holds.
const datelineWords = 8

// scanShown reads a date shown on the page. A slashed date that reads
// either way is taken month first on a page in US English ("03/05/2021"
// is March 5), or in English when its first number is unpadded
// ("3/5/2021"), day first elsewhere; the other reading is kept.
func (c *candidates) scanShown(s string) (textDay, bool) {
	td, ok := scanText(s)
	if ok && td.alt != "" && td.slash && (monthFirstLang(c.htmlLang) || td.unpadded && isEnglish(c.htmlLang)) {
		td.day, td.alt = td.alt, td.day
	}
	return td, ok
}

// isEnglish reports whether a page language is English without a region:
// there an unpadded slashed date ("3/4/2025") is American, month first.
func isEnglish(lang string) bool {
	return strings.EqualFold(strings.TrimSpace(lang), "en")
}

// monthFirstLang reports whether a page language writes dates month first:
// US English. English without a region is left day first: British pages
// are as many.
func monthFirstLang(lang string) bool {
	l := strings.ToLower(strings.TrimSpace(lang))
	return l == "en-us" || l == "en_us"
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
		c.micro = append(c.micro, microProp{prop: normProp(p), value: strings.TrimSpace(content), scope: ctx.scope, inTeaser: ctx.inTeaser})
	} else if p != "" {
		c.addMeta("itemprop:"+p, content)
	}
}

// microProp records an itemprop/property element's value: its content,
// datetime, or text; for an author item, the name inside it.
func (c *candidates) microProp(n *html.Node, prop string, ctx *walkCtx) {
	for _, p := range strings.Fields(prop) {
		p = normProp(p)
		switch p {
		case "author", "creator", "name", "headline", "datepublished", "datemodified", "datecreated":
		default:
			continue
		}
		var v string
		switch {
		case hasAttr(n, "content"):
			v = attr(n, "content")
		case hasAttr(n, "datetime"):
			v = attr(n, "datetime")
		case strings.HasPrefix(p, "date") && hasAttr(n, "title"):
			// The microformat way: <abbr itemprop="datePublished"
			// title="2017-09-09T10:52:00+02:00">10:52</abbr>.
			v = attr(n, "title")
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

// normProp maps RDFa and Dublin Core property names onto their schema.org
// microdata equivalents: "schema:dateCreated" is "datecreated",
// "dcterms:issued" is "datepublished".
func normProp(p string) string {
	p = strings.ToLower(p)
	if i := strings.LastIndexAny(p, "/#"); i >= 0 {
		p = p[i+1:]
	}
	for _, pre := range []string{"schema:", "sdo:", "og:"} {
		p = strings.TrimPrefix(p, pre)
	}
	switch p {
	case "dc:creator", "dcterms:creator":
		return "creator"
	case "dc:date", "dcterms:created", "dcterms:issued", "dcterms:date":
		return "datepublished"
	case "dcterms:modified":
		return "datemodified"
	case "dc:title", "dcterms:title":
		return "headline"
	}
	return p
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

// teaserWords mark containers whose dates and names are not the page's
// own; a class or id token matches when it starts with one of them
// ("related", "relatedPosts", "comments-area"). "recent" names a box of
// the site's latest posts ("recent-blogs", "widget_recent_entries"):
// marking it removed one date given without gold on wcxb-dev, a service
// page's first card dated above its heading, and changed no right date
// or author.
var teaserWords = []string{"related", "teaser", "comment", "sidebar", "recommend", "popular", "trending",
	"footer", "newsletter", "breadcrumb", "navbar", "navigation", "pagination",
	"reply", "replies", "respond", "discussion", "feed", "review", "testimonial", "morestories", "readmore", "nextpost", "prevpost", "seealso", "recent"}

// splitInto appends to buf the non-empty pieces of s between bytes for
// which sep is true. Class attributes are split for every element, so this
// avoids the allocations of strings.Fields: callers pass a stack array.
func splitInto(buf []string, s string, sep func(byte) bool) []string {
	start := -1
	for i := 0; i < len(s); i++ {
		if sep(s[i]) {
			if start >= 0 {
				buf = append(buf, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		buf = append(buf, s[start:])
	}
	return buf
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' }

// notTokenByte separates class tokens: anything but ASCII letters, digits
// and the bytes of non-ASCII characters.
func notTokenByte(b byte) bool {
	return !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80)
}

// isTeaser reports whether n is a container of content that is not the
// page's own: aside, nav and footer elements, and elements with a class or
// id naming related items, comments, sidebars, menus. Utility classes
// ("md:[grid-area:sidebar]") and layout classes ("has-sidebar") do not
// count, nor do the page's main landmarks.
func isTeaser(n *html.Node, cls string, inArticle bool) bool {
	if t, ok := teaserElement(n, inArticle); ok {
		return t
	}
	var ci classInfo
	ci.scanClasses(cls, inArticle)
	return ci.teaser
}

// teaserElement decides from the element alone whether it is a teaser
// container; ok is false when its class and id must tell.
func teaserElement(n *html.Node, inArticle bool) (teaser, ok bool) {
	switch n.DataAtom {
	case atom.Nav:
		return true, true
	case atom.Footer, atom.Aside:
		// An article's own footer or aside holds its byline and date.
		return !inArticle, true
	case atom.Main, atom.Article, atom.Body, atom.Html, atom.H1:
		return false, true
	}
	return false, false
}

var bylineParts = []string{"byline", "author", "autor", "auteur", "writer", "by-line", "posted-by", "postedby", "contributor", "journalist", "reporter"}
var bylineNot = []string{"avatar", "bio", "authoriz", "authorit", "autoref", "description", "image", "photo", "img", "about", "comment", "box", "follow", "social", "twitter"}

// overlayIdx indexes the class and id parts of overlays, pop-ups and
// banners laid over the page.
var overlayIdx = newPartIndex([]string{"overlay", "modal", "popup", "cookie", "consent"})

// bylineIdx and bylineNotIdx index bylineParts and bylineNot.
var bylineIdx, bylineNotIdx = newPartIndex(bylineParts), newPartIndex(bylineNot)

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
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

// dateSig returns the tag and class of n and of its parent.
func dateSig(n *html.Node) string {
	if n == nil {
		return ""
	}
	s := n.Data + "." + attr(n, "class")
	if p := n.Parent; p != nil {
		s += "<" + p.Data + "." + attr(p, "class")
	}
	return s
}

// holdsLink reports whether n holds a link.
func holdsLink(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && (ch.DataAtom == atom.A || holdsLink(ch)) {
			return true
		}
	}
	return false
}
