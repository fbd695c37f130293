package linefeat

import "testing"

const chromePage = `Subscribe to our newsletter
The council approved the new budget on Tuesday, after a debate that lasted most of the night.
Council chamber pictured from the gallery
Members of the opposition said that the cuts would fall on the poorest districts of the city.
What comes next
The mayor said that the first cuts would take effect in the spring, once the council has voted.
Read the full statement below
The statement thanks the members of the council for a debate that was long but fair.
Report a problem with article
Read more
Jane Doe reports on the city for the paper`

func TestDropChrome(t *testing.T) {
	var p Page
	p.Load(chromePage)
	// As if the model had kept every line but the first.
	prob := []float32{0.1, 0.9, 0.8, 0.9, 0.8, 0.9, 0.8, 0.9, 0.7, 0.6, 0.6}
	p.dropChrome(prob)
	want := []bool{
		false,
		true,
		false, // a caption: a participle as predicate, between two sentences
		true,
		true, // a subheading
		true,
		true, // a control in the body stays: a gold may keep it
		true,
		false, // a control below the last sentence
		false, // another
		true,  // no control
	}
	for i, w := range want {
		if got := prob[i] >= 0.5; got != w {
			t.Errorf("line %d %q: main %v, want %v (p %.2f)", i, chromePage[p.Spans[i].Start:p.Spans[i].End], got, w, prob[i])
		}
	}
}
