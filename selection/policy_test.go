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

func TestIsCredit(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The harbour wall was rebuilt in 1912 (Image: GETTY)", true},
		{"Protesters gathered outside (Image: Getty )", true},
		{"(photo AFP)", true},
		{"(Credit: Harbour Review)", true},
		{"Photo: Jane Doe", true},
		{"Photo credit: Jane Doe / Harbour Review", true},
		{"The keeper at the lamp in 1950. Photo: Harbour Archive", true},
		{"Der Leuchtturm im Winter. (Foto: dpa)", true},
		{"Bild: Hafenarchiv", true},
		{"The council published the figures (see the table below).", false},
		{"Photography is the keeper's other passion.", false},
		{"Images of the storm spread quickly on social media.", false},
		{"The photo was taken in 1950 (it is the oldest we have).", false},
		{"A paragraph of the article that is long enough to be prose and not a caption, whatever it ends with, since captions are short and this one goes on and on about the harbour, its keepers, its storms and its lamps (Image: Getty)", false},
	}
	for _, c := range cases {
		if got := isCredit(c.text, int32(len(words(c.text)))); got != c.want {
			t.Errorf("isCredit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
