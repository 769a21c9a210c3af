package pdftext_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"tally"
	"tally/pdftext"
)

func TestReflow(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			"wrapped lines make one paragraph",
			"Gunmen on motorbikes opened fire at a river crossing on\nMonday, killing four people, police said.\n\nTwo others were wounded.",
			"Gunmen on motorbikes opened fire at a river crossing on Monday, killing four people, police said.\n\nTwo others were wounded.",
		},
		{
			"a hyphen at a line end mends the word",
			"The attackers kil-\nled four people.",
			"The attackers killed four people.",
		},
		{
			"a hyphenated name keeps its hyphen",
			"Fighters of the Mujahedin-\nKhalq said so.",
			"Fighters of the Mujahedin-Khalq said so.",
		},
		{
			"a short line ending a sentence ends its paragraph",
			"This line is about as long as the others in the page, it says.\nThis line is about as long as the others in the page, it goes on\nand then it stops.\nA new paragraph begins here, as long as the other lines in it.\nThis line is about as long as the others in the page, it says.\nThis line is about as long as the others in the page, the end.",
			"This line is about as long as the others in the page, it says. This line is about as long as the others in the page, it goes on and then it stops.\n\nA new paragraph begins here, as long as the other lines in it. This line is about as long as the others in the page, it says. This line is about as long as the others in the page, the end.",
		},
		{"form feeds break pages", "Page one ends.\fPage two begins.", "Page one ends.\n\nPage two begins."},
	}
	for _, tt := range tests {
		if got := pdftext.Reflow(tt.in); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestReport(t *testing.T) {
	d := pdftext.Doc{Title: "Microsoft Word - draft3.docx", Author: "Field  Team", Created: tally.Day(2023, 2, 14), Text: "Body."}
	want := "PUBLISHED: 2023-02-14\nAUTHOR: Field Team\n\nBody.\n"
	if got := string(d.Report()); got != want {
		t.Errorf("Report = %q; want %q (an editor's file name is no title)", got, want)
	}
	if got := string((pdftext.Doc{Text: "Body."}).Report()); got != "Body.\n" {
		t.Errorf("Report without metadata = %q", got)
	}
}

// TestExtract reads a PDF written by minimalPDF through Poppler's tools.
func TestExtract(t *testing.T) {
	if !pdftext.Available() {
		t.Skip("pdftotext not installed (apt install poppler-utils)")
	}
	lines := []string{
		"Armed men raided a hill village on Monday night, killing seven",
		"people and wounding five others, a local official said on",
		"Tuesday.",
	}
	doc, err := pdftext.Extract(context.Background(), minimalPDF("Seven killed in hill raid", "D:20230509081500Z", lines))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Seven killed in hill raid" || doc.Created.String() != "2023-05-09" {
		t.Errorf("metadata: title %q, created %s", doc.Title, doc.Created)
	}
	want := "Armed men raided a hill village on Monday night, killing seven people and wounding five others, a local official said on Tuesday."
	if strings.TrimSpace(doc.Text) != want {
		t.Errorf("text %q; want %q", doc.Text, want)
	}
	if _, err := pdftext.Extract(context.Background(), []byte("%PDF-1.4\nnot really a pdf")); tally.ErrorCode(err) != tally.EINVALID {
		t.Errorf("broken PDF: %v; want a clear EINVALID", err)
	}
}

// minimalPDF writes a one-page PDF with the given lines in Helvetica.
func minimalPDF(title, created string, lines []string) []byte {
	var content bytes.Buffer
	content.WriteString("BT /F1 11 Tf 14 TL 72 720 Td\n")
	for _, l := range lines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l))
	}
	content.WriteString("ET")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len(), content.String()),
		fmt.Sprintf("<< /Title (%s) /CreationDate (%s) >>", title, created),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func FuzzReflow(f *testing.F) {
	f.Add("a line\nanother line-\nbroken.\n\nnew")
	f.Add("\f\f-\n-")
	f.Fuzz(func(t *testing.T, s string) {
		out := pdftext.Reflow(s)
		if strings.Contains(out, "\n\n\n") || strings.Contains(out, "\f") {
			t.Fatalf("Reflow(%q) = %q", s, out)
		}
	})
}
