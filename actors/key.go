package actors

import (
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the consonant-skeleton key of a name, the transliteration-
// tolerant form that design notes and deps.md describe. Names that differ
// only in how Arabic or Persian vowels were written get the same key:
//
//	Key("Mujahedeen-e-Khalq") == Key("Mojahedin-e Khalq") == "mjhdn klk"
//	Key("Qod's") == Key("Quds") == "kds"
//
// The steps, per word: fold case and accents; drop the particles al-, el-
// and -e- (see isParticle); q→k, kh→k, ou→u; keep the first letter and drop
// the vowels (a e i o u, and y as a vowel) after it; collapse doubled
// letters. Punctuation and apostrophes are ignored ("Qod's" is "Qods").
// Words are joined by one space so that partial names can be matched word
// by word. A name made only of particles keeps them.
func Key(name string) string {
	toks, arena := scan(name, nil, nil)
	real := 0
	for _, t := range toks {
		if t.flags&tParticle == 0 {
			real++
		}
	}
	var b []byte
	for _, t := range toks {
		if real > 0 && t.flags&tParticle != 0 {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b, _ = appendSkeleton(b, arena[t.ko:t.ko+t.kn])
	}
	return string(b)
}

// appendSkeleton appends the consonant skeleton of one folded word and
// returns the number of vowel groups it dropped or kept. The vowel-group
// count is not part of Key, but matching uses it as a tie-breaker: the
// skeleton alone makes Hamas and Homs, or Soleimani and Suleiman, one key.
func appendSkeleton(dst []byte, w []byte) ([]byte, int) {
	groups := 0
	inVowel := false
	first := true
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'k' && i+1 < len(w) && w[i+1] == 'h':
			i++
		case c == 'q':
			c = 'k'
		case c == 'o' && i+1 < len(w) && w[i+1] == 'u':
			c = 'u'
			i++
		}
		vowel := isVowel(c) && !(first && c == 'y')
		if vowel {
			if !inVowel {
				groups++
			}
			inVowel = true
		} else {
			inVowel = false
		}
		if first {
			// The first letter stays even when it is a vowel, and y there is
			// a consonant (Yazidi, Yemen).
			dst = append(dst, c)
			last = c
			first = false
			continue
		}
		if vowel || c == last {
			continue
		}
		dst = append(dst, c)
		last = c
	}
	return dst, groups
}

// appendSig appends the matching signature of a folded word: "~", its
// skeleton and its vowel-group count ("~mjhdn4"). The "~" keeps signatures
// apart from folded words in the same maps, since folded words hold only
// letters and digits.
func appendSig(dst []byte, w []byte) []byte {
	dst = append(dst, '~')
	dst, g := appendSkeleton(dst, w)
	return strconv.AppendInt(dst, int64(g), 10)
}

// skeletonLen is the length of the skeleton of a folded word.
func skeletonLen(w []byte) int {
	var buf [64]byte
	s, _ := appendSkeleton(buf[:0], w)
	return len(s)
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// isApos reports whether r is an apostrophe or a transliteration mark for
// ayn and hamza. Inside a word these are dropped: "Qod's", "Kata'ib",
// "Shuhadaʾ" fold to "qods", "kataib", "shuhada".
func isApos(r rune) bool {
	switch r {
	case '\'', '`', '\u2019', '\u2018', '\u02bc', '\u02bb', '\u02bf', '\u02be', '\u00b4', '\u2032':
		return true
	}
	return false
}

// foldTable maps Latin letters with diacritics (U+00C0–U+024F and
// U+1E00–U+1EFF, the ranges transliterations use: é, ö, ḥ, ṣ) to their
// lower-case base letters. It is built once from Unicode decompositions.
var (
	foldOnce  sync.Once
	foldLatin [0x250 - 0xc0]string
	foldExt   [0x100]string
)

// foldSpecial holds letters that have no decomposition.
var foldSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'Þ': "th",
	'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h",
}

func buildFold() {
	base := func(r rune) string {
		if s, ok := foldSpecial[r]; ok {
			return s
		}
		var out []rune
		for _, d := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			out = append(out, unicode.ToLower(d))
		}
		return string(out)
	}
	for r := rune(0xc0); r < 0x250; r++ {
		foldLatin[r-0xc0] = base(r)
	}
	for r := rune(0x1e00); r < 0x1f00; r++ {
		foldExt[r-0x1e00] = base(r)
	}
}

// appendFold appends the folded form of a non-ASCII letter or digit.
func appendFold(dst []byte, r rune) []byte {
	foldOnce.Do(buildFold)
	switch {
	case r >= 0xc0 && r < 0x250:
		return append(dst, foldLatin[r-0xc0]...)
	case r >= 0x1e00 && r < 0x1f00:
		return append(dst, foldExt[r-0x1e00]...)
	case unicode.Is(unicode.Mn, r):
		return dst
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}
