package bench

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"tally"
)

// naiveIncidents is the all-pairs baseline for linking: the way one
// writes a linker first. Every pair of mentions is scored, on every core,
// with the features tally's linker uses (date windows, place and its
// divisions, event type, actors, figures, keywords), held in maps; pairs
// over the threshold are merged best first, never two mentions of one
// report together. It is correct and quadratic.
func naiveIncidents(ms []tally.Mention) [][]int {
	fs := make([]naiveFeatures, len(ms))
	for i := range ms {
		fs[i] = naiveFeaturesOf(&ms[i])
	}
	workers := runtime.GOMAXPROCS(0)
	found := make([][]naivePair, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(fs); i += workers {
				for j := i + 1; j < len(fs); j++ {
					if s, ok := naiveScore(&fs[i], &fs[j]); ok && s >= 1.5 {
						found[w] = append(found[w], naivePair{i, j, s})
					}
				}
			}
		}()
	}
	wg.Wait()
	var pairs []naivePair
	for _, f := range found {
		pairs = append(pairs, f...)
	}
	slices.SortFunc(pairs, func(x, y naivePair) int {
		if c := cmp.Compare(y.s, x.s); c != 0 {
			return c
		}
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	parent := make([]int, len(fs))
	docs := make([]map[string]bool, len(fs))
	for i := range parent {
		parent[i] = i
		docs[i] = map[string]bool{ms[i].Document: true}
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for _, p := range pairs {
		a, b := find(p.a), find(p.b)
		if a == b {
			continue
		}
		clash := false
		for d := range docs[b] {
			if docs[a][d] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		parent[b] = a
		for d := range docs[b] {
			docs[a][d] = true
		}
	}
	groups := map[int][]int{}
	for i := range fs {
		groups[find(i)] = append(groups[find(i)], i)
	}
	out := make([][]int, 0, len(groups))
	for _, g := range groups {
		out = append(out, g)
	}
	return out
}

type naivePair struct {
	a, b int
	s    float64
}

type naiveFeatures struct {
	doc      string
	lo, hi   int
	dated    bool
	precise  bool
	place    *tally.Place
	typ      tally.EventType
	killed   int
	actors   map[string]bool
	keywords map[string]bool
}

func naiveFeaturesOf(m *tally.Mention) naiveFeatures {
	f := naiveFeatures{doc: m.Document, typ: m.Type, killed: -1, actors: map[string]bool{}, keywords: map[string]bool{}}
	if d := m.Time.Date; !d.IsZero() {
		f.lo, f.hi, f.dated = int(d.First().Unix()/86400), int(d.Last().Unix()/86400), true
		if m.Time.Basis == tally.BasisDefault {
			f.lo -= 45
		}
		f.precise = d.Precision() == tally.PrecisionDay && m.Time.Basis != tally.BasisDefault
	}
	if m.Place != nil {
		f.place = &m.Place.Place
	}
	for _, c := range m.Claims {
		if c.Field == tally.FieldKilled && c.Low != nil && !c.Subset && !c.Vague {
			f.killed = max(f.killed, *c.Low)
		}
	}
	for _, a := range append(append([]tally.ActorRef{}, m.Perpetrators...), m.Victims...) {
		f.actors[a.Actor.ID] = true
	}
	for _, k := range m.Keywords {
		f.keywords[k] = true
	}
	return f
}

func naiveScore(a, b *naiveFeatures) (float64, bool) {
	if a.doc == b.doc {
		return 0, false
	}
	s := 0.0
	switch {
	case a.dated && b.dated:
		if a.lo > b.hi+1 || b.lo > a.hi+1 {
			return 0, false
		}
		if a.precise && b.precise && a.lo == b.lo {
			s += 1
		} else {
			s += 0.5
		}
	case a.dated || b.dated:
		s += 0.4
	default:
		s += 0.2
	}
	switch {
	case a.place == nil || b.place == nil:
		s += 0.3
	case a.place.ID == b.place.ID:
		s += 1
	case a.place.Country != b.place.Country:
		return 0, false
	case strings.EqualFold(a.place.Admin1, b.place.Admin1) || strings.EqualFold(a.place.Name, b.place.Admin1) || strings.EqualFold(a.place.Admin1, b.place.Name):
		s += 0.3
	default:
		return 0, false
	}
	if a.typ != "" && a.typ == b.typ {
		s += 0.1
	}
	shared := 0
	for k := range a.actors {
		if b.actors[k] {
			shared++
		}
	}
	s += 0.1 * float64(min(shared, 2))
	if a.killed >= 0 && b.killed >= 0 {
		if a.killed == b.killed {
			s += 0.2
		} else if max(a.killed, b.killed) > 4*min(a.killed, b.killed) {
			s -= 0.4
		}
	}
	if len(a.keywords) > 0 && len(b.keywords) > 0 {
		inter := 0
		for k := range a.keywords {
			if b.keywords[k] {
				inter++
			}
		}
		s += 0.6*float64(inter)/float64(len(a.keywords)+len(b.keywords)-inter) + 0.15*float64(min(inter, 2))
	}
	return s, true
}
