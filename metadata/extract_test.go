package metadata

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestExtractSources checks each source on its own, with the fields it
// should yield.
func TestExtractSources(t *testing.T) {
	tests := []struct {
		name string
		page string
		url  string
		want Metadata
	}{
		{
			name: "JSON-LD article with nested author and publisher",
			page: `<html lang="en-GB"><head><title>Ignored | Daily Planet</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Bridge reopens after repairs","datePublished":"2021-03-05T08:00:00+01:00",
"dateModified":"2021-03-06T09:00:00+01:00","author":{"@type":"Person","name":"Jane Doe"},
"publisher":{"@type":"Organization","name":"Daily Planet"},"inLanguage":"en"}</script>
</head><body><p>Text.</p></body></html>`,
			want: Metadata{Title: "Bridge reopens after repairs", Author: "Jane Doe", Date: "2021-03-05T08:00:00+01:00", DateSource: SourceMarkup,
				Modified: "2021-03-06T09:00:00+01:00", Sitename: "Daily Planet", Language: "en", PageType: "newsarticle"},
		},
		{
			name: "JSON-LD @graph with @id references and an author array",
			page: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebSite","@id":"https://ex.org/#website","name":"Example Blog"},
{"@type":"BlogPosting","@id":"https://ex.org/p#article","headline":"Ten tips",
 "author":[{"@id":"https://ex.org/#/person/1"},{"@type":"Person","name":"John Roe"}],"datePublished":"2020-01-02"},
{"@type":"Person","@id":"https://ex.org/#/person/1","name":"Ann Lee"}]}</script></head><body></body></html>`,
			want: Metadata{Title: "Ten tips", Author: "Ann Lee; John Roe", Date: "2020-01-02", DateSource: SourceMarkup, Sitename: "Example Blog", PageType: "blogposting"},
		},
		{
			name: "organisation author only when no person is named",
			page: `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Annual report",
"author":{"@type":"Organization","name":"Acme Corp"}}</script>
<meta name="author" content="Mary Major"></head><body></body></html>`,
			want: Metadata{Title: "Annual report", Author: "Mary Major", PageType: "article"},
		},
		{
			name: "OpenGraph and article tags",
			page: `<html><head><meta property="og:title" content="Storm hits coast - Coast News">
<meta property="og:site_name" content="Coast News"><meta property="og:type" content="article">
<meta property="article:published_time" content="2019-10-16T10:00:00Z">
<meta property="article:modified_time" content="2019-10-17T10:00:00Z">
<meta property="article:author" content="https://facebook.com/someone">
<meta property="article:tag" content="weather"><meta property="article:tag" content="storm">
<meta property="article:section" content="Local">
<meta property="og:image" content="/img/storm.jpg"><meta property="og:description" content="A storm.">
<meta property="og:locale" content="de_DE"></head><body></body></html>`,
			url: "https://coastnews.example/2019/storm",
			want: Metadata{URL: "https://coastnews.example/2019/storm", Title: "Storm hits coast", Date: "2019-10-16T10:00:00Z", DateSource: SourceMarkup,
				Modified: "2019-10-17T10:00:00Z", Sitename: "Coast News", Description: "A storm.", Language: "de",
				Tags: []string{"weather", "storm"}, Categories: []string{"Local"}, Image: "https://coastnews.example/img/storm.jpg", PageType: "article"},
		},
		{
			name: "Dublin Core and plain meta names",
			page: `<html><head><meta name="DC.title" content="Field notes"><meta name="DC.creator" content="Smith, Anna">
<meta name="DC.date" content="2015-06-01"><meta name="description" content="Notes.">
<meta name="keywords" content="birds, spring"></head><body></body></html>`,
			want: Metadata{Title: "Field notes", Author: "Smith, Anna", Date: "2015-06-01", DateSource: SourceMarkup, Description: "Notes.", Tags: []string{"birds", "spring"}},
		},
		{
			name: "microdata",
			page: `<html><body><div itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline">Quiet streets</h1>
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lena Berg</span></span>
<meta itemprop="datePublished" content="2018-04-01"></div></body></html>`,
			want: Metadata{Title: "Quiet streets", Author: "Lena Berg", Date: "2018-04-01", DateSource: SourceMarkup},
		},
		{
			name: "time inside the article, not the one in related links",
			page: `<html><body><article><h1>Main story</h1><p class="byline">By Tom Hill</p>
<time datetime="2022-02-01T12:00:00Z">1 Feb</time><p>Body.</p></article>
<aside class="related"><time datetime="2022-01-15">15 Jan</time></aside></body></html>`,
			want: Metadata{Title: "Main story", Author: "Tom Hill", Date: "2022-02-01T12:00:00Z", DateSource: SourcePage},
		},
		{
			name: "rel=author link and canonical",
			page: `<html><head><title>Post</title><link rel="canonical" href="/posts/1"></head>
<body><h1>Post</h1><a rel="author" href="/u/kim">Kim Park</a></body></html>`,
			url:  "https://blog.example/posts/1?ref=x",
			want: Metadata{URL: "https://blog.example/posts/1?ref=x", Title: "Post", Author: "Kim Park", Canonical: "https://blog.example/posts/1"},
		},
		{
			name: "visible byline and dateline only",
			page: `<html><body><h1>Harvest festival</h1><div><span>Written by</span> <span>Olga Nowak</span></div>
<div class="post-date">March 5, 2021</div><p>Text of the story.</p></body></html>`,
			want: Metadata{Title: "Harvest festival", Author: "Olga Nowak", Date: "2021-03-05", DateSource: SourcePage},
		},
		{
			name: "title with site suffix and agreeing h1",
			page: `<html><head><title>How to bake bread | Kitchen Corner</title></head>
<body><h1>How to Bake Bread at Home</h1></body></html>`,
			want: Metadata{Title: "How to Bake Bread at Home"},
		},
		{
			name: "an h1 that is only a logo does not replace the title",
			page: `<html><head><title>Quarterly results announced - Acme</title></head>
<body><h1>Acme</h1><p>x</p></body></html>`,
			url:  "https://acme.example/news/q",
			want: Metadata{URL: "https://acme.example/news/q", Title: "Quarterly results announced"},
		},
		{
			name: "a published date shown on the page as updated wins over the declared one",
			page: `<html><head><meta property="article:published_time" content="2024-04-10T19:30:39Z">
<meta property="article:modified_time" content="2025-09-04T19:24:33Z"></head>
<body><article><h1>Guide</h1><span>Last updated:</span> <time datetime="2025-09-04">Sep 4, 2025</time></article></body></html>`,
			want: Metadata{Title: "Guide", Date: "2025-09-04T19:24:33Z", Modified: "2025-09-04T19:24:33Z", DateSource: SourceMarkupPage},
		},
		{
			name: "dates in scripts and comments are not the page's",
			page: `<html><body><h1>Thread</h1><script>var d = "2020-01-01";</script>
<div class="comments"><time datetime="2021-05-05">May 5</time></div></body></html>`,
			want: Metadata{Title: "Thread"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(parse(t, tt.page), tt.url)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestExtractNil(t *testing.T) {
	if got := Extract(nil, ""); !reflect.DeepEqual(got, Metadata{}) {
		t.Errorf("Extract(nil) = %+v", got)
	}
}

func TestStripSite(t *testing.T) {
	keys := siteKeys("Daily Planet", "https://www.dailyplanet.example/a")
	tests := []struct {
		in   string
		h1   []string
		want string
	}{
		{"Bridge reopens | Daily Planet", nil, "Bridge reopens"},
		{"Daily Planet - Bridge reopens", nil, "Bridge reopens"},
		{"Bridge reopens – News – dailyplanet.example", nil, "Bridge reopens – News"},
		{"Sazerac - alles über den Cocktail", nil, "Sazerac - alles über den Cocktail"},
		{"Bridge reopens | Metro | Planet Group", []string{"Bridge reopens"}, "Bridge reopens"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.in, keys, tt.h1); got != tt.want {
			t.Errorf("stripSite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPageType checks that a page's own JSON-LD type beats og:type, which
// content systems write as "article" on every page, threads included.
func TestPageType(t *testing.T) {
	const forum = `<html><head><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Engine noise"}</script>
</head><body></body></html>`
	const news = `<html><head><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens"}</script>
</head><body></body></html>`
	const og = `<html><head><meta property="og:type" content="Article"></head><body></body></html>`
	cases := []struct {
		name, src, want string
		story           bool
	}{
		{"forum thread", forum, "discussionforumposting", false},
		{"news article", news, "newsarticle", true},
		{"og:type alone", og, "article", false},
	}
	for _, c := range cases {
		m := Extract(parse(t, c.src), "")
		if m.PageType != c.want || IsStory(m.PageType) != c.story {
			t.Errorf("%s: page type %q (story %v), want %q (%v)", c.name, m.PageType, IsStory(m.PageType), c.want, c.story)
		}
	}
	for _, s := range []string{"BlogPosting", "Report", "AnalysisNewsArticle"} {
		if !IsStory(s) {
			t.Errorf("IsStory(%q) = false", s)
		}
	}
}
