package metadata

import "testing"

// TestStrictDates checks which publication dates Options{StrictDates: true}
// keeps: the ones a page both shows and backs as a dated piece (declared in
// its markup, beside other declared dates, or under a named author), not a
// lone "last updated" line or a date only the markup knows.
func TestStrictDates(t *testing.T) {
	tests := []struct {
		name, page, url string
		date, source    string // the default's Date and DateSource
		strict          string // the Date given with StrictDates
	}{
		{
			name: "declared and shown",
			page: `<html><head><meta property="article:published_time" content="2023-05-02T08:00:00Z"></head>
<body><article><h1>Harbour reopens</h1><time datetime="2023-05-02">2 May 2023</time><p>Text.</p></article></body></html>`,
			date: "2023-05-02T08:00:00Z", source: SourceMarkupPage, strict: "2023-05-02T08:00:00Z",
		},
		{
			name: "declared only, on a page that shows no date",
			page: `<html><head><script type="application/ld+json">{"@type":"WebPage","name":"Pricing","datePublished":"2019-01-10"}</script></head>
<body><h1>Pricing</h1><p>Plans for every team.</p></body></html>`,
			url:  "https://example.com/pricing",
			date: "2019-01-10", source: SourceMarkup, strict: "",
		},
		{
			name: "a lone last-updated line on a help page",
			page: `<html><body><main><h1>Searching your library</h1><p>Use the search bar to find items.</p>
<p>Last updated: March 5, 2026</p></main></body></html>`,
			date: "2026-03-05", source: SourcePage, strict: "",
		},
		{
			name: "a dateline under a named author",
			page: `<html><body><article><h1>Harvest festival</h1><p class="byline">By Olga Nowak</p>
<p class="date">March 5, 2021</p><p>The village gathered.</p></article></body></html>`,
			date: "2021-03-05", source: SourcePage, strict: "2021-03-05",
		},
		{
			name: "a shown date on a page that declares another",
			page: `<html><head><meta property="article:modified_time" content="2024-02-01T10:00:00Z"></head>
<body><article><h1>Rail strike ends</h1><p class="dateline">Published 12 January 2024</p><p>Trains run again.</p></article></body></html>`,
			date: "2024-01-12", source: SourcePage, strict: "2024-01-12",
		},
		{
			name: "a date from the URL only",
			page: `<html><body><h1>Council votes</h1><p>The council voted.</p></body></html>`,
			url:  "https://news.example/2022/07/14/council-votes",
			date: "2022-07-14", source: SourceURL, strict: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(t, tt.page)
			m := Extract(doc, tt.url)
			if m.Date != tt.date || m.DateSource != tt.source {
				t.Errorf("default: date %q from %q, want %q from %q", m.Date, m.DateSource, tt.date, tt.source)
			}
			s := Options{StrictDates: true}.Extract(doc, tt.url)
			if s.Date != tt.strict {
				t.Errorf("strict: date %q, want %q", s.Date, tt.strict)
			}
			if s.Date == "" && s.DateSource != "" || s.Date != "" && s.DateSource != m.DateSource {
				t.Errorf("strict: source %q for date %q (default's %q)", s.DateSource, s.Date, m.DateSource)
			}
			if s.Modified != m.Modified || s.Title != m.Title || s.Author != m.Author {
				t.Errorf("strict changed other fields: %+v against %+v", s, m)
			}
		})
	}
}
