package ingest

import (
	"testing"

	"tally"
)

// FuzzClassifyLines feeds arbitrary text to the boilerplate classifier:
// every line must get a kind, and spans must stay inside the text.
func FuzzClassifyLines(f *testing.F) {
	f.Add("Site Name\n\nTagline here\n\nA Headline\n\nA long line of prose about what happened in the town, said officials.\n- Menu\nShare this")
	f.Add("\n\n\n")
	f.Fuzz(func(t *testing.T, text string) {
		text = Normalize([]byte(text))
		ls := splitLines(text, 0)
		markMetaLines(ls, 0)
		classifyLines(ls, 0)
		findTitle(ls, 0)
		for _, l := range ls {
			if l.kind == "" {
				t.Fatalf("line %q has no kind", l.text)
			}
			if !l.span.Valid(len(text)) || l.span.Of(text) != l.text {
				t.Fatalf("bad span %v", l.span)
			}
		}
	})
}

// FuzzFindPublished runs the publication-date finder over arbitrary text:
// any date it returns is valid and its evidence span lies in the text.
func FuzzFindPublished(f *testing.F) {
	f.Add("The May 3rd Attack\n\nTroops today fired on a crowd. In 2019 more.\nUpdate: As of 04/05/20, more.")
	f.Add("X\n\nLONDON, Apr. 08 – Forces on Friday raided a camp. In 2010 a court ruled.")
	f.Add("Published On: August 31, 2020\n\nTitle\n\nBody of the story goes here, officials said.")
	f.Fuzz(func(t *testing.T, text string) {
		doc := parseText([]byte(text), Source{Name: "fuzz"})
		if !doc.Published.Valid() {
			t.Fatalf("invalid date %+v", doc.Published)
		}
		if !doc.PublishedSpan.Valid(len(doc.Text)) {
			t.Fatalf("span %v outside text", doc.PublishedSpan)
		}
		if doc.Published.IsZero() != (doc.PublishedBasis == tally.BasisUnknown) {
			t.Fatalf("date %q with basis %s", doc.Published, doc.PublishedBasis)
		}
	})
}
