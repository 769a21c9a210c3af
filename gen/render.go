package gen

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"

	"tally"
)

// claim is one figure a sentence states, as the gold records it.
type claim struct {
	field  string // killed, injured, abducted
	value  int
	qual   string
	hedge  string
	source string
	recall int // 1 + the index of the earlier incident it is about; 0 for this one
}

// sentence is one sentence of a report body with what it states.
type sentence struct {
	text   string
	claims []claim
	noise  string // why it is a distractor, if it is one
}

// body is the words of a report, shared by a reprint.
type body struct {
	headline string
	head     []claim // figures the headline gives
	paras    [][]sentence
}

// scene holds what a report's sentences draw on.
type scene struct {
	r      *rand.Rand
	w      *world
	p      *plan
	rp     *reportPlan
	when   string // "early Sunday"
	where  string // "in Kokomo, Indiana"
	dated  bool   // a dateline already names the town
	others string // "others" or "other people"
}

// render writes an incident's reports and gathers their truth.
func (w *world) render(p *plan, total int) *Incident {
	inc := &Incident{Gold: GoldIncident{
		ID: p.id, Required: true, Place: goldPlace(p.place), Date: p.date.String(), DatePrecision: "day",
		EventType: p.kind.event, Figures: map[string]GoldRange{},
	}}
	bodies := map[int]*body{}
	for k := range p.reports {
		rp := &p.reports[k]
		src := k
		if rp.reprintOf > 0 {
			src = rp.reprintOf - 1
			// A reprint carries the original's words and so its figures and dates.
			o := p.reports[src]
			rp.lag, rp.killed, rp.injured, rp.abducted = o.lag, o.killed, o.injured, o.abducted
			rp.qual, rp.rising, rp.conflict, rp.partisan, rp.recall = o.qual, o.rising, o.conflict, o.partisan, o.recall
		}
		b := bodies[src]
		if b == nil {
			b = w.writeBody(p, &p.reports[src], src)
			bodies[src] = b
		}
		rep, doc := w.wrap(p, rp, k, b, total)
		inc.Reports = append(inc.Reports, rep)
		inc.Docs = append(inc.Docs, doc)
		inc.Gold.MentionedIn = append(inc.Gold.MentionedIn, rep.Name)
		addClaims := func(text string, cs []claim) {
			for _, c := range cs {
				gc := goldClaim(rep.Name, text, c)
				if c.recall > 0 {
					j, _ := w.core(c.recall - 1)
					inc.Recalls = append(inc.Recalls, Recall{Incident: j.id, Claim: gc})
					continue
				}
				inc.Gold.Claims = append(inc.Gold.Claims, gc)
				v := c.value
				if c.qual == "more than" {
					v++ // "more than 11" says at least 12
				}
				widen(inc.Gold.Figures, c.field, v)
			}
		}
		addClaims(b.headline, b.head)
		for _, para := range b.paras {
			for _, s := range para {
				addClaims(s.text, s.claims)
				if s.noise != "" {
					inc.Noise = append(inc.Noise, Distractor{File: rep.Name, Quote: s.text, Why: s.noise})
				}
			}
		}
	}
	return inc
}

func widen(figs map[string]GoldRange, field string, v int) {
	g, ok := figs[field]
	if !ok {
		figs[field] = GoldRange{Low: v, High: v}
		return
	}
	g.Low, g.High = min(g.Low, v), max(g.High, v)
	figs[field] = g
}

// writeBody writes the words of report k of an incident: the headline and
// the paragraphs, each sentence with the figures it states.
func (w *world) writeBody(p *plan, rp *reportPlan, k int) *body {
	s := &scene{r: w.rng(p.idx, 1+uint64(k)), w: w, p: p, rp: rp}
	r := s.r
	s.others = oneOf(r, []string{"others", "others", "other people", "more"})
	s.when = s.whenPhrase()
	b := &body{}
	b.headline, b.head = s.headline()

	dateline := ""
	if r.Float64() < 0.45 {
		dateline = s.dateline()
		s.dated = true
	}
	s.where = s.wherePhrase()
	lead := s.lead()
	lead.text = dateline + lead.text
	b.paras = append(b.paras, []sentence{lead})

	var more []sentence
	if x, ok := s.second(lead); ok {
		more = append(more, x)
	}
	if rp.conflict > 0 {
		more = append(more, s.conflicting())
	}
	if len(more) > 0 {
		b.paras = append(b.paras, more)
	}
	var rest []sentence
	for range 1 + r.IntN(3) {
		rest = append(rest, s.distractor())
	}
	for range 4 + r.IntN(6) {
		rest = append(rest, sentence{text: oneOf(r, p.cast.filler)})
	}
	if len(p.names) > 0 && r.IntN(2) == 0 {
		rest = append(rest, s.witnessQuote())
	}
	rest = append(rest, s.quote())
	if rp.recall > 0 {
		rest = append(rest, s.recall(rp.recall-1))
	}
	if p.injured >= 24 && r.Float64() < 0.2 {
		// A vague word is evidence, not a toll: the gold has no claim for it.
		rest = append(rest, sentence{text: fmt.Sprintf("Dozens of %s were treated at local clinics, %s said.", p.victims, s.official())})
	}
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	dedupe := map[string]bool{}
	for len(rest) > 0 {
		n := min(len(rest), 1+r.IntN(3))
		var para []sentence
		for _, x := range rest[:n] {
			if !dedupe[x.text] {
				dedupe[x.text] = true
				para = append(para, x)
			}
		}
		if len(para) > 0 {
			b.paras = append(b.paras, para)
		}
		rest = rest[n:]
	}
	return b
}

// whenPhrase says when the incident happened relative to the report's
// publication, as reports do: "early Sunday", "last night", "on March 3".
func (s *scene) whenPhrase() string {
	r, d, lag := s.r, s.p.date, s.rp.lag
	wd := weekdays[d.Weekday()]
	if !s.rp.undated && r.Float64() < 0.12 {
		switch r.IntN(3) {
		case 0:
			return fmt.Sprintf("on %s %d", months[d.Month-1], d.Day)
		case 1:
			return fmt.Sprintf("on %d %s", d.Day, months[d.Month-1])
		}
		return fmt.Sprintf("on %s %d, %d", months[d.Month-1], d.Day, d.Year)
	}
	switch lag {
	case 0:
		return oneOf(r, []string{"early " + wd, "on " + wd, wd + " morning", "early " + wd, "on " + wd})
	case 1:
		return oneOf(r, []string{"late " + wd, "on " + wd, wd + " night", "last night", wd + " evening"})
	}
	return oneOf(r, []string{"on " + wd, "on " + wd, wd + " afternoon", "late " + wd})
}

// dateline opens the lead: "KOKOMO, Ind. (Valley Herald) — ".
func (s *scene) dateline() string {
	pl := s.p.place
	region := countryNames[pl.Record.Country]
	if pl.Abbr != "" {
		region = pl.Abbr
	}
	region = strings.TrimPrefix(region, "the ")
	tag := ""
	if o := outlets[s.rp.outlet]; o.wire || s.r.IntN(3) == 0 {
		tag = " (" + o.name + ")"
	}
	return fmt.Sprintf("%s, %s%s — ", strings.ToUpper(pl.Written), region, tag)
}

func (s *scene) wherePhrase() string {
	pl, r := s.p.place, s.r
	if pl.Record.Country == "US" {
		if s.dated {
			return oneOf(r, []string{"in " + pl.Written, "on the north side of " + pl.Written, "in east " + pl.Written, "in " + pl.Written})
		}
		return oneOf(r, []string{"in " + pl.Written + ", " + pl.Record.Admin1, "in " + pl.Written + ", " + pl.Abbr})
	}
	if s.dated {
		return oneOf(r, []string{"in " + pl.Written, "in the city", "in " + pl.Written})
	}
	c := countryNames[pl.Record.Country]
	return oneOf(r, []string{
		"in " + pl.Written + ", " + c,
		"in the " + demonyms[pl.Record.Country] + " town of " + pl.Written,
		"in " + pl.Written + " in " + c,
		"in the " + demonyms[pl.Record.Country] + " city of " + pl.Written,
	})
}

// Sources, by kind. Each returns the words a report uses.
func (s *scene) official() string { return oneOf(s.r, s.p.cast.official) }
func (s *scene) observer() string {
	if len(s.p.cast.observer) == 0 {
		return s.official()
	}
	return oneOf(s.r, s.p.cast.observer)
}
func (s *scene) witness() string { return oneOf(s.r, s.p.cast.witness) }

// said attributes a clause: ", police said." or ", according to police."
func (s *scene) said(src string) string {
	if s.r.IntN(4) == 0 {
		return ", according to " + src + "."
	}
	return ", " + src + " said."
}

// stated is the number a report writes before a qualifier, so that the
// qualifier stays true: "more than 11" for a toll of 12, "nearly 15".
func stated(n int, qual string) int {
	switch qual {
	case "more than":
		return n - 1
	case "nearly": // 47 is "nearly 50"
		return (n/5 + 1) * 5
	case "about": // 47 is "about 45", 48 "about 50"
		return (n + 2) / 5 * 5
	}
	return n
}

// npeople writes a count of people (or deaths, injuries) with its noun,
// singular for one: "at least 12 villagers", "one villager".
func (s *scene) npeople(n int, qual string, start bool, plural string) string {
	noun := plural
	if n == 1 && qual == "" {
		noun = singular(plural)
	}
	return s.count(n, qual, start) + " " + noun
}

// othersN writes "three others" or "one other person".
func (s *scene) othersN(n int) string {
	if n == 1 {
		return "one other person"
	}
	return s.count(n, "", false) + " " + s.others
}

// was agrees a verb with a count: "was" for exactly one.
func was(n int, qual string) string {
	n = stated(n, qual)
	if n == 1 && qual == "" {
		return "was"
	}
	return "were"
}

var singulars = map[string]string{"people": "person", "men": "man", "young men": "young man", "children": "child",
	"police officers": "police officer", "deaths": "death", "injuries": "injury"}

func singular(plural string) string {
	if s, ok := singulars[plural]; ok {
		return s
	}
	return strings.TrimSuffix(plural, "s")
}

// count writes a number as reports do: words for one to nine, digits
// above, words at the start of a sentence; qual goes before it.
func (s *scene) count(n int, qual string, start bool) string {
	var w string
	switch {
	case start && qual == "" && n < 100:
		w = capitalize(numberWord(n))
	case n < 10 && s.r.IntN(5) != 0:
		w = numberWord(n)
	default:
		w = digits(n)
	}
	if qual != "" {
		w = qual + " " + w
		if start {
			w = capitalize(w)
		}
	}
	return w
}

func (s *scene) lead() sentence {
	p, rp, r := s.p, s.rp, s.r
	src := s.official()
	if rp.abducted > 0 {
		return s.abductionLead(src)
	}
	if rp.killed == 0 {
		return s.injuryLead(src)
	}
	if p.cast != conflictCast && rp.killed <= 2 && rp.injured <= 2 && rp.qual == "" && r.Float64() < 0.4 {
		return s.oneByOne(src)
	}
	if rp.rising && r.Float64() < 0.5 {
		return s.risingLead(src)
	}
	k, j := rp.killed, rp.injured
	kc := claim{field: "killed", value: stated(k, rp.qual), qual: rp.qual, source: src}
	jc := claim{field: "injured", value: j, source: src}
	withJ := j > 0 && r.Float64() < 0.7
	var b strings.Builder
	var cs []claim
	event := s.eventPhrase()
	switch form := r.IntN(7); {
	case form == 0 || form == 1: // active: "Gunmen stormed a village …, killing 12 people and wounding 20 others"
		fmt.Fprintf(&b, "%s %s %s %s %s, killing %s", s.perp(), oneOf(r, p.kind.act), p.venue, s.where, s.when, s.npeople(stated(k, rp.qual), rp.qual, false, p.victims))
		if withJ {
			fmt.Fprintf(&b, " and %s %s", oneOf(r, []string{"wounding", "injuring"}), s.othersN(j))
		}
		b.WriteString(s.said(src))
	case form == 2 && k < 100: // passive: "Twelve people were killed and 20 were wounded when …"
		fmt.Fprintf(&b, "%s %s", s.npeople(stated(k, rp.qual), rp.qual, true, p.victims), oneOf(r, []string{was(k, rp.qual) + " killed", "died", was(k, rp.qual) + " killed"}))
		if withJ {
			fmt.Fprintf(&b, " and %s %s", s.count(j, "", false), was(j, "")+" "+oneOf(r, []string{"wounded", "injured", "hurt"}))
		}
		fmt.Fprintf(&b, " %s %s %s%s", event, s.where, s.when, s.said(src))
	case form == 3: // nominal: "A bombing … left 12 people dead and 20 injured"
		fmt.Fprintf(&b, "%s %s %s left %s dead", capitalize(s.nounAtVenue()), s.where, s.when, s.npeople(stated(k, rp.qual), rp.qual, false, p.victims))
		if withJ {
			fmt.Fprintf(&b, " and %s %s", s.count(j, "", false), oneOf(r, []string{"injured", "wounded"}))
		}
		b.WriteString(s.said(src))
	case form == 4: // according to …, N died
		fmt.Fprintf(&b, "According to %s, %s %s", src, s.npeople(stated(k, rp.qual), rp.qual, false, p.victims), oneOf(r, []string{"died", was(k, rp.qual) + " killed"}))
		if withJ {
			fmt.Fprintf(&b, " and %s %s", s.count(j, "", false), was(j, "")+" "+oneOf(r, []string{"injured", "wounded"}))
		}
		fmt.Fprintf(&b, " %s %s %s.", event, s.where, s.when)
	case form == 5: // nominal deaths: "Police reported 12 deaths and 20 injuries after …"
		fmt.Fprintf(&b, "%s reported %s", capitalize(src), s.npeople(stated(k, rp.qual), rp.qual, false, "deaths"))
		if withJ {
			fmt.Fprintf(&b, " and %s", s.npeople(j, "", false, "injuries"))
		}
		fmt.Fprintf(&b, " after %s %s %s.", s.nounAtVenue(), s.where, s.when)
	default: // hedged: "At least 12 people are believed to have been killed …"
		q := rp.qual
		if q == "" && k >= 3 && k < 100 {
			q = "at least"
			kc.qual, kc.value = q, stated(k, q)
		}
		if r.IntN(2) == 0 {
			kc.hedge = "believed"
			fmt.Fprintf(&b, "%s %s believed to have been killed %s %s %s, %s said.", s.npeople(stated(k, q), q, true, p.victims), map[bool]string{true: "is", false: "are"}[was(k, q) == "was"], event, s.where, s.when, src)
		} else {
			kc.hedge = "reportedly"
			fmt.Fprintf(&b, "%s %s reportedly killed %s %s %s, %s said.", s.npeople(stated(k, q), q, true, p.victims), was(k, q), event, s.where, s.when, src)
		}
		withJ = false
	}
	cs = append(cs, kc)
	if withJ {
		cs = append(cs, jc)
	}
	return sentence{text: b.String(), claims: cs}
}

// perp is the perpetrator as a subject.
func (s *scene) perp() string { return s.p.perp }

// eventPhrase joins an event to its venue: "when a car bomb exploded at a
// crowded market" or "in a shooting outside a nightclub".
func (s *scene) eventPhrase() string {
	if s.r.IntN(2) == 0 {
		return oneOf(s.r, s.p.kind.when) + " " + s.p.venue
	}
	return "in " + s.nounAtVenue()
}

func (s *scene) nounAtVenue() string {
	k := s.p.kind
	n := oneOf(s.r, k.noun)
	if k.on != "" {
		return n + " " + k.on + " " + s.p.venue
	}
	return n + " " + s.p.venue
}

// injuryLead states an event in which nobody died.
func (s *scene) injuryLead(src string) sentence {
	p, rp, r := s.p, s.rp, s.r
	j := rp.injured
	c := claim{field: "injured", value: stated(j, rp.qual), qual: rp.qual, source: src}
	var t string
	switch r.IntN(4) {
	case 0:
		t = fmt.Sprintf("%s %s wounded %s %s %s%s", s.npeople(stated(j, rp.qual), rp.qual, true, p.victims), was(j, rp.qual), s.eventPhrase(), s.where, s.when, s.said(src))
	case 1:
		t = fmt.Sprintf("%s %s %s %s %s, wounding %s%s", s.perp(), oneOf(r, p.kind.act), p.venue, s.where, s.when, s.npeople(stated(j, rp.qual), rp.qual, false, "people"), s.said(src))
	case 2:
		t = fmt.Sprintf("%s %s %s sent %s to the hospital%s", capitalize(s.nounAtVenue()), s.where, s.when, s.npeople(stated(j, rp.qual), rp.qual, false, "people"), s.said(src))
	default:
		if j == 1 && rp.qual == "" {
			t = fmt.Sprintf("A %s was wounded %s %s %s%s", oneOf(r, []string{"man", "woman", "teenager"}), s.eventPhrase(), s.where, s.when, s.said(src))
		} else {
			t = fmt.Sprintf("%s %s injured %s %s %s%s", s.npeople(stated(j, rp.qual), rp.qual, true, "people"), was(j, rp.qual), s.eventPhrase(), s.where, s.when, s.said(src))
		}
	}
	return sentence{text: t, claims: []claim{c}}
}

var persons = []string{"man", "woman", "teenager", "young man", "teenage boy", "woman in her 30s"}

// oneByOne counts the victims person by person: "A man was shot and
// killed and a woman was wounded …".
func (s *scene) oneByOne(src string) sentence {
	rp, r := s.rp, s.r
	var who []string
	for range rp.killed {
		who = append(who, oneOf(r, persons))
	}
	var b strings.Builder
	switch len(who) {
	case 1:
		fmt.Fprintf(&b, "A %s was %s", who[0], oneOf(r, []string{"shot and killed", "killed", "fatally shot"}))
	default:
		fmt.Fprintf(&b, "A %s and a %s were %s", who[0], who[1], oneOf(r, []string{"shot and killed", "killed", "fatally shot"}))
	}
	cs := []claim{{field: "killed", value: rp.killed, source: src}}
	if rp.injured > 0 {
		switch rp.injured {
		case 1:
			fmt.Fprintf(&b, " and a %s was %s", oneOf(r, persons), oneOf(r, []string{"wounded", "injured"}))
		default:
			fmt.Fprintf(&b, " and two %s were %s", oneOf(r, []string{"women", "men", "others"}), oneOf(r, []string{"wounded", "injured"}))
		}
		cs = append(cs, claim{field: "injured", value: rp.injured, source: src})
	}
	venue := s.p.venue
	if s.p.kind.on != "" {
		venue = "at " + venue
	}
	fmt.Fprintf(&b, " %s %s %s%s", venue, s.where, s.when, s.said(src))
	return sentence{text: b.String(), claims: cs}
}

// risingLead reports a toll that has grown: "The death toll … rose to 14".
func (s *scene) risingLead(src string) sentence {
	rp, r := s.rp, s.r
	c := claim{field: "killed", value: rp.killed, source: src}
	var t string
	if r.IntN(2) == 0 {
		t = fmt.Sprintf("The death toll from %s %s %s rose to %s%s", s.nounAtVenue(), s.where, s.when, digits(rp.killed), s.said(src))
	} else {
		t = fmt.Sprintf("%s said the number of people killed %s %s %s had risen to %s.", capitalize(src), s.eventPhrase(), s.where, s.when, digits(rp.killed))
	}
	return sentence{text: t, claims: []claim{c}}
}

func (s *scene) abductionLead(src string) sentence {
	p, rp, r := s.p, s.rp, s.r
	a := rp.abducted
	cs := []claim{{field: "abducted", value: stated(a, rp.qual), qual: rp.qual, source: src}}
	var b strings.Builder
	switch r.IntN(3) {
	case 0:
		fmt.Fprintf(&b, "%s %s %s %s %s during a raid on %s", s.perp(), oneOf(r, []string{"kidnapped", "abducted", "seized"}), s.npeople(stated(a, rp.qual), rp.qual, false, p.victims), s.where, s.when, p.venue)
	case 1:
		fmt.Fprintf(&b, "%s %s %s %s %s %s", s.npeople(stated(a, rp.qual), rp.qual, true, p.victims), was(a, rp.qual), oneOf(r, []string{"abducted", "kidnapped", "taken hostage"}), oneOf(r, p.kind.when)+" "+p.venue, s.where, s.when)
	default:
		fmt.Fprintf(&b, "%s %s %s %s %s and %s %s", s.perp(), oneOf(r, p.kind.act), p.venue, s.where, s.when, oneOf(r, []string{"kidnapped", "abducted"}), s.npeople(stated(a, rp.qual), rp.qual, false, p.victims))
	}
	if rp.killed > 0 {
		fmt.Fprintf(&b, ", killing %s", s.count(rp.killed, "", false))
		cs = append(cs, claim{field: "killed", value: rp.killed, source: src})
	}
	b.WriteString(s.said(src))
	return sentence{text: b.String(), claims: cs}
}

// second gives the figures the lead left out, in a sentence of their own.
func (s *scene) second(lead sentence) (sentence, bool) {
	rp, r := s.rp, s.r
	has := map[string]bool{}
	for _, c := range lead.claims {
		has[c.field] = true
	}
	if !has["injured"] && rp.injured > 0 {
		src := s.official()
		c := claim{field: "injured", value: rp.injured, source: src}
		var t string
		wounds := []string{"wounds", "injuries"}
		if p := s.p.kind; p == usShooting || p == cartel {
			wounds = append(wounds, "gunshot wounds")
		}
		j := rp.injured
		switch r.IntN(4) {
		case 0:
			t = fmt.Sprintf("%s %s taken to hospital with %s%s", capitalize(s.othersN(j)), was(j, ""), oneOf(r, wounds), s.said(src))
		case 1:
			t = fmt.Sprintf("The attack also sent %s to the hospital, %s said.", s.npeople(j, "", false, "people"), src)
		case 2:
			t = fmt.Sprintf("%s said %s %s being treated for injuries.", capitalize(src), s.npeople(j, "", false, "people"), was(j, ""))
		default:
			if j == 1 {
				t = "Another person was wounded" + s.said(src)
			} else {
				t = fmt.Sprintf("Another %s people were wounded%s", s.count(j, "", false), s.said(src))
			}
		}
		return sentence{text: t, claims: []claim{c}}, true
	}
	if !has["killed"] && rp.killed > 0 && rp.abducted == 0 {
		src := s.official()
		return sentence{text: fmt.Sprintf("%s said %s %s killed.", capitalize(src), s.npeople(rp.killed, "", false, "people"), was(rp.killed, "")),
			claims: []claim{{field: "killed", value: rp.killed, source: src}}}, true
	}
	return sentence{}, false
}

// conflicting gives another source's different figure.
func (s *scene) conflicting() sentence {
	p, rp, r := s.p, s.rp, s.r
	v := rp.conflict
	if rp.partisan {
		src := oneOf(r, p.cast.party)
		return sentence{
			text:   fmt.Sprintf("%s claimed that %s had been killed, a figure that could not be independently verified.", capitalize(src), s.npeople(v, "", false, p.victims)),
			claims: []claim{{field: "killed", value: v, hedge: "claimed", source: src}},
		}
	}
	var src, t string
	switch r.IntN(3) {
	case 0:
		src = s.witness()
		t = fmt.Sprintf("But %s said %s had died.", src, s.npeople(v, "", false, "people"))
	case 1:
		src = s.observer()
		t = fmt.Sprintf("%s, however, said %s %s killed.", capitalize(src), s.npeople(v, "", false, p.victims), was(v, ""))
	default:
		src = s.observer()
		t = fmt.Sprintf("A separate count by %s put the number of dead at %s.", src, digits(v))
	}
	return sentence{text: t, claims: []claim{{field: "killed", value: v, source: src}}}
}

// distractor writes a sentence whose numbers are not tolls.
func (s *scene) distractor() sentence {
	p, r := s.p, s.r
	pl := p.place
	us := pl.Record.Country == "US"
	switch x := r.IntN(8); {
	case x == 0 && pl.Record.Population >= 1000:
		pop := roundPop(pl.Record.Population)
		return sentence{text: fmt.Sprintf("%s, %s of about %s people, %s.", pl.Written, oneOf(r, []string{"a city", "a town", "a community"}), digits(pop),
			oneOf(r, []string{"has seen several violent incidents in recent years", "lies about two hours' drive from the capital", "is a regional trading centre"})), noise: "population"}
	case x == 1 && us:
		return sentence{text: fmt.Sprintf("Officers were called to the %d block of %s at about %s", (1+r.IntN(49))*100, oneOf(r, streets), stop(p.clock)), noise: "address and time"}
	case x == 2 && us:
		return sentence{text: fmt.Sprintf("Anyone with information is asked to call the department at 555-%04d.", r.IntN(10000)), noise: "phone number"}
	case x == 3:
		age := 17 + r.IntN(40)
		return sentence{text: fmt.Sprintf("A %d-year-old man was later taken into custody, %s said.", age, s.official()), noise: "age of a suspect"}
	case x == 4 && !us:
		return sentence{text: fmt.Sprintf("About %s %s were deployed to the area after the attack.", digits((2+r.IntN(30))*100), oneOf(r, []string{"troops", "police officers", "soldiers"})), noise: "force size"}
	case x == 5 && !us:
		return sentence{text: fmt.Sprintf("More than %s people have been killed in the region since %d, according to %s.", digits((5+r.IntN(90))*100), p.date.Year-1-r.IntN(8), s.observer()), noise: "a region's war toll"}
	case x == 6:
		return sentence{text: fmt.Sprintf("The building, which opened in %d, was badly damaged.", p.date.Year-5-r.IntN(60)), noise: "year"}
	}
	return sentence{text: fmt.Sprintf("The %s happened at about %s", p.kind.head, stop(p.clock)), noise: "time"}
}

// stop ends a sentence with a period unless its last word has one ("p.m.").
func stop(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// witnessQuote gives a named witness, whose name becomes a keyword that
// ties the incident's reports together.
func (s *scene) witnessQuote() sentence {
	r := s.r
	name := s.p.names[0]
	return sentence{text: fmt.Sprintf("%s, who %s, said %s.", name,
		oneOf(r, []string{"lives nearby", "was across the street", "runs a shop on the corner", "was driving past"}),
		oneOf(r, []string{"the noise was deafening", "people were running in every direction", "nobody on the street had seen anything like it", "neighbours helped carry the wounded to cars"}))}
}

// quote gives an official's words, with a name that becomes a keyword.
func (s *scene) quote() sentence {
	r := s.r
	q := oneOf(r, []string{
		"We are doing everything we can to find those responsible",
		"This was a cowardly act against innocent people",
		"Our thoughts are with the families tonight",
		"The situation is now under control",
		"We ask anyone who saw something to come forward",
		"We will not let fear govern this community",
	})
	name := oneOf(r, firstNames) + " " + oneOf(r, lastNames)
	role := oneOf(r, []string{"a spokesman for " + s.official(), "a local official", "who leads the investigation"})
	return sentence{text: fmt.Sprintf("\"%s,\" said %s, %s.", q, name, role)}
}

// recall mentions an earlier incident in the same town, with its own toll.
func (s *scene) recall(j int) sentence {
	r := s.r
	e, _ := s.w.core(j)
	when := fmt.Sprintf("%s %d", months[e.date.Month-1], e.date.Day)
	if r.IntN(2) == 0 {
		when += fmt.Sprintf(", %d", e.date.Year)
	}
	n := oneOf(r, e.kind.noun)
	town := s.p.place.Written
	var t string
	switch r.IntN(3) {
	case 0:
		t = fmt.Sprintf("It was the second deadly %s in %s in recent weeks: on %s, %s in %s.", e.kind.head, town, when,
			s.npeople(e.killed, "", false, "people")+" "+was(e.killed, "")+" killed", n)
	case 1:
		t = fmt.Sprintf("On %s, %s died in %s in the same town.", when, s.npeople(e.killed, "", false, "people"), n)
	default:
		t = fmt.Sprintf("%s was hit before: %s on %s killed %s.", town, n, when, s.npeople(e.killed, "", false, "people"))
	}
	return sentence{text: t, claims: []claim{{field: "killed", value: e.killed, recall: j + 1}}}
}

// headline writes the report's title and the figures it gives.
func (s *scene) headline() (string, []claim) {
	p, rp, r := s.p, s.rp, s.r
	town := p.place.Written
	head := p.kind.head
	if r.Float64() < 0.4 || (rp.killed == 0 && rp.injured == 0 && rp.abducted == 0) {
		return oneOf(r, []string{
			capitalize(head) + " in " + town + ": what we know",
			"Police investigate " + town + " " + head,
			"Deadly " + head + " hits " + town,
			capitalize(head) + " shakes " + town,
			town + " reels after " + head,
		}), nil
	}
	num := func(n int) string {
		if n < 10 && r.IntN(2) == 0 {
			return capitalize(numberWord(n))
		}
		return digits(n)
	}
	switch {
	case rp.abducted > 0:
		return fmt.Sprintf("%s abducted in %s", num(rp.abducted), town), []claim{{field: "abducted", value: rp.abducted}}
	case rp.killed == 0:
		return fmt.Sprintf("%s hurt in %s %s", num(rp.injured), town, head), []claim{{field: "injured", value: rp.injured}}
	case rp.rising:
		return fmt.Sprintf("Death toll in %s %s rises to %s", town, head, digits(rp.killed)), []claim{{field: "killed", value: rp.killed}}
	case rp.injured > 0 && r.IntN(2) == 0:
		return fmt.Sprintf("%s dead, %s hurt in %s %s", num(rp.killed), numberOrDigits(rp.injured), town, head),
			[]claim{{field: "killed", value: rp.killed}, {field: "injured", value: rp.injured}}
	}
	return fmt.Sprintf("%s killed in %s %s", num(rp.killed), town, head), []claim{{field: "killed", value: rp.killed}}
}

func numberOrDigits(n int) string {
	if n < 10 {
		return numberWord(n)
	}
	return digits(n)
}

// wrap puts a body into a report of its format, with a header or page
// around it and the clutter of a website.
func (w *world) wrap(p *plan, rp *reportPlan, k int, b *body, total int) (Report, GoldDocument) {
	r := w.rng(p.idx, 0x40+uint64(k))
	o := outlets[rp.outlet]
	pub := p.date.AddDays(rp.lag)
	ext := "txt"
	if rp.format == tally.FormatHTML {
		ext = "html"
	}
	name := fmt.Sprintf("%07d-%s.%s", rp.seq, o.slug, ext)
	path := name
	if total > 10000 {
		path = fmt.Sprintf("%04d/%s", rp.seq/1000, name)
	}
	slug := slugOf(b.headline)
	url := fmt.Sprintf("https://www.%s/news/%04d/%02d/%02d/%s", o.domain, pub.Year, pub.Month, pub.Day, slug)
	author := oneOf(r, firstNames) + " " + oneOf(r, lastNames)
	var clutterTop, clutterEnd []string
	for range r.IntN(3) {
		clutterTop = append(clutterTop, oneOf(r, boilerplate))
	}
	for range 1 + r.IntN(4) {
		clutterEnd = append(clutterEnd, oneOf(r, boilerplate))
	}
	if r.IntN(2) == 0 {
		clutterEnd = append(clutterEnd, fmt.Sprintf(oneOf(r, boilerplateDated[:2]), pub.Year, o.name))
	}

	var data []byte
	switch rp.format {
	case tally.FormatHTML:
		data = htmlPage(r, o, b, url, author, pub, clutterTop, clutterEnd)
	case tally.FormatHeaderText:
		var sb strings.Builder
		fmt.Fprintf(&sb, "URL: %s\nTITLE: %s\n", url, b.headline)
		if r.IntN(3) == 0 {
			fmt.Fprintf(&sb, "PUBLISHED: %sT%02d:%02d:00Z\n", pub, 5+r.IntN(18), r.IntN(60))
		} else {
			fmt.Fprintf(&sb, "PUBLISHED: %s\n", pub)
		}
		if r.IntN(2) == 0 {
			fmt.Fprintf(&sb, "AUTHOR: %s\n", author)
		}
		if r.IntN(10) < 7 {
			fmt.Fprintf(&sb, "OUTLET: %s\n", o.name)
		}
		sb.WriteString("\n")
		writeParas(&sb, b, clutterTop, clutterEnd)
		data = []byte(sb.String())
	default:
		var sb strings.Builder
		sb.WriteString(o.name + "\n\n")
		for _, c := range clutterTop {
			sb.WriteString(c + "\n")
		}
		sb.WriteString("\n" + b.headline + "\n\n")
		fmt.Fprintf(&sb, "By %s\n", author)
		if !rp.undated {
			switch r.IntN(3) {
			case 0:
				fmt.Fprintf(&sb, "%s %d, %d\n", months[pub.Month-1], pub.Day, pub.Year)
			case 1:
				fmt.Fprintf(&sb, "Published: %s %d, %d\n", months[pub.Month-1], pub.Day, pub.Year)
			default:
				fmt.Fprintf(&sb, "Updated %s %d, %d at %d:%02d a.m.\n", months[pub.Month-1], pub.Day, pub.Year, 6+r.IntN(5), r.IntN(60))
			}
		}
		sb.WriteString("\n")
		writeParas(&sb, b, nil, clutterEnd)
		data = []byte(sb.String())
	}
	rep := Report{Name: name, Path: path, Format: rp.format, Data: data, Incident: p.id, Outlet: o.name}
	pubS := pub.String()
	doc := GoldDocument{File: name, Published: &pubS, PublishedAccept: []*string{&pubS}}
	if rp.format == tally.FormatText && rp.undated {
		// Undated: tally may leave it so, or date it by its incident.
		d := p.date.String()
		doc.Published = nil
		doc.PublishedAccept = []*string{nil, &d}
		if d != pubS {
			doc.PublishedAccept = append(doc.PublishedAccept, &pubS)
		}
		doc.Note = "no date in the text"
	} else {
		rep.Date = pub
	}
	return rep, doc
}

func writeParas(sb *strings.Builder, b *body, top, end []string) {
	for _, c := range top {
		sb.WriteString(c + "\n")
	}
	if len(top) > 0 {
		sb.WriteString("\n")
	}
	for _, para := range b.paras {
		for i, s := range para {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(s.text)
		}
		sb.WriteString("\n\n")
	}
	for _, c := range end {
		sb.WriteString(c + "\n")
	}
}

func htmlPage(r *rand.Rand, o outlet, b *body, url, author string, pub tally.Date, top, end []string) []byte {
	e := html.EscapeString
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&sb, "<title>%s | %s</title>\n", e(b.headline), e(o.name))
	fmt.Fprintf(&sb, "<meta property=\"og:site_name\" content=\"%s\">\n", e(o.name))
	fmt.Fprintf(&sb, "<meta property=\"og:title\" content=\"%s\">\n", e(b.headline))
	fmt.Fprintf(&sb, "<meta property=\"article:published_time\" content=\"%sT%02d:%02d:00Z\">\n", pub, 5+r.IntN(18), r.IntN(60))
	if r.IntN(5) < 3 {
		fmt.Fprintf(&sb, "<link rel=\"canonical\" href=\"%s\">\n", e(url))
	}
	sb.WriteString("</head>\n<body>\n")
	sb.WriteString("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav></header>\n")
	sb.WriteString("<main>\n<article>\n")
	fmt.Fprintf(&sb, "<h1>%s</h1>\n<p class=\"byline\">By %s</p>\n", e(b.headline), e(author))
	for _, c := range top {
		fmt.Fprintf(&sb, "<div class=\"share\">%s</div>\n", e(c))
	}
	for _, para := range b.paras {
		sb.WriteString("<p>")
		for i, s := range para {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(e(s.text))
		}
		sb.WriteString("</p>\n")
	}
	for _, c := range end {
		fmt.Fprintf(&sb, "<p class=\"promo\">%s</p>\n", e(c))
	}
	sb.WriteString("</article>\n<aside><h2>Most read</h2><ul>")
	for range 3 {
		fmt.Fprintf(&sb, "<li><a href=\"/news/%d\">%s</a></li>", r.IntN(99999), e(oneOf(r, []string{"Council approves new budget", "Storm expected this weekend", "Local team wins title", "Prices rise again", "New bridge opens"})))
	}
	sb.WriteString("</ul></aside>\n</main>\n")
	fmt.Fprintf(&sb, "<footer><p>&copy; %d %s. All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p></footer>\n</body>\n</html>\n", pub.Year, e(o.name))
	return []byte(sb.String())
}

func slugOf(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func roundPop(n int) int {
	for m := 1; ; m *= 10 {
		if n < 100*m {
			return (n + m/2) / m * m
		}
	}
}

var ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// numberWord writes 0–99 in words: "forty-four".
func numberWord(n int) string {
	switch {
	case n < 20:
		return ones[n]
	case n < 100 && n%10 == 0:
		return tens[n/10]
	case n < 100:
		return tens[n/10] + "-" + ones[n%10]
	}
	return digits(n)
}

// digits writes n with thousands separators: "2,500".
func digits(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
