package bench

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// procCommand maps an extractor to its whole-process binary under proc/
// and the arguments that select its options.
var procCommand = map[string]struct {
	pkg  string
	args []string
}{
	Pith:                {"pith", nil},
	Parse:               {"parse", nil},
	Trafilatura:         {"trafilatura", nil},
	TrafilaturaFallback: {"trafilatura", []string{"-fallback"}},
	Readability:         {"readability", nil},
}

// ModuleDir returns the directory of the bench module, found by walking up
// from the working directory.
func ModuleDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module github.com/pith-dev/pith/bench\n")) {
			return dir, nil
		}
		if err == nil && isRepoRoot(dir) {
			// Run from the repository root: the module is in bench/.
			return filepath.Join(dir, "bench"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("bench: not inside the pith repository")
		}
		dir = parent
	}
}

// BuildProc builds the whole-process binary of the named extractor into
// binDir and returns its command line, to which the page directory is
// appended.
func BuildProc(name, binDir string) ([]string, error) {
	pc, ok := procCommand[name]
	if !ok {
		return nil, fmt.Errorf("bench: no whole-process binary for %q", name)
	}
	mod, err := ModuleDir()
	if err != nil {
		return nil, err
	}
	bin := filepath.Join(binDir, "proc-"+pc.pkg)
	if _, err := os.Stat(bin); err != nil {
		cmd := exec.Command("go", "build", "-o", bin, "./proc/"+pc.pkg)
		cmd.Dir = mod
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("bench: building %s: %v\n%s", pc.pkg, err, out)
		}
	}
	return append([]string{bin}, pc.args...), nil
}

// WritePages writes each page to dir as <id>.html, for the whole-process
// binaries to read.
func WritePages(pages []Page, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, p.ID+".html"), p.HTML, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// A ProcRun is the timing of a whole-process binary over a directory of
// pages: the median of several runs.
type ProcRun struct {
	Extractor string
	Procs     int
	Docs      int
	Bytes     int64
	// Wall and CPU (user+system) are medians over the repeats; MaxRSS is
	// the largest resident set of any repeat, in bytes.
	Wall, CPU time.Duration
	MaxRSS    int64
	Repeats   int
}

// DocsPerSec returns pages per second of wall time.
func (r ProcRun) DocsPerSec() float64 { return float64(r.Docs) / r.Wall.Seconds() }

// DocsPerCPUSec returns pages per second of CPU time.
func (r ProcRun) DocsPerCPUSec() float64 { return float64(r.Docs) / r.CPU.Seconds() }

// TimeProc runs the command with the page directory appended, repeats
// times, with GOMAXPROCS=procs in its environment.
func TimeProc(name string, cmdline []string, dir string, bytes int64, procs, repeats int) (ProcRun, error) {
	run := ProcRun{Extractor: name, Procs: procs, Bytes: bytes, Repeats: repeats}
	var walls, cpus []time.Duration
	for range repeats {
		cmd := exec.Command(cmdline[0], append(cmdline[1:], dir)...)
		cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(procs))
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		t0 := time.Now()
		if err := cmd.Run(); err != nil {
			return run, fmt.Errorf("bench: %s: %v\n%s", name, err, stderr.String())
		}
		walls = append(walls, time.Since(t0))
		ps := cmd.ProcessState
		cpus = append(cpus, ps.UserTime()+ps.SystemTime())
		var errs, out int
		var rss int64
		if _, err := fmt.Sscanf(stdout.String(), "pages=%d errors=%d out=%d rss=%d", &run.Docs, &errs, &out, &rss); err != nil {
			return run, fmt.Errorf("bench: %s: unexpected output %q", name, stdout.String())
		}
		run.MaxRSS = max(run.MaxRSS, rss)
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	run.Wall, run.CPU = walls[len(walls)/2], cpus[len(cpus)/2]
	return run, nil
}
