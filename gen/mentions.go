package gen

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math/rand/v2"

	"tally"
)

// Mentions calls fn with n synthetic mentions made from seed with default
// settings: what extraction would give for the reports Stream writes, made
// directly, for benchmarking linking at 10k–1M mentions without paying for
// extraction. See Config.Mentions.
func Mentions(seed int64, n int, fn func(tally.Mention) error) error {
	return Config{Seed: seed}.Mentions(n, func(m tally.Mention, _ string) error { return fn(m) })
}

// Mentions calls fn with n synthetic mentions and the gold ID of the
// incident each describes, in constant memory; with n = 0, it makes the
// mentions of c.Reports reports instead. Each
// report of each planned incident gives one mention of its incident, and
// some a second, background mention of an earlier incident in the same
// town. The blocks linking sees are realistic:
//
//   - time: mostly day precision anchored to the report ("early Sunday"),
//     some explicit, some defaulted to the publication date (a 45-day
//     window), some undated with only a weekday;
//   - place: mostly the town, some only its province or country, some none;
//   - figures that differ between reports and grow over time, a second
//     source's conflicting figure, vague and subset claims;
//   - actors from a small shared set;
//   - keywords: the incident's own rare words (names of streets and
//     businesses, drawn from millions), names from small pools that recur
//     across incidents, and common words.
func (c Config) Mentions(n int, fn func(m tally.Mention, incident string) error) error {
	c = c.withDefaults()
	w, err := newWorld(c)
	if err != nil {
		return err
	}
	made, seq := 0, 0
	done := func() bool { return n > 0 && made == n || n <= 0 && seq == c.Reports }
	for i := 0; !done(); i++ {
		p := w.plan(i)
		r := w.rng(i, 0x80)
		kw := incidentWords(r)
		for k := range p.reports {
			if n <= 0 && seq == c.Reports {
				break
			}
			rp := &p.reports[k]
			rp.seq = seq
			seq++
			if rp.reprintOf > 0 {
				o := p.reports[rp.reprintOf-1]
				rp.lag, rp.killed, rp.injured, rp.abducted, rp.conflict, rp.recall = o.lag, o.killed, o.injured, o.abducted, o.conflict, o.recall
			}
			for _, m := range w.reportMentions(r, p, rp, kw) {
				if n > 0 && made == n {
					return nil
				}
				id := p.id
				if m.Background {
					e, _ := w.core(rp.recall - 1)
					id = e.id
				}
				if err := fn(m, id); err != nil {
					return err
				}
				made++
			}
		}
	}
	return nil
}

// syllables make the rare words of an incident: 40^3 = 64,000 words of
// three syllables and 2.56 million of four.
var syllables = []string{"ka", "lo", "mi", "ran", "dor", "vel", "tu", "sha", "ber", "ni", "qua", "zen", "pol", "har",
	"ast", "mer", "ol", "in", "ric", "bo", "tan", "gel", "sur", "fi", "wen", "dal", "cor", "ym", "pe", "lux",
	"ob", "ard", "nel", "sto", "vin", "ha", "ju", "rem", "tis", "gra"}

// commonWords are capitalised words many reports share ("Memorial",
// "Market"); linking drops the most frequent from blocking.
var commonWords = []string{"memorial", "market", "central", "heights", "union", "liberty", "grand", "pleasant",
	"highland", "garden", "valley", "station", "square", "bridge", "national", "commerce", "victory", "unity",
	"independence", "martyrs", "civic", "harbour", "eastern", "western", "riverside", "hill", "spring", "summit"}

func incidentWords(r *rand.Rand) []string {
	n := 2 + r.IntN(4)
	out := make([]string, 0, n)
	for range n {
		w := ""
		for range 3 + r.IntN(2) {
			w += oneOf(r, syllables)
		}
		out = append(out, w)
	}
	return out
}

var (
	actorGunmen   = tally.Actor{ID: "unidentified-gunmen", Name: "unidentified gunmen", Kind: tally.ActorMilitia}
	actorMilitant = tally.Actor{ID: "militants", Name: "militants", Kind: tally.ActorRebel, Source: tally.SourceParty}
	actorForces   = tally.Actor{ID: "security-forces", Name: "security forces", Kind: tally.ActorState, Source: tally.SourceOfficial}
	actorCivil    = tally.Actor{ID: "civilians", Name: "civilians", Kind: tally.ActorCivilians, Source: tally.SourceWitness}
	actorPolice   = tally.Actor{ID: "police", Name: "police", Kind: tally.ActorState, Source: tally.SourceOfficial}
)

// reportMentions makes what extraction would find in one report.
func (w *world) reportMentions(r *rand.Rand, p *plan, rp *reportPlan, kw []string) []tally.Mention {
	o := outlets[rp.outlet]
	docID := idHex(uint64(w.cfg.Seed), uint64(rp.seq), 16)
	pub := p.date.AddDays(rp.lag)
	undated := rp.format == tally.FormatText && rp.undated
	if undated {
		pub = tally.Date{}
	}
	m := tally.Mention{
		ID: docID[:16] + "-" + idHex(uint64(rp.seq), 1, 4), Document: docID, Type: tally.EventType(p.kind.event),
		Published: pub, Outlet: o.name, Span: tally.Span{Start: 120 + r.IntN(200), End: 900 + r.IntN(1500)},
	}
	// Time.
	switch x := r.Float64(); {
	case undated:
		lag := rp.lag
		m.Time = tally.TimeRef{Basis: tally.BasisAnchored, Weekday: weekdays[p.date.Weekday()], RelDays: &lag, Span: tally.Span{Start: 200, End: 212}}
	case x < 0.78:
		d := p.date
		if r.Float64() < 0.04 {
			d = d.AddDays(-1) // "last night" read against the morning after
		}
		m.Time = tally.TimeRef{Date: d, Basis: tally.BasisAnchored, Qualifier: "early", Span: tally.Span{Start: 200, End: 212}}
	case x < 0.91:
		m.Time = tally.TimeRef{Date: p.date, Basis: tally.BasisExplicit, Span: tally.Span{Start: 200, End: 215}}
	default:
		m.Time = tally.TimeRef{Date: pub, Basis: tally.BasisDefault}
	}
	// Place.
	rec := p.place.Record
	switch x := r.Float64(); {
	case x < 0.97:
		m.Place = &tally.PlaceRef{Place: rec, Precision: tally.GeoExact, Span: tally.Span{Start: 150, End: 160}}
	case x < 0.98 && rec.Admin1 != "":
		m.Place = &tally.PlaceRef{Place: tally.Place{ID: "admin1:" + rec.Country + "." + rec.Admin1, Name: rec.Admin1,
			Country: rec.Country, Feature: "A.ADM1", Lat: rec.Lat + 0.3, Lon: rec.Lon - 0.2}, Precision: tally.GeoAdmin1}
	case x < 0.99:
		m.Place = &tally.PlaceRef{Place: tally.Place{ID: "country:" + rec.Country, Name: p.place.Country, Country: rec.Country,
			Feature: "A.PCLI"}, Precision: tally.GeoCountry}
	}
	// Actors.
	perp := actorGunmen
	switch p.kind {
	case bombing, gunAttack, kidnapping:
		perp = actorMilitant
	case airstrike, shelling:
		perp = actorForces
	}
	if r.Float64() < 0.8 {
		m.Perpetrators = []tally.ActorRef{{Actor: perp, Role: tally.RolePerpetrator}}
	}
	if r.Float64() < 0.5 {
		m.Victims = []tally.ActorRef{{Actor: actorCivil, Role: tally.RoleVictim}}
	}
	src := &tally.Attribution{Speaker: "police", Cue: "said", Kind: tally.SourceOfficial, Origin: "police"}
	// Claims.
	add := func(f tally.Field, lo, hi *int, vague, subset bool, s *tally.Attribution) {
		c := tally.Claim{Document: docID, Mention: m.ID, Field: f, Low: lo, High: hi, Vague: vague, Subset: subset,
			Source: s, Published: pub, Outlet: o.name, AsWritten: "twelve",
			Span: tally.Span{Start: 300 + 40*len(m.Claims), End: 306 + 40*len(m.Claims)}, Sentence: tally.Span{Start: 280, End: 420}}
		c.ID = m.ID + "-" + idHex(uint64(len(m.Claims)), uint64(rp.seq), 4)
		m.Claims = append(m.Claims, c)
	}
	if rp.killed > 0 {
		add(tally.FieldKilled, tally.Int(rp.killed), tally.Int(rp.killed), false, false, src)
		if rp.killed >= 3 && r.Float64() < 0.15 {
			add(tally.FieldKilled, tally.Int(1+r.IntN(rp.killed-1)), nil, false, true, nil) // "among the dead were two children"
		}
	}
	if rp.injured > 0 && r.Float64() < 0.8 {
		add(tally.FieldInjured, tally.Int(rp.injured), tally.Int(rp.injured), false, false, src)
	}
	if rp.abducted > 0 {
		add(tally.FieldAbducted, tally.Int(rp.abducted), tally.Int(rp.abducted), false, false, src)
	}
	if rp.conflict > 0 {
		add(tally.FieldKilled, tally.Int(rp.conflict), tally.Int(rp.conflict), false, false,
			&tally.Attribution{Speaker: "residents", Cue: "said", Kind: tally.SourceWitness, Origin: "residents"})
	}
	if p.injured >= 24 && r.Float64() < 0.2 {
		add(tally.FieldInjured, tally.Int(12), nil, true, false, nil) // "dozens"
	}
	// Keywords: the incident's rare words, mostly; pooled names; common words.
	for _, k := range kw {
		if r.Float64() < 0.75 {
			m.Keywords = append(m.Keywords, k)
		}
	}
	for i, name := range p.names {
		if r.Float64() < 0.5 {
			first, last, _ := cut(name)
			if i < len(kw) && kw[i][0]%2 == 0 {
				last = kw[i][:4] + "son" // most surnames are rarer than a small pool makes them
			}
			m.Keywords = append(m.Keywords, fold(first), fold(last))
		}
	}
	for range r.IntN(3) {
		m.Keywords = append(m.Keywords, oneOf(r, commonWords))
	}
	m.Keywords = sortedSet(m.Keywords)

	out := []tally.Mention{m}
	if rp.recall > 0 {
		e, _ := w.core(rp.recall - 1)
		b := tally.Mention{
			ID: docID[:16] + "-" + idHex(uint64(rp.seq), 2, 4), Document: docID, Type: tally.EventType(e.kind.event),
			Time:       tally.TimeRef{Date: e.date, Basis: tally.BasisExplicit, Span: tally.Span{Start: 700, End: 713}},
			Place:      &tally.PlaceRef{Place: rec, Precision: tally.GeoExact},
			Background: true, Published: pub, Outlet: o.name, Span: tally.Span{Start: 690, End: 780},
		}
		b.Claims = []tally.Claim{{ID: b.ID + "-0", Document: docID, Mention: b.ID, Field: tally.FieldKilled, Low: tally.Int(e.killed),
			High: tally.Int(e.killed), Published: pub, Outlet: o.name, AsWritten: fmt.Sprint(e.killed)}}
		out = append(out, b)
	}
	return out
}

func cut(name string) (string, string, bool) {
	for i := range len(name) {
		if name[i] == ' ' {
			return name[:i], name[i+1:], true
		}
	}
	return name, "", false
}

// sortedSet returns the distinct strings of xs in order, as extraction
// gives keywords.
func sortedSet(xs []string) []string {
	seen := make(map[string]bool, len(xs))
	for _, x := range xs {
		seen[x] = true
	}
	return sortedKeys(seen)
}

// idHex derives a stable hex ID of n bytes from two numbers.
func idHex(a, b uint64, n int) string {
	h := fnv.New128a()
	var buf [16]byte
	binary.LittleEndian.PutUint64(buf[:8], a)
	binary.LittleEndian.PutUint64(buf[8:], b)
	h.Write(buf[:])
	return hex.EncodeToString(h.Sum(nil)[:n])
}
