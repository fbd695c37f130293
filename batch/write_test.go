package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pith-dev/pith"
	"github.com/pith-dev/pith/metadata"
)

func sampleOutcome() *Outcome {
	return &Outcome{
		Item: &Item{
			Name: "crawl.warc.gz: offset 865", Rel: "crawl/865", URL: "https://gazette.example/river",
			RecordID: "<urn:uuid:1>", Date: "2024-03-03T10:00:00Z", TargetURI: "https://gazette.example/river",
			Source: Source{File: "crawl.warc.gz", Offset: 865}, Record: true,
		},
		Result: &pith.Result{
			Text:     "How the river keeps its banks\nThe willows hold the soil.",
			Markdown: "# How the river keeps its banks\n\nThe willows hold the soil.\n",
			HTML:     "<h1>How the river keeps its banks</h1><p>The willows hold the soil.</p>",
			Comments: "Lovely piece & <true>.",
			Metadata: metadata.Metadata{Title: "How the river keeps its banks", Author: "Maren Holt", Date: "2024-03-03", Tags: []string{"rivers"}},
		},
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		name string
		opt  WriteOptions
		want string
	}{
		{"text", WriteOptions{Format: FormatText}, "How the river keeps its banks\nThe willows hold the soil.\n"},
		{"text with comments", WriteOptions{Format: FormatText, Comments: true},
			"How the river keeps its banks\nThe willows hold the soil.\n\n----- comments -----\nLovely piece & <true>.\n"},
		{"markdown with comments", WriteOptions{Format: FormatMarkdown, Comments: true},
			"# How the river keeps its banks\n\nThe willows hold the soil.\n\n## Comments\n\nLovely piece & <true>.\n"},
		{"html", WriteOptions{Format: FormatHTML}, "<h1>How the river keeps its banks</h1><p>The willows hold the soil.</p>\n"},
		{"jsonl", WriteOptions{Format: FormatJSONL},
			`{"url":"https://gazette.example/river","title":"How the river keeps its banks","author":"Maren Holt","date":"2024-03-03","tags":["rivers"],` +
				`"text":"How the river keeps its banks\nThe willows hold the soil.","warc_record_id":"<urn:uuid:1>","warc_date":"2024-03-03T10:00:00Z",` +
				`"warc_target_uri":"https://gazette.example/river","source":{"file":"crawl.warc.gz","offset":865}}` + "\n"},
		{"jsonl with comments and markdown", WriteOptions{Format: FormatJSONL, Comments: true, Markdown: true},
			`{"url":"https://gazette.example/river","title":"How the river keeps its banks","author":"Maren Holt","date":"2024-03-03","tags":["rivers"],` +
				`"text":"How the river keeps its banks\nThe willows hold the soil.","comments":"Lovely piece & <true>.",` +
				`"markdown":"# How the river keeps its banks\n\nThe willows hold the soil.\n","warc_record_id":"<urn:uuid:1>","warc_date":"2024-03-03T10:00:00Z",` +
				`"warc_target_uri":"https://gazette.example/river","source":{"file":"crawl.warc.gz","offset":865}}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Encode(sampleOutcome(), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}

	// json is the same object as jsonl, indented.
	js, _ := Encode(sampleOutcome(), WriteOptions{Format: FormatJSON})
	jl, _ := Encode(sampleOutcome(), WriteOptions{Format: FormatJSONL})
	var a, b bytes.Buffer
	json.Compact(&a, js)
	json.Compact(&b, jl)
	if a.String() != b.String() || !bytes.Contains(js, []byte("\n  \"title\"")) {
		t.Errorf("json is not jsonl indented:\n%s", js)
	}
}

func TestStreamWriterHeaders(t *testing.T) {
	var b bytes.Buffer
	w := NewStreamWriter(&b, WriteOptions{Format: FormatText, Headers: true})
	o := sampleOutcome()
	o.Item.TargetURI = ""
	failed := &Outcome{Item: &Item{Name: "bad.html"}, Err: errors.New("empty input")}
	for _, x := range []*Outcome{o, failed, o} {
		if err := w.Write(x); err != nil {
			t.Fatal(err)
		}
	}
	want := "==> crawl.warc.gz: offset 865 <==\nHow the river keeps its banks\nThe willows hold the soil.\n" +
		"\n==> crawl.warc.gz: offset 865 <==\nHow the river keeps its banks\nThe willows hold the soil.\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestDirWriter(t *testing.T) {
	dir := t.TempDir()
	w, err := NewDirWriter(filepath.Join(dir, "out"), WriteOptions{Format: FormatMarkdown})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(sampleOutcome()); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "out", "crawl", "865.md"))
	if err != nil || !strings.HasPrefix(string(b), "# How the river") {
		t.Errorf("crawl/865.md: %q, %v", b, err)
	}
}

func TestReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{pith.ErrEmpty, "empty input"},
		{errors.New("line one\nline two"), "line one line two"},
		{recordError{&warcRecordErrorForTest}, "record <urn:uuid:9>: gzip member cut short"},
	}
	for _, tt := range tests {
		if got := Reason(tt.err); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestReporter(t *testing.T) {
	var b syncBuffer
	stats := &Stats{Start: time.Now(), TotalBytes: 1000}
	stats.Docs.Add(10)
	stats.Bytes.Add(250)
	r := NewReporter(&b, "pith", stats)
	r.StartProgress(time.Millisecond)
	for !strings.Contains(b.String(), "10 docs") {
		time.Sleep(time.Millisecond)
	}
	r.Fail(&Outcome{Item: &Item{Name: "x.html"}, Err: pith.ErrEmpty})
	r.StopProgress()
	out := b.String()
	if !strings.Contains(out, "\r\x1b[K10 docs, 0 skipped, 0 failed, 0.0 MB in") || !strings.Contains(out, "25%, ETA") {
		t.Errorf("no progress line with ETA in %q", out)
	}
	if !strings.Contains(out, "\r\x1b[Kpith: x.html: empty input\n") {
		t.Errorf("the failure is not on a cleared line of its own: %q", out)
	}
	if !strings.HasSuffix(out, "\r\x1b[K") && !strings.HasSuffix(out, "empty input\n") {
		t.Errorf("the progress line is left on screen: %q", out)
	}
}
