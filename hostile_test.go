package pith_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pith-dev/pith"
	"github.com/pith-dev/pith/batch"
	"github.com/pith-dev/pith/warc"
)

// hostileDeadline is the per-page deadline of the hostile suite: far more
// than any case needs on a loaded machine, so that a failure means a hang,
// not a slow runner.
const hostileDeadline = 30 * time.Second

// memUse is what one extraction cost: bytes allocated in all, and the
// highest heap in use seen while it ran, above what was in use before.
type memUse struct {
	total, peak uint64
}

// measure runs f with a deadline, sampling the heap while it runs. It fails
// the test if f has not returned a little after the deadline (f is then
// left running: the process must survive the rest of the suite).
func measure(t *testing.T, f func(ctx context.Context) (*pith.Result, error)) (*pith.Result, error, memUse) {
	t.Helper()
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	ctx, cancel := context.WithTimeout(context.Background(), hostileDeadline)
	defer cancel()
	type out struct {
		res *pith.Result
		err error
	}
	done := make(chan out, 1)
	go func() {
		res, err := f(ctx)
		done <- out{res, err}
	}()

	var peak uint64
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	var ms runtime.MemStats
	for {
		select {
		case o := <-done:
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			u := memUse{total: ms.TotalAlloc - before.TotalAlloc}
			if peak > before.HeapInuse {
				u.peak = peak - before.HeapInuse
			}
			return o.res, o.err, u
		case <-tick.C:
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		case <-time.After(hostileDeadline + 5*time.Second):
			t.Fatalf("extraction still running %v after a %v deadline", 5*time.Second, hostileDeadline)
		}
	}
}

const mb = 1 << 20

// paragraph is ordinary prose, so that a selector has something to keep.
const paragraph = "The committee met on Tuesday to discuss the budget for the coming year, and after a long debate it agreed to fund the new library. "

// hostileCase is one pathological page: how to build it, what must come
// back, and the memory it may take.
type hostileCase struct {
	name string
	// page builds the input; it is built outside the measurement.
	page func() []byte
	opts []pith.Option
	// wantErr, when not nil, is the error the extraction must give.
	wantErr error
	// want is text the result must contain.
	want string
	// wantWarning is a part of a warning the result must carry.
	wantWarning string
	// totalPerByte and peakPerByte, when set, replace the suite's memory
	// bounds for a case known to cost more.
	totalPerByte, peakPerByte uint64
}

// The memory bounds of the hostile suite: linear in the input, so that a
// quadratic step fails, with room for the heaviest case measured (invalid
// UTF-8: 44 bytes allocated and 17 of peak heap per input byte; the 20 MB
// text node: 29 and 10) and a fixed allowance for small pages (the
// classifier's models, a charset's tables, the sampler's noise).
const (
	totalPerByte = 96
	peakPerByte  = 32
	memSlack     = 16 << 20
)

func repeat(s string, n int) string { return strings.Repeat(s, n) }

// nested opens open n times, puts the paragraph inside, and closes.
func nested(open, close string, n int) func() []byte {
	return func() []byte {
		return []byte("<html><body>" + repeat(open, n) + "<p>" + paragraph + "</p>" + repeat(close, n) + "</body></html>")
	}
}

func utf16Page(bom, bigEndian bool) func() []byte {
	return func() []byte {
		s := "<html><head><meta charset=utf-16><title>Été</title></head><body><article><p>" + repeat("Ça coûte cher, dit l'élève, à cause des œufs. ", 20) + "</p></article></body></html>"
		var b []byte
		if bom {
			if bigEndian {
				b = append(b, 0xfe, 0xff)
			} else {
				b = append(b, 0xff, 0xfe)
			}
		}
		for _, u := range utf16.Encode([]rune(s)) {
			if bigEndian {
				b = append(b, byte(u>>8), byte(u))
			} else {
				b = append(b, byte(u), byte(u>>8))
			}
		}
		return b
	}
}

var hostileCases = []hostileCase{
	{name: "divs 100k deep", page: nested("<div>", "</div>", 100_000), want: "committee met", wantWarning: "flattened"},
	{name: "tables 100k deep", page: nested("<table><tr><td>", "</td></tr></table>", 100_000), want: "committee met", wantWarning: "flattened"},
	{name: "inline b i font 100k deep", page: nested("<b><i><font color=red>", "", 100_000), want: "committee met"},
	{name: "lists 100k deep", page: nested("<ul><li>", "</li></ul>", 100_000), want: "committee met", wantWarning: "flattened"},
	{name: "unclosed divs 100k", page: nested("<div>", "", 100_000), want: "committee met", wantWarning: "flattened"},
	// Text the parser meets in many pieces that make one node: a stray
	// "<" or an ignored end tag between each. Merged naively, each piece
	// copies all before it.
	{name: "a million stray <", page: func() []byte {
		return []byte("<html><body><p>" + paragraph + "</p><p>" + repeat("a<", 1_000_000) + "</p></body></html>")
	}, want: "committee met"},
	{name: "a million ignored end tags in text", page: func() []byte {
		return []byte("<html><body><p>" + paragraph + "</p><p>" + repeat("x</q>", 1_000_000) + "</p></body></html>")
	}, want: "committee met"},
	{name: "a million formatting end tags under deep divs", page: func() []byte {
		return []byte("<html><body>" + repeat("<div>", 600) + "<p>" + paragraph + "</p>" + repeat("</b>", 1_000_000) + "</body></html>")
	}, want: "committee met", wantWarning: "flattened"},
	// A noscript holding the page is parsed again as markup (prune), apart
	// from the parser's limits: its own bounds must hold.
	{name: "noscript: divs 100k deep", page: func() []byte {
		return []byte("<html><body><div id=app>Loading</div><noscript>" + repeat("<div>", 100_000) + "<p>" + paragraph + "</p>" + repeat("</div>", 100_000) + "</noscript></body></html>")
	}},
	{name: "noscript: a million tags", page: func() []byte {
		return []byte("<html><body><div id=app>Loading</div><noscript>" + repeat("<b>x</b>", 1_000_000) + "<p>" + paragraph + "</p></noscript></body></html>")
	}},
	{name: "noscript: the page, 2 MB", page: func() []byte {
		return []byte("<html><body><div id=app>Loading</div><noscript>" + repeat("<p>"+paragraph+"</p>", 2<<20/(len(paragraph)+7)) + "</noscript></body></html>")
	}, want: "committee met"},
	{name: "noscript: 20 MB, over the bound on its tags", page: func() []byte {
		return []byte("<html><body><div id=app>Loading</div><noscript>" + repeat("<p>"+paragraph+"</p>", 20<<20/(len(paragraph)+7)) + "</noscript></body></html>")
	}},
	{name: "20 MB text node", page: func() []byte {
		return []byte("<html><body><article><p>" + repeat(paragraph, 20*mb/len(paragraph)) + "</p></article></body></html>")
	}, want: "committee met"},
	{name: "million attributes", page: func() []byte {
		var b bytes.Buffer
		b.WriteString("<html><body><div")
		for i := range 1_000_000 {
			b.WriteString(" a")
			b.WriteString(strings.Repeat("x", i%7))
			b.WriteString("=1")
		}
		b.WriteString("><p>" + paragraph + "</p></div></body></html>")
		return b.Bytes()
	}, want: "committee met"},
	{name: "invalid UTF-8", page: func() []byte {
		var b bytes.Buffer
		b.WriteString("<html><head><meta charset=utf-8></head><body>")
		for i := range 20_000 {
			b.WriteString("<p>" + paragraph + "\xff\xfe\xc3\x28\xe2\x82\xf0\x90\x28 ")
			b.WriteByte(byte(0x80 + i%64))
			b.WriteString("</p>")
		}
		return b.Bytes()
	}, want: "committee met"},
	// A NUL in the first 4 KiB makes an input binary (decode.Sniff), so
	// the page begins clean; the rest is riddled with NULs. Forced to HTML,
	// a page of NULs from its first byte is read too.
	{name: "NUL bytes", page: func() []byte {
		return []byte("<html><body><p>" + repeat(paragraph, 40) + "</p><p>" + repeat(paragraph+"\x00\x00 &#0; ", 20_000) + "</p></body></html>")
	}, want: "committee met"},
	{name: "NUL bytes as HTML", page: func() []byte {
		return []byte("\x00<html><body><p>" + repeat(paragraph+"\x00\x00 &#0; ", 20_000) + "</p></body></html>")
	}, opts: []pith.Option{pith.WithInputFormat(pith.InputHTML)}, want: "committee met"},
	{name: "NUL bytes sniffed", page: func() []byte {
		return []byte("<html><body><p>" + repeat(paragraph+"\x00\x00 &#0; ", 20_000) + "</p></body></html>")
	}, wantErr: pith.ErrBinary},
	{name: "unclosed title swallows the page", page: func() []byte {
		return []byte("<html><head><title>The page<body><article><h1>Budget</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article></body></html>")
	}, want: "committee met"},
	{name: "unclosed textarea swallows the page", page: func() []byte {
		return []byte("<html><body><form><textarea name=c></form><article><h1>Budget</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article></body></html>")
	}, want: "committee met"},
	{name: "unclosed script swallows the page", page: func() []byte {
		return []byte("<html><head><script>var a = 1;</head><body><article><h1>Budget</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article></body></html>")
	}, want: "committee met"},
	{name: "plaintext element", page: func() []byte {
		return []byte("<html><body><article><p>" + paragraph + "</p><plaintext>" + repeat("<p>"+paragraph+"</p>\n", 10_000))
	}, want: "committee met"},
	{name: "megabytes of nbsp", page: func() []byte {
		return []byte("<html><body><article><p>" + paragraph + "</p><p>" + repeat("&nbsp;", 8*mb/6) + "</p><p>" + paragraph + "</p></article></body></html>")
	}, want: "committee met"},
	{name: "mixed CRLF", page: func() []byte {
		return []byte("<html>\r\n<body>\r<article>\n\r" + repeat("<p>"+strings.ReplaceAll(paragraph, " ", "\r\n")+"</p>\r\r\n\n", 5_000) + "</article></body></html>")
	}, want: "committee met"},
	{name: "UTF-16LE with BOM", page: utf16Page(true, false), want: "Ça coûte cher"},
	{name: "UTF-16BE with BOM", page: utf16Page(true, true), want: "Ça coûte cher"},
	{name: "UTF-16LE without BOM", page: utf16Page(false, false), want: "Ça coûte cher"},
	{name: "UTF-16BE without BOM", page: utf16Page(false, true), want: "Ça coûte cher"},
	{name: "binary", page: func() []byte {
		b := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
		x := uint32(1)
		for range 4 * mb {
			x = x*1664525 + 1013904223
			b = append(b, byte(x>>24))
		}
		return b
	}, wantErr: pith.ErrBinary},
	{name: "text: one 20 MB line", page: func() []byte {
		return []byte(repeat(paragraph, 20*mb/len(paragraph)))
	}, opts: []pith.Option{pith.WithInputFormat(pith.InputText)}, want: "committee met"},
	// The plain-text classifier holds about 860 bytes per line (140 per
	// byte of these short lines): the case is scaled to 100,000 lines, and
	// the node limit, which counts a text page's lines, bounds the rest.
	{name: "text: 100,000 lines of menu", page: func() []byte {
		return []byte(repeat("Home\r\nNews\n\n", 50_000) + paragraph + "\n" + paragraph + "\n" + repeat("Share\n", 1_000))
	}, opts: []pith.Option{pith.WithInputFormat(pith.InputText)}, want: "committee met", totalPerByte: 250, peakPerByte: 200},
	{name: "text: a million lines over the node limit", page: func() []byte {
		return []byte(repeat("Home\r\nNews\n\n", 500_000) + paragraph + "\n")
	}, opts: []pith.Option{pith.WithInputFormat(pith.InputText), pith.WithLimits(pith.Limits{MaxNodes: 1_000_000})}, wantErr: pith.ErrTooManyNodes},
	{name: "text: invalid UTF-8 and NULs", page: func() []byte {
		return []byte(repeat(paragraph+"\xff\x00\xc3\x28\n", 20_000))
	}, opts: []pith.Option{pith.WithInputFormat(pith.InputText)}, want: "committee met"},
	{name: "too many nodes", page: func() []byte { return []byte(repeat("<p>x", 200_000)) },
		opts: []pith.Option{pith.WithLimits(pith.Limits{MaxNodes: 100_000})}, wantErr: pith.ErrTooManyNodes},
}

// TestHostile runs each pathological page through Extract with every
// rendering on, in one process: each must come back before the deadline,
// with the text or the typed error expected, in memory proportional to
// its size.
func TestHostile(t *testing.T) {
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			page := c.page()
			opts := append([]pith.Option{pith.WithMarkdown(true), pith.WithHTML(true), pith.WithComments(true)}, c.opts...)
			res, err, use := measure(t, func(ctx context.Context) (*pith.Result, error) {
				return pith.Extract(ctx, bytes.NewReader(page), opts...)
			})
			n := uint64(len(page))
			t.Logf("%d bytes in: %d allocated (%.1f/byte), heap peak +%d (%.1f/byte)", n, use.total, float64(use.total)/float64(n), use.peak, float64(use.peak)/float64(n))
			total, peak := uint64(totalPerByte), uint64(peakPerByte)
			if c.totalPerByte > 0 {
				total, peak = c.totalPerByte, c.peakPerByte
			}
			if use.total > total*n+memSlack {
				t.Errorf("allocated %d bytes, more than %d per input byte", use.total, total)
			}
			if use.peak > peak*n+memSlack {
				t.Errorf("heap grew by %d bytes, more than %d per input byte", use.peak, peak)
			}
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("err = %v, want %v", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for name, s := range map[string]string{"Text": res.Text, "Markdown": res.Markdown, "HTML": res.HTML, "Title": res.Metadata.Title} {
				if !utf8.ValidString(s) {
					t.Errorf("%s is not valid UTF-8", name)
				}
			}
			if !strings.Contains(res.Text, c.want) {
				t.Errorf("text lacks %q; starts %q", c.want, head(res.Text))
			}
			if strings.ContainsRune(res.Text, 0) {
				t.Errorf("text holds a NUL byte")
			}
			if strings.ContainsRune(res.Text, '\r') {
				t.Errorf("text holds a carriage return")
			}
			if c.wantWarning != "" && !strings.Contains(strings.Join(res.Warnings, "\n"), c.wantWarning) {
				t.Errorf("warnings %q lack %q", res.Warnings, c.wantWarning)
			}
		})
	}
}

func head(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}

// endless is an input that never ends: bytes of a page, forever.
type endless struct{ read int64 }

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "<p>spam "[(r.read+int64(i))%8]
	}
	r.read += int64(len(p))
	return len(p), nil
}

// TestHostileTooLarge gives Extract 100 MB (here: without end) under the
// default 64 MiB limit: ErrTooLarge, having read no more than the limit
// and a buffer, in memory bounded by the limit.
func TestHostileTooLarge(t *testing.T) {
	r := &endless{}
	_, err, use := measure(t, func(ctx context.Context) (*pith.Result, error) {
		return pith.Extract(ctx, r)
	})
	if !errors.Is(err, pith.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	limit := uint64(pith.DefaultLimits.MaxInputBytes)
	t.Logf("read %d bytes: %d allocated, heap peak +%d", r.read, use.total, use.peak)
	if r.read > int64(limit)+mb {
		t.Errorf("read %d bytes past a %d limit", r.read, limit)
	}
	// io.ReadAll doubles its buffer: about twice the limit in all.
	if use.total > 3*limit {
		t.Errorf("allocated %d bytes for a %d limit", use.total, limit)
	}

	// The limit is a field of Limits, and a smaller one is honoured too.
	r = &endless{}
	_, err = pith.Extract(context.Background(), r, pith.WithLimits(pith.Limits{MaxInputBytes: 1000}))
	if !errors.Is(err, pith.ErrTooLarge) || r.read > 64<<10 {
		t.Errorf("1000-byte limit: err = %v after reading %d bytes", err, r.read)
	}
}

// gzipBomb writes a gzip file of members that each inflate 1 MiB of zeros,
// n of them: a few kilobytes per GiB.
func gzipBomb(t *testing.T, path string, n int) {
	t.Helper()
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, mb))
	zw.Close()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for range n {
		if _, err := f.Write(member.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
}

// loadAll reads the inputs through the CLI's reading path (batch.Items,
// then each item's Load, as the runner does) and extracts each page.
func loadAll(t *testing.T, paths []string) []error {
	t.Helper()
	ins := batch.Expand(paths, batch.ExpandOptions{})
	var errs []error
	err := batch.Items(ins, batch.ReadOptions{})(context.Background(), func(it *batch.Item) error {
		err := it.Err
		if err == nil && it.Load != nil {
			err = it.Load(context.Background(), it)
		}
		if err == nil {
			_, err = pith.New().ExtractBytes(context.Background(), it.Data, pith.WithInputFormat(it.Format))
		}
		errs = append(errs, err)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return errs
}

// TestHostileFiles feeds the CLI's reading path a gzip bomb (4 GiB from
// 4 MB) and a binary file named .html: each fails with its typed error,
// the bomb after inflating no more than the limit.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	bomb := filepath.Join(dir, "bomb.html.gz")
	gzipBomb(t, bomb, 4096)
	bin := filepath.Join(dir, "photo.html")
	b := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	for i := range 64 << 10 {
		b = append(b, byte(i*7919>>3))
	}
	if err := os.WriteFile(bin, b, 0o644); err != nil {
		t.Fatal(err)
	}

	var errs []error
	_, _, use := measure(t, func(ctx context.Context) (*pith.Result, error) {
		errs = loadAll(t, []string{bomb, bin})
		return nil, nil
	})
	t.Logf("allocated %d, heap peak +%d", use.total, use.peak)
	if len(errs) != 2 {
		t.Fatalf("%d items, want 2", len(errs))
	}
	if !errors.Is(errs[0], pith.ErrTooLarge) {
		t.Errorf("gzip bomb: err = %v, want ErrTooLarge", errs[0])
	}
	if !errors.Is(errs[1], pith.ErrBinary) {
		t.Errorf("binary .html: err = %v, want ErrBinary", errs[1])
	}
	if limit := uint64(pith.DefaultLimits.MaxInputBytes); use.total > 3*limit {
		t.Errorf("allocated %d bytes for a %d limit", use.total, limit)
	}
}

// TestHostileDeadline checks that a deadline is honoured on a large page:
// an expired context gives context.DeadlineExceeded, and a short one ends
// the extraction at the next stage boundary. The stages themselves are not
// interrupted: parsing a page is the coarsest step, about a second for the
// largest page the default limits allow.
func TestHostileDeadline(t *testing.T) {
	page := []byte("<html><body>" + repeat("<div><p>"+paragraph+"</p></div>", 40_000) + "</body></html>")

	// A page is not started past its deadline: the cancelled call must
	// cost far less than parsing the page would.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, format := range []pith.InputFormat{pith.InputHTML, pith.InputText} {
		var err error
		allocs := testing.AllocsPerRun(3, func() {
			_, err = pith.New().ExtractBytes(ctx, page, pith.WithInputFormat(format))
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%v, cancelled context: err = %v", format, err)
		}
		if allocs > 10 {
			t.Errorf("%v, cancelled context: %v allocations, want the page left unread", format, allocs)
		}
	}

	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(1)
	var err error
	go func() {
		defer wg.Done()
		_, err = pith.New().ExtractBytes(ctx, page, pith.WithMarkdown(true))
	}()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(hostileDeadline):
		t.Fatal("extraction ignored its deadline")
	}
	// Logged, not asserted: how long past the deadline the stage that was
	// running took to end.
	t.Logf("%d-byte page, 50ms deadline: returned after %v", len(page), time.Since(start))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want context.DeadlineExceeded", err)
	}
}

// TestHostileWARCBomb gives the CLI's reading path a compressed WARC whose
// one record declares and holds a 256 MiB block of zeros (a few hundred KB
// on disk; four times the limit is the point, and building and inflating
// a GiB took 12 s): the record must be refused in bounded memory.
func TestHostileWARCBomb(t *testing.T) {
	const blockMiB = 256
	path := filepath.Join(t.TempDir(), "bomb.warc.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestSpeed)
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
	zw.Write([]byte("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n" +
		"WARC-Target-URI: http://example.com/\r\nContent-Type: application/http; msgtype=response\r\n" +
		"Content-Length: " + strconv.Itoa(len(head)+blockMiB*mb) + "\r\n\r\n" + head))
	zw.Write(make([]byte, mb))
	for range blockMiB - 1 {
		zw.Write(make([]byte, mb))
	}
	zw.Write([]byte("\r\n\r\n"))
	zw.Close()
	if _, err := f.Write(member.Bytes()); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var errs []error
	_, _, use := measure(t, func(ctx context.Context) (*pith.Result, error) {
		errs = loadAll(t, []string{path})
		return nil, nil
	})
	t.Logf("%d bytes on disk: errors %v; allocated %d, heap peak +%d", member.Len(), errs, use.total, use.peak)
	if len(errs) != 1 || !errors.Is(errs[0], warc.ErrTooLarge) {
		t.Errorf("errors %v, want the record refused with warc.ErrTooLarge", errs)
	}
	if limit := uint64(pith.DefaultLimits.MaxInputBytes); use.peak > 2*limit {
		t.Errorf("heap grew by %d bytes for a %d limit", use.peak, limit)
	}
}
