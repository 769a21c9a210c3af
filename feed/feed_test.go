package feed_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally/feed"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden renders each feed in testdata as the reports ingest will read.
func TestGolden(t *testing.T) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			if !feed.Detect(raw) {
				t.Fatal("not detected as a feed")
			}
			entries, err := feed.Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			for _, e := range entries {
				got.WriteString("----\n")
				got.Write(e.Report())
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+".golden")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				t.Errorf("reports differ from %s:\n got:\n%s\nwant:\n%s", golden, got.String(), want)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want bool
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, true},
		{"atom with a BOM", "\ufeff<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", true},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`, true},
		{"json feed", `{"version": "https://jsonfeed.org/version/1", "items": []}`, true},
		{"a page that quotes a feed", `<html><body><p>Subscribe to our feed: &lt;rss&gt;</p></body></html>`, false},
		{"plain text", "Gunmen killed four people at a river crossing.", false},
		{"other json", `{"items": []}`, false},
	}
	for _, tt := range tests {
		if got := feed.Detect([]byte(tt.raw)); got != tt.want {
			t.Errorf("%s: Detect = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for name, raw := range map[string]string{
		"broken xml": `<rss version="2.0"><channel><item><title>x`,
		"no entries": `<rss version="2.0"><channel><title>Empty</title></channel></rss>`,
		"not a feed": `just words`,
	} {
		if _, err := feed.Parse([]byte(raw)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One.</p><p>Two <i>words</i>.</p>", "One.\n\nTwo words."},
		{"Plain text.\n\nSecond paragraph.", "Plain text.\n\nSecond paragraph."},
		{"<div>Kept</div><script>var x = '<p>not text</p>'</script><style>p{}</style>", "Kept"},
		{"Line one<br>Line two", "Line one\n\nLine two"},
		{"Fish &amp; chips", "Fish & chips"},
	}
	for _, tt := range tests {
		if got := feed.Paragraphs(tt.in); got != tt.want {
			t.Errorf("Paragraphs(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzParse feeds arbitrary bytes to the feed reader: it must return
// entries or an error, never panic, and every report it renders must open
// with its header.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		if raw, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte(`<rss><channel><item><description><![CDATA[<p>`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		feed.Detect(raw)
		entries, err := feed.Parse(raw)
		if err != nil {
			return
		}
		for _, e := range entries {
			r := e.Report()
			if !bytes.Contains(r, []byte("\n\n")) && len(r) > 1 {
				t.Fatalf("report without a header break: %q", r)
			}
		}
	})
}
