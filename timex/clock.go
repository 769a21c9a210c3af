package timex

// Times of day: "5 a.m.", "4.45 am", "12:40PM", "at 05:00 local time",
// "0200 GMT", "noon", "10 o'clock at night".

import "strings"

// hhmm reads H:MM or HH:MM (and optional :SS) at k as a 24-hour time, as
// after the T of an ISO timestamp.
func (s *scanner) hhmm(k int) (string, int, bool) {
	if !s.isNum(k) || s.ndig(k) > 2 || s.val(k) > 23 {
		return "", k, false
	}
	if !s.punct(k+1, ':') || !s.adj(k+1) || !s.isNum(k+2) || !s.adj(k+2) || s.ndig(k+2) != 2 || s.val(k+2) > 59 {
		return "", k, false
	}
	j := k + 3
	if s.punct(j, ':') && s.adj(j) && s.isNum(j+1) && s.adj(j+1) && s.ndig(j+1) == 2 {
		j += 2
	}
	return clockString(s.val(k), s.val(k+2)), j, true
}

func clockString(h, m int) string {
	b := []byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)}
	return string(b)
}

// ampm reads "am", "a.m.", "a. m.", "A.M.", "pm", "p.m" at j, touching the
// number before it or one space away. It returns whether it is p.m. and
// the index after it.
func (s *scanner) ampm(j int) (pm bool, next int, ok bool) {
	if !s.isWord(j) || !s.near(j) {
		return false, j, false
	}
	switch s.key(j) {
	case "am":
		return false, j + 1, true
	case "pm":
		return true, j + 1, true
	case "a", "p":
		if s.punct(j+1, '.') && s.adj(j+1) && s.key(j+2) == "m" && s.near(j+2) {
			n := j + 3
			if s.punct(n, '.') && s.adj(n) {
				n++
			}
			return s.key(j) == "p", n, true
		}
	}
	return false, j, false
}

// clockPrep reports whether the words before token k allow a bare 24-hour
// time there: "at 05:00", "from 10:00", "10:00-11:00", or right after a
// date ("June 15, 2014 10:30").
func (s *scanner) clockPrep(k int) bool {
	if s.has(k-1, fClockPrep) || s.punct(k-1, '-') {
		return true
	}
	if a := s.lastAtom(); a != nil && a.e.Clock == "" {
		if a.to == k || a.to == k-1 && (s.punct(k-1, ',') || s.key(k-1) == "at") {
			return true
		}
	}
	return false
}

// zone reads what may follow a clock: "local time", "(local time)", an
// upper-case zone ("GMT", "EST"), "Baghdad time", and for 24-hour times
// "hours" or "hrs". It returns the zone, whether anything was read, and
// the index after it.
func (s *scanner) zone(j int) (string, bool, int) {
	if !s.near(j) {
		return "", false, j
	}
	if s.punct(j, '(') {
		if z, ok, n := s.zone(j + 1); ok && z != "" && s.punct(n, ')') {
			return z, true, n + 1
		}
		return "", false, j
	}
	switch {
	case s.key(j) == "local" && s.key(j+1) == "time":
		return "local", true, j + 2
	case s.key(j) == "local" && s.near(j):
		return "local", true, j + 1
	case s.has(j, fTZ) && s.t[j].caps == capUpper:
		z := s.raw(j)
		n := j + 1
		if (s.punct(n, '+') || s.punct(n, '-')) && s.adj(n) && s.isNum(n+1) && s.adj(n+1) && s.ndig(n+1) <= 2 {
			z += s.raw(n) + s.raw(n+1)
			n += 2
		}
		return z, true, n
	case s.capWord(j) && s.t[j].lx == 0 && s.key(j+1) == "time" && s.near(j+1):
		return s.raw(j), true, j + 2
	case s.key(j) == "hours" || s.key(j) == "hrs" || s.key(j) == "hr":
		return "", true, j + 1
	}
	return "", false, j
}

// clock reads times of day written with digits: "5 a.m.", "4.45 am",
// "12:40PM", "12 noon", "at 05:00 local time", "1430 GMT", "at 0500",
// "5 in the morning".
func (s *scanner) clock(k int) (atom, bool) {
	h, nd := s.val(k), s.ndig(k)
	j := k + 1
	minute, hasMin, dot := 0, false, false
	if nd <= 2 && (s.punct(j, ':') || s.punct(j, '.')) && s.adj(j) && s.isNum(j+1) && s.adj(j+1) &&
		s.ndig(j+1) == 2 && s.val(j+1) < 60 {
		minute, hasMin, dot = s.val(j+1), true, s.t[j].ch == '.'
		j += 2
		if s.punct(j, ':') && s.adj(j) && s.isNum(j+1) && s.adj(j+1) && s.ndig(j+1) == 2 {
			j += 2
		}
	}
	if nd <= 2 {
		if pm, n, ok := s.ampm(j); ok && h >= 1 && h <= 12 {
			h %= 12
			if pm {
				h += 12
			}
			e := Expr{Kind: Clock, Clock: clockString(h, minute)}
			if z, ok, n2 := s.zone(n); ok && z != "" {
				e.Zone, n = z, n2
			}
			return s.mk(k, n, e), true
		}
		if h == 12 && !hasMin && s.near(j) && (s.key(j) == "noon" || s.key(j) == "midnight" || s.key(j) == "midday") {
			c := "12:00"
			if s.key(j) == "midnight" {
				c = "00:00"
			}
			return s.mk(k, j+1, Expr{Kind: Clock, Clock: c}), true
		}
		// "4 o'clock", "10 o’clock at night": the half needs a part of day.
		if h >= 1 && h <= 12 && !hasMin && s.key(j) == "o" && s.near(j) && s.punct(j+1, '\'') && s.adj(j+1) &&
			s.key(j+2) == "clock" && s.adj(j+2) {
			a := s.mk(k, j+3, Expr{Kind: Clock, Clock: clockString(h, 0), NoMeridiem: true})
			if s.key(j+3) == "in" && s.key(j+4) == "the" && s.partAfter(j+5) != "" && s.partAfter(j+5) != "night" {
				a = s.mk(k, j+6, Expr{Kind: Clock, Clock: a.e.Clock, NoMeridiem: true, Part: s.key(j + 5)})
			} else if s.key(j+3) == "at" && s.key(j+4) == "night" {
				a = s.mk(k, j+5, Expr{Kind: Clock, Clock: a.e.Clock, NoMeridiem: true, Part: "night"})
			}
			meridiem(&a.e)
			return a, true
		}
		// "5 in the morning", "10 at night", after "at", "around", ...
		if h >= 1 && h <= 12 && s.has(k-1, fClockPrep) {
			p, n := "", j
			if s.key(j) == "in" && s.key(j+1) == "the" {
				switch s.key(j + 2) {
				case "morning", "afternoon", "evening":
					p, n = s.key(j+2), j+3
				}
			} else if s.key(j) == "at" && s.key(j+1) == "night" {
				p, n = "night", j+2
			}
			if p != "" {
				switch {
				case p == "morning":
					h %= 12
				case p == "night" && h == 12:
					h = 0
				case p == "night" && h < 5:
				default:
					h = h%12 + 12
				}
				return s.mk(k, n, Expr{Kind: Clock, Clock: clockString(h, minute), Part: p}), true
			}
		}
		// "17h30", French style.
		if nd <= 2 && h <= 23 && !hasMin && s.key(j) == "h" && s.adj(j) && s.isNum(j+1) && s.adj(j+1) &&
			s.ndig(j+1) == 2 && s.val(j+1) < 60 && s.numTail(j+1) {
			return s.mk(k, j+2, Expr{Kind: Clock, Clock: clockString(h, s.val(j+1))}), true
		}
		if hasMin && h <= 23 {
			z, zok, n := s.zone(j)
			// A leading zero or an hour past 12 makes a 24-hour time
			// anywhere: "began 05:30", "17:30".
			strong := !dot && nd == 2 && (s.text[s.t[k].start] == '0' || h >= 13) && s.numTail(j-1)
			if zok || strong || (!dot && s.clockPrep(k)) {
				e := Expr{Kind: Clock, Clock: clockString(h, minute), Zone: z}
				// "at 9:30" could be morning or evening; "09:30", "21:30"
				// and "9:30 GMT" are 24-hour times.
				e.NoMeridiem = !zok && h >= 1 && h <= 12 && s.text[s.t[k].start] != '0'
				return s.mk(k, n, e), true
			}
		}
		return atom{}, false
	}
	// "1345hrs", "0200GMT": a unit glued on.
	if nd == 4 && h/100 <= 23 && h%100 <= 59 && s.isWord(j) && s.adj(j) {
		switch s.key(j) {
		case "hrs", "hr", "h", "gmt", "utc", "z":
			e := Expr{Kind: Clock, Clock: clockString(h/100, h%100)}
			if s.key(j) != "hrs" && s.key(j) != "hr" && s.key(j) != "h" {
				e.Zone = strings.ToUpper(s.raw(j))
				if e.Zone == "Z" {
					e.Zone = "UTC"
				}
			}
			return s.mk(k, j+1, e), true
		}
	}
	if nd == 4 && h/100 <= 23 && h%100 <= 59 && s.numTail(k) {
		z, zok, n := s.zone(j)
		if zok || s.text[s.t[k].start] == '0' && s.has(k-1, fClockPrep) {
			return s.mk(k, n, Expr{Kind: Clock, Clock: clockString(h/100, h%100), Zone: z}), true
		}
	}
	return atom{}, false
}

// clockWord reads noon, midday and midnight.
func (s *scanner) clockWord(k int, m mods) (atom, bool) {
	if m.dir != dirNone || m.qual != "" {
		return atom{}, false
	}
	if m.part != "" {
		return atom{}, false // "late midnight" is no time
	}
	e := Expr{Kind: Clock, Clock: "12:00"}
	if s.key(k) == "midnight" {
		e.Clock = "00:00"
	}
	n := k + 1
	if z, ok, n2 := s.zone(n); ok && z != "" {
		e.Zone, n = z, n2
	}
	return s.mk(k, n, e), true
}

// meridiem settles an ambiguous 12-hour clock by the part of day beside
// it: "last night around 10:30" is 22:30, "Sunday morning at 9:30" 09:30.
func meridiem(e *Expr) {
	if !e.NoMeridiem || len(e.Clock) != 5 {
		return
	}
	h := int(e.Clock[0]-'0')*10 + int(e.Clock[1]-'0')
	switch {
	case strings.HasSuffix(e.Part, "morning") || e.Part == "dawn" || strings.HasSuffix(e.Part, "early morning"):
		if h == 12 {
			h = 0
		}
	case strings.HasSuffix(e.Part, "afternoon") || strings.HasSuffix(e.Part, "evening") || e.Part == "dusk":
		if h < 12 {
			h += 12
		}
	case strings.HasSuffix(e.Part, "night"):
		if h == 12 {
			h = 0
		} else if h >= 6 {
			h += 12
		}
	default:
		return
	}
	e.Clock = clockString(h, int(e.Clock[3]-'0')*10+int(e.Clock[4]-'0'))
	e.NoMeridiem = false
}
