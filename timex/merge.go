package timex

// Merging: adjacent pieces that fill different slots become one
// expression ("10 p.m." + "Sunday").

import "strings"

// Slots an expression fills; two pieces merge only if they fill
// different slots.
const (
	slotDate uint8 = 1 << iota
	slotWeekday
	slotClock
	slotPart
)

// slots returns the slots e fills.
func slots(e *Expr) uint8 {
	var m uint8
	switch e.Kind {
	case Date, Numeric, MonthYear, PartialDate, Holiday, DayOfMonth, Month, Season, Year:
		m |= slotDate
	}
	if e.HasRel || e.HasRelWeek || e.HasRelMonth || e.HasRelYear || e.Narrative {
		m |= slotDate
	}
	if e.HasWeekday {
		m |= slotWeekday
	}
	if e.Clock != "" {
		m |= slotClock
	}
	if e.Part != "" {
		m |= slotPart
	}
	return m
}

// gapOK reports whether only a comma, "on", "at" (or "of" after a part of
// day: "the morning of June 15") stand between atoms a and b, on one line.
func (s *scanner) gapOK(a, b *atom) bool {
	if a.poss || b.from-a.to > 2 || !s.near(b.from) {
		return false
	}
	comma := false
	for i := a.to; i < b.from; i++ {
		if !s.near(i) {
			return false
		}
		switch {
		case s.punct(i, ','):
			comma = true
		case s.key(i) == "on" || s.key(i) == "at":
		case s.key(i) == "of" && a.e.Kind == PartOfDay:
		default:
			return false
		}
	}
	// Years and month-years stand alone: "in 2013 on Sunday" is two facts.
	switch a.e.Kind {
	case Year, MonthYear:
		return false
	}
	switch b.e.Kind {
	case Year, MonthYear:
		return false
	}
	sa, sb := slots(&a.e), slots(&b.e)
	if sa&sb&slotPart != 0 && partsAgree(a.e.Part, b.e.Part) {
		sb &^= slotPart // "the early hours of this morning"
	}
	if sa&sb != 0 {
		return false
	}
	// A narrative offset takes only a time of day: "the next day at 5 a.m.".
	if (a.e.Narrative && sb&(slotDate|slotWeekday) != 0) || (b.e.Narrative && sa&(slotDate|slotWeekday) != 0) {
		return false
	}
	// A comma joins a weekday or time to the date it names ("Saturday, June
	// 15, 2014", "Sunday evening, September 11th") or a date to its time
	// ("Sunday, 10 p.m."); elsewhere it separates items of a list.
	if comma {
		switch {
		case sa&slotDate == 0 && (b.e.Kind == Date || b.e.Kind == PartialDate || b.e.Kind == Numeric):
		case b.e.Kind == Clock && sa&(slotDate|slotWeekday) != 0:
		default:
			return false
		}
	}
	return true
}

// partsAgree reports whether one part of day refines the other: "early
// morning" and "morning".
func partsAgree(p, q string) bool {
	return p == q || strings.HasSuffix(p, " "+q) || strings.HasSuffix(q, " "+p)
}

// merge folds each run of mergeable atoms into one expression.
func (s *scanner) merge() []Expr {
	out := make([]Expr, 0, len(s.atoms))
	for i := 0; i < len(s.atoms); i++ {
		cur := s.atoms[i]
		for i+1 < len(s.atoms) && s.gapOK(&cur, &s.atoms[i+1]) {
			combine(&cur, &s.atoms[i+1])
			i++
		}
		out = append(out, cur.e)
	}
	return out
}

// combine folds b into a. The stronger kind wins; each slot keeps the
// piece that filled it.
func combine(a, b *atom) {
	e, f := &a.e, &b.e
	if slots(e)&slotDate == 0 {
		e.Date, e.Month, e.Day = f.Date, f.Month, f.Day
		e.RelDays, e.HasRel, e.RelWeeks, e.HasRelWeek, e.Weekend = f.RelDays, f.HasRel, f.RelWeeks, f.HasRelWeek, f.Weekend
		e.RelMonths, e.HasRelMonth, e.RelYears, e.HasRelYear = f.RelMonths, f.HasRelMonth, f.RelYears, f.HasRelYear
		e.Narrative, e.Holiday, e.Season, e.US = f.Narrative, f.Holiday, f.Season, f.US
		e.DayFirst, e.MonthFirst = f.DayFirst, f.MonthFirst
	}
	if !e.HasWeekday && f.HasWeekday {
		e.Weekday, e.HasWeekday = f.Weekday, true
	}
	if e.Clock == "" {
		e.Clock, e.Zone = f.Clock, f.Zone
	}
	if len(f.Part) > len(e.Part) {
		e.Part = f.Part
	}
	if e.Qualifier == "" {
		e.Qualifier = f.Qualifier
	}
	e.Last = e.Last || f.Last
	e.Next = e.Next || f.Next
	e.NoMeridiem = e.NoMeridiem || f.NoMeridiem
	e.Future = e.Future || f.Future
	meridiem(e)
	if f.Kind < e.Kind {
		e.Kind = f.Kind
	}
	e.Span.End = f.Span.End
	a.to, a.poss = b.to, b.poss
}
