// Package pipeline runs tally's steps end to end over a store: read sources,
// parse, extract, store, find near-duplicates, then re-derive incidents. The
// steps themselves are pure packages; this package only moves values
// between them and the store, for the CLI and the web server alike.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"tally"
	"tally/dedupe"
	"tally/ingest"
	"tally/source"
)

// Extractor turns a document into its mentions and claims.
type Extractor func(doc *tally.Document) []tally.Mention

// Deriver re-derives incidents from every stored mention and writes them.
type Deriver func(ctx context.Context, s tally.Store) error

// Pipeline ingests reports into a store.
type Pipeline struct {
	Store   tally.Store
	Extract Extractor // nil stores documents without mentions
	Derive  Deriver   // nil leaves incidents alone
	Source  source.Options
	Workers int // parallel parse+extract workers; 0 means GOMAXPROCS

	// Progress, when set, is called after each entry is handled.
	Progress func(done, total int)
	// Failed, when set, is called for each entry that could not be ingested.
	Failed func(name string, err error)
}

// Result counts what an ingest did.
type Result struct {
	Added          int // new documents stored
	Present        int // documents already in the store (re-ingest is a no-op)
	Failed         int // entries that could not be read or parsed
	NearDuplicates int // new near-duplicate links
	Documents      []string
}

type parsed struct {
	idx      int
	name     string
	doc      *tally.Document
	mentions []tally.Mention
	err      error
}

// Ingest reads, parses and stores each entry. Reading and parsing run in
// parallel; one goroutine writes, each document in its own transaction, so
// a failure or a killed process never leaves part of a report behind. A bad
// entry is reported through Failed and counted, and the rest go on.
func (p *Pipeline) Ingest(ctx context.Context, entries []source.Entry) (Result, error) {
	var res Result
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	out := make(chan parsed, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out <- p.parse(ctx, i, entries[i])
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range entries {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()

	done := 0
	var firstErr error
	for r := range out {
		done++
		if r.err == nil && firstErr == nil {
			added, err := p.Store.AddDocument(ctx, r.doc, r.mentions)
			switch {
			case err != nil:
				// A store failure is not the report's fault: stop, keep what is committed.
				firstErr = fmt.Errorf("storing %s: %w", r.name, err)
			case added:
				res.Added++
				res.Documents = append(res.Documents, r.doc.ID)
				n, err := p.linkNearDuplicates(ctx, r.doc)
				if err != nil {
					firstErr = err
				}
				res.NearDuplicates += n
			default:
				res.Present++
			}
		} else if r.err != nil {
			res.Failed++
			if p.Failed != nil {
				p.Failed(r.name, r.err)
			}
		}
		if p.Progress != nil {
			p.Progress(done, len(entries))
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

func (p *Pipeline) parse(ctx context.Context, i int, e source.Entry) (r parsed) {
	r = parsed{idx: i, name: e.Name}
	defer func() {
		// A bug in a pure step must cost one report, not the whole run.
		if v := recover(); v != nil {
			r.err = tally.Errorf(tally.EINTERNAL, "internal error while reading this report: %v", v)
		}
	}()
	it := source.Read(ctx, e, p.Source)
	if it.Err != nil {
		r.err = it.Err
		return r
	}
	doc, err := ingest.Parse(it.Data, ingest.Source{Name: e.Name, URL: urlOf(it), ContentType: it.ContentType})
	if err != nil {
		r.err = err
		return r
	}
	r.doc = doc
	if p.Extract != nil {
		r.mentions = p.Extract(doc)
	}
	return r
}

func urlOf(it source.Item) string {
	if it.FinalURL != "" {
		return it.FinalURL
	}
	if it.URL {
		return it.Name
	}
	return ""
}

// linkNearDuplicates records links from a new document to stored documents
// whose signatures say they carry the same story.
func (p *Pipeline) linkNearDuplicates(ctx context.Context, doc *tally.Document) (int, error) {
	if len(doc.Signature) == 0 {
		return 0, nil
	}
	cands, err := p.Store.FindSimilar(ctx, dedupe.BandKeys(doc.Signature))
	if err != nil {
		return 0, err
	}
	var links []tally.NearDuplicate
	for id, sig := range cands {
		if id == doc.ID {
			continue
		}
		if sim := dedupe.Similarity(doc.Signature, sig); sim >= dedupe.Threshold {
			links = append(links, tally.NearDuplicate{A: doc.ID, B: id, Similarity: sim})
		}
	}
	return len(links), p.Store.AddNearDuplicates(ctx, links)
}

// IngestBytes ingests one report given as bytes, as the web server receives
// them. It reports whether the document was new.
func (p *Pipeline) IngestBytes(ctx context.Context, name string, data []byte, contentType, pageURL string) (*tally.Document, bool, error) {
	if p.Source.MaxBytes > 0 && int64(len(data)) > p.Source.MaxBytes {
		return nil, false, tally.Errorf(tally.ETOOLARGE, "report is larger than the %d-byte limit", p.Source.MaxBytes)
	}
	doc, err := ingest.Parse(data, ingest.Source{Name: name, URL: pageURL, ContentType: contentType})
	if err != nil {
		return nil, false, err
	}
	var mentions []tally.Mention
	if p.Extract != nil {
		mentions = p.Extract(doc)
	}
	added, err := p.Store.AddDocument(ctx, doc, mentions)
	if err != nil || !added {
		return doc, false, err
	}
	if _, err := p.linkNearDuplicates(ctx, doc); err != nil {
		return doc, true, err
	}
	if p.Derive != nil {
		if err := p.Derive(ctx, p.Store); err != nil {
			return doc, true, err
		}
	}
	return doc, true, nil
}
