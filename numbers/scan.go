package numbers

import (
	"math"
	"sync"

	"tally"
)

// scanner finds the quantities of one text. It walks the tokens once; at
// each token that can start a quantity it tries the patterns that start
// there, emits at most one quantity and moves past it, so that quantities
// come out in text order and never overlap.
type scanner struct {
	text string
	low  string // the lowered words; see token
	toks []token
	out  []Quantity
	// outTok holds the token range of each quantity in out, for the checks
	// that look back at what was found ("13 and 15-year-olds").
	outTok [][2]int
	// used is the index of the first token not inside an emitted quantity;
	// look-backs for qualifiers never go below it.
	used int
	// ageList is the token after the last age given by "aged", "ages" or a
	// list continuing one ("ages four, six and 13"), or -1.
	ageList int
}

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// Find returns every quantity in text, in text order and without overlaps.
// It never panics, whatever the bytes: invalid UTF-8 is read as
// punctuation. Spans are byte offsets into text.
func Find(text string) []Quantity {
	bp := tokPool.Get().(*[]token)
	s := scanner{text: text, ageList: -1}
	s.toks, s.low = tokenize(text, (*bp)[:0])
	s.run()
	if cap(s.toks) <= 1<<16 {
		*bp = s.toks[:0]
		tokPool.Put(bp)
	}
	return s.out
}

func (s *scanner) run() {
	n := len(s.toks)
	for i := 0; i < n; {
		j := i
		switch t := &s.toks[i]; t.kind {
		case tNum:
			j = s.matchNumber(i)
		case tWord:
			if s.wordTrigger(i) {
				j = s.matchWord(i)
			}
		case tPunct:
			j = s.matchPunct(i)
		}
		if j <= i {
			j = i + 1
		}
		i = j
	}
}

// ---- token helpers ----

// tlo returns the lower-cased text of a word token, the digits of a
// number token, or "" for punctuation.
func (s *scanner) tlo(t *token) string {
	switch {
	case t.kind == tNum || t.lt:
		return s.text[t.start:t.end]
	case t.kind == tWord:
		return s.low[t.ls:t.le]
	}
	return ""
}

// lo is tlo of token k.
func (s *scanner) lo(k int) string { return s.tlo(&s.toks[k]) }

func (s *scanner) word(k int) string {
	if k >= 0 && k < len(s.toks) && s.toks[k].kind == tWord {
		return s.lo(k)
	}
	return ""
}

func (s *scanner) punct(k int) rune {
	if k >= 0 && k < len(s.toks) && s.toks[k].kind == tPunct {
		return s.toks[k].r
	}
	return 0
}

func (s *scanner) isNum(k int) bool { return k >= 0 && k < len(s.toks) && s.toks[k].kind == tNum }

// glued reports whether token k exists and touches the token before it.
func (s *scanner) glued(k int) bool { return k > 0 && k < len(s.toks) && s.toks[k].glued }

// near reports whether token k exists and is in the same paragraph as the
// token before it; patterns never run across a blank line.
func (s *scanner) near(k int) bool { return k > 0 && k < len(s.toks) && !s.toks[k].brk }

// spaced reports whether token k is a word set off by space from the one
// before it, in the same paragraph.
func (s *scanner) spacedWord(k int) string {
	if s.near(k) && !s.toks[k].glued && s.toks[k].kind == tWord {
		return s.lo(k)
	}
	return ""
}

// nextWord returns the word at k when it follows k-1 in the same paragraph,
// glued or not.
func (s *scanner) nextWord(k int) string {
	if s.near(k) && s.toks[k].kind == tWord {
		return s.lo(k)
	}
	return ""
}

// prevWordAny returns the word before token k in the same paragraph, even
// one inside an earlier quantity: context words may belong to one ("the
// 1980s" after "in").
func (s *scanner) prevWordAny(k int) string {
	if k-1 >= 0 && k < len(s.toks) && !s.toks[k].brk && s.toks[k-1].kind == tWord {
		return s.lo(k - 1)
	}
	return ""
}

func (s *scanner) span(i, j int) tally.Span {
	if j <= i {
		return tally.Span{Start: s.toks[i].start, End: s.toks[i].start}
	}
	return tally.Span{Start: s.toks[i].start, End: s.toks[j-1].end}
}

// emit records q as covering tokens [i, j) and returns j.
func (s *scanner) emit(q Quantity, i, j int) int {
	if i < s.used || j <= i {
		return j
	}
	if q.Low == 0 && q.High == 0 {
		q.Low, q.High = q.Value, q.Value
	}
	if s.out == nil {
		s.out = make([]Quantity, 0, len(s.text)/256+4)
		s.outTok = make([][2]int, 0, cap(s.out))
	}
	s.out = append(s.out, q)
	s.outTok = append(s.outTok, [2]int{i, j})
	s.used = j
	s.ageList = -1
	return j
}

// toInt converts a value to int, truncating and clamping so that huge
// numbers in hostile text cannot overflow.
func toInt(f float64) int {
	const lim = 1 << 53
	switch {
	case f != f:
		return 0
	case f > lim:
		return lim
	case f < -lim:
		return -lim
	}
	return int(f)
}

func round(f float64) int { return toInt(math.Floor(f + 0.5)) }

// ---- numbers written in digits ----

// digits is a token of digits read as a number.
type digits struct {
	f         float64
	nd        int  // digits before any decimal point
	plain     bool // no separators at all
	commas    bool
	dec       bool // one decimal point
	decPlaces int
	lead0     bool
	colon     bool // h:mm or h:mm:ss
	dots      int
	ok        bool // a number: plain, grouped or decimal, not too long
}

func readDigits(raw string) digits {
	d := digits{plain: true, lead0: len(raw) > 1 && raw[0] == '0'}
	frac := 0.0
	scale := 1.0
	inFrac := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case isDigit(c):
			if inFrac {
				scale /= 10
				frac += float64(c-'0') * scale
				d.decPlaces++
			} else {
				d.f = d.f*10 + float64(c-'0')
				d.nd++
			}
		case c == ',':
			d.plain = false
			d.commas = true
		case c == '.':
			d.plain = false
			d.dots++
			inFrac = true
		case c == ':':
			d.plain = false
			d.colon = true
		}
	}
	d.dec = d.dots == 1
	d.ok = !d.colon && d.dots <= 1 && d.nd <= 15
	if d.dots == 1 {
		d.f += frac
	}
	return d
}

// core is the number itself, before its kind is decided.
type core struct {
	i, j   int // the number's tokens [i, j)
	f      float64
	r      reading // Vague readings
	form   form
	d      digits // fDigits: the first token read
	ofEnd  int    // when > 0, the token after an "of" that belongs to the quantity
	one    bool   // the bare word "one"
	second bool   // the bare word "second"
	money  string // a currency sign or code before the number
	pre    int    // first token of words before the number that belong to it ("aged", "$")
	// set by rangeAfter, and by decades ("the 1980s") with decade set
	rng    bool
	lo, hi float64
	decade bool
	// ageCtx marks an age read from "aged", "ages" or a list of ages, which
	// the next number may continue ("ages four, six and 13")
	ageCtx bool
	// trailing qualifier
	tq     string
	tqSpan tally.Span
	unit   string
	kind   Kind
	kindOK bool
}

type form uint8

const (
	fDigits form = iota + 1
	fWords
	fVague
	fOrdinal
	fFraction
)

// multAfter reads a multiplier word after a number ending before token k:
// "million", "thousand", "dozen", and the abbreviations "m", "mn", "bn",
// "k" when they may mean millions (a decimal, or money). It returns the
// multiplier and the token after it, or 0.
func (s *scanner) multAfter(k int, d digits, money bool) (float64, int) {
	if !s.near(k) || s.toks[k].kind != tWord {
		return 0, k
	}
	w := s.lo(k)
	glued := s.toks[k].glued
	switch w {
	case "hundred":
		return 100, k + 1
	case "thousand":
		return 1e3, k + 1
	case "million", "mln", "mn":
		return 1e6, k + 1
	case "billion", "bn", "bln":
		return 1e9, k + 1
	case "trillion", "tn":
		return 1e12, k + 1
	case "dozen":
		return 12, k + 1
	case "m":
		if glued && (d.dec || money) && !s.heightAfter(k+1) {
			return 1e6, k + 1
		}
	case "k":
		if glued && money {
			return 1e3, k + 1
		}
	case "b":
		if glued && money {
			return 1e9, k + 1
		}
	}
	return 0, k
}

// heightAfter reports whether "-high", "-tall" and the like follow, making
// a glued "m" metres ("a 2.5m-high wall").
func (s *scanner) heightAfter(k int) bool {
	if s.punct(k) == '-' && s.glued(k+1) {
		switch s.word(k + 1) {
		case "high", "tall", "long", "wide", "deep", "thick", "deep-sea":
			return true
		}
	}
	return false
}

// digitCore reads the number at token i, a tNum, with a multiplier and an
// "and a half" after it.
func (s *scanner) digitCore(i int, money bool) (core, bool) {
	d := readDigits(s.lo(i))
	if !d.ok {
		return core{}, false
	}
	c := core{i: i, j: i + 1, f: d.f, form: fDigits, d: d, pre: i}
	k := i + 1
	// "2½"
	if s.glued(k) && s.punct(k) == '½' {
		c.f += 0.5
		k++
	}
	// "two and a half million", "2 and a half hours"
	if s.spacedWord(k) == "and" && s.spacedWord(k+1) == "a" && s.spacedWord(k+2) == "half" {
		c.f += 0.5
		k += 3
	}
	if m, e := s.multAfter(k, d, money); m > 0 {
		c.f *= m
		k = e
	}
	c.j = k
	return c, true
}

// ---- numbers written in words ----

func compatible(last, cls wclass, group int64) bool {
	switch cls {
	case wZero:
		return last == wNone
	case wUnit:
		return last == wNone || last == wTens || last == wHundred || last == wMult
	case wTeen, wTens:
		return last == wNone || last == wHundred || last == wMult
	case wHundred:
		return (last == wUnit || last == wTeen || last == wTens) && group > 0 && group < 100
	case wMult:
		return group > 0
	case wDozen:
		return (last == wUnit || last == wTeen || last == wTens) && group > 0
	}
	return false
}

// wordCore reads number words from token i: "forty-four", "one hundred
// and twelve", "a dozen", "two thousand five hundred", "twenty-first". With
// a = true, token i is "a" or "an" and must be followed by a multiplier.
func (s *scanner) wordCore(i int, a bool) (core, bool) {
	n := len(s.toks)
	var total, group int64
	last := wNone
	var lastMult int64
	ord := false
	k := i
	if a {
		w := s.spacedWord(i + 1)
		nw, ok := numWords[w]
		if !ok || nw.ord || (nw.cls != wHundred && nw.cls != wMult && nw.cls != wDozen) {
			return core{}, false
		}
		group, last = 1, wUnit
		k = i + 1
	}
	end := k
	for k < n && s.toks[k].kind == tWord {
		nw, ok := numWords[s.lo(k)]
		if !ok || nw.den || !compatible(last, nw.cls, group) {
			break
		}
		switch nw.cls {
		case wZero, wUnit, wTeen, wTens:
			group += nw.v
		case wHundred:
			group *= 100
		case wMult:
			if lastMult != 0 && nw.v >= lastMult {
				goto done
			}
			if group == 0 {
				group = 1
			}
			total += group * nw.v
			group = 0
			lastMult = nw.v
		case wDozen:
			group *= 12
		}
		last = nw.cls
		end = k + 1
		if nw.ord || nw.cls == wDozen {
			ord = nw.ord
			break
		}
		// What joins the next number word: a hyphen, a space, or "and"
		// after a hundred or a thousand ("one hundred and twelve").
		nx := k + 1
		if s.punct(nx) == '-' && s.glued(nx) && s.glued(nx+1) && isNumberWord(s.word(nx+1)) {
			k = nx + 1
			continue
		}
		if w := s.spacedWord(nx); w != "" {
			if w == "and" && (last == wHundred || last == wMult) {
				if nw2, ok := numWords[s.spacedWord(nx+1)]; ok && !nw2.den &&
					(nw2.cls == wUnit || nw2.cls == wTeen || nw2.cls == wTens) {
					k = nx + 1
					continue
				}
				break
			}
			if isNumberWord(w) {
				k = nx
				continue
			}
		}
		break
	}
done:
	if end == i || (a && end == i+1) {
		return core{}, false
	}
	c := core{i: i, j: end, f: float64(total + group), form: fWords, pre: i}
	if ord {
		c.form = fOrdinal
	}
	if end == i+1 && !a {
		switch s.lo(i) {
		case "one":
			c.one = true
		case "second":
			c.second = true
		}
	}
	if c.form == fWords {
		k := end
		// Fractions: "two-thirds", "three quarters", "one half", "one-third".
		sep := k
		if s.punct(k) == '-' && s.glued(k) && s.glued(k+1) {
			sep = k + 1
		}
		if w := s.nextWord(sep); w != "" && (sep > k || !s.toks[sep].glued) {
			if nw, ok := numWords[w]; ok && nw.den && c.f >= 1 && c.f < float64(nw.v) {
				c.form = fFraction
				c.f = 100 * c.f / float64(nw.v)
				c.j = sep + 1
				c.one = false
				return c, true
			}
			if den, ok := fracDen[w]; ok && c.f == 1 && !a {
				c.form = fFraction
				c.f = 100 / float64(den)
				c.j = sep + 1
				c.one = false
				return c, true
			}
		}
		// "two and a half", "a dozen and a half" is rare enough to skip.
		if s.spacedWord(k) == "and" && s.spacedWord(k+1) == "a" && s.spacedWord(k+2) == "half" && last != wDozen {
			c.f += 0.5
			k += 3
			c.one = false
			// "two and a half million"
			if m, e := s.multAfter(k, digits{}, false); m >= 1000 {
				c.f *= m
				k = e
			}
			c.j = k
		}
	}
	return c, true
}

func isNumberWord(w string) bool {
	nw, ok := numWords[w]
	return ok && !nw.den
}

// ---- vague quantities ----

func compose(r reading, m int) reading {
	hi := r.high
	if hi != Unbounded {
		hi = (hi+1)*m - 1
		if hi < 0 || hi > Unbounded {
			hi = Unbounded
		}
	}
	lo := r.low * m
	if lo > Unbounded {
		lo = Unbounded
	}
	return reading{lo, lo, hi}
}

// vagueCore reads a vague quantity at token i: "several", "dozens of",
// "a number of", "tens of thousands of", "a few hundred". It returns false
// when the word is not used as a quantity here ("some time", "how many").
func (s *scanner) vagueCore(i int) (core, bool) {
	w := s.lo(i)
	c := core{i: i, form: fVague, pre: i}
	k := i + 1
	var key string
	switch w {
	case "a", "an":
		w1 := s.spacedWord(i + 1)
		switch w1 {
		case "few":
			key, k = "a few", i+2
		case "couple":
			key, k = "a couple", i+2
			if s.spacedWord(k) != "of" && singularMult[s.spacedWord(k)] == 0 {
				return c, false
			}
		case "handful":
			key, k = "a handful", i+2
		case "number":
			key, k = "a number", i+2
			if w == "an" || s.spacedWord(k) != "of" {
				return c, false
			}
		case "lot":
			key, k = "a lot", i+2
			if w == "an" || s.spacedWord(k) != "of" {
				return c, false
			}
		default:
			if r, ok := adjNumber[w1]; ok && s.spacedWord(i+2) == "number" && s.spacedWord(i+3) == "of" {
				if (w == "an") != (w1[0] == 'a' || w1[0] == 'e' || w1[0] == 'i' || w1[0] == 'o' || w1[0] == 'u') {
					return c, false
				}
				key, k = r, i+3
				break
			}
			return c, false
		}
	case "quite":
		if s.spacedWord(i+1) != "a" || s.spacedWord(i+2) != "few" {
			return c, false
		}
		key, k = "quite a few", i+3
	case "lots":
		if s.spacedWord(k) != "of" {
			return c, false
		}
		key = "a lot"
	case "tens", "scores":
		if s.spacedWord(k) != "of" {
			return c, false
		}
		key = w
	case "dozens", "hundreds", "thousands", "millions", "billions":
		key = w
	case "several", "numerous", "multiple", "countless":
		key = w
	case "many":
		p := s.prevWordAny(i)
		if p == "how" || p == "as" && s.spacedWord(k) == "as" {
			return c, false
		}
		key = w
	case "some":
		nx := s.spacedWord(k)
		if nx == "" || (nx != "of" && !isPlural(nx)) || nx == "time" || nx == "times" {
			return c, false
		}
		key = w
	default:
		return c, false
	}
	c.r = vagueReadings[key]
	// "several hundred", "a few dozen", "a couple of hundred"
	mk := k
	if key == "a couple" && s.spacedWord(k) == "of" {
		mk = k + 1
	}
	if m := singularMult[s.spacedWord(mk)]; m > 0 && pluralMult[key] == 0 {
		c.r = compose(c.r, m)
		k = mk + 1
	} else if m := pluralMult[s.spacedWord(k)]; m > 0 && (key == "many" || key == "several") {
		// "many thousands" reads as "thousands".
		c.r = vagueReadings[s.spacedWord(k)]
		k++
	}
	// "tens of thousands of", "hundreds of millions"
	if base := pluralMult[s.lo(k-1)]; base > 0 && s.spacedWord(k) == "of" {
		if m := pluralMult[s.spacedWord(k+1)]; m > base && m >= 1000 {
			c.r = compose(c.r, m)
			k += 2
		}
	}
	c.j = k
	c.f = float64(c.r.value)
	if s.spacedWord(k) == "of" {
		c.ofEnd = k + 1
	}
	return c, true
}

// isPlural guesses whether w is a plural noun, so that "some" before it is
// a quantity and a four-digit number before it is a count, not a year.
func isPlural(w string) bool {
	if countNouns[w] {
		return true
	}
	n := len(w)
	if n < 4 || w[n-1] != 's' || notPlural[w] {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

// startsNumber reports whether a number (digits or number words) starts at
// token k, so that a word before it is a qualifier, not a quantity.
func (s *scanner) startsNumber(k int) bool {
	if !s.near(k) {
		return false
	}
	t := &s.toks[k]
	switch t.kind {
	case tNum:
		return true
	case tWord:
		if nw, ok := numWords[s.tlo(t)]; ok && !nw.ord && !nw.den && nw.cls != wHundred && nw.cls != wMult && nw.cls != wDozen {
			return true
		}
		if s.tlo(t) == "a" {
			w := s.spacedWord(k + 1)
			nw, ok := numWords[w]
			return ok && !nw.ord && !nw.den && (nw.cls == wHundred || nw.cls == wMult || nw.cls == wDozen) ||
				w == "half" || w == "third" || w == "quarter"
		}
		if s.tlo(t) == "half" {
			return true
		}
	case tPunct:
		return currencySign(t.r) != ""
	}
	return false
}
