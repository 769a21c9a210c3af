package ingest_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"tally"
	"tally/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no-break space", "forces\u00a0Sunday", "forces Sunday"},
		{"narrow no-break and thin spaces", "5\u202fa.m.\u2009today", "5 a.m. today"},
		{"CRLF and CR", "a\r\nb\rc", "a\nb\nc"},
		{"BOM dropped", "\ufeffTitle", "Title"},
		{"zero-width and soft hyphen dropped", "Ash\u200braf kid\u00adnapped", "Ashraf kidnapped"},
		{"tab to space", "a\tb", "a b"},
		{"controls dropped", "a\x00b\x07c", "abc"},
		{"invalid UTF-8 repaired", "caf\xe9 au lait", "caf\ufffd au lait"},
		{"curly quotes kept", "“quoted” and ’tis", "“quoted” and ’tis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ingest.Normalize([]byte(tt.in)); got != tt.want {
				t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseRejectsNonReports(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		code string
	}{
		{"empty", nil, tally.EINVALID},
		{"only spaces", []byte(" \n\t \n"), tally.EINVALID},
		{"binary", append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0, 1, 2, 200}, 100)...), tally.EINVALID},
		{"pdf", []byte("%PDF-1.7\n..."), tally.EUNSUPPORTED},
		{"xml that is no feed", []byte("<?xml version=\"1.0\"?>\n<urlset><url><loc>https://example.org/</loc></url></urlset>"), tally.EUNSUPPORTED},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ingest.Parse(tt.in, ingest.Source{Name: "x"})
			if tally.ErrorCode(err) != tt.code {
				t.Errorf("error %v; want code %s", err, tt.code)
			}
		})
	}
}

func TestParseRepairsInvalidUTF8(t *testing.T) {
	raw := []byte("A headline about a market\n\nGunmen attacked the market on Monday, killing four people, officials said. Caf\xe9 owners closed early.\n")
	doc, err := ingest.Parse(raw, ingest.Source{Name: "latin1.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(doc.Text) || !strings.Contains(doc.Text, "Caf\ufffd") {
		t.Errorf("text not repaired: %q", doc.Text)
	}
}

func TestParseIsDeterministic(t *testing.T) {
	raw, err := os.ReadFile("testdata/plain-no-header.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ingest.Parse(raw, ingest.Source{Name: "a"})
	b, _ := ingest.Parse(raw, ingest.Source{Name: "b"})
	if a.ID != b.ID || len(a.ID) != 32 {
		t.Errorf("IDs %q and %q; want one 32-hex-digit ID for the same text", a.ID, b.ID)
	}
	c, _ := ingest.Parse(append(raw, []byte("\nOne more sentence was added to this copy of the report.\n")...), ingest.Source{Name: "c"})
	if c.ID == a.ID {
		t.Error("a different text got the same ID")
	}
}

// golden is the part of a parsed document the golden files pin down.
type golden struct {
	Title, Outlet, Author, URL string
	Format                     tally.Format
	Published                  string
	Basis                      tally.Basis
	Lines                      []string // "kind: text"
}

// TestGolden parses every testdata/*.txt and *.html report and compares the
// result with its .golden file. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	html, _ := filepath.Glob("testdata/*.html")
	files = append(files, html...)
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ingest.Parse(raw, ingest.Source{Name: f})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, doc)
			g := golden{Title: doc.Title, Outlet: doc.Outlet, Author: doc.Author, URL: doc.URL, Format: doc.Format,
				Published: doc.Published.String(), Basis: doc.PublishedBasis}
			for _, l := range doc.Lines {
				g.Lines = append(g.Lines, string(l.Kind)+": "+l.Span.Of(doc.Text))
			}
			got, _ := json.MarshalIndent(g, "", "  ")
			path := strings.TrimSuffix(f, filepath.Ext(f)) + ".golden"
			if *update {
				os.WriteFile(path, append(got, '\n'), 0o644)
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("parse differs from %s:\n got: %s\nwant: %s", path, got, want)
			}
		})
	}
}

// checkSpans asserts the invariants every document holds: lines in order,
// inside the text, not overlapping, not blank.
func checkSpans(t *testing.T, doc *tally.Document) {
	t.Helper()
	prev := 0
	for _, l := range doc.Lines {
		if !l.Span.Valid(len(doc.Text)) || l.Span.Start < prev || l.Span.Len() == 0 {
			t.Fatalf("bad line span %v (previous end %d, text %d bytes)", l.Span, prev, len(doc.Text))
		}
		if strings.TrimSpace(l.Span.Of(doc.Text)) == "" {
			t.Fatalf("blank line %v", l.Span)
		}
		prev = l.Span.End
	}
	if !doc.PublishedSpan.Valid(len(doc.Text)) {
		t.Fatalf("published span %v outside text", doc.PublishedSpan)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("URL: x\nTITLE: y\n\nbody"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := ingest.Parse(raw, ingest.Source{Name: "fuzz"})
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatal("text is not valid UTF-8")
		}
		checkSpans(t, doc)
	})
}

func FuzzNormalize(f *testing.F) {
	f.Add([]byte("a\u00a0b\r\n\xe9"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		s := ingest.Normalize(raw)
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\t\x00\u00a0") {
			t.Fatalf("Normalize(%q) = %q", raw, s)
		}
	})
}
