package timex

import (
	"fmt"
	"strings"
	"time"

	"tally"
)

// Kind classifies an expression by the most specific date it carries. A
// merged expression ("10 p.m. Sunday") takes the kind of its strongest part.
type Kind uint8

// Kinds of expressions, strongest date first.
const (
	Invalid     Kind = iota // the zero Kind: no expression
	Date                    // a full date: "Sept. 1, 2013", "2014-06-15", "Christmas Day 2013"
	Numeric                 // a numeric date with two readings: "01/09/14"
	MonthYear               // "July 2009"
	PartialDate             // day and month, no year: "Aug. 17", "the 1st of September", "Christmas Eve"
	Holiday                 // a holiday whose date varies by year or country: "Thanksgiving", "Easter"
	DayOfMonth              // a day of an unnamed month: "on the 15th"
	Month                   // a month without a year: "in February", "last April", "February of this year"
	Season                  // "last summer", "the fall of 2013"
	Year                    // "in 2011", "the 2013 attack"
	Relative                // an offset from the anchor or the story: "yesterday", "last week", "two days later"
	Weekday                 // "early Sunday", "Friday's attack"
	Clock                   // a time of day alone: "5 a.m.", "around midnight"
	PartOfDay               // a part of day alone: "early morning", "late afternoon", "overnight"
)

var kindNames = [...]string{
	Invalid:     "Invalid",
	Date:        "Date",
	Numeric:     "Numeric",
	MonthYear:   "MonthYear",
	PartialDate: "PartialDate",
	Holiday:     "Holiday",
	DayOfMonth:  "DayOfMonth",
	Month:       "Month",
	Season:      "Season",
	Year:        "Year",
	Relative:    "Relative",
	Weekday:     "Weekday",
	Clock:       "Clock",
	PartOfDay:   "PartOfDay",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText writes the kind's name, so JSON and golden files read well.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads what MarshalText writes.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return tally.Errorf(tally.EINVALID, "unknown time expression kind %q", b)
}

// Expr is one time expression as the text writes it. Span points into the
// text; the other fields say what the words fix, before any anchor is
// applied. Zero fields mean the text does not say.
type Expr struct {
	Span tally.Span `json:"span"`
	Kind Kind       `json:"kind"`

	// Date is set when the expression fixes a date on its own: a full
	// date, a month and year, a year, an unambiguous numeric date.
	Date tally.Date `json:"date,omitzero"`
	// Month and Day are set for partial dates ("Aug. 17": 8, 17), months
	// without a year (Month only) and days of an unnamed month (Day only).
	Month int `json:"month,omitzero"`
	Day   int `json:"day,omitzero"`

	Weekday    time.Weekday `json:"weekday,omitzero"`
	HasWeekday bool         `json:"has_weekday,omitzero"`

	// RelDays is an offset in days: today 0, yesterday and last night -1,
	// "three days ago" -3; for narrative expressions ("two days later"),
	// from the story's reference day rather than the anchor.
	RelDays int  `json:"rel_days,omitzero"`
	HasRel  bool `json:"has_rel,omitzero"`
	// RelWeeks is an offset in calendar weeks (Monday to Sunday): "this
	// week" 0, "last week" -1; with Weekend, in weekends: "over the
	// weekend" 0, "last weekend" -1.
	RelWeeks   int  `json:"rel_weeks,omitzero"`
	HasRelWeek bool `json:"has_rel_week,omitzero"`
	Weekend    bool `json:"weekend,omitzero"`
	// RelMonths is an offset in months: "earlier this month" 0, "last
	// month" -1, "two months ago" -2.
	RelMonths   int  `json:"rel_months,omitzero"`
	HasRelMonth bool `json:"has_rel_month,omitzero"`
	// RelYears is an offset in years: "this year" and "of this year" 0,
	// "last year" -1. With Month set it places the month: "in February of
	// this year".
	RelYears   int  `json:"rel_years,omitzero"`
	HasRelYear bool `json:"has_rel_year,omitzero"`
	// Narrative marks offsets from the story's own timeline ("the next day",
	// "the previous night", "two days later"), which the anchor cannot fix;
	// see ResolveNarrative.
	Narrative bool `json:"narrative,omitzero"`

	// Last marks "last Aug. 17", "last April", "last Sunday": the most
	// recent such date strictly before the anchor. Next is the opposite.
	Last bool `json:"last,omitzero"`
	Next bool `json:"next,omitzero"`
	// Future marks an expression a few words after a future-tense cue
	// ("will", "is scheduled for", "is due in court", "won't ... until"):
	// a court date or a vigil, not the event. Resolve then reads weekdays,
	// partial dates and months forward from the anchor, on or after it.
	Future bool `json:"future,omitzero"`

	Clock string `json:"clock,omitzero"` // 24-hour "05:00", "00:00" for midnight
	// NoMeridiem marks a 12-hour time written without a.m. or p.m. and
	// with no part of day beside it to settle which ("at 9:30"): Clock
	// holds the hour as written, which may be 12 hours off.
	NoMeridiem bool   `json:"no_meridiem,omitzero"`
	Zone       string `json:"zone,omitzero"`      // "local", "GMT", "EST" as written after a clock
	Part       string `json:"part,omitzero"`      // "early", "late", "mid", "morning", "early morning", "night", "dawn", ...
	Qualifier  string `json:"qualifier,omitzero"` // "around", "about", "just before", "shortly after", "since", "earlier", ...
	Holiday    string `json:"holiday,omitzero"`   // "Christmas Eve", "Thanksgiving"
	Season     string `json:"season,omitzero"`    // "spring", "summer", "autumn", "winter"
	// US marks a holiday the text ties to the United States ("U.S.
	// Independence Day").
	US bool `json:"us,omitzero"`

	// DayFirst and MonthFirst are the two readings of a numeric date. An
	// ambiguous one ("01/09/14", Kind Numeric) has both; an unambiguous one
	// ("25/12/2010", Kind Date) has only the reading that exists, which is
	// what OptionsFor counts as evidence of the document's order.
	DayFirst   tally.Date `json:"day_first,omitzero"`
	MonthFirst tally.Date `json:"month_first,omitzero"`
}

// Text returns the words of e in text, the string Find was given.
func (e Expr) Text(text string) string { return e.Span.Of(text) }

// Options tune resolution.
type Options struct {
	// DayFirst is the default reading of ambiguous numeric dates when the
	// document gives no evidence; see OptionsFor.
	DayFirst bool
	// Country is the ISO 3166-1 alpha-2 code of the report's country, if
	// known. It decides holidays that differ by country: "Independence
	// Day", Thanksgiving (US unless "CA"), Labour Day.
	Country string
}

var monthNames = map[string]int{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2, "febr": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday,
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
}

// ParseMonth reads a month name or abbreviation in any case, with or
// without a final period: "September", "Sept.", "Sep", "apr.". It reads a
// single word and knows nothing of context, so "May" and "March" always
// pass; Find is where context is judged.
func ParseMonth(word string) (int, bool) {
	m, ok := monthNames[strings.ToLower(strings.TrimSuffix(strings.TrimSpace(word), "."))]
	return m, ok
}

// ParseWeekday reads a weekday name or abbreviation in any case, with or
// without a final period: "Friday", "Fri.", "Thurs", "tues".
func ParseWeekday(word string) (time.Weekday, bool) {
	w, ok := weekdayNames[strings.ToLower(strings.TrimSuffix(strings.TrimSpace(word), "."))]
	return w, ok
}

// YearFor returns the first year from minYear to maxYear in which month/day
// falls on weekday. It dates a dateline that names no year ("London, Apr.
// 08" with "on Friday"): the latest year the report mentions is minYear.
// February 29 is found only in leap years.
func YearFor(month, day int, weekday time.Weekday, minYear, maxYear int) (int, bool) {
	if month < 1 || month > 12 || day < 1 || day > 31 || minYear < 1 || maxYear > 9999 {
		return 0, false
	}
	for y := minYear; y <= maxYear; y++ {
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.Day() == day && t.Weekday() == weekday {
			return y, true
		}
	}
	return 0, false
}
