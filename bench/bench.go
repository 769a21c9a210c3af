// Package bench measures tally's speed, memory and accuracy in one run,
// with baselines measured side by side, for "tally bench".
//
// Everything it reads is generated (package gen) from a seed, so a run
// needs no data but, when present, ../shared/corpus for extraction speed
// on real reports. Each figure comes with the baseline it is compared to,
// measured in the same run on the same machine: other processes share the
// machine, so ratios are steadier than absolute times.
//
// Peak memory is the peak resident set size of a child process (VmHWM in
// /proc/self/status) when Options.Self says how to start one and /proc is
// there, else the peak Go heap sampled every 5 ms.
package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Options say what to measure.
type Options struct {
	// Quick measures smaller inputs, to finish in under a minute; without
	// it, linking is also measured at 1M mentions and listing incidents on
	// a database of the incidents of 1M reports.
	Quick bool
	Seed  int64
	// Corpus is the directory of ../shared/corpus; "" or a missing
	// directory skips the measurements on it.
	Corpus string
	// Self starts this program again as a child that measures one linking
	// run, so that its peak memory can be read from the operating system:
	// the child is run as Self followed by a Child spec. nil measures in
	// this process, sampling the Go heap.
	Self []string
	// TempDir holds the databases; "" is the system's temporary directory.
	TempDir string
	// Log, when set, gets a line as each stage starts.
	Log io.Writer
}

// Results are the figures of one run. Times are in seconds, memory in
// MiB (2^20 bytes), speeds per second.
type Results struct {
	Machine Machine `json:"machine"`
	Quick   bool    `json:"quick"`
	Seed    int64   `json:"seed"`

	// Extraction, on one goroutine, over the cleaned text of generated
	// plain-text reports (parsed beforehand), and over ../shared/corpus.
	ExtractMBs            float64 `json:"extract_mb_s"`
	ExtractReportsS       float64 `json:"extract_reports_s"`
	ExtractCorpusMBs      float64 `json:"extract_corpus_mb_s,omitempty"`
	ExtractCorpusReportsS float64 `json:"extract_corpus_reports_s,omitempty"`
	ExtractCorpusReports  int     `json:"extract_corpus_reports,omitempty"`
	// The baseline: a handful of regular expressions over the same text.
	RegexpMBs   float64 `json:"regexp_mb_s"`
	RegexpRatio float64 `json:"regexp_ratio"` // tally's MB/s over the baseline's

	// End-to-end ingest through pipeline.IngestStream into a new SQLite
	// database, on all cores: parse, extract, store, near-duplicates,
	// then one derivation of incidents (included; also given alone). The
	// median of three runs.
	IngestReports      int     `json:"ingest_reports"`
	IngestReportsS     float64 `json:"ingest_reports_s"`
	IngestDeriveS      float64 `json:"ingest_derive_s"`
	IngestHTMLReports  int     `json:"ingest_html_reports"`
	IngestHTMLReportsS float64 `json:"ingest_html_reports_s"`
	// HTML to a document on one goroutine: tally's parse (go-trafilatura,
	// go-htmldate, line classes) against go-trafilatura's extraction alone.
	HTMLParsePagesS   float64 `json:"html_parse_pages_s"`
	TrafilaturaPagesS float64 `json:"trafilatura_pages_s"`

	// The store: documents with their mentions added one transaction each,
	// on one goroutine.
	StoreDocsS float64 `json:"store_docs_s"`
	StoreMBs   float64 `json:"store_mb_s"`

	// Linking synthetic mentions: time, peak memory (see MemoryMethod),
	// and incidents found.
	Link10kS       float64 `json:"link_10k_s"`
	Link10kMB      float64 `json:"link_10k_mb"`
	Link100kS      float64 `json:"link_100k_s"`
	Link100kMB     float64 `json:"link_100k_mb"`
	Link100kHeapMB float64 `json:"link_100k_heap_mb"`
	Link1MS        float64 `json:"link_1m_s,omitempty"`
	Link1MMB       float64 `json:"link_1m_mb,omitempty"`
	Link1MHeapMB   float64 `json:"link_1m_heap_mb,omitempty"`
	LinkGrowth     float64 `json:"link_growth_1m_over_100k,omitempty"`
	MemoryMethod   string  `json:"memory_method"`
	// The baseline: every pair compared, at a size it can finish, against
	// tally's linker on the same mentions.
	NaiveLinkN     int     `json:"naive_link_n"`
	NaiveLinkS     float64 `json:"naive_link_s"`
	TallyLinkSameS float64 `json:"tally_link_same_n_s"`
	NaiveLinkRatio float64 `json:"naive_link_ratio"` // the baseline's time over tally's
	// Linking quality against the generator's truth, at 10k mentions:
	// pairs of mentions put together, precision and recall.
	LinkPairPrecision float64 `json:"link_pair_precision"`
	LinkPairRecall    float64 `json:"link_pair_recall"`

	// Listing incidents, as "tally incidents" does, on a database holding
	// the incidents of many reports (their linked synthetic mentions).
	ListDBReports      int     `json:"list_db_reports"`
	ListDBIncidents    int     `json:"list_db_incidents"`
	ReplaceIncidentsS  float64 `json:"replace_incidents_s"`
	IncidentsPageMS    float64 `json:"incidents_page_ms"`   // the first 50, newest first, with the total
	IncidentsFilterMS  float64 `json:"incidents_filter_ms"` // --country US, first 50
	IncidentsAllS      float64 `json:"incidents_all_s"`     // every incident, as "tally incidents" without --limit
	IncidentsAllPerKMS float64 `json:"incidents_all_per_1k_ms"`

	// The JSON API (package web) served on 127.0.0.1 from the ingest
	// database, under load from concurrent clients of this process.
	APIRequests    int     `json:"api_requests,omitempty"`
	APIConcurrency int     `json:"api_concurrency,omitempty"`
	APIP50MS       float64 `json:"api_p50_ms,omitempty"`
	APIP99MS       float64 `json:"api_p99_ms,omitempty"`
	APIErrors      int     `json:"api_errors,omitempty"`

	// Accuracy on the generator's ground truth, scored as score.py does
	// (package evaluate), over the plain-text ingest; and claims per
	// report, tally's extraction against the regexp baseline.
	Accuracy        Score `json:"accuracy"`
	AccuracyHTML    Score `json:"accuracy_html"`
	DocClaimsTally  PR    `json:"doc_claims_tally"`
	DocClaimsRegexp PR    `json:"doc_claims_regexp"`

	Targets []Target `json:"targets"`
	Seconds float64  `json:"seconds"` // the whole run
}

// Score is what score.py reports.
type Score struct {
	IncidentsFound    string  `json:"incidents_found"`
	ClaimsPrecision   float64 `json:"claims_precision"`
	ClaimsRecall      float64 `json:"claims_recall"`
	FiguresExact      string  `json:"figures_exact"`
	DatesExact        string  `json:"dates_exact"`
	LinkingJaccard    float64 `json:"linking_jaccard"`
	SpuriousIncidents int     `json:"spurious_incidents"`
	PublishedExact    string  `json:"published_exact"`
}

// PR is a precision and recall.
type PR struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Target is one of issue 6's floors and whether the run met it.
type Target struct {
	Name     string  `json:"name"`
	Measured float64 `json:"measured"`
	Limit    float64 `json:"limit"`
	Unit     string  `json:"unit"`
	AtLeast  bool    `json:"at_least"` // the measure must reach Limit; else stay below it
	Met      bool    `json:"met"`
	Note     string  `json:"note,omitempty"`
}

// sizes are the inputs of a run.
type sizes struct {
	textReports, htmlReports int
	extractMin               time.Duration // least time per extraction measurement
	naiveN                   int
	listReports              int // reports whose mentions fill the listing database
	apiRequests              int
	apiTime                  time.Duration
	oneMillion               bool
}

func sizesFor(quick bool) sizes {
	if quick {
		return sizes{textReports: 1200, htmlReports: 150, extractMin: time.Second, naiveN: 20_000,
			listReports: 77_000, apiRequests: 1000, apiTime: 4 * time.Second}
	}
	return sizes{textReports: 3000, htmlReports: 600, extractMin: 3 * time.Second, naiveN: 50_000,
		listReports: 1_000_000, apiRequests: 5000, apiTime: 20 * time.Second, oneMillion: true}
}

// Run measures everything and returns the figures.
func Run(ctx context.Context, opt Options) (*Results, error) {
	start := time.Now()
	sz := sizesFor(opt.Quick)
	res := &Results{Quick: opt.Quick, Seed: opt.Seed, Machine: machine()}
	dir, err := os.MkdirTemp(opt.TempDir, "tally-bench-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	r := &runner{opt: opt, sz: sz, res: res, dir: dir}
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"generating reports", r.generate},
		{"extraction and the regexp baseline", r.extraction},
		{"HTML: tally's parse and go-trafilatura", r.htmlParse},
		{"ingest of plain text", r.ingestText},
		{"ingest of HTML", r.ingestHTML},
		{"store writes", r.storeWrites},
		{"linking at 10k and 100k", r.linking},
		{"the all-pairs baseline", r.naive},
		{"listing incidents", r.listing},
		{"API latency", r.api},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r.logf("%s…", s.name)
		t := time.Now()
		if err := s.fn(ctx); err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		r.logf("  %.1f s", time.Since(t).Seconds())
	}
	res.Targets = targets(res)
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

// runner carries one run's state between its steps.
type runner struct {
	opt Options
	sz  sizes
	res *Results
	dir string

	text, html *corpus
	ingestDB   string // the plain-text ingest database, for the API
}

func (r *runner) logf(format string, args ...any) {
	if r.opt.Log != nil {
		fmt.Fprintf(r.opt.Log, format+"\n", args...)
	}
}

func (r *runner) path(name string) string { return filepath.Join(r.dir, name) }

// perCore runs fn repeatedly on one goroutine until at least min has
// passed, and returns the mean time of one call.
func perCore(min time.Duration, fn func()) time.Duration {
	runtime.GC()
	n := 0
	start := time.Now()
	for {
		fn()
		n++
		if el := time.Since(start); el >= min {
			return el / time.Duration(n)
		}
	}
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func round(x float64, places int) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	if x < 0 {
		return -float64(int64(-x*p+0.5)) / p
	}
	return float64(int64(x*p+0.5)) / p
}
