package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
	"tally/gazetteer/internal/names"
)

// Options tune Resolve.
type Options struct {
	// Country is an optional hint, an ISO 3166-1 alpha-2 code: the
	// outlet's country, or the region a corpus covers.
	Country string
}

// Context bonuses, in units of a place's prior (about one per tenfold
// population). They are large enough that a small town in a named state
// beats a large city of the same name elsewhere.
const (
	bonusHint         = 2.5 // the country of Options.Country
	bonusDemonym      = 2.0 // "Iraqi forces", "Syrian troops"
	bonusCountry      = 2.5 // another place in the text is in the same country
	bonusAdmin1Named  = 4.0 // the place's state or province is named
	bonusAdmin1Shared = 2.5 // another place in the text is in the same state
	bonusAdmin2Named  = 3.0 // the place's county or district is named
	bonusContains     = 2.0 // a division holding another place of the text
	bigCity           = 100000
)

type rcand struct {
	p     tally.Place
	e     int32 // entry index, or -1 for a place the gazetteer does not hold
	a1    int32 // its admin1 entry, or -1
	rank  float64
	score float64
}

type rmatch struct {
	m         Match
	cands     []rcand
	best      int
	qualified bool   // "Kokomo, Ind.": Find narrowed the candidates
	multi     bool   // more than one word
	locative  bool   // "in Kokomo"
	typed     bool   // "Diyala province"
	typeWord  string // "province"
	key       string // the key of the name as written, without a qualifier
	ok        bool
}

// Resolve chooses one place for each match that it can place with
// confidence, using the rest of the text: states, provinces and countries
// named in it ("Kokomo" with "Ind." or "Howard County" is Kokomo,
// Indiana), demonyms ("Iraqi"), opt.Country, and the other places found
// (places of one story tend to share a state). A name is dropped rather
// than guessed when nothing supports it: a single word, not a country or
// division, of fewer than 100,000 people, with no state, country or
// preposition of place around it.
//
// Each PlaceRef carries UCDP's geo precision: 1 for a town, site or camp,
// 2 when the text puts the event near it ("outside of Baghdad", "north of
// Baqubah"), 3 for a second-order division, 4 for a first-order one and
// 6 for a country.
func (g *Gazetteer) Resolve(text string, matches []Match, opt Options) []tally.PlaceRef {
	if len(matches) == 0 {
		return nil
	}
	hint := strings.ToUpper(opt.Country)
	demonyms := g.demonymCountries(text)
	rms := make([]rmatch, len(matches))
	for n, m := range matches {
		rm := &rms[n]
		rm.m = m
		rm.qualified = strings.Contains(m.Name, ",")
		rm.multi = strings.IndexFunc(strings.TrimSpace(m.Name), func(r rune) bool { return r == ' ' || r == '-' }) >= 0
		if m.Span.Valid(len(text)) {
			rm.locative = locativeBefore(text, m.Span.Start)
			rm.typeWord = typeWordAfter(text, m.Span.End)
			if rm.typeWord == "" {
				rm.typeWord = typeWordBefore(text, m.Span.Start)
			}
			rm.typed = rm.typeWord != ""
		}
		written, _, _ := strings.Cut(m.Name, ",")
		key := Key(written)
		rm.key = key
		for k, p := range m.Candidates {
			c := rcand{p: p, e: -1, a1: -1}
			if i, ok := g.lookupID(p.ID); ok {
				c.e = i
				c.a1 = g.admin1Of(i)
				c.rank = g.entries[i].rank
			} else {
				c.rank = rank(entry{id: p.ID, feature: p.Feature, pop: p.Population})
			}
			c.rank -= 0.01 * float64(k) // keep Find's order among equals
			if Key(p.Name) != key {
				c.rank -= altPenalty // an alternate name: "Brooklyn" is an old name of Milan, Ind.
			}
			if hint != "" && p.Country == hint {
				c.rank += bonusHint
			}
			if demonyms[p.Country] {
				c.rank += bonusDemonym
			}
			rm.cands = append(rm.cands, c)
		}
		ents := make([]int32, len(rm.cands))
		ranks := make([]float64, len(rm.cands))
		for k := range rm.cands {
			ents[k], ranks[k] = rm.cands[k].e, rm.cands[k].rank
		}
		g.seatsFirst(ents, ranks)
		for k := range rm.cands {
			rm.cands[k].rank = ranks[k]
		}
		rm.best = rm.argmax(func(c *rcand) float64 { return c.rank })
	}
	// Let the places of the text vote for one another's states and
	// countries; two rounds settle chains such as "Brooklyn" → "Ind." →
	// Indiana towns.
	for round := 0; round < 2; round++ {
		for n := range rms {
			rm := &rms[n]
			if len(rm.cands) == 0 {
				continue
			}
			for k := range rm.cands {
				c := &rm.cands[k]
				c.score = c.rank + g.contextBonus(rms, n, c)
			}
			rm.best = rm.argmax(func(c *rcand) float64 { return c.score })
		}
	}
	// One sense per text: a bare name takes the place that a qualified
	// mention of it was resolved to ("BEDFORD, N.H." … "a Bedford woman").
	for n := range rms {
		rm := &rms[n]
		if rm.qualified || len(rm.cands) == 0 {
			continue
		}
		for m := range rms {
			if !rms[m].qualified || rms[m].key != rm.key || len(rms[m].cands) == 0 {
				continue
			}
			id := rms[m].cands[rms[m].best].p.ID
			for k := range rm.cands {
				if rm.cands[k].p.ID == id {
					rm.best = k
				}
			}
		}
	}
	var out []tally.PlaceRef
	for n := range rms {
		rm := &rms[n]
		if len(rm.cands) == 0 {
			continue
		}
		c := &rm.cands[rm.best]
		if rm.typed && !typeAgrees(rm, c) {
			// "the town of Andes" where the municipality of Andes ranked
			// first: the town of the same name in the same province.
			for k := range rm.cands {
				o := &rm.cands[k]
				if typeAgrees(rm, o) && o.p.Country == c.p.Country && o.a1 == c.a1 && Key(o.p.Name) == Key(c.p.Name) {
					c = o
					break
				}
			}
		}
		if d, ok := g.divisionOf(rm, c); ok {
			c = &d // "Taiz province": the governorate of the city Taiz
		}
		if !g.supported(rms, n, c, hint, demonyms) {
			continue
		}
		out = append(out, tally.PlaceRef{Place: c.p, Span: rm.m.Span, Precision: precision(text, rm.m.Span, c.p)})
	}
	return out
}

func (rm *rmatch) argmax(f func(*rcand) float64) int {
	best := 0
	for k := 1; k < len(rm.cands); k++ {
		if f(&rm.cands[k]) > f(&rm.cands[best]) {
			best = k
		}
	}
	return best
}

// contextBonus scores candidate c of match n against the current choices
// of the other matches.
func (g *Gazetteer) contextBonus(rms []rmatch, n int, c *rcand) float64 {
	var country, a1named, a1shared, a2named, contains bool
	for m := range rms {
		// Another mention of the same name is not more evidence.
		if m == n || len(rms[m].cands) == 0 || rms[m].key == rms[n].key {
			continue
		}
		o := &rms[m].cands[rms[m].best]
		if o.p.Country != c.p.Country || o.p.ID == c.p.ID {
			continue
		}
		country = true
		if c.e < 0 || o.e < 0 {
			continue
		}
		switch {
		case isAdmin1(c.p.Feature):
			// A division is supported by what it contains, below, not
			// by sharing itself.
		case o.e == c.a1:
			a1named = true
		case isAdmin2(o.p.Feature) && g.contains(o.e, c.e):
			a2named = true
		case o.a1 >= 0 && o.a1 == c.a1 && !isCountry(o.p.Feature):
			a1shared = true
		}
		if (isAdmin1(c.p.Feature) || isAdmin2(c.p.Feature)) && g.contains(c.e, o.e) {
			contains = true
		}
	}
	b := 0.0
	if country {
		b += bonusCountry
	}
	if a1named {
		b += bonusAdmin1Named
	}
	if a1shared {
		b += bonusAdmin1Shared
	}
	if a2named {
		b += bonusAdmin2Named
	}
	if contains {
		b += bonusContains
	}
	return b
}

// supported decides whether a match's chosen place is placed with
// confidence, or is a guess to drop.
func (g *Gazetteer) supported(rms []rmatch, n int, c *rcand, hint string, demonyms map[string]bool) bool {
	rm := &rms[n]
	f := c.p.Feature
	if rm.qualified || isCountry(f) || strings.HasPrefix(c.p.ID, "tally:") {
		return true
	}
	if rm.typed {
		// "Khalis district" is a district; "Harrison District" in a US
		// story is a police district, and no town.
		if !typeAgrees(rm, c) {
			return false
		}
		if !g.foreign(rms, n, c) {
			return true
		}
	}
	if isAdmin1(f) && (rm.multi || len(rm.cands) == 1 || c.p.Population >= bigCity) && !g.elsewhereNamed(rms, c, demonyms) {
		return true
	}
	// Support from the other places: its state named, a neighbour in the
	// same state or county, or the same place named more fully
	// ("Fairbanks, Alaska" and later "Fairbanks").
	for m := range rms {
		if m == n || len(rms[m].cands) == 0 {
			continue
		}
		o := &rms[m].cands[rms[m].best]
		if o.e < 0 || c.e < 0 {
			continue
		}
		if o.p.ID == c.p.ID {
			if rms[m].key != rm.key || rms[m].qualified {
				return true
			}
			continue
		}
		if isCountry(o.p.Feature) {
			continue // a country named is context, below, not support
		}
		if o.e == c.a1 || (o.a1 >= 0 && o.a1 == c.a1) || g.contains(o.e, c.e) || g.contains(c.e, o.e) {
			return true
		}
	}
	// The country is in the text: named, as a demonym, as the hint, or
	// as the country of other places. Other places in another state of
	// the same country speak against a small town in this one
	// ("Woodlawn" in a Chicago story is not Woodlawn, Md.).
	countryCtx := c.p.Country == hint || demonyms[c.p.Country]
	elsewhere := false
	for m := range rms {
		if m == n || len(rms[m].cands) == 0 {
			continue
		}
		o := &rms[m].cands[rms[m].best]
		if o.p.Country != c.p.Country {
			continue
		}
		countryCtx = true
		// A capital is where wire stories are filed from, not a rival.
		if o.a1 >= 0 && o.a1 != c.a1 && !isAdmin1(o.p.Feature) && o.p.Feature != "P.PPLC" && rms[m].key != rm.key {
			elsewhere = true
		}
	}
	// A rival of similar standing in another state or country makes a
	// bare name a guess.
	contested := false
	for k := range rm.cands {
		o := &rm.cands[k]
		if k != rm.best && (o.p.Country != c.p.Country || o.a1 != c.a1) && o.score > c.score-1 {
			contested = true
		}
	}
	own := Key(c.p.Name) == rm.key // named by its own name, not an alternate one
	given := g.words.first[rm.key] // "Olivia", "Tyler": a child's name as often as a town
	switch {
	case c.p.Population >= bigCity && !contested && (!given || c.p.Population >= 5*bigCity):
		return true
	case rm.multi && (countryCtx || rm.locative || c.p.Population >= 10000):
		return true
	case isAdmin2(f) && (countryCtx || rm.locative):
		return true
	case rm.locative && countryCtx && !contested && own && !elsewhere:
		return true
	case rm.locative && countryCtx && !contested && !elsewhere && !given && c.p.Population >= 20000:
		// A town of some size by another spelling: "in Azaz in Syria"
		// for GeoNames' I‘zāz.
		return true
	}
	return false
}

// elsewhereNamed reports a text that names countries, by name or
// demonym, none of them the candidate's: "Northwest region" in a story
// about Cameroon is not Iceland's.
func (g *Gazetteer) elsewhereNamed(rms []rmatch, c *rcand, demonyms map[string]bool) bool {
	named := len(demonyms) > 0
	if demonyms[c.p.Country] {
		return false
	}
	for m := range rms {
		if len(rms[m].cands) == 0 {
			continue
		}
		o := &rms[m].cands[rms[m].best]
		if !isCountry(o.p.Feature) {
			continue
		}
		if o.p.Country == c.p.Country {
			return false
		}
		named = true
	}
	return named
}

// divisionOf returns, for a town named with a division word after it
// ("Taiz province", "Khalis district"), the division it is the seat of:
// GeoNames often spells the division otherwise ("Ta‘izz").
func (g *Gazetteer) divisionOf(rm *rmatch, c *rcand) (rcand, bool) {
	if !rm.typed || c.e < 0 || !strings.HasPrefix(c.p.Feature, "P.") {
		return rcand{}, false
	}
	var d int32 = -1
	switch rm.typeWord {
	case "province", "governorate", "state", "region", "oblast", "prefecture", "emirate":
		d = c.a1
	case "district", "county", "subdistrict", "parish":
		if c.p.Country == "US" && rm.typeWord == "district" {
			return rcand{}, false
		}
		if e := &g.entries[c.e]; e.admin2 != "" {
			if j, ok := g.admin2[e.cc+"|"+Key(e.admin1)+"|"+Key(e.admin2)]; ok {
				d = j
			}
		}
	}
	if d < 0 {
		return rcand{}, false
	}
	// Only the division the town is the seat of, which shares its name
	// closely enough: not any province a village lies in.
	if f := c.p.Feature; f != "P.PPLA" && f != "P.PPLC" && f != "P.PPLA2" {
		return rcand{}, false
	}
	if !closeKeys([]byte(Key(names.Base(g.entries[d].name))), []byte(Key(c.p.Name))) &&
		!closeKeys([]byte(Key(names.Base(g.entries[d].name))), []byte(rm.key)) {
		return rcand{}, false
	}
	return rcand{p: g.place(d), e: d, a1: g.admin1Of(d), rank: c.rank, score: c.score}, true
}

// foreign reports whether the other places of the text lie in other
// countries than c, and none in c's: "Old West End neighborhood" in an
// Ohio story is not West End, Bahamas.
func (g *Gazetteer) foreign(rms []rmatch, n int, c *rcand) bool {
	other := false
	for m := range rms {
		if m == n || len(rms[m].cands) == 0 || rms[m].key == rms[n].key {
			continue
		}
		if rms[m].cands[rms[m].best].p.Country == c.p.Country {
			return false
		}
		other = true
	}
	return other
}

// typeAgrees reports whether the type word after a name fits the place
// chosen: "Khalis district" is a district or, outside the US, a town;
// "Harrison District" in a US city is a police district, not a town.
func typeAgrees(rm *rmatch, c *rcand) bool {
	f := c.p.Feature
	switch rm.typeWord {
	case "province", "governorate", "state", "region", "oblast", "prefecture", "emirate", "territory":
		return isAdmin1(f) || isAdmin2(f)
	case "county", "parish", "borough", "municipality", "department":
		return isAdmin2(f) || isAdmin1(f)
	case "district", "subdistrict":
		return isAdmin2(f) || isAdmin1(f) || c.p.Country != "US"
	case "valley", "area", "countryside", "outskirts":
		return true
	}
	return !isAdmin1(f) && !isAdmin2(f) // city, town, village, camp …
}

// precision gives UCDP's geo precision of place p as text names it at span.
func precision(text string, span tally.Span, p tally.Place) tally.GeoPrecision {
	switch {
	case isCountry(p.Feature):
		return tally.GeoCountry
	case isAdmin1(p.Feature):
		return tally.GeoAdmin1
	case isAdmin2(p.Feature), strings.HasPrefix(p.Feature, "L."):
		return tally.GeoAdmin2 // a county, or an area of about that size ("Eastern Ghouta")
	}
	if span.Valid(len(text)) && nearBefore(text, span.Start) {
		return tally.GeoNear
	}
	return tally.GeoExact
}

// before returns up to n bytes of text before i, lower-cased, with
// trailing spaces removed.
func before(text string, i, n int) string {
	a := max(0, i-n)
	for a > 0 && a < i && !utf8.RuneStart(text[a]) {
		a++
	}
	return strings.ToLower(strings.TrimRight(text[a:i], " \t\u00a0"))
}

// endsWithWords reports whether s ends with the words w, on a word boundary.
func endsWithWords(s, w string) bool {
	if !strings.HasSuffix(s, w) {
		return false
	}
	if len(s) == len(w) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(w)])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func nearBefore(text string, i int) bool {
	s := before(text, i, 40)
	for _, w := range nearWords {
		if endsWithWords(s, w) {
			return true
		}
	}
	return false
}

func locativeBefore(text string, i int) bool {
	s := before(text, i, 24)
	k := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return locatives[s[k+1:]] && len(s) > 0
}

// typeWordAfter returns the place-type word after i ("province" in
// "Diyala province"), lower case, or "".
func typeWordAfter(text string, i int) string {
	s := strings.TrimLeft(text[i:min(len(text), i+20)], " ")
	k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if k < 0 {
		k = len(s)
	}
	if w := strings.ToLower(s[:k]); k > 0 && typeWords[w] {
		return w
	}
	return ""
}

// typeWordBefore returns the place-type word of "the state of Zacatecas",
// "the municipality of Andes" before i, lower case, or "".
func typeWordBefore(text string, i int) string {
	s := before(text, i, 24)
	rest, ok := strings.CutSuffix(s, " of")
	if !ok {
		return ""
	}
	k := strings.LastIndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if w := rest[k+1:]; typeWords[w] && w != "outskirts" && w != "area" && w != "countryside" && w != "valley" && w != "camp" {
		return w
	}
	return ""
}

// demonymCountries returns the countries whose demonyms the text uses
// ("Iraqi", "Syrian").
func (g *Gazetteer) demonymCountries(text string) map[string]bool {
	out := map[string]bool{}
	var key []byte
	for i := 0; i < len(text); {
		c := text[i]
		upper := c >= 'A' && c <= 'Z'
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(text[i:])
			upper = unicode.IsUpper(r)
		}
		if !upper || i > 0 && isWordStart(text, i-1) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		j := wordAt(text, i)
		if j-i >= 4 {
			key = appendFoldWord(key[:0], text[i:j])
			if cc, ok := g.words.demonyms[hashBytes(fnvOffset, key)]; ok {
				out[cc] = true
			}
		}
		i = max(j, i+1)
	}
	return out
}
