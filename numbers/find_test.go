package numbers_test

import (
	"fmt"
	"strings"
	"testing"

	"tally/numbers"
)

// w describes one expected quantity: the text of its span and number, its
// kind and readings. Low and High default to Value when both are zero.
type w struct {
	span, num      string
	kind           numbers.Kind
	value, low, hi int
	qual, unit     string
}

const U = numbers.Unbounded

// c is shorthand for an exact count with no qualifier.
func c(num string, v int) w { return w{span: num, num: num, kind: numbers.Cardinal, value: v} }

// k is shorthand for a quantity of another kind whose span is its number.
func k(span, num string, kind numbers.Kind, v int) w {
	return w{span: span, num: num, kind: kind, value: v}
}

func (x w) String() string {
	return fmt.Sprintf("%q num=%q %s %d [%d..%d] qual=%q unit=%q", x.span, x.num, x.kind, x.value, x.low, x.hi, x.qual, x.unit)
}

func got(text string, q numbers.Quantity) w {
	return w{span: q.Span.Of(text), num: q.NumSpan.Of(text), kind: q.Kind, value: q.Value, low: q.Low, hi: q.High,
		qual: q.Qualifier, unit: q.Unit}
}

// checkFind runs Find and compares every quantity it returns, in order,
// with want. Units are compared only where the case gives one.
func checkFind(t *testing.T, text string, want []w) {
	t.Helper()
	qs := numbers.Find(text)
	var g []w
	for _, q := range qs {
		g = append(g, got(text, q))
	}
	ok := len(g) == len(want)
	for i := 0; ok && i < len(g); i++ {
		e := want[i]
		if e.low == 0 && e.hi == 0 {
			e.low, e.hi = e.value, e.value
		}
		a := g[i]
		if e.unit == "" {
			a.unit = ""
		}
		if a != e {
			ok = false
		}
	}
	if !ok {
		var b strings.Builder
		fmt.Fprintf(&b, "Find(%q)\n got:\n", text)
		for _, x := range g {
			fmt.Fprintf(&b, "  %s\n", x)
		}
		b.WriteString(" want:\n")
		for _, x := range want {
			fmt.Fprintf(&b, "  %s\n", x)
		}
		t.Error(b.String())
	}
}

var findCases = []struct {
	name string
	text string
	want []w
}{
	// ---- cardinals in digits ----
	{"plain", "Gunmen killed 52 people.", []w{c("52", 52)}},
	{"thousands separator", "The fire displaced 2,500 residents.", []w{c("2,500", 2500)}},
	{"separators", "Officials counted 1,300 and then 10,000 more.",
		[]w{c("1,300", 1300), {span: "10,000 more", num: "10,000", kind: numbers.Cardinal, value: 10000, qual: "another"}}},
	{"million decimal", "Some 1.2 million people fled.",
		[]w{{span: "Some 1.2 million", num: "1.2 million", kind: numbers.Cardinal, value: 1200000, qual: "some"}}},
	{"million abbreviation", "A 2.5m population lives there.", []w{c("2.5m", 2500000)}},
	{"digits and million", "The war displaced 3 million people.", []w{c("3 million", 3000000)}},
	{"zero", "There were 0 arrests.", []w{c("0", 0)}},
	{"dozen after digits", "Police seized 2 dozen rifles.", []w{c("2 dozen", 24)}},

	// ---- cardinals in words ----
	{"hyphenated", "Troops killed forty-four villagers.", []w{c("forty-four", 44)}},
	{"capitalised", "Thirty-four residents were hurt.", []w{c("Thirty-four", 34)}},
	{"all caps", "FIVE KILLED IN BLAST", []w{c("FIVE", 5)}},
	{"spaced tens", "Twenty one bodies were found.", []w{c("Twenty one", 21)}},
	{"hundred and", "One hundred and twelve people died.", []w{c("One hundred and twelve", 112)}},
	{"a hundred", "Nearly a hundred homes burned.",
		[]w{{span: "Nearly a hundred", num: "a hundred", kind: numbers.Cardinal, value: 100, qual: "nearly"}}},
	{"a dozen", "A dozen soldiers were captured.", []w{c("A dozen", 12)}},
	{"half a dozen", "Half a dozen shops were looted.", []w{c("Half a dozen", 6)}},
	{"half-dozen", "A half-dozen shots rang out.", []w{c("A half-dozen", 6)}},
	{"thousands in words", "Two thousand five hundred troops moved in.", []w{c("Two thousand five hundred", 2500)}},
	{"and a half", "It lasted two and a half hours.",
		[]w{{span: "two and a half hours", num: "two and a half", kind: numbers.Measure, value: 2, unit: "hour"}}},
	{"word and digits", "Two men and 3 women were shot.", []w{c("Two", 2), c("3", 3)}},
	{"misspelling", "Fourty people were detained.", []w{c("Fourty", 40)}},

	// ---- "one" ----
	{"one as count", "One man was killed and one injured.", []w{c("One", 1), c("one", 1)}},
	{"no one", "No one was hurt in the blast.", nil},
	{"one of", "One of the victims was a child.", nil},
	{"one of with qualifier", "At least one of the victims was a child.",
		[]w{{span: "At least one", num: "one", kind: numbers.Cardinal, value: 1, qual: "at least"}}},
	{"one another", "The groups blamed one another.", nil},
	{"one day", "One day later the toll rose.", nil},
	{"the one who", "He was the one who fired.", nil},
	{"killed one", "The blast killed one.", []w{c("one", 1)}},
	{"one-sided", "It was a one-sided fight.", nil},
	{"the only one", "She was the only one left.", nil},
	{"only one", "Only one survivor was found.",
		[]w{{span: "Only one", num: "one", kind: numbers.Cardinal, value: 1, qual: "only"}}},
	{"loved one", "He lost a loved one.", nil},
	{"one or two", "One or two shots were heard.",
		[]w{{span: "One or two", num: "One or two", kind: numbers.Cardinal, value: 1, low: 1, hi: 2, qual: "between"}}},

	// ---- qualifiers ----
	{"at least", "At least 44 people were killed.",
		[]w{{span: "At least 44", num: "44", kind: numbers.Cardinal, value: 44, qual: "at least"}}},
	{"more than", "More than 3,000 refugees fled.",
		[]w{{span: "More than 3,000", num: "3,000", kind: numbers.Cardinal, value: 3000, qual: "more than"}}},
	{"nearly", "Nearly 40 were wounded.",
		[]w{{span: "Nearly 40", num: "40", kind: numbers.Cardinal, value: 40, qual: "nearly"}}},
	{"almost", "Almost 40 were wounded.",
		[]w{{span: "Almost 40", num: "40", kind: numbers.Cardinal, value: 40, qual: "almost"}}},
	{"about", "About 20 shots were fired.",
		[]w{{span: "About 20", num: "20", kind: numbers.Cardinal, value: 20, qual: "about"}}},
	{"around", "Around 300 people marched.",
		[]w{{span: "Around 300", num: "300", kind: numbers.Cardinal, value: 300, qual: "around"}}},
	{"approximately", "Approximately 15 were arrested.",
		[]w{{span: "Approximately 15", num: "15", kind: numbers.Cardinal, value: 15, qual: "approximately"}}},
	{"approx.", "Approx. 15 were arrested.",
		[]w{{span: "Approx. 15", num: "15", kind: numbers.Cardinal, value: 15, qual: "approximately"}}},
	{"roughly", "Roughly 70 homes burned.",
		[]w{{span: "Roughly 70", num: "70", kind: numbers.Cardinal, value: 70, qual: "roughly"}}},
	{"some before number", "Some 2,500 soldiers moved in.",
		[]w{{span: "Some 2,500", num: "2,500", kind: numbers.Cardinal, value: 2500, qual: "some"}}},
	{"up to", "Up to 50 may have died.",
		[]w{{span: "Up to 50", num: "50", kind: numbers.Cardinal, value: 50, qual: "up to"}}},
	{"as many as", "As many as 80 were killed.",
		[]w{{span: "As many as 80", num: "80", kind: numbers.Cardinal, value: 80, qual: "as many as"}}},
	{"no fewer than", "No fewer than 12 died.",
		[]w{{span: "No fewer than 12", num: "12", kind: numbers.Cardinal, value: 12, qual: "no fewer than"}}},
	{"fewer than", "Fewer than 10 survived.",
		[]w{{span: "Fewer than 10", num: "10", kind: numbers.Cardinal, value: 10, qual: "fewer than"}}},
	{"less than", "Less than 5 remain.",
		[]w{{span: "Less than 5", num: "5", kind: numbers.Cardinal, value: 5, qual: "less than"}}},
	{"an estimated", "An estimated 200 people attended.",
		[]w{{span: "An estimated 200", num: "200", kind: numbers.Cardinal, value: 200, qual: "an estimated"}}},
	{"a total of", "A total of four people died.",
		[]w{{span: "A total of four", num: "four", kind: numbers.Cardinal, value: 4, qual: "a total of"}}},
	{"over", "Over 100 were injured.",
		[]w{{span: "Over 100", num: "100", kind: numbers.Cardinal, value: 100, qual: "over"}}},
	{"close to", "Close to 60 died.",
		[]w{{span: "Close to 60", num: "60", kind: numbers.Cardinal, value: 60, qual: "nearly"}}},
	{"upwards of", "Upwards of 60 died.",
		[]w{{span: "Upwards of 60", num: "60", kind: numbers.Cardinal, value: 60, qual: "more than"}}},
	{"in excess of", "In excess of 60 died.",
		[]w{{span: "In excess of 60", num: "60", kind: numbers.Cardinal, value: 60, qual: "more than"}}},
	{"just", "Just 3 escaped.",
		[]w{{span: "Just 3", num: "3", kind: numbers.Cardinal, value: 3, qual: "just"}}},
	{"another", "Another 12 were wounded.",
		[]w{{span: "Another 12", num: "12", kind: numbers.Cardinal, value: 12, qual: "another"}}},
	{"an additional", "An additional 12 were wounded.",
		[]w{{span: "An additional 12", num: "12", kind: numbers.Cardinal, value: 12, qual: "another"}}},
	{"at most", "At most 9 people were inside.",
		[]w{{span: "At most 9", num: "9", kind: numbers.Cardinal, value: 9, qual: "at most"}}},
	{"or more", "Twenty or more were missing.",
		[]w{{span: "Twenty or more", num: "Twenty", kind: numbers.Cardinal, value: 20, qual: "at least"}}},
	{"plus hyphen", "The 50-plus victims were named.",
		[]w{{span: "50-plus", num: "50", kind: numbers.Cardinal, value: 50, qual: "at least"}}},
	{"plus sign", "A fight involving 30+ people.",
		[]w{{span: "30+", num: "30", kind: numbers.Cardinal, value: 30, qual: "at least"}}},
	{"or so", "A dozen or so were hurt.",
		[]w{{span: "A dozen or so", num: "A dozen", kind: numbers.Cardinal, value: 12, qual: "about"}}},
	{"odd", "Some 20-odd fighters died.",
		[]w{{span: "Some 20-odd", num: "20", kind: numbers.Cardinal, value: 20, qual: "some"}}},
	{"more trailing", "Seven more residents were abducted.",
		[]w{{span: "Seven more", num: "Seven", kind: numbers.Cardinal, value: 7, qual: "another"}}},
	{"more than comparison", "It was 12 more than last year.", []w{c("12", 12)}},
	{"in all", "The raids killed 44 in all.",
		[]w{{span: "44 in all", num: "44", kind: numbers.Cardinal, value: 44, qual: "a total of"}}},

	// ---- ranges ----
	{"between and", "Between 40 and 50 were killed.",
		[]w{{span: "Between 40 and 50", num: "40 and 50", kind: numbers.Cardinal, value: 40, low: 40, hi: 50, qual: "between"}}},
	{"to", "Officials said 40 to 50 died.",
		[]w{{span: "40 to 50", num: "40 to 50", kind: numbers.Cardinal, value: 40, low: 40, hi: 50, qual: "between"}}},
	{"hyphen", "Officials said 40-50 died.",
		[]w{{span: "40-50", num: "40-50", kind: numbers.Cardinal, value: 40, low: 40, hi: 50, qual: "between"}}},
	{"en dash", "Officials said 40–50 died.",
		[]w{{span: "40–50", num: "40–50", kind: numbers.Cardinal, value: 40, low: 40, hi: 50, qual: "between"}}},
	{"or", "Perhaps 40 or 50 died.",
		[]w{{span: "40 or 50", num: "40 or 50", kind: numbers.Cardinal, value: 40, low: 40, hi: 50, qual: "between"}}},
	{"words", "Two to three dozen died.",
		[]w{{span: "Two to three dozen", num: "Two to three dozen", kind: numbers.Cardinal, value: 24, low: 24, hi: 36, qual: "between"}}},
	{"shared million", "Between 2 and 3 million fled.",
		[]w{{span: "Between 2 and 3 million", num: "2 and 3 million", kind: numbers.Cardinal, value: 2000000, low: 2000000, hi: 3000000, qual: "between"}}},
	{"qualified range", "About 40 to 50 died.",
		[]w{{span: "About 40 to 50", num: "40 to 50", kind: numbers.Cardinal, value: 40, low: 40, hi: 50, qual: "about"}}},
	{"revision is not a range", "The toll rose from 44 to 52.", []w{c("44", 44), c("52", 52)}},
	{"score", "The home side won 3-2.", []w{k("3-2", "3-2", numbers.Identifier, 3)}},
	{"range of hours", "The siege lasted 5 to 10 hours.",
		[]w{{span: "5 to 10 hours", num: "5 to 10", kind: numbers.Measure, value: 5, low: 5, hi: 10, qual: "between", unit: "hour"}}},

	// ---- vague ----
	{"dozens of", "Dozens of people were injured.",
		[]w{{span: "Dozens of", num: "Dozens", kind: numbers.Vague, value: 12, low: 12, hi: 99}}},
	{"dozens alone", "Police arrested dozens.",
		[]w{{span: "dozens", num: "dozens", kind: numbers.Vague, value: 12, low: 12, hi: 99}}},
	{"dozens more", "Dozens more were hurt.",
		[]w{{span: "Dozens more", num: "Dozens", kind: numbers.Vague, value: 12, low: 12, hi: 99, qual: "another"}}},
	{"hundreds", "The raid wounded hundreds.",
		[]w{{span: "hundreds", num: "hundreds", kind: numbers.Vague, value: 100, low: 100, hi: 999}}},
	{"thousands of", "Thousands of families fled.",
		[]w{{span: "Thousands of", num: "Thousands", kind: numbers.Vague, value: 1000, low: 1000, hi: 9999}}},
	{"tens of thousands", "Tens of thousands of people marched.",
		[]w{{span: "Tens of thousands of", num: "Tens of thousands", kind: numbers.Vague, value: 10000, low: 10000, hi: 99999}}},
	{"hundreds of thousands", "Hundreds of thousands were displaced.",
		[]w{{span: "Hundreds of thousands", num: "Hundreds of thousands", kind: numbers.Vague, value: 100000, low: 100000, hi: 999999}}},
	{"scores of", "Scores of homes burned.",
		[]w{{span: "Scores of", num: "Scores", kind: numbers.Vague, value: 20, low: 20, hi: 99}}},
	{"test scores", "The scores were high.", nil},
	{"several", "Several soldiers were killed.",
		[]w{{span: "Several", num: "Several", kind: numbers.Vague, value: 3, low: 3, hi: 9}}},
	{"several hundred", "Several hundred people gathered.",
		[]w{{span: "Several hundred", num: "Several hundred", kind: numbers.Vague, value: 300, low: 300, hi: 999}}},
	{"a few dozen", "A few dozen people gathered.",
		[]w{{span: "A few dozen", num: "A few dozen", kind: numbers.Vague, value: 36, low: 36, hi: 83}}},
	{"a few", "A few people were hurt.",
		[]w{{span: "A few", num: "A few", kind: numbers.Vague, value: 3, low: 3, hi: 6}}},
	{"a handful", "Only a handful survived.",
		[]w{{span: "Only a handful", num: "a handful", kind: numbers.Vague, value: 3, low: 3, hi: 6, qual: "only"}}},
	{"a number of", "A number of civilians died.",
		[]w{{span: "A number of", num: "A number", kind: numbers.Vague, value: 3, low: 3, hi: U}}},
	{"an unknown number of", "An unknown number of people were killed.",
		[]w{{span: "An unknown number of", num: "An unknown number", kind: numbers.Vague, value: 1, low: 1, hi: U}}},
	{"a couple of", "A couple of shops burned.",
		[]w{{span: "A couple of", num: "A couple", kind: numbers.Vague, value: 2, low: 2, hi: 3}}},
	{"a couple noun", "A couple was shot.", nil},
	{"many", "Many people were wounded.",
		[]w{{span: "Many", num: "Many", kind: numbers.Vague, value: 10, low: 10, hi: U}}},
	{"how many", "It is unclear how many died.", nil},
	{"numerous", "Numerous homes burned.",
		[]w{{span: "Numerous", num: "Numerous", kind: numbers.Vague, value: 10, low: 10, hi: U}}},
	{"multiple", "Multiple victims were found.",
		[]w{{span: "Multiple", num: "Multiple", kind: numbers.Vague, value: 2, low: 2, hi: U}}},
	{"countless", "Countless lives were lost.",
		[]w{{span: "Countless", num: "Countless", kind: numbers.Vague, value: 10, low: 10, hi: U}}},
	{"some determiner", "Some residents fled.",
		[]w{{span: "Some", num: "Some", kind: numbers.Vague, value: 2, low: 2, hi: U}}},
	{"some of", "Some of the victims were children.",
		[]w{{span: "Some of", num: "Some", kind: numbers.Vague, value: 2, low: 2, hi: U}}},
	{"some time", "It took some time.", nil},
	{"vague with qualifier", "More than a dozen were hurt.",
		[]w{{span: "More than a dozen", num: "a dozen", kind: numbers.Cardinal, value: 12, qual: "more than"}}},
	{"vague measure", "The siege lasted several hours.",
		[]w{{span: "several hours", num: "several", kind: numbers.Measure, value: 3, low: 3, hi: 9, unit: "hour"}}},
	{"vague money", "Hundreds of dollars were stolen.",
		[]w{{span: "Hundreds of dollars", num: "Hundreds", kind: numbers.Money, value: 100, low: 100, hi: 999, unit: "dollar"}}},
	{"multiple times", "He was shot multiple times.",
		[]w{{span: "multiple times", num: "multiple", kind: numbers.Measure, value: 2, low: 2, hi: U, unit: "times"}}},

	// ---- fractions ----
	{"nearly half of", "Nearly half of the residents fled.",
		[]w{{span: "Nearly half of", num: "half", kind: numbers.Fraction, value: 50, qual: "nearly"}}},
	{"a third of", "A third of the houses burned.", []w{k("A third of", "A third", numbers.Fraction, 33)}},
	{"two-thirds", "Two-thirds of the dead were women.", []w{k("Two-thirds of", "Two-thirds", numbers.Fraction, 67)}},
	{"three quarters", "Three quarters of them fled.", []w{k("Three quarters of", "Three quarters", numbers.Fraction, 75)}},
	{"a quarter", "A quarter of the town was hit.", []w{k("A quarter of", "A quarter", numbers.Fraction, 25)}},
	{"percent", "About 40 percent of them were children.",
		[]w{{span: "About 40 percent of", num: "40", kind: numbers.Fraction, value: 40, qual: "about", unit: "percent"}}},
	{"per cent", "Turnout was 61 per cent.", []w{k("61 per cent", "61", numbers.Fraction, 61)}},
	{"percent sign", "Prices rose 40%.", []w{k("40%", "40", numbers.Fraction, 40)}},
	{"decimal percent", "It fell 12.5%.", []w{k("12.5%", "12.5", numbers.Fraction, 13)}},
	{"one in three", "One in three homes was damaged.", []w{k("One in three", "One", numbers.Fraction, 33)}},
	{"half-brother", "His half-brother was arrested.", nil},
	{"first half", "In the first half of the year.", []w{k("first", "first", numbers.Ordinal, 1)}},
	{"half an hour", "Police arrived half an hour later.",
		[]w{{span: "half an hour", num: "half", kind: numbers.Measure, value: 0, unit: "hour"}}},

	// ---- ordinals ----
	{"fifth", "It was the fifth attack this year.", []w{k("fifth", "fifth", numbers.Ordinal, 5)}},
	{"7th", "He was the 7th victim.", []w{k("7th", "7", numbers.Ordinal, 7)}},
	{"21st", "The 21st century began.", []w{k("21st", "21", numbers.Ordinal, 21)}},
	{"twenty-first", "The twenty-first victim died.", []w{k("twenty-first", "twenty-first", numbers.Ordinal, 21)}},
	{"a second man", "A second man was shot.", []w{k("second", "second", numbers.Ordinal, 2)}},
	{"the second attack", "The second attack came at night.", []w{k("second", "second", numbers.Ordinal, 2)}},
	{"a second later", "A second later it exploded.",
		[]w{{span: "second", num: "second", kind: numbers.Measure, value: 1, unit: "second"}}},
	{"30 seconds", "It lasted 30 seconds.",
		[]w{{span: "30 seconds", num: "30", kind: numbers.Measure, value: 30, unit: "second"}}},
	{"a third man", "A third man fled.", []w{k("third", "third", numbers.Ordinal, 3)}},
	{"a second-degree", "He suffered a second-degree burn.", []w{k("second", "second", numbers.Ordinal, 2)}},
	{"for a second", "For a second, nobody moved.",
		[]w{{span: "second", num: "second", kind: numbers.Measure, value: 1, unit: "second"}}},
	{"possessive age", "A 3-year-old's death shocked the town.", []w{{span: "3-year-old's", num: "3", kind: numbers.Age, value: 3, unit: "year"}}},
	{"third-degree", "It is a third-degree felony.", []w{k("third", "third", numbers.Ordinal, 3)}},
	{"bad suffix", "The 2th entry.", []w{k("2th", "2", numbers.Identifier, 2)}},

	// ---- years ----
	{"in year", "The camp was raided in 2009.", []w{k("2009", "2009", numbers.Year, 2009)}},
	{"year attack", "The 2013 attack killed 52.", []w{k("2013", "2013", numbers.Year, 2013), c("52", 52)}},
	{"year then count", "Killing 11 in 2009, and 36 in 2011.",
		[]w{c("11", 11), k("2009", "2009", numbers.Year, 2009), c("36", 36), k("2011", "2011", numbers.Year, 2011)}},
	{"month year", "In July 2009 troops raided it.", []w{k("2009", "2009", numbers.Year, 2009)}},
	{"day year", "On September 1, 2013, troops attacked.",
		[]w{k("1", "1", numbers.Date, 1), k("2013", "2013", numbers.Year, 2013)}},
	{"decade", "It has been there since the 1980s.",
		[]w{{span: "1980s", num: "1980", kind: numbers.Year, value: 1980, low: 1980, hi: 1989, unit: "decade"}}},
	{"apostrophe decade", "Back in the '80s it was quiet.",
		[]w{{span: "'80s", num: "80", kind: numbers.Year, value: 1980, low: 1980, hi: 1989, unit: "decade"}}},
	{"mid-year", "By mid-2013 it had closed.", []w{k("mid-2013", "2013", numbers.Year, 2013)}},
	{"year after a day, before a verb", "An attack on January 2, 2001 killed 13 people.",
		[]w{{span: "2", num: "2", kind: numbers.Date, value: 2}, {span: "2001", num: "2001", kind: numbers.Year, value: 2001}, c("13", 13)}},
	{"year after in, before a verb", "A raid in 2009 killed 11.", []w{{span: "2009", num: "2009", kind: numbers.Year, value: 2009}, c("11", 11)}},
	{"rose to a toll", "The toll rose to 2000 killed.", []w{c("2000", 2000)}},
	{"year range", "The 2013-14 season.", []w{{span: "2013-14", num: "2013-14", kind: numbers.Year, value: 2013, low: 2013, hi: 2014, qual: "between"}}},
	{"not a year with separator", "The war displaced 2,013 people.", []w{c("2,013", 2013)}},
	{"count noun not a year", "Some 2000 people marched.",
		[]w{{span: "Some 2000", num: "2000", kind: numbers.Cardinal, value: 2000, qual: "some"}}},
	{"qualifier not a year", "About 1950 were arrested.",
		[]w{{span: "About 1950", num: "1950", kind: numbers.Cardinal, value: 1950, qual: "about"}}},
	{"since around", "Since around 2010 it has grown.",
		[]w{{span: "around 2010", num: "2010", kind: numbers.Year, value: 2010, qual: "around"}}},
	{"copyright", "Copyright 2016 Example Media.", []w{k("2016", "2016", numbers.Year, 2016)}},

	// ---- ages ----
	{"year-old", "A 13-year-old boy was shot.", []w{{span: "13-year-old", num: "13", kind: numbers.Age, value: 13, unit: "year"}}},
	{"year-olds", "Two 7-year-olds were hurt.", []w{c("Two", 2), {span: "7-year-olds", num: "7", kind: numbers.Age, value: 7, unit: "year"}}},
	{"word year-old", "A Sixteen-year-old was arrested.", []w{{span: "Sixteen-year-old", num: "Sixteen", kind: numbers.Age, value: 16, unit: "year"}}},
	{"year old spaced", "The boy, 8 years old, survived.", []w{{span: "8 years old", num: "8", kind: numbers.Age, value: 8, unit: "year"}}},
	{"year-old spaced hyphen", "A 2 -year-old was found.", []w{{span: "2 -year-old", num: "2", kind: numbers.Age, value: 2, unit: "year"}}},
	{"month-old", "A 6-month-old baby survived.", []w{{span: "6-month-old", num: "6", kind: numbers.Age, value: 6, unit: "month"}}},
	{"aged", "A man aged 33 was held.", []w{{span: "aged 33", num: "33", kind: numbers.Age, value: 33, unit: "year"}}},
	{"age", "He died at age 70.", []w{{span: "age 70", num: "70", kind: numbers.Age, value: 70, unit: "year"}}},
	{"age of", "He left school at the age of 16.", []w{{span: "16", num: "16", kind: numbers.Age, value: 16, unit: "year"}}},
	{"ages list", "Their daughters, ages four, six and 13, died.", []w{
		{span: "ages four", num: "four", kind: numbers.Age, value: 4, unit: "year"},
		{span: "six", num: "six", kind: numbers.Age, value: 6, unit: "year"},
		{span: "13", num: "13", kind: numbers.Age, value: 13, unit: "year"}}},
	{"ages range", "Four victims, ages 19 to 24, were hurt.", []w{c("Four", 4),
		{span: "ages 19 to 24", num: "19 to 24", kind: numbers.Age, value: 19, low: 19, hi: 24, qual: "between", unit: "year"}}},
	{"appositive", "Emmanuel Arrington, 33, of Kokomo was shot.", []w{{span: "33", num: "33", kind: numbers.Age, value: 33, unit: "year"}}},
	{"appositive at end", "The man was named as John Smith, 40.", []w{{span: "40", num: "40", kind: numbers.Age, value: 40, unit: "year"}}},
	{"appositive Jr", "Police named Tom Reed Jr., 19, as the driver.", []w{{span: "19", num: "19", kind: numbers.Age, value: 19, unit: "year"}}},
	{"appositive person noun", "The victim, 19, died later.", []w{{span: "19", num: "19", kind: numbers.Age, value: 19, unit: "year"}}},
	{"appositive plural", "Two children, 11 and 14, were hurt.", []w{c("Two", 2),
		{span: "11", num: "11", kind: numbers.Age, value: 11, unit: "year"},
		{span: "14", num: "14", kind: numbers.Age, value: 14, unit: "year"}}},
	{"not appositive", "In Baghdad, 12 people died.", []w{c("12", 12)}},
	{"not appositive sentence word", "In January, 33 were killed.", []w{c("33", 33)}},
	{"parenthesised age", "The driver, Sam Jones (45), was held.", []w{{span: "45", num: "45", kind: numbers.Age, value: 45, unit: "year"}}},
	{"age before year-old", "The 13- and 15-year-old brothers fled.", []w{
		{span: "13", num: "13", kind: numbers.Age, value: 13, unit: "year"},
		{span: "15-year-old", num: "15", kind: numbers.Age, value: 15, unit: "year"}}},
	{"in his 40s", "A man in his 40s was shot.", []w{{span: "40s", num: "40", kind: numbers.Age, value: 40, low: 40, hi: 49, unit: "year"}}},
	{"in her late forties", "A woman in her late forties died.", []w{{span: "late forties", num: "forties", kind: numbers.Age, value: 40, low: 40, hi: 49, unit: "year"}}},
	{"yo", "A 15yo boy was shot.", []w{{span: "15yo", num: "15", kind: numbers.Age, value: 15, unit: "year"}}},
	{"turned", "She would have turned 2 this month.", []w{{span: "2", num: "2", kind: numbers.Age, value: 2, unit: "year"}}},

	// ---- clock times ----
	{"a.m.", "The attack began at 5 a.m. on Sunday.", []w{{span: "5 a.m.", num: "5", kind: numbers.Clock, value: 500}}},
	{"pm glued", "It happened at 12:40PM local time.", []w{{span: "12:40PM", num: "12:40", kind: numbers.Clock, value: 1240}}},
	{"dotted am", "At 4.45 am troops moved in.", []w{{span: "4.45 am", num: "4.45", kind: numbers.Clock, value: 445}}},
	{"colon", "Shots rang out at 3:15.", []w{{span: "3:15", num: "3:15", kind: numbers.Clock, value: 315}}},
	{"p.m. 24h", "Police arrived about 9:30 p.m.", []w{{span: "about 9:30 p.m.", num: "9:30", kind: numbers.Clock, value: 2130, qual: "about"}}},
	{"military", "The raid began at 0500 hours.", []w{{span: "0500 hours", num: "0500", kind: numbers.Clock, value: 500}}},
	{"5am", "They left at 5am.", []w{{span: "5am", num: "5", kind: numbers.Clock, value: 500}}},
	{"o'clock", "It ended at 6 o'clock.", []w{{span: "6 o'clock", num: "6", kind: numbers.Clock, value: 600}}},
	{"12 noon", "The deadline was 12 noon.", []w{{span: "12 noon", num: "12", kind: numbers.Clock, value: 1200}}},
	{"at 4.45", "Troops moved in at 4.45 yesterday.", []w{{span: "4.45", num: "4.45", kind: numbers.Clock, value: 445}}},
	{"GMT", "It struck at 14:05 GMT.", []w{{span: "14:05 GMT", num: "14:05", kind: numbers.Clock, value: 1405}}},

	// ---- money ----
	{"dollars sign", "A $1,000 reward was offered.", []w{{span: "$1,000", num: "1,000", kind: numbers.Money, value: 1000, unit: "$"}}},
	{"dollars large", "He was fined $250,000.", []w{{span: "$250,000", num: "250,000", kind: numbers.Money, value: 250000, unit: "$"}}},
	{"dollar millions", "The damage cost $5 million.", []w{{span: "$5 million", num: "5 million", kind: numbers.Money, value: 5000000, unit: "$"}}},
	{"pounds sign", "A £5m fund was set up.", []w{{span: "£5m", num: "5m", kind: numbers.Money, value: 5000000, unit: "£"}}},
	{"euro sign", "Aid worth €2.5 billion.", []w{{span: "€2.5 billion", num: "2.5 billion", kind: numbers.Money, value: 2500000000, unit: "€"}}},
	{"dollars word", "He carried 1,900 dollars.", []w{{span: "1,900 dollars", num: "1,900", kind: numbers.Money, value: 1900, unit: "dollar"}}},
	{"more than money", "Police found more than $1,900 on him.",
		[]w{{span: "more than $1,900", num: "1,900", kind: numbers.Money, value: 1900, qual: "more than", unit: "$"}}},
	{"US$", "It cost US$40,000.", []w{{span: "US$40,000", num: "40,000", kind: numbers.Money, value: 40000, unit: "US$"}}},
	{"money range", "Bail was set at $5 to $10 million.",
		[]w{{span: "$5 to $10 million", num: "5 to $10 million", kind: numbers.Money, value: 5000000, low: 5000000, hi: 10000000, qual: "between", unit: "$"}}},
	{"fined pounds", "He was fined 500 pounds.", []w{{span: "500 pounds", num: "500", kind: numbers.Money, value: 500, unit: "pound"}}},

	// ---- measures ----
	{"feet glued", "A 12ft wall surrounds it.", []w{{span: "12ft", num: "12", kind: numbers.Measure, value: 12, unit: "ft"}}},
	{"miles", "It lies 460 miles north.", []w{{span: "460 miles", num: "460", kind: numbers.Measure, value: 460, unit: "mile"}}},
	{"times", "He was shot 80 times.", []w{{span: "80 times", num: "80", kind: numbers.Measure, value: 80, unit: "times"}}},
	{"hour compound", "Officers worked 12-hour shifts.", []w{{span: "12-hour", num: "12", kind: numbers.Measure, value: 12, unit: "hour"}}},
	{"years duration", "He served 10 years in prison.", []w{{span: "10 years", num: "10", kind: numbers.Measure, value: 10, unit: "year"}}},
	{"hours", "In the last 48 hours, police seized guns.", []w{{span: "48 hours", num: "48", kind: numbers.Measure, value: 48, unit: "hour"}}},
	{"km", "The convoy was 10km away.", []w{{span: "10km", num: "10", kind: numbers.Measure, value: 10, unit: "km"}}},
	{"metres", "A 2.5m-high wall.", []w{{span: "2.5m", num: "2.5", kind: numbers.Measure, value: 2, unit: "m"}}},
	{"weight", "Police found 5 pounds of cocaine.", []w{{span: "5 pounds", num: "5", kind: numbers.Measure, value: 5, unit: "lb"}}},
	{"full days", "They walked for two full days.", []w{{span: "two full days", num: "two", kind: numbers.Measure, value: 2, unit: "day"}}},
	{"compound noun", "A two-story house burned.", []w{{span: "two-story", num: "two", kind: numbers.Measure, value: 2, unit: "story"}}},
	{"twice", "He was stabbed twice.", []w{{span: "twice", num: "twice", kind: numbers.Measure, value: 2, unit: "times"}}},
	{"rounds stay counts", "The gun held 15 live rounds.", []w{c("15", 15)}},
	{"yards range", "She was 70 to 80 yards away.",
		[]w{{span: "70 to 80 yards", num: "70 to 80", kind: numbers.Measure, value: 70, low: 70, hi: 80, qual: "between", unit: "yd"}}},

	// ---- phones ----
	{"parens", "Call (765) 456-7107 with tips.", []w{k("(765) 456-7107", "(765) 456-7107", numbers.Phone, 0)}},
	{"dashes", "Reach her at 303-954-1822.", []w{k("303-954-1822", "303-954-1822", numbers.Phone, 0)}},
	{"dots", "Reach her at 303.954.1822.", []w{k("303.954.1822", "303.954.1822", numbers.Phone, 0)}},
	{"toll-free letters", "Call 1-800-222-TIPS now.", []w{k("1-800-222-TIPS", "1-800-222-TIPS", numbers.Phone, 0)}},
	{"letters and digits", "Call 1-800-273-TALK (8255) for help.", []w{k("1-800-273-TALK (8255)", "1-800-273-TALK", numbers.Phone, 0)}},
	{"international", "Call +44 20 7946 0958 today.", []w{k("+44 20 7946 0958", "+44 20 7946 0958", numbers.Phone, 0)}},
	{"local after call", "Call 456-7107 with tips.", []w{k("456-7107", "456-7107", numbers.Phone, 0)}},
	{"not a phone", "Between 200-1000 people fled.",
		[]w{{span: "Between 200-1000", num: "200-1000", kind: numbers.Cardinal, value: 200, low: 200, hi: 1000, qual: "between"}}},
	{"911", "A neighbour called 911.", []w{k("911", "911", numbers.Identifier, 911)}},
	{"911 call", "The 911 call came at night.", []w{k("911", "911", numbers.Identifier, 911)}},

	// ---- addresses ----
	{"street", "Shots were fired at 5126 Clinton Drive.", []w{k("5126 Clinton Drive", "5126", numbers.Address, 5126)}},
	{"street abbreviation", "It happened at 921 Vance St. on Friday.", []w{k("921 Vance St.", "921", numbers.Address, 921)}},
	{"street direction", "He lived at 1100 N. Main St. for years.", []w{k("1100 N. Main St.", "1100", numbers.Address, 1100)}},
	{"street no suffix", "They went to 561 N. Center that night.", []w{k("561 N. Center", "561", numbers.Address, 561)}},
	{"block of", "Police responded to the 4400 block of Main Street.", []w{k("4400 block of", "4400", numbers.Address, 4400)}},
	{"hyphen block", "It was in the 1100-block of North Harding.", []w{k("1100-block of", "1100", numbers.Address, 1100)}},
	{"block", "Officers closed the 3900 block.", []w{k("3900 block", "3900", numbers.Address, 3900)}},
	{"suite", "The office is in Suite 200.", []w{k("Suite 200", "200", numbers.Address, 200)}},
	{"apartment lower", "She lived in apartment 38.", []w{k("apartment 38", "38", numbers.Address, 38)}},
	{"ordinal street", "They ran along Southwest 206th Street.", []w{k("206th Street", "206", numbers.Address, 206)}},
	{"word ordinal avenue", "A shop on Fifth Avenue was hit.", []w{k("Fifth Avenue", "Fifth", numbers.Address, 5)}},
	{"interstate", "A crash closed Interstate 95.", []w{k("Interstate 95", "95", numbers.Address, 95)}},
	{"I-95", "A crash closed I-95 near the exit.", []w{k("I-95", "95", numbers.Address, 95)}},
	{"route", "Take Route 9 north.", []w{k("Route 9", "9", numbers.Address, 9)}},
	{"highway", "Bodies were found along Highway 12.", []w{k("Highway 12", "12", numbers.Address, 12)}},
	{"state code", "It happened near IN 931 at night.", []w{k("IN 931", "931", numbers.Address, 931)}},
	{"US route", "He drove along US 31.", []w{k("US 31", "31", numbers.Address, 31)}},
	{"U.S. route", "The car stopped on U.S. 41 East.", []w{k("U.S. 41", "41", numbers.Address, 41)}},
	{"headline not route", "GUNMAN KILLS 3 IN 2 CITIES", []w{c("3", 3), c("2", 2)}},
	{"title case not address", "3 Shot On Main Street", []w{c("3", 3)}},

	// ---- identifiers ----
	{"station", "Fox59 reported it first.", []w{k("Fox59", "59", numbers.Identifier, 59), k("first", "first", numbers.Ordinal, 1)}},
	{"rifle", "He carried an AK-47 rifle.", []w{k("AK-47", "47", numbers.Identifier, 47)}},
	{"vehicle", "A BMP-1 was destroyed.", []w{k("BMP-1", "1", numbers.Identifier, 1)}},
	{"No.", "He was listed as No. 3 on the list.", []w{k("No. 3", "3", numbers.Identifier, 3)}},
	{"calibre", "A 9mm pistol was found.", []w{{span: "9mm", num: "9", kind: numbers.Identifier, value: 9, unit: "mm"}}},
	{"calibre compound", "He fired a 38-caliber revolver.", []w{{span: "38-caliber", num: "38", kind: numbers.Identifier, value: 38, unit: "mm"}}},
	{"flight", "Flight 370 vanished.", []w{k("Flight 370", "370", numbers.Identifier, 370)}},
	{"channel", "He told Channel 4 about it.", []w{k("Channel 4", "4", numbers.Identifier, 4)}},
	{"call sign", "He told KHOU 11 about it.", []w{k("KHOU 11", "11", numbers.Identifier, 11)}},
	{"hash", "Suspect #2 fled.", []w{k("#2", "2", numbers.Identifier, 2)}},
	{"covid", "COVID-19 cases rose.", []w{k("COVID-19", "19", numbers.Identifier, 19)}},
	{"url", "See http://example.com/story/33309619/x for more.", []w{k("33309619", "33309619", numbers.Identifier, 33309619)}},
	{"name with number word", "He belonged to the Four Corner Hustlers.", []w{k("Four", "Four", numbers.Identifier, 0)}},
	{"image of", "Image 3 of 9 shows the car.", []w{k("Image 3 of 9", "3", numbers.Identifier, 3)}},

	// ---- dates ----
	{"month day", "It happened on Jan. 19 at night.", []w{k("19", "19", numbers.Date, 19)}},
	{"day month", "They were abducted on 1 September.", []w{k("1", "1", numbers.Date, 1)}},
	{"ordinal day", "The September 1st massacre.", []w{k("1st", "1", numbers.Date, 1)}},
	{"ordinal of month", "On the 5th of May they fled.", []w{k("5th", "5", numbers.Date, 5)}},
	{"iso", "PUBLISHED: 2016-10-04", []w{k("2016-10-04", "2016-10-04", numbers.Date, 4)}},
	{"slashes", "Published: 8/19/2013", []w{k("8/19/2013", "8/19/2013", numbers.Date, 19)}},
	{"24/7", "Help is available 24/7.", []w{k("24/7", "24", numbers.Identifier, 24)}},

	// ---- text hazards ----
	{"no-break space", "At\u00a0least\u00a044 died.",
		[]w{{span: "At\u00a0least\u00a044", num: "44", kind: numbers.Cardinal, value: 44, qual: "at least"}}},
	{"curly apostrophe", "The camp’s 100 residents fled.", []w{c("100", 100)}},
	{"blank line breaks qualifier", "at least\n\n44 died.", []w{c("44", 44)}},
	{"invalid utf8", "killed \xff52\xfe people", []w{c("52", 52)}},
	{"empty", "", nil},
	{"no numbers", "Police said nothing.", nil},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
