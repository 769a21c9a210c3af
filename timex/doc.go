// Package timex finds and resolves time expressions in English news text.
//
// It creates, for the extract step, the candidates behind Mention.Time
// (tally.TimeRef): Find returns every time expression of a text as an Expr
// with its exact byte span, and Resolve fixes one against the report's
// publication date, saying whether the text stated the date (BasisExplicit)
// or needed the anchor (BasisAnchored). The publication-date finder uses
// ParseMonth, ParseWeekday and YearFor to read datelines such as
// "London, Apr. 08" with "on Friday" into a year.
//
// Finding spans is hand-written, not delegated to a date library: general
// date parsers search text noisily ("45 am" read as 1945) and give no
// offsets (see the go-dateparser row of docs/deps.md). Find lexes the text
// once into tokens with a vocabulary lookup per word, then matches small
// grammars over the tokens (no regular expressions), and finally merges
// adjacent pieces ("10 p.m." + "Sunday") into one expression.
//
// # What is a time expression
//
// Absolute dates ("Sept. 1, 2013", "1 September 2013", "2014-06-15"),
// partial dates ("Aug. 17", "the 1st of September", "Christmas Eve"),
// months and years ("July 2009", "in February of this year", "last April",
// "in 2011"), weekdays and relative days ("early Sunday", "last night",
// "three days ago", "over the weekend"), narrative offsets ("the next day",
// "two days later"), times of day ("4.45 am", "around midnight",
// "at 0500 GMT") and parts of day ("late afternoon"). Approximate and
// directional qualifiers (around, about, just before, shortly after, since,
// by, ...) are kept in Expr.Qualifier and inside the span; bare prepositions
// ("on", "at", "in") are not part of the span.
//
// # Beyond the anchor
//
// Narrative offsets ("the next day", "two days later") count from the
// story's own timeline, so Resolve leaves them unresolved and
// ResolveNarrative applies them to a reference day the caller chooses.
// Weeks and weekends have no tally.Date precision, so Resolve gives the
// month or year that holds them and Window the exact days. An expression a
// few words after a future cue ("will", "is scheduled for", "is due in
// court") is marked Future and resolved forward: it is a court date or a
// vigil, not the event. A 12-hour time without a.m. or p.m. ("at 9:30") is
// marked NoMeridiem unless a part of day beside it settles the half ("last
// night around 10:30" is 22:30).
//
// # When a number is a year
//
// A four-digit number from 1900 to 2100 standing alone is a year only with
// evidence:
//
//   - it follows a month ("July 2009"), a day and comma ("June 15, 2014"),
//     or a season or holiday ("summer 2013", "Christmas 2012");
//   - it follows one of in, since, of, by, until, till, during, from,
//     before, after, through, throughout, between, for, early, late, mid-,
//     year, circa, copyright, ©;
//   - it continues a list of years ("in 2009 and 2011", "from 2009 to 2011");
//   - it stands attributively after a determiner or possessive before a word
//     ("the 2013 attack", "Iraq's 2010 election"), is possessive itself
//     ("2013's"), or is alone in parentheses ("(2013)").
//
// It is never a year when it is part of a larger number ("2,013", "2013.5",
// "$2013"), is joined to letters or a hyphenated word ("2000-strong"), is
// followed by a counted noun (people, members, residents, troops, dollars,
// ...; see countNouns), or begins a street address ("2000 Main Street").
//
// # Ambiguous words
//
// May and March need date context (a day, a year, or a preceding "in",
// "since", "last", ...) and must be capitalised, so "police may charge him"
// and "a protest march" are not dates. A month followed by a capitalised
// word without such context is a name ("April Smith", "June Carter").
// Weekday abbreviations count only before a date ("Sun., Sept. 1"), so "the
// Sun" is a newspaper. Seasons need a year, last/this/next, or "in the", so
// "Fall" the verb and "the fall of Mosul" are not dates. "9/11" is not a
// date: numeric dates need a year ("9/11/2001").
//
// # Day-first or month-first
//
// An ambiguous numeric date ("01/09/14") is returned with both readings in
// Expr.DayFirst and Expr.MonthFirst; OptionsFor decides the order for a
// whole document from its unambiguous numeric dates ("25/12/2010" is
// day-first), falling back on Options.DayFirst.
//
// # Holidays
//
// Fixed holidays (Christmas Eve and Day, Boxing Day, New Year's Eve and
// Day, Halloween, Valentine's Day, Veterans Day, the Fourth of July) are
// partial dates. Thanksgiving is the US one (fourth Thursday of November)
// unless Options.Country is "CA". "Independence Day" differs by country, so
// it resolves only when the text says whose ("U.S. Independence Day",
// "America's Independence Day") or Options.Country names a country in the
// small table of independenceDays; otherwise it is found but unresolved.
package timex
