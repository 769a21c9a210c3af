package htmltext_test

import (
	"strings"
	"testing"

	"tally/htmltext"
)

const body = `<article><h1>Storm floods the port</h1>
<p>Heavy rain flooded several districts of the port city overnight, forcing hundreds of families from their homes, officials said.</p>
<h2>Rescue</h2><p>Boats reached people trapped on roofs.<br>Two people were missing.</p></article>`

func TestExtract(t *testing.T) {
	tests := []struct {
		name, head, url, footer string
		date, from              string
	}{
		{"meta tag", `<meta property="article:published_time" content="2022-10-05T06:30:00Z">`, "", "", "2022-10-05", "meta"},
		{"dated page URL", "", "https://news.example/2021/03/14/floods.html", "", "2021-03-14", "url"},
		{"dated canonical link", `<link rel="canonical" href="https://news.example/2020/07/02/floods">`, "", "", "2020-07-02", "url"},
		{"footer copyright is not a date", "", "", "<footer>© 2011 Example News</footer>", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Storm floods the port - Example News</title>" + tt.head + "</head><body>" + body + tt.footer + "</body></html>"
			p, err := htmltext.Extract([]byte(page), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if p.Published.String() != tt.date || p.PublishedFrom != tt.from {
				t.Errorf("published %q from %q; want %q from %q", p.Published, p.PublishedFrom, tt.date, tt.from)
			}
			if len(p.Blocks) < 3 || !strings.Contains(strings.Join(p.Blocks, "|"), "Boats reached people trapped on roofs.\nTwo people were missing.") {
				t.Errorf("blocks %q; want paragraphs kept, with the line break", p.Blocks)
			}
			heading := false
			for i, b := range p.Blocks {
				if b == "Rescue" && p.Headings[i] {
					heading = true
				}
			}
			if !heading {
				t.Errorf("the h2 is not marked as a heading: %q %v", p.Blocks, p.Headings)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><body><p>text</p></body></html>"), "")
	f.Add([]byte("<p><b>unclosed"), "http://x.example/2020/01/01/a")
	f.Fuzz(func(t *testing.T, raw []byte, url string) {
		p, err := htmltext.Extract(raw, url)
		if err != nil {
			return
		}
		if len(p.Blocks) != len(p.Headings) || !p.Published.Valid() {
			t.Fatalf("blocks %d, headings %d, date %+v", len(p.Blocks), len(p.Headings), p.Published)
		}
	})
}
