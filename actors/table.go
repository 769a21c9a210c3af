package actors

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"tally"
)

// maxTokens bounds the words of one alias. The longest real names ("United
// Nations Office for the Coordination of Humanitarian Affairs") have ten.
const maxTokens = 16

// mode is how a word of an alias must be written in a text to match. It is
// read from the alias as written, so the data file needs no flags:
//
//   - modeAny: the alias word is lower case ("police", "troops"), so any
//     case matches ("Police said", "POLICE").
//   - modeCap: the alias word is capitalised ("Amnesty", "Iraqi"), so the
//     text word must start with a capital ("AMNESTY" matches, "amnesty",
//     the common noun, does not).
//   - modeExact: the alias word has more than one capital ("UN", "ISIS",
//     "MeK"), so the text must have the same letters in the same case: "is"
//     is never IS and "Let" is never LeT.
type mode uint8

const (
	modeAny mode = iota
	modeCap
	modeExact
)

// alias is one spelling of an actor, as the matcher needs it.
type alias struct {
	text  string // as written
	actor int32
	modes []mode   // per word
	cased []string // per word: the letters as written, for modeExact words; nil if none
	// the is set for aliases written "the army": the word "the" must come
	// first in the text, though the trie does not hold it, so that "the
	// government of Iraq" can still be read as one longer name.
	the bool
	// short is set for one- and two-letter acronyms (IS, UN, AP), which are
	// not trusted inside a run of capitals ("WHAT IS IT").
	short bool
	// lone is set for one-word capitalised names of organisations, outlets
	// and foreign bodies (Amnesty, Reuters). They are not taken when another
	// capitalised word follows, since that is likely a longer name the table
	// does not know: "Amnesty Smith" is a person.
	lone bool
}

// node is a trie node over word keys. Keys are folded words ("qods") or
// signatures ("~kds1") for transliteration-tolerant matching.
type node struct {
	next     map[string]*node
	ends     []int32 // aliases that end here, in the order they were added
	hasFuzzy bool    // some key of next is a signature
}

func (n *node) child(k []byte) *node {
	if c := n.next[string(k)]; c != nil {
		return c
	}
	if n.next == nil {
		n.next = make(map[string]*node, 2)
	}
	c := &node{}
	n.next[string(k)] = c
	if k[0] == '~' {
		n.hasFuzzy = true
	}
	return c
}

// entry is one actor and what the table knows about it besides.
type entry struct {
	actor  tally.Actor
	parent string
}

// wordSigs is the word signatures of one alias, for token-subset lookups.
type wordSigs struct {
	actor int32
	sigs  []string
}

// Table is an actor alias table: every actor with all its spellings, and a
// matcher that finds them in text. A Table is safe for concurrent use; the
// usual pattern is to load it once and then read it from many goroutines.
type Table struct {
	mu      sync.RWMutex
	entries []*entry
	byID    map[string]int32
	aliases []alias
	root    node
	// first is a Bloom-style filter over the keys of root.next: most words
	// of a text start no name, and one bit test is cheaper than a probe of
	// a map with thousands of keys.
	first [1 << 16 / 64]uint64
	sigs  map[string][]int32 // whole-name signature → actors (Lookup)
	words []wordSigs         // word signatures of aliases (Lookup)

	// Buffers reused while adding aliases, under mu.
	bufToks  []tok
	bufArena []byte
	modeSlab []mode
}

// New returns an empty table. Most callers want Default, or Builtin when
// they will add their own entries.
func New() *Table {
	return &Table{byID: map[string]int32{}, sigs: map[string][]int32{}}
}

// Add adds an actor, or merges it into the actor with the same ID: its
// aliases are added and its non-empty fields replace the old ones. The
// name is matched like an alias. An empty ID is made from the name. Added
// names are matched exactly and, for non-generic names, by consonant
// skeleton; see Key.
func (t *Table) Add(a tally.Actor) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.add(a, "", false)
}

// add adds or merges an actor. Generated aliases (the per-country state
// forces) are matched exactly only: they are plain English words and the
// skeleton would only add false matches.
func (t *Table) add(a tally.Actor, parent string, generated bool) int32 {
	id := a.ID
	if id == "" {
		id = slug(a.Name)
	}
	if id == "" {
		return -1
	}
	ix, ok := t.byID[id]
	var e *entry
	if ok {
		e = t.entries[ix]
		if a.Name != "" && a.Name != e.actor.Name {
			old := e.actor.Name
			e.actor.Name = a.Name
			if old != "" {
				e.actor.Aliases = append(e.actor.Aliases, old)
			}
			e.actor.Aliases = removeString(e.actor.Aliases, a.Name)
		}
		if a.Kind != "" {
			e.actor.Kind = a.Kind
		}
		if a.Country != "" {
			e.actor.Country = a.Country
		}
		if a.Source != "" {
			e.actor.Source = a.Source
		}
		if a.Origin != "" {
			e.actor.Origin = a.Origin
		}
		if parent != "" {
			e.parent = parent
		}
	} else {
		ix = int32(len(t.entries))
		e = &entry{actor: a, parent: parent}
		e.actor.ID = id
		e.actor.Aliases = nil
		t.entries = append(t.entries, e)
		t.byID[id] = ix
	}
	if a.Name != "" {
		t.addAlias(ix, a.Name, generated)
	}
	for _, s := range a.Aliases {
		t.addAlias(ix, s, generated)
	}
	return ix
}

func removeString(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// addAlias indexes one spelling of actor ix.
func (t *Table) addAlias(ix int32, text string, generated bool) {
	e := t.entries[ix]
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	t.bufToks, t.bufArena = scan(text, t.bufToks[:0], t.bufArena[:0])
	toks, arena := t.bufToks, t.bufArena
	the := false
	if len(toks) > 1 && text[toks[0].start:toks[0].end] == "the" {
		the = true
		toks = toks[1:]
	}
	// Drop particles in place (toks is our own buffer), unless that
	// leaves nothing.
	keep := toks[:0]
	particles := 0
	for _, k := range toks {
		if k.flags&tParticle != 0 {
			particles++
		}
	}
	if particles < len(toks) {
		for _, k := range toks {
			if k.flags&tParticle == 0 {
				keep = append(keep, k)
			}
		}
	} else {
		keep = toks
	}
	if len(keep) == 0 || len(keep) > maxTokens {
		return
	}

	var modes [maxTokens]mode
	var cased []string
	for i, k := range keep {
		m, c := wordMode(text[k.start:k.end])
		modes[i] = m
		if m == modeExact {
			if cased == nil {
				cased = make([]string, len(keep))
			}
			cased[i] = c
		}
	}
	keyOf := func(k tok) []byte { return arena[k.ko : k.ko+k.kn] }
	n := &t.root
	for _, k := range keep {
		n = n.child(keyOf(k))
	}
	// The same spelling up to case and punctuation ("Qod's Force", "Qods
	// Force") is listed but not indexed twice.
	for _, ai := range n.ends {
		if a := &t.aliases[ai]; a.actor == ix && a.the == the && equalModes(a.modes, modes[:len(keep)]) && equalStrings(a.cased, cased) {
			if a.text != text && !e.hasAlias(text) {
				e.actor.Aliases = append(e.actor.Aliases, text)
			}
			return
		}
	}
	if text != e.actor.Name {
		e.actor.Aliases = append(e.actor.Aliases, text)
	}
	t.markFirst(keyOf(keep[0]))

	ms := len(t.modeSlab)
	t.modeSlab = append(t.modeSlab, modes[:len(keep)]...)
	al := alias{text: text, actor: ix, the: the, modes: t.modeSlab[ms:len(t.modeSlab):len(t.modeSlab)], cased: cased}
	al.short = len(keep) == 1 && al.modes[0] == modeExact && keep[0].letters <= 2
	switch e.actor.Kind {
	case tally.ActorOrg, tally.ActorMedia, tally.ActorExternal:
		al.lone = len(keep) == 1 && al.modes[0] == modeCap
	}
	ai := int32(len(t.aliases))
	t.aliases = append(t.aliases, al)
	n.ends = append(n.ends, ai)
	if generated {
		return
	}

	// The skeleton path: capitalised words by signature, others as written.
	if fuzzyEligible(keep, al.modes, arena, e.actor.Kind) {
		n = &t.root
		for i, k := range keep {
			key := keyOf(k)
			if al.modes[i] == modeCap && skeletonLen(key) >= 2 {
				key = appendSig(nil, key)
			}
			if i == 0 {
				t.markFirst(key)
			}
			n = n.child(key)
		}
		n.ends = append(n.ends, ai)
	}

	// Whole-name signatures and word signatures, for Lookup.
	var sig []byte
	caps, exact, skel := 0, false, 0
	ws := wordSigs{actor: ix}
	for i, k := range keep {
		switch al.modes[i] {
		case modeCap:
			caps++
		case modeExact:
			exact = true
		}
		skel += skeletonLen(keyOf(k))
		if len(sig) > 0 {
			sig = append(sig, ' ')
		}
		start := len(sig)
		sig = appendSig(sig, keyOf(k))
		ws.sigs = append(ws.sigs, string(sig[start:]))
	}
	if caps > 0 && !exact && skel >= 3 {
		s := string(sig)
		t.sigs[s] = appendUnique(t.sigs[s], ix)
	}
	t.words = append(t.words, ws)
}

// sketch hashes a key for the filter Table.first, from its length and a
// few of its bytes: it is computed for every word of a text.
func sketch(k []byte) uint32 {
	n := len(k)
	h := uint32(n)*0x9e3779b1 ^ uint32(k[0])*0x85ebca77 ^ uint32(k[n-1])*0xc2b2ae3d ^ uint32(k[n/2])*0x27d4eb2f
	if n > 2 {
		h ^= uint32(k[1]) * 0x165667b1
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

func (t *Table) markFirst(k []byte) {
	h := sketch(k)
	t.first[h>>6] |= 1 << (h & 63)
}

func (t *Table) mayStart(k []byte) bool {
	h := sketch(k)
	return t.first[h>>6]&(1<<(h&63)) != 0
}

func equalModes(a, b []mode) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// hasAlias reports whether s is the actor's name or one of its aliases. It
// runs only for spellings that fold to an alias already indexed, so its
// linear scan is rare.
func (e *entry) hasAlias(s string) bool {
	if s == e.actor.Name {
		return true
	}
	for _, a := range e.actor.Aliases {
		if a == s {
			return true
		}
	}
	return false
}

func appendUnique(list []int32, ix int32) []int32 {
	for _, x := range list {
		if x == ix {
			return list
		}
	}
	return append(list, ix)
}

// fuzzyKinds are the kinds whose one-word names are matched by skeleton in
// running text: their names are transliterated (Hezbollah, Hizballah).
// One-word names of media and organisations are English words or brands,
// where a skeleton match is more likely another word ("Routers").
var fuzzyKinds = map[tally.ActorKind]bool{
	tally.ActorRebel: true, tally.ActorMilitia: true, tally.ActorGroup: true,
	tally.ActorPerson: true, tally.ActorState: true,
}

// fuzzyEligible decides whether an alias is also matched by skeleton in
// running text. A one-word alias needs a skeleton of four or more letters,
// since short skeletons collide with English words (Hamas and "Homes" are
// both h-m-s with two vowel groups).
func fuzzyEligible(keep []tok, modes []mode, arena []byte, kind tally.ActorKind) bool {
	capSkel := 0
	for i, k := range keep {
		if modes[i] == modeCap {
			capSkel += skeletonLen(arena[k.ko : k.ko+k.kn])
		}
	}
	if capSkel == 0 {
		return false
	}
	if len(keep) == 1 {
		return capSkel >= 4 && fuzzyKinds[kind]
	}
	return capSkel >= 4
}

// wordMode reads the matching mode of one word of an alias, and its letters
// as written (without apostrophes and dots) for modeExact.
func wordMode(w string) (mode, string) {
	var b strings.Builder
	upper, first := 0, true
	firstUpper := false
	for _, r := range w {
		if r == '.' || isApos(r) {
			continue
		}
		b.WriteRune(r)
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			upper++
			if first {
				firstUpper = true
			}
		}
		first = false
	}
	switch {
	case upper == 0:
		return modeAny, ""
	case upper == 1 && firstUpper:
		return modeCap, ""
	}
	return modeExact, b.String()
}

// casedEqual reports whether a word of a text, without its apostrophes and
// dots, is want.
func casedEqual(w, want string) bool {
	j := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			i++
			if c == '.' || c == '\'' || c == '`' {
				continue
			}
			if j >= len(want) || want[j] != c {
				return false
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if isApos(r) {
			continue
		}
		wr, wsize := utf8.DecodeRuneInString(want[j:])
		if j >= len(want) || wr != r {
			return false
		}
		j += wsize
	}
	return j == len(want)
}

// slug makes an ID from a name: "Quds Force" → "quds-force".
func slug(name string) string {
	var b []byte
	dash := false
	for _, r := range name {
		switch {
		case r < utf8.RuneSelf && isWordByte(byte(r)):
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case isApos(r):
		case isWordRune(r):
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = appendFold(b, r)
		default:
			dash = true
		}
	}
	return string(b)
}

// view returns a copy of an actor that callers may keep: its alias list is
// capped so that appending to it never writes into the table's own list.
func (e *entry) view() tally.Actor {
	a := e.actor
	a.Aliases = a.Aliases[:len(a.Aliases):len(a.Aliases)]
	return a
}

// Actor returns the actor with an ID.
func (t *Table) Actor(id string) (tally.Actor, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	ix, ok := t.byID[id]
	if !ok {
		return tally.Actor{}, false
	}
	return t.entries[ix].view(), true
}

// Parent returns the actor that the actor with an ID is part of (the IRGC
// for the Quds Force, al-Qaeda for AQAP), for callers that compare actors
// at the level of the larger body. It reports false when there is none.
func (t *Table) Parent(id string) (tally.Actor, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	ix, ok := t.byID[id]
	if !ok || t.entries[ix].parent == "" {
		return tally.Actor{}, false
	}
	p, ok := t.byID[t.entries[ix].parent]
	if !ok {
		return tally.Actor{}, false
	}
	return t.entries[p].view(), true
}

// Actors returns every actor, in the order they were first added.
func (t *Table) Actors() []tally.Actor {
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make([]tally.Actor, len(t.entries))
	for i, e := range t.entries {
		out[i] = e.view()
	}
	return out
}

// Len reports the number of actors.
func (t *Table) Len() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.entries)
}
