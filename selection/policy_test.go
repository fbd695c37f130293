package selection

import "testing"

func TestIsTitle(t *testing.T) {
	cases := []struct {
		heading, title string
		want           bool
	}{
		{"Why Lighthouses Still Matter", "Why Lighthouses Still Matter | The Harbour Review", true},
		{"Why lighthouses still matter", "The Harbour Review - Why Lighthouses Still Matter", true},
		{"Tide tables", "Tide tables | Coast Notes", true},
		{"Related stories", "Why Lighthouses Still Matter | The Harbour Review", false},
		{"Lighthouses", "Why Lighthouses Still Matter in the Age of GPS and Beyond", false},
		{"Comments", "", false},
		{"", "Anything", false},
	}
	for _, c := range cases {
		if got := IsTitle(c.heading, c.title); got != c.want {
			t.Errorf("IsTitle(%q, %q) = %v, want %v", c.heading, c.title, got, c.want)
		}
	}
}
