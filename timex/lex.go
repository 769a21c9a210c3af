package timex

import (
	"unicode"
	"unicode/utf8"
)

// The lexer cuts text into words (runs of letters), numbers (runs of ASCII
// digits) and single punctuation marks, keeping byte offsets and whether
// space or a line break came before each token. Each word is looked up once
// in the vocabulary, so the matchers compare small structs, not strings.

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// Letter case of a word.
const (
	capLower uint8 = iota // "march"
	capTitle              // "March", "A"
	capUpper              // "MARCH"
	capMixed              // "McDonald", "iPhone"
)

// token holds no pointers, so a document's token slice costs the garbage
// collector nothing to scan.
type token struct {
	start, end int32
	val        int32  // numbers: the value, or -1 past nine digits
	lx         uint16 // words: index of the vocabulary entry, 0 if none
	kind       tokKind
	ch         byte  // punctuation, folded: ’ ‘ ′ to '\'', – — ‒ − to '-', “ ” to '"'; 0 for other non-ASCII marks
	caps       uint8 // words only
	space      bool  // whitespace comes before the token
	nl         bool  // a line break comes before the token
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isSpaceRune reports the non-ASCII spaces news text carries: U+00A0
// no-break space above all, which is treated exactly as a space.
func isSpaceRune(r rune) bool {
	switch r {
	case 0x00A0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// foldPunct maps typographic quotes and dashes to their ASCII forms, so
// "Friday’s" and "Friday's" match alike.
func foldPunct(r rune) byte {
	switch r {
	case '\u2019', '\u2018', '\u2032', '\u02BC':
		return '\''
	case '\u2013', '\u2014', '\u2012', '\u2212', '\u2010', '\u2011':
		return '-'
	case '\u201C', '\u201D':
		return '"'
	}
	return 0
}

// lex appends the tokens of text to toks.
func lex(text string, toks []token) []token {
	n := len(text)
	space, nl := true, true
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
		case c == '\n':
			space, nl = true, true
			i++
		case isDigit(c):
			j, v := i, int32(0)
			for j < n && isDigit(text[j]) {
				if v >= 0 {
					v = v*10 + int32(text[j]-'0')
					if j-i >= 9 {
						v = -1
					}
				}
				j++
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, val: v, space: space, nl: nl})
			space, nl = false, false
			i = j
		case isLetter(c) || c >= utf8.RuneSelf && startsLetter(text[i:]):
			j := wordEnd(text, i)
			t := token{start: int32(i), end: int32(j), kind: tWord, space: space, nl: nl}
			t.caps, t.lx = classify(text[i:j])
			toks = append(toks, t)
			space, nl = false, false
			i = j
		case c < utf8.RuneSelf:
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, ch: c, space: space, nl: nl})
			space, nl = false, false
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 {
				size = 1
			} else if isSpaceRune(r) {
				space = true
				i += size
				continue
			}
			toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tPunct, ch: foldPunct(r), space: space, nl: nl})
			space, nl = false, false
			i += size
		}
	}
	return toks
}

func startsLetter(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size > 1 && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// wordEnd returns the end of the run of letters starting at i.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if isLetter(c) {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if size <= 1 || !(unicode.IsLetter(r) || unicode.IsMark(r)) {
			break
		}
		i += size
	}
	return i
}

// classify returns the letter case of an ASCII word and its vocabulary
// entry. Words with other letters, or longer than any entry, have none.
func classify(w string) (uint8, uint16) {
	if len(w) > maxVocab {
		return capMixed, 0
	}
	var buf [maxVocab]byte
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			upper++
			buf[i] = c + 'a' - 'A'
		case 'a' <= c && c <= 'z':
			lower++
			buf[i] = c
		default:
			return capMixed, 0
		}
	}
	caps := capMixed
	switch {
	case upper == 0:
		caps = capLower
	case lower == 0:
		if len(w) == 1 {
			caps = capTitle
		} else {
			caps = capUpper
		}
	case upper == 1 && 'A' <= w[0] && w[0] <= 'Z':
		caps = capTitle
	}
	// Most words cannot be in the vocabulary: test length, first and last
	// letter against a bitmap before hashing.
	if vocabShape[len(w)][buf[0]-'a']&(1<<(buf[len(w)-1]-'a')) == 0 {
		return caps, 0
	}
	return caps, vocab[string(buf[:len(w)])]
}
