package actors

import (
	"strings"
	"sync"
	"unicode/utf8"

	"tally"
)

// Match is one mention of an actor in a text.
type Match struct {
	Span  tally.Span  // byte offsets into the text given to Find
	Actor tally.Actor // the actor; its Aliases must not be modified
	Name  string      // the mention as written: text[Span.Start:Span.End]
}

// scratch holds the buffers of one Find call, pooled so that scanning a
// document does not allocate per word.
type scratch struct {
	toks  []tok
	arena []byte
	hits  []hit
}

// hit is a match before it is turned into a Match, so that the result is
// allocated once at its final size.
type hit struct {
	span  tally.Span
	alias int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Find returns every actor mention in text, in text order, without
// overlaps. At each word it takes the longest name that starts there
// (leftmost-longest), so "Iraqi security forces" is one mention rather
// than "security forces", and "Free Syrian Army" is not the Syrian army.
// A particle before a name is part of the mention ("al-Qaeda"), and so is
// "the" for the generic names written with it ("the army"); a possessive
// after it is not ("Maliki’s" gives "Maliki").
//
// Words match by folded spelling, or for names with capitals by
// consonant skeleton (Mojahedin for Mujahedeen), with the case rules of
// the alias as written: acronyms only in the same case, capitalised names
// only capitalised, lower-case names in any case. A name never spans a
// comma, full stop, bracket or blank line.
func (t *Table) Find(text string) []Match {
	t.mu.RLock()
	defer t.mu.RUnlock()
	s := scratchPool.Get().(*scratch)
	s.toks, s.arena = scan(text, s.toks[:0], s.arena[:0])
	w := walker{t: t, text: text, toks: s.toks, arena: s.arena, strict: true, fuzzy: true}
	hits := s.hits[:0]
	for i := 0; i < len(w.toks); {
		if w.toks[i].flags&tParticle != 0 {
			i++
			continue
		}
		last, ai := w.from(i)
		if ai < 0 {
			i++
			continue
		}
		k := i
		for k > 0 && w.toks[k].flags&tJoin != 0 && w.toks[k-1].flags&tParticle != 0 {
			k--
		}
		if t.aliases[ai].the && k == i {
			k = i - 1 // accept checked it is "the"
		}
		span := tally.Span{Start: w.toks[k].start, End: w.toks[last].end}
		if w.bestStem {
			span.End = possessiveStart(text, span.End) // "Maliki’s" → "Maliki"
		}
		if span.End < len(text) && text[span.End] == ')' &&
			strings.Count(text[span.Start:span.End], "(") > strings.Count(text[span.Start:span.End], ")") {
			span.End++ // "CPI (Maoist)": close the bracket the name opened
		}
		hits = append(hits, hit{span, ai})
		i = last + 1
	}
	var out []Match
	if len(hits) > 0 {
		out = make([]Match, len(hits))
		for i, h := range hits {
			out[i] = Match{
				Span:  h.span,
				Actor: t.entries[t.aliases[h.alias].actor].view(),
				Name:  text[h.span.Start:h.span.End],
			}
		}
	}
	s.toks, s.arena, s.hits = w.toks, w.arena, hits
	scratchPool.Put(s)
	return out
}

// possessiveStart returns the offset of the apostrophe of the 's that
// ends at end.
func possessiveStart(text string, end int) int {
	end-- // the s
	_, size := utf8.DecodeLastRuneInString(text[:end])
	return end - size
}

// walker finds the longest alias that starts at a word.
type walker struct {
	t     *Table
	text  string
	toks  []tok
	arena []byte
	// strict applies the case rules, "the" and gaps as Find needs them;
	// Lookup relaxes them, since it is given a name, not running text.
	strict bool
	fuzzy  bool // also follow skeleton keys

	path      [maxTokens]int
	stem      [maxTokens]bool // the word at this depth matched without its 's
	bestLast  int
	bestAlias int32
	bestFuzzy bool
	bestStem  bool
	sigBuf    []byte
}

// from returns the index of the last word and the alias of the longest
// match starting at word i, or alias -1.
func (w *walker) from(i int) (int, int32) {
	w.bestLast, w.bestAlias, w.bestFuzzy, w.bestStem = -1, -1, false, false
	w.step(&w.t.root, i, 0, false)
	return w.bestLast, w.bestAlias
}

func (w *walker) step(n *node, j, depth int, usedFuzzy bool) {
	if depth > 0 && len(n.ends) > 0 {
		last := w.path[depth-1]
		if last > w.bestLast || last == w.bestLast && w.bestFuzzy && !usedFuzzy {
			if ai := w.accept(n, depth); ai >= 0 {
				w.bestLast, w.bestAlias, w.bestFuzzy = last, ai, usedFuzzy
				w.bestStem = w.stem[depth-1]
			}
		}
	}
	if n.next == nil || depth == maxTokens {
		return
	}
	k := j
	if depth > 0 {
		for {
			if k >= len(w.toks) || w.strict && w.toks[k].flags&tJoin == 0 {
				return
			}
			if w.toks[k].flags&tParticle == 0 {
				break
			}
			k++
		}
	} else if k >= len(w.toks) {
		return
	}
	tk := &w.toks[k]
	key := w.arena[tk.ko : tk.ko+tk.kn]
	root := depth == 0
	if !root || w.t.mayStart(key) {
		if c := n.next[string(key)]; c != nil {
			w.path[depth], w.stem[depth] = k, false
			w.step(c, k+1, depth+1, usedFuzzy)
		}
	}
	poss := tk.flags&tPoss != 0
	if poss && (!root || w.t.mayStart(key[:len(key)-1])) {
		if c := n.next[string(key[:len(key)-1])]; c != nil {
			w.path[depth], w.stem[depth] = k, true
			w.step(c, k+1, depth+1, usedFuzzy)
		}
	}
	if !w.fuzzy || !n.hasFuzzy || w.strict && tk.flags&tUpper == 0 {
		return
	}
	if tk.sn < 0 {
		tk.so = int32(len(w.arena))
		w.arena = appendSig(w.arena, w.arena[tk.ko:tk.ko+tk.kn])
		tk.sn = int32(len(w.arena)) - tk.so
	}
	if sig := w.arena[tk.so : tk.so+tk.sn]; !root || w.t.mayStart(sig) {
		if c := n.next[string(sig)]; c != nil {
			w.path[depth], w.stem[depth] = k, false
			w.step(c, k+1, depth+1, true)
		}
	}
	if poss {
		w.sigBuf = appendSig(w.sigBuf[:0], w.arena[tk.ko:tk.ko+tk.kn-1])
		if c := n.next[string(w.sigBuf)]; c != nil && (!root || w.t.mayStart(w.sigBuf)) {
			w.path[depth], w.stem[depth] = k, true
			w.step(c, k+1, depth+1, true)
		}
	}
}

// accept returns the most recently added alias ending at n whose case
// rules the matched words satisfy, or -1. Later aliases win so that a
// user's file can override the built-in table.
func (w *walker) accept(n *node, depth int) int32 {
	for e := len(n.ends) - 1; e >= 0; e-- {
		ai := n.ends[e]
		if w.check(&w.t.aliases[ai], depth) {
			return ai
		}
	}
	return -1
}

func (w *walker) check(a *alias, depth int) bool {
	if len(a.modes) != depth {
		return false
	}
	for i := 0; i < depth; i++ {
		tk := &w.toks[w.path[i]]
		switch a.modes[i] {
		case modeCap:
			if w.strict && tk.flags&tUpper == 0 {
				return false
			}
		case modeExact:
			if !casedEqual(w.text[tk.start:tk.end], a.cased[i]) {
				return false
			}
		}
	}
	if !w.strict {
		return true
	}
	first := w.path[0]
	if a.the {
		if first == 0 || w.toks[first].flags&tJoin == 0 || w.toks[first-1].flags&tThe == 0 {
			return false
		}
	}
	if a.short && w.shouting(first) {
		return false
	}
	if a.lone && first+1 < len(w.toks) {
		next := w.toks[first+1].flags
		if next&tJoin != 0 && next&tUpper != 0 && next&tAllUpper == 0 {
			return false
		}
	}
	return true
}

// shouting reports whether word i sits between two words in capitals, as
// in a headline: there "IS" and "US" are more likely English words than
// acronyms.
func (w *walker) shouting(i int) bool {
	caps := func(k int) bool {
		t := &w.toks[k]
		return t.flags&tAllUpper != 0 && t.letters >= 2
	}
	return i > 0 && i+1 < len(w.toks) &&
		w.toks[i].flags&tJoin != 0 && w.toks[i+1].flags&tJoin != 0 &&
		caps(i-1) && caps(i+1)
}
