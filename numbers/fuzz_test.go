package numbers_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"tally/numbers"
)

// checkInvariants holds for every result of Find on any input: spans lie
// in the text, nest (QualSpan and NumSpan inside Span), come in order
// without overlapping, Low <= Value <= High, and a Cardinal's number reads
// back alone as the same value.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	qs := numbers.Find(text)
	prev := 0
	for i, q := range qs {
		if !q.Span.Valid(len(text)) || !q.NumSpan.Valid(len(text)) {
			t.Fatalf("Find(%q)[%d] = %v: span outside the text", text, i, q)
		}
		if q.Span.Len() == 0 || q.NumSpan.Len() == 0 {
			t.Fatalf("Find(%q)[%d] = %v: empty span", text, i, q)
		}
		if !q.Span.Contains(q.NumSpan) {
			t.Fatalf("Find(%q)[%d] = %v: NumSpan %v outside Span", text, i, q, q.NumSpan)
		}
		if !q.QualSpan.IsZero() && !q.Span.Contains(q.QualSpan) {
			t.Fatalf("Find(%q)[%d] = %v: QualSpan %v outside Span", text, i, q, q.QualSpan)
		}
		if q.Span.Start < prev {
			t.Fatalf("Find(%q)[%d] = %v: overlaps or precedes the one before (ends %d)", text, i, q, prev)
		}
		prev = q.Span.End
		if q.Low > q.High || q.Value < q.Low || q.Value > q.High {
			t.Fatalf("Find(%q)[%d] = %v: Value outside Low..High", text, i, q)
		}
		if q.Kind == numbers.Cardinal && q.Low == q.High {
			num := q.NumSpan.Of(text)
			p, ok := numbers.Parse(num)
			if !ok || p.Value != q.Value {
				t.Fatalf("Find(%q)[%d] = %v, but Parse(%q) = %v, %v", text, i, q, num, p, ok)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.text)
	}
	for _, s := range []string{
		"1-800-", "(765) 456-", "$", "£5m", "12:", "4.45 a.", "aged", "ages 4,", "the 1980", "I-", "No.",
		"one-", "a third-", "between 40 and", "40 to", "\xe2\x80", "2013-14-15", "1,000,000,000,000,000,000",
		"99999999999999999999 people", "9.9.9.9", "http://x/1", "a.m. 5", "half a", "tens of",
	} {
		f.Add(s)
	}
	inputs, _ := filepath.Glob("testdata/*.input")
	for _, in := range inputs {
		b, _ := os.ReadFile(in)
		for _, para := range strings.Split(string(b), "\n\n") {
			f.Add(para)
		}
	}
	f.Fuzz(func(t *testing.T, text string) { checkInvariants(t, text) })
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"forty-four", "2,500", "a dozen", "dozens", "at least 44", "one", "1.2 million",
		"$5", "13-year-old", "", " ", "\xff", "between 40 and 50"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, ok := numbers.Parse(s)
		if !ok {
			return
		}
		trimmed := strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' })
		if q.Span.Of(s) != trimmed && len(trimmed) == len(strings.TrimSpace(s)) {
			t.Fatalf("Parse(%q) = %v covers %q, not the whole phrase", s, q, q.Span.Of(s))
		}
		if !q.Span.Contains(q.NumSpan) {
			t.Fatalf("Parse(%q) = %v: NumSpan outside Span", s, q)
		}
		// Parse of its own number agrees for exact counts.
		if q.Kind == numbers.Cardinal && q.Low == q.High {
			p, ok := numbers.Parse(q.NumSpan.Of(s))
			if !ok || p.Value != q.Value {
				t.Fatalf("Parse(%q) = %v, but Parse(%q) = %v, %v", s, q, q.NumSpan.Of(s), p, ok)
			}
		}
	})
}

// TestInvariants runs the fuzz property over the table's texts and the
// golden reports, so that plain go test checks it too.
func TestInvariants(t *testing.T) {
	for _, tc := range findCases {
		checkInvariants(t, tc.text)
	}
	inputs, _ := filepath.Glob("testdata/*.input")
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, string(b))
		// Every line on its own, so that quantities at the edges of a text
		// are checked too.
		for _, line := range strings.Split(string(b), "\n") {
			checkInvariants(t, line)
		}
	}
}
