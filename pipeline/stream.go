package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"tally"
	"tally/feed"
	"tally/ingest"
)

// IngestStream ingests reports as next yields them, until it reports no
// more, for sources too large to list first: a tar stream, a generator, a
// queue. It works as Ingest does — parsing and extraction in parallel, one
// writer, each report in its own transaction, a bad report counted and
// passed to Failed — but holds only a few reports at a time, so ingesting
// a million reports needs no more memory than ingesting a hundred.
// Result.Documents stays empty for the same reason. Progress, when set,
// gets 0 as the total, which is not known in advance. Incidents are
// derived once, at the end.
//
// next is called from one goroutine at a time and may reuse nothing it
// returned before: data is kept until its report is parsed.
func (p *Pipeline) IngestStream(ctx context.Context, next func() (name string, data []byte, ok bool)) (Result, error) {
	var res Result
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		idx  int
		name string
		data []byte
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers)
	out := make(chan parsed, workers)
	go func() {
		defer close(jobs)
		for i := 0; ; i++ {
			name, data, ok := next()
			if !ok {
				return
			}
			select {
			case jobs <- job{i, name, data}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out <- p.parseBytes(ctx, j.idx, j.name, j.data)
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	done := 0
	var firstErr error
	for e := range out {
		done++
		for _, r := range e.reports {
			if firstErr != nil {
				break // drain: the readers stop once the context is cancelled
			}
			if err := p.store(ctx, r, &res, false); err != nil {
				firstErr = err
				cancel()
			}
		}
		if p.Progress != nil {
			p.Progress(done, 0)
		}
	}
	if firstErr != nil {
		return res, firstErr
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if res.Added > 0 && p.Derive != nil {
		if err := p.Derive(ctx, p.Store); err != nil {
			return res, fmt.Errorf("deriving incidents: %w", err)
		}
	}
	return res, nil
}

// parseBytes parses and extracts one report given as bytes, or each
// entry of a feed.
func (p *Pipeline) parseBytes(ctx context.Context, i int, name string, data []byte) (r parsed) {
	r = parsed{idx: i}
	defer func() {
		// A bug in a pure step must cost one report, not the whole run.
		if v := recover(); v != nil {
			r.reports = []report{{name: name, err: tally.Errorf(tally.EINTERNAL, "internal error while reading this report: %v", v)}}
		}
	}()
	if p.Source.MaxBytes > 0 && int64(len(data)) > p.Source.MaxBytes {
		return parsed{idx: i, reports: []report{{name: name, err: tally.Errorf(tally.ETOOLARGE, "report is larger than the %d-byte limit", p.Source.MaxBytes)}}}
	}
	if feed.Detect(data) {
		return parsed{idx: i, reports: p.parseFeed(ctx, name, data)}
	}
	return parsed{idx: i, reports: []report{p.parseOne(ctx, name, data, ingest.Source{Name: name})}}
}
