package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"tally"
	"tally/export"
)

func init() { register((*app).incidentsCommand) }

func (a *app) incidentsCommand() *cobra.Command {
	var (
		asJSON           bool
		since, until     string
		place, country   string
		minKilled, limit int
	)
	cmd := &cobra.Command{
		Use:   "incidents",
		Short: "List the incidents tally found across reports",
		Long: `Incidents lists the incidents linked across the stored reports, newest first:
date, place, event type, killed as low–high (best), injured, abducted, the
number of reports, and a ! when a figure or account is contested.

Figures are reconciled from every report's claims; "tally show ID" explains
each one and lists the claims behind it.`,
		Example: `  tally incidents
  tally incidents --country IQ --since 2013-01-01 --min-killed 10
  tally incidents --place Diyala --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f := tally.IncidentFilter{Place: place, Country: country, Limit: limit}
			var err error
			if f.Since, err = tally.ParseDate(since); err != nil {
				return err
			}
			if f.Until, err = tally.ParseDate(until); err != nil {
				return err
			}
			if cmd.Flags().Changed("min-killed") {
				f.MinKilled = tally.Int(minKilled)
			}
			s, err := a.openStore()
			if err != nil {
				return err
			}
			incs, total, err := s.FindIncidents(cmd.Context(), f)
			if err != nil {
				return err
			}
			if asJSON {
				out := []export.Incident{}
				for _, inc := range incs {
					out = append(out, export.IncidentOf(inc, nil))
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", " ")
				return enc.Encode(out)
			}
			if len(incs) == 0 {
				fmt.Fprintln(a.stdout, "no incidents (ingest reports with: tally ingest PATH)")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tDATE\tPLACE\tTYPE\tKILLED\tINJURED\tABDUCTED\tREPORTS\t")
			for _, inc := range incs {
				mark := ""
				if inc.Contested() {
					mark = "!"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", inc.ID[:min(8, len(inc.ID))], orDash(inc.Date.String()), truncate(placeName(inc.Place), 32),
					orDash(string(inc.Type)), figureCell(inc, tally.FieldKilled), figureCell(inc, tally.FieldInjured), figureCell(inc, tally.FieldAbducted), len(inc.Documents), mark)
			}
			tw.Flush()
			if len(incs) < total {
				fmt.Fprintf(a.stdout, "(%d of %d shown; --limit N or --limit 0 for more, or narrow with --since, --place, --country)\n", len(incs), total)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (the export's incident shape) instead of a table")
	cmd.Flags().StringVar(&since, "since", "", "only incidents on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only incidents on or before this date")
	cmd.Flags().StringVar(&place, "place", "", "only incidents whose place or province name contains this")
	cmd.Flags().StringVar(&country, "country", "", "only incidents in this country (ISO 3166 alpha-2, e.g. IQ)")
	cmd.Flags().IntVar(&minKilled, "min-killed", 0, "only incidents whose best killed figure is at least this")
	cmd.Flags().IntVar(&limit, "limit", 100, "show at most this many, newest first (0: all)")
	return cmd
}

func placeName(p *tally.PlaceRef) string {
	if p == nil {
		return "-"
	}
	parts := []string{p.Place.Name}
	if p.Place.Admin1 != "" && p.Place.Admin1 != p.Place.Name {
		parts = append(parts, p.Place.Admin1)
	}
	if p.Place.Country != "" {
		parts = append(parts, p.Place.Country)
	}
	return strings.Join(parts, ", ")
}

// figureCell writes a figure as "44–52 (52)", "4", or "-".
func figureCell(inc *tally.Incident, f tally.Field) string {
	fg, ok := inc.Figure(f)
	if !ok || fg.Low == nil {
		return "-"
	}
	if *fg.Low == *fg.High {
		return fmt.Sprint(*fg.Low)
	}
	return fmt.Sprintf("%d–%d (%d)", *fg.Low, *fg.High, *fg.Best)
}
