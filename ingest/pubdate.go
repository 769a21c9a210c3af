package ingest

import (
	"strings"

	"tally"
)

// findPublished sets the document's publication date, precision and basis.
// Placeholder: header dates only; the full finder follows.
func findPublished(doc *tally.Document, hdr Header, htmlFrom string, htmlDate tally.Date) {
	for _, hl := range hdr.Lines {
		if hl.Key != "published" {
			continue
		}
		v := strings.TrimSpace(hl.Value)
		if len(v) >= 10 {
			if d, err := tally.ParseDate(v[:10]); err == nil && !d.IsZero() {
				doc.Published, doc.PublishedBasis = d, tally.BasisStated
				doc.PublishedSpan = tally.Span{Start: hl.ValueStart, End: hl.ValueStart + len(hl.Value)}
				return
			}
		}
	}
	if htmlFrom != "" && !htmlDate.IsZero() {
		doc.Published, doc.PublishedBasis = htmlDate, tally.BasisStated
		return
	}
	doc.PublishedBasis = tally.BasisUnknown
}
