package ingest

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
	"tally/country"
)

// topZone is how many lines from the start of the body are searched for a
// masthead, headline, byline and publication line. News pages put these
// first; further down, the same shapes are body text.
const topZone = 12

// markMetaLines marks, within the top zone, lines that carry metadata rather
// than prose: a publication line ("Published On: …", "Posted …") and a
// byline ("By Jane Doe", "Jane Doe,"). It returns the author found, if any.
func markMetaLines(ls []*line, first int) (author string) {
	for i := first; i < len(ls) && i < first+topZone; i++ {
		l := ls[i]
		switch {
		case publicationLine(l.text):
			l.kind, l.reason = tally.LineMeta, "publication line"
			if a := bylineIn(l.text); a != "" && author == "" {
				author = a
			}
		case dateLine(l.text):
			l.kind, l.reason = tally.LineMeta, "publication line"
		case isByline(l.text):
			l.kind, l.reason = tally.LineMeta, "byline"
			if author == "" {
				author = cleanByline(l.text)
			}
		}
	}
	return author
}

// publicationCues open the lines sites print above or below a headline.
var publicationCues = []string{"published", "posted", "updated", "last updated", "first published", "date:"}

func publicationLine(s string) bool {
	if len(s) > 160 {
		return false
	}
	lower := strings.ToLower(s)
	lower = strings.TrimPrefix(lower, "by ")
	for _, c := range publicationCues {
		if strings.HasPrefix(lower, c) {
			return hasDigit(s)
		}
	}
	// "By Published On: …Categories: …" — a cue after a dangling byline word.
	return (strings.Contains(lower, "published on") || strings.Contains(lower, "posted on")) && hasDigit(s)
}

func bylineIn(s string) string {
	// "By Jane Doe | Published …" keeps the name before the separator.
	if !strings.HasPrefix(s, "By ") {
		return ""
	}
	rest := s[3:]
	for _, sep := range []string{"|", "•", " - ", "Published", "Posted", "Updated"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	if isName(strings.TrimSpace(rest)) {
		return strings.TrimSpace(rest)
	}
	return ""
}

// isByline reports a line holding only an author's name: "By Jane Doe",
// "Jane Doe,", "By Jane Doe and John Roe", "Jane Doe, Reuters".
func isByline(s string) bool {
	return cleanByline(s) != ""
}

func cleanByline(s string) string {
	t := strings.TrimSpace(s)
	by := strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ")
	if by {
		t = t[3:]
	}
	t = strings.TrimRight(t, ", ")
	// "Jane Doe, Reuters" or "Jane Doe | Staff writer": the name is first.
	if i := strings.IndexAny(t, ",|"); i >= 0 {
		if !by {
			// Without "By", only a trailing comma ("Ari Soffer,") marks a byline.
			if strings.TrimSpace(t[i+1:]) != "" {
				return ""
			}
		}
		t = strings.TrimSpace(t[:i])
	}
	if !by && !strings.HasSuffix(strings.TrimSpace(s), ",") {
		return ""
	}
	for _, part := range strings.Split(t, " and ") {
		if !isName(strings.TrimSpace(part)) {
			return ""
		}
	}
	return t
}

// isName reports two to four capitalised words, the shape of a person's name.
func isName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
		if englishStop[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func hasDigit(s string) bool {
	return strings.IndexAny(s, "0123456789") >= 0
}

// findTitle picks the headline of a report without a header: the heading
// that sits directly above the first paragraph of prose within the top
// zone. Short lines above it are the site's masthead and tagline; the first
// of them, when it looks like a name, is taken as the outlet.
func findTitle(ls []*line, first int) (title *line, masthead string) {
	firstGood := -1
	for i := first; i < len(ls) && i < first+topZone; i++ {
		if ls[i].kind != tally.LineMeta && ls[i].class == classGood {
			firstGood = i
			break
		}
	}
	if firstGood < 0 {
		// No prose in the top zone: take the first heading, if any.
		for i := first; i < len(ls) && i < first+topZone; i++ {
			if ls[i].class == classHeading {
				ls[i].kind = tally.LineTitle
				return ls[i], ""
			}
		}
		return nil, ""
	}
	ti := -1
	// A headline the byline or date line follows is the title, whatever
	// sits above it (a section label, "Africa").
	if headingLike(ls[firstGood]) && firstGood+1 < len(ls) && ls[firstGood+1].kind == tally.LineMeta {
		ti = firstGood
	}
	for i := firstGood - 1; i >= first && ti < 0; i-- {
		l := ls[i]
		if l.kind == tally.LineMeta {
			continue
		}
		if l.class == classBad && l.reason != "short line among non-prose lines" {
			break
		}
		if headingLike(l) {
			ti = i
		}
		break
	}
	if ti < 0 {
		// The story may open with its headline as a prose-like line.
		if firstGood == first && headingLike(ls[first]) && !ls[first].sentence {
			ti = first
		} else {
			return nil, ""
		}
	}
	title = ls[ti]
	title.class, title.kind, title.reason = classHeading, tally.LineTitle, ""
	// Lines above the title are masthead and tagline.
	for i := first; i < ti; i++ {
		l := ls[i]
		if l.kind == tally.LineMeta {
			continue
		}
		if l.class != classBad || l.reason == "short line among non-prose lines" {
			l.class, l.kind, l.reason = classBad, tally.LineBoilerplate, "masthead"
		}
		if masthead == "" && l.reason == "masthead" && l.words >= 1 && l.words <= 4 && l.caps >= 0.99 && !hasDigit(l.text) && !sectionLabel(l.text) {
			masthead = l.text
		}
	}
	return title, masthead
}

// outletFromURL names an outlet by its web host, without "www.".
func outletFromURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
		host = strings.TrimPrefix(host, p)
	}
	return host
}

// titleLength returns how much of a headline is the story's own: pages
// append the site's name, slogan or section to their titles ("Three dead
// in shooting - KSLA News 12 Shreveport, Louisiana News Weather"). Trailing
// segments after " - ", " | ", " – " or " — " are cut while they look like
// such chrome: a domain, the outlet's own name, or a news brand's words.
// The first segment always stays.
func titleLength(title, outlet string) int {
	end := len(title)
	host := strings.ToLower(strings.TrimSuffix(strings.Split(outlet, ".")[0], "www"))
	for {
		cut := -1
		sepLen := 0
		for _, sep := range []string{" - ", " | ", " – ", " — ", " :: "} {
			if i := strings.LastIndex(title[:end], sep); i > cut {
				cut, sepLen = i, len(sep)
			}
		}
		if cut <= 0 {
			return end
		}
		seg := strings.TrimSpace(title[cut+sepLen : end])
		if !chromeSegment(seg, host) {
			return end
		}
		end = cut
	}
}

func chromeSegment(seg, host string) bool {
	l := strings.ToLower(seg)
	if l == "" {
		return true
	}
	if host != "" && len(host) >= 4 && strings.Contains(strings.ReplaceAll(l, " ", ""), host) {
		return true
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' }) {
		if strings.HasSuffix(w, ".com") || strings.HasSuffix(w, ".org") || strings.HasSuffix(w, ".net") || strings.HasSuffix(w, ".tv") || strings.Contains(w, ".co.") {
			return true
		}
		if brandWords[w] {
			return true
		}
	}
	return false
}

// brandWords appear in news sites' names and title tags, not in headlines' tails.
var brandWords = toSet(`news tv radio fm online times post tribune herald journal gazette daily weekly channel network media press
weather sports traffic kiiitv wthr wusa cbs nbc abc fox cnn bbc reuters`)

// dateLine reports a line that is only a date, as sites print one under a
// headline or byline ("June 3, 2020", "Monday, 3 June 2020 14:05").
//
// A place may share the line, set off by a bar or dash ("Lagos, Nigeria |
// 3 July 2022"): a capitalised name of a few words is not prose.
func dateLine(s string) bool {
	if len(s) > 96 || !hasDigit(s) {
		return false
	}
	if d, sp, ok := firstFullDate(s); ok && !d.IsZero() && sp.Len()*10 >= len(strings.TrimSpace(s))*6 {
		return true
	}
	segs := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("|·•—–", r) })
	if len(segs) == 1 && len(s) > 48 {
		return false
	}
	dated := false
	for _, seg := range segs {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		if d, sp, ok := firstFullDate(seg); ok && !d.IsZero() && sp.Len()*10 >= len(seg)*6 {
			dated = true
			continue
		}
		if !placeLike(seg) {
			return false
		}
	}
	return dated
}

// sectionLabel reports a page's control or section name, which sits above
// a headline as a masthead does: "Search", "Menu", "World", "Africa",
// "Nigeria".
func sectionLabel(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if uiLabels[l] {
		return true
	}
	_, isCountry := country.Lookup(s)
	return isCountry
}

var uiLabels = toSet(`search menu home login subscribe share close more skip navigation sections account profile donate contact
about latest live video videos podcasts newsletters weather sign-in register trending
news world africa asia europe americas oceania politics business sport sports opinion local nation national international
crime health culture science technology environment lifestyle entertainment features analysis breaking`)

// copyrightHolder reads the outlet from a page's copyright line, "© 2024
// Example Africa News. All rights reserved.", when nothing else named it.
func copyrightHolder(ls []*line) string {
	for i := len(ls) - 1; i >= 0 && i >= len(ls)-15; i-- {
		t := strings.TrimSpace(ls[i].text)
		rest, ok := strings.CutPrefix(t, "©")
		if !ok {
			rest, ok = strings.CutPrefix(strings.ToLower(t[:min(len(t), 10)])+t[min(len(t), 10):], "copyright")
			if !ok {
				continue
			}
			rest = strings.TrimPrefix(strings.TrimSpace(rest), "©")
		}
		rest = strings.TrimSpace(rest)
		// The years: "2024", "2010-2024".
		for len(rest) > 0 && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '-' || rest[0] == ' ' || strings.HasPrefix(rest, "–")) {
			_, n := utf8.DecodeRuneInString(rest)
			rest = rest[n:]
		}
		name, _, _ := strings.Cut(rest, ".")
		name, _, _ = strings.Cut(name, "|")
		name, _, _ = strings.Cut(name, ",")
		name = strings.TrimSpace(name)
		if w := len(strings.Fields(name)); w >= 1 && w <= 6 && !strings.Contains(strings.ToLower(name), "all rights") {
			return name
		}
	}
	return ""
}
