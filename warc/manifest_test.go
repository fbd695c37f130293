package warc

import (
	"crypto/sha1"
	"encoding/base32"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDir returns ../shared/bench relative to the module root, skipping
// the test when it is absent.
func benchDir(t testing.TB) string {
	t.Helper()
	bench := benchDirIfPresent()
	if bench == "" {
		t.Skip("benchmark data not present")
	}
	if _, err := os.Stat(filepath.Join(bench, "warc", "manifest.json")); err != nil {
		t.Skip("benchmark data not present:", err)
	}
	return bench
}

type manifest struct {
	Files map[string]struct {
		Kind       string           `json:"kind"`
		Members    int              `json:"members"`
		Counts     map[string]int   `json:"record_counts"`
		Extract    []manifestRecord `json:"extract"`
		NotContent []manifestRecord `json:"not_content"`
		Damaged    []manifestRecord `json:"damaged"`
	} `json:"files"`
}

type manifestRecord struct {
	Type           string `json:"type"`
	RecordID       string `json:"record_id"`
	URI            string `json:"uri"`
	Offset         int64  `json:"offset"`
	Length         int64  `json:"length"`
	Status         int    `json:"status"`
	PayloadDigest  string `json:"payload_digest"`
	PayloadLength  int    `json:"payload_length"`
	ContentDigest  string `json:"content_digest"`
	ContentLength  int    `json:"content_length"`
	Charset        string `json:"charset"`
	ExpectContains string `json:"expect_contains"`
	Kind           string `json:"kind"`
	NextOffset     int64  `json:"next_offset"`
}

func sha1Base32(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// cp1252 encodes the punctuation that windows-1252 puts in 0x80-0x9F, for
// finding a phrase in a page encoded so.
var cp1252 = strings.NewReplacer("’", "\x92", "‘", "\x91", "“", "\x93", "”", "\x94",
	"–", "\x96", "—", "\x97", "…", "\x85")

type readResult struct {
	docs    []*Record
	kinds   []Document
	all     []*Record
	damaged []*RecordError
}

func readAllRecords(t *testing.T, path string) readResult {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var res readResult
	r := NewReader(f)
	for i := 0; ; i++ {
		if i > 100000 {
			t.Fatal("Next does not end")
		}
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		var re *RecordError
		if errors.As(err, &re) {
			res.damaged = append(res.damaged, re)
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		res.all = append(res.all, rec)
		if d := rec.Document(); d.Kind != NotDocument {
			res.docs = append(res.docs, rec)
			res.kinds = append(res.kinds, d)
		}
	}
	return res
}

func TestManifest(t *testing.T) {
	bench := benchDir(t)
	data, err := os.ReadFile(filepath.Join(bench, "warc", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 3 {
		t.Errorf("manifest lists %d files, want 3", len(m.Files))
	}
	for name, file := range m.Files {
		t.Run(name, func(t *testing.T) {
			res := readAllRecords(t, filepath.Join(bench, "warc", name))

			// Every well-formed record is read: the members less the
			// damaged ones.
			if got, want := len(res.all), file.Members-len(file.Damaged); got != want {
				t.Errorf("read %d records, want %d", got, want)
			}
			counts := map[string]int{}
			for _, rec := range res.all {
				counts[rec.Type]++
			}
			for _, d := range file.Damaged {
				counts[d.Type]++
			}
			for typ, n := range file.Counts {
				if counts[typ] != n {
					t.Errorf("%d %s records (damaged included), want %d", counts[typ], typ, n)
				}
			}

			// The documents are exactly those of extract, in order.
			if len(res.docs) != len(file.Extract) {
				t.Errorf("%d documents, want %d", len(res.docs), len(file.Extract))
			}
			for i := 0; i < len(res.docs) && i < len(file.Extract); i++ {
				rec, doc, want := res.docs[i], res.kinds[i], file.Extract[i]
				if rec.ID != want.RecordID || rec.TargetURI != want.URI || rec.Type != want.Type {
					t.Errorf("document %d: %s %s %s, want %s %s %s", i, rec.Type, rec.ID, rec.TargetURI, want.Type, want.RecordID, want.URI)
					continue
				}
				if rec.Offset != want.Offset || rec.Length != want.Length {
					t.Errorf("document %d (%s): offset %d length %d, want %d %d", i, rec.ID, rec.Offset, rec.Length, want.Offset, want.Length)
				}
				digest, length := want.PayloadDigest, want.PayloadLength
				wantKind := HTMLDocument
				if want.Type == "conversion" {
					digest, length, wantKind = want.ContentDigest, want.ContentLength, TextDocument
				}
				if doc.Kind != wantKind {
					t.Errorf("document %d (%s): kind %v, want %v", i, rec.ID, doc.Kind, wantKind)
				}
				if len(doc.Body) != length || sha1Base32(doc.Body) != digest {
					t.Errorf("document %d (%s): body of %d bytes %s, want %d %s", i, rec.ID, len(doc.Body), sha1Base32(doc.Body), length, digest)
				}
				if want.Status != 0 && doc.Status != want.Status {
					t.Errorf("document %d (%s): status %d, want %d", i, rec.ID, doc.Status, want.Status)
				}
				if want.Charset != "" {
					if doc.Charset != want.Charset {
						t.Errorf("document %d (%s): charset %q, want %q", i, rec.ID, doc.Charset, want.Charset)
					}
					if !strings.Contains(doc.ContentType, want.Charset) {
						t.Errorf("document %d (%s): content type %q lacks the charset", i, rec.ID, doc.ContentType)
					}
					if phrase := cp1252.Replace(want.ExpectContains); !strings.Contains(string(doc.Body), phrase) {
						t.Errorf("document %d (%s): body lacks %q in windows-1252", i, rec.ID, want.ExpectContains)
					}
				}
			}

			// Nothing of not_content is a document, and every one of them
			// is read.
			docIDs := map[string]bool{}
			for _, rec := range res.docs {
				docIDs[rec.ID] = true
			}
			readIDs := map[string]bool{}
			for _, rec := range res.all {
				readIDs[rec.ID] = true
			}
			for _, nc := range file.NotContent {
				if docIDs[nc.RecordID] {
					t.Errorf("%s %s (%s) came out as a document", nc.Type, nc.RecordID, nc.URI)
				}
				if !readIDs[nc.RecordID] {
					t.Errorf("%s %s (%s) was not read", nc.Type, nc.RecordID, nc.URI)
				}
			}

			// Every damaged record is reported, by offset and id, and
			// nothing else is.
			if len(res.damaged) != len(file.Damaged) {
				for _, re := range res.damaged {
					t.Logf("reported: %v", re)
				}
				t.Errorf("%d damaged records reported, want %d", len(res.damaged), len(file.Damaged))
			}
			for _, d := range file.Damaged {
				found := false
				for _, re := range res.damaged {
					if re.Offset == d.Offset && (re.RecordID == "" || re.RecordID == d.RecordID) {
						found = true
					}
				}
				if !found {
					t.Errorf("damage %s at offset %d (%s) not reported", d.Kind, d.Offset, d.RecordID)
				}
				if docIDs[d.RecordID] {
					t.Errorf("damaged record %s came out as a document", d.RecordID)
				}
			}
		})
	}
}
