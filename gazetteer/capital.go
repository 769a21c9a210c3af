package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
	"tally/country"
)

// Capitals finds capital cities named by their role rather than their
// name: "the Afghan capital", "Somalia's capital", "the capital of Haiti".
// Each is the country's capital (data/capitals.tsv), precise to the town.
func (g *Gazetteer) Capitals(text string) []tally.PlaceRef {
	var out []tally.PlaceRef
	for i := 0; ; {
		k := indexFold(text[i:], "capital")
		if k < 0 {
			return out
		}
		at := i + k
		end := at + len("capital")
		i = end
		if at > 0 && isWordStart(text, at-1) || end < len(text) && isWordStart(text, end) {
			continue // part of a longer word: "capitals", "capitalised"
		}
		if next := nextWord(text, end); next == "punishment" || next == "gains" || next == "markets" || next == "offence" || next == "offense" {
			continue
		}
		cc, start := "", at
		if w, ws := prevWord(text, at); w != "" {
			if c, ok := country.IsDemonym(w); ok {
				cc, start = c.Code, ws // "the Afghan capital"
			} else if name, ns, ok := possessiveCountry(text, ws, w); ok {
				cc, start = name, ns // "Somalia's capital"
			}
		}
		spanEnd := end
		if cc == "" && strings.HasPrefix(text[end:], " of ") {
			// "the capital of Haiti", "the capital of South Sudan".
			rest := text[end+len(" of "):]
			for n := 3; n >= 1 && cc == ""; n-- {
				words, wend := firstWords(rest, n)
				if c, ok := country.LookupName(words); ok && words != "" {
					cc, spanEnd = c.Code, end+len(" of ")+wend
				}
			}
		}
		if cc == "" {
			continue
		}
		id, ok := g.capitals[cc]
		if !ok {
			continue
		}
		p, ok := g.ByID(id)
		if !ok {
			continue
		}
		out = append(out, tally.PlaceRef{Place: p, Span: tally.Span{Start: start, End: spanEnd}, Precision: tally.GeoExact})
	}
}

// possessiveCountry reads "Somalia's" or "South Sudan's" ending at the
// word w that starts at ws.
func possessiveCountry(text string, ws int, w string) (string, int, bool) {
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "’s")
	}
	if !ok {
		return "", 0, false
	}
	// The longest name wins: "South Sudan's" before "Sudan's".
	names, starts := []string{base}, []int{ws}
	for n := 1; n < 3; n++ {
		pw, ps := prevWord(text, starts[n-1])
		if pw == "" {
			break
		}
		names, starts = append(names, pw+" "+names[n-1]), append(starts, ps)
	}
	for n := len(names) - 1; n >= 0; n-- {
		if c, ok := country.LookupName(names[n]); ok {
			return c.Code, starts[n], true
		}
	}
	return "", 0, false
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring case.
func indexFold(s, lower string) int {
	first := lower[0]
	for i := 0; i+len(lower) <= len(s); i++ {
		if s[i]|0x20 == first && strings.EqualFold(s[i:i+len(lower)], lower) {
			return i
		}
	}
	return -1
}

// prevWord returns the word before position i and where it starts, with
// an apostrophe-s kept ("Somalia's").
func prevWord(text string, i int) (string, int) {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if !(unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-') {
			break
		}
		k -= n
	}
	return text[k:j], k
}

// nextWord returns the lower-case word after position i.
func nextWord(text string, i int) string {
	w, _ := firstWords(text[i:], 1)
	return strings.ToLower(w)
}

// firstWords returns the first n words of s, joined by single spaces, and
// where the last ends.
func firstWords(s string, n int) (string, int) {
	var words []string
	i := 0
	for len(words) < n {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			j += size
		}
		if j == i {
			break
		}
		words = append(words, s[i:j])
		i = j
	}
	return strings.Join(words, " "), i
}
