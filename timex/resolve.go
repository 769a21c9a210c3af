package timex

import (
	"time"

	"tally"
)

// Resolve fixes e against anchor, the report's publication date (zero when
// unknown). It returns the date at the precision the words give, the time
// of day if any, and the basis: tally.BasisExplicit when the text fixes the
// date itself, tally.BasisAnchored when it needed the anchor, and a zero
// Date with tally.BasisUnknown when it cannot be resolved (a clock alone,
// a narrative offset, an anchor too coarse).
//
// News is written in the past tense, so:
//   - a weekday is the most recent such day on or before the anchor (a
//     report of Monday 2013-09-02 saying "early Sunday" means 2013-09-01;
//     one of Sunday saying "Sunday" means that day); with Last ("last
//     Sunday"), strictly before it; with Next, strictly after;
//   - a partial date takes the anchor's year unless that puts it after the
//     anchor, and then the year before; Last makes it strictly before the
//     anchor ("last Aug. 17");
//   - a month alone is the most recent such month on or before the
//     anchor's; "of this year" and "last year" name the year outright;
//   - "last night" and "yesterday" are the anchor's day before.
//
// The exception is an expression marked Future ("a vigil is planned for
// 7 p.m. Tuesday", "is due in court Dec. 5"): its weekday, partial date,
// day or month is the first on or after the anchor.
//
// Weeks and weekends ("last week", "over the weekend") resolve to the month
// (or year) that holds the whole week, since tally.Date has no week
// precision; Window gives the exact days. A weekday inside a week ("on
// Tuesday last week") resolves to its day.
func Resolve(e Expr, anchor tally.Date, opt Options) (d tally.Date, clock string, basis tally.Basis) {
	d, basis = resolve(e, anchor, opt)
	if d.IsZero() || !d.Valid() {
		return tally.Date{}, e.Clock, tally.BasisUnknown
	}
	return d, e.Clock, basis
}

// resolve picks the rule by the expression's strongest part, its Kind.
func resolve(e Expr, anchor tally.Date, opt Options) (tally.Date, tally.Basis) {
	const (
		explicit = tally.BasisExplicit
		anchored = tally.BasisAnchored
	)
	if !anchor.Valid() {
		anchor = tally.Date{}
	}
	switch e.Kind {
	case Date, MonthYear, Year:
		return e.Date, explicit
	case Numeric:
		if opt.DayFirst && !e.DayFirst.IsZero() || e.MonthFirst.IsZero() {
			return e.DayFirst, explicit
		}
		return e.MonthFirst, explicit
	case PartialDate:
		m, day := e.Month, e.Day
		return yearly(e, anchor, func(y int) (tally.Date, bool) {
			d := tally.Date{Year: y, Month: m, Day: day}
			return d, d.Valid()
		}), anchored
	case Holiday:
		in := func(y int) (tally.Date, bool) { return holidayDate(e, y, opt.Country) }
		if e.Date.Year != 0 {
			if d, ok := in(e.Date.Year); ok {
				return d, explicit
			}
			return tally.Date{Year: e.Date.Year}, explicit
		}
		return yearly(e, anchor, in), anchored
	case Season:
		if e.Date.Year != 0 {
			return tally.Date{Year: e.Date.Year}, explicit
		}
		return seasonYear(e, anchor), anchored
	case Month:
		return month(e, anchor), anchored
	case DayOfMonth:
		return dayOfMonth(e, anchor), anchored
	case Relative:
		return relative(e, anchor), anchored
	case Weekday:
		return weekday(e, anchor), anchored
	}
	return tally.Date{}, tally.BasisUnknown
}

// yearly places a yearly date (a partial date or a holiday) against the
// anchor. in gives the date in a year, false when there is none (February
// 29 in a common year, a holiday without a rule).
func yearly(e Expr, anchor tally.Date, in func(int) (tally.Date, bool)) tally.Date {
	if anchor.IsZero() {
		return tally.Date{}
	}
	if e.HasRelYear {
		d, _ := in(anchor.Year + e.RelYears)
		return d
	}
	if anchor.Month == 0 {
		if e.Last || e.Next {
			return tally.Date{}
		}
		d, _ := in(anchor.Year)
		return d
	}
	first, last := dayOf(anchor.First()), dayOf(anchor.Last())
	ahead := e.Future && !e.Last
	step := -1
	if e.Next || ahead {
		step = 1
	}
	// Eight years covers February 29 across a century's skipped leap year.
	for i, y := 0, anchor.Year; i < 9; i, y = i+1, y+step {
		d, ok := in(y)
		if !ok {
			continue
		}
		switch {
		case e.Next && last.Before(d):
			return d
		case e.Last && d.Before(first):
			return d
		case ahead && !e.Next && !d.Before(first):
			return d
		case !e.Next && !e.Last && !ahead && !last.Before(d):
			return d
		}
	}
	return tally.Date{}
}

func dayOf(t time.Time) tally.Date { return tally.DateOf(t) }

// month places a month without a year: the latest on or before the
// anchor's month, or as Last, Next, Future or RelYears say.
func month(e Expr, anchor tally.Date) tally.Date {
	if anchor.IsZero() || e.Month < 1 || e.Month > 12 {
		return tally.Date{}
	}
	if e.HasRelYear {
		return tally.Date{Year: anchor.Year + e.RelYears, Month: e.Month}
	}
	y := anchor.Year
	if anchor.Month == 0 {
		if e.Last || e.Next {
			return tally.Date{}
		}
		return tally.Date{Year: y, Month: e.Month}
	}
	switch {
	case e.Last && e.Month >= anchor.Month:
		y--
	case e.Next && e.Month <= anchor.Month:
		y++
	case e.Future && !e.Last && !e.Next && e.Month < anchor.Month:
		y++
	case !e.Last && !e.Next && !e.Future && e.Month > anchor.Month:
		y--
	}
	return tally.Date{Year: y, Month: e.Month}
}

// dayOfMonth places "the 15th" in the anchor's month, or the month before
// when that would be after the anchor; months too short are skipped.
func dayOfMonth(e Expr, anchor tally.Date) tally.Date {
	if anchor.Month == 0 || e.Day < 1 || e.Day > 31 {
		return tally.Date{}
	}
	t := time.Date(anchor.Year, time.Month(anchor.Month)+time.Month(e.RelMonths), 1, 0, 0, 0, 0, time.UTC)
	step := -1
	if e.Future {
		step = 1
	}
	for i := 0; i < 3; i++ {
		d := tally.Date{Year: t.Year(), Month: int(t.Month()), Day: e.Day}
		wrongSide := !e.HasRelMonth && anchor.Day != 0 && i == 0 &&
			(step < 0 && e.Day > anchor.Day || step > 0 && e.Day < anchor.Day)
		if d.Valid() && !wrongSide {
			return d
		}
		if e.HasRelMonth {
			return tally.Date{}
		}
		t = t.AddDate(0, step, 0)
	}
	return tally.Date{}
}

// weekday places a weekday in the week up to the anchor (see Resolve).
func weekday(e Expr, anchor tally.Date) tally.Date {
	if anchor.Precision() != tally.PrecisionDay || !e.HasWeekday {
		return tally.Date{}
	}
	a := int(anchor.Weekday())
	w := int(e.Weekday)
	if e.Next || e.Future && !e.Last {
		d := (w - a + 7) % 7
		if d == 0 && e.Next {
			d = 7
		}
		return anchor.AddDays(d)
	}
	d := (a - w + 7) % 7
	if e.Last && d == 0 {
		d = 7
	}
	return anchor.AddDays(-d)
}

// relative applies day, week, month and year offsets to the anchor.
func relative(e Expr, anchor tally.Date) tally.Date {
	if e.Narrative || anchor.IsZero() {
		return tally.Date{}
	}
	switch {
	case e.HasRel:
		if anchor.Precision() != tally.PrecisionDay {
			return tally.Date{}
		}
		return anchor.AddDays(e.RelDays)
	case e.HasRelWeek:
		if anchor.Precision() != tally.PrecisionDay {
			return tally.Date{}
		}
		first, last := weekWindow(e, anchor)
		if e.HasWeekday {
			for d := first; !last.Before(d); d = d.AddDays(1) {
				if d.Weekday() == e.Weekday {
					return d
				}
			}
		}
		return coarsest(first, last)
	case e.HasRelMonth:
		if anchor.Month == 0 {
			return tally.Date{}
		}
		t := time.Date(anchor.Year, time.Month(anchor.Month)+time.Month(e.RelMonths), 1, 0, 0, 0, 0, time.UTC)
		return tally.Date{Year: t.Year(), Month: int(t.Month())}
	case e.HasRelYear:
		return tally.Date{Year: anchor.Year + e.RelYears}
	case e.HasWeekday:
		return weekday(e, anchor)
	}
	return tally.Date{}
}

// weekWindow returns the days of the week or weekend e names. Weeks run
// Monday to Sunday. "Over the weekend" (RelWeeks 0) is the latest weekend
// that began on or before the anchor; "last weekend" the latest that
// ended before it.
func weekWindow(e Expr, anchor tally.Date) (first, last tally.Date) {
	a := int(anchor.Weekday())
	if e.Weekend {
		sat := anchor.AddDays(-((a - int(time.Saturday) + 7) % 7))
		switch {
		case e.RelWeeks < 0:
			if !sat.AddDays(1).Before(anchor) {
				sat = sat.AddDays(-7)
			}
			sat = sat.AddDays(7 * (e.RelWeeks + 1))
		case e.RelWeeks > 0:
			sat = sat.AddDays(7 * e.RelWeeks)
		}
		return sat, sat.AddDays(1)
	}
	mon := anchor.AddDays(-((a + 6) % 7) + 7*e.RelWeeks)
	sun := mon.AddDays(6)
	if e.RelWeeks == 0 && anchor.Before(sun) {
		sun = anchor // "earlier this week": up to the report
	}
	return mon, sun
}

// coarsest returns the finest date that holds both first and last, or
// zero when they lie in different years.
func coarsest(first, last tally.Date) tally.Date {
	switch {
	case first == last:
		return first
	case first.Year != last.Year:
		return tally.Date{}
	case first.Month != last.Month:
		return tally.Date{Year: first.Year}
	}
	return tally.Date{Year: first.Year, Month: first.Month}
}

// seasons gives each season's first month; winter is named by the year
// of its January.
var seasons = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

// seasonYear names the year of the season instance e means: the latest
// begun by the anchor, the latest over before it (Last), or the next.
func seasonYear(e Expr, anchor tally.Date) tally.Date {
	start, ok := seasons[e.Season]
	if !ok || anchor.IsZero() {
		return tally.Date{}
	}
	y := anchor.Year
	if e.HasRelYear {
		return tally.Date{Year: y + e.RelYears}
	}
	if anchor.Month == 0 {
		if e.Last || e.Next {
			return tally.Date{}
		}
		return tally.Date{Year: y}
	}
	// Work in months since year 0 so winter's December is no special case.
	am := y*12 + anchor.Month - 1
	label := func(startMonth int) int { // the year a season instance is named by
		if start == 12 {
			return (startMonth + 1) / 12
		}
		return startMonth / 12
	}
	// s is the start of the latest instance that began on or before the anchor.
	s := y*12 + start - 1
	for s > am {
		s -= 12
	}
	switch {
	case e.Last:
		if s+3 > am { // still running: the one before
			s -= 12
		}
	case e.Next:
		s += 12
	}
	return tally.Date{Year: label(s)}
}

// Window returns the first and last day that e can mean against anchor:
// the exact days of a week or weekend, the months of a season, or the
// span of the resolved date's precision ("2013-09" gives September 1 to
// 30). It is false when Resolve cannot resolve e.
func Window(e Expr, anchor tally.Date, opt Options) (first, last tally.Date, ok bool) {
	if e.Kind == Relative && e.HasRelWeek && !e.HasWeekday && !e.Narrative &&
		anchor.Precision() == tally.PrecisionDay {
		first, last = weekWindow(e, anchor)
		return first, last, true
	}
	d, _, _ := Resolve(e, anchor, opt)
	if d.IsZero() {
		return tally.Date{}, tally.Date{}, false
	}
	if e.Kind == Season && d.Month == 0 {
		if start, ok := seasons[e.Season]; ok {
			t := time.Date(d.Year, time.Month(start), 1, 0, 0, 0, 0, time.UTC)
			if start == 12 {
				t = t.AddDate(-1, 0, 0)
			}
			return dayOf(t), dayOf(t.AddDate(0, 3, -1)), true
		}
	}
	return dayOf(d.First()), dayOf(d.Last()), true
}

// ResolveNarrative fixes an expression of the story's own timeline ("the
// next day", "the previous night", "two days later") against ref, the day
// of the event it follows from. It is false for other expressions and
// when ref is not a day.
func ResolveNarrative(e Expr, ref tally.Date) (tally.Date, bool) {
	if !e.Narrative || !e.HasRel || ref.Precision() != tally.PrecisionDay || !ref.Valid() {
		return tally.Date{}, false
	}
	return ref.AddDays(e.RelDays), true
}

// OptionsFor returns def with DayFirst decided by the document's own
// numeric dates: day-first when one of exprs can only be read day-first
// ("25/12/2010") and none only month-first, month-first in the opposite
// case, and def's choice when there is no evidence or it conflicts.
func OptionsFor(exprs []Expr, def Options) Options {
	dayFirst, monthFirst := false, false
	for _, e := range exprs {
		d, m := !e.DayFirst.IsZero(), !e.MonthFirst.IsZero()
		switch {
		case d && !m:
			dayFirst = true
		case m && !d:
			monthFirst = true
		}
	}
	switch {
	case dayFirst && !monthFirst:
		def.DayFirst = true
	case monthFirst && !dayFirst:
		def.DayFirst = false
	}
	return def
}

// independenceDays holds the dates of "Independence Day" in countries
// where reports use the phrase. Countries not listed leave it unresolved.
var independenceDays = map[string][2]int{
	"US": {7, 4}, "IN": {8, 15}, "PK": {8, 14}, "BD": {3, 26}, "LK": {2, 4}, "NG": {10, 1},
	"GH": {3, 6}, "KE": {12, 12}, "UG": {10, 9}, "ZW": {4, 18}, "MX": {9, 16}, "BR": {9, 7},
	"AR": {7, 9}, "CO": {7, 20}, "VE": {7, 5}, "PE": {7, 28}, "PH": {6, 12}, "ID": {8, 17},
	"UA": {8, 24}, "SY": {4, 17}, "LB": {11, 22}, "JO": {5, 25}, "DZ": {7, 5}, "TN": {3, 20},
	"SS": {7, 9}, "SO": {7, 1}, "CD": {6, 30}, "ML": {9, 22}, "AF": {8, 19}, "MM": {1, 4},
}

// holidayDate returns the date of e's holiday in year y.
func holidayDate(e Expr, y int, country string) (tally.Date, bool) {
	if e.Month != 0 && e.Day != 0 {
		d := tally.Date{Year: y, Month: e.Month, Day: e.Day}
		return d, d.Valid()
	}
	switch e.Holiday {
	case "Thanksgiving":
		if country == "CA" {
			return nthWeekday(y, 10, time.Monday, 2), true
		}
		return nthWeekday(y, 11, time.Thursday, 4), true
	case "Memorial Day":
		return lastWeekday(y, 5, time.Monday), true
	case "Father's Day":
		// Third Sunday of June in the US, Canada, the UK, India and most others.
		return nthWeekday(y, 6, time.Sunday, 3), true
	case "Mother's Day":
		if country == "GB" || country == "IE" {
			return easter(y).AddDays(-21), true // Mothering Sunday
		}
		return nthWeekday(y, 5, time.Sunday, 2), true
	case "Labor Day":
		return nthWeekday(y, 9, time.Monday, 1), true
	case "Labour Day":
		if country == "CA" || country == "US" {
			return nthWeekday(y, 9, time.Monday, 1), true
		}
		return tally.Date{Year: y, Month: 5, Day: 1}, true
	case "Independence Day":
		c := country
		if e.US {
			c = "US"
		}
		if md, ok := independenceDays[c]; ok {
			return tally.Date{Year: y, Month: md[0], Day: md[1]}, true
		}
	case "Easter":
		return easter(y), true
	case "Good Friday":
		return easter(y).AddDays(-2), true
	case "Easter Monday":
		return easter(y).AddDays(1), true
	}
	return tally.Date{}, false
}

// nthWeekday returns the nth (from 1) weekday wd of month m in year y.
func nthWeekday(y, m int, wd time.Weekday, n int) tally.Date {
	first := tally.Date{Year: y, Month: m, Day: 1}
	off := (int(wd) - int(first.Weekday()) + 7) % 7
	return first.AddDays(off + 7*(n-1))
}

// lastWeekday returns the last weekday wd of month m in year y.
func lastWeekday(y, m int, wd time.Weekday) tally.Date {
	last := dayOf(tally.Date{Year: y, Month: m}.Last())
	off := (int(last.Weekday()) - int(wd) + 7) % 7
	return last.AddDays(-off)
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// algorithm).
func easter(y int) tally.Date {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return tally.Date{Year: y, Month: month, Day: day}
}
