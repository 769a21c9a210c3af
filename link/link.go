// Package link clusters mentions from many reports into incidents.
//
// Mentions are blocked by place (first-order division) and by rare keywords
// such as victims' names, then compared only within a date window sized to
// each date's precision, so the cost grows with the number of mentions times
// the size of a block's window, never with all pairs. Pairs are scored on
// date, place, event type, actors, figures and keywords, and merged best
// first under constraints, in an order fixed by the mentions' content: the
// same mentions in any order give the same incidents and IDs.
//
// Creates: Incident.ID, Date, EndDate, Place, Type, Perpetrators, Victims,
// Mentions, Documents and Claims. Figures are reconcile's job.
package link

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"
	"time"

	"tally"
)

// Options tune linking.
type Options struct {
	// Threshold is the least pair score that links two mentions.
	Threshold float64
	// DefaultWindow is how many days before its report a mention dated only
	// by its report's publication may have happened.
	DefaultWindow int
	// MaxKeywordBlock drops keywords shared by more mentions than this from
	// blocking: common words say nothing about identity and cost time.
	MaxKeywordBlock int
}

// DefaultOptions are the options tally uses.
var DefaultOptions = Options{Threshold: 1.5, DefaultWindow: 45, MaxKeywordBlock: 40}

// rec is a mention prepared for comparison.
type rec struct {
	m        *tally.Mention
	idx      int
	lo, hi   int // the window of days (since 1970) the event may fall in; hi < lo if unknown
	dated    bool
	precise  bool // day precision from the text itself, not defaulted
	weekday  time.Weekday
	hasWD    bool
	place    *tally.Place
	admin    string // country/admin1 block key
	killed   int    // a point figure, -1 if none
	injured  int
	actors   map[string]bool
	keywords map[string]bool
}

const day = 24 * time.Hour

func days(t time.Time) int { return int(t.Unix() / 86400) }

func prepare(m *tally.Mention, idx int, opt Options) *rec {
	r := &rec{m: m, idx: idx, killed: -1, injured: -1, actors: map[string]bool{}, keywords: map[string]bool{}}
	d := m.Time.Date
	switch {
	case !d.IsZero() && m.Time.Basis == tally.BasisDefault:
		r.lo, r.hi, r.dated = days(d.First())-opt.DefaultWindow, days(d.Last()), true
	case !d.IsZero():
		r.lo, r.hi, r.dated = days(d.First()), days(d.Last()), true
		r.precise = d.Precision() == tally.PrecisionDay
	default:
		r.lo, r.hi = 1, 0
	}
	if wd, ok := weekdayOf(m.Time.Weekday); ok && d.IsZero() {
		r.weekday, r.hasWD = wd, true
	}
	if m.Place != nil {
		p := m.Place.Place
		r.place = &p
		r.admin = p.Country + "/" + strings.ToLower(p.Admin1)
		if isAdmin1(p) {
			r.admin = p.Country + "/" + strings.ToLower(p.Name)
		}
	}
	for _, c := range m.Claims {
		if c.Subset || c.Vague {
			continue
		}
		v := point(c)
		if v < 0 {
			continue
		}
		switch c.Field {
		case tally.FieldKilled:
			r.killed = max(r.killed, v)
		case tally.FieldInjured:
			r.injured = max(r.injured, v)
		}
	}
	for _, a := range m.Perpetrators {
		r.actors[actorKey(a.Actor)] = true
	}
	for _, a := range m.Victims {
		r.actors[actorKey(a.Actor)] = true
	}
	for _, k := range m.Keywords {
		r.keywords[k] = true
	}
	return r
}

func actorKey(a tally.Actor) string {
	if a.ID != "" {
		return a.ID
	}
	return strings.ToLower(a.Name)
}

func point(c tally.Claim) int {
	switch {
	case c.Low != nil:
		return *c.Low
	case c.High != nil:
		return *c.High
	}
	return -1
}

func weekdayOf(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return d, true
		}
	}
	return 0, false
}

func isAdmin1(p tally.Place) bool { return p.Feature == "A.ADM1" }
func isCountry(p tally.Place) bool {
	return strings.HasPrefix(p.Feature, "A.PCL")
}

// Incidents links mentions into incidents.
func Incidents(mentions []tally.Mention, opt Options) []*tally.Incident {
	if opt.Threshold == 0 {
		opt = DefaultOptions
	}
	// A canonical order makes every later step independent of input order.
	ms := make([]*tally.Mention, len(mentions))
	for i := range mentions {
		ms[i] = &mentions[i]
	}
	slices.SortFunc(ms, func(a, b *tally.Mention) int { return cmp.Compare(a.ID, b.ID) })
	recs := make([]*rec, len(ms))
	for i, m := range ms {
		recs[i] = prepare(m, i, opt)
	}
	pairs := candidatePairs(recs, opt)
	uf := newClusters(recs)
	for _, p := range pairs {
		uf.merge(p.a, p.b)
	}
	return assemble(uf.groups(), recs)
}

type pair struct {
	a, b  int
	score float64
}

// candidatePairs scores the pairs that share a block and a date window.
func candidatePairs(recs []*rec, opt Options) []pair {
	blocks := map[string][]int{}
	kwCount := map[string]int{}
	for _, r := range recs {
		for k := range r.keywords {
			kwCount[k]++
		}
	}
	for i, r := range recs {
		if r.admin != "" {
			blocks["p:"+r.admin] = append(blocks["p:"+r.admin], i)
			if r.place != nil && r.place.Country != "" {
				// Country-level mentions meet everything in their country.
				if isCountry(*r.place) {
					blocks["c:"+r.place.Country] = append(blocks["c:"+r.place.Country], i)
				}
			}
		}
		for k := range r.keywords {
			if kwCount[k] > 1 && kwCount[k] <= opt.MaxKeywordBlock {
				blocks["k:"+k] = append(blocks["k:"+k], i)
			}
		}
	}
	// Country-level mentions also join the admin blocks of their country.
	for key, members := range blocks {
		if !strings.HasPrefix(key, "p:") {
			continue
		}
		for _, i := range members {
			if c := recs[i].place; c != nil && !isCountry(*c) {
				if cb, ok := blocks["c:"+c.Country]; ok {
					blocks[key] = appendUnique(blocks[key], cb)
					break
				}
			}
		}
	}
	seen := map[[2]int]bool{}
	var pairs []pair
	keys := make([]string, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		members := blocks[k]
		if len(members) < 2 {
			continue
		}
		eachWindowPair(recs, members, func(i, j int) {
			if i > j {
				i, j = j, i
			}
			key := [2]int{i, j}
			if seen[key] {
				return
			}
			seen[key] = true
			if s, ok := score(recs[i], recs[j]); ok && s >= opt.Threshold {
				pairs = append(pairs, pair{i, j, s})
			}
		})
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	return pairs
}

func appendUnique(dst, src []int) []int {
	have := map[int]bool{}
	for _, v := range dst {
		have[v] = true
	}
	for _, v := range src {
		if !have[v] {
			dst = append(dst, v)
		}
	}
	return dst
}

// eachWindowPair calls f for the pairs of a block whose date windows come
// within a day of each other, sweeping the block in date order. Undated
// mentions meet every dated one in a small block only.
func eachWindowPair(recs []*rec, members []int, f func(i, j int)) {
	var dated, undated []int
	for _, i := range members {
		if recs[i].dated {
			dated = append(dated, i)
		} else {
			undated = append(undated, i)
		}
	}
	slices.SortFunc(dated, func(a, b int) int {
		if c := cmp.Compare(recs[a].lo, recs[b].lo); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// Sorted by start, a window overlaps a later one only if the later one
	// starts before it ends, so the inner loop stops at the first that does not.
	for x := 0; x < len(dated); x++ {
		a := recs[dated[x]]
		for y := x + 1; y < len(dated); y++ {
			b := recs[dated[y]]
			if b.lo > a.hi+1 {
				break
			}
			f(dated[x], dated[y])
		}
	}
	if len(undated) > 0 && len(members) <= 2000 {
		for _, u := range undated {
			for _, j := range members {
				if j != u {
					f(u, j)
				}
			}
		}
	}
}

// score rates how likely two mentions describe one incident. It reports
// false when they cannot: the same report, disjoint dates, a weekday that
// does not fit, or places in different divisions.
func score(a, b *rec) (float64, bool) {
	if a.m.Document == b.m.Document {
		// One report's mentions are already grouped by the extractor; two
		// left apart have different dates and are different incidents.
		return 0, false
	}
	var s float64
	// Date.
	switch {
	case a.dated && b.dated:
		if a.lo > b.hi+1 || b.lo > a.hi+1 {
			return 0, false
		}
		switch {
		case a.precise && b.precise && a.lo == b.lo:
			s += 1
		case a.precise && b.precise:
			// A day apart: "last night" against the date of the morning after.
			s += 0.6
		case a.hi-a.lo < 40 && b.hi-b.lo < 40 && (a.precise || b.precise):
			s += 0.7 // a month-precision or defaulted mention and a dated one
		default:
			s += 0.5
		}
	case a.dated || b.dated:
		d, u := a, b
		if !a.dated {
			d, u = b, a
		}
		if u.hasWD && d.precise && time.Unix(int64(d.lo)*86400, 0).UTC().Weekday() != u.weekday {
			return 0, false
		}
		s += 0.4
		if u.hasWD && d.precise {
			s += 0.2
		}
	default:
		s += 0.2
	}
	// Place.
	switch {
	case a.place != nil && b.place != nil:
		pa, pb := a.place, b.place
		switch {
		case pa.ID != "" && pa.ID == pb.ID:
			s += 1
		case contains(pa, pb) || contains(pb, pa):
			s += 0.6
		case pa.Country != pb.Country:
			return 0, false
		case a.admin == b.admin:
			// Two towns of one province: different incidents unless much else agrees.
			s += 0.1
		default:
			return 0, false
		}
	default:
		s += 0.3
	}
	// Event type.
	if a.m.Type != "" && b.m.Type != "" {
		if a.m.Type == b.m.Type {
			s += 0.1
		} else if !compatibleTypes(a.m.Type, b.m.Type) {
			s -= 0.2
		}
	}
	// Actors.
	shared := 0
	for k := range a.actors {
		if b.actors[k] {
			shared++
		}
	}
	s += 0.1 * float64(min(shared, 2))
	// Figures.
	s += figureScore(a.killed, b.killed) + 0.5*figureScore(a.injured, b.injured)
	// Keywords: names of victims and places tie reports together.
	if len(a.keywords) > 0 && len(b.keywords) > 0 {
		inter := 0
		for k := range a.keywords {
			if b.keywords[k] {
				inter++
			}
		}
		union := len(a.keywords) + len(b.keywords) - inter
		s += 0.6*float64(inter)/float64(union) + 0.15*float64(min(inter, 2))
	}
	return s, true
}

func figureScore(x, y int) float64 {
	if x < 0 || y < 0 {
		return 0
	}
	lo, hi := min(x, y), max(x, y)
	switch {
	case lo == hi:
		return 0.2
	case hi <= lo*2 || hi-lo <= 2:
		return 0.05
	case hi > lo*4 && hi-lo > 5:
		return -0.4
	}
	return -0.1
}

// compatibleTypes reports event types one report may use for what another
// calls by a more specific name.
func compatibleTypes(a, b tally.EventType) bool {
	general := func(t tally.EventType) bool {
		return t == tally.EventAttack || t == tally.EventMassacre || t == tally.EventRaid
	}
	return general(a) || general(b) || (a == tally.EventShooting && b == tally.EventExecution) || (b == tally.EventShooting && a == tally.EventExecution)
}

// contains reports whether outer is a division holding inner.
func contains(outer, inner *tally.Place) bool {
	if outer.Country == "" || outer.Country != inner.Country {
		return false
	}
	switch {
	case isCountry(*outer):
		return !isCountry(*inner)
	case isAdmin1(*outer):
		return !isAdmin1(*inner) && !isCountry(*inner) && strings.EqualFold(inner.Admin1, outer.Name)
	}
	return false
}

// clusters is union-find with the constraints that keep clusters apart.
type clusters struct {
	parent []int
	docs   []map[string]bool // per root: documents in the cluster
	lo, hi []int             // per root: the intersection of member windows
	dated  []bool
}

func newClusters(recs []*rec) *clusters {
	c := &clusters{parent: make([]int, len(recs)), docs: make([]map[string]bool, len(recs)),
		lo: make([]int, len(recs)), hi: make([]int, len(recs)), dated: make([]bool, len(recs))}
	for i, r := range recs {
		c.parent[i] = i
		c.docs[i] = map[string]bool{r.m.Document: true}
		c.lo[i], c.hi[i], c.dated[i] = r.lo, r.hi, r.dated
	}
	return c
}

func (c *clusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// merge joins the clusters of a and b unless that would put two mentions of
// one report together or leave the cluster with no date all members share.
func (c *clusters) merge(a, b int) {
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return
	}
	for d := range c.docs[rb] {
		if c.docs[ra][d] {
			return
		}
	}
	lo, hi, dated := c.lo[ra], c.hi[ra], c.dated[ra]
	if c.dated[rb] {
		if dated {
			lo, hi = max(lo, c.lo[rb]), min(hi, c.hi[rb])
			if lo > hi+1 {
				return
			}
		} else {
			lo, hi, dated = c.lo[rb], c.hi[rb], true
		}
	}
	// The smaller root joins the larger index's root deterministically.
	if rb < ra {
		ra, rb = rb, ra
	}
	c.parent[rb] = ra
	for d := range c.docs[rb] {
		c.docs[ra][d] = true
	}
	c.lo[ra], c.hi[ra], c.dated[ra] = lo, hi, dated
}

func (c *clusters) groups() [][]int {
	byRoot := map[int][]int{}
	for i := range c.parent {
		r := c.find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	roots := make([]int, 0, len(byRoot))
	for r := range byRoot {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, byRoot[r])
	}
	return out
}

// assemble builds one incident per cluster.
func assemble(groups [][]int, recs []*rec) []*tally.Incident {
	var out []*tally.Incident
	for _, g := range groups {
		var ms []*tally.Mention
		for _, i := range g {
			ms = append(ms, recs[i].m)
		}
		out = append(out, incidentOf(ms))
	}
	slices.SortFunc(out, func(a, b *tally.Incident) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

func incidentOf(ms []*tally.Mention) *tally.Incident {
	inc := &tally.Incident{}
	inc.Date, inc.EndDate = bestDate(ms)
	inc.Place = bestPlace(ms)
	inc.Type = bestType(ms)
	perp, vict := map[string]int{}, map[string]int{}
	docs := map[string]bool{}
	for _, m := range ms {
		inc.Mentions = append(inc.Mentions, m.ID)
		if !docs[m.Document] {
			docs[m.Document] = true
			inc.Documents = append(inc.Documents, m.Document)
		}
		for _, a := range m.Perpetrators {
			perp[a.Actor.Name]++
		}
		for _, a := range m.Victims {
			vict[a.Actor.Name]++
		}
		for _, c := range m.Claims {
			if c.Published.IsZero() {
				c.Published = m.Published
			}
			if c.Outlet == "" {
				c.Outlet = m.Outlet
			}
			if c.Mention == "" {
				c.Mention = m.ID
			}
			inc.Claims = append(inc.Claims, c)
		}
	}
	sort.Strings(inc.Mentions)
	sort.Strings(inc.Documents)
	inc.Perpetrators, inc.Victims = byCount(perp), byCount(vict)
	slices.SortStableFunc(inc.Claims, func(a, b tally.Claim) int {
		if c := cmp.Compare(a.Document, b.Document); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Sentence.Start, b.Sentence.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Span.Start, b.Span.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.Field, b.Field)
	})
	placeKey := ""
	if inc.Place != nil {
		placeKey = inc.Place.Place.ID + "|" + inc.Place.Place.Name
	}
	sum := sha256.Sum256([]byte(placeKey + "|" + inc.Date.String() + "|" + inc.Mentions[0]))
	inc.ID = hex.EncodeToString(sum[:8])
	return inc
}

func byCount(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return out
}

// bestDate picks the incident's date: the day most members give from the
// text itself, else the finest date all members allow.
func bestDate(ms []*tally.Mention) (tally.Date, tally.Date) {
	weight := map[tally.Date]float64{}
	for _, m := range ms {
		d := m.Time.Date
		if d.IsZero() {
			continue
		}
		w := 1.0
		switch m.Time.Basis {
		case tally.BasisExplicit:
			w = 1.5
		case tally.BasisDefault:
			w = 0.3
		}
		if m.Background {
			w *= 0.8
		}
		weight[d] += w
	}
	if len(weight) == 0 {
		return tally.Date{}, tally.Date{}
	}
	// Compatible dates support each other: "July 2009" backs "2009-07-14"
	// fully, since the day refines the month; the day backs the month by half.
	var best tally.Date
	bestW := -1.0
	for d, w := range weight {
		if weight[d] == 0 {
			continue
		}
		total := w
		for o, ow := range weight {
			if o == d || !o.Compatible(d) {
				continue
			}
			if rank(o) < rank(d) {
				total += ow
			} else if rank(o) > rank(d) {
				total += ow * 0.5
			}
		}
		// Defaulted dates (the day a report was published) only stand in.
		if total > bestW || total == bestW && (rank(d) > rank(best) || rank(d) == rank(best) && d.Compare(best) < 0) {
			best, bestW = d, total
		}
	}
	return best, tally.Date{}
}

func rank(d tally.Date) int {
	switch d.Precision() {
	case tally.PrecisionDay:
		return 3
	case tally.PrecisionMonth:
		return 2
	case tally.PrecisionYear:
		return 1
	}
	return 0
}

// bestPlace picks the most specific place members name most often.
func bestPlace(ms []*tally.Mention) *tally.PlaceRef {
	type cand struct {
		ref   *tally.PlaceRef
		count int
		first tally.Date // the earliest report naming it
	}
	byID := map[string]*cand{}
	var order []string
	for _, m := range ms {
		if m.Place == nil {
			continue
		}
		id := m.Place.Place.ID + "|" + m.Place.Place.Name
		if c, ok := byID[id]; ok {
			c.count++
			if !m.Published.IsZero() && (c.first.IsZero() || m.Published.Compare(c.first) < 0) {
				c.first = m.Published
			}
			continue
		}
		byID[id] = &cand{ref: m.Place, count: 1, first: m.Published}
		order = append(order, id)
	}
	if len(order) == 0 {
		return nil
	}
	sort.Strings(order)
	specific := func(p tally.Place) int {
		switch {
		case isCountry(p):
			return 0
		case isAdmin1(p):
			return 1
		case strings.HasPrefix(p.Feature, "A."):
			return 2
		}
		return 3
	}
	// The most specific place; among equals, the one more reports name,
	// then the one the earliest report names: first reports come from the
	// scene, later ones often place a story by its victims' home towns.
	best := byID[order[0]]
	for _, id := range order[1:] {
		c := byID[id]
		sc, sb := specific(c.ref.Place), specific(best.ref.Place)
		earlier := !c.first.IsZero() && (best.first.IsZero() || c.first.Compare(best.first) < 0)
		if sc > sb || sc == sb && (c.count > best.count || c.count == best.count && earlier) {
			best = c
		}
	}
	ref := *best.ref
	ref.Span = tally.Span{}
	return &ref
}

// bestType picks the most specific event type members give.
func bestType(ms []*tally.Mention) tally.EventType {
	count := map[tally.EventType]int{}
	for _, m := range ms {
		if m.Type != "" {
			count[m.Type]++
		}
	}
	var best tally.EventType
	for t, n := range count {
		gen := t == tally.EventAttack
		bgen := best == tally.EventAttack
		if best == "" || (bgen && !gen) || (gen == bgen && (n > count[best] || n == count[best] && t < best)) {
			best = t
		}
	}
	return best
}
