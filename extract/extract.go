// Package extract turns a report into mentions and claims: what happened,
// when, where, who did it to whom, how many were killed, injured, abducted,
// detained or missing, who says so and how sure they are, each with the
// byte spans of its evidence. It is pure: a document in, values out.
//
// Creates: Mention (Type, Time, Place, Perpetrators, Victims, Keywords,
// Background) and Claim (Field, Low, High, Vague, Qualifier, AsWritten,
// Value, Hedge, Source, Span, Sentence, Subset).
package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"

	"tally"
	"tally/actors"
	"tally/gazetteer"
	"tally/numbers"
	"tally/sentence"
	"tally/timex"
)

// Extractor holds the reference data extraction reads: the gazetteer and
// the actor table. It is safe for concurrent use.
type Extractor struct {
	Places *gazetteer.Gazetteer
	Actors *actors.Table
}

// New returns an extractor over the given reference data; nil means the
// built-in defaults.
func New(places *gazetteer.Gazetteer, acts *actors.Table) *Extractor {
	if places == nil {
		places = gazetteer.Default()
	}
	if acts == nil {
		acts = actors.Default()
	}
	return &Extractor{Places: places, Actors: acts}
}

// docState is what extraction knows about one document as it goes.
type docState struct {
	doc     *tally.Document
	text    string
	sents   []*sentInfo
	exprs   [][]timex.Expr // per sentence
	topt    timex.Options
	places  []tally.PlaceRef
	actors  []actors.Match
	attribs [][]attribution // per sentence, after pronoun carry-over
	table   *actors.Table
}

// Document extracts the mentions of one report. Every span lies inside
// doc.Text.
func (x *Extractor) Document(doc *tally.Document) []tally.Mention {
	st := &docState{doc: doc, text: doc.Text, table: x.Actors}
	st.split()
	if len(st.sents) == 0 {
		return nil
	}
	st.findTimes()
	st.findPlaces(x.Places)
	st.findActors(x.Actors)
	st.findAttributions()
	var cands []cand
	for _, s := range st.sents {
		cands = append(cands, findCasualties(s)...)
	}
	for i := range cands {
		if cands[i].hedge == "" {
			if a, ok := st.attributionFor(cands[i].sent, cands[i].span); ok {
				cands[i].hedge = a.hedge
			}
		}
	}
	return st.mentions(cands, x.Actors)
}

// split finds the sentences of the report's content lines, skipping
// sentences repeated word for word (photo galleries repeat captions).
func (st *docState) split() {
	var spans []tally.Span
	for _, l := range st.doc.Lines {
		if l.Kind.Content() {
			spans = append(spans, l.Span)
		}
	}
	seen := map[string]bool{}
	for _, sp := range sentence.Split(st.text, spans) {
		t := st.text[sp.Start:sp.End]
		if seen[t] {
			continue
		}
		seen[t] = true
		s := &sentInfo{idx: len(st.sents), span: sp, toks: tokenize(st.text, sp.Start, sp.End)}
		s.woundDeath = woundDeath(s.toks)
		for _, q := range numbers.Find(t) {
			q.Span, q.NumSpan, q.QualSpan = q.Span.Shift(sp.Start), q.NumSpan.Shift(sp.Start), shiftNonZero(q.QualSpan, sp.Start)
			s.qs = append(s.qs, q)
		}
		for qi, q := range s.qs {
			if !q.Kind.Count() {
				continue
			}
			for ti := range s.toks {
				if s.toks[ti].start >= q.NumSpan.Start && s.toks[ti].end <= q.NumSpan.End {
					s.toks[ti].num = qi
				}
			}
		}
		st.sents = append(st.sents, s)
	}
}

func shiftNonZero(sp tally.Span, d int) tally.Span {
	if sp.IsZero() {
		return sp
	}
	return sp.Shift(d)
}

func (st *docState) findTimes() {
	st.exprs = make([][]timex.Expr, len(st.sents))
	var all []timex.Expr
	for i, s := range st.sents {
		for _, e := range timex.Find(st.text[s.span.Start:s.span.End]) {
			e.Span = e.Span.Shift(s.span.Start)
			st.exprs[i] = append(st.exprs[i], e)
			all = append(all, e)
		}
	}
	st.topt = timex.OptionsFor(all, timex.Options{})
}

// findPlaces resolves place names over the content of the whole report, so
// that "Kokomo" is read with the "Ind." and "Howard County" around it.
func (st *docState) findPlaces(g *gazetteer.Gazetteer) {
	if g == nil {
		return
	}
	var matches []gazetteer.Match
	for _, m := range g.Find(st.text) {
		if l, ok := st.doc.LineAt(m.Span.Start); ok && l.Kind.Content() {
			matches = append(matches, m)
		}
	}
	st.places = g.Resolve(st.text, matches, gazetteer.Options{})
	if len(st.places) < len(matches) {
		// Names left unresolved may be settled by the country most of the
		// report's other places are in ("Toledo" in a report about Ohio).
		count := map[string]int{}
		best := ""
		for _, p := range st.places {
			if c := p.Place.Country; c != "" {
				count[c]++
				if count[c] > count[best] {
					best = c
				}
			}
		}
		if best != "" && count[best]*2 > len(st.places) {
			st.places = g.Resolve(st.text, matches, gazetteer.Options{Country: best})
		}
	}
	if len(st.places) == 0 && len(matches) > 0 {
		if c := st.nationalCues(); c != "" {
			st.places = g.Resolve(st.text, matches, gazetteer.Options{Country: c})
		}
	}
	st.dominantCities(matches)
	st.facilityTowns(g)
	st.unlistedLocalities()
	st.capitals(g)
}

// capitals adds capital cities named by their role ("the Afghan capital")
// where no place already covers those words.
func (st *docState) capitals(g *gazetteer.Gazetteer) {
	added := false
	for _, c := range g.Capitals(st.text) {
		if l, ok := st.doc.LineAt(c.Span.Start); !ok || !l.Kind.Content() {
			continue
		}
		covered := false
		for _, p := range st.places {
			if p.Span.Start < c.Span.End && c.Span.Start < p.Span.End && specificity(p) >= specificity(c) {
				covered = true
			}
		}
		if !covered {
			st.places = append(st.places, c)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(st.places, func(a, b tally.PlaceRef) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	}
}

// unlistedLocalities adds places a report names that the gazetteer lacks:
// hamlets and villages under a city list's population threshold ("found
// shot in a car near Ochopee", "the village of X"). Such a place is named
// after a locative cue, is no common word or given name, and lies in a
// county or province the report also names, whose coordinates it takes
// (UCDP geo precision 3 or 4: the division is what is known).
func (st *docState) unlistedLocalities() {
	var admin *tally.PlaceRef
	for i := range st.places {
		p := &st.places[i]
		if p.Place.Feature == "A.ADM2" && (admin == nil || admin.Place.Feature != "A.ADM2") || p.Place.Feature == "A.ADM1" && admin == nil {
			admin = p
		}
	}
	if admin == nil {
		return
	}
	taken := func(a, b int) bool {
		for _, p := range st.places {
			if p.Span.Start < b && a < p.Span.End {
				return true
			}
		}
		for _, m := range st.actors {
			if m.Span.Start < b && a < m.Span.End {
				return true
			}
		}
		return false
	}
	for _, s := range st.sents {
		ts := s.toks
		for i := 1; i < len(ts); i++ {
			cue := is(ts, i-1, "near", "outside") ||
				is(ts, i-1, "of") && is(ts, i-2, "village", "town", "hamlet", "community", "settlement", "township")
			if !ts[i].cap || !ts[i].word {
				continue
			}
			j := i
			for j < len(ts) && j < i+2 && ts[j].cap && ts[j].word {
				j++
			}
			// "in Mukondi, a village in the Beni area": the apposition says
			// what it is.
			if !cue && is(ts, i-1, "in", "at") && punct(ts, j, ",") && is(ts, j+1, "a", "the") &&
				is(ts, j+2, "village", "town", "hamlet", "community", "settlement", "township", "locality") {
				cue = true
			}
			if !cue {
				continue
			}
			ok := true
			for k := i; k < j; k++ {
				w := ts[k].low
				if gazetteer.CommonWord(w) || gazetteer.FirstName(w) || calendarWord[w] || len(w) < 4 || strings.ContainsAny(w, "0123456789") {
					ok = false
				}
			}
			if !ok || j < len(ts) && (people[ts[j].low] || facility[ts[j].low] || ts[j].cap) || taken(ts[i].start, ts[j-1].end) {
				continue
			}
			name := st.text[ts[i].start:ts[j-1].end]
			a := admin.Place
			p := tally.Place{
				ID: "unlisted:" + strings.ToLower(a.Country+":"+a.Admin1+":"+name), Name: name, Country: a.Country,
				Admin1: a.Admin1, Admin2: a.Admin2, Lat: a.Lat, Lon: a.Lon, Feature: "P.PPL",
			}
			prec := tally.GeoAdmin2
			switch a.Feature {
			case "A.ADM2":
				p.Admin2 = a.Name
			case "A.ADM1":
				p.Admin1, prec = a.Name, tally.GeoAdmin1
			}
			st.places = append(st.places, tally.PlaceRef{Place: p, Span: tally.Span{Start: ts[i].start, End: ts[j-1].end}, Precision: prec})
		}
	}
	slices.SortStableFunc(st.places, func(a, b tally.PlaceRef) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
}

// facilityTowns adds towns named only inside the name of a facility in
// them ("the Rupert Gun Range", "Riverdale High School"), which the
// gazetteer rightly does not read as places on their own. A candidate must
// lie in a province the report already names.
func (st *docState) facilityTowns(g *gazetteer.Gazetteer) {
	admins := map[string]bool{}
	for _, p := range st.places {
		if p.Place.Admin1 != "" {
			admins[p.Place.Country+"/"+p.Place.Admin1] = true
		}
		if p.Place.Feature == "A.ADM1" {
			admins[p.Place.Country+"/"+p.Place.Name] = true
		}
	}
	if len(admins) == 0 {
		return
	}
	have := map[int]bool{}
	for _, p := range st.places {
		have[p.Span.Start] = true
	}
	for _, s := range st.sents {
		ts := s.toks
		for i := 0; i < len(ts); i++ {
			if !ts[i].cap || !ts[i].word || i > 0 && ts[i-1].cap && ts[i-1].word {
				continue
			}
			j := i
			for j < len(ts) && j < i+3 && ts[j].cap && ts[j].word && !facility[ts[j].low] {
				j++
			}
			if j == i || j >= len(ts) || !facility[ts[j].low] || have[ts[i].start] {
				continue
			}
			name := st.text[ts[i].start:ts[j-1].end]
			for _, p := range g.Lookup(name) {
				if strings.HasPrefix(p.Feature, "P.") && admins[p.Country+"/"+p.Admin1] {
					st.places = append(st.places, tally.PlaceRef{Place: p, Span: tally.Span{Start: ts[i].start, End: ts[j-1].end}, Precision: tally.GeoNear})
					have[ts[i].start] = true
					break
				}
			}
		}
	}
	slices.SortStableFunc(st.places, func(a, b tally.PlaceRef) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
}

// facility words name places a town contains.
var facility = set(`high middle elementary school gun range shooting mall park apartments apartment plaza church cemetery
airport station library stadium`)

// nationalCues guesses a report's country from words only one country's
// news uses, for reports whose places are otherwise ambiguous: the US
// emergency number and sheriffs. It answers "" without such cues.
func (st *docState) nationalCues() string {
	us := 0
	for _, s := range st.sents {
		for i, t := range s.toks {
			switch t.low {
			case "911", "911-call":
				us++
			case "sheriff", "sheriff's":
				us++
			case "county":
				if i > 0 && s.toks[i-1].cap {
					us++
				}
			}
		}
	}
	if us > 0 {
		return "US"
	}
	return ""
}

// dominantCities adds a city the gazetteer left unresolved when one
// candidate dwarfs every other ("Toledo" with no state named is Toledo,
// Ohio, over Toledo, Spain, and Toledo, Paraná): a last resort for reports naming no place the
// gazetteer would commit to.
func (st *docState) dominantCities(matches []gazetteer.Match) {
	if len(st.places) > 0 {
		return
	}
	for _, m := range matches {
		var best, next int
		var bp tally.Place
		for _, c := range m.Candidates {
			if !strings.HasPrefix(c.Feature, "P.") {
				continue
			}
			switch {
			case c.Population > best:
				best, next, bp = c.Population, best, c
			case c.Population > next:
				next = c.Population
			}
		}
		if best >= 100000 && best >= 2*next {
			st.places = append(st.places, tally.PlaceRef{Place: bp, Span: m.Span, Precision: tally.GeoExact})
		}
	}
}

func (st *docState) findActors(t *actors.Table) {
	if t == nil {
		return
	}
	for _, m := range t.Find(st.text) {
		if l, ok := st.doc.LineAt(m.Span.Start); ok && l.Kind.Content() {
			st.actors = append(st.actors, m)
		}
	}
}

// findAttributions finds each sentence's speakers, carrying a speaker into
// the next sentence that continues it with a pronoun ("It said …").
func (st *docState) findAttributions() {
	st.attribs = make([][]attribution, len(st.sents))
	var prev attribution
	havePrev := false
	for i, s := range st.sents {
		as := findAttributions(s, st.text)
		kept := as[:0]
		for _, a := range as {
			if a.pronoun {
				if !havePrev {
					continue
				}
				a.speaker = prev.speaker
			}
			kept = append(kept, a)
		}
		st.attribs[i] = kept
		if len(kept) > 0 {
			prev, havePrev = kept[len(kept)-1], true
		}
	}
}

// attributionFor returns the speaker of a claim at span in sentence sent.
func (st *docState) attributionFor(sent int, span tally.Span) (attribution, bool) {
	return nearest(st.sents[sent], st.attribs[sent], span)
}

// when is a resolved event time.
type when struct {
	ref      tally.TimeRef
	explicit bool // the text fixes it without the report's date
	kind     timex.Kind
}

// timeOf finds the time expression that dates a claim: the nearest one in
// its sentence, skipping future and aggregate ("since …") ones.
func (st *docState) timeOf(c cand) (when, bool) {
	exprs := st.exprs[c.sent]
	best := -1
	bestD := 1 << 30
	for i, e := range exprs {
		if e.Future || e.Kind == timex.Clock || e.Kind == timex.PartOfDay || e.Narrative {
			continue
		}
		if st.since(e) {
			continue
		}
		if st.deferredTo(c.sent, e) {
			continue
		}
		if st.clauseBreak(e.Span, c.span) || st.speechTime(c.sent, e) {
			continue
		}
		d := distance(e.Span, c.span)
		if d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return when{}, false
	}
	return st.resolve(exprs[best], c.sent), true
}

// since reports a date that opens a period: "since 2000".
func (st *docState) since(e timex.Expr) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimSpace(st.text[max(0, e.Span.Start-6):e.Span.Start])), "since")
}

// deferredTo reports a date something was put off to: "the case has been
// pushed to September", "won't resume until Sept. 9". It dates a
// proceeding to come, not the event.
func (st *docState) deferredTo(sent int, e timex.Expr) bool {
	ts := st.sents[sent].toks
	a, _ := tokRange(ts, e.Span)
	if a < 1 {
		return false
	}
	if is(ts, a-1, "until", "till") {
		return true
	}
	return is(ts, a-1, "to") && in(ts, a-2, deferVerbs)
}

var deferVerbs = set(`pushed postponed adjourned continued delayed moved rescheduled set scheduled deferred`)

// speechTime reports a time that dates a statement or an update, not the
// event: "authorities said Sunday", "told reporters on Monday", "Updated:
// Monday, July 7".
func (st *docState) speechTime(sent int, e timex.Expr) bool {
	ts := st.sents[sent].toks
	a, b := tokRange(ts, e.Span)
	if a < 0 {
		return false
	}
	// "Sheriff Mike Thomas on Thursday said …": the day before the verb.
	if b < len(ts) && attributionVerbs[ts[b].low] && ts[b].low != "according" && ts[b].low != "put" && ts[b].low != "gave" && (a == 0 || ts[a-1].cap || is(ts, a-1, "on", "police", "officials", "authorities")) {
		return true
	}
	for j := a - 1; j >= 0 && j >= a-4; j-- {
		w := ts[j].low
		if w == "updated" || w == "posted" || w == "published" || w == "modified" {
			return true
		}
		rising := tollRises[w]
		if (attributionVerbs[w] || procedural[w] || rising) && w != "according" && w != "put" && w != "gave" {
			// "said Sunday", "said on Monday", "told NBC 6 Monday", "rose
			// to 17 on Wednesday"
			between := ts[j+1 : a]
			ok := true
			for _, t := range between {
				if !(t.low == "on" || t.cap || t.num >= 0 || t.low == "reporters" || t.low == "the" || t.low == "and" || rising && t.low == "to") {
					ok = false
				}
			}
			return ok
		}
		if !ts[j].word && ts[j].text != ":" && ts[j].text != "," {
			break
		}
	}
	return false
}

// procedural verbs date what happened after the event: "were arrested
// Monday", "were identified Sunday", "was charged Tuesday".
// tollRises date a toll's update, not the event: "rose to 17 on Wednesday".
var tollRises = set(`rose risen climbed jumped increased`)

var procedural = set(`arrested charged booked arraigned indicted sentenced convicted identified named released detained
apprehended captured jailed buried mourned performed conducted completed scheduled`)

// clauseBreak reports a quotation mark, colon or semicolon between two
// spans: a date before "writing, “The seven …" dates the writing, not what
// the quote reports.
func (st *docState) clauseBreak(a, b tally.Span) bool {
	lo, hi := a.End, b.Start
	if b.End <= a.Start {
		lo, hi = b.End, a.Start
	}
	if lo >= hi {
		return false
	}
	return strings.ContainsAny(st.text[lo:hi], "“”\":;")
}

func distance(a, b tally.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// resolve fixes an expression against the report's date, and keeps the
// weekday or day offset when the report is undated.
func (st *docState) resolve(e timex.Expr, sent int) when {
	anchor := st.doc.Published
	if e.Kind == timex.PartialDate && !e.Last {
		if ref, ok := st.storyDate(sent, e.Span.Start); ok {
			anchor = ref
		}
	}
	d, clock, basis := timex.Resolve(e, anchor, st.topt)
	w := when{ref: tally.TimeRef{Date: d, Clock: clock, Basis: basis, Span: e.Span, Qualifier: e.Qualifier}, kind: e.Kind}
	if clock == "" {
		w.ref.Clock = st.clockNear(sent, e)
	}
	if basis == tally.BasisExplicit {
		w.explicit = true
	}
	if d.IsZero() {
		w.ref.Basis = tally.BasisUnknown
		if e.HasWeekday {
			w.ref.Weekday = e.Weekday.String()
		}
		if e.HasRel && !e.Narrative {
			w.ref.RelDays = tally.Int(e.RelDays)
		}
	}
	return w
}

// storyDate is the reference date of a retrospective narrative: the latest
// full date written out before position pos, when it lies more than half a
// year before the report's publication. "On September 19, 2013, … on
// November 19" means November 2013, not the November before a 2020 report.
// Partial dates resolve against it, with up to two months' slack, since a
// story may step back a little ("abducted on 1 September").
func (st *docState) storyDate(sent, pos int) (tally.Date, bool) {
	pub := st.doc.Published
	var ref tally.Date
	for i := 0; i <= sent && i < len(st.exprs); i++ {
		for _, x := range st.exprs[i] {
			if x.Span.Start >= pos || x.Kind != timex.Date || x.Date.Precision() != tally.PrecisionDay {
				continue
			}
			ref = x.Date
		}
	}
	if ref.IsZero() || pub.IsZero() || !ref.First().AddDate(0, 6, 0).Before(pub.First()) {
		return tally.Date{}, false
	}
	// Let partial dates run up to two months past the reference.
	return ref.AddDays(61), true
}

// clockNear returns a time of day written next to a date expression ("at 5
// a.m. Sunday"), in 24-hour form.
func (st *docState) clockNear(sent int, e timex.Expr) string {
	for _, x := range st.exprs[sent] {
		if x.Clock != "" && distance(x.Span, e.Span) <= 12 {
			return x.Clock
		}
	}
	return ""
}

// sameTime reports whether two times can be one event.
func sameTime(a, b tally.TimeRef) bool {
	switch {
	case !a.Date.IsZero() && !b.Date.IsZero():
		return a.Date.Compatible(b.Date)
	case a.Date.IsZero() && b.Date.IsZero():
		return true
	}
	// One dated, one only relative ("Sunday" in an undated report): the
	// relative one belongs to the report's own event, not an old one.
	return false
}

// group is the claims of one event in the report.
type group struct {
	time       tally.TimeRef
	background bool
	cands      []cand
	sents      map[int]bool
	others     map[int]bool // sentences whose claims belong to other events
}

// mentions groups claims into events by their dates: the report's main
// event, dated by its first dated claim, and older events it mentions in
// passing ("killing 11 in 2009"), each with its own date.
func (st *docState) mentions(cands []cand, table *actors.Table) []tally.Mention {
	var live []cand
	for _, c := range cands {
		if !c.aggregate {
			live = append(live, c)
		}
	}
	main := &group{sents: map[int]bool{}}
	mainSet := false
	var others []*group
	times := make([]when, len(live))
	dated := make([]bool, len(live))
	for i, c := range live {
		times[i], dated[i] = st.timeOf(c)
	}
	// The main event's time: the first claim the text dates to a day or by
	// the report's own date ("on Friday"); a bare year or month first is an
	// older event mentioned in passing, unless no claim is dated better.
	// Arrests come later than the attack they follow: they date nothing.
	// Bodies recovered and deaths that followed date the recovery, not the
	// event: "recovered nine bodies on Friday from the building hit on
	// Thursday". Their date serves only when no other claim is dated.
	for _, later := range []bool{false, true} {
		if later && !mainSet {
			// Only deaths from wounds are dated to the day: the day the
			// report's account of the event gives comes first.
			for i := range live {
				if dated[i] && st.sents[live[i].sent].woundDeath && times[i].ref.Date.Precision() == tally.PrecisionDay {
					main.time, mainSet = st.eventTime()
					break
				}
			}
		}
		for i := range live {
			if mainSet || !dated[i] || live[i].field == tally.FieldDetained || recovery(st.sents[live[i].sent]) != later {
				continue
			}
			if times[i].ref.Date.Precision() == tally.PrecisionDay || times[i].ref.Date.IsZero() {
				main.time, mainSet = times[i].ref, true
			}
		}
	}
	if !mainSet {
		for i := range live {
			if dated[i] && live[i].field != tally.FieldDetained && !st.old(times[i]) {
				main.time, mainSet = times[i].ref, true
				break
			}
		}
	}
	if !mainSet {
		main.time = st.defaultTime()
	}
	// The event each sentence's dated claims went to: an undated claim in
	// the same paragraph right after ("On 15 March, militiamen attacked
	// Bani, killing 18. Survivors said they also abducted six women.")
	// belongs to that event, not to the report's main one.
	sentGroup := map[int]*group{}
	for i, c := range live {
		g := main
		if dated[i] && (!sameTime(times[i].ref, main.time) || st.olderThan(times[i], main.time)) && !st.near(times[i].ref, main.time, c) {
			g = nil
			for _, o := range others {
				if sameTime(o.time, times[i].ref) {
					g = o
					break
				}
			}
			if g == nil {
				g = &group{time: times[i].ref, background: true, sents: map[int]bool{}}
				others = append(others, g)
			}
		}
		if dated[i] {
			sentGroup[c.sent] = g
		} else if prev := st.previousEvent(sentGroup, c.sent); prev != nil && prev != main {
			g = prev
		}
		g.cands = append(g.cands, c)
		g.sents[c.sent] = true
	}
	others = append(others, st.splitByPlace(main)...)
	groups := append([]*group{main}, others...)
	main.others = map[int]bool{}
	for _, g := range others {
		for k := range g.sents {
			if !main.sents[k] {
				main.others[k] = true
			}
		}
	}
	var out []tally.Mention
	var mainPlace *tally.PlaceRef
	for gi, g := range groups {
		if gi > 0 && len(g.cands) == 0 {
			continue
		}
		m := st.buildMention(g, gi == 0, table)
		if gi == 0 {
			mainPlace = m.Place
			if len(m.Claims) == 0 && m.Type == "" {
				continue
			}
		}
		if m.Place == nil && mainPlace != nil && specificity(*mainPlace) >= 3 {
			// An earlier event named without a place ("an attack on a nearby
			// market") happened around the report's own place.
			p := *mainPlace
			p.Precision, p.Span = tally.GeoNear, tally.Span{}
			m.Place = &p
		}
		out = append(out, m)
	}
	return out
}

// splitByPlace moves out of the main event the claims whose own sentence
// names only places in another province or country: "the gunman in the
// Oregon shooting wounded nine others" in a report about Arizona is another
// incident.
func (st *docState) splitByPlace(main *group) []*group {
	var lead []int
	for i := 0; i < len(st.sents) && i < 4; i++ {
		lead = append(lead, i)
	}
	mainPlace := st.placeFor(main, lead, true)
	if mainPlace == nil {
		return nil
	}
	dl := st.datelineSpan()
	var keep []cand
	byPlace := map[string]*group{}
	var out []*group
	for _, c := range main.cands {
		s := st.sents[c.sent]
		var here []tally.PlaceRef
		for _, p := range st.places {
			if s.span.Contains(p.Span) && (dl.IsZero() || !dl.Contains(p.Span)) && eventAnchored(s, p.Span) {
				here = append(here, p)
			}
		}
		// The event-anchored place nearest the figure decides: in "the
		// Flagstaff shooting comes as Roseburg, Oregon, where a gunman
		// killed nine", the nine belong to Roseburg.
		var nearest *tally.PlaceRef
		for i := range here {
			if nearest == nil || distance(here[i].Span, c.span) < distance(nearest.Span, c.span) {
				nearest = &here[i]
			}
		}
		if nearest == nil || placeCompatible(mainPlace.Place, nearest.Place) || nearest.Precision == tally.GeoNear {
			keep = append(keep, c)
			continue
		}
		key := nearest.Place.ID
		g := byPlace[key]
		if g == nil {
			w, dated := st.timeOf(c)
			g = &group{background: true, sents: map[int]bool{}}
			if dated {
				g.time = w.ref
			} else {
				g.time = tally.TimeRef{Basis: tally.BasisUnknown}
			}
			byPlace[key] = g
			out = append(out, g)
		}
		g.cands = append(g.cands, c)
		g.sents[c.sent] = true
	}
	main.cands = keep
	main.sents = map[int]bool{}
	for _, c := range keep {
		main.sents[c.sent] = true
	}
	return out
}

// eventAnchored reports a place named as where an event happened: next to
// an event noun ("the Oregon shooting", "a shooting in Roseburg", "the
// attack at the Pulse nightclub"), not a destination ("extradited to Iran").
func eventAnchored(s *sentInfo, sp tally.Span) bool {
	ts := s.toks
	a, b := tokRange(ts, sp)
	if a < 0 {
		return false
	}
	for j := b; j < len(ts) && j < b+3; j++ {
		if eventNoun[ts[j].low] {
			return true
		}
		if !ts[j].word && ts[j].text != "'" && ts[j].text != "’" {
			break
		}
	}
	// "Roseburg, Oregon, where nine people were killed"
	for j := b; j < len(ts) && j < b+5; j++ {
		if is(ts, j, "where") {
			return true
		}
		if ts[j].word && !ts[j].cap {
			break
		}
	}
	if is(ts, a-1, "in", "at", "near", "outside") {
		for j := a - 2; j >= 0 && j >= a-5; j-- {
			if eventNoun[ts[j].low] {
				return true
			}
		}
	}
	return false
}

var eventNoun = set(`shooting shootings attack attacks massacre bombing bombings raid killing killings rampage explosion blast
ambush clash clashes`)

// placeCompatible reports whether two places can be where one event
// happened: the same place, or one inside the other's province or country.
func placeCompatible(a, b tally.Place) bool {
	switch {
	case a.ID != "" && a.ID == b.ID:
		return true
	case a.Country == "" || b.Country == "":
		return true
	case a.Country != b.Country:
		return false
	case strings.HasPrefix(a.Feature, "A.PCL") || strings.HasPrefix(b.Feature, "A.PCL"):
		return true
	}
	admin := func(p tally.Place) string {
		if p.Feature == "A.ADM1" {
			return strings.ToLower(p.Name)
		}
		return strings.ToLower(p.Admin1)
	}
	return admin(a) == "" || admin(b) == "" || admin(a) == admin(b)
}

// old reports a claim dated well before the report: a year or month that
// ended more than two weeks before publication, or any explicit date when
// the report is undated but the claim's date is not relative to it.
func (st *docState) old(w when) bool {
	d := w.ref.Date
	if d.IsZero() {
		return false
	}
	pub := st.doc.Published
	if pub.IsZero() {
		// An undated report: explicit years and months are past events;
		// explicit full dates may be the report's own event.
		return w.explicit && d.Precision() != tally.PrecisionDay
	}
	return d.Last().AddDate(0, 0, 14).Before(pub.First())
}

// previousEvent returns the event of the dated claims in sentence sent, or
// in the sentence before it when both are in one paragraph.
func (st *docState) previousEvent(sentGroup map[int]*group, sent int) *group {
	if g, ok := sentGroup[sent]; ok {
		return g
	}
	if sent == 0 {
		return nil
	}
	g, ok := sentGroup[sent-1]
	if !ok {
		return nil
	}
	a, okA := st.doc.LineAt(st.sents[sent-1].span.Start)
	b, okB := st.doc.LineAt(st.sents[sent].span.Start)
	if !okA || !okB || a.Span != b.Span {
		return nil
	}
	return g
}

// olderThan reports, in an undated report, a month, season or year ("In
// April, a bombing …") against a main event dated by weekday or by days
// ago: the report's event is recent, the other one is not.
func (st *docState) olderThan(w when, main tally.TimeRef) bool {
	if !w.ref.Date.IsZero() || !main.Date.IsZero() || main.Weekday == "" && main.RelDays == nil {
		return false
	}
	return w.kind == timex.Month || w.kind == timex.Season || w.kind == timex.Year || w.kind == timex.MonthYear
}

// near reports a claim dated within days after the main event, such as a
// victim who died the next day.
func (st *docState) near(t, main tally.TimeRef, c cand) bool {
	if t.Date.IsZero() || main.Date.IsZero() {
		return false
	}
	diff := t.Date.First().Sub(main.Date.First()).Hours() / 24
	if c.field == tally.FieldKilled && diff >= 0 && diff <= 90 && st.sents[c.sent].woundDeath {
		// "died Nov. 20 of wounds from the Nov. 2 shooting"
		return true
	}
	return c.field == tally.FieldKilled && diff >= 0 && diff <= 14 && (c.ref || laterDeath(st.sents[c.sent])) || diff == 0
}

// woundDeath reports a sentence about someone who died of wounds from an
// event before: "died Sunday of his injuries", "succumbed", "a man wounded
// in a shooting this month has died", "has since died". It dates the
// death, not the event.
func woundDeath(ts []tok) bool {
	hurt := false
	for i, t := range ts {
		switch {
		case t.low == "succumbed":
			return true
		case hurtWords[t.low] || t.low == "shot" && (is(ts, i+1, "in", "on", "during") || is(ts, i-1, "been")) ||
			t.low == "hospital" || t.low == "hospitals":
			// "were taken to hospitals in Billings, where they died Monday"
			hurt = true
		case t.low == "and" || t.low == "but" || punct(ts, i, ";"):
			hurt = false
		case dyingVerbs[t.low]:
			if hurt || is(ts, i-1, "has", "have", "later", "since", "subsequently", "eventually") {
				return true
			}
			for k := i + 1; k < len(ts) && k < i+12; k++ {
				if is(ts, k, "injuries", "wounds", "injury", "wound") || is(ts, k, "result") && is(ts, k-1, "a") {
					return true
				}
				if is(ts, k, "after") && (hasWordIn(ts, k+1, min(len(ts), k+8), hurtWords) || hasWordIn(ts, k+1, min(len(ts), k+4), shotWords)) {
					// "died two weeks after he and four others were wounded"
					return true
				}
				if punct(ts, k, ".;") {
					break
				}
			}
		}
	}
	return false
}

// laterDeath reports a sentence about deaths that follow an event: the
// wounded who died, bodies found, a toll that rose. "On Saturday, troops
// killed 18 insurgents" is an event of its own; "the boy" killed, said at
// Sunday's vigil, is the victim already introduced.
func laterDeath(s *sentInfo) bool {
	for _, t := range s.toks {
		if laterDeathWords[t.low] {
			return true
		}
	}
	return false
}

// recovery reports a sentence about bodies recovered or victims who died
// of their wounds, which happens after the event and is dated apart.
func recovery(s *sentInfo) bool {
	if s.woundDeath {
		return true
	}
	for _, t := range s.toks {
		if recoveryWords[t.low] {
			return true
		}
	}
	return false
}

var recoveryWords = set(`recovered recovering retrieved retrieving exhumed succumbed`)

var laterDeathWords = set(`died dies succumbed passed death deaths toll rose risen climbed bodies body found recovered later
pronounced dead`)

// firstTime is the first date in the first limit sentences that ok
// accepts, leaving out times of speech, deferrals and clocks; a day long
// before the report only when oldToo.
func (st *docState) firstTime(ok func(*sentInfo) bool, limit int, oldToo bool) (tally.TimeRef, bool) {
	for i, s := range st.sents {
		if i >= limit {
			break
		}
		if !ok(s) || aggregateSentence(s.toks) {
			continue // "more than 6,800 killed since 2000" dates no event
		}
		for _, e := range st.exprs[i] {
			if e.Future || e.Kind == timex.Clock || e.Kind == timex.PartOfDay || e.Narrative || st.speechTime(i, e) || st.deferredTo(i, e) || st.since(e) {
				continue
			}
			w := st.resolve(e, i)
			if oldToo && st.old(w) && w.ref.Date.Precision() == tally.PrecisionDay {
				return w.ref, true
			}
			if !st.old(w) && (!w.ref.Date.IsZero() || w.ref.Weekday != "" || w.ref.RelDays != nil) {
				return w.ref, true
			}
		}
	}
	return tally.TimeRef{}, false
}

// eventTime is the time the report's sentences about the event itself
// give, leaving out deaths from wounds, which date the death: "It happened
// around 1 p.m. Monday", else the lead's first dated sentence of the
// event, else the first dated sentence of violence, however long ago.
func (st *docState) eventTime() (tally.TimeRef, bool) {
	notLater := func(ok func(*sentInfo) bool) func(*sentInfo) bool {
		return func(s *sentInfo) bool { return ok(s) && !s.woundDeath }
	}
	if t, ok := st.firstTime(notLater(happening), len(st.sents), false); ok {
		return t, true
	}
	if t, ok := st.firstTime(notLater(eventSentence), 6, false); ok {
		return t, true
	}
	return st.firstTime(notLater(violenceSentence), 8, true)
}

// defaultTime dates a report's main event when no claim gives a date: the
// first sentence that says when it happened ("It happened around 1 p.m.
// Monday"), else the first dated sentence describing the event within the
// lead, else the publication date.
func (st *docState) defaultTime() tally.TimeRef {
	pickAny := st.firstTime
	pick := func(ok func(*sentInfo) bool, limit int) (tally.TimeRef, bool) { return pickAny(ok, limit, false) }
	if t, ok := st.eventTime(); ok {
		return t
	}
	if t, ok := pick(happening, len(st.sents)); ok {
		return t
	}
	if t, ok := pick(eventSentence, 6); ok {
		return t
	}
	// A follow-up (a hearing, a funeral) whose only claims are undated:
	// the day its sentences of violence give, however long ago ("are
	// suspected of shooting four women … Jan. 7"), before the day of the
	// hearing.
	if t, ok := pickAny(violenceSentence, 8, true); ok {
		return t
	}
	// Any day the lead names: "was hunting … on Sunday morning in Moretown".
	if t, ok := pick(func(*sentInfo) bool { return true }, 6); ok && (t.Date.Precision() == tally.PrecisionDay || t.Weekday != "") {
		return t
	}
	// "…, police said on Tuesday" in Wednesday's paper: the event was on
	// Tuesday or before, so Tuesday is nearer than the paper's date.
	if t, ok := st.statementDay(); ok {
		return t
	}
	if !st.doc.Published.IsZero() {
		return tally.TimeRef{Date: st.doc.Published, Basis: tally.BasisDefault}
	}
	return tally.TimeRef{Basis: tally.BasisUnknown}
}

// statementDay returns the day of the lead's first statement ("police
// said on Tuesday") when it falls before the report's date.
func (st *docState) statementDay() (tally.TimeRef, bool) {
	for i := 0; i < len(st.sents) && i < 4; i++ {
		for _, e := range st.exprs[i] {
			if e.Future || e.Kind == timex.Clock || e.Kind == timex.PartOfDay || !st.speechTime(i, e) || !saidNear(st.sents[i], e) {
				continue
			}
			w := st.resolve(e, i)
			if w.ref.Date.Precision() == tally.PrecisionDay && w.ref.Date.Before(st.doc.Published) {
				return w.ref, true
			}
		}
	}
	return tally.TimeRef{}, false
}

// saidNear reports a verb of speech just before a time expression, as
// against "arrested Monday".
func saidNear(s *sentInfo, e timex.Expr) bool {
	a, _ := tokRange(s.toks, e.Span)
	for j := a - 1; j >= 0 && j >= a-4; j-- {
		if attributionVerbs[s.toks[j].low] {
			return true
		}
	}
	return false
}

// happening reports a sentence that says when or how the event happened:
// "It happened around 1 p.m. Monday", "shots rang out Saturday night".
func happening(s *sentInfo) bool {
	for i, t := range s.toks {
		switch t.low {
		case "happened", "occurred", "erupted", "unfolded", "responded", "dispatched", "discovered":
			return true
		case "call", "calls":
			// "a 911 call Saturday morning"
			if i > 0 && (s.toks[i-1].low == "911" || s.toks[i-1].low == "emergency") {
				return true
			}
		case "rang":
			if is(s.toks, i+1, "out") {
				return true
			}
		case "shot", "killed", "wounded", "injured", "found", "died", "stormed", "raided", "attacked", "opened":
			if i > 0 && (auxiliary[s.toks[i-1].low] || s.toks[i-1].num >= 0) {
				return true
			}
		}
	}
	return false
}

// violenceSentence reports a sentence that tells of people killed, hurt,
// shot or abducted.
func violenceSentence(s *sentInfo) bool {
	for _, t := range s.toks {
		if active[t.low] != "" || passive[t.low] != "" && t.low != "detained" && t.low != "arrested" || intransitive[t.low] != "" || violentVerb[t.low] {
			return true
		}
	}
	return false
}

func eventSentence(s *sentInfo) bool {
	for i, t := range s.toks {
		if _, ok := eventTriggers[t.low]; ok {
			return true
		}
		if i+1 < len(s.toks) && eventTriggers[t.low+"_"+s.toks[i+1].low] != "" {
			return true
		}
		if passive[t.low] != "" || active[t.low] != "" || intransitive[t.low] != "" {
			return true
		}
	}
	return false
}

// buildMention assembles one mention from its group of claims.
func (st *docState) buildMention(g *group, isMain bool, table *actors.Table) tally.Mention {
	doc := st.doc
	m := tally.Mention{Document: doc.ID, Time: g.time, Background: g.background, Published: doc.Published, Outlet: doc.Outlet}
	if doc.Published.IsZero() {
		m.Filed = st.filed()
	}
	// The sentences that describe the event: its claims', and for the main
	// event the lead (title and first sentences).
	sents := map[int]bool{}
	for k := range g.sents {
		sents[k] = true
	}
	if isMain {
		for i := 0; i < len(st.sents) && i < 4; i++ {
			if !g.others[i] {
				sents[i] = true
			}
		}
	}
	order := make([]int, 0, len(sents))
	for k := range sents {
		order = append(order, k)
	}
	slices.Sort(order)
	if len(order) > 0 {
		m.Span = tally.Span{Start: st.sents[order[0]].span.Start, End: st.sents[order[len(order)-1]].span.End}
	}
	m.Place = st.placeFor(g, order, isMain)
	m.Perpetrators, m.Victims = st.roles(order)
	m.Keywords = st.keywords(order)
	m.Claims = st.consolidate(g.cands)
	// The type comes from the sentences of the claims that stand, deaths
	// first, and from the lead only when they name none.
	for _, f := range []tally.Field{tally.FieldKilled, tally.FieldInjured, tally.FieldAbducted, tally.FieldMissing, tally.FieldDetained} {
		var sents []int
		for _, c := range m.Claims {
			if c.Field == f && !c.Subset && !c.Vague {
				for k, s := range st.sents {
					if s.span == c.Sentence {
						sents = append(sents, k)
					}
				}
			}
		}
		if m.Type = st.eventType(sents); m.Type != "" {
			break
		}
	}
	if m.Type == "" {
		m.Type = st.eventType(order)
	}
	if isMain {
		m.Claims = append(m.Claims, st.otherClaims(order, table)...)
	}
	sum := sha256.Sum256(fmt.Appendf(nil, "%s|%d|%s", doc.ID, m.Span.Start, g.time.Date))
	m.ID = doc.ID[:min(16, len(doc.ID))] + "-" + hex.EncodeToString(sum[:4])
	for i := range m.Claims {
		c := &m.Claims[i]
		c.Document, c.Mention, c.Published, c.Outlet = doc.ID, m.ID, doc.Published, doc.Outlet
		c.ID = claimID(doc.ID, c)
	}
	return m
}

func claimID(doc string, c *tally.Claim) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s|%s|%d|%d|%s", doc, c.Field, c.Span.Start, c.Span.End, c.Value))
	return hex.EncodeToString(sum[:8])
}

// eventType is the most specific event type the sentences name.
func (st *docState) eventType(order []int) tally.EventType {
	var best tally.EventType
	for _, i := range order {
		ts := st.sents[i].toks
		for j, t := range ts {
			et := eventTriggers[t.low]
			if j+1 < len(ts) {
				if two := eventTriggers[t.low+"_"+ts[j+1].low]; two != "" {
					et = two
				}
			}
			if et != "" && eventRank[et] > eventRank[best] {
				best = et
			}
		}
	}
	return best
}

// placeFor picks the mention's place. A place named where the event
// happened in the claim's own sentences wins, then one in the lead; an
// undated dateline ("RUPERT, Idaho --", local news) comes next, then
// places "near" the event, then provinces and bearings ("north of
// Baghdad"). Hospitals people were taken to, victims' home towns ("a
// Burley girl") and the city a wire story was filed from ("London, Apr. 08
// –") never locate the event unless nothing else does.
func (st *docState) placeFor(g *group, order []int, isMain bool) *tally.PlaceRef {
	claimSents, lead := map[int]bool{}, map[int]bool{}
	for _, c := range g.cands {
		claimSents[c.sent] = true
	}
	for _, i := range order {
		lead[i] = true
	}
	dl, dated := st.dateline()
	inDateline := func(p tally.PlaceRef) bool { return !dl.IsZero() && dl.Contains(p.Span) }
	role := map[int]string{}
	sentOf := map[int]int{}
	for i, p := range st.places {
		sentOf[i] = -1
		for k, s := range st.sents {
			if s.span.Contains(p.Span) {
				sentOf[i] = k
				role[i] = placeRole(s, p.Span)
				break
			}
		}
	}
	site := func(p tally.PlaceRef) bool { return specificity(p) == 4 }
	type test func(i int, p tally.PlaceRef) bool
	tiers := []test{
		func(i int, p tally.PlaceRef) bool {
			return claimSents[sentOf[i]] && site(p) && role[i] == "" && !inDateline(p)
		},
		func(i int, p tally.PlaceRef) bool {
			return lead[sentOf[i]] && site(p) && role[i] == "" && !inDateline(p)
		},
		// A county or district the claim itself names ("found shot inside a
		// car in Collier County") outranks a local station's dateline.
		func(i int, p tally.PlaceRef) bool {
			return claimSents[sentOf[i]] && specificity(p) >= 2 && (role[i] == "" || role[i] == "near") && !inDateline(p)
		},
		func(i int, p tally.PlaceRef) bool { return isMain && inDateline(p) && !dated && site(p) },
		func(i int, p tally.PlaceRef) bool {
			return (claimSents[sentOf[i]] || lead[sentOf[i]]) && role[i] == "near"
		},
		func(i int, p tally.PlaceRef) bool {
			return (claimSents[sentOf[i]] || lead[sentOf[i]]) && (role[i] == "" || role[i] == "bearing" || role[i] == "agency") && !inDateline(p)
		},
	}
	// Among equals, a place the text introduces as a locality ("the
	// village of Tsafe") pinpoints the event better than a name also used
	// for its province or city.
	rank := func(i int) int {
		r := 2 * specificity(st.places[i])
		if s := sentOf[i]; s >= 0 && introduced(st.sents[s], st.places[i].Span) {
			r++
		}
		return r
	}
	for _, ok := range tiers {
		best := -1
		for i := range st.places {
			if isMain && sentOf[i] >= 0 && st.otherYear(sentOf[i], g.time) {
				continue
			}
			if ok(i, st.places[i]) && (best < 0 || rank(i) > rank(best)) {
				best = i
			}
		}
		if best >= 0 {
			return st.cityFor(&st.places[best])
		}
	}
	if !isMain {
		return nil
	}
	// The place the report names most often, outside sentences about
	// other years ("a shooting in Coney Island in 2007"), then the
	// dateline's.
	count := map[string]int{}
	var best *tally.PlaceRef
	for i := range st.places {
		p := &st.places[i]
		if inDateline(*p) || role[i] == "destination" || role[i] == "residence" || sentOf[i] >= 0 && st.otherYear(sentOf[i], g.time) {
			continue
		}
		count[p.Place.ID]++
		if best == nil || count[p.Place.ID] > count[best.Place.ID] || count[p.Place.ID] == count[best.Place.ID] && specificity(*p) > specificity(*best) {
			best = p
		}
	}
	if best == nil {
		// A victim's home state ("Ohio native") or a hospital's town is
		// no answer: better no place than a wrong one.
		for i := range st.places {
			if inDateline(st.places[i]) {
				best = &st.places[i]
			}
		}
	}
	if best == nil {
		return nil
	}
	return st.cityFor(best)
}

// otherYear reports a sentence that dates itself to a year other than the
// event's: "a non-fatal shooting in Coney Island in 2007".
func (st *docState) otherYear(sent int, event tally.TimeRef) bool {
	year := event.Date.Year
	if year == 0 {
		year = st.doc.Published.Year
	}
	if year == 0 {
		return false
	}
	for _, e := range st.exprs[sent] {
		if e.Kind != timex.Year && e.Kind != timex.MonthYear && e.Kind != timex.Date {
			continue
		}
		if w := st.resolve(e, sent); w.explicit && w.ref.Date.Year != 0 && w.ref.Date.Year != year {
			return true
		}
	}
	return false
}

// placeRole tells how a sentence uses a place name: "destination" (taken
// to a hospital in X), "residence" (a Burley girl, a Chicago man),
// "bearing" (north of X), "near" (near X, outside X), or "" where the
// event happened.
func placeRole(s *sentInfo, sp tally.Span) string {
	ts := s.toks
	a, b := tokRange(ts, sp)
	if a < 0 {
		return ""
	}
	if is(ts, b, "police", "sheriff", "sheriff's", "authorities", "officials", "officers", "detectives", "pd") && !is(ts, a-1, "in", "at", "near", "outside") {
		// "Miami police said they found …": the agency speaks or acts; the
		// event may be elsewhere ("in Collier County").
		return "agency"
	}
	if b < len(ts) && (people[ts[b].low] && !is(ts, b, "police", "officers", "officer", "authorities") || is(ts, b, "native", "resident", "residents", "family", "couple")) {
		return "residence"
	}
	if is(ts, a-1, "of") && a >= 2 && (directions[ts[a-2].low] || is(ts, a-2, "miles", "kilometres", "kilometers", "km")) {
		return "bearing"
	}
	if is(ts, a-1, "of") && a >= 2 && in(ts, a-2, officeNouns) && !(is(ts, a-2, "municipality") && is(ts, a-3, "the") && in(ts, a-4, placePreps)) {
		// "the diocese of Dori", "the governor of Borno": an office named
		// by its seat, not where the event happened.
		return "residence"
	}
	if is(ts, a-1, "of") && (punct(ts, a-2, ",") || a >= 2 && ts[a-2].cap && !is(ts, a-2, "city", "town", "village", "county", "township", "borough")) {
		// "Justin Burns, 14, of Palisade", "Ty Conly of Plainfield": where a person lives.
		return "residence"
	}
	for j := a - 1; j >= 0 && j >= a-8; j-- {
		if punct(ts, j, ".;") {
			break
		}
		if strings.HasPrefix(ts[j].low, "hospital") || transport[ts[j].low] || is(ts, j, "medical", "trauma") && is(ts, j+1, "center", "centre") {
			return "destination"
		}
	}
	for j := b; j < len(ts) && j < b+3; j++ {
		if strings.HasPrefix(ts[j].low, "hospital") || is(ts, j, "medical") {
			return "destination"
		}
	}
	if is(ts, a-1, "near", "outside") || is(ts, a-2, "close") && is(ts, a-1, "to") || is(ts, a-3, "town", "city", "village") && is(ts, a-2, "of") {
		return "near"
	}
	if is(ts, a-1, "of") && is(ts, a-2, "town", "city", "village") && is(ts, a-3, "the") && is(ts, a-4, "near", "outside") {
		return "near"
	}
	return ""
}

// introduced reports a place named as "the town of X", "the village of X".
func introduced(s *sentInfo, sp tally.Span) bool {
	a, _ := tokRange(s.toks, sp)
	return a >= 2 && is(s.toks, a-1, "of") && in(s.toks, a-2, localities)
}

var localities = set(`town village city hamlet district neighbourhood neighborhood suburb settlement camp township borough`)

var facilityNouns = set(`station stations headquarters academy post posts building compound barracks base bases camp camps
checkpoint checkpoints convoy vehicle vehicles patrol`)

var arsonVerbs = set(`torched burned burnt set razed looted bombed stormed overran overrun`)

var officeNouns = set(`diocese archdiocese bishop archbishop governor mayor emir sultan chief university council municipality
parliament assembly ministry minister senator lawmaker representative member members mp prefect commissioner`)

// placePreps before "the municipality of X" make it where something
// happened, not an office that speaks.
var placePreps = set(`in near outside into from at across throughout`)

var directions = set(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west
northern southern eastern western`)

var transport = set(`taken transported flown rushed airlifted lifted driven brought transferred evacuated`)

// cityFor rolls a neighbourhood or suburb up to the city the report also
// names around it: "Rancho Penasquitos" in a San Diego report is San Diego,
// the level casualty records keep. A town of its own stays itself.
func (st *docState) cityFor(p *tally.PlaceRef) *tally.PlaceRef {
	// An administrative seat (PPLA…) is a town of its own even when the
	// gazetteer knows no population for it.
	seat := strings.HasPrefix(p.Place.Feature, "P.PPLA")
	if strings.HasPrefix(p.Place.ID, "unlisted:") {
		// A village the gazetteer lacks has its division's point, which
		// says nothing of the towns near it.
		return p
	}
	small := p.Place.Feature == "P.PPLX" || strings.HasPrefix(p.Place.Feature, "P.") && !seat && p.Place.Population < 30000
	if !small {
		return p
	}
	var best *tally.PlaceRef
	for i := range st.places {
		q := &st.places[i]
		if !strings.HasPrefix(q.Place.Feature, "P.PPL") || q.Place.Feature == "P.PPLX" || q.Place.Admin1 != p.Place.Admin1 || q.Place.Country != p.Place.Country {
			continue
		}
		// Only within one county: Aransas Pass is not part of Corpus Christi.
		if q.Place.Population < 10*max(p.Place.Population, 2000) || km(p.Place, q.Place) > 30 ||
			p.Place.Admin2 != "" && q.Place.Admin2 != "" && p.Place.Admin2 != q.Place.Admin2 {
			continue
		}
		if best == nil || q.Place.Population > best.Place.Population {
			best = q
		}
	}
	if best == nil {
		return p
	}
	return best
}

// km is the great-circle distance between two places.
func km(a, b tally.Place) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// dateline returns the dateline opening the first body line ("KOKOMO,
// Ind. (June 15, 2014) —", "London, Apr. 08 –", "RUPERT, Idaho --"): up to
// the first dash within the line's first 80 bytes, when a comma or bracket
// comes first. dated reports a date in it: a wire story's dateline names
// where it was filed, while local news names the town it reports on.
func (st *docState) dateline() (sp tally.Span, dated bool) {
	seen := 0
	for _, l := range st.doc.Lines {
		if l.Kind != tally.LineBody {
			continue
		}
		// Captions may come first; the dateline opens one of the first body lines.
		if seen++; seen > 4 {
			break
		}
		line := l.Span.Of(st.text)
		head := line[:min(len(line), 80)]
		dash := -1
		for _, d := range []string{" – ", " — ", " -- ", " - ", "–", "—", "--"} {
			if i := strings.Index(head, d); i > 0 && (dash < 0 || i < dash) {
				dash = i
			}
		}
		if dash <= 0 {
			continue
		}
		lead := head[:dash]
		// "KOKOMO, Ind. (June 15, 2014)", "London, Apr. 08", or a place in capitals: "MIAMI".
		if !strings.ContainsAny(lead, ",(") && !(strings.ToUpper(lead) == lead && len(strings.Fields(lead)) <= 3) {
			continue
		}
		sp = tally.Span{Start: l.Span.Start, End: l.Span.Start + dash}
		for _, x := range timex.Find(lead) {
			if x.Kind == timex.Date || x.Kind == timex.PartialDate || x.Kind == timex.Numeric {
				dated = true
			}
		}
		// A news agency's dateline names where the story was filed.
		for _, agency := range []string{"(AP)", "(Reuters)", "(AFP)", "(UPI)", "(CNN)", "(Xinhua)"} {
			if strings.Contains(lead, agency) {
				dated = true
			}
		}
		return sp, dated
	}
	return tally.Span{}, false
}

// filed returns the month and day of a dateline without a year, as
// "08-18", or "".
func (st *docState) filed() string {
	sp, dated := st.dateline()
	if !dated {
		return ""
	}
	for _, x := range timex.Find(sp.Of(st.text)) {
		if x.Kind == timex.PartialDate && x.Month > 0 && x.Day > 0 {
			return fmt.Sprintf("%02d-%02d", int(x.Month), x.Day)
		}
	}
	return ""
}

// datelineSpan is dateline's span alone.
func (st *docState) datelineSpan() tally.Span {
	sp, _ := st.dateline()
	return sp
}

// specificity ranks places: a site or town over a district, a district over
// a province, a province over a country.
func specificity(p tally.PlaceRef) int {
	f := p.Place.Feature
	switch {
	case strings.HasPrefix(f, "A.PCL"):
		return 0
	case f == "A.ADM1":
		return 1
	case strings.HasPrefix(f, "A."):
		return 2
	case p.Precision == tally.GeoNear:
		return 3
	}
	return 4
}

// roles assigns actors to perpetrator and victim by their place around the
// verbs of violence: the subject of an active verb or the agent after "by"
// is a perpetrator; the object, or the subject of a passive, is a victim.
func (st *docState) roles(order []int) (perps, victims []tally.ActorRef) {
	seen := map[string]bool{}
	for _, i := range order {
		s := st.sents[i]
		var lastRole roleSpan
		for _, am := range st.actors {
			if !s.span.Contains(am.Span) {
				continue
			}
			role := roleOf(s, am)
			if speaks(st.attribs[i], am.Span) && role != tally.RolePerpetrator {
				// The speaker of the sentence is its source, not a party to
				// it, unless it claims the attack: "the group said it had
				// killed 30 soldiers".
				continue
			}
			if prev, ok := appositive(s, am, lastRole); ok {
				// "Mujahedeen-e-Khalq (MeK)": the abbreviation plays its name's part.
				role = prev
			}
			lastRole = roleSpan{am.Span, role}
			if role == "" {
				continue
			}
			key := string(role) + am.Actor.ID
			if seen[key] {
				continue
			}
			seen[key] = true
			if role == tally.RoleVictim && (am.Actor.Source == tally.SourceWitness || seen[string(tally.RolePerpetrator)+am.Actor.ID]) {
				continue
			}
			ref := tally.ActorRef{Actor: am.Actor, Role: role, Span: am.Span}
			if role == tally.RolePerpetrator {
				perps = append(perps, ref)
			} else {
				victims = append(victims, ref)
			}
		}
	}
	// An actor named as perpetrator anywhere is not also a victim.
	kept := victims[:0]
	for _, v := range victims {
		if !seen[string(tally.RolePerpetrator)+v.Actor.ID] {
			kept = append(kept, v)
		}
	}
	return perps, kept
}

// speaks reports whether a span is part of one of a sentence's speakers.
func speaks(as []attribution, sp tally.Span) bool {
	for _, a := range as {
		if a.span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// deniedAfter reports a denial right after an actor: "X denied", "X has
// denied involvement", "X rejected responsibility".
func deniedAfter(s *sentInfo, sp tally.Span) bool {
	_, b := tokRange(s.toks, sp)
	for j := b; j >= 0 && j < len(s.toks) && j < b+3; j++ {
		if hedges[s.toks[j].low] == tally.HedgeDenied {
			return true
		}
	}
	return false
}

// roleSpan is the role given to the actor mention at a span.
type roleSpan struct {
	span tally.Span
	role tally.Role
}

// appositive reports an actor named in brackets right after another, and
// the role the first one got.
func appositive(s *sentInfo, am actors.Match, last roleSpan) (tally.Role, bool) {
	if last.span.IsZero() || am.Span.Start <= last.span.End {
		return "", false
	}
	between := strings.TrimSpace(s.textBetween(last.span.End, am.Span.Start))
	return last.role, between == "(" || between == ","
}

// roleOf decides an actor's role in a sentence from the verbs of violence
// around it: the agent after "by", or the subject of an active verb, acts;
// what follows "on" or "against", the object of an active verb, or the
// subject of a passive one, suffers.
func roleOf(s *sentInfo, am actors.Match) tally.Role {
	ts := s.toks
	a, b := tokRange(ts, am.Span)
	if a < 0 {
		return ""
	}
	if b < len(ts) && facilityNouns[ts[b].low] {
		// "torched a police station": a building, named after its users,
		// attacked; never the attacker.
		for j := a - 1; j >= 0 && j >= a-6; j-- {
			if violentVerb[ts[j].low] || arsonVerbs[ts[j].low] {
				return tally.RoleVictim
			}
		}
		return ""
	}
	if last := ts[b-1]; last.end > am.Span.End && affiliation(last.low) {
		// "the al-Qaeda-linked group": a sponsor or ally, not the actor.
		return ""
	}
	if is(ts, a-1, "by") {
		// "killed by gunmen", "an attack by the group", "carried out by";
		// not "asked by deputies to check on a woman".
		if w := low(ts, a-2); violentVerb[w] || violentNoun[w] || passive[w] != "" || is(ts, a-2, "out", "perpetrated", "committed", "launched", "staged", "orchestrated", "claimed", "targeted") {
			return tally.RolePerpetrator
		}
		return ""
	}
	// "an attack on X", "violence against X", "members of X" after a verb.
	for j := a - 1; j >= 0 && j >= a-10; j-- {
		if punct(ts, j, ";.:") || is(ts, j, "and", "but", "while", "whereas") && punct(ts, j-1, ",") {
			break // another clause: ", and the Islamic State has …"
		}
		if in(ts, j, targetPrepositions) {
			if j > 0 && (violentVerb[ts[j-1].low] || violentNoun[ts[j-1].low] || j > 1 && violentNoun[ts[j-2].low]) {
				return tally.RoleVictim
			}
		}
		// "were killed" before the actor is another clause's passive;
		// "had killed 30 soldiers" is active, and its object the victim;
		// "the injured" is a noun.
		if violentVerb[ts[j].low] && !(j > 0 && auxiliary[ts[j-1].low] && !is(ts, j-1, "had", "has", "have")) && !is(ts, j-1, "the") {
			return tally.RoleVictim
		}
	}
	// The verb after the actor, within its clause.
	comma := false
	for j := b; j < len(ts) && j < b+14; j++ {
		if punct(ts, j, ";.:") {
			break
		}
		if punct(ts, j, ",") {
			comma = true
		}
		w := ts[j].low
		if (attributionVerbs[w] || denials[w] || is(ts, j, "believe", "believes", "think", "thinks")) && w != "according" {
			// The actor speaks: "police said gunmen killed …" makes the
			// police a source, not an attacker. Claiming the attack, or
			// saying "they killed …", makes them its author.
			if is(ts, j+1, "responsibility", "credit") || is(ts, j+1, "they", "it") && j+2 < len(ts) && (violentVerb[ts[j+2].low] || is(ts, j+2, "had", "have", "has") && violentVerb[low(ts, j+3)]) {
				return tally.RolePerpetrator
			}
			return ""
		}
		if violentVerb[w] && is(ts, j-1, "similar", "previous", "past", "earlier", "other", "such", "many", "several", "frequent", "repeated", "numerous") {
			// "has carried out similar attacks": a record, not this event.
			return ""
		}
		if violentVerb[w] && j == b && passive[w] != "" && headlinePassive(ts, j+1) {
			// A headline's passive: "15 insurgents neutralised in raid",
			// "Soldiers killed in ambush".
			return tally.RoleVictim
		}
		if violentVerb[w] {
			if (w == "injured" || w == "wounded") && (people[low(ts, j+1)] || ts[j-1].num >= 0) {
				// "17 injured people": an adjective, not the actor's verb.
				continue
			}
			if passiveAt(ts, j) {
				return tally.RoleVictim
			}
			// A person named in passing ("loyal to Prime Minister X, carried
			// out") is not the subject; a force or group may be.
			if am.Actor.Kind == tally.ActorPerson && (comma || j-b > 3) {
				return ""
			}
			if am.Actor.Kind == tally.ActorCivilians {
				return ""
			}
			return tally.RolePerpetrator
		}
	}
	return ""
}

// passiveAt reports a participle in the passive: "were attacked", "was
// also shot", "have been killed", "got hurt"; not "also fired", "had
// killed".
func passiveAt(ts []tok, j int) bool {
	k := j - 1
	for n := 0; n < 2 && k >= 0 && auxiliary[ts[k].low] && !beForms[ts[k].low] && !is(ts, k, "get", "got", "gets", "had", "has", "have"); n++ {
		k-- // adverbs between: "were later attacked"
	}
	return k >= 0 && (beForms[ts[k].low] || is(ts, k, "get", "got", "gets", "getting"))
}

// denials end a speaker's phrase as speech does: "the government denied
// that anyone was killed".
var denials = set(`denied denies deny rejected rejects refuted refutes dismissed dismisses`)

// headlinePassive reports what may follow a headline's bare participle
// ("Soldiers killed in ambush"): a preposition or the end, not an object
// ("killed at least 36 civilians", "killed 12").
func headlinePassive(ts []tok, i int) bool {
	if i >= len(ts) || !ts[i].word {
		return true
	}
	if is(ts, i, "at") {
		return !is(ts, i+1, "least", "most")
	}
	return is(ts, i, "in", "on", "near", "during", "by", "after", "while", "as", "outside", "inside", "when", "amid")
}

// affiliation reports a compound naming a group's ties: "-linked",
// "-affiliated", "-backed".
func affiliation(w string) bool {
	for _, suf := range []string{"-linked", "-affiliated", "-allied", "-aligned", "-inspired", "-backed", "-sponsored", "-funded", "-supported"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var violentNoun = set(`attack attacks assault raid raids crackdown violence massacre strike strikes offensive`)

var violentVerb = set(`killed killing kill kills attacked attacking attack attacks raided raiding raid stormed storming shot shooting
fired firing shelled shelling bombed bombing executed executing massacred massacring murdered abducted kidnapped wounded injured
opened assaulted struck targeted ambushed neutralised neutralized neutralising neutralizing lynched lynching beheaded`)

// keywords are the report's distinctive words near the event: names of
// people (capitalised runs of two or more words), lower-cased.
func (st *docState) keywords(order []int) []string {
	set := map[string]bool{}
	for _, i := range order {
		ts := st.sents[i].toks
		for j := 0; j < len(ts); j++ {
			if !ts[j].cap || j == 0 && !(j+1 < len(ts) && ts[j+1].cap) {
				continue
			}
			k := j
			for k < len(ts) && ts[k].cap && ts[k].word && !calendarWord[ts[k].low] {
				k++
			}
			if k-j >= 2 && k-j <= 3 {
				for x := j; x < k; x++ {
					w := strings.TrimSuffix(strings.TrimSuffix(ts[x].low, "'s"), ".")
					if len(w) > 2 && !commonCap[w] {
						set[w] = true
					}
				}
			}
			j = k
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

var calendarWord = set(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

var commonCap = set(`the police county sheriff's office department city state news said says photo video update read share
street avenue road drive north south east west new saint fort mount lake river hospital school high university`)

// consolidate turns one event's candidate claims into claims. Within one
// report, people counted one by one ("a man was killed … a woman was also
// killed") add up without counting anyone twice; smaller figures than the
// report's own toll that count part of it are kept as subsets; people
// "shot" whose fate is not given are injured once the dead are known.
func (st *docState) consolidate(cands []cand) []tally.Claim {
	var claims []tally.Claim
	byField := map[tally.Field][]cand{}
	for _, c := range cands {
		byField[c.field] = append(byField[c.field], c)
	}
	// "Four people were shot, two of whom died": with no other count of the
	// dead, the part that died is the report's death toll.
	for f, cs := range byField {
		whole, part := false, -1
		for i, c := range cs {
			if !c.subset && !c.vague {
				whole = true
			}
			if c.partitive && !c.vague && c.low != nil && (part < 0 || *c.low > *cs[part].low) {
				part = i
			}
		}
		if f == tally.FieldInjured && len(byField[fieldHit]) > 0 {
			// "Four were shot … one of them is in critical condition": the
			// injured are those shot who lived, of whom this is a part.
			continue
		}
		if !whole && part >= 0 {
			byField[f][part].subset = false
		}
	}
	killedIDs := map[string]bool{}
	for _, c := range byField[tally.FieldKilled] {
		for _, id := range c.identities {
			killedIDs[id] = true
		}
	}
	st.withoutLaterDead(byField)
	// Explicit totals per field: the largest exact count not marked subset.
	// A side's boast ("the group said it had killed 20 soldiers") is not the
	// report's toll, and the report's smaller figures are no parts of it.
	total := func(f tally.Field) int {
		t := -1
		for _, c := range byField[f] {
			if !c.subset && !c.vague && !c.individual && c.low != nil && *c.low > t && !st.partisan(c) {
				t = *c.low
			}
		}
		return t
	}
	// A perpetrator who shot themselves is an extra victim only where the
	// same sentence has them kill others first; "the boy fatally shot
	// himself" counts the boy once.
	othersIn := map[int]bool{}
	for _, c := range slices.Concat(byField[tally.FieldKilled], byField[fieldHit]) {
		for _, id := range c.identities {
			if id != "self#" && c.object {
				othersIn[c.sent] = true
			}
		}
	}
	people := func(f tally.Field, exclude map[string]bool) (int, []cand) {
		ids := map[string]bool{}
		var cs []cand
		for _, c := range byField[f] {
			if c.subset || !c.individual || c.ref {
				continue
			}
			if len(c.identities) == 1 && c.identities[0] == "self#" && (!othersIn[c.sent] || !selfAfterOthers(st.sents[c.sent].toks, c)) {
				// "shot himself": the victim is the subject, already counted.
				continue
			}
			fresh := false
			for _, u := range c.units {
				id := u.identity
				if !u.individual || u.ref || exclude[id] || seenCompatible(ids, id) {
					// "The woman and her child were taken to hospital":
					// the woman is one already counted.
					continue
				}
				ids[id] = true
				fresh = true
			}
			if fresh {
				cs = append(cs, c)
			}
		}
		return len(ids), cs
	}
	for _, f := range []tally.Field{tally.FieldKilled, tally.FieldInjured, tally.FieldAbducted, tally.FieldDetained, tally.FieldMissing} {
		cs := byField[f]
		if f == tally.FieldInjured {
			k := total(tally.FieldKilled)
			if n, _ := people(tally.FieldKilled, nil); n > k {
				k = n
			}
			cs = append(cs, st.injuredFromHits(byField, k, killedIDs)...)
			// The shot who lived are counted one by one like the injured.
			byField[f] = cs
		}
		if len(cs) == 0 {
			continue
		}
		t := total(f)
		n, counted := people(f, nil)
		if n > 1 && n > t && len(counted) > 1 {
			// People counted one by one across sentences: one claim for the
			// count, the single ones kept as its parts.
			first := counted[0]
			c := first
			c.low, c.high = tally.Int(n), tally.Int(n)
			c.individual = false
			c.asWritten = fmt.Sprintf("%d people counted one by one", n)
			claims = append(claims, st.claim(c, f))
			t = n
			for _, p := range counted {
				p.subset = true
				claims = append(claims, st.claim(p, f))
			}
			for _, c := range cs {
				if !c.individual {
					claims = append(claims, st.claim(st.markSubset(c, t, nil), f))
				}
			}
			continue
		}
		if n > t {
			t = n
		}
		if f == tally.FieldKilled {
			if c, ok := st.withSelf(cs, t); ok {
				claims = append(claims, st.claim(c, f))
				t = *c.low
			} else if c, ok := st.bothSides(cs, t); ok {
				claims = append(claims, st.claim(c, f))
				t = *c.low
			} else if c, ok := st.withOthers(cs, t); ok {
				claims = append(claims, st.claim(c, f))
				t = *c.low
			}
		}
		totalSpeakers := map[string]bool{}
		separate := false
		for _, c := range cs {
			if c.low != nil && *c.low == t && !c.subset {
				if sp := st.speaker(c); sp != "" {
					totalSpeakers[sp] = true
				}
				separate = separate || separateCount(st.sents[c.sent].toks)
			}
		}
		for _, c := range cs {
			if separate && !c.individual && c.low != nil && *c.low < t {
				// "A separate count by police put the number of dead at
				// 6": a competing account, of which 3 dead is no part.
				claims = append(claims, st.claim(c, f))
				continue
			}
			if f == tally.FieldInjured && c.individual && allIn(c.identities, killedElsewhere(byField, c.sent)) {
				// "the child injured" in a report that also says the boy died.
				c.subset = true
			}
			claims = append(claims, st.claim(st.markSubset(c, t, totalSpeakers), f))
		}
	}
	return claims
}

// selfAfterOthers reports a reflexive that ends a shooting of others:
// "before turning the gun on himself", "then shot himself", "killed his
// wife and himself". "Claiming the child shot himself" is the child again.
func selfAfterOthers(ts []tok, c cand) bool {
	a := c.units[0].a
	for j := a - 1; j >= 0 && j >= a-6; j-- {
		if is(ts, j, "on", "before", "then", "and", "turning", "turned", "turns") {
			return true
		}
		if punct(ts, j, ",;") || ts[j].word && (people[ts[j].low] || ts[j].cap) {
			return false
		}
	}
	return false
}

// withSelf adds a perpetrator who killed themselves to the victims they
// killed first: "killed her daughter and two grandchildren before turning
// the gun on herself" is four dead. Totals given as a subject ("three
// children and two adults were found dead") already count everyone.
func (st *docState) withSelf(cs []cand, total int) (cand, bool) {
	self := false
	for _, c := range cs {
		for _, id := range c.identities {
			if id == "self#" && len(c.identities) == 1 && !c.subset {
				self = true
			}
		}
	}
	if !self {
		return cand{}, false
	}
	for _, c := range cs {
		if !c.object || c.subset || c.vague || c.low == nil || *c.low != total {
			continue
		}
		for _, id := range c.identities {
			if id == "self#" {
				return cand{}, false
			}
		}
		// The largest figure is a list of victims the perpetrator killed.
		out := c
		out.low, out.high = tally.Int(total+1), tally.Int(total+1)
		out.asWritten = c.asWritten + " + the perpetrator, who killed themselves"
		out.identities = append(append([]string(nil), c.identities...), "self#")
		return out, true
	}
	return cand{}, false
}

// bothSides adds up the dead of the two sides of a clash, counted apart:
// "troops killed 15 insurgents … the clash claimed the lives of two
// soldiers" is 17 dead, not 15 with 2 among them. Each side must be
// counted once, exactly, and by no party to the conflict.
func (st *docState) bothSides(cs []cand, total int) (cand, bool) {
	var forces, fighters []cand
	for _, c := range cs {
		if c.subset || c.vague || c.individual || c.low == nil || c.high == nil || *c.low != *c.high || len(c.units) != 1 || st.partisan(c) {
			continue
		}
		switch noun := c.units[0].noun; {
		case stateForces[noun]:
			forces = append(forces, c)
		case armedGroups[noun]:
			fighters = append(fighters, c)
		}
	}
	if len(forces) == 0 || len(fighters) == 0 || !sameValues(forces) || !sameValues(fighters) {
		return cand{}, false
	}
	a, b := fighters[0], forces[0]
	if *a.low < *b.low {
		a, b = b, a
	}
	sum := *a.low + *b.low
	if sum <= total {
		return cand{}, false // a toll given already counts both
	}
	out := a
	out.low, out.high = tally.Int(sum), tally.Int(sum)
	out.asWritten = a.asWritten + " " + a.units[0].noun + " + " + b.asWritten + " " + b.units[0].noun
	out.units = append(append([]unit(nil), a.units...), b.units...)
	return out, true
}

// separateCount reports a sentence that gives its figure as another
// account: "a separate count", "a different tally", "their own estimate",
// or one set against what came before ("But witnesses said …").
func separateCount(ts []tok) bool {
	if is(ts, 0, "but", "however", "yet") {
		return true // "But witnesses said 4 people had died."
	}
	for i := range ts {
		if is(ts, i, "however") {
			return true // "The Red Cross, however, said three were killed."
		}
		if is(ts, i, "separate", "different", "independent", "own", "rival", "competing") && is(ts, i+1, "count", "tally", "toll", "estimate", "figure", "figures") {
			return true
		}
	}
	return false
}

// withOthers adds up a count and the "others" a later clause of the same
// sentence adds to it: "seven people died on the spot while two others
// succumbed to their injuries in hospital" is nine dead.
func (st *docState) withOthers(cs []cand, total int) (cand, bool) {
	exact := func(c cand) bool {
		return !c.subset && !c.vague && c.low != nil && c.high != nil && *c.low == *c.high && !st.partisan(c)
	}
	for i, a := range cs {
		if !exact(a) || additional(st.sents[a.sent].toks, a) {
			continue
		}
		for _, b := range cs[i+1:] {
			if b.sent != a.sent || !exact(b) || b.span.Start <= a.span.End || !additional(st.sents[b.sent].toks, b) {
				continue
			}
			sum := *a.low + *b.low
			if sum <= total {
				return cand{}, false // a toll given already counts both
			}
			out := a
			out.low, out.high = tally.Int(sum), tally.Int(sum)
			out.asWritten = a.asWritten + " + " + b.asWritten
			out.individual = false
			out.units = append(append([]unit(nil), a.units...), b.units...)
			return out, true
		}
	}
	return cand{}, false
}

// sameValues reports whether all the candidates give one figure.
func sameValues(cs []cand) bool {
	for _, c := range cs[1:] {
		if *c.low != *cs[0].low {
			return false
		}
	}
	return true
}

var stateForces = set(`soldiers soldier troops policemen policeman officers police personnel servicemen guards gendarmes`)

var armedGroups = set(`insurgents insurgent militants militant fighters fighter terrorists terrorist gunmen attackers rebels rebel
jihadists jihadist bandits assailants extremists`)

// allIn reports whether every person key names someone in ids.
// killedElsewhere is the people killed in sentences other than sent: "a
// teenager was killed and a young man was injured" names two people.
func killedElsewhere(byField map[tally.Field][]cand, sent int) map[string]bool {
	ids := map[string]bool{}
	for _, c := range byField[tally.FieldKilled] {
		if c.sent == sent {
			continue
		}
		for _, id := range c.identities {
			ids[id] = true
		}
	}
	return ids
}

func allIn(keys []string, ids map[string]bool) bool {
	if len(keys) == 0 {
		return false
	}
	for _, k := range keys {
		if !seenCompatible(ids, k) {
			return false
		}
	}
	return true
}

// seenCompatible reports whether a person key names someone already
// counted: the same age, or no age on one side, with nouns that can name
// one person ("child" and "boy", "woman" and "mother", not "boy" and "girl").
func seenCompatible(ids map[string]bool, id string) bool {
	for k := range ids {
		if samePerson(k, id) {
			return true
		}
	}
	return false
}

func samePerson(a, b string) bool {
	na, aa, _ := strings.Cut(a, "#")
	nb, ab, _ := strings.Cut(b, "#")
	if na == "self" || nb == "self" {
		return na == nb
	}
	if aa != "" && ab != "" && aa != ab {
		return false
	}
	ga, gb := gender[na], gender[nb]
	if ga != 0 && gb != 0 && ga != gb {
		return false
	}
	if childNouns[na] && adultNouns[nb] || adultNouns[na] && childNouns[nb] {
		return false // "the child" is not "her father"
	}
	if na == nb {
		return true
	}
	// Different nouns: only when an age ties them, or one is a generic noun.
	return aa != "" && aa == ab || generic[na] || generic[nb]
}

// childNouns and adultNouns tell people apart by age where no number does.
var (
	childNouns = set(`child kid toddler baby infant boy girl minor`)
	adultNouns = set(`man woman father mother husband wife grandfather grandmother uncle aunt adult boyfriend girlfriend stepfather stepmother`)
)

// gender of person nouns: 'm', 'f', or 0 when the noun does not say.
var gender = map[string]byte{
	"man": 'm', "boy": 'm', "son": 'm', "father": 'm', "husband": 'm', "brother": 'm', "grandfather": 'm', "grandson": 'm',
	"uncle": 'm', "nephew": 'm', "boyfriend": 'm', "stepson": 'm', "stepfather": 'm',
	"woman": 'f', "girl": 'f', "daughter": 'f', "mother": 'f', "wife": 'f', "sister": 'f', "grandmother": 'f', "granddaughter": 'f',
	"aunt": 'f', "niece": 'f', "girlfriend": 'f', "stepdaughter": 'f', "stepmother": 'f',
}

// Role nouns (driver, passenger, owner) say nothing of sex or age, so they
// may name the man or woman a report also mentions.
var generic = set(`person child kid teen teenager toddler baby infant victim resident student individual adult youth minor
driver passenger owner clerk customer bystander worker officer employee guest visitor neighbor neighbour motorist pedestrian
shooter gunman suspect`)

// markSubset marks a figure below the report's own total as part of it:
// people counted one by one ("a 13-year-old boy was killed"), or a smaller
// count such as the victims beside a shooter who also died. A smaller
// count that a different named source gives is not a part but a competing
// account ("a rescue worker put the toll at 27" against the monitor's 23).
func (st *docState) markSubset(c cand, total int, totalSpeakers map[string]bool) cand {
	if c.subset || c.vague || c.toll || c.low == nil || total < 0 || *c.low >= total {
		return c
	}
	if c.individual {
		c.subset = true
		return c
	}
	if c.high == nil || *c.high >= total {
		return c
	}
	// Named victims listed one by one ("two women and a man") are parts of
	// a toll whoever lists them; only a toll can compete with a toll.
	enumerated := len(c.units) > 1
	for _, u := range c.units {
		if u.individual {
			enumerated = true
		}
	}
	if !enumerated && st.competing(c, totalSpeakers) {
		return c
	}
	c.subset = true
	return c
}

// competing reports whether the speaker of a sentence gives an account of
// its own against the speakers of a report's total: another kind of source
// (a monitor against a rescue worker), or, where kinds are unknown,
// another name. "Deputies" and "the sheriff's spokeswoman" are one
// official source.
func (st *docState) competing(c cand, totals map[string]bool) bool {
	sp := st.speaker(c)
	if sp == "" || len(totals) == 0 {
		return false
	}
	fam := agency(sp, st.table)
	for t := range totals {
		if strings.EqualFold(t, sp) || fam != "" && fam == agency(t, st.table) {
			return false
		}
	}
	return true
}

// agency names the body a speaker belongs to, so that "deputies" and "the
// sheriff's spokeswoman" are one source while a local official and a
// hospital source are two: law enforcement, medical, military, or the
// source kind for the rest of a known kind.
func agency(speaker string, table *actors.Table) string {
	l := " " + strings.ToLower(speaker)
	for _, f := range agencyFamilies {
		for _, w := range f.words {
			if strings.Contains(l, " "+w) {
				return f.name
			}
		}
	}
	kind, _ := sourceKind(speaker, table)
	if kind == tally.SourceOfficial {
		return "" // an official of some other body: not known to be the same
	}
	return string(kind)
}

var agencyFamilies = []struct {
	name  string
	words []string
}{
	{"police", []string{"police", "sheriff", "deput", "officer", "trooper", "detective", "investigator", "dispatch", "spokes", "patrol", "law enforcement"}},
	{"medical", []string{"hospital", "doctor", "medic", "health", "coroner", "medical", "examiner", "morgue", "nurse", "paramedic", "ambulance"}},
	{"military", []string{"army", "military", "soldier", "troops", "defence", "defense", "commander"}},
}

// partisan reports a figure only a side of the conflict gives, or one the
// report calls claimed, alleged or denied.
func (st *docState) partisan(c cand) bool {
	if c.hedge.Weak() {
		return true
	}
	kind, _ := sourceKind(st.speaker(c), st.table)
	return kind == tally.SourceParty
}

// speaker is the speaker of a claim as written, or "".
func (st *docState) speaker(c cand) string {
	a, ok := st.attributionFor(c.sent, c.span)
	if !ok {
		return ""
	}
	return a.speaker
}

// injuredFromHits turns "four people were shot" into four injured when the
// report's dead are fewer: hits minus deaths, and people shot who are not
// among the dead.
func (st *docState) injuredFromHits(byField map[tally.Field][]cand, killed int, killedIDs map[string]bool) []cand {
	hits := byField[fieldHit]
	if len(hits) == 0 {
		return nil
	}
	for _, c := range byField[tally.FieldInjured] {
		if !c.subset && !c.vague && !c.individual {
			return nil // the report gives the injured itself
		}
	}
	var out []cand
	best := -1
	var bestCand cand
	for _, h := range hits {
		if h.subset || h.vague || h.low == nil || h.individual {
			continue
		}
		if *h.low > best {
			best, bestCand = *h.low, h
		}
	}
	if best >= 0 {
		k := max(killed, 0)
		if additional(st.sents[bestCand.sent].toks, bestCand) {
			// "three died, and four others sustained gunshot wounds": the
			// four are besides the dead.
			k = 0
		}
		if best > k {
			c := bestCand
			c.field = tally.FieldInjured
			c.low, c.high = tally.Int(best-k), tally.Int(best-k)
			if k > 0 {
				c.asWritten = fmt.Sprintf("%s shot, %d of them killed", c.asWritten, k)
			}
			out = append(out, c)
		}
		return out
	}
	// Individuals shot and not among the dead, when the sentence says they
	// lived ("in stable condition", "taken to hospital").
	for _, h := range hits {
		if h.subset || !h.individual || !(st.survives(h.sent) || limbWound(st.sents[h.sent].toks) || killed <= 0 && st.docSurvives()) {
			continue
		}
		alive := false
		for _, id := range h.identities {
			if !seenCompatible(killedIDs, id) {
				alive = true
			}
		}
		if alive {
			c := h
			c.field = tally.FieldInjured
			out = append(out, c)
		}
	}
	return out
}

// withoutLaterDead takes the wounded who later died out of the report's
// counts of the wounded. A report of a death from wounds ("a man wounded
// in the Nov. 2 shooting has died") that repeats the first count ("he was
// one of five people injured") leaves four injured: the injured are those
// who lived, as the dead are counted once, among the killed. Counts of the
// rest ("four others were wounded") are left as they are.
func (st *docState) withoutLaterDead(byField map[tally.Field][]cand) {
	// Only one person who died is taken out: "three of the wounded died"
	// beside a hospital's count of the wounded does not say the count was
	// made before they died.
	died := 0
	for _, c := range byField[tally.FieldKilled] {
		if c.low != nil && *c.low == 1 && !c.vague && !c.toll && st.sents[c.sent].woundDeath {
			died = 1
		}
	}
	if died == 0 {
		return
	}
	for i, c := range byField[tally.FieldInjured] {
		ts := st.sents[c.sent].toks
		if c.subset || c.vague || c.individual || c.low == nil || c.high == nil || *c.low <= died ||
			additional(ts, c) || st.sents[c.sent].woundDeath || hasWord(ts, dyingVerbs) {
			continue
		}
		c.low, c.high = tally.Int(*c.low-died), tally.Int(*c.high-died)
		c.asWritten = fmt.Sprintf("%s injured, %d of them died later", c.asWritten, died)
		byField[tally.FieldInjured][i] = c
	}
}

// additional reports a count of people besides those counted before:
// "four others", "two more people", "three other passengers".
func additional(ts []tok, c cand) bool {
	if len(c.units) != 1 {
		return false
	}
	u := c.units[0]
	return u.noun == "others" || u.noun == "another" || is(ts, u.b, "other", "others", "more", "additional", "further") ||
		is(ts, u.a, "a") && in(ts, u.a+1, ordinalPerson) // "a third victim"
}

// limbWound reports a shot to a limb, which people live through: "shot
// himself in the hand", "was struck in the leg". A death in the same
// sentence says otherwise.
func limbWound(ts []tok) bool {
	limb := false
	for i, t := range ts {
		if deathWords[t.low] {
			return false
		}
		if limbs[t.low] && is(ts, i-1, "the", "his", "her", "their", "its", "left", "right") {
			limb = true
		}
	}
	return limb
}

var shotWords = set(`shot stabbed struck hit`)

var limbs = set(`hand hands arm arms leg legs foot feet ankle ankles knee knees thigh thighs shoulder shoulders
buttocks hip hips finger fingers wrist wrists elbow elbows calf shin toe toes forearm`)

// survives reports a sentence that says someone lived and none died.
func (st *docState) survives(sent int) bool {
	alive := false
	for _, t := range st.sents[sent].toks {
		if deathWords[t.low] {
			return false
		}
		if survival[t.low] {
			alive = true
		}
	}
	return alive
}

// docSurvives reports a report that says someone survived anywhere and
// that no one died: its people shot are injured.
func (st *docState) docSurvives() bool {
	alive := false
	for _, s := range st.sents {
		for _, t := range s.toks {
			if deathWords[t.low] && t.low != "fatal" {
				return false
			}
			if survival[t.low] {
				alive = true
			}
		}
	}
	return alive
}

// claim converts a candidate into a claim with its attribution.
func (st *docState) claim(c cand, f tally.Field) tally.Claim {
	s := st.sents[c.sent]
	cl := tally.Claim{
		Field: f, Low: c.low, High: c.high, Vague: c.vague || c.low == nil && c.high == nil,
		Qualifier: c.qualifier, AsWritten: c.asWritten, Hedge: c.hedge,
		Span: c.span, Sentence: s.span, Subset: c.subset,
	}
	if a, ok := st.attributionFor(c.sent, c.span); ok {
		kind, origin := sourceKind(a.speaker, st.table)
		cl.Source = &tally.Attribution{Speaker: a.speaker, Cue: a.cue, Kind: kind, Origin: origin, Span: a.span}
	}
	return cl
}

// otherClaims finds the non-numeric claims of the main event: its start
// time and its perpetrators, each attributed.
func (st *docState) otherClaims(order []int, table *actors.Table) []tally.Claim {
	var out []tally.Claim
	for i, s := range st.sents {
		for _, e := range st.exprs[i] {
			if e.Clock == "" || e.Future || !startSentence(s, e) {
				continue
			}
			c := tally.Claim{Field: tally.FieldStartTime, Value: e.Clock, Qualifier: e.Qualifier, AsWritten: st.text[e.Span.Start:e.Span.End],
				Span: e.Span, Sentence: s.span}
			st.attribute(&c, i, table)
			out = append(out, c)
		}
	}
	seen := map[string]bool{}
	for _, i := range order {
		s := st.sents[i]
		for _, am := range st.actors {
			if s.span.Contains(am.Span) && roleOf(s, am) == tally.RolePerpetrator && !seen[am.Actor.ID] {
				seen[am.Actor.ID] = true
				c := tally.Claim{Field: tally.FieldPerpetrator, Value: am.Actor.Name, AsWritten: am.Name, Span: am.Span, Sentence: s.span}
				st.attribute(&c, i, table)
				if deniedAfter(s, am.Span) {
					// "The Taliban denied involvement in the attack"
					c.Hedge = tally.HedgeDenied
				}
				out = append(out, c)
			}
		}
	}
	out = append(out, st.narratives(table)...)
	slices.SortStableFunc(out, func(a, b tally.Claim) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	return out
}

func (st *docState) attribute(c *tally.Claim, sent int, table *actors.Table) {
	a, ok := st.attributionFor(sent, c.Span)
	if !ok {
		return
	}
	kind, origin := sourceKind(a.speaker, table)
	c.Source = &tally.Attribution{Speaker: a.speaker, Cue: a.cue, Kind: kind, Origin: origin, Span: a.span}
	if c.Hedge == "" {
		c.Hedge = a.hedge
	}
}

// startSentence reports a time of day that says when the event began: next
// to a verb of starting or of the attack itself, not "since 12:40PM".
func startSentence(s *sentInfo, e timex.Expr) bool {
	a, _ := tokRange(s.toks, e.Span)
	if a > 0 && is(s.toks, a-1, "since", "until", "till", "by") || is(s.toks, a, "since", "until", "till", "by") {
		return false
	}
	switch e.Qualifier {
	case "since", "until", "till", "by":
		return false
	}
	for _, t := range s.toks {
		if startVerbs[t.low] {
			return true
		}
	}
	return false
}

var startVerbs = set(`began begun begin begins started start starts commencing commenced launched happened occurred erupted stormed
raided attacked moved opened`)

// narrativeCues are the words some account below needs, checked first.
var narrativeCues = set(`no denying denied denies infighting internal clashes execution execution-style executed summarily summary
hands murder-suicide murder accidental accidentally self-defense self-defence occurred`)

// narratives finds competing accounts of what happened: a denial that it
// happened at all, blame put on infighting, descriptions of executions.
func (st *docState) narratives(table *actors.Table) []tally.Claim {
	var out []tally.Claim
	for i, s := range st.sents {
		if !hasWord(s.toks, narrativeCues) {
			continue // the common case: no word any account below needs
		}
		lowText := strings.ToLower(st.text[s.span.Start:s.span.End])
		var value string
		switch {
		case strings.Contains(lowText, "no such attack") || strings.Contains(lowText, "denying reports") || strings.Contains(lowText, "denied reports") ||
			strings.Contains(lowText, "denied that") && eventSentence(s) || strings.Contains(lowText, "has occurred at all"):
			value = "denial: the event did not happen"
		case strings.Contains(lowText, "infighting") || strings.Contains(lowText, "internal clashes") || strings.Contains(lowText, "clashes among"):
			value = "infighting"
		case strings.Contains(lowText, "execution style") || strings.Contains(lowText, "execution-style") || strings.Contains(lowText, "summarily executed") ||
			strings.Contains(lowText, "summary killings") || strings.Contains(lowText, "hands tied") || strings.Contains(lowText, "hands bound") || strings.Contains(lowText, "shot them in the head"):
			value = "executions"
		case strings.Contains(lowText, "murder-suicide") || strings.Contains(lowText, "murder suicide"):
			value = "murder-suicide"
		case strings.Contains(lowText, "accidental") || strings.Contains(lowText, "accidentally"):
			value = "accident"
		case strings.Contains(lowText, "self-defense") || strings.Contains(lowText, "self-defence"):
			value = "self-defence"
		default:
			continue
		}
		c := tally.Claim{Field: tally.FieldNarrative, Value: value, AsWritten: st.text[s.span.Start:s.span.End], Span: s.span, Sentence: s.span}
		st.attribute(&c, i, table)
		if c.Source == nil {
			// The speaker of a denial is often its subject: "The Iraqi government is denying …".
			for _, am := range st.actors {
				if s.span.Contains(am.Span) {
					kind := am.Actor.Source
					c.Source = &tally.Attribution{Speaker: am.Name, Cue: "", Kind: kind, Origin: am.Actor.Origin, Span: am.Span}
					break
				}
			}
		}
		if value == "infighting" {
			p := c
			p.Field, p.Value = tally.FieldPerpetrator, "infighting among the victims"
			out = append(out, p)
		}
		out = append(out, c)
	}
	return out
}
