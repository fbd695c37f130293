package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// sizeValue is a flag holding a byte count: "1048576", "512k", "64M",
// "1G" (powers of 1024, also written KiB, MiB, GiB), "64MB" (powers of
// 1000), or "none" for no limit (-1).
type sizeValue int64

var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

func (s *sizeValue) String() string {
	if *s < 0 {
		return "none"
	}
	return strconv.FormatInt(int64(*s), 10)
}

func (s *sizeValue) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeValue(n)
	return nil
}

func parseSize(v string) (int64, error) {
	l := strings.ToLower(strings.TrimSpace(v))
	if l == "none" || l == "unlimited" || l == "-1" {
		return -1, nil
	}
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(l, u.suffix) {
			l, mult = strings.TrimSpace(strings.TrimSuffix(l, u.suffix)), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(l, 64)
	if err != nil || f < 0 || f*float64(mult) > 1<<62 {
		return 0, fmt.Errorf("bad size %q (want e.g. 1048576, 512k, 64M, 1G or none)", v)
	}
	return int64(f * float64(mult)), nil
}

// shardValue is the flag --shard i/n: this process takes inputs i, i+n,
// i+2n... of the sorted list, counting from 0.
type shardValue struct{ i, n int }

func (s *shardValue) String() string {
	if s.n == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.i, s.n)
}

func (s *shardValue) Set(v string) error {
	a, b, ok := strings.Cut(v, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil {
		return errors.New("want i/n, e.g. 0/4")
	}
	if n < 1 || i < 0 || i >= n {
		return fmt.Errorf("want 0 <= i < n, got %d/%d (shards count from 0)", i, n)
	}
	s.i, s.n = i, n
	return nil
}
