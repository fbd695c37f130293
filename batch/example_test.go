package batch_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/pith-dev/pith/batch"
)

// Extract the pages of a JSONL stream on two workers, in input order.
func Example() {
	stdin := strings.NewReader(
		`{"url": "https://example.com/a", "html": "<html><body><p>The ferry leaves the harbour at dawn and reaches the island before noon.</p></body></html>"}` + "\n" +
			`{"url": "https://example.com/b"}` + "\n" +
			`{"url": "https://example.com/c", "text": "Rain on Monday, sun on Tuesday, and frost by the weekend."}` + "\n")

	inputs := batch.Expand([]string{"-"}, batch.ExpandOptions{Format: batch.InputJSONL})
	src := batch.Items(inputs, batch.ReadOptions{Format: batch.InputJSONL, Stdin: stdin})
	r := &batch.Runner{Jobs: 2}
	err := r.Run(context.Background(), src, func(o *batch.Outcome) error {
		if o.Err != nil {
			fmt.Printf("%s failed: %s\n", o.Item.Name, batch.Reason(o.Err))
			return nil
		}
		fmt.Printf("%s %s\n", o.Item.Name, o.Item.URL) // and o.Result.Text...
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// -:1 https://example.com/a
	// -:2 failed: JSON line has neither "html" nor "text"
	// -:3 https://example.com/c
}
