package metrics

import (
	"reflect"
	"regexp"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,.; ", nil},
		{"Hello, World!", []string{"Hello", "World"}},
		{"snake_case and x2 3.14", []string{"snake_case", "and", "x2", "3", "14"}},
		{"don't", []string{"don", "t"}},
		{"Grüße aus Köln—heute", []string{"Grüße", "aus", "Köln", "heute"}},
		{"日本語 テキスト", []string{"日本語", "テキスト"}},
		{"½ Ⅻ", []string{"½", "Ⅻ"}}, // \p{N} includes No and Nl
		{"a\xffb", []string{"a", "b"}},
		{"tab\tnew\nline", []string{"tab", "new", "line"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got, want := LowerTokens("Straße ÄRGER Ok"), []string{"straße", "ärger", "ok"}; !reflect.DeepEqual(got, want) {
		t.Errorf("LowerTokens = %q, want %q", got, want)
	}
}

// TestTokensMatchREADME checks the scan against the README's definition,
// [\p{L}\p{N}_]+, on text with marks, symbols, digits of other scripts and
// invalid bytes.
func TestTokensMatchREADME(t *testing.T) {
	re := regexp.MustCompile(`[\p{L}\p{N}_]+`)
	for _, s := range []string{
		"cafe\u0301 naïve",     // a combining accent (Mn) splits the word
		"हिन्दी भाषा",          // Devanagari vowel signs are marks too
		"٣٤ Ω≈ω x²+y³ №5 ™",    // Arabic-Indic digits, symbols, superscripts
		"__init__ a-b a.b a'b", // underscores join, punctuation splits
		"emoji 😀ok\u00a0nbsp\u200bzwsp",
		"\xff\xfeab\xc3",
	} {
		want := re.FindAllString(s, -1)
		if got := Tokens(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Tokens(%q) = %q, regexp gives %q", s, got, want)
		}
	}
}
