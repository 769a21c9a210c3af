package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Names are compared by key: lower case, without accents or apostrophes,
// words separated by one space, with "st"/"ft"/"mt" read as saint, fort
// and mount. Keys are hashed (FNV-1a, 64 bits) so that Find can look up a
// growing sequence of words without building strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// foldTable maps Latin letters with diacritics, and a few ligatures and
// special letters, to their ASCII base letters.
var foldTable = buildFoldTable()

func buildFoldTable() map[rune]string {
	m := map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l",
		'ı': "i", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h",
		'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t", 'ŋ': "n", 'Ŋ': "n", 'ĸ': "k",
	}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if _, ok := m[r]; ok || !unicode.IsLetter(r) {
				continue
			}
			d := norm.NFD.String(string(r))
			var b strings.Builder
			for _, c := range d {
				if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
					b.WriteByte(byte(c) | 0x20)
				}
			}
			if b.Len() > 0 {
				m[r] = b.String()
			}
		}
	}
	add(0x00C0, 0x024F) // Latin-1 Supplement, Extended-A and -B
	add(0x1E00, 0x1EFF) // Latin Extended Additional: ḩ, ṭ, ẓ …
	return m
}

// isApostrophe reports whether r is one of the apostrophes and ʿayn/hamza
// marks that transliterations put inside words ("Ba'quba", "Qaḑā’").
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == 'ʻ' || r == '`' || r == 'ʿ' || r == 'ʾ' || r == '´'
}

// appendFoldRune appends the folded form of one letter or digit.
func appendFoldRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		return append(dst, c)
	}
	if s, ok := foldTable[r]; ok {
		return append(dst, s...)
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// wordAt scans one word of s starting at i, which must begin with a letter
// or digit: letters, digits and apostrophes between letters. It returns
// the end of the word.
func wordAt(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				i++
				continue
			}
			if c == '\'' || c == '`' {
				if i+1 < len(s) && isWordStart(s, i+1) {
					i++
					continue
				}
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if isApostrophe(r) && i+n < len(s) && isWordStart(s, i+n) {
			i += n
			continue
		}
		return i
	}
	return i
}

// isWordStart reports whether a word starts at s[i].
func isWordStart(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendFoldWord appends the folded form of the word w: lower case, no
// accents, no apostrophes or combining marks, and st/ft/mt spelled out.
func appendFoldWord(dst []byte, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				dst = append(dst, c|0x20)
			} else if c != '\'' && c != '`' {
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		if isApostrophe(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		dst = appendFoldRune(dst, r)
	}
	return spellOut(dst, start)
}

// Key returns the key a name is indexed and looked up by:
// Key("St. Augustine") == Key("saint augustine") == "saint augustine";
// Key("Ba'qūbah") == "baqubah".
func Key(name string) string {
	return string(appendKey(nil, name))
}

func appendKey(dst []byte, name string) []byte {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return appendKeyUnicode(dst, name)
		}
	}
	// ASCII: one pass, the usual case and a fifth of the load time.
	start, word := len(dst), -1
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c |= 0x20
		case (c == '\'' || c == '`') && word >= 0 && i+1 < len(name) && isWordStart(name, i+1):
			continue
		default:
			if word >= 0 {
				dst = spellOut(dst, word)
				word = -1
			}
			continue
		}
		if word < 0 {
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			word = len(dst)
		}
		dst = append(dst, c)
	}
	if word >= 0 {
		dst = spellOut(dst, word)
	}
	return dst
}

// spellOut expands the abbreviation that ends dst at word start w.
func spellOut(dst []byte, w int) []byte {
	if len(dst)-w > 3 {
		return dst
	}
	switch string(dst[w:]) {
	case "st":
		return append(dst[:w], "saint"...)
	case "ste":
		return append(dst[:w], "sainte"...)
	case "ft":
		return append(dst[:w], "fort"...)
	case "mt":
		return append(dst[:w], "mount"...)
	}
	return dst
}

func appendKeyUnicode(dst []byte, name string) []byte {
	start := len(dst)
	for i := 0; i < len(name); {
		if !isWordStart(name, i) {
			_, n := utf8.DecodeRuneInString(name[i:])
			i += n
			continue
		}
		j := wordAt(name, i)
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = appendFoldWord(dst, name[i:j])
		i = j
	}
	return dst
}

// skeleton returns the transliteration-tolerant key of a folded key, the
// "consonant skeleton" that deps.md found to match spelling variants of
// the same Arabic or Persian name without false pairs: leading articles
// (al-, el-, and the sun-letter forms ad-, ar-, as- …) dropped, q→k, kh→k,
// ou→u, a final h after a vowel dropped, vowels after each word's first
// letter dropped, doubled letters collapsed, words run together.
// "Al-Khalis" and "Khalis" give "kls"; "Ba'qubah" and "Baquba" give "bkb".
func skeleton(key []byte, dst []byte) []byte {
	words := 0
	for i := 0; i < len(key); {
		j := i
		for j < len(key) && key[j] != ' ' {
			j++
		}
		w := key[i:j]
		next := byte(0)
		if j+1 < len(key) {
			next = key[j+1]
		}
		i = j + 1
		if isArticle(w, next) {
			continue
		}
		if len(w) == 1 && w[0] == 'e' && words > 0 {
			continue // Persian ezafe: "Mujahedin-e Khalq"
		}
		words++
		dst = skeletonWord(dst, w)
	}
	// Collapse doubles across the whole key.
	out := dst[:0]
	var prev byte
	for _, c := range dst {
		if c == prev {
			continue
		}
		out = append(out, c)
		prev = c
	}
	return out
}

func isArticle(w []byte, next byte) bool {
	switch string(w) {
	case "al", "el", "ul", "il":
		return next != 0
	case "ad", "ar", "as", "at", "an", "az", "ash", "ath", "adh", "aj":
		return next == w[1]
	}
	return false
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

func skeletonWord(dst []byte, w []byte) []byte {
	n := len(w)
	if n >= 3 && w[n-1] == 'h' && isVowel(w[n-2]) {
		n-- // ta marbuta: Baqubah/Baquba, Fallujah/Falluja
	}
	for k := 0; k < n; k++ {
		c := w[k]
		switch {
		case c == 'q':
			c = 'k'
		case c == 'k' && k+1 < n && w[k+1] == 'h':
			k++
		case c == 'o' && k+1 < n && w[k+1] == 'u':
			k++
			c = 'u'
		}
		if k > 0 && isVowel(c) {
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

// letterCount counts the letters of a folded key.
func letterCount(key []byte) int {
	n := 0
	for _, c := range key {
		if c != ' ' {
			n++
		}
	}
	return n
}
