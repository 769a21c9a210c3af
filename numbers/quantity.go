package numbers

import (
	"fmt"
	"math"

	"tally"
)

// Kind says what a number in text is: a count the casualty extractor may
// read as a toll (Cardinal, Vague, Fraction) or one of the many numbers in
// news text that never are (ages, years, clock times, addresses, ...).
type Kind uint8

// Kinds of quantities. Only Cardinal, Vague and Fraction can be tolls; every
// other kind exists so that the extractor can tell a non-toll from a toll
// without looking at the words again.
const (
	Cardinal   Kind = iota // a count: 52, 2,500, forty-four, a dozen, 1.2 million, "two" in "two women"
	Vague                  // a count in words without a number: several, dozens of, hundreds, a number of
	Fraction               // a share: half, a third, two-thirds, 40 percent, 40%
	Ordinal                // a rank: fifth, 7th, 21st, "second" in "a second man"
	Year                   // 1986 in "in 1986", the 1980s, mid-2013, 2013-14
	Age                    // 13-year-old, aged 33, "Emmanuel Arrington, 33, of Kokomo", in his 40s
	Clock                  // a time of day: 5 a.m., 4.45 am, 12:40PM, 3:15, 0500 hours
	Money                  // $1,000, £5m, 1,900 dollars
	Measure                // a number with a unit: 12ft, 460 miles, 6 hours, 80 times, 12-hour, two-story
	Phone                  // (765) 456-7107, 1-800-222-TIPS, 303-954-1822
	Address                // 5126 Clinton Drive, the 4400 block of, Suite 200; routes: I-95, Route 9, IN 931
	Identifier             // a name with a number in it: Fox59, BMP-1, AK-47, No. 3, 9mm, Flight 370, 911
	Date                   // a day of the month or a numeric date: September 1, 1st of May, 9/11, 2013-09-01
)

var kindNames = [...]string{
	Cardinal:   "cardinal",
	Vague:      "vague",
	Fraction:   "fraction",
	Ordinal:    "ordinal",
	Year:       "year",
	Age:        "age",
	Clock:      "clock",
	Money:      "money",
	Measure:    "measure",
	Phone:      "phone",
	Address:    "address",
	Identifier: "identifier",
	Date:       "date",
}

// String returns the kind's lower-case name, as used in JSON.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Count reports whether a quantity of kind k can be a count of people, and
// so a toll: Cardinal, Vague and Fraction.
func (k Kind) Count() bool { return k == Cardinal || k == Vague || k == Fraction }

// MarshalText writes the kind's name, so golden files and exports read as
// words rather than as numbers that change when kinds are added.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("numbers: unknown kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a kind written by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("numbers: unknown kind %q", b)
}

// Unbounded is the High of a reading with no upper limit: "many", "some",
// "multiple", "an unknown number of". It is a large finite number rather
// than a sentinel such as -1 so that comparisons (High >= n) stay right, and
// it fits a 32-bit int.
const Unbounded = math.MaxInt32

// Quantity is one number in a text with what it counts as.
//
// Span covers the whole quantity expression: any qualifier before it ("at
// least", "nearly", "between"), words that belong to the number before it
// (a currency sign, "aged", "No.", "Suite", "Interstate"), the number, and
// the words after it that decided its kind or qualify it: a unit ("6
// hours"), "-year-old", "a.m.", "percent", "block of", a street name ("5126
// Clinton Drive"), "or more", "-plus", and the "of" of a vague quantity or a
// fraction ("dozens of", "half of"). It never covers the noun being counted:
// in "at least 44 people were killed" Span is "at least 44".
//
// NumSpan covers just the number words or digits: "44", "forty-four", "a
// dozen", "dozens", "1.2 million", "40 and 50" in "between 40 and 50". For
// Parse, text[NumSpan] of a Cardinal reads back as the same Value.
type Quantity struct {
	Span    tally.Span `json:"span"`
	NumSpan tally.Span `json:"num_span"`
	Kind    Kind       `json:"kind"`
	// Value is the number: the count, rank, year, age, the day of the month
	// for a Date, hhmm on a 24-hour clock for a Clock when a.m. or p.m. is
	// given (as written otherwise), whole currency units for Money, and the
	// integer part of a Measure. For a Fraction it is the share in percent
	// (half is 50, two-thirds 67). For a Vague quantity it is the
	// conservative point reading from the table in the package doc, equal to
	// Low. For a range it is Low. Phones, addresses and identifiers carry the
	// digits' value where they have one, and 0 otherwise.
	Value int `json:"value"`
	// Low and High are the range the words allow: Value..Value for an exact
	// number, the two ends of a range ("40 to 50"), or the documented range
	// of a vague reading. Qualifiers do not move them: "at least 44" is
	// 44..44 with Qualifier "at least"; turning that into an open bound is
	// the extractor's decision.
	Low  int `json:"low"`
	High int `json:"high"`
	// Qualifier is the normalised hedge on the number ("at least", "about",
	// "between", ...; see the package doc), or "".
	Qualifier string     `json:"qualifier,omitempty"`
	QualSpan  tally.Span `json:"qual_span,omitzero"`
	// Unit says what a Measure, Money or Age counts in: "hour", "mile",
	// "times", "$", "dollar", "year", "month"; "decade" for a Year such as
	// the 1980s; the noun of an attributive compound ("story" in
	// "two-story"). It is "" for plain counts.
	Unit string `json:"unit,omitempty"`
}

// Range reports whether q spans more than one number.
func (q Quantity) Range() bool { return q.Low != q.High }

// Text returns the words of q's Span in text.
func (q Quantity) Text(text string) string { return q.Span.Of(text) }

func (q Quantity) String() string {
	s := fmt.Sprintf("%s %d", q.Kind, q.Value)
	if q.Low != q.High {
		s += fmt.Sprintf(" [%d..%d]", q.Low, q.High)
	}
	if q.Qualifier != "" {
		s += " (" + q.Qualifier + ")"
	}
	if q.Unit != "" {
		s += " " + q.Unit
	}
	return s + " " + q.Span.String()
}
