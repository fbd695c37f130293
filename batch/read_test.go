package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadersKeepOrder checks that reading several inputs at once gives
// the same items in the same order as reading them one by one.
func TestReadersKeepOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for f := range 7 {
		var b strings.Builder
		for l := range 10 + f*13 {
			fmt.Fprintf(&b, `{"url": "https://example.com/%d/%d", "text": "Page %d of file %d."}`+"\n", f, l, l, f)
		}
		p := filepath.Join(dir, fmt.Sprintf("f%d.jsonl", f))
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	args = append(args, filepath.Join(dir, "missing.jsonl"))
	inputs := Expand(args, ExpandOptions{})
	collect := func(readers int) []string {
		var got []string
		err := Items(inputs, ReadOptions{Readers: readers})(context.Background(), func(it *Item) error {
			if it.Err != nil {
				got = append(got, it.Name+" "+it.Err.Error())
			} else {
				got = append(got, it.Name+" "+it.URL)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	want := collect(1)
	if len(want) != 7*10+13*21+1 {
		t.Fatalf("%d items read one input at a time", len(want))
	}
	for _, readers := range []int{2, 3, 16} {
		if got := collect(readers); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%d readers: items differ from one reader's", readers)
		}
	}

	// Stopping early ends the readers ahead.
	errStop := errors.New("stop")
	n := 0
	err := Items(inputs, ReadOptions{Readers: 3})(context.Background(), func(*Item) error {
		if n++; n == 25 {
			return errStop
		}
		return nil
	})
	if !errors.Is(err, errStop) || n != 25 {
		t.Errorf("early stop: %v after %d items", err, n)
	}
}
