package metadata

import "testing"

func TestCleanAuthor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe", "Jane Doe"},
		{"By Jane Doe", "Jane Doe"},
		{"BY JANE DOE", "JANE DOE"},
		{"Posted by John Smith on March 5, 2021", "John Smith"},
		{"Written by: Ann Lee", "Ann Lee"},
		{"von Max Mustermann", "Max Mustermann"},
		{"Ein Beitrag von Erika Muster", "Erika Muster"},
		{"par Jean Dupont", "Jean Dupont"},
		{"Por María López", "María López"},
		{"Jane Doe and John Roe", "Jane Doe; John Roe"},
		{"Jane Doe, John Roe, Ann Lee", "Jane Doe; John Roe; Ann Lee"},
		{"Anna Schmidt und Peter Braun", "Anna Schmidt; Peter Braun"},
		{"Jane Doe, MD", "Jane Doe, MD"},
		{"Jane Doe, Staff Writer", "Jane Doe"},
		{"Jane Doe | March 5, 2021", "Jane Doe"},
		{"Jane Doe 05.03.2021", "Jane Doe"},
		{"Jane Doe (jane@example.com)", "Jane Doe"},
		{"jane@example.com", ""},
		{"https://example.com/author/jane-doe", ""},
		{"/author/jane-doe", ""},
		{"@janedoe", ""},
		{"admin", ""},
		{"Example.com", ""},
		{"news.example.de", ""},
		{"Marine Le Pen", "Marine Le Pen"},
		{"Jane &amp; John Doe", "Jane; John Doe"},
		// Companies, addresses and placeholders are no authors.
		{"Example Verlag GmbH, Nürnberg, Germany", ""},
		{"Example Online, Hamburg, Germany", ""},
		{"Bundesverband Beispiel e.V.", ""},
		{"Acme Ltd.", ""},
		{"Copyright Example GmbH & Co. KG - all rights reserved", ""},
		{"Eingestellt von Unknown", ""},
		{"Autor", ""},
		{"Super User", ""},
		{"Pres\u00adse", "Presse"},
		{"Agnes Agnew", "Agnes Agnew"},
		{"Jane Doe WWW.EXAMPLE.COM", "Jane Doe"},
		{"Jane Doe HTTPS://example.com/jane", "Jane Doe"},
		{"Jane Doe [Editor]", "Jane Doe"},
		// Quoted posts, a wiki's crowd, letters pages and photo credits
		// name no author of the page.
		{"Zitat von TheFreeman", ""},
		{"Originally Posted by jdoe", ""},
		{"Contributors to Wikimedia projects", ""},
		{"Letters To The Editor", ""},
		{"Mike Blake/Reuters files", ""},
		{"Foto: Jane Doe", ""},
		// What is left of a dateline is no name.
		{"Sep", ""},
		{"Sat.", ""},
		{"Jan Grosser", "Jan Grosser"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CleanAuthor(tt.in); got != tt.want {
			t.Errorf("CleanAuthor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Jane Doe", true},
		{"Ludwig van Beethoven", true},
		{"jdoe", true},
		{"clicking submit you agree", false},
		{"Sign In", false},
		{"Write a Review", false},
		{"Visit the Apple Store", false},
		{"One Two Three Four Five Six", false},
	}
	for _, tt := range tests {
		if got := looksLikeName(tt.in); got != tt.want {
			t.Errorf("looksLikeName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPageAuthor checks which names on a small page are its author's.
func TestPageAuthor(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{
			name: "a review card's author wrote the review, not the page",
			page: `<html><body><h1>CBD capsules</h1><p>Text.</p><article class="review-card"><p>Great.</p>
<p class="review-card_author">Tom K.</p></article></body></html>`,
			want: "",
		},
		{
			name: "nor does a testimonial's",
			page: `<html><body><h1>Pest control</h1><p>Text.</p><div class="testimonials"><p>Great service!</p>
<div class="author">~ Rachel M.</div></div></body></html>`,
			want: "",
		},
		{
			name: "a review page's own byline stays: its holder is the headline's",
			page: `<html><body><div class="review"><h1>The new phone, reviewed</h1><p class="byline">By Jane Doe</p><p>Text.</p></div></body></html>`,
			want: "Jane Doe",
		},
		{
			name: "a class about authorization or cross-references names no author",
			page: `<html><body><h1>Payments</h1><div class="AuthorizationFeatureGraphic__legend"><span>Adaptive Acceptance</span></div>
<p><a class="autorefs autorefs-internal" href="#x"><code>Field</code></a></p></body></html>`,
			want: "",
		},
		{
			name: "a microdata author in the head's meta tags, a site builder's way",
			page: `<html><head><meta property="og:site_name" content="Jon Norris Photography"><meta itemprop="author" content="Jon Norris"></head>
<body><h1>Framing the landscape</h1><p class="byline">Sep 16, 2024</p><p>Text.</p></body></html>`,
			want: "Jon Norris",
		},
		{
			name: "a feed's bylines are other items'",
			page: `<html><body><h1>Polarization</h1><p>Text.</p><div class="feed-item"><p class="byline">By Matt Stieb</p></div></body></html>`,
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(parse(t, tt.page), "").Author; got != tt.want {
				t.Errorf("Author = %q, want %q", got, tt.want)
			}
		})
	}
}
