package metaeval

import (
	"fmt"
	"os"
	"testing"

	"github.com/pith-dev/pith/metadata"
)

// TestDump prints the pages where pith's metadata misses, for the field
// named by METAEVAL_DUMP (title, author or date); it is a development aid
// and skips otherwise. Each page is one line: the verdict (WRONG: another
// value than the gold's; MISS: none given; FP: one given where the gold
// has none), the set, the id, the page type of the index (wcxb-dev's
// article, product, listing...; "-" when the set has none), the gold and
// the value given (for a date, then "from" and its DateSource).
// METAEVAL_STRICT=1 dumps metadata.Options{StrictDates:
// true}. With METAEVAL_DUMP_RIGHT=1 the right values are listed
// too, as RIGHT, to compare where the right and the false ones come from.
func TestDump(t *testing.T) {
	field := os.Getenv("METAEVAL_DUMP")
	if field == "" {
		t.Skip("set METAEVAL_DUMP=title|author|date to list misses")
	}
	bench := BenchDir(".")
	if bench == "" {
		t.Skip("benchmark data not found")
	}
	extract := pithMeta(t, metadata.Options{StrictDates: os.Getenv("METAEVAL_STRICT") != ""})
	for _, set := range Sets {
		pages, err := Load(bench, set)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			if !p.Gold.Annotated {
				continue
			}
			m := extract(p)
			var gold, pred string
			var right bool
			switch field {
			case "title":
				gold, pred, right = p.Gold.Title, m.Title, ScoreTitle(p.Gold.Title, m.Title)
			case "author":
				gold, pred, right = p.Gold.Author, m.Author, ScoreAuthor(p.Gold.Author, m.Author)
			case "date":
				gold, pred, right = p.Gold.Date, m.Date, ScoreDate(p.Gold.Date, m.Date)
			}
			verdict := "WRONG"
			switch {
			case gold == "" && pred == "":
				continue
			case right && os.Getenv("METAEVAL_DUMP_RIGHT") == "":
				continue
			case right:
				verdict = "RIGHT"
			case gold == "":
				verdict = "FP"
			case pred == "":
				verdict = "MISS"
			}
			kind := p.PageType
			if kind == "" {
				kind = "-"
			}
			fmt.Printf("%s %s %s %s gold %q pred %q", verdict, set, p.ID, kind, gold, pred)
			if field == "date" && pred != "" {
				fmt.Printf(" from %s", m.DateSource)
			}
			fmt.Println()
		}
	}
}
