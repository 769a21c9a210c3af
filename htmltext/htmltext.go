// Package htmltext turns an HTML page into a report's text and metadata with
// go-trafilatura, keeping paragraph structure, and reads the publication date
// with go-htmldate, trusting it only when it came from page markup or the URL.
//
// Creates: the text, title, author, site name and publication date of an HTML report.
package htmltext

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"tally"
)

// Page is what a web page yields.
type Page struct {
	Title    string
	Author   string
	Sitename string
	Language string
	// Blocks are the article's paragraphs, headings and list items in order.
	// A block may hold "\n" where the page had a line break.
	Blocks []string
	// Headings marks which Blocks were headings.
	Headings []bool
	// Published is the publication date when the page's markup or URL states
	// it; PublishedFrom says which ("meta", "url").
	Published     tally.Date
	PublishedFrom string
}

// minArticle is the shortest text, in characters, taken as the article.
const minArticle = 80

// Extract reads an HTML page. pageURL, when known, helps resolve the date.
func Extract(raw []byte, pageURL string) (*Page, error) {
	var opts trafilatura.Options
	opts.EnableFallback = true
	opts.ExcludeComments = true
	opts.HtmlDateMode = trafilatura.Disabled
	// Below MinExtractedSize characters trafilatura swaps its result for a
	// flat dump of the whole page, which glues headings onto paragraphs; a
	// short news brief is still an article, so lower the bar.
	opts.Config = trafilatura.DefaultConfig()
	opts.Config.MinExtractedSize = minArticle
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(raw), opts)
	if err != nil {
		return nil, tally.Errorf(tally.EINVALID, "no article text found in the HTML (%v)", err)
	}
	p := &Page{
		Title:    strings.TrimSpace(res.Metadata.Title),
		Author:   strings.TrimSpace(res.Metadata.Author),
		Sitename: strings.TrimSpace(res.Metadata.Sitename),
		Language: res.Metadata.Language,
	}
	if res.ContentNode != nil {
		w := walker{page: p}
		w.walk(res.ContentNode)
		w.flush()
	}
	if len(p.Blocks) == 0 && strings.TrimSpace(res.ContentText) != "" {
		p.Blocks = []string{strings.TrimSpace(res.ContentText)}
		p.Headings = []bool{false}
	}
	p.Published, p.PublishedFrom = published(raw, pageURL)
	return p, nil
}

// published asks go-htmldate for the date without its free-text search, then
// keeps it only when its source string sits in a meta tag, a time element,
// JSON-LD, or the URL: a footer's "© 2011" or a date in the body is not a
// publication date.
func published(raw []byte, pageURL string) (tally.Date, string) {
	res, err := htmldate.FromReader(bytes.NewReader(raw), htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		URL:                 pageURL,
		MaxDate:             time.Now().AddDate(0, 0, 2),
	})
	if err != nil || res.IsZero() || res.SrcString == "" {
		return tally.Date{}, ""
	}
	src := strings.TrimSpace(res.SrcString)
	d := tally.DateOf(res.DateTime)
	if pageURL != "" && strings.Contains(pageURL, src) {
		return d, "url"
	}
	s := string(raw)
	for i := 0; ; {
		j := strings.Index(s[i:], src)
		if j < 0 {
			break
		}
		at := i + j
		open := strings.LastIndexByte(s[:at], '<')
		close := strings.LastIndexByte(s[:at], '>')
		if open > close { // inside a tag: an attribute value
			tag := strings.ToLower(s[open:min(open+6, len(s))])
			if strings.HasPrefix(tag, "<meta") || strings.HasPrefix(tag, "<time") || strings.HasPrefix(tag, "<abbr") {
				return d, "meta"
			}
			// A dated canonical or alternate URL: the page's own address.
			if strings.HasPrefix(tag, "<link") {
				return d, "url"
			}
		}
		ctx := strings.ToLower(s[max(0, at-40):at])
		if strings.Contains(ctx, "datepublished") || strings.Contains(ctx, "datecreated") {
			return d, "meta"
		}
		i = at + len(src)
	}
	return tally.Date{}, ""
}

// walker collects the text of block elements in document order.
type walker struct {
	page    *Page
	buf     strings.Builder
	heading bool
}

var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "li": true, "ul": true, "ol": true,
	"blockquote": true, "pre": true, "td": true, "th": true, "tr": true, "table": true, "dd": true, "dt": true,
	"figcaption": true, "figure": true, "header": true, "footer": true, "main": true, "body": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template":
			return
		case "br":
			w.buf.WriteByte('\n')
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		w.flush()
	}
	isHeading := n.Type == html.ElementNode && len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
	if isHeading {
		w.heading = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
	if isHeading {
		w.heading = false
	}
}

// flush ends the current block, collapsing runs of spaces within each line.
func (w *walker) flush() {
	text := w.buf.String()
	w.buf.Reset()
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return
	}
	w.page.Blocks = append(w.page.Blocks, strings.Join(lines, "\n"))
	w.page.Headings = append(w.page.Headings, w.heading)
}
