// Package pdftext reads the text of PDF reports with Poppler's pdftotext
// and pdfinfo, the standard tools for the job, and reflows it: PDF text
// comes as lines broken where the page broke them, while tally reads
// paragraphs. Running the tools is this package's edge; Reflow and Report
// are pure.
//
// Creates: the text, title, author and creation date of a PDF report.
package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"tally"
)

// Doc is what a PDF yields.
type Doc struct {
	Title   string
	Author  string
	Created tally.Date // the document's creation date, when its metadata has one
	Text    string     // paragraphs separated by blank lines
}

// Available reports whether pdftotext is installed.
func Available() bool {
	_, err := exec.LookPath("pdftotext")
	return err == nil
}

// Extract runs pdftotext (and pdfinfo, for the metadata) on a PDF.
func Extract(ctx context.Context, data []byte) (Doc, error) {
	if !Available() {
		return Doc{}, tally.Errorf(tally.EUNSUPPORTED, "reading PDF needs pdftotext, which is not installed (Debian: apt install poppler-utils)")
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "tally-pdf-")
	if err != nil {
		return Doc{}, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return Doc{}, err
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", "-eol", "unix", "-q", in, "-")
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Doc{}, tally.Errorf(tally.EINVALID, "pdftotext took too long on this PDF")
		}
		return Doc{}, tally.Errorf(tally.EINVALID, "pdftotext could not read this PDF (damaged or encrypted?): %s", strings.TrimSpace(firstLine(stderr.String(), err.Error())))
	}
	doc := Doc{Text: Reflow(string(out))}
	if strings.TrimSpace(doc.Text) == "" {
		return Doc{}, tally.Errorf(tally.EINVALID, "the PDF has no text layer (a scan?): run OCR on it first")
	}
	if info, err := exec.CommandContext(ctx, "pdfinfo", "-enc", "UTF-8", "-isodates", in).Output(); err == nil {
		doc.Title, doc.Author, doc.Created = parseInfo(string(info))
	}
	return doc, nil
}

func firstLine(s, fallback string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return fallback
	}
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// parseInfo reads pdfinfo's "Key: value" lines.
func parseInfo(s string) (title, author string, created tally.Date) {
	for _, line := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "Title":
			title = v
		case "Author":
			author = v
		case "CreationDate":
			// -isodates: "2023-02-14T09:12:00+05" or with a Z.
			if len(v) >= 10 {
				if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
					created = tally.DateOf(t)
				}
			}
		}
	}
	return title, author, created
}

// Report renders the PDF in tally's header-text format. The creation date
// is the best date a PDF's metadata offers for a report; the title is kept
// only when it reads like one (not "Microsoft Word - draft3.docx").
func (d Doc) Report() []byte {
	var b bytes.Buffer
	if t := d.Title; t != "" && !fileLike(t) {
		fmt.Fprintf(&b, "TITLE: %s\n", strings.Join(strings.Fields(t), " "))
	}
	if !d.Created.IsZero() {
		fmt.Fprintf(&b, "PUBLISHED: %s\n", d.Created)
	}
	if d.Author != "" {
		fmt.Fprintf(&b, "AUTHOR: %s\n", strings.Join(strings.Fields(d.Author), " "))
	}
	if b.Len() == 0 {
		return []byte(d.Text + "\n")
	}
	b.WriteString("\n")
	b.WriteString(d.Text)
	b.WriteString("\n")
	return b.Bytes()
}

// fileLike reports a title that is a file name or an editor's label.
func fileLike(t string) bool {
	l := strings.ToLower(t)
	for _, s := range []string{".doc", ".pdf", ".indd", ".rtf", ".odt", "microsoft word", "untitled"} {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// Reflow joins the lines of each paragraph that the page layout broke,
// mends words hyphenated across a line end ("kil-" "led"), and drops form
// feeds. Paragraphs end at blank lines, and at a line that ends a sentence
// well short of the ones around it: the last line of a paragraph.
func Reflow(text string) string {
	text = strings.ReplaceAll(text, "\f", "\n\n")
	lines := strings.Split(text, "\n")
	width := typicalWidth(lines)
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.TrimSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	for _, raw := range lines {
		line := strings.TrimSpace(raw)
		if line == "" {
			flush()
			continue
		}
		if cur.Len() > 0 {
			prev := cur.String()
			switch {
			case strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetter(prev[len(prev)-2]) && startsLower(line):
				// A word broken at the line end.
				trimmed := strings.TrimSuffix(prev, "-")
				cur.Reset()
				cur.WriteString(trimmed)
			case strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetter(prev[len(prev)-2]):
				// A hyphenated name broken after its hyphen: "Mujahedin-" "Khalq".
			default:
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(line)
		if width > 0 && utf8.RuneCountInString(line) < width*6/10 && endsSentence(line) {
			flush()
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// typicalWidth is the length, in characters, of a paragraph's full lines:
// the 80th percentile of the non-blank lines' lengths.
func typicalWidth(lines []string) int {
	var ns []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n > 0 {
			ns = append(ns, n)
		}
	}
	if len(ns) < 5 {
		return 0
	}
	// A counting sort: lines are short.
	counts := map[int]int{}
	maxN := 0
	for _, n := range ns {
		counts[n]++
		maxN = max(maxN, n)
	}
	seen, want := 0, len(ns)*8/10
	for n := 0; n <= maxN; n++ {
		seen += counts[n]
		if seen >= want {
			return n
		}
	}
	return maxN
}

func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’)")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?") || strings.HasSuffix(line, ":")
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
