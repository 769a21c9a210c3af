// Package sentence splits report text into sentences with byte spans. It is
// a hand-written scanner, not a trained model: news prose is regular enough,
// and the scanner handles what web text does to it, such as sentences glued
// together without a space ("his father.McCarthy said").
//
// Creates: the sentence spans claims and mentions point into.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
)

// Split returns the sentences of text within each of the given line spans,
// in order. Lines are hard boundaries: a headline never runs into its story.
func Split(text string, lines []tally.Span) []tally.Span {
	var out []tally.Span
	for _, l := range lines {
		if !l.Valid(len(text)) {
			continue
		}
		out = splitLine(text, l.Start, l.End, out)
	}
	return out
}

// splitLine appends the sentences of text[start:end] to out.
func splitLine(text string, start, end int, out []tally.Span) []tally.Span {
	s := start
	for i := start; i < end; {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			_, size := utf8.DecodeRuneInString(text[i:end])
			i += size
			continue
		}
		// Runs of terminal punctuation ("?!", "...") end together.
		j := i + 1
		for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		// Closing quotes and brackets belong to the sentence they close.
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' {
				j += size
				continue
			}
			break
		}
		if isBoundary(text, s, i, j, end) {
			out = appendTrimmed(text, s, j, out)
			s = j
		}
		i = j
	}
	return appendTrimmed(text, s, end, out)
}

// isBoundary decides whether the punctuation at text[p] (with closers up to
// q) ends a sentence that started at s.
func isBoundary(text string, s, p, q, end int) bool {
	// What follows: spaces, then the next sentence's first character.
	k := q
	for k < end && text[k] == ' ' {
		k++
	}
	if k >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[k:end])
	spaced := k > q
	word := lastWord(text, s, p)
	if text[p] != '.' {
		// "?" and "!" end a sentence unless a lower-case word follows.
		return !unicode.IsLower(next)
	}
	if p+1 < end && text[p+1] == '.' {
		// An ellipsis ends a sentence only before a capital.
		return unicode.IsUpper(next) || isOpenQuote(next)
	}
	if !spaced {
		// Glued: "father.McCarthy", "said.“We" — only after a plain
		// lower-case word of two letters or more, never inside "U.S." or
		// "NBCNews.com".
		if !(unicode.IsUpper(next) || isOpenQuote(next)) || q > p+1 && !unicode.IsUpper(next) && !isOpenQuote(next) {
			return false
		}
		if len(word) < 2 || !allLower(word) || abbreviations[strings.ToLower(word)] {
			return false
		}
		// The glued word must start a word of lower-case letters: "McCarthy", not "SWAT".
		return k+1 < end && (unicode.IsLower(rune(text[k+1])) || isOpenQuote(next) || text[k+1] == 'c')
	}
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpenQuote(next) || next == '(' || next == '[') {
		return false
	}
	lw := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case lw == "a.m" || lw == "p.m" || lw == "am" && p > 0 && text[p-1] == 'm' && strings.HasSuffix(lw, ".m"):
		// "at 5 a.m. Sunday" continues; "after 9 p.m. Police said" does not.
		return !continuesTime(text[k:end])
	case monthAbbrev[lw]:
		// "Apr. 08" continues with a day number.
		return !unicode.IsDigit(next)
	case abbreviations[lw]:
		return false
	case isInitial(word):
		// "Mark C. Toner": a single capital is an initial, unless a sentence
		// plainly ends with a one-letter word like "I".
		return false
	case strings.Count(word, ".") >= 1 && isDotted(word):
		// "U.S. Army", "U.N. mission": dotted abbreviations end a sentence
		// only before a word that usually starts one.
		return startsSentence(text[k:end])
	}
	return true
}

// lastWord returns the word immediately before position p, including any
// inner periods ("U.S", "a.m").
func lastWord(text string, s, p int) string {
	i := p
	for i > s {
		r, size := utf8.DecodeLastRuneInString(text[s:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' {
			i -= size
			continue
		}
		break
	}
	return strings.TrimLeft(text[i:p], ".")
}

func allLower(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isDotted reports letters separated by periods: "U.S", "a.m", "D.C".
func isDotted(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 || part == "" {
			return false
		}
	}
	return true
}

func isOpenQuote(r rune) bool { return r == '"' || r == '“' || r == '‘' || r == '\'' }

// continuesTime reports a word that follows a time of day within one
// sentence: "5 a.m. Sunday", "9 p.m. ET".
func continuesTime(rest string) bool {
	w := firstWord(rest)
	lw := strings.ToLower(strings.TrimRight(w, ".,"))
	return weekdays[lw] || months[lw] || lw == "et" || lw == "est" || lw == "edt" || lw == "pt" || lw == "ct" || lw == "local" || lw == "gmt" || lw == "utc"
}

// startsSentence reports a word that typically opens a sentence: a pronoun,
// article or other function word, or a capitalised word after which the
// sentence plainly goes on.
func startsSentence(rest string) bool {
	lw := strings.ToLower(firstWord(rest))
	return openers[lw]
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " \"“‘'(")
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if i < 0 {
		return s
	}
	return s[:i]
}

func appendTrimmed(text string, s, e int, out []tally.Span) []tally.Span {
	for s < e && text[s] == ' ' {
		s++
	}
	for e > s && text[e-1] == ' ' {
		e--
	}
	if s < e {
		out = append(out, tally.Span{Start: s, End: e})
	}
	return out
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// abbreviations never end a sentence when followed by a capital: titles,
// US state abbreviations (AP style), and common short forms.
var abbreviations = set(`mr mrs ms dr prof st gen lt col maj sgt cpl pvt capt cmdr adm rev fr sr jr supt insp det gov sen rep pres amb hon
sec dept corp inc co ltd bros no nos vs etc approx est fig vol ch art ave blvd rd hwy mt ft pt apt
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
e.g i.e`)

var monthAbbrev = set(`jan feb mar apr jun jul aug sep sept oct nov dec`)

var months = set(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun morning afternoon evening night`)

var openers = set(`a an the this that these those it its he she they we i you his her their our my there here in on at as after before when while but and so if however meanwhile police officials authorities witnesses no one two three four five six seven eight nine ten`)
