// Package ingest turns the bytes of one report into a tally.Document: clean
// text, lines classified as body or boilerplate, title, outlet, author and
// publication date. It is pure: bytes in, a Document out; reading files and
// fetching URLs happen elsewhere.
//
// Creates: Document.ID, Text, Lines, Title, Outlet, Author, Published,
// PublishedBasis, Words, Signature.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"tally"
	"tally/dedupe"
	"tally/htmltext"
)

// MaxBytes is the default size limit of one report. News reports are tens of
// kilobytes; a file this large is a mistake (a log, a dump, a video) and
// would make every later step slow.
const MaxBytes = 16 << 20

// Source says where a report's bytes came from.
type Source struct {
	Name        string // the path, URL or "-" as given to ingest
	URL         string // the page's URL, when fetched or known
	ContentType string // the HTTP Content-Type, when fetched
}

// Parse reads one report. It fails only when the bytes are not a report at
// all: empty, binary, or a format tally cannot read.
func Parse(raw []byte, src Source) (*tally.Document, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, tally.Errorf(tally.EINVALID, "empty file: no text to ingest")
	}
	if bytes.HasPrefix(raw, []byte("%PDF-")) {
		return nil, tally.Errorf(tally.EUNSUPPORTED, "PDF is not supported yet: convert it to text first (pdftotext FILE)")
	}
	if Binary(raw) {
		return nil, tally.Errorf(tally.EINVALID, "binary file: not text, HTML or PDF")
	}
	if head := bytes.TrimLeft(raw[:min(len(raw), 4096)], " \t\r\n\ufeff"); bytes.HasPrefix(head, []byte("<?xml")) && !bytes.Contains(bytes.ToLower(head), []byte("<html")) {
		return nil, tally.Errorf(tally.EUNSUPPORTED, "XML that is neither a web page nor a news feed (RSS, Atom): not a report")
	}
	var (
		doc *tally.Document
		err error
	)
	if looksLikeHTML(raw, src.ContentType) {
		doc, err = parseHTML(raw, src)
	} else {
		doc = parseText(raw, src)
	}
	if err != nil {
		return nil, err
	}
	finish(doc)
	return doc, nil
}

// looksLikeHTML reports an HTML page by its content type or its first tags.
func looksLikeHTML(raw []byte, contentType string) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") {
		return true
	}
	if ct != "" && !strings.HasPrefix(ct, "text/plain") && !strings.Contains(ct, "octet-stream") {
		return false
	}
	head := raw[:min(len(raw), 1024)]
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\ufeff"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml version=\"1.0\"?><html", "<!-- "} {
		if bytes.HasPrefix(head, []byte(p)) {
			return p != "<!-- " || bytes.Contains(raw[:min(len(raw), 4096)], []byte("<html"))
		}
	}
	return false
}

// parseText reads plain text with or without a header.
func parseText(raw []byte, src Source) *tally.Document {
	text := Normalize(raw)
	doc := &tally.Document{Source: src.Name, URL: src.URL, Format: tally.FormatText, Text: text}
	var ls []*line
	first := 0
	var hdr Header
	if h, ok := ParseHeader(text); ok {
		hdr = h
		doc.Format = tally.FormatHeaderText
		for _, hl := range h.Lines {
			l := &line{span: tally.Span{Start: hl.Start, End: hl.End}, text: text[hl.Start:hl.End], kind: tally.LineMeta, reason: "header"}
			if hl.Key == "title" && hl.Value != "" {
				// The headline is content: extraction reads it, without the
				// site's name appended to it.
				vs := hl.ValueStart
				n := titleLength(hl.Value, outletFromURL(h.URL))
				l.span = tally.Span{Start: vs, End: vs + n}
				l.text, l.kind, l.reason = hl.Value[:n], tally.LineTitle, ""
			}
			ls = append(ls, l)
		}
		first = len(ls)
		ls = append(ls, splitLines(text, h.End)...)
	} else {
		ls = splitLines(text, 0)
	}
	author := markMetaLines(ls, first)
	classifyLines(ls, first)
	doc.Title = hdr.Title
	if doc.Title != "" {
		doc.Title = doc.Title[:titleLength(doc.Title, outletFromURL(hdr.URL))]
	}
	doc.Author = firstNonEmpty(hdr.Author, author)
	doc.Outlet = firstNonEmpty(hdr.Outlet, outletFromURL(firstNonEmpty(hdr.URL, src.URL)))
	doc.URL = firstNonEmpty(hdr.URL, src.URL)
	doc.Language = hdr.Language
	if doc.Title == "" {
		if t, masthead := findTitle(ls, first); t != nil {
			doc.Title = t.text
			if doc.Outlet == "" {
				doc.Outlet = masthead
			}
		}
	}
	if doc.Outlet == "" {
		doc.Outlet = copyrightHolder(ls)
	}
	doc.Lines = toLines(ls)
	findPublished(doc, hdr, "", tally.Date{})
	return doc
}

// parseHTML reads a web page through htmltext, then classifies the lines of
// its article text like plain text: comment prompts and share buttons can
// survive inside <article>.
func parseHTML(raw []byte, src Source) (*tally.Document, error) {
	page, err := htmltext.Extract(raw, src.URL)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	var ls []*line
	add := func(s string, kind tally.LineKind) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		for i, part := range strings.Split(s, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			part = Normalize([]byte(part))
			start := b.Len()
			b.WriteString(part)
			ls = append(ls, &line{span: tally.Span{Start: start, End: b.Len()}, text: part, kind: kind})
		}
	}
	blocks, headings := page.Blocks, page.Headings
	if page.Title != "" {
		page.Title = page.Title[:titleLength(page.Title, firstNonEmpty(page.Sitename, outletFromURL(src.URL)))]
		add(page.Title, tally.LineTitle)
		if len(blocks) > 0 && strings.EqualFold(strings.TrimSpace(blocks[0]), page.Title) {
			blocks, headings = blocks[1:], headings[1:]
		}
	}
	first := len(ls)
	for i, blk := range blocks {
		kind := tally.LineKind("")
		if headings[i] {
			kind = tally.LineHeading
		}
		add(blk, kind)
	}
	text := b.String()
	doc := &tally.Document{Source: src.Name, URL: src.URL, Format: tally.FormatHTML, Text: text}
	author := markMetaLines(ls, first)
	classifyLines(ls, first)
	doc.Title = page.Title
	doc.Author = firstNonEmpty(page.Author, author)
	doc.Outlet = firstNonEmpty(page.Sitename, outletFromURL(src.URL))
	doc.Language = page.Language
	if doc.Title == "" {
		if t, _ := findTitle(ls, first); t != nil {
			doc.Title = t.text
		}
	}
	doc.Lines = toLines(ls)
	findPublished(doc, Header{}, page.PublishedFrom, page.Published)
	return doc, nil
}

func toLines(ls []*line) []tally.Line {
	out := make([]tally.Line, 0, len(ls))
	for _, l := range ls {
		out = append(out, tally.Line{Span: l.span, Kind: l.kind, Reason: l.reason})
	}
	return out
}

// finish derives what depends only on the cleaned text and lines: the ID,
// the word count and the near-duplicate signature.
func finish(doc *tally.Document) {
	sum := sha256.Sum256([]byte(doc.Text))
	doc.ID = hex.EncodeToString(sum[:16])
	var body strings.Builder
	for _, l := range doc.Lines {
		if l.Kind == tally.LineBody || l.Kind == tally.LineHeading {
			body.WriteString(l.Span.Of(doc.Text))
			body.WriteByte('\n')
		}
	}
	words := 0
	forEachWord(body.String(), func(string) { words++ })
	doc.Words = words
	doc.Signature = dedupe.Signature(body.String())
	if doc.PublishedBasis == "" {
		doc.PublishedBasis = tally.BasisUnknown
	}
	if !utf8.ValidString(doc.Text) {
		// Normalize guarantees this; a failure here is a bug worth catching early.
		panic("ingest: text is not valid UTF-8")
	}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
