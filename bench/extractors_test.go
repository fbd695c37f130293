package bench

import (
	"strings"
	"testing"
)

func TestSelect(t *testing.T) {
	xs, err := Select("trafilatura, pith")
	if err != nil || len(xs) != 2 || xs[0].Name != Trafilatura || xs[1].Name != Pith {
		t.Errorf("Select = %v, %v", xs, err)
	}
	if xs, _ := Select("all"); len(xs) != len(Extractors()) {
		t.Errorf("all: %d extractors", len(xs))
	}
	if _, err := Select("pith,nope"); err == nil {
		t.Error("unknown extractor: no error")
	}
}

// article is a small news page in windows-1252, declared only in its
// <meta>: every extractor must decode it to find "café" and "naïve".
const article = "<!DOCTYPE html><html lang=en><head><meta charset=windows-1252>" +
	"<title>Coffee at dawn - The Daily</title>" +
	"<meta name=author content=\"Ann Writer\"></head><body>" +
	"<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li><li><a href=/sport>Sport</a></li></ul></nav>" +
	"<article><h1>Coffee at dawn</h1>" +
	"<p>The small caf\xe9 on the corner opens at five, long before the rest of the street wakes up, and its owner has kept that hour for thirty years without fail.</p>" +
	"<p>Regulars say the first cup tastes different in the dark, a na\xefve idea perhaps, but one that keeps them coming back every morning, rain or shine.</p>" +
	"<p>On Sundays the queue reaches the bakery next door, and the owner hands out bread to those who wait, talking about the weather and the news of the town.</p>" +
	"</article><footer><p>Copyright The Daily</p></footer></body></html>"

func TestReferencesDecodeCharset(t *testing.T) {
	for _, x := range Extractors() {
		if x.Name == Parse || x.Name == Pith {
			continue // the floor returns no text; pith's output is the pipeline's to test
		}
		out, err := x.New()([]byte(article), "https://example.com/news/coffee")
		if err != nil {
			t.Errorf("%s: %v", x.Name, err)
			continue
		}
		if !strings.Contains(out.Text, "small café on the corner") || !strings.Contains(out.Text, "naïve idea") {
			t.Errorf("%s: text not decoded from windows-1252: %q", x.Name, out.Text)
		}
		if strings.Contains(out.Text, "Sport") {
			t.Errorf("%s: navigation kept: %q", x.Name, out.Text)
		}
	}
}

func TestPithRuns(t *testing.T) {
	xs, _ := Select(Pith)
	if _, err := xs[0].New()([]byte(article), ""); err != nil {
		t.Errorf("pith: %v", err)
	}
}

// TestOnBenchPages runs every extractor on a few scrapinghub pages (news
// articles of several hundred words): each reference must find text on
// each of them, as their published scores on this set imply.
func TestOnBenchPages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the reference extractors on real pages")
	}
	dir, err := DataDir()
	if err != nil {
		t.Skip(err)
	}
	pages, err := LoadSet(dir, "scrapinghub", 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range Extractors() {
		f := x.New()
		for _, p := range pages {
			out, err := f(p.HTML, "")
			if err != nil {
				t.Errorf("%s on %s: %v", x.Name, p.ID, err)
				continue
			}
			if x.Name != Parse && x.Name != Pith && len(strings.Fields(out.Text)) < 50 {
				t.Errorf("%s on %s: %d words of text", x.Name, p.ID, len(strings.Fields(out.Text)))
			}
		}
	}
}
