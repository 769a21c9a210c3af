package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tally"
	"tally/ingest"
	"tally/pipeline"
	"tally/source"
)

func init() { register((*app).extractCommand) }

func (a *app) extractCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "extract FILE|URL|-",
		Short: "Show the mentions and claims tally finds in one report, without storing it",
		Long: `Extract reads one report and prints what tally finds in it: each mention
(an event with its date, place, type and actors) and each claim (a figure or
account with its qualifier, hedge, attribution and the sentence it comes
from). Nothing is stored. Use it to see why a report gives the figures it
does, or to check a rule on a sentence of your own:

  echo "Gunmen killed at least 12 people on Monday, police said." | tally extract -

Claims marked [subset] count part of a toll given elsewhere ("six of whom
were women"); [vague] ones come from words like "dozens".`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			entries, _, errs := source.Expand(args)
			if len(errs) > 0 {
				return errs[0]
			}
			it := source.Read(cmd.Context(), entries[0], source.Options{MaxBytes: ingest.MaxBytes, Stdin: a.stdin})
			if it.Err != nil {
				return fmt.Errorf("%s: %w", args[0], it.Err)
			}
			var p pipeline.Pipeline
			if err := a.configure(&p); err != nil {
				return err
			}
			doc, err := p.Parse(cmd.Context(), it.Data, ingest.Source{Name: args[0], URL: it.FinalURL, ContentType: it.ContentType})
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			mentions := x.Document(doc)
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", " ")
				return enc.Encode(struct {
					Document *tally.Document `json:"document"`
					Mentions []tally.Mention `json:"mentions"`
				}{doc, mentions})
			}
			printExtraction(a.stdout, doc, mentions)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of text")
	return cmd
}

func printExtraction(w io.Writer, doc *tally.Document, mentions []tally.Mention) {
	fmt.Fprintf(w, "%s  %s\n", doc.ID[:12], orDash(doc.Title))
	fmt.Fprintf(w, "  outlet %s, published %s (%s)\n", orDash(doc.Outlet), orDash(doc.Published.String()), doc.PublishedBasis)
	for _, m := range mentions {
		kind := "mention"
		if m.Background {
			kind = "other event"
		}
		place := "-"
		if m.Place != nil {
			place = fmt.Sprintf("%s (%s, %s; precision %d)", m.Place.Place.Name, orDash(m.Place.Place.Admin1), orDash(m.Place.Place.Country), m.Place.Precision)
		}
		date := orDash(m.Time.Date.String())
		if m.Time.Date.IsZero() && m.Time.Weekday != "" {
			date = "a " + m.Time.Weekday + " (report undated)"
		}
		fmt.Fprintf(w, "\n%s %s: %s, %s at %s [%s]\n", kind, m.ID, orDash(string(m.Type)), date, place, m.Time.Basis)
		if len(m.Perpetrators) > 0 {
			fmt.Fprintf(w, "  perpetrators: %s\n", actorNames(m.Perpetrators))
		}
		if len(m.Victims) > 0 {
			fmt.Fprintf(w, "  victims: %s\n", actorNames(m.Victims))
		}
		for _, c := range m.Claims {
			fmt.Fprintf(w, "  %-11s %-14s", c.Field, claimValue(c))
			var notes []string
			if c.Qualifier != "" {
				notes = append(notes, c.Qualifier)
			}
			if c.Hedge != "" {
				notes = append(notes, string(c.Hedge))
			}
			if c.Subset {
				notes = append(notes, "subset")
			}
			if c.Vague {
				notes = append(notes, "vague")
			}
			if c.Source != nil {
				notes = append(notes, fmt.Sprintf("per %s (%s%s)", c.Source.Speaker, c.Source.Cue, kindSuffix(c.Source.Kind)))
			}
			if len(notes) > 0 {
				fmt.Fprintf(w, " [%s]", strings.Join(notes, "; "))
			}
			fmt.Fprintf(w, " %q\n", truncate(c.AsWritten, 60))
			fmt.Fprintf(w, "  %14s  ↳ %s\n", c.Sentence, truncate(c.Sentence.Of(doc.Text), 110))
		}
	}
}

func kindSuffix(k tally.SourceKind) string {
	if k == "" {
		return ""
	}
	return ", " + string(k)
}

func actorNames(refs []tally.ActorRef) string {
	var names []string
	for _, r := range refs {
		names = append(names, r.Actor.Name)
	}
	return strings.Join(names, ", ")
}

// claimValue writes a claim's value: "52", "≥44", "≤50", "40–50", or the
// text of a non-numeric claim.
func claimValue(c tally.Claim) string {
	switch {
	case c.Value != "":
		return c.Value
	case c.Low != nil && c.High != nil && *c.Low == *c.High:
		return fmt.Sprint(*c.Low)
	case c.Low != nil && c.High != nil:
		return fmt.Sprintf("%d–%d", *c.Low, *c.High)
	case c.Low != nil:
		return fmt.Sprintf("≥%d", *c.Low)
	case c.High != nil:
		return fmt.Sprintf("≤%d", *c.High)
	}
	return "?"
}
