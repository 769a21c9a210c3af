package gazetteer

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"tally"
	"tally/gazetteer/internal/names"
)

// Gazetteer is a set of places indexed by name. It is safe for concurrent
// reads after loading; Add and the Load methods must not run concurrently
// with anything else.
type Gazetteer struct {
	entries []entry
	ids     htab // hash of ID → 1 + entry index

	// Name index: key hash → posting list, with a Bloom filter in front.
	names      index
	namesBloom bloom
	// Transliteration-tolerant index: skeleton hash → posting list. It is
	// built on first use (skelOnce), perhaps while other goroutines read
	// the name index, so it has postings of its own; after that Add keeps
	// it up to date.
	skel      index
	skelOnce  sync.Once
	skelReady bool

	maxWords int // the most words in any indexed key

	// admin1 divisions by "CC|key of name or other name"; admin2
	// divisions by "CC|admin1 key|admin2 key"; both by GeoNames code.
	admin1 map[string]int32
	admin2 map[string]int32
	codes  map[adminCode]int32

	// Places loaded from a GeoNames dump before their admin1 names were
	// known, filled in by LoadAdmin1Codes.
	pendingA1 map[adminCode][]int32
	// Running sums for divisions whose point comes from their members.
	centroids map[int32]*centroid

	words *wordLists
	buf   []byte

	// capitals maps a country code to its capital's place ID, for
	// "the Afghan capital".
	capitals map[string]string

	// bulk, while set, defers index inserts so that they can be made in
	// table order (see finishBulk); only for data known to have unique IDs.
	bulk *bulkIndex
}

// adminCode is a division's GeoNames code: {"IQ", "10", ""} is admin1
// IQ.10, {"US", "IN", "067"} admin2 US.IN.067.
type adminCode struct{ cc, a1, a2 string }

// parseAdminID reads the code of an "admin1:CC.a1" or "admin2:CC.a1.a2" ID.
func parseAdminID(id string) (adminCode, bool) {
	rest, ok := strings.CutPrefix(id, "admin1:")
	two := false
	if !ok {
		if rest, ok = strings.CutPrefix(id, "admin2:"); !ok {
			return adminCode{}, false
		}
		two = true
	}
	cc, rest, ok := strings.Cut(rest, ".")
	if !ok {
		return adminCode{}, false
	}
	if !two {
		return adminCode{cc: cc, a1: rest}, true
	}
	a1, a2, ok := strings.Cut(rest, ".")
	return adminCode{cc, a1, a2}, ok
}

type bulkIndex struct {
	names, ids []pendingKey
}

type pendingKey struct {
	h     uint64
	entry int32
	alt   bool
}

type centroid struct {
	lat, lon float64
	n        int
}

// entry is a place as stored: strings share the loaded file's memory, and
// the alternate names stay one "|"-joined string until a Place is built.
type entry struct {
	id, name, alts string
	feature        string
	cc             string
	admin1, admin2 string
	lat, lon       float64
	pop            int
	rank           float64 // static prior: feature and population
	// up1 and up2 are 1 + the index of the admin1 and admin2 entries the
	// place lies in, or 0 when not known (then the names are looked up).
	up1, up2 int32
}

// index maps key hashes to lists of postings.
type index struct {
	tab   htab      // hash → 1 + the posting at the head of its list
	posts []posting // the lists, linked through posting.next
}

// posting says that an entry carries a name; alt marks alternate names.
type posting struct {
	entry int32
	next  uint32 // 1-based index of the next posting, 0 at the end
	alt   bool
}

// New returns an empty gazetteer. It still knows English words and given
// names, which Find needs to tell places from people and common words.
func New() *Gazetteer { return newGazetteer(loadWordLists()) }

func newGazetteer(words *wordLists) *Gazetteer {
	return &Gazetteer{
		namesBloom: newBloom(),
		admin1:     map[string]int32{},
		admin2:     map[string]int32{},
		codes:      map[adminCode]int32{},
		pendingA1:  map[adminCode][]int32{},
		centroids:  map[int32]*centroid{},
		words:      words,
	}
}

// Len reports how many places the gazetteer holds.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Add adds a place. A place whose ID is already present is merged into
// the existing one: its non-empty fields win and its names are added, so
// loading a GeoNames dump over the built-in data refines rather than
// duplicates. A place without an ID gets "tally:<slug of name>".
func (g *Gazetteer) Add(p tally.Place) {
	if p.ID == "" {
		p.ID = "tally:" + slug(p.Name)
		if p.Country != "" {
			p.ID += "-" + strings.ToLower(p.Country)
		}
	}
	alts := make([]string, 0, len(p.AltNames))
	for _, a := range p.AltNames {
		if a = strings.TrimSpace(a); a != "" && !strings.ContainsAny(a, "|\t\n") {
			alts = append(alts, a)
		}
	}
	g.add(entry{id: p.ID, name: p.Name, alts: strings.Join(alts, "|"), feature: p.Feature, cc: strings.ToUpper(p.Country),
		admin1: p.Admin1, admin2: p.Admin2, lat: p.Lat, lon: p.Lon, pop: p.Population})
}

// add stores e, or merges it into the entry with its ID, and indexes its
// names. It returns the entry's index.
func (g *Gazetteer) add(e entry) int32 {
	g.linkUp(&e)
	if g.bulk != nil {
		e.rank = rank(e)
		i := int32(len(g.entries))
		g.entries = append(g.entries, e)
		g.bulk.ids = append(g.bulk.ids, pendingKey{h: hashString(fnvOffset, e.id), entry: i})
		g.indexEntry(i, e.name, e.alts)
		g.linkAdmin(i)
		return i
	}
	if i, ok := g.lookupID(e.id); ok {
		old := &g.entries[i]
		newNames := e.alts
		if e.name != "" && !strings.EqualFold(e.name, old.name) {
			newNames = join(e.name, newNames)
		}
		merged := entry{id: old.id, name: old.name, alts: mergeAlts(old.name, old.alts, newNames)}
		merged.feature = pick(e.feature, old.feature)
		merged.cc = pick(e.cc, old.cc)
		merged.admin1 = pick(e.admin1, old.admin1)
		merged.admin2 = pick(e.admin2, old.admin2)
		merged.lat, merged.lon = old.lat, old.lon
		if e.lat != 0 || e.lon != 0 {
			merged.lat, merged.lon = e.lat, e.lon
			delete(g.centroids, i)
		}
		merged.pop = max(e.pop, old.pop)
		merged.rank = rank(merged)
		if merged.admin1 == old.admin1 && merged.admin2 == old.admin2 {
			merged.up1, merged.up2 = old.up1, old.up2
		} else {
			g.linkUp(&merged)
		}
		g.entries[i] = merged
		g.indexEntry(i, merged.name, merged.alts)
		g.linkAdmin(i)
		return i
	}
	e.rank = rank(e)
	i := int32(len(g.entries))
	g.entries = append(g.entries, e)
	g.ids.set(hashString(fnvOffset, e.id), uint32(i)+1)
	g.indexEntry(i, e.name, e.alts)
	g.linkAdmin(i)
	return i
}

func pick(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func join(a, b string) string {
	if b == "" {
		return a
	}
	if a == "" {
		return b
	}
	return a + "|" + b
}

// mergeAlts adds the names in add to alts, skipping any that fold to a
// name already there.
func mergeAlts(name, alts, add string) string {
	if add == "" {
		return alts
	}
	seen := map[string]bool{Key(name): true}
	var out []string
	for _, a := range strings.Split(join(alts, add), "|") {
		if k := Key(a); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return strings.Join(out, "|")
}

// linkAdmin records divisions so that places can be tied to them by name.
func (g *Gazetteer) linkAdmin(i int32) {
	e := &g.entries[i]
	switch {
	case isAdmin1(e.feature):
		for _, n := range e.allNames() {
			k := e.cc + "|" + Key(n)
			if _, dup := g.admin1[k]; !dup {
				g.admin1[k] = i
			}
		}
		if code, ok := parseAdminID(e.id); ok && code.a2 == "" {
			g.codes[code] = i
			for _, j := range g.pendingA1[code] {
				if g.entries[j].admin1 == "" {
					g.entries[j].admin1 = e.name
					g.entries[j].up1 = i + 1
				}
			}
			delete(g.pendingA1, code)
		}
	case isAdmin2(e.feature):
		k := e.cc + "|" + Key(e.admin1) + "|" + Key(e.name)
		if _, dup := g.admin2[k]; !dup {
			g.admin2[k] = i
		}
		if code, ok := parseAdminID(e.id); ok && code.a2 != "" {
			g.codes[code] = i
		}
	}
}

// linkUp finds the divisions e lies in by their names, unless known.
func (g *Gazetteer) linkUp(e *entry) {
	if e.up1 == 0 && e.admin1 != "" && !isAdmin1(e.feature) && !isCountry(e.feature) {
		if j, ok := g.admin1[e.cc+"|"+Key(e.admin1)]; ok {
			e.up1 = j + 1
		}
	}
	if e.up2 == 0 && e.admin2 != "" && !isAdmin2(e.feature) && !isAdmin1(e.feature) && !isCountry(e.feature) {
		if j, ok := g.admin2[e.cc+"|"+Key(e.admin1)+"|"+Key(e.admin2)]; ok {
			e.up2 = j + 1
		}
	}
}

func (e *entry) allNames() []string {
	if e.alts == "" {
		return []string{e.name}
	}
	return append([]string{e.name}, strings.Split(e.alts, "|")...)
}

func (g *Gazetteer) indexEntry(i int32, name, alts string) {
	g.indexName(i, name, false)
	e := &g.entries[i]
	for alts != "" {
		a, rest, _ := strings.Cut(alts, "|")
		alts = rest
		if e.isUSAbbrev(a) {
			continue // "IN", "Ind.": qualifiers only, see addUSAbbreviations
		}
		g.indexName(i, a, true)
	}
}

func (g *Gazetteer) indexName(i int32, name string, alt bool) {
	g.buf = appendKey(g.buf[:0], name)
	if len(g.buf) == 0 {
		return
	}
	if w := 1 + bytes.Count(g.buf, []byte{' '}); w > g.maxWords {
		g.maxWords = w
	}
	// English drops the Arabic article: "Al Ḩillah" is "Hillah", "Ar
	// Ramadi" "Ramadi". Index the rest too, in Arabic-speaking countries.
	if len(g.buf) > 3 && (g.buf[0] == 'a' || g.buf[0] == 'e') {
		if rest := articleRest(g.buf); rest > 0 && arabic[g.entries[i].cc] {
			n := len(g.buf)
			g.buf = append(g.buf, g.buf[rest:]...)
			g.insertKey(&g.names, hashBytes(fnvOffset, g.buf[n:]), i, true)
			g.buf = g.buf[:n]
		}
	}
	g.insertKey(&g.names, hashBytes(fnvOffset, g.buf), i, alt)
	if g.skelReady {
		g.indexSkeleton(i, g.buf, alt)
	}
}

func (g *Gazetteer) indexSkeleton(i int32, key []byte, alt bool) {
	if letterCount(key) < 5 {
		return
	}
	n := len(key)
	sk := skeleton(key[:n:n], g.buf[len(g.buf):])
	if len(sk) >= 3 {
		g.skel.insert(hashBytes(fnvOffset, sk), i, alt)
	}
}

// buildSkeletons indexes every name by its skeleton. Few texts need it,
// and it is a third of the load time, so it waits until one does.
func (g *Gazetteer) buildSkeletons() {
	g.skel = index{tab: newHtab(len(g.entries) + len(g.entries)/8), posts: make([]posting, 0, len(g.entries)+len(g.entries)/4)}
	var key, sk []byte
	add := func(i int, n string, alt bool) {
		key = appendKey(key[:0], n)
		if letterCount(key) >= 5 {
			sk = skeleton(key, sk[:0])
			if len(sk) >= 3 {
				g.skel.insert(hashBytes(fnvOffset, sk), int32(i), alt)
			}
		}
	}
	for i := range g.entries {
		e := &g.entries[i]
		add(i, e.name, false)
		for rest := e.alts; rest != ""; {
			n, more, _ := strings.Cut(rest, "|")
			rest = more
			if !e.isUSAbbrev(n) {
				add(i, n, true)
			}
		}
	}
	g.skelReady = true
}

func (e *entry) isUSAbbrev(name string) bool {
	return strings.HasPrefix(e.id, "admin1:US.") && stateAbbrevs[name]
}

func (g *Gazetteer) insertKey(m *index, h uint64, i int32, alt bool) {
	if g.bulk != nil {
		g.bulk.names = append(g.bulk.names, pendingKey{h, i, alt})
		return
	}
	if m == &g.names {
		g.namesBloom.add(h)
	}
	m.insert(h, i, alt)
}

// finishBulk makes the inserts that bulk deferred, ordered by table slot:
// random inserts into tables of millions of slots cost a cache and TLB
// miss each, which was most of the load time; ordered ones stream.
func (g *Gazetteer) finishBulk() {
	b := g.bulk
	g.bulk = nil
	g.ids = newHtab(len(g.entries) + 1024)
	for _, k := range sortBySlot(b.ids, g.ids.mask) {
		g.ids.set(k.h, uint32(k.entry)+1)
	}
	g.names.tab = newHtab(len(b.names) + len(b.names)/4)
	for _, k := range sortBySlot(b.names, g.names.tab.mask) {
		g.namesBloom.add(k.h)
		g.names.insert(k.h, k.entry, k.alt)
	}
}

// sortBySlot orders keys by their home slot in a table of mask+1 slots
// (a stable counting sort on the slot's top 16 bits).
func sortBySlot(keys []pendingKey, mask uint64) []pendingKey {
	bits := 0
	for m := mask; m != 0; m >>= 1 {
		bits++
	}
	shift := max(0, bits-16)
	var count [1<<16 + 1]int
	for _, k := range keys {
		count[(slot(fixKey(k.h))&mask)>>shift+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	out := make([]pendingKey, len(keys))
	for _, k := range keys {
		b := (slot(fixKey(k.h)) & mask) >> shift
		out[count[b]] = k
		count[b]++
	}
	return out
}

func (ix *index) insert(h uint64, i int32, alt bool) {
	head := ix.tab.get(h)
	// An entry's names are indexed together, so a repeat is at the head;
	// repeats that merging leaves deeper are skipped when read.
	if head != 0 && ix.posts[head-1].entry == i {
		if !alt {
			ix.posts[head-1].alt = false
		}
		return
	}
	ix.posts = append(ix.posts, posting{entry: i, next: head, alt: alt})
	ix.tab.set(h, uint32(len(ix.posts)))
}

// altPenalty lowers a place found by an alternate name, in units of
// log10 population.
const altPenalty = 1.5

// sameName reports whether two names are spellings of one name, articles
// aside: "Ar Raqqah" and "Raqqa"; not "Yuma" and "Arizona".
func sameName(a, b string) bool {
	ka, kb := []byte(Key(a)), []byte(Key(b))
	if r := articleRest(ka); r > 0 {
		ka = ka[r:]
	}
	if r := articleRest(kb); r > 0 {
		kb = kb[r:]
	}
	return closeKeys(ka, kb)
}

// arabic are the countries whose place names carry the Arabic article.
var arabic = map[string]bool{"IQ": true, "SY": true, "YE": true, "SA": true, "JO": true, "LB": true, "PS": true,
	"EG": true, "LY": true, "TN": true, "DZ": true, "MA": true, "SD": true, "OM": true, "AE": true, "KW": true,
	"QA": true, "BH": true, "MR": true, "SO": true}

// articleRest returns where the name after a leading Arabic article
// starts in key, or 0 when there is none or the rest is under four letters.
func articleRest(key []byte) int {
	sp := bytes.IndexByte(key, ' ')
	if sp < 0 || len(key)-sp-1 < 4 {
		return 0
	}
	switch string(key[:sp]) {
	case "al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "adh", "ad-", "aj":
		return sp + 1
	}
	return 0
}

// rank is a place's prior, before any context: bigger and higher-level
// places are more often meant, and our own entries exist because the
// corpora name them.
func rank(e entry) float64 {
	r := math.Log10(float64(e.pop) + 10)
	switch e.feature {
	case "A.PCLI", "A.PCL", "A.PCLD", "A.PCLF", "A.PCLS", "A.PCLIX":
		r += 9 // a country's name means the country, whatever town shares it
	case "P.PPLC":
		r += 2
	case "P.PPLA":
		r += 1.5
	case "A.ADM1":
		r += 0.8
	case "P.PPLA2", "A.ADM2":
		r += 0.6
	case "P.PPLX", "P.PPLH", "P.PPLQ", "P.PPLW":
		r -= 0.5
	}
	if strings.HasPrefix(e.id, "tally:") {
		r += 3
	}
	return r
}

func isAdmin1(f string) bool { return f == "A.ADM1" }
func isAdmin2(f string) bool { return f == "A.ADM2" }
func isCountry(f string) bool {
	return strings.HasPrefix(f, "A.PCL")
}

// place builds the tally.Place of entry i.
func (g *Gazetteer) place(i int32) tally.Place {
	e := &g.entries[i]
	p := tally.Place{ID: e.id, Name: e.name, Admin1: e.admin1, Admin2: e.admin2, Country: e.cc,
		Lat: e.lat, Lon: e.lon, Feature: e.feature, Population: e.pop}
	if e.alts != "" {
		p.AltNames = strings.Split(e.alts, "|")
	}
	if c := g.centroids[i]; c != nil && c.n > 0 && p.Lat == 0 && p.Lon == 0 {
		p.Lat, p.Lon = c.lat/float64(c.n), c.lon/float64(c.n)
	}
	return p
}

// ByID returns the place with an ID: "geonames:98182", "admin1:IQ.10",
// "country:IQ", "tally:camp-ashraf".
func (g *Gazetteer) ByID(id string) (tally.Place, bool) {
	i, ok := g.lookupID(id)
	if !ok {
		return tally.Place{}, false
	}
	return g.place(i), true
}

func (g *Gazetteer) lookupID(id string) (int32, bool) {
	v := g.ids.get(hashString(fnvOffset, id))
	if v == 0 || g.entries[v-1].id != id {
		return 0, false
	}
	return int32(v - 1), true
}

// hit is one candidate entry for a name.
type hit struct {
	entry int32
	alt   bool
}

func (g *Gazetteer) postings(m *index, h uint64, dst []hit) []hit {
	return m.collect(m.tab.get(h), dst)
}

// Lookup returns all places with the name as a name or alternate name,
// best first (our own entries, then countries, capitals and divisions,
// then by population). When no name matches exactly it tries the
// transliteration-tolerant key, for names of five letters or more that
// are not common English words: "Baquba" finds Baqubah.
func (g *Gazetteer) Lookup(name string) []tally.Place {
	key := appendKey(nil, name)
	if len(key) == 0 {
		return nil
	}
	hits := g.postings(&g.names, hashBytes(fnvOffset, key), nil)
	if len(hits) == 0 && g.fuzzyOK(key) {
		hits = g.fuzzyHits(key)
	}
	return g.places(g.sortHits(hits))
}

// fuzzyHits looks a key up by its skeleton, and keeps the places one of
// whose names is within a small edit distance of it: the skeleton alone
// would let "Narnia" find Nariño.
func (g *Gazetteer) fuzzyHits(key []byte) []hit {
	g.skelOnce.Do(g.buildSkeletons)
	hits := g.postings(&g.skel, hashBytes(fnvOffset, skeleton(key, nil)), nil)
	out := hits[:0]
	var nk []byte
	for _, h := range hits {
		e := &g.entries[h.entry]
		names := e.name
		if e.alts != "" {
			names = e.name + "|" + e.alts
		}
		for names != "" {
			var n string
			n, names, _ = strings.Cut(names, "|")
			nk = appendKey(nk[:0], n)
			if closeKeys(key, nk) {
				out = append(out, h)
				break
			}
		}
	}
	return out
}

// closeKeys reports whether two keys are spelling variants: word by word
// within one edit per six letters ("Camp Asharf", "Camp Ashraf"), and
// not just alike in consonants ("Narnia Province", "Nariño Province").
func closeKeys(a, b []byte) bool {
	na, nb := bytes.Count(a, []byte{' '}), bytes.Count(b, []byte{' '})
	if na != nb {
		a, b = bytes.ReplaceAll(a, []byte{' '}, nil), bytes.ReplaceAll(b, []byte{' '}, nil)
		limit := max(1, len(a)/6)
		return osa(a, b, limit) <= limit
	}
	for len(a) > 0 {
		wa, ra, _ := bytes.Cut(a, []byte{' '})
		wb, rb, _ := bytes.Cut(b, []byte{' '})
		limit := max(1, len(wa)/6)
		if osa(wa, wb, limit) > limit {
			return false
		}
		a, b = ra, rb
	}
	return true
}

// osa is the optimal-string-alignment edit distance of a and b (a swap
// of neighbours counts one: "Asharf", "Ashraf"), or limit+1 when it
// exceeds limit.
func osa(a, b []byte, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var buf [3 * 48]int
	rows := buf[:]
	if 3*(len(b)+1) > len(rows) {
		rows = make([]int, 3*(len(b)+1))
	}
	n := len(b) + 1
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// fuzzyOK reports whether a key may be looked up by its skeleton: long
// enough, and not an English word or given name whose skeleton would
// collide with some village.
func (g *Gazetteer) fuzzyOK(key []byte) bool {
	if letterCount(key) < 5 {
		return false
	}
	long := false
	for _, w := range strings.Fields(string(key)) {
		if len(w) >= 5 && !g.words.common[w] && !g.words.first[w] {
			long = true
		}
	}
	return long
}

func (g *Gazetteer) sortHits(hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	type ranked struct {
		h    hit
		rank float64
	}
	rs := make([]ranked, len(hits))
	ents := make([]int32, len(hits))
	ranks := make([]float64, len(hits))
	for k, h := range hits {
		ranks[k] = g.entries[h.entry].rank
		// Alternate names include old and foreign names ("Brooklyn" is an
		// old name of Oshkosh): a place's own name counts for more.
		if h.alt {
			ranks[k] -= altPenalty
		}
		ents[k] = h.entry
	}
	g.seatsFirst(ents, ranks)
	for k, h := range hits {
		rs[k] = ranked{h, ranks[k]}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		if c := cmp.Compare(b.rank, a.rank); c != 0 {
			return c
		}
		return cmp.Compare(a.h.entry, b.h.entry)
	})
	out := make([]hit, len(hits))
	for k := range rs {
		out[k] = rs[k].h
	}
	return out
}

// seatsFirst raises each town above a division of the same name that
// contains it: "Raqqa", "Hama" and "Basra" are the cities before the
// governorates, as reports mean them ("near Raqqa"); "Raqqa province"
// is a name of its own.
func (g *Gazetteer) seatsFirst(ents []int32, ranks []float64) {
	for a, d := range ents {
		if d < 0 {
			continue
		}
		if f := g.entries[d].feature; !isAdmin1(f) && !isAdmin2(f) {
			continue
		}
		for b, c := range ents {
			if c < 0 || ranks[b] > ranks[a] {
				continue
			}
			switch g.entries[c].feature {
			case "P.PPLA", "P.PPLC", "P.PPLA2":
				if g.contains(d, c) && sameName(g.entries[c].name, names.Base(g.entries[d].name)) {
					ranks[b] = ranks[a] + 0.01
				}
			}
		}
	}
}

func (g *Gazetteer) places(hits []hit) []tally.Place {
	if len(hits) == 0 {
		return nil
	}
	out := make([]tally.Place, len(hits))
	for k, h := range hits {
		out[k] = g.place(h.entry)
	}
	return out
}

// resolveEntry finds the stored entry of p, by ID or else by its fields.
func (g *Gazetteer) resolveEntry(p tally.Place) (entry, bool) {
	if i, ok := g.lookupID(p.ID); ok {
		return g.entries[i], true
	}
	if p.Name == "" && p.Country == "" {
		return entry{}, false
	}
	return entry{id: p.ID, name: p.Name, alts: strings.Join(p.AltNames, "|"), feature: p.Feature, cc: strings.ToUpper(p.Country),
		admin1: p.Admin1, admin2: p.Admin2}, true
}

// Contains reports whether the division outer contains inner: a country
// its divisions and places, a first-order division (state, province,
// governorate) its second-order divisions and places, a second-order
// division (county, district) its places. Iraq contains Baghdad; Diyala
// contains Camp Ashraf; Indiana contains Howard County and Kokomo. A
// place contains nothing, not even itself.
func (g *Gazetteer) Contains(outer, inner tally.Place) bool {
	o, ok1 := g.resolveEntry(outer)
	in, ok2 := g.resolveEntry(inner)
	if !ok1 || !ok2 || o.cc == "" || o.cc != in.cc || (o.id != "" && o.id == in.id) {
		return false
	}
	switch {
	case isCountry(o.feature):
		return !isCountry(in.feature)
	case isAdmin1(o.feature):
		if isAdmin1(in.feature) || isCountry(in.feature) || in.admin1 == "" {
			return false
		}
		j, ok := g.admin1[in.cc+"|"+Key(in.admin1)]
		if ok {
			return g.entries[j].id == o.id
		}
		return Key(in.admin1) == Key(o.name)
	case isAdmin2(o.feature):
		if isAdmin1(in.feature) || isAdmin2(in.feature) || isCountry(in.feature) || in.admin2 == "" {
			return false
		}
		return Key(in.admin2) == Key(o.name) && (o.admin1 == "" || in.admin1 == "" || Key(in.admin1) == Key(o.admin1))
	}
	return false
}

// Parent returns the division that contains p at a level: "country",
// "admin1" or "admin2".
func (g *Gazetteer) Parent(p tally.Place, level string) (tally.Place, bool) {
	e, ok := g.resolveEntry(p)
	if !ok || e.cc == "" {
		return tally.Place{}, false
	}
	switch level {
	case "country":
		if isCountry(e.feature) {
			return tally.Place{}, false
		}
		return g.ByID("country:" + e.cc)
	case "admin1":
		if e.admin1 == "" || isAdmin1(e.feature) || isCountry(e.feature) {
			return tally.Place{}, false
		}
		if i, ok := g.admin1[e.cc+"|"+Key(e.admin1)]; ok {
			return g.place(i), true
		}
	case "admin2":
		if e.admin2 == "" || isAdmin2(e.feature) || isAdmin1(e.feature) || isCountry(e.feature) {
			return tally.Place{}, false
		}
		if i, ok := g.admin2[e.cc+"|"+Key(e.admin1)+"|"+Key(e.admin2)]; ok {
			return g.place(i), true
		}
	}
	return tally.Place{}, false
}

// admin1Of returns the index of the first-order division entry i lies in,
// or -1.
func (g *Gazetteer) admin1Of(i int32) int32 {
	e := &g.entries[i]
	switch {
	case isAdmin1(e.feature):
		return i
	case e.up1 > 0:
		return e.up1 - 1
	case e.admin1 == "":
		return -1
	}
	if j, ok := g.admin1[e.cc+"|"+Key(e.admin1)]; ok {
		return j
	}
	return -1
}

// contains is Contains on entry indexes.
func (g *Gazetteer) contains(outer, inner int32) bool {
	if outer == inner {
		return false
	}
	o, in := &g.entries[outer], &g.entries[inner]
	if o.cc != in.cc || o.cc == "" {
		return false
	}
	switch {
	case isCountry(o.feature):
		return !isCountry(in.feature)
	case isAdmin1(o.feature):
		return !isAdmin1(in.feature) && !isCountry(in.feature) && g.admin1Of(inner) == outer
	case isAdmin2(o.feature):
		if isAdmin1(in.feature) || isAdmin2(in.feature) || isCountry(in.feature) || in.admin2 == "" {
			return false
		}
		if in.up2 > 0 {
			return in.up2-1 == outer
		}
		return Key(in.admin2) == Key(o.name) && g.admin1Of(inner) == g.admin1Of(outer)
	}
	return false
}

func slug(s string) string {
	k := Key(s)
	return strings.ReplaceAll(k, " ", "-")
}
