package timex

// Relative expressions: days, weeks, months and years counted from the
// anchor ("yesterday", "last week") or from the story ("the next day"),
// and parts of day.

// joinPart joins a modifier and a part of day: "early" and "morning" make
// "early morning"; "early hours" is the early morning, "late hours" the
// late night.
func joinPart(pre, p string) string {
	switch {
	case pre == "":
		return p
	case p == "":
		return pre
	case p == "hours":
		if pre == "late" {
			return "late night"
		}
		return pre + " morning"
	}
	return pre + " " + p
}

// relHead reads days, weeks, months and years relative to the anchor:
// "today", "tonight", "yesterday morning", "last night", "this morning",
// "last week", "this weekend", "earlier this month", "late last year",
// "overnight", and "next day" (narrative).
func (s *scanner) relHead(k int, m mods) (atom, bool) {
	key := s.key(k)
	x := Expr{Kind: Relative, Part: m.part, Qualifier: m.qual}
	j := k + 1
	switch key {
	case "today", "tonight", "tonite", "yesterday", "tomorrow":
		if m.dir != dirNone {
			return atom{}, false
		}
		if s.key(k-1) == "usa" || s.capWord(k) && s.near(j) &&
			(s.key(j) == "show" || s.key(j) == "programme" || s.key(j) == "program") {
			return atom{}, false // "USA Today", "the Today show"
		}
		x.HasRel = true
		switch key {
		case "tonight", "tonite":
			x.Part = joinPart(m.part, "night")
		case "yesterday":
			x.RelDays = -1
		case "tomorrow":
			x.RelDays = 1
		}
		if key == "yesterday" || key == "tomorrow" {
			if p := s.lx(j); p != nil && s.near(j) {
				switch p.key {
				case "morning", "afternoon", "evening", "night":
					x.Part = joinPart(m.part, p.key)
					j++
				}
			}
		}
	case "overnight":
		if m.dir != dirNone || m.qual != "" {
			return atom{}, false
		}
		x = Expr{Kind: PartOfDay, Part: joinPart(m.part, "night")}
	case "night", "evening", "morning", "afternoon":
		switch {
		case m.dir == dirLast && (key == "night" || key == "evening"):
			x.RelDays, x.HasRel = -1, true
		case m.dir == dirThis && key != "night":
			x.HasRel = true
		case m.dir == dirNext && m.part == "" && m.qual == "":
			x.RelDays, x.HasRel, x.Narrative = 1, true, true
		default:
			return atom{}, false
		}
		x.Part = joinPart(m.part, key)
	case "day":
		if m.dir != dirNext || m.part != "" || m.qual != "" {
			return atom{}, false
		}
		x.RelDays, x.HasRel, x.Narrative = 1, true, true
	case "week", "weekend":
		if m.dir == dirNone {
			return atom{}, false
		}
		x.HasRelWeek = true
		x.RelWeeks = dirOffset(m.dir)
		x.Weekend = key == "weekend"
	case "month":
		if m.dir == dirNone {
			return atom{}, false
		}
		x.HasRelMonth, x.RelMonths = true, dirOffset(m.dir)
	case "year":
		if m.dir == dirNone {
			return atom{}, false
		}
		x.HasRelYear, x.RelYears = true, dirOffset(m.dir)
	default:
		return atom{}, false
	}
	a := s.mk(k, j, x)
	if s.poss(j) {
		a.to, a.poss = j+2, true
	}
	return a, true
}

// dirOffset turns last, this and next into -1, 0 and 1.
func dirOffset(dir int8) int {
	switch dir {
	case dirLast:
		return -1
	case dirNext:
		return 1
	}
	return 0
}

// theHead reads expressions that begin with "the": narrative days ("the
// previous night", "the day before", "the next day", "the same day"), "the
// day before yesterday", day-first dates ("the 1st of September", "the
// first of September"), days of an unnamed month ("on the 15th") and "the
// Fourth" (of July).
func (s *scanner) theHead(k int, m mods) (atom, bool) {
	j := k + 1
	if !s.near(j) {
		return atom{}, false
	}
	k1, k2, k3 := s.key(j), s.key(j+1), s.key(j+2)
	partOf := func(w string) string {
		switch w {
		case "morning", "afternoon", "evening", "night":
			return w
		}
		return ""
	}
	narr := func(days int, part string, end int) (atom, bool) {
		x := Expr{Kind: Relative, RelDays: days, HasRel: true, Narrative: true, Part: part, Qualifier: m.qual}
		return s.mk(k, end, x), true
	}
	switch {
	case k1 == "day" && k2 == "before" && k3 == "yesterday":
		return s.mk(k, j+3, Expr{Kind: Relative, RelDays: -2, HasRel: true, Qualifier: m.qual}), true
	case k1 == "night" && k2 == "before" && k3 == "last":
		return s.mk(k, j+3, Expr{Kind: Relative, RelDays: -2, HasRel: true, Part: "night", Qualifier: m.qual}), true
	case k1 == "previous" || k1 == "preceding":
		if k2 == "day" {
			return narr(-1, "", j+2)
		}
		if p := partOf(k2); p != "" {
			return narr(-1, p, j+2)
		}
	case k1 == "next" || k1 == "following":
		if k2 == "day" {
			return narr(1, "", j+2)
		}
		if p := partOf(k2); p != "" {
			return narr(1, p, j+2)
		}
	case k1 == "same":
		if k2 == "day" {
			return narr(0, "", j+2)
		}
		if p := partOf(k2); p != "" {
			return narr(0, p, j+2)
		}
	case k1 == "day" || partOf(k1) != "":
		p := partOf(k1)
		switch k2 {
		case "before":
			return narr(-1, p, j+2)
		case "after":
			return narr(1, p, j+2)
		}
	}
	if m.qual != "" {
		return atom{}, false
	}
	// "the 1st of September", "the 15th"
	if s.isNum(j) && !s.numBlocked(j) {
		d, n, ok := s.dayNumber(j)
		if !ok || n == j+1 {
			return atom{}, false
		}
		if s.key(n) == "of" {
			if a, ok := s.dayMonth(j, d, n+1, true, m); ok {
				return a, true
			}
			if s.key(n+1) == "this" && s.key(n+2) == "month" || s.key(n+1) == "the" && s.key(n+2) == "month" {
				return s.mk(k, n+3, Expr{Kind: DayOfMonth, Day: d, RelMonths: 0, HasRelMonth: true}), true
			}
			if s.key(n+1) == "last" && s.key(n+2) == "month" {
				return s.mk(k, n+3, Expr{Kind: DayOfMonth, Day: d, RelMonths: -1, HasRelMonth: true}), true
			}
			return atom{}, false
		}
		if s.has(k-1, fPrep) && (!s.ok(n) || s.t[n].kind == tPunct && (s.t[n].ch == ',' || s.t[n].ch == '.' ||
			s.t[n].ch == ';' || s.t[n].ch == ')') || s.key(n) == "at" || s.key(n) == "when") {
			return s.mk(k, n, Expr{Kind: DayOfMonth, Day: d}), true
		}
		return atom{}, false
	}
	if d, n, ok := s.ordinalWord(j); ok {
		if s.key(n) == "of" {
			return s.dayMonth(j, d, n+1, true, m)
		}
		// "on the Fourth": Independence Day, when nothing names another.
		if d == 4 && s.t[j].caps == capTitle && s.has(k-1, fPrep) &&
			(!s.ok(n) || !s.near(n) || s.t[n].kind == tPunct || s.isWord(n) && s.t[n].caps == capLower) {
			x := Expr{Kind: PartialDate, Month: 7, Day: 4, Holiday: "Independence Day", US: true}
			return s.mk(k, n, x), true
		}
	}
	return atom{}, false
}

// thatHead reads "that day", "that night", "later that day": narrative.
func (s *scanner) thatHead(k int, m mods) (atom, bool) {
	if m.dir != dirNone || m.part != "" || !s.near(k+1) {
		return atom{}, false
	}
	switch w := s.key(k + 1); w {
	case "day", "morning", "afternoon", "evening", "night":
		if s.isWord(k+2) && s.near(k+2) && s.t[k+2].caps == capLower && s.lx(k+2) == nil {
			return atom{}, false // "that night vision": a noun phrase
		}
		x := Expr{Kind: Relative, HasRel: true, Narrative: true, Qualifier: m.qual}
		if w != "day" {
			x.Part = w
		}
		return s.mk(k, k+2, x), true
	}
	return atom{}, false
}

// weekendHead reads "over the weekend", "at the weekend", "during the
// weekend": the weekend just past.
func (s *scanner) weekendHead(k int) (atom, bool) {
	if s.key(k+1) == "the" && s.key(k+2) == "weekend" && s.near(k+1) && s.near(k+2) {
		x := Expr{Kind: Relative, HasRelWeek: true, Weekend: true}
		return s.mk(k, k+3, x), true
	}
	return atom{}, false
}

// relUnits reads "three days ago", "a week ago", "two days later", "a
// couple of days earlier", "10 years ago". n is the count at k.
func (s *scanner) relUnits(k, n int) (atom, bool) {
	j := k + 1
	if s.key(k) == "a" && s.key(j) == "couple" && s.key(j+1) == "of" {
		n, j = 2, j+2
	}
	if n < 1 || n > 99 || s.isNum(k) && (s.ndig(k) > 2 || !s.numTail(k)) {
		return atom{}, false
	}
	u := s.lx(j)
	if u == nil || u.unit == 0 || !s.near(j) || !s.near(j+1) {
		return atom{}, false
	}
	x := Expr{Kind: Relative}
	switch s.key(j + 1) {
	case "ago":
		switch u.unit {
		case uMonth:
			x.RelMonths, x.HasRelMonth = -n, true
		case uYear:
			x.RelYears, x.HasRelYear = -n, true
		default:
			x.RelDays, x.HasRel = -n*int(u.unit), true
		}
	case "later", "after", "afterwards", "afterward":
		if u.unit < 0 {
			return atom{}, false
		}
		x.RelDays, x.HasRel, x.Narrative = n*int(u.unit), true, true
	case "earlier", "before", "prior", "previously":
		if u.unit < 0 {
			return atom{}, false
		}
		x.RelDays, x.HasRel, x.Narrative = -n*int(u.unit), true, true
	default:
		return atom{}, false
	}
	return s.mk(k, j+2, x), true
}

// partHead reads parts of day standing alone: "early morning", "late
// afternoon", "mid-morning", "in the evening", "at night", "before dawn",
// "pre-dawn", "the early hours", "the small hours".
func (s *scanner) partHead(k int, m mods) (atom, bool) {
	if m.dir != dirNone || m.qual != "" {
		return atom{}, false
	}
	key := s.key(k)
	switch key {
	case "pre":
		if s.punct(k+1, '-') && s.adj(k+1) && s.key(k+2) == "dawn" && s.adj(k+2) {
			return s.mk(k, k+3, Expr{Kind: PartOfDay, Part: joinPart(m.part, "dawn")}), true
		}
		return atom{}, false
	case "wee", "small":
		if s.key(k+1) == "hours" && s.near(k+1) && s.key(k-1) == "the" {
			return s.mk(k, k+2, Expr{Kind: PartOfDay, Part: "early morning"}), true
		}
		return atom{}, false
	}
	e := s.lx(k)
	if e == nil || e.part == "" {
		return atom{}, false
	}
	p := e.part
	j := k + 1
	ok := m.part != ""
	if !ok {
		switch p {
		case "hours":
		case "dawn", "dusk":
			ok = key == "predawn" || s.has(k-1, fPrep) || s.key(k-1) == "at"
		case "mid morning", "mid afternoon":
			ok = true
		default:
			prev2 := s.key(k - 2)
			ok = s.key(k-1) == "the" && (prev2 == "in" || prev2 == "during" || prev2 == "through" ||
				prev2 == "throughout" || s.key(j) == "of" && s.near(j)) ||
				s.key(k-1) == "at" && p == "night"
		}
	}
	if !ok {
		return atom{}, false
	}
	if p == "hours" && m.part == "" {
		return atom{}, false
	}
	if key == "morning" && s.key(j) == "hours" && s.near(j) {
		j++
	}
	return s.mk(k, j, Expr{Kind: PartOfDay, Part: joinPart(m.part, p)}), true
}
