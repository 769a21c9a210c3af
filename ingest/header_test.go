package ingest_test

import (
	"strings"
	"testing"

	"tally/ingest"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		ok        bool
		title     string
		published string
		url       string
		author    string
		outlet    string
		body      string
	}{
		{"full", "URL: https://x.example/a\nTITLE: Four hurt\nPUBLISHED: 2014-06-15\nAUTHOR: A. Reporter\nOUTLET: The Example\n\nBody text.", true, "Four hurt", "2014-06-15", "https://x.example/a", "A. Reporter", "The Example", "Body text."},
		{"lower case keys and synonyms", "title: Headline\ndate: 2020-01-02\n\nText", true, "Headline", "2020-01-02", "", "", "", "Text"},
		{"leading blank lines", "\n\nTITLE: T\n\nB", true, "T", "", "", "", "", "B"},
		{"no blank line before body", "TITLE: T\nBody starts here.", true, "T", "", "", "", "", "Body starts here."},
		{"value with colon", "URL: http://a.example:8080/x\n\nB", true, "", "", "http://a.example:8080/x", "", "", "B"},
		{"not a header", "Update: As of today, nothing.\n\nMore.", false, "", "", "", "", "", ""},
		{"sentence with colon", "Police said: four were hurt.", false, "", "", "", "", "", ""},
		{"key with space", "By Published On: August 31, 2020", false, "", "", "", "", "", ""},
		{"empty", "", false, "", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := ingest.ParseHeader(tt.in)
			if ok != tt.ok {
				t.Fatalf("ok = %v; want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			for _, c := range [][3]string{{"title", h.Title, tt.title}, {"published", h.Published, tt.published}, {"url", h.URL, tt.url}, {"author", h.Author, tt.author}, {"outlet", h.Outlet, tt.outlet}} {
				if c[1] != c[2] {
					t.Errorf("%s = %q; want %q", c[0], c[1], c[2])
				}
			}
			if body := tt.in[h.End:]; strings.TrimSpace(body) != tt.body {
				t.Errorf("body = %q; want %q", body, tt.body)
			}
			for _, l := range h.Lines {
				if got := tt.in[l.ValueStart : l.ValueStart+len(l.Value)]; got != l.Value {
					t.Errorf("value span %q != value %q", got, l.Value)
				}
			}
		})
	}
}

func FuzzParseHeader(f *testing.F) {
	f.Add("URL: a\nTITLE: b\n\nc")
	f.Add("TITLE:\n")
	f.Add("PUBLISHED: 2015-07-05\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		h, ok := ingest.ParseHeader(s)
		if !ok {
			return
		}
		if h.End < 0 || h.End > len(s) {
			t.Fatalf("End %d outside text of %d bytes", h.End, len(s))
		}
		for _, l := range h.Lines {
			if l.Start < 0 || l.End > len(s) || l.ValueStart < l.Start || l.ValueStart+len(l.Value) > l.End {
				t.Fatalf("bad line %+v in %q", l, s)
			}
		}
	})
}
