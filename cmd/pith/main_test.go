package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-dev/pith"
)

// runCmd runs the command in process.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// libText is what the library gives for a page: the command must print
// exactly that, plus a final newline.
func libText(t *testing.T, page []byte, opts ...pith.Option) string {
	t.Helper()
	res, err := pith.New().ExtractBytes(context.Background(), page, opts...)
	if err != nil {
		t.Fatalf("library: %v", err)
	}
	if res.Text == "" || strings.HasSuffix(res.Text, "\n") {
		return res.Text
	}
	return res.Text + "\n"
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// The main text of the fixture article, and boilerplate around it.
const (
	articleSentence = "The willows along the lower reach were planted ninety years ago"
	articleNav      = "Bridge closed for repairs"
)

func TestSinglePage(t *testing.T) {
	page := readFixture(t, "article.html")
	want := libText(t, page)
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"stdin, no argument", string(page), nil},
		{"stdin, -", string(page), []string{"-"}},
		{"stdin, gzip", string(gz(t, page)), []string{"-"}},
		{"file", "", []string{"testdata/article.html"}},
		{"flags after the input", "", []string{"testdata/article.html", "--format", "text", "-j", "2"}},
		{"-- before an input", "", []string{"--", "testdata/article.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.stdin, tt.args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if out != want {
				t.Errorf("stdout = %q, want the library's text %q", out, want)
			}
		})
	}
}

// TestMainText checks the command's output for what any correct extraction
// of the fixture must hold, not only agreement with the library.
func TestMainText(t *testing.T) {
	code, out, errs := runCmd(t, "", "testdata/article.html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, articleSentence) {
		t.Errorf("main text lacks %q:\n%s", articleSentence, out)
	}
	if strings.Contains(out, articleNav) {
		t.Errorf("main text has the sidebar's %q:\n%s", articleNav, out)
	}
}

func TestOutputDir(t *testing.T) {
	article, recipe := readFixture(t, "article.html"), readFixture(t, "recipe.html")
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "x.html"), article)
	writeFile(t, filepath.Join(in, "sub", "x.html.gz"), gz(t, recipe))
	writeFile(t, filepath.Join(in, "sub", "deeper", "y.htm"), recipe)
	writeFile(t, filepath.Join(in, "sub", "notes.md"), []byte("not a page"))
	writeFile(t, filepath.Join(in, "sub", "z.txt"), []byte("a text page is only taken with --input-format text"))
	// A second input with the same name as the first: no overwrite.
	other := filepath.Join(t.TempDir(), "x.html.gz")
	writeFile(t, other, gz(t, recipe))

	tests := []struct {
		format string
		ext    string
	}{
		{"text", ".txt"},
		{"markdown", ".md"},
		{"html", ".html"},
		{"json", ".json"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := t.TempDir()
			code, stdout, errs := runCmd(t, "", "--format", tt.format, "--output-dir", out, in, other)
			if code != 0 || errs != "" || stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
			}
			var got []string
			filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					rel, _ := filepath.Rel(out, p)
					got = append(got, filepath.ToSlash(rel))
				}
				return nil
			})
			want := []string{"sub/deeper/y" + tt.ext, "sub/x" + tt.ext, "x-2" + tt.ext, "x" + tt.ext} // as WalkDir lists them
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("files %q, want %q", got, want)
			}
			if tt.format != "text" {
				return
			}
			for name, page := range map[string][]byte{"x.txt": article, "sub/x.txt": recipe, "x-2.txt": recipe} {
				b, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				if w := libText(t, page); string(b) != w {
					t.Errorf("%s = %q, want %q", name, b, w)
				}
			}
		})
	}

	t.Run("text input", func(t *testing.T) {
		out := t.TempDir()
		code, _, errs := runCmd(t, "", "--input-format", "text", "--output-dir", out, in)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if _, err := os.Stat(filepath.Join(out, "sub", "z.txt")); err != nil {
			t.Errorf("the .txt page was not taken: %v", err)
		}
		if _, err := os.Stat(filepath.Join(out, "x.txt")); err == nil {
			t.Errorf("an .html file was taken with --input-format text")
		}
	})
}

// TestHTMLOutputOverInput checks that --format html into the input's own
// directory refuses to overwrite the input.
func TestHTMLOutputOverInput(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.html")
	page := readFixture(t, "article.html")
	writeFile(t, p, page)
	code, _, errs := runCmd(t, "", "--format", "html", "--output-dir", dir, p)
	if code != 1 || !strings.Contains(errs, "output file is the input file") {
		t.Errorf("exit %d, stderr %q; want 1 and a refusal", code, errs)
	}
	if b, _ := os.ReadFile(p); !bytes.Equal(b, page) {
		t.Errorf("the input was overwritten")
	}
}

// manyInputs writes n pages of different sizes and returns their paths.
func manyInputs(t *testing.T, n int) []string {
	t.Helper()
	article, recipe := readFixture(t, "article.html"), readFixture(t, "recipe.html")
	dir := t.TempDir()
	var paths []string
	for i := range n {
		page := article
		if i%3 == 1 {
			page = recipe
		}
		// Pages of very different sizes finish out of order.
		extra := strings.Repeat("<p>Padding paragraph of the page, long enough to count as text. </p>\n", (i*37)%50)
		page = bytes.Replace(page, []byte("</body>"), []byte(extra+"</body>"), 1)
		p := filepath.Join(dir, strings.Repeat("p", 1+i/10)+string(rune('a'+i%10))+".html")
		writeFile(t, p, page)
		paths = append(paths, p)
	}
	return paths
}

func TestOrderDoesNotDependOnJobs(t *testing.T) {
	paths := manyInputs(t, 30)
	for _, format := range []string{"text", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			var first string
			for _, jobs := range []string{"1", "2", "7"} {
				code, out, errs := runCmd(t, "", append([]string{"--format", format, "--jobs", jobs}, paths...)...)
				if code != 0 {
					t.Fatalf("jobs %s: exit %d: %s", jobs, code, errs)
				}
				if first == "" {
					first = out
					if strings.Count(out, "\n") < 30 {
						t.Fatalf("too little output for 30 pages:\n%s", out)
					}
				} else if out != first {
					t.Errorf("--jobs %s output differs from --jobs 1", jobs)
				}
			}
		})
	}
}

func TestShard(t *testing.T) {
	paths := manyInputs(t, 7)
	_, all, _ := runCmd(t, "", append([]string{"--format", "jsonl", "-j", "1"}, paths...)...)
	var parts []string
	for _, s := range []string{"0/3", "1/3", "2/3"} {
		code, out, errs := runCmd(t, "", append([]string{"--format", "jsonl", "--shard", s}, paths...)...)
		if code != 0 {
			t.Fatalf("shard %s: exit %d: %s", s, code, errs)
		}
		parts = append(parts, out)
	}
	// Inputs 0,3,6 / 1,4 / 2,5: the shards hold every line once.
	lines := strings.Split(strings.TrimSuffix(all, "\n"), "\n")
	if len(lines) != 7 {
		t.Fatalf("%d lines, want 7", len(lines))
	}
	for i, l := range lines {
		if !strings.Contains(parts[i%3], l) {
			t.Errorf("line %d not in shard %d/3", i, i%3)
		}
	}
	if n := strings.Count(strings.Join(parts, ""), "\n"); n != 7 {
		t.Errorf("shards hold %d lines together, want 7", n)
	}
}

func TestFailuresAreReportedAndOthersWritten(t *testing.T) {
	article := readFixture(t, "article.html")
	dir := t.TempDir()
	good := filepath.Join(dir, "good.html")
	writeFile(t, good, article)
	empty := filepath.Join(dir, "empty.html")
	writeFile(t, empty, nil)
	trunc := filepath.Join(dir, "trunc.html.gz")
	z := gz(t, bytes.Repeat(article, 20))
	writeFile(t, trunc, z[:len(z)/2])
	binary := filepath.Join(dir, "image.html")
	// A PNG signature and header, then bytes that are no text at all.
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"), bytes.Repeat([]byte{0, 0xff, 0x13, 0x80, 0x01}, 200)...)
	writeFile(t, binary, png)
	missing := filepath.Join(dir, "missing.html")
	big := filepath.Join(dir, "big.html")
	writeFile(t, big, bytes.Repeat(article, 10))

	binaryDetected := true
	if _, err := pith.New().ExtractBytes(context.Background(), png); err == nil {
		binaryDetected = false
	}

	tests := []struct {
		name   string
		path   string
		args   []string
		reason string
	}{
		{"empty", empty, nil, "empty input"},
		{"truncated gzip", trunc, nil, "truncated gzip"},
		{"binary", binary, nil, "binary"},
		{"missing", missing, nil, "no such file"},
		{"too large", big, []string{"--max-bytes", "4k"}, "size limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "binary" && !binaryDetected {
				t.Skip("the library does not return ErrBinary for a PNG yet")
			}
			args := append(append([]string{"-j", "2"}, tt.args...), good, tt.path, good)
			code, out, errs := runCmd(t, "", args...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "pith: "+tt.path+": ") || !strings.Contains(lines[0], tt.reason) {
				t.Errorf("stderr %q, want one line \"pith: %s: ...%s...\"", errs, tt.path, tt.reason)
			}
			if n := strings.Count(out, "==> "+good+" <=="); n != 2 {
				t.Errorf("the good page was written %d times, want 2:\n%s", n, out)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"--no-such-flag"},
		{"--format", "pdf"},
		{"--input-format", "xml"},
		{"--jobs", "0"},
		{"--jobs", "many"},
		{"--shard", "3/3"},
		{"--shard", "1"},
		{"--max-bytes", "lots"},
		{"--timeout", "soon"},
		{"--output", "a.txt", "--output-dir", "d"},
		{"--url", "https://example.com/", "a.html", "b.html"},
	}
	for _, args := range tests {
		code, out, errs := runCmd(t, "", args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
		if out != "" || !strings.HasPrefix(errs, "pith: ") {
			t.Errorf("%q: stdout %q, stderr %q", args, out, errs)
		}
	}
}

func TestHelpDocumentsEveryFlag(t *testing.T) {
	code, out, _ := runCmd(t, "", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var c config
	flags(&c).VisitAll(func(f *flag.Flag) {
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		if !strings.Contains(out, dash+f.Name+" ") && !strings.Contains(out, dash+f.Name+",") {
			t.Errorf("--help does not document %s%s", dash, f.Name)
		}
	})
	if !strings.Contains(out, "Examples:") {
		t.Errorf("--help has no examples")
	}
	code, out, _ = runCmd(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "pith ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"512k", 512 << 10, true},
		{"64M", 64 << 20, true},
		{"64MiB", 64 << 20, true},
		{"64MB", 64e6, true},
		{"1G", 1 << 30, true},
		{"1.5k", 1536, true},
		{"none", -1, true},
		{"-1", -1, true},
		{"-5", 0, false},
		{"ten", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func readGz(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func TestStatsSummary(t *testing.T) {
	code, out, errs := runCmd(t, "", "--stats", "testdata/article.html", "testdata/recipe.html", "testdata/missing.html")
	if code != 1 || out == "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[1], "pith: 2 docs, 0 skipped, 1 failed, ") {
		t.Errorf("stderr %q, want the failure then a summary of 2 docs, 1 failed", errs)
	}
	// Without --stats and without a terminal: no summary.
	if _, _, errs := runCmd(t, "", "testdata/article.html", "testdata/recipe.html"); errs != "" {
		t.Errorf("stderr %q, want nothing", errs)
	}
}

// TestInterrupt checks that a cancelled run (an interrupt) stops, says so,
// and fails.
func TestInterrupt(t *testing.T) {
	paths := manyInputs(t, 20)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, paths, strings.NewReader(""), &out, &errb)
	if code != 1 || !strings.HasPrefix(errb.String(), "pith: interrupted") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

func TestStrictDatesFlag(t *testing.T) {
	// A help page whose only date is its "Last updated" line.
	page := `<html><head><title>Searching</title></head><body><main><h1>Searching your library</h1>
<p>Type a word in the search bar above the list to find the items whose title or notes hold it.</p>
<p>Last updated: March 5, 2026</p></main></body></html>`
	for _, tt := range []struct {
		args         []string
		date, source string
	}{
		{[]string{"--format", "json"}, "2026-03-05", "page"},
		{[]string{"--format", "json", "--strict-dates"}, "", ""},
	} {
		code, out, errs := runCmd(t, page, tt.args...)
		if code != 0 {
			t.Fatalf("%q: exit %d, %s", tt.args, code, errs)
		}
		var got struct {
			Date       string `json:"date"`
			DateSource string `json:"date_source"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%q: %v in %s", tt.args, err, out)
		}
		if got.Date != tt.date || got.DateSource != tt.source {
			t.Errorf("%q: date %q from %q, want %q from %q", tt.args, got.Date, got.DateSource, tt.date, tt.source)
		}
	}
}
