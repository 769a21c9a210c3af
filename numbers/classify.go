package numbers

import "math"

// qualBefore finds a qualifier ending just before token i ("at least",
// "nearly", "approx.") and returns its first token and normalised form, or
// -1 and "".
func (s *scanner) qualBefore(i int) (int, string) {
	k := i - 1
	if k < s.used || i >= len(s.toks) || s.toks[i].brk {
		return -1, ""
	}
	t := &s.toks[k]
	if t.kind == tPunct {
		if t.r == '.' && t.glued && k-1 >= s.used && !t.brk {
			switch s.lo(k - 1) {
			case "approx", "apprx":
				return k - 1, "approximately"
			case "c", "ca", "circa":
				return k - 1, "around"
			case "est":
				return k - 1, "an estimated"
			}
		}
		return -1, ""
	}
	if t.kind != tWord {
		return -1, ""
	}
	for _, p := range qualifiers[s.tlo(t)] {
		m := len(p.words)
		st := k - m + 1
		if st < s.used {
			continue
		}
		ok := true
		for x := 0; x < m; x++ {
			u := &s.toks[st+x]
			if u.kind != tWord || s.tlo(u) != p.words[x] || x > 0 && (u.brk || u.glued) {
				ok = false
				break
			}
		}
		if ok {
			return st, p.norm
		}
	}
	return -1, ""
}

// multiplierOf returns the multiplier a token ends with, for ranges that
// share one: "two to three million".
func (s *scanner) multiplierOf(k int) float64 {
	switch s.word(k) {
	case "dozen":
		return 12
	case "hundred":
		return 100
	case "thousand", "k":
		return 1e3
	case "million", "mn", "mln", "m":
		return 1e6
	case "billion", "bn", "bln", "b":
		return 1e9
	case "trillion", "tn":
		return 1e12
	}
	return 0
}

// rangeAfter extends c over a second number that makes it a range: "40 to
// 50", "40-50", "one or two", "between 40 and 50", "2013-14", "$5 to $10".
// A lower second number after a hyphen makes a score ("3-2"), an
// identifier.
func (s *scanner) rangeAfter(c *core, qi int, qual string) {
	k := c.j
	if !s.near(k) {
		return
	}
	conn := ""
	switch {
	case s.punct(k) == '-' && s.glued(k) && s.glued(k+1):
		conn = "-"
	case s.punct(k) == '–':
		conn = "-"
	default:
		switch w := s.spacedWord(k); w {
		case "to", "or", "through", "thru":
			conn = w
		case "and":
			if qual == "between" {
				conn = w
			}
		}
	}
	if conn == "" {
		return
	}
	k2 := k + 1
	if currencySign(s.punct(k2)) != "" && c.money != "" && s.near(k2) {
		k2++
	}
	if !s.near(k2) {
		return
	}
	var c2 core
	ok := false
	switch {
	case s.isNum(k2):
		c2, ok = s.digitCore(k2, c.money != "")
	case isNumberWord(s.word(k2)):
		c2, ok = s.wordCore(k2, false)
		ok = ok && c2.form == fWords
	}
	if !ok || conn == "-" && c.form != c2.form {
		return
	}
	if conn == "to" && s.prevWordAny(qi) == "from" && changeVerbs[s.prevWordAny(qi-1)] {
		return // "rose from 44 to 52": a revision, two figures
	}
	lo, hi := c.f, c2.f
	if c.form == fDigits && c.d.plain && c.d.nd == 4 && c2.form == fDigits && c2.d.plain && c2.d.nd == 2 &&
		c2.j == k2+1 && conn != "or" {
		hi = float64(int(lo)/100*100) + c2.f // "2013-14"
	}
	if m := s.multiplierOf(c2.j - 1); m > 0 && s.multiplierOf(c.j-1) == 0 && lo*m <= hi {
		lo *= m // "two to three million"
	}
	if hi <= lo {
		if conn == "-" && c.form == fDigits && c2.form == fDigits && c.d.plain && c2.d.plain {
			c.kind, c.kindOK = Identifier, true
			c.j = c2.j
		}
		return
	}
	c.rng = true
	c.lo, c.hi = lo, hi
	c.j = c2.j
}

// trailing reads a qualifier after the number: "20 or more", "50-plus",
// "a dozen or so", "20-odd", "12 more", "44 in all".
func (s *scanner) trailing(c *core) {
	k := c.j
	if !s.near(k) {
		return
	}
	set := func(norm string, end int) {
		if c.tq == "" {
			c.tq = norm
			c.tqSpan = s.span(k, end)
		}
		c.j = end
	}
	switch {
	case s.spacedWord(k) == "or":
		switch s.spacedWord(k + 1) {
		case "more", "greater", "above", "over", "higher":
			set("at least", k+2)
		case "so", "thereabouts", "about":
			set("about", k+2)
		case "fewer", "less", "under", "below":
			set("at most", k+2)
		}
	case s.punct(k) == '-' && s.glued(k) && s.glued(k+1):
		switch s.word(k + 1) {
		case "plus":
			set("at least", k+2)
		case "odd", "something", "ish":
			set("about", k+2)
		}
	case s.punct(k) == '+' && s.glued(k):
		set("at least", k+1)
	case s.spacedWord(k) == "plus" && !s.startsNumber(k+1):
		set("at least", k+1)
	case s.spacedWord(k) == "odd":
		set("about", k+1)
	case s.spacedWord(k) == "more" && s.spacedWord(k+1) != "than" && c.form != fOrdinal:
		set("another", k+1)
	case s.spacedWord(k) == "in" && (s.spacedWord(k+1) == "all" || s.spacedWord(k+1) == "total") && c.form != fOrdinal:
		set("a total of", k+2)
	}
}

// oneIsCount reports whether the bare word "one" at token i counts
// something, rather than being a pronoun or part of an idiom ("one of the
// victims", "no one", "one another", "one day", "the one who").
func (s *scanner) oneIsCount(i int, hasQual bool) bool {
	p := s.prevWordAny(i)
	if oneNotAfter[p] && !hasQual {
		return false
	}
	if p == "only" && s.prevWordAny(i-1) == "the" {
		return false
	}
	if s.punct(i+1) == '-' && s.glued(i+1) && s.glued(i+2) {
		w := s.word(i + 2)
		_, unit := units[w]
		return unit || ageUnits[w] != "" || isNumberWord(w)
	}
	nx := s.nextWord(i + 1)
	switch {
	case nx == "of":
		// "one of whom died" counts a person; "one of the reasons" does not.
		nn := s.nextWord(i + 2)
		return hasQual || nn == "whom" || nn == "them"
	case oneNotBefore[nx]:
		return false
	case nx == "and" && s.nextWord(i+2) != "a":
		return false
	case nx == "on" || nx == "to" && s.nextWord(i+2) == "one":
		return false
	}
	return true
}

// secondIsTime reports whether the bare word "second" at token i is a unit
// of time ("for a second", "a second later") rather than a rank ("a second
// man", "the second attack").
func (s *scanner) secondIsTime(i int) bool {
	switch s.prevWordAny(i) {
	case "a", "one", "split", "per", "every", "each", "half", "fraction":
	default:
		return false
	}
	k := i + 1
	if s.punct(k) == '-' && s.glued(k) {
		return false // "a second-degree burn"
	}
	if !s.near(k) || s.toks[k].kind != tWord {
		return true
	}
	switch s.lo(k) {
	case "later", "ago", "earlier", "longer", "before", "after", "or", "and", "too", "when", "while",
		"then", "in", "to", "of", "at", "so", "until", "till", "as", "there", "here", "now", "apart":
		return true
	}
	return false
}

// monthBefore reports whether a capitalised month name (or "Sept.") stands
// just before token k.
func (s *scanner) monthBefore(k int) bool {
	p := k - 1
	if s.punct(p) == '.' && s.glued(p) {
		p--
	}
	if p < 0 || p+1 >= len(s.toks) || s.toks[p+1].brk || s.toks[p].kind != tWord || !s.toks[p].cap {
		return false
	}
	_, ok := months[s.lo(p)]
	return ok
}

// monthAt reports whether token k is a capitalised month name in the same
// paragraph.
func (s *scanner) monthAt(k int) bool {
	if !s.near(k) || s.toks[k].kind != tWord || !s.toks[k].cap {
		return false
	}
	_, ok := months[s.lo(k)]
	return ok
}

// ageSuffix reads "year old", "-year-old", "years old", "month-old" at
// token k (the number's glued hyphen, if any, already skipped or not).
func (s *scanner) ageSuffix(k int) (end int, unit string, ok bool) {
	if s.punct(k) == '-' && s.near(k) {
		k++
	}
	u := ageUnits[s.nextWord(k)]
	if u == "" {
		return 0, "", false
	}
	k++
	if s.punct(k) == '-' && s.near(k) {
		k++
	}
	switch s.nextWord(k) {
	case "old", "olds", "old's":
		return k + 1, u, true
	}
	return 0, "", false
}

// timeAdjectives may stand between a number and a unit of time: "two full
// days", "12 consecutive hours".
var timeAdjectives = map[string]bool{
	"full": true, "long": true, "straight": true, "consecutive": true, "whole": true, "short": true,
	"additional": true, "extra": true, "entire": true, "separate": true, "different": true, "more": true,
	"further": true, "agonizing": true, "agonising": true, "tense": true, "harrowing": true,
}

// moneyVerbs before "pounds" make it money rather than weight.
var moneyVerbs = map[string]bool{
	"fined": true, "paid": true, "pay": true, "cost": true, "costs": true, "worth": true, "raised": true,
	"stole": true, "stolen": true, "reward": true, "compensation": true, "bail": true, "owed": true,
	"spent": true, "donated": true, "awarded": true, "earned": true,
}

// unitAt reads a unit word at token k: "6 hours", "460 miles", "40 per
// cent", "5 million dollars", "two full days".
func (s *scanner) unitAt(k, qi int) (u unit, end int, ok bool) {
	w := s.spacedWord(k)
	if w == "" {
		return u, k, false
	}
	switch w {
	case "per":
		if s.spacedWord(k+1) == "cent" {
			return unit{Fraction, "percent"}, k + 2, true
		}
		return u, k, false
	case "percentage":
		if s.spacedWord(k+1) == "points" || s.spacedWord(k+1) == "point" {
			return unit{Fraction, "percent"}, k + 2, true
		}
		return u, k, false
	case "square":
		if v, ok := units[s.spacedWord(k+1)]; ok && v.kind == Measure {
			return unit{Measure, "sq " + v.name}, k + 2, true
		}
		return u, k, false
	case "pound", "pounds":
		if s.spacedWord(k+1) == "sterling" || moneyVerbs[s.prevWordAny(qi)] {
			return unit{Money, "pound"}, k + 1, true
		}
		return unit{Measure, "lb"}, k + 1, true
	}
	if timeAdjectives[w] {
		if v, ok := units[s.spacedWord(k+1)]; ok && v.kind == Measure {
			switch v.name {
			case "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "times":
				return v, k + 2, true
			}
		}
		return u, k, false
	}
	if v, ok := units[w]; ok {
		return v, k + 1, true
	}
	return u, k, false
}

// street reads a street name after a house number at token k: "Clinton
// Drive", "N. Main St.", "West 34th Street", "southwest 119 Avenue", and
// without a suffix after an abbreviated direction: "561 N. Center". It
// returns the token after the address, or k.
func (s *scanner) street(k int) int {
	names, dirs := 0, 0
	abbrev := false // a direction written "N." or "SW"
	last := k       // the token after the last name read
	x := k
loop:
	for steps := 0; steps < 8 && s.near(x); steps++ {
		t := &s.toks[x]
		if steps == 0 && t.glued {
			return k
		}
		switch t.kind {
		case tWord:
			if streetSuffixes[s.tlo(t)] && names > 0 && t.cap {
				end := x + 1
				if s.punct(end) == '.' && s.glued(end) && streetAbbrevs[s.tlo(t)] {
					end++
				}
				return end
			}
			if directions[s.tlo(t)] && names == 0 {
				short := len(s.tlo(t)) <= 2
				if short && !t.upper && !(t.cap && len(s.tlo(t)) == 1) {
					break loop
				}
				x++
				if s.punct(x) == '.' && s.glued(x) {
					x++
					abbrev = abbrev || short
				} else if short && t.upper {
					abbrev = true
				}
				dirs++
				continue
			}
			if !t.cap || streetStop[s.tlo(t)] || names >= 4 {
				break loop
			}
			if _, ok := months[s.tlo(t)]; ok {
				break loop
			}
			names++
			x++
			if s.punct(x) == '.' && s.glued(x) && len(s.tlo(t)) <= 3 {
				x++ // "Jr.", "St." as in "St. Charles"
			}
			last = x
		case tNum:
			if !t.glued && s.glued(x+1) && isOrdSuffix(s.word(x+1)) {
				names++
				x += 2
				last = x
				continue
			}
			if dirs > 0 && !t.glued {
				names++
				x++
				last = x
				continue
			}
			break loop
		default:
			break loop
		}
	}
	if abbrev && names > 0 {
		return last
	}
	return k
}

func isOrdSuffix(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

// ordSuffixFits reports whether "st", "nd", "rd" or "th" fits the number:
// 1st, 2nd, 3rd, 11th, 21st.
func ordSuffixFits(w string, v int) bool {
	if !isOrdSuffix(w) {
		return false
	}
	if v%100 >= 11 && v%100 <= 13 {
		return w == "th"
	}
	switch v % 10 {
	case 1:
		return w == "st"
	case 2:
		return w == "nd"
	case 3:
		return w == "rd"
	}
	return w == "th"
}

// finish decides what the number c is, with its qualifier, range, unit and
// context, emits it and returns the token after it.
func (s *scanner) finish(c core) int {
	if c.pre < s.used || c.i < s.used {
		return c.j
	}
	qi, qual := s.qualBefore(c.pre)
	if qi < 0 {
		qi = c.pre
	}
	if c.form == fDigits || c.form == fWords {
		s.rangeAfter(&c, qi, qual)
	}
	if qual == "between" && !c.rng {
		qual, qi = "", c.pre
	}
	if c.one && !c.rng && !s.oneIsCount(c.i, qual != "") {
		return c.i + 1
	}
	numEnd := c.j
	if !c.kindOK {
		s.trailing(&c)
	}
	start := qi
	ageCompound := false
	if !c.kindOK {
		var ok bool
		start, ageCompound, ok = s.classify(&c, qi, qual)
		if !ok {
			return numEnd
		}
	}
	if start > qi {
		start = qi
	}
	q := Quantity{Kind: c.kind, Unit: c.unit, NumSpan: s.span(c.i, numEnd), Span: s.span(start, c.j)}
	switch {
	case c.form == fVague:
		q.Value, q.Low, q.High = c.r.value, c.r.low, c.r.high
	case c.kind == Fraction:
		q.Value = round(c.f)
		if c.rng {
			q.Value, q.Low, q.High = round(c.lo), round(c.lo), round(c.hi)
		}
	case c.rng:
		q.Value, q.Low, q.High = toInt(c.lo), toInt(c.lo), toInt(c.hi)
	default:
		q.Value = toInt(c.f)
	}
	switch {
	case qual != "":
		q.Qualifier, q.QualSpan = qual, s.span(qi, c.pre)
	case c.tq != "":
		q.Qualifier, q.QualSpan = c.tq, c.tqSpan
	case c.rng && !c.decade:
		q.Qualifier = "between"
	}
	j := s.emit(q, start, c.j)
	if c.ageCtx {
		s.ageList = j
	}
	if ageCompound {
		s.agesBefore()
	}
	return j
}

// agesBefore turns the plain numbers listed before a "-year-old" into ages:
// "the 13- and 15-year-olds", "aged 4, 6 and 9-year-old".
func (s *scanner) agesBefore() {
	last := len(s.out) - 1
	age := s.out[last]
	for k := last - 1; k >= 0; k-- {
		q := &s.out[k]
		if q.Kind != Cardinal || q.Qualifier != "" || q.Value > 120 || q.Value < 0 {
			return
		}
		// Only separators may stand between the two, and at least one must:
		// "two 7-year-olds" counts the children.
		seps := 0
		for x := s.outTok[k][1]; x < s.outTok[k+1][0]; x++ {
			t := &s.toks[x]
			switch {
			case t.kind == tPunct && (t.r == ',' || t.r == '&' || t.r == '–'):
				seps++
			case t.kind == tPunct && t.r == '-':
			case t.kind == tWord && (s.tlo(t) == "and" || s.tlo(t) == "or" || s.tlo(t) == "to"):
				seps++
			default:
				return
			}
		}
		if seps == 0 {
			return
		}
		q.Kind, q.Unit = Age, age.Unit
	}
}

// classify decides the kind of c from the words around it. It returns the
// first token of the quantity's span (which may include a word before the
// number, such as "aged"), whether it ends in a "-year-old" that may apply
// to numbers before it, and false when c is not a quantity after all.
func (s *scanner) classify(c *core, qi int, qual string) (start int, ageCompound, ok bool) {
	start = qi
	switch c.form {
	case fVague:
		k := c.j
		if c.ofEnd > 0 && c.tq == "" {
			k = c.ofEnd
		}
		if u, end, ok := s.unitAt(k, qi); ok && u.kind != Fraction {
			c.kind, c.unit, c.j = u.kind, u.name, end
			return start, false, true
		}
		c.kind = Vague
		if c.ofEnd > 0 && c.tq == "" {
			c.j = c.ofEnd
		}
		return start, false, true
	case fFraction:
		if u, end, ok := s.unitAt(c.j, qi); ok && u.kind == Measure {
			c.kind, c.unit, c.j = Measure, u.name, end
			c.f /= 100
			return start, false, true
		}
		c.kind = Fraction
		if s.spacedWord(c.j) == "of" {
			c.j++
		}
		return start, false, true
	case fOrdinal:
		return s.classifyOrdinal(c, qi), false, true
	}
	if c.money != "" {
		c.kind, c.unit = Money, c.money
		return start, false, true
	}
	d := c.d
	isDig := c.form == fDigits
	plain := isDig && d.plain && c.f == d.f // digits alone, no separator or multiplier
	e := c.j
	lastNum := s.isNum(e - 1)
	if plain && s.lo(c.i) == "911" {
		c.kind = Identifier // the emergency number: "a 911 call", "called 911"
		if s.punct(e) == '-' && s.glued(e) && s.glued(e+1) {
			c.j = s.identRun(e - 1)
		}
		return start, false, true
	}

	// Letters written against the digits: 7th, 5am, 12ft, 9mm, 1980s, 3D.
	if lastNum && c.tq == "" && s.glued(e) && s.toks[e].kind == tWord {
		w := s.lo(e)
		v := toInt(c.f)
		switch {
		case isOrdSuffix(w) && !c.rng && d.plain:
			if !ordSuffixFits(w, v) {
				c.kind, c.j = Identifier, e+1
				return start, false, true
			}
			c.form = fOrdinal
			c.j = e + 1
			return s.classifyOrdinal(c, qi), false, true
		case w == "am" || w == "pm" || w == "a" || w == "p":
			if end, pm, ok := s.ampm(e); ok {
				if s.clock(c, pm) {
					c.j = end
					return start, false, true
				}
			}
		case w == "s" && d.plain && !c.rng:
			return s.decade(c, qi, e), false, true
		case w == "yo" && d.plain && !c.rng && c.f <= 130:
			c.kind, c.unit, c.j = Age, "year", e+1 // "15yo"
			return start, false, true
		}
		if u, ok := gluedUnits[w]; ok {
			c.kind, c.unit, c.j = u.kind, u.name, e+1
			if u.kind == Identifier {
				c.j = s.identRun(e)
			}
			return start, false, true
		}
		c.kind = Identifier
		c.j = s.identRun(e)
		return start, false, true
	}
	if s.punct(e) == '%' && s.near(e) {
		c.kind, c.unit, c.j = Fraction, "", e+1
		if s.spacedWord(c.j) == "of" {
			c.j++
		}
		return start, false, true
	}
	// Compounds: "13-year-old", "12-hour", "two-story", "4400-block".
	if s.punct(e) == '-' && s.glued(e) && s.glued(e+1) && s.toks[e+1].kind == tWord && c.tq == "" {
		return s.compound(c, qi, e+1)
	}
	if end, u, ok := s.ageSuffix(e); ok {
		c.kind, c.unit, c.j = Age, u, end
		return start, true, true
	}
	if end, pm, ok := s.ampm(e); ok && s.clock(c, pm) {
		c.j = end
		return start, false, true
	}
	switch s.spacedWord(e) {
	case "o'clock":
		if c.f >= 1 && c.f <= 12 && c.f == math.Trunc(c.f) {
			c.kind, c.j = Clock, e+1
			c.f *= 100
			return start, false, true
		}
	case "noon", "midnight":
		if c.f == 12 && !c.rng {
			c.kind, c.j = Clock, e+1
			c.f = 1200
			if s.lo(e) == "midnight" {
				c.f = 0
			}
			return start, false, true
		}
	}
	if isDig && d.plain && !c.rng && (d.nd == 4 || d.nd == 3) {
		if end := s.zoneAfter(e); end > e && validHHMM(toInt(c.f)) {
			w := s.lo(e)
			if w != "hours" && w != "hrs" && w != "hr" || d.lead0 || clockPreps[s.prevWordAny(qi)] {
				c.kind, c.j = Clock, end
				return start, false, true
			}
		}
	}
	if u, end, ok := s.unitAt(e, qi); ok {
		c.kind, c.unit, c.j = u.kind, u.name, end
		if u.kind == Fraction && s.spacedWord(end) == "of" {
			c.j++
		}
		return start, false, true
	}
	if s.spacedWord(e) == "block" && isDig {
		c.kind, c.j = Address, e+1
		if s.spacedWord(e+1) == "of" {
			c.j++
		}
		return start, false, true
	}
	if isDig && d.plain && !c.rng && c.j == c.i+1 && c.f >= 1 {
		if end := s.street(e); end > e {
			c.kind, c.j = Address, end
			return start, false, true
		}
	}
	if plain && !c.rng && c.f >= 1 && c.f <= 31 && d.nd <= 2 && s.monthAt(e) {
		c.kind = Date
		return start, false, true
	}
	// "one in three", "2 in 10"
	if !c.rng && s.spacedWord(e) == "in" && c.f >= 1 {
		k := e + 1
		var c2 core
		ok := false
		if s.isNum(k) && s.near(k) {
			c2, ok = s.digitCore(k, false)
		} else if isNumberWord(s.spacedWord(k)) {
			c2, ok = s.wordCore(k, false)
			ok = ok && c2.form == fWords
		}
		if ok && c2.f > c.f && (c2.f <= 10 || c2.f == 100 || c2.f == 1000) && c2.f == math.Trunc(c2.f) {
			if _, unit, _ := s.unitAt(c2.j, qi); unit == c2.j && !s.monthAt(c2.j) {
				c.kind, c.j = Fraction, c2.j
				c.f = 100 * c.f / c2.f
				return start, false, true
			}
		}
	}
	// Context before the number.
	pw := s.prevWordAny(qi)
	if plain && s.monthBefore(qi) && !c.rng {
		if c.f >= 1 && c.f <= 31 && d.nd <= 2 {
			c.kind = Date
			return start, false, true
		}
		if d.nd == 4 {
			c.kind = Year
			return start, false, true
		}
	}
	if c.f == math.Trunc(c.f) && c.f >= 0 && c.f <= 130 {
		switch {
		case pw == "aged" || pw == "age" || pw == "ages" || pw == "aging":
			c.kind, c.unit, c.ageCtx = Age, "year", true
			if qi-1 >= s.used {
				start = qi - 1
			}
			return start, false, true
		case pw == "of" && (s.prevWordAny(qi-1) == "age" || s.prevWordAny(qi-1) == "ages"):
			c.kind, c.unit, c.ageCtx = Age, "year", true
			return start, false, true
		case s.ageListContinues(qi, c.j):
			c.kind, c.unit, c.ageCtx = Age, "year", true
			return start, false, true
		case plain && qual == "" && s.parenAge(qi, c.j):
			c.kind, c.unit = Age, "year"
			return start, false, true
		case plain && qual == "" && c.form == fDigits && s.appositiveAge(qi, c.j):
			c.kind, c.unit, c.ageCtx = Age, "year", true
			return start, false, true
		case pw == "as" && s.prevWordAny(qi-2) == "as" && (s.prevWordAny(qi-1) == "young" || s.prevWordAny(qi-1) == "old"):
			c.kind, c.unit = Age, "year" // "as young as 13"
			return start, false, true
		case (pw == "turned" || pw == "turns" || pw == "turning" || pw == "turn") && !countNouns[s.spacedWord(e)] &&
			!isPlural(s.spacedWord(e)):
			c.kind, c.unit = Age, "year" // "would have turned 2"
			return start, false, true
		case pw == "both" && s.punct(qi-2) == ',' && plain:
			c.kind, c.unit = Age, "year" // "Clarence and Shauna Washington, both 35,"
			return start, false, true
		}
	}
	// A number before a broadcaster's call sign names it: "13 WTHR".
	if plain && !c.rng && d.nd <= 3 && s.near(e) && !s.toks[e].glued && s.isCallSign(&s.toks[e]) {
		c.kind, c.j = Identifier, e+1
		return start, false, true
	}
	if isDig && d.dec && d.decPlaces == 2 && !c.rng && clockPreps[pw] {
		h := int(c.f)
		m := round((c.f - float64(h)) * 100)
		if h <= 24 && m < 60 {
			c.kind, c.f = Clock, float64(h*100+m)
			return start, false, true
		}
	}
	if isDig && d.plain && d.nd == 4 && d.lead0 && validHHMM(toInt(c.f)) && !c.rng {
		c.kind = Clock
		return start, false, true
	}
	if plain && !c.rng {
		switch s.lo(c.i) {
		case "911":
			c.kind = Identifier
			return start, false, true
		case "999", "112":
			if emergencyCtx[pw] || emergencyCtx[s.spacedWord(e)] {
				c.kind = Identifier
				return start, false, true
			}
		}
	}
	if isDig && d.plain && d.nd == 4 && c.f >= 1900 && c.f <= 2100 {
		yearOK := !c.rng || c.hi <= 2100 && c.hi-c.lo < 200
		// "on January 2, 2001 killed 13", "in 2001 killed": a year even
		// before a word that counts.
		dated := s.punct(qi-1) == ',' && qi >= 2 && s.isNum(qi-2) && s.monthBefore(qi-2) ||
			qual == "" && !c.rng && yearOnlyPreps[s.prevWordAny(qi)]
		if yearOK && (dated || !countNouns[s.spacedWord(e)] && (qual == "" || c.rng && qual == "between" || yearPreps[s.prevWordAny(qi)])) {
			c.kind = Year
			return start, false, true
		}
	}
	c.kind = Cardinal
	return start, false, true
}

func validHHMM(v int) bool { return v >= 0 && v/100 <= 24 && v%100 < 60 }

// clock makes c a time of day with a.m. or p.m.; it fails on hours that
// cannot take them ("13 pm").
func (s *scanner) clock(c *core, pm bool) bool {
	conv := func(f float64) (float64, bool) {
		h, m := int(f), 0
		switch {
		case c.form == fDigits && c.d.dec && c.d.decPlaces == 2:
			m = round((f - float64(h)) * 100)
		case c.form == fDigits && c.d.plain && (c.d.nd == 3 || c.d.nd == 4) && !c.rng:
			h, m = int(f)/100, int(f)%100
		case f != math.Trunc(f):
			return 0, false
		}
		if h < 1 || h > 12 || m > 59 {
			return 0, false
		}
		return float64(clock24(h, m, pm)), true
	}
	v, ok := conv(c.f)
	if !ok {
		return false
	}
	if c.rng {
		lo, ok1 := conv(c.lo)
		hi, ok2 := conv(c.hi)
		if !ok1 || !ok2 {
			return false
		}
		c.lo, c.hi = lo, hi
		if c.lo > c.hi {
			// "11 a.m. to 1 p.m." is not written this way; keep it plain.
			c.lo = c.hi
		}
	}
	c.kind, c.f = Clock, v
	return true
}

// decade handles digits written against "s": "the 1980s", "in his 40s".
func (s *scanner) decade(c *core, qi, e int) int {
	v := toInt(c.f)
	c.j = e + 1
	if c.d.nd == 4 && v%10 == 0 {
		c.kind, c.unit = Year, "decade"
		c.rng, c.lo, c.hi, c.decade = true, c.f, c.f+9, true
		return qi
	}
	if c.d.nd == 2 && v%10 == 0 {
		k := qi
		switch s.prevWordAny(k) {
		case "early", "mid", "late", "middle":
			k--
		}
		switch s.prevWordAny(k) {
		case "his", "her", "their", "its", "my", "your", "our":
			c.kind, c.unit = Age, "year"
			c.rng, c.lo, c.hi, c.decade = true, c.f, c.f+9, true
			return qi
		}
		if s.ageListContinues(qi, c.j) {
			c.kind, c.unit = Age, "year"
			c.rng, c.lo, c.hi, c.decade = true, c.f, c.f+9, true
			return qi
		}
		if s.prevWordAny(k) == "the" {
			c.kind, c.unit = Year, "decade"
			c.f += 1900
			c.rng, c.lo, c.hi, c.decade = true, c.f, c.f+9, true
			return qi
		}
	}
	c.kind = Identifier
	return qi
}

// compound classifies a number joined by a hyphen to the word at token k:
// "13-year-old", "12-hour", "9-mm", "4400-block", "two-story".
func (s *scanner) compound(c *core, qi, k int) (int, bool, bool) {
	w := s.lo(k)
	if u := ageUnits[w]; u != "" {
		if end, u2, ok := s.ageSuffix(k); ok {
			c.kind, c.unit, c.j = Age, u2, end
			return qi, true, true
		}
		c.kind, c.unit, c.j = Measure, units[w].name, k+1
		return qi, false, true
	}
	if w == "block" {
		c.kind, c.j = Address, k+1
		if s.spacedWord(c.j) == "of" {
			c.j++
		}
		return qi, false, true
	}
	if u, ok := units[w]; ok {
		c.kind, c.unit, c.j = u.kind, u.name, k+1
		if u.kind == Fraction && s.spacedWord(c.j) == "of" {
			c.j++
		}
		return qi, false, true
	}
	if w == "pound" || w == "pounder" {
		c.kind, c.unit, c.j = Measure, "lb", k+1
		return qi, false, true
	}
	if c.one {
		return qi, false, false // "one-sided", "one-on-one"
	}
	if len(w) == 1 {
		c.kind, c.j = Identifier, s.identRun(k) // "2-B", "Unit 4-C"
		return qi, false, true
	}
	if isNumberWord(w) {
		c.kind, c.j = Identifier, k+1 // "7-Eleven"
		return qi, false, true
	}
	c.kind, c.unit, c.j = Measure, w, k+1
	return qi, false, true
}

// classifyOrdinal decides what a rank is: a street ("Fifth Avenue",
// "206th Street"), a day of the month ("September 1st", "the 1st of May"),
// a unit of time ("a second later") or an ordinal.
func (s *scanner) classifyOrdinal(c *core, qi int) int {
	e := c.j
	if c.second && s.secondIsTime(c.i) {
		c.kind, c.unit, c.f = Measure, "second", 1
		return qi
	}
	if w := s.spacedWord(e); streetSuffixes[w] && s.toks[e].cap {
		c.kind, c.j = Address, e+1
		if s.punct(c.j) == '.' && s.glued(c.j) && streetAbbrevs[w] {
			c.j++
		}
		return qi
	}
	v := c.f
	if v >= 1 && v <= 31 && (s.monthBefore(qi) || s.monthAt(e) || s.spacedWord(e) == "of" && s.monthAt(e+1)) {
		c.kind = Date
		return qi
	}
	c.kind = Ordinal
	return qi
}

// ageListContinues reports whether the number at tokens [qi, end) continues
// a list of ages: "ages four, six and 13", "aged 15 and 17".
func (s *scanner) ageListContinues(qi, end int) bool {
	if s.ageList < 0 || s.used != s.ageList || qi <= s.ageList {
		return false
	}
	for x := s.ageList; x < qi; x++ {
		t := &s.toks[x]
		switch {
		case t.brk:
			return false
		case t.kind == tPunct && (t.r == ',' || t.r == '&'):
		case t.kind == tWord && (s.tlo(t) == "and" || s.tlo(t) == "or"):
		default:
			return false
		}
	}
	// The number must not count a noun: "ages 4 and 6" but not "aged 13
	// and 15 others".
	if w := s.nextWord(end); w != "" {
		switch w {
		case "and", "or", "respectively", "years", "year", "yrs", "were", "was", "are", "is", "in", "at":
		default:
			return false
		}
	}
	return true
}

// parenAge reports whether the number at [qi, end) is an age in brackets
// after a name: "John Smith (33)".
func (s *scanner) parenAge(qi, end int) bool {
	return s.punct(qi-1) == '(' && s.punct(end) == ')' && qi-2 >= 0 &&
		(s.toks[qi-2].kind == tWord && (s.toks[qi-2].cap || personNouns[s.lo(qi-2)]))
}

// appositiveAge reports whether the number at [qi, end) is an age set off
// by commas after a name: "Emmanuel Arrington, 33, of Kokomo", "the
// victim, 19, died", "Smith Jr., 40.".
func (s *scanner) appositiveAge(qi, end int) bool {
	if s.punct(qi-1) != ',' || qi-2 < 0 || s.toks[qi-1].brk || s.toks[qi].brk {
		return false
	}
	n := qi - 2
	if s.punct(n) == '.' && s.glued(n) && n-1 >= 0 {
		switch s.lo(n - 1) {
		case "jr", "sr":
			n--
		default:
			return false
		}
	}
	t := &s.toks[n]
	if t.kind != tWord {
		return false
	}
	plural := false
	switch {
	case personNouns[s.tlo(t)]:
		plural = s.tlo(t)[len(s.tlo(t))-1] == 's' || s.tlo(t) == "men" || s.tlo(t) == "women" || s.tlo(t) == "children"
	case t.cap && !t.upper || s.tlo(t) == "ii" || s.tlo(t) == "iii" || s.tlo(t) == "iv":
		if sentenceWords[s.tlo(t)] || weekdays[s.tlo(t)] {
			return false
		}
		if _, ok := months[s.tlo(t)]; ok {
			return false
		}
	default:
		return false
	}
	if end >= len(s.toks) || s.toks[end].brk {
		return true
	}
	a := &s.toks[end]
	switch a.kind {
	case tPunct:
		switch a.r {
		case ',', '.', ';', ':', ')', '"', '\'', 0x2014, '–':
			return true
		}
	case tWord:
		switch s.tlo(a) {
		case "of", "from", "who", "whose":
			return true
		case "and":
			return plural // "two children, 11 and 14,"
		}
	}
	return false
}

// isCallSign reports whether t is a broadcaster's call sign: "WTHR", "KHOU".
func (s *scanner) isCallSign(t *token) bool {
	if t.kind != tWord || !t.upper {
		return false
	}
	w := s.tlo(t)
	return len(w) >= 3 && len(w) <= 4 && (w[0] == 'k' || w[0] == 'w')
}
