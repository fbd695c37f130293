package pith

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
)

func TestSamplePage(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.html")
	if err != nil {
		t.Fatal(err)
	}
	res, err := New().ExtractBytes(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Every night, a few hundred lighthouses",
		"A signature written in light",
		"Backup batteries must hold the light for three nights.",
		"remains the simplest safety system ever built.",
	} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("main text lacks %q", want)
		}
	}
	for _, unwanted := range []string{
		"About us",                     // navigation
		"We use cookies",               // cookie banner
		"Share on Facebook",            // share bar
		"The tower at dusk",            // caption
		"Related stories",              // teasers
		"The secret life of buoys",     // teasers
		"My grandfather kept",          // comments
		"All rights reserved",          // footer
		"Why Lighthouses Still Matter", // headline: metadata, not body
	} {
		if strings.Contains(res.Text, unwanted) {
			t.Errorf("main text holds boilerplate %q", unwanted)
		}
	}
	if res.Charset != "utf-8" {
		t.Errorf("Charset = %q, want utf-8", res.Charset)
	}
	if res.InputFormat != InputHTML {
		t.Errorf("InputFormat = %v, want html", res.InputFormat)
	}
}

func TestInputErrors(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	cases := []struct {
		name string
		data []byte
		opts []Option
		want error
	}{
		{"empty", nil, nil, ErrEmpty},
		{"white space", []byte(" \n\t "), nil, ErrEmpty},
		{"binary", png, nil, ErrBinary},
		{"too large", bytes.Repeat([]byte("<p>x</p>"), 100), []Option{WithLimits(Limits{MaxInputBytes: 100})}, ErrTooLarge},
		{"too many nodes", bytes.Repeat([]byte("<p>x</p>"), 100), []Option{WithLimits(Limits{MaxNodes: 50})}, ErrTooManyNodes},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Extract(context.Background(), bytes.NewReader(c.data), c.opts...)
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, strings.NewReader("<p>Some text that would be extracted.</p>"))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestCharsetFromContentType checks that the HTTP charset wins over the
// default: windows-1252 bytes 0x93/0x94 are curly quotes.
func TestCharsetFromContentType(t *testing.T) {
	page := []byte("<html><body><article><p>He said \x93yes\x94 to the plan, and the plan went ahead the next morning without any further delay.</p></article></body></html>")
	res, err := New().ExtractBytes(context.Background(), page, WithContentType("text/html; charset=windows-1252"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "“yes”") {
		t.Errorf("text %q lacks the decoded quotes", res.Text)
	}
}

func TestConcurrentUse(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.html")
	if err != nil {
		t.Fatal(err)
	}
	e := New()
	want, err := e.ExtractBytes(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			got, err := e.ExtractBytes(context.Background(), data)
			if err == nil && got.Text != want.Text {
				err = errors.New("concurrent extraction gave another text")
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestResultDoesNotHoldPage checks that a Result keeps only what it says:
// the parser slices strings out of one copy of the page, and a Result that
// kept one of them would keep the whole page alive.
func TestResultDoesNotHoldPage(t *testing.T) {
	filler := strings.Repeat("<div class=nav><a href=/x>Link</a></div>", 12_500) // ~0.5 MB
	x := New()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	results := make([]*Result, 0, 10)
	for i := 0; i < 10; i++ {
		page := fmt.Sprintf(`<html lang=en><head><title>Harbour report %d</title><meta name=author content="Ann Lee">
<meta name=description content="The harbour reopens."><meta property="article:tag" content="harbour"></head>
<body>%s<article><p>The harbour reopened on Monday after the storm, and the first boats came in at dawn.</p></article></body></html>`, i, filler)
		res, err := x.ExtractBytes(context.Background(), []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, res)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if grown > 2<<20 {
		t.Errorf("10 results of 0.5 MB pages hold %d KB of heap; want their own strings only", grown>>10)
	}
	if results[9].Metadata.Title == "" {
		t.Error("no title extracted")
	}
	runtime.KeepAlive(results)
}
