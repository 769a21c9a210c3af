package main

import (
	"os"

	"github.com/spf13/cobra"

	"tally"
	"tally/evaluate"
)

func init() { register((*app).evalCommand) }

func (a *app) evalCommand() *cobra.Command {
	var (
		gold, policy string
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD.json",
		Short: "Score the stored incidents against a hand-made reference",
		Long: `Eval measures how well tally read your reports: it scores the database's
export against a gold file you annotated by hand, exactly as the
independent scorer shared/eval/score.py does (same figures, same lines),
without Python.

Ingest the annotated reports first, then run eval. It prints one line per
thing missed or wrong, then a summary line; --json prints the summary as one
JSON object, with score.py's keys. The exit status is 0 whatever the scores.

THE GOLD FILE

One JSON object. Reports are named by file name, without directories, as
they were ingested (or the last part of their URL):

  {"documents": [                     optional: publication dates
     {"file": "a.txt", "published_accept": ["2013-09-01", null]}],
   "incidents": [
     {"id": "attack-1",
      "required": true,                  optional, default true
      "place": {"name": "Camp Ashraf", "aliases": ["Ashraf"]},
      "date": "2013-09-01",              or "2013-09", or "2013"
      "mentioned_in": ["a.txt", "b.txt"],
      "figures": {"killed": {"low": 44, "high": 52},
                  "injured": {"low": 0, "high": 0}},
      "claims": [                        optional: what each report says
        {"file": "a.txt", "field": "killed", "value": 52},
        {"file": "b.txt", "field": "killed", "low": 44, "qualifier": "at least"},
        {"file": "b.txt", "field": "injured", "value": 30, "qualifier": "about",
         "optional": true}]}]}

A claim's field is killed, injured or abducted. "value" is an exact number;
"low" alone is an open lower bound ("at least 44"), "high" alone an upper
bound ("up to 50"). A claim marked optional counts when found and is not
missed when absent. shared/eval/seeds.gold.json is a full example.

THE METRICS

  incidents_found     required gold incidents matched to a tally incident,
                      found/required. A match needs the same place (name or
                      an alias, ignoring case, accents, punctuation and the
                      words camp, city and the) and a compatible date (one a
                      prefix of the other: 2013-09 fits 2013-09-01); of
                      several, the one sharing most reports wins.
  claims_precision    of tally's killed/injured/abducted claims, the share
                      that are right: a value some gold claim of the matched
                      incident gives. Claims of unmatched incidents are wrong.
  claims_recall       of the gold claims, the share tally found: same
                      report, same field, same bounds ("more than 15" also
                      matches 16 or more; "about 30" a range holding 30).
  claims_f1           their harmonic mean. The three are rounded to 3 places.
  figures_exact       gold figures whose low and high tally gives exactly;
                      a gold 0-0 is also met by no figure at all.
  dates_exact         matched incidents whose date equals the gold date,
                      at its precision.
  linking_jaccard     how well tally grouped reports: for each matched
                      incident, shared reports / all reports of either,
                      averaged.
  spurious_incidents  tally incidents with casualty claims that match no
                      gold incident.
  published_exact     reports whose publication date is one of the gold's
                      published_accept.

--policy scores the figures as another reconciliation policy would set
them (ucdp, range or conservative), without changing the database.`,
		Example: `  tally --db mine.db ingest annotated-reports/
  tally --db mine.db eval --gold annotated-reports.gold.json
  tally --db mine.db eval --gold annotated-reports.gold.json --policy range --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(gold)
			if err != nil {
				return tally.Errorf(tally.EINVALID, "--gold: %v", err)
			}
			defer f.Close()
			g, err := evaluate.ReadGold(f)
			if err != nil {
				return tally.Errorf(tally.EINVALID, "%s: %v", gold, err)
			}
			d, err := a.exportData(cmd.Context(), policy, true)
			if err != nil {
				return err
			}
			e, err := evaluate.ExportOf(d)
			if err != nil {
				return err
			}
			r := evaluate.Score(g, e)
			if asJSON {
				return r.WriteJSON(a.stdout)
			}
			return r.WriteText(a.stdout)
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "the gold file to score against (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as one JSON line, as score.py --json does")
	cmd.Flags().StringVar(&policy, "policy", "", "score figures reconciled under this policy: ucdp, range or conservative (default: as stored)")
	cmd.MarkFlagRequired("gold")
	return cmd
}
