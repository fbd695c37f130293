package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// record returns a WARC 1.1 record with CRLF line ends and a correct
// Content-Length.
func record(typ, id, uri, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Target-URI: %s\r\n"+
		"WARC-Date: 2024-03-01T10:20:30Z\r\nContent-Type: application/http; msgtype=response\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", typ, id, uri, len(block), block)
}

// gzipMembers compresses each part into its own gzip member and returns
// the concatenation and the offset of each member.
func gzipMembers(t testing.TB, parts ...string) ([]byte, []int64) {
	t.Helper()
	var out bytes.Buffer
	var offs []int64
	for _, p := range parts {
		offs = append(offs, int64(out.Len()))
		zw := gzip.NewWriter(&out)
		if _, err := zw.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes(), offs
}

const page1 = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>one</p></body></html>"
const page2 = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>two</p></body></html>"

// event is what one call to Next gave: a record id, or a damage kind with
// the offset reported.
type event struct {
	id     string
	offset int64
	err    error
}

func (e event) String() string {
	if e.err != nil {
		return fmt.Sprintf("damage(%v)@%d", e.err, e.offset)
	}
	return fmt.Sprintf("%s@%d", e.id, e.offset)
}

// readEvents reads r to the end, failing on an error that is not damage.
func readEvents(t *testing.T, in []byte, opts ...Option) []event {
	t.Helper()
	r := NewReader(bytes.NewReader(in), opts...)
	var evs []event
	for i := 0; ; i++ {
		if i > 1000 {
			t.Fatal("Next does not end")
		}
		rec, err := r.Next()
		if err == io.EOF {
			return evs
		}
		var re *RecordError
		if errors.As(err, &re) {
			evs = append(evs, event{offset: re.Offset, err: re.Err})
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		evs = append(evs, event{id: rec.ID, offset: rec.Offset})
	}
}

func checkEvents(t *testing.T, got, want []event) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestReadPlain(t *testing.T) {
	r1 := record("response", "<urn:1>", "http://a.example/", page1)
	r2 := record("response", "<urn:2>", "<http://b.example/x>", page2)
	in := []byte(r1 + r2)
	r := NewReader(bytes.NewReader(in))
	rec, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if rec.Version != "1.1" || rec.Type != "response" || rec.ID != "<urn:1>" || rec.TargetURI != "http://a.example/" {
		t.Errorf("first record: %+v", rec)
	}
	if string(rec.Block) != page1 {
		t.Errorf("block %q, want %q", rec.Block, page1)
	}
	if rec.Offset != 0 || rec.Length != int64(len(r1)) {
		t.Errorf("offset %d length %d, want 0 %d", rec.Offset, rec.Length, len(r1))
	}
	if rec.Date.Format("2006-01-02 15:04:05") != "2024-03-01 10:20:30" {
		t.Errorf("date %v", rec.Date)
	}
	if rec.ContentType != "application/http; msgtype=response" || rec.Header.Get("content-length") != fmt.Sprint(len(page1)) {
		t.Errorf("content type %q, length field %q", rec.ContentType, rec.Header.Get("content-length"))
	}
	if r.Compressed() {
		t.Error("plain input reported compressed")
	}
	rec, err = r.Next()
	if err != nil {
		t.Fatal(err)
	}
	// Angle brackets around the target URI (as WARC 1.0 writers did) go.
	if rec.TargetURI != "http://b.example/x" || rec.Offset != int64(len(r1)) || rec.Length != int64(len(r2)) {
		t.Errorf("second record: uri %q offset %d length %d", rec.TargetURI, rec.Offset, rec.Length)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("after the last record: %v, want io.EOF", err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("io.EOF is not sticky: %v", err)
	}
}

func TestReadGzip(t *testing.T) {
	in, offs := gzipMembers(t,
		record("response", "<urn:1>", "http://a.example/", page1),
		record("request", "<urn:2>", "http://a.example/", "GET / HTTP/1.1\r\n\r\n"),
		record("response", "<urn:3>", "http://b.example/", page2))
	r := NewReader(bytes.NewReader(in))
	for i, id := range []string{"<urn:1>", "<urn:2>", "<urn:3>"} {
		rec, err := r.Next()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		end := int64(len(in))
		if i+1 < len(offs) {
			end = offs[i+1]
		}
		if rec.ID != id || rec.Offset != offs[i] || rec.Length != end-offs[i] {
			t.Errorf("record %d: %s offset %d length %d, want %s %d %d", i, rec.ID, rec.Offset, rec.Length, id, offs[i], end-offs[i])
		}
	}
	if !r.Compressed() {
		t.Error("gzip input not reported compressed")
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("at the end: %v, want io.EOF", err)
	}
	if r.Offset() != int64(len(in)) {
		t.Errorf("Offset() %d at the end, want %d", r.Offset(), len(in))
	}
}

func TestLineEnds(t *testing.T) {
	// Bare LF everywhere, one LF closing the record, blank lines before
	// the first, and a folded field.
	lf := "\n\nWARC/1.0\nWARC-Type: conversion\nWARC-Record-ID: <urn:1>\n" +
		"WARC-Target-URI: http://a.example/\nX-Note: first\n  and second\nContent-Length: 5\n\nhello\n" +
		"WARC/1.0\nWARC-Type: conversion\nWARC-Record-ID: <urn:2>\ncontent-length: 3\n\nbye\n\n"
	for _, compressed := range []bool{false, true} {
		in := []byte(lf)
		if compressed {
			in, _ = gzipMembers(t, lf)
		}
		r := NewReader(bytes.NewReader(in))
		rec, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if rec.Version != "1.0" || string(rec.Block) != "hello" || rec.Header.Get("x-note") != "first and second" {
			t.Errorf("compressed %v: version %q block %q note %q", compressed, rec.Version, rec.Block, rec.Header.Get("x-note"))
		}
		rec, err = r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if rec.ID != "<urn:2>" || string(rec.Block) != "bye" {
			t.Errorf("compressed %v: second record %s %q", compressed, rec.ID, rec.Block)
		}
		if _, err := r.Next(); err != io.EOF {
			t.Errorf("compressed %v: %v, want io.EOF", compressed, err)
		}
	}
}

func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\r\n\r\n", "\n"} {
		r := NewReader(strings.NewReader(in))
		if rec, err := r.Next(); err != io.EOF {
			t.Errorf("%q: %v %v, want io.EOF", in, rec, err)
		}
	}
	// An empty gzip member is no record.
	in, _ := gzipMembers(t, "")
	if rec, err := NewReader(bytes.NewReader(in)).Next(); err != io.EOF {
		t.Errorf("empty gzip member: %v %v, want io.EOF", rec, err)
	}
}

func TestDamagePlain(t *testing.T) {
	good1 := record("response", "<urn:1>", "http://a.example/", page1)
	good2 := record("response", "<urn:2>", "http://b.example/", page2)
	o := int64(len(good1))
	tests := []struct {
		name string
		bad  string
		opts []Option
		want []event
	}{
		{"huge declared length",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nContent-Length: 99999999999\r\n\r\nshort\r\n\r\n",
			nil,
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrTooLarge}, {id: "<urn:2>", offset: -1}}},
		{"declared length over the end",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nContent-Length: 9999\r\n\r\nshort\r\n\r\n",
			nil,
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrBlockTruncated}, {id: "<urn:2>", offset: -1}}},
		{"length too long by some bytes",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nContent-Length: 40\r\n\r\nshort\r\n\r\n",
			nil,
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrTrailingData}, {id: "<urn:2>", offset: -1}}},
		{"length too short",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nContent-Length: 3\r\n\r\nshort\r\n\r\n",
			nil,
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrTrailingData}, {id: "<urn:2>", offset: -1}}},
		{"no content length",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nCont\xffnt-Le\x00gth \x89 5\r\n\r\nshort\r\n\r\n",
			nil,
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrBadHeader}, {id: "<urn:2>", offset: -1}}},
		{"bad content length",
			"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5x\r\n\r\nshort\r\n\r\n",
			nil,
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrBadHeader}, {id: "<urn:2>", offset: -1}}},
		{"junk between records",
			"<html>not a record</html>\r\n",
			nil,
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrBadHeader}, {id: "<urn:2>", offset: -1}}},
		{"block over the maximum",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:big>\r\nContent-Length: 2000\r\n\r\n" + strings.Repeat("x", 2000) + "\r\n\r\n",
			[]Option{WithMaxBlockSize(1000)},
			[]event{{id: "<urn:1>"}, {offset: o, err: ErrTooLarge}, {id: "<urn:2>", offset: -1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := good1 + tt.bad + good2
			want := append([]event(nil), tt.want...)
			want[len(want)-1].offset = int64(len(good1) + len(tt.bad))
			checkEvents(t, readEvents(t, []byte(in), tt.opts...), want)
		})
	}
}

func TestDamageGzip(t *testing.T) {
	good1 := record("response", "<urn:1>", "http://a.example/", page1)
	good2 := record("response", "<urn:2>", "http://b.example/", page2)
	tests := []struct {
		name string
		bad  string
		opts []Option
		err  error
	}{
		{"huge declared length",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nContent-Length: 99999999999\r\n\r\nshort\r\n\r\n",
			nil, ErrTooLarge},
		{"length too long",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nContent-Length: 40\r\n\r\nshort\r\n\r\n",
			nil, ErrBlockTruncated},
		{"length too short",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nContent-Length: 3\r\n\r\nshort\r\n\r\n",
			nil, ErrTrailingData},
		{"no content length",
			"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bad>\r\nCont\xffnt-Le\x00gth \x89 5\r\n\r\nshort\r\n\r\n",
			nil, ErrBadHeader},
		{"EOF in the header",
			"WARC/1.1\r\nWARC-Type: response\r\nContent-Le",
			nil, ErrBadHeader},
		{"not a record",
			"<html>not a record</html>\r\n",
			nil, ErrBadHeader},
		{"block over the maximum",
			"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 2000\r\n\r\n" + strings.Repeat("x", 2000) + "\r\n\r\n",
			[]Option{WithMaxBlockSize(1000)}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, offs := gzipMembers(t, good1, tt.bad, good2)
			checkEvents(t, readEvents(t, in, tt.opts...), []event{
				{id: "<urn:1>", offset: 0}, {offset: offs[1], err: tt.err}, {id: "<urn:2>", offset: offs[2]}})
		})
	}
}

func TestTruncatedGzipMember(t *testing.T) {
	good1 := record("response", "<urn:1>", "http://a.example/", page1)
	// A member large enough that half of it is cut inside the deflate data.
	big := record("response", "<urn:big>", "http://big.example/", page2+strings.Repeat(" <p>filler text that varies 1234567890</p>", 300))
	good2 := record("response", "<urn:2>", "http://b.example/", page2)
	whole, offs := gzipMembers(t, good1, big, good2)
	for keep := int64(1); keep < offs[2]-offs[1]; keep++ {
		// Cut the middle member after keep bytes; the next follows at once.
		in := append(append([]byte(nil), whole[:offs[1]+keep]...), whole[offs[2]:]...)
		// Offset never goes back, though the reader does.
		r, last := NewReader(bytes.NewReader(in)), int64(0)
		for {
			_, err := r.Next()
			if o := r.Offset(); o < last {
				t.Fatalf("cut at %d: Offset went from %d back to %d", keep, last, o)
			} else {
				last = o
			}
			if err == io.EOF {
				break
			}
		}
		if last != int64(len(in)) {
			t.Errorf("cut at %d: Offset %d at the end, want %d", keep, last, len(in))
		}
		evs := readEvents(t, in)
		// Cut in its last bytes, the member may still give its record
		// whole before the damage shows.
		if len(evs) == 4 && evs[1].id == "<urn:big>" {
			evs = append(evs[:1], evs[2:]...)
		}
		checkEvents(t, evs, []event{
			{id: "<urn:1>", offset: 0}, {offset: offs[1], err: ErrCorruptGzip}, {id: "<urn:2>", offset: offs[1] + keep}})
	}
	// A file cut inside its last member.
	in := whole[:offs[2]+20]
	checkEvents(t, readEvents(t, in), []event{
		{id: "<urn:1>", offset: 0}, {id: "<urn:big>", offset: offs[1]}, {offset: offs[2], err: ErrCorruptGzip}})
}

func TestJunkBetweenMembers(t *testing.T) {
	m1, _ := gzipMembers(t, record("response", "<urn:1>", "http://a.example/", page1))
	m2, _ := gzipMembers(t, record("response", "<urn:2>", "http://b.example/", page2))
	junk := "\x00\x00 some junk \x1f\x8b not a member"
	in := append(append(append([]byte(nil), m1...), junk...), m2...)
	checkEvents(t, readEvents(t, in), []event{
		{id: "<urn:1>", offset: 0}, {offset: int64(len(m1)), err: ErrCorruptGzip}, {id: "<urn:2>", offset: int64(len(m1) + len(junk))}})
	// Junk at the end of the file is reported once.
	in = append(append([]byte(nil), m1...), junk...)
	checkEvents(t, readEvents(t, in), []event{
		{id: "<urn:1>", offset: 0}, {offset: int64(len(m1)), err: ErrCorruptGzip}})
}

func TestSeveralRecordsInOneMember(t *testing.T) {
	// A whole file compressed as one gzip stream, as "gzip file.warc" makes.
	r1 := record("response", "<urn:1>", "http://a.example/", page1)
	r2 := record("response", "<urn:2>", "http://b.example/", page2)
	r3 := record("response", "<urn:3>", "http://c.example/", page1)
	bad := "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 3\r\n\r\nshort\r\n\r\n"
	in, _ := gzipMembers(t, r1+r2+bad+r3)
	checkEvents(t, readEvents(t, in), []event{
		{id: "<urn:1>"}, {id: "<urn:2>"}, {err: ErrTrailingData}, {id: "<urn:3>"}})
	r := NewReader(bytes.NewReader(in))
	rec, _ := r.Next()
	if rec.Length != 0 {
		t.Errorf("length %d of a record sharing its member, want 0 (unknown)", rec.Length)
	}
}

func TestInputFailure(t *testing.T) {
	in := record("response", "<urn:1>", "http://a.example/", page1)
	failure := errors.New("disk on fire")
	for _, compressed := range []bool{false, true} {
		data := []byte(in + in)
		if compressed {
			data, _ = gzipMembers(t, in, in)
		}
		src := io.MultiReader(bytes.NewReader(data[:len(data)*3/4]), iotest.ErrReader(failure))
		r := NewReader(src)
		if _, err := r.Next(); err != nil {
			t.Fatalf("compressed %v: first record: %v", compressed, err)
		}
		_, err := r.Next()
		var re *RecordError
		if !errors.Is(err, failure) || errors.As(err, &re) {
			t.Errorf("compressed %v: %v, want the input's failure, not damage", compressed, err)
		}
		if _, err2 := r.Next(); err2 != err {
			t.Errorf("compressed %v: failure not sticky: %v", compressed, err2)
		}
	}
}

func TestBlockReuse(t *testing.T) {
	// The larger block first, so that the second fits in its buffer.
	in := record("response", "<urn:2>", "http://b.example/", page2) + record("response", "<urn:1>", "http://a.example/", page1)
	r := NewReader(strings.NewReader(in))
	a, _ := r.Next()
	first := a.Block
	b, _ := r.Next()
	if string(first) != page2 || string(b.Block) != page1 {
		t.Errorf("without reuse the first block changed: %q", first)
	}
	r = NewReader(strings.NewReader(in), WithBlockReuse())
	a, _ = r.Next()
	b, _ = r.Next()
	if string(b.Block) != page1 || &a.Block[0] != &b.Block[0] {
		t.Error("with reuse the blocks do not share a buffer")
	}
}

func TestRecordErrorMessage(t *testing.T) {
	err := error(&RecordError{Offset: 42, RecordID: "<urn:x>", Reason: "gzip member cut short", Err: ErrCorruptGzip})
	if got, want := err.Error(), "warc: offset 42: record <urn:x>: gzip member cut short"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if !errors.Is(err, ErrCorruptGzip) || errors.Is(err, ErrBadHeader) {
		t.Error("errors.Is does not see the kind")
	}
}

func TestUnsupportedCompression(t *testing.T) {
	for _, in := range []string{"\x28\xb5\x2f\xfd\x00\x00", "BZh91AY&SY", "\xfd7zXZ\x00"} {
		r := NewReader(strings.NewReader(in))
		if _, err := r.Next(); !errors.Is(err, ErrUnsupportedCompression) {
			t.Errorf("%q: %v, want ErrUnsupportedCompression", in, err)
		}
	}
}

func TestTinyInputs(t *testing.T) {
	for _, in := range []string{"W", "WARC/", "\x1f", "\x1f\x8b", "\x1f\x8b\x08\x00"} {
		evs := readEvents(t, []byte(in))
		if len(evs) != 1 || evs[0].err == nil || evs[0].offset != 0 {
			t.Errorf("%q: %v, want one damage at offset 0", in, evs)
		}
	}
}

func TestStartOffset(t *testing.T) {
	r1 := record("response", "<urn:1>", "http://a.example/", page1)
	in, offs := gzipMembers(t, r1, "WARC/1.1\r\n\r\n", r1)
	// Read from the second member on, as after a seek.
	const base = 1000
	r := NewReader(bytes.NewReader(in[offs[1]:]), WithStartOffset(base+offs[1]))
	_, err := r.Next()
	var re *RecordError
	if !errors.As(err, &re) || re.Offset != base+offs[1] {
		t.Fatalf("%v, want damage at offset %d", err, base+offs[1])
	}
	rec, err := r.Next()
	if err != nil || rec.Offset != base+offs[2] || rec.Length != int64(len(in))-offs[2] {
		t.Fatalf("%v %v, want the record at offset %d", rec, err, base+offs[2])
	}
}

func TestCorruptByteAnywhere(t *testing.T) {
	// Every byte of the middle member in turn is damaged: the damage is
	// reported (or, in the header bytes gzip ignores, harmless), and the
	// records on either side are read all the same.
	r1 := record("response", "<urn:1>", "http://a.example/", page1)
	r2 := record("response", "<urn:2>", "http://b.example/", page2+strings.Repeat(" <p>more text</p>", 20))
	r3 := record("response", "<urn:3>", "http://c.example/", page1)
	whole, offs := gzipMembers(t, r1, r2, r3)
	for i := offs[1]; i < offs[2]; i++ {
		for _, flip := range []byte{0x01, 0x80, 0xff} {
			in := append([]byte(nil), whole...)
			in[i] ^= flip
			evs := readEvents(t, in)
			// A flip in the last deflate bytes can leave the record whole
			// and garble what follows it in the member: then the record
			// comes, and the damage after it.
			if len(evs) == 4 && evs[1].id == "<urn:2>" && evs[2].err != nil && evs[2].offset == offs[1] {
				evs = append(evs[:1], evs[2:]...)
			}
			ok := len(evs) == 3 && evs[0].id == "<urn:1>" && evs[2].id == "<urn:3>" && evs[2].offset == offs[2] &&
				(evs[1].id == "<urn:2>" || evs[1].err != nil && evs[1].offset == offs[1])
			if !ok {
				t.Errorf("byte %d of the member ^%#x: %v", i-offs[1], flip, evs)
			}
		}
	}
}

func TestCorruptByteAnywherePlain(t *testing.T) {
	// Every byte of the middle record of a plain file in turn is damaged:
	// the record comes (its block or a field changed) or is reported, and
	// the records on either side are read all the same.
	r1 := record("response", "<urn:1>", "http://a.example/", page1)
	r2 := record("response", "<urn:2>", "http://b.example/", page2)
	r3 := record("response", "<urn:3>", "http://c.example/", page1)
	whole := []byte(r1 + r2 + r3)
	off2, off3 := int64(len(r1)), int64(len(r1)+len(r2))
	for i := off2; i < off3; i++ {
		for _, flip := range []byte{0x01, 0x20, 0xff} {
			in := append([]byte(nil), whole...)
			in[i] ^= flip
			evs := readEvents(t, in)
			ok := len(evs) == 3 && evs[0].id == "<urn:1>" && evs[1].offset == off2 && evs[2].id == "<urn:3>" && evs[2].offset == off3
			if !ok {
				t.Errorf("byte %d of the record (%q) ^%#x: %v", i-off2, whole[i], flip, evs)
			}
		}
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		in           string
		ok, complete bool
	}{
		{"WARC/1.1\r\n", true, true},
		{"WARC/1.0\nWARC-Type", true, true},
		{"WARC/0.17\r\n", true, true},
		{"WARC/1.1 \r\n", false, true},
		{"WARC/1\r\n", false, true},
		{"WARC/.1\r\n", false, true},
		{"WARC/11111.1\r\n", false, true},
		{"WARC/1.1\r", false, false},
		{"WARC/1.", false, false},
		{"WARC/", false, false},
	}
	for _, tt := range tests {
		if ok, complete := versionLine([]byte(tt.in)); ok != tt.ok || complete != tt.complete {
			t.Errorf("versionLine(%q) = %v, %v, want %v, %v", tt.in, ok, complete, tt.ok, tt.complete)
		}
	}
}

func TestScanAcrossBuffer(t *testing.T) {
	// After damage, the next record is found even when its version line
	// straddles the end of the read buffer.
	r1 := record("response", "<urn:1>", "http://a.example/", page1)
	head := "WARC/1.1\r\nContent-Length: x\r\n\r\n"
	// The scan starts one byte into the damaged record and peeks bufSize
	// bytes: the next record starts k bytes before the end of that.
	for k := 0; k <= 16; k++ {
		bad := head + strings.Repeat("z", 1+bufSize-k-len(head))
		in := []byte(bad + r1)
		checkEvents(t, readEvents(t, in), []event{{offset: 0, err: ErrBadHeader}, {id: "<urn:1>", offset: int64(len(bad))}})
	}
}

func TestTooLargeDoesNotSwallow(t *testing.T) {
	// A declared length far over the maximum, followed by more data than
	// the reader keeps for going back: the records after it are found.
	r1 := record("response", "<urn:1>", "http://a.example/", page1)
	bogus := "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 1000000000000\r\n\r\nshort\r\n\r\n"
	big := record("resource", "<urn:big>", "http://big.example/", strings.Repeat("0123456789abcdef", 5<<16))
	r2 := record("response", "<urn:2>", "http://b.example/", page2)
	in := r1 + bogus + big + r2
	o := int64(len(r1))
	want := []event{{id: "<urn:1>"}, {offset: o, err: ErrTooLarge}, {offset: o + int64(len(bogus)), err: ErrTooLarge},
		{id: "<urn:2>", offset: o + int64(len(bogus)+len(big))}}
	checkEvents(t, readEvents(t, []byte(in), WithMaxBlockSize(1000)), want)
	gz, offs := gzipMembers(t, r1, bogus, big, r2)
	checkEvents(t, readEvents(t, gz, WithMaxBlockSize(1000)), []event{{id: "<urn:1>"},
		{offset: offs[1], err: ErrTooLarge}, {offset: offs[2], err: ErrTooLarge}, {id: "<urn:2>", offset: offs[3]}})
	// The same in a single gzip stream.
	one, _ := gzipMembers(t, in)
	checkEvents(t, readEvents(t, one, WithMaxBlockSize(1000)), []event{{id: "<urn:1>"},
		{err: ErrTooLarge}, {err: ErrTooLarge}, {id: "<urn:2>"}})
}

func TestOffsetNeverDecreases(t *testing.T) {
	// A plain record whose declared length runs over the next records:
	// after it is reported, the reader goes back for them, but Offset
	// does not.
	var in strings.Builder
	in.WriteString("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 900\r\n\r\nshort\r\n\r\n")
	for i := 0; i < 6; i++ {
		in.WriteString(record("response", fmt.Sprintf("<urn:%d>", i), "http://a.example/", page1))
	}
	r, last, n := NewReader(strings.NewReader(in.String())), int64(0), 0
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if err == nil {
			n++
		}
		if o := r.Offset(); o < last {
			t.Fatalf("Offset went from %d back to %d", last, o)
		} else {
			last = o
		}
	}
	if n != 6 || last != int64(in.Len()) {
		t.Errorf("%d records, Offset %d at the end; want 6, %d", n, last, in.Len())
	}
}
