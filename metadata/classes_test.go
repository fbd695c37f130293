package metadata

import "testing"

func TestScanClasses(t *testing.T) {
	tests := []struct {
		cls                      string
		inArticle                bool
		teaser, comment, article bool
	}{
		{"related-posts", false, true, false, false},
		{"RelatedPosts", false, true, false, false},
		{"recent-blogs-wrapper", false, true, false, false},
		{"widget widget_recent_entries", false, true, false, false},
		{"comments-area", false, true, true, false},
		{"Comment-List", false, true, true, false},
		{"entry-comments-link", false, false, false, false},
		{"comment-count", false, false, false, false},
		{"has-sidebar with-comments", false, false, false, false},
		{"md:[grid-area:sidebar]", false, false, false, false},
		{"sno-story-sidebar-mode-single", false, false, false, false},
		{"nav", false, true, false, false},
		{"navy-blue", false, false, false, false},
		{"footer", false, true, false, false},
		{"footer", true, false, false, false},
		{"post hentry", false, false, false, true},
		{"Article-Header", false, false, false, true},
		{"", false, false, false, false},
	}
	for _, tt := range tests {
		var ci classInfo
		ci.scanClasses(tt.cls, tt.inArticle)
		if ci.teaser != tt.teaser || ci.comment != tt.comment || ci.article != tt.article {
			t.Errorf("scanClasses(%q, %v) = %+v, want teaser %v comment %v article %v", tt.cls, tt.inArticle, ci, tt.teaser, tt.comment, tt.article)
		}
	}
}

func TestContainsAnyFold(t *testing.T) {
	idx := newPartIndex([]string{"byline", "author"})
	for s, want := range map[string]bool{"post-Byline": true, "AUTHOR-name": true, "authentic": false, "": false, "bylin": false} {
		if got := idx.containsAnyFold(s); got != want {
			t.Errorf("containsAnyFold(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMayHoldDate(t *testing.T) {
	for s, want := range map[string]bool{"March 5, 2021": true, "05.03.21": true, "Call 555-1234": false, "1234": false, "Price 4999": false, "2021": true} {
		if got := mayHoldDate(s); got != want {
			t.Errorf("mayHoldDate(%q) = %v, want %v", s, got, want)
		}
	}
}
