package evaluate

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Sets lists the benchmark sets in the order they are reported.
var Sets = []string{"scrapinghub", "wcxb-dev", "readability", "cleaneval-dev", "dragnet-train", "trafilatura-snippets"}

// Mode says what an extractor is given as input.
type Mode string

// The input modes.
const (
	// ModeHTML gives the raw page (Page.HTML) with its URL.
	ModeHTML Mode = "html"
	// ModeText gives the page's whole visible text (Page.PageText); sets
	// without it (trafilatura-snippets) are left out.
	ModeText Mode = "text"
)

// LoadOptions select the pages Load reads.
type LoadOptions struct {
	Mode  Mode   // ModeHTML (the default when "") reads the HTML
	Split string // SplitAll (the default when ""), SplitTrain or SplitValidation
	// Limit keeps at most that many pages (0: all). The pages kept are the
	// first in an order given by a hash of their ids, so a limited run is a
	// fixed sample spread over the whole set rather than its first pages.
	Limit int
}

// ErrNoText is returned by Load in the plain-text mode for a set that has
// no page text.
var ErrNoText = errors.New("evaluate: set has no page text for the plain-text mode")

// FindBenchDir returns the benchmark directory: ../shared/bench relative to
// the nearest directory at or above dir that contains a go.mod file and has
// that sibling (so that it is found from nested modules such as bench/ too).
func FindBenchDir(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			bench := filepath.Join(dir, "..", "shared", "bench")
			if fi, err := os.Stat(bench); err == nil && fi.IsDir() {
				return filepath.Clean(bench), nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("evaluate: no ../shared/bench beside a module root above the working directory")
		}
		dir = parent
	}
}

// Load reads the pages of one set from root/set. Each index.jsonl entry
// gives a page; its files are <id>.html.gz (HTML mode), <id>.page.txt,
// <id>.txt (gold) and, for snippet sets, <id>.json, whose "with" and
// "without" snippets may also be given by the index entry.
func Load(root, set string, opt LoadOptions) ([]*Page, error) {
	if opt.Mode == "" {
		opt.Mode = ModeHTML
	}
	if opt.Split == "" {
		opt.Split = SplitAll
	}
	if opt.Split != SplitAll && opt.Split != SplitTrain && opt.Split != SplitValidation {
		return nil, fmt.Errorf("evaluate: unknown split %q", opt.Split)
	}
	dir := filepath.Join(root, set)
	entries, err := readIndex(filepath.Join(dir, "index.jsonl"))
	if err != nil {
		return nil, err
	}
	var pages []*Page
	for _, e := range entries {
		id, _ := e["id"].(string)
		if id == "" {
			return nil, fmt.Errorf("evaluate: %s: index entry without id", set)
		}
		p := &Page{Set: set, ID: id, Split: SplitOf(id), Index: e}
		if opt.Split != SplitAll && p.Split != opt.Split {
			continue
		}
		p.URL, _ = e["url"].(string)
		p.PageType, _ = e["page_type"].(string)
		p.Lang = primaryLang(e)
		pages = append(pages, p)
	}
	if opt.Limit > 0 && len(pages) > opt.Limit {
		slices.SortStableFunc(pages, func(a, b *Page) int {
			ka, kb := sampleKey(a.ID), sampleKey(b.ID)
			switch {
			case ka < kb:
				return -1
			case ka > kb:
				return 1
			}
			return 0
		})
		pages = pages[:opt.Limit]
		slices.SortStableFunc(pages, func(a, b *Page) int { return strings.Compare(a.ID, b.ID) })
	}
	if opt.Mode == ModeText && len(pages) > 0 && !hasPageText(dir, pages[0].ID) {
		return nil, fmt.Errorf("%w: %s", ErrNoText, set)
	}
	for _, p := range pages {
		if err := loadFiles(dir, p, opt.Mode); err != nil {
			return nil, err
		}
	}
	return pages, nil
}

func hasPageText(dir, id string) bool {
	_, err := os.Stat(filepath.Join(dir, id+".page.txt"))
	return err == nil
}

// loadFiles reads the files of p that exist; a missing gold, page text or
// snippet file is not an error, a missing HTML file is in ModeHTML.
func loadFiles(dir string, p *Page, mode Mode) error {
	base := filepath.Join(dir, p.ID)
	if mode == ModeHTML {
		b, err := readGzip(base + ".html.gz")
		if err != nil {
			return err
		}
		p.HTML = b
	}
	if b, err := os.ReadFile(base + ".page.txt"); err == nil {
		p.PageText = string(b)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if b, err := os.ReadFile(base + ".txt"); err == nil {
		p.Gold, p.HasGold = string(b), true
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	b, err := os.ReadFile(base + ".json")
	if errors.Is(err, fs.ErrNotExist) {
		// Without a snippet file, the index may carry the snippets itself
		// (wcxb-dev does).
		p.With, p.Without = stringList(p.Index["with"]), stringList(p.Index["without"])
		return nil
	}
	if err != nil {
		return err
	}
	var snip struct{ With, Without []string }
	if err := json.Unmarshal(b, &snip); err != nil {
		return fmt.Errorf("evaluate: %s.json: %v", base, err)
	}
	p.With, p.Without = snip.With, snip.Without
	return nil
}

// stringList returns v as a list of strings if it is a JSON array of
// strings, else nil.
func stringList(v any) []string {
	a, _ := v.([]any)
	var out []string
	for _, x := range a {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func readGzip(name string) ([]byte, error) {
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("evaluate: %s: %v", name, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %s: %v", name, err)
	}
	return b, nil
}

func readIndex(name string) ([]map[string]any, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var entries []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20) // entries carry snippets and can be long
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var e map[string]any
		if err := json.Unmarshal(line, &e); err != nil {
			return nil, fmt.Errorf("evaluate: %s:%d: %v", name, n, err)
		}
		entries = append(entries, e)
	}
	return entries, sc.Err()
}

// primaryLang returns the primary subtag of the entry's lang_guess, or of
// its html_lang when there is no guess, lower-cased; "und" when neither is
// known.
func primaryLang(e map[string]any) string {
	for _, k := range []string{"lang_guess", "html_lang"} {
		s, _ := e[k].(string)
		s = strings.TrimSpace(s)
		if i := strings.IndexAny(s, "-_"); i >= 0 {
			s = s[:i]
		}
		if s != "" {
			return strings.ToLower(s)
		}
	}
	return "und"
}
