package batch

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 100)
	input := "short\n" + long + "\n" + "mid-length\n" + "last, no newline"
	r := bufio.NewReaderSize(strings.NewReader(input), 16) // lines longer than the buffer
	type res struct {
		line    string
		dropped int64
		eof     bool
	}
	want := []res{
		{"short\n", 0, false},
		{"", 101, false},
		{"mid-length\n", 0, false},
		{"last, no newline", 0, true},
	}
	for i, w := range want {
		line, dropped, err := readLine(r, 20)
		if string(line) != w.line || dropped != w.dropped || (err == io.EOF) != w.eof {
			t.Errorf("line %d: %q, %d, %v; want %q, %d, eof %v", i, line, dropped, err, w.line, w.dropped, w.eof)
		}
	}
}
