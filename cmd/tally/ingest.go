package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tally/ingest"
	"tally/pipeline"
	"tally/source"
)

func init() { register((*app).ingestCommand) }

func (a *app) ingestCommand() *cobra.Command {
	var (
		maxSize int64
		timeout time.Duration
		workers int
		follow  bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Read reports into the database",
		Long: `Ingest reads reports and stores them with the claims extracted from them.

Each argument is a file, a directory (read recursively), an http(s) URL, or -
for standard input. Reports may be:

  - plain text opened by header lines (URL:, TITLE:, PUBLISHED:, AUTHOR:,
    OUTLET:) and a blank line, then the body;
  - plain text with no header: tally finds the title, the outlet, the author
    and the publication date itself, and marks web clutter (share buttons,
    comment forms, banners) as boilerplate;
  - HTML pages, read with go-trafilatura;
  - PDF, read with Poppler's pdftotext (apt install poppler-utils);
  - news feeds (RSS, Atom, JSON Feed), a file or a URL: each entry becomes a
    report, dated by the feed. Entries often carry only a summary: with
    --follow-links tally fetches the article each entry links to instead,
    and falls back to the feed's text, with a note, when it cannot.

In directories, files ending in .txt, .text, .html, .htm, .xhtml, .pdf, .xml,
.rss, .atom or with no extension are read; others (README.md, images) are skipped
and counted. Name a file directly to read it whatever its name.

A report's ID is a hash of its cleaned text, so ingesting it again changes
nothing. A report that cannot be read gets one line on stderr, the others are
still stored, and the exit status is 1.`,
		Example: `  tally ingest reports/
  tally ingest story.html https://example.org/news/attack
  curl -s https://example.org/story | tally ingest -
  tally ingest --follow-links https://example.org/news/rss.xml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openStore()
			if err != nil {
				return err
			}
			entries, skipped, errs := source.Expand(args)
			failed := len(errs)
			for _, err := range errs {
				fmt.Fprintf(a.stderr, "tally: %s\n", message(err))
			}
			bar := newProgress(a.stderr, "ingest", len(entries))
			p := &pipeline.Pipeline{
				Store:    s,
				Workers:  workers,
				Source:   source.Options{MaxBytes: maxSize, Timeout: timeout, Stdin: a.stdin},
				Progress: bar.update,
				Failed: func(name string, err error) {
					bar.clear()
					fmt.Fprintf(a.stderr, "tally: %s: %s\n", name, message(err))
				},
				Note: func(name, msg string) {
					bar.clear()
					fmt.Fprintf(a.stderr, "tally: note: %s: %s\n", name, msg)
				},
				FollowLinks: follow,
			}
			if err := a.configure(p); err != nil {
				return err
			}
			res, err := p.Ingest(cmd.Context(), entries)
			bar.clear()
			failed += res.Failed
			fmt.Fprintln(a.stdout, summary(res, failed, skipped))
			if err != nil {
				return err
			}
			if failed > 0 {
				return exitError{1}
			}
			return nil
		},
	}
	cmd.Flags().Int64Var(&maxSize, "max-size", ingest.MaxBytes, "largest report accepted, in bytes")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "time limit for fetching each URL")
	cmd.Flags().IntVar(&workers, "workers", 0, "reports parsed in parallel (default: one per CPU)")
	cmd.Flags().BoolVar(&follow, "follow-links", false, "for feeds, fetch the article each entry links to rather than the feed's text")
	return cmd
}

func summary(r pipeline.Result, failed, skipped int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "stored %d new %s; %d already present", r.Added, plural(r.Added, "report", "reports"), r.Present)
	if failed > 0 {
		fmt.Fprintf(&b, "; %d failed", failed)
	}
	if r.NearDuplicates > 0 {
		fmt.Fprintf(&b, "; %d near-duplicate %s recorded", r.NearDuplicates, plural(r.NearDuplicates, "link", "links"))
	}
	if skipped > 0 {
		fmt.Fprintf(&b, " (skipped %d %s in directories not named like a report)", skipped, plural(skipped, "file", "files"))
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
