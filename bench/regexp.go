package bench

import (
	"regexp"
	"strconv"
	"strings"
)

// regexpExtractor is the baseline extraction is compared with: the
// straightforward way, a handful of regular expressions for casualty
// figures, dates and capitalised place-like names, run over the text.
type regexpExtractor struct {
	figures []figurePattern
	dates   *regexp.Regexp
	names   *regexp.Regexp
}

type figurePattern struct {
	re    *regexp.Regexp
	field string
}

type regexpClaim struct {
	field string
	value int
}

const (
	rxNumber = `(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|[a-z]+ty-[a-z]+)`
	rxQual   = `(?:at least |more than |nearly |about |some |over )?`
	rxNoun   = `(?:[a-z]+ ){0,2}`
)

func newRegexpExtractor() *regexpExtractor {
	p := func(field, expr string) figurePattern {
		return figurePattern{regexp.MustCompile(`(?i)` + expr), field}
	}
	return &regexpExtractor{
		figures: []figurePattern{
			p("killed", `\b`+rxQual+rxNumber+` `+rxNoun+`(?:were|was|have been|had been|are believed to have been) (?:killed|shot dead|murdered)`),
			p("killed", `\b`+rxQual+rxNumber+` `+rxNoun+`(?:died|dead)\b`),
			p("killed", `\bkill(?:ed|ing) `+rxQual+rxNumber+`\b`),
			p("killed", `\b`+rxQual+rxNumber+` deaths\b`),
			p("killed", `\bdeath toll (?:\w+ ){0,8}(?:rose|risen|climbed) to `+rxNumber),
			p("injured", `\b`+rxQual+rxNumber+` `+rxNoun+`(?:were|was) (?:wounded|injured|hurt)`),
			p("injured", `\b(?:wound|injur)(?:ed|ing) `+rxQual+rxNumber+`\b`),
			p("injured", `\bsent `+rxQual+rxNumber+` (?:people )?to (?:the )?hospital`),
			p("injured", `\b`+rxQual+rxNumber+` injuries\b`),
			p("abducted", `\b(?:kidnapp?ed|abducted|seized) `+rxQual+rxNumber+`\b`),
			p("abducted", `\b`+rxQual+rxNumber+` `+rxNoun+`(?:were|was) (?:abducted|kidnapped|taken hostage)`),
		},
		dates: regexp.MustCompile(`\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:early |late |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: morning| night| evening| afternoon)?|yesterday|last night)\b`),
		names: regexp.MustCompile(`\b(?:in|near|of|at) ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})`),
	}
}

// triggers are words one of which a line must hold for the figure
// patterns to run on it: the usual way to keep a dozen regexps fast.
var triggers = []string{"kill", "dead", "died", "death", "wound", "injur", "hurt", "hospital", "abduct", "kidnap", "seiz", "hostage"}

// extract finds the figures of a text, line by line, running the figure
// patterns only on lines with a trigger word. Dates and names are found
// too, as an extractor must, and dropped: the baseline is timed, not used.
func (x *regexpExtractor) extract(text string) []regexpClaim {
	var out []regexpClaim
	for line := range strings.Lines(text) {
		low := strings.ToLower(line)
		hit := false
		for _, t := range triggers {
			if strings.Contains(low, t) {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		for _, f := range x.figures {
			for _, m := range f.re.FindAllStringSubmatch(line, -1) {
				if v, ok := wordNumber(m[1]); ok {
					out = append(out, regexpClaim{f.field, v})
				}
			}
		}
	}
	_ = x.dates.FindAllStringIndex(text, -1)
	_ = x.names.FindAllStringSubmatchIndex(text, -1)
	return out
}

var smallNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// wordNumber reads "12", "2,500", "twelve" or "forty-four".
func wordNumber(s string) (int, bool) {
	s = strings.ToLower(s)
	if n, err := strconv.Atoi(strings.ReplaceAll(s, ",", "")); err == nil {
		return n, true
	}
	if n, ok := smallNumbers[s]; ok {
		return n, true
	}
	if a, b, ok := strings.Cut(s, "-"); ok {
		x, okx := smallNumbers[a]
		y, oky := smallNumbers[b]
		if okx && oky && x >= 20 && y < 10 {
			return x + y, true
		}
	}
	return 0, false
}
