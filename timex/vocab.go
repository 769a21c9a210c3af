package timex

import "strings"

// entry is what the matchers need to know about one lower-case word. A word
// can play several parts: "may" is a month, "st" an ordinal suffix and a
// street, "second" an ordinal.
type entry struct {
	key    string
	month  int8 // 1–12
	mAbbr  bool // "sept", "apr"
	mAmbig bool // "may", "march", "mar", "jan": also an ordinary word or a name
	wday   int8 // weekday + 1
	wAbbr  bool // "fri", "sun"
	ord    int8 // ordinal words: first 1 … thirtieth 30
	card   int8 // cardinal words: a, an, one 1 … thirty 30
	unit   int8 // days in a unit: day 1, week 7, fortnight 14; uMonth, uYear
	part   string
	season string
	flags  uint32
}

// Units beyond days.
const (
	uMonth int8 = -1
	uYear  int8 = -2
)

// Word flags.
const (
	fNoun      uint32 = 1 << iota // a counted noun: "2000 people" is no year
	fTZ                           // a time zone, upper case after a clock
	fStreet                       // a street suffix: "2000 Main Street" is no year
	fPaper                        // a newspaper word: "Sunday Times" is no date
	fYearTrig                     // a year may follow: "in 2011"
	fDet                          // a determiner: "the 2013 attack"
	fMonthTrig                    // a month alone may follow: "in April"
	fMonthWeak                    // a month alone may follow if no capitalised word comes next: "by April" but not "by April Smith"
	fClockPrep                    // a 24-hour clock may follow: "at 05:00"
	fEventDay                     // names an event with a weekday: "Bloody Sunday"
	fWdayTrig                     // a lower-case weekday may follow: "on sunday"
	fPrep                         // a preposition before a holiday or dawn: "on Christmas", "before dawn"
	fHead                         // may begin an expression on its own: "Sunday", "today", "noon"
	fLead                         // may begin one only before a number or another vocabulary word: "the", "last", "around"
	fVerbObj                      // may follow a verb, not a counted noun: "in 2013 killed dozens"
	fOrg                          // names an organisation or place after a date: "the March 14 Alliance"
)

// maxVocab is the longest word in the vocabulary.
const maxVocab = 16

// vocab maps a lower-case word to its index in entries; index 0 is no
// entry, so tokens can hold a small integer instead of a pointer.
var (
	vocab   = map[string]uint16{}
	entries = make([]entry, 1, 512)
	// vocabShape[n][f] has bit l set when some word of n letters that
	// begins with letter f and ends with letter l is in vocab.
	vocabShape [maxVocab + 1][26]uint32
)

// add returns the entry for word, creating it.
func add(word string) *entry {
	i := vocab[word]
	if i == 0 {
		if len(word) > maxVocab {
			panic("timex: vocabulary word too long: " + word)
		}
		entries = append(entries, entry{key: word})
		vocabShape[len(word)][word[0]-'a'] |= 1 << (word[len(word)-1] - 'a')
		i = uint16(len(entries) - 1)
		vocab[word] = i
	}
	return &entries[i]
}

// flag sets f on each word of a space-separated list.
func flag(f uint32, words string) {
	for _, w := range strings.Fields(words) {
		add(w).flags |= f
	}
}

// countNouns are the nouns after which a four-digit number is a count, an
// amount or a size, not a year. The list is deliberately broad: a missed
// year costs less than a count read as a year.
const countNouns = `people persons person members member residents resident troops troop
soldiers soldier men women children kids boys girls babies civilians fighters militants rebels
insurgents gunmen guerrillas police policemen officers officials students pupils refugees
families households homes houses buildings apartments deaths dead killed injured wounded
casualties victims bodies protesters protestors demonstrators marchers prisoners detainees
inmates workers employees staff volunteers votes voters supporters followers patients doctors
nurses dollars euros pounds rupees dinars yuan riyals shekels naira rand francs km kilometers
kilometres miles meters metres feet foot yards acres hectares tons tonnes kg kilograms grams
rounds rockets missiles shells bullets cartridges guns weapons rifles bombs mines cases units
vehicles cars trucks tanks aircraft planes jobs seats beds copies pages words calories block
blocks strong odd plus percent per times signatures hours hrs hr minutes
seconds days weeks months years fans spectators pilgrims worshippers migrants asylum
displaced homeless prisoners hostages captives miners passengers respondents
participants delegates candidates applicants ballots entries`

const streetWords = `street st avenue ave road rd drive dr boulevard blvd lane ln way court ct
place pl highway hwy parkway pkwy circle cir terrace trail square sq route alley crescent close`

func init() {
	for w, m := range monthNames {
		e := add(w)
		e.month = int8(m)
		e.mAbbr = len(w) <= 4 && w != "june" && w != "july" && w != "may"
	}
	for _, w := range []string{"may", "march", "mar", "jan", "june", "april", "august"} {
		add(w).mAmbig = true
	}
	for w, d := range weekdayNames {
		e := add(w)
		e.wday = int8(d) + 1
		e.wAbbr = !strings.HasSuffix(w, "day")
	}
	ords := strings.Fields(`first second third fourth fifth sixth seventh eighth ninth tenth
		eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
		nineteenth twentieth`)
	for i, w := range ords {
		add(w).ord = int8(i + 1)
	}
	add("thirtieth").ord = 30
	cards := strings.Fields("one two three four five six seven eight nine ten eleven twelve")
	for i, w := range cards {
		add(w).card = int8(i + 1)
	}
	add("a").card = 1
	add("an").card = 1
	add("fifteen").card = 15
	add("twenty").card = 20
	add("thirty").card = 30
	for w, u := range map[string]int8{"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14,
		"month": uMonth, "months": uMonth, "year": uYear, "years": uYear} {
		add(w).unit = u
	}
	for w, p := range map[string]string{"morning": "morning", "afternoon": "afternoon",
		"evening": "evening", "night": "night", "overnight": "night", "dawn": "dawn",
		"predawn": "dawn", "daybreak": "dawn", "sunrise": "dawn", "dusk": "dusk",
		"sunset": "dusk", "nightfall": "dusk", "hours": "hours", "nighttime": "night",
		"midmorning": "mid morning", "midafternoon": "mid afternoon"} {
		add(w).part = p
	}
	for w, s := range map[string]string{"spring": "spring", "summer": "summer",
		"autumn": "autumn", "fall": "autumn", "winter": "winter"} {
		add(w).season = s
	}
	flag(fNoun, countNouns)
	flag(fStreet, streetWords)
	flag(fTZ, `gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt akst hst bst cet cest eet
		eest wet west ist ast adt aest aedt awst jst kst pkt eat wat cat msk hkt sgt irst ict wib`)
	flag(fPaper, `times telegraph mirror express herald post independent mail star tribune people
		sport observer age record journal globe sun edition school schools service services mass
		league agreement accord football rising uprising island islands offensive massacre
		sale sales`)
	flag(fYearTrig, `in since of by until till til during from before after through throughout
		between for early late mid year circa copyright`)
	flag(fDet, `the a an this that its his her their our whose each`)
	flag(fMonthTrig, `in since during until till til through throughout early late mid last
		this next of into`)
	flag(fMonthWeak, `by from before after for to`)
	flag(fClockPrep, `at around about approximately approx by from until till til to before after
		since between and roughly nearly circa`)
	flag(fEventDay, `bloody black super cyber ash palm holy maundy good easter shrove giving fat
		manic blue`)
	flag(fWdayTrig, `on last this next early late by since until till before after from`)
	flag(fPrep, `on at over since before after until till by during around about last this next
		from through throughout`)
	// Words the matchers compare by key.
	for _, w := range strings.Fields(`today tonight tonite yesterday tomorrow overnight ago
		previous preceding following same earlier later prior previously afterwards afterward
		before after eve christmas xmas new halloween valentine valentines thanksgiving
		independence boxing memorial labor labour veterans veteran easter good friday monday sunday
		father fathers mother mothers local time o clock am pm p m st nd rd th noon midnight midday wee small us u s american
		america usa show programme program couple weekend weekends hours the that this last next
		past on at in of over during just shortly soon right immediately well sometime some
		around about approximately approx roughly nearly almost circa since until till by pre
		mid early late live h hrs hr z t eid fourth july will shall scheduled planned planning plans
		slated expected upcoming due set won ll`) {
		add(w)
	}
	flag(fVerbObj, `dozens hundreds thousands scores at more some about nearly over almost the a
		an his her their its several many two three four five six seven eight nine ten one`)
	flag(fOrg, `alliance movement coalition group bridge square street road avenue university
		stadium party brigade brigades revolution front bloc memorial museum hospital school
		council youth`)
	// Which words can begin an expression, so Find can skip the rest
	// without trying any matcher.
	flag(fHead, `today tonight tonite yesterday tomorrow overnight noon midnight midday christmas
		xmas halloween thanksgiving easter pre mid approx father fathers mother mothers`)
	flag(fLead, `the that this last next a an at on over during through throughout early late
		earlier later just shortly soon right immediately well sometime till til around about
		approximately roughly nearly almost circa before after since until by past new valentine
		valentines independence boxing memorial labor labour veterans veteran good twenty thirty
		wee small`)
	for i := range entries {
		e := &entries[i]
		if e.month > 0 || e.wday > 0 || e.part != "" || e.season != "" {
			e.flags |= fHead
		}
		if e.card > 0 || e.ord > 0 {
			e.flags |= fLead
		}
	}
}
