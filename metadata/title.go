package metadata

import (
	"net/url"
	"strings"
	"unicode"
)

// titleSeps separate a headline from the site name in <title> and
// og:title: "Headline | Site", "Site - Headline", "Headline — Site".
var titleSeps = []string{" | ", " || ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ", " // ", " : ", " ǀ "}

// normKey is the comparable form of a title or a name: lower-cased letters
// and digits only.
func normKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitTitle splits a title at the first separator kind it holds.
func splitTitle(t string) []string {
	for _, sep := range titleSeps {
		if strings.Contains(t, sep) {
			var parts []string
			for _, p := range strings.Split(t, sep) {
				if p = strings.TrimSpace(p); p != "" {
					parts = append(parts, p)
				}
			}
			return parts
		}
	}
	return []string{t}
}

// siteKeys returns comparable forms of the names a site goes by: its
// declared name and its host without "www." and the public suffix.
func siteKeys(site, pageURL string) []string {
	var keys []string
	if k := normKey(site); k != "" {
		keys = append(keys, k)
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		keys = append(keys, normKey(h))
		if i := strings.Index(h, "."); i > 0 {
			keys = append(keys, normKey(h[:i]))
		}
	}
	return keys
}

// isSiteSegment reports whether a title segment names the site.
func isSiteSegment(seg string, keys []string) bool {
	k := normKey(seg)
	if k == "" {
		return true
	}
	for _, s := range keys {
		if s == "" {
			continue
		}
		if k == s || len(s) >= 4 && (strings.HasPrefix(k, s) || strings.HasSuffix(k, s)) && len(k) <= len(s)+12 ||
			len(k) >= 4 && strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// stripSite removes site-name segments from the start or end of a title.
// A segment goes when it names the site, or when the headline is given
// elsewhere (h1) and matches another segment.
func stripSite(t string, keys []string, h1 []string) string {
	parts := splitTitle(t)
	if len(parts) < 2 {
		return t
	}
	for _, h := range h1 {
		hk := normKey(h)
		for _, p := range parts {
			if normKey(p) == hk && hk != "" && !isSiteSegment(p, keys) {
				return p
			}
		}
	}
	// Drop site segments from both ends.
	for len(parts) > 1 && isSiteSegment(parts[len(parts)-1], keys) {
		parts = parts[:len(parts)-1]
	}
	for len(parts) > 1 && isSiteSegment(parts[0], keys) {
		parts = parts[1:]
	}
	return rejoin(t, parts)
}

// rejoin puts the remaining segments back with the separator the title
// used.
func rejoin(orig string, parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	for _, sep := range titleSeps {
		if strings.Contains(orig, sep) {
			return strings.Join(parts, sep)
		}
	}
	return strings.Join(parts, " ")
}

// resolveTitle picks the headline. The declared title (JSON-LD headline,
// og:title, twitter:title, Dublin Core, microdata), else <title>, is cut
// free of the site name; the visible <h1> wins when it shares at least a
// third of its words with that title, since declared titles are often
// written for search results and social cards while readers (and gold
// annotations) see the <h1>. An <h1> that shares nothing is a logo or a
// section name and is ignored, unless nothing else is known.
func resolveTitle(c *candidates, main *ldObject, site, pageURL string) string {
	keys := siteKeys(site, firstNonEmpty(pageURL, c.canonicalOrURL()))
	var declared string
	if main != nil && main.rank <= 2 {
		declared = firstNonEmpty(main.headline, main.name)
	}
	if declared == "" {
		declared = firstNonEmpty(c.first("og:title"), c.first("twitter:title"), c.first("dc.title"), c.first("dcterms.title"), c.first("itemprop:headline"), c.first("title"))
	}
	if declared == "" {
		for _, p := range c.micro {
			if p.prop == "headline" && !p.inTeaser {
				declared = p.value
				break
			}
		}
	}
	t := clean(declared)
	if t == "" {
		t = clean(c.title)
	}
	if t != "" {
		t = stripSite(t, keys, c.h1)
	}
	if len(c.h1) > 0 {
		h := clean(c.h1[0])
		if h != "" && (t == "" || !isSiteSegment(h, keys) && overlap(h, t) >= h1Overlap) {
			return h
		}
	}
	return t
}

// h1Overlap is the share of words an <h1> must share with the declared
// title to be taken as the headline (measured on wcxb-dev and
// trafilatura-snippets: 0.2-0.3 are best, 0.5 loses a point, 0.7 two).
const h1Overlap = 0.3

// canonicalOrURL is the page's own URL as far as the markup says.
func (c *candidates) canonicalOrURL() string {
	return firstNonEmpty(c.canonical, c.first("og:url"))
}

// overlap is the share of the shorter title's words found in the other.
func overlap(a, b string) float64 {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	set := map[string]bool{}
	for _, w := range wb {
		set[normKey(w)] = true
	}
	n := 0
	for _, w := range wa {
		if set[normKey(w)] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}
