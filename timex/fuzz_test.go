package timex_test

import (
	"testing"

	"tally"
	"tally/timex"
)

var fuzzSeeds = []string{
	"Around midnight on Saturday 31 August 2013, at 6 AM on 1 September.",
	"London, Apr. 08 – Iraqi forces on Friday killed 35; in 2009, and 36 in 2011.",
	"At 4.45 am (local time) some 2,500 troops moved; last night's attack; 12:40PM.",
	"01/09/14 9/1/2013 1.9.2013 25/12/2010 9/11 24/7 2014-06-15T05:30Z",
	"the Fourth of July, New Year’s Eve, last Aug. 17, the day before yesterday",
	"early\u00a0Sunday morning \xff\xfe Sept.\u00a01,\u00a02013 \xe2\x80",
	"Sun., Sept. 1 - 2, 2013 at 0500 hours GMT+3 (local time) two days later",
	"the 1st of the mid- last this next a couple of 1-2 September ( 2013 ) ©",
	"",
}

// FuzzFind checks that Find never panics and that its spans lie inside the
// text, are non-empty, ordered and non-overlapping, and resolve to valid
// dates.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	anchor := tally.Day(2013, 9, 2)
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, e := range timex.Find(text) {
			if !e.Span.Valid(len(text)) || e.Span.Len() == 0 {
				t.Fatalf("span %v outside %d bytes of %q", e.Span, len(text), text)
			}
			if e.Span.Start < prev {
				t.Fatalf("span %v overlaps or precedes the one before (ending %d) in %q", e.Span, prev, text)
			}
			prev = e.Span.End
			if e.Kind == timex.Invalid {
				t.Fatalf("invalid kind at %v in %q", e.Span, text)
			}
			if d, _, _ := timex.Resolve(e, anchor, timex.Options{}); !d.Valid() {
				t.Fatalf("Resolve gave invalid %v for %q", d, e.Span.Of(text))
			}
		}
	})
}

// FuzzResolve checks Resolve and Window against any anchor: the result is
// a valid date (or zero), an explicit basis needs no anchor, and the
// window holds the resolved date.
func FuzzResolve(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 2013, 9, 2, false)
	}
	f.Add("last week and over the weekend and last winter", 2015, 1, 1, true)
	f.Add("on Feb. 29 and the 31st", 2100, 3, 0, false)
	f.Fuzz(func(t *testing.T, text string, y, m, d int, dayFirst bool) {
		anchor := tally.Date{Year: y, Month: m, Day: d}
		if !anchor.Valid() {
			anchor = tally.Date{}
		}
		opt := timex.Options{DayFirst: dayFirst}
		for _, e := range timex.Find(text) {
			got, _, basis := timex.Resolve(e, anchor, opt)
			if !got.Valid() {
				t.Fatalf("Resolve(%q, %v) = invalid %v", e.Span.Of(text), anchor, got)
			}
			if got.IsZero() != (basis == tally.BasisUnknown) {
				t.Fatalf("Resolve(%q, %v) = %v with basis %q", e.Span.Of(text), anchor, got, basis)
			}
			if basis == tally.BasisExplicit {
				if alone, _, _ := timex.Resolve(e, tally.Date{}, opt); alone != got {
					t.Fatalf("explicit %q depends on the anchor: %v vs %v", e.Span.Of(text), alone, got)
				}
			}
			if first, last, ok := timex.Window(e, anchor, opt); ok {
				if last.Before(first) {
					t.Fatalf("Window(%q) = %v..%v", e.Span.Of(text), first, last)
				}
				if !got.IsZero() && (got.Last().Before(first.First()) || last.First().Before(got.First())) {
					t.Fatalf("Window(%q) = %v..%v misses %v", e.Span.Of(text), first, last, got)
				}
			}
		}
	})
}
