package warc

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"hash"
	"strings"
)

// Results of VerifyBlockDigest other than a match.
var (
	// ErrNoDigest: the record has no WARC-Block-Digest.
	ErrNoDigest = errors.New("warc: no WARC-Block-Digest")
	// ErrUnknownDigest: the digest's algorithm or encoding is not one of
	// sha1, sha256 or md5 in base32 or hex.
	ErrUnknownDigest = errors.New("warc: unsupported WARC-Block-Digest")
	// ErrDigestMismatch: the block does not match its WARC-Block-Digest.
	ErrDigestMismatch = errors.New("warc: block does not match WARC-Block-Digest")
)

// VerifyBlockDigest checks the record's block against its
// WARC-Block-Digest ("sha1:" and base32, as most writers use, or sha256 or
// md5, in base32 or hex). It returns nil when they match. The Reader does
// not check digests itself: hashing costs about as much as reading, and a
// caller can tell which records are worth it.
func (r *Record) VerifyBlockDigest() error {
	v := r.Header.Get("WARC-Block-Digest")
	if v == "" {
		return ErrNoDigest
	}
	alg, enc, ok := strings.Cut(v, ":")
	if !ok {
		return ErrUnknownDigest
	}
	var h hash.Hash
	switch strings.ToLower(strings.ReplaceAll(alg, "-", "")) {
	case "sha1":
		h = sha1.New()
	case "sha256":
		h = sha256.New()
	case "md5":
		h = md5.New()
	default:
		return ErrUnknownDigest
	}
	h.Write(r.Block)
	sum := h.Sum(nil)
	enc = strings.TrimSpace(enc)
	var want []byte
	var err error
	switch len(enc) {
	case hex.EncodedLen(len(sum)):
		want, err = hex.DecodeString(enc)
	default:
		want, err = base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(strings.ToUpper(strings.TrimRight(enc, "=")))
	}
	if err != nil || len(want) != len(sum) {
		return ErrUnknownDigest
	}
	if !bytes.Equal(want, sum) {
		return ErrDigestMismatch
	}
	return nil
}
