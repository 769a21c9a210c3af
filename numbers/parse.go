package numbers

import "strings"

// Parse reads s as one quantity expression and nothing else: "forty-four",
// "2,500", "a dozen", "dozens", "at least 44", "1.2 million", "13-year-old".
// Leading and trailing spaces are ignored; the spans of the result are
// offsets into s. It reports false when s holds no quantity, more than
// one, or words besides it. Parse reads s without context, so "2013" is a
// Year and "one" a Cardinal.
func Parse(s string) (Quantity, bool) {
	t := strings.TrimLeftFunc(s, isSpace)
	lo := len(s) - len(t)
	hi := lo + len(strings.TrimRightFunc(t, isSpace))
	if lo == hi {
		return Quantity{}, false
	}
	qs := Find(s)
	if len(qs) != 1 || qs[0].Span.Start != lo || qs[0].Span.End != hi {
		return Quantity{}, false
	}
	return qs[0], true
}

var (
	smallWords = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensWords = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	scales    = [...]struct {
		v    int
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}}
)

// Words spells n in English words as news copy writes them: 44 is
// "forty-four", 112 "one hundred and twelve", 2500 "two thousand five
// hundred". Parse reads every result back as n. Numbers beyond the
// trillions are written in digits.
func Words(n int) string {
	if n < 0 {
		if n < -999_999_999_999_999 {
			return itoa(n)
		}
		return "minus " + Words(-n)
	}
	if n > 999_999_999_999_999 {
		return itoa(n)
	}
	if n == 0 {
		return "zero"
	}
	var b strings.Builder
	rest := n
	for _, sc := range scales {
		if rest >= sc.v {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(under1000(rest/sc.v, false))
			b.WriteByte(' ')
			b.WriteString(sc.name)
			rest %= sc.v
		}
	}
	if rest > 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(under1000(rest, b.Len() > 0))
	}
	return b.String()
}

// under1000 spells 1..999; and says whether a bare tail after a larger
// scale takes "and" ("one thousand and five").
func under1000(n int, and bool) string {
	var b strings.Builder
	if n >= 100 {
		b.WriteString(smallWords[n/100])
		b.WriteString(" hundred")
		n %= 100
		if n == 0 {
			return b.String()
		}
		b.WriteString(" and ")
	} else if and {
		b.WriteString("and ")
	}
	switch {
	case n < 20:
		b.WriteString(smallWords[n])
	default:
		b.WriteString(tensWords[n/10])
		if n%10 != 0 {
			b.WriteByte('-')
			b.WriteString(smallWords[n%10])
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [24]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
