package numbers

// phone reads a telephone number starting at token i: "(765) 456-7107",
// "303-954-1822", "765.456.7107", "1-800-222-TIPS", "+44 20 7946 0958",
// and a bare "456-7107" after a word such as "call". It works on the raw
// bytes because separators inside phone numbers do not follow the
// tokenizer's rules for numbers.
func (s *scanner) phone(i int) int {
	if i > 0 && s.toks[i].glued {
		switch p := &s.toks[i-1]; {
		case p.kind == tWord || p.kind == tNum:
			return i
		case p.r == '-' || p.r == '.' || p.r == '/' || p.r == '$':
			return i
		}
	}
	end, local, ok := phoneAt(s.text, s.toks[i].start)
	if !ok {
		return i
	}
	if local {
		switch s.prevWordAny(i) {
		case "call", "calling", "called", "at", "contact", "contacting", "number", "phone", "telephone",
			"tel", "line", "dial", "hotline", "is", "reached", "text", "fax", "cell", "mobile":
		default:
			if s.punct(i-1) != ':' {
				return i
			}
		}
	}
	j := i
	for j < len(s.toks) && s.toks[j].end <= end {
		j++
	}
	if j == i || s.toks[j-1].end != end {
		return i
	}
	q := Quantity{Kind: Phone, NumSpan: s.span(i, j)}
	// The digits of a lettered number in brackets: "1-800-273-TALK (8255)".
	if s.punct(j) == '(' && s.near(j) && s.isNum(j+1) && len(s.lo(j+1)) == 4 && s.punct(j+2) == ')' {
		j += 3
	}
	q.Span = s.span(i, j)
	return s.emit(q, i, j)
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isAlnumASCII(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || isUpperASCII(c)
}

// phoneAt matches a phone number at t[p:] and returns where it ends and
// whether it is a bare seven-digit local number.
func phoneAt(t string, p int) (end int, local, ok bool) {
	n := len(t)
	if p >= n {
		return 0, false, false
	}
	boundary := func(x int) bool { return x >= n || !isAlnumASCII(t[x]) }
	run := func(x int, pred func(byte) bool) int {
		y := x
		for y < n && pred(t[y]) {
			y++
		}
		return y - x
	}
	if t[p] == '+' {
		x := p + 1
		total, groups := 0, 0
		for groups < 7 {
			l := run(x, isDigit)
			if l == 0 {
				break
			}
			total += l
			groups++
			x += l
			if x+1 < n && (t[x] == ' ' || t[x] == '-' || t[x] == '.') && isDigit(t[x+1]) {
				x++
				continue
			}
			break
		}
		if total >= 8 && total <= 15 && groups >= 2 && boundary(x) {
			return x, false, true
		}
		return 0, false, false
	}
	// The part after the area code: 456-7107, 222-TIPS, CALL-FBI.
	localAt := func(x int, seps string) int {
		var l1 int
		switch {
		case run(x, isDigit) == 3 && t[x] >= '2':
			l1 = 3
		default:
			l1 = run(x, isUpperASCII)
			if l1 < 3 || l1 > 4 {
				return -1
			}
		}
		x += l1
		if x >= n || !contains(seps, t[x]) {
			return -1
		}
		x++
		l2 := run(x, isDigit)
		if l2 != 4 {
			if l2 != 0 {
				return -1
			}
			l2 = run(x, isUpperASCII)
			if l2 < 3 || l2 > 7 || l1+l2 > 10 {
				return -1
			}
		}
		x += l2
		if !boundary(x) {
			return -1
		}
		return x
	}
	areaAt := func(x int) int {
		if x < n && t[x] == '(' {
			if run(x+1, isDigit) == 3 && x+4 < n && t[x+4] == ')' && t[x+1] >= '2' {
				y := x + 5
				if y < n && t[y] == ' ' {
					y++
				}
				return localAt(y, "-. ")
			}
			return -1
		}
		if run(x, isDigit) == 3 && t[x] >= '2' && x+3 < n && (t[x+3] == '-' || t[x+3] == '.') {
			return localAt(x+4, string(t[x+3]))
		}
		return -1
	}
	if t[p] == '1' && p+1 < n && (t[p+1] == '-' || t[p+1] == '.' || t[p+1] == ' ') {
		if e := areaAt(p + 2); e > 0 {
			return e, false, true
		}
	}
	if e := areaAt(p); e > 0 {
		return e, false, true
	}
	if isDigit(t[p]) {
		if e := localAt(p, "-"); e > 0 && run(p, isDigit) == 3 && run(p+4, isDigit) == 4 {
			return e, true, true
		}
	}
	return 0, false, false
}

func contains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
