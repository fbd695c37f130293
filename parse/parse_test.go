package parse

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func bodyText(doc *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode && n.Data == "body" {
			inBody = true
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if inBody && n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	return strings.Join(strings.Fields(sb.String()), " ")
}

func TestSwallowingElementsAreClosed(t *testing.T) {
	body := `<body><p>The pier opens in spring after two winters of delays.</p><p>Fishermen welcomed the news on Tuesday morning.</p></body></html>`
	want := "The pier opens in spring after two winters of delays. Fishermen welcomed the news on Tuesday morning."
	cases := []struct{ name, src string }{
		{"title", `<html><head><title>Broken page</head>` + body},
		{"title with attributes", `<html><head><TITLE lang=en>Broken page` + "\n" + body},
		{"script", `<html><head><script>var a = 1;` + body},
		{"style", `<html><head><style>p { color: red }` + body},
		{"textarea", `<html><body><textarea>note` + body[len("<body>"):]},
		{"closed title stays", `<html><head><title>Fine</title></head>` + body},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, _, err := Parse([]byte(c.src), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if got := bodyText(doc); !strings.Contains(got, want) {
				t.Errorf("body text %q lacks the paragraphs", got)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	src := []byte(strings.Repeat("<div>", 2000) + "deep text" + strings.Repeat("</div>", 2000))
	doc, flat, err := Parse(src, Limits{MaxDepth: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !flat {
		t.Error("a 2000-deep page was not flattened at depth 100")
	}
	if got := bodyText(doc); got != "deep text" {
		t.Errorf("text %q, want the deep text kept", got)
	}
	depth := 0
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		if d > depth {
			depth = d
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, d+1)
		}
	}
	walk(doc, 0)
	if depth > 101 {
		t.Errorf("depth %d after flattening at 100", depth)
	}
	if _, _, err := Parse(src, Limits{MaxNodes: 1000}); !errors.Is(err, ErrTooManyNodes) {
		t.Errorf("err = %v, want ErrTooManyNodes", err)
	}
}

// TestDeepImpliedElements checks pages whose nesting the tree builder
// deepens beyond what the source says: each bare <td> also opens a tbody
// and a tr, so cutting the source's nesting to the parser's limit is not
// enough, and the page must still parse with its text.
func TestDeepImpliedElements(t *testing.T) {
	for _, open := range []string{"<table><tr><td>", "<table><td>", "<ul><li><table><td>", "<select><optgroup><option>"} {
		src := []byte(strings.Repeat(open, 3000) + "deep text")
		doc, flat, err := Parse(src, Limits{MaxDepth: 512})
		if err != nil {
			t.Errorf("%s: %v", open, err)
			continue
		}
		if !flat {
			t.Errorf("%s: not flattened", open)
		}
		if got := bodyText(doc); !strings.Contains(got, "deep text") {
			t.Errorf("%s: text %q, want the deep text kept", open, got)
		}
	}
}

func TestLooksLikeRestOfPage(t *testing.T) {
	for _, s := range []string{
		"", "<", "</", "</bod", "</body", "x</BODY>", "a < b </html", "</HtMl", "<</body",
		"\x1c/body", "<\x0fbody", "\x1c\x0fHTML", "</b0dy", "</htm", "<body></body>", "</ body",
	} {
		want := containsFold(s, "</body") || containsFold(s, "</html")
		if got := looksLikeRestOfPage(s); got != want {
			t.Errorf("looksLikeRestOfPage(%q) = %v, want %v", s, got, want)
		}
	}
}
