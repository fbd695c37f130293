package bench

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestReplaceSection(t *testing.T) {
	const b, e = "<!-- speed:begin -->", "<!-- speed:end -->"
	tests := []struct {
		name, doc, content, want string
		err                      bool
	}{
		{"empty file", "", "table", b + "\ntable\n" + e + "\n", false},
		{"appended", "# Benchmarks\n\nOther section.", "t\n",
			"# Benchmarks\n\nOther section.\n\n" + b + "\nt\n" + e + "\n", false},
		{"replaced, others kept", "# B\n<!-- other:begin -->\nx\n<!-- other:end -->\n" + b + "\nold\nolder\n" + e + "\ntail\n", "new",
			"# B\n<!-- other:begin -->\nx\n<!-- other:end -->\n" + b + "\nnew\n" + e + "\ntail\n", false},
		{"empty section", b + "\n" + e + "\n", "n\n", b + "\nn\n" + e + "\n", false},
		{"out of order", e + "\n" + b + "\n", "n", "", true},
		{"only one", "x\n" + b + "\n", "n", "", true},
	}
	for _, tt := range tests {
		got, err := replaceSection(tt.doc, b, e, tt.content)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("%s: got %q, %v; want %q (error %v)", tt.name, got, err, tt.want, tt.err)
		}
	}
	path := filepath.Join(t.TempDir(), "b.md")
	if err := ReplaceSection(path, b, e, "one"); err != nil {
		t.Fatal(err)
	}
	if err := ReplaceSection(path, b, e, "two"); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != b+"\ntwo\n"+e+"\n" {
		t.Errorf("file = %q", got)
	}
}

func TestTable(t *testing.T) {
	tb := NewTable("name", ">n")
	tb.Row("a", 1)
	tb.Row("b", F(2.345, 2))
	want := "| name | n |\n|---|---:|\n| a | 1 |\n| b | 2.35 |\n"
	if got := tb.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if F(math.NaN(), 2) != "—" || F(math.Inf(1), 1) != "—" {
		t.Error("F of NaN or Inf is not a dash")
	}
}
