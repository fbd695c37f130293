package decode

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestWARCHTTPOnlyCharset decodes the record of the damaged WARC copy whose
// page is windows-1252 with the charset only in the HTTP header (see
// bench/warc/README.md), from the archive's own bytes, and checks the
// manifest's expected phrase.
func TestWARCHTTPOnlyCharset(t *testing.T) {
	dir := filepath.Join(benchDir(t), "warc")
	mf, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Skip("no WARC manifest:", err)
	}
	var manifest struct {
		Files map[string]struct {
			Extract []struct {
				Offset         int64  `json:"offset"`
				Length         int64  `json:"length"`
				PayloadDigest  string `json:"payload_digest"`
				Charset        string `json:"charset"`
				ExpectContains string `json:"expect_contains"`
			} `json:"extract"`
		} `json:"files"`
	}
	if err := json.Unmarshal(mf, &manifest); err != nil {
		t.Fatal(err)
	}
	const name = "scrapinghub-60-damaged.warc.gz"
	found := false
	for _, doc := range manifest.Files[name].Extract {
		if doc.Charset == "" {
			continue
		}
		found = true
		contentType, payload := readWARCResponse(t, filepath.Join(dir, name), doc.Offset, doc.Length)
		sum := sha1.Sum(payload)
		if got := "sha1:" + base32.StdEncoding.EncodeToString(sum[:]); got != doc.PayloadDigest {
			t.Fatalf("payload digest %s, manifest says %s", got, doc.PayloadDigest)
		}
		r := Decode(payload, contentType)
		if r.Charset != doc.Charset || r.Source != SourceHTTP {
			t.Errorf("Content-Type %q: got %s (%s), want %s from http", contentType, r.Charset, r.Source, doc.Charset)
		}
		if !strings.Contains(string(r.Text), doc.ExpectContains) {
			t.Errorf("decoded page lacks %q", doc.ExpectContains)
		}
		// Without the header, detection must find the same.
		if r2 := Decode(payload, ""); !bytes.Equal(r2.Text, r.Text) {
			t.Errorf("without the header: decoded as %s (%s), text differs", r2.Charset, r2.Source)
		}
	}
	if !found {
		t.Skip("no record with an HTTP-only charset in the manifest")
	}
}

// readWARCResponse reads the gzip member at off and returns the HTTP
// Content-Type and payload of the response record in it.
func readWARCResponse(t *testing.T, path string, off, length int64) (contentType string, payload []byte) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(io.NewSectionReader(f, off, length))
	if err != nil {
		t.Fatal(err)
	}
	zr.Multistream(false)
	rec, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	warcHead, block, ok := bytes.Cut(rec, []byte("\r\n\r\n"))
	if !ok {
		t.Fatal("no end of WARC headers")
	}
	blockLen := -1
	for _, line := range strings.Split(string(warcHead), "\r\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "Content-Length") {
			blockLen, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	if blockLen < 0 || blockLen > len(block) {
		t.Fatalf("bad WARC Content-Length %d", blockLen)
	}
	httpHead, payload, ok := bytes.Cut(block[:blockLen], []byte("\r\n\r\n"))
	if !ok {
		t.Fatal("no end of HTTP headers")
	}
	for _, line := range strings.Split(string(httpHead), "\r\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "Content-Type") {
			contentType = strings.TrimSpace(v)
		}
	}
	return contentType, payload
}
