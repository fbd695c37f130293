package evaluate

import (
	"cmp"
	"slices"

	"github.com/pith-dev/pith/internal/metrics"
)

// Scores are the figures of a group of documents: a whole set or one of its
// breakdown groups.
type Scores struct {
	Docs   int `json:"docs"`
	Empty  int `json:"empty"`  // predictions without a single token, errors included
	Errors int `json:"errors"` // pages whose extraction failed

	// HasGold is false when no document of the group has a gold text; the
	// shingle and word figures are then absent (0).
	HasGold   bool    `json:"has_gold"`
	ShingleP  float64 `json:"shingle_p"`
	ShingleR  float64 `json:"shingle_r"`
	ShingleF1 float64 `json:"shingle_f1"`
	WordP     float64 `json:"word_p"`
	WordR     float64 `json:"word_r"`
	WordF1    float64 `json:"word_f1"`

	// Snippets holds the snippet counts and figures when the group has
	// snippets (trafilatura-snippets, wcxb-dev), else nil.
	Snippets *SnippetScores `json:"snippets,omitempty"`
}

// SnippetScores are the summed snippet counts of a group and the
// precision, recall and F1 computed from them.
type SnippetScores struct {
	metrics.SnippetScore
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// Group is one breakdown group of a set, such as a page type or a language.
type Group struct {
	Key string `json:"key"`
	Scores
}

// DocResult is the evaluation of one page.
type DocResult struct {
	ID       string               `json:"id"`
	URL      string               `json:"url,omitempty"`
	PageType string               `json:"page_type,omitempty"`
	Lang     string               `json:"lang"`
	Split    string               `json:"split"`
	Empty    bool                 `json:"empty"`
	Err      string               `json:"error,omitempty"`
	Shingle  metrics.DocScore     `json:"shingle"`
	Word     metrics.WordScore    `json:"word"`
	Snippet  metrics.SnippetScore `json:"snippet"`
	HasGold  bool                 `json:"has_gold"`
	Snippets bool                 `json:"has_snippets"`
	// Seconds is the wall-clock time of the page's extraction.
	Seconds float64 `json:"seconds"`
}

// Latency summarizes the wall-clock extraction times of a set's pages, in
// milliseconds (nearest-rank quantiles).
type Latency struct {
	P50 float64 `json:"p50_ms"`
	P90 float64 `json:"p90_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

// SetResult is the evaluation of one set.
type SetResult struct {
	Set string `json:"set"`
	Scores
	// WallSeconds is the wall-clock time of the extraction phase with the
	// run's workers, DocsPerSec = Docs / WallSeconds.
	WallSeconds float64 `json:"wall_seconds"`
	DocsPerSec  float64 `json:"docs_per_sec"`
	// CPUSeconds is the CPU time the process used during the extraction
	// phase (user + system, all threads, garbage collection included);
	// DocsPerCPUSec = Docs / CPUSeconds is the throughput of one core,
	// independent of the number of workers and of other load on the
	// machine. It is 0 where CPU time cannot be read.
	CPUSeconds    float64 `json:"cpu_seconds"`
	DocsPerCPUSec float64 `json:"docs_per_cpu_sec"`
	// Latency summarizes the per-page wall-clock times.
	Latency Latency `json:"latency"`

	// BreakdownBy names what Groups are keyed by ("page_type", "lang") or
	// is "" when the set has no breakdown.
	BreakdownBy string  `json:"breakdown_by,omitempty"`
	Groups      []Group `json:"groups,omitempty"`

	// Pages holds the per-page results when Options.KeepDocs is set.
	Pages []DocResult `json:"pages,omitempty"`
}

// PageError is a page whose extraction failed.
type PageError struct {
	Set string `json:"set"`
	ID  string `json:"id"`
	Err string `json:"error"`
}

// Report is the result of Run.
type Report struct {
	Extractor string      `json:"extractor"` // Options.Name
	Date      string      `json:"date"`      // UTC, RFC 3339
	Mode      Mode        `json:"mode"`
	Split     string      `json:"split"`
	Workers   int         `json:"workers"`
	NumCPU    int         `json:"num_cpu"`
	GoVersion string      `json:"go_version"`
	Sets      []SetResult `json:"sets"`
	Errors    []PageError `json:"errors,omitempty"`
}

// ScoreDoc scores one prediction against page p; err is the extraction's
// error, if any, whose output counts as empty.
func ScoreDoc(p *Page, pred string, err error) DocResult {
	d := DocResult{ID: p.ID, URL: p.URL, PageType: p.PageType, Lang: p.Lang, Split: p.Split,
		HasGold: p.HasGold, Snippets: len(p.With)+len(p.Without) > 0}
	if err != nil {
		d.Err = err.Error()
		pred = ""
	}
	d.Empty = len(metrics.Tokens(pred)) == 0
	if p.HasGold {
		d.Shingle = metrics.Shingle(p.Gold, pred)
		d.Word = metrics.Word(p.Gold, pred)
	}
	if d.Snippets {
		d.Snippet = metrics.Snippets(pred, p.With, p.Without)
	}
	return d
}

// Accumulator sums DocResults into Scores. The zero value is empty.
type Accumulator struct {
	docs, empty, errors, gold int
	shingle                   metrics.ShingleSet
	word                      metrics.WordSet
	snip                      metrics.SnippetScore
	hasSnip                   bool
}

// Add adds one page's result.
func (a *Accumulator) Add(d DocResult) {
	a.docs++
	if d.Empty {
		a.empty++
	}
	if d.Err != "" {
		a.errors++
	}
	if d.HasGold {
		a.gold++
		a.shingle.Add(d.Shingle)
		a.word.Add(d.Word)
	}
	if d.Snippets {
		a.hasSnip = true
		a.snip.Add(d.Snippet)
	}
}

// Scores returns the figures of the pages added so far.
func (a *Accumulator) Scores() Scores {
	s := Scores{Docs: a.docs, Empty: a.empty, Errors: a.errors, HasGold: a.gold > 0}
	if s.HasGold {
		s.ShingleP, s.ShingleR, s.ShingleF1, _, _ = a.shingle.Result()
		s.WordP, s.WordR, s.WordF1, _ = a.word.Result()
	}
	if a.hasSnip {
		p, r, f1 := a.snip.Result()
		s.Snippets = &SnippetScores{SnippetScore: a.snip, P: p, R: r, F1: f1}
	}
	return s
}

// breakdownKey returns what the pages of set are grouped by in reports:
// the page type for wcxb-dev, the language for trafilatura-snippets.
func breakdownKey(set string) string {
	switch set {
	case "wcxb-dev":
		return "page_type"
	case "trafilatura-snippets":
		return "lang"
	}
	return ""
}

// groups scores docs by the breakdown key by ("page_type" or "lang"),
// largest groups first.
func groups(by string, docs []DocResult) []Group {
	if by == "" {
		return nil
	}
	acc := map[string]*Accumulator{}
	for _, d := range docs {
		k := d.Lang
		if by == "page_type" {
			k = d.PageType
			if k == "" {
				k = "unknown"
			}
		}
		if acc[k] == nil {
			acc[k] = &Accumulator{}
		}
		acc[k].Add(d)
	}
	var gs []Group
	for k, a := range acc {
		gs = append(gs, Group{Key: k, Scores: a.Scores()})
	}
	slices.SortFunc(gs, func(a, b Group) int {
		if c := cmp.Compare(b.Docs, a.Docs); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return gs
}
