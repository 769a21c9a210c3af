package ingest_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally"
	"tally/ingest"
)

// corpus is where the shared reports live beside the repository.
const corpus = "../../shared/corpus"

// seedBoilerplate names, by the start of the line, the web clutter the seed
// reports carry (the foundation issue lists it). Each must be classified as
// boilerplate, by general signals rather than by these strings.
var seedBoilerplate = map[string][]string{
	"000": {"Iran Roundtable\n", "Be part of conversation"},
	"001": {"NEW! Get email alerts", "- Website", "- RSS"},
	"002": {"Lämna ett svar", "Din e-postadress", "Denna webbplats"},
	"003": {"https://www.facebook.com/", "Share This Story"},
	"004": {"Iraqi security forces prevent families from v\n"},
}

func readSeeds(t *testing.T) map[string]*tally.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpus, "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("shared corpus not found beside the repository")
	}
	docs := map[string]*tally.Document{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.Parse(raw, ingest.Source{Name: f})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs[filepath.Base(f)] = doc
	}
	return docs
}

func TestSeedBoilerplate(t *testing.T) {
	docs := readSeeds(t)
	for name, doc := range docs {
		want := seedBoilerplate[name[:3]]
		found := map[string]int{}
		for _, l := range doc.Lines {
			text := l.Span.Of(doc.Text)
			isClutter := false
			for _, p := range want {
				if strings.HasPrefix(text+"\n", p) {
					isClutter = true
					found[p]++
				}
			}
			switch {
			case isClutter && l.Kind != tally.LineBoilerplate:
				t.Errorf("%s: clutter line %q is %s; want boilerplate", name[:3], text, l.Kind)
			case !isClutter && l.Kind == tally.LineBoilerplate && endsWithPunctuation(text) && len(strings.Fields(text)) >= 6:
				t.Errorf("%s: sentence %q marked boilerplate (%s)", name[:3], text, l.Reason)
			}
		}
		for _, p := range want {
			if found[p] == 0 {
				t.Errorf("%s: no line starts with %q", name[:3], p)
			}
		}
	}
}

func endsWithPunctuation(s string) bool {
	s = strings.TrimRight(s, " \"”’'")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// TestSeedEvidenceIsContent checks that every sentence the gold reference
// quotes as evidence sits on a content line, never on boilerplate.
func TestSeedEvidenceIsContent(t *testing.T) {
	docs := readSeeds(t)
	raw, err := os.ReadFile("../../shared/eval/seeds.gold.json")
	if err != nil {
		t.Skip("gold file not found")
	}
	var gold struct {
		Incidents []struct {
			Claims []struct {
				File, Quote string
			}
		}
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, inc := range gold.Incidents {
		for _, c := range inc.Claims {
			doc := docs[c.File]
			quote := strings.Join(strings.Fields(c.Quote), " ")
			text := strings.Join(strings.Fields(doc.Text), " ")
			if !strings.Contains(text, quote[:40]) {
				t.Errorf("%s: quote %q not in text", c.File[:3], quote[:40])
				continue
			}
			for _, l := range doc.Lines {
				if strings.Contains(strings.Join(strings.Fields(l.Span.Of(doc.Text)), " "), quote[:40]) {
					n++
					if !l.Kind.Content() {
						t.Errorf("%s: evidence line %q is %s", c.File[:3], quote[:40], l.Kind)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no evidence lines checked")
	}
}

func TestSeedMetadata(t *testing.T) {
	docs := readSeeds(t)
	tests := []struct {
		file, title, outlet, author string
	}{
		{"000", "Another Massacre at Camp Ashraf by Iraqi Forces", "Iran Roundtable", ""},
		{"001", "The September 1st Massacre", "", ""},
		{"002", "Iraqi forces kill 32 Iranian dissidents", "", ""},
		{"003", "Camp Ashraf Massacre", "", ""},
		{"004", "Report: Iraqi Forces 'Massacre' Iranian Dissidents", "", "Ari Soffer"},
	}
	for _, tt := range tests {
		for name, doc := range docs {
			if !strings.HasPrefix(name, tt.file) {
				continue
			}
			if doc.Title != tt.title || doc.Outlet != tt.outlet || doc.Author != tt.author {
				t.Errorf("%s: title %q outlet %q author %q; want %q %q %q", tt.file, doc.Title, doc.Outlet, doc.Author, tt.title, tt.outlet, tt.author)
			}
		}
	}
}

// TestGVCHeaderDates checks that every gvc-dev report's date is its
// PUBLISHED: header, with basis stated.
func TestGVCHeaderDates(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "gvc-dev", "*.txt"))
	if len(files) == 0 {
		t.Skip("shared corpus not found")
	}
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		doc, err := ingest.Parse(raw, ingest.Source{Name: f})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		h, _ := ingest.ParseHeader(ingest.Normalize(raw))
		if doc.Published.String() != h.Published || doc.PublishedBasis != tally.BasisStated {
			t.Errorf("%s: published %s (%s); header says %s", filepath.Base(f), doc.Published, doc.PublishedBasis, h.Published)
		}
	}
}
