package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"tally"
	"tally/export"
)

func init() { register((*app).documentsCommand) }

func (a *app) documentsCommand() *cobra.Command {
	var (
		asJSON bool
		limit  int
		query  string
	)
	cmd := &cobra.Command{
		Use:   "documents",
		Short: "List stored reports",
		Long: `Documents lists stored reports: ID, outlet, publication date with the basis
it was found on, word count and title.

The basis says how the date was found: stated (a header, a "Published On:"
line or page metadata), dateline ("London, Apr. 08" with the year worked out
from the weekday), relative ("today" under a dated heading),
inferred-from-incident (the date of the incident the report describes), or
unknown.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openStore()
			if err != nil {
				return err
			}
			docs, total, err := s.FindDocuments(cmd.Context(), tally.DocumentFilter{Limit: limit, Query: query})
			if err != nil {
				return err
			}
			if asJSON {
				out := []export.Document{}
				for _, d := range docs {
					out = append(out, export.DocumentOf(d))
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", " ")
				return enc.Encode(out)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tOUTLET\tPUBLISHED\tWORDS\tTITLE")
			for _, d := range docs {
				pub := "-"
				if !d.Published.IsZero() {
					pub = d.Published.String()
				}
				fmt.Fprintf(tw, "%s\t%s\t%s (%s)\t%d\t%s\n", d.ID[:12], orDash(truncate(d.Outlet, 24)), pub, d.PublishedBasis, d.Words, orDash(truncate(d.Title, 60)))
			}
			tw.Flush()
			if len(docs) < total {
				fmt.Fprintf(a.stdout, "(%d of %d shown)\n", len(docs), total)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	cmd.Flags().IntVar(&limit, "limit", 0, "show at most this many (0: all)")
	cmd.Flags().StringVarP(&query, "search", "s", "", "only reports matching these words (full-text search)")
	return cmd
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// truncate shortens s to n runes, marking the cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
