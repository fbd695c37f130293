package metaeval

import (
	"testing"

	"github.com/pith-dev/pith/metadata"
)

// floors are the accuracies pith's metadata must keep on each set, and the
// false-positive rates it must stay under: the run at the footer-notes
// rule (wcxb-dev title 0.762, author 0.694, date 0.879, false positives
// author 0.086, date 0.079; trafilatura-snippets 0.822, 0.656, 0.919, 0.291,
// 0.374 over its annotated pages) with about half a point of slack.
var floors = map[string]struct{ title, author, date, authorFP, dateFP float64 }{
	"wcxb-dev":             {0.755, 0.689, 0.874, 0.091, 0.084},
	"trafilatura-snippets": {0.815, 0.651, 0.914, 0.296, 0.379},
}

// strictFloors are the same bounds for metadata.Options{StrictDates: true}
// (wcxb-dev date 0.609, false positives 0.018; trafilatura-snippets 0.688,
// 0.073), with half a point of slack: fewer right dates, and far fewer
// given on pages without one.
var strictFloors = map[string]struct{ date, dateFP float64 }{
	"wcxb-dev":             {0.604, 0.023},
	"trafilatura-snippets": {0.683, 0.078},
}

func pithMeta(t testing.TB, o metadata.Options) func(Page) metadata.Metadata {
	return func(p Page) metadata.Metadata {
		doc, err := p.Parse()
		if err != nil {
			t.Logf("%s/%s: %v", p.Set, p.ID, err)
			return metadata.Metadata{}
		}
		return o.Extract(doc, p.URL)
	}
}

func TestPithMetadata(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole benchmark sets; skipped with -short")
	}
	bench := BenchDir(".")
	if bench == "" {
		t.Skip("benchmark data (../shared/bench) not found")
	}
	var all []Page
	for _, set := range Sets {
		pages, err := Load(bench, set)
		if err != nil {
			t.Skipf("loading %s: %v", set, err)
		}
		all = append(all, pages...)
	}
	tab := Evaluate(all, pithMeta(t, metadata.Options{}))
	strict := Evaluate(all, pithMeta(t, metadata.Options{StrictDates: true}))
	t.Logf("\n%s", SideBySide([]string{"pith", "pith, strict dates"}, []Table{tab, strict}))
	for _, r := range tab.Rows {
		f := floors[r.Set]
		if r.Title.Accuracy() < f.title || r.Author.Accuracy() < f.author || r.Date.Accuracy() < f.date {
			t.Errorf("%s: title %.3f author %.3f date %.3f, below the floor %.3f %.3f %.3f",
				r.Set, r.Title.Accuracy(), r.Author.Accuracy(), r.Date.Accuracy(), f.title, f.author, f.date)
		}
		if r.Author.FalsePositives() > f.authorFP || r.Date.FalsePositives() > f.dateFP {
			t.Errorf("%s: false positives author %.3f date %.3f, above the ceiling %.3f %.3f",
				r.Set, r.Author.FalsePositives(), r.Date.FalsePositives(), f.authorFP, f.dateFP)
		}
	}
	for _, r := range strict.Rows {
		f := strictFloors[r.Set]
		if r.Date.Accuracy() < f.date || r.Date.FalsePositives() > f.dateFP {
			t.Errorf("%s, strict dates: date %.3f, false positives %.3f; want at least %.3f and at most %.3f",
				r.Set, r.Date.Accuracy(), r.Date.FalsePositives(), f.date, f.dateFP)
		}
	}
}
