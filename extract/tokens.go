package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one word or punctuation mark of a sentence, with its byte offsets
// in the document text.
type tok struct {
	start, end int
	text       string // as written
	low        string // lower case, curly apostrophes made straight
	word       bool   // letters or digits, not punctuation
	cap        bool   // starts with an upper-case letter
	num        int    // index into the sentence's quantities, or -1
}

// tokenize splits text[start:end] into tokens. Words keep inner hyphens,
// apostrophes and periods ("forty-four", "Qod's", "U.S."); everything else
// is one token per character.
func tokenize(text string, start, end int) []tok {
	// About one token per five bytes of English prose: one allocation.
	out := make([]tok, 0, (end-start)/5+4)
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if r == ' ' || r == '\n' || unicode.IsSpace(r) {
			i += size
			continue
		}
		if isWordRune(r) {
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// Inner joiners: a hyphen, apostrophe or period between word characters.
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',' && isDigitAt(text, j-1)) && j+s2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+s2 : end])
					if isWordRune(r3) && (r2 != ',' || unicode.IsDigit(r3)) {
						j += s2
						continue
					}
					// "U.S." keeps its final period when letters and periods alternate.
					if r2 == '.' && dotted(text[i:j]) {
						j += s2
					}
				}
				break
			}
			w := text[i:j]
			out = append(out, tok{start: i, end: j, text: w, low: lower(w), word: true, cap: unicode.IsUpper(r), num: -1})
			i = j
			continue
		}
		out = append(out, tok{start: i, end: i + size, text: text[i : i+size], low: text[i : i+size], num: -1})
		i += size
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// dotted reports "U.S" or "a.m": single letters separated by periods.
func dotted(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// lower folds case and curly apostrophes so lexicon lookups see one spelling.
func lower(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// is reports whether token i exists and its lower form is one of words.
func is(ts []tok, i int, words ...string) bool {
	if i < 0 || i >= len(ts) {
		return false
	}
	for _, w := range words {
		if ts[i].low == w {
			return true
		}
	}
	return false
}

// in reports whether token i exists and its lower form is in set.
func in(ts []tok, i int, set map[string]bool) bool {
	return i >= 0 && i < len(ts) && set[ts[i].low]
}

// punct reports whether token i is punctuation among chars.
func punct(ts []tok, i int, chars string) bool {
	return i >= 0 && i < len(ts) && !ts[i].word && strings.Contains(chars, ts[i].text)
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}
