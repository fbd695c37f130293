package evaluate

import (
	"bytes"
	"fmt"
	"os"
)

// UpdateSection replaces the text between the lines
// "<!-- name:begin -->" and "<!-- name:end -->" of the file with body,
// leaving the rest of the file, other engineers' sections included,
// untouched. If the markers are absent they are appended at the end of the
// file, which is created if needed.
func UpdateSection(file, name string, body []byte) error {
	old, err := os.ReadFile(file)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	out, err := replaceSection(old, name, body)
	if err != nil {
		return fmt.Errorf("evaluate: %s: %v", file, err)
	}
	return os.WriteFile(file, out, 0o644)
}

// replaceSection returns doc with the named section's body replaced.
func replaceSection(doc []byte, name string, body []byte) ([]byte, error) {
	begin := []byte("<!-- " + name + ":begin -->")
	end := []byte("<!-- " + name + ":end -->")
	if len(body) > 0 && body[len(body)-1] != '\n' {
		body = append(body[:len(body):len(body)], '\n')
	}
	i := bytes.Index(doc, begin)
	j := bytes.Index(doc, end)
	switch {
	case i < 0 && j < 0:
		var b bytes.Buffer
		b.Write(doc)
		if len(doc) > 0 && doc[len(doc)-1] != '\n' {
			b.WriteByte('\n')
		}
		if len(doc) > 0 {
			b.WriteByte('\n')
		}
		b.Write(begin)
		b.WriteByte('\n')
		b.Write(body)
		b.Write(end)
		b.WriteByte('\n')
		return b.Bytes(), nil
	case i < 0 || j < 0 || j < i:
		return nil, fmt.Errorf("section %q: markers missing or out of order", name)
	case bytes.Count(doc, begin) > 1 || bytes.Count(doc, end) > 1:
		return nil, fmt.Errorf("section %q: markers repeated", name)
	}
	var b bytes.Buffer
	b.Write(doc[:i+len(begin)])
	b.WriteByte('\n')
	b.Write(body)
	b.Write(doc[j:])
	return b.Bytes(), nil
}
