package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"tally"
	"tally/timex"
)

// findPublished sets the document's publication date, precision, basis and
// evidence span. It trusts, in order:
//
//  1. stated: a PUBLISHED: header, page metadata, or a publication line
//     near the top ("Published On: August 31, 2020", "Posted on …");
//  2. dateline: "London, Apr. 08 –" opening the story; without a year, the
//     weekday the story gives for its own day ("on Friday") and the latest
//     year the report mentions decide it;
//  3. relative: the story says "today" and its headline names the day
//     ("The September 1st Massacre"); the year is the latest the report
//     mentions before any later update line ("Update: As of …").
//
// Anything else is unknown: a date in the body is an event's date, not the
// report's, and is never taken for it.
func findPublished(doc *tally.Document, hdr Header, htmlFrom string, htmlDate tally.Date) {
	set := func(d tally.Date, b tally.Basis, sp tally.Span) {
		doc.Published, doc.PublishedBasis, doc.PublishedSpan = d, b, sp
	}
	for _, hl := range hdr.Lines {
		if hl.Key != "published" {
			continue
		}
		if d, ok := parseStated(hl.Value); ok {
			set(d, tally.BasisStated, tally.Span{Start: hl.ValueStart, End: hl.ValueStart + len(hl.Value)})
			return
		}
	}
	if htmlFrom != "" && !htmlDate.IsZero() {
		set(htmlDate, tally.BasisStated, tally.Span{})
		return
	}
	text := doc.Text
	for _, l := range doc.Lines {
		if l.Kind == tally.LineMeta && l.Reason == "publication line" {
			line := l.Span.Of(text)
			if d, sp, ok := firstFullDate(line); ok {
				set(d, tally.BasisStated, sp.Shift(l.Span.Start))
				return
			}
		}
	}
	exprs := timex.Find(text)
	if d, sp, ok := dateline(doc, exprs); ok {
		set(d, tally.BasisDateline, sp)
		return
	}
	if d, sp, ok := relative(doc, exprs); ok {
		set(d, tally.BasisRelative, sp)
		return
	}
	doc.PublishedBasis = tally.BasisUnknown
}

// parseStated reads a header date: ISO first ("2015-07-05",
// "2015-07-05T10:00:00Z"), else any full date timex finds.
func parseStated(v string) (tally.Date, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if d, err := tally.ParseDate(v[:10]); err == nil && d.Precision() == tally.PrecisionDay {
			return d, true
		}
	}
	d, _, ok := firstFullDate(v)
	return d, ok
}

// firstFullDate returns the first date in s that timex fixes to the day on
// its own, reading ambiguous numeric dates month-first unless s shows
// otherwise.
func firstFullDate(s string) (tally.Date, tally.Span, bool) {
	exprs := timex.Find(s)
	opt := timex.OptionsFor(exprs, timex.Options{})
	for _, e := range exprs {
		if e.Kind != timex.Date && e.Kind != timex.Numeric {
			continue
		}
		d, _, basis := timex.Resolve(e, tally.Date{}, opt)
		if basis == tally.BasisExplicit && d.Precision() == tally.PrecisionDay {
			return d, e.Span, true
		}
	}
	return tally.Date{}, tally.Span{}, false
}

// firstBody returns the first body line, where a dateline sits.
func firstBody(doc *tally.Document) (tally.Line, bool) {
	for _, l := range doc.Lines {
		if l.Kind == tally.LineBody {
			return l, true
		}
	}
	return tally.Line{}, false
}

// dateline reads "PLACE, Month Day –" or "PLACE (Month Day, Year) —" at the
// start of the first body line.
func dateline(doc *tally.Document, exprs []timex.Expr) (tally.Date, tally.Span, bool) {
	l, ok := firstBody(doc)
	if !ok {
		return tally.Date{}, tally.Span{}, false
	}
	text := doc.Text
	line := l.Span.Of(text)
	// The place: one to four words, mostly capitalised, then a comma.
	comma := strings.IndexByte(line, ',')
	if comma <= 0 || comma > 40 || !placeLike(line[:comma]) {
		return tally.Date{}, tally.Span{}, false
	}
	var e *timex.Expr
	for i := range exprs {
		x := &exprs[i]
		if x.Span.Start < l.Span.Start+comma || x.Span.Start > l.Span.Start+comma+40 {
			continue
		}
		if x.Kind == timex.Date || x.Kind == timex.PartialDate {
			e = x
		}
		break
	}
	if e == nil {
		return tally.Date{}, tally.Span{}, false
	}
	// A dash or an opening bracket closes the dateline and starts the story.
	between := text[l.Span.Start+comma+1 : e.Span.Start]
	if strings.TrimLeft(between, " (") != "" {
		// Only the place's abbreviation may sit between: "KOKOMO, Ind. (June 15, 2014)".
		if !strings.HasSuffix(strings.TrimRight(between, " "), "(") && !strings.HasSuffix(strings.TrimRight(between, " "), ".") {
			return tally.Date{}, tally.Span{}, false
		}
	}
	after := strings.TrimLeft(text[e.Span.End:l.Span.End], " )")
	if strings.HasPrefix(after, "(") {
		// The agency that filed it: "KABUL, Aug 18 (Reuters) -".
		if end := strings.IndexByte(after, ')'); end > 0 && end < 32 {
			after = strings.TrimLeft(after[end+1:], " ")
		}
	}
	if !(strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, ":")) {
		return tally.Date{}, tally.Span{}, false
	}
	if e.Kind == timex.Date && e.Date.Precision() == tally.PrecisionDay {
		return e.Date, e.Span, true
	}
	// No year: take the weekday the story gives for its own day, within the
	// first paragraph, and the first year from the latest one the report
	// mentions on which the day falls on that weekday.
	latest := latestYear(exprs, text, tally.Span{})
	if latest == 0 {
		return tally.Date{}, tally.Span{}, false
	}
	for _, x := range exprs {
		if x.Span.Start < e.Span.End || x.Span.End > l.Span.End {
			continue
		}
		if x.Kind == timex.Weekday && x.HasWeekday && !x.Future {
			if y, ok := timex.YearFor(e.Month, e.Day, x.Weekday, latest, latest+12); ok {
				return tally.Day(y, e.Month, e.Day), e.Span, true
			}
		}
	}
	if validDate(latest, e.Month, e.Day) {
		return tally.Day(latest, e.Month, e.Day), e.Span, true
	}
	return tally.Date{}, tally.Span{}, false
}

// placeLike reports a dateline place: up to four words, each capitalised or
// a short connector.
func placeLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "de" && w != "al" && w != "el" {
			return false
		}
	}
	return true
}

// relative reads a report that says "today" under a headline naming a day
// and month ("The September 1st Massacre").
func relative(doc *tally.Document, exprs []timex.Expr) (tally.Date, tally.Span, bool) {
	text := doc.Text
	var title tally.Span
	for _, l := range doc.Lines {
		if l.Kind == tally.LineTitle {
			title = l.Span
			break
		}
	}
	if title.IsZero() {
		return tally.Date{}, tally.Span{}, false
	}
	var named *timex.Expr
	today := false
	for i := range exprs {
		x := &exprs[i]
		if title.Contains(x.Span) && x.Kind == timex.PartialDate && named == nil {
			named = x
		}
		if x.Kind == timex.Relative && x.HasRel && x.RelDays == 0 && !x.Narrative && !title.Contains(x.Span) {
			if l, ok := doc.LineAt(x.Span.Start); ok && l.Kind == tally.LineBody {
				today = true
			}
		}
	}
	if named == nil || !today {
		return tally.Date{}, tally.Span{}, false
	}
	// An update line is written later: the report predates it.
	var before tally.Date
	var updateDate tally.Span
	for _, l := range doc.Lines {
		s := strings.ToLower(l.Span.Of(text))
		if strings.HasPrefix(s, "update") || strings.HasPrefix(s, "updated") || strings.HasPrefix(s, "editor's note") {
			lineExprs := exprsIn(exprs, l.Span)
			opt := dayFirstIfMatches(lineExprs, named.Month, named.Day)
			for _, x := range lineExprs {
				if x.Kind == timex.Date || x.Kind == timex.Numeric {
					if d, _, b := timex.Resolve(x, tally.Date{}, opt); b == tally.BasisExplicit && d.Precision() == tally.PrecisionDay {
						before, updateDate = d, x.Span
						break
					}
				}
			}
		}
	}
	// The update's own date says when it was written, not when the report was.
	latest := latestYear(exprs, text, updateDate)
	if !before.IsZero() {
		if latest > 0 && validDate(latest, named.Month, named.Day) && tally.Day(latest, named.Month, named.Day).Before(before) {
			return tally.Day(latest, named.Month, named.Day), named.Span, true
		}
		// Else the latest year, up to the update's, whose date comes before it.
		for y := before.Year; y > before.Year-30; y-- {
			if validDate(y, named.Month, named.Day) && tally.Day(y, named.Month, named.Day).Before(before) {
				return tally.Day(y, named.Month, named.Day), named.Span, true
			}
		}
		return tally.Date{}, tally.Span{}, false
	}
	if latest == 0 || !validDate(latest, named.Month, named.Day) {
		return tally.Date{}, tally.Span{}, false
	}
	return tally.Day(latest, named.Month, named.Day), named.Span, true
}

func exprsIn(exprs []timex.Expr, sp tally.Span) []timex.Expr {
	var out []timex.Expr
	for _, x := range exprs {
		if sp.Contains(x.Span) {
			out = append(out, x)
		}
	}
	return out
}

// dayFirstIfMatches decides an ambiguous numeric date by the day and month
// the report names elsewhere: "01/09/14" under "The September 1st
// Massacre" is day-first.
func dayFirstIfMatches(exprs []timex.Expr, month, day int) timex.Options {
	opt := timex.OptionsFor(exprs, timex.Options{})
	for _, x := range exprs {
		if x.Kind == timex.Numeric && x.DayFirst.Month == month && x.DayFirst.Day == day {
			opt.DayFirst = true
		}
	}
	return opt
}

// latestYear is the latest year the report mentions in a date, a month and
// year, or a year, outside the span skip.
func latestYear(exprs []timex.Expr, text string, skip tally.Span) int {
	y := 0
	for _, x := range exprs {
		if !skip.IsZero() && skip.Contains(x.Span) {
			continue
		}
		switch x.Kind {
		case timex.Date, timex.MonthYear, timex.Year:
			if x.Date.Year > y && x.Date.Year <= time.Now().Year()+1 {
				y = x.Date.Year
			}
		}
	}
	return y
}

func validDate(y, m, d int) bool {
	return tally.Day(y, m, d).Valid() && y > 0
}
