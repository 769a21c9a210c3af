package bench

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"tally"
	"tally/gen"
	"tally/link"
)

// linkRun is one timed linking of synthetic mentions.
type linkRun struct {
	N         int     `json:"n"`
	Seconds   float64 `json:"seconds"`
	Incidents int     `json:"incidents"`
	// HeapMB is the peak Go heap while linking, sampled every 5 ms,
	// inputs included; RSSMB the process's peak resident set, when known.
	HeapMB float64 `json:"heap_mb"`
	RSSMB  float64 `json:"rss_mb,omitempty"`
}

// ChildSpec is the argument a child process gets to link n mentions.
func ChildSpec(n int, seed int64) string { return fmt.Sprintf("link:%d:%d", n, seed) }

// Child runs the measurement a spec names and writes it as JSON: it is
// the body of the child process Options.Self starts.
func Child(spec string, w io.Writer) error {
	kind, rest, _ := strings.Cut(spec, ":")
	ns, seeds, _ := strings.Cut(rest, ":")
	n, err1 := strconv.Atoi(ns)
	seed, err2 := strconv.ParseInt(seeds, 10, 64)
	if kind != "link" || err1 != nil || err2 != nil {
		return fmt.Errorf("bench: unknown child spec %q", spec)
	}
	ms, _, err := mentions(seed, n)
	if err != nil {
		return err
	}
	run := timeLink(ms)
	if kb := procField("/proc/self/status", "VmHWM"); kb != "" {
		// The high-water mark of this process's own memory. (getrusage
		// would not do: Linux carries the parent's peak over exec.)
		if n, err := strconv.ParseFloat(strings.Fields(kb)[0], 64); err == nil {
			run.RSSMB = round(n/1024, 1)
		}
	}
	return json.NewEncoder(w).Encode(run)
}

// mentions generates n synthetic mentions and the incident each is of.
func mentions(seed int64, n int) ([]tally.Mention, []string, error) {
	ms := make([]tally.Mention, 0, n)
	truth := make([]string, 0, n)
	err := gen.Config{Seed: seed}.Mentions(n, func(m tally.Mention, inc string) error {
		ms = append(ms, m)
		truth = append(truth, inc)
		return nil
	})
	return ms, truth, err
}

// timeLink links ms once, sampling the heap meanwhile.
func timeLink(ms []tally.Mention) linkRun {
	runtime.GC()
	stop := sampleHeap()
	start := time.Now()
	incs := link.Incidents(ms, link.DefaultOptions)
	el := time.Since(start)
	peak := stop()
	runtime.KeepAlive(ms)
	return linkRun{N: len(ms), Seconds: round(el.Seconds(), 3), Incidents: len(incs), HeapMB: round(mb(int64(peak)), 1)}
}

// sampleHeap samples the bytes of live and not yet swept heap objects
// every 5 ms until the returned function is called, which gives the peak.
func sampleHeap() func() uint64 {
	const name = "/memory/classes/heap/objects:bytes"
	sample := []metrics.Sample{{Name: name}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	var mu sync.Mutex
	peak := read()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				v := read()
				mu.Lock()
				peak = max(peak, v)
				mu.Unlock()
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return max(peak, read())
	}
}

// measureLink links n mentions in a child process when it can, so that
// the peak resident memory is the operating system's figure for a process
// that does nothing else, else here.
func (r *runner) measureLink(ctx context.Context, n int) (linkRun, error) {
	if len(r.opt.Self) == 0 {
		ms, _, err := mentions(r.opt.Seed, n)
		if err != nil {
			return linkRun{}, err
		}
		r.res.MemoryMethod = "peak Go heap sampled every 5 ms in-process (inputs included); no child process"
		return timeLink(ms), nil
	}
	args := append(append([]string{}, r.opt.Self[1:]...), ChildSpec(n, r.opt.Seed))
	cmd := exec.CommandContext(ctx, r.opt.Self[0], args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return linkRun{}, fmt.Errorf("child %v: %v: %s", args, err, strings.TrimSpace(errb.String()))
	}
	var run linkRun
	if err := json.Unmarshal(out.Bytes(), &run); err != nil {
		return linkRun{}, fmt.Errorf("child output %q: %v", out.String(), err)
	}
	if run.RSSMB > 0 {
		r.res.MemoryMethod = "peak RSS (VmHWM) of a child process that generates the mentions and links them"
	} else {
		r.res.MemoryMethod = "peak Go heap sampled every 5 ms in a child process (inputs included)"
	}
	return run, nil
}

// mem is the figure a run reports for memory: RSS when known.
func (l linkRun) mem() float64 {
	if l.RSSMB > 0 {
		return l.RSSMB
	}
	return l.HeapMB
}

func (r *runner) linking(ctx context.Context) error {
	ns := []int{10_000, 100_000}
	if r.sz.oneMillion {
		ns = append(ns, 1_000_000)
	}
	for _, n := range ns {
		// The median of three runs below 1M: other processes share the
		// machine, and a short run is easily disturbed.
		var runs []linkRun
		for range map[bool]int{true: 1, false: 3}[n >= 1_000_000] {
			run, err := r.measureLink(ctx, n)
			if err != nil {
				return err
			}
			runs = append(runs, run)
		}
		slices.SortFunc(runs, func(a, b linkRun) int { return cmp.Compare(a.Seconds, b.Seconds) })
		run := runs[len(runs)/2]
		r.logf("  %d mentions: %.2f s, %.0f MB, %d incidents", n, run.Seconds, run.mem(), run.Incidents)
		switch n {
		case 10_000:
			r.res.Link10kS, r.res.Link10kMB = run.Seconds, run.mem()
		case 100_000:
			r.res.Link100kS, r.res.Link100kMB, r.res.Link100kHeapMB = run.Seconds, run.mem(), run.HeapMB
		default:
			r.res.Link1MS, r.res.Link1MMB, r.res.Link1MHeapMB = run.Seconds, run.mem(), run.HeapMB
			r.res.LinkGrowth = round(run.Seconds/r.res.Link100kS, 2)
		}
	}
	// Quality against the generator's truth, at 10k.
	ms, truth, err := mentions(r.opt.Seed, 10_000)
	if err != nil {
		return err
	}
	pr := pairQuality(link.Incidents(ms, link.DefaultOptions), ms, truth)
	r.res.LinkPairPrecision, r.res.LinkPairRecall = pr.Precision, pr.Recall
	return nil
}

// pairQuality scores incidents as sets of pairs of mentions against the
// generator's incidents.
func pairQuality(incs []*tally.Incident, ms []tally.Mention, truth []string) PR {
	of := make(map[string]string, len(ms))
	for i, m := range ms {
		of[m.ID] = truth[i]
	}
	var both, sys int
	for _, inc := range incs {
		n := len(inc.Mentions)
		sys += n * (n - 1) / 2
		count := map[string]int{}
		for _, id := range inc.Mentions {
			count[of[id]]++
		}
		for _, c := range count {
			both += c * (c - 1) / 2
		}
	}
	count := map[string]int{}
	for _, t := range truth {
		count[t]++
	}
	gold := 0
	for _, c := range count {
		gold += c * (c - 1) / 2
	}
	var pr PR
	if sys > 0 {
		pr.Precision = round(float64(both)/float64(sys), 3)
	}
	if gold > 0 {
		pr.Recall = round(float64(both)/float64(gold), 3)
	}
	return pr
}

// naive times the all-pairs baseline against tally's linker on the same
// mentions.
func (r *runner) naive(ctx context.Context) error {
	n := r.sz.naiveN
	ms, _, err := mentions(r.opt.Seed, n)
	if err != nil {
		return err
	}
	t := perCore(0, func() { naiveIncidents(ms) })
	tt := perCore(200*time.Millisecond, func() { link.Incidents(ms, link.DefaultOptions) })
	r.res.NaiveLinkN = n
	r.res.NaiveLinkS = round(t.Seconds(), 3)
	r.res.TallyLinkSameS = round(tt.Seconds(), 4)
	r.res.NaiveLinkRatio = round(t.Seconds()/tt.Seconds(), 1)
	return nil
}
