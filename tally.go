// Package tally holds the domain vocabulary of tally: reports (Documents),
// the claims extracted from them, and the incidents and figures derived from
// those claims. It imports only the standard library; storage, HTTP and the
// pipeline steps live in their own packages and speak in these types.
//
// The pipeline is
//
//	sources ─ingest→ Document ─extract→ Mentions+Claims ─link→ Incidents ─reconcile→ Figures
//
// Claims are the source of truth and incidents are derived from them, so the
// same reports ingested in any order give the same incidents.
package tally

import "fmt"

// Span is a half-open byte range [Start, End) into Document.Text. Like the
// positions of go/ast nodes, spans point into the text rather than copy it.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is unset.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Valid reports whether the span lies inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Of returns the text the span covers, or "" when it does not fit text.
func (s Span) Of(text string) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return text[s.Start:s.End]
}

// Shift returns the span moved by delta bytes.
func (s Span) Shift(delta int) Span { return Span{s.Start + delta, s.End + delta} }

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }
