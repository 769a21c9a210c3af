package pipeline_test

import (
	"context"
	"testing"

	"tally"
	"tally/ingest"
)

// TestPDF converts PDFs through the pipeline's PDF step, stores them as
// PDF reports, passes on the converter's error, and refuses PDFs clearly
// when no converter is set.
func TestPDF(t *testing.T) {
	_, p := open(t)
	ctx := context.Background()
	raw := []byte("%PDF-1.4\n(binary-ish content)")
	if _, err := p.Parse(ctx, raw, ingest.Source{Name: "r.pdf"}); tally.ErrorCode(err) != tally.EUNSUPPORTED {
		t.Errorf("without a converter: %v; want EUNSUPPORTED", err)
	}
	p.PDF = func(ctx context.Context, data []byte) ([]byte, error) {
		return []byte("TITLE: Seven killed in hill raid\nPUBLISHED: 2023-05-09\n\nArmed men raided a hill village on Monday night, killing seven people, a local official said.\n"), nil
	}
	doc, added, err := p.IngestBytes(ctx, "r.pdf", raw, "", "")
	if err != nil || !added {
		t.Fatalf("ingest: %v", err)
	}
	if doc.Format != tally.FormatPDF || doc.Title != "Seven killed in hill raid" || doc.Published.String() != "2023-05-09" {
		t.Errorf("document: format %s, title %q, published %s", doc.Format, doc.Title, doc.Published)
	}
	p.PDF = func(ctx context.Context, data []byte) ([]byte, error) {
		return nil, tally.Errorf(tally.EINVALID, "the PDF has no text layer")
	}
	if _, err := p.Parse(ctx, raw, ingest.Source{Name: "scan.pdf"}); tally.ErrorCode(err) != tally.EINVALID {
		t.Errorf("converter error: %v", err)
	}
}
