package numbers

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner apostrophes: "forty", "o'clock", "smith's"
	tNum                      // ASCII digits with inner separators: "2,500", "1.2", "12:40", "765.456.7107"
	tPunct                    // any other single rune
)

// token is one word, number or punctuation mark of the text. Tokens hold
// byte offsets, like the spans they become, and no pointers, so that a
// pooled slice of them costs the garbage collector nothing.
type token struct {
	start, end int
	// ls, le locate the lower-cased word (with ’ folded to ') in the
	// scanner's buffer of lowered words, unless lt says that the text
	// itself is already lower-case. Numbers are read from the text.
	ls, le int
	r      rune // punctuation: the rune, with look-alikes folded (see foldPunct)
	kind   tokKind
	lt     bool // the word is lower-case ASCII in the text: text[start:end]
	glued  bool // no space between the previous token and this one
	brk    bool // a blank line separates this token from the previous one
	cap    bool // a word whose first letter is upper-case
	upper  bool // a word of two or more letters, all upper-case
}

// isSpace reports whether r separates tokens. No-break and other
// typographic spaces count: news text is full of U+00A0.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029,
		0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// foldPunct maps look-alike punctuation to one rune, so that matchers test
// one case: hyphens and the minus sign to '-', curly and prime quotes to
// ASCII. The en dash stays distinct because "40–50" is a range but "–" with
// spaces is also a clause dash; the em dash is never part of a number.
func foldPunct(r rune) rune {
	switch r {
	case 0x2010, 0x2011, 0x2012, 0x2212, 0xFE63, 0xFF0D:
		return '-'
	case 0x2015:
		return 0x2014
	case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC:
		return '\''
	case 0x201C, 0x201D, 0x201F, 0x2033:
		return '"'
	case 0xFF04:
		return '$'
	}
	return r
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Byte classes of ASCII, for the tokenizer's fast path.
const (
	cOther = iota
	cSpace
	cDigit
	cLower
	cUpper
	cNewline
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == '\n':
			t[c] = cNewline
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case 'a' <= c && c <= 'z':
			t[c] = cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cUpper
		}
	}
	return
}()

// tokenize splits text into tokens, appending to toks. Words that are not
// already lower-case ASCII are lowered into one buffer, returned as a
// string, so that the whole text costs one small allocation rather than
// one per capitalised word.
func tokenize(text string, toks []token) ([]token, string) {
	var low []byte
	gapStart := 0
	newlines := 0
	n := len(text)
	i := 0
	for i < n {
		c := text[i]
		cls := uint8(cOther)
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			cls = asciiClass[c]
			r = rune(c)
			switch cls {
			case cSpace:
				i++
				continue
			case cNewline:
				newlines++
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isSpace(r) {
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				cls = cUpper // not known to be lower-case ASCII: take the slow path
			}
		}
		t := token{start: i, glued: i == gapStart && len(toks) > 0, brk: newlines >= 2}
		newlines = 0
		switch cls {
		case cDigit:
			t.kind = tNum
			t.end = scanNumber(text, i)
		case cLower:
			j := i + 1
			for j < n && text[j] < utf8.RuneSelf && asciiClass[text[j]] == cLower {
				j++
			}
			if j < n && (text[j] >= utf8.RuneSelf || asciiClass[text[j]] == cUpper || text[j] == '\'') {
				// Mixed case, an apostrophe or a non-ASCII letter: lower it.
				t.ls = len(low)
				t.end, low, t.cap, t.upper = scanWord(text, i, low)
				t.le = len(low)
			} else {
				t.end, t.lt = j, true
			}
			t.kind = tWord
		case cUpper:
			t.kind = tWord
			t.ls = len(low)
			t.end, low, t.cap, t.upper = scanWord(text, i, low)
			t.le = len(low)
		default:
			t.kind = tPunct
			t.r = foldPunct(r)
			t.end = i + size
		}
		toks = append(toks, t)
		i = t.end
		gapStart = i
	}
	return toks, string(low)
}

// scanNumber returns the end of the number at text[i:]: digits with inner
// thousands separators, decimal points and colons ("2,500", "1.2",
// "12:40", "765.456.7107").
func scanNumber(text string, i int) int {
	n := len(text)
	j := i + 1
	for j < n && isDigit(text[j]) {
		j++
	}
	for j+1 < n {
		sep := text[j]
		if sep == ',' {
			// A thousands separator is followed by exactly three digits.
			if j+3 < n && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
				(j+4 >= n || !isDigit(text[j+4])) {
				j += 4
				continue
			}
			break
		}
		if (sep == '.' || sep == ':') && isDigit(text[j+1]) {
			j += 2
			for j < n && isDigit(text[j]) {
				j++
			}
			continue
		}
		break
	}
	return j
}

// scanWord reads the word at text[i:], appending it lower-cased to low. It
// reports where the word ends, whether it starts with a capital and whether
// it is all capitals. Apostrophes join letters ("o'clock", "Smith’s").
func scanWord(text string, i int, low []byte) (end int, _ []byte, capital, upper bool) {
	n := len(text)
	j := i
	allUpper := true
	letters := 0
	for j < n {
		b := text[j]
		if b < utf8.RuneSelf {
			switch {
			case 'a' <= b && b <= 'z':
				allUpper = false
				low = append(low, b)
			case 'A' <= b && b <= 'Z':
				if letters == 0 {
					capital = true
				}
				low = append(low, b+'a'-'A')
			case b == '\'' && letters > 0 && j+1 < n && isLetterAt(text, j+1):
				low = append(low, '\'')
				j++
				continue
			default:
				return j, low, capital, allUpper && letters >= 2
			}
			letters++
			j++
			continue
		}
		rr, sz := utf8.DecodeRuneInString(text[j:])
		switch {
		case (rr == 0x2019 || rr == 0x02BC) && letters > 0 && j+sz < n && isLetterAt(text, j+sz):
			low = append(low, '\'')
		case unicode.IsLetter(rr):
			if unicode.IsUpper(rr) || unicode.IsTitle(rr) {
				if letters == 0 {
					capital = true
				}
			} else {
				allUpper = false
			}
			low = utf8.AppendRune(low, unicode.ToLower(rr))
			letters++
		case letters > 0 && unicode.Is(unicode.Mn, rr):
			low = utf8.AppendRune(low, rr)
		default:
			return j, low, capital, allUpper && letters >= 2
		}
		j += sz
	}
	return j, low, capital, allUpper && letters >= 2
}

func isLetterAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}
