package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// table is a titled grid of cells, printed aligned or as markdown.
type table struct {
	title  string
	header []string
	rows   [][]string
}

// tables returns the report's tables: the main scores, the snippet scores
// and one table per breakdown.
func (r *Report) tables() []table {
	main := table{title: fmt.Sprintf("%s: main text, %s input, %s pages", r.Extractor, r.Mode, r.Split),
		header: []string{"set", "docs", "empty", "errors", "shingle P", "shingle R", "shingle F1",
			"word P", "word R", "word F1", "docs/s wall", "docs/s per core"}}
	snip := table{title: r.Extractor + ": snippets found, that the text must contain (with) or must not (without)",
		header: []string{"set", "docs", "empty", "with found", "without found", "P", "R", "F1"}}
	var out []table
	var breakdowns []table
	for _, s := range r.Sets {
		if s.HasGold {
			main.rows = append(main.rows, append(scoreCells(s.Set, s.Scores),
				fmt.Sprintf("%.1f", s.DocsPerSec), fmt.Sprintf("%.1f", s.DocsPerCPUSec)))
		}
		if s.Snippets != nil {
			snip.rows = append(snip.rows, snippetCells(s.Set, s.Scores))
		}
		if len(s.Groups) == 0 {
			continue
		}
		b := table{title: fmt.Sprintf("%s: %s by %s", r.Extractor, s.Set, s.BreakdownBy)}
		key := strings.ReplaceAll(s.BreakdownBy, "_", " ")
		if s.HasGold {
			b.header = []string{key, "docs", "empty", "errors", "shingle P", "shingle R", "shingle F1", "word P", "word R", "word F1"}
			for _, g := range s.Groups {
				b.rows = append(b.rows, scoreCells(g.Key, g.Scores))
			}
		} else {
			b.header = append([]string{key}, snip.header[1:]...)
			for _, g := range s.Groups {
				b.rows = append(b.rows, snippetCells(g.Key, g.Scores))
			}
		}
		breakdowns = append(breakdowns, b)
	}
	if len(main.rows) > 0 {
		out = append(out, main)
	}
	if len(snip.rows) > 0 {
		out = append(out, snip)
	}
	return append(out, breakdowns...)
}

func scoreCells(key string, s Scores) []string {
	return []string{key, fmt.Sprint(s.Docs), fmt.Sprint(s.Empty), fmt.Sprint(s.Errors),
		f3(s.ShingleP), f3(s.ShingleR), f3(s.ShingleF1), f3(s.WordP), f3(s.WordR), f3(s.WordF1)}
}

func snippetCells(key string, s Scores) []string {
	n := s.Snippets
	return []string{key, fmt.Sprint(s.Docs), fmt.Sprint(s.Empty),
		fmt.Sprintf("%d/%d", n.TP, n.TP+n.FN), fmt.Sprintf("%d/%d", n.FP, n.FP+n.TN),
		f3(n.P), f3(n.R), f3(n.F1)}
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

// WriteTable prints the report as plain aligned tables.
func (r *Report) WriteTable(w io.Writer) error {
	for i, t := range r.tables() {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, t.title)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		for _, row := range append([][]string{t.header}, t.rows...) {
			fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// WriteMarkdown prints the report as markdown tables, each under a bold
// title, for docs/benchmarks.md.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	for i, t := range r.tables() {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "**%s**\n\n", t.title)
		b.WriteString("| " + strings.Join(t.header, " | ") + " |\n|")
		for i := range t.header {
			if i == 0 {
				b.WriteString("---|")
			} else {
				b.WriteString("---:|")
			}
		}
		b.WriteString("\n")
		for _, row := range t.rows {
			b.WriteString("| " + strings.Join(row, " | ") + " |\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON prints the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
