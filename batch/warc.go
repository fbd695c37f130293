package batch

import (
	"bufio"
	"context"
	"errors"
)

func readWARC(ctx context.Context, base *Item, br *bufio.Reader, opt *ReadOptions, emit func(*Item) error) error {
	it := *base
	it.Err = errors.New("WARC input is not wired yet")
	return emit(&it)
}
