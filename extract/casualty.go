package extract

import (
	"fmt"
	"slices"
	"strings"

	"tally"
	"tally/numbers"
)

// unit is a counted group of people in a sentence: a number with its noun
// ("52 unarmed members"), a vague quantity ("dozens"), or one person
// ("a 7-year-old boy", "his wife").
type unit struct {
	a, b       int // tokens [a, b) of the count itself, qualifier included
	head       int // the token after the count's nouns end (where a verb may follow)
	q          *numbers.Quantity
	value      int
	individual bool   // one person, counted by an article, possessive or name
	identity   string // for individuals: a key to tell people apart ("boy#7")
	noun       string // the head noun, if any
	nonPerson  bool
	span       tally.Span
	// ref marks a person referred to, not introduced: "the boy", "the
	// boy's father". References are evidence but are not counted again.
	ref bool
}

// cand is a casualty claim found in one sentence, before grouping.
type cand struct {
	field      tally.Field
	low, high  *int
	vague      bool
	qualifier  string
	asWritten  string
	span       tally.Span
	sent       int
	hedge      tally.Hedge
	subset     bool
	aggregate  bool
	individual bool
	identities []string
	trigger    int // token index of the trigger
	units      []unit
	object     bool // the victims are the object of the perpetrator's verb
	ref        bool // every person in it is a reference to someone introduced before
	toll       bool // stated as a death toll: a whole count, never part of another
	partitive  bool // "two of whom died": part of a group counted under another field, maybe
}

// sentInfo holds one sentence's tokens and quantities.
type sentInfo struct {
	idx  int
	span tally.Span
	toks []tok
	qs   []numbers.Quantity
	// woundDeath marks a sentence about a death from wounds, which many
	// rules ask about: see woundDeath.
	woundDeath bool
}

// units finds the counted groups of people in a sentence.
func (s *sentInfo) units() []unit {
	ts := s.toks
	var out []unit
	covered := make([]bool, len(ts))
	// Numbers and vague quantities.
	for qi := range s.qs {
		q := &s.qs[qi]
		a, b := tokRange(ts, q.Span)
		if a < 0 {
			continue
		}
		if start, head, ok := namedWithAge(ts, a, b); ok {
			// "Fred Smith, 38, of Dayton, died": one person, named, the
			// number an age.
			out = append(out, unit{a: start, b: head, head: head, value: 1, individual: true,
				identity: "person#" + ts[a].low, noun: "person",
				span: tally.Span{Start: ts[start].start, End: ts[b-1].end}})
			for i := start; i < head; i++ {
				covered[i] = true
			}
			continue
		}
		if !q.Kind.Count() {
			continue
		}
		u := unit{a: a, b: b, q: q, value: q.Value, span: q.Span}
		u.head, u.noun, u.nonPerson = nounPhrase(ts, b)
		for i := a; i < u.head && i < len(ts); i++ {
			covered[i] = true
		}
		out = append(out, u)
	}
	// Reflexives name the perpetrator among the victims: "kills son, self".
	for i := range ts {
		if !covered[i] && reflexive[ts[i].low] {
			out = append(out, unit{a: i, b: i + 1, head: i + 1, value: 1, individual: true, identity: "self#", noun: "self",
				span: tally.Span{Start: ts[i].start, End: ts[i].end}})
			covered[i] = true
		}
	}
	// One person: "a 7-year-old boy", "an unrelated woman", "his wife", "the driver", "a 3-year-old".
	for i := 0; i < len(ts); i++ {
		if covered[i] || !ts[i].word {
			continue
		}
		if ts[i].low == "both" && i+1 < len(ts) && (people[ts[i+1].low] && plural(ts[i+1].low) || is(ts, i+1, "of") && is(ts, i+2, "them")) {
			// "both victims died", "both of them were wounded": two people.
			head, noun := i+3, "people"
			if !is(ts, i+1, "of") {
				head, noun, _ = nounPhrase(ts, i+1)
			}
			out = append(out, unit{a: i, b: i + 1, head: head, value: 2, noun: noun,
				span: tally.Span{Start: ts[i].start, End: ts[head-1].end}})
			for j := i; j < head; j++ {
				covered[j] = true
			}
			i = head - 1
			continue
		}
		if (ts[i].low == "a" || ts[i].low == "the") && ordinalPerson[low(ts, i+1)] && i+2 < len(ts) && (auxiliary[ts[i+2].low] || intransitive[ts[i+2].low] != "" || passive[ts[i+2].low] != "") {
			// "two men were killed and a third was critically injured"
			out = append(out, unit{a: i, b: i + 2, head: i + 2, value: 1, individual: true, identity: "another#" + fmt.Sprint(i), noun: "another",
				span: tally.Span{Start: ts[i].start, End: ts[i+1].end}})
			covered[i], covered[i+1] = true, true
			i++
			continue
		}
		if ts[i].low == "another" && i+1 < len(ts) && (auxiliary[ts[i+1].low] || intransitive[ts[i+1].low] != "" || hurtWords[ts[i+1].low]) {
			// "two were killed and another was wounded"
			out = append(out, unit{a: i, b: i + 1, head: i + 1, value: 1, individual: true, identity: "another#" + fmt.Sprint(i), noun: "another",
				span: tally.Span{Start: ts[i].start, End: ts[i].end}})
			covered[i] = true
			continue
		}
		if (ts[i].low == "a" || ts[i].low == "an") && i+1 < len(ts) && strings.HasSuffix(ts[i+1].low, "-old") && !people[low(ts, i+2)] && !(i+2 < len(ts) && ts[i+2].word && !auxiliary[ts[i+2].low] && passive[ts[i+2].low] == "" && intransitive[ts[i+2].low] == "" && !stopNP[ts[i+2].low]) {
			// "A 3-year-old was shot": the age stands for the person.
			u := unit{a: i, b: i + 2, head: i + 2, value: 1, individual: true, identity: "person#" + ageKey(strings.SplitN(ts[i+1].low, "-", 2)[0]), noun: "person",
				span: tally.Span{Start: ts[i].start, End: ts[i+1].end}}
			out = append(out, u)
			covered[i], covered[i+1] = true, true
			i++
			continue
		}
		det := ts[i].low
		start := i + 1
		if strings.HasSuffix(det, "-old") && i > 0 && (active[ts[i-1].low] != "" || punct(ts, i-1, ",")) {
			// Headline style, no article: "kills 5-year-old son, self".
			start = i
		} else if (kin[det] || singularPerson[det]) && i > 0 && active[ts[i-1].low] != "" {
			// "Husband kills wife and stepdaughter".
			start = i
		} else if det != "a" && det != "an" && det != "his" && det != "her" && det != "their" && det != "the" && det != "one" {
			continue
		}
		head, noun, non := nounPhrase(ts, start)
		if noun == "" || non || !people[noun] || plural(noun) && personUnits[noun] == 0 {
			continue
		}
		if det == "the" && !kin[noun] && !singularPerson[noun] && personUnits[noun] == 0 && !(i > 0 && active[ts[i-1].low] != "" && !plural(noun)) {
			// "the pastor" is a victim only as a killing verb's object.
			continue
		}
		v := 1
		if n, ok := personUnits[noun]; ok {
			v = n
		}
		id := noun + "#" + ageIn(ts, start, head)
		u := unit{a: i, b: head, head: head, value: v, individual: true, identity: id, noun: noun,
			span: tally.Span{Start: ts[i].start, End: ts[head-1].end}, ref: det == "the"}
		out = append(out, u)
		for j := i; j < head; j++ {
			covered[j] = true
		}
		i = head - 1
	}
	// A bare person noun joined to a person: "a 4-year-old girl and mother".
	n := len(out)
	for k := 0; k < n; k++ {
		u := out[k]
		if !u.individual || !is(ts, u.head, "and") || u.head+1 >= len(ts) || covered[u.head+1] {
			continue
		}
		j := u.head + 1
		if (kin[ts[j].low] || singularPerson[ts[j].low]) && !is(ts, j+1, "of") {
			out = append(out, unit{a: j, b: j + 1, head: j + 1, value: 1, individual: true, identity: ts[j].low + "#", noun: ts[j].low,
				span: tally.Span{Start: ts[j].start, End: ts[j].end}})
			covered[j] = true
		}
	}
	// An age given as a decade belongs to the noun phrase: "a woman in her
	// 30s and a teenager were killed".
	for k := range out {
		if h := out[k].head; decadeAge(ts, h) {
			out[k].head = h + 3
		}
	}
	// "According to a local official, two people died": the official is
	// the source, not a victim.
	out = slices.DeleteFunc(out, func(u unit) bool {
		return u.individual && is(ts, u.a-1, "to") && is(ts, u.a-2, "according")
	})
	sortUnits(out)
	return out
}

// namedWithAge reads a person's name with an age in apposition, the way
// reports introduce victims: "Fred Smith, 38, was killed", "John Doe, 24,
// of Dayton, and …". The age is the token range [a, b); start is the
// name's first token and head the token after the apposition. A name
// after a comma ("his wife, Mary Smith, 35,") renames the person the noun
// before it counted, and is no new one.
func namedWithAge(ts []tok, a, b int) (start, head int, ok bool) {
	if b != a+1 || a < 3 || !punct(ts, a-1, ",") || strings.Trim(ts[a].low, "0123456789") != "" || len(ts[a].low) > 3 {
		return 0, 0, false
	}
	start = a - 1
	for start > 0 && a-1-start < 4 && ts[start-1].word && ts[start-1].cap {
		start--
	}
	if a-1-start < 2 {
		return 0, 0, false // a first and last name at least
	}
	if start > 0 && punct(ts, start-1, ",") && !(start > 1 && ts[start-2].num >= 0) {
		return 0, 0, false
	}
	if start > 0 && is(ts, start-1, "as") {
		return 0, 0, false // "identified the victim as Fred Smith, 38"
	}
	head = b
	if punct(ts, head, ",") {
		head++
		// ", of Dayton,": a home town in apposition too.
		if is(ts, head, "of") {
			k := head + 1
			for k < len(ts) && k < head+5 && ts[k].word && ts[k].cap {
				k++
			}
			if k > head+1 && punct(ts, k, ",") {
				head = k + 1
			}
		}
	}
	return start, head, true
}

var ordinalPerson = set(`second third fourth fifth sixth`)

// decadeAge reports "in her 30s", "in their twenties" at token i.
func decadeAge(ts []tok, i int) bool {
	if !is(ts, i, "in") || !is(ts, i+1, "his", "her", "their") {
		return false
	}
	w := low(ts, i+2)
	return len(w) > 1 && strings.HasSuffix(w, "s") && strings.Trim(w[:len(w)-1], "0123456789") == "" && ts[i+2].num < 0 ||
		is(ts, i+2, "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
}

// kin and singularPerson are nouns a definite article may count as one
// person ("the driver was killed"): a role in the story, not a group.
var kin = set(`wife husband mother father son daughter brother sister grandmother grandfather grandson granddaughter
girlfriend boyfriend fiancé fiancee fiance uncle aunt cousin nephew niece stepson stepdaughter stepfather stepmother baby`)

var singularPerson = set(`man woman boy girl child teen teenager toddler infant driver passenger victim shooter gunman suspect officer
deputy trooper guard student teacher owner clerk customer bystander neighbor neighbour resident worker soldier`)

func plural(noun string) bool {
	return strings.HasSuffix(noun, "s") && !singularPerson[noun] && !kin[noun] || noun == "men" || noun == "women" || noun == "children" || noun == "people"
}

// ageIn returns an age written inside an NP ("7-year-old"), or "".
func ageIn(ts []tok, a, b int) string {
	for i := a; i < b && i < len(ts); i++ {
		if j := strings.Index(ts[i].low, "-year-old"); j > 0 {
			return ageKey(ts[i].low[:j])
		}
		if strings.HasSuffix(ts[i].low, "-month-old") || strings.HasSuffix(ts[i].low, "-week-old") {
			return ts[i].low
		}
	}
	return ""
}

// ageKey writes an age in digits, so that "a three-year-old" and "the
// 3-year-old" are one child.
func ageKey(a string) string {
	if n, ok := ageWords[a]; ok {
		return n
	}
	return a
}

var ageWords = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
	"sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20"}

func sortUnits(us []unit) {
	for i := 1; i < len(us); i++ {
		for j := i; j > 0 && us[j].a < us[j-1].a; j-- {
			us[j], us[j-1] = us[j-1], us[j]
		}
	}
}

// tokRange maps a byte span onto tokens [a, b).
func tokRange(ts []tok, sp tally.Span) (int, int) {
	a, b := -1, -1
	for i, t := range ts {
		if a < 0 && t.end > sp.Start {
			a = i
		}
		if t.start < sp.End {
			b = i + 1
		}
	}
	if a < 0 || b <= a {
		return -1, -1
	}
	return a, b
}

// nounPhrase reads the nouns a count applies to, from token i: adjectives
// and nouns, an "of"-phrase naming the group ("members of the banned
// group"), up to the head noun. It returns where the phrase ends, its head
// noun, and whether that noun names things rather than people.
func nounPhrase(ts []tok, i int) (end int, head string, nonPerson bool) {
	j := i
	n := 0
	// "100 of its rivals", "12 of their members": the count is of them.
	if is(ts, j, "of") && in(ts, j+1, possessives) && j+2 < len(ts) && ts[j+2].word && !nonPeople[ts[j+2].low] && !stopNP[ts[j+2].low] {
		j += 2
	}
	for j < len(ts) && n < 6 {
		t := ts[j]
		if !t.word {
			// "camp’s" arrives as camp + ’ + s in some texts; hyphens are inside words.
			break
		}
		if stopNP[t.low] || passive[t.low] != "" && j > i || active[t.low] != "" && j > i && !adjectival[t.low] || intransitive[t.low] != "" || nominal[t.low] != "" && j > i {
			break
		}
		if auxiliary[t.low] && !adjectival[t.low] {
			break
		}
		head = t.low
		j++
		n++
		if people[t.low] && j < len(ts) && people[ts[j].low] && n < 6 {
			// "staff members", "camp residents", "family members": compounds.
			continue
		}
		if people[t.low] || nonPeople[t.low] {
			// "members of X", "residents of the camp": the of-phrase names the group.
			if is(ts, j, "of") && (t.low == "members" || t.low == "member" || people[t.low] && in(ts, j+1, determiners)) {
				k := j + 1
				for k < len(ts) && ts[k].word && !stopNP[ts[k].low] && k-j < 8 && ts[k].low != "and" && passive[ts[k].low] == "" && active[ts[k].low] == "" {
					k++
				}
				return k, t.low, false
			}
			return j, t.low, nonPeople[t.low]
		}
	}
	if head != "" && nonPeople[head] {
		return j, head, true
	}
	return j, head, false
}

// stopNP words end a noun phrase.
var stopNP = set(`and or but who whom which that were was are is be been have has had in on at by for from to with after before during
while when where as than of into onto near outside inside about including among since until said says told according`)

// adjectival participles may sit inside a noun phrase ("injured residents").
var adjectival = set(`injured wounded armed unarmed dead killed`)

// findCasualties returns the casualty claims of one sentence.
func findCasualties(s *sentInfo) []cand {
	ts := s.toks
	us := s.units()
	var out []cand
	used := map[int]bool{}
	for ui := 0; ui < len(us); ui++ {
		u := us[ui]
		if _, _, ok := before(ts, u); ok && !u.individual {
			// The object of a verb ("claimed the lives of two soldiers, and
			// three others remain missing") is no subject.
			continue
		}
		// Coordinated subjects: "three children and two adults were found dead".
		group := []unit{u}
		k := ui
		for k+1 < len(us) && joined(ts, us[k].head, us[k+1].a) && !us[k+1].nonPerson && !ownField(ts, us[k]) && !partOfGroup(ts, us[k+1]) &&
			!is(ts, us[k+1].head, "fatally", "mortally") && !speaksNext(ts, us[k+1]) { // "two shot, one fatally": a part, not more
			k++
			group = append(group, us[k])
		}
		matched := false
		for n := len(group); n >= 1 && !matched; n-- {
			g := group[:n]
			if f, trig, hedge, ok := after(ts, g[len(g)-1].head); ok && (!is(ts, trig, "alive", "survived", "expected") || g[len(g)-1].noun == "victims") {
				out = append(out, makeCand(s, f, breakdown(g), trig, hedge))
				for j := ui; j < ui+n; j++ {
					used[j] = true
				}
				ui += n - 1
				matched = true
			}
		}
		if matched {
			continue
		}
		// "52 deaths", "4 dead", "3 wounded", "dozens of severe injuries".
		if !u.individual && u.q != nil {
			if f, trig, ok := nominalAfter(ts, u); ok {
				out = append(out, makeCand(s, f, []unit{u}, trig, ""))
				used[ui] = true
				continue
			}
		}
	}
	// Objects of active verbs: "killing 32 people and wounding hundreds".
	for ui := 0; ui < len(us); ui++ {
		if used[ui] {
			continue
		}
		u := us[ui]
		f, trig, ok := before(ts, u)
		if !ok {
			continue
		}
		group := []unit{u}
		k := ui
		for k+1 < len(us) && !used[k+1] && joined(ts, us[k].head, us[k+1].a) && !us[k+1].nonPerson && sameKind(u, us[k+1]) && !speaksNext(ts, us[k+1]) {
			k++
			group = append(group, us[k])
		}
		c := makeCand(s, f, breakdown(group), trig, "")
		// "the bodies of three people", "the deaths of two men": counted
		// dead, but no perpetrator's victims named by a verb.
		c.object = !is(ts, trig, "bodies", "corpses", "remains", "deaths", "death", "lives")
		out = append(out, c)
		for j := ui; j <= k; j++ {
			used[j] = true
		}
		// "killing 11 in 2009, and 36 in 2011": a bare number in a list
		// after the object takes the same verb.
		for k+1 < len(us) && !used[k+1] && listContinues(ts, us[k].head, us[k+1]) {
			k++
			used[k] = true
			out = append(out, makeCand(s, f, []unit{us[k]}, trig, ""))
		}
		ui = k
	}
	// "the death toll rose to 15", "put the toll at 15".
	out = append(out, tolls(s, us, used)...)
	// In a murder-suicide those shot are dead.
	if hasWord(ts, murderSuicide) || hasPair(ts, "murder", "suicide") {
		for i := range out {
			if out[i].field == fieldHit {
				out[i].field = tally.FieldKilled
			}
		}
	}
	for i := range out {
		qualify(s, &out[i])
		if out[i].hedge == "" {
			out[i].hedge = clauseHedge(ts, out[i])
		}
	}
	return out
}

// speaksNext reports a person who says something: "killing nine, a local
// leader said" lists no tenth victim.
func speaksNext(ts []tok, u unit) bool {
	j := u.head
	for j < len(ts) && j < u.head+3 && (is(ts, j, "also", "later", "has", "had", "have") || strings.HasSuffix(ts[j].low, "ly")) {
		j++
	}
	return j < len(ts) && attributionVerbs[ts[j].low]
}

// ownField reports a count whose noun already says what it counts ("eight
// bodies", "34 injured"): it coordinates with no other count's verb.
func ownField(ts []tok, u unit) bool {
	_, ok := nominal[low(ts, u.b)]
	return ok && !people[low(ts, u.b+1)] // not "seven injured residents"
}

// partOfGroup reports a count of part of a group named before it: "five of
// whom", "two of them".
func partOfGroup(ts []tok, u unit) bool {
	return is(ts, u.b, "of") && is(ts, u.b+1, "whom", "them")
}

// clauseHedge finds a hedging adverb in a claim's clause, before its
// figure or next to its verb: "allegedly ordered the execution of 8".
func clauseHedge(ts []tok, c cand) tally.Hedge {
	a := c.units[0].a
	lo := max(0, min(a, c.trigger)-8)
	hi := min(len(ts), max(a, c.trigger)+2)
	for j := lo; j < hi; j++ {
		if punct(ts, j, ";") || is(ts, j, "while", "but") {
			if j < a {
				continue
			}
			break
		}
		switch ts[j].low {
		case "reportedly", "allegedly", "apparently", "purportedly", "presumably":
			return hedges[ts[j].low]
		case "may", "might", "could":
			if is(ts, j+1, "have") {
				return tally.HedgeBelieved // "the gunmen may have killed 5"
			}
		}
	}
	return ""
}

// breakdown reads "seven residents, six women and one man" as seven: when
// the first count equals the sum of the rest, the rest itemise it.
func breakdown(g []unit) []unit {
	if len(g) < 3 || g[0].individual {
		return g
	}
	rest := 0
	for _, u := range g[1:] {
		rest += u.value
	}
	if rest == g[0].value {
		return g[:1]
	}
	return g
}

func sameKind(a, b unit) bool { return a.individual == b.individual || a.individual || b.individual }

// joined reports two units linked by "and" or a comma (a list of victims).
func joined(ts []tok, end, next int) bool {
	i := end
	if punct(ts, i, ",") {
		i++
	}
	if is(ts, i, "and", "then", "plus") {
		i++
	}
	if i == end {
		return false
	}
	// "a couple and their two children": the possessive opens the next unit.
	if i < next && is(ts, i, "their", "his", "her", "its") {
		i++
	}
	return i == next
}

// listContinues reports ", and 36 in 2011" after "killing 11 in 2009".
func listContinues(ts []tok, from int, u unit) bool {
	if u.individual || u.q == nil || u.q.Kind != numbers.Cardinal {
		return false
	}
	// Between: an optional "in/on DATE" phrase, then ", and" or ",".
	i := from
	for i < u.a && i < from+5 && !is(ts, i, "and") && !punct(ts, i, ",;") {
		if !ts[i].word || active[ts[i].low] != "" || passive[ts[i].low] != "" {
			return false
		}
		i++
	}
	for i < u.a && (is(ts, i, "and") || punct(ts, i, ",")) {
		i++
	}
	if i != u.a {
		return false
	}
	// The number must not be followed by its own verb or noun.
	return u.noun == "" || u.head == u.b || is(ts, u.b, "in", "on")
}

// after matches what follows a subject: auxiliaries and hedges, then a
// participle ("were killed", "are believed to have been killed", "was shot
// and killed", "were found dead") or an intransitive verb ("died").
func after(ts []tok, i int) (f tally.Field, trig int, hedge tally.Hedge, ok bool) {
	j := i
	// Skip an aside: ", six of whom were women," or "(PMOI)".
	if punct(ts, j, ",(") {
		if k := skipAside(ts, j); k > j {
			j = k
		}
	}
	// A relative clause: "a girl and her mother who were shot and killed".
	if is(ts, j, "who", "that") && in(ts, j+1, relativeAux) {
		j++
	}
	// A part of a group: "two of whom died", "two of them were killed".
	if is(ts, j, "of") && is(ts, j+1, "whom", "them") {
		j += 2
	}
	steps := 0
	for j < len(ts) && steps < 8 {
		t := ts[j]
		if h, isH := hedges[t.low]; isH && h != tally.HedgeConfirmed || t.low == "to" || t.low == "have" || t.low == "been" {
			if isH && hedge == "" {
				hedge = h
			}
			j++
			steps++
			continue
		}
		if f, ok := intransitive[t.low]; ok {
			return f, j, hedge, true
		}
		if steps > 0 && is(ts, j, "alive") || is(ts, j, "survived") ||
			is(ts, j, "expected") && is(ts, j+1, "to") && is(ts, j+2, "live", "survive", "recover") {
			// "all three victims were alive when taken to hospital": shot
			// and living, which findCasualties accepts only of victims.
			return tally.FieldInjured, j, hedge, true
		}
		if steps == 0 && is(ts, j, "fatally", "mortally") && (j+1 == len(ts) || !ts[j+1].word) {
			// "two teens were shot, one fatally": the verb is understood.
			return tally.FieldKilled, j, hedge, true
		}
		if _, ok := passive[t.low]; ok && j+1 < len(ts) && people[ts[j+1].low] && adjectival[t.low] {
			// "seriously injured residents were carried …": the participle
			// describes the group; the predicate comes later.
			return "", 0, "", false
		}
		if f, ok := passive[t.low]; ok && steps == 0 && (f == fieldHit || active[t.low] != "") && opensNP(ts, j+1) {
			// "the father shot his wife": an active verb with its object, not a passive.
			_ = f
			return "", 0, "", false
		}
		if f, ok := passive[t.low]; ok && (steps > 0 || t.low == "dead" || t.low == "killed" || t.low == "wounded" || t.low == "injured" || t.low == "shot" || t.low == "missing" || t.low == "hurt" || t.low == "kidnapped" || t.low == "abducted") {
			if t.low == "confirmed" || t.low == "reported" {
				// "confirmed dead": the participle follows.
				j++
				steps++
				continue
			}
			f = refine(ts, j, f)
			if steps == 0 && is(ts, j+1, "and") && active[low(ts, j+2)] != "" && opensNP(ts, j+3) {
				// "A man shot and killed his wife": both verbs are active.
				return "", 0, "", false
			}
			if f == fieldHit && diedLater(ts, j+1) {
				// "were shot multiple times and died at the scene"
				f = tally.FieldKilled
			}
			if f == tally.FieldInjured && steps == 0 && diedLater(ts, j+1) {
				// "A man wounded in a shooting this month has died": the
				// participle tells how, the verb what became of him.
				f = tally.FieldKilled
			}
			return f, j, hedge, true
		}
		if auxiliary[t.low] || strings.HasSuffix(t.low, "ly") && len(t.low) > 4 && !t.cap && passive[low(ts, j+1)] != "" {
			// Auxiliaries, and adverbs before a participle: "was accidentally shot".
			if hedge == "" {
				if h, isH := hedges[t.low]; isH {
					hedge = h
				}
			}
			j++
			steps++
			continue
		}
		// "were among the dead", "were among those killed": a part of the toll.
		if t.low == "among" && steps > 0 {
			k := j + 1
			if is(ts, k, "the", "those") {
				k++
			}
			if f, ok := nominal[low(ts, k)]; ok && k > j+1 {
				return f, k, hedge, true
			}
			if is(ts, k-1, "those") {
				if f, ok := passive[low(ts, k)]; ok && f != fieldHit {
					return f, k, hedge, true
				}
			}
		}
		// "were taken hostage", "are being held hostage"
		if steps > 0 && is(ts, j, "taken", "held") && is(ts, j+1, "hostage", "hostages", "captive", "captives") {
			return tally.FieldAbducted, j, hedge, true
		}
		// "were taken to hospital with injuries", "was rushed to a hospital"
		if steps > 0 && in(ts, j, transportVerbs) && is(ts, j+1, "to") && !hasWord(ts, unhurtVisits) {
			for k := j + 2; k < len(ts) && k <= j+5; k++ {
				if is(ts, k, "hospital", "hospitals") {
					if diedLater(ts, k+1) {
						return tally.FieldKilled, j, hedge, true
					}
					return tally.FieldInjured, j, hedge, true
				}
				if !ts[k].word {
					break
				}
			}
		}
		// "was found with multiple gunshot wounds"
		if t.low == "with" && steps > 0 && is(ts, j-1, "found") {
			for k := j + 1; k < len(ts) && k <= j+4; k++ {
				if in(ts, k, woundNouns) {
					f := fieldHit
					if diedLater(ts, k+1) {
						f = tally.FieldKilled
					}
					return f, k, hedge, true
				}
			}
		}
		// "lost their lives"
		if (t.low == "lost" || t.low == "lose") && is(ts, j+1, "their", "his", "her") && is(ts, j+2, "lives", "life") {
			return tally.FieldKilled, j, hedge, true
		}
		// "suffered minor injuries", "sustained gunshot wounds", "suffered fatal wounds"
		if in(ts, j, sufferVerbs) {
			for k := j + 1; k < len(ts) && k <= j+4; k++ {
				if in(ts, k, injuryNouns) {
					switch {
					case hasWordIn(ts, j+1, k, fatalWords):
						return tally.FieldKilled, k, hedge, true
					case in(ts, k, woundNouns):
						// "suffered gunshot wounds" is said of the dead too.
						return fieldHit, k, hedge, true
					}
					return tally.FieldInjured, k, hedge, true
				}
				if !ts[k].word {
					break
				}
			}
		}
		// "is listed in critical condition", "remains in stable condition"
		if t.low == "in" && j+2 < len(ts) {
			for k := j + 1; k < len(ts) && k <= j+3; k++ {
				if is(ts, k, "condition") {
					if in(ts, k-1, conditionWords) {
						return tally.FieldInjured, k, hedge, true
					}
					break
				}
			}
		}
		// "three people in an apparent murder-suicide"
		if t.low == "in" && steps == 0 {
			for k := j + 1; k < len(ts) && k <= j+4; k++ {
				if in(ts, k, murderNouns) || is(ts, k, "murder") && is(ts, k+1, "suicide") {
					return tally.FieldKilled, k, hedge, true
				}
			}
		}
		break
	}
	return "", 0, "", false
}

// opensNP reports a token that starts a noun phrase: a determiner, a
// possessive, a number or a capitalised name.
func opensNP(ts []tok, i int) bool {
	if i >= len(ts) || !ts[i].word {
		return false
	}
	return in(ts, i, npOpeners) || ts[i].num >= 0 || ts[i].cap
}

// diedLater reports "and died", "and later died" in the rest of a clause.
func diedLater(ts []tok, i int) bool {
	for j := i; j < len(ts) && j < i+12; j++ {
		if punct(ts, j, ";.") || ts[j].num >= 0 || is(ts, j, "whom", "them", "which") {
			// "were shot, two of whom died": a part died, not all.
			return false
		}
		if in(ts, j, dyingVerbs) || is(ts, j, "pronounced", "declared") && is(ts, j+1, "dead") {
			return true
		}
	}
	return false
}

// refine reads a participle with what follows it: "shot and killed",
// "shot dead", "shot to death", "shot and wounded", "fatally shot".
func refine(ts []tok, j int, f tally.Field) tally.Field {
	if j > 0 && (is(ts, j-1, "fatally", "mortally")) {
		return tally.FieldKilled
	}
	if f != fieldHit && f != tally.FieldInjured {
		return f
	}
	switch {
	case is(ts, j+1, "dead"), is(ts, j+1, "to") && is(ts, j+2, "death"):
		return tally.FieldKilled
	case is(ts, j+1, "and") && in(ts, j+2, killedWords):
		return tally.FieldKilled
	case is(ts, j+1, "and") && in(ts, j+2, hurtWords):
		return tally.FieldInjured
	}
	return f
}

// skipAside returns the token after a parenthetical starting at j
// (", six of whom were women," or "(MeK)"), or j when there is none.
func skipAside(ts []tok, j int) int {
	open := ts[j].text
	closer := ","
	if open == "(" {
		closer = ")"
	}
	for k := j + 1; k < len(ts) && k < j+12; k++ {
		if ts[k].text == closer {
			if closer == "," {
				// Only asides that are clauses about the group.
				inner := ts[j+1 : k]
				if !asideClause(inner) {
					return j
				}
			}
			return k + 1
		}
	}
	return j
}

func asideClause(ts []tok) bool {
	// ", 45," — an age in apposition.
	if len(ts) == 1 && ts[0].word && strings.Trim(ts[0].low, "0123456789") == "" {
		return true
	}
	for i := range ts {
		if is(ts, i, "whom", "which", "who", "including", "among", "mostly", "mainly", "many", "most", "all", "both", "aged", "ages") {
			return true
		}
	}
	// ", a 34-year-old father of three,": who the person is.
	return len(ts) >= 2 && is(ts, 0, "a", "an") && (strings.HasSuffix(ts[1].low, "-old") || people[ts[1].low])
}

// nominalAfter matches a count followed by a noun of harm: "52 deaths",
// "4 dead", "3 killed", "dozens of severe injuries".
func nominalAfter(ts []tok, u unit) (tally.Field, int, bool) {
	j := u.b
	if is(ts, j, "lives") && in(ts, u.a-1, claimLivesVerbs) {
		return tally.FieldKilled, j, true // "claimed 12 lives"
	}
	for k := 0; k < 2 && j < len(ts); k++ {
		if f, ok := nominal[ts[j].low]; ok {
			if ts[j].low == "death" && !is(ts, j+1, "toll") {
				return "", 0, false
			}
			return f, j, true
		}
		// Allow one adjective or "more": "severe injuries", "more deaths", "people dead".
		if !ts[j].word || !(adjectiveLike(ts[j].low) || people[ts[j].low]) {
			break
		}
		j++
	}
	return "", 0, false
}

func adjectiveLike(w string) bool {
	return w == "more" || w == "other" || w == "others" || w == "further" || w == "additional" || w == "severe" || w == "serious" ||
		w == "critical" || w == "minor" || w == "confirmed" || w == "civilian" || w == "reported" || w == "known"
}

// before matches a verb that takes the count as its object: "killing 32
// people", "kill 32 Iranian dissidents", "sent 4 people to the hospital",
// "left three dead".
func before(ts []tok, u unit) (tally.Field, int, bool) {
	v := u.a - 1
	// An adverb between: "killing at least", handled by the quantity; "also killed", fine.
	if v >= 0 && in(ts, v, verbAdverbs) {
		v--
	}
	if v < 0 {
		return "", 0, false
	}
	w := ts[v].low
	if w == "dead" && v > 0 && is(ts, v-1, "shot") {
		// "troops shot dead nine protesters"
		return tally.FieldKilled, v, true
	}
	if f, ok := active[w]; ok {
		// "shot 4 people" is a hit; "shot and killed 3 people" was read by after().
		if f == fieldHit && v > 0 && is(ts, v-1, "fatally") {
			f = tally.FieldKilled
		}
		if w == "shooting" && !(u.noun == "self" || is(ts, u.a, "his", "her", "their")) {
			// "shooting" before a count is a noun: "the shooting 4 people saw".
			return "", 0, false
		}
		if f == fieldHit && (is(ts, v-1, "fatally") || is(ts, v+1, "dead") || u.noun == "self" && selfDeathContext(ts)) {
			f = tally.FieldKilled
		}
		return f, v, true
	}
	switch w {
	case "sent", "sends", "send", "sending", "put", "puts", "putting", "landed":
		// "sent 4 people to the hospital", "put four people in the hospital".
		if hospitalAfter(ts, u.head) {
			return tally.FieldInjured, v, true
		}
	case "left", "leaving", "leaves", "leave":
		// "left three people dead", "leaving 12 injured".
		if u.head < len(ts) {
			if f, ok := nominal[ts[u.head].low]; ok {
				return f, u.head, true
			}
		}
	case "hospitalized", "hospitalised":
		return tally.FieldInjured, v, true
	case "on":
		// "turning the gun on himself": shot, dead only if the report says so.
		if u.noun == "self" && is(ts, v-1, "gun", "weapon", "rifle", "pistol", "shotgun") {
			if selfDeathContext(ts) {
				return tally.FieldKilled, v, true
			}
			return fieldHit, v, true
		}
	case "of":
		// "the lives of 12 people", "the deaths of 3 men".
		if v > 1 && is(ts, v-1, "lives") && (in(ts, v-2, claimLivesVerbs) || is(ts, v-2, "the") && in(ts, v-3, claimLivesVerbs)) {
			return tally.FieldKilled, v - 1, true
		}
		if v > 0 && is(ts, v-1, "deaths", "death", "killings", "killing", "murders", "murder", "slaying", "slayings", "execution", "executions", "massacre", "bodies", "corpses", "remains") {
			return tally.FieldKilled, v - 1, true
		}
		if v > 0 && is(ts, v-1, "shooting", "shootings") && u.individual {
			// "the shooting of his 10-year-old brother"
			return fieldHit, v - 1, true
		}
	}
	return "", 0, false
}

// selfDeathContext reports a sentence where a self-inflicted shot killed:
// a murder-suicide, or a death word.
func selfDeathContext(ts []tok) bool {
	for _, t := range ts {
		if t.low == "murder-suicide" || t.low == "suicide" || deathWords[t.low] {
			return true
		}
	}
	return false
}

func hospitalAfter(ts []tok, i int) bool {
	for j := i; j < len(ts) && j < i+4; j++ {
		if strings.HasPrefix(ts[j].low, "hospital") {
			return true
		}
	}
	return false
}

// tolls reads "the death toll rose to 15", "the toll from the attack
// rises to 15", "the number of people killed in Tuesday's attack has risen
// to 15": a toll noun, an optional phrase saying whose toll, a verb of
// standing or rising, then the figure.
func tolls(s *sentInfo, us []unit, used map[int]bool) []cand {
	ts := s.toks
	var out []cand
	for ui, u := range us {
		if used[ui] || u.individual {
			continue
		}
		// Walk back from the figure over "to"/"at" and a verb of rising.
		j := u.a - 1
		if !is(ts, j, "to", "at", "of") {
			continue
		}
		j--
		verbSeen := false
		for j >= 0 && in(ts, j, tollVerbs) {
			verbSeen = true
			j--
		}
		// "put the death toll at 27", "estimated the toll at 27".
		direct := is(ts, u.a-1, "at") && (is(ts, j, "toll") ||
			(in(ts, j, deadNouns) || in(ts, j, hurtWords)) && is(ts, j-1, "of") && is(ts, j-2, "number"))
		// "updated the death toll to 12", "bringing the toll to 30".
		if is(ts, u.a-1, "to") {
			// The toll may carry a phrase saying whose: "bringing the toll
			// from the attack to 30".
			for t := j; t >= 0 && t >= j-8 && !punct(ts, t, ",;:."); t-- {
				if !is(ts, t, "toll") {
					continue
				}
				for k := t - 1; k >= 0 && k >= t-3; k-- {
					if in(ts, k, tollSetters) {
						direct = true
					}
				}
				break
			}
		}
		if !verbSeen && !direct && !is(ts, u.a-1, "of") {
			continue
		}
		// Then, within thirty tokens and the same clause, the toll itself:
		// "the number of people killed in a bombing near a bus station in
		// the city of Taiz on January 14 had risen to 27".
		for k := j; k >= 0 && k >= j-30; k-- {
			if punct(ts, k, ";:") {
				break
			}
			f := tally.FieldKilled
			if is(ts, k, "number") && is(ts, k+1, "of") && (in(ts, k+2, hurtWords) || people[low(ts, k+2)] && in(ts, k+3, hurtWords)) {
				// "put the number of wounded at 47"
				f = tally.FieldInjured
			}
			if ts[k].low == "toll" && !is(ts, k-1, "casualty") && !is(ts, k-1, "injury") ||
				is(ts, k, "number") && is(ts, k+1, "of") && (f == tally.FieldInjured || in(ts, k+2, tollNounsAfterOf) || people[low(ts, k+2)] && in(ts, k+3, killedOrDead)) {
				c := makeCand(s, f, []unit{u}, k, "")
				c.toll = true
				out = append(out, c)
				used[ui] = true
				break
			}
		}
	}
	return out
}

// tollSetters put a toll at a figure: "bringing the toll to 30".
var tollSetters = set(`updated revised raised lowered brought bringing pushed pushing took taking raising putting`)

var tollVerbs = set(`rose risen rises rise climbed climbs climb jumped jumps increased increases reached reaches stood stands stand
is was has had have now grew grown hit hits soared down up`)

// makeCand builds a claim from a group of units.
func makeCand(s *sentInfo, f tally.Field, group []unit, trig int, hedge tally.Hedge) cand {
	c := cand{field: f, sent: s.idx, trigger: trig, hedge: hedge, units: group}
	c.span = tally.Span{Start: group[0].span.Start, End: group[len(group)-1].span.End}
	total := 0
	allIndividual := true
	for _, u := range group {
		if u.q != nil && u.q.Kind != numbers.Cardinal {
			c.vague = true
		}
		if !u.individual {
			allIndividual = false
		} else {
			c.identities = append(c.identities, u.identity)
		}
		total += u.value
	}
	c.individual = allIndividual
	c.ref = allIndividual
	for _, u := range group {
		if !u.ref {
			c.ref = false
		}
	}
	if len(group) == 1 && group[0].q != nil {
		q := group[0].q
		c.qualifier = q.Qualifier
		if q.Kind == numbers.Vague {
			c.low = tally.Int(q.Low)
			if q.High != numbers.Unbounded {
				c.high = tally.Int(q.High)
			}
		} else if q.Kind == numbers.Fraction {
			// "nearly half of the residents": a share of a population, not a count.
			c.low, c.high = nil, nil
		} else {
			c.low, c.high = tally.Int(q.Low), tally.Int(q.High)
		}
	} else {
		c.low, c.high = tally.Int(total), tally.Int(total)
	}
	return c
}

// qualify turns qualifiers into bounds and marks subsets and aggregates.
func qualify(s *sentInfo, c *cand) {
	ts := s.toks
	if !c.vague && c.low != nil {
		switch c.qualifier {
		case "at least", "no fewer than", "or more", "upwards of", "no less than", "a minimum of":
			c.high = nil
			c.qualifier = "at least"
		// Bounds as written, the way coders record them: "more than 100"
		// is low 100 with no high, as "at least 100" is; "about 40" and
		// "nearly 40" say 40, and the qualifier keeps the approximation.
		case "more than", "over", "in excess of":
			c.high = nil
		case "up to", "as many as", "at most", "no more than", "fewer than", "less than", "under":
			c.low = nil
		}
	}
	switch c.qualifier {
	case "another", "more", "additional", "further", "other", "a total of", "total", "only", "just", "exactly":
		// Words that do not bound the figure: "seven more", "a total of 12".
		c.qualifier = ""
	}
	if c.vague {
		c.qualifier = ""
	}
	var b strings.Builder
	for i, u := range c.units {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(strings.TrimSpace(s.text(u.span)))
	}
	c.asWritten = b.String()
	first := c.units[0]
	// Subsets: "six of whom", "among them", "including", "N of the dead".
	if is(ts, first.b, "of") && (is(ts, first.b+1, "whom", "them", "those", "these") || is(ts, first.b+1, "the") && in(ts, first.b+2, subsetNouns)) {
		c.subset = true
		c.partitive = is(ts, first.b+1, "whom", "them")
	}
	for j := first.a - 1; j >= 0 && j >= first.a-3; j-- {
		if in(ts, j, inclusionWords) {
			// "among the 32 killed were …" names the whole; what follows is the part.
			if is(ts, j, "among") && (j+1 == first.a || is(ts, j+1, "the", "those") && j+2 == first.a) {
				// "two soldiers among 9 dead": the figure after "among" is the whole.
				break
			}
			c.subset = true
		}
	}
	// "many of the dead": a vague share of a group already counted.
	if q := first.q; q != nil && q.Kind == numbers.Vague && strings.HasSuffix(strings.ToLower(s.text(q.Span)), " of") && is(ts, first.b, "the") && in(ts, first.b+1, subsetNouns) {
		c.subset = true
	}
	if last := c.units[len(c.units)-1]; c.trigger > last.head && c.trigger-last.head <= 6 && hasWordIn(ts, last.head, c.trigger, amongWord) {
		// "two aid workers were among the dead"
		c.subset = true
	}
	if is(ts, first.a-1, "were") && hasBefore(ts, first.a-1, "among") {
		// "among the 32 killed were 7 women"
		c.subset = true
	}
	if hasWord(ts, depiction) && hasWord(ts, depictVerbs) {
		c.subset = true
	}
	if aggregateSentence(ts) && !(len(c.units) == 1 && c.units[0].individual && c.units[0].identity != "self#" && monthOnly(ts)) {
		// One person is no tally over a period: "a man shot this month".
		c.aggregate = true
	}
}

var amongWord = set("among")

// unhurtVisits are reasons to go to hospital that say nothing of a wound:
// "taken to a hospital for evaluation", "as a precaution".
var unhurtVisits = set(`evaluation precaution precautionary checkup check-up examination autopsy observation assessment`)

var transportVerbs = set(`taken rushed transported admitted airlifted flown ferried evacuated brought driven carried`)

var subsetNouns = set(`dead victims killed wounded injured people casualties bodies hostages those residents`)

func hasBefore(ts []tok, i int, w string) bool {
	for j := i - 1; j >= 0; j-- {
		if ts[j].low == w {
			return true
		}
	}
	return false
}

func hasWordIn(ts []tok, a, b int, words map[string]bool) bool {
	for i := a; i < b && i < len(ts); i++ {
		if words[ts[i].low] {
			return true
		}
	}
	return false
}

func hasPair(ts []tok, a, b string) bool {
	for i := range ts {
		if ts[i].low == a && is(ts, i+1, b) {
			return true
		}
	}
	return false
}

func hasWord(ts []tok, words map[string]bool) bool {
	for _, t := range ts {
		if words[t.low] {
			return true
		}
	}
	return false
}

// aggregateSentence reports a sentInfo that totals many incidents or a
// long period: "since Friday", "so far this year", "in 33 separate
// shooting incidents", "since the uprising began".
func aggregateSentence(ts []tok) bool {
	for i, t := range ts {
		switch t.low {
		case "since":
			// "since Friday", "since the uprising began" — not "since then".
			if !is(ts, i+1, "then") {
				return true
			}
		case "separate":
			// "in 33 separate shootings", not "in a separate incident".
			if !is(ts, i-1, "a", "another") {
				return true
			}
		case "nationwide", "countrywide", "statewide", "citywide", "data", "statistics":
			// "data compiled by the group shows 265 children shot …"
			return true
		case "so":
			if is(ts, i+1, "far") {
				return true
			}
		case "this", "last", "past", "each", "every", "per":
			// "this year", "in the past year", "each year": a tally over a
			// period. Not a date: "earlier this month", "late last year",
			// "last month".
			if is(ts, i+1, "year", "month", "decade") && !is(ts, i-1, "of", "earlier", "early", "late", "later") &&
				!(t.low == "last" && is(ts, i+1, "month")) {
				return true
			}
		case "to":
			if is(ts, i+1, "date") {
				return true
			}
		case "over":
			// "over an eight-hour stretch", "over the weekend" with many shootings.
			if is(ts, i+2, "stretch", "period", "span") || is(ts, i+3, "stretch", "period", "span") {
				return true
			}
		case "in", "across", "throughout":
			// "across the city" is a tally; "a clinic in the city" a place.
			if is(ts, i+1, "the") && in(ts, i+2, wideScopes) && (t.low != "in" || !is(ts, i+2, "city", "state", "region")) {
				return true
			}
		}
		if (t.low == "shootings" || t.low == "incidents" || t.low == "attacks" || t.low == "bombings") && i > 0 &&
			(ts[i-1].num >= 0 || in(ts, i-1, manyDeterminers) || is(ts, i-2, "in") && kindOfMany(ts[i-1])) {
			// "in 33 separate shootings", "injured in those shootings": a tally of many.
			return true
		}
	}
	return false
}

// kindOfMany reports an adjective that sorts many events: "in accidental
// shootings", "in gang-related attacks"; not "the", "twin", "Sunday's".
func kindOfMany(t tok) bool {
	return t.word && !t.cap && t.num < 0 && !determiners[t.low] && !possessives[t.low] && !oneEventAdjectives[t.low]
}

var oneEventAdjectives = set(`twin double triple coordinated simultaneous back-to-back suspected deadly apparent`)

// monthOnly reports a sentence whose only sign of a period is "this
// month": said of one person, a date, not a tally.
func monthOnly(ts []tok) bool {
	month := false
	for i := range ts {
		if is(ts, i, "this", "past") && is(ts, i+1, "month") {
			month = true
		}
		if is(ts, i, "year", "years", "so", "since", "separate", "nationwide", "statewide", "citywide", "countrywide") {
			return false
		}
	}
	return month
}

// textBetween returns the words and marks between two offsets in the sentence.
func (s *sentInfo) textBetween(a, b int) string {
	var out strings.Builder
	for _, t := range s.toks {
		if t.start >= a && t.end <= b {
			out.WriteString(t.text)
		}
	}
	return out.String()
}

func (s *sentInfo) text(sp tally.Span) string {
	if len(s.toks) == 0 {
		return ""
	}
	// Tokens point into the document text; rebuild from the token run.
	var b strings.Builder
	prev := -1
	for _, t := range s.toks {
		if t.start >= sp.Start && t.end <= sp.End {
			if prev >= 0 && t.start > prev {
				b.WriteByte(' ')
			}
			b.WriteString(t.text)
			prev = t.end
		}
	}
	return b.String()
}
