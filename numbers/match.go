package numbers

// Trigger flags: which matcher a word can start.
const (
	trNumber = 1 << iota // a number word or ordinal
	trVague              // a vague quantity word, or "a"/"an"/"quite"
	trPrefix             // a route, address or identifier word, or a currency code
	trURL                // http, https, www
	trDecade             // twenties .. nineties, teens
	trTimes              // twice, thrice
	trNo                 // No. 3
	trHalf               // half
)

var triggers = buildTriggers()

// decadeWords are the decades in words: "in his forties", "the sixties".
var decadeWords = map[string]int{
	"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fourties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}

// lowerAddress are address words that count in lower case too: "apartment
// 38".
var lowerAddress = map[string]bool{"apartment": true, "apt": true, "suite": true, "ste": true}

// currencyWords are codes written before an amount: "USD 5,000".
var currencyWords = map[string]string{
	"usd": "dollar", "eur": "euro", "gbp": "pound", "inr": "rupee", "ngn": "naira", "kes": "shilling",
	"zar": "rand", "iqd": "dinar", "aud": "dollar", "cad": "dollar", "rs": "rupee", "sar": "riyal",
}

func buildTriggers() map[string]uint8 {
	triggers := map[string]uint8{}
	for w, nw := range numWords {
		if !nw.den {
			triggers[w] |= trNumber
		}
	}
	for _, w := range []string{"a", "an", "quite", "lots", "tens", "scores", "dozens", "hundreds", "thousands",
		"millions", "billions", "several", "numerous", "multiple", "countless", "many", "some"} {
		triggers[w] |= trVague
	}
	for w := range routeWords {
		triggers[w] |= trPrefix
	}
	for w := range addressWords {
		triggers[w] |= trPrefix
	}
	for w, ok := range identWords {
		if ok {
			triggers[w] |= trPrefix
		}
	}
	for w := range routeCodes {
		triggers[w] |= trPrefix
	}
	for w := range stateCodes {
		triggers[w] |= trPrefix
	}
	for w := range currencyWords {
		triggers[w] |= trPrefix
	}
	for _, w := range []string{"state", "county", "farm", "provincial", "national", "mile"} {
		triggers[w] |= trPrefix
	}
	for _, w := range []string{"http", "https", "www"} {
		triggers[w] |= trURL
	}
	for w := range decadeWords {
		triggers[w] |= trDecade
	}
	triggers["twice"] |= trTimes
	triggers["thrice"] |= trTimes
	triggers["no"] |= trNo
	triggers["nos"] |= trNo
	triggers["half"] |= trHalf
	return triggers
}

// trigFilter and capFilter are bitsets keyed by the first, second and last
// letters and the length of each trigger word; capFilter holds the words
// that count only when capitalised (route, address and identifier words).
// Most words of a text are not triggers, and the bitsets rule them out
// without a map lookup.
var trigFilter, capFilter = func() (f, g [(26*27*26*8 + 63) / 64]uint64) {
	for w, tr := range triggers {
		if k, ok := trigKey(w); ok {
			if tr == trPrefix && !lowerAddress[w] {
				g[k/64] |= 1 << (k % 64)
			} else {
				f[k/64] |= 1 << (k % 64)
			}
		}
	}
	return f, g
}()

func trigKey(w string) (int, bool) {
	n := len(w)
	if n == 0 {
		return 0, false
	}
	a, z := w[0]-'a', w[n-1]-'a'
	b := byte(26)
	if n > 1 {
		b = w[1] - 'a'
	}
	if a >= 26 || z >= 26 || b > 26 {
		return 0, false
	}
	return ((int(a)*27+int(b))*26+int(z))*8 + min(n, 8) - 1, true
}

// trigger returns the trigger flags of w, a word that is capitalised or
// not; route, address and identifier words count only when capitalised
// ("Route 9", "IN 931"), which keeps "in" and "or" cheap.
func trigger(w string, capital bool) uint8 {
	if k, ok := trigKey(w); ok {
		bit := uint64(1) << (k % 64)
		if trigFilter[k/64]&bit == 0 && (!capital || capFilter[k/64]&bit == 0) {
			return 0
		}
	}
	tr := triggers[w]
	if tr == trPrefix && !capital && !lowerAddress[w] {
		return 0
	}
	return tr
}

// wordTrigger reports whether a quantity can start at word token i.
func (s *scanner) wordTrigger(i int) bool {
	t := &s.toks[i]
	if trigger(s.tlo(t), t.cap) != 0 {
		return true
	}
	k := i + 1
	if s.punct(k) == '-' && s.glued(k) {
		k++
	}
	if s.isNum(k) && s.glued(k) {
		return true
	}
	return s.isCallSign(&s.toks[i]) && s.isNum(i+1)
}

func (s *scanner) matchWord(i int) int {
	t := &s.toks[i]
	w := s.tlo(t)
	tr := triggers[w]
	if tr&trURL != 0 {
		if j := s.url(i); j > i {
			return j
		}
	}
	if j := s.gluedWordNumber(i); j > i {
		return j
	}
	if tr&trNo != 0 && s.punct(i+1) == '.' && s.glued(i+1) && s.near(i+2) && s.isNum(i+2) {
		return s.identifier(i, i+2, s.numEnd(i+2))
	}
	if tr&trPrefix != 0 || s.isCallSign(t) {
		if j := s.prefixed(i); j > i {
			return j
		}
	}
	if tr&trTimes != 0 {
		v := 2
		if w == "thrice" {
			v = 3
		}
		q := Quantity{Kind: Measure, Value: v, Unit: "times", NumSpan: s.span(i, i+1)}
		return s.emitWithQual(q, i, i+1)
	}
	if tr&trDecade != 0 {
		return s.decadeWord(i)
	}
	if tr&trHalf != 0 {
		return s.half(i)
	}
	if w == "a" || w == "an" {
		return s.article(i)
	}
	if tr&trVague != 0 {
		if (w == "some" || w == "many" || w == "several") && s.startsNumber(i+1) {
			return i // a qualifier of the number that follows
		}
		if c, ok := s.vagueCore(i); ok {
			return s.finish(c)
		}
		return i
	}
	if tr&trNumber != 0 {
		if c, ok := s.wordCore(i, false); ok {
			if s.inName(c) {
				return s.identifier(i, i, c.j)
			}
			return s.finish(c)
		}
	}
	return i
}

// inName reports whether capitalised number words are part of a name
// inside a sentence: "the Four Corner Hustlers", "a Two Rivers man". A
// lower-case word before and a capitalised word after mark it; title-case
// headlines ("Gunman Kills Four People") have no lower-case word before.
func (s *scanner) inName(c core) bool {
	t := &s.toks[c.i]
	if c.form != fWords || !t.cap || t.upper || c.i == 0 || t.brk || !s.near(c.j) {
		return false
	}
	p, nx := &s.toks[c.i-1], &s.toks[c.j]
	if p.kind != tWord || p.cap || nx.kind != tWord || !nx.cap || nx.upper || nx.glued {
		return false
	}
	w := s.tlo(nx)
	_, month := months[w]
	_, unit := units[w]
	return !month && !weekdays[w] && !streetSuffixes[w] && !unit
}

// usRoute reads a route number after "U.S.": "U.S. 41".
func (s *scanner) usRoute(i int) int {
	if i < 4 || s.toks[i].glued || i-4 < s.used {
		return i
	}
	if !(s.punct(i-1) == '.' && s.glued(i-1) && s.word(i-2) == "s" && s.glued(i-2) &&
		s.punct(i-3) == '.' && s.glued(i-3) && s.word(i-4) == "u" && s.toks[i-4].cap) {
		return i
	}
	d := readDigits(s.lo(i))
	if !d.ok || !d.plain || d.nd > 3 {
		return i
	}
	j := s.numEnd(i)
	if w := s.spacedWord(j); countNouns[w] || isPlural(w) {
		return i
	}
	if _, unit := units[s.spacedWord(j)]; unit {
		return i
	}
	return s.emit(Quantity{Kind: Address, Value: toInt(d.f), NumSpan: s.span(i, i+1), Span: s.span(i-4, j)}, i-4, j)
}

// article handles quantities that start with "a" or "an": "a dozen", "a
// hundred and twelve", "a few", "a number of", "a third of", "a half".
func (s *scanner) article(i int) int {
	w1 := s.spacedWord(i + 1)
	if w1 == "" {
		return i
	}
	if w1 == "half" && s.punct(i+2) == '-' && s.glued(i+2) && s.word(i+3) == "dozen" && s.glued(i+3) {
		return s.finish(core{i: i, j: i + 4, f: 6, form: fWords, pre: i})
	}
	if den, ok := fracDen[w1]; ok && s.lo(i) == "a" {
		// "a third of the residents" is a share, "a third man" a rank.
		after := i + 2
		_, unit := units[s.nextWord(after)]
		frac := w1 == "half" || w1 == "quarter" || !s.near(after) || s.toks[after].kind != tWord ||
			s.lo(after) == "of" || unit
		if s.punct(after) == '-' && s.glued(after) {
			return i + 1 // "a half-brother", "a third-degree felony": let the next word decide
		}
		if frac {
			return s.finish(core{i: i, j: i + 2, f: 100 / float64(den), form: fFraction, pre: i})
		}
		return i + 1
	}
	if c, ok := s.wordCore(i, true); ok {
		return s.finish(c)
	}
	if c, ok := s.vagueCore(i); ok {
		return s.finish(c)
	}
	return i
}

// half handles "half" on its own: "half of the residents", "half a dozen",
// "half an hour", "half-hour"; "half-brother" is no quantity.
func (s *scanner) half(i int) int {
	if m := singularMult[s.spacedWord(i+2)]; m > 0 && s.spacedWord(i+1) == "a" {
		return s.finish(core{i: i, j: i + 3, f: float64(m) / 2, form: fWords, pre: i})
	}
	if s.punct(i+1) == '-' && s.glued(i+1) && s.glued(i+2) {
		w := s.word(i + 2)
		if w == "dozen" {
			return s.finish(core{i: i, j: i + 3, f: 6, form: fWords, pre: i})
		}
		if u, ok := units[w]; ok && u.kind == Measure {
			q := Quantity{Kind: Measure, Unit: u.name, NumSpan: s.span(i, i+1)}
			return s.emitWithQual(q, i, i+3)
		}
		return i + 1
	}
	if a := s.spacedWord(i + 1); a == "a" || a == "an" {
		if u, ok := units[s.spacedWord(i+2)]; ok && u.kind == Measure {
			q := Quantity{Kind: Measure, Unit: u.name, NumSpan: s.span(i, i+1)}
			return s.emitWithQual(q, i, i+3)
		}
	}
	if u, ok := units[s.spacedWord(i+1)]; ok && u.kind == Measure {
		q := Quantity{Kind: Measure, Unit: u.name, NumSpan: s.span(i, i+1)}
		return s.emitWithQual(q, i, i+2)
	}
	if p := s.prevWordAny(i); p != "" {
		if nw, ok := numWords[p]; ok && nw.ord || p == "latter" || p == "last" || p == "other" || p == "better" {
			return i + 1 // "the first half of the year"
		}
	}
	return s.finish(core{i: i, j: i + 1, f: 50, form: fFraction, pre: i})
}

// emitWithQual emits q over tokens [i, j) with any qualifier before i.
func (s *scanner) emitWithQual(q Quantity, i, j int) int {
	qi, norm := s.qualBefore(i)
	if norm != "" && norm != "between" {
		q.Qualifier = norm
		q.QualSpan = s.span(qi, i)
		i = qi
	}
	q.Span = s.span(i, j)
	return s.emit(q, i, j)
}

// decadeWord handles "in his forties", "her teens", "the sixties".
func (s *scanner) decadeWord(i int) int {
	v := decadeWords[s.lo(i)]
	hi := v + 9
	if v == 13 {
		hi = 19
	}
	k := i
	if s.punct(k-1) == '-' && s.glued(k) && s.glued(k-1) {
		k--
	}
	switch s.prevWordAny(k) {
	case "early", "mid", "late", "middle":
		k--
	}
	switch s.prevWordAny(k) {
	case "his", "her", "their", "its", "my", "your", "our":
		q := Quantity{Kind: Age, Value: v, Low: v, High: hi, Unit: "year", NumSpan: s.span(i, i+1)}
		if k < s.used {
			k = i
		}
		q.Span = s.span(k, i+1)
		j := s.emit(q, k, i+1)
		s.ageList = j
		return j
	case "the":
		if v == 13 {
			return i + 1
		}
		q := Quantity{Kind: Year, Value: 1900 + v, Low: 1900 + v, High: 1909 + v, Unit: "decade", NumSpan: s.span(i, i+1)}
		if k < s.used {
			k = i
		}
		q.Span = s.span(k, i+1)
		return s.emit(q, k, i+1)
	}
	return i + 1
}

// url skips a web address, marking the numbers in it as identifiers.
func (s *scanner) url(i int) int {
	w := s.lo(i)
	if !(w == "www" && s.punct(i+1) == '.' && s.glued(i+1) ||
		w != "www" && s.punct(i+1) == ':' && s.glued(i+1) && s.punct(i+2) == '/' && s.glued(i+2)) {
		return i
	}
	k := i + 1
	for k < len(s.toks) && s.toks[k].glued {
		k++
	}
	for m := i; m < k; m++ {
		if s.toks[m].kind == tNum {
			q := Quantity{Kind: Identifier, Span: s.span(m, m+1), NumSpan: s.span(m, m+1)}
			if d := readDigits(s.lo(m)); d.ok && d.plain {
				q.Value = toInt(d.f)
			}
			s.emit(q, m, m+1)
		}
	}
	s.used = k
	return k
}

// numEnd returns the token after the number at k and any letters or digits
// glued to it ("Apt. 4B", "Route 9A").
func (s *scanner) numEnd(k int) int {
	k++
	for k < len(s.toks) && s.toks[k].glued && (s.toks[k].kind == tWord || s.toks[k].kind == tNum) {
		k++
	}
	return k
}

// identifier emits an Identifier over tokens [i, j) whose number is at
// token num.
func (s *scanner) identifier(i, num, j int) int {
	q := Quantity{Kind: Identifier, NumSpan: s.span(num, num+1)}
	if d := readDigits(s.lo(num)); d.ok && d.plain {
		q.Value = toInt(d.f)
	}
	q.Span = s.span(i, j)
	return s.emit(q, i, j)
}

// identRun returns the end of the run of glued letters, digits and inner
// punctuation from token i: "Fox59", "COVID-19", "abc13.com/news".
func (s *scanner) identRun(i int) int {
	k := i + 1
	for k < len(s.toks) && s.toks[k].glued {
		t := &s.toks[k]
		if t.kind == tWord || t.kind == tNum {
			k++
			continue
		}
		switch t.r {
		case '-', '/', '.', '_', '\'':
			if k+1 < len(s.toks) && s.toks[k+1].glued && s.toks[k+1].kind != tPunct {
				k += 2
				continue
			}
		}
		break
	}
	return k
}

// gluedWordNumber handles a word written against a number: "Fox59",
// "AK-47", "COVID-19" (identifiers), "I-95", "US-31" (routes), "mid-1990s",
// "pre-2003" (years).
func (s *scanner) gluedWordNumber(i int) int {
	k := i + 1
	hy := false
	if s.punct(k) == '-' && s.glued(k) {
		hy = true
		k++
	}
	if !s.isNum(k) || !s.glued(k) {
		return i
	}
	t := &s.toks[i]
	w := s.tlo(t)
	d := readDigits(s.lo(k))
	if hy && d.ok && d.plain {
		switch w {
		case "mid", "early", "late", "pre", "post", "middle":
			if d.nd == 4 && d.f >= 1000 && d.f <= 2100 {
				q := Quantity{Kind: Year, Value: toInt(d.f), NumSpan: s.span(k, k+1)}
				j := k + 1
				if s.glued(j) && s.word(j) == "s" {
					q.Low, q.High, q.Unit = q.Value, q.Value+9, "decade"
					j++
				}
				q.Span = s.span(i, j)
				return s.emit(q, i, j)
			}
			if d.nd == 2 && int(d.f)%10 == 0 && s.glued(k+1) && s.word(k+1) == "s" {
				v := toInt(d.f)
				switch s.prevWordAny(i) {
				case "his", "her", "their", "its", "my", "your", "our":
					q := Quantity{Kind: Age, Value: v, Low: v, High: v + 9, Unit: "year", NumSpan: s.span(k, k+1), Span: s.span(i, k+2)}
					j := s.emit(q, i, k+2)
					s.ageList = j
					return j
				}
				q := Quantity{Kind: Year, Value: 1900 + v, Low: 1900 + v, High: 1909 + v, Unit: "decade", NumSpan: s.span(k, k+1), Span: s.span(i, k+2)}
				return s.emit(q, i, k+2)
			}
		}
		if routeCodes[w] && (t.upper || w == "i" && t.cap) {
			j := s.numEnd(k)
			q := Quantity{Kind: Address, Value: toInt(d.f), NumSpan: s.span(k, k+1), Span: s.span(i, j)}
			return s.emit(q, i, j)
		}
	}
	j := s.identRun(i)
	return s.identifier(i, k, j)
}

// prefixed handles numbers after words that make them routes, addresses
// or identifiers: "Route 9", "Suite 200", "Flight 370", "IN 931", "USD 5".
func (s *scanner) prefixed(i int) int {
	t := &s.toks[i]
	w := s.tlo(t)
	// The number after the word, allowing "Apt. 4", "Apt #4".
	numAt := func(k int) int {
		if s.punct(k) == '.' && s.glued(k) {
			k++
		}
		if s.punct(k) == '#' {
			k++
		}
		if s.near(k) && s.isNum(k) {
			if d := readDigits(s.lo(k)); d.ok && !d.dec {
				return k
			}
		}
		return -1
	}
	if cw, ok := currencyWords[w]; ok && t.upper {
		if k := i + 1; s.near(k) && s.isNum(k) && !s.toks[k].glued {
			if c, ok := s.digitCore(k, true); ok {
				c.pre, c.money = i, cw
				return s.finish(c)
			}
		}
	}
	if !t.cap && !lowerAddress[w] {
		return i
	}
	switch w {
	case "state", "county", "farm", "provincial", "national", "mile":
		w2 := s.spacedWord(i + 1)
		if w2 != "" && s.toks[i+1].cap && (routeWords[w2] || w2 == "road") {
			if k := numAt(i + 2); k > 0 && !s.toks[k].glued {
				j := s.numEnd(k)
				return s.emit(Quantity{Kind: Address, Value: s.plainValue(k), NumSpan: s.span(k, k+1), Span: s.span(i, j)}, i, j)
			}
		}
		return i
	}
	if routeWords[w] || addressWords[w] {
		if k := numAt(i + 1); k > 0 && !s.toks[k].glued {
			j := s.numEnd(k)
			return s.emit(Quantity{Kind: Address, Value: s.plainValue(k), NumSpan: s.span(k, k+1), Span: s.span(i, j)}, i, j)
		}
	}
	if (routeCodes[w] || stateCodes[w]) && t.upper && len(w) >= 2 {
		k := i + 1
		if s.near(k) && s.isNum(k) && !s.toks[k].glued {
			d := readDigits(s.lo(k))
			after := s.numEnd(k)
			headline := i > 0 && s.toks[i-1].kind == tWord && s.toks[i-1].upper ||
				after < len(s.toks) && s.toks[after].kind == tWord && s.toks[after].upper
			if d.ok && d.plain && d.nd <= 3 && !headline {
				return s.emit(Quantity{Kind: Address, Value: toInt(d.f), NumSpan: s.span(k, k+1), Span: s.span(i, after)}, i, after)
			}
		}
	}
	if identWords[w] && t.cap {
		if k := numAt(i + 1); k > 0 && (!s.toks[k].glued || s.punct(k-1) == '#') {
			j := s.numEnd(k)
			if s.spacedWord(j) == "of" && s.isNum(j+1) && s.near(j+1) {
				j += 2 // "Image 3 of 9"
			}
			return s.identifier(i, k, j)
		}
	}
	// Broadcast call signs: "KHOU 11", "WSB 2".
	if s.isCallSign(t) {
		if k := i + 1; s.near(k) && s.isNum(k) && !s.toks[k].glued {
			if d := readDigits(s.lo(k)); d.ok && d.plain && d.nd <= 2 {
				return s.identifier(i, k, s.numEnd(k))
			}
		}
	}
	return i
}

func (s *scanner) plainValue(k int) int {
	if d := readDigits(s.lo(k)); d.ok {
		return toInt(d.f)
	}
	return 0
}

func (s *scanner) matchPunct(i int) int {
	t := &s.toks[i]
	if sign := currencySign(t.r); sign != "" {
		return s.money(i, sign)
	}
	switch t.r {
	case '#':
		if s.isNum(i+1) && s.glued(i+1) {
			return s.identifier(i, i+1, s.numEnd(i+1))
		}
	case '(', '+':
		if j := s.phone(i); j > i {
			return j
		}
	case '\'':
		// "the '80s"
		if s.isNum(i+1) && s.glued(i+1) && len(s.lo(i+1)) == 2 && s.word(i+2) == "s" && s.glued(i+2) {
			v := s.plainValue(i + 1)
			if v%10 == 0 {
				y := 1900 + v
				if v < 30 {
					y = 2000 + v
				}
				q := Quantity{Kind: Year, Value: y, Low: y, High: y + 9, Unit: "decade", NumSpan: s.span(i+1, i+2), Span: s.span(i, i+3)}
				return s.emit(q, i, i+3)
			}
		}
	case '½', '¼', '¾', '⅓', '⅔', '⅛':
		v := map[rune]float64{'½': 50, '¼': 25, '¾': 75, '⅓': 100.0 / 3, '⅔': 200.0 / 3, '⅛': 12.5}[t.r]
		return s.finish(core{i: i, j: i + 1, f: v, form: fFraction, pre: i})
	}
	return i
}

// money reads an amount after a currency sign at token i: "$1,000", "£5m",
// "US$2.5 million", "$5 to $10".
func (s *scanner) money(i int, sign string) int {
	start := i
	if i-1 >= s.used && s.glued(i) && s.toks[i-1].kind == tWord {
		if _, ok := currencyCodes[s.lo(i-1)]; ok && (s.toks[i-1].upper || s.toks[i-1].cap && len(s.lo(i-1)) == 1) {
			start = i - 1
			sign = s.text[s.toks[i-1].start:s.toks[i].end]
		}
	}
	k := i + 1
	if !s.near(k) || !s.isNum(k) {
		return i
	}
	c, ok := s.digitCore(k, true)
	if !ok {
		return i
	}
	c.pre, c.money = start, sign
	return s.finish(c)
}

// matchNumber handles a number written in digits at token i.
func (s *scanner) matchNumber(i int) int {
	t := &s.toks[i]
	if t.glued && i > 0 {
		p := &s.toks[i-1]
		if p.kind == tWord {
			return s.identifier(i, i, s.identRun(i))
		}
		switch p.r {
		case '/', '_', '=', '@', '\\', '&', '#', '.', ':', '|', '~', '^', '*':
			return s.identifier(i, i, s.identRun(i))
		}
	}
	if j := s.phone(i); j > i {
		return j
	}
	if j := s.usRoute(i); j > i {
		return j
	}
	d := readDigits(s.tlo(t))
	if d.colon {
		return s.colonClock(i)
	}
	if d.dots > 1 {
		return s.dotted(i)
	}
	if j := s.numericDate(i); j > i {
		return j
	}
	if !d.ok {
		return s.identifier(i, i, i+1)
	}
	c, _ := s.digitCore(i, false)
	return s.finish(c)
}

// colonClock reads "12:40", "3:15", "12:40PM", "10:30 p.m.", "14:05 GMT".
func (s *scanner) colonClock(i int) int {
	raw := s.lo(i)
	h, m, sec, parts := 0, 0, 0, 0
	cur, nd := 0, 0
	okDigits := true
	for x := 0; x <= len(raw); x++ {
		if x == len(raw) || raw[x] == ':' {
			switch parts {
			case 0:
				h = cur
				okDigits = okDigits && nd >= 1 && nd <= 2
			case 1:
				m = cur
				okDigits = okDigits && nd == 2
			case 2:
				sec = cur
				okDigits = okDigits && nd == 2
			default:
				okDigits = false
			}
			parts++
			cur, nd = 0, 0
			continue
		}
		if !isDigit(raw[x]) {
			okDigits = false
			break
		}
		cur = cur*10 + int(raw[x]-'0')
		nd++
	}
	if !okDigits || h > 24 || m > 59 || sec > 59 || parts < 2 {
		return s.identifier(i, i, s.identRun(i))
	}
	j := i + 1
	v := h*100 + m
	if end, pm, ok := s.ampm(j); ok && h >= 1 && h <= 12 {
		v = clock24(h, m, pm)
		j = end
	} else if end := s.zoneAfter(j); end > j {
		j = end
	}
	q := Quantity{Kind: Clock, Value: v, NumSpan: s.span(i, i+1)}
	return s.emitWithQual(q, i, j)
}

func clock24(h, m int, pm bool) int {
	h %= 12
	if pm {
		h += 12
	}
	return h*100 + m
}

// ampm reads "am", "pm", "a.m.", "P.M." at token k, glued or spaced.
func (s *scanner) ampm(k int) (end int, pm, ok bool) {
	w := s.nextWord(k)
	switch w {
	case "am", "pm":
		return k + 1, w == "pm", true
	case "a", "p":
		if s.punct(k+1) == '.' && s.glued(k+1) && s.word(k+2) == "m" && s.glued(k+2) {
			end := k + 3
			if s.punct(end) == '.' && s.glued(end) {
				end++
			}
			return end, w == "p", true
		}
	}
	return k, false, false
}

// zoneAfter reads a time zone or "hours" after a clock time: "14:05 GMT",
// "0500 hours", "5 p.m. local time".
func (s *scanner) zoneAfter(k int) int {
	switch s.spacedWord(k) {
	case "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
		"eat", "wat", "ist", "hours", "hrs", "hr", "h", "z", "zulu", "et", "ct", "pt", "mt":
		return k + 1
	case "local":
		if s.spacedWord(k+1) == "time" {
			return k + 2
		}
	}
	return k
}

// dotted handles numbers with two or more points: "1.9.2013" (a date),
// "765.456.7107" (a phone number, found earlier), "1.2.3" (an identifier).
func (s *scanner) dotted(i int) int {
	raw := s.lo(i)
	var parts [4]int
	var lens [4]int
	np := 0
	for x := 0; x < len(raw) && np < 4; x++ {
		if raw[x] == '.' {
			np++
			continue
		}
		if raw[x] == ',' || raw[x] == ':' {
			np = 4
			break
		}
		parts[np] = parts[np]*10 + int(raw[x]-'0')
		lens[np]++
	}
	if np == 2 && lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 4 || lens[2] == 2) &&
		parts[0] >= 1 && parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12 {
		return s.emit(Quantity{Kind: Date, Value: parts[0], Span: s.span(i, i+1), NumSpan: s.span(i, i+1)}, i, i+1)
	}
	return s.identifier(i, i, s.identRun(i))
}

// numericDate reads "2016-10-04", "10/04/2016", "9/11"; "24/7" is an
// identifier and "3/4 of" a fraction.
func (s *scanner) numericDate(i int) int {
	a := readDigits(s.lo(i))
	if !a.ok || !a.plain {
		return i
	}
	sep := s.punct(i + 1)
	if (sep != '/' && sep != '-') || !s.glued(i+1) || !s.isNum(i+2) || !s.glued(i+2) {
		return i
	}
	b := readDigits(s.lo(i + 2))
	if !b.ok || !b.plain {
		return i
	}
	third := s.punct(i+3) == sep && s.glued(i+3) && s.isNum(i+4) && s.glued(i+4)
	var c digits
	if third {
		c = readDigits(s.lo(i + 4))
		third = c.ok && c.plain
	}
	if sep == '-' {
		// ISO dates only; "40-50" is a range and is handled later.
		if third && a.nd == 4 && b.nd == 2 && c.nd == 2 && b.f >= 1 && b.f <= 12 && c.f >= 1 && c.f <= 31 {
			return s.emit(Quantity{Kind: Date, Value: toInt(c.f), Span: s.span(i, i+5), NumSpan: s.span(i, i+5)}, i, i+5)
		}
		return i
	}
	if third {
		switch {
		case a.nd == 4 && b.f >= 1 && b.f <= 12 && c.f >= 1 && c.f <= 31:
			return s.emit(Quantity{Kind: Date, Value: toInt(c.f), Span: s.span(i, i+5), NumSpan: s.span(i, i+5)}, i, i+5)
		case a.nd <= 2 && b.nd <= 2 && (c.nd == 2 || c.nd == 4) && a.f >= 1 && b.f >= 1 && a.f <= 31 && b.f <= 31:
			day := 0
			if a.f > 12 {
				day = toInt(a.f)
			} else if b.f > 12 {
				day = toInt(b.f)
			}
			return s.emit(Quantity{Kind: Date, Value: day, Span: s.span(i, i+5), NumSpan: s.span(i, i+5)}, i, i+5)
		}
		return s.identifier(i, i, s.identRun(i))
	}
	if s.spacedWord(i+3) == "of" && a.f >= 1 && a.f < b.f {
		q := Quantity{Kind: Fraction, Value: round(100 * a.f / b.f), NumSpan: s.span(i, i+3)}
		return s.emitWithQual(q, i, i+4)
	}
	if a.nd <= 2 && b.nd <= 2 && a.f >= 1 && a.f <= 12 && b.f >= 1 && b.f <= 31 {
		day := 0
		if b.f > 12 {
			day = toInt(b.f)
		}
		return s.emit(Quantity{Kind: Date, Value: day, Span: s.span(i, i+3), NumSpan: s.span(i, i+3)}, i, i+3)
	}
	return s.identifier(i, i, s.identRun(i))
}
