package metaeval

import (
	"fmt"
	"strings"

	"github.com/pith-dev/pith/metadata"
)

// Field is the score of one metadata field over a set.
type Field struct {
	Gold   int // pages whose gold has the field
	Right  int // of those, pages where the prediction is right
	NoGold int // pages whose gold lacks the field
	Given  int // of those, pages where a value is given anyway
}

// Accuracy is Right/Gold (0 when no page has gold).
func (f Field) Accuracy() float64 {
	if f.Gold == 0 {
		return 0
	}
	return float64(f.Right) / float64(f.Gold)
}

// FalsePositives is Given/NoGold: the share of pages without a gold value for
// which a value was given (0 when every page has gold).
func (f Field) FalsePositives() float64 {
	if f.NoGold == 0 {
		return 0
	}
	return float64(f.Given) / float64(f.NoGold)
}

func (f *Field) add(gold, pred string, right func(gold, pred string) bool) {
	if strings.TrimSpace(gold) == "" {
		f.NoGold++
		if strings.TrimSpace(pred) != "" {
			f.Given++
		}
		return
	}
	f.Gold++
	if right(gold, pred) {
		f.Right++
	}
}

// Row is the score of one set.
type Row struct {
	Set   string
	Pages int
	// Unannotated counts the pages without metadata gold, left out of
	// the fields' counts.
	Unannotated int
	Title       Field
	Author      Field
	Date        Field
}

// Table holds a Row per set, in the order the sets first appear.
type Table struct {
	Rows []Row
}

// Row returns the row of set, or a zero Row.
func (t Table) Row(set string) Row {
	for _, r := range t.Rows {
		if r.Set == set {
			return r
		}
	}
	return Row{Set: set}
}

// Evaluate runs extract over pages, one after the other, and scores title,
// author and date against each page's gold. A nil Metadata field counts as
// not given.
func Evaluate(pages []Page, extract func(Page) metadata.Metadata) Table {
	var t Table
	idx := map[string]int{}
	for _, p := range pages {
		i, ok := idx[p.Set]
		if !ok {
			i = len(t.Rows)
			idx[p.Set] = i
			t.Rows = append(t.Rows, Row{Set: p.Set})
		}
		m := extract(p)
		r := &t.Rows[i]
		r.Pages++
		if !p.Gold.Annotated {
			r.Unannotated++
			continue
		}
		r.Title.add(p.Gold.Title, m.Title, ScoreTitle)
		r.Author.add(p.Gold.Author, m.Author, ScoreAuthor)
		r.Date.add(p.Gold.Date, m.Date, ScoreDate)
	}
	return t
}

// String formats the table as Markdown: accuracy per field, and the
// false-positive rate in brackets where some pages lack gold.
func (t Table) String() string {
	return SideBySide([]string{""}, []Table{t})
}

// SideBySide formats several extractors' tables as one Markdown table, a
// line per set and extractor.
func SideBySide(names []string, tables []Table) string {
	var b strings.Builder
	b.WriteString("| set | extractor | pages | title | author | date | title FP | author FP | date FP |\n")
	b.WriteString("|---|---|---:|---:|---:|---:|---:|---:|---:|\n")
	var sets []string
	seen := map[string]bool{}
	for _, t := range tables {
		for _, r := range t.Rows {
			if !seen[r.Set] {
				seen[r.Set] = true
				sets = append(sets, r.Set)
			}
		}
	}
	fp := func(f Field) string {
		if f.NoGold == 0 {
			return "—"
		}
		return fmt.Sprintf("%.3f (%d/%d)", f.FalsePositives(), f.Given, f.NoGold)
	}
	for _, s := range sets {
		for i, t := range tables {
			r := t.Row(s)
			name := ""
			if i < len(names) {
				name = names[i]
			}
			fmt.Fprintf(&b, "| %s | %s | %d | %.3f | %.3f | %.3f | %s | %s | %s |\n",
				s, name, r.Pages, r.Title.Accuracy(), r.Author.Accuracy(), r.Date.Accuracy(),
				fp(r.Title), fp(r.Author), fp(r.Date))
		}
	}
	return b.String()
}
