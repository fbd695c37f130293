package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// benchDir returns ../shared/bench relative to the module root, or skips
// the test when it is absent.
func benchDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	b := filepath.Join(dir, "..", "shared", "bench")
	if _, err := os.Stat(filepath.Join(b, "warc", "manifest.json")); err != nil {
		t.Skipf("benchmark data absent: %v", err)
	}
	return b
}

type manifestRecord struct {
	Type           string `json:"type"`
	RecordID       string `json:"record_id"`
	URI            string `json:"uri"`
	Case           string `json:"case"`
	Offset         int64  `json:"offset"`
	Kind           string `json:"kind"`
	ExpectContains string `json:"expect_contains"`
}

type manifest struct {
	CaseIDs []string `json:"case_ids"`
	Files   map[string]struct {
		Kind       string           `json:"kind"`
		Extract    []manifestRecord `json:"extract"`
		NotContent []manifestRecord `json:"not_content"`
		Damaged    []manifestRecord `json:"damaged"`
	} `json:"files"`
}

func readManifest(t *testing.T, bench string) *manifest {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(bench, "warc", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Files) == 0 {
		t.Fatal("manifest lists no files")
	}
	return &m
}

// outDoc is the part of a jsonl line the tests look at.
type outDoc struct {
	URL           string `json:"url"`
	Text          string `json:"text"`
	WARCRecordID  string `json:"warc_record_id"`
	WARCDate      string `json:"warc_date"`
	WARCTargetURI string `json:"warc_target_uri"`
	Source        *struct {
		File   string `json:"file"`
		Offset int64  `json:"offset"`
	} `json:"source"`
}

func parseJSONL(t *testing.T, out string) []outDoc {
	t.Helper()
	var docs []outDoc
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d outDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("bad output line %q: %v", sc.Text(), err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestWARCManifest checks every file of the manifest: each document record
// comes out, in order, with its id, URI and offset; each damaged record is
// reported on a line of its own; nothing else comes out.
func TestWARCManifest(t *testing.T) {
	bench := benchDir(t)
	m := readManifest(t, bench)
	for name, f := range m.Files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(bench, "warc", name)
			code, out, errs := runCmd(t, "", "--format", "jsonl", "-j", "2", path)
			wantCode := 0
			if len(f.Damaged) > 0 {
				wantCode = 1
			}
			if code != wantCode {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, wantCode, errs)
			}
			docs := parseJSONL(t, out)
			if len(docs) != len(f.Extract) {
				t.Errorf("%d documents, want %d", len(docs), len(f.Extract))
			}
			for i := range min(len(docs), len(f.Extract)) {
				d, w := docs[i], f.Extract[i]
				if d.WARCRecordID != w.RecordID || d.WARCTargetURI != w.URI || d.URL == "" ||
					d.Source == nil || d.Source.File != path || d.Source.Offset != w.Offset || d.WARCDate == "" {
					t.Errorf("document %d: id %s uri %s source %+v date %q; want id %s uri %s offset %d",
						i, d.WARCRecordID, d.WARCTargetURI, d.Source, d.WARCDate, w.RecordID, w.URI, w.Offset)
				}
				if w.ExpectContains != "" && !strings.Contains(d.Text, w.ExpectContains) {
					t.Errorf("document %d (charset from the HTTP header): text lacks %q", i, w.ExpectContains)
				}
			}
			lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
			if errs == "" {
				lines = nil
			}
			if len(lines) != len(f.Damaged) {
				t.Errorf("%d lines on stderr, want one per damaged record (%d):\n%s", len(lines), len(f.Damaged), errs)
			}
			for i, d := range f.Damaged {
				if i >= len(lines) {
					break
				}
				prefix := "pith: " + path + ": offset " + strconv.FormatInt(d.Offset, 10) + ": "
				if !strings.HasPrefix(lines[i], prefix) {
					t.Errorf("damaged record %s (%s): reported as %q, want a line starting %q", d.RecordID, d.Kind, lines[i], prefix)
				}
			}
		})
	}
}

// TestWARCTextEqualsFile checks that a record's text is what the command
// gives for the same page as a file: the HTML of the WARC against the
// cases' .html.gz, the WET against their .page.txt in text mode.
func TestWARCTextEqualsFile(t *testing.T) {
	bench := benchDir(t)
	m := readManifest(t, bench)
	tests := []struct {
		file   string
		suffix string
		args   []string
	}{
		{"scrapinghub-60.warc.gz", ".html.gz", nil},
		{"scrapinghub-60.warc.wet.gz", ".page.txt", []string{"--input-format", "text"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, ok := m.Files[tt.file]
			if !ok {
				t.Skipf("%s not in the manifest", tt.file)
			}
			_, out, errs := runCmd(t, "", "--format", "jsonl", filepath.Join(bench, "warc", tt.file))
			fromWARC := parseJSONL(t, out)
			if len(fromWARC) != len(f.Extract) {
				t.Fatalf("%d documents, want %d: %s", len(fromWARC), len(f.Extract), errs)
			}
			args := append([]string{"--format", "jsonl"}, tt.args...)
			for _, r := range f.Extract {
				args = append(args, filepath.Join(bench, dataset(m), r.Case+tt.suffix))
			}
			code, out, errs := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("pages as files: exit %d: %s", code, errs)
			}
			fromFiles := parseJSONL(t, out)
			if len(fromFiles) != len(fromWARC) {
				t.Fatalf("%d pages as files, %d records", len(fromFiles), len(fromWARC))
			}
			for i := range fromWARC {
				if fromWARC[i].Text != fromFiles[i].Text {
					t.Errorf("case %s: the record's text differs from the file's", f.Extract[i].Case)
				}
			}
		})
	}
}

func dataset(*manifest) string { return "scrapinghub" }

// TestWARCStdin checks that an archive on standard input is recognised by
// its first bytes.
func TestWARCStdin(t *testing.T) {
	bench := benchDir(t)
	data, err := os.ReadFile(filepath.Join(bench, "warc", "scrapinghub-60.warc.wet.gz"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, string(data), "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := parseJSONL(t, out)
	if len(docs) != 60 || docs[0].WARCRecordID == "" || docs[0].Source != nil {
		t.Errorf("%d documents from standard input, want 60 WET records without a source file", len(docs))
	}
}
