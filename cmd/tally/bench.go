package main

import (
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"tally/bench"
)

func init() { register((*app).benchCommand) }

func (a *app) benchCommand() *cobra.Command {
	var (
		quick, asJSON, verbose bool
		seed                   int64
		corpus, child          string
	)
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure tally's speed, memory and accuracy, with baselines, in one run",
		Long: `Bench measures, in one run and on generated reports (tally gen):

  - extraction speed per core, on generated reports and on ../shared/corpus
    when present, against a straightforward regexp extractor;
  - HTML parsing against go-trafilatura alone;
  - end-to-end ingest into a new SQLite database, plain text and HTML;
  - store writes, and listing incidents as "tally incidents" does;
  - linking time and peak memory at 10k, 100k and (without --quick) 1M
    synthetic mentions, against an all-pairs linker at a size it can finish;
  - latency of the JSON API on 127.0.0.1 under load from its own clients;
  - accuracy against the generator's ground truth, scored as score.py does.

It prints a table and the targets of issue 6 met or not; --json prints one
JSON object. Peak memory is read from the operating system for a child
process that links the mentions. Other programs running at the same time
slow it down: compare the ratios, which are measured side by side.

--quick finishes in under a minute on a 2-core machine; the full run takes
about four minutes and several GB of memory (the child that links 1M
mentions alone peaks near 3 GB).`,
		Example: `  tally bench --quick
  tally bench --json > bench.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if child != "" {
				return bench.Child(child, a.stdout)
			}
			opt := bench.Options{Quick: quick, Seed: seed, Corpus: corpus}
			if exe, err := os.Executable(); err == nil {
				opt.Self = []string{exe, "bench", "--child"}
			}
			if verbose || !asJSON {
				opt.Log = a.stderr
			}
			if _, err := os.Stat(opt.Corpus); err != nil {
				opt.Corpus = ""
			}
			res, err := bench.Run(cmd.Context(), opt)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", " ")
				return enc.Encode(res)
			}
			return res.WriteTable(a.stdout)
		},
	}
	cmd.Flags().BoolVar(&quick, "quick", false, "smaller inputs and no 1M-mention run: under a minute")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of a table")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "say what is being measured on stderr, also with --json")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed of the generated reports and mentions")
	cmd.Flags().StringVar(&corpus, "corpus", filepath.Join("..", "shared", "corpus"), "directory of real reports to time extraction on, if present")
	cmd.Flags().StringVar(&child, "child", "", "run one measurement as a child process (internal)")
	cmd.Flags().MarkHidden("child")
	return cmd
}
