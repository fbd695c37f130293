package metadata

import (
	"strings"
	"testing"
)

// TestPageKindDates checks the pages that carry no date of their own, each
// beside a page that looks alike but does: a static page's WebPage date,
// a product page's shown dates, a front page's list of dated items.
func TestPageKindDates(t *testing.T) {
	const webPage = `<script type="application/ld+json">{"@type":"WebPage","name":"About us",
"datePublished":"2018-06-07T10:13:17+00:00","dateModified":"2019-12-01T19:06:47+00:00"}</script>`
	const articleRecord = `<script type="application/ld+json">{"@type":"Article","headline":"List of lighthouses",
"datePublished":"2018-06-07T10:13:17+00:00","dateModified":"2025-12-01T19:06:47+00:00"}</script>`
	tests := []dayCase{
		{
			name: "a WebPage date is a static page's record when the meta tags declare an update but no publication",
			page: `<html><head>` + webPage + `<meta property="article:modified_time" content="2019-12-01T19:06:47+00:00">
</head><body><h1>About us</h1><p>Text.</p></body></html>`,
			url:  "https://example.org/about-us/",
			want: "",
		},
		{
			name: "a WebPage date stands when no meta tag withholds the publication",
			page: `<html><head>` + webPage + `</head><body><h1>About us</h1><p>Text.</p></body></html>`,
			url:  "https://example.org/about-us/",
			want: "2018-06-07",
		},
		{
			name: "a WebPage date is a site's record on a page calling itself a website that does not show it",
			page: `<html><head>` + webPage + `<meta property="og:type" content="website">
</head><body><h1>Data analytics services</h1><p>Text.</p></body></html>`,
			url:  "https://example.org/data-analytics-services",
			want: "",
		},
		{
			name: "shown there it stands",
			page: `<html><head>` + webPage + `<meta property="og:type" content="website">
</head><body><h1>Data analytics services</h1><p class="date">June 7, 2018</p><p>Text.</p></body></html>`,
			url:  "https://example.org/data-analytics-services",
			want: "2018-06-07",
		},
		{
			name: "and on a page calling itself an article it stands unshown",
			page: `<html><head>` + webPage + `<meta property="og:type" content="article">
</head><body><h1>Data analytics services</h1><p>Text.</p></body></html>`,
			url:  "https://example.org/data-analytics-services",
			want: "2018-06-07",
		},
		{
			name: "an article node's dates are a CMS record on a page calling itself a website that shows neither",
			page: `<html><head>` + articleRecord + `<meta property="og:type" content="website">
</head><body><h1>List of lighthouses</h1><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "shown there its date stands",
			page: `<html><head>` + articleRecord + `<meta property="og:type" content="website">
</head><body><h1>List of lighthouses</h1><p class="date">June 7, 2018</p><p>Text.</p></body></html>`,
			want: "2018-06-07",
		},
		{
			name: "as it does when article:published_time backs it",
			page: `<html><head>` + articleRecord + `<meta property="og:type" content="website">
<meta property="article:published_time" content="2018-06-07T10:13:17+00:00"></head><body><h1>List of lighthouses</h1><p>Text.</p></body></html>`,
			want: "2018-06-07",
		},
		{
			name: "or when the node declares no modification",
			page: `<html><head><script type="application/ld+json">{"@type":"Article","headline":"List of lighthouses",
"datePublished":"2018-06-07T10:13:17+00:00"}</script><meta property="og:type" content="website">
</head><body><h1>List of lighthouses</h1><p>Text.</p></body></html>`,
			want: "2018-06-07",
		},
		{
			name: "an article node's date stands whatever the meta tags say",
			page: `<html><head><script type="application/ld+json">{"@type":"Article","headline":"News",
"datePublished":"2018-06-07"}</script><meta property="article:modified_time" content="2019-12-01">
</head><body><h1>News</h1><p>Text.</p></body></html>`,
			want: "2018-06-07",
		},
		{
			name: "a product page's review dates are not its date",
			page: `<html><head><script type="application/ld+json">{"@type":"Product","name":"Mug"}</script></head>
<body><h1>Mug</h1><p>Text.</p><div class="reviews"><time datetime="2025-11-29">Nov 29, 2025</time><p>Great mug.</p></div></body></html>`,
			want: "",
		},
		{
			name: "og:type product marks a product page too",
			page: `<html><head><meta property="og:type" content="product"></head>
<body><h1>Mug</h1><span class="date">29.11.2025</span><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "a product page keeps a declared date",
			page: `<html><head><script type="application/ld+json">{"@type":"Product","name":"Mug"}</script>
<meta name="date" content="2020-02-03"></head><body><h1>Mug</h1><p>Text.</p></body></html>`,
			want: "2020-02-03",
		},
		{
			name: "a review article about a product keeps its shown date",
			page: `<html><head><script type="application/ld+json">[{"@type":"Product","name":"Mug"},{"@type":"Article","headline":"Mug review"}]</script></head>
<body><h1>Mug review</h1><span class="date">29.11.2025</span><p>Text.</p></body></html>`,
			want: "2025-11-29",
		},
		{
			name: "a front page listing dated items has no date",
			page: `<html><body><h1>Latest</h1><div><h2>One</h2><time datetime="2026-03-07">Mar 7</time></div>
<div><h2>Two</h2><time datetime="2026-03-06">Mar 6</time></div></body></html>`,
			url:  "https://news.example.com/",
			want: "",
		},
		{
			name: "the same list under a path is an article's page",
			page: `<html><body><h1>Latest</h1><div><h2>One</h2><time datetime="2026-03-07">Mar 7</time></div>
<div><h2>Two</h2><time datetime="2026-03-06">Mar 6</time></div></body></html>`,
			url:  "https://news.example.com/2026/latest",
			want: "2026-03-07",
		},
		{
			name: "a front page showing one dated post keeps its date",
			page: `<html><body><h1>My blog</h1><span class="date">10.09.2017</span><p>Text.</p></body></html>`,
			url:  "https://blog.example.com/",
			want: "2017-09-10",
		},
		{
			name: "a front page's days in a sidebar count too: the one outside is another list's item",
			page: `<html><body><h1>Acme Plumbing</h1><p>We fix pipes.</p>
<div class="quote"><p>Great service!</p><p>April 22, 2025</p></div>
<aside><p>March 3, 2025</p></aside></body></html>`,
			url:  "https://example.com/",
			want: "",
		},
		{
			name: "a front page's WebPage date is the site's record, not a publication",
			page: `<html><head>` + webPage + `</head><body><h1>Welcome</h1><p>Text.</p></body></html>`,
			url:  "https://example.org",
			want: "",
		},
		{
			name: "a query names a post on the front page's path",
			page: `<html><body><h1>Post</h1><time datetime="2021-11-05">5.11.2021</time><p>Text.</p><time datetime="2021-11-01">1.11.2021</time></body></html>`,
			url:  "https://example.org/?p=31228",
			want: "2021-11-05",
		},
	}
	checkDays(t, tests)
}

func TestIsHomepage(t *testing.T) {
	for u, want := range map[string]bool{
		"https://example.org":            true,
		"https://example.org/":           true,
		"https://example.org/?p=12":      false,
		"https://example.org/blog/":      false,
		"":                               false,
		"/":                              false,
		"https://example.org/index.html": false,
	} {
		if got := isHomepage(u); got != want {
			t.Errorf("isHomepage(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestFarDates checks that a date shown far below the headline dates a page
// that declares none only when its URL names a news section.
func TestFarDates(t *testing.T) {
	body := strings.Repeat("<p>Our crews clean offices, shops and schools, by day or at night.</p>\n", 450)
	far := `<html><body><main><h1>Office cleaning</h1>` + body + `</main>
<div class="widget"><span class="date">March 4, 2026</span></div></body></html>`
	checkDays(t, []dayCase{
		{
			name: "a widget's date at the foot of a service page",
			page: far,
			url:  "https://cleaners.example/services/office-cleaning",
			want: "",
		},
		{
			name: "the same date at the foot of a press release",
			page: far,
			url:  "https://cleaners.example/press/office-cleaning",
			want: "2026-03-04",
		},
		{
			name: "a date near the headline of a service page",
			page: `<html><body><main><h1>Office cleaning</h1><span class="date">March 4, 2026</span>` + body + `</main></body></html>`,
			url:  "https://cleaners.example/services/office-cleaning",
			want: "2026-03-04",
		},
		{
			name: "a far date the markup declares",
			page: `<html><head><meta property="article:published_time" content="2026-03-04T10:00:00Z"></head>` + far[len("<html>"):],
			url:  "https://cleaners.example/services/office-cleaning",
			want: "2026-03-04",
		},
	})
}

// TestRecordSections checks that a date a page declares but does not show
// is dropped in the sections of a site that hold no dated pieces, and only
// there.
func TestRecordSections(t *testing.T) {
	const page = `<html><head><meta property="article:published_time" content="2021-04-09T10:00:00Z">
<meta property="article:modified_time" content="2025-02-01T10:00:00Z"></head>
<body><h1>Payroll advisory</h1><p>We run your payroll.</p></body></html>`
	checkDays(t, []dayCase{
		{name: "a services page", page: page, url: "https://firm.example/services/payroll-advisory/", want: ""},
		{name: "a shop's page", page: page, url: "https://firm.example/shop/", want: ""},
		{name: "a documentation page", page: page, url: "https://firm.example/docs/guides/payroll", want: ""},
		{name: "a blog post", page: page, url: "https://firm.example/blog/payroll-advisory/", want: "2021-04-09"},
		{name: "a press release under a service menu", page: page, url: "https://ministry.example/service/press/payroll", want: "2021-04-09"},
		{name: "a word that only contains a section's name", page: page, url: "https://firm.example/serviceplan-payroll/", want: "2021-04-09"},
		{
			name: "a services page showing the date",
			page: `<html><head><meta property="article:published_time" content="2021-04-09T10:00:00Z"></head>
<body><h1>Payroll advisory</h1><p class="date">April 9, 2021</p><p>We run your payroll.</p></body></html>`,
			url:  "https://firm.example/services/payroll-advisory/",
			want: "2021-04-09",
		},
	})
}
