package tally

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a date is known.
type Precision string

// The precisions of a Date, coarsest last.
const (
	PrecisionDay     Precision = "day"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionUnknown Precision = ""
)

// Basis says how a date was arrived at. Publication dates use the first five;
// event times may also be explicit or default to the publication date.
type Basis string

// Bases of dates.
const (
	BasisStated   Basis = "stated"                 // "Published On: August 31, 2020", a PUBLISHED: header, an HTML meta tag
	BasisDateline Basis = "dateline"               // "London, Apr. 08 –" with the year decided from context
	BasisRelative Basis = "relative"               // "today" under a heading that names the day
	BasisInferred Basis = "inferred-from-incident" // taken from the incident the report's mentions joined
	BasisUnknown  Basis = "unknown"                // nothing trustworthy
	BasisExplicit Basis = "explicit"               // an event time written out in full: "September 1, 2013"
	BasisAnchored Basis = "anchored"               // an event time resolved against the publication date: "early Sunday"
	BasisDefault  Basis = "publication"            // no time expression; the report's own date stands in
)

// Date is a calendar date known to day, month or year precision. Month and
// Day are zero when unknown, so the precision follows from which fields are
// set. The zero Date is unknown.
type Date struct {
	Year  int `json:"-"`
	Month int `json:"-"`
	Day   int `json:"-"`
}

// Day returns a day-precision date.
func Day(year, month, day int) Date { return Date{year, month, day} }

// DateOf returns the day-precision date of t.
func DateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// Precision reports how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionUnknown
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// IsZero reports whether nothing is known of d.
func (d Date) IsZero() bool { return d.Year == 0 }

// String writes d at its precision: "2013-09-01", "2009-07", "2011" or "".
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// ParseDate reads a date written at any precision by String.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, Errorf(EINVALID, "date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i == 0 && len(p) != 4) || (i > 0 && len(p) != 2) {
			return Date{}, Errorf(EINVALID, "date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if !d.valid() {
		return Date{}, Errorf(EINVALID, "date %q does not exist", s)
	}
	return d, nil
}

// MustParseDate is ParseDate for literals in tests and tables; it panics on error.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func (d Date) valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return false
	}
	if d.Month == 0 && d.Day != 0 {
		return false
	}
	if d.Day != 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Day
	}
	return true
}

// Valid reports whether d names a real date (or is zero).
func (d Date) Valid() bool { return d.IsZero() || d.valid() }

// First returns the first day of the period d covers, at midnight UTC.
func (d Date) First() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day of the period d covers, at midnight UTC.
func (d Date) Last() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// AddDays returns a day-precision date n days after d (d must have day precision).
func (d Date) AddDays(n int) Date { return DateOf(d.First().AddDate(0, 0, n)) }

// Weekday returns the day of the week of a day-precision date.
func (d Date) Weekday() time.Weekday { return d.First().Weekday() }

// Truncate returns d reduced to precision p (never made finer).
func (d Date) Truncate(p Precision) Date {
	switch p {
	case PrecisionYear:
		return Date{Year: d.Year}
	case PrecisionMonth:
		return Date{Year: d.Year, Month: d.Month}
	case PrecisionUnknown:
		return Date{}
	}
	return d
}

// Compatible reports whether two dates can name the same day: one is a
// prefix of the other ("2009-07" and "2009-07-14"). Unknown dates are
// compatible with nothing.
func (d Date) Compatible(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	if d.Year != o.Year {
		return false
	}
	if d.Month == 0 || o.Month == 0 {
		return true
	}
	if d.Month != o.Month {
		return false
	}
	return d.Day == 0 || o.Day == 0 || d.Day == o.Day
}

// Before reports whether d's period starts before o's.
func (d Date) Before(o Date) bool { return d.First().Before(o.First()) }

// Compare orders dates by their first day, then finer precision first.
func (d Date) Compare(o Date) int {
	if c := d.First().Compare(o.First()); c != 0 {
		return c
	}
	return rank(o.Precision()) - rank(d.Precision())
}

func rank(p Precision) int {
	switch p {
	case PrecisionDay:
		return 3
	case PrecisionMonth:
		return 2
	case PrecisionYear:
		return 1
	}
	return 0
}

// MarshalJSON writes the date as a string at its precision, or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
