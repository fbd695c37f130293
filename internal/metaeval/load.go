package metaeval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"

	"github.com/pith-dev/pith/decode"
)

// Sets names the benchmark sets that carry metadata gold.
var Sets = []string{"wcxb-dev", "trafilatura-snippets"}

// Gold is what a set knows about a page. On an annotated page an empty
// field means the page has none; on a page that is not annotated, nothing
// is known, and it counts neither for accuracy nor for false positives.
type Gold struct {
	Title  string
	Author string
	Date   string
	// Annotated is false for a trafilatura-snippets page whose <id>.json
	// holds no title, author or date key at all: its metadata was never
	// recorded ("where known", says the bench README), which is not to say
	// the page has none.
	Annotated bool
}

// Page is one benchmark case with its metadata gold.
type Page struct {
	Set       string // "wcxb-dev" or "trafilatura-snippets"
	ID        string
	URL       string
	Dir       string // the set's directory
	LangGuess string // the index's lang_guess ("und" when unknown)
	HTMLLang  string // the index's html_lang
	PageType  string // the index's page_type (wcxb-dev: article, product, listing...), else ""
	Gold      Gold
}

// HTMLPath returns the path of the page's gzip-compressed raw HTML.
func (p Page) HTMLPath() string { return filepath.Join(p.Dir, p.ID+".html.gz") }

// Bytes returns the raw page, as fetched (any charset).
func (p Page) Bytes() ([]byte, error) {
	f, err := os.Open(p.HTMLPath())
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Parse decodes the page to UTF-8 with pith's decode package (as the
// pipeline does) and parses it.
func (p Page) Parse() (*html.Node, error) {
	b, err := p.Bytes()
	if err != nil {
		return nil, err
	}
	return html.Parse(bytes.NewReader(decode.Decode(b, "").Text))
}

// indexRow is one line of a set's index.jsonl.
type indexRow struct {
	ID          string `json:"id"`
	URL         string `json:"url"`
	HTMLLang    string `json:"html_lang"`
	LangGuess   string `json:"lang_guess"`
	PageType    string `json:"page_type"`
	Title       string `json:"title"`
	Author      string `json:"author"`
	PublishDate string `json:"publish_date"`
}

// snippetGold is the metadata part of a trafilatura-snippets <id>.json.
// Fields may be a string or a list of strings (several authors).
type snippetGold struct {
	Title  any `json:"title"`
	Author any `json:"author"`
	Date   any `json:"date"`
}

// goldString joins a gold value that may be a list with "; ".
func goldString(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		var parts []string
		for _, e := range t {
			if s := goldString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	}
	return ""
}

// Load reads the pages of one set from benchDir (the directory holding the
// sets, normally ../shared/bench). For trafilatura-snippets the gold comes
// from each <id>.json; for other sets from index.jsonl.
func Load(benchDir, set string) ([]Page, error) {
	dir := filepath.Join(benchDir, set)
	f, err := os.Open(filepath.Join(dir, "index.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var pages []Page
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var row indexRow
		if err := json.Unmarshal(line, &row); err != nil {
			return nil, fmt.Errorf("%s/index.jsonl: %w", set, err)
		}
		p := Page{Set: set, ID: row.ID, URL: row.URL, Dir: dir, LangGuess: row.LangGuess, HTMLLang: row.HTMLLang, PageType: row.PageType,
			Gold: Gold{Title: row.Title, Author: row.Author, Date: row.PublishDate, Annotated: true}}
		if set == "trafilatura-snippets" {
			b, err := os.ReadFile(filepath.Join(dir, row.ID+".json"))
			if err != nil {
				return nil, err
			}
			var g snippetGold
			if err := json.Unmarshal(b, &g); err != nil {
				return nil, fmt.Errorf("%s/%s.json: %w", set, row.ID, err)
			}
			var keys map[string]json.RawMessage
			if err := json.Unmarshal(b, &keys); err != nil {
				return nil, fmt.Errorf("%s/%s.json: %w", set, row.ID, err)
			}
			_, t := keys["title"]
			_, a := keys["author"]
			_, d := keys["date"]
			p.Gold = Gold{Title: goldString(g.Title), Author: goldString(g.Author), Date: goldString(g.Date),
				Annotated: t || a || d}
		}
		pages = append(pages, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, errors.New(set + ": no pages")
	}
	return pages, nil
}

// BenchDir finds ../shared/bench relative to the module root above dir (the
// first directory, walking up, that holds go.mod). It returns "" when there
// is no such directory.
func BenchDir(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			b := filepath.Join(dir, "..", "shared", "bench")
			if st, err := os.Stat(b); err == nil && st.IsDir() {
				return b
			}
			// The bench module has its own go.mod: keep walking up.
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
