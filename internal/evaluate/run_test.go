package evaluate

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBench writes a tiny benchmark directory: a set "news" with gold
// texts and page texts, and a set "snip" with snippets and no gold.
func writeBench(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		name = filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		data := []byte(content)
		if strings.HasSuffix(name, ".gz") {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(data)
			zw.Close()
			data = b.Bytes()
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("news/index.jsonl", `{"id": "a", "url": "https://example.org/a", "page_type": "article", "lang_guess": "en", "with": ["one  two"], "without": ["Menu"]}
{"id": "b", "url": "https://example.org/b", "page_type": "forum", "html_lang": "de-CH"}

{"id": "c", "page_type": "article"}
`)
	write("news/a.html.gz", "<p>one two three four five</p>")
	write("news/a.txt", "one two three four five\n")
	write("news/a.page.txt", "Menu\none two three four five\n")
	write("news/b.html.gz", "<p>eins zwei drei vier</p>")
	write("news/b.txt", "eins zwei drei vier\n")
	write("news/b.page.txt", "eins zwei drei vier\n")
	write("news/c.html.gz", "<p>boom</p>")
	write("news/c.txt", "alpha beta gamma delta\n")
	write("news/c.page.txt", "alpha beta gamma delta\n")
	write("snip/index.jsonl", `{"id": "s1", "url": "https://example.org/s1", "lang_guess": "fr"}`+"\n")
	write("snip/s1.html.gz", "<p>Bonjour le monde</p><p>Pub</p>")
	write("snip/s1.json", `{"with": ["Bonjour  le monde", "absent"], "without": ["Pub", "Menu"]}`)
	return root
}

func TestRun(t *testing.T) {
	root := writeBench(t)
	// The extractor strips tags, fails on b and panics on c: both must
	// count as empty outputs without stopping the run.
	ex := func(_ context.Context, p *Page) (string, error) {
		switch p.ID {
		case "b":
			return "", errors.New("broken page")
		case "c":
			panic("bug")
		}
		s := strings.NewReplacer("<p>", "", "</p>", "\n").Replace(string(p.HTML))
		return s, nil
	}
	dump := t.TempDir()
	rep, err := Run(context.Background(), Options{Root: root, Sets: []string{"news", "snip"}, Workers: 2,
		Breakdown: "lang", Dump: dump, KeepDocs: true}, ex)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Sets) != 2 || len(rep.Errors) != 2 {
		t.Fatalf("got %d sets and errors %v, want 2 sets and 2 errors", len(rep.Sets), rep.Errors)
	}
	news := rep.Sets[0]
	// a is perfect (P=R=1); b and c are empty: R=0, left out of P.
	if news.Docs != 3 || news.Empty != 2 || news.Errors != 2 || news.ShingleP != 1 ||
		math.Abs(news.ShingleR-1.0/3) > 1e-9 || math.Abs(news.WordF1-1.0/3) > 1e-9 {
		t.Errorf("news scores = %+v", news.Scores)
	}
	// Snippets from the index entry of a.
	if n := news.Snippets; n == nil || n.TP != 1 || n.TN != 1 || n.FP != 0 || n.FN != 0 {
		t.Errorf("news snippets = %+v, want TP 1 TN 1 from the index", n)
	}
	if len(news.Pages) != 3 || news.Pages[2].Err == "" || !strings.Contains(news.Pages[2].Err, "panic: bug") {
		t.Errorf("news pages = %+v, want c with a panic error", news.Pages)
	}
	wantGroups := map[string]int{"en": 1, "de": 1, "und": 1}
	for _, g := range news.Groups {
		if wantGroups[g.Key] != g.Docs {
			t.Errorf("group %q has %d docs", g.Key, g.Docs)
		}
		delete(wantGroups, g.Key)
	}
	if len(wantGroups) > 0 {
		t.Errorf("missing groups %v", wantGroups)
	}
	snip := rep.Sets[1]
	if snip.HasGold || snip.Snippets == nil {
		t.Fatalf("snip scores = %+v", snip.Scores)
	}
	if n := snip.Snippets; n.TP != 1 || n.FN != 1 || n.FP != 1 || n.TN != 1 || n.F1 != 0.5 {
		t.Errorf("snip snippets = %+v", *n)
	}
	if b, err := os.ReadFile(filepath.Join(dump, "news", "a.txt")); err != nil || string(b) != "one two three four five\n" {
		t.Errorf("dump of a = %q, %v", b, err)
	}

	// Text mode gives the page text and skips sets without it.
	rep, err = Run(context.Background(), Options{Root: root, Sets: []string{"news", "snip"}, Mode: ModeText}, PageTextBaseline)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Sets) != 1 || rep.Sets[0].Set != "news" || rep.Sets[0].Empty != 0 || rep.Sets[0].ShingleR != 1 {
		t.Errorf("text mode sets = %+v", rep.Sets)
	}

	var md, tab bytes.Buffer
	if err := rep.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| news | 3 | 0 | 0 |") || !strings.Contains(md.String(), "|---|---:|") {
		t.Errorf("markdown:\n%s", md.String())
	}
	if err := rep.WriteTable(&tab); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tab.String(), "news") || strings.Contains(tab.String(), "|") {
		t.Errorf("table:\n%s", tab.String())
	}
}

func TestLoadSplitLimit(t *testing.T) {
	root := writeBench(t)
	all, err := Load(root, "news", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].URL != "https://example.org/a" || all[1].Lang != "de" || all[2].Lang != "und" ||
		string(all[0].HTML) != "<p>one two three four five</p>" || !all[0].HasGold {
		t.Fatalf("Load = %+v", all)
	}
	train, _ := Load(root, "news", LoadOptions{Split: SplitTrain})
	val, _ := Load(root, "news", LoadOptions{Split: SplitValidation})
	if len(train)+len(val) != 3 {
		t.Errorf("train %d + validation %d pages, want 3", len(train), len(val))
	}
	lim, _ := Load(root, "news", LoadOptions{Limit: 2})
	lim2, _ := Load(root, "news", LoadOptions{Limit: 2})
	if len(lim) != 2 || lim[0].ID != lim2[0].ID || lim[1].ID != lim2[1].ID {
		t.Errorf("Limit 2 = %v then %v, want the same 2 pages", lim, lim2)
	}
	if text, _ := Load(root, "news", LoadOptions{Mode: ModeText}); text[0].HTML != nil || text[0].PageText == "" {
		t.Errorf("text mode loaded HTML %q, page text %q", text[0].HTML, text[0].PageText)
	}
	if _, err := Load(root, "snip", LoadOptions{Mode: ModeText}); !errors.Is(err, ErrNoText) {
		t.Errorf("text mode on snip: err = %v, want ErrNoText", err)
	}
	if _, err := Load(root, "news", LoadOptions{Split: "test"}); err == nil {
		t.Error("unknown split: no error")
	}
}

func TestFindBenchDir(t *testing.T) {
	// A repository at root/repo with a nested module root/repo/sub and the
	// data at root/shared/bench.
	root := t.TempDir()
	for _, d := range []string{"repo/sub/pkg", "shared/bench"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"repo/go.mod", "repo/sub/go.mod"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte("module x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := filepath.Join(root, "shared", "bench")
	for _, from := range []string{"repo", "repo/sub", "repo/sub/pkg"} {
		got, err := FindBenchDir(filepath.Join(root, from))
		if err != nil || got != want {
			t.Errorf("FindBenchDir(%s) = %q, %v, want %q", from, got, err, want)
		}
	}
	if got, err := FindBenchDir(root); err == nil {
		t.Errorf("FindBenchDir above the module = %q, want an error", got)
	}
}
