package plaintext

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns ../shared/<name> beside the module root, or skips the
// test when it is absent.
func sharedDir(t testing.TB, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no module root")
		}
		dir = parent
	}
	d := filepath.Join(dir, "..", "shared", name)
	if _, err := os.Stat(d); err != nil {
		t.Skipf("%s absent", d)
	}
	return d
}
