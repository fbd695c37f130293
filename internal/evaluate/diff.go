package evaluate

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"text/tabwriter"
)

// ReadReport reads a report saved with WriteJSON.
func ReadReport(name string) (*Report, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("evaluate: %s: %v", name, err)
	}
	return &r, nil
}

// WriteDiff prints how r differs from an earlier report old: for each set
// and breakdown group in both, the headline figures before and after, then
// the n pages whose score (see WriteWorst) changed most, in either
// direction, when both reports kept their pages.
func (r *Report) WriteDiff(w io.Writer, old *Report, n int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\tgroup\tdocs\tempty\tshingle F1\tΔ\tword F1\tΔ\tsnippet F1\tΔ\t")
	olds := map[string]SetResult{}
	for _, s := range old.Sets {
		olds[s.Set] = s
	}
	for _, s := range r.Sets {
		o, ok := olds[s.Set]
		if !ok {
			continue
		}
		diffRow(tw, s.Set, "all", o.Scores, s.Scores)
		og := map[string]Scores{}
		for _, g := range o.Groups {
			og[g.Key] = g.Scores
		}
		for _, g := range s.Groups {
			if before, ok := og[g.Key]; ok {
				diffRow(tw, s.Set, g.Key, before, g.Scores)
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n <= 0 {
		return nil
	}

	type change struct {
		set, id, url string
		before, now  float64
	}
	var changes []change
	for _, s := range r.Sets {
		before := map[string]DocResult{}
		for _, d := range olds[s.Set].Pages {
			before[d.ID] = d
		}
		for _, d := range s.Pages {
			if b, ok := before[d.ID]; ok && docScore(b) != docScore(d) {
				changes = append(changes, change{s.Set, d.ID, d.URL, docScore(b), docScore(d)})
			}
		}
	}
	if len(changes) == 0 {
		return nil
	}
	slices.SortStableFunc(changes, func(a, b change) int {
		return cmp.Compare(math.Abs(b.now-b.before), math.Abs(a.now-a.before))
	})
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tid\tbefore\tnow\tΔ\turl")
	for _, c := range changes[:min(n, len(changes))] {
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%+.3f\t%s\n", c.set, c.id, c.before, c.now, c.now-c.before, c.url)
	}
	return tw.Flush()
}

// diffRow prints one line of WriteDiff: counts now, figures before → now.
func diffRow(w io.Writer, set, group string, o, s Scores) {
	fig := func(has bool, before, now float64) string {
		if !has {
			return "—\t\t"
		}
		return fmt.Sprintf("%.3f → %.3f\t%+.3f\t", before, now, now-before)
	}
	var snipBefore, snipNow float64
	if o.Snippets != nil && s.Snippets != nil {
		snipBefore, snipNow = o.Snippets.F1, s.Snippets.F1
	}
	fmt.Fprintf(w, "%s\t%s\t%d\t%d → %d\t%s%s%s\n", set, group, s.Docs, o.Empty, s.Empty,
		fig(o.HasGold && s.HasGold, o.ShingleF1, s.ShingleF1),
		fig(o.HasGold && s.HasGold, o.WordF1, s.WordF1),
		fig(o.Snippets != nil && s.Snippets != nil, snipBefore, snipNow))
}
