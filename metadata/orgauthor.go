package metadata

import "strings"

// shownAsAuthor reports whether the page shows name as its author to
// readers: in a byline element, a rel=author link or a "By ..." line. A
// site's or an organisation's name that only the markup gives as author is
// the publisher's stamp on every page, not a credit.
func shownAsAuthor(c *candidates, name string) bool {
	k := normKey(name)
	if k == "" {
		return false
	}
	for _, group := range [][]string{c.bylines, c.relAuth, c.textBylines} {
		for _, t := range group {
			if strings.Contains(normKey(t), k) {
				return true
			}
		}
	}
	return false
}

// namesOwner reports whether name is a person's name that the site's name
// holds with more words: "Jon Norris" on "Jon Norris Photography". A
// personal site is its owner's, and the owner writes its pages.
func namesOwner(name, site string) bool {
	k, s := normKey(name), normKey(site)
	return len(strings.Fields(name)) >= 2 && k != "" && len(s) > len(k) && strings.Contains(s, k)
}
