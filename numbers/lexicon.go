package numbers

import (
	"sort"
	"strings"
)

// The word lists the scanner looks words up in. Keys are lower-case; a word
// that needs a capital to count (a month, a route name) is checked for one
// where it is used.

type wclass uint8

const (
	wNone    wclass = iota
	wZero           // zero
	wUnit           // one .. nine
	wTeen           // ten .. nineteen
	wTens           // twenty .. ninety
	wHundred        // hundred
	wMult           // thousand, million, billion, trillion
	wDozen          // dozen
)

// numWord is a number word: its value, its place in the grammar of number
// words, and whether it is an ordinal ("twentieth") or a plural
// denominator ("thirds", where v is the denominator).
type numWord struct {
	v   int64
	cls wclass
	ord bool
	den bool
}

var numWords = buildNumWords()

func buildNumWords() map[string]numWord {
	numWords := map[string]numWord{}
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	ords := []string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	for v, w := range units {
		c := wUnit
		switch {
		case v == 0:
			c = wZero
		case v >= 10:
			c = wTeen
		}
		numWords[w] = numWord{v: int64(v), cls: c}
		if v > 0 {
			numWords[ords[v]] = numWord{v: int64(v), cls: c, ord: true}
		}
	}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	tensOrd := []string{"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for v := 2; v < 10; v++ {
		numWords[tens[v]] = numWord{v: int64(v * 10), cls: wTens}
		numWords[tensOrd[v]] = numWord{v: int64(v * 10), cls: wTens, ord: true}
	}
	// Common misspellings seen in hurried copy.
	numWords["fourty"] = numWord{v: 40, cls: wTens}
	numWords["ninty"] = numWord{v: 90, cls: wTens}
	numWords["hundred"] = numWord{v: 100, cls: wHundred}
	numWords["hundredth"] = numWord{v: 100, cls: wHundred, ord: true}
	for w, v := range map[string]int64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12} {
		numWords[w] = numWord{v: v, cls: wMult}
		numWords[w+"th"] = numWord{v: v, cls: wMult, ord: true}
	}
	numWords["dozen"] = numWord{v: 12, cls: wDozen}
	for w, d := range map[string]int64{"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5,
		"sixths": 6, "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10, "hundredths": 100} {
		numWords[w] = numWord{v: d, den: true}
	}
	return numWords
}

// fracDen gives the denominator of a singular fraction noun after "a" or
// "one": "a third of", "one quarter", "a half".
var fracDen = map[string]int64{
	"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// reading is the documented interpretation of a vague quantity; see the
// table in doc.go, which must agree with this one (TestVagueTable checks).
type reading struct{ value, low, high int }

// vagueReadings are the readings of vague words, keyed by a canonical
// phrase. Plural multipliers ("dozens") combine: "tens of thousands",
// "several hundred".
var vagueReadings = map[string]reading{
	"a couple":          {2, 2, 3},
	"a few":             {3, 3, 6},
	"quite a few":       {5, 5, Unbounded},
	"a handful":         {3, 3, 6},
	"several":           {3, 3, 9},
	"a number":          {3, 3, Unbounded},
	"a small number":    {2, 2, 9},
	"a large number":    {10, 10, Unbounded},
	"an unknown number": {1, 1, Unbounded},
	"some":              {2, 2, Unbounded},
	"multiple":          {2, 2, Unbounded},
	"many":              {10, 10, Unbounded},
	"numerous":          {10, 10, Unbounded},
	"countless":         {10, 10, Unbounded},
	"a lot":             {10, 10, Unbounded},
	"tens":              {10, 10, 99},
	"dozens":            {12, 12, 99},
	"scores":            {20, 20, 99},
	"hundreds":          {100, 100, 999},
	"thousands":         {1000, 1000, 9999},
	"tens of thousands": {10000, 10000, 99999},
	"millions":          {1000000, 1000000, 9999999},
	"billions":          {1000000000, 1000000000, Unbounded},
}

// pluralMult are the plural multiplier words that make a vague quantity on
// their own ("dozens") and combine with "of" and a larger one ("tens of
// thousands").
var pluralMult = map[string]int{
	"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
	"millions": 1000000, "billions": 1000000000,
}

// singularMult are the multipliers a vague word can scale ("several
// hundred", "a few dozen").
var singularMult = map[string]int{"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

// adjNumber are the adjectives of "a large number of": each maps to the
// reading it gives.
var adjNumber = map[string]string{
	"large": "a large number", "great": "a large number", "huge": "a large number", "significant": "a large number",
	"substantial": "a large number", "considerable": "a large number", "big": "a large number", "growing": "a number",
	"small": "a small number", "limited": "a small number", "unknown": "an unknown number",
	"undisclosed": "an unknown number", "unspecified": "an unknown number", "undetermined": "an unknown number",
	"untold": "an unknown number", "uncertain": "an unknown number", "unconfirmed": "an unknown number",
}

// qualPhrase is a qualifier as written and its normalised form.
type qualPhrase struct {
	words []string
	norm  string
}

// qualifiers, keyed by their last word so that the scanner can match them
// backwards from a number. Longer phrases come first, so that "no more
// than" wins over "more than". Each phrase maps to its normalised form;
// the package doc lists them.
var qualifiers = buildQualifiers()

func buildQualifiers() map[string][]qualPhrase {
	qualifiers := map[string][]qualPhrase{}
	add := func(norm string, phrases ...string) {
		for _, p := range phrases {
			ws := strings.Fields(p)
			last := ws[len(ws)-1]
			qualifiers[last] = append(qualifiers[last], qualPhrase{ws, norm})
		}
	}
	add("at least", "at least", "a minimum of")
	add("no fewer than", "no fewer than", "not fewer than", "no less than", "not less than")
	add("at most", "at most", "a maximum of", "no more than", "not more than", "up to a maximum of")
	add("more than", "more than", "upwards of", "in excess of", "well above", "well in excess of",
		"more then", "greater than")
	add("over", "over", "just over", "just above", "above", "well over")
	add("fewer than", "fewer than")
	add("less than", "less than", "under", "just under", "below", "just below", "well under")
	add("nearly", "nearly", "close to", "closer to", "nigh on", "just shy of")
	add("almost", "almost", "all but")
	add("about", "about")
	add("around", "around", "circa")
	add("approximately", "approximately", "approx")
	add("roughly", "roughly")
	add("some", "some")
	add("up to", "up to", "as much as")
	add("as many as", "as many as")
	add("as few as", "as few as")
	add("an estimated", "an estimated", "estimated", "an approximate")
	add("a total of", "a total of", "totalling", "totaling", "total of")
	add("only", "only", "merely", "a mere")
	add("just", "just")
	add("exactly", "exactly", "precisely", "a full", "fully")
	add("another", "another", "an additional", "a further", "an extra")
	add("between", "between", "somewhere between", "anywhere between", "anywhere from", "somewhere from")
	for _, ps := range qualifiers {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	return qualifiers
}

// unit is what a word after a number makes of it.
type unit struct {
	kind Kind
	name string
}

// units are the words that make a number a Measure, Money or Fraction.
// "pounds" is decided in context (money or weight), "second" and "m" too.
var units = buildUnits()

func buildUnits() map[string]unit {
	units := map[string]unit{}
	m := func(kind Kind, name string, words ...string) {
		for _, w := range words {
			units[w] = unit{kind, name}
		}
	}
	m(Measure, "second", "second", "seconds", "sec", "secs")
	m(Measure, "minute", "minute", "minutes", "min", "mins")
	m(Measure, "hour", "hour", "hours", "hr", "hrs")
	m(Measure, "day", "day", "days")
	m(Measure, "night", "night", "nights")
	m(Measure, "week", "week", "weeks", "wk", "wks")
	m(Measure, "weekend", "weekends")
	m(Measure, "month", "month", "months")
	m(Measure, "year", "year", "years", "yr", "yrs")
	m(Measure, "decade", "decade", "decades")
	m(Measure, "century", "century", "centuries")
	m(Measure, "mile", "mile", "miles", "mi")
	m(Measure, "km", "kilometre", "kilometres", "kilometer", "kilometers", "km", "kms", "klicks")
	m(Measure, "m", "metre", "metres", "meter", "meters")
	m(Measure, "cm", "centimetre", "centimetres", "centimeter", "centimeters", "cm")
	m(Measure, "ft", "foot", "feet", "ft")
	m(Measure, "in", "inch", "inches")
	m(Measure, "yd", "yard", "yards", "yd", "yds")
	m(Measure, "lb", "lb", "lbs")
	m(Measure, "kg", "kilogram", "kilograms", "kilo", "kilos", "kg", "kgs")
	m(Measure, "g", "gram", "grams", "gramme", "grammes")
	m(Measure, "t", "ton", "tons", "tonne", "tonnes")
	m(Measure, "oz", "ounce", "ounces", "oz")
	m(Measure, "acre", "acre", "acres")
	m(Measure, "ha", "hectare", "hectares")
	m(Measure, "sq", "square")
	m(Measure, "gal", "gallon", "gallons")
	m(Measure, "l", "litre", "litres", "liter", "liters")
	m(Measure, "degree", "degree", "degrees")
	m(Measure, "mph", "mph")
	m(Measure, "km/h", "kph", "kmh")
	m(Measure, "knot", "knot", "knots")
	m(Measure, "block", "blocks")
	m(Measure, "times", "times", "fold")
	m(Identifier, "mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters", "caliber", "calibre",
		"gauge", "cal")
	m(Fraction, "percent", "percent", "pct", "percentage")
	m(Money, "dollar", "dollar", "dollars", "bucks", "usd")
	m(Money, "cent", "cent", "cents")
	m(Money, "euro", "euro", "euros", "eur")
	m(Money, "pound", "sterling", "gbp", "quid")
	m(Money, "dinar", "dinar", "dinars")
	m(Money, "rupee", "rupee", "rupees")
	m(Money, "naira", "naira")
	m(Money, "shilling", "shilling", "shillings")
	m(Money, "rand", "rand")
	m(Money, "yuan", "yuan", "renminbi")
	m(Money, "yen", "yen")
	m(Money, "riyal", "riyal", "riyals", "rial", "rials")
	m(Money, "lira", "lira", "liras", "lire")
	m(Money, "peso", "peso", "pesos")
	m(Money, "franc", "franc", "francs")
	m(Money, "birr", "birr")
	m(Money, "afghani", "afghani", "afghanis")
	m(Money, "ruble", "ruble", "rubles", "rouble", "roubles")
	m(Money, "hryvnia", "hryvnia", "hryvnias")
	m(Money, "dirham", "dirham", "dirhams")
	m(Money, "taka", "taka")
	m(Money, "kwacha", "kwacha")
	m(Money, "cedi", "cedi", "cedis")
	m(Money, "real", "reais")
	return units
}

// gluedUnits are the abbreviations that make a Measure or an Identifier
// when written against the digits: "12ft", "9mm", "10km".
var gluedUnits = map[string]unit{
	"ft": {Measure, "ft"}, "km": {Measure, "km"}, "kms": {Measure, "km"}, "mi": {Measure, "mile"},
	"m": {Measure, "m"}, "cm": {Measure, "cm"}, "in": {Measure, "in"}, "yd": {Measure, "yd"},
	"yds": {Measure, "yd"}, "kg": {Measure, "kg"}, "kgs": {Measure, "kg"}, "lb": {Measure, "lb"},
	"lbs": {Measure, "lb"}, "g": {Measure, "g"}, "t": {Measure, "t"}, "oz": {Measure, "oz"},
	"mph": {Measure, "mph"}, "kph": {Measure, "km/h"}, "kmh": {Measure, "km/h"}, "h": {Measure, "hour"},
	"hr": {Measure, "hour"}, "hrs": {Measure, "hour"}, "min": {Measure, "minute"}, "mins": {Measure, "minute"},
	"sec": {Measure, "second"}, "secs": {Measure, "second"}, "x": {Measure, "times"},
	"mm": {Identifier, "mm"}, "cal": {Identifier, "mm"}, "ga": {Identifier, "gauge"},
	"ha": {Measure, "ha"}, "kmph": {Measure, "km/h"},
}

// currencySign returns the symbol r as a string if it makes the number
// after it Money, or "". A switch, not a map: it runs on every
// punctuation mark.
func currencySign(r rune) string {
	switch r {
	case '$', '£', '€', '¥', '₹', '₦', '₩', '₽':
		return string(r)
	}
	return ""
}

// currencyCodes are the codes written before an amount: "USD 5,000".
var currencyCodes = map[string]string{"usd": "dollar", "eur": "euro", "gbp": "pound", "us": "$", "a": "$",
	"c": "$", "nz": "$", "hk": "$", "s": "$", "r": "rand", "rs": "rupee", "inr": "rupee", "ngn": "naira"}

// ageUnits are the units of "13-year-old", "6-month-old".
var ageUnits = map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "day": "day", "days": "day",
}

// months maps month names and their abbreviations to their number. They
// count only when capitalised: "may" and "march" are common words.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// streetSuffixes end a street address: "5126 Clinton Drive".
var streetSuffixes = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "av": true, "road": true, "rd": true,
	"drive": true, "dr": true, "boulevard": true, "blvd": true, "lane": true, "ln": true, "way": true,
	"court": true, "ct": true, "place": true, "pl": true, "highway": true, "hwy": true, "parkway": true,
	"pkwy": true, "circle": true, "cir": true, "terrace": true, "ter": true, "trail": true, "trl": true,
	"pike": true, "square": true, "sq": true, "loop": true, "crescent": true, "row": true, "alley": true,
	"plaza": true, "expressway": true, "expy": true, "freeway": true, "fwy": true, "turnpike": true,
	"tpke": true, "pkway": true,
}

// streetAbbrevs are the suffixes written with a period that belongs to
// them ("St.", "Ave."), so the period joins the address span.
var streetAbbrevs = map[string]bool{
	"st": true, "ave": true, "av": true, "rd": true, "dr": true, "blvd": true, "ln": true, "ct": true,
	"pl": true, "hwy": true, "pkwy": true, "cir": true, "ter": true, "trl": true, "sq": true, "expy": true,
	"fwy": true, "tpke": true,
}

// streetStop are capitalised words that cannot be part of a street name
// between a number and its suffix; they keep title-case headlines such as
// "3 Shot On Main Street" from reading as addresses.
var streetStop = map[string]bool{
	"on": true, "in": true, "at": true, "near": true, "off": true, "along": true, "of": true,
	"the": true, "and": true, "or": true, "for": true, "to": true, "from": true, "by": true,
	"with": true, "after": true, "before": true, "dead": true, "killed": true, "shot": true,
	"hurt": true, "injured": true, "wounded": true, "die": true, "dies": true, "died": true,
	"arrested": true, "charged": true, "found": true, "people": true, "men": true, "women": true,
	"children": true, "kids": true, "teens": true, "students": true, "officers": true,
	"victims": true, "suspects": true, "homes": true, "houses": true, "cars": true, "are": true,
	"is": true, "was": true, "were": true, "fatal": true, "shooting": true, "shootings": true,
	"stabbing": true, "crash": true, "fire": true, "more": true, "than": true, "over": true,
	"who": true, "police": true, "say": true, "says": true, "said": true, "as": true, "into": true,
	"inside": true, "outside": true, "across": true, "behind": true, "left": true, "taken": true,
}

// directions may stand between a house number and a street name: "1100 N.
// Main St.", "200 West 34th Street".
var directions = map[string]bool{
	"n": true, "s": true, "e": true, "w": true, "ne": true, "nw": true, "se": true, "sw": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true,
}

// addressWords are capitalised words followed by a unit number: "Suite 200".
var addressWords = map[string]bool{
	"suite": true, "ste": true, "apartment": true, "apt": true, "unit": true, "room": true, "rm": true,
	"lot": true, "building": true, "bldg": true, "box": true, "floor": true, "flat": true, "space": true,
}

// routeWords are capitalised words followed by a route number: "Route 9".
var routeWords = map[string]bool{
	"interstate": true, "route": true, "highway": true, "hwy": true, "rte": true, "exit": true,
	"freeway": true, "motorway": true, "loop": true, "spur": true, "marker": true, "junction": true,
	"beltway": true, "bypass": true, "parkway": true, "pkwy": true,
}

// routeCodes are the upper-case prefixes of route numbers: "US 31", "SR
// 37", "IN 931", "I-95". The two-letter postal codes of the states count
// too; see stateCodes.
var routeCodes = map[string]bool{
	"i": true, "us": true, "sr": true, "cr": true, "sh": true, "fm": true, "rr": true, "ih": true,
	"hwy": true, "rt": true,
}

var stateCodes = map[string]bool{
	"al": true, "ak": true, "az": true, "ar": true, "ca": true, "co": true, "ct": true, "de": true,
	"fl": true, "ga": true, "hi": true, "id": true, "il": true, "in": true, "ia": true, "ks": true,
	"ky": true, "la": true, "me": true, "md": true, "ma": true, "mi": true, "mn": true, "ms": true,
	"mo": true, "mt": true, "ne": true, "nv": true, "nh": true, "nj": true, "nm": true, "ny": true,
	"nc": true, "nd": true, "oh": true, "ok": true, "or": true, "pa": true, "ri": true, "sc": true,
	"sd": true, "tn": true, "tx": true, "ut": true, "vt": true, "va": true, "wa": true, "wv": true,
	"wi": true, "wy": true,
}

// identWords are capitalised words followed by a number that names rather
// than counts: "Flight 370", "Channel 4", "Signal 88", "Fox 59".
var identWords = map[string]bool{
	"flight": true, "channel": true, "gate": true, "terminal": true, "platform": true, "precinct": true,
	"district": true, "ward": true, "zone": true, "sector": true, "section": true, "article": true,
	"chapter": true, "title": true, "resolution": true, "proposition": true, "prop": true,
	"amendment": true, "engine": true, "ladder": true, "squad": true, "battalion": true, "car": true,
	"bus": true, "line": true, "train": true, "pier": true, "camp": true, "phase": true, "level": true,
	"grade": true, "class": true, "category": true, "type": true, "model": true, "version": true,
	"episode": true, "season": true, "volume": true, "vol": true, "page": true, "figure": true,
	"table": true, "code": true, "number": true, "signal": true, "fox": true, "cbs": true, "nbc": true,
	"abc": true, "cw": true, "pbs": true, "news": true, "wave": true, "local": true, "bowl": true,
	"apollo": true, "division": true, "brigade": true, "regiment": true, "corps": true, "fleet": true,
	"station": true, "beat": true, "patrol": true, "post": true, "block": true, "tower": true,
	"hall": true, "nr": true, "ext": true, "extension": true, "ch": true, "radio": true, "tv": true,
	"covid": true, "image": true, "photo": true, "picture": true, "slide": true, "gallery": true,
	"part": true, "item": true, "act": true, "rule": true, "paragraph": true, "clause": true,
	"appendix": true, "exhibit": true, "air": true, "sky": true, "metro": true,
}

// countNouns are the nouns (and verbs) that follow a count of people or
// things, so that "2013 people" or "some 2000 were" is a count; any other
// word keeps a four-digit number a year ("the 2015 totals", "2013 attack").
var countNouns = map[string]bool{
	"people": true, "persons": true, "men": true, "women": true, "children": true, "kids": true,
	"police": true, "personnel": true, "staff": true, "troops": true, "soldiers": true,
	"fighters": true, "militants": true, "rebels": true, "insurgents": true, "officers": true,
	"civilians": true, "residents": true, "protesters": true, "protestors": true,
	"demonstrators": true, "refugees": true, "families": true, "homes": true, "houses": true,
	"buildings": true, "students": true, "workers": true, "prisoners": true, "detainees": true,
	"inmates": true, "victims": true, "deaths": true, "casualties": true, "fatalities": true,
	"dead": true, "injured": true, "wounded": true, "killed": true, "injuries": true, "bodies": true,
	"members": true, "supporters": true, "followers": true, "migrants": true, "villagers": true,
	"passengers": true, "rounds": true, "shots": true, "bullets": true, "guns": true, "weapons": true,
	"vehicles": true, "cars": true, "arrests": true, "others": true, "more": true, "were": true,
	"died": true, "have": true, "had": true, "are": true, "troopers": true, "agents": true,
	"guards": true, "votes": true, "voters": true, "pupils": true, "patients": true, "cases": true,
}

// notPlural are words ending in s that are not plural nouns.
var notPlural = map[string]bool{
	"was": true, "has": true, "does": true, "its": true, "this": true, "his": true, "hers": true,
	"yours": true, "ours": true, "theirs": true, "always": true, "perhaps": true, "whereas": true,
	"towards": true, "besides": true, "afterwards": true, "sometimes": true, "across": true,
	"unless": true, "thus": true, "plus": true, "news": true, "series": true, "species": true,
	"alias": true, "bus": true, "gas": true, "as": true, "is": true, "us": true, "yes": true,
	"less": true, "nevertheless": true, "regardless": true, "upwards": true, "downwards": true,
	"backwards": true, "forwards": true, "nowadays": true, "olympics": true,
	"says": true, "goes": true, "comes": true, "makes": true, "takes": true,
	"sees": true, "saw": true, "marks": true, "becomes": true, "remains": true, "seems": true,
	"brings": true, "shows": true, "begins": true, "ends": true, "continues": true, "reads": true,
	"means": true, "gets": true, "puts": true, "lets": true, "sets": true, "hits": true, "runs": true,
	"gives": true, "keeps": true, "leaves": true, "tells": true, "looks": true,
	"stands": true, "calls": true, "plans": true, "opens": true, "turns": true, "starts": true,
}

// oneNotAfter are words before "one" that make it a pronoun: "no one", "the
// one", "each one", "loved one".
var oneNotAfter = map[string]bool{
	"no": true, "any": true, "every": true, "each": true, "the": true, "this": true, "that": true,
	"which": true, "another": true, "such": true, "loved": true, "little": true, "young": true,
	"last": true, "next": true, "big": true, "right": true, "wrong": true, "same": true, "other": true,
	"someone": true, "everyone": true, "anyone": true, "special": true, "new": true,
	"old": true, "good": true, "bad": true, "lucky": true, "first": true, "latest": true, "a": true,
	"an": true, "our": true, "his": true, "her": true, "their": true, "my": true, "your": true,
	"its": true, "whichever": true, "what": true,
}

// oneNotBefore are words after "one" that make it a pronoun or part of an
// idiom: "one of the victims", "one another", "one day", "one who".
var oneNotBefore = map[string]bool{
	"of": true, "another": true, "day": true, "night": true, "morning": true, "afternoon": true,
	"evening": true, "time": true, "way": true, "point": true, "thing": true, "who": true, "that": true,
	"which": true, "whose": true, "whom": true, "where": true, "by": true, "after": true, "hand": true,
	"side": true, "else": true, "must": true, "should": true, "could": true, "would": true, "can": true,
	"might": true, "may": true, "will": true, "does": true, "did": true, "thing's": true,
	"knows": true, "another's": true, "mind": true, "piece": true, "stop": true,
	"too": true, "here": true, "there": true, "such": true, "way's": true, "end": true,
	"direction": true, "word": true, "level": true, "step": true, "sense": true, "version": true,
}

// personNouns are the nouns after which ", 19," is an age, as after a
// name: "the victim, 19,", "two children, 11 and 14,".
var personNouns = map[string]bool{
	"victim": true, "man": true, "woman": true, "boy": true, "girl": true, "son": true, "daughter": true,
	"father": true, "mother": true, "brother": true, "sister": true, "wife": true, "husband": true,
	"suspect": true, "driver": true, "gunman": true, "shooter": true, "teen": true, "teenager": true,
	"friend": true, "girlfriend": true, "boyfriend": true, "officer": true, "resident": true, "child": true,
	"toddler": true, "baby": true, "infant": true, "student": true, "passenger": true, "pedestrian": true,
	"deputy": true, "trooper": true, "soldier": true, "grandmother": true, "grandfather": true,
	"nephew": true, "niece": true, "cousin": true, "uncle": true, "aunt": true, "neighbor": true,
	"neighbour": true, "roommate": true, "partner": true, "fiancé": true, "fiancée": true, "fiance": true,
	"fiancee": true, "mom": true, "dad": true, "grandson": true, "granddaughter": true, "stepson": true,
	"stepdaughter": true, "stepfather": true, "stepmother": true, "owner": true, "clerk": true,
	"employee": true, "worker": true, "relative": true,
	// plurals, for "two children, 11 and 14,"
	"victims": true, "men": true, "women": true, "boys": true, "girls": true, "sons": true,
	"daughters": true, "brothers": true, "sisters": true, "children": true, "kids": true, "teens": true,
	"teenagers": true, "suspects": true, "friends": true, "siblings": true, "twins": true,
	"grandchildren": true, "students": true, "officers": true, "adults": true, "cousins": true,
}

// sentenceWords are capitalised words that start sentences or clauses and
// are not names, so ", 33," after them is not an age: "In January, 33
// people ...".
var sentenceWords = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "since": true, "of": true,
	"and": true, "but": true, "however": true, "meanwhile": true, "also": true, "then": true,
	"today": true, "yesterday": true, "overall": true, "altogether": true, "total": true, "so": true,
	"now": true, "still": true, "later": true, "earlier": true, "afterward": true, "afterwards": true,
	"instead": true, "otherwise": true, "still,": true, "officials": true, "police": true, "there": true,
	"here": true, "previously": true, "again": true, "thus": true, "therefore": true, "besides": true,
	"finally": true, "first": true, "second": true, "third": true, "last": true, "additionally": true,
	"furthermore": true, "moreover": true, "nationwide": true, "worldwide": true, "tonight": true,
	"this": true, "that": true, "these": true, "those": true, "it": true, "they": true, "we": true,
	"he": true, "she": true, "i": true, "you": true, "all": true, "both": true, "some": true,
	"many": true, "several": true, "among": true, "including": true, "according": true,
}

// changeVerbs before "from X to Y" make X and Y two figures, a revision
// ("the toll rose from 44 to 52"), not a range.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "rising": true, "increased": true,
	"increase": true, "increases": true, "increasing": true, "climbed": true, "climb": true,
	"climbs": true, "climbing": true, "jumped": true, "jump": true, "jumps": true, "went": true,
	"gone": true, "going": true, "grew": true, "grown": true, "grows": true, "revised": true,
	"raised": true, "soared": true, "doubled": true, "tripled": true, "fell": true, "fallen": true,
	"falls": true, "dropped": true, "drops": true, "decreased": true, "lowered": true, "reduced": true,
	"up": true, "down": true, "upgraded": true, "downgraded": true, "changed": true, "moved": true,
	"spiked": true, "surged": true, "swelled": true, "ballooned": true, "mounted": true,
}

// yearPreps are words before a qualifier that keep a four-digit number a
// year: "since around 2010", "in about 2005".
// yearOnlyPreps before a four-digit number in 1900–2100 make it a year
// whatever follows: "in 2001 killed 13". Not "to" or "of": "rose to 2000
// killed".
var yearOnlyPreps = map[string]bool{"in": true, "since": true, "during": true, "until": true, "before": true, "after": true, "circa": true}

var yearPreps = map[string]bool{
	"in": true, "since": true, "by": true, "during": true, "from": true, "until": true, "till": true,
	"before": true, "after": true, "through": true, "to": true, "of": true, "circa": true, "between": true,
}

// clockPreps are words before a bare "4.45" that make it a time of day.
var clockPreps = map[string]bool{
	"at": true, "until": true, "till": true, "by": true, "from": true, "before": true, "after": true,
	"around": true, "about": true, "since": true,
}

// emergencyCtx are words around 999 and 112 that make them a phone number
// to call, not a count: "a 999 call", "dialled 112".
var emergencyCtx = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true, "caller": true, "callers": true,
	"dial": true, "dialed": true, "dialled": true, "dialing": true, "dialling": true,
	"operator": true, "operators": true, "dispatcher": true, "dispatchers": true, "line": true,
	"emergency": true, "system": true, "center": true, "centre": true,
}
