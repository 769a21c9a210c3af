// Package gen writes a synthetic newswire: reports about violent incidents
// in real towns, by several fictional outlets each, whose figures conflict
// and grow over publication time, with the clutter of scraped pages — and
// the ground truth of every report in the gold format of ../shared/eval.
// It also makes synthetic mentions (tally.Mention values) for linking at
// scale without running extraction.
//
// Everything is a pure function of the seed: incident i is planned from
// its own random stream, so the generator streams any number of reports in
// constant memory and the same seed always gives the same bytes.
//
// The wording is the generator's own: templates and vocabulary written for
// tally, covering the claim families extraction must read (active, passive
// and nominal tolls, qualifiers, vague words, people counted one by one,
// hospital counts, rising tolls), attributions, hedges, relative dates, and
// distractors (ages, addresses, populations, force sizes, phone numbers,
// earlier incidents recalled for context).
package gen

import (
	"fmt"
	"math"
	"math/rand/v2"

	"tally"
)

// Config says what to generate. The zero value of each field but Seed and
// Reports means its default.
type Config struct {
	Seed    int64
	Reports int // how many reports to stream
	// HTMLShare is the fraction of reports written as HTML pages; the rest
	// are plain text, most with a header. Negative means none.
	HTMLShare float64
	// Start is the date of the first incident (default 2001-01-01).
	Start tally.Date
	// IncidentsPerDay is how many incidents the newswire covers a day
	// (default 30): a larger corpus spans more days, as a real archive does.
	IncidentsPerDay float64
}

// DefaultHTMLShare is the share of HTML reports when Config.HTMLShare is 0.
const DefaultHTMLShare = 0.25

func (c Config) withDefaults() Config {
	if c.HTMLShare == 0 {
		c.HTMLShare = DefaultHTMLShare
	}
	if c.HTMLShare < 0 {
		c.HTMLShare = 0
	}
	if c.Start.IsZero() {
		c.Start = tally.Day(2001, 1, 1)
	}
	if c.IncidentsPerDay <= 0 {
		c.IncidentsPerDay = 30
	}
	return c
}

// Report is one generated report: its bytes as a file would hold them,
// and what it is about.
type Report struct {
	Name     string       // a unique file name: "0000042-valley-herald.txt"
	Path     string       // where to write it under an output directory (sharded when there are many)
	Format   tally.Format // header-text, text or html
	Data     []byte
	Incident string     // the gold ID of the incident it reports
	Outlet   string     // the outlet's name
	Date     tally.Date // its publication date, zero when the report carries none
}

// Stream calls fn with n reports generated from seed, with default
// settings, in constant memory. It stops at the first error fn returns.
func Stream(seed int64, n int, fn func(Report) error) error {
	return Config{Seed: seed, Reports: n}.Stream(fn)
}

// Stream calls fn with each report in turn.
func (c Config) Stream(fn func(Report) error) error {
	return c.Incidents(func(inc *Incident) error {
		for _, r := range inc.Reports {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// Incident is one generated incident with its reports and ground truth.
// A report may also recall an earlier incident in the same town ("on
// March 3, three people were killed at a bar"); that claim belongs to the
// earlier incident's truth and is in Recalls.
type Incident struct {
	Index   int // the incident's number in the stream
	Gold    GoldIncident
	Reports []Report
	Docs    []GoldDocument
	Recalls []Recall
	Noise   []Distractor
	// Settled is the first incident a later report may still recall:
	// the truth of every incident before it is final.
	Settled int
}

// Recall is a report's claim about an earlier incident.
type Recall struct {
	Incident string // the gold ID of the incident recalled
	Claim    GoldClaim
}

// Incidents calls fn with each incident in turn until Reports reports
// have been made; the last incident may have fewer reports than planned.
func (c Config) Incidents(fn func(*Incident) error) error {
	c = c.withDefaults()
	w, err := newWorld(c)
	if err != nil {
		return err
	}
	made := 0
	for i := 0; made < c.Reports; i++ {
		p := w.plan(i)
		if len(p.reports) > c.Reports-made {
			p.reports = p.reports[:c.Reports-made]
		}
		for k := range p.reports {
			p.reports[k].seq = made + k
		}
		inc := w.render(p, c.Reports)
		inc.Index, inc.Settled = i, w.settled(i)
		made += len(inc.Reports)
		if err := fn(inc); err != nil {
			return err
		}
	}
	return nil
}

// world is what every plan draws on: the towns in a fixed shuffled order
// and the config.
type world struct {
	cfg   Config
	towns []Place
	order []int // incident i happens in towns[order[i%len]]: a town recurs every len incidents
}

func newWorld(c Config) (*world, error) {
	towns, err := Places()
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(uint64(c.Seed), 0x70776e73))
	return &world{cfg: c, towns: towns, order: r.Perm(len(towns))}, nil
}

// rng returns incident i's random stream number k.
func (w *world) rng(i int, k uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(w.cfg.Seed)^0x9e3779b97f4a7c15, uint64(i)<<8|k))
}

// plan is an incident's facts before any report is written.
type plan struct {
	idx      int
	id       string
	town     int
	place    *Place
	cast     *cast
	kind     *kind
	date     tally.Date
	clock    string // "1:40 a.m."
	killed   int
	injured  int
	abducted int
	perp     string
	venue    string
	victims  string
	names    []string // victims' names, for keywords and filler
	reports  []reportPlan
}

// reportPlan is what one report of an incident says.
type reportPlan struct {
	seq       int // the report's number in the whole stream
	outlet    int
	format    tally.Format
	undated   bool // plain text with no date at all
	lag       int  // days from the incident to publication
	killed    int  // the figures this report gives
	injured   int
	abducted  int
	qual      string // "at least", "more than", "" for the lead figure
	rising    bool   // the report says the toll rose to its figure
	conflict  int    // a second, different killed figure from another source; 0 for none
	partisan  bool   // the conflicting source is a party to the conflict
	recall    int    // 1 + the index of an earlier incident in the town it recalls; 0 for none
	reprintOf int    // 1 + the index of the report it reprints; 0 for none
}

// recallCycles is how far back a report recalls an earlier incident in its
// town: up to this many rounds of the towns (about three weeks).
const recallCycles = 3

// settled is the first incident that incident i's successors may recall.
func (w *world) settled(i int) int { return i + 1 - recallCycles*len(w.order) }

// core plans an incident's facts, without its reports, and returns the
// random stream to plan the reports from. Reports recall earlier incidents
// through it.
func (w *world) core(i int) (*plan, *rand.Rand) {
	r := w.rng(i, 0)
	t := w.order[i%len(w.order)]
	p := &plan{idx: i, id: fmt.Sprintf("syn-%07d", i), town: t, place: &w.towns[t]}
	p.cast = castOf(p.place.Record.Country)
	p.kind = p.cast.kinds[r.IntN(len(p.cast.kinds))]
	p.date = w.cfg.Start.AddDays(int(float64(i) / w.cfg.IncidentsPerDay))
	p.clock = clockOf(r)
	p.perp = oneOf(r, p.kind.perp)
	p.venue = oneOf(r, p.kind.venue)
	p.victims = oneOf(r, p.kind.victims)
	p.killed, p.injured, p.abducted = figures(r, p.kind)
	for range 1 + r.IntN(3) {
		p.names = append(p.names, oneOf(r, firstNames)+" "+oneOf(r, lastNames))
	}
	return p, r
}

func (w *world) plan(i int) *plan {
	p, r := w.core(i)

	n := weighted(r, []float64{0, 15, 30, 30, 15, 10}) // 1–5 reports, 2.75 on average
	growing := p.killed >= 3 && r.Float64() < 0.4
	spread := 0
	if growing {
		spread = 1 + r.IntN(max(1, p.killed/2))
	}
	conflictAt := -1
	if p.killed >= 2 && r.Float64() < 0.25 {
		conflictAt = r.IntN(n)
	}
	used := map[int]bool{}
	lag := r.IntN(2)
	for k := range n {
		o := r.IntN(len(outlets))
		for used[o] {
			o = (o + 1) % len(outlets)
		}
		used[o] = true
		rp := reportPlan{outlet: o, lag: lag, killed: p.killed, injured: p.injured, abducted: p.abducted}
		lag = min(6, lag+r.IntN(3))
		switch x := r.Float64(); {
		case x < w.cfg.HTMLShare:
			rp.format = tally.FormatHTML
		case x < w.cfg.HTMLShare+(1-w.cfg.HTMLShare)*0.72:
			rp.format = tally.FormatHeaderText
		default:
			rp.format = tally.FormatText
			// An undated report joins dated ones, as in any real collection:
			// alone, its "on Monday" could not be placed in time by anyone.
			rp.undated = k > 0 && r.Float64() < 0.4
		}
		if growing && k < n-1 {
			// Early reports give smaller figures; the last gives the final toll.
			rp.killed = max(1, p.killed-int(math.Round(float64(spread)*float64(n-1-k)/float64(n-1))))
			rp.injured = max(0, p.injured-r.IntN(1+p.injured/3))
		}
		rp.rising = growing && k > 0 && rp.killed > 1
		lead := rp.killed
		if rp.abducted > 0 {
			lead = rp.abducted
		} else if lead == 0 {
			lead = rp.injured
		}
		if lead >= 3 && r.Float64() < 0.3 {
			rp.qual = oneOf(r, []string{"at least", "at least", "at least", "more than", "nearly", "about"})
			if (rp.qual == "nearly" || rp.qual == "about") && lead < 8 {
				rp.qual = "at least" // "nearly 5" is not how anyone counts five
			}
		}
		if k == conflictAt {
			rp.partisan = len(p.cast.party) > 0 && r.Float64() < 0.6
			d := 1 + r.IntN(max(1, p.killed))
			rp.conflict = p.killed + d
			if !rp.partisan && r.Float64() < 0.4 && p.killed-d >= 1 {
				rp.conflict = p.killed - d
			}
		}
		if r.Float64() < 0.3 {
			// An earlier incident in the same town, if there was one with dead.
			if j := i - (1+r.IntN(recallCycles))*len(w.order); j >= 0 {
				if c, _ := w.core(j); c.killed > 0 {
					rp.recall = j + 1
				}
			}
		}
		// A wire story is often printed again by a second outlet, word for word.
		for j := range k {
			if outlets[p.reports[j].outlet].wire && p.reports[j].reprintOf == 0 && r.Float64() < 0.5 {
				rp.reprintOf = j + 1
				rp.killed, rp.injured, rp.abducted = p.reports[j].killed, p.reports[j].injured, p.reports[j].abducted
				break
			}
		}
		p.reports = append(p.reports, rp)
	}
	return p
}

// figures draws an incident's final toll for its kind of event.
func figures(r *rand.Rand, k *kind) (killed, injured, abducted int) {
	geo := func(mean float64) int { return int(r.ExpFloat64() * mean) }
	switch k {
	case usShooting:
		killed = weighted(r, []float64{35, 35, 15, 8, 4, 2, 1})
		injured = geo(2)
		if killed == 0 {
			injured++
		}
	case cartel:
		killed = 1 + geo(3)
		injured = geo(2)
	case kidnapping:
		abducted = 3 + geo(25)
		killed = weighted(r, []float64{50, 20, 15, 10, 5})
	default:
		killed = 1 + geo(9)
		injured = geo(float64(killed) + 4)
	}
	return min(killed, 400), min(injured, 900), min(abducted, 500)
}

// weighted returns an index drawn with the given weights.
func weighted(r *rand.Rand, w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	x := r.Float64() * total
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

func oneOf[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func clockOf(r *rand.Rand) string {
	h := 1 + r.IntN(12)
	m := r.IntN(12) * 5
	ampm := oneOf(r, []string{"a.m.", "p.m."})
	if m == 0 {
		return fmt.Sprintf("%d %s", h, ampm)
	}
	return fmt.Sprintf("%d:%02d %s", h, m, ampm)
}
