package bench

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// A Table is a markdown table under construction.
type Table struct {
	head  []string
	right []bool
	rows  [][]string
}

// NewTable returns a table with the given column heads; a head starting
// with '>' is right-aligned (the '>' is dropped).
func NewTable(heads ...string) *Table {
	t := &Table{}
	for _, h := range heads {
		r := strings.HasPrefix(h, ">")
		t.head = append(t.head, strings.TrimPrefix(h, ">"))
		t.right = append(t.right, r)
	}
	return t
}

// Row adds a row; cells are formatted with fmt.Sprint.
func (t *Table) Row(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = fmt.Sprint(c)
	}
	t.rows = append(t.rows, row)
}

// String renders the table as GitHub-flavoured markdown.
func (t *Table) String() string {
	var b strings.Builder
	b.WriteString("| " + strings.Join(t.head, " | ") + " |\n|")
	for _, r := range t.right {
		if r {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, row := range t.rows {
		b.WriteString("| " + strings.Join(row, " | ") + " |\n")
	}
	return b.String()
}

// F formats a float with the given number of decimals, or "—" when it is
// not a finite number (a ratio with a missing term).
func F(x float64, decimals int) string {
	if x != x || x > 1e300 || x < -1e300 {
		return "—"
	}
	return fmt.Sprintf("%.*f", decimals, x)
}

// Machine describes the machine and toolchain in one line: cores, CPU
// model, Go version, OS/architecture.
func Machine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%d cores (nproc), %s, %s %s/%s", runtime.NumCPU(), model, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// Revision returns the repository's HEAD commit, short, with "+dirty" when
// tracked files outside bench/ and docs/ have uncommitted changes, or ""
// outside git. The environment variable PITH_BENCH_REV, set by
// snapshot.sh, takes precedence.
func Revision(dir string) string {
	if rev := os.Getenv("PITH_BENCH_REV"); rev != "" {
		return rev
	}
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	rev := strings.TrimSpace(string(out))
	st, err := exec.Command("git", "-C", dir, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench", ":!docs").Output()
	if err == nil && len(bytes.TrimSpace(st)) > 0 {
		rev += "+dirty"
	}
	return rev
}
