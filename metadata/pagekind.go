package metadata

import (
	"net/url"
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

// shownDays counts the distinct days the page shows outside teasers, as
// datelines or <time> elements: a front page lists many.
func shownDays(c *candidates) int {
	days := map[string]bool{}
	for _, v := range c.visible {
		if !v.inTeaser && v.dateline {
			days[v.day] = true
		}
	}
	for _, t := range c.times {
		if t.inTeaser {
			continue
		}
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
