package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"x.html", "x"},
		{"x.html.gz", "x"},
		{"x.HTM.GZ", "x"},
		{"page", "page"},
		{"a.b.html", "a.b"},
		{".html", ".html"},
		{"crawl.warc.gz", "crawl"},
		{"", "page"},
	}
	for _, tt := range tests {
		if got := stem(tt.in); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLRel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/news/river.html", "river"},
		{"https://example.com/news/river/", "river"},
		{"https://example.com/", "example.com"},
		{"https://example.com", "example.com"},
		{"http://example.com/a:b?x=1", "a_b"},
	}
	for _, tt := range tests {
		if got := urlRel(tt.in); got != tt.want {
			t.Errorf("urlRel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b.html", "a.htm.gz", "sub/a.html", "sub/notes.txt", "sub/data.jsonl",
		"crawl/CC-1.warc.gz", "crawl/CC-1.warc.wet.gz", "crawl/readme.md",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	type want struct {
		name, rel string
		c         Container
	}
	tests := []struct {
		name string
		args []string
		opt  ExpandOptions
		want []want
	}{
		{
			name: "directory, auto",
			args: []string{dir},
			want: []want{
				{rel("a.htm.gz"), "a", ContainerPage},
				{rel("b.html"), "b", ContainerPage},
				{rel("crawl/CC-1.warc.gz"), "crawl/CC-1", ContainerWARC},
				{rel("crawl/CC-1.warc.wet.gz"), "crawl/CC-1.warc", ContainerWARC},
				{rel("sub/a.html"), "sub/a", ContainerPage},
			},
		},
		{
			name: "directory, jsonl",
			args: []string{dir, rel("sub/data.jsonl")},
			opt:  ExpandOptions{Format: InputJSONL},
			want: []want{
				{rel("sub/data.jsonl"), "sub/data", ContainerJSONL},
				{rel("sub/data.jsonl"), "data", ContainerJSONL}, // a file named alone: its base name
			},
		},
		{
			name: "directory, text",
			args: []string{dir},
			opt:  ExpandOptions{Format: InputText},
			want: []want{{rel("sub/notes.txt"), "sub/notes", ContainerPage}},
		},
		{
			name: "arguments keep their order; a clash gets a suffix",
			args: []string{rel("sub/a.html"), "-", rel("a.htm.gz"), "https://example.com/x.html"},
			want: []want{
				{rel("sub/a.html"), "a", ContainerPage},
				{"-", "stdin", ContainerSniff},
				{rel("a.htm.gz"), "a-2", ContainerPage},
				{"https://example.com/x.html", "x", ContainerPage},
			},
		},
		{
			name: "forced warc",
			args: []string{rel("b.html"), "-"},
			opt:  ExpandOptions{Format: InputWARC},
			want: []want{{rel("b.html"), "b", ContainerWARC}, {"-", "stdin", ContainerWARC}},
		},
		{
			name: "shard 1/2",
			args: []string{dir},
			opt:  ExpandOptions{Shard: 1, Shards: 2},
			want: []want{
				{rel("b.html"), "b", ContainerPage},
				{rel("crawl/CC-1.warc.wet.gz"), "crawl/CC-1.warc", ContainerWARC},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Expand(tt.args, tt.opt)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d inputs %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Name != w.name || g.Rel != w.rel || g.Container != w.c || g.Err != nil {
					t.Errorf("input %d = {%s %s %d %v}, want {%s %s %d}", i, g.Name, g.Rel, g.Container, g.Err, w.name, w.rel, w.c)
				}
			}
		})
	}

	got := Expand([]string{rel("crawl")}, ExpandOptions{Format: InputText})
	if len(got) != 1 || got[0].Err == nil || got[0].Err.Error() != "directory has no *.txt[.gz] files" {
		t.Errorf("a directory without pages: %+v, want an error naming what was looked for", got)
	}

	got = Expand([]string{rel("missing.html")}, ExpandOptions{})
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Error(), "no such file") || strings.Contains(got[0].Err.Error(), "missing") {
		t.Errorf("missing file: %+v, want an error that does not repeat the name", got)
	}
}
