package decode

import (
	"bytes"
	"strings"
	"testing"
)

func TestSample(t *testing.T) {
	// A long ASCII page with two accented words far apart: the sample
	// keeps them with their context and drops the rest.
	filler := strings.Repeat("<div class=x>plain ascii text</div>\n", 2000)
	data := []byte(filler + "<p>caf\xe9 cr\xe8me</p>\n" + filler + "<p>na\xefve</p>\n" + filler)
	s := sample(data)
	if len(s) > 400 {
		t.Errorf("sample of %d bytes for two words", len(s))
	}
	for _, w := range []string{"caf\xe9 cr\xe8me", "na\xefve"} {
		if !bytes.Contains(s, []byte(w)) {
			t.Errorf("sample %q lacks %q", s, w)
		}
	}

	// Text that is all non-ASCII is cut near the limit, at a space.
	data = bytes.Repeat([]byte("\x93\xfa\x96\x7b\x8c\xea "), 100000)
	s = sample(data)
	if len(s) > sampleLimit+1 || len(s) < sampleLimit-64 {
		t.Errorf("sample of %d bytes, limit %d", len(s), sampleLimit)
	}
	// Whole words of 6 bytes and the spaces between them, then '\n'.
	if n := len(s) - 1; (n+1)%7 != 0 || !bytes.HasSuffix(s, []byte("\x8c\xea\n")) {
		t.Errorf("sample of %d bytes ends inside a character: %q", len(s), s[len(s)-8:])
	}

	// Not a single separator: still bounded.
	data = bytes.Repeat([]byte{0xE9}, 1<<20)
	if s := sample(data); len(s) > sampleLimit+1 {
		t.Errorf("sample of %d bytes, limit %d", len(s), sampleLimit)
	}
}
