// Package numbers finds the quantities in English news text and says what
// each one is, so that the casualty extractor can tell a toll ("killed
// 52", "killing forty-four", "dozens of injuries") from the many numbers
// that never are: ages, years, clock times, addresses, money, phone
// numbers, ordinals, measures and names with numbers in them.
//
// creates: []Quantity for a text (Find), or one Quantity for a phrase
// (Parse). It imports only the standard library and the root package.
//
// # How it works
//
// A hand-written tokenizer splits the text into words, numbers and
// punctuation, keeping byte offsets. The scanner walks the tokens once; at
// each token that can start a quantity it reads the number (digits, number
// words, a vague word), looks back for a qualifier, forward for a range,
// a trailing qualifier and a unit, and at the words around it, and then
// decides the kind. Every decision is a map lookup or a comparison of a
// few neighbouring tokens; there is no regular expression anywhere, so
// Find runs at tens of megabytes a second.
//
// Quantities come out in text order and never overlap. Numbers that are
// part of something larger are reported once, as that thing: "5126
// Clinton Drive" is one Address, "1-800-222-TIPS" one Phone.
//
// # Spans
//
// Span covers the qualifier before the number, words before it that
// belong to it (a currency sign, "aged", "No.", "Suite", "Interstate"),
// the number, and the words after it that decided its kind or qualify it:
// a unit ("6 hours"), "-year-old", "a.m.", "percent", "block of", a street
// name, "or more", "-plus", and the "of" of a vague quantity or a fraction
// ("dozens of", "half of"). It never covers the noun being counted.
// NumSpan covers the number alone: "44", "forty-four", "a dozen",
// "dozens", "1.2 million", "40 and 50".
//
// # Values
//
// Value is the number itself for counts, ranks, years and ages; the day of
// the month for a Date; hhmm on a 24-hour clock for a Clock with a.m. or
// p.m. ("9:30 p.m." is 2130); whole currency units for Money; the integer
// part of a Measure ("two and a half hours" is 2, "half an hour" 0); and
// the share in percent for a Fraction (half is 50, two-thirds 67, "12.5%"
// 13). Low and High give the range the words allow: Value..Value for an
// exact number, both ends of a range ("40 to 50", "2013-14"), the decade of
// "the 1980s" or "in his 40s", or the reading of a vague word. For a range
// Value is Low. Qualifiers never move Low or High: "at least 44" is
// 44..44 with Qualifier "at least", and turning that into an open bound is
// the extractor's decision.
//
// # Vague quantities
//
// Value is the conservative point reading, always equal to Low: the
// least number the words are ordinarily used for. Where ACLED has a
// convention it is followed: ACLED codes "tens" as 10, "dozens" as 12,
// "hundreds" as 100 "and so on", taking the most conservative figure when
// reports are vague. High is the most the words allow before a writer
// would have chosen other words. Unbounded (math.MaxInt32) means the words
// set no upper limit.
//
//	words                          Value     Low      High   why
//	a couple (of)                      2       2         3   a pair, loosely three
//	a few                              3       3         6   two would be "a couple"; beyond six, "several" or "a dozen"
//	a handful (of)                     3       3         6   as "a few"
//	several                            3       3         9   at ten writers reach for "about ten", "a dozen" or "dozens"
//	quite a few                        5       5   Unbounded more than "a few", with no stated ceiling
//	a number of                        3       3   Unbounded "several or more"; open above
//	a small number of                  2       2         9   fewer than "a dozen"
//	a large number of                 10      10   Unbounded as "many"
//	an unknown number of               1       1   Unbounded could be one; open above
//	some (before a noun), multiple     2       2   Unbounded a plural; open above
//	many, numerous, countless,        10      10   Unbounded chosen over "several" when the writer means
//	  a lot of, lots of                                      more than several (9)
//	tens (of)                         10      10        99   ACLED: 10
//	dozens (of)                       12      12        99   ACLED: 12 (strictly two dozen, 24); at 100 writers say "hundreds"
//	scores (of)                       20      20        99   one score, as ACLED reads "dozens" as one dozen
//	hundreds (of)                    100     100       999   ACLED: 100
//	thousands (of)                  1000    1000      9999   ACLED's rule carried on
//	millions (of)                1000000 1000000   9999999   likewise
//	billions (of)             1000000000 1000000000 Unbounded likewise; no ceiling that fits a 32-bit int
//
// Words combine by multiplying: a vague word before "hundred", "thousand",
// "million" or "dozen" scales its reading (Low×m .. (High+1)×m−1), so
// "several hundred" is 300..999, "a few dozen" 36..83, "a couple of
// hundred" 200..399; a plural before "of thousands" (or millions) does the
// same, so "tens of thousands" is 10000..99999 and "hundreds of thousands"
// 100000..999999. "many" or "several" before a plural ("many thousands")
// reads as the plural. "a dozen", "a hundred", "half a dozen" are exact
// Cardinals, not vague.
//
// # Qualifiers
//
// Qualifiers are normalised: "at least" (also "a minimum of", trailing "or
// more", "-plus", "+"), "no fewer than" (also "no less than", "not fewer
// than"), "at most" (also "no more than", "a maximum of", trailing "or
// fewer"), "more than" (also "upwards of", "in excess of", "greater
// than"), "over" (also "just over", "well over", "above"), "fewer than",
// "less than" (also "under", "below"), "nearly" (also "close to"),
// "almost" (also "all but"), "about" (also trailing "or so", "-odd"),
// "around" (also "circa", "c."), "approximately" (also "approx."),
// "roughly", "some" (only directly before a number), "up to" (also "as
// much as"), "as many as", "as few as", "an estimated" (also "estimated",
// "est."), "a total of" (also "totalling", trailing "in all", "in
// total"), "only" (also "merely", "a mere"), "just", "exactly" (also
// "precisely", "a full", "fully"), "another" (also "an additional", "a
// further", "an extra", trailing "more": "12 more"), and "between" for a
// range. A range with no qualifier of its own ("40 to 50", "40-50", "one
// or two") gets "between" with an empty QualSpan. When a number has a
// qualifier before and after it, the one before wins; both are in Span.
//
// # Kinds in context
//
// Years are four-digit numbers from 1900 to 2100 without a separator
// ("2,013" never is one), unless a count noun follows ("2013 people") or a
// qualifier precedes them ("about 1950", but "since around 2010" stays a
// year). Ages are "N-year-old", "aged N", "age N", "ages N, M and K", "N
// years old", "as young as N", "turned N", "(N)" after a name, and ", N,"
// after a capitalised name or a person noun ("the victim, 19,").
// "second" is a rank before a noun or after "the" and a unit of time in
// "a second later". "one" is a count only where it is not a pronoun: "one
// of the victims", "no one", "one another", "the one who", "one day" are
// skipped. "a" and "an" alone are never numbers; the extractor reads "a
// man was killed" itself. Routes ("I-95", "Route 9", "IN 931", "U.S. 41")
// are Addresses, because they are places. Numbers in web addresses are
// Identifiers, and so is "911" on its own ("called 911", "a 911 call").
package numbers
