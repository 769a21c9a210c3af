package link

// This file holds the linking benchmarks and, as the reference they are
// checked against, a frozen copy of the linker before it was optimised.

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"tally"
	"tally/extract"
	"tally/gen"
	"tally/ingest"
)

// mentions generates n synthetic mentions (package gen), the input the
// linker sees once extraction is done.
func mentions(tb testing.TB, seed int64, n int) []tally.Mention {
	tb.Helper()
	ms := make([]tally.Mention, 0, n)
	if err := gen.Mentions(seed, n, func(m tally.Mention) error { ms = append(ms, m); return nil }); err != nil {
		tb.Fatal(err)
	}
	return ms
}

func benchmarkLink(b *testing.B, n int) {
	ms := mentions(b, 1, n)
	b.ReportAllocs()
	b.ResetTimer()
	var incs []*tally.Incident
	for b.Loop() {
		incs = Incidents(ms, DefaultOptions)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
	b.ReportMetric(float64(len(incs)), "incidents")
}

// BenchmarkLink10k links 10,000 synthetic mentions.
func BenchmarkLink10k(b *testing.B) { benchmarkLink(b, 10_000) }

// BenchmarkLink100k links 100,000 synthetic mentions: issue 4 asks for
// under 10 s and 1 GB on the project's 2-core machine.
func BenchmarkLink100k(b *testing.B) { benchmarkLink(b, 100_000) }

// TestSameIncidentsAsReference checks that the optimised linker gives
// exactly the incidents the original gave: on synthetic mentions of
// several seeds and on the mentions extracted from ../shared/corpus. It
// pins the behaviour of commit c5472cb: when linking is changed on
// purpose, delete it with the reference below (the test after it stays).
func TestSameIncidentsAsReference(t *testing.T) {
	inputs := map[string][]tally.Mention{}
	for _, seed := range []int64{1, 2, 3} {
		inputs["gen-"+string(rune('0'+seed))] = mentions(t, seed, 3000)
	}
	if ms := extractedCorpus(t); len(ms) > 0 {
		inputs["corpus"] = ms
	}
	for name, ms := range inputs {
		got := Incidents(ms, DefaultOptions)
		want := referenceIncidents(ms, DefaultOptions)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the linker gives %d incidents, the reference %d, or they differ", name, len(got), len(want))
		}
		// Any order of the same mentions gives the same incidents.
		rev := slices.Clone(ms)
		slices.Reverse(rev)
		if again := Incidents(rev, DefaultOptions); !reflect.DeepEqual(again, got) {
			t.Errorf("%s: reversed input gives other incidents", name)
		}
	}
}

// TestCandidatePairsAreThePairsOfEveryBlock checks the pair enumeration
// against the straightforward one it replaced: every block swept with a
// table of pairs seen, scored with the current score. Unlike the test
// above, it stays valid when scoring changes.
func TestCandidatePairsAreThePairsOfEveryBlock(t *testing.T) {
	for _, n := range []int{500, 4000} {
		ms := mentions(t, 11, n)
		ptrs := make([]*tally.Mention, len(ms))
		for i := range ms {
			ptrs[i] = &ms[i]
		}
		slices.SortFunc(ptrs, func(a, b *tally.Mention) int { return cmp.Compare(a.ID, b.ID) })
		in := interners{docs: newInterner(), actors: newInterner(), keywords: newInterner(), admins: newInterner()}
		recs := make([]*rec, len(ptrs))
		for i, m := range ptrs {
			recs[i] = &rec{}
			prepare(recs[i], m, i, DefaultOptions, in)
		}
		got := candidatePairs(recs, in, DefaultOptions)
		want := straightforwardPairs(recs, DefaultOptions)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d mentions: %d candidate pairs, the straightforward enumeration %d", n, len(got), len(want))
		}
	}
}

// straightforwardPairs is candidatePairs as first written.
func straightforwardPairs(recs []*rec, opt Options) []pair {
	blocks := map[string][]int{}
	kwCount := map[string]int{}
	for _, r := range recs {
		for _, k := range r.m.Keywords {
			kwCount[k]++
		}
	}
	for i, r := range recs {
		if r.admin != "" {
			blocks["p:"+r.admin] = append(blocks["p:"+r.admin], i)
			if r.place != nil && r.place.Country != "" && isCountry(*r.place) {
				blocks["c:"+r.place.Country] = append(blocks["c:"+r.place.Country], i)
			}
		}
		for _, k := range slices.Compact(slices.Sorted(slices.Values(r.m.Keywords))) {
			if kwCount[k] > 1 && kwCount[k] <= opt.MaxKeywordBlock {
				blocks["k:"+k] = append(blocks["k:"+k], i)
			}
		}
	}
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
	f := func(i, j int) {
		if i > j {
			i, j = j, i
		}
		if seen[[2]int{i, j}] {
			return
		}
		seen[[2]int{i, j}] = true
		if s, ok := score(recs[i], recs[j]); ok && s >= opt.Threshold {
			pairs = append(pairs, pair{i, j, s})
		}
	}
	for _, members := range blocks {
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
		for x := range dated {
			for y := x + 1; y < len(dated) && recs[dated[y]].lo <= recs[dated[x]].hi+1; y++ {
				f(dated[x], dated[y])
			}
		}
		if len(undated) > 0 && len(members) <= undatedBlockLimit {
			for _, u := range undated {
				for _, j := range members {
					if j != u {
						f(u, j)
					}
				}
			}
		}
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

// extractedCorpus extracts the mentions of ../shared/corpus (seeds and
// gvc-dev), or none when it is absent.
func extractedCorpus(t *testing.T) []tally.Mention {
	var out []tally.Mention
	x := extract.New(nil, nil)
	for _, dir := range []string{"seeds", "gvc-dev"} {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", dir, "*.txt"))
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ingest.Parse(raw, ingest.Source{Name: p})
			if err != nil {
				continue
			}
			out = append(out, x.Document(doc)...)
		}
	}
	return out
}

// ---- The reference: link.go as of commit c5472cb, unexported. ----

// refRec is a mention prepared for comparison.
type refRec struct {
	m        *tally.Mention
	idx      int
	lo, hi   int // the window of days (since 1970) the event may fall in; hi < lo if unknown
	dated    bool
	precise  bool // refDay precision from the text itself, not defaulted
	weekday  time.Weekday
	hasWD    bool
	place    *tally.Place
	admin    string // country/admin1 block key
	killed   int    // a point figure, -1 if none
	injured  int
	actors   map[string]bool
	keywords map[string]bool
}

const refDay = 24 * time.Hour

func refDays(t time.Time) int { return int(t.Unix() / 86400) }

func refPrepare(m *tally.Mention, idx int, opt Options) *refRec {
	r := &refRec{m: m, idx: idx, killed: -1, injured: -1, actors: map[string]bool{}, keywords: map[string]bool{}}
	d := m.Time.Date
	switch {
	case !d.IsZero() && m.Time.Basis == tally.BasisDefault:
		r.lo, r.hi, r.dated = refDays(d.First())-opt.DefaultWindow, refDays(d.Last()), true
	case !d.IsZero():
		r.lo, r.hi, r.dated = refDays(d.First()), refDays(d.Last()), true
		r.precise = d.Precision() == tally.PrecisionDay
	default:
		r.lo, r.hi = 1, 0
	}
	if wd, ok := refWeekdayOf(m.Time.Weekday); ok && d.IsZero() {
		r.weekday, r.hasWD = wd, true
	}
	if m.Place != nil {
		p := m.Place.Place
		r.place = &p
		r.admin = p.Country + "/" + strings.ToLower(p.Admin1)
		if refIsAdmin1(p) {
			r.admin = p.Country + "/" + strings.ToLower(p.Name)
		}
	}
	for _, c := range m.Claims {
		if c.Subset || c.Vague {
			continue
		}
		v := refPoint(c)
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
		r.actors[refActorKey(a.Actor)] = true
	}
	for _, a := range m.Victims {
		r.actors[refActorKey(a.Actor)] = true
	}
	for _, k := range m.Keywords {
		r.keywords[k] = true
	}
	return r
}

func refActorKey(a tally.Actor) string {
	if a.ID != "" {
		return a.ID
	}
	return strings.ToLower(a.Name)
}

func refPoint(c tally.Claim) int {
	switch {
	case c.Low != nil:
		return *c.Low
	case c.High != nil:
		return *c.High
	}
	return -1
}

func refWeekdayOf(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return d, true
		}
	}
	return 0, false
}

func refIsAdmin1(p tally.Place) bool { return p.Feature == "A.ADM1" }
func refIsCountry(p tally.Place) bool {
	return strings.HasPrefix(p.Feature, "A.PCL")
}

// referenceIncidents is link.Incidents as it was before it was optimised
// (commit c5472cb), kept to prove the optimised linker gives the same
// incidents.
func referenceIncidents(mentions []tally.Mention, opt Options) []*tally.Incident {
	if opt.Threshold == 0 {
		opt = DefaultOptions
	}
	// A canonical order makes every later step independent of input order.
	ms := make([]*tally.Mention, len(mentions))
	for i := range mentions {
		ms[i] = &mentions[i]
	}
	slices.SortFunc(ms, func(a, b *tally.Mention) int { return cmp.Compare(a.ID, b.ID) })
	recs := make([]*refRec, len(ms))
	for i, m := range ms {
		recs[i] = refPrepare(m, i, opt)
	}
	pairs := refCandidatePairs(recs, opt)
	uf := refNewClusters(recs)
	for _, p := range pairs {
		uf.merge(p.a, p.b)
	}
	return refAssemble(uf.groups(), recs)
}

type refPair struct {
	a, b  int
	score float64
}

// candidatePairs scores the pairs that share a block and a date window.
func refCandidatePairs(recs []*refRec, opt Options) []refPair {
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
				if refIsCountry(*r.place) {
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
			if c := recs[i].place; c != nil && !refIsCountry(*c) {
				if cb, ok := blocks["c:"+c.Country]; ok {
					blocks[key] = refAppendUnique(blocks[key], cb)
					break
				}
			}
		}
	}
	seen := map[[2]int]bool{}
	var pairs []refPair
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
		refEachWindowPair(recs, members, func(i, j int) {
			if i > j {
				i, j = j, i
			}
			key := [2]int{i, j}
			if seen[key] {
				return
			}
			seen[key] = true
			if s, ok := refScore(recs[i], recs[j]); ok && s >= opt.Threshold {
				pairs = append(pairs, refPair{i, j, s})
			}
		})
	}
	slices.SortFunc(pairs, func(x, y refPair) int {
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

func refAppendUnique(dst, src []int) []int {
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
// within a refDay of each other, sweeping the block in date order. Undated
// mentions meet every dated one in a small block only.
func refEachWindowPair(recs []*refRec, members []int, f func(i, j int)) {
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
func refScore(a, b *refRec) (float64, bool) {
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
			// A refDay apart: "last night" against the date of the morning after.
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
		case refContains(pa, pb) || refContains(pb, pa):
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
		} else if !refCompatibleTypes(a.m.Type, b.m.Type) {
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
	s += refFigureScore(a.killed, b.killed) + 0.5*refFigureScore(a.injured, b.injured)
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

func refFigureScore(x, y int) float64 {
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
func refCompatibleTypes(a, b tally.EventType) bool {
	general := func(t tally.EventType) bool {
		return t == tally.EventAttack || t == tally.EventMassacre || t == tally.EventRaid
	}
	return general(a) || general(b) || (a == tally.EventShooting && b == tally.EventExecution) || (b == tally.EventShooting && a == tally.EventExecution)
}

// contains reports whether outer is a division holding inner.
func refContains(outer, inner *tally.Place) bool {
	if outer.Country == "" || outer.Country != inner.Country {
		return false
	}
	switch {
	case refIsCountry(*outer):
		return !refIsCountry(*inner)
	case refIsAdmin1(*outer):
		return !refIsAdmin1(*inner) && !refIsCountry(*inner) && strings.EqualFold(inner.Admin1, outer.Name)
	}
	return false
}

// refClusters is union-find with the constraints that keep refClusters apart.
type refClusters struct {
	parent []int
	docs   []map[string]bool // per root: documents in the cluster
	lo, hi []int             // per root: the intersection of member windows
	dated  []bool
}

func refNewClusters(recs []*refRec) *refClusters {
	c := &refClusters{parent: make([]int, len(recs)), docs: make([]map[string]bool, len(recs)),
		lo: make([]int, len(recs)), hi: make([]int, len(recs)), dated: make([]bool, len(recs))}
	for i, r := range recs {
		c.parent[i] = i
		c.docs[i] = map[string]bool{r.m.Document: true}
		c.lo[i], c.hi[i], c.dated[i] = r.lo, r.hi, r.dated
	}
	return c
}

func (c *refClusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// merge joins the refClusters of a and b unless that would put two mentions of
// one report together or leave the cluster with no date all members share.
func (c *refClusters) merge(a, b int) {
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

func (c *refClusters) groups() [][]int {
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
func refAssemble(groups [][]int, recs []*refRec) []*tally.Incident {
	var out []*tally.Incident
	for _, g := range groups {
		var ms []*tally.Mention
		for _, i := range g {
			ms = append(ms, recs[i].m)
		}
		out = append(out, refIncidentOf(ms))
	}
	slices.SortFunc(out, func(a, b *tally.Incident) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

func refIncidentOf(ms []*tally.Mention) *tally.Incident {
	inc := &tally.Incident{}
	inc.Date, inc.EndDate = refBestDate(ms)
	inc.Place = refBestPlace(ms)
	inc.Type = refBestType(ms)
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
	inc.Perpetrators, inc.Victims = refByCount(perp), refByCount(vict)
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

func refByCount(m map[string]int) []string {
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

// bestDate picks the incident's date: the refDay most members give from the
// text itself, else the finest date all members allow.
func refBestDate(ms []*tally.Mention) (tally.Date, tally.Date) {
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
	// fully, since the refDay refines the month; the refDay backs the month by half.
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
			if refRank(o) < refRank(d) {
				total += ow
			} else if refRank(o) > refRank(d) {
				total += ow * 0.5
			}
		}
		// Defaulted dates (the refDay a report was published) only stand in.
		if total > bestW || total == bestW && (refRank(d) > refRank(best) || refRank(d) == refRank(best) && d.Compare(best) < 0) {
			best, bestW = d, total
		}
	}
	return best, tally.Date{}
}

func refRank(d tally.Date) int {
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
func refBestPlace(ms []*tally.Mention) *tally.PlaceRef {
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
		case refIsCountry(p):
			return 0
		case refIsAdmin1(p):
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
func refBestType(ms []*tally.Mention) tally.EventType {
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
