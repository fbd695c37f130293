package prune

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func pruned(t *testing.T, src string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	Prune(doc)
	var sb strings.Builder
	var text func(*html.Node)
	text = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c)
		}
	}
	text(doc)
	return strings.Join(strings.Fields(sb.String()), " ")
}

func TestPrune(t *testing.T) {
	long := strings.Repeat("Real words of the article body. ", 20)
	cases := []struct {
		name, src, want string
	}{
		{"script and style", `<p>a<script>var x=1</script>b<style>p{}</style></p>`, "ab"},
		{"form controls go, the form's text stays", `<form><p>Text</p><input value=v><select><option>Opt</option></select><button>Go</button></form>`, "Text"},
		{"display none", `<p>shown</p><div style="display: none">gone</div>`, "shown"},
		{"visibility hidden", `<p>shown</p><div style="VISIBILITY:hidden">gone</div>`, "shown"},
		{"hiding class token", `<p>shown</p><span class="sr-only">Skip to content</span>`, "shown"},
		{"class that only contains the word", `<p class="hidden-xs">kept</p>`, "kept"},
		{"comments", `<p>a<!-- note -->b</p>`, "ab"},
		{"hidden attribute beside visible content", `<p>` + long + `</p><div hidden>menu</div>`, strings.TrimSpace(strings.Join(strings.Fields(long), " "))},
		{"hidden attribute holding the whole page", `<div hidden><p>` + long + `</p></div><p>Loading</p>`, strings.Join(strings.Fields(long), " ") + " Loading"},
		{"svg", `<p>a</p><svg><text>icon</text></svg>`, "a"},
		{"page wrapped whole in a hidden element that a script reveals",
			`<div style="visibility:hidden"><p>` + long + `</p><div style="display:none">menu</div></div>`,
			strings.Join(strings.Fields(long), " ")},
		{"hidden element beside as much visible text",
			`<p>` + long + `</p><div style="visibility:hidden"><p>` + long + `</p></div>`,
			strings.Join(strings.Fields(long), " ")},
		{"noscript notice", `<p>shown</p><noscript>Please enable JavaScript to use this site.</noscript>`, "shown"},
		{"noscript with a tracking pixel", `<p>shown</p><noscript><img src="/pixel.gif" width=1 height=1></noscript>`, "shown"},
		{"noscript holding the page of an empty shell",
			`<div id="app">Loading</div><noscript><header><a href="/">Home</a></header><div class="post"><p>` + long + long + `</p><script>x()</script></div></noscript>`,
			"LoadingHome" + strings.Join(strings.Fields(long+long), " ")},
		{"noscript copy beside the shown page",
			`<p>` + long + `</p><noscript><p>` + long + long + `</p></noscript>`,
			strings.Join(strings.Fields(long), " ")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := pruned(t, c.src); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestHiddenFastPaths(t *testing.T) {
	ref := func(class string, tokens []string) bool {
		for _, f := range strings.Fields(class) {
			f = strings.ToLower(f)
			for _, t := range tokens {
				if f == t {
					return true
				}
			}
		}
		return false
	}
	refStyle := func(s string) bool {
		s = strings.ToLower(s)
		if !strings.Contains(s, "display") && !strings.Contains(s, "visibility") {
			return false
		}
		s = strings.ReplaceAll(s, " ", "")
		return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
	}
	for _, s := range []string{"", " ", "hidden", "HIDDEN", " a\tHide\n", "hidden-xs", "xhidden", "sr-only d-none",
		"h\u0130dden", "hİdden", "\u212a", "\vinvisible\f", "a\u00a0hidden", "hidden\u00a0", "Visually-Hidden",
		"display: none", "DISPLAY:NONE", "visibility :hidden", "color:red", "dis play:none", "display:block", "VISIBILITY: Hidden;"} {
		if got, want := hasClassToken(s, hiddenClasses), ref(s, hiddenClasses); got != want {
			t.Errorf("hasClassToken(%q) = %v, want %v", s, got, want)
		}
		if got, want := hiddenStyle(s), refStyle(s); got != want {
			t.Errorf("hiddenStyle(%q) = %v, want %v", s, got, want)
		}
	}
}
