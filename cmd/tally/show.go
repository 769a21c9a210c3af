package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"tally"
)

func init() { register((*app).showCommand) }

func (a *app) showCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Explain an incident, or show a report with its claims highlighted",
		Long: `Show prints an incident or a document, found by its ID or a unique prefix
of at least four characters.

For an incident: its figures with their explanations, the competing
accounts (start time, perpetrator, narratives) with their supporters, a
timeline of the reports, and every claim with the sentence it comes from.

For a document: its metadata and text, with each claim's sentence marked
by » « and listed after it, and boilerplate lines shown as [boilerplate].`,
		Example: `  tally show 7be5c1a2          # an incident from "tally incidents"
  tally show cc4ae73d          # a document from "tally documents"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openStore()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			inc, err := s.FindIncidentByID(ctx, args[0])
			if err == nil {
				return a.showIncident(ctx, s, inc)
			}
			if tally.ErrorCode(err) != tally.ENOTFOUND {
				return err
			}
			doc, derr := s.FindDocumentByID(ctx, args[0])
			if derr != nil {
				if tally.ErrorCode(derr) == tally.ENOTFOUND {
					return tally.Errorf(tally.ENOTFOUND, "no incident or document with ID %q (list them with tally incidents or tally documents)", args[0])
				}
				return derr
			}
			ms, err := s.FindMentions(ctx, tally.MentionFilter{Document: doc.ID})
			if err != nil {
				return err
			}
			printDocument(a.stdout, doc, ms)
			return nil
		},
	}
	return cmd
}

func (a *app) showIncident(ctx context.Context, s tally.Store, inc *tally.Incident) error {
	w := a.stdout
	fmt.Fprintf(w, "incident %s\n", inc.ID)
	fmt.Fprintf(w, "  date      %s (%s)\n", orDash(inc.Date.String()), orDash(string(inc.Date.Precision())))
	if inc.Place != nil {
		p := inc.Place.Place
		fmt.Fprintf(w, "  place     %s (%.4f, %.4f; geo precision %d)\n", placeName(inc.Place), p.Lat, p.Lon, inc.Place.Precision)
	}
	et, sub := inc.Type.ACLED()
	fmt.Fprintf(w, "  type      %s (ACLED: %s / %s)\n", orDash(string(inc.Type)), et, sub)
	if len(inc.Perpetrators) > 0 {
		fmt.Fprintf(w, "  by        %s\n", strings.Join(inc.Perpetrators, "; "))
	}
	if len(inc.Victims) > 0 {
		fmt.Fprintf(w, "  against   %s\n", strings.Join(inc.Victims, "; "))
	}
	fmt.Fprintln(w, "\nfigures")
	if len(inc.Figures) == 0 {
		fmt.Fprintln(w, "  none reported")
	}
	for _, f := range inc.Figures {
		fmt.Fprintf(w, "  %-9s %s\n", f.Field, f.Explanation)
		if len(f.Evolution) > 1 {
			var steps []string
			for _, e := range f.Evolution {
				steps = append(steps, fmt.Sprintf("%s %s (%s)", e.Published, boundsText(e.Low, e.High), e.Outlet))
			}
			fmt.Fprintf(w, "  %-9s over time: %s\n", "", strings.Join(steps, " → "))
		}
	}
	if len(inc.Alternatives) > 0 {
		fmt.Fprintln(w, "\naccounts")
		for _, alt := range inc.Alternatives {
			var who []string
			for _, sp := range alt.Supporters {
				n := sp.Outlet
				if sp.Speaker != "" {
					n = sp.Speaker + " in " + sp.Outlet
				}
				who = append(who, n)
			}
			fmt.Fprintf(w, "  %-11s %-34s %s\n", alt.Field, truncate(alt.Value, 34), truncate(strings.Join(uniq(who), "; "), 90))
		}
	}
	docs := map[string]*tally.Document{}
	for _, id := range inc.Documents {
		d, err := s.FindDocumentByID(ctx, id)
		if err != nil {
			return err
		}
		docs[id] = d
	}
	fmt.Fprintln(w, "\nreports")
	ids := append([]string(nil), inc.Documents...)
	sort.SliceStable(ids, func(i, j int) bool { return docs[ids[i]].Published.Compare(docs[ids[j]].Published) < 0 })
	for _, id := range ids {
		d := docs[id]
		fmt.Fprintf(w, "  %-10s %-12s %-22s %s\n", orDash(d.Published.String()), id[:12], truncate(orDash(d.Outlet), 22), truncate(orDash(d.Title), 60))
	}
	fmt.Fprintln(w, "\nclaims")
	for _, c := range inc.Claims {
		if c.Subset {
			continue
		}
		d := docs[c.Document]
		tag := ""
		if c.Vague {
			tag = " [vague]"
		}
		if c.Hedge != "" {
			tag += " [" + string(c.Hedge) + "]"
		}
		if src := c.AttributedTo(); src != "" {
			tag += " per " + src
		}
		fmt.Fprintf(w, "  %-11s %-12s%s  (%s)\n", c.Field, claimValue(c), tag, c.Document[:8])
		if d != nil {
			fmt.Fprintf(w, "              “%s”\n", truncate(c.Sentence.Of(d.Text), 150))
		}
	}
	return nil
}

func boundsText(lo, hi *int) string {
	c := tally.Claim{Low: lo, High: hi}
	return claimValue(c)
}

func uniq(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// printDocument prints a report's text with claim sentences marked.
func printDocument(w io.Writer, doc *tally.Document, ms []tally.Mention) {
	fmt.Fprintf(w, "document %s\n  path      %s\n  title     %s\n  outlet    %s\n  author    %s\n  published %s (%s)\n  words     %d\n\n",
		doc.ID, doc.Source, orDash(doc.Title), orDash(doc.Outlet), orDash(doc.Author), orDash(doc.Published.String()), doc.PublishedBasis, doc.Words)
	marked := map[tally.Span][]tally.Claim{}
	for _, m := range ms {
		for _, c := range m.Claims {
			marked[c.Sentence] = append(marked[c.Sentence], c)
		}
	}
	var spans []tally.Span
	for sp := range marked {
		spans = append(spans, sp)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for _, l := range doc.Lines {
		text := l.Span.Of(doc.Text)
		if l.Kind == tally.LineBoilerplate {
			fmt.Fprintf(w, "  [boilerplate] %s\n", truncate(text, 100))
			continue
		}
		// Mark claim sentences inside the line.
		var b strings.Builder
		pos := l.Span.Start
		var notes []tally.Claim
		for _, sp := range spans {
			if !l.Span.Contains(sp) {
				continue
			}
			b.WriteString(doc.Text[pos:sp.Start])
			b.WriteString("»")
			b.WriteString(doc.Text[sp.Start:sp.End])
			b.WriteString("«")
			pos = sp.End
			notes = append(notes, marked[sp]...)
		}
		b.WriteString(doc.Text[pos:l.Span.End])
		prefix := "  "
		if l.Kind != tally.LineBody {
			prefix = "  [" + string(l.Kind) + "] "
		}
		fmt.Fprintln(w, prefix+b.String())
		for _, c := range notes {
			fmt.Fprintf(w, "      ↳ %s %s", c.Field, claimValue(c))
			if c.Subset {
				fmt.Fprint(w, " (part of a toll)")
			}
			if c.Source != nil {
				fmt.Fprintf(w, " per %s", c.Source.Speaker)
			}
			fmt.Fprintln(w)
		}
	}
}
