package metadata

import "testing"

// TestSiteNamedAuthor checks that a site's or an organisation's name is
// the author only when the page shows it as a byline.
func TestSiteNamedAuthor(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{
			name: "the site's name only in meta author is the publisher's stamp",
			page: `<html><head><meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">
</head><body><h1>Storm</h1><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "the site's name shown as the byline is the author",
			page: `<html><head><meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">
</head><body><h1>Storm</h1><p class="byline">By Daily Planet</p><p>Text.</p></body></html>`,
			want: "Daily Planet",
		},
		{
			name: "an Organization author only in JSON-LD is no credit",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm",
"author":{"@type":"Organization","name":"Planet Media"}}</script></head><body><h1>Storm</h1><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "an Organization author linked as rel=author is shown",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm",
"author":{"@type":"Organization","name":"Planet Media"}}</script></head><body><h1>Storm</h1>
<a rel="author" href="/about">Planet Media</a><p>Text.</p></body></html>`,
			want: "Planet Media",
		},
		{
			name: "the owner's name within a personal site's name is the author",
			page: `<html><head><meta property="og:site_name" content="Jane Roe Photography"><meta name="author" content="Jane Roe">
</head><body><h1>Light</h1><p>Text.</p></body></html>`,
			want: "Jane Roe",
		},
		{
			name: "a person named only in markup stays the author",
			page: `<html><head><meta property="og:site_name" content="Daily Planet"><meta name="author" content="Lois Lane">
</head><body><h1>Storm</h1><p>Text.</p></body></html>`,
			want: "Lois Lane",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(parse(t, tt.page), "https://planet.example/news/storm").Author; got != tt.want {
				t.Errorf("Author = %q, want %q", got, tt.want)
			}
		})
	}
}
