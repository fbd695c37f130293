package classify

// Class and id words are matched as substrings of the lower-cased class and
// id of an element, so "post-content" and "entry_content" both match
// "content". The lists hold words of page structure, never site names.

// negative words mark containers of boilerplate.
var negative = []string{
	"comment", "disqus", "footer", "foot", "sidebar", "side-bar", "aside", "widget",
	"related", "recommend", "more-stories", "read-more", "readmore", "also-read",
	"share", "sharing", "social", "follow", "newsletter", "subscribe", "signup", "sign-up",
	"promo", "sponsor", "advert", "ad-slot", "adslot", "ads-", "-ads", "banner", "cookie",
	"consent", "gdpr", "popup", "modal", "overlay", "breadcrumb", "pagination", "pager",
	"navbar", "nav-", "-nav", "menu", "masthead", "toolbar", "tags", "tag-list", "taglist",
	"keywords", "byline", "author-bio", "authorbio", "about-author", "caption", "credit",
	"copyright", "disclaimer", "teaser", "trending", "popular", "most-read", "mostread",
	"outbrain", "taboola", "rating", "print", "skip", "login", "search", "jump",
}

// positive words mark containers of the main content.
var positive = []string{
	"article", "content", "entry", "post", "story", "body", "text", "main",
	"blog", "prose", "markdown", "rich-text", "richtext", "page-content", "hentry",
}
