package actors

import (
	"unicode"
	"unicode/utf8"
)

// tok is one word of a text. Its folded key lives in a shared byte arena
// rather than in a string of its own, so that scanning a document makes a
// handful of allocations rather than one per word.
type tok struct {
	start, end int   // bytes of the text; end includes an acronym's last dot
	ko, kn     int32 // folded key: arena[ko:ko+kn]
	so, sn     int32 // cached signature of the key, sn < 0 until computed
	flags      uint16
	letters    uint16 // number of letters, capped
}

// Token flags.
const (
	tUpper    = 1 << iota // the first letter is upper case
	tAllUpper             // at least one letter and no lower-case one
	tPoss                 // ends in 's after an apostrophe; the key keeps the s
	tParticle             // al-, el-, -e-: skipped when matching
	tJoin                 // the gap before it is one a name may span
	tThe                  // the word "the"
)

// isWordByte reports whether an ASCII byte is part of a word.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordAt reports whether a word character starts at byte i of s.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isWordByte(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r) && !isApos(r)
}

// scan splits s into words, appending them to toks and their folded keys
// to arena. A word is a run of letters, digits and combining marks, with
// apostrophes kept inside it ("Qod's", "Kata'ib", "Iran’s") and hyphens
// splitting it ("al-Qaeda", "eye-witnesses"). Dotted acronyms are one word:
// "U.N." folds to "un".
func scan(s string, toks []tok, arena []byte) ([]tok, []byte) {
	prevEnd := -1
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isWordByte(c) {
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) || isApos(r) {
				i += size
				continue
			}
		}
		start := i
		ko := len(arena)
		var letters, upper, lower int
		firstUpper, sawFirst := false, false
		poss := false
		acro := 0     // dots consumed as an acronym's
		runLen := 0   // letters since the last acronym dot
		apos := false // the last thing consumed was an apostrophe
		for i < len(s) {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				// The common case, a run of lower-case ASCII letters, is
				// copied in one go.
				j := i + 1
				for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
					j++
				}
				arena = append(arena, s[i:j]...)
				n := j - i
				lower += n
				letters += n
				runLen += n
				sawFirst = true
				if apos {
					poss = n == 1 && c == 's' && !wordAt(s, j)
					apos = false
				}
				i = j
				continue
			}
			if c < utf8.RuneSelf {
				switch {
				case isWordByte(c):
					if 'A' <= c && c <= 'Z' {
						upper++
						if !sawFirst {
							firstUpper = true
						}
						c += 'a' - 'A'
					} else if 'a' <= c && c <= 'z' {
						lower++
					}
					if c > '9' {
						letters++
						sawFirst = true
					}
					arena = append(arena, c)
					runLen++
					i++
					if apos {
						poss = c == 's' && !wordAt(s, i)
						apos = false
					}
					continue
				case c == '\'' || c == '`':
					if letters > 0 && wordAt(s, i+1) {
						apos = true
						i++
						continue
					}
				case c == '.':
					// U.N., U.S.A.: single capitals each followed by a dot.
					if runLen == 1 && letters > 0 && lower == 0 && upper == letters && i+1 < len(s) &&
						'A' <= s[i+1] && s[i+1] <= 'Z' && (i+2 >= len(s) || !isWordByte(s[i+2])) {
						acro++
						runLen = 0
						i++
						continue
					}
				}
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if isApos(r) {
				if wordAt(s, i+size) {
					apos = letters > 0
					i += size
					continue
				}
				break
			}
			if !isWordRune(r) {
				break
			}
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
					if !sawFirst {
						firstUpper = true
					}
				} else if unicode.IsLower(r) {
					lower++
				}
				sawFirst = true
			}
			arena = appendFold(arena, r)
			runLen++
			i += size
			apos = false
		}
		end := i
		if acro > 0 && i < len(s) && s[i] == '.' && runLen == 1 {
			end = i + 1
			i++
		}
		kn := len(arena) - ko
		if kn == 0 {
			// Only combining marks or apostrophes: not a word.
			continue
		}
		t := tok{start: start, end: end, ko: int32(ko), kn: int32(kn), sn: -1}
		if letters > 0xffff {
			letters = 0xffff
		}
		t.letters = uint16(letters)
		if firstUpper {
			t.flags |= tUpper
		}
		if upper > 0 && lower == 0 {
			t.flags |= tAllUpper
		}
		if poss && kn > 1 {
			t.flags |= tPoss
		}
		if prevEnd >= 0 && joinable(s[prevEnd:start]) {
			t.flags |= tJoin
		}
		key := arena[ko:]
		if len(key) == 3 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' {
			t.flags |= tThe
		}
		if isParticle(key, start > 0 && isHyphen(s, start-1), end < len(s) && s[end] == '-' && wordAt(s, end+1)) {
			t.flags |= tParticle
		}
		toks = append(toks, t)
		prevEnd = end
	}
	return toks, arena
}

// isHyphen reports whether s[i] is an ASCII hyphen.
func isHyphen(s string, i int) bool { return s[i] == '-' }

// isParticle reports whether a folded word is an Arabic or Persian particle
// that transliterations write in some spellings and not others: al- and el-
// (al-Qaeda, Al Qaida, Qaeda), the Persian ezafe -e- and -i-
// (Mujahedin-e Khalq), ul- (Hizb-ul-Mujahideen), and the assimilated
// article (an-Nusra, ash-Sham). The short ones count only when a hyphen
// ties them to a name, so that English "as" and "at" stay words.
func isParticle(k []byte, hyphenBefore, hyphenAfter bool) bool {
	switch string(k) {
	case "al", "el":
		return true
	case "e", "i", "ul":
		return hyphenBefore || hyphenAfter
	case "ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh", "ud":
		return hyphenAfter
	}
	return false
}

// joinable reports whether the gap between two words is one that a name
// may span: spaces, at most one line break, hyphens, apostrophes (Workers'
// Party), slashes, ampersands and brackets (CPI (Maoist)). Commas, full
// stops and blank lines end a name. Only gaps inside a known name matter:
// "Mujahedeen-e-Khalq (MeK)" is still two mentions, as no alias runs on.
func joinable(gap string) bool {
	if len(gap) > 12 {
		return false
	}
	newlines := 0
	for i := 0; i < len(gap); {
		c := gap[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\r', '-', '/', '&', '\'', '(', ')':
			case '\n':
				newlines++
				if newlines > 1 {
					return false
				}
			default:
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(gap[i:])
		switch r {
		case '\u00a0', '\u2010', '\u2011', '\u2019', '\u2018', '\u202f', '\u2009':
		default:
			return false
		}
		i += size
	}
	return true
}
