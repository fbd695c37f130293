package linefeat

// chromeCap is the probability a line of chrome is left with: far below
// any threshold, so that it goes whatever the model made of it.
const chromeCap = 0.05

// dropChrome lowers the probability of two kinds of line that read like
// the body but belong to the chrome around it, found from their form and
// the body's place, which prob (the final probability of each line)
// tells: the controls below the body's last sentence ("Report a problem
// with article", "Read more", "Post a comment"), and the captions between
// two of its sentences, short lines in the style of headlines ("Starlink
// terminal placed on land"). The model has the features of both, but the
// golds hold too few such lines for the trees to learn them: a rule
// does it.
// Subheadings, which look like captions but take no predicate
// participle, and the lines of the body, which end a sentence, are left
// alone.
func (p *Page) dropChrome(prob []float32) {
	n := len(p.Spans)
	sentence := func(i int) bool {
		return prob[i] >= 0.5 && p.ew[i] >= 8 && p.Stats[i].EndTerminal
	}
	// The body's last sentence, looked for from the end.
	last := -1
	for i := n - 1; i >= 0; i-- {
		if sentence(i) {
			last = i
			break
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < n; i++ {
		s := &p.Stats[i]
		if s.StartUI && s.Words <= 8 && !s.EndTerminal {
			prob[i] = min(prob[i], chromeCap)
		}
	}
	for i := 1; i < last; i++ {
		s := &p.Stats[i]
		if s.Words >= 2 && s.Words <= 10 && !s.EndTerminal && !s.EndColon && s.Participle && !s.Aux &&
			sentence(i-1) && sentence(i+1) {
			prob[i] = min(prob[i], chromeCap)
		}
	}
}
