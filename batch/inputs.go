package batch

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Kind says where an Input's bytes come from.
type Kind int

const (
	// KindFile is a file on disk.
	KindFile Kind = iota
	// KindStdin is the standard input.
	KindStdin
	// KindURL is an http or https URL, fetched.
	KindURL
)

// Container says how an input's bytes are split into documents.
type Container int

const (
	// ContainerPage is one document.
	ContainerPage Container = iota
	// ContainerWARC is a WARC or WET archive, a document per record.
	ContainerWARC
	// ContainerJSONL is JSON lines, a document per line.
	ContainerJSONL
	// ContainerSniff is decided by the first bytes (standard input in auto
	// mode): an archive if they say "WARC/", else one page.
	ContainerSniff
)

// Input is one thing named on the command line, or found in a directory
// named there.
type Input struct {
	// Name is the path or URL, or "-" for standard input.
	Name string
	// Kind is where the bytes come from.
	Kind Kind
	// Container says how the bytes are split into documents.
	Container Container
	// Rel names the input's output in an output directory, without
	// extension: the file's name without its extensions, under the
	// sub-directory it was found in when a directory was named. Rel is
	// unique within a run (a suffix "-2", "-3"... is added on a clash).
	Rel string
	// Size is the input's size in bytes, or -1 when unknown.
	Size int64
	// Err, when not nil, says the input cannot be read (a missing path).
	Err error
}

// ExpandOptions configure Expand.
type ExpandOptions struct {
	// Format decides which files a directory walk takes and how each file
	// is read.
	Format InputFormat
	// Shard and Shards, when Shards > 1, keep every Shards-th input
	// starting with the Shard-th (counted from 0), after expansion.
	Shard, Shards int
}

// Expand turns command-line arguments into inputs: "-" is the standard
// input, an http or https URL is fetched, a directory is walked
// recursively in lexical order for the files of the format, any other
// argument is a file. Arguments keep their order. An argument that cannot
// be read gives an Input with Err set, so that it is reported in its place
// and the others still run.
func Expand(args []string, opt ExpandOptions) []Input {
	var ins []Input
	for _, a := range args {
		switch {
		case a == "-":
			c := ContainerSniff
			switch opt.Format {
			case InputWARC:
				c = ContainerWARC
			case InputJSONL:
				c = ContainerJSONL
			case InputHTML, InputText:
				c = ContainerPage
			}
			ins = append(ins, Input{Name: a, Kind: KindStdin, Container: c, Rel: "stdin", Size: -1})
		case isURL(a):
			ins = append(ins, Input{Name: a, Kind: KindURL, Container: containerOf(a, opt.Format), Rel: urlRel(a), Size: -1})
		default:
			ins = append(ins, expandPath(a, opt.Format)...)
		}
	}
	uniqueRels(ins)
	if opt.Shards > 1 {
		var kept []Input
		for i, in := range ins {
			if i%opt.Shards == opt.Shard {
				kept = append(kept, in)
			}
		}
		ins = kept
	}
	return ins
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func expandPath(p string, f InputFormat) []Input {
	st, err := os.Stat(p)
	if err != nil {
		return []Input{{Name: p, Kind: KindFile, Rel: stem(filepath.Base(p)), Size: -1, Err: pathError(err)}}
	}
	if !st.IsDir() {
		return []Input{{Name: p, Kind: KindFile, Container: containerOf(p, f), Rel: stem(filepath.Base(p)), Size: st.Size()}}
	}
	var ins []Input
	// WalkDir visits entries in lexical order, so the run's order is the
	// same on every machine: --shard relies on it.
	err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			ins = append(ins, Input{Name: fp, Kind: KindFile, Rel: stem(filepath.Base(fp)), Size: -1, Err: pathError(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !walkTakes(d.Name(), f) {
			return nil
		}
		var size int64 = -1
		if fi, err := d.Info(); err == nil {
			if !fi.Mode().IsRegular() {
				return nil
			}
			size = fi.Size()
		}
		rel, _ := filepath.Rel(p, fp)
		rel = filepath.ToSlash(filepath.Join(filepath.Dir(rel), stem(d.Name())))
		ins = append(ins, Input{Name: fp, Kind: KindFile, Container: containerOf(fp, f), Rel: rel, Size: size})
		return nil
	})
	if err != nil {
		ins = append(ins, Input{Name: p, Kind: KindFile, Rel: stem(filepath.Base(p)), Size: -1, Err: pathError(err)})
	}
	if len(ins) == 0 {
		// Say so rather than succeed in silence: the files are most
		// likely there under another extension or input format.
		ins = append(ins, Input{Name: p, Kind: KindFile, Rel: stem(filepath.Base(p)), Size: -1,
			Err: fmt.Errorf("directory has no %s files", walkPatterns(f))})
	}
	return ins
}

// walkPatterns describes the files a directory walk takes.
func walkPatterns(f InputFormat) string {
	var pats []string
	for _, e := range walkExtsOf(f) {
		pats = append(pats, "*"+e+"[.gz]")
	}
	return strings.Join(pats, ", ")
}

// pathError drops the operation from a *fs.PathError: "open x: no such
// file" would repeat the name that the report already gives.
func pathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// Extensions taken by a directory walk, per input format; each also with
// ".gz".
var walkExts = map[InputFormat][]string{
	InputHTML:  {".html", ".htm"},
	InputText:  {".txt"},
	InputWARC:  {".warc", ".wet"},
	InputJSONL: {".jsonl"},
}

func walkExtsOf(f InputFormat) []string {
	if f == InputAuto {
		// Not .jsonl: a directory's JSON lines are more often an index
		// or metadata than pages; name them, or ask for --input-format
		// jsonl.
		return []string{".html", ".htm", ".warc", ".wet"}
	}
	return walkExts[f]
}

func walkTakes(name string, f InputFormat) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	for _, e := range walkExtsOf(f) {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// containerOf says how the named input is split into documents: by the
// forced format, else by its extension.
func containerOf(name string, f InputFormat) Container {
	switch f {
	case InputWARC:
		return ContainerWARC
	case InputJSONL:
		return ContainerJSONL
	case InputHTML, InputText:
		return ContainerPage
	}
	n := strings.ToLower(name)
	if i := strings.IndexAny(n, "?#"); i >= 0 && isURL(n) {
		n = n[:i]
	}
	n = strings.TrimSuffix(n, ".gz")
	switch {
	case strings.HasSuffix(n, ".warc"), strings.HasSuffix(n, ".wet"):
		return ContainerWARC
	case strings.HasSuffix(n, ".jsonl"), strings.HasSuffix(n, ".ndjson"):
		return ContainerJSONL
	}
	return ContainerPage
}

// stem is a file name without its extension and a ".gz" after it:
// "x.html" and "x.html.gz" both give "x".
func stem(name string) string {
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		name = name[:len(name)-3]
	}
	if ext := path.Ext(name); ext != "" && len(ext) < len(name) {
		name = name[:len(name)-len(ext)]
	}
	if name == "" || name == "." || name == ".." {
		return "page"
	}
	return name
}

// urlRel names a fetched page's output after the last segment of its path,
// or its host for the site's root.
func urlRel(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "page"
	}
	seg := path.Base(strings.TrimSuffix(u.Path, "/"))
	if seg == "." || seg == "/" || seg == "" {
		seg = u.Hostname()
		if seg == "" {
			seg = "page"
		}
	} else {
		seg = stem(seg)
	}
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r < ' ' || r == ':' {
			return '_'
		}
		return r
	}, seg)
}

// uniqueRels adds "-2", "-3"... to clashing output names, in input order,
// so that two index.html of two directories do not overwrite each other.
func uniqueRels(ins []Input) {
	seen := make(map[string]bool, len(ins))
	for i := range ins {
		key := strings.ToLower(ins[i].Rel)
		if !seen[key] {
			seen[key] = true
			continue
		}
		for n := 2; ; n++ {
			r := fmt.Sprintf("%s-%d", ins[i].Rel, n)
			if !seen[strings.ToLower(r)] {
				ins[i].Rel = r
				seen[strings.ToLower(r)] = true
				break
			}
		}
	}
}
