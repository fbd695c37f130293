package metadata

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Extract reads the page's metadata from doc, the whole parsed page before
// any pruning; pageURL (may be "") resolves relative URLs and serves as the
// last source of a date. Each fact comes from the best source that has it:
// JSON-LD, then OpenGraph and article:* tags, Twitter cards, Dublin Core,
// plain <meta> names, microdata and RDFa, <time> elements, rel=author links,
// and last the visible byline and dateline. Language comes from markup
// only; call (*Metadata).SetLanguage with the main text to check it.
//
// Extract walks the tree once and does not modify it; it is safe for
// concurrent use.
func Extract(doc *html.Node, pageURL string) Metadata {
	return Options{}.Extract(doc, pageURL)
}

// Options tune what Extract gives. The zero value is Extract's default.
type Options struct {
	// StrictDates gives a publication date only when the page shows it and
	// tells that it is a dated piece: its markup declares that date, or
	// declares other dates, or the page names its author. It trades dates
	// that are right for fewer dates on pages that have none of their own
	// (documentation, service and listing pages, whose "last updated"
	// lines and CMS records look like publication dates): see
	// docs/benchmarks.md for the measured trade.
	StrictDates bool
}

// Extract is the package's Extract with o's choices.
func (o Options) Extract(doc *html.Node, pageURL string) Metadata {
	if doc == nil {
		return Metadata{}
	}
	c := collect(doc)
	objs, ldSite := parseJSONLD(c.jsonld)
	main := pickMain(objs)
	var m Metadata
	m.URL = pageURL
	m.Sitename = firstNonEmpty(c.first("og:site_name"), c.first("application-name"), c.first("twitter:site:name"), ldSite)
	if m.Sitename == "" && main != nil {
		m.Sitename = main.publisher
	}
	m.Sitename = clean(m.Sitename)
	if strings.HasPrefix(m.Sitename, "@") || strings.HasPrefix(m.Sitename, "http") {
		m.Sitename = ""
	}
	m.Title = resolveTitle(c, main, m.Sitename, pageURL)
	m.Author = resolveAuthor(c, objs, main, m.Sitename, siteKeys(m.Sitename, firstNonEmpty(pageURL, c.canonicalOrURL())))
	var declares bool
	m.Date, m.Modified, m.DateSource, declares = resolveDates(c, objs, main, pageURL)
	if o.StrictDates && !(m.DateSource == SourceMarkupPage || m.DateSource == SourcePage && (declares || m.Author != "")) {
		m.Date, m.DateSource = "", ""
	}
	m.Description = clean(firstNonEmpty(c.first("og:description"), c.first("description"), c.first("twitter:description"), c.first("dc.description")))
	if m.Description == "" && main != nil {
		m.Description = clean(main.desc)
	}
	m.Image = firstNonEmpty(c.first("og:image"), c.first("og:image:url"), c.first("og:image:secure_url"), c.first("twitter:image"), c.first("twitter:image:src"))
	if m.Image == "" && main != nil {
		m.Image = main.image
	}
	m.Image = absURL(pageURL, m.Image)
	m.Canonical = absURL(pageURL, firstNonEmpty(c.canonical, c.first("og:url")))
	m.Tags = resolveTags(c, main)
	m.Categories = resolveCategories(c, main)
	m.License = resolveLicense(c, main)
	m.PageType = resolvePageType(c, main)
	m.Language = markupLanguage(c, main)
	return m
}

// first returns the first value of a meta key (lower-cased name or property).
func (c *candidates) first(key string) string {
	if v := c.meta[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// clean decodes entities left in attribute values (double-escaped pages)
// and collapses white space.
func clean(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

func absURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || base == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// pickMain chooses the JSON-LD node that most likely describes the page's
// content: the best-ranked type, the first of equals.
func pickMain(objs []*ldObject) *ldObject {
	var best *ldObject
	for _, o := range objs {
		if best == nil || o.rank < best.rank {
			best = o
		}
	}
	return best
}

// resolveAuthor takes the first source that yields a clean name. A person
// beats an organisation: an Organization author, or a name that is the
// site's, is only kept when no source names a person, and then only when
// the page shows it as a byline or it is the owner's name within a personal
// site's (measured: without a byline such names were given on 25 pages of
// trafilatura-snippets without gold for 2 right ones, and on 24 of wcxb-dev,
// whose gold credits company blogs to the company, for 33 right ones).
func resolveAuthor(c *candidates, objs []*ldObject, main *ldObject, site string, keys []string) string {
	var orgFallback string
	// isSite reports whether a name is the site's or the publisher's.
	isSite := func(n string) bool {
		if main != nil && main.publisher != "" && normKey(main.publisher) == normKey(n) {
			return true
		}
		return isSiteSegment(n, keys)
	}
	// take returns n when it names a person; a site name is kept aside.
	take := func(n string) string {
		if n == "" {
			return ""
		}
		if isSite(n) {
			if orgFallback == "" {
				orgFallback = n
			}
			return ""
		}
		return n
	}
	if main != nil {
		var persons []string
		for _, a := range main.authors {
			if a.org {
				if orgFallback == "" {
					orgFallback = CleanAuthor(a.name)
				}
				continue
			}
			if n := take(CleanAuthor(a.name)); n != "" {
				persons = append(persons, n)
			}
		}
		if len(persons) > 0 {
			return dedupeJoin(persons)
		}
	}
	for _, key := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "dc:creator", "sailthru.author", "parsely-author", "byl", "citation_author", "og:article:author", "book:author", "itemprop:author"} {
		for _, v := range c.meta[key] {
			if n := take(CleanAuthor(v)); n != "" {
				return n
			}
		}
	}
	// Slack-style labels: twitter:label1 "Written by", twitter:data1 name.
	for i := 1; i <= 4; i++ {
		l := strings.ToLower(c.first(fmt.Sprintf("twitter:label%d", i)))
		if strings.Contains(l, "written by") || strings.Contains(l, "author") || strings.Contains(l, "verfasst") || strings.Contains(l, "autor") {
			if n := take(CleanAuthor(c.first(fmt.Sprintf("twitter:data%d", i)))); n != "" {
				return n
			}
		}
	}
	var micro []string
	for _, p := range c.micro {
		if (p.prop == "author" || p.prop == "creator") && !p.inTeaser {
			if n := take(CleanAuthor(p.value)); n != "" {
				micro = append(micro, n)
			}
		}
	}
	if len(micro) > 2 {
		// Many authors in microdata are a thread's or a listing's posts:
		// the first is the page's own.
		micro = micro[:1]
	}
	if len(micro) > 0 {
		return dedupeJoin(micro)
	}
	// Other article nodes (a page may describe itself twice).
	for _, o := range objs {
		if o == main || o.rank > 2 {
			continue
		}
		for _, a := range o.authors {
			if !a.org {
				if n := CleanAuthor(a.name); n != "" {
					return n
				}
			}
		}
	}
	for _, t := range c.relAuth {
		if n := take(visibleAuthor(t)); n != "" {
			return n
		}
	}
	for _, t := range c.bylines {
		if n := bylineAuthor(t); n != "" && !isSite(n) {
			return n
		}
	}
	for _, t := range c.textBylines {
		if n := visibleAuthor(t); n != "" && !isSite(n) {
			return n
		}
	}
	if !shownAsAuthor(c, orgFallback) && !namesOwner(orgFallback, site) {
		return ""
	}
	return orgFallback
}

// bylineAuthor reads a name from a visible byline element. Without a "By"
// and kin the text must be short: a label, not a paragraph.
func bylineAuthor(t string) string {
	if len(strings.Fields(t)) > 12 {
		return ""
	}
	return visibleAuthor(t)
}

func dedupeJoin(names []string) string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		for _, p := range strings.Split(n, "; ") {
			k := strings.ToLower(p)
			if !seen[k] {
				seen[k] = true
				out = append(out, p)
			}
		}
	}
	if len(out) > 6 {
		out = out[:6]
	}
	return strings.Join(out, "; ")
}

var urlDateRe = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)`)

// urlDayFirstRe matches a day-first date in a URL's path, the way German
// and other sites write it in slugs: "/meldungen/29-10-2021",
// "_vom_22.04.2020_".
var urlDayFirstRe = regexp.MustCompile(`[/_-](0?[1-9]|[12]\d|3[01])[.-](0?[1-9]|1[0-2])[.-]((?:19|20)\d{2})(?:[/_.-]|$)`)

// Values of Metadata.DateSource.
const (
	// SourceMarkupPage: the markup declares the date and the page shows it.
	SourceMarkupPage = "markup+page"
	// SourceMarkup: only the markup (JSON-LD, meta tags, microdata) gives it.
	SourceMarkup = "markup"
	// SourcePage: only the page's text or a <time> element shows it.
	SourcePage = "page"
	// SourceURL: the URL's path holds it.
	SourceURL = "url"
)

// resolveDates returns the publication and modification dates, where the
// publication date was read (a DateSource value), and whether the page's
// markup declares any date at all.
func resolveDates(c *candidates, objs []*ldObject, main *ldObject, pageURL string) (pub, mod, source string, declares bool) {
	declPub, declMod, c, pubAmbiguous := declaredDates(c, objs, main, pageURL)
	path := strings.ToLower(urlPath(pageURL))
	news := newsPath(path)
	if declPub == "" && declMod == "" && !news {
		c = withoutFarDates(c)
	}
	pub, mod = pickShown(c, declPub, declMod, pubAmbiguous)
	declares = declPub != "" || declMod != ""
	if pub != "" {
		declared := sameDay(pub, declPub) || sameDay(pub, declMod)
		switch shown := len(pub) >= 10 && shownDay(c, pub[:10]); {
		case declared && shown:
			source = SourceMarkupPage
		case declared:
			source = SourceMarkup
		default:
			source = SourcePage
		}
		if source != SourceMarkup || news || !recordSection(path) {
			return pub, mod, source, declares
		}
		pub, source = "", ""
	}
	if pageURL != "" {
		if m := urlDateRe.FindStringSubmatch(pageURL); m != nil {
			pub, _ = ParseDate(m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3]))
		} else if m := urlDayFirstRe.FindStringSubmatch(path); m != nil {
			pub, _ = ParseDate(m[3] + "-" + pad2(m[2]) + "-" + pad2(m[1]))
		}
		if pub != "" {
			source = SourceURL
		}
	}
	return pub, mod, source, declares
}

// sameDay reports whether two ISO 8601 dates fall on the same day as
// written (a declared date shown a day off in the publisher's time zone
// counts as shown, not declared: see pickShown).
func sameDay(a, b string) bool {
	return len(a) >= 10 && len(b) >= 10 && a[:10] == b[:10]
}

// declaredDates returns the publication and modification dates the page
// declares in JSON-LD, meta tags and microdata, whether the publication
// date was read from text whose day and month could be swapped, and the
// candidates whose shown dates may stand for the page's (without them on
// pages whose shown dates are not their own).
func declaredDates(c *candidates, objs []*ldObject, main *ldObject, pageURL string) (pub, mod string, cc *candidates, pubAmbiguous bool) {
	// ambiguous holds the declared days read from text whose day and
	// month could be swapped ("11/01/2023").
	ambiguous := map[string]bool{}
	try := func(vs ...string) string {
		for _, v := range vs {
			if d, ok := ParseDate(v); ok {
				if _, iso := parseISO(strings.TrimSpace(v)); !iso {
					if td, _ := scanText(v); td.alt != "" {
						ambiguous[d] = true
					}
				}
				return d
			}
		}
		return ""
	}
	// Article-like JSON-LD nodes first; a WebPage or VideoObject node's
	// dates come after the meta tags, since they often describe the page
	// template or an embedded video, not the text.
	for rank := 1; rank <= 2; rank++ {
		for _, o := range objs {
			if o.rank == rank {
				if pub == "" && thingDateShown(c, o) && !siteRecord(c, o) {
					pub = try(o.published, o.created)
				}
				if mod == "" {
					mod = try(o.modified)
				}
			}
		}
	}
	if pub == "" {
		for _, key := range []string{"article:published_time", "og:published_time", "og:article:published_time", "article:published",
			"datepublished", "itemprop:datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
			"date", "pubdate", "publish-date", "publish_date", "publishdate", "publication_date", "published_time", "release_date",
			"sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "article.published", "originalpublicationdate", "dc:date", "og:pubdate"} {
			if pub = try(c.meta[key]...); pub != "" {
				break
			}
		}
	}
	if pub == "" {
		// Any other meta tag named for the publication date:
		// "published", "w-published-date", "og:publish_date".
		for _, key := range c.metaKeys {
			if isPubKey(key) {
				if pub = try(c.meta[key]...); pub != "" {
					break
				}
			}
		}
	}
	if mod == "" {
		for _, key := range []string{"article:modified_time", "og:updated_time", "article:modified", "datemodified", "itemprop:datemodified",
			"dcterms.modified", "dc.date.modified", "last-modified", "http-equiv:last-modified", "lastmod", "revised"} {
			if mod = try(c.meta[key]...); mod != "" {
				break
			}
		}
	}
	// A WebPage node's date on a front page or a static page is the
	// site's or the CMS record's, not a publication (measured: 25 dates
	// given without gold on wcxb-dev and 3 on trafilatura-snippets, for 2
	// right ones).
	home := isHomepage(pageURL)
	if pub == "" && main != nil && !staticPageDate(c, main) && !home && thingDateShown(c, main) && !siteRecord(c, main) {
		pub = try(main.published, main.created)
	}
	if mod == "" && main != nil {
		mod = try(main.modified)
	}
	if isProductPage(c, objs) || home && shownDays(c) > 1 {
		// Only declared dates: the ones a product page shows are its
		// reviews', questions' and offers', and a front page showing
		// several days lists other pages' dates (measured: 11 dates given
		// without gold on wcxb-dev's product pages, 13 on front pages,
		// none right).
		c = withoutShown(c)
	}
	if pub == "" {
		for _, p := range c.micro {
			if !p.inTeaser && (p.prop == "datepublished" || p.prop == "datecreated") {
				if pub = try(p.value); pub != "" {
					break
				}
			}
		}
	}
	if mod == "" {
		for _, p := range c.micro {
			if !p.inTeaser && p.prop == "datemodified" {
				if mod = try(p.value); mod != "" {
					break
				}
			}
		}
	}
	return pub, mod, c, ambiguous[pub]
}

// pickShown reconciles the declared dates with the ones the page shows:
// pages often declare the first publication but show the last update as
// their date, and readers (and gold annotations) take the shown one. When
// a shown date equals the declared modification date and none equals the
// publication date, the shown one is the page's date (measured: on
// wcxb-dev such pages' gold is the publication a little more often than the
// update, 33 to 24; on trafilatura-snippets the update, 15 to 1). Shown
// numeric dates match in either day-month reading; pubAmbiguous says the
// declared publication was itself such a date, read then as the page shows
// it. Without declared dates a shown date outside teasers is taken: one
// labelled as the publication first, then the article's, the headline's,
// any, each before one labelled as an update (an update-labelled dateline
// taken when nothing else is shown is right on 22 pages of both sets and
// given on 27 without gold, mostly documentation's "last modified"
// footers; not taking one far from the article and the headline saves
// only two of those for one right date).
func pickShown(c *candidates, pub, mod string, pubAmbiguous bool) (string, string) {
	day := func(s string) string {
		if len(s) >= 10 {
			return s[:10]
		}
		return s
	}
	if pub != "" || mod != "" {
		// When both are shown, the publication date is the page's date.
		shownPub, shownMod := false, false
		shownAsPub := false // shown, and not labelled as an update
		for _, v := range c.visible {
			if v.inTeaser {
				continue
			}
			// A declared date as ambiguous as the shown one is read the
			// way the page shows it.
			if pubAmbiguous && v.alt == day(pub) {
				return v.day, mod
			}
			// A declared publication shown only as an update, on
			// another day than the declared update, is the update: the
			// page's own date is elsewhere.
			shownPub = shownPub || (!v.saysModified || day(pub) == day(mod)) && v.shows(day(pub))
			shownAsPub = shownAsPub || !v.saysModified && v.shows(day(pub))
			// A declared update shown under an update label far from
			// the headline is a record of the page (a footer's "Last
			// modified"), not its date.
			shownMod = shownMod || v.shows(day(mod)) && !(v.modified && farFromHeadline(c, v))
		}
		// A date labelled as the publication one day off a declared
		// UTC or zoneless timestamp the page does not show is that
		// moment in the publisher's time zone, whatever else it shows.
		if !shownAsPub && floating(pub) {
			for _, v := range c.visible {
				if !v.inTeaser && v.published && nearDay(v.day, day(pub)) {
					return v.day, mod
				}
			}
		}
		// The page's dateline right under the headline beats a
		// declared date shown only far from it, in a list of other
		// items.
		if shownPub && c.h1At > 0 {
			var first *visibleDate
			pubNear := false
			for i, v := range c.visible {
				if v.inTeaser || !v.dateline {
					continue
				}
				if first == nil && !v.modified && v.at > c.h1At && v.at-c.h1At < underHeadline {
					first = &c.visible[i]
				}
				if v.shows(day(pub)) && v.at-c.h1At > -nearHeadline && v.at-c.h1At < nearHeadline {
					pubNear = true
				}
			}
			if first != nil && !pubNear && !first.shows(day(pub)) && !first.shows(day(mod)) {
				return first.day, mod
			}
		}
		if shownPub {
			return pub, mod
		}
		// Only a modification declared: a dateline by the headline not
		// labelled as an update, on another day, is the publication.
		if pub == "" {
			if c.h1At > 0 {
				for _, v := range c.visible {
					if !v.inTeaser && v.dateline && !v.modified && v.day != day(mod) && v.at-c.h1At > -nearHeadline && v.at-c.h1At < nearHeadline {
						return v.day, mod
					}
				}
			}
		}
		if shownMod {
			return mod, mod
		}
		// A shown day one off a declared UTC or zoneless timestamp is the
		// same moment in the publisher's time zone; a timestamp with its
		// zone already gives the publisher's day.
		for _, v := range c.visible {
			if !v.inTeaser && (floating(pub) && nearDay(v.day, day(pub)) || floating(mod) && nearDay(v.day, day(mod))) {
				return v.day, mod
			}
		}
		// A date shown by the headline that matches neither declared date
		// is the page's date as readers see it: declared dates are often
		// a template's or a re-indexing's.
		if c.h1At > 0 {
			for _, v := range c.visible {
				if !v.inTeaser && v.dateline && v.at-c.h1At > -nearHeadline && v.at-c.h1At < nearHeadline {
					return v.day, mod
				}
			}
		}
		// A <time> of the article marked as its publication, shown
		// where the declared date is not.
		if pub != "" {
			if td := timeDate(c); td != "" && day(td) != day(mod) {
				return td, mod
			}
		}
		return pub, mod
	}
	if td := timeDate(c); td != "" {
		return td, mod
	}
	// A dateline labelled as the publication ("Published on",
	// "Erschienen am") wherever it stands.
	for _, v := range c.visible {
		if !v.inTeaser && v.dateline && v.published {
			return v.day, mod
		}
	}
	// A dateline inside the article before one by the headline, before
	// any other (a header's "today" date); at each place one labelled as
	// an update only when there is no other.
	near := func(v visibleDate) bool {
		return c.h1At > 0 && v.at-c.h1At > -nearHeadline && v.at-c.h1At < nearHeadline
	}
	for _, where := range []func(visibleDate) bool{
		func(v visibleDate) bool { return v.inArticle },
		near,
		func(visibleDate) bool { return true },
	} {
		if d := firstDateline(c, func(v visibleDate) bool { return where(v) && !v.modified }); d != "" {
			return d, mod
		}
		if d := firstDateline(c, where); d != "" {
			return d, mod
		}
	}
	// Some pages wrap their own article in "teaser" markup; a date right
	// by the headline is still the page's. A date in a sentence outside
	// teasers counts too, unless the sentence tells of an update ("We
	// updated this article on February 2, 2026, to add..."): an editor's
	// note, no dateline (measured: one date given without gold on wcxb-dev
	// no longer given, none right lost on either set).
	if c.h1At > 0 {
		for _, update := range []bool{false, true} {
			for _, v := range c.visible {
				if v.modified == update && (v.dateline && !v.listItem || !v.inTeaser && !update) && v.at-c.h1At > -nearHeadline && v.at-c.h1At < nearHeadline {
					return v.day, mod
				}
			}
		}
		// The first dateline after the headline, even in a sidebar of
		// the post, when it stands closer to the headline than any
		// other date; past one labelled as an update.
		update := ""
		for _, v := range c.visible {
			if v.at > c.h1At {
				if !v.dateline || v.listItem || v.at-c.h1At >= farHeadline {
					break
				}
				if !v.modified {
					return v.day, mod
				}
				if update == "" {
					update = v.day
				}
			}
		}
		if update != "" {
			return update, mod
		}
	}
	// Last, a machine date marked as the update ("<time class=updated>",
	// hAtom's required "updated"): blog themes mark their only date so.
	for _, t := range c.times {
		if !t.inTeaser && hasAnyPart(t.hint, []string{"update", "modif"}) {
			if d, ok := ParseDate(t.value); ok {
				return d, mod
			}
		}
	}
	return "", mod
}

// firstDateline returns the day of the first dateline outside teasers
// that ok accepts.
func firstDateline(c *candidates, ok func(visibleDate) bool) string {
	for _, v := range c.visible {
		if !v.inTeaser && v.dateline && ok(v) {
			return v.day
		}
	}
	return ""
}

// farFromHeadline reports whether a shown date stands too far from the
// headline, before or after it, to be its dateline: a declared update
// shown under an update label only there ("Last modified November 18,
// 2025" at the foot of a documentation page, "Last Updated" in a
// header's bar) is the page's record, not the date readers take for the
// page's (measured with 60, 100, 150 and 300 elements: 100 removes six
// dates given without gold on wcxb-dev and makes three right there, one
// wrong date becoming none; 60 loses a right date on trafilatura-snippets
// 84 elements away; 150 and 300 remove fewer).
func farFromHeadline(c *candidates, v visibleDate) bool {
	return c.h1At > 0 && (v.at-c.h1At >= updateNear || c.h1At-v.at >= updateNear)
}

// updateNear is how many elements from the <h1> an update label may stand
// and still date the page (see farFromHeadline).
const updateNear = 100

// farHeadline bounds how far after the headline the first dateline may
// stand when nothing else dates the page (150, 300, 600 measured on
// wcxb-dev and trafilatura-snippets: 300 gains six pages for four false
// dates; 600 adds false dates only).
const farHeadline = 300

// underHeadline is how many elements after the <h1> a dateline stands
// when it is the headline's own.
const underHeadline = 15

// nearHeadline is how many elements from the <h1> a date may stand and
// still be read as the headline's dateline (25, 60 and 150 measured on
// wcxb-dev and trafilatura-snippets: 60 gains most before false dates grow).
const nearHeadline = 60

// shows reports whether a shown date is the day d, in either reading.
func (v visibleDate) shows(d string) bool {
	return d != "" && (v.day == d || v.alt == d)
}

// siteRecord reports whether a JSON-LD node's date is a site's record of
// the page, not a publication: the page calls itself a website, not an
// article, in og:type and does not show the day. A WebPage-like node
// (rank 4 and beyond) is such a record then (measured: 3 dates given
// without gold on wcxb-dev's service and article pages no longer given,
// for one right date lost there; trafilatura-snippets unchanged); an
// article-like node too when it also declares a modification the page does
// not show and no article:published_time tag backs it: a CMS stamping
// every page with its record, as on wikis and documentation (measured: 9
// dates given without gold on wcxb-dev no longer given, and one wrong
// date; none right lost on either set).
func siteRecord(c *candidates, o *ldObject) bool {
	if !strings.EqualFold(c.first("og:type"), "website") {
		return false
	}
	d, ok := ParseDate(firstNonEmpty(o.published, o.created))
	if !ok || shownDay(c, d[:10]) {
		return false
	}
	if o.rank >= 4 {
		return true
	}
	m, ok := ParseDate(o.modified)
	return ok && !shownDay(c, m[:10]) && len(c.meta["article:published_time"]) == 0
}

// isPubKey reports whether a meta name is a publication date's: it
// names publishing, or is a namespace's date ("ms.date"), and names no
// update, expiry or event.
func isPubKey(key string) bool {
	named := strings.Contains(key, "publish") || strings.Contains(key, "pubdate") || strings.Contains(key, "pub_date") || strings.Contains(key, "pub-date") ||
		strings.HasSuffix(key, ".date") || strings.HasSuffix(key, ":date")
	return named && !hasAnyPart(key, []string{"modif", "updat", "edit", "expir", "zone", "publisher", "review", "event", "start", "end"})
}

// floating reports whether a declared date leaves the publisher's day
// open: a bare day, a UTC timestamp, or one without a zone.
func floating(d string) bool {
	return len(d) <= 10 || strings.HasSuffix(d, "Z") || strings.HasSuffix(d, "+00:00")
}

// nearDay reports whether two YYYY-MM-DD days are one day apart.
func nearDay(a, b string) bool {
	if len(a) != 10 || len(b) != 10 {
		return false
	}
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return false
	}
	d := ta.Sub(tb)
	return d == 24*time.Hour || d == -24*time.Hour
}

// urlPath returns the path of a URL, without host, query or fragment:
// a session id or a tracking parameter holds no date.
func urlPath(u string) string {
	if p, err := url.Parse(u); err == nil {
		return p.Path
	}
	return ""
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// timeDate picks a publication date from <time> elements: one marked as
// published, else the first inside the article that is not marked as an
// update; never one from a teaser, related or comment container.
func timeDate(c *candidates) string {
	var first string
	for _, t := range c.times {
		if t.inTeaser {
			continue
		}
		d, ok := ParseDate(t.value)
		if !ok {
			continue
		}
		if hasAnyPart(t.hint, []string{"publish", "pubdate", "datepublished", "created", "posted"}) {
			return d
		}
		if first == "" && t.inArticle && !hasAnyPart(t.hint, []string{"update", "modif"}) {
			first = d
		}
	}
	return first
}

// isPublishedLabel reports whether a date's label names its publication.
func isPublishedLabel(s string) bool {
	l := strings.ToLower(s)
	return !isModifiedLabel(l) && hasAnyPart(l, []string{"published", "publish", "posted", "veröffentlicht", "erschienen", "publié", "publicado", "publicada", "pubblicato", "gepostet", "written", "erstellt", "publiziert"})
}

func isModifiedLabel(s string) bool {
	l := strings.ToLower(s)
	return hasAnyPart(l, []string{"updated", "modified", "aktualisiert", "geändert", "änderung", "mis à jour", "actualizado", "last edited"})
}

func resolveTags(c *candidates, main *ldObject) []string {
	var tags []string
	tags = append(tags, c.meta["article:tag"]...)
	if len(tags) == 0 {
		for _, k := range c.meta["keywords"] {
			for _, t := range strings.Split(k, ",") {
				tags = append(tags, t)
			}
		}
	}
	if len(tags) == 0 && main != nil {
		tags = main.keywords
	}
	return dedupeList(tags)
}

func resolveCategories(c *candidates, main *ldObject) []string {
	cats := append([]string(nil), c.meta["article:section"]...)
	if len(cats) == 0 && main != nil {
		cats = main.section
	}
	return dedupeList(cats)
}

func dedupeList(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range in {
		t = clean(t)
		if t == "" || len(t) > 100 || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	return out
}

func resolveLicense(c *candidates, main *ldObject) string {
	if main != nil && main.license != "" {
		return main.license
	}
	return firstNonEmpty(c.first("dc.rights"), c.first("dcterms.license"), c.first("license"), c.first("dc.license"))
}

// resolvePageType prefers the schema.org type of the page's main JSON-LD
// object to og:type: content systems write og:type "article" on every page,
// forum threads included (all six forum pages of wcxb-dev that lost most
// when their replies were split off as comments say "article" there), while
// a JSON-LD type is chosen per page: NewsArticle, DiscussionForumPosting,
// QAPage, Product.
func resolvePageType(c *candidates, main *ldObject) string {
	if main != nil && len(main.types) > 0 {
		return main.types[0]
	}
	return strings.ToLower(c.first("og:type"))
}

// IsStory reports whether a page type (as in Metadata.PageType) declares
// a story told by its publisher, a news article, blog post or report,
// rather than a discussion, a product or a generic page.
func IsStory(pageType string) bool {
	t := strings.ToLower(pageType)
	return strings.HasSuffix(t, "newsarticle") || t == "blogposting" || t == "report"
}
