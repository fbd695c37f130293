package metaeval

import (
	"reflect"
	"testing"

	"github.com/pith-dev/pith/metadata"
)

func TestScoreTitle(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Bridge Reopens", "bridge reopens", true},
		{"Bridge  reopens", " Bridge reopens. ", true},
		{"“Bridge reopens”", "Bridge reopens", true},
		{"Here's how", "Here’s how", true},
		{"Tom &amp; Jerry", "Tom & Jerry", true},
		{"Bridge reopens", "Bridge reopens | Daily Planet", false},
		{"Bridge reopens", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := ScoreTitle(tt.gold, tt.pred); got != tt.want {
			t.Errorf("ScoreTitle(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestAuthorNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Jane Doe", []string{"jane doe"}},
		{"Danielle DeSiato, Donna Enzmann, and Natalie Nguyen", []string{"danielle desiato", "donna enzmann", "natalie nguyen"}},
		{"Dylan Bailey, MS, RD, FAND", []string{"dylan bailey"}},
		{"Genevieve Carlton, Ph.D.", []string{"genevieve carlton"}},
		{"Dr. Andrew Huberman", []string{"andrew huberman"}},
		{"Anna Schmidt und Peter Braun", []string{"anna schmidt", "peter braun"}},
		{"Susan", []string{"susan"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := AuthorNames(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("AuthorNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreAuthor(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Jane Doe", "jane doe", true},
		{"Jane Doe, John Roe", "John Roe; Jane Doe", true},
		{"Jane Doe, John Roe", "Jane Doe", false},
		{"Jane Doe", "Jane Doe; Daily Planet", false},
		{"Dr. Jane Doe, MD", "Jane Doe", true},
		{"Jane Doe", "", false},
	}
	for _, tt := range tests {
		if got := ScoreAuthor(tt.gold, tt.pred); got != tt.want {
			t.Errorf("ScoreAuthor(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestScoreDate(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"2021-03-05", "2021-03-05", true},
		{"2021-03-05", "2021-03-05T23:30:00-05:00", true},
		{"2021-03-05", "2021-03-06T01:00:00Z", false},
		{"2024-05", "2024-05-17", true},
		{"2024-05", "2024-06-17", false},
		{"2021-03-05", "", false},
		{"", "2021-03-05", false},
	}
	for _, tt := range tests {
		if got := ScoreDate(tt.gold, tt.pred); got != tt.want {
			t.Errorf("ScoreDate(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	pages := []Page{
		{Set: "a", ID: "1", Gold: Gold{Title: "T1", Author: "Jane Doe", Date: "2021-01-01", Annotated: true}},
		{Set: "a", ID: "2", Gold: Gold{Title: "T2", Annotated: true}},
		{Set: "b", ID: "3", Gold: Gold{Date: "2020-02-02", Annotated: true}},
		// Not annotated: what is given for it counts nowhere.
		{Set: "b", ID: "4"},
	}
	preds := map[string]metadata.Metadata{
		"1": {Title: "t1", Author: "Jane Doe", Date: "2021-01-02"},
		"2": {Title: "Other", Author: "Someone", Date: "2021-01-01"},
		"3": {Title: "Given", Date: "2020-02-02"},
		"4": {Title: "Given", Author: "Someone", Date: "2020-02-02"},
	}
	tab := Evaluate(pages, func(p Page) metadata.Metadata { return preds[p.ID] })
	a, b := tab.Row("a"), tab.Row("b")
	if a.Pages != 2 || b.Pages != 2 || b.Unannotated != 1 {
		t.Fatalf("pages: a %d, b %d (%d unannotated)", a.Pages, b.Pages, b.Unannotated)
	}
	if a.Title != (Field{Gold: 2, Right: 1}) {
		t.Errorf("a title %+v", a.Title)
	}
	if a.Author != (Field{Gold: 1, Right: 1, NoGold: 1, Given: 1}) {
		t.Errorf("a author %+v", a.Author)
	}
	if a.Date != (Field{Gold: 1, Right: 0, NoGold: 1, Given: 1}) {
		t.Errorf("a date %+v", a.Date)
	}
	if b.Title != (Field{NoGold: 1, Given: 1}) || b.Date != (Field{Gold: 1, Right: 1}) || b.Author != (Field{NoGold: 1}) {
		t.Errorf("b title %+v author %+v date %+v", b.Title, b.Author, b.Date)
	}
	if got := a.Author.FalsePositives(); got != 1 {
		t.Errorf("a author false positives %v", got)
	}
}
