package warc

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestVerifyBlockDigest(t *testing.T) {
	// Digests of "hello" worked out with sha1sum, sha256sum and md5sum
	// (and Python's base64.b32encode for the base32 form).
	tests := []struct {
		digest string
		want   error
	}{
		{"sha1:VL2MMHO4YXUKFWV63YHTWSBM3GXKSQ2N", nil},
		{"sha1:vl2mmho4yxukfwv63yhtwsbm3gxksq2n", nil},
		{"sha1:aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", nil},
		{"SHA-1:AAF4C61DDCC5E8A2DABEDE0F3B482CD9AEA9434D", nil},
		{"sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", nil},
		{"md5:5d41402abc4b2a76b9719d911017c592", nil},
		{"sha1:aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434e", ErrDigestMismatch},
		{"crc32:3610a686", ErrUnknownDigest},
		{"sha1", ErrUnknownDigest},
		{"sha1:not-base32!", ErrUnknownDigest},
		{"", ErrNoDigest},
	}
	for _, tt := range tests {
		rec := &Record{Block: []byte("hello")}
		if tt.digest != "" {
			rec.Header = Header{{"WARC-Block-Digest", tt.digest}}
		}
		if err := rec.VerifyBlockDigest(); !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
			t.Errorf("%q: %v, want %v", tt.digest, err, tt.want)
		}
	}
}

func TestVerifyBlockDigestBench(t *testing.T) {
	// Every record of the benchmark WARC carries a sha1 block digest that
	// its block matches; a changed byte breaks it.
	data, err := os.ReadFile(filepath.Join(benchDir(t), "warc", "scrapinghub-60.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	r := NewReader(bytes.NewReader(data))
	n := 0
	for {
		rec, err := r.Next()
		if err != nil {
			break
		}
		if err := rec.VerifyBlockDigest(); err != nil {
			t.Errorf("%s: %v", rec.ID, err)
		}
		if len(rec.Block) > 0 {
			rec.Block[len(rec.Block)/2] ^= 1
			if err := rec.VerifyBlockDigest(); !errors.Is(err, ErrDigestMismatch) {
				t.Errorf("%s changed: %v", rec.ID, err)
			}
		}
		n++
	}
	if n != 129 {
		t.Errorf("%d records", n)
	}
}
