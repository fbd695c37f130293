package metadata

import (
	"net/url"
	"slices"
	"strings"
)

// Page kinds that carry no publication date of their own. A date read off
// such a page belongs to something else: the CMS record behind a static
// page, a review under a product, the newest item of a front page.

// isProductPage reports whether the page describes a product for sale: its
// JSON-LD names a Product and no article, or its og:type is a product's.
// The dates a product page shows are its reviews', questions' and offers'.
func isProductPage(c *candidates, objs []*ldObject) bool {
	if strings.Contains(strings.ToLower(c.first("og:type")), "product") {
		return true
	}
	product := false
	for _, o := range objs {
		if o.rank == 1 {
			return false
		}
		for _, t := range o.types {
			if t == "product" {
				product = true
			}
		}
	}
	return product
}

// isHomepage reports whether pageURL is a site's front page: an empty path
// or "/", without a query (a query such as "?p=123" names a post).
func isHomepage(pageURL string) bool {
	if pageURL == "" {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Host == "" {
		return false
	}
	return (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

// staticPageDate reports whether a date declared by a WebPage-like node
// (rank 4 and beyond) is a static page's record date rather than a
// publication: the page's own meta tags declare when it was modified but,
// unlike an article's, not when it was published. WordPress SEO plugins
// write exactly this for pages that are not posts, while their JSON-LD
// gives every page a datePublished.
func staticPageDate(c *candidates, o *ldObject) bool {
	return o != nil && o.rank >= 4 && len(c.meta["article:modified_time"]) > 0 && len(c.meta["article:published_time"]) == 0
}

// shownDays counts the distinct days the page shows as datelines or <time>
// elements, wherever they stand: a front page lists many, in its sidebars
// and its "recent posts" boxes as well as in its body, and a day shown
// there makes the one shown elsewhere an item of its lists too (measured:
// counting teasers' days removes one date given without gold on
// wcxb-dev's front pages, none right lost).
func shownDays(c *candidates) int {
	days := map[string]bool{}
	for _, v := range c.visible {
		if v.dateline {
			days[v.day] = true
		}
	}
	for _, t := range c.times {
		if d, ok := ParseDate(t.value); ok && len(d) >= 10 {
			days[d[:10]] = true
		}
	}
	return len(days)
}

// withoutShown returns a copy of c without the dates the page shows
// (datelines, <time> elements, microdata): for pages whose shown dates are
// not their own.
func withoutShown(c *candidates) *candidates {
	cc := *c
	cc.visible = nil
	cc.times = nil
	cc.micro = nil
	return &cc
}

// withoutFarDates returns a copy of c without the dates shown far below
// the headline (or, without one, far down the page), for a page that
// declares no date and whose URL names no news section: there such a date
// is a footer's, a sidebar widget's or a late reply's, not the page's
// (measured: 11 dates given without gold on wcxb-dev and 3 on
// trafilatura-snippets no longer given, for one right date lost on each;
// a relative bound, the share of the page below the headline, does not
// tell the two apart).
func withoutFarDates(c *candidates) *candidates {
	cc := *c
	cc.visible = nil
	for _, v := range c.visible {
		if v.at-c.h1At <= farDate {
			cc.visible = append(cc.visible, v)
		}
	}
	cc.times = nil
	for _, t := range c.times {
		if t.at-c.h1At <= farDate {
			cc.times = append(cc.times, t)
		}
	}
	return &cc
}

// farDate is how many elements below the headline a date may stand and
// still be the page's on a page that is not a news item (see
// withoutFarDates).
const farDate = 400

// newsWords are parts of a URL path that name a news, press or blog
// section, where a page's date may stand far below its headline (a press
// release's "Datum" at the foot of its text).
var newsWords = []string{"news", "press", "meldung", "aktuell", "blog", "artikel", "article", "story", "stories", "noticia", "nachricht", "actualit"}

// newsPath reports whether a lower-cased URL path names a news section.
func newsPath(path string) bool {
	for _, w := range newsWords {
		if strings.Contains(path, w) {
			return true
		}
	}
	return false
}

// recordSections are URL path segments that name a part of a site whose
// pages are not dated pieces: services, documentation, a shop, a category
// or tag listing. A date such a page declares but does not show is its CMS
// record (measured: 7 dates given without gold on wcxb-dev no longer
// given, none right lost on either set).
var recordSections = []string{"service", "services", "docs", "documentation", "shop", "store", "category", "categories", "genre", "tag", "tags"}

// recordSection reports whether a lower-cased URL path lies in one of the
// recordSections (a news section's path is not one: see resolveDates).
func recordSection(path string) bool {
	for _, seg := range strings.Split(path, "/") {
		if slices.Contains(recordSections, seg) {
			return true
		}
	}
	return false
}

// thingTypes are the schema.org types whose datePublished dates a thing
// rather than a text: a recipe's or a course's record, a video's upload,
// an event, a product.
var thingTypes = []string{"recipe", "videoobject", "course", "event", "product", "book", "podcastepisode", "creativework"}

// thingDateShown reports whether a JSON-LD node's publication date may
// stand for the page's: always for a text's node (an article, a web page,
// a how-to), for a thing's node only when the page shows that day. A
// recipe site's or a video's record date, undisplayed, was given on seven
// pages without gold of wcxb-dev and trafilatura-snippets, none right.
func thingDateShown(c *candidates, o *ldObject) bool {
	thing := false
	for _, t := range o.types {
		if slices.Contains(thingTypes, t) {
			thing = true
		}
		if r, ok := mainTypes[t]; ok && r == 1 {
			return true
		}
	}
	if !thing {
		return true
	}
	d, ok := ParseDate(firstNonEmpty(o.published, o.created))
	return ok && shownDay(c, d[:10])
}

// shownDay reports whether the page shows the day d outside teasers.
func shownDay(c *candidates, d string) bool {
	for _, v := range c.visible {
		if !v.inTeaser && v.shows(d) {
			return true
		}
	}
	for _, t := range c.times {
		if t.inTeaser {
			continue
		}
		if td, ok := ParseDate(t.value); ok && td[:10] == d {
			return true
		}
	}
	return false
}
