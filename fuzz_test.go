package pith

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzLimits keep each fuzz execution small: the fuzzer grows inputs, and
// the limits are part of what is under test.
var fuzzLimits = Limits{MaxInputBytes: 1 << 20, MaxNodes: 20_000, MaxDepth: 64}

// benchDir returns ../shared/bench beside the module root, or "" when it is
// absent.
func benchDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	b := filepath.Join(dir, "..", "shared", "bench")
	if fi, err := os.Stat(b); err != nil || !fi.IsDir() {
		return ""
	}
	return b
}

// benchSeeds returns the first 32 KiB of up to n pages of each of a few
// sets (their HTML, or with text their page texts): real markup to mutate.
// Whole pages made the fuzzer crawl, since it minimizes every interesting
// input it finds. The pages are read at fuzz time and never kept in the
// repository.
func benchSeeds(tb testing.TB, n int, text bool) [][]byte {
	dir := benchDir(tb)
	if dir == "" {
		return nil
	}
	var out [][]byte
	for _, set := range []string{"scrapinghub", "wcxb-dev", "cleaneval-dev", "dragnet-train"} {
		pattern := "*.html.gz"
		if text {
			pattern = "*.page.txt"
		}
		names, _ := filepath.Glob(filepath.Join(dir, set, pattern))
		for i, name := range names {
			if i >= n {
				break
			}
			b, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			if !text {
				zr, err := gzip.NewReader(bytes.NewReader(b))
				if err != nil {
					continue
				}
				b, err = io.ReadAll(io.LimitReader(zr, 32<<10))
				if err != nil {
					continue
				}
			} else if len(b) > 32<<10 {
				b = b[:32<<10]
			}
			out = append(out, b)
		}
	}
	return out
}

// htmlSeeds are small hand-written pages that reach the pipeline's odd
// corners: unclosed raw-text elements, deep nesting, tables, charsets.
var htmlSeeds = []string{
	"<html><head><title>T</title></head><body><article><h1>Head</h1><p>One paragraph of text that is long enough to be kept as the main content.</p></article></body></html>",
	"<title>unclosed <p>the page's text is inside the title",
	"<textarea><p>swallowed text that should still come out</p>",
	"<script>var x = '<p>not text</p>'</script><p>real text after a script</p>",
	"<plaintext><p>everything after is text",
	"<table><tr><td><table><tr><td><table><tr><td>deep cell</td></tr></table></td></tr></table></td></tr></table>",
	strings.Repeat("<div>", 300) + "deep text" + strings.Repeat("</div>", 300),
	strings.Repeat("<b><i>", 200) + "inline",
	"<meta charset=utf-16><p>x</p>",
	"\xff\xfe<\x00p\x00>\x00h\x00i\x00",
	"<p>a\x00b\xff\xfe c&nbsp;&nbsp;&#0;&#xD800;&#x110000;</p>",
	"<p>line\r\nline\rline\n</p>",
	"<html><body><div id=comments><p>a comment</p></div><main><p>main</p></main>",
	"<svg><foreignObject><p>in svg</p></foreignObject></svg><math><mi>x</mi></math>",
	"<template><p>t</p></template><noscript><p>n</p></noscript><frameset><frame>",
	"<a href='javascript:alert(1)'>x</a><img src=x srcset='a 1x, b 2x'><base href='::'>",
	"<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":\"h\",\"datePublished\":\"2020-13-45\"}</script><p>x</p>",
}

// checkResult asserts what every successful extraction must satisfy.
func checkResult(t *testing.T, res *Result, in []byte) {
	t.Helper()
	for name, s := range map[string]string{"Text": res.Text, "Markdown": res.Markdown, "HTML": res.HTML, "Comments": res.Comments, "Title": res.Metadata.Title} {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", name, s)
		}
	}
	// Output is drawn from the input: decoding can grow it (a byte of a
	// single-byte charset becomes up to 3 bytes of UTF-8, an entity up to
	// a few), but never without bound.
	if bound := 8*len(in) + 1024; len(res.Text) > bound || len(res.Markdown) > 2*bound || len(res.HTML) > 4*bound {
		t.Fatalf("output out of proportion to %d input bytes: text %d, markdown %d, html %d", len(in), len(res.Text), len(res.Markdown), len(res.HTML))
	}
}

// FuzzExtract runs any input through the HTML and automatic paths with all
// renderings on: it must never panic, must give valid UTF-8, and must keep
// to the limits (an error is fine, but only one of the typed ones).
func FuzzExtract(f *testing.F) {
	for _, s := range htmlSeeds {
		f.Add([]byte(s))
	}
	for _, b := range benchSeeds(f, 3, false) {
		f.Add(b)
	}
	e := New(WithLimits(fuzzLimits), WithMarkdown(true), WithHTML(true), WithLinks(true), WithImages(true), WithComments(true))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, format := range []InputFormat{InputAuto, InputHTML} {
			res, err := e.ExtractBytes(context.Background(), in, WithInputFormat(format))
			if err != nil {
				if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrTooManyNodes) {
					t.Fatalf("untyped error: %v", err)
				}
				continue
			}
			checkResult(t, res, in)
		}
	})
}

// FuzzClean runs any input through the plain-text mode: never a panic,
// always valid UTF-8, and never more text than came in (the mode keeps
// lines as given, after decoding).
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"Home | News | Sport\n\nThe Headline\n\nA first paragraph of the article, long enough to be a sentence.\n\nShare this\n",
		"a\r\nb\rc\n\n\n\nd",
		"\xff\xfeh\x00i\x00\n\x00",
		"\x00\x00\x00\n\t \u00a0\u2028\u2029\ufeff",
		strings.Repeat("word ", 2000),
		strings.Repeat("\n", 500),
	} {
		f.Add([]byte(s))
	}
	for _, b := range benchSeeds(f, 3, true) {
		f.Add(b)
	}
	e := New(WithLimits(fuzzLimits), WithInputFormat(InputText))
	f.Fuzz(func(t *testing.T, in []byte) {
		res, err := e.ExtractBytes(context.Background(), in)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrTooManyNodes) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		checkResult(t, res, in)
		if strings.ContainsRune(res.Text, 0) {
			t.Fatalf("text holds a NUL byte")
		}
	})
}
