package metadata

import (
	"strings"
	"testing"
)

// TestPublicationDate checks which source gives the page's date on small
// hand-written pages: declared against shown dates, time zones, ambiguous
// day-month order, comment links.
// dayCase is a page and its URL, and the day its publication date must
// fall on ("" for none).
type dayCase struct {
	name string
	page string
	url  string
	want string // the day of Date
}

// checkDays extracts each case's metadata and compares the day of Date.
func checkDays(t *testing.T, tests []dayCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Extract(parse(t, tt.page), tt.url)
			got := m.Date
			if len(got) > 10 {
				got = got[:10]
			}
			if got != tt.want {
				t.Errorf("Date = %q, want day %q", m.Date, tt.want)
			}
		})
	}
}

func TestPublicationDate(t *testing.T) {
	tests := []dayCase{
		{
			name: "a timestamp with its zone gives the publisher's day; another day shown elsewhere is not a time zone shift",
			page: `<html><head><meta property="article:published_time" content="2022-05-03T22:46:08-03:00"></head>
<body><div class="top">Today 04/05/2022</div><article><p>Text.</p></article></body></html>`,
			want: "2022-05-03",
		},
		{
			name: "a UTC timestamp shown as the next day is the publisher's day",
			page: `<html><head><meta property="article:published_time" content="2022-11-06T23:00:00.000Z"></head>
<body><article><h1>Title</h1><time datetime="2022-11-06T23:00:00.000Z">07.11.2022</time><p>Text.</p></article></body></html>`,
			want: "2022-11-07",
		},
		{
			name: "a time element in the publisher's zone is read from its datetime, not from text rendered in UTC",
			page: `<html><body><article><h1>Thread</h1><p>Posted <time datetime="2024-01-14T21:50:50-0500">Jan 15, 2024</time></p>
<p>Text.</p></article></body></html>`,
			want: "2024-01-14",
		},
		{
			name: "a shown slashed date that reads either way agrees with the declared date",
			page: `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Trip",
"dateCreated":"2024-07-03 07:57:13 -0700"}</script></head>
<body><h1>Trip</h1><span class="date">07/03/24 02:57 PM</span><p>Text.</p></body></html>`,
			want: "2024-07-03",
		},
		{
			name: "a declared date as ambiguous as the shown one is read the page's way",
			page: `<html lang="de"><head><meta name="date" content="11/01/2023 12:43:42"></head>
<body><h1>Trinkwasser belastet</h1><p class="datum">01.11.2023</p><p>Text.</p></body></html>`,
			want: "2023-11-01",
		},
		{
			name: "US English pages write slashed dates month first",
			page: `<html lang="en-US"><body><h1>Title</h1><p class="byline">Posted 03/05/2021</p><p>Text.</p></body></html>`,
			want: "2021-03-05",
		},
		{
			name: "other pages write them day first",
			page: `<html lang="en-GB"><body><h1>Title</h1><p class="byline">Posted 03/05/2021</p><p>Text.</p></body></html>`,
			want: "2021-05-03",
		},
		{
			name: "a link to the comments is not a comment",
			page: `<html><head><meta property="article:published_time" content="2023-11-06T10:19:06+00:00"></head>
<body><article><h1>Title</h1><div class="entry-comments-link-hide-before"><time>6. November 2023</time></div>
<p>Am 4.11.2023 sagte er etwas.</p></article></body></html>`,
			want: "2023-11-06",
		},
		{
			name: "a date in running text by the headline is not a dateline",
			page: `<html><head><meta property="article:published_time" content="2015-12-12T05:00:37+00:00"></head>
<body><article><h1>Drei Jahre</h1><p>Eben jene Entscheidung, die den am 28.12.2012 in Kraft getretenen Paragraphen betrifft.</p></article></body></html>`,
			want: "2015-12-12",
		},
		{
			name: "a labelled event date by the headline is not a dateline",
			page: `<html><head><meta property="article:published_time" content="2019-11-27T15:21:21+01:00"></head>
<body><article><h1>Tastings</h1><p>Termin: 21.02.2020, 19 Uhr</p></article></body></html>`,
			want: "2019-11-27",
		},
		{
			name: "a short dateline by the headline wins over an undisplayed declared date",
			page: `<html><head><meta property="article:published_time" content="2020-12-20T13:09:14+00:00"></head>
<body><article><h1>Guide</h1><span>Updated on Jul 4, 2024</span><p>Text.</p></article></body></html>`,
			want: "2024-07-04",
		},
		{
			name: "without declared dates a date in prose away from a headline is no date",
			page: `<html><body><p>The law came into force on 28.12.2012 after a long debate in parliament.</p></body></html>`,
			want: "",
		},
		{
			name: "an article's footer by class holds its date",
			page: `<html><body><article><h1>Reparaturcafé am 31. Januar</h1><p>Text.</p>
<div class="footer"><span>27.01.2020</span></div></article></body></html>`,
			want: "2020-01-27",
		},
		{
			name: "without declared dates the first dateline after the headline dates the page, even in the post's sidebar",
			page: `<html><body><h1>Top 25 companies</h1><div class="single-post-sidebar"><span>July 8, 2025</span></div>
<div class="related"><span>December 19, 2025</span></div></body></html>`,
			want: "2025-07-08",
		},
		{
			name: "a publication meta tag of any name",
			page: `<html><head><meta name="w-published-date" content="2025-05-27T06:03:43.274Z">
<meta name="w-modified-date" content="2025-06-01"></head><body><p>Text.</p></body></html>`,
			want: "2025-05-27",
		},
		{
			name: "a citation date, year first",
			page: `<html><head><meta name="citation_publication_date" content="2023 Jan 7"></head><body><p>Text.</p></body></html>`,
			want: "2023-01-07",
		},
		{
			name: "with only a modification declared, an unlabelled dateline by the headline is the publication",
			page: `<html><head><meta property="article:modified_time" content="2024-10-28T22:26:10+00:00"></head>
<body><h1>Organic pest control</h1><p><time class="entry-time">April 26, 2024</time></p>
<p><time class="entry-modified-time">Updated on: October 28, 2024</time></p><p>Text.</p></body></html>`,
			want: "2024-04-26",
		},
		{
			name: "an unpadded slashed date on an English page is American",
			page: `<html lang="en"><body><h1>Smart home</h1><p class="date">3/4/2025</p><p>Text.</p></body></html>`,
			want: "2025-03-04",
		},
		{
			name: "a padded one stays day first",
			page: `<html lang="en"><body><h1>Wine types</h1><p class="date">03/10/2023</p><p>Text.</p></body></html>`,
			want: "2023-10-03",
		},
		{
			name: "without declared dates a dateline in the article before a header's date",
			page: `<html><body><div class="top">Friday, December 19, 2025</div><article><h1>Taxes</h1>
<p class="meta">December 12, 2025</p><p>Text.</p></article></body></html>`,
			want: "2025-12-12",
		},
		{
			name: "a namespaced date meta tag",
			page: `<html><head><meta name="ms.date" content="2025-03-06T00:00:00Z"><meta name="updated_at" content="2025-10-23T11:11:00Z"></head><body><p>Text.</p></body></html>`,
			want: "2025-03-06",
		},
		{
			name: "a <time> marked as the article's publication beats a declared date the page does not show",
			page: `<html><head><meta name="dcterms.date" content="2022-01-21T09:43+01:00"></head>
<body><h1>Taxonomy</h1>` + strings.Repeat("<p>Text.</p>", 80) + `<article><div class="article-meta"><time class="date-display-single" datetime="2022-01-25T08:00:00+01:00" itemprop="datePublished">25.01.2022</time></div></article></body></html>`,
			want: "2022-01-25",
		},
		{
			name: "a declared date the page shows only as its update gives way to the dateline by the headline",
			page: `<html><head><meta name="dc.date" content="2021-10-15"></head><body><article><h1>Neue Präsidentin</h1>
<span>Erschienen am:</span><h2>13.10.2021</h2><p>Text.</p>
<div><h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul></div></article></body></html>`,
			want: "2021-10-13",
		},
		{
			name: "a class saying updated is not a label readers see: the declared date stays shown",
			page: `<html><head><meta property="article:published_time" content="2025-11-26T20:44:35Z"></head><body><article><h1>Title</h1>
<time class="updated" datetime="2025-11-26">November 26, 2025</time><p>Text.</p></article></body></html>`,
			want: "2025-11-26",
		},
		{
			name: "a date labelled as the publication a day off a declared UTC timestamp is the publisher's day",
			page: `<html><head><meta property="article:published_time" content="2023-11-09T05:30:59+00:00">
<meta property="article:modified_time" content="2023-11-09T06:21:49+00:00"></head><body><article><h1>Mayor</h1>
<div class="time">PUBLISHED: <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time> | UPDATED: <time class="updated" datetime="2023-11-09 00:21:49">November 9, 2023 at 12:21 a.m.</time></div>
<p>Text.</p></article></body></html>`,
			want: "2023-11-08",
		},
		{
			name: "a feed's timestamps inside the article are other items' dates",
			page: `<html><head><meta property="article:published_time" content="2020-05-16T09:00:40-04:00"></head><body><article><h1>Polarization</h1>
<p>Text.</p><div class="curated-feed"><div class="feed-item"><time datetime="2020-10-19T11:00:03Z">Oct 19</time></div></div></article></body></html>`,
			want: "2020-05-16",
		},
		{
			name: "a paragraph opening with a date is the press release's dateline",
			page: `<html><body><h1>Gedenken</h1><p>Von Claudia Lindner</p><p>27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar, was erst recht gilt.</p></body></html>`,
			want: "2022-01-27",
		},
		{
			name: "the opening date may stand in bold",
			page: `<html><body><h1>Arbeitsmarkt</h1><p><strong>01.02.2022 „Der Arbeitsmarkt ist gut gestartet.“ Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar, was erst recht gilt.</strong></p></body></html>`,
			want: "2022-02-01",
		},
		{
			name: "a paragraph with a date inside is no dateline",
			page: `<html><body><h1>Gedenken</h1><p>Im Jahr 2021, am 27.1.2021 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar, was erst recht gilt.</p></body></html>`,
			want: "",
		},
		{
			name: "only the first opening date counts: later ones are a chronicle's",
			page: `<html><body><h1>Chronik</h1>` + strings.Repeat("<p>Text.</p>", 350) + `<div class="sidebar"><p>03.01.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar, was erst recht gilt.</p></div><p>05.01.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar, was erst recht gilt.</p></body></html>`,
			want: "",
		},
		{
			name: "a microdata date in an abbr's title, its text only the time",
			page: `<html><body><h1>Rezension</h1><div class="post"><abbr class="published" itemprop="datePublished" title="2017-09-09T10:52:00+02:00">10:52</abbr></div>
<p>Text.</p></body></html>`,
			want: "2017-09-09",
		},
		{
			name: "hAtom's updated title dates a page nothing else dates",
			page: `<html><body><div class="date-block"><span class="month">Apr</span> <span class="day">04</span><span class="year">2013</span></div>
<span class="updated" title="2013-04-04T18:52:11+00:00"></span><h1>Schulnoten</h1><p>Text.</p></body></html>`,
			want: "2013-04-04",
		},
		{
			name: "a title attribute that is no date is nothing",
			page: `<html><body><h1>Title</h1><span class="date" title="2013 review"></span><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "a date before a colon introduces a quotation: not the page's dateline",
			page: `<html><head><meta property="article:published_time" content="2021-11-12T13:00:00"></head>
<body><h1>Menschensohn</h1><p><strong>Enzyklika „Deus caritas est“ 5/6, 25. Dezember 2005:</strong></p><p>Text.</p></body></html>`,
			want: "2021-11-12",
		},
		{
			name: "the dateline right under the headline beats a declared date shown only in a list far below",
			page: `<html><head><meta name="date" content="2020-04-30"></head><body><article><h1>Mietenstreik</h1>
<ul><li class="Author">Von Moritz Wichmann</li><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul>` + strings.Repeat("<p>Text.</p>", 100) + `
<ul><li><a href="/a">Andere Meldung</a><time class="dateline">30.04.2020</time></li></ul></article></body></html>`,
			want: "2020-04-29",
		},
		{
			name: "a declared date shown by the headline stays",
			page: `<html><head><meta name="date" content="2020-04-30"></head><body><article><h1>Mietenstreik</h1>
<ul><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li><li><time>30.04.2020</time></li></ul><p>Text.</p></article></body></html>`,
			want: "2020-04-30",
		},
		{
			name: "without declared dates a dateline labelled as written beats a list's dates in the article",
			page: `<html><body><h1>Logo</h1><div class="title"><h1>Cold wave</h1><p class="date">Written: 2023-11-07 15:03:30<span> / </span>Updated: 2023-11-07 15:30:46</p></div>
<article><h2>Music Bank</h2><p class="date">2023-11-03</p></article></body></html>`,
			want: "2023-11-07",
		},
		{
			name: "a day-first date in the URL's path dates a page nothing else dates",
			page: `<html><body><h1>Erfolgsgeschichte</h1><p>Text.</p></body></html>`,
			url:  "https://example.org/media-news/meldungen/29-10-2021",
			want: "2021-10-29",
		},
		{
			name: "one in a slug between words",
			page: `<html><body><h2>Bericht</h2><p>Text.</p></body></html>`,
			url:  "https://example.org/artikel/bericht_zur_lage_vom_22.04.2020_worauf_wartet",
			want: "2020-04-22",
		},
		{
			name: "a URL's query holds no date",
			page: `<html><body><h2>Bericht</h2><p>Text.</p></body></html>`,
			url:  "https://example.org/artikel?from=22-04-2020",
			want: "",
		},
		{
			name: "an overlay's headline does not stand for the article's: the article's holder is no teaser",
			page: `<html><body><div id="IE-overlay"><div class="wrapper"><h1>Liebe Handballfans,</h1></div></div>
<main><section class="news"><figure class="teaser"><div class="info"><span class="date">02.02.2022</span></div>
<h1>Erneuter Verzicht</h1><p>Text.</p></figure></section></main></body></html>`,
			want: "2022-02-02",
		},
		{
			name: "a dateline padded by indentation is as short as its words",
			page: `<html><body><h1>Items</h1><div class="meta">
                                 Posted on September 21, 2020  by Adi Tzlil                            
</div><p>Text.</p></body></html>`,
			want: "2020-09-21",
		},
		{
			name: "a date labelled as something else is no dateline",
			page: `<html><body><div class="post"><dl><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>
<p>von r23 &raquo; 21.01.2009, 05:42</p><p>Text.</p></div></body></html>`,
			want: "2009-01-21",
		},
		{
			name: "without declared dates a dateline labelled as the publication beats a header's date",
			page: `<html><body><div class="top">May 11, 2022</div><div><span>Published On May 10, 2022 01:52 PM</span></div>
<p>Text.</p></body></html>`,
			want: "2022-05-10",
		},
		{
			name: "without declared dates a dateline labelled as an update comes after the publication",
			page: `<html><body><h1>Review</h1><p>Text.</p><p class="rez_footer">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p></body></html>`,
			want: "2023-11-01",
		},
		{
			name: "a label above the list that holds the date names it",
			page: `<html><body><h1>Review</h1><p>Text.</p><p class="foot"><h4>Zuletzt geändert am:</h4><ul><li>15.10.2023</li></ul>
<div class="box"><span>12.10.2023</span></div></p></body></html>`,
			want: "2023-10-12",
		},
		{
			name: "without declared dates the dateline by the headline beats a header's date",
			page: `<html><body><div class="top">16.02.2012</div>` + strings.Repeat("<p>Menu</p>", 100) + `<div>14.02.2012</div><h1>Title</h1>
<p>Text.</p></body></html>`,
			want: "2012-02-14",
		},
		{
			name: "a teaser's sentence by the headline is no date",
			page: `<html><body><div class="related-stories">Since 1 January 2023, all of our gold is recycled.</div><h1>Earrings</h1><p>Text.</p></body></html>`,
			want: "",
		},
	}
	checkDays(t, tests)
}

func TestScanTextAlt(t *testing.T) {
	tests := []struct {
		in, day, alt string
		slash        bool
	}{
		{"05.03.2021", "2021-03-05", "2021-05-03", false},
		{"07/03/24", "2024-03-07", "2024-07-03", true},
		{"03/25/2021", "2021-03-25", "", false},
		{"25/03/2021", "2021-03-25", "", false},
		{"05.05.2021", "2021-05-05", "", false},
		{"March 5, 2021", "2021-03-05", "", false},
	}
	for _, tt := range tests {
		td, ok := scanText(tt.in)
		if !ok || td.day != tt.day || td.alt != tt.alt || td.slash != tt.slash {
			t.Errorf("scanText(%q) = %+v, %v; want %s, %s, %v", tt.in, td, ok, tt.day, tt.alt, tt.slash)
		}
	}
}

// TestDateLabels checks how a shown date's label is read: the text right
// before it, a label inside its own text, a class.
func TestDateLabels(t *testing.T) {
	tests := []struct {
		name                                        string
		page                                        string
		dateline, published, modified, saysModified bool
	}{
		{"a label in the same text", `<p>Veröffentlicht am 12.10.2022</p>`, true, true, false, false},
		{"another word for it", `<p>Publiziert am 13. Januar 2014</p>`, true, true, false, false},
		{"a label in the element before", `<p><b>Last updated:</b> 12.10.2022</p>`, true, false, true, true},
		{"a label above the list holding the date", `<div><h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul></div>`, true, false, true, true},
		{"a class alone", `<p class="updated">12.10.2022</p>`, true, false, true, false},
		{"a sentence mentioning publishing is no label", `<p>Das Interview ist zunächst im Cicero erschienen, <span>12.10.2022</span></p>`, true, false, false, false},
		{"a label of its own wins over the one before", `<p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p>`, true, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := collect(parse(t, "<html><body>"+tt.page+"</body></html>"))
			if len(c.visible) == 0 {
				t.Fatal("no date read")
			}
			v := c.visible[len(c.visible)-1]
			if v.dateline != tt.dateline || v.published != tt.published || v.modified != tt.modified || v.saysModified != tt.saysModified {
				t.Errorf("dateline %v published %v modified %v saysModified %v; want %v %v %v %v",
					v.dateline, v.published, v.modified, v.saysModified, tt.dateline, tt.published, tt.modified, tt.saysModified)
			}
		})
	}
}

// TestNotThePagesDate checks dates the page shows that belong to something
// else than its text: the template's record of the page, an event, a
// deadline.
func TestNotThePagesDate(t *testing.T) {
	checkDays(t, []dayCase{
		{
			name: "a footer saying when the page was last modified dates no publication",
			page: `<html><body><main><h1>Using the API</h1><p>Text.</p>
<footer><p>This page was last modified on <time datetime="2025-08-20T09:00:00.000Z">Aug 20, 2025</time> by contributors.</p></footer></main></body></html>`,
			want: "",
		},
		{
			name: "nor a date under the footer's licence note",
			page: `<html><body><main><h1>Introduction to tables</h1><p>Text.</p></main>
<footer><p>Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License.</p>
<p>Last updated 2026-03-05 UTC.</p></footer></body></html>`,
			want: "",
		},
		{
			name: "nor under its list of contributors",
			page: `<html><body><main><h1>Generics</h1><p>Text.</p><div><p>Contributors to this page: AB CD EF</p><p>Last updated: Mar 06, 2026</p></div></main></body></html>`,
			want: "",
		},
		{
			name: "a dateline under a byline naming a licensed profession stands",
			page: `<html><body><main><h1>Sleep and stress</h1><p>Jane Roe, Licensed Clinical Social Worker</p><p>March 6, 2026</p><p>Text.</p></main></body></html>`,
			want: "2026-03-06",
		},
		{
			name: "nor one saying so in its own words",
			page: `<html><body><h1>SELECT</h1><p>Text.</p><div>This page was last updated on 2026-01-26 15:45:07Z</div></body></html>`,
			want: "",
		},
		{
			name: "nor a site's",
			page: `<html><body><h1>Fasteners</h1><p>Text.</p><div>Website Last Modified March 15, 2026.</div></body></html>`,
			want: "",
		},
		{
			name: "a range of two dates is a period's, not the page's",
			page: `<html><body><h1>Digital Marketing</h1><p class="when">1/27/2026 - 3/24/2026 Tuesdays</p><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "nor with an en dash and short years",
			page: `<html><body><h1>Design course</h1><span>12.01.26 – 10.04.26</span><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "a span of days in one month is an event's",
			page: `<html><body><h1>Payments</h1><p>Text.</p><span class="caption">Sessions 2026 - April 29–30</span></body></html>`,
			want: "",
		},
		{
			name: "nor written day first",
			page: `<html><body><h1>Ausstellung</h1><h2>9-23 Feb 2017 | Mo-Fr 9–16</h2><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "a dateline beside a span of minutes is the page's",
			page: `<html><body><h1>Title</h1><p class="meta">12 March 2021 · 5 - 7 minutes read</p><p>Text.</p></body></html>`,
			want: "2021-03-12",
		},
		{
			name: "a dateline in a month whose name follows a dash is the page's",
			page: `<html><body><h1>Title</h1><p class="meta">News - March 5, 2021</p><p>Text.</p></body></html>`,
			want: "2021-03-05",
		},
		{
			name: "a publication and an update joined by a dash are the page's",
			page: `<html><body><h1>Title</h1><p class="meta">Published 12.03.2021 - Updated 14.03.2021</p><p>Text.</p></body></html>`,
			want: "2021-03-12",
		},
		{
			name: "a dateline and its time joined by a dash are the page's",
			page: `<html><body><h1>Title</h1><p class="meta">Mittwoch, 26.01.2022 - 14:30</p><p>Text.</p></body></html>`,
			want: "2022-01-26",
		},
		{
			name: "a date in parentheses is an aside's: a review's",
			page: `<html><body><h1>San Francisco movers</h1><p>Text.</p><div class="quote"><p>Great team!</p><p>Los Angeles moving team</p><p>(1/16/2025)</p></div></body></html>`,
			want: "",
		},
		{
			name: "or a source's",
			page: `<html><body><h1>Essen-Westviertel</h1><p>Text.</p><p><a href="/w">Essen-Westviertel</a> (Stand vom 15.11.2008) aus der freien Enzyklopädie</p></body></html>`,
			want: "",
		},
		{
			name: "a copyright's date is a credit's",
			page: `<html><body><h1>Offshore</h1><p>Text.</p><figure><img src="a.jpg"><figcaption>© Jane Doe, 31.05.2013</figcaption></figure></body></html>`,
			want: "",
		},
		{
			name: "a date in a code sample is the sample's",
			page: `<html><body><h1>Pacman</h1><p>Text.</p><pre>grep "2025-07-27T22" /var/log/pacman.log</pre></body></html>`,
			want: "",
		},
		{
			name: "an offer's end is no publication",
			page: `<html><body><h1>Standing desks</h1><p>Sale ends 03/31/2026. While supplies last.</p><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "nor a release to come",
			page: `<html><body><h1>Most popular movies</h1><ul><li><h3>Mortal Kombat II</h3><span>Releases May 8, 2026</span></li></ul></body></html>`,
			want: "",
		},
		{
			name: "nor a registration deadline in a time element",
			page: `<html><body><main><h1>Data Science</h1><p>Text.</p><div>Registration Deadline <time datetime="2026-05-31">Register by May 31</time></div></main></body></html>`,
			want: "",
		},
		{
			name: "nor a member's last visit",
			page: `<html><body><article><h1>gist</h1><p>Last active <time datetime="2025-12-20T13:58:00Z">December 20, 2025</time></p><p>Text.</p></article></body></html>`,
			want: "",
		},
		{
			name: "a release date by the headline of a documentation page is the software's",
			page: `<html><body><div><h1>ORM Quick Start</h1><span>| Release Date: March 2, 2026 current release</span></div><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "a thread's start date is its date",
			page: `<html><body><h1>Will this method work?</h1><div>Start date <time datetime="2025-12-19T10:00:00+01:00">Dec 19, 2025</time></div><p>Text.</p></body></html>`,
			want: "2025-12-19",
		},
		{
			name: "a recipe's record date the page does not show is no publication",
			page: `<html><head><script type="application/ld+json">{"@type":"Recipe","name":"Porridge","datePublished":"2018-07-25"}</script></head>
<body><h1>Porridge</h1><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "one the page shows is",
			page: `<html><head><script type="application/ld+json">{"@type":"Recipe","name":"Kuchen","datePublished":"2006-10-10"}</script></head>
<body><h1>Kuchen</h1><p>Text.</p><span class="recipe-date">10.10.2006</span></body></html>`,
			want: "2006-10-10",
		},
		{
			name: "an embedded video's upload date is not the page's",
			page: `<html><head><script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2026-03-06T10:00:00Z"}</script></head>
<body><h1>Technology</h1><p>Text.</p></body></html>`,
			want: "",
		},
		{
			name: "an article's undisplayed date stays",
			page: `<html><head><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Title","datePublished":"2022-05-03"},{"@type":"VideoObject","uploadDate":"2022-05-01"}]</script></head>
<body><h1>Title</h1><p>Text.</p></body></html>`,
			want: "2022-05-03",
		},
		{
			name: "a web address in the text holds no date shown",
			page: `<html><body><article><h1>Heliumkerne</h1><p>Aktualisiert am <span>17.01.2021.</span></p><p>Text.</p>
<p>Quelle<a href="/news">: https://www.example.org/news/2021/jan21/heliumkerne.php</a></p></article></body></html>`,
			want: "2021-01-17",
		},
		{
			name: "the dates of a list's items under their own headlines are theirs, not the list page's",
			page: `<html><body><main><h1>News</h1>
<div class="item"><h3><a href="/a">First story</a></h3><div class="field-content"><time datetime="2025-12-09">12/09/2025</time></div></div>
<div class="item"><h3><a href="/b">Second story</a></h3><div class="field-content"><time datetime="2025-11-25">11/25/2025</time></div></div>
<div class="item"><h3><a href="/c">Third story</a></h3><div class="field-content"><time datetime="2025-11-22">11/22/2025</time></div></div>
</main></body></html>`,
			want: "",
		},
		{
			name: "nor in text",
			page: `<html><body><h1>Topics</h1>
<div class="card"><h2><a href="/a">First story</a></h2><span class="date">Dec 15, 2025</span></div>
<div class="card"><h2><a href="/b">Second story</a></h2><span class="date">Dec 12, 2025</span></div>
<div class="card"><h2><a href="/c">Third story</a></h2><span class="date">Dec 10, 2025</span></div>
</body></html>`,
			want: "",
		},
		{
			name: "without a headline two items' dates in the same markup are the list's",
			page: `<html><body><div class="game"><p>A game.</p>
<div class="event"><h3><a href="/e/1">The Fourth Season</a></h3><span class="when">Thu, January 22, 2026</span></div>
<div class="event"><h3><a href="/e/2">Winter update</a></h3><span class="when">Fri, December 26, 2025</span></div>
</div></body></html>`,
			want: "",
		},
		{
			name: "with a headline one teaser's date in the same markup leaves the page's own",
			page: `<html><body><h1>Winter update</h1><div class="event"><span class="when">Fri, December 26, 2025</span><p>Text.</p></div>
<div class="event"><h3><a href="/e/1">The Fourth Season</a></h3><span class="when">Thu, January 22, 2026</span></div>
</body></html>`,
			want: "2025-12-26",
		},
		{
			name: "a long list in the same markup, newest first, holds other pages' dates, even without headings",
			page: `<html><body><h1>Gaming News Weekly</h1><p>A podcast.</p>` + strings.Repeat("<p>Text.</p>", 20) + `
<ul><li class="ep"><span class="d">Dec 20, 2025</span><a href="/e/0">Episode 0</a></li><li class="ep"><span class="d">Dec 18, 2025</span><a href="/e/1">Episode 1</a></li><li class="ep"><span class="d">Dec 16, 2025</span><a href="/e/2">Episode 2</a></li><li class="ep"><span class="d">Dec 14, 2025</span><a href="/e/3">Episode 3</a></li><li class="ep"><span class="d">Dec 12, 2025</span><a href="/e/4">Episode 4</a></li><li class="ep"><span class="d">Dec 10, 2025</span><a href="/e/5">Episode 5</a></li><li class="ep"><span class="d">Dec 8, 2025</span><a href="/e/6">Episode 6</a></li><li class="ep"><span class="d">Dec 6, 2025</span><a href="/e/7">Episode 7</a></li></ul></body></html>`,
			want: "",
		},
		{
			name: "oldest first it is a thread's, the first the page's",
			page: `<html><body><h1>Gaming News Weekly</h1><p>A question.</p>` + strings.Repeat("<p>Text.</p>", 20) + `
<ul><li class="ep"><span class="d">Dec 2, 2025</span><a href="/e/0">Reply 0</a></li><li class="ep"><span class="d">Dec 4, 2025</span><a href="/e/1">Reply 1</a></li><li class="ep"><span class="d">Dec 6, 2025</span><a href="/e/2">Reply 2</a></li><li class="ep"><span class="d">Dec 8, 2025</span><a href="/e/3">Reply 3</a></li><li class="ep"><span class="d">Dec 10, 2025</span><a href="/e/4">Reply 4</a></li><li class="ep"><span class="d">Dec 12, 2025</span><a href="/e/5">Reply 5</a></li><li class="ep"><span class="d">Dec 14, 2025</span><a href="/e/6">Reply 6</a></li><li class="ep"><span class="d">Dec 16, 2025</span><a href="/e/7">Reply 7</a></li></ul></body></html>`,
			want: "2025-12-02",
		},
		{
			name: "a sidebar's list of posts by the headline dates no page that shows no date of its own",
			page: `<html><body><h1>Wahlzensur: Angriff auf Universitäten</h1><p>Text.</p>
<aside><ul><li><a href="/a">Primavera feminista em Viena</a> <span class="post-date">05/10/2018</span></li>
<li><a href="/b">Outra historia de Viena</a> <span class="post-date">01/10/2018</span></li></ul></aside></body></html>`,
			want: "",
		},
		{
			name: "but its item titled as the page is the page's",
			page: `<html><body><h1>Wahlzensur: Angriff auf Universitäten</h1><p>Text.</p>
<aside><ul><li><a href="/w">Wahlzensur: Angriff auf Universitäten</a> <span class="post-date">26/10/2018</span></li>
<li><a href="/a">Primavera feminista em Viena</a> <span class="post-date">05/10/2018</span></li></ul></aside></body></html>`,
			want: "2018-10-26",
		},
		{
			name: "a thread's posts show a time of day: the first is the thread's date",
			page: `<html><body><h1>Slow boot after update</h1>
<div class="post"><h3><a href="#p1">Slow boot</a></h3><span class="date">Sun Dec 17, 2023 11:23 am</span><p>Text.</p></div>
<div class="post"><h3><a href="#p2">Re: Slow boot</a></h3><span class="date">Mon Dec 18, 2023 09:02 am</span><p>Text.</p></div>
<div class="post"><h3><a href="#p3">Re: Slow boot</a></h3><span class="date">Tue Dec 19, 2023 10:40 pm</span><p>Text.</p></div>
</body></html>`,
			want: "2023-12-17",
		},
		{
			name: "the article's own dateline under its headline stays with a list of related posts below",
			page: `<html><body><article><h1>Title of the story</h1><span class="date">Dec 20, 2025</span><p>Text.</p>
<div class="card"><h3><a href="/a">Other story</a></h3><span class="date">Dec 15, 2025</span></div>
<div class="card"><h3><a href="/b">Second story</a></h3><span class="date">Dec 12, 2025</span></div>
<div class="card"><h3><a href="/c">Third story</a></h3><span class="date">Dec 10, 2025</span></div>
</article></body></html>`,
			want: "2025-12-20",
		},
		{
			name: "a box of recent posts far below the headline holds other pages' dates, even its first card's, dated above its heading",
			page: `<html><body><h1>Pest control in Queen Creek</h1>` + strings.Repeat("<p>We remove pests.</p>", 300) + `
<div class="recent-blogs"><a href="/b/1"><p class="post-date">December 5, 2025</p><h3>Ants</h3></a>
<a href="/b/2"><p class="post-date">November 20, 2025</p><h3>Wasps</h3></a></div></body></html>`,
			want: "",
		},
		{
			name: "an editor's note telling of an update in a sentence by the headline is no dateline",
			page: `<html><body><article><h1>The best backpacking tents</h1>
<div class="summary"><em>Editor's Note: We updated this article on February 2, 2026, to add new picks.</em></div>
<p>Text.</p></article></body></html>`,
			want: "",
		},
		{
			name: "a sentence by the headline with a date of no update still dates a page nothing else dates",
			page: `<html><body><article><h1>The best backpacking tents</h1>
<div class="summary"><em>Our testers went out on February 2, 2026, to try all the tents again.</em></div>
<p>Text.</p></article></body></html>`,
			want: "2026-02-02",
		},
		{
			name: "a declared update shown under an update label only at the foot of the page is its record, not its date",
			page: `<html><head><meta property="article:modified_time" content="2025-11-18T11:47:49Z"></head><body><main><h1>Pods</h1>` +
				strings.Repeat("<p>Text.</p>", 150) + `<div class="pageinfo">Last modified November 18, 2025</div></main></body></html>`,
			want: "",
		},
		{
			name: "shown under the headline it is the page's date",
			page: `<html><head><meta property="article:modified_time" content="2025-11-18T11:47:49Z"></head><body><main><h1>Pods</h1>
<div class="pageinfo">Last modified November 18, 2025</div>` + strings.Repeat("<p>Text.</p>", 150) + `</main></body></html>`,
			want: "2025-11-18",
		},
		{
			name: "a page update labelled by the headline is the article's date",
			page: `<html><body><article><h1>Eat well on a budget</h1><p>Page updated: <time datetime="2025-11-12">12 November 2025</time></p><p>Text.</p></article></body></html>`,
			want: "2025-11-12",
		},
	})
}

// TestOtherDatesNotRead checks that a date labelled as another thing's
// is not read as a date of the page at all.
func TestOtherDatesNotRead(t *testing.T) {
	tests := []struct{ name, page string }{
		{"a member's registration", `<dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd>`},
		{"a product's release date", `<div class="release_date"><div class="subtitle">Release Date:</div><div class="date">21 Aug, 2012</div></div>`},
		{"a product's availability", `<table><tr><th>Date First Available</th><td>May 12, 2024</td></tr></table>`},
		{"a label of its own naming another date", `<p>Member since March 5, 2019</p>`},
		{"an offer's end", `<p>Sale ends 03/31/2026.</p>`},
		{"a deadline in a time element", `<p>Apply until <time datetime="2026-05-31">May 31, 2026</time></p>`},
		{"a customer's review", `<div class="rating-details">Kundenbewertung 02.05.2020 um 08:11 Uhr</div>`},
		{"a launch", `<p><a href="/events/launch">book launch online on 19th June 2022</a></p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := collect(parse(t, "<html><body>"+tt.page+"</body></html>"))
			if len(c.visible) > 0 {
				t.Errorf("read %s as a date of the page", c.visible[0].day)
			}
		})
	}
}
