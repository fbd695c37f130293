package metaeval

import (
	"fmt"
	"os"
	"testing"
)

// TestDump prints the pages where pith's metadata misses, for the field
// named by METAEVAL_DUMP (title, author or date); it is a development aid
// and skips otherwise.
func TestDump(t *testing.T) {
	field := os.Getenv("METAEVAL_DUMP")
	if field == "" {
		t.Skip("set METAEVAL_DUMP=title|author|date to list misses")
	}
	bench := BenchDir(".")
	if bench == "" {
		t.Skip("benchmark data not found")
	}
	extract := pithMeta(t)
	for _, set := range Sets {
		pages, err := Load(bench, set)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
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
			if right || gold == "" && pred == "" {
				continue
			}
			fmt.Printf("%s %s\n  gold %q\n  pred %q\n", set, p.ID, gold, pred)
		}
	}
}
