package link

// This file holds the linking benchmarks and a check that the optimised
// candidate-pair enumeration finds the pairs of every block.

import (
	"cmp"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

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
