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
	"hash/maphash"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
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
	// SameStory maps a document to a representative of its near-duplicate
	// group: reprints of one story describe the same events, the strongest
	// text similarity there is.
	SameStory map[string]string
	// SiteRadiusKm is how far apart two named sites or towns may be and
	// still be one incident's place. Clusters keep to it, so a mention
	// placed only in a province cannot bridge two towns' incidents.
	SiteRadiusKm float64
}

// DefaultOptions are the options tally uses.
var DefaultOptions = Options{Threshold: 1.5, DefaultWindow: 45, MaxKeywordBlock: 40, SiteRadiusKm: 25}

// rec is a mention prepared for comparison. Sets of actors and keywords
// are sorted slices of interned numbers, so comparing two mentions merges
// short integer lists instead of hashing strings: scoring pairs is the
// linker's inner loop.
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
	adminID  int32  // the interned admin, -1 when there is none
	killed   int    // a point figure, -1 if none
	injured  int
	doc      int32   // the interned document
	story    int32   // the interned near-duplicate group, -1 if none
	actors   []int32 // interned actor keys, sorted and distinct
	keywords []int32 // interned keywords, sorted and distinct
}

const day = 24 * time.Hour

func days(t time.Time) int { return int(t.Unix() / 86400) }

// interner gives strings small numbers, safely from several goroutines:
// numbers depend on the order of work, but they are only compared for
// equality, so results do not.
type interner struct {
	seed   maphash.Seed
	shards [internShards]internShard
}

const internShards = 64

type internShard struct {
	sync.Mutex
	ids map[string]int32
}

func newInterner() *interner {
	in := &interner{seed: maphash.MakeSeed()}
	for i := range in.shards {
		in.shards[i].ids = map[string]int32{}
	}
	return in
}

func (in *interner) id(s string) int32 {
	k := maphash.String(in.seed, s) % internShards
	sh := &in.shards[k]
	sh.Lock()
	v, ok := sh.ids[s]
	if !ok {
		v = int32(len(sh.ids))*internShards + int32(k)
		sh.ids[s] = v
	}
	sh.Unlock()
	return v
}

// size bounds the numbers given so far.
func (in *interner) size() int {
	n := 0
	for i := range in.shards {
		n = max(n, len(in.shards[i].ids))
	}
	return n * internShards
}

// interners number the documents, actors, keywords and provinces of one
// linking run.
type interners struct{ docs, actors, keywords, admins *interner }

func prepare(r *rec, m *tally.Mention, idx int, opt Options, in interners) {
	*r = rec{m: m, idx: idx, killed: -1, injured: -1, doc: in.docs.id(m.Document), adminID: -1, story: -1}
	if rep, ok := opt.SameStory[m.Document]; ok && !m.Background {
		r.story = in.docs.id(rep)
	}
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
		p := &m.Place.Place // read only, never changed
		r.place = p
		r.admin = p.Country + "/" + strings.ToLower(p.Admin1)
		if isAdmin1(*p) {
			r.admin = p.Country + "/" + strings.ToLower(p.Name)
		}
		r.adminID = in.admins.id(r.admin)
	}
	for i := range m.Claims {
		c := &m.Claims[i]
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
		r.actors = append(r.actors, in.actors.id(actorKey(a.Actor)))
	}
	for _, a := range m.Victims {
		r.actors = append(r.actors, in.actors.id(actorKey(a.Actor)))
	}
	r.actors = sortedSet(r.actors)
	if len(m.Keywords) > 0 {
		r.keywords = make([]int32, 0, len(m.Keywords))
		for _, k := range m.Keywords {
			r.keywords = append(r.keywords, in.keywords.id(k))
		}
		r.keywords = sortedSet(r.keywords)
	}
}

// sortedSet sorts xs and drops repeats, in place.
func sortedSet(xs []int32) []int32 {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// shared counts the numbers two sorted sets have in common.
func shared(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func actorKey(a tally.Actor) string {
	if a.ID != "" {
		return a.ID
	}
	return strings.ToLower(a.Name)
}

func point(c *tally.Claim) int {
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
	// The IDs are sorted beside their positions, not through the mentions,
	// and the mentions are then read in input order, which is the order
	// their memory was written in: at a million mentions, cache misses are
	// most of the cost.
	type key struct {
		id string
		i  int
	}
	keys := make([]key, len(mentions))
	for i := range mentions {
		keys[i] = key{mentions[i].ID, i}
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Compare(a.id, b.id) })
	rank := make([]int, len(mentions))
	for r, k := range keys {
		rank[k.i] = r
	}
	keys = nil
	in := interners{docs: newInterner(), actors: newInterner(), keywords: newInterner(), admins: newInterner()}
	store := make([]rec, len(mentions))
	recs := make([]*rec, len(mentions))
	parallel(len(mentions), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			r := rank[i]
			prepare(&store[r], &mentions[i], r, opt, in)
			recs[r] = &store[r]
		}
	})
	pairs := candidatePairs(recs, in, opt)
	uf := newClusters(recs)
	uf.radius = opt.SiteRadiusKm
	for _, p := range pairs {
		uf.merge(p.a, p.b)
	}
	return assemble(uf.groups(), recs)
}

// parallel calls fn over [0, n) in chunks, on as many goroutines as there
// are processors: preparing mentions and building incidents are
// independent per item.
func parallel(n int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), 8, max(1, n/1024))
	if workers == 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, min(n, lo+chunk))
	}
	wg.Wait()
}

type pair struct {
	a, b  int
	score float64
}

// undatedBlockLimit is the largest block in which an undated mention is
// compared with every member; in larger blocks it would cost too much.
const undatedBlockLimit = 2000

// blocking is the blocks of one linking run: mentions that share a
// province (or a country, for country-level mentions) or a rare keyword.
type blocking struct {
	members [][]int   // per block, the mentions in it
	of      [][]int32 // per mention, the blocks it is in, ascending
}

// candidatePairs scores the pairs that share a block and a date window.
//
// A pair can share several blocks (a province and a victim's name); it is
// scored once, in the first block it shares that would compare it, which
// each side can tell from the two mentions' sorted block lists without a
// table of pairs seen. Blocks are independent, so they are scored in
// parallel; the pairs are then sorted into one order fixed by their
// scores and indexes, whatever the order of work.
func candidatePairs(recs []*rec, in interners, opt Options) []pair {
	bl := makeBlocks(recs, in.keywords.size(), in.admins.size(), in.docs.size(), opt)
	workers := min(runtime.GOMAXPROCS(0), 8, max(1, len(bl.members)/64))
	next := make(chan int, 64)
	go func() {
		for b := range bl.members {
			next <- b
		}
		close(next)
	}()
	found := make([][]pair, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var dated, undated []int
			var out []pair
			for b := range next {
				dated, undated = bl.windowPairs(recs, b, dated[:0], undated[:0], func(i, j int) {
					if i > j {
						i, j = j, i
					}
					if s, ok := score(recs[i], recs[j]); ok && s >= opt.Threshold {
						out = append(out, pair{i, j, s})
					}
				})
			}
			found[w] = out
		}()
	}
	wg.Wait()
	var pairs []pair
	for _, f := range found {
		pairs = append(pairs, f...)
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

// makeBlocks puts each mention in the block of its province, country-level
// mentions also in their country's block, which then joins every province
// block of that country, and each mention in the blocks of its keywords
// that more than one and at most MaxKeywordBlock mentions share.
func makeBlocks(recs []*rec, nkw, nadmin, ndocs int, opt Options) *blocking {
	kwCount := make([]int32, nkw)
	for _, r := range recs {
		for _, k := range r.keywords {
			kwCount[k]++
		}
	}
	bl := &blocking{}
	// block returns the index of the block a slot names, making the block
	// on first use: a slot holds 1 + the index, 0 before the block exists.
	block := func(slot *int32) int {
		if *slot == 0 {
			*slot = int32(len(bl.members)) + 1
			bl.members = append(bl.members, nil)
		}
		return int(*slot - 1)
	}
	var provinces []int
	provinceBlock := make([]int32, nadmin)
	countryBlock := map[string]*int32{}
	kwBlock := make([]int32, nkw)
	storyBlock := make([]int32, ndocs)
	for i, r := range recs {
		if r.admin != "" {
			b := block(&provinceBlock[r.adminID])
			if bl.members[b] = append(bl.members[b], i); len(bl.members[b]) == 1 {
				provinces = append(provinces, b)
			}
			if r.place != nil && r.place.Country != "" && isCountry(*r.place) {
				slot := countryBlock[r.place.Country]
				if slot == nil {
					slot = new(int32)
					countryBlock[r.place.Country] = slot
				}
				b := block(slot)
				bl.members[b] = append(bl.members[b], i)
			}
		}
		for _, k := range r.keywords {
			if c := int(kwCount[k]); c > 1 && c <= opt.MaxKeywordBlock {
				b := block(&kwBlock[k])
				bl.members[b] = append(bl.members[b], i)
			}
		}
		if r.story >= 0 {
			b := block(&storyBlock[r.story])
			bl.members[b] = append(bl.members[b], i)
		}
	}
	// Country-level mentions also join the province blocks of their country.
	for _, b := range provinces {
		for _, i := range bl.members[b] {
			if c := recs[i].place; c != nil && !isCountry(*c) {
				if slot := countryBlock[c.Country]; slot != nil {
					bl.members[b] = appendUnique(bl.members[b], bl.members[*slot-1])
					break
				}
			}
		}
	}
	// Each mention's blocks, ascending, laid out in one slice.
	count := make([]int32, len(recs)+1)
	for _, ms := range bl.members {
		for _, i := range ms {
			count[i+1]++
		}
	}
	for i := range recs {
		count[i+1] += count[i]
	}
	flat := make([]int32, count[len(recs)])
	bl.of = make([][]int32, len(recs))
	for i := range recs {
		bl.of[i] = flat[count[i]:count[i]:count[i+1]]
	}
	for b, ms := range bl.members {
		for _, i := range ms {
			bl.of[i] = append(bl.of[i], int32(b))
		}
	}
	return bl
}

func appendUnique(dst, src []int) []int {
	have := make(map[int]bool, len(dst))
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

// compares reports whether block b compares mentions i and j: two dated
// mentions are compared, in every block they share, when their windows
// come within a day of each other (the caller has checked that); an
// undated one is compared with every member of a block small enough.
func (bl *blocking) compares(b int, i, j *rec) bool {
	return i.dated && j.dated || len(bl.members[b]) <= undatedBlockLimit
}

// first reports whether b is the first block that compares i and j, so
// that a pair sharing several blocks is scored once.
func (bl *blocking) first(b int, i, j *rec) bool {
	x, y := bl.of[i.idx], bl.of[j.idx]
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0] < y[0]:
			x = x[1:]
		case x[0] > y[0]:
			y = y[1:]
		default:
			if c := int(x[0]); bl.compares(c, i, j) {
				return c == b
			}
			x, y = x[1:], y[1:]
		}
	}
	return false
}

// windowPairs calls f for the pairs of block b whose date windows come
// within a day of each other, sweeping the block in date order, and which
// b is the first block to compare. Undated mentions meet every member of a
// small block. dated and undated are scratch space, returned for reuse.
func (bl *blocking) windowPairs(recs []*rec, b int, dated, undated []int, f func(i, j int)) ([]int, []int) {
	members := bl.members[b]
	if len(members) < 2 {
		return dated, undated
	}
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
			c := recs[dated[y]]
			if c.lo > a.hi+1 {
				break
			}
			if bl.first(b, a, c) {
				f(dated[x], dated[y])
			}
		}
	}
	if len(undated) > 0 && len(members) <= undatedBlockLimit {
		for _, u := range undated {
			for _, j := range members {
				// Two undated mentions meet once, from the smaller index.
				if j != u && (recs[j].dated || u < j) && bl.first(b, recs[u], recs[j]) {
					f(u, j)
				}
			}
		}
	}
	return dated, undated
}

// score rates how likely two mentions describe one incident. It reports
// false when they cannot: the same report, disjoint dates, a weekday that
// does not fit, or places in different divisions.
func score(a, b *rec) (float64, bool) {
	if a.doc == b.doc {
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
			if bigCity(a.place) && bigCity(b.place) {
				// In a city of millions, attacks on consecutive days are
				// common: the day apart counts only with more in common.
				s -= 0.3
			}
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
			// Two towns of one province: different incidents unless much
			// else agrees, such as the victims' names; far apart, more so
			// (shootings in Clarksville and Murfreesboro on one day).
			s += 0.1
			if isSite(*pa) && isSite(*pb) && !nearSites(pa, pb, farTowns) {
				s -= farPenalty
			}
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
	s += 0.1 * float64(min(shared(a.actors, b.actors), 2))
	// Figures.
	s += figureScore(a.killed, b.killed) + 0.5*figureScore(a.injured, b.injured)
	// Reprints of one story: their own events are the same events.
	if a.story >= 0 && a.story == b.story {
		s += 1.2
	}
	// Keywords: names of victims and places tie reports together.
	if len(a.keywords) > 0 && len(b.keywords) > 0 {
		inter := shared(a.keywords, b.keywords)
		union := len(a.keywords) + len(b.keywords) - inter
		s += 0.6*float64(inter)/float64(union) + 0.15*float64(min(inter, 2))
	}
	return s, true
}

// farTowns is the distance in km past which two towns of one province
// count against a link by farPenalty. A station's dateline may put a
// story in its own city, so distance alone does not forbid a link.
const (
	farTowns   = 25
	farPenalty = 0.3
)

// bigCity reports a city of a million people or more.
func bigCity(p *tally.Place) bool {
	return p != nil && strings.HasPrefix(p.Feature, "P.") && p.Population >= 1_000_000
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
	case outer.Feature == "A.ADM2":
		// "Howard County" holds Kokomo; the municipality of Zamora its town.
		return isSite(*inner) && strings.EqualFold(inner.Admin1, outer.Admin1) && strings.EqualFold(inner.Admin2, outer.Name)
	}
	return false
}

// clusters is union-find with the constraints that keep clusters apart.
type clusters struct {
	parent []int
	docs   [][]int32 // per root: the documents in the cluster, sorted
	lo, hi []int     // per root: the intersection of member windows
	dated  []bool
	site   []*tally.Place // per root: a town or site a member names, or nil
	own    []*tally.Place // per mention: its own town or site, or nil
	radius float64        // km within which two sites may be one place
}

func newClusters(recs []*rec) *clusters {
	c := &clusters{parent: make([]int, len(recs)), docs: make([][]int32, len(recs)),
		lo: make([]int, len(recs)), hi: make([]int, len(recs)), dated: make([]bool, len(recs))}
	one := make([]int32, len(recs)) // backing for the one-document sets
	c.site = make([]*tally.Place, len(recs))
	c.own = make([]*tally.Place, len(recs))
	for i, r := range recs {
		c.parent[i] = i
		one[i] = r.doc
		c.docs[i] = one[i : i+1 : i+1]
		c.lo[i], c.hi[i], c.dated[i] = r.lo, r.hi, r.dated
		if r.place != nil && isSite(*r.place) {
			c.site[i], c.own[i] = r.place, r.place
		}
	}
	return c
}

// isSite reports a town, village or site: a place with a point, not a division.
func isSite(p tally.Place) bool { return !strings.HasPrefix(p.Feature, "A.") && p.Feature != "" }

// nearSites reports two sites that may be one incident's place: the same
// place, or points within radius km.
func nearSites(a, b *tally.Place, radius float64) bool {
	if a.ID != "" && a.ID == b.ID {
		return true
	}
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2*r*math.Asin(math.Sqrt(h)) <= radius
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
	if shared(c.docs[ra], c.docs[rb]) > 0 {
		return
	}
	// A mention placed only in a province or country may join a town's
	// incident, but must not bridge two towns far apart: two mentions that
	// name towns themselves were scored on their own evidence.
	site := c.site[ra]
	if sb := c.site[rb]; sb != nil {
		bridge := c.own[a] == nil || c.own[b] == nil
		if bridge && site != nil && c.radius > 0 && !nearSites(site, sb, c.radius) {
			return
		}
		if site == nil {
			site = sb
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
	c.docs[ra] = mergeSorted(c.docs[ra], c.docs[rb])
	c.docs[rb] = nil
	c.lo[ra], c.hi[ra], c.dated[ra] = lo, hi, dated
	c.site[ra] = site
}

// mergeSorted returns the union of two disjoint sorted sets.
func mergeSorted(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// groups lists the clusters by root, each with its members in order.
func (c *clusters) groups() [][]int {
	n := len(c.parent)
	root := make([]int, n)
	size := make([]int, n)
	for i := range n {
		root[i] = c.find(i)
		size[root[i]]++
	}
	// Lay the groups out in one slice, in order of their roots.
	var out [][]int
	flat := make([]int, n)
	slot := make([]int, n) // root → its group's index in out
	at := 0
	for r := range n {
		if size[r] > 0 {
			slot[r] = len(out)
			out = append(out, flat[at:at:at+size[r]])
			at += size[r]
		}
	}
	for i := range n {
		k := slot[root[i]]
		out[k] = append(out[k], i)
	}
	return out
}

// assemble builds one incident per cluster.
func assemble(groups [][]int, recs []*rec) []*tally.Incident {
	out := make([]*tally.Incident, len(groups))
	parallel(len(groups), func(lo, hi int) {
		var ms []*tally.Mention
		for k := lo; k < hi; k++ {
			ms = ms[:0]
			for _, i := range groups[k] {
				ms = append(ms, recs[i].m)
			}
			out[k] = incidentOf(ms)
		}
	})
	slices.SortFunc(out, func(a, b *tally.Incident) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

func incidentOf(ms []*tally.Mention) *tally.Incident {
	n := 0
	for _, m := range ms {
		n += len(m.Claims)
	}
	inc := &tally.Incident{Mentions: make([]string, 0, len(ms))}
	if n > 0 {
		inc.Claims = make([]tally.Claim, 0, n)
	}
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
	// Most incidents name one place however many mentions they have: then
	// it is the answer, and no table of candidates is needed.
	var only *tally.PlaceRef
	one := true
	for _, m := range ms {
		switch {
		case m.Place == nil:
		case only == nil:
			only = m.Place
		case m.Place.Place.ID != only.Place.ID || m.Place.Place.Name != only.Place.Name:
			one = false
		}
	}
	if only == nil {
		return nil
	}
	if one {
		ref := *only
		ref.Span = tally.Span{}
		return &ref
	}
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
