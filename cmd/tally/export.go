package main

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"tally"
	"tally/export"
	"tally/pipeline"
	"tally/reconcile"
)

func init() { register((*app).exportCommand) }

func (a *app) exportCommand() *cobra.Command {
	var format, policy string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the record as JSON, CSV or GeoJSON",
		Long: `Export writes the stored incidents to standard output.

--format json (the default) writes one object {"documents": [...],
"incidents": [...]}: each incident with its date and precision, place, type,
actors, documents, reconciled figures and every claim with its quoted
sentence and byte offsets. The shape is documented in the README; it is the
contract the scorer in shared/eval and "tally eval" read.

--format csv writes one row per incident, with ACLED- and UCDP-style columns:

  event_id_cnty    country code, "-", the incident ID (IQ-e0d1a546befdef53)
  event_date       YYYY-MM-DD; for a month or year, its first day
  time_precision   1 day, 2 month, 3 year (ACLED's codes)
  event_type       ACLED event type
  sub_event_type   ACLED sub-event type
  actor1, actor2   perpetrators; victims ("; "-separated)
  country          ISO 3166-1 alpha-2
  admin1           first-order division
  location         place name
  latitude, longitude   WGS 84 decimal degrees
  geo_precision    UCDP's where_prec, 1 (exact) to 7
  fatalities       ACLED's conservative count: the low killed figure, 0 if none
  best, low, high  UCDP's killed figures
  injured_low, injured_best, injured_high, abducted_low, abducted_best,
  abducted_high    the other figures
  status           contested, agreed or single
  source           the reports' outlets ("; "-separated)
  source_original  who the killed figures are attributed to
  notes            each figure's explanation and the competing accounts
  n_reports        number of reports
  document_ids     their IDs

Empty cells are unknown, never zero (fatalities excepted, as in ACLED).

--format geojson writes a GeoJSON FeatureCollection (RFC 7946) of points,
[longitude, latitude], for QGIS or a web map; each feature's properties are
the incident's id, date, date_precision, place, admin1, country,
geo_precision, event_type, ACLED types, killed/injured/abducted
low/best/high, contested and n_reports. Incidents without a place cannot be
drawn: the top-level "skipped" member counts them.

--policy reconciles the figures again under another policy before writing:
ucdp (the default, the one stored), range (Iraq Body Count: least lower
bound to greatest upper bound) or conservative (ACLED: the lowest credible
value as best). Nothing stored changes.`,
		Example: `  tally export > record.json
  tally export --format csv > incidents.csv
  tally export --format geojson > incidents.geojson
  tally export --format csv --policy conservative > acled-style.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			write := map[string]func(w io.Writer, d export.Data) error{
				"json": export.WriteJSON, "csv": export.WriteCSV, "geojson": export.WriteGeoJSON,
			}[format]
			if write == nil {
				return tally.Errorf(tally.EINVALID, "unknown format %q: use json, csv or geojson", format)
			}
			d, err := a.exportData(cmd.Context(), policy, format == "json")
			if err != nil {
				return err
			}
			return write(a.stdout, d)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json, csv or geojson")
	cmd.Flags().StringVar(&policy, "policy", "", "reconcile the figures again under this policy: ucdp, range or conservative (default: as stored, ucdp)")
	return cmd
}

// exportData loads the export for the named policy ("" for the stored one).
func (a *app) exportData(ctx context.Context, policy string, quotes bool) (export.Data, error) {
	var p tally.Policy
	if policy != "" {
		var err error
		if p, err = reconcile.ParsePolicy(policy); err != nil {
			return export.Data{}, err
		}
	}
	s, err := a.openStore()
	if err != nil {
		return export.Data{}, err
	}
	return pipeline.ExportData(ctx, s, p, quotes)
}
