package plaintext

import (
	"strings"
	"sync"
	"testing"
)

const article = "Menu\r\nSearch\r\n" +
	"  The council approved the new budget on Tuesday, after a debate that lasted most of the night.  \r\n" +
	"\r\n" +
	"Members of the opposition said that the cuts would fall on the poorest districts of the city.\r\n" +
	"Share\r\n"

func TestCleanKeepsLinesVerbatim(t *testing.T) {
	got := Clean(article)
	if got == "" {
		t.Fatal("no main content found")
	}
	input := map[string]bool{}
	for _, l := range strings.Split(article, "\r\n") {
		input[l] = true
	}
	for _, l := range strings.Split(got, "\n") {
		if !input[l] {
			t.Errorf("output line %q is not a line of the input", l)
		}
	}
	if !strings.Contains(got, "  The council approved") || !strings.Contains(got, "night.  ") {
		t.Errorf("leading or trailing spaces of a kept line were changed: %q", got)
	}
}

func TestCleanEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "   \n\t\n"} {
		if got := Clean(in); got != "" {
			t.Errorf("Clean(%q) = %q, want empty", in, got)
		}
		if got := Lines(in); len(got) != 0 {
			t.Errorf("Lines(%q) has %d lines, want none", in, len(got))
		}
	}
}

func TestLinesAgreesWithClean(t *testing.T) {
	var kept []string
	for _, l := range Lines(article) {
		if l.Main {
			kept = append(kept, l.Text)
		}
		if l.Score < 0 || l.Score > 1 {
			t.Errorf("score %v of %q outside [0, 1]", l.Score, l.Text)
		}
	}
	if got, want := Clean(article), strings.Join(kept, "\n"); got != want {
		t.Errorf("Clean = %q, Lines' main lines = %q", got, want)
	}
}

// TestConcurrentUse runs Clean from several goroutines on pages of
// different sizes, so that pooled buffers are shared, and checks every
// result against the sequential one (run with -race to check for races).
func TestConcurrentUse(t *testing.T) {
	pages := []string{article, strings.Repeat(article, 7), "Just one line of text that says very little."}
	want := make([]string, len(pages))
	for i, p := range pages {
		want[i] = Clean(p)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(pages)
				if got := Clean(pages[i]); got != want[i] {
					t.Errorf("page %d: concurrent result differs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
