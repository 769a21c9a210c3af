package extract

import (
	"cmp"
	"slices"
	"strings"

	"tally"
	"tally/actors"
)

// attribution is who a sentence says its claims come from.
type attribution struct {
	speaker string
	cue     string
	span    tally.Span
	pronoun bool // "It said", "they said": the speaker of an earlier sentence
	hedge   tally.Hedge
}

var pronouns = set(`it he she they we i this`)

// speakerNouns may head a speaker phrase in lower case: "police said".
var speakerNouns = set(`police officials official authorities witnesses witness eyewitnesses eye-witnesses residents resident sources source
spokesman spokeswoman spokesperson neighbors neighbours relatives family survivors doctors medics coroner dispatch deputies investigators
prosecutors sheriff ministry army military government report reports statement officers activists monitors delegation mission observers
group groups media agency worker workers rescuer rescuers volunteer volunteers paramedic paramedics nurse nurses doctor
journalist journalists reporter reporters correspondent monitor observatory leader leaders elder elders chief commander
officer trooper deputy detective detectives investigator commissioner governor mayor minister president administrator director
superintendent inspector secretary councillor councilor chairman chairwoman hospital hospitals morgue`)

// findAttributions finds every speaker in a sentence: "according to X",
// "X said", "said X", "X witnessed". A pronoun later in the sentence that
// points back to a speaker named in it ("observers reported that they had
// counted") is folded into that speaker.
func findAttributions(s *sentInfo, text string) []attribution {
	ts := s.toks
	var out []attribution
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].low == "according" && is(ts, i+1, "to") {
			a, b := i+2, i+2
			for b < len(ts) && b < a+12 && (ts[b].word || ts[b].text == "'" || ts[b].text == "’" || ts[b].text == "-") && !in(ts, b, clauseOpeners) {
				b++
			}
			if b > a {
				out = append(out, attribution{speaker: clean(text[ts[a].start:ts[b-1].end]), cue: "according to", span: tally.Span{Start: ts[i].start, End: ts[b-1].end}})
			}
		}
	}
	for i := range ts {
		if !attributionVerbs[ts[i].low] || ts[i].low == "according" {
			continue
		}
		if in(ts, i, claimLivesVerbs) && (is(ts, i+1, "lives") || is(ts, i+2, "lives")) {
			continue // "claimed the lives of 12", "claimed 12 lives": no one speaks
		}
		if ts[i].low == "reported" || ts[i].low == "confirmed" || ts[i].low == "claimed" {
			// "were reported killed" but not "later reported that".
			if i > 0 && in(ts, i-1, beForms) || passive[low(ts, i+1)] != "" {
				continue
			}
		}
		a, ok := speakerBefore(ts, i, text)
		if !ok {
			a, ok = speakerAfter(ts, i, text)
		}
		if !ok {
			continue
		}
		if a.pronoun && len(out) > 0 && !out[len(out)-1].pronoun {
			continue
		}
		// A speaker who "claimed" or "alleged" hedges what they say; one
		// who "reported" or "said" does not.
		if h, isH := hedges[a.cue]; isH && (h == tally.HedgeClaimed || h == tally.HedgeAllegedly || h == tally.HedgeDenied || h == tally.HedgeConfirmed) {
			a.hedge = h
		}
		if strings.HasPrefix(strings.ToLower(a.speaker), "unconfirmed") {
			a.hedge = tally.HedgeReportedly // "unconfirmed reports said"
		}
		out = append(out, a)
	}
	if a, ok := trailingSource(ts, text); ok {
		out = append(out, a)
	}
	slices.SortStableFunc(out, func(a, b attribution) int { return cmp.Compare(a.span.Start, b.span.Start) })
	return out
}

// trailingSource reads a headline's source after a closing dash: "Russian
// shelling kills two in Kherson - governor", "… – witnesses".
func trailingSource(ts []tok, text string) (attribution, bool) {
	n := len(ts)
	for n > 0 && !ts[n-1].word {
		n-- // a final full stop
	}
	for d := n - 1; d >= n-5 && d > 2; d-- {
		if ts[d].word {
			continue
		}
		if ts[d].text != "-" && ts[d].text != "–" && ts[d].text != "—" || d+1 >= n {
			return attribution{}, false
		}
		ok := false
		for k := d + 1; k < n; k++ {
			if !ts[k].word || attributionVerbs[ts[k].low] || active[ts[k].low] != "" || passive[ts[k].low] != "" {
				return attribution{}, false
			}
			if speakerNouns[ts[k].low] || ts[k].cap {
				ok = true
			}
		}
		if !ok {
			return attribution{}, false
		}
		return attribution{speaker: clean(text[ts[d+1].start:ts[n-1].end]), cue: "—", span: tally.Span{Start: ts[d].start, End: ts[n-1].end}}, true
	}
	return attribution{}, false
}

// nearest picks the speaker of a claim among a sentence's speakers: the
// closest one not cut off from the claim by a contrast ("…, a local
// official said, while a hospital source put the toll at 40").
func nearest(s *sentInfo, as []attribution, claim tally.Span) (attribution, bool) {
	best, bestD := -1, 1<<30
	for i, a := range as {
		if contrastBetween(s, a.span, claim) {
			// Across "while" or "but" a speaker speaks for the other clause.
			continue
		}
		if d := distance(a.span, claim); d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return attribution{}, false
	}
	return as[best], true
}

// contrastBetween reports "while", "but", "whereas" or ";" between two spans.
func contrastBetween(s *sentInfo, a, b tally.Span) bool {
	lo, hi := a.End, b.Start
	if b.End <= a.Start {
		lo, hi = b.End, a.Start
	}
	for _, t := range s.toks {
		if t.start >= lo && t.end <= hi && (t.low == "while" || t.low == "but" || t.low == "whereas" || t.low == "however" || t.low == "although" || t.low == "though" || t.text == ";") {
			return true
		}
	}
	return false
}

func low(ts []tok, i int) string {
	if i < 0 || i >= len(ts) {
		return ""
	}
	return ts[i].low
}

// speakerBefore reads the phrase before a cue: "the Iranian exiles said",
// "Howard County dispatch reported", "Amnesty said", "It said".
func speakerBefore(ts []tok, i int, text string) (attribution, bool) {
	j := i - 1
	// "police say", "police have said", "officials later said"
	for j >= 0 && in(ts, j, speechAuxiliaries) {
		j--
	}
	end := j
	for j >= 0 && i-j <= 9 {
		t := ts[j]
		if !t.word && t.text != "'" && t.text != "’" && t.text != "-" && t.text != "." {
			break
		}
		if t.word && (stopSpeaker[t.low] || passive[t.low] != "" || active[t.low] != "" && !t.cap) {
			// "the Syrian Observatory for Human Rights": a connector inside a name.
			if (t.low == "for" || t.low == "of" || t.low == "and") && j > 0 && j+1 <= end &&
				(ts[j-1].cap && ts[j+1].cap || t.low == "of" && speakerNouns[ts[j-1].low]) {
				// "the Observatory for Human Rights", "the ministry of health".
				j--
				continue
			}
			if (t.low == "at" || t.low == "for" || t.low == "from" || t.low == "in") && j > 0 && j+1 <= end && ts[j+1].cap && speakerNouns[ts[j-1].low] {
				// "officials at Lady Reading Hospital", "a spokesman for the
				// Red Cross" (capitalised), "doctors in Gaza".
				j--
				continue
			}
			break
		}
		j--
	}
	start := j + 1
	if start > end {
		return attribution{}, false
	}
	// The phrase must name someone: a capitalised word, a speaker noun or a pronoun.
	ok := false
	for k := start; k <= end; k++ {
		if ts[k].cap || speakerNouns[ts[k].low] {
			ok = true
		}
	}
	if end == start && pronouns[ts[start].low] {
		return attribution{speaker: ts[start].text, cue: ts[i].low, pronoun: true, span: tally.Span{Start: ts[start].start, End: ts[i].end}}, true
	}
	// Drop leading determiners that are not part of a name, keep "the".
	for start <= end && ts[start].word && (ts[start].low == "and" || ts[start].low == "but") {
		start++
	}
	if !ok || start > end {
		return attribution{}, false
	}
	return attribution{speaker: clean(text[ts[start].start:ts[end].end]), cue: ts[i].low, span: tally.Span{Start: ts[start].start, End: ts[i].end}}, true
}

// speakerAfter reads "…,” said Foreign Office minister Alistair Burt." or
// "claimed Sinclair".
func speakerAfter(ts []tok, i int, text string) (attribution, bool) {
	if i == 0 || !(punct(ts, i-1, ",\"”'’") || i == len(ts)-1) {
		return attribution{}, false
	}
	a := i + 1
	b := a
	for b < len(ts) && b < a+10 && (ts[b].word || ts[b].text == "'" || ts[b].text == "’" || ts[b].text == "-" || ts[b].text == ".") && !in(ts, b, speakerEnders) {
		b++
	}
	for b > a && !ts[b-1].word {
		b--
	}
	if b <= a {
		return attribution{}, false
	}
	ok := false
	for k := a; k < b; k++ {
		if ts[k].cap || speakerNouns[ts[k].low] {
			ok = true
		}
	}
	if !ok {
		return attribution{}, false
	}
	return attribution{speaker: clean(text[ts[a].start:ts[b-1].end]), cue: ts[i].low, span: tally.Span{Start: ts[i].start, End: ts[b-1].end}}, true
}

// stopSpeaker words cannot be part of a speaker phrase.
var stopSpeaker = set(`that which who were was is are be been and but or if because when while as after before than said says told
reported a an in on at of by for with to from into killed dead although though whereas`)

// clean trims quotes and spaces from a speaker phrase.
func clean(s string) string {
	return strings.Trim(strings.TrimSpace(s), "\"“”'’,.:; ")
}

// sourceKind judges how to weigh a speaker, from the actor table or the
// words of the phrase.
func sourceKind(speaker string, table *actors.Table) (tally.SourceKind, string) {
	if table != nil {
		for _, m := range table.Find(speaker) {
			a := m.Actor
			origin := a.Origin
			if origin == "" {
				origin = a.ID
			}
			if a.Source != "" {
				return a.Source, origin
			}
		}
	}
	l := strings.ToLower(speaker)
	// Words match where a word starts: "mission" is not in "commissioner".
	padded := " " + strings.NewReplacer("-", " ", "(", " ", ")", " ").Replace(l) + " "
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.HasPrefix(w, " ") && strings.Contains(padded, w) || strings.Contains(padded, " "+w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("united nations", "u.n.", " un ", "amnesty", "human rights", "observatory", "monitor", "mission", "delegation", "red cross", "icrc", "watch"):
		return tally.SourceObserver, ""
	case has("exile", "opposition", "rebel", "resistance", "coalition", "insurgent", "militant", "movement", "group", "faction", "militia"):
		return tally.SourceParty, ""
	case has("witness", "resident", "neighbo", "relative", "family", "survivor", "villager"):
		return tally.SourceWitness, ""
	case has("police", "sheriff", "dispatch", "official", "authorit", "ministry", "minister", "governor", "mayor", "coroner",
		"spokes", "army", "military", "government", "department", "deput", "prosecutor", "examiner", "agency",
		"commissioner", "administrator", "hospital", "health", "morgue", "president",
		"emergency", "civil defence", "civil defense", "rescue service", "fire service", "ambulance"):
		return tally.SourceOfficial, ""
	case strings.Contains(l, "tv") || has("television", "radio", "newspaper", "news", "reuters", "press"):
		return tally.SourceMedia, ""
	}
	return tally.SourceUnknown, ""
}
