package timex

// Dates: numbers that are dates or years, month and weekday names,
// holidays and seasons.

import (
	"strings"
	"time"

	"tally"
)

// numBlocked reports a number that continues something else: "$2013",
// "2,500", "4.5", "456-7107", "F16".
func (s *scanner) numBlocked(k int) bool {
	if !s.adj(k) {
		return false
	}
	p := k - 1
	switch s.t[p].kind {
	case tWord:
		return true
	case tNum:
		return true
	}
	switch s.raw(p) {
	case "$", "£", "€", "#", "¥", "₹", "+", "№":
		return true
	}
	switch s.t[p].ch {
	case '-':
		// "2006-2008": a range of years is two years.
		if s.ndig(k) == 4 && s.isNum(p-1) && s.ndig(p-1) == 4 && s.val(p-1) >= 1900 && s.val(k) <= 2100 {
			return false
		}
		return s.isNum(p-1) && s.adj(p)
	case ',', '.', '/', ':':
		return s.isNum(p-1) && s.adj(p)
	}
	return false
}

// numHead tries the readings of a number in order of how much they
// demand of the text around it: ISO and numeric dates, clocks, a day
// before a month, a count of units ("three days ago"), and last a year,
// which needs the most evidence.
func (s *scanner) numHead(k int, m mods) (atom, bool) {
	if s.numBlocked(k) {
		return atom{}, false
	}
	if m.none() {
		if a, ok := s.isoDate(k); ok {
			return a, true
		}
		if a, ok := s.numericDate(k); ok {
			return a, true
		}
		if a, ok := s.clock(k); ok {
			return a, true
		}
	}
	if d, j, ok := s.dayNumber(k); ok {
		if a, ok := s.dayMonth(k, d, j, false, m); ok {
			return a, true
		}
	}
	if m.none() {
		if a, ok := s.relUnits(k, s.val(k)); ok {
			return a, true
		}
	}
	if m.dir == dirNone && m.qual == "" {
		return s.year(k, m)
	}
	return atom{}, false
}

// numTail reports whether the number at k ends cleanly: not followed by a
// touching digit group ("2,500", "4.5", "1-2-3"), letters ("1990s",
// "15km") or a percent sign.
func (s *scanner) numTail(k int) bool {
	j := k + 1
	if !s.adj(j) {
		return true
	}
	switch s.t[j].kind {
	case tWord:
		return false
	case tNum:
		return false
	}
	switch s.t[j].ch {
	case ',', '.', '/', ':', '-':
		return !(s.isNum(j+1) && s.adj(j+1))
	case '%':
		return false
	}
	return true
}

// isoDate reads 2014-06-15 and 2014/06/15, with an optional T05:30 time.
func (s *scanner) isoDate(k int) (atom, bool) {
	if s.ndig(k) != 4 || s.val(k) < 1800 || s.val(k) > 2199 {
		return atom{}, false
	}
	sep := s.t[min(k+1, len(s.t)-1)].ch
	if (sep != '-' && sep != '/') || !s.punct(k+1, sep) || !s.adj(k+1) ||
		!s.isNum(k+2) || !s.adj(k+2) || s.ndig(k+2) > 2 ||
		!s.punct(k+3, sep) || !s.adj(k+3) || !s.isNum(k+4) || !s.adj(k+4) || s.ndig(k+4) > 2 {
		return atom{}, false
	}
	d := tally.Date{Year: s.val(k), Month: s.val(k + 2), Day: s.val(k + 4)}
	if d.Day == 0 || !d.Valid() {
		return atom{}, false
	}
	j := k + 5
	e := Expr{Kind: Date, Date: d}
	if s.isWord(j) && s.adj(j) && (s.raw(j) == "T" || s.raw(j) == "t") && s.isNum(j+1) && s.adj(j+1) {
		if c, nj, ok := s.hhmm(j + 1); ok {
			e.Clock = c
			j = nj
			if s.isWord(j) && s.adj(j) && s.raw(j) == "Z" {
				e.Zone = "UTC"
				j++
			}
		}
	} else if s.adj(j) && s.isWord(j) {
		return atom{}, false
	} else if s.adj(j) && s.punct(j, sep) && s.isNum(j+1) && s.adj(j+1) {
		return atom{}, false
	}
	return s.mk(k, j, e), true
}

// numericDate reads 9/1/2013, 01/09/14, 1.9.2013 and 15-06-2014, keeping
// both readings when both exist. A year is required, so "9/11" and "24/7"
// are not dates; dotted and dashed forms need four-digit years, so
// versions and scores are not either.
func (s *scanner) numericDate(k int) (atom, bool) {
	if s.ndig(k) > 2 || !s.adj(k+1) || s.t[k+1].kind != tPunct {
		return atom{}, false
	}
	sep := s.t[k+1].ch
	if sep != '/' && sep != '.' && sep != '-' {
		return atom{}, false
	}
	if !s.isNum(k+2) || !s.adj(k+2) || s.ndig(k+2) > 2 || !s.punct(k+3, sep) || !s.adj(k+3) ||
		!s.isNum(k+4) || !s.adj(k+4) {
		return atom{}, false
	}
	yd := s.ndig(k + 4)
	if !(yd == 4 || yd == 2 && sep == '/') || !s.numTail(k+4) {
		return atom{}, false
	}
	a, b, y := s.val(k), s.val(k+2), s.val(k+4)
	if yd == 2 {
		if y < 70 {
			y += 2000
		} else {
			y += 1900
		}
	} else if y < 1900 || y > 2100 {
		return atom{}, false
	}
	mf := tally.Date{Year: y, Month: a, Day: b}
	df := tally.Date{Year: y, Month: b, Day: a}
	mfOK := a >= 1 && b >= 1 && mf.Valid()
	dfOK := a >= 1 && b >= 1 && df.Valid()
	e := Expr{Kind: Date}
	switch {
	case mfOK && dfOK && a != b:
		e.Kind, e.DayFirst, e.MonthFirst = Numeric, df, mf
	case mfOK && dfOK:
		e.Date, e.DayFirst, e.MonthFirst = mf, mf, mf
	case mfOK:
		e.Date, e.MonthFirst = mf, mf
	case dfOK:
		e.Date, e.DayFirst = df, df
	default:
		return atom{}, false
	}
	return s.mk(k, k+5, e), true
}

// dayNumber reads a day of the month written with digits at k, with an
// optional ordinal suffix: "1", "08", "1st", "22nd". It returns the day
// and the index after it.
func (s *scanner) dayNumber(k int) (int, int, bool) {
	if !s.isNum(k) || s.ndig(k) > 2 || s.val(k) < 1 || s.val(k) > 31 {
		return 0, k, false
	}
	j := k + 1
	if s.isWord(j) && s.adj(j) {
		switch s.key(j) {
		case "st", "nd", "rd", "th":
			return s.val(k), j + 1, true
		}
		return 0, k, false
	}
	return s.val(k), j, true
}

// ordinalWord reads "first" … "thirtieth", "twenty-first", "thirty first".
func (s *scanner) ordinalWord(k int) (int, int, bool) {
	e := s.lx(k)
	if e == nil || s.t[k].caps == capMixed {
		return 0, k, false
	}
	if e.ord > 0 {
		return int(e.ord), k + 1, true
	}
	if e.key == "twenty" || e.key == "thirty" {
		j := k + 1
		if s.punct(j, '-') && s.adj(j) {
			j++
		}
		if o := s.lx(j); o != nil && o.ord >= 1 && o.ord <= 9 && s.near(j) {
			v := int(e.card) + int(o.ord)
			if v <= 31 {
				return v, j + 1, true
			}
		}
	}
	return 0, k, false
}

// monthWord reads a month name at j for a date, with an abbreviation's
// period. Lower case is accepted only for full names that are not also
// ordinary words, so "may" and "march" never start a date.
func (s *scanner) monthWord(j int) (int, int, bool) {
	e := s.lx(j)
	if e == nil || e.month == 0 {
		return 0, j, false
	}
	switch s.t[j].caps {
	case capMixed:
		return 0, j, false
	case capLower:
		if e.mAmbig || e.mAbbr {
			return 0, j, false
		}
	}
	n := j + 1
	if e.mAbbr && s.punct(n, '.') && s.adj(n) {
		n++
	}
	return int(e.month), n, true
}

// validDay reports whether day exists in month (in year, if known).
func validDay(year, month, day int) bool {
	if year == 0 {
		year = 2000 // a leap year: February 29 stands without a year
	}
	return tally.Date{Year: year, Month: month, Day: day}.Valid()
}

// yearAt reads a year at j as the end of a date: four digits from 1900 to
// 2100 that end cleanly and do not count a following noun.
func (s *scanner) yearAt(j int) (int, bool) {
	if !s.isNum(j) || !s.near(j) || s.ndig(j) != 4 || s.val(j) < 1900 || s.val(j) > 2100 {
		return 0, false
	}
	// A capitalised word glued on is page chrome lost its space ("2020Categories").
	glued := s.isWord(j+1) && s.adj(j+1) && s.t[j+1].caps == capTitle && s.ndig(j+1) > 2
	if !s.numTail(j) && !s.poss(j+1) && !glued && !(s.punct(j+1, '-') && s.isNum(j+2)) {
		return 0, false
	}
	if s.countFollows(j) || s.badRange(j) {
		return 0, false
	}
	return s.val(j), true
}

// yearAfter reads an optional comma (or "of" when of is set) and a year.
func (s *scanner) yearAfter(j int, of bool) (int, int, bool) {
	n := j
	if s.punct(n, ',') || of && s.key(n) == "of" {
		n++
	}
	if y, ok := s.yearAt(n); ok {
		return y, n + 1, true
	}
	return 0, j, false
}

// relYearAfter reads "of this year", "this year", "of last year", "last
// year", "next year".
func (s *scanner) relYearAfter(j int) (int, int, bool) {
	n := j
	if s.key(n) == "of" {
		n++
	}
	if s.key(n+1) != "year" || !s.near(n) {
		return 0, j, false
	}
	switch s.key(n) {
	case "this":
		return 0, n + 2, true
	case "last":
		return -1, n + 2, true
	case "next":
		return 1, n + 2, true
	}
	return 0, j, false
}

// dayMonth reads the rest of a day-first date after its day: "1 September
// 2013", "1st of September", "27 December, 2010", "01-Sep-2013", "the
// Fourth of July". j is the index after the day (and after "of" when of
// is set).
func (s *scanner) dayMonth(k, day, j int, of bool, m mods) (atom, bool) {
	if m.qual != "" || !s.near(j) {
		return atom{}, false
	}
	dash := false
	if !of && j == k+1 && s.punct(j, '-') && s.adj(j) && s.isNum(j+1) && s.adj(j+1) && s.ndig(j+1) <= 2 &&
		s.val(j+1) > day && s.val(j+1) <= 31 && s.near(j+2) {
		if _, _, ok := s.monthWord(j + 2); ok {
			j += 2 // "1-2 September": the range begins on its first day
		}
	}
	if !of && j == k+1 && (s.key(j) == "to" || s.key(j) == "and" || s.key(j) == "until" || s.key(j) == "through") &&
		s.isNum(j+1) && s.ndig(j+1) <= 2 && s.val(j+1) > day && s.val(j+1) <= 31 && s.near(j+1) && s.near(j+2) {
		if _, _, ok := s.monthWord(j + 2); ok {
			j += 2 // "the night of 8 to 9 March", "between 8 and 9 March"
		}
	}
	if !of {
		if s.key(j) == "of" && (j > k+1 || s.key(k-1) == "the") {
			j++
		} else if s.punct(j, '-') && s.adj(j) && s.adj(j+1) {
			dash = true
			j++
		}
	}
	mon, n, ok := s.monthWord(j)
	if !ok || !s.near(j) {
		return atom{}, false
	}
	from := k
	if s.key(k-1) == "the" && s.near(k) && (of || j > k+1) {
		from = k - 1
	}
	e := Expr{Kind: PartialDate, Month: mon, Day: day}
	if dash {
		if s.punct(n, '-') && s.adj(n) && s.isNum(n+1) && s.adj(n+1) {
			y := s.val(n + 1)
			switch s.ndig(n + 1) {
			case 2:
				if y < 70 {
					y += 2000
				} else {
					y += 1900
				}
			case 4:
			default:
				return atom{}, false
			}
			if y >= 1900 && y <= 2100 && s.numTail(n+1) {
				e.Kind, e.Date = Date, tally.Date{Year: y, Month: mon, Day: day}
				n += 2
			}
		}
	} else if y, n2, ok := s.yearAfter(n, false); ok {
		e.Kind, e.Date = Date, tally.Date{Year: y, Month: mon, Day: day}
		n = n2
	} else if r, n2, ok := s.relYearAfter(n); ok {
		e.RelYears, e.HasRelYear = r, true
		n = n2
	}
	if !validDay(e.Date.Year, mon, day) || e.Kind == PartialDate && s.orgAfter(n) {
		return atom{}, false
	}
	if e.Kind == Date {
		e.Month, e.Day = 0, 0
	} else {
		applyDir(&e, m.dir)
	}
	e.Part = m.part
	if mon == 7 && day == 4 && s.lx(k) != nil {
		e.Holiday = "Independence Day"
		e.US = true
	}
	return s.mk(from, n, e), true
}

// applyDir records "last", "next" or "this" on a yearly date or month:
// "this April" is April of the anchor's year.
func applyDir(e *Expr, dir int8) {
	switch dir {
	case dirLast:
		e.Last = true
	case dirNext:
		e.Next = true
	case dirThis:
		if !e.HasRelYear {
			e.RelYears, e.HasRelYear = 0, true
		}
	}
}

// dayAfterMonth reads the day after a month name: "15", "1st", "08",
// "Fourth", "twenty-first", and a range's end ("1-2") which it skips.
func (s *scanner) dayAfterMonth(j int) (int, int, bool) {
	if !s.near(j) {
		return 0, j, false
	}
	if s.isNum(j) {
		d, n, ok := s.dayNumber(j)
		if !ok {
			return 0, j, false
		}
		if n == j+1 && !s.numTail(j) {
			// "March 2,500", "May 5:30", "April 1.5": a figure, not a day.
			if !(s.punct(j+1, '-') && s.isNum(j+2) && s.adj(j+2) && s.ndig(j+2) <= 2) {
				return 0, j, false
			}
		}
		if n == j+1 && s.has(n, fNoun) && s.near(n) && !(j >= 2 && datePreps[s.key(j-2)]) {
			return 0, j, false // "May 5 people"; not "an attack on January 9 killed eight"
		}
		if s.punct(n, '-') && s.adj(n) && s.isNum(n+1) && s.adj(n+1) && s.ndig(n+1) <= 2 &&
			s.val(n+1) > d && s.val(n+1) <= 31 {
			n += 2 // "Sept. 1-2": the range begins on its first day
			if s.isWord(n) && s.adj(n) {
				switch s.key(n) {
				case "st", "nd", "rd", "th":
					n++
				}
			}
		}
		return d, n, true
	}
	if d, n, ok := s.ordinalWord(j); ok {
		return d, n, true
	}
	return 0, j, false
}

// monthHead reads dates that begin with a month: "Sept. 1, 2013", "Apr. 08",
// "July Fourth", "July 2009", "February of this year", and a month alone
// where context says it is one ("in April", "last April", "mid-July").
func (s *scanner) monthHead(k int, m mods) (atom, bool) {
	if m.qual != "" {
		return atom{}, false
	}
	e := s.lx(k)
	mon, j, ok := s.monthWord(k)
	lower := s.t[k].caps == capLower
	if !ok {
		if !lower || e.mAmbig || e.mAbbr {
			return atom{}, false
		}
		mon, j = int(e.month), k+1 // "september 1", "in september": informal, but no other word
	}
	if d, n, ok := s.dayAfterMonth(j); ok && validDay(0, mon, d) {
		x := Expr{Kind: PartialDate, Month: mon, Day: d, Part: m.part}
		if y, n2, ok := s.yearAfter(n, false); ok && validDay(y, mon, d) {
			x = Expr{Kind: Date, Date: tally.Date{Year: y, Month: mon, Day: d}, Part: m.part}
			n = n2
		} else if r, n2, ok := s.relYearAfter(n); ok {
			x.RelYears, x.HasRelYear = r, true
			n = n2
		} else {
			applyDir(&x, m.dir)
		}
		if x.Kind == PartialDate && s.orgAfter(n) {
			return atom{}, false // "the March 14 Alliance"
		}
		if mon == 7 && d == 4 && x.Kind == PartialDate {
			x.Holiday, x.US = "Independence Day", true
		}
		return s.mk(k, n, x), true
	}
	if y, n, ok := s.yearAfter(j, true); ok {
		return s.mk(k, n, Expr{Kind: MonthYear, Date: tally.Date{Year: y, Month: mon}, Part: m.part}), true
	}
	if lower && (e.mAmbig || e.mAbbr) || lower && !s.monthContext(k, j, m) {
		return atom{}, false
	}
	if r, n, ok := s.relYearAfter(j); ok {
		x := Expr{Kind: Month, Month: mon, RelYears: r, HasRelYear: true, Part: m.part}
		return s.mk(k, n, x), true
	}
	if !s.monthContext(k, j, m) {
		return atom{}, false
	}
	x := Expr{Kind: Month, Month: mon, Part: m.part}
	applyDir(&x, m.dir)
	if s.poss(j) {
		a := s.mk(k, j, x)
		a.to, a.poss = j+2, true
		return a, true
	}
	return s.mk(k, j, x), true
}

// monthContext decides whether a month name with no day or year is a
// month: after "in", "since", "last", "early", "mid-" and the like; after
// "by", "from", "to" only when no capitalised word follows ("by April
// Smith" is a name); after "the" or "a" before a lower-case noun ("the
// January shooting"); or continuing a list ("in June and July").
func (s *scanner) monthContext(k, j int, m mods) bool {
	if m.dir != dirNone || m.part != "" {
		return true
	}
	p := k - 1
	if !s.ok(p) || !s.near(k) {
		return false
	}
	nextCap := s.capWord(j) && s.near(j) && !s.dateWord(j)
	switch {
	case s.has(p, fMonthTrig):
		return true
	case s.has(p, fMonthWeak):
		return !nextCap
	case s.key(p) == "the" || s.key(p) == "a":
		return s.isWord(j) && s.t[j].caps == capLower && s.near(j) && !s.has(j, fMonthTrig)
	case s.key(p) == "and" || s.key(p) == "or" || s.punct(p, '-') || s.punct(p, ','):
		if a := s.lastAtom(); a != nil && (a.e.Kind == Month || a.e.Kind == MonthYear) && a.to >= p-1 {
			return !nextCap
		}
	}
	return false
}

// dateWord reports a word that may follow a date word inside one
// expression: a month, weekday, zone or part of day.
func (s *scanner) dateWord(j int) bool {
	e := s.lx(j)
	return e != nil && (e.month > 0 || e.wday > 0 || e.part != "" || e.flags&fTZ != 0)
}

// weekdayHead reads "Sunday", "early Sunday morning", "Tuesday night",
// "last Friday", "Friday's", and an abbreviated weekday before a date
// ("Sun., Sept. 1").
func (s *scanner) weekdayHead(k int, m mods) (atom, bool) {
	e := s.lx(k)
	caps := s.t[k].caps
	if caps == capMixed || m.qual != "" && m.qual != "earlier" && m.qual != "later" {
		return atom{}, false
	}
	if e.wAbbr {
		if caps == capLower || !m.none() {
			return atom{}, false
		}
		j := k + 1
		if s.punct(j, '.') && s.adj(j) {
			j++
		}
		if s.punct(j, ',') {
			j++
		}
		if !s.near(j) {
			return atom{}, false
		}
		var a atom
		var ok bool
		if s.isNum(j) {
			if d, n, ok2 := s.dayNumber(j); ok2 {
				a, ok = s.dayMonth(j, d, n, false, mods{})
			}
		} else if s.lx(j) != nil && s.lx(j).month > 0 {
			a, ok = s.monthHead(j, mods{})
		}
		if !ok || (a.e.Kind != Date && a.e.Kind != PartialDate) {
			return atom{}, false
		}
		a.e.Weekday, a.e.HasWeekday = weekdayOf(e.wday), true
		a.from = k
		a.e.Span.Start = int(s.t[k].start)
		return a, true
	}
	if caps == capLower && m.dir == dirNone && m.part == "" && !s.has(k-1, fWdayTrig) {
		return atom{}, false
	}
	if m.none() && s.capWord(k-1) && s.has(k-1, fEventDay) && s.near(k) {
		return atom{}, false // "Bloody Sunday", "Super Tuesday"
	}
	j := k + 1
	if s.properName(j) {
		return atom{}, false // "Sunday Times", "3 Wednesday Place"
	}
	x := Expr{Kind: Weekday, Weekday: weekdayOf(e.wday), HasWeekday: true, Part: m.part, Qualifier: m.qual,
		Last: m.dir == dirLast, Next: m.dir == dirNext}
	if p := s.lx(j); p != nil && s.near(j) && !s.adj(j) {
		switch p.key {
		case "morning", "afternoon", "evening", "night", "overnight":
			if s.properName(j + 1) {
				return atom{}, false // "Monday Night Football"
			}
			x.Part = joinPart(m.part, p.part)
			j++
		}
	}
	a := s.mk(k, j, x)
	if s.poss(j) {
		a.to, a.poss = j+2, true
	}
	return a, true
}

// seasonHead reads "last summer", "the fall of 2013", "summer 2013", "in
// the spring". A season needs a year, a direction, "early"/"late" or "in
// the" before it, so "Fall" the verb and "the fall of Mosul" are not
// dates; capitalised, only with a year or direction ("Arab Spring").
func (s *scanner) seasonHead(k int, m mods) (atom, bool) {
	if m.qual != "" || s.t[k].caps == capMixed {
		return atom{}, false
	}
	season := s.lx(k).season
	j := k + 1
	x := Expr{Kind: Season, Season: season, Part: m.part}
	if y, n, ok := s.yearAfter(j, true); ok {
		x.Date = tally.Date{Year: y}
		return s.mk(k, n, x), true
	}
	if s.t[k].caps != capLower && m.dir == dirNone {
		return atom{}, false
	}
	if m.dir == dirNone && m.part == "" {
		prev2 := s.key(k - 2)
		if s.key(k-1) != "the" || !(prev2 == "in" || prev2 == "during" || prev2 == "over" || prev2 == "since" ||
			prev2 == "until" || prev2 == "by" || prev2 == "through" || prev2 == "throughout" || prev2 == "into") {
			return atom{}, false
		}
		if s.key(j) == "of" {
			return atom{}, false // "the fall of Mosul"
		}
	}
	applyDir(&x, m.dir)
	return s.mk(k, j, x), true
}

// holidayHead reads holidays: "Christmas Eve", "New Year's Day",
// "Halloween", "Thanksgiving", "Independence Day", "Easter Sunday", with an
// optional year, part of day and possessive.
func (s *scanner) holidayHead(k int, m mods) (atom, bool) {
	if m.qual != "" || !s.capWord(k) && s.key(k) != "christmas" && s.key(k) != "halloween" &&
		s.key(k) != "thanksgiving" {
		return atom{}, false
	}
	j := k + 1
	x := Expr{Kind: PartialDate}
	dayAt := func(i int) bool { return s.key(i) == "day" && s.near(i) && s.capWord(i) }
	switch s.key(k) {
	case "new":
		if s.key(j) != "year" && s.key(j) != "years" || !s.capWord(j) {
			return atom{}, false
		}
		j++
		if s.poss(j) {
			j += 2
		}
		switch {
		case s.key(j) == "eve" && s.near(j):
			x.Month, x.Day, x.Holiday = 12, 31, "New Year's Eve"
			j++
		case s.key(j) == "day" && s.near(j):
			x.Month, x.Day, x.Holiday = 1, 1, "New Year's Day"
			j++
		case s.has(k-1, fPrep):
			x.Month, x.Day, x.Holiday = 1, 1, "New Year's Day"
		default:
			return atom{}, false
		}
	case "christmas", "xmas":
		switch {
		case s.key(j) == "eve" && s.near(j):
			x.Month, x.Day, x.Holiday = 12, 24, "Christmas Eve"
			j++
		case s.key(j) == "day" && s.near(j):
			x.Month, x.Day, x.Holiday = 12, 25, "Christmas Day"
			j++
		default:
			x.Month, x.Day, x.Holiday = 12, 25, "Christmas Day"
			if !(s.has(k-1, fPrep) || m.dir != dirNone || s.partAfter(j) != "") {
				if _, _, ok := s.yearAfter(j, false); !ok {
					return atom{}, false
				}
			}
		}
	case "halloween":
		x.Month, x.Day, x.Holiday = 10, 31, "Halloween"
	case "valentine", "valentines":
		if s.poss(j) {
			j += 2
		}
		if !dayAt(j) {
			return atom{}, false
		}
		x.Month, x.Day, x.Holiday = 2, 14, "Valentine's Day"
		j++
	case "father", "fathers", "mother", "mothers":
		// "Father's Day", "Mothers Day": the dates of most countries that
		// keep them, the US first; see holidayDate.
		if s.poss(j) {
			j += 2
		}
		if !dayAt(j) {
			return atom{}, false
		}
		x.Kind = Holiday
		if strings.HasPrefix(s.key(k), "father") {
			x.Holiday = "Father's Day"
		} else {
			x.Holiday = "Mother's Day"
		}
		j++
	case "boxing":
		if !dayAt(j) {
			return atom{}, false
		}
		x.Month, x.Day, x.Holiday = 12, 26, "Boxing Day"
		j++
	case "veterans", "veteran":
		if s.poss(j) || s.punct(j, '\'') && s.adj(j) {
			if s.poss(j) {
				j += 2
			} else {
				j++
			}
		}
		if !dayAt(j) {
			return atom{}, false
		}
		x.Month, x.Day, x.Holiday = 11, 11, "Veterans Day"
		j++
	case "thanksgiving":
		x.Kind, x.Holiday = Holiday, "Thanksgiving"
		if s.key(j) == "day" && s.near(j) {
			j++
		}
	case "independence", "memorial", "labor", "labour":
		if !dayAt(j) {
			return atom{}, false
		}
		names := map[string]string{"independence": "Independence Day", "memorial": "Memorial Day",
			"labor": "Labor Day", "labour": "Labour Day"}
		x.Kind, x.Holiday = Holiday, names[s.key(k)]
		x.US = s.key(k) != "labour" && s.key(k) != "independence" || s.usBefore(k)
		j++
	case "easter":
		x.Kind, x.Holiday = Holiday, "Easter"
		switch s.key(j) {
		case "sunday", "day":
			if s.capWord(j) && s.near(j) {
				j++
			}
		case "monday":
			if s.capWord(j) && s.near(j) {
				x.Holiday = "Easter Monday"
				j++
			}
		}
	case "good":
		if s.key(j) != "friday" || !s.capWord(j) || !s.near(j) {
			return atom{}, false
		}
		x.Kind, x.Holiday = Holiday, "Good Friday"
		j++
	default:
		return atom{}, false
	}
	if y, n, ok := s.yearAfter(j, false); ok {
		x.Date = tally.Date{Year: y}
		if x.Kind == PartialDate {
			x.Kind, x.Date = Date, tally.Date{Year: y, Month: x.Month, Day: x.Day}
			x.Month, x.Day = 0, 0
		}
		j = n
	} else {
		applyDir(&x, m.dir)
	}
	if s.properName(j) {
		return atom{}, false // "Good Friday Agreement", "Christmas Island"
	}
	x.Part = m.part
	if p := s.partAfter(j); p != "" {
		x.Part = joinPart(m.part, p)
		j++
	}
	a := s.mk(k, j, x)
	if s.poss(j) {
		a.to, a.poss = j+2, true
	}
	return a, true
}

// properName reports a capitalised word at j that makes the date word
// before it part of a name: a newspaper ("Sunday Times"), an accord
// ("Good Friday Agreement"), a street ("Wednesday Place").
func (s *scanner) properName(j int) bool {
	// Street abbreviations are left out: "Sunday St. Louis police said".
	// A hyphenated compound is no name: "Sunday Evening Drive-By".
	if s.punct(j+1, '-') && s.adj(j+1) {
		return false
	}
	return s.capWord(j) && s.near(j) && !s.adj(j) && (s.has(j, fPaper) || s.has(j, fStreet) && s.ndig(j) > 3)
}

// orgAfter reports a name that a partial date before j belongs to: "the
// March 14 Alliance", "the 6th of October Bridge", "April 6 Youth Movement".
func (s *scanner) orgAfter(j int) bool {
	return s.capWord(j) && s.near(j) && s.has(j, fOrg)
}

// partAfter returns the part of day named at j, if any: "Christmas morning".
func (s *scanner) partAfter(j int) string {
	switch p := s.key(j); p {
	case "morning", "afternoon", "evening", "night":
		if s.near(j) {
			return p
		}
	}
	return ""
}

// usBefore reports "U.S.", "US", "USA", "American" or "America's" just
// before token k.
func (s *scanner) usBefore(k int) bool {
	i := k - 1
	if s.punct(i, '.') {
		i--
	}
	switch s.key(i) {
	case "us", "usa", "american":
		return true
	case "s":
		if s.punct(i-1, '.') && s.key(i-2) == "u" {
			return true
		}
		if s.punct(i-1, '\'') && s.key(i-2) == "america" {
			return true
		}
	}
	return false
}

// countFollows reports whether the number at k counts something: a noun
// of people, money or size follows, or a street name ("2000 Main Street").
func (s *scanner) countFollows(k int) bool {
	j := k + 1
	if !s.near(j) {
		return false
	}
	if s.has(j, fNoun) && !s.adj(j) {
		// A participle with more of its clause after it is a verb: "the
		// attacks in 2013 killed dozens", not "2000 killed".
		switch s.key(j) {
		case "killed", "injured", "wounded", "hurt":
			n := j + 1
			if s.near(n) && (s.isNum(n) || s.has(n, fVerbObj)) {
				return false
			}
		}
		return true
	}
	for i := j; i < j+5 && s.ok(i) && s.near(i); i++ {
		if s.has(i, fStreet) && s.capWord(i) && i > j {
			return true
		}
		if !s.capWord(i) && !s.punct(i, '.') {
			break
		}
	}
	return false
}

// badRange reports a number at k that opens a range of counts rather
// than of years: "from 2000 to 3000", "1900 and 2000 people".
func (s *scanner) badRange(k int) bool {
	j := k + 1
	switch {
	case s.key(j) == "to" || s.key(j) == "and" || s.key(j) == "or" || s.key(j) == "through":
	case s.punct(j, '-'):
	default:
		return false
	}
	y := j + 1
	if !s.isNum(y) || !s.near(y) {
		return false
	}
	if s.ndig(y) == 3 || s.ndig(y) == 4 && (s.val(y) < 1900 || s.val(y) > 2100) || s.ndig(y) > 4 {
		return true // "from 2000 to 3000", "2000 to 500"
	}
	// "1900 and 2000 people" counts; "2009 and 36 in 2011" does not.
	return s.countFollows(y) || s.ndig(y) <= 2 && s.isNum(y) && s.has(y+1, fNoun) && !s.adj(y+1) && !s.punct(j, '-')
}

// year reads a four-digit year standing alone, by the rule in the package
// documentation.
func (s *scanner) year(k int, m mods) (atom, bool) {
	v := s.val(k)
	if s.ndig(k) != 4 || v < 1900 || v > 2100 {
		return atom{}, false
	}
	poss := s.poss(k + 1)
	if !poss && !s.numTail(k) && !(s.punct(k+1, '-') && s.isNum(k+2) && s.adj(k+2)) {
		return atom{}, false
	}
	if m.part == "" && (s.countFollows(k) || s.badRange(k)) {
		return atom{}, false
	}
	// A range of two years is evidence of both: "the 2006–2008 war".
	rng := s.punct(k+1, '-') && s.adj(k+1) && s.isNum(k+2) && s.adj(k+2) && s.ndig(k+2) == 4 &&
		s.val(k+2) > v && s.val(k+2) <= 2100 && s.numTail(k+2) && !s.countFollows(k+2)
	ok := m.part != "" || poss || rng
	p := k - 1
	if !ok && s.ok(p) && s.near(k) {
		switch {
		case s.has(p, fYearTrig):
			ok = true
		case s.raw(p) == "©":
			ok = true
		case s.punct(p, '(') && s.punct(k+1, ')'):
			ok = true
		case s.has(p, fDet) || s.key(p) == "s" && s.punct(p-1, '\''):
			// attributive: "the 2013 attack", "Iraq's 2010 election", but
			// not "the 2000 to 3000 who fled"
			switch s.key(k + 1) {
			case "to", "or", "and", "more", "plus", "of":
			default:
				ok = s.isWord(k+1) && s.near(k+1) && !s.adj(k+1) && !s.has(k+1, fNoun)
			}
		default:
			// a list of years: "in 2009 and 2011", "from 2009 to 2011", "2009-2011"
			if a := s.lastAtom(); a != nil && a.e.Kind == Year {
				switch {
				case a.to == p && (s.key(p) == "and" || s.key(p) == "or" || s.key(p) == "to" ||
					s.key(p) == "through" || s.punct(p, '-') || s.punct(p, ',')):
					ok = true
				case a.to == p-1 && s.punct(a.to, ',') && (s.key(p) == "and" || s.key(p) == "or"):
					ok = true
				}
			}
		}
	}
	if !ok {
		return atom{}, false
	}
	a := s.mk(k, k+1, Expr{Kind: Year, Date: tally.Date{Year: v}, Part: m.part})
	if poss {
		a.to, a.poss = k+3, true
	}
	return a, true
}

// weekdayOf converts an entry's weekday (Sunday is 1) to time.Weekday.
func weekdayOf(w int8) time.Weekday { return time.Weekday(w - 1) }

// datePreps before a month make "Month D" a date even before a word that
// counts: "on January 9 killed eight people".
var datePreps = map[string]bool{"on": true, "since": true, "until": true, "before": true, "after": true, "by": true}
