package actors

import (
	"tally"
)

// titles are words that come before a person's name but are not part of
// it; token-subset lookups ignore them ("President Assad" is Assad).
var titles = map[string]bool{
	"president": true, "prime": true, "minister": true, "pm": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "gen": true, "general": true,
	"ayatollah": true, "sheikh": true, "shaikh": true, "sheik": true,
	"imam": true, "commander": true, "leader": true, "supreme": true,
	"sayyed": true, "sayyid": true, "seyed": true, "king": true, "emir": true,
	"col": true, "colonel": true, "lt": true, "maj": true, "major": true,
	"former": true, "late": true, "chief": true,
}

// Lookup returns the actor a name refers to, such as a speaker the
// extractor found ("Iraqi officials", "the NCRI", "Nuri al-Maliki"). It
// tries, in order:
//
//  1. an exact alias: the whole name, folded, with a leading "the"
//     dropped; acronyms must still be in capitals ("is" is not IS), but
//     case is otherwise free;
//  2. the skeleton key (see Key): the same words up to transliteration,
//     also requiring the same number of vowel groups per word so that
//     Suleiman is not Soleimani;
//  3. a token subset, for people only: every word of the name, titles
//     aside, is a word of one person's alias ("Maliki", "President Assad").
//
// Steps 2 and 3 answer only when one actor fits.
func (t *Table) Lookup(name string) (tally.Actor, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	toks, arena := scan(name, nil, nil)
	w := walker{t: t, text: name, toks: toks, arena: arena}
	whole := func(from int) (tally.Actor, bool) {
		first, last := -1, -1
		for i := from; i < len(toks); i++ {
			if toks[i].flags&tParticle == 0 {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			return tally.Actor{}, false
		}
		for _, fuzzy := range []bool{false, true} {
			w.fuzzy = fuzzy
			if l, ai := w.from(first); ai >= 0 && l == last {
				return t.entries[t.aliases[ai].actor].view(), true
			}
		}
		return tally.Actor{}, false
	}

	// 1 and 2a: the trie, exact words then skeletons; with a leading "the"
	// ("The Guardian") and then without it ("the NCRI").
	if a, ok := whole(0); ok {
		return a, true
	}
	if len(toks) > 0 && toks[0].flags&tThe != 0 {
		toks = toks[1:]
		w.toks = toks
		if a, ok := whole(0); ok {
			return a, true
		}
	}
	first, last := -1, -1
	for i, k := range toks {
		if k.flags&tParticle == 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return tally.Actor{}, false
	}

	// 2b: whole-name signature, which also covers names too short to be
	// matched by skeleton in running text.
	var sig []byte
	var words []string
	for _, k := range toks[first : last+1] {
		if k.flags&tParticle != 0 {
			continue
		}
		if len(sig) > 0 {
			sig = append(sig, ' ')
		}
		start := len(sig)
		key := arena[k.ko : k.ko+k.kn]
		sig = appendSig(sig, key)
		if !titles[string(key)] {
			words = append(words, string(sig[start:]))
		}
	}
	if ix := t.sigs[string(sig)]; len(ix) == 1 {
		return t.entries[ix[0]].view(), true
	}

	// 3: token subset over people's aliases.
	if len(words) == 0 {
		return tally.Actor{}, false
	}
	found := int32(-1)
	for _, ws := range t.words {
		if t.entries[ws.actor].actor.Kind != tally.ActorPerson || !subset(words, ws.sigs) {
			continue
		}
		if found >= 0 && found != ws.actor {
			return tally.Actor{}, false
		}
		found = ws.actor
	}
	if found < 0 {
		return tally.Actor{}, false
	}
	return t.entries[found].view(), true
}

func subset(words, of []string) bool {
	for _, w := range words {
		ok := false
		for _, o := range of {
			if w == o {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
