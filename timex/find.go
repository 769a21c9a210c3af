package timex

import "tally"

// Find returns every time expression in text, in text order and without
// overlaps. Adjacent pieces joined only by space, a comma, "on" or "at"
// ("10 p.m. Sunday", "Saturday, June 15, 2014", "at 6 AM on 1 September")
// come back as one expression. Any string is accepted, including invalid
// UTF-8; spans are byte offsets into text.
func Find(text string) []Expr {
	s := scanner{text: text}
	s.t = lex(text, make([]token, 0, len(text)/4+16))
	for i := 0; i < len(s.t); {
		// Only numbers and some words of the vocabulary can begin an
		// expression; a leading word needs a number or vocabulary word next.
		if t := &s.t[i]; t.kind != tNum {
			if t.kind != tWord || t.lx == 0 {
				i++
				continue
			}
			if f := entries[t.lx].flags; f&fHead == 0 {
				n := i + 1
				if f&fLead == 0 || n >= len(s.t) || !(s.t[n].kind == tNum || s.t[n].kind == tWord && s.t[n].lx != 0) {
					i++
					continue
				}
			}
		}
		if a, ok := s.match(i); ok && a.to > i {
			a.e.Future = s.futureBefore(a.from)
			s.atoms = append(s.atoms, a)
			i = a.to
			continue
		}
		i++
	}
	return s.merge()
}

// atom is one piece of an expression, before merging.
type atom struct {
	e        Expr
	from, to int  // token range
	poss     bool // ends in a possessive ("Friday's"): nothing merges after it
}

type scanner struct {
	text  string
	t     []token
	atoms []atom
}

// Directions: "last", "next", "this" before a head.
const (
	dirNone int8 = iota
	dirLast
	dirNext
	dirThis
)

// mods are the words that may stand before a head: a part of a period
// ("early", "late", "mid"), a relative qualifier ("earlier", "later") and a
// direction ("last", "next", "this", "this past").
type mods struct {
	part string
	qual string
	dir  int8
}

func (m mods) none() bool { return m.part == "" && m.qual == "" && m.dir == dirNone }

// Token tests. All take any index and are false out of range, so the
// matchers can look ahead and behind without bounds checks of their own.

func (s *scanner) ok(i int) bool { return i >= 0 && i < len(s.t) }

func (s *scanner) lx(i int) *entry {
	if s.ok(i) && s.t[i].lx != 0 {
		return &entries[s.t[i].lx]
	}
	return nil
}

func (s *scanner) key(i int) string {
	if e := s.lx(i); e != nil {
		return e.key
	}
	return ""
}

func (s *scanner) has(i int, f uint32) bool {
	e := s.lx(i)
	return e != nil && e.flags&f != 0
}

func (s *scanner) isWord(i int) bool { return s.ok(i) && s.t[i].kind == tWord }
func (s *scanner) isNum(i int) bool  { return s.ok(i) && s.t[i].kind == tNum }

func (s *scanner) punct(i int, c byte) bool {
	return s.ok(i) && s.t[i].kind == tPunct && s.t[i].ch == c
}

// adj reports whether token i touches the token before it.
func (s *scanner) adj(i int) bool { return i > 0 && s.ok(i) && !s.t[i].space }

// near reports whether token i is on the same line as the token before it.
func (s *scanner) near(i int) bool { return s.ok(i) && !s.t[i].nl }

// ndig returns the length in bytes of token i: its digits, for a number.
func (s *scanner) ndig(i int) int { return int(s.t[i].end - s.t[i].start) }

// val returns the value of number token i.
func (s *scanner) val(i int) int { return int(s.t[i].val) }

func (s *scanner) raw(i int) string {
	if s.ok(i) {
		return s.text[s.t[i].start:s.t[i].end]
	}
	return ""
}

// capWord reports a capitalised or upper-case word.
func (s *scanner) capWord(i int) bool {
	return s.isWord(i) && (s.t[i].caps == capTitle || s.t[i].caps == capUpper)
}

// poss reports an apostrophe and "s" touching token i-1: "Friday's".
func (s *scanner) poss(i int) bool {
	return s.punct(i, '\'') && s.adj(i) && s.key(i+1) == "s" && s.adj(i+1)
}

func (s *scanner) span(from, to int) tally.Span {
	return tally.Span{Start: int(s.t[from].start), End: int(s.t[to-1].end)}
}

func (s *scanner) mk(from, to int, e Expr) atom {
	e.Span = s.span(from, to)
	return atom{e: e, from: from, to: to}
}

// lastAtom returns the atom found most recently, if any.
func (s *scanner) lastAtom() *atom {
	if len(s.atoms) == 0 {
		return nil
	}
	return &s.atoms[len(s.atoms)-1]
}

// match tries to read an expression starting at token i: an optional
// qualifier, optional modifiers, and a head.
func (s *scanner) match(i int) (atom, bool) {
	if s.t[i].kind == tPunct {
		return atom{}, false
	}
	if q, k := s.qualifier(i); k > i {
		if a, ok := s.modified(k); ok && qualFits(q, &a) {
			if a.e.Qualifier == "" {
				a.e.Qualifier = q
			} else {
				a.e.Qualifier = q + " " + a.e.Qualifier
			}
			a.from = i
			a.e.Span.Start = int(s.t[i].start)
			return a, true
		}
	}
	return s.modified(i)
}

var approximate = map[string]bool{
	"around": true, "about": true, "approximately": true, "roughly": true, "nearly": true,
	"almost": true, "circa": true, "sometime": true, "just around": true, "sometime around": true,
	"right around": true, "at about": true,
}

// qualifier reads words that qualify a time: "around", "just before",
// "shortly after", "since". It returns the normalised qualifier and the
// index after it, or i when there is none.
func (s *scanner) qualifier(i int) (string, int) {
	k := s.key(i)
	switch k {
	case "just", "shortly", "soon", "right", "immediately", "well", "sometime":
		switch k2 := s.key(i + 1); k2 {
		case "before", "after", "past", "around", "about":
			return k + " " + k2, i + 2
		}
		if k == "sometime" {
			return k, i + 1
		}
	case "approx":
		if s.punct(i+1, '.') && s.adj(i+1) {
			return "approximately", i + 2
		}
		return "approximately", i + 1
	case "till", "til":
		return "until", i + 1
	case "around", "about", "approximately", "roughly", "nearly", "almost", "circa",
		"before", "after", "since", "until", "by", "past":
		return k, i + 1
	}
	return "", i
}

// qualFits reports whether qualifier q may qualify a: approximations go
// with anything but a bare year ("around 2000" is more often a count), and
// "past" only with a clock. A possessive is a noun's modifier, so "after
// Sunday's attack" is not "after Sunday".
func qualFits(q string, a *atom) bool {
	if a.poss {
		return false
	}
	if approximate[q] && a.e.Kind == Year {
		return false
	}
	if q == "past" && a.e.Clock == "" {
		return false
	}
	if a.e.Narrative && q != "" && !approximate[q] {
		return false
	}
	return true
}

// modified reads the modifiers before a head and then the head.
func (s *scanner) modified(i int) (atom, bool) {
	var m mods
	k := i
	switch key := s.key(k); key {
	case "early", "late":
		m.part = key
		k++
		if s.key(k) == "on" {
			k++
		} else if s.key(k) == "in" && s.key(k+1) == "the" && s.lx(k+2) != nil && s.lx(k+2).part != "" {
			k += 2
		}
	case "mid":
		m.part = "mid"
		k++
		if s.punct(k, '-') && s.adj(k) {
			k++
		}
	case "earlier", "later":
		m.qual = key
		k++
		if s.key(k) == "on" {
			k++
		}
	}
	switch s.key(k) {
	case "last", "next":
		// "the last year", "over the next week": durations, not dates.
		if s.key(k-1) == "the" || s.key(k-1) == "past" {
			return atom{}, false
		}
		m.dir = dirLast
		if s.key(k) == "next" {
			m.dir = dirNext
		}
		k++
	case "this":
		m.dir = dirThis
		k++
		if s.key(k) == "past" {
			m.dir = dirLast
			k++
		}
	}
	if k >= len(s.t) || (k > i && !s.near(k)) {
		return atom{}, false
	}
	a, ok := s.head(k, m)
	if !ok {
		return atom{}, false
	}
	if k > i {
		a.from = i
		a.e.Span.Start = int(s.t[i].start)
	}
	return a, true
}

// head reads the word or number that carries an expression, applying the
// modifiers m that came before it.
func (s *scanner) head(k int, m mods) (atom, bool) {
	t := &s.t[k]
	if t.kind == tNum {
		return s.numHead(k, m)
	}
	if t.kind != tWord || t.lx == 0 {
		return atom{}, false
	}
	e := &entries[t.lx]
	if e.month > 0 {
		if a, ok := s.monthHead(k, m); ok {
			return a, true
		}
	}
	if e.wday > 0 {
		if a, ok := s.weekdayHead(k, m); ok {
			return a, true
		}
	}
	switch e.key {
	case "today", "tonight", "tonite", "yesterday", "tomorrow", "overnight", "night", "morning",
		"afternoon", "evening", "week", "weekend", "month", "year", "day":
		if a, ok := s.relHead(k, m); ok {
			return a, true
		}
	case "the":
		if m.dir == dirNone && m.part == "" {
			return s.theHead(k, m)
		}
		return atom{}, false
	case "that":
		return s.thatHead(k, m)
	case "over", "at", "during", "on", "throughout", "through":
		if m.none() {
			return s.weekendHead(k)
		}
		return atom{}, false
	case "noon", "midnight", "midday":
		return s.clockWord(k, m)
	case "new", "christmas", "xmas", "halloween", "valentine", "valentines", "thanksgiving",
		"independence", "boxing", "memorial", "labor", "labour", "veterans", "veteran", "easter", "good",
		"father", "fathers", "mother", "mothers":
		return s.holidayHead(k, m)
	case "pre", "wee", "small":
		return s.partHead(k, m)
	}
	if e.season != "" {
		if a, ok := s.seasonHead(k, m); ok {
			return a, true
		}
	}
	if e.part != "" {
		if a, ok := s.partHead(k, m); ok {
			return a, true
		}
	}
	if e.card > 0 && m.none() {
		if a, ok := s.relUnits(k, int(e.card)); ok {
			return a, true
		}
	}
	if e.ord > 0 || e.key == "twenty" || e.key == "thirty" {
		if d, j, ok := s.ordinalWord(k); ok && s.key(j) == "of" {
			return s.dayMonth(k, d, j+1, true, m)
		}
	}
	return atom{}, false
}

// futureBefore reports a future-tense cue among the five words before
// token k in its sentence: "will", "is scheduled for", "planned", "won't",
// "is due in court", "set for". A cue further back is more often a
// different clause ("Police will not say whether the shooting Sunday ...").
func (s *scanner) futureBefore(k int) bool {
	words := 0
	for i := k - 1; i >= 0 && words < 5; i-- {
		t := &s.t[i]
		if t.kind == tPunct {
			switch t.ch {
			case '!', '?', ';', '"':
				return false
			case '.':
				if !(s.isWord(i-1) && s.ndig(i-1) == 1) {
					return false
				}
			}
			if t.nl {
				return false
			}
			continue
		}
		words++
		switch s.key(i) {
		case "will", "shall", "scheduled", "planned", "planning", "plans", "slated", "expected", "upcoming":
			return true
		case "due":
			if s.key(i+1) != "to" {
				return true
			}
		case "set":
			if s.key(i+1) == "for" || s.key(i+1) == "to" {
				return true
			}
		case "won", "ll":
			if s.punct(i-1, '\'') && s.key(i) == "ll" || s.punct(i+1, '\'') && s.key(i+2) == "t" {
				return true
			}
		}
		if t.nl {
			return false
		}
	}
	return false
}
