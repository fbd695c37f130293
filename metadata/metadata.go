// Package metadata reads a page's facts (title, author, dates, site name,
// description, language, tags, canonical URL, image...) from every source the
// page has: JSON-LD, OpenGraph, Twitter cards, Dublin Core, meta tags,
// microdata, and the visible byline and dateline.
package metadata

// Metadata holds what a page says about itself. Absent facts are empty,
// never invented.
type Metadata struct {
	URL      string `json:"url,omitempty"`
	Title    string `json:"title,omitempty"`
	Author   string `json:"author,omitempty"`   // several authors joined with "; "
	Date     string `json:"date,omitempty"`     // publication, ISO 8601 (YYYY-MM-DD or full timestamp)
	Modified string `json:"modified,omitempty"` // last modification, ISO 8601
	// DateSource says where Date was read: "markup+page" when the page's
	// markup (JSON-LD, meta tags, microdata) declares it and the page
	// shows it, "markup" when it is only declared, "page" when it is only
	// shown (a dateline, a <time>), "url" when the URL's path holds it.
	DateSource  string   `json:"date_source,omitempty"`
	Sitename    string   `json:"sitename,omitempty"`
	Description string   `json:"description,omitempty"`
	Language    string   `json:"language,omitempty"` // BCP 47 primary tag, e.g. "en"
	Tags        []string `json:"tags,omitempty"`
	Categories  []string `json:"categories,omitempty"`
	Image       string   `json:"image,omitempty"`
	Canonical   string   `json:"canonical,omitempty"`
	License     string   `json:"license,omitempty"`
	PageType    string   `json:"page_type,omitempty"`
}
