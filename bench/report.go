package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// targets checks a run against issue 6's floors.
func targets(r *Results) []Target {
	t := []Target{
		{Name: "extraction per core", Measured: r.ExtractMBs, Limit: 2, Unit: "MB/s", AtLeast: true, Note: "aim 20"},
		{Name: "ingest of plain text, all cores", Measured: r.IngestReportsS, Limit: 500, Unit: "reports/s", AtLeast: true},
		{Name: "linking 100k mentions", Measured: r.Link100kS, Limit: 10, Unit: "s"},
		{Name: "linking 100k mentions, memory", Measured: r.Link100kMB, Limit: 1024, Unit: "MB"},
	}
	if r.Link1MS > 0 {
		t = append(t,
			Target{Name: "linking 1M mentions", Measured: r.Link1MS, Limit: 60, Unit: "s"},
			Target{Name: "linking 1M mentions, memory", Measured: r.Link1MMB, Limit: 4096, Unit: "MB"},
			Target{Name: "linking time at 1M over 100k", Measured: r.LinkGrowth, Limit: 15, Unit: "×"},
		)
	}
	note := fmt.Sprintf("%d reports", r.ListDBReports)
	if r.ListDBReports < 1_000_000 {
		note += "; 1M without --quick"
	}
	t = append(t, Target{Name: "tally incidents, one page", Measured: r.IncidentsPageMS / 1000, Limit: 1, Unit: "s", Note: note})
	for i := range t {
		t[i].Measured = round(t[i].Measured, 6)
		if t[i].AtLeast {
			t[i].Met = t[i].Measured >= t[i].Limit
		} else {
			t[i].Met = t[i].Measured > 0 && t[i].Measured < t[i].Limit
		}
	}
	return t
}

// WriteTable prints the results for people.
func (r *Results) WriteTable(w io.Writer) error {
	m := r.Machine
	fmt.Fprintf(w, "tally bench (quick=%v, seed %d) on %d CPUs (GOMAXPROCS %d), %s, %.1f GiB RAM, %s, %s; load %.2f at start; %.0f s\n\n",
		r.Quick, r.Seed, m.CPUs, m.GOMAXPROCS, orDash(m.CPUModel), m.RAMGiB, m.OS, m.Go, m.LoadAvg, r.Seconds)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(stage, what, value, base string) { fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", stage, what, value, base) }
	row("STAGE", "MEASURE", "TALLY", "BASELINE (same run)")
	row("extraction", "plain text, 1 goroutine", fmt.Sprintf("%.2f MB/s, %.0f reports/s", r.ExtractMBs, r.ExtractReportsS),
		fmt.Sprintf("regexps %.2f MB/s (tally %.3f× its speed)", r.RegexpMBs, r.RegexpRatio))
	if r.ExtractCorpusReports > 0 {
		row("", fmt.Sprintf("../shared/corpus (%d reports)", r.ExtractCorpusReports), fmt.Sprintf("%.2f MB/s, %.0f reports/s", r.ExtractCorpusMBs, r.ExtractCorpusReportsS), "")
	}
	row("", "claims per report, P / R", fmt.Sprintf("%.3f / %.3f", r.DocClaimsTally.Precision, r.DocClaimsTally.Recall),
		fmt.Sprintf("regexps %.3f / %.3f", r.DocClaimsRegexp.Precision, r.DocClaimsRegexp.Recall))
	row("HTML parse", "1 goroutine", fmt.Sprintf("%.1f pages/s", r.HTMLParsePagesS), fmt.Sprintf("go-trafilatura alone %.1f pages/s", r.TrafilaturaPagesS))
	row("ingest", fmt.Sprintf("plain text, %d reports, all cores", r.IngestReports), fmt.Sprintf("%.0f reports/s (derive %.2f s)", r.IngestReportsS, r.IngestDeriveS), "")
	row("", fmt.Sprintf("HTML, %d reports, all cores", r.IngestHTMLReports), fmt.Sprintf("%.0f reports/s", r.IngestHTMLReportsS), "")
	row("store", "add document + mentions, 1 tx each", fmt.Sprintf("%.0f docs/s, %.2f MB/s", r.StoreDocsS, r.StoreMBs), "")
	row("linking", "10k mentions", fmt.Sprintf("%.2f s, %.0f MB", r.Link10kS, r.Link10kMB), "")
	row("", "100k mentions", fmt.Sprintf("%.2f s, %.0f MB (heap %.0f MB)", r.Link100kS, r.Link100kMB, r.Link100kHeapMB), "")
	if r.Link1MS > 0 {
		row("", "1M mentions", fmt.Sprintf("%.2f s, %.0f MB (heap %.0f MB); %.2f× the 100k time", r.Link1MS, r.Link1MMB, r.Link1MHeapMB, r.LinkGrowth), "")
	}
	row("", fmt.Sprintf("%d mentions", r.NaiveLinkN), fmt.Sprintf("%.3f s", r.TallyLinkSameS),
		fmt.Sprintf("all pairs %.2f s (%.0f× tally's time)", r.NaiveLinkS, r.NaiveLinkRatio))
	row("", "pairs of mentions vs truth, 10k, P / R", fmt.Sprintf("%.3f / %.3f", r.LinkPairPrecision, r.LinkPairRecall), "")
	row("incidents", fmt.Sprintf("database of %d reports' incidents (%d)", r.ListDBReports, r.ListDBIncidents), fmt.Sprintf("written in %.2f s", r.ReplaceIncidentsS), "")
	row("", "first page (50) with total", fmt.Sprintf("%.2f ms", r.IncidentsPageMS), "")
	row("", "--country US, first 50", fmt.Sprintf("%.2f ms", r.IncidentsFilterMS), "")
	row("", "all, as without --limit", fmt.Sprintf("%.2f s (%.2f ms per 1,000)", r.IncidentsAllS, r.IncidentsAllPerKMS), "")
	if r.APIRequests > 0 {
		row("API", fmt.Sprintf("%d requests, %d clients, 127.0.0.1", r.APIRequests, r.APIConcurrency), fmt.Sprintf("p50 %.2f ms, p99 %.2f ms, %d errors", r.APIP50MS, r.APIP99MS, r.APIErrors), "")
	}
	for _, a := range []struct {
		name string
		s    Score
	}{{"plain text", r.Accuracy}, {"HTML", r.AccuracyHTML}} {
		row("accuracy", a.name+" vs the generator's truth", fmt.Sprintf("incidents %s, claims P %.3f R %.3f, figures %s, dates %s, linking %.3f, spurious %d, published %s",
			a.s.IncidentsFound, a.s.ClaimsPrecision, a.s.ClaimsRecall, a.s.FiguresExact, a.s.DatesExact, a.s.LinkingJaccard, a.s.SpuriousIncidents, a.s.PublishedExact), "")
	}
	tw.Flush()
	fmt.Fprintf(w, "\nmemory: %s\n\n", r.MemoryMethod)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TARGET\tMEASURED\tFLOOR\tMET\t")
	for _, t := range r.Targets {
		op := "<"
		if t.AtLeast {
			op = "≥"
		}
		met := "yes"
		if !t.Met {
			met = "NO"
		}
		note := ""
		if t.Note != "" {
			note = " (" + t.Note + ")"
		}
		fmt.Fprintf(tw, "%s%s\t%s %s\t%s %s %s\t%s\t\n", t.Name, note, num(t.Measured), t.Unit, op, num(t.Limit), t.Unit, met)
	}
	return tw.Flush()
}

// num writes a figure with three significant digits, without exponents.
func num(x float64) string {
	switch {
	case x >= 100:
		return fmt.Sprintf("%.0f", x)
	case x >= 10:
		return fmt.Sprintf("%.1f", x)
	case x >= 1:
		return fmt.Sprintf("%.2f", x)
	}
	return fmt.Sprintf("%.3g", x)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}
