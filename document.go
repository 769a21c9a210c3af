package tally

import "time"

// Format is the form a report arrived in.
type Format string

// Formats of reports.
const (
	FormatText       Format = "text"        // plain text, no header
	FormatHeaderText Format = "header-text" // plain text opened by URL:/TITLE:/PUBLISHED: lines
	FormatHTML       Format = "html"
	FormatPDF        Format = "pdf"
)

// LineKind classifies one line of a document's text.
type LineKind string

// Kinds of lines. Extraction reads title, heading and body lines; the others
// are kept so the evidence view can show them (greyed) and nothing is lost.
const (
	LineBody        LineKind = "body"
	LineTitle       LineKind = "title"
	LineHeading     LineKind = "heading"
	LineMeta        LineKind = "meta"        // header fields, bylines, "Published On:" lines
	LineBoilerplate LineKind = "boilerplate" // site chrome: share buttons, comment forms, banners
)

// Content reports whether lines of kind k carry the report's own words.
func (k LineKind) Content() bool { return k == LineBody || k == LineTitle || k == LineHeading }

// Line is one non-blank line of Document.Text and what it was judged to be.
type Line struct {
	Span   Span     `json:"span"`
	Kind   LineKind `json:"kind"`
	Reason string   `json:"reason,omitempty"` // the signal that decided a non-body kind
}

// Document is one ingested report. Its ID is a hash of its cleaned text, so
// ingesting the same report twice is a no-op.
type Document struct {
	ID       string `json:"id"`
	Source   string `json:"path"` // the path or URL as given to ingest
	URL      string `json:"url,omitempty"`
	Format   Format `json:"format"`
	Title    string `json:"title,omitempty"`
	Outlet   string `json:"outlet,omitempty"`
	Author   string `json:"author,omitempty"`
	Language string `json:"language,omitempty"`

	Published      Date  `json:"published"`
	PublishedBasis Basis `json:"published_basis"`
	PublishedSpan  Span  `json:"published_span"` // the words the date was read from, if any

	// Text is the cleaned text: valid UTF-8, no-break spaces and other odd
	// spaces folded to ASCII space, line ends normalised to "\n". Every span
	// in tally points into it.
	Text  string `json:"-"`
	Lines []Line `json:"lines,omitempty"`
	Words int    `json:"words"`

	// Signature is a MinHash signature of the body's word shingles, used to
	// find the same wire story on other sites.
	Signature []uint32 `json:"-"`

	IngestedAt time.Time `json:"ingested_at"`
}

// ContentLines returns the lines extraction should read.
func (d *Document) ContentLines() []Line {
	var out []Line
	for _, l := range d.Lines {
		if l.Kind.Content() {
			out = append(out, l)
		}
	}
	return out
}

// LineAt returns the line holding byte offset off, if any.
func (d *Document) LineAt(off int) (Line, bool) {
	lo, hi := 0, len(d.Lines)
	for lo < hi {
		m := (lo + hi) / 2
		l := d.Lines[m]
		switch {
		case off < l.Span.Start:
			hi = m
		case off >= l.Span.End:
			lo = m + 1
		default:
			return l, true
		}
	}
	return Line{}, false
}

// NearDuplicate links two documents that carry the same story, such as one
// wire report printed by two sites. Neither is dropped.
type NearDuplicate struct {
	A, B       string  // document IDs, A < B
	Similarity float64 // estimated Jaccard similarity of word shingles
}

// DocumentFilter selects documents. Zero fields select everything.
type DocumentFilter struct {
	IDs    []string
	Query  string // full-text search
	Offset int
	Limit  int
}

// SearchHit is one document matching a full-text search, with a snippet of
// its text around the match. Highlights are the matched words' byte ranges
// within Snippet, so a UI can mark them without parsing markup.
type SearchHit struct {
	Document   *Document `json:"document"`
	Snippet    string    `json:"snippet"`
	Highlights []Span    `json:"highlights"`
	Rank       float64   `json:"rank"`
}
