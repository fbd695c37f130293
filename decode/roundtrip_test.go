package decode

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"golang.org/x/text/encoding"
)

// roundTripCharsets are the legacy encodings a page in each language may
// be written in.
var roundTripCharsets = map[string][]string{
	"en": {"windows-1252"}, "de": {"windows-1252"}, "fr": {"windows-1252"},
	"es": {"windows-1252"}, "pt": {"windows-1252"}, "it": {"windows-1252"},
	"da": {"windows-1252"},
	"pl": {"windows-1250", "iso-8859-2"}, "cs": {"windows-1250", "iso-8859-2"},
	"hu": {"windows-1250", "iso-8859-2"}, "ro": {"windows-1250", "iso-8859-2"},
	"ru": {"windows-1251", "koi8-r"}, "uk": {"windows-1251"},
	"zh": {"gbk", "big5"},
	"ja": {"shift_jis", "euc-jp"},
	"ko": {"euc-kr"},
}

// TestGuessRoundTrip re-encodes UTF-8 benchmark pages into the legacy
// encodings of their language (characters the encoding lacks become
// numeric character references, as legacy pages write them), removes
// every charset declaration, and checks that Decode gets the text back,
// with the pages' lang attributes and without.
func TestGuessRoundTrip(t *testing.T) {
	t.Run("lang", func(t *testing.T) { testGuessRoundTrip(t, true) })
	t.Run("nolang", func(t *testing.T) { testGuessRoundTrip(t, false) })
}

func testGuessRoundTrip(t *testing.T, withLang bool) {
	if testing.Short() {
		t.Skip("slow: re-encodes benchmark pages")
	}
	dir := benchDir(t)
	index, _ := filepath.Glob(filepath.Join(dir, "*", "index.jsonl"))
	const perLang = 25
	seen := map[string]int{}
	type tally struct{ ok, n int }
	results := map[string]*tally{}
	for _, idx := range index {
		f, err := os.Open(idx)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct {
				ID   string `json:"id"`
				Lang string `json:"lang_guess"`
			}
			if json.Unmarshal(sc.Bytes(), &c) != nil {
				continue
			}
			charsets := roundTripCharsets[c.Lang]
			if charsets == nil || seen[c.Lang] >= perLang {
				continue
			}
			path := filepath.Join(filepath.Dir(idx), c.ID+".html.gz")
			if _, err := os.Stat(path); err != nil {
				continue
			}
			orig := Decode(readGzip(t, path), "")
			if orig.Charset != "utf-8" || !hasHighByte(orig.Text) {
				continue
			}
			seen[c.Lang]++
			page := bytes.ReplaceAll(orig.Text, []byte("charset"), []byte("chxrset"))
			page = bytes.ReplaceAll(page, []byte("encoding="), []byte("encodinx="))
			if !withLang {
				page = bytes.ReplaceAll(page, []byte("lang="), []byte("lanx="))
			}
			for _, cs := range charsets {
				enc := encoding.HTMLEscapeUnsupported(byName(cs).NewEncoder())
				data, err := enc.Bytes(page)
				if err != nil {
					t.Fatalf("%s: encoding to %s: %v", path, cs, err)
				}
				if !hasHighByte(data) {
					continue // nothing left to tell encodings apart
				}
				want, _ := byName(cs).NewDecoder().Bytes(data)
				r := Decode(data, "")
				key := c.Lang + " " + cs
				if results[key] == nil {
					results[key] = &tally{}
				}
				results[key].n++
				if bytes.Equal(r.Text, want) {
					results[key].ok++
				} else {
					t.Errorf("%s (%s) in %s: decoded as %s (%s)", rel(path), c.Lang, cs, r.Charset, r.Source)
				}
			}
		}
		f.Close()
	}
	keys := make([]string, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-16s %d/%d", k, results[k].ok, results[k].n)
	}
}
