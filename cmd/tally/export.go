package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"tally"
	"tally/export"
)

func init() { register((*app).exportCommand) }

func (a *app) exportCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the record as JSON",
		Long: `Export writes every document and incident to standard output.

--format json writes one object {"documents": [...], "incidents": [...]}: each
incident with its date and precision, place, type, actors, documents,
reconciled figures and every claim with its quoted sentence and byte offsets.
The shape is documented in the README.`,
		Example: `  tally export --format json > record.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" {
				return tally.Errorf(tally.EINVALID, "unknown format %q: use json", format)
			}
			s, err := a.openStore()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			docs, _, err := s.FindDocuments(ctx, tally.DocumentFilter{})
			if err != nil {
				return err
			}
			incs, _, err := s.FindIncidents(ctx, tally.IncidentFilter{})
			if err != nil {
				return err
			}
			texts := map[string]string{}
			for _, inc := range incs {
				for _, c := range inc.Claims {
					if _, ok := texts[c.Document]; ok {
						continue
					}
					d, err := s.FindDocumentByID(ctx, c.Document)
					if err != nil {
						return fmt.Errorf("claim %s: %w", c.ID, err)
					}
					texts[c.Document] = d.Text
				}
			}
			return export.WriteJSON(a.stdout, export.Data{Documents: docs, Incidents: incs, Texts: texts})
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json")
	return cmd
}
