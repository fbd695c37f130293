package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-dev/pith"
)

func TestJSONL(t *testing.T) {
	article, recipe := readFixture(t, "article.html"), readFixture(t, "recipe.html")
	const plain = "Weather for the week\nRain on Monday and Tuesday, clearing from the west on Wednesday, with a cold but bright end to the week and frost likely on Saturday night.\n"
	line := func(v map[string]string) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	lines := []string{
		line(map[string]string{"url": "https://gazette.example/river", "html": string(article)}),
		"\n", // blank lines are passed over
		line(map[string]string{"url": "https://weather.example/week", "text": plain}),
		"{this is not json}\n",
		line(map[string]string{"url": "https://empty.example/"}),
		line(map[string]string{"url": "https://bakery.example/barley", "html": string(recipe)}), // no final newline below
	}
	input := strings.Join(lines, "")
	input = strings.TrimSuffix(input, "\n")
	path := filepath.Join(t.TempDir(), "pages.jsonl")
	if err := os.WriteFile(path, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}

	for _, jobs := range []string{"1", "3"} {
		code, out, errs := runCmd(t, "", "--format", "jsonl", "-j", jobs, path)
		if code != 1 {
			t.Errorf("exit %d, want 1 (two bad lines)", code)
		}
		wantErr := []string{"pith: " + path + ":4: bad JSON line", "pith: " + path + ":5: JSON line has neither"}
		got := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
		if len(got) != 2 || !strings.HasPrefix(got[0], wantErr[0]) || !strings.HasPrefix(got[1], wantErr[1]) {
			t.Errorf("stderr %q, want lines starting %q", errs, wantErr)
		}
		docs := parseJSONL(t, out)
		if len(docs) != 3 {
			t.Fatalf("%d documents, want 3:\n%s", len(docs), out)
		}
		wantURL := []string{"https://gazette.example/river", "https://weather.example/week", "https://bakery.example/barley"}
		wantText := []string{
			libText(t, article, pith.WithInputFormat(pith.InputHTML)),
			libText(t, []byte(plain), pith.WithInputFormat(pith.InputText)),
			libText(t, recipe, pith.WithInputFormat(pith.InputHTML)),
		}
		var off int64
		wantOff := []int64{}
		for _, l := range lines {
			if strings.Contains(l, `"url"`) && (strings.Contains(l, `"html"`) || strings.Contains(l, `"text"`)) {
				wantOff = append(wantOff, off)
			}
			off += int64(len(l))
		}
		for i, d := range docs {
			if d.URL != wantURL[i] || d.Text+"\n" != wantText[i] && d.Text != wantText[i] {
				t.Errorf("document %d: url %q text %q; want %q %q", i, d.URL, d.Text, wantURL[i], wantText[i])
			}
			if d.Source == nil || d.Source.File != path || d.Source.Offset != wantOff[i] {
				t.Errorf("document %d: source %+v, want %s at %d", i, d.Source, path, wantOff[i])
			}
		}
	}
}

// TestOutputFile checks --output, and gzip when its name ends in .gz.
func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"out.jsonl", "out.jsonl.gz"} {
		p := filepath.Join(dir, name)
		code, out, errs := runCmd(t, "", "-f", "jsonl", "-o", p, "testdata/article.html", "testdata/recipe.html")
		if code != 0 || out != "" || errs != "" {
			t.Fatalf("%s: exit %d, stdout %q, stderr %q", name, code, out, errs)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".gz") {
			if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
				t.Fatalf("%s is not gzip", name)
			}
			// Read it back through the command's own gzip input.
			data, err = readGz(data)
			if err != nil {
				t.Fatal(err)
			}
		}
		if docs := parseJSONL(t, string(data)); len(docs) != 2 || docs[0].Source == nil || docs[0].Source.File != "testdata/article.html" {
			t.Errorf("%s: %d documents: %s", name, len(docs), data)
		}
	}
}
