package evaluate

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReplaceSection(t *testing.T) {
	doc := "# Benchmarks\n\n<!-- speed:begin -->\nspeed table\n<!-- speed:end -->\n\n<!-- eval:begin -->\nold\nlines\n<!-- eval:end -->\ntail\n"
	tests := []struct {
		name, doc, section, body, want string
		wantErr                        bool
	}{
		{"replace, others kept", doc, "eval", "new table\n",
			"# Benchmarks\n\n<!-- speed:begin -->\nspeed table\n<!-- speed:end -->\n\n<!-- eval:begin -->\nnew table\n<!-- eval:end -->\ntail\n", false},
		{"body without final newline", doc, "speed", "s2",
			"# Benchmarks\n\n<!-- speed:begin -->\ns2\n<!-- speed:end -->\n\n<!-- eval:begin -->\nold\nlines\n<!-- eval:end -->\ntail\n", false},
		{"append missing section", "# B\n", "evaltext", "t\n",
			"# B\n\n<!-- evaltext:begin -->\nt\n<!-- evaltext:end -->\n", false},
		{"new file", "", "eval", "t\n", "<!-- eval:begin -->\nt\n<!-- eval:end -->\n", false},
		// "eval" must not match the markers of "evaltext".
		{"prefix name is another section", "<!-- evaltext:begin -->\nx\n<!-- evaltext:end -->\n", "eval", "e\n",
			"<!-- evaltext:begin -->\nx\n<!-- evaltext:end -->\n\n<!-- eval:begin -->\ne\n<!-- eval:end -->\n", false},
		{"end before begin", "<!-- eval:end -->\n<!-- eval:begin -->\n", "eval", "x", "", true},
		{"begin only", "<!-- eval:begin -->\n", "eval", "x", "", true},
	}
	for _, tt := range tests {
		got, err := replaceSection([]byte(tt.doc), tt.section, []byte(tt.body))
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: err = %v, want error %v", tt.name, err, tt.wantErr)
			continue
		}
		if string(got) != tt.want {
			t.Errorf("%s: got\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}

func TestUpdateSection(t *testing.T) {
	file := filepath.Join(t.TempDir(), "b.md")
	if err := UpdateSection(file, "eval", []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	if err := UpdateSection(file, "eval", []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if want := "<!-- eval:begin -->\ntwo\n<!-- eval:end -->\n"; string(b) != want {
		t.Errorf("file = %q, want %q", b, want)
	}
}
