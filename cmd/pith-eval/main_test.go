package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBench writes a one-set benchmark directory with two pages.
func writeBench(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"news/index.jsonl": `{"id": "a", "url": "https://example.org/a", "lang_guess": "en"}
{"id": "b", "url": "https://example.org/b", "lang_guess": "en"}
`,
		"news/a.html.gz": `<html><head><title>A</title></head><body><article>
<p>The council approved the new budget for the city library on Tuesday evening after a long debate.</p>
<p>Members said the extra money will pay for longer opening hours and for new books in every branch.</p>
</article></body></html>`,
		"news/a.txt":      "The council approved the new budget for the city library on Tuesday evening after a long debate.\nMembers said the extra money will pay for longer opening hours and for new books in every branch.\n",
		"news/a.page.txt": "Home | News | Sport\nThe council approved the new budget for the city library on Tuesday evening after a long debate.\nMembers said the extra money will pay for longer opening hours and for new books in every branch.\n",
		"news/b.html.gz":  `<html><body><p>Short page with only one sentence of text in it.</p></body></html>`,
		"news/b.txt":      "Short page with only one sentence of text in it.\n",
		"news/b.page.txt": "Short page with only one sentence of text in it.\n",
	}
	for name, content := range files {
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
	return root
}

func TestRunStatus(t *testing.T) {
	root := writeBench(t)
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"-help"}, 0},
		{[]string{"-nosuchflag"}, 2},
		{[]string{"extra"}, 2},
		{[]string{"-bench", root, "-mode", "xml"}, 1},
		{[]string{"-bench", root, "-baseline", "nothing"}, 1},
		{[]string{"-bench", root, "-sets", "missing"}, 1},
		{[]string{"-bench", root, "-split", "test"}, 1},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if got := run(tt.args, &out, &errOut); got != tt.want {
			t.Errorf("run(%q) = %d, want %d; stderr:\n%s", tt.args, got, tt.want, errOut.String())
		}
	}
}

func TestRunBaselineUpdate(t *testing.T) {
	root := writeBench(t)
	doc := filepath.Join(t.TempDir(), "benchmarks.md")
	orig := "# B\n\n<!-- eval:begin -->\npith figures\n<!-- eval:end -->\n\n<!-- baseline:begin -->\nold\n<!-- baseline:end -->\n"
	if err := os.WriteFile(doc, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if got := run([]string{"-q", "-bench", root, "-sets", "news", "-baseline", "pagetext", "-markdown", "-update", doc}, &out, &errOut); got != 0 {
		t.Fatalf("status %d, stderr:\n%s", got, errOut.String())
	}
	// Page b's text is its gold (P = R = 1); page a's adds the menu line:
	// gold 17+18 = 35 tokens -> 32 shingles, page text 38 tokens -> 35
	// shingles, all gold shingles found: P = 32/35, R = 1. Set P = (32/35 +
	// 1)/2 = 0.957, R = 1, F1 = 0.978.
	if !strings.Contains(out.String(), "| news | 2 | 0 | 0 | 0.957 | 1.000 | 0.978 |") {
		t.Errorf("markdown output:\n%s", out.String())
	}
	b, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if !strings.Contains(got, "<!-- eval:begin -->\npith figures\n<!-- eval:end -->") ||
		strings.Contains(got, "\nold\n") || !strings.Contains(got, "| news | 2 |") {
		t.Errorf("updated file:\n%s", got)
	}
}

func TestRunJSON(t *testing.T) {
	root := writeBench(t)
	var out, errOut bytes.Buffer
	if got := run([]string{"-q", "-bench", root, "-sets", "news", "-json"}, &out, &errOut); got != 0 {
		t.Fatalf("status %d, stderr:\n%s", got, errOut.String())
	}
	var rep struct {
		Extractor string
		Mode      string
		Sets      []struct {
			Set       string
			Docs      int
			ShingleF1 float64 `json:"shingle_f1"`
		}
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v in\n%s", err, out.String())
	}
	if rep.Extractor != "pith" || rep.Mode != "html" || len(rep.Sets) != 1 || rep.Sets[0].Docs != 2 {
		t.Errorf("report = %+v", rep)
	}
}
