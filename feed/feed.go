// Package feed reads news feeds (RSS, Atom and JSON Feed) with gofeed and
// turns each entry into a report in tally's header-text format: URL, title,
// publication date, author and outlet as header lines, then the entry's
// text, its HTML made paragraphs. Ingest then reads each one like any other
// report.
//
// Creates: one report per feed entry.
package feed

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"tally"
)

// Entry is one feed item, ready to ingest.
type Entry struct {
	Title     string
	Link      string
	Author    string
	Outlet    string // the feed's own title
	Published tally.Date
	// Text is the entry's content, or its summary when the feed gives no
	// content, as paragraphs separated by blank lines.
	Text string
}

// Detect reports whether raw looks like a feed rather than a page or a text:
// an RSS, RDF or Atom document, or a JSON Feed.
func Detect(raw []byte) bool {
	head := bytes.ToLower(raw[:min(len(raw), 2048)])
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	if bytes.HasPrefix(head, []byte("{")) {
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(head, []byte(root)) {
			return !bytes.Contains(head, []byte("<html"))
		}
	}
	return false
}

// Parse reads a feed's entries. It fails when raw is not a feed, or holds
// no entry with any text.
func Parse(raw []byte) ([]Entry, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, tally.Errorf(tally.EINVALID, "not a readable RSS, Atom or JSON feed: %v", err)
	}
	var out []Entry
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		e := Entry{
			Title:  oneLine(it.Title),
			Link:   strings.TrimSpace(it.Link),
			Outlet: oneLine(f.Title),
		}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			e.Author = oneLine(it.Authors[0].Name)
		}
		switch {
		case it.PublishedParsed != nil:
			e.Published = tally.DateOf(*it.PublishedParsed)
		case it.UpdatedParsed != nil:
			e.Published = tally.DateOf(*it.UpdatedParsed)
		}
		body := it.Content
		if strings.TrimSpace(Paragraphs(body)) == "" {
			body = it.Description
		}
		e.Text = Paragraphs(body)
		if e.Text == "" && e.Title == "" {
			continue
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, tally.Errorf(tally.EINVALID, "the feed has no entries with text")
	}
	return out, nil
}

// Report renders the entry in tally's header-text format.
func (e Entry) Report() []byte {
	var b bytes.Buffer
	header := func(key, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\n", key, v)
		}
	}
	header("URL", e.Link)
	header("TITLE", e.Title)
	if !e.Published.IsZero() {
		header("PUBLISHED", e.Published.String())
	}
	header("AUTHOR", e.Author)
	header("OUTLET", e.Outlet)
	b.WriteString("\n")
	b.WriteString(e.Text)
	b.WriteString("\n")
	return b.Bytes()
}

// blocks are the elements that end a paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "blockquote": true, "tr": true, "table": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "section": true, "article": true, "figure": true,
	"figcaption": true, "pre": true, "hr": true, "dd": true, "dt": true,
}

// Paragraphs turns an HTML fragment (or plain text, which has no tags) into
// paragraphs of text separated by blank lines, dropping scripts and styles.
func Paragraphs(fragment string) string {
	z := html.NewTokenizer(strings.NewReader(fragment))
	var paras []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return strings.Join(paras, "\n\n")
		case html.TextToken:
			if skip > 0 {
				continue
			}
			// Plain text keeps its blank-line paragraphs.
			parts := strings.Split(strings.ReplaceAll(string(z.Text()), "\r\n", "\n"), "\n\n")
			for i, part := range parts {
				if i > 0 {
					flush()
				}
				cur.WriteString(part)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "script" || tag == "style" {
				switch tt {
				case html.StartTagToken:
					skip++
				case html.EndTagToken:
					skip = max(0, skip-1)
				}
				continue
			}
			if blocks[tag] {
				flush()
			}
		}
	}
}

// oneLine keeps a header value on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(Paragraphs(s)), " ")
}
