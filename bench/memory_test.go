package bench

import (
	"bytes"
	"errors"
	"testing"
)

func TestBigPage(t *testing.T) {
	page := []byte(`<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav>` +
		`<article><h1>Head</h1><P class=lead>First para.</P><div class=ad>Ad</div><p>Second para.</p></article>` +
		`<footer><p>Footer text.</p></footer><pre>code</pre></body></html>`)
	const size = 10000
	big, err := BigPage(page, size)
	if err != nil {
		t.Fatal(err)
	}
	if len(big) < size || len(big) > size+len(page) {
		t.Errorf("len = %d, want in [%d, %d]", len(big), size, size+len(page))
	}
	// The run repeated goes from the first <P to the last </p> (here the
	// footer's), so head and tail are kept exactly once.
	for s, want := range map[string]int{"<title>": 1, "<nav>": 1, "<pre>": 1, "</html>": 1, "First para.": 0, "Footer text.": 0} {
		n := bytes.Count(big, []byte(s))
		if want > 0 && n != want {
			t.Errorf("%q occurs %d times, want %d", s, n, want)
		}
		if want == 0 && n < 40 {
			t.Errorf("%q occurs %d times, want it repeated", s, n)
		}
	}
	if !bytes.HasPrefix(big, page[:bytes.Index(page, []byte("<P"))]) || !bytes.HasSuffix(big, []byte("<pre>code</pre></body></html>")) {
		t.Error("page head or tail changed")
	}
	if _, err := BigPage([]byte("<pre>no paragraphs</pre><param>"), size); !errors.Is(err, ErrNoParagraphs) {
		t.Errorf("page without <p>: err = %v", err)
	}
}
