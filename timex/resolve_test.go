package timex_test

import (
	"testing"
	"time"

	"tally"
	"tally/timex"
)

// first returns the first expression Find reads in text.
func first(t *testing.T, text string) timex.Expr {
	t.Helper()
	es := timex.Find(text)
	if len(es) == 0 {
		t.Fatalf("Find(%q) found nothing", text)
	}
	return es[0]
}

const (
	explicit = tally.BasisExplicit
	anchored = tally.BasisAnchored
	unknown  = tally.BasisUnknown
)

func TestResolve(t *testing.T) {
	tests := []struct {
		text   string
		anchor string // publication date at any precision, "" for unknown
		opt    timex.Options
		date   string
		clock  string
		basis  tally.Basis
	}{
		// Explicit dates need no anchor.
		{"on September 1, 2013", "", timex.Options{}, "2013-09-01", "", explicit},
		{"in July 2009", "2013-09-02", timex.Options{}, "2009-07", "", explicit},
		{"in 2011", "2013-09-02", timex.Options{}, "2011", "", explicit},
		{"around midnight on Saturday 31 August 2013", "", timex.Options{}, "2013-08-31", "00:00", explicit},
		{"in the summer of 2013", "", timex.Options{}, "2013", "", explicit},

		// Weekdays: the most recent on or before the anchor (2013-09-02 is a Monday).
		{"early Sunday", "2013-09-02", timex.Options{}, "2013-09-01", "", anchored},
		{"on Monday", "2013-09-02", timex.Options{}, "2013-09-02", "", anchored},
		{"on Tuesday", "2013-09-02", timex.Options{}, "2013-08-27", "", anchored},
		{"Sunday", "2013-09-01", timex.Options{}, "2013-09-01", "", anchored},
		{"last Sunday", "2013-09-01", timex.Options{}, "2013-08-25", "", anchored},
		{"next Friday", "2013-09-02", timex.Options{}, "2013-09-06", "", anchored},
		{"10 p.m. Sunday", "2013-09-02", timex.Options{}, "2013-09-01", "22:00", anchored},
		{"on Friday", "2011-01-02", timex.Options{}, "2010-12-31", "", anchored},
		{"early Sunday", "2013-09", timex.Options{}, "", "", unknown},
		{"early Sunday", "", timex.Options{}, "", "", unknown},

		// Relative days.
		{"last night", "2013-09-02", timex.Options{}, "2013-09-01", "", anchored},
		{"last night", "2013-03-01", timex.Options{}, "2013-02-28", "", anchored},
		{"today", "2013-09-01", timex.Options{}, "2013-09-01", "", anchored},
		{"yesterday", "2014-01-01", timex.Options{}, "2013-12-31", "", anchored},
		{"tonight", "2013-09-01", timex.Options{}, "2013-09-01", "", anchored},
		{"three days ago", "2013-09-02", timex.Options{}, "2013-08-30", "", anchored},
		{"a week ago", "2013-09-02", timex.Options{}, "2013-08-26", "", anchored},
		{"at 2:05 a.m. today", "2016-10-31", timex.Options{}, "2016-10-31", "02:05", anchored},
		{"two days later", "2013-09-02", timex.Options{}, "", "", unknown},
		{"the previous night", "2013-09-02", timex.Options{}, "", "", unknown},

		// Weeks, months, years.
		{"last week", "2013-09-18", timex.Options{}, "2013-09", "", anchored},
		{"last week", "2013-09-04", timex.Options{}, "2013", "", anchored}, // Aug 26 – Sep 1
		{"Tuesday last week", "2013-09-04", timex.Options{}, "2013-08-27", "", anchored},
		{"over the weekend", "2013-09-09", timex.Options{}, "2013-09", "", anchored},
		{"over the weekend", "2013-09-02", timex.Options{}, "2013", "", anchored}, // Aug 31 – Sep 1
		{"last weekend", "2013-09-15", timex.Options{}, "2013-09", "", anchored},  // a Sunday: the one before
		{"earlier this month", "2013-09-20", timex.Options{}, "2013-09", "", anchored},
		{"last month", "2014-01-10", timex.Options{}, "2013-12", "", anchored},
		{"two months ago", "2014-01-10", timex.Options{}, "2013-11", "", anchored},
		{"last year", "2013-09-02", timex.Options{}, "2012", "", anchored},
		{"last year", "2013", timex.Options{}, "2012", "", anchored},
		{"this year", "2013-09-02", timex.Options{}, "2013", "", anchored},

		// Partial dates take the anchor's year unless that is after the anchor.
		{"on Aug. 17", "2013-09-02", timex.Options{}, "2013-08-17", "", anchored},
		{"on Dec. 28", "2014-01-05", timex.Options{}, "2013-12-28", "", anchored},
		{"on Jan. 3", "2014-01-05", timex.Options{}, "2014-01-03", "", anchored},
		{"on Sept. 2", "2013-09-02", timex.Options{}, "2013-09-02", "", anchored},
		{"last Aug. 17", "2013-09-02", timex.Options{}, "2013-08-17", "", anchored},
		{"last Aug. 17", "2013-08-17", timex.Options{}, "2012-08-17", "", anchored},
		{"last Aug. 17", "2013-08-10", timex.Options{}, "2012-08-17", "", anchored},
		{"on Feb. 29", "2013-03-01", timex.Options{}, "2012-02-29", "", anchored},
		{"on 1 September", "2013-09", timex.Options{}, "2013-09-01", "", anchored},
		{"on Christmas Eve", "2014-01-02", timex.Options{}, "2013-12-24", "", anchored},
		{"at 6 AM on 1 September", "2013-09-02", timex.Options{}, "2013-09-01", "06:00", anchored},
		{"on Aug. 17", "", timex.Options{}, "", "", unknown},

		// Months alone.
		{"in February of this year", "2013-09-02", timex.Options{}, "2013-02", "", anchored},
		{"in February of this year", "2013-01-10", timex.Options{}, "2013-02", "", anchored},
		{"in April last year", "2013-09-02", timex.Options{}, "2012-04", "", anchored},
		{"last April", "2013-09-02", timex.Options{}, "2013-04", "", anchored},
		{"last April", "2013-04-20", timex.Options{}, "2012-04", "", anchored},
		{"last April", "2013-02-01", timex.Options{}, "2012-04", "", anchored},
		{"in November", "2014-01-05", timex.Options{}, "2013-11", "", anchored},
		{"in January", "2014-01-05", timex.Options{}, "2014-01", "", anchored},
		{"on the 15th", "2013-09-20", timex.Options{}, "2013-09-15", "", anchored},
		{"on the 25th", "2013-09-20", timex.Options{}, "2013-08-25", "", anchored},
		{"on the 31st", "2013-10-20", timex.Options{}, "2013-08-31", "", anchored},

		// Seasons.
		{"last summer", "2013-09-02", timex.Options{}, "2013", "", anchored},
		{"last summer", "2013-07-02", timex.Options{}, "2012", "", anchored},
		{"last winter", "2013-09-02", timex.Options{}, "2013", "", anchored},
		{"last winter", "2013-01-15", timex.Options{}, "2012", "", anchored},

		// Numeric dates follow the options.
		{"on 01/09/14", "", timex.Options{DayFirst: true}, "2014-09-01", "", explicit},
		{"on 01/09/14", "", timex.Options{}, "2014-01-09", "", explicit},
		{"on 25/12/2010", "", timex.Options{}, "2010-12-25", "", explicit},

		// Holidays.
		{"on Thanksgiving", "2013-12-02", timex.Options{}, "2013-11-28", "", anchored},
		{"on Thanksgiving", "2013-12-02", timex.Options{Country: "CA"}, "2013-10-14", "", anchored},
		{"on Thanksgiving", "2013-11-01", timex.Options{}, "2012-11-22", "", anchored},
		{"on U.S. Independence Day", "2013-09-02", timex.Options{}, "2013-07-04", "", anchored},
		{"on Independence Day", "2013-09-02", timex.Options{}, "", "", unknown},
		{"on Independence Day", "2013-09-02", timex.Options{Country: "PK"}, "2013-08-14", "", anchored},
		{"on Easter Sunday", "2014-05-01", timex.Options{}, "2014-04-20", "", anchored},
		{"on Good Friday", "2014-05-01", timex.Options{}, "2014-04-18", "", anchored},
		{"on Memorial Day", "2016-06-01", timex.Options{}, "2016-05-30", "", anchored},
		{"on Thanksgiving Day 2015", "", timex.Options{}, "2015-11-26", "", explicit},

		// Future cues read forward from the anchor (2016-03-14 is a Monday).
		{"A vigil is planned for 7 p.m. Tuesday.", "2016-03-14", timex.Options{}, "2016-03-15", "19:00", anchored},
		{"He is due in court Monday.", "2016-03-14", timex.Options{}, "2016-03-14", "", anchored},
		{"He is due in court Dec. 5.", "2016-11-22", timex.Options{}, "2016-12-05", "", anchored},
		{"Hearings won't resume until Sept. 9.", "2013-07-16", timex.Options{}, "2013-09-09", "", anchored},
		{"A trial is set for July.", "2016-11-22", timex.Options{}, "2017-07", "", anchored},
		{"It will be heard on the 3rd.", "2016-11-22", timex.Options{}, "2016-12-03", "", anchored},

		// A part of day settles an hour written without a.m. or p.m.
		{"last night around 10:30", "2013-09-02", timex.Options{}, "2013-09-01", "22:30", anchored},

		// A clock alone has no date.
		{"at 5 a.m.", "2013-09-02", timex.Options{}, "", "05:00", unknown},
	}
	for _, tt := range tests {
		anchor, err := tally.ParseDate(tt.anchor)
		if err != nil {
			t.Fatal(err)
		}
		e := first(t, tt.text)
		d, clock, basis := timex.Resolve(e, anchor, tt.opt)
		if d.String() != tt.date || clock != tt.clock || basis != tt.basis {
			t.Errorf("Resolve(%q [%s], %q) = %q, %q, %q; want %q, %q, %q",
				tt.text, describe(e), tt.anchor, d, clock, basis, tt.date, tt.clock, tt.basis)
		}
	}
}

func TestResolveNumericExpr(t *testing.T) {
	e := timex.Expr{Kind: timex.Numeric, DayFirst: tally.Day(2014, 9, 1), MonthFirst: tally.Day(2014, 1, 9)}
	if d, _, _ := timex.Resolve(e, tally.Date{}, timex.Options{DayFirst: true}); d != tally.Day(2014, 9, 1) {
		t.Errorf("day-first reading = %s", d)
	}
	if d, _, _ := timex.Resolve(e, tally.Date{}, timex.Options{}); d != tally.Day(2014, 1, 9) {
		t.Errorf("month-first reading = %s", d)
	}
	if d, _, b := timex.Resolve(timex.Expr{}, tally.Day(2013, 1, 1), timex.Options{}); !d.IsZero() || b != unknown {
		t.Errorf("zero Expr resolved to %s, %s", d, b)
	}
}

func TestOptionsFor(t *testing.T) {
	tests := []struct {
		text string
		def  bool
		want bool
	}{
		{"Reported 01/09/14. Earlier note of 25/12/2010.", false, true},
		{"Reported 01/09/14. Earlier note of 12/25/2010.", true, false},
		{"Reported 01/09/14 only.", true, true},
		{"Reported 01/09/14 only.", false, false},
		{"Both 25/12/2010 and 12/25/2010 appear.", true, true},
		{"Both 25/12/2010 and 12/25/2010 appear.", false, false},
		{"An ISO 2014-06-15 date is no evidence.", false, false},
	}
	for _, tt := range tests {
		got := timex.OptionsFor(timex.Find(tt.text), timex.Options{DayFirst: tt.def, Country: "GB"})
		if got.DayFirst != tt.want || got.Country != "GB" {
			t.Errorf("OptionsFor(%q, %v) = %+v; want DayFirst %v", tt.text, tt.def, got, tt.want)
		}
	}
	// The document's evidence decides the ambiguous date.
	text := "As of 01/09/14 the toll stood. The raid of 31/08/2013 began it."
	es := timex.Find(text)
	d, _, _ := timex.Resolve(es[0], tally.Date{}, timex.OptionsFor(es, timex.Options{}))
	if d != tally.Day(2014, 9, 1) {
		t.Errorf("01/09/14 with day-first evidence = %s", d)
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		text, anchor, first, last string
	}{
		{"last week", "2013-09-04", "2013-08-26", "2013-09-01"},
		{"earlier this week", "2013-09-04", "2013-09-02", "2013-09-04"},
		{"over the weekend", "2013-09-02", "2013-08-31", "2013-09-01"},
		{"last weekend", "2013-09-02", "2013-08-31", "2013-09-01"},
		{"last weekend", "2013-09-07", "2013-08-31", "2013-09-01"},
		{"in July 2009", "", "2009-07-01", "2009-07-31"},
		{"early Sunday", "2013-09-02", "2013-09-01", "2013-09-01"},
		{"last summer", "2013-09-02", "2013-06-01", "2013-08-31"},
		{"last winter", "2013-09-02", "2012-12-01", "2013-02-28"},
	}
	for _, tt := range tests {
		anchor, _ := tally.ParseDate(tt.anchor)
		f, l, ok := timex.Window(first(t, tt.text), anchor, timex.Options{})
		if !ok || f.String() != tt.first || l.String() != tt.last {
			t.Errorf("Window(%q, %s) = %s, %s, %v; want %s, %s", tt.text, tt.anchor, f, l, ok, tt.first, tt.last)
		}
	}
	if _, _, ok := timex.Window(first(t, "two days later"), tally.Day(2013, 9, 2), timex.Options{}); ok {
		t.Error("Window of a narrative offset is ok")
	}
}

func TestResolveNarrative(t *testing.T) {
	ref := tally.Day(2013, 9, 1)
	for text, want := range map[string]string{
		"the next day": "2013-09-02", "two days later": "2013-09-03", "the previous night": "2013-08-31",
		"the day before": "2013-08-31", "a week later": "2013-09-08", "that night": "2013-09-01",
	} {
		d, ok := timex.ResolveNarrative(first(t, text), ref)
		if !ok || d.String() != want {
			t.Errorf("ResolveNarrative(%q) = %s, %v; want %s", text, d, ok, want)
		}
	}
	if _, ok := timex.ResolveNarrative(first(t, "yesterday"), ref); ok {
		t.Error("ResolveNarrative(yesterday) is ok; it belongs to the anchor")
	}
	if _, ok := timex.ResolveNarrative(first(t, "the next day"), tally.Date{Year: 2013, Month: 9}); ok {
		t.Error("ResolveNarrative with a month reference is ok")
	}
}

func TestYearFor(t *testing.T) {
	tests := []struct {
		month, day int
		wd         time.Weekday
		min, max   int
		want       int
		ok         bool
	}{
		{4, 8, time.Friday, 2010, 2020, 2011, true}, // "London, Apr. 08 ... on Friday"
		{4, 8, time.Friday, 2011, 2020, 2011, true},
		{4, 8, time.Friday, 2012, 2015, 0, false},
		{9, 1, time.Sunday, 2010, 2020, 2013, true},
		{2, 29, time.Monday, 2013, 2030, 2016, true},
		{2, 30, time.Monday, 2000, 2100, 0, false},
		{13, 1, time.Monday, 2000, 2100, 0, false},
	}
	for _, tt := range tests {
		got, ok := timex.YearFor(tt.month, tt.day, tt.wd, tt.min, tt.max)
		if got != tt.want || ok != tt.ok {
			t.Errorf("YearFor(%d, %d, %s, %d, %d) = %d, %v; want %d, %v",
				tt.month, tt.day, tt.wd, tt.min, tt.max, got, ok, tt.want, tt.ok)
		}
	}
}

// TestResolveWeekdayProperty checks every weekday against every anchor of
// two years: the result falls on that weekday, within the week before (or
// after, for Next) the anchor.
func TestResolveWeekdayProperty(t *testing.T) {
	start := tally.Day(2012, 1, 1)
	for i := 0; i < 731; i++ {
		anchor := start.AddDays(i)
		for wd := time.Sunday; wd <= time.Saturday; wd++ {
			for _, dir := range []string{"", "last", "next"} {
				e := timex.Expr{Kind: timex.Weekday, Weekday: wd, HasWeekday: true, Last: dir == "last", Next: dir == "next"}
				d, _, b := timex.Resolve(e, anchor, timex.Options{})
				gap := int(d.First().Sub(anchor.First()).Hours() / 24)
				lo, hi := -6, 0
				switch dir {
				case "last":
					lo, hi = -7, -1
				case "next":
					lo, hi = 1, 7
				}
				if b != anchored || d.Weekday() != wd || gap < lo || gap > hi {
					t.Fatalf("Resolve(%s %s, %s) = %s (%+d days, %s)", dir, wd, anchor, d, gap, b)
				}
			}
		}
	}
}

func TestParentsDays(t *testing.T) {
	for _, tt := range []struct{ text, anchor, want string }{
		{"found dead on Father's Day in their home", "2015-06-22", "2015-06-21"},
		{"a vigil on Mother's Day", "2016-05-10", "2016-05-08"},
		{"on Fathers Day 2019", "2020-01-01", "2019-06-16"},
	} {
		var got string
		for _, e := range timex.Find(tt.text) {
			if e.Holiday != "" {
				d, _, _ := timex.Resolve(e, tally.MustParseDate(tt.anchor), timex.Options{})
				got = d.String()
			}
		}
		if got != tt.want {
			t.Errorf("%q at %s: %q; want %q", tt.text, tt.anchor, got, tt.want)
		}
	}
}
