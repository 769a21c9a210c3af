// Package pipeline runs tally's steps end to end over a store: read sources,
// parse, extract, store, find near-duplicates, then re-derive incidents. The
// steps themselves are pure packages; this package only moves values
// between them and the store, for the CLI and the web server alike.
package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"

	"tally"
	"tally/dedupe"
	"tally/feed"
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
	// Note, when set, is told of problems that lost nothing, such as a feed
	// entry's article that could not be fetched when its text could be used.
	Note func(name, msg string)

	// FollowLinks makes a feed entry's report the article it links to,
	// fetched within Source's limits, rather than the text in the feed.
	FollowLinks bool

	// PDF, when set, turns a PDF into a report ingest can read (see
	// pdftext); without it PDFs are refused with a clear message.
	PDF func(ctx context.Context, data []byte) ([]byte, error)
}

// Result counts what an ingest did.
type Result struct {
	Added          int // new documents stored
	Present        int // documents already in the store (re-ingest is a no-op)
	Failed         int // entries that could not be read or parsed
	NearDuplicates int // new near-duplicate links
	Documents      []string
}

// parsed is what one entry gave: one report, or one per entry of a feed.
type parsed struct {
	idx     int
	reports []report
}

type report struct {
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
	for e := range out {
		done++
		for _, r := range e.reports {
			if firstErr != nil {
				break
			}
			firstErr = p.store(ctx, r, &res, true)
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
	r = parsed{idx: i}
	defer func() {
		// A bug in a pure step must cost one report, not the whole run.
		if v := recover(); v != nil {
			r.reports = []report{{name: e.Name, err: tally.Errorf(tally.EINTERNAL, "internal error while reading this report: %v", v)}}
		}
	}()
	it := source.Read(ctx, e, p.Source)
	if it.Err != nil {
		return parsed{idx: i, reports: []report{{name: e.Name, err: it.Err}}}
	}
	if feed.Detect(it.Data) {
		return parsed{idx: i, reports: p.parseFeed(ctx, e.Name, it.Data)}
	}
	return parsed{idx: i, reports: []report{p.parseOne(ctx, e.Name, it.Data, ingest.Source{Name: e.Name, URL: urlOf(it), ContentType: it.ContentType})}}
}

// parseOne parses and extracts one report, through PDF when it is one.
func (p *Pipeline) parseOne(ctx context.Context, name string, data []byte, src ingest.Source) report {
	doc, err := p.Parse(ctx, data, src)
	if err != nil {
		return report{name: name, err: err}
	}
	return p.extracted(name, doc)
}

// Parse reads one report from its bytes, converting a PDF first when the
// pipeline can (PDF); it extracts nothing and stores nothing.
func (p *Pipeline) Parse(ctx context.Context, data []byte, src ingest.Source) (*tally.Document, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-")) || p.PDF == nil {
		return ingest.Parse(data, src)
	}
	text, err := p.PDF(ctx, data)
	if err != nil {
		return nil, err
	}
	src.ContentType = "text/plain; charset=utf-8"
	doc, err := ingest.Parse(text, src)
	if err != nil {
		return nil, err
	}
	doc.Format = tally.FormatPDF
	return doc, nil
}

func (p *Pipeline) extracted(name string, doc *tally.Document) report {
	r := report{name: name, doc: doc}
	if p.Extract != nil {
		r.mentions = p.Extract(doc)
	}
	return r
}

// parseFeed turns each entry of a feed into a report: the entry's own text,
// or, with FollowLinks, the article it links to, dated by the feed when the
// page gives no date. A page that cannot be fetched falls back to the
// entry's text, with a note.
func (p *Pipeline) parseFeed(ctx context.Context, name string, data []byte) []report {
	entries, err := feed.Parse(data)
	if err != nil {
		return []report{{name: name, err: err}}
	}
	out := make([]report, 0, len(entries))
	for k, fe := range entries {
		itemName := fmt.Sprintf("%s#%d", name, k+1)
		if fe.Link != "" {
			itemName += " (" + fe.Link + ")"
		}
		if p.FollowLinks && fe.Link != "" && ctx.Err() == nil {
			page := source.Read(ctx, source.Entry{Name: fe.Link, URL: true}, p.Source)
			if page.Err == nil {
				doc, err := p.Parse(ctx, page.Data, ingest.Source{Name: fe.Link, URL: urlOf(page), ContentType: page.ContentType})
				if err == nil {
					if doc.Published.IsZero() && !fe.Published.IsZero() {
						doc.Published, doc.PublishedBasis, doc.PublishedSpan = fe.Published, tally.BasisStated, tally.Span{}
					}
					if fe.Outlet != "" && (doc.Outlet == "" || doc.Outlet == hostOf(doc.URL)) {
						// The feed's title names the outlet better than a host.
						doc.Outlet = fe.Outlet
					}
					out = append(out, p.extracted(fe.Link, doc))
					continue
				}
				page.Err = err
			}
			if p.Note != nil {
				p.Note(itemName, fmt.Sprintf("could not read the linked article (%s); using the feed's text", tally.ErrorMessage(page.Err)))
			}
		}
		out = append(out, p.parseOne(ctx, itemName, fe.Report(), ingest.Source{Name: itemName, URL: fe.Link}))
	}
	return out
}

// store writes one parsed report, or counts and passes on its error. It
// returns only a store's failure, which is not the report's fault: the
// caller stops and keeps what is committed.
func (p *Pipeline) store(ctx context.Context, r report, res *Result, listIDs bool) error {
	if r.err != nil {
		res.Failed++
		if p.Failed != nil {
			p.Failed(r.name, r.err)
		}
		return nil
	}
	added, err := p.Store.AddDocument(ctx, r.doc, r.mentions)
	switch {
	case err != nil:
		return fmt.Errorf("storing %s: %w", r.name, err)
	case !added:
		res.Present++
		return nil
	}
	res.Added++
	if listIDs {
		res.Documents = append(res.Documents, r.doc.ID)
	}
	n, err := p.linkNearDuplicates(ctx, r.doc)
	res.NearDuplicates += n
	return err
}

// hostOf returns a URL's host without "www.", or "".
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
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
	if feed.Detect(data) {
		// One request, one report: a feed's entries are many.
		return nil, false, tally.Errorf(tally.EUNSUPPORTED, "This is a news feed, which holds many reports: ingest it with `tally ingest FEED` from the command line.")
	}
	doc, err := p.Parse(ctx, data, ingest.Source{Name: name, URL: pageURL, ContentType: contentType})
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
