package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
)

// line is one non-blank line of a report with the signals the classifier
// reads. Signals are computed once; classification is a second pass so that
// short lines can be judged by their neighbours, as in jusText.
type line struct {
	span      tally.Span
	text      string
	words     int     // tokens holding a letter
	stop      float64 // share of words that are English stop words
	foreign   float64 // share of words that are stop words of another European language
	caps      float64 // share of non-stop words that start with a capital
	sentence  bool    // ends like a sentence: . ! ? or a closing quote after one
	kind      tally.LineKind
	reason    string
	class     class
	repeated  bool // the same line occurs elsewhere in the report
	truncated bool // stops mid-word: a cut-off caption or teaser
}

type class uint8

const (
	classShort   class = iota // undecided: too short to judge alone
	classGood                 // reads like prose
	classBad                  // site chrome
	classHeading              // a headline or section heading
)

// splitLines returns the non-blank lines of text from offset start on, with
// spans trimmed of surrounding spaces.
func splitLines(text string, start int) []*line {
	var out []*line
	for off := start; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		s, e := off, end
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && text[e-1] == ' ' {
			e--
		}
		if s < e {
			out = append(out, &line{span: tally.Span{Start: s, End: e}, text: text[s:e]})
		}
		off = end + 1
	}
	return out
}

// measure fills the per-line signals.
func (l *line) measure() {
	var words, stops, foreign, capsN, content int
	forEachWord(l.text, func(w string) {
		words++
		lw := strings.ToLower(w)
		if englishStop[lw] {
			stops++
			return
		}
		if foreignStop[lw] {
			foreign++
		}
		content++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			capsN++
		}
	})
	l.words = words
	if words > 0 {
		l.stop = float64(stops) / float64(words)
		l.foreign = float64(foreign) / float64(words)
	}
	if content > 0 {
		l.caps = float64(capsN) / float64(content)
	}
	l.sentence = endsLikeSentence(l.text)
	l.truncated = !l.sentence && endsMidWord(l.text)
}

// forEachWord calls f with each run of letters, digits, apostrophes and
// inner hyphens that holds at least one letter.
func forEachWord(s string, f func(string)) {
	start := -1
	letter := false
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || (r == '-' && start >= 0)
		if inWord {
			if start < 0 {
				start = i
				letter = false
			}
			if unicode.IsLetter(r) {
				letter = true
			}
			continue
		}
		if start >= 0 && letter {
			f(s[start:i])
		}
		start = -1
	}
	if start >= 0 && letter {
		f(s[start:])
	}
}

func endsLikeSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]»*0123456789")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

// endsMidWord reports a line whose last word is a lower-case stub of one or
// two letters with no punctuation: the mark of a caption cut to fit a box.
func endsMidWord(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	last := s[i+1:]
	if len(last) > 2 || last == "" {
		return false
	}
	for _, r := range last {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return !englishStop[last]
}

// classifyLines decides the kind of every line. first is the index of the
// first line after any header; lines before it are already decided.
func classifyLines(ls []*line, first int) {
	seen := map[string]int{}
	for _, l := range ls[first:] {
		l.measure()
		seen[strings.ToLower(l.text)]++
	}
	for _, l := range ls[first:] {
		l.repeated = seen[strings.ToLower(l.text)] > 1
		if l.kind != "" {
			// Decided earlier (header fields, bylines): furniture to its neighbours.
			l.class = classBad
			continue
		}
		l.class, l.reason = initialClass(l)
	}
	// Short lines take their neighbours' class; headings need prose after
	// them. Neighbours are judged by their first classes only, so the result
	// does not depend on which short line is decided first.
	initial := make([]class, len(ls))
	for i, l := range ls {
		initial[i] = l.class
	}
	for i := first; i < len(ls); i++ {
		l := ls[i]
		if l.class != classShort {
			continue
		}
		prev, next := neighbour(initial, first, i, -1), neighbour(initial, first, i, +1)
		switch {
		case headingLike(l) && next == classGood:
			l.class = classHeading
		case prev == classGood && next == classGood:
			l.class = classGood
		case l.sentence && l.words >= 3 && l.stop >= 0.2 && (prev == classGood || next == classGood):
			// A short closing sentence of the story ("No arrests were made.").
			l.class = classGood
		default:
			l.class, l.reason = classBad, "short line among non-prose lines"
		}
	}
	for _, l := range ls[first:] {
		if l.kind != "" {
			continue
		}
		switch l.class {
		case classGood:
			l.kind = tally.LineBody
		case classHeading:
			l.kind = tally.LineHeading
		default:
			l.kind = tally.LineBoilerplate
		}
	}
}

// neighbour returns the class of the nearest line in direction dir whose
// class is already decided, skipping undecided short lines; the edges of the
// report count as bad, as in jusText.
func neighbour(cs []class, first, i, dir int) class {
	for j := i + dir; j >= first && j < len(cs); j += dir {
		if c := cs[j]; c != classShort {
			return c
		}
	}
	return classBad
}

// initialClass judges a line on its own signals.
func initialClass(l *line) (class, string) {
	t := l.text
	switch {
	case l.words == 0:
		return classBad, "no words"
	case urlOnly(t):
		return classBad, "bare link"
	case contactLine(t):
		return classBad, "contact details"
	case uiLine(l):
		return classBad, "site chrome phrase"
	case l.words >= 3 && l.stop < 0.1 && l.foreign >= 0.2:
		return classBad, "not English"
	case l.repeated && (!l.sentence || l.truncated):
		return classBad, "repeated line"
	case l.truncated && l.words < 12:
		return classBad, "cut-off caption"
	case bulletStub(t, l.words):
		return classBad, "menu item"
	}
	// Long lines read as prose unless they are shaped like a headline: title
	// case with no closing punctuation.
	if l.words >= 8 && l.stop >= 0.12 && (l.sentence || l.caps < 0.6 || l.words > 20) {
		return classGood, ""
	}
	if l.sentence && l.words >= 5 && l.stop >= 0.15 {
		return classGood, ""
	}
	return classShort, ""
}

// headingLike reports a line that could be a headline or section heading:
// at most 20 words, starting with a capital, digit or quote, and not closed
// like a sentence. Whether it is one depends on what follows it.
func headingLike(l *line) bool {
	if l.words == 0 || l.words > 20 {
		return false
	}
	t := strings.TrimRight(l.text, " \"'”’")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\''
}

func urlOnly(s string) bool {
	if strings.ContainsRune(s, ' ') {
		return false
	}
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://") || strings.HasPrefix(ls, "www.")
}

// contactLine reports a reporter's sign-off: an e-mail address or a phone
// number next to a social handle, with few words around it.
func contactLine(s string) bool {
	if len(s) > 200 {
		return false
	}
	hasAt := false
	for _, f := range strings.Fields(s) {
		if i := strings.IndexByte(f, '@'); i > 0 && strings.Contains(f[i:], ".") {
			hasAt = true
		}
	}
	lower := strings.ToLower(s)
	social := strings.Contains(lower, "twitter.com/") || strings.Contains(lower, "facebook.com/") || strings.Contains(lower, "instagram.com/")
	return hasAt || (social && !endsLikeSentence(s))
}

// bulletStub reports a one- or two-word list item ("- Website"): the
// leftovers of a navigation menu.
func bulletStub(s string, words int) bool {
	if words > 2 {
		return false
	}
	for _, p := range []string{"- ", "• ", "* ", "· ", "| ", "» "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// uiLine reports a line of site chrome: calls to share, subscribe, comment or
// follow, alert banners, cookie notices. A chrome phrase decides a line only
// when it opens the line, when the line is short, or when there are several.
func uiLine(l *line) bool {
	lower := strings.ToLower(l.text)
	hits := 0
	for _, p := range chromePhrases {
		i := strings.Index(lower, p)
		if i < 0 || !wordBoundary(lower, i, i+len(p)) {
			continue
		}
		if i == 0 {
			return true
		}
		hits++
	}
	return hits >= 2 || (hits == 1 && l.words <= 12 && !(l.sentence && l.stop >= 0.3))
}

func wordBoundary(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// chromePhrases are words of web-page furniture, not of news prose. They name
// the furniture's function (sharing, subscribing, commenting, alerts,
// navigation), not any site's particular wording.
var chromePhrases = []string{
	"share this", "share on", "share via", "share the story", "share story", "tweet this", "pin it", "whatsapp",
	"email alerts", "e-mail alerts", "alert preferences", "get alerts", "breaking news alerts", "notifications",
	"subscribe", "unsubscribe", "newsletter", "sign up", "sign in", "log in", "login", "register now", "create account",
	"follow us", "like us on", "join us on", "connect with us",
	"leave a reply", "leave a comment", "post a comment", "add a comment", "comments", "comment policy", "view comments", "show comments",
	"related:", "see also:", "also read:", "read also:", "watch:", "listen:",
	"click here", "read more", "read next", "continue reading", "see more", "more stories", "related stories", "related articles", "recommended for you", "most popular", "trending now", "you may also like",
	"all rights reserved", "copyright ©", "terms of use", "terms of service", "privacy policy", "cookie policy", "cookies", "accept cookies",
	"advertisement", "sponsored content", "skip to content", "skip to main content", "back to top", "print this", "email this", "report an error",
	"rss", "permalink", "enable javascript", "javascript is disabled", "watch this video", "photo gallery", "view gallery", "tags:", "categories:", "filed under", "posted in", "choose your platform",
}

// englishStop is a list of common English function words; their density is
// the main signal that a line is prose (jusText's stop-word density).
var englishStop = toSet(`a about above after again against all am an and any are aren't as at be because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also said says will just since who whose may might must shall upon among across into onto per via`)

// foreignStop holds frequent function words of other European languages that
// are not English words, to spot comment forms and notices in the site's
// own language.
var foreignStop = toSet(`och att det som för med den har inte ett till kommer din dig hur kan eller denna detta är på av om vi ni du jag
der die das und ist nicht mit sich auf für ein eine einen dem den des wird werden sie ich wir ihr zu von bei oder aber auch
le la les et est une des du dans pour pas sur avec qui que ce cette ne sont nous vous ils elle au aux
el los las y es una por con para del al se su lo como más pero sus le ya este esta
il di che è della per non sono gli nel una questo
o os as um uma não com para por mais seu sua
het een van en ik je niet dat zijn op te wat voor met`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
