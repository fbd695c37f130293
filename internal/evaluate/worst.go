package evaluate

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// WriteWorst prints, for each set, the n pages with the lowest score (the
// shingle F1 of the page, or its snippet F1 for sets without gold), the
// first places to look at in error analysis. It needs the per-page results
// (Options.KeepDocs).
func (r *Report) WriteWorst(w io.Writer, n int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tid\tscore\tP\tR\tempty\turl")
	for _, s := range r.Sets {
		docs := slices.Clone(s.Pages)
		slices.SortStableFunc(docs, func(a, b DocResult) int { return cmp.Compare(docScore(a), docScore(b)) })
		for _, d := range docs[:min(n, len(docs))] {
			p, rc := d.Shingle.P, d.Shingle.R
			if !d.HasGold {
				p, rc, _ = d.Snippet.Result()
			}
			fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%.3f\t%v\t%s\n", s.Set, d.ID, docScore(d), p, rc, d.Empty, d.URL)
		}
	}
	return tw.Flush()
}

// WriteSlowest prints the n pages that took longest to extract, over all
// sets. It needs the per-page results (Options.KeepDocs).
func (r *Report) WriteSlowest(w io.Writer, n int) error {
	type page struct {
		set string
		d   DocResult
	}
	var all []page
	for _, s := range r.Sets {
		for _, d := range s.Pages {
			all = append(all, page{s.Set, d})
		}
	}
	slices.SortStableFunc(all, func(a, b page) int { return cmp.Compare(b.d.Seconds, a.d.Seconds) })
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tid\tms\terror\turl")
	for _, p := range all[:min(n, len(all))] {
		e, _, _ := strings.Cut(p.d.Err, "\n")
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%s\t%s\n", p.set, p.d.ID, p.d.Seconds*1000, e, p.d.URL)
	}
	return tw.Flush()
}

// docScore is the figure a page is ranked by in WriteWorst: the F1 of its
// shingle P and R, or of its snippet counts when it has no gold.
func docScore(d DocResult) float64 {
	if !d.HasGold {
		_, _, f1 := d.Snippet.Result()
		return f1
	}
	return harmonic(d.Shingle.P, d.Shingle.R)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
